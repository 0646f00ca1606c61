// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/event.h"
#include "core/base/eventcatalogue.h"
#include "core/base/jsonfields.h"
#include "core/base/result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <tuple>
#include <type_traits>

/**
 * The payload of each event type as a struct, shared by the writer (Session's mutators, through
 * toJson()) and the readers (the folds, through read()). Each names its EventType and lists its fields
 * the way a command does (field(key, member, required) and a fields() tuple); the catalogue's field
 * table (EventCatalogue, docs/events.md) is made from these lists, so a field is declared once.
 *
 * A std::optional member is a field whose absence means something of its own (a walk-in only for a new
 * name; no via_online_moderator: the participant's own remoteness); it is written only when it holds a
 * value. A plain member that is not required is always written, and reads as its default when an older
 * file lacks it. Defaults are what the folds have always taken for a value that is absent or does not fit.
 */
namespace core::events {

inline constexpr bool Required = true;
inline constexpr bool Optional = false;

/// One change of a re-balanced plan (agenda.rebalanced).
struct PlanChange
{
    int item = -1;
    qint64 plannedMs = -1;

    static constexpr auto fields()
    {
        return std::tuple{field("item", &PlanChange::item), field("planned_ms", &PlanChange::plannedMs)};
    }
};

/// One turn of an imported transcript (transcript.imported).
struct TranscriptLine
{
    int line = 0;
    QString speaker;
    QString text;

    static constexpr auto fields()
    {
        return std::tuple{field("line", &TranscriptLine::line),
                          field("speaker", &TranscriptLine::speaker),
                          field("text", &TranscriptLine::text)};
    }
};

struct SessionDefined
{
    static constexpr EventType Type = EventType::SessionDefined;
    QJsonObject definition;
    std::optional<int> breakOuts; ///< absent: the agenda has no break-out groups

    static constexpr auto fields()
    {
        return std::tuple{field("definition", &SessionDefined::definition)
                              .about("the session definition (see SessionDefinition::toJson)"),
                          field("break_outs", &SessionDefined::breakOuts, Optional)
                              .about("how many break-out items with groups the agenda has (they need this vocabulary)")
                              .since(6)};
    }
};

struct SessionDetails
{
    static constexpr EventType Type = EventType::SessionDetails;
    QString id;
    QString title;
    QJsonObject format;
    QStringList policyQuestions;
    QString discussionFacilitation;
    QString onlineParticipation;
    QList<int> sdgs;
    std::optional<QString> room; ///< absent: not given

    static constexpr auto fields()
    {
        return std::tuple{
            field("id", &SessionDetails::id, Optional).about("the workshop code, e.g. \"IGF 2019 WS #195\""),
            field("title", &SessionDetails::title).about("the title"),
            field("format", &SessionDetails::format, Optional).about("{type, layout, minutes}"),
            field("policy_questions", &SessionDetails::policyQuestions, Optional)
                .about("the policy questions, as text"),
            field("discussion_facilitation", &SessionDetails::discussionFacilitation, Optional)
                .about("how the discussion is facilitated"),
            field("online_participation", &SessionDetails::onlineParticipation, Optional)
                .about("how online participants take part"),
            field("sdgs", &SessionDetails::sdgs, Optional).about("the Sustainable Development Goals addressed (1..17)"),
            field("room", &SessionDetails::room, Optional).about("where the session takes place").since(5)};
    }
};

struct SessionEnded
{
    static constexpr EventType Type = EventType::SessionEnded;

    static constexpr auto fields() { return std::tuple{}; }
};

struct ClockStarted
{
    static constexpr EventType Type = EventType::ClockStarted;

    static constexpr auto fields() { return std::tuple{}; }
};

struct ClockPaused
{
    static constexpr EventType Type = EventType::ClockPaused;

    static constexpr auto fields() { return std::tuple{}; }
};

struct ClockResumed
{
    static constexpr EventType Type = EventType::ClockResumed;

    static constexpr auto fields() { return std::tuple{}; }
};

struct AgendaEntered
{
    static constexpr EventType Type = EventType::AgendaEntered;
    int item = -1;

    static constexpr auto fields()
    {
        return std::tuple{field("item", &AgendaEntered::item).about("the item's id (a leaf)")};
    }
};

struct AgendaExtended
{
    static constexpr EventType Type = EventType::AgendaExtended;
    int item = -1;
    qint64 deltaMs = 0;

