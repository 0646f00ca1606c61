// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/jsonfields.h"
#include "core/base/result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <variant>

namespace core {

/**
 * The people who may act on a session, as the network will know them. The onsite moderator is the
 * host's own window; the others join from their devices (see DESIGN, "Sharing a session").
 */
enum class TeamRole : quint8
{
    OnsiteModerator,
    CoModerator,
    OnlineModerator,
    Rapporteur,
    Observer,
    /// A remote hub's projector: shows the room display only, in a language of its own; changes nothing.
    RoomDisplay,
    /// Adds translations of the session's content (item titles, the message, takeaways) for the room.
    Translator,
    /// Sends caption lines to the room display's caption strip (they become the session's transcript).
    Captioner,
};
[[nodiscard]] QString teamRoleKey(TeamRole role);
[[nodiscard]] std::optional<TeamRole> teamRoleFromKey(QStringView key);
[[nodiscard]] QList<TeamRole> allTeamRoles();
/// The role as a person reads it in a sentence ("online moderator"), translated.
[[nodiscard]] QString teamRoleName(TeamRole role);

/**
 * Someone a command is about: a participant by id, or by name (found, or added as a walk-in by the
 * same event, with what is known of them). In JSON its fields sit beside the command's own:
 * {"participant": 3} or {"name": "Amina", "channel": "online", "group": "Civil Society"}.
 */
struct Who
{
    int participant = 0;
    QString name;
    QString channel; ///< onsite (default), online or hub
    QString group;   ///< IGF stakeholder group
    QString region;  ///< UN regional group
    QString gender;
    QString hub; ///< the hub's name, for channel "hub"
};

// Every command: a payload struct with its fields. Add one here, to the Command variant, to the
// catalogue in command.cpp (name, roles, about) and to Session::execute; see CONTRIBUTING.
#define MODERATO_NO_FIELDS                                                                                             \
    static constexpr auto fields()                                                                                     \
    {                                                                                                                  \
        return std::tuple{};                                                                                           \
    }

namespace commands {

// The agenda clock.
struct StartClock
{
    MODERATO_NO_FIELDS
};

struct PauseClock
{
    MODERATO_NO_FIELDS
};

struct ResumeClock
{
    MODERATO_NO_FIELDS
};

/// Start, pause or resume, whichever applies (the console's Space).
struct ToggleClock
{
    MODERATO_NO_FIELDS
};

struct NextItem
{
    MODERATO_NO_FIELDS
};

struct PreviousItem
{
    MODERATO_NO_FIELDS
};

struct EnterItem
{
    int item = 0;

    static constexpr auto fields() { return std::tuple{field("item", &EnterItem::item)}; }
};

/// The N-th top-level item, counted from 1.
struct GotoItem
{
    int position = 0;

    static constexpr auto fields() { return std::tuple{field("position", &GotoItem::position)}; }
};

struct ExtendItem
{
    qint64 deltaMs = 0;

    static constexpr auto fields() { return std::tuple{field("delta_ms", &ExtendItem::deltaMs)}; }
};

/// Re-plans the remaining items as proposed at this instant.
struct AcceptRebalance
{
    MODERATO_NO_FIELDS
};

/// Declines the re-balancing proposed at this instant.
struct DeclineRebalance
{
    MODERATO_NO_FIELDS
};

struct EndSession
{
    MODERATO_NO_FIELDS
};

// People.
struct AddParticipant
{
    QJsonObject participant;

    static constexpr auto fields() { return std::tuple{field("participant", &AddParticipant::participant)}; }
};

struct UpdateParticipant
{
    QJsonObject participant;

    static constexpr auto fields() { return std::tuple{field("participant", &UpdateParticipant::participant)}; }
};

struct RemoveParticipant
{
    int id = 0;

    static constexpr auto fields() { return std::tuple{field("id", &RemoveParticipant::id)}; }
};

/// Adds a removed participant back with their id (undo).
struct RestoreParticipant
{
    QJsonObject participant;

