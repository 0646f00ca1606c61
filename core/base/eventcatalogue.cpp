// SPDX-License-Identifier: MIT
#include "core/base/eventcatalogue.h"

#include "core/base/eventpayloads.h"

#include <QHash>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace core {
namespace {

// An event type as the catalogue names it; its fields come from its payload struct.
struct Entry
{
    EventType type;
    const char *name;
    Areas areas;
    int since;
    const char *about;
};

QList<Entry> makeCatalogue()
{
    const Areas room = Area::Room;
    return {
        {EventType::SessionDefined,
         "session.defined",
         Area::Clock | Area::Agenda | Area::Details | Area::People | Area::Floor | Area::Questions,
         1,
         "The first event of every file: the session as prepared (details, people, agenda)."},
        {EventType::SessionDetails,
         "session.details",
         Area::Details,
         1,
         "The details were edited before the start (the agenda and people are edited by their own events)."},
        {EventType::SessionEnded, "session.ended", Area::Clock | Area::Floor, 1, "The session ended."},
        {EventType::ClockStarted, "clock.started", Area::Clock | Area::Floor, 1, "The agenda clock started."},
        {EventType::ClockPaused, "clock.paused", Area::Clock | Area::Floor, 1, "The clock was paused."},
        {EventType::ClockResumed, "clock.resumed", Area::Clock | Area::Floor, 1, "The clock runs again."},
        {EventType::AgendaEntered, "agenda.entered", Area::Clock, 1, "An agenda item became the current one."},
        {EventType::AgendaExtended, "agenda.extended", Area::Agenda, 1, "An item was lengthened or shortened."},
        {EventType::AgendaRebalanced,
         "agenda.rebalanced",
         Area::Agenda,
         1,
         "The remaining items were re-planned so that the session ends on time."},
        {EventType::AgendaEdited,
         "agenda.edited",
         Area::Agenda | Area::Clock,
         1,
         "The agenda was replaced before the start."},
        {EventType::RebalanceDeclined,
         "agenda.rebalance_declined",
         Area::Agenda,
         2,
         "The moderator declined the proposed re-balancing; it is proposed again after another minute of "
         "overrun."},
        {EventType::ParticipantAdded,
         "participant.added",
         Area::People,
         1,
         "A participant was added (a walk-in, or one restored with their old id)."},
        {EventType::ParticipantUpdated, "participant.updated", Area::People, 1, "A participant's details changed."},
        {EventType::ParticipantRemoved,
         "participant.removed",
         Area::People | Area::Questions,
         1,
         "A participant who had not taken part was removed."},
        {EventType::FloorGiven,
         "floor.given",
         Area::Floor,
         1,
         "Someone was given the floor, from the queue (the request leaves it) or directly."},
        {EventType::FloorEnded, "floor.ended", Area::Floor, 1, "The turn at the floor ended."},
        {EventType::QueueRequested, "queue.requested", Area::Floor, 1, "Someone asked to speak."},
        {EventType::QueueWithdrawn, "queue.withdrawn", Area::Floor, 1, "A request to speak was withdrawn."},
        {EventType::QueueReordered,
         "queue.reordered",
         Area::Floor,
         1,
         "The moderator put the queue in an order of their own."},
        {EventType::QueuePolicyChanged, "queue.policy", Area::Floor, 1, "How the queue orders requests changed."},
        {EventType::ChairOpened, "chair.opened", Area::Chair, 1, "The empty chair was opened to the audience."},
        {EventType::ChairClaimed,
         "chair.claimed",
         Area::Chair,
         1,
         "The online moderator claimed the chair for a remote participant."},
        {EventType::ChairClaimDeclined,
         "chair.claim_declined",
         Area::Chair,
         1,
         "The moderator declined the pending claim."},
        {EventType::ChairTaken,
         "chair.taken",
         Area::Chair | Area::Floor,
         1,
         "Someone took the empty chair and holds the floor."},
        {EventType::ChairReply,
         "chair.reply",
         Area::Chair | Area::Floor,
         1,
         "A speaker replies to the one in the chair."},
        {EventType::ChairClosed, "chair.closed", Area::Chair | Area::Floor, 1, "The empty chair was closed."},
        {EventType::RotationChanged, "rotation.changed", Area::Floor, 1, "The speakers' order changed."},
        {EventType::SettingsChanged,
         "settings.changed",
         Area::Floor,
         1,
         "Turn limits, the warning time or the chime changed."},
        {EventType::QuestionBankReplaced,
         "question.bank",
         Area::Questions,
         1,
         "The bank of prepared questions was replaced."},
        {EventType::QuestionAsked,
         "question.asked",
         Area::Questions,
         1,
         "A prepared question was marked as asked (or not)."},
        {EventType::MediaAdded, "media.added", room, 1, "A media file was copied into the session file."},
        {EventType::MediaRemoved, "media.removed", room, 1, "A media file was removed."},
        {EventType::DisplayMedia, "display.media", room, 1, "The room display shows a media file."},
        {EventType::DisplayPage, "display.page", room, 1, "The shown document turned to a page."},
        {EventType::DisplayVolume, "display.volume", room, 6, "The sound of the room display's videos: volume, mute."},
        {EventType::DisplayPlayback,
         "display.playback",
         room,
         6,
         "The shown video was played, paused or moved to a position."},
        {EventType::DisplayPinned, "display.pinned", room, 1, "The room display keeps one scene."},
        {EventType::DisplayUnpinned, "display.unpinned", room, 1, "The room display follows the session again."},
        {EventType::DisplayBlanked, "display.blanked", room, 1, "The room display was blanked or shown again."},
        {EventType::DisplayMessage, "display.message", room, 1, "A message to the room."},
        {EventType::DisplayLanguage, "display.language", room, 1, "The room display's language."},
        {EventType::ContentTranslated,
         "content.translated",
         room,
         6,
         "A translation of the session's content (an item's title, the message, a takeaway) for the room."},
        {EventType::GlossaryEdited,
         "glossary.edited",
         room,
         6,
         "The session's glossary of key terms changed (the whole list)."},
        {EventType::DisplayTerm, "display.term", room, 6, "The room display shows one glossary term, or none."},
        {EventType::DisplayCaptions,
         "display.captions",
         room,
         6,
         "The caption strip of the room display was shown or hidden, or its size changed."},
        {EventType::TakeawayApproved, "takeaway.approved", room, 1, "A key takeaway was approved for the room."},
        {EventType::TakeawayWithdrawn, "takeaway.withdrawn", room, 1, "An approved takeaway was withdrawn."},
        {EventType::TakeawayEdited, "takeaway.edited", room, 5, "An approved takeaway was reworded."},
        {EventType::TakeawayCommented,
         "takeaway.commented",
         room,
         5,
         "Someone in the room commented on an approved takeaway, recorded for the report."},
        {EventType::NoteAdded,
         "note.added",
         Area::Notes,
         1,
         "The rapporteur added a note, stamped with the moment typing began."},
        {EventType::NoteEdited, "note.edited", Area::Notes, 1, "A note's text, tags or policy question changed."},
        {EventType::NoteDeleted, "note.deleted", Area::Notes, 1, "A note was deleted (it stays in the log)."},
        {EventType::NoteRestored, "note.restored", Area::Notes, 1, "A deleted note was restored."},
        {EventType::TranscriptImported,
         "transcript.imported",
         Area::Report,
         1,
         "A transcript was read into the session (it replaces an earlier one)."},
        {EventType::ReportField, "report.field", Area::Report, 1, "The rapporteur wrote one field of the report."},
        {EventType::ReportParticipation,
         "report.participation",
         Area::Report,
         1,
         "The estimated participation was entered."},
        {EventType::CaptionLine,
         "caption.line",
         Area::Report | Area::Room,
         6,
         "A caption line was typed or read from a caption file: shown on the room display's caption strip and "
         "kept as a turn of the session's transcript."},
        {EventType::PhoneJoined,
         "phone.joined",
         Area::Audience | Area::People,
         3,
         "A participant joined from their phone with the room PIN (added as a participant by the same event)."},
        {EventType::PhoneBlocked,
         "phone.blocked",
         Area::Audience,
         3,
         "The moderator blocked a phone (or let it send again)."},
        {EventType::PhoneJoining, "phone.joining", Area::Audience, 3, "Joining from phones was opened or closed."},
        {EventType::PhoneLimits, "phone.limits", Area::Audience, 3, "The limits on what each phone may send changed."},
        {EventType::InboxQuestion,
         "inbox.question",
         Area::Audience,
         3,
         "A participant sent a written question or comment from their phone; it waits in the moderator's inbox."},
        {EventType::InboxAccepted,
         "inbox.accepted",
         Area::Audience,
         3,
         "The moderator accepted a question from the inbox (read out, shown to the room or added to the prepared "
         "questions)."},
        {EventType::InboxDismissed, "inbox.dismissed", Area::Audience, 3, "The moderator dismissed a question."},
        {EventType::TakeawayReaction,
         "takeaway.reaction",
         Area::Audience,
         3,
         "A participant agreed or disagreed with an approved takeaway, or commented on it, from their phone."},
        {EventType::TakeawayShared,
         "takeaway.shared",
         Area::Audience,
         3,
         "A participant shared their own key takeaway from their phone, for the report."},
    };
}

template<typename P>
QList<EventField> fieldsOf()
{
    QList<EventField> fields;
    json::forEachField<P>([&](const auto &f) {
        fields.append({f.key, f.kind, f.required, f.description, f.vocabulary});
    });
    return fields;
}

// The fields of each type, from its payload struct (in the order of EventType, as events::All is).
template<typename... P>
QList<QList<EventField>> fieldsOfAll(events::TypeList<P...>)
{
    return {fieldsOf<P>()...};
}

struct Catalogue
{
    QList<EventSpec> specs;
    QHash<QString, EventType> byName;

