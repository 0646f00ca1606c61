// SPDX-License-Identifier: MIT
#include "core/base/eventcatalogue.h"

#include <QHash>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace core {
namespace {

using K = FieldKind;
constexpr bool Required = true;
constexpr bool Optional = false;

QList<EventSpec> makeCatalogue()
{
    const Areas room = Area::Room;
    return {
        {EventType::SessionDefined,
         "session.defined",
         Area::Clock | Area::Agenda | Area::Details | Area::People | Area::Floor | Area::Questions,
         1,
         "The first event of every file: the session as prepared (details, people, agenda).",
         {{"definition", K::Object, Required, "the session definition (see SessionDefinition::toJson)"}}},
        {EventType::SessionDetails,
         "session.details",
         Area::Details,
         1,
         "The details were edited before the start (the agenda and people are edited by their own events).",
         {{"id", K::Text, Optional, "the workshop code, e.g. \"IGF 2019 WS #195\""},
          {"title", K::Text, Required, "the title"},
          {"format", K::Object, Optional, "{type, layout, minutes}"},
          {"policy_questions", K::List, Optional, "the policy questions, as text"},
          {"discussion_facilitation", K::Text, Optional, "how the discussion is facilitated"},
          {"online_participation", K::Text, Optional, "how online participants take part"},
          {"sdgs", K::List, Optional, "the Sustainable Development Goals addressed (1..17)"}}},
        {EventType::SessionEnded, "session.ended", Area::Clock | Area::Floor, 1, "The session ended.", {}},
        {EventType::ClockStarted, "clock.started", Area::Clock | Area::Floor, 1, "The agenda clock started.", {}},
        {EventType::ClockPaused, "clock.paused", Area::Clock | Area::Floor, 1, "The clock was paused.", {}},
        {EventType::ClockResumed, "clock.resumed", Area::Clock | Area::Floor, 1, "The clock runs again.", {}},
        {EventType::AgendaEntered,
         "agenda.entered",
         Area::Clock,
         1,
         "An agenda item became the current one.",
         {{"item", K::Integer, Required, "the item's id (a leaf)"}}},
        {EventType::AgendaExtended,
         "agenda.extended",
         Area::Agenda,
         1,
         "An item was lengthened or shortened.",
         {{"item", K::Integer, Required, "the item's id"},
          {"delta_ms", K::Duration, Required, "the change, negative to shorten"}}},
        {EventType::AgendaRebalanced,
         "agenda.rebalanced",
         Area::Agenda,
         1,
         "The remaining items were re-planned so that the session ends on time.",
         {{"plan", K::List, Required, "[{item, planned_ms}] for each changed item"}}},
        {EventType::AgendaEdited,
         "agenda.edited",
         Area::Agenda | Area::Clock,
         1,
         "The agenda was replaced before the start.",
         {{"agenda", K::List, Required, "the items, nested (see Agenda::toJson)"}}},
        {EventType::RebalanceDeclined,
         "agenda.rebalance_declined",
         Area::Agenda,
         2,
         "The moderator declined the proposed re-balancing; it is proposed again after another minute of "
         "overrun.",
         {{"overrun_ms", K::Duration, Required, "how late the session was projected to end when declined"}}},
        {EventType::ParticipantAdded,
         "participant.added",
         Area::People,
         1,
         "A participant was added (a walk-in, or one restored with their old id).",
         {{"participant",
           K::Object,
           Required,
           "{id, name, channel, roles, organization, stakeholder_group, "
           "region, gender, hub}"}}},
        {EventType::ParticipantUpdated,
         "participant.updated",
         Area::People,
         1,
         "A participant's details changed.",
         {{"participant", K::Object, Required, "the participant as now (same fields as participant.added)"}}},
        {EventType::ParticipantRemoved,
         "participant.removed",
         Area::People | Area::Questions,
         1,
         "A participant who had not taken part was removed.",
         {{"id", K::Integer, Required, "the participant's id"}}},
        {EventType::FloorGiven,
         "floor.given",
         Area::Floor,
         1,
         "Someone was given the floor, from the queue (the request leaves it) or directly.",
         {{"participant", K::Integer, Required, "who speaks"},
          {"request", K::Integer, Optional, "the request to speak it answers"},
          {"kind", K::Text, Required, "speaker or audience"},
          {"limit_ms", K::Duration, Required, "the turn's time limit"},
          {"walk_in", K::Object, Optional, "a participant added by the same event (as participant.added)", 2}}},
        {EventType::FloorEnded, "floor.ended", Area::Floor, 1, "The turn at the floor ended.", {}},
        {EventType::QueueRequested,
         "queue.requested",
         Area::Floor,
         1,
         "Someone asked to speak.",
         {{"participant", K::Integer, Required, "who asks"},
          {"request", K::Integer, Required, "the request's id"},
          {"walk_in", K::Object, Optional, "a participant added by the same event (as participant.added)", 2}}},
        {EventType::QueueWithdrawn,
         "queue.withdrawn",
         Area::Floor,
         1,
         "A request to speak was withdrawn.",
         {{"request", K::Integer, Required, "the request's id"}}},
        {EventType::QueueReordered,
         "queue.reordered",
         Area::Floor,
         1,
         "The moderator put the queue in an order of their own.",
         {{"order", K::List, Required, "request ids, first to speak first"}}},
        {EventType::QueuePolicyChanged,
         "queue.policy",
         Area::Floor,
         1,
         "How the queue orders requests changed.",
         {{"policy", K::Text, Required, "request_order, first_time_first, alternate_channels or least_spoken_groups"}}},
        {EventType::ChairOpened, "chair.opened", Area::Chair, 1, "The empty chair was opened to the audience.", {}},
        {EventType::ChairClaimed,
         "chair.claimed",
         Area::Chair,
         1,
         "The online moderator claimed the chair for a remote participant.",
         {{"participant", K::Integer, Required, "the remote participant"},
          {"walk_in", K::Object, Optional, "a participant added by the same event (as participant.added)", 2}}},
        {EventType::ChairClaimDeclined,
         "chair.claim_declined",
         Area::Chair,
         1,
         "The moderator declined the pending claim.",
         {}},
        {EventType::ChairTaken,
         "chair.taken",
         Area::Chair | Area::Floor,
         1,
         "Someone took the empty chair and holds the floor.",
         {{"participant", K::Integer, Required, "who sits in the chair"},
          {"via_online_moderator", K::Boolean, Optional, "a remote participant, through the online moderator"},
          {"walk_in", K::Object, Optional, "a participant added by the same event (as participant.added)", 2}}},
        {EventType::ChairReply,
         "chair.reply",
         Area::Chair | Area::Floor,
         1,
         "A speaker replies to the one in the chair.",
         {{"participant", K::Integer, Required, "the speaker who replies"}}},
        {EventType::ChairClosed, "chair.closed", Area::Chair | Area::Floor, 1, "The empty chair was closed.", {}},
        {EventType::RotationChanged,
         "rotation.changed",
         Area::Floor,
         1,
         "The speakers' order changed.",
         {{"order", K::List, Required, "participant ids"}, {"skipped", K::List, Optional, "participant ids skipped"}}},
        {EventType::SettingsChanged,
         "settings.changed",
         Area::Floor,
         1,
         "Turn limits, the warning time or the chime changed.",
         {{"audience_limit_ms", K::Duration, Optional, "an audience turn's limit"},
          {"chair_limit_ms", K::Duration, Optional, "a turn in the empty chair"},
          {"warning_ms", K::Duration, Optional, "the warning before the end (-1: the default)"},
          {"chime", K::Boolean, Optional, "a chime at zero"}}},
        {EventType::QuestionBankReplaced,
         "question.bank",
         Area::Questions,
         1,
         "The bank of prepared questions was replaced.",
         {{"questions", K::List, Required, "[{id, text, item, speaker}]; kept ids keep their asked marks"}}},
        {EventType::QuestionAsked,
         "question.asked",
         Area::Questions,
         1,
         "A prepared question was marked as asked (or not).",
         {{"id", K::Integer, Required, "the question"}, {"asked", K::Boolean, Required, "asked or not"}}},
        {EventType::MediaAdded,
         "media.added",
         room,
         1,
         "A media file was copied into the session file.",
         {{"id", K::Integer, Required, "the media's id"},
          {"name", K::Text, Required, "the file's name"},
          {"kind", K::Text, Required, "image, svg, pdf or video"},
          {"mime", K::Text, Optional, "the MIME type"},
          {"size", K::Integer, Required, "bytes"}}},
        {EventType::MediaRemoved,
         "media.removed",
         room,
         1,
         "A media file was removed.",
         {{"id", K::Integer, Required, "the media's id"}}},
        {EventType::DisplayMedia,
         "display.media",
         room,
         1,
         "The room display shows a media file.",
         {{"media", K::Integer, Required, "the media's id"}}},
        {EventType::DisplayPage,
         "display.page",
         room,
         1,
         "The shown document turned to a page.",
         {{"page", K::Integer, Required, "0-based"}}},
        {EventType::DisplayPinned,
         "display.pinned",
         room,
         1,
         "The room display keeps one scene.",
         {{"scene", K::Text, Required, "agenda, speaker, chair, media, message or takeaways"}}},
        {EventType::DisplayUnpinned, "display.unpinned", room, 1, "The room display follows the session again.", {}},
        {EventType::DisplayBlanked,
         "display.blanked",
         room,
         1,
         "The room display was blanked or shown again.",
         {{"blank", K::Boolean, Required, "blank or not"}}},
        {EventType::DisplayMessage,
         "display.message",
         room,
         1,
         "A message to the room.",
         {{"text", K::Text, Required, "plain text, not empty (unpinning takes it away)"}}},
        {EventType::DisplayLanguage,
         "display.language",
         room,
         1,
         "The room display's language.",
         {{"language", K::Text, Required, "a language code, or empty to follow the console"}}},
        {EventType::TakeawayApproved,
         "takeaway.approved",
         room,
         1,
         "A key takeaway was approved for the room.",
         {{"id", K::Integer, Required, "the takeaway's id"}, {"text", K::Text, Required, "plain text"}}},
        {EventType::TakeawayWithdrawn,
         "takeaway.withdrawn",
         room,
         1,
         "An approved takeaway was withdrawn.",
         {{"id", K::Integer, Required, "the takeaway's id"}}},
        {EventType::NoteAdded,
         "note.added",
         Area::Notes,
         1,
         "The rapporteur added a note, stamped with the moment typing began.",
         {{"id", K::Integer, Required, "the note's id"},
          {"text", K::Text, Required, "plain text"},
          {"tags", K::List, Optional, "takeaway, action, question, agree, disagree, quote"},
          {"typed_at_ms", K::Time, Optional, "when typing began, on the session's axis"},
          {"typed_at_wall_ms", K::Time, Optional, "the same moment, UTC"},
          {"item", K::Integer, Optional, "the agenda item then"},
          {"holder", K::Integer, Optional, "who held the floor then (0: nobody)"},
          {"chair", K::Boolean, Optional, "whether that was a turn in the empty chair"},
          {"policy_question", K::Integer, Optional, "the policy question it bears on (-1: none)"}}},
        {EventType::NoteEdited,
         "note.edited",
         Area::Notes,
         1,
         "A note's text, tags or policy question changed.",
         {{"id", K::Integer, Required, "the note's id"},
          {"text", K::Text, Required, "plain text"},
          {"tags", K::List, Optional, "as in note.added"},
          {"policy_question", K::Integer, Optional, "as in note.added"}}},
        {EventType::NoteDeleted,
         "note.deleted",
         Area::Notes,
         1,
         "A note was deleted (it stays in the log).",
         {{"id", K::Integer, Required, "the note's id"}}},
        {EventType::NoteRestored,
         "note.restored",
         Area::Notes,
         1,
         "A deleted note was restored.",
         {{"id", K::Integer, Required, "the note's id"}}},
        {EventType::TranscriptImported,
         "transcript.imported",
         Area::Report,
         1,
         "A transcript was read into the session (it replaces an earlier one).",
         {{"name", K::Text, Optional, "the file's name"}, {"turns", K::List, Required, "[{line, speaker, text}]"}}},
        {EventType::ReportField,
         "report.field",
         Area::Report,
         1,
         "The rapporteur wrote one field of the report.",
         {{"key", K::Text, Required, "the field's key"}, {"text", K::Text, Required, "plain text"}}},
        {EventType::ReportParticipation,
         "report.participation",
         Area::Report,
         1,
         "The estimated participation was entered.",
         {{"onsite", K::Integer, Required, "people in the room"},
          {"online", K::Integer, Required, "people online"},
          {"women", K::Integer, Required, "of whom women"}}},
    };
}

struct Catalogue
{
    QList<EventSpec> specs = makeCatalogue();
    QHash<QString, EventType> byName;

    Catalogue()
    {
        for (qsizetype i = 0; i < specs.size(); ++i) {
            Q_ASSERT(int(specs.at(i).type) == i);
            byName.insert(QString::fromLatin1(specs.at(i).name), specs.at(i).type);
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