    static constexpr auto fields() { return std::tuple{field("participant", &RestoreParticipant::participant)}; }
};

// The floor.
struct GiveFloor
{
    Who who;

    static constexpr auto fields() { return std::tuple{field("who", &GiveFloor::who)}; }
};

/// Gives the floor to a request to speak; request 0 is the head of the queue in its order.
struct GiveFloorToRequest
{
    int request = 0;

    static constexpr auto fields() { return std::tuple{field("request", &GiveFloorToRequest::request, false)}; }
};

struct EndTurn
{
    MODERATO_NO_FIELDS
};

struct RequestToSpeak
{
    Who who;
    QString device; ///< the participant's phone that asks (set by the phone host only)

    static constexpr auto fields()
    {
        return std::tuple{field("who", &RequestToSpeak::who), field("device", &RequestToSpeak::device, false)};
    }
};

struct WithdrawRequest
{
    int request = 0;

    static constexpr auto fields() { return std::tuple{field("request", &WithdrawRequest::request)}; }
};

struct ReorderQueue
{
    QList<int> order;

    static constexpr auto fields() { return std::tuple{field("order", &ReorderQueue::order)}; }
};

struct SetQueuePolicy
{
    QString policy; ///< request_order, first_time_first, alternate_channels or least_spoken_groups

    static constexpr auto fields() { return std::tuple{field("policy", &SetQueuePolicy::policy)}; }
};

struct SetRotation
{
    QList<int> order;
    QList<int> skipped;

    static constexpr auto fields()
    {
        return std::tuple{field("order", &SetRotation::order), field("skipped", &SetRotation::skipped, false)};
    }
};

struct SetFloorSettings
{
    qint64 audienceLimitMs = 0;
    qint64 chairLimitMs = 0;
    qint64 warningMs = -1;
    bool chime = true;

    static constexpr auto fields()
    {
        return std::tuple{field("audience_limit_ms", &SetFloorSettings::audienceLimitMs),
                          field("chair_limit_ms", &SetFloorSettings::chairLimitMs),
                          field("warning_ms", &SetFloorSettings::warningMs, false),
                          field("chime", &SetFloorSettings::chime, false)};
    }
};

// The empty chair.
struct OpenChair
{
    MODERATO_NO_FIELDS
};

/// The online moderator claims the chair for a remote participant; it waits for the moderator.
struct ClaimChair
{
    Who who;
    QString device; ///< the participant's phone that asks (set by the phone host only)

    static constexpr auto fields()
    {
        return std::tuple{field("who", &ClaimChair::who), field("device", &ClaimChair::device, false)};
    }
};

struct DeclineChairClaim
{
    MODERATO_NO_FIELDS
};

struct TakeChair
{
    Who who;

    static constexpr auto fields() { return std::tuple{field("who", &TakeChair::who)}; }
};

struct ReplyFromChair
{
    int participant = 0;

    static constexpr auto fields() { return std::tuple{field("participant", &ReplyFromChair::participant)}; }
};

struct CloseChair
{
    MODERATO_NO_FIELDS
};

// Preparation.
struct EditAgenda
{
    QJsonArray agenda;

    static constexpr auto fields() { return std::tuple{field("agenda", &EditAgenda::agenda)}; }
};

// Break-out groups (an agenda item of kind break-out; Session::setBreakOut and the others).
struct SetBreakOut
{
    int item = 0;
    QJsonObject breakOut; ///< as the agenda writes it: {"groups": [...], "report_back_ms", "report_order"}

    static constexpr auto fields()
    {
        return std::tuple{field("item", &SetBreakOut::item), field("break_out", &SetBreakOut::breakOut)};
    }
};

struct AssignBreakOut
{
    int item = 0;

    static constexpr auto fields() { return std::tuple{field("item", &AssignBreakOut::item)}; }
};

struct AddToBreakOut
{
    int item = 0;
    int participant = 0;

    static constexpr auto fields()
    {
        return std::tuple{field("item", &AddToBreakOut::item), field("participant", &AddToBreakOut::participant)};
    }
};

struct GiveReportBack
{
    int group = 0; ///< 0: the next group that has not reported