    Catalogue()
    {
        const QList<Entry> entries = makeCatalogue();
        const QList<QList<EventField>> fields = fieldsOfAll(events::All{});
        Q_ASSERT(fields.size() == entries.size());
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const Entry &entry = entries.at(i);
            Q_ASSERT(int(entry.type) == i);
            specs.append({entry.type, entry.name, entry.areas, entry.since, entry.about, fields.at(i)});
            byName.insert(QString::fromLatin1(entry.name), entry.type);
        }
    }
};

const Catalogue &catalogue()
{
    static const Catalogue instance;
    return instance;
}

bool hasKind(const QJsonValue &value, FieldKind kind)
{
    switch (kind) {
    case FieldKind::Integer:
    case FieldKind::Duration:
    case FieldKind::Time:
        return value.isDouble();
    case FieldKind::Boolean:
        return value.isBool();
    case FieldKind::Text:
        return value.isString();
    case FieldKind::List:
        return value.isArray();
    case FieldKind::Object:
        return value.isObject();
    }
    return false;
}

} // namespace

const QList<EventSpec> &EventCatalogue::all()
{
    return catalogue().specs;
}

const EventSpec &EventCatalogue::spec(EventType type)
{
    return catalogue().specs.at(int(type));
}

QString EventCatalogue::name(EventType type)
{
    return QString::fromLatin1(spec(type).name);
}