    static constexpr auto fields()
    {
        return std::tuple{field("item", &AgendaExtended::item).about("the item's id"),
                          field("delta_ms", &AgendaExtended::deltaMs).about("the change, negative to shorten")};
    }
};

struct AgendaRebalanced
{
    static constexpr EventType Type = EventType::AgendaRebalanced;
    QList<PlanChange> plan;

    static constexpr auto fields()
    {
        return std::tuple{field("plan", &AgendaRebalanced::plan).about("[{item, planned_ms}] for each changed item")};
    }
};

struct AgendaEdited
{
    static constexpr EventType Type = EventType::AgendaEdited;
    QJsonArray agenda;
    std::optional<int> breakOuts; ///< absent: the agenda has no break-out groups

    static constexpr auto fields()
    {
        return std::tuple{field("agenda", &AgendaEdited::agenda).about("the items, nested (see Agenda::toJson)"),
                          field("break_outs", &AgendaEdited::breakOuts, Optional)
                              .about("how many break-out items with groups the agenda has (they need this vocabulary)")
                              .since(6)};
    }
};

struct RebalanceDeclined
{
    static constexpr EventType Type = EventType::RebalanceDeclined;
    qint64 overrunMs = -1;

    static constexpr auto fields()
    {
        return std::tuple{field("overrun_ms", &RebalanceDeclined::overrunMs)
                              .about("how late the session was projected to end when declined")};
    }
};

struct ParticipantAdded
{
    static constexpr EventType Type = EventType::ParticipantAdded;
    QJsonObject participant;

    static constexpr auto fields()
    {
        return std::tuple{
            field("participant", &ParticipantAdded::participant)
                .about("{id, name, channel, roles, organization, stakeholder_group, region, gender, hub}")};
    }
};

struct ParticipantUpdated
{
    static constexpr EventType Type = EventType::ParticipantUpdated;
    QJsonObject participant;

    static constexpr auto fields()
    {
        return std::tuple{field("participant", &ParticipantUpdated::participant)
                              .about("the participant as now (same fields as participant.added)")};
    }
};

struct ParticipantRemoved
{
    static constexpr EventType Type = EventType::ParticipantRemoved;
    int id = 0;

    static constexpr auto fields()
    {
        return std::tuple{field("id", &ParticipantRemoved::id).about("the participant's id")};
    }
};

struct FloorGiven
{
    static constexpr EventType Type = EventType::FloorGiven;
    int participant = -1;
    std::optional<int> request; ///< absent: given directly, not to a request
    QString kind;
    qint64 limitMs = 0;
    std::optional<QJsonObject> walkIn; ///< a participant added by the same event (a new name only)
    std::optional<int> group;          ///< absent: not a break-out group's report-back

    static constexpr auto fields()
    {
        return std::tuple{field("participant", &FloorGiven::participant).about("who speaks"),
                          field("request", &FloorGiven::request, Optional).about("the request to speak it answers"),
                          field("kind", &FloorGiven::kind).about("speaker or audience"),
                          field("limit_ms", &FloorGiven::limitMs).about("the turn's time limit"),
                          field("walk_in", &FloorGiven::walkIn, Optional)
                              .about("a participant added by the same event (as participant.added)")
                              .since(2),
                          field("group", &FloorGiven::group, Optional)
                              .about("the break-out group whose report-back the turn is")
                              .since(6)};
    }
};

struct FloorEnded
{
    static constexpr EventType Type = EventType::FloorEnded;

    static constexpr auto fields() { return std::tuple{}; }
};

struct QueueRequested
{
    static constexpr EventType Type = EventType::QueueRequested;
    int participant = -1;
    int request = -1;
    std::optional<QJsonObject> walkIn; ///< a participant added by the same event (a new name only)
    std::optional<QString> device;     ///< the phone that asked, if one did

    static constexpr auto fields()
    {
        return std::tuple{
            field("participant", &QueueRequested::participant).about("who asks"),
            field("request", &QueueRequested::request).about("the request's id"),
            field("walk_in", &QueueRequested::walkIn, Optional)
                .about("a participant added by the same event (as participant.added)")
                .since(2),
            field("device", &QueueRequested::device, Optional).about("the phone it came from (phone.joined)").since(3)};
    }
};

struct QueueWithdrawn
{
    static constexpr EventType Type = EventType::QueueWithdrawn;
    int request = -1;