    static constexpr auto fields() { return std::tuple{field("group", &GiveReportBack::group, false)}; }
};

struct EditDetails
{
    QJsonObject details;

    static constexpr auto fields() { return std::tuple{field("details", &EditDetails::details)}; }
};

struct SetQuestionBank
{
    QJsonArray questions;

    static constexpr auto fields() { return std::tuple{field("questions", &SetQuestionBank::questions)}; }
};

struct MarkQuestionAsked
{
    int id = 0;
    bool asked = true;

    static constexpr auto fields()
    {
        return std::tuple{field("id", &MarkQuestionAsked::id), field("asked", &MarkQuestionAsked::asked, false)};
    }
};

// The room display.
/// Copies a local file into the session (on the host; a path means nothing on another device).
struct AddMedia
{
    QString path;

    static constexpr auto fields() { return std::tuple{field("path", &AddMedia::path)}; }
};

struct RemoveMedia
{
    int id = 0;

    static constexpr auto fields() { return std::tuple{field("id", &RemoveMedia::id)}; }
};

struct ShowMedia
{
    int id = 0;

    static constexpr auto fields() { return std::tuple{field("id", &ShowMedia::id)}; }
};

struct SetMediaPage
{
    int page = 0;

    static constexpr auto fields() { return std::tuple{field("page", &SetMediaPage::page)}; }
};

/// Copies a subtitle file (SRT, WebVTT) into the session for one of its videos (on the host, like AddMedia).
struct AddSubtitles
{
    int video = 0;
    QString path;
    QString language; ///< empty: as the file's name says ("talk.fr.vtt"), else not said

    static constexpr auto fields()
    {
        return std::tuple{field("video", &AddSubtitles::video),
                          field("path", &AddSubtitles::path),
                          field("language", &AddSubtitles::language, false)};
    }
};

/// The sound of the room display's videos.
struct SetVideoVolume
{
    int volume = 100;
    bool muted = false;

    static constexpr auto fields()
    {
        return std::tuple{field("volume", &SetVideoVolume::volume), field("muted", &SetVideoVolume::muted, false)};
    }
};

/// Plays or pauses the shown video, from a position.
struct SetVideoPlayback
{
    bool playing = true;
    qint64 positionMs = 0;

    static constexpr auto fields()
    {
        return std::tuple{field("playing", &SetVideoPlayback::playing),
                          field("position_ms", &SetVideoPlayback::positionMs, false)};
    }
};

struct PinScene
{
    QString scene;

    static constexpr auto fields() { return std::tuple{field("scene", &PinScene::scene)}; }
};

struct UnpinScene
{
    MODERATO_NO_FIELDS
};

struct BlankDisplay
{
    bool blank = true;

    static constexpr auto fields() { return std::tuple{field("blank", &BlankDisplay::blank, false)}; }
};

struct ShowMessage
{
    QString text;

    static constexpr auto fields() { return std::tuple{field("text", &ShowMessage::text)}; }
};

struct SetRoomLanguage
{
    QString language;

    static constexpr auto fields() { return std::tuple{field("language", &SetRoomLanguage::language)}; }
};

struct SetRoomSecondLanguage
{
    QString language;

    static constexpr auto fields() { return std::tuple{field("language", &SetRoomSecondLanguage::language)}; }
};

struct TranslateContent
{
    QString kind;
    int id = 0;
    QString language;
    QString text;

    static constexpr auto fields()
    {
        return std::tuple{field("kind", &TranslateContent::kind),
                          field("id", &TranslateContent::id, false),
                          field("language", &TranslateContent::language),
                          field("text", &TranslateContent::text)};
    }
};

struct SetGlossaryTerm
{
    int id = 0;
    QString term;
    QString explanation;