std::optional<EventType> EventCatalogue::fromName(QStringView name)
{
    const auto &byName = catalogue().byName;
    const auto it = byName.constFind(name.toString());
    if (it == byName.cend()) {
        return std::nullopt;
    }
    return it.value();
}

Result<EventType> EventCatalogue::parseName(QStringView name, int fileVocabulary)
{
    if (auto type = fromName(name)) {
        return *type;
    }
    // Every name this build ever wrote is in the table: an unknown one comes from a newer version.
    const QString shown = name.left(60).toString();
    if (fileVocabulary > Vocabulary) {
        return Error{ErrorCode::NewerVersion,
                     tr("it holds the event \"%1\" of event vocabulary %2; this version knows vocabulary %3")
                         .arg(shown)
                         .arg(fileVocabulary)
                         .arg(Vocabulary)};
    }
    return Error{ErrorCode::NewerVersion, tr("it holds the event \"%1\", which this version does not know").arg(shown)};
}

Result<void> EventCatalogue::checkPayload(EventType type, const QJsonObject &data)
{
    const EventSpec &event = spec(type);
    for (const EventField &field : event.fields) {
        const QJsonValue value = data.value(QLatin1StringView(field.key));
        if (value.isUndefined()) {
            if (field.required) {
                return Error{ErrorCode::InvalidArgument,
                             tr("the event \"%1\" lacks its field \"%2\"")
                                 .arg(QLatin1StringView(event.name), QLatin1StringView(field.key))};
            }
            continue;
        }
        if (!hasKind(value, field.kind)) {
            return Error{
                ErrorCode::InvalidArgument,
                tr("the field \"%2\" of the event \"%1\" is not %3")
                    .arg(QLatin1StringView(event.name), QLatin1StringView(field.key), fieldKindName(field.kind))};
        }
    }
    return {};
}

int EventCatalogue::vocabularyOf(EventType type, const QJsonObject &data)
{
    const EventSpec &event = spec(type);
    int vocabulary = event.since;
    for (const EventField &field : event.fields) {
        if (field.since > vocabulary && data.contains(QLatin1StringView(field.key))) {
            vocabulary = field.since;
        }
    }
    return vocabulary;
}

QString EventCatalogue::fieldKindName(FieldKind kind)
{
    switch (kind) {
    case FieldKind::Integer:
        return u"integer"_s;
    case FieldKind::Duration:
        return u"duration (ms)"_s;
    case FieldKind::Time:
        return u"time (ms)"_s;
    case FieldKind::Boolean:
        return u"boolean"_s;
    case FieldKind::Text:
        return u"text"_s;
    case FieldKind::List:
        return u"list"_s;
    case FieldKind::Object:
        return u"object"_s;
    }
    return {};
}

} // namespace core