    static constexpr auto fields()
    {
        return std::tuple{field("request", &QueueWithdrawn::request).about("the request's id")};
    }
};

struct QueueReordered
{
    static constexpr EventType Type = EventType::QueueReordered;
    QList<int> order;

    static constexpr auto fields()
    {
        return std::tuple{field("order", &QueueReordered::order).about("request ids, first to speak first")};
    }
};

struct QueuePolicyChanged
{
    static constexpr EventType Type = EventType::QueuePolicyChanged;
    QString policy;

    static constexpr auto fields()
    {
        return std::tuple{field("policy", &QueuePolicyChanged::policy)
                              .about("request_order, first_time_first, alternate_channels or least_spoken_groups")};
    }
};

struct ChairOpened
{
    static constexpr EventType Type = EventType::ChairOpened;

    static constexpr auto fields() { return std::tuple{}; }
};

struct ChairClaimed
{
    static constexpr EventType Type = EventType::ChairClaimed;
    int participant = -1;
    std::optional<QJsonObject> walkIn; ///< a participant added by the same event (a new name only)
    std::optional<QString> device;     ///< the phone that asked, if one did

    static constexpr auto fields()
    {
        return std::tuple{field("participant", &ChairClaimed::participant).about("the remote participant"),
                          field("walk_in", &ChairClaimed::walkIn, Optional)
                              .about("a participant added by the same event (as participant.added)")
                              .since(2),
                          field("device", &ChairClaimed::device, Optional)
                              .about("the phone that asked (then the participant may be in the room)")
                              .since(3)};
    }
};

struct ChairClaimDeclined
{
    static constexpr EventType Type = EventType::ChairClaimDeclined;

    static constexpr auto fields() { return std::tuple{}; }
};

struct ChairTaken
{
    static constexpr EventType Type = EventType::ChairTaken;
    int participant = -1;
    std::optional<bool> viaOnlineModerator; ///< absent: whether the participant is remote
    std::optional<QJsonObject> walkIn;      ///< a participant added by the same event (a new name only)

    static constexpr auto fields()
    {
        return std::tuple{field("participant", &ChairTaken::participant).about("who sits in the chair"),
                          field("via_online_moderator", &ChairTaken::viaOnlineModerator, Optional)
                              .about("a remote participant, through the online moderator"),
                          field("walk_in", &ChairTaken::walkIn, Optional)
                              .about("a participant added by the same event (as participant.added)")
                              .since(2)};
    }
};

struct ChairReply
{
    static constexpr EventType Type = EventType::ChairReply;
    int participant = -1;

    static constexpr auto fields()
    {
        return std::tuple{field("participant", &ChairReply::participant).about("the speaker who replies")};
    }
};

struct ChairClosed
{
    static constexpr EventType Type = EventType::ChairClosed;

    static constexpr auto fields() { return std::tuple{}; }
};

struct RotationChanged
{
    static constexpr EventType Type = EventType::RotationChanged;
    QList<int> order;
    QList<int> skipped;

    static constexpr auto fields()
    {
        return std::tuple{field("order", &RotationChanged::order).about("participant ids"),
                          field("skipped", &RotationChanged::skipped, Optional).about("participant ids skipped")};
    }
};

struct SettingsChanged
{
    static constexpr EventType Type = EventType::SettingsChanged;
    // Each absent setting stays as it was.
    std::optional<qint64> audienceLimitMs;
    std::optional<qint64> chairLimitMs;
    std::optional<qint64> warningMs;
    std::optional<bool> chime;

    static constexpr auto fields()
    {
        return std::tuple{
            field("audience_limit_ms", &SettingsChanged::audienceLimitMs, Optional).about("an audience turn's limit"),
            field("chair_limit_ms", &SettingsChanged::chairLimitMs, Optional).about("a turn in the empty chair"),
            field("warning_ms", &SettingsChanged::warningMs, Optional)
                .about("the warning before the end (-1: the default)"),
            field("chime", &SettingsChanged::chime, Optional).about("a chime at zero")};
    }
};

struct QuestionBankReplaced
{
    static constexpr EventType Type = EventType::QuestionBankReplaced;
    QJsonArray questions;