    static constexpr auto fields()
    {
        return std::tuple{field("id", &SetGlossaryTerm::id, false),
                          field("term", &SetGlossaryTerm::term),
                          field("explanation", &SetGlossaryTerm::explanation, false)};
    }
};

struct RemoveGlossaryTerm
{
    int id = 0;

    static constexpr auto fields() { return std::tuple{field("id", &RemoveGlossaryTerm::id)}; }
};

struct ShowGlossaryTerm
{
    int id = 0;

    static constexpr auto fields() { return std::tuple{field("id", &ShowGlossaryTerm::id)}; }
};

struct ApproveTakeaway
{
    QString text;

    static constexpr auto fields() { return std::tuple{field("text", &ApproveTakeaway::text)}; }
};

struct WithdrawTakeaway
{
    int id = 0;

    static constexpr auto fields() { return std::tuple{field("id", &WithdrawTakeaway::id)}; }
};

struct EditTakeaway
{
    int id = 0;
    QString text;

    static constexpr auto fields()
    {
        return std::tuple{field("id", &EditTakeaway::id), field("text", &EditTakeaway::text)};
    }
};

struct CommentOnTakeaway
{
    int takeaway = 0;
    QString text;
    int participant = 0;

    static constexpr auto fields()
    {
        return std::tuple{field("takeaway", &CommentOnTakeaway::takeaway),
                          field("text", &CommentOnTakeaway::text),
                          field("participant", &CommentOnTakeaway::participant, false)};
    }
};

// The rapporteur.
struct AddNote
{
    QString text;
    QStringList tags;
    qint64 typedAtMs = -1; ///< when typing began, on the session's axis; -1: now
    int policyQuestion = -1;
    int group = 0; ///< the break-out group it is for, 0: none

    static constexpr auto fields()
    {
        return std::tuple{field("text", &AddNote::text),
                          field("tags", &AddNote::tags, false),
                          field("typed_at_ms", &AddNote::typedAtMs, false),
                          field("policy_question", &AddNote::policyQuestion, false),
                          field("group", &AddNote::group, false)};
    }
};

struct EditNote
{
    int id = 0;
    QString text;
    QStringList tags;
    int policyQuestion = -1;
    int group = -1; ///< the break-out group, 0: none, -1: as it is

    static constexpr auto fields()
    {
        return std::tuple{field("id", &EditNote::id),
                          field("text", &EditNote::text),
                          field("tags", &EditNote::tags, false),
                          field("policy_question", &EditNote::policyQuestion, false),
                          field("group", &EditNote::group, false)};
    }
};

struct DeleteNote
{
    int id = 0;

    static constexpr auto fields() { return std::tuple{field("id", &DeleteNote::id)}; }
};

struct RestoreNote
{
    int id = 0;

    static constexpr auto fields() { return std::tuple{field("id", &RestoreNote::id)}; }
};

/// Reads a transcript file on the host.
struct ImportTranscript
{
    QString path;
    /// Where the file's 00:00 of timed captions is from the clock's first start (negative: before it).
    qint64 offsetMs = 0;

    static constexpr auto fields()
    {
        return std::tuple{field("path", &ImportTranscript::path),
                          field("offset_ms", &ImportTranscript::offsetMs, false)};
    }
};

struct SetReportField
{
    QString key;
    QString text;

    static constexpr auto fields()
    {
        return std::tuple{field("key", &SetReportField::key), field("text", &SetReportField::text)};
    }
};

struct SetParticipation
{
    int onsite = 0;
    int online = 0;
    int women = 0;

    static constexpr auto fields()
    {
        return std::tuple{field("onsite", &SetParticipation::onsite),
                          field("online", &SetParticipation::online),
                          field("women", &SetParticipation::women)};
    }
};

// Captions.
/// A caption line for the room display's caption strip; it becomes a turn of the transcript.
struct AddCaption
{
    QString text;
    QString speaker;
    int participant = 0;

    static constexpr auto fields()
    {
        return std::tuple{field("text", &AddCaption::text),
                          field("speaker", &AddCaption::speaker, false),
                          field("participant", &AddCaption::participant, false)};
    }
};

/// Shows or hides the caption strip, and its size (small, medium, large; empty: medium).
struct SetCaptions
{
    bool shown = true;
    QString size;