    static constexpr auto fields()
    {
        return std::tuple{field("questions", &QuestionBankReplaced::questions)
                              .about("[{id, text, item, speaker}]; kept ids keep their asked marks")};
    }
};

struct QuestionAsked
{
    static constexpr EventType Type = EventType::QuestionAsked;
    int id = 0;
    bool asked = true;

    static constexpr auto fields()
    {
        return std::tuple{field("id", &QuestionAsked::id).about("the question"),
                          field("asked", &QuestionAsked::asked).about("asked or not")};
    }
};

struct MediaAdded
{
    static constexpr EventType Type = EventType::MediaAdded;
    int id = -1;
    QString name;
    QString kind;
    QString mime;
    qint64 size = -1;
    std::optional<int> subtitlesFor; ///< absent: not a subtitle file
    std::optional<QString> language; ///< absent: not said

    static constexpr auto fields()
    {
        return std::tuple{
            field("id", &MediaAdded::id).about("the media's id"),
            field("name", &MediaAdded::name).about("the file's name"),
            field("kind", &MediaAdded::kind).about("image, svg, pdf, video or subtitles"),
            field("mime", &MediaAdded::mime, Optional).about("the MIME type"),
            field("size", &MediaAdded::size).as(FieldKind::Integer).about("bytes"),
            field("subtitles_for", &MediaAdded::subtitlesFor, Optional)
                .about("the video a subtitle file (SRT, WebVTT) belongs to")
                .since(6),
            field("language", &MediaAdded::language, Optional).about("the subtitles' language code").since(6)};
    }
};

struct MediaRemoved
{
    static constexpr EventType Type = EventType::MediaRemoved;
    int id = -1;

    static constexpr auto fields() { return std::tuple{field("id", &MediaRemoved::id).about("the media's id")}; }
};

struct DisplayMedia
{
    static constexpr EventType Type = EventType::DisplayMedia;
    int media = -1;

    static constexpr auto fields() { return std::tuple{field("media", &DisplayMedia::media).about("the media's id")}; }
};

struct DisplayPage
{
    static constexpr EventType Type = EventType::DisplayPage;
    int page = -1;

    static constexpr auto fields() { return std::tuple{field("page", &DisplayPage::page).about("0-based")}; }
};

struct DisplayVolume
{
    static constexpr EventType Type = EventType::DisplayVolume;
    int volume = 100;
    bool muted = false;

    static constexpr auto fields()
    {
        return std::tuple{field("volume", &DisplayVolume::volume).about("0 (silent) to 100 (full)"),
                          field("muted", &DisplayVolume::muted).about("whether the sound is off")};
    }
};

struct DisplayPlayback
{
    static constexpr EventType Type = EventType::DisplayPlayback;
    bool playing = false;
    qint64 positionMs = 0;

    static constexpr auto fields()
    {
        return std::tuple{
            field("playing", &DisplayPlayback::playing).about("whether the shown video plays from then on"),
            field("position_ms", &DisplayPlayback::positionMs).about("where in the video, at the event's time")};
    }
};

struct DisplayPinned
{
    static constexpr EventType Type = EventType::DisplayPinned;
    QString scene;

    static constexpr auto fields()
    {
        return std::tuple{
            field("scene", &DisplayPinned::scene).about("agenda, speaker, chair, media, message or takeaways")};
    }
};

struct DisplayUnpinned
{
    static constexpr EventType Type = EventType::DisplayUnpinned;

    static constexpr auto fields() { return std::tuple{}; }
};

struct DisplayBlanked
{
    static constexpr EventType Type = EventType::DisplayBlanked;
    bool blank = false;

    static constexpr auto fields() { return std::tuple{field("blank", &DisplayBlanked::blank).about("blank or not")}; }
};

struct DisplayMessage
{
    static constexpr EventType Type = EventType::DisplayMessage;
    QString text;

    static constexpr auto fields()
    {
        return std::tuple{
            field("text", &DisplayMessage::text).about("plain text, not empty (unpinning takes it away)")};
    }
};

struct DisplayLanguage
{
    static constexpr EventType Type = EventType::DisplayLanguage;
    QString language;
    std::optional<QString> second; ///< absent: no second language

    static constexpr auto fields()
    {
        return std::tuple{
            field("language", &DisplayLanguage::language).about("a language code, or empty to follow the console"),
            field("second", &DisplayLanguage::second, Optional)
                .about("a second language shown smaller with the first (empty: none)")
                .since(6)};
    }
};

struct ContentTranslated
{
    static constexpr EventType Type = EventType::ContentTranslated;
    QString kind;
    int id = 0;
    QString language;
    QString text;

    static constexpr auto fields()
    {
        return std::tuple{field("kind", &ContentTranslated::kind)
                              .about("item, question (a policy question), message, takeaway, term or explanation "
                                     "(a glossary term's)"),
                          field("id", &ContentTranslated::id, Optional)
                              .about("the item's, takeaway's or glossary term's id, the policy question's index from 0 "
                                     "(0 for the message)"),
                          field("language", &ContentTranslated::language).about("the translation's language code"),
                          field("text", &ContentTranslated::text).about("plain text; empty removes the translation")};
    }
};

struct DisplayCaptions
{
    static constexpr EventType Type = EventType::DisplayCaptions;
    bool shown = false;
    QString size;

    static constexpr auto fields()
    {
        return std::tuple{
            field("shown", &DisplayCaptions::shown).about("whether the caption strip is shown"),
            field("size", &DisplayCaptions::size, Optional).about("small, medium or large (absent or empty: medium)")};
    }
};

struct GlossaryEdited
{
    static constexpr EventType Type = EventType::GlossaryEdited;
    QJsonArray terms;

    static constexpr auto fields()
    {
        return std::tuple{field("terms", &GlossaryEdited::terms).about("[{id, term, explanation}], plain text")};
    }
};

struct DisplayTerm
{
    static constexpr EventType Type = EventType::DisplayTerm;
    int term = 0;

    static constexpr auto fields()
    {
        return std::tuple{field("term", &DisplayTerm::term).about("the glossary term's id; 0 hides it")};
    }
};

struct TakeawayApproved
{
    static constexpr EventType Type = EventType::TakeawayApproved;
    int id = -1;
    QString text;

    static constexpr auto fields()
    {
        return std::tuple{field("id", &TakeawayApproved::id).about("the takeaway's id"),
                          field("text", &TakeawayApproved::text).about("plain text")};
    }
};

struct TakeawayWithdrawn
{
    static constexpr EventType Type = EventType::TakeawayWithdrawn;
    int id = -1;

    static constexpr auto fields()
    {
        return std::tuple{field("id", &TakeawayWithdrawn::id).about("the takeaway's id")};
    }
};

struct TakeawayEdited
{
    static constexpr EventType Type = EventType::TakeawayEdited;
    int id = -1;
    QString text;

    static constexpr auto fields()
    {
        return std::tuple{field("id", &TakeawayEdited::id).about("the approved takeaway's id"),
                          field("text", &TakeawayEdited::text).about("its new wording, plain text")};
    }
};

struct TakeawayCommented
{
    static constexpr EventType Type = EventType::TakeawayCommented;
    int takeaway = -1;
    QString text;
    int participant = 0;

    static constexpr auto fields()
    {
        return std::tuple{
            field("takeaway", &TakeawayCommented::takeaway).about("the approved takeaway's id"),
            field("text", &TakeawayCommented::text).about("what was said, plain text"),
            field("participant", &TakeawayCommented::participant, Optional).about("who said it; 0: not named")};
    }
};

struct NoteAdded
{
    static constexpr EventType Type = EventType::NoteAdded;
    int id = -1;
    QString text;
    QStringList tags;
    std::optional<qint64> typedAtMs;     ///< absent: the event's own time
    std::optional<qint64> typedAtWallMs; ///< absent: the event's own wall time
    int item = 0;
    int holder = 0;
    bool chair = false;
    int policyQuestion = -1;
    std::optional<int> group; ///< absent: the note is not a break-out group's