    static constexpr auto fields()
    {
        return std::tuple{field("shown", &SetCaptions::shown), field("size", &SetCaptions::size, false)};
    }
};

// Participants' phones. The phone host runs these for a phone that joined with the room PIN, with the
// phone's id as device (Session::executeFromPhone); no team role issues them.
struct JoinPhone
{
    QString device;
    Who who; ///< name, channel, group, region, gender, hub: a new participant

    static constexpr auto fields()
    {
        return std::tuple{field("device", &JoinPhone::device), field("who", &JoinPhone::who)};
    }
};

struct SubmitQuestion
{
    QString device;
    QString text;
    int policyQuestion = -1;
    int speaker = 0;

    static constexpr auto fields()
    {
        return std::tuple{field("device", &SubmitQuestion::device),
                          field("text", &SubmitQuestion::text),
                          field("policy_question", &SubmitQuestion::policyQuestion, false),
                          field("speaker", &SubmitQuestion::speaker, false)};
    }
};

struct ReactToTakeaway
{
    QString device;
    int takeaway = 0;
    QString reaction; ///< agree, disagree or comment
    QString text;

    static constexpr auto fields()
    {
        return std::tuple{field("device", &ReactToTakeaway::device),
                          field("takeaway", &ReactToTakeaway::takeaway),
                          field("reaction", &ReactToTakeaway::reaction),
                          field("text", &ReactToTakeaway::text, false)};
    }
};

struct ShareTakeaway
{
    QString device;
    QString text;

    static constexpr auto fields()
    {
        return std::tuple{field("device", &ShareTakeaway::device), field("text", &ShareTakeaway::text)};
    }
};

// The moderator's side of the phones.
struct AcceptQuestion
{
    int id = 0;
    QString as; ///< read, display or bank

    static constexpr auto fields()
    {
        return std::tuple{field("id", &AcceptQuestion::id), field("as", &AcceptQuestion::as)};
    }
};

struct DismissQuestion
{
    int id = 0;

    static constexpr auto fields() { return std::tuple{field("id", &DismissQuestion::id)}; }
};

struct BlockPhone
{
    QString device;
    bool blocked = true;

    static constexpr auto fields()
    {
        return std::tuple{field("device", &BlockPhone::device), field("blocked", &BlockPhone::blocked, false)};
    }
};

struct SetPhoneJoining
{
    bool open = true;

    static constexpr auto fields() { return std::tuple{field("open", &SetPhoneJoining::open)}; }
};

struct SetPhoneLimits
{
    qint64 questionIntervalMs = 60'000;
    int pendingQuestions = 3;