    static constexpr auto fields()
    {
        return std::tuple{
            field("id", &NoteAdded::id).about("the note's id"),
            field("text", &NoteAdded::text).about("plain text"),
            field("tags", &NoteAdded::tags, Optional).about("takeaway, action, question, agree, disagree, quote"),
            field("typed_at_ms", &NoteAdded::typedAtMs, Optional)
                .as(FieldKind::Time)
                .about("when typing began, on the session's axis"),
            field("typed_at_wall_ms", &NoteAdded::typedAtWallMs, Optional)
                .as(FieldKind::Time)
                .about("the same moment, UTC"),
            field("item", &NoteAdded::item, Optional).about("the agenda item then"),
            field("holder", &NoteAdded::holder, Optional).about("who held the floor then (0: nobody)"),
            field("chair", &NoteAdded::chair, Optional).about("whether that was a turn in the empty chair"),
            field("policy_question", &NoteAdded::policyQuestion, Optional)
                .about("the policy question it bears on (-1: none)"),
            field("group", &NoteAdded::group, Optional).about("the break-out group it was written for").since(6)};
    }
};

struct NoteEdited
{
    static constexpr EventType Type = EventType::NoteEdited;
    int id = -1;
    QString text;
    QStringList tags;
    int policyQuestion = -1;
    std::optional<int> group; ///< absent: the note keeps its group; 0: it no longer has one

    static constexpr auto fields()
    {
        return std::tuple{field("id", &NoteEdited::id).about("the note's id"),
                          field("text", &NoteEdited::text).about("plain text"),
                          field("tags", &NoteEdited::tags, Optional).about("as in note.added"),
                          field("policy_question", &NoteEdited::policyQuestion, Optional).about("as in note.added"),
                          field("group", &NoteEdited::group, Optional)
                              .about("the break-out group (0: none; absent: unchanged)")
                              .since(6)};
    }
};

struct NoteDeleted
{
    static constexpr EventType Type = EventType::NoteDeleted;
    int id = -1;

    static constexpr auto fields() { return std::tuple{field("id", &NoteDeleted::id).about("the note's id")}; }
};

struct NoteRestored
{
    static constexpr EventType Type = EventType::NoteRestored;
    int id = -1;

    static constexpr auto fields() { return std::tuple{field("id", &NoteRestored::id).about("the note's id")}; }
};

struct TranscriptImported
{
    static constexpr EventType Type = EventType::TranscriptImported;
    QString name;
    QList<TranscriptLine> turns;
    std::optional<QList<int>> startsMs; ///< each turn's start from the file's 00:00 (-1: unknown); absent: none known
    std::optional<qint64> zeroAtMs;     ///< when the file's 00:00 was, on the session's axis; absent: at its start

    static constexpr auto fields()
    {
        return std::tuple{
            field("name", &TranscriptImported::name, Optional).about("the file's name"),
            field("turns", &TranscriptImported::turns).about("[{line, speaker, text}]"),
            field("starts_ms", &TranscriptImported::startsMs, Optional)
                .about("when each turn starts, in ms from the file's 00:00, in the order of the turns (-1: unknown)")
                .since(4),
            field("zero_at_ms", &TranscriptImported::zeroAtMs, Optional)
                .as(FieldKind::Time)
                .about("when the file's 00:00 was, on the session's axis (absent: at the clock's first start)")
                .since(4)};
    }
};

struct ReportField
{
    static constexpr EventType Type = EventType::ReportField;
    QString key;
    QString text;

    static constexpr auto fields()
    {
        return std::tuple{field("key", &ReportField::key)
                              .about("the field's key: one of the eight fields, or (since vocabulary 5) the short "
                                     "report's takeaways or calls_to_action, one a line"),
                          field("text", &ReportField::text).about("plain text")};
    }
};

struct ReportParticipation
{
    static constexpr EventType Type = EventType::ReportParticipation;
    int onsite = -1;
    int online = -1;
    int women = -1;

    static constexpr auto fields()
    {
        return std::tuple{field("onsite", &ReportParticipation::onsite).about("people in the room"),
                          field("online", &ReportParticipation::online).about("people online"),
                          field("women", &ReportParticipation::women).about("of whom women")};
    }
};

struct CaptionLine
{
    static constexpr EventType Type = EventType::CaptionLine;
    QString text;
    QString speaker;
    int participant = 0;
    std::optional<qint64> atMs; ///< absent: the event's own time

    static constexpr auto fields()
    {
        return std::tuple{
            field("text", &CaptionLine::text).about("the caption line, plain text on one line"),
            field("speaker", &CaptionLine::speaker, Optional).about("the speaker's name as captioned (empty: unknown)"),
            field("participant", &CaptionLine::participant, Optional).about("the participant speaking (0: not known)"),
            field("at_ms", &CaptionLine::atMs, Optional)
                .as(FieldKind::Time)
                .about("when it was said, on the session's axis (absent: the event's own time)")};
    }
};

struct PhoneJoined
{
    static constexpr EventType Type = EventType::PhoneJoined;
    QString device;
    int participant = -1;
    QJsonObject walkIn;

    static constexpr auto fields()
    {
        return std::tuple{field("device", &PhoneJoined::device).about("the phone's public id (8 characters)"),
                          field("participant", &PhoneJoined::participant).about("who joined"),
                          field("walk_in", &PhoneJoined::walkIn)
                              .about("the participant added by the same event (as participant.added)")};
    }
};

struct PhoneBlocked
{
    static constexpr EventType Type = EventType::PhoneBlocked;
    QString device;
    bool blocked = true;

    static constexpr auto fields()
    {
        return std::tuple{field("device", &PhoneBlocked::device).about("the phone"),
                          field("blocked", &PhoneBlocked::blocked).about("false: it may send again")};
    }
};

struct PhoneJoining
{
    static constexpr EventType Type = EventType::PhoneJoining;
    bool open = false;

    static constexpr auto fields()
    {
        return std::tuple{field("open", &PhoneJoining::open).about("whether phones may join")};
    }
};

struct PhoneLimits
{
    static constexpr EventType Type = EventType::PhoneLimits;
    qint64 questionIntervalMs = 60'000;
    int pendingQuestions = 3;

    static constexpr auto fields()
    {
        return std::tuple{field("question_interval_ms", &PhoneLimits::questionIntervalMs)
                              .about("the least time between two questions of a phone"),
                          field("pending_questions", &PhoneLimits::pendingQuestions)
                              .about("how many questions of a phone may wait in the inbox")};
    }
};

struct InboxQuestion
{
    static constexpr EventType Type = EventType::InboxQuestion;
    int id = -1;
    QString device;
    int participant = -1;
    QString text;
    int policyQuestion = -1;
    int speaker = 0;

    static constexpr auto fields()
    {
        return std::tuple{field("id", &InboxQuestion::id).about("the question's id in the inbox"),
                          field("device", &InboxQuestion::device).about("the phone it came from"),
                          field("participant", &InboxQuestion::participant).about("who sent it"),
                          field("text", &InboxQuestion::text).about("plain text"),
                          field("policy_question", &InboxQuestion::policyQuestion, Optional)
                              .about("the policy question it is for (from 0), or -1"),
                          field("speaker", &InboxQuestion::speaker, Optional).about("the participant it is for, or 0")};
    }
};

struct InboxAccepted
{
    static constexpr EventType Type = EventType::InboxAccepted;
    int id = -1;
    QString as;

    static constexpr auto fields()
    {
        return std::tuple{field("id", &InboxAccepted::id).about("the question's id"),
                          field("as", &InboxAccepted::as).about("read, display or bank")};
    }
};

struct InboxDismissed
{
    static constexpr EventType Type = EventType::InboxDismissed;
    int id = -1;

    static constexpr auto fields() { return std::tuple{field("id", &InboxDismissed::id).about("the question's id")}; }
};

struct TakeawayReaction
{
    static constexpr EventType Type = EventType::TakeawayReaction;
    QString device;
    int participant = -1;
    int takeaway = -1;
    QString reaction;
    QString text;

    static constexpr auto fields()
    {
        return std::tuple{field("device", &TakeawayReaction::device).about("the phone"),
                          field("participant", &TakeawayReaction::participant).about("who reacted"),
                          field("takeaway", &TakeawayReaction::takeaway).about("the approved takeaway's id"),
                          field("reaction", &TakeawayReaction::reaction).about("agree, disagree or comment"),
                          field("text", &TakeawayReaction::text, Optional).about("the comment, plain text")};
    }
};

struct TakeawayShared
{
    static constexpr EventType Type = EventType::TakeawayShared;
    int id = -1;
    QString device;
    int participant = -1;
    QString text;