    static constexpr auto fields()
    {
        return std::tuple{field("question_interval_ms", &SetPhoneLimits::questionIntervalMs),
                          field("pending_questions", &SetPhoneLimits::pendingQuestions)};
    }
};

} // namespace commands

#undef MODERATO_NO_FIELDS

/// Every operation a person can perform on a session. The order is the catalogue's.
using Command = std::variant<commands::StartClock,
                             commands::PauseClock,
                             commands::ResumeClock,
                             commands::ToggleClock,
                             commands::NextItem,
                             commands::PreviousItem,
                             commands::EnterItem,
                             commands::GotoItem,
                             commands::ExtendItem,
                             commands::AcceptRebalance,
                             commands::DeclineRebalance,
                             commands::EndSession,
                             commands::AddParticipant,
                             commands::UpdateParticipant,
                             commands::RemoveParticipant,
                             commands::RestoreParticipant,
                             commands::GiveFloor,
                             commands::GiveFloorToRequest,
                             commands::EndTurn,
                             commands::RequestToSpeak,
                             commands::WithdrawRequest,
                             commands::ReorderQueue,
                             commands::SetQueuePolicy,
                             commands::SetRotation,
                             commands::SetFloorSettings,
                             commands::OpenChair,
                             commands::ClaimChair,
                             commands::DeclineChairClaim,
                             commands::TakeChair,
                             commands::ReplyFromChair,
                             commands::CloseChair,
                             commands::EditAgenda,
                             commands::SetBreakOut,
                             commands::AssignBreakOut,
                             commands::AddToBreakOut,
                             commands::GiveReportBack,
                             commands::EditDetails,
                             commands::SetQuestionBank,
                             commands::MarkQuestionAsked,
                             commands::AddMedia,
                             commands::RemoveMedia,
                             commands::ShowMedia,
                             commands::SetMediaPage,
                             commands::AddSubtitles,
                             commands::SetVideoVolume,
                             commands::SetVideoPlayback,
                             commands::PinScene,
                             commands::UnpinScene,
                             commands::BlankDisplay,
                             commands::ShowMessage,
                             commands::SetRoomLanguage,
                             commands::SetRoomSecondLanguage,
                             commands::TranslateContent,
                             commands::SetGlossaryTerm,
                             commands::RemoveGlossaryTerm,
                             commands::ShowGlossaryTerm,
                             commands::ApproveTakeaway,
                             commands::WithdrawTakeaway,
                             commands::EditTakeaway,
                             commands::CommentOnTakeaway,
                             commands::AddNote,
                             commands::EditNote,
                             commands::DeleteNote,
                             commands::RestoreNote,
                             commands::ImportTranscript,
                             commands::SetReportField,
                             commands::SetParticipation,
                             commands::AddCaption,
                             commands::SetCaptions,
                             commands::JoinPhone,
                             commands::SubmitQuestion,
                             commands::ReactToTakeaway,
                             commands::ShareTakeaway,
                             commands::AcceptQuestion,
                             commands::DismissQuestion,
                             commands::BlockPhone,
                             commands::SetPhoneJoining,
                             commands::SetPhoneLimits>;

/// One payload field as the catalogue describes it (for documentation and the replay language).
struct CommandFieldInfo
{
    QString key;
    QString kind; ///< integer, duration, boolean, text, list, object, who
    bool required;
};

struct CommandSpec
{
    QString name; ///< "give-floor": in JSON ("command") and as a replay verb
    QList<TeamRole> roles;
    QString about;
    QList<CommandFieldInfo> fields;
};

/**
 * The command vocabulary: each command's name, who may issue it, and its payload in JSON, e.g.
 * {"command": "request-to-speak", "name": "Amina", "channel": "online"}. The network checks roles
 * with mayIssue(); Session::execute runs a command and records exactly one event.
 */
class CommandCatalogue final
{
    Q_DECLARE_TR_FUNCTIONS(core::CommandCatalogue)

public:
    [[nodiscard]] static qsizetype count() { return std::variant_size_v<Command>; }

    [[nodiscard]] static const CommandSpec &spec(qsizetype index);

    [[nodiscard]] static const CommandSpec &spec(const Command &command) { return spec(command.index()); }

    [[nodiscard]] static QString name(const Command &command) { return spec(command).name; }

    /// The catalogue position of a name, or -1.
    [[nodiscard]] static qsizetype indexOf(QStringView name);
    [[nodiscard]] static bool mayIssue(TeamRole role, const Command &command);
    /// Whether a participant's phone may send the command (through the phone host, for itself).
    [[nodiscard]] static bool fromPhone(const Command &command);
    /// Why a role may not issue the command at index: the same words on the host, on a device and in
    /// a tooltip.
    [[nodiscard]] static QString refusal(TeamRole role, qsizetype index);

    [[nodiscard]] static QJsonObject toJson(const Command &command);
    /// Reads {"command": NAME, ...fields}; refuses unknown names, missing required fields, fields of
    /// the wrong kind and unknown fields, and checks each value's range.
    [[nodiscard]] static Result<Command> fromJson(const QJsonObject &json);
    /// Range checks that need no session (ids positive, known keys, lengths).
    [[nodiscard]] static Result<void> validate(const Command &command);
};

} // namespace core