    static constexpr auto fields()
    {
        return std::tuple{field("id", &TakeawayShared::id).about("the shared takeaway's id"),
                          field("device", &TakeawayShared::device).about("the phone"),
                          field("participant", &TakeawayShared::participant).about("who shared it"),
                          field("text", &TakeawayShared::text).about("plain text")};
    }
};

template<typename... P>
struct TypeList
{};

/// Every payload, in the order of EventType.
using All = TypeList<SessionDefined,
                     SessionDetails,
                     SessionEnded,
                     ClockStarted,
                     ClockPaused,
                     ClockResumed,
                     AgendaEntered,
                     AgendaExtended,
                     AgendaRebalanced,
                     AgendaEdited,
                     RebalanceDeclined,
                     ParticipantAdded,
                     ParticipantUpdated,
                     ParticipantRemoved,
                     FloorGiven,
                     FloorEnded,
                     QueueRequested,
                     QueueWithdrawn,
                     QueueReordered,
                     QueuePolicyChanged,
                     ChairOpened,
                     ChairClaimed,
                     ChairClaimDeclined,
                     ChairTaken,
                     ChairReply,
                     ChairClosed,
                     RotationChanged,
                     SettingsChanged,
                     QuestionBankReplaced,
                     QuestionAsked,
                     MediaAdded,
                     MediaRemoved,
                     DisplayMedia,
                     DisplayPage,
                     DisplayVolume,
                     DisplayPlayback,
                     DisplayPinned,
                     DisplayUnpinned,
                     DisplayBlanked,
                     DisplayMessage,
                     DisplayLanguage,
                     ContentTranslated,
                     GlossaryEdited,
                     DisplayTerm,
                     DisplayCaptions,
                     TakeawayApproved,
                     TakeawayWithdrawn,
                     TakeawayEdited,
                     TakeawayCommented,
                     NoteAdded,
                     NoteEdited,
                     NoteDeleted,
                     NoteRestored,
                     TranscriptImported,
                     ReportField,
                     ReportParticipation,
                     CaptionLine,
                     PhoneJoined,
                     PhoneBlocked,
                     PhoneJoining,
                     PhoneLimits,
                     InboxQuestion,
                     InboxAccepted,
                     InboxDismissed,
                     TakeawayReaction,
                     TakeawayShared>;

/// A payload struct of an event type.
template<typename P>
concept Payload = json::HasFields<P> && requires
{
    {
        P::Type
        } -> std::convertible_to<EventType>;
};

namespace detail {

template<typename... P>
constexpr bool inEnumOrder(TypeList<P...>)
{
    int index = 0;
    return ((int(P::Type) == index++) && ...) && index == int(EventType::TakeawayShared) + 1;
}

template<typename... P>
constexpr bool allConsistent(TypeList<P...>)
{
    return (json::fieldsAreConsistent<P>() && ...);
}

} // namespace detail

static_assert(detail::inEnumOrder(All{}), "one payload per event type, in the order of EventType");
static_assert(detail::allConsistent(All{}), "optional members are not required; kinds suit their members");

/// The JSON object an event of this payload holds.
template<Payload P>
[[nodiscard]] QJsonObject toJson(const P &payload)
{
    return json::writeFields(payload);
}

/**
 * An event's payload as its struct. A payload that lacks a required field or has one of the wrong kind
 * is refused with the catalogue's message (EventCatalogue::checkPayload); a value of the right kind that
 * does not fit its member (a fraction for an id) leaves the member's default, as the folds always did.
 */
template<Payload P>
[[nodiscard]] Result<P> read(const Event &event)
{
    Q_ASSERT(event.type == P::Type);
    if (auto ok = EventCatalogue::checkPayload(P::Type, event.data); !ok) {
        return ok.error();
    }
    return json::readFieldsLoose<P>(event.data);
}

/**
 * Reads an event's payload and folds it with a state's handler, which takes the payload struct and the
 * other arguments given: `return events::dispatch(this, &FloorState::applyFloorGiven, event, t, running);`.
 * A payload that cannot be read is refused before the handler runs.
 */
template<typename State, Payload P, typename... Args>
[[nodiscard]] Result<void> dispatch(State *state,
                                    Result<void> (State::*handler)(const P &, Args...),
                                    const Event &event,
                                    std::type_identity_t<Args>... args)
{
    auto payload = read<P>(event);
    if (!payload) {
        return payload.error();
    }
    return (state->*handler)(payload.value(), args...);
}

} // namespace core::events
