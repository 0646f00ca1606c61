// SPDX-License-Identifier: MIT
#include "core/session/command.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace core {

QString teamRoleKey(TeamRole role)
{
    switch (role) {
    case TeamRole::OnsiteModerator:
        return u"onsite_moderator"_s;
    case TeamRole::CoModerator:
        return u"co_moderator"_s;
    case TeamRole::OnlineModerator:
        return u"online_moderator"_s;
    case TeamRole::Rapporteur:
        return u"rapporteur"_s;
    case TeamRole::Observer:
        return u"observer"_s;
    case TeamRole::RoomDisplay:
        return u"room_display"_s;
    case TeamRole::Translator:
        return u"translator"_s;
    case TeamRole::Captioner:
        return u"captioner"_s;
    }
    return {};
}

QList<TeamRole> allTeamRoles()
{
    return {TeamRole::OnsiteModerator,
            TeamRole::CoModerator,
            TeamRole::OnlineModerator,
            TeamRole::Rapporteur,
            TeamRole::Observer,
            TeamRole::RoomDisplay,
            TeamRole::Translator,
            TeamRole::Captioner};
}

QString teamRoleName(TeamRole role)
{
    switch (role) {
    case TeamRole::OnsiteModerator:
        return CommandCatalogue::tr("onsite moderator");
    case TeamRole::CoModerator:
        return CommandCatalogue::tr("co-moderator");
    case TeamRole::OnlineModerator:
        return CommandCatalogue::tr("online moderator");
    case TeamRole::Rapporteur:
        return CommandCatalogue::tr("rapporteur");
    case TeamRole::Observer:
        return CommandCatalogue::tr("observer");
    case TeamRole::RoomDisplay:
        return CommandCatalogue::tr("room display");
    case TeamRole::Translator:
        return CommandCatalogue::tr("translator");
    case TeamRole::Captioner:
        return CommandCatalogue::tr("captioner");
    }
    return {};
}

std::optional<TeamRole> teamRoleFromKey(QStringView key)
{
    for (TeamRole role : allTeamRoles()) {
        if (teamRoleKey(role) == key) {
            return role;
        }
    }
    return std::nullopt;
}

namespace {

using json::Codec;

// Who sits flat in the command's object: {"participant": 3} or {"name": ..., "channel": ...}.
const std::pair<const char *, QString Who::*> WhoTexts[] = {
    {"name", &Who::name},
    {"channel", &Who::channel},
    {"group", &Who::group},
    {"region", &Who::region},
    {"gender", &Who::gender},
    {"hub", &Who::hub},
};

void writeWho(const Who &who, QJsonObject *json)
{
    if (who.participant > 0) {
        json->insert(u"participant"_s, who.participant);
    }
    for (const auto &[key, member] : WhoTexts) {
        if (!(who.*member).isEmpty()) {
            json->insert(QString::fromLatin1(key), who.*member);
        }
    }
}

template<typename Payload>
QJsonObject writePayload(const Payload &payload)
{
    QJsonObject json;
    json::forEachField<Payload>([&](const auto &f) {
        using T = std::remove_cvref_t<decltype(payload.*(f.member))>;
        if constexpr (std::is_same_v<T, Who>) {
            writeWho(payload.*(f.member), &json);
        } else if constexpr (std::is_same_v<T, QString>) {
            // Text that may be left out is left out when empty (a request's device, a reaction's comment).
            if (f.required || !(payload.*(f.member)).isEmpty()) {
                json::writeField(f, payload, &json);
            }
        } else {
            json::writeField(f, payload, &json);
        }
    });
    return json;
}

template<typename Payload>
QList<CommandFieldInfo> fieldInfo()
{
    QList<CommandFieldInfo> info;
    json::forEachField<Payload>([&](const auto &f) {
        using T = std::remove_cvref_t<decltype(std::declval<Payload>().*(f.member))>;
        if constexpr (std::is_same_v<T, Who>) {
            info.append({u"participant"_s, u"integer"_s, false});
            for (const auto &[key, member] : WhoTexts) {
                info.append({QString::fromLatin1(key), u"text"_s, false});
            }
        } else {
            info.append({QString::fromLatin1(f.key), QString::fromLatin1(Codec<T>::kind), f.required});
        }
    });
    return info;
}

template<typename Payload>
Result<Payload> readPayload(const QJsonObject &json, const QString &name)
{
    Payload payload{};
    QString problem;
    json::forEachField<Payload>([&](const auto &f) {
        if (!problem.isEmpty()) {
            return;
        }
        using T = std::remove_cvref_t<decltype(payload.*(f.member))>;
        if constexpr (std::is_same_v<T, Who>) {
            Who who;
            if (json.contains(u"participant") && !Codec<int>::read(json.value(u"participant"), &who.participant)) {
                problem = CommandCatalogue::tr("\"participant\" must be a whole number");
                return;
            }
            for (const auto &[key, member] : WhoTexts) {
                const QJsonValue value = json.value(QLatin1StringView(key));
                if (!value.isUndefined() && !Codec<QString>::read(value, &(who.*member))) {
                    problem = CommandCatalogue::tr("\"%1\" must be text").arg(QLatin1StringView(key));
                    return;
                }
            }
            payload.*(f.member) = who;
        } else {
            const QJsonValue value = json.value(QLatin1StringView(f.key));
            if (value.isUndefined()) {
                if (f.required) {
                    problem = CommandCatalogue::tr("\"%1\" needs \"%2\"").arg(name, QLatin1StringView(f.key));
                }
                return;
            }
            if (!Codec<T>::read(value, &(payload.*(f.member)))) {
                //: %2 is a kind of value: integer, duration, boolean, text, list or object
                problem = CommandCatalogue::tr("\"%1\" must be: %2")
                              .arg(QLatin1StringView(f.key), QLatin1StringView(Codec<T>::kind));
            }
        }
    });
    if (!problem.isEmpty()) {
        return Error{ErrorCode::InvalidArgument, problem};
    }
    return payload;
}

using R = TeamRole;
const QList<TeamRole> Moderators{R::OnsiteModerator, R::CoModerator};
const QList<TeamRole> WithOnline{R::OnsiteModerator, R::CoModerator, R::OnlineModerator};
const QList<TeamRole> WithRapporteur{R::OnsiteModerator, R::CoModerator, R::Rapporteur};

struct SpecSource
{
    const char *name;
    QList<TeamRole> roles;
    const char *about;
};

// In the order of the Command variant. Names are kebab-case verbs; roles follow DESIGN's table.
const SpecSource Sources[] = {
    {"start", Moderators, "Starts the agenda clock."},
    {"pause", Moderators, "Pauses the clock."},
    {"resume", Moderators, "Resumes the clock."},
    {"toggle", Moderators, "Starts, pauses or resumes the clock, whichever applies."},
    {"next", Moderators, "Goes to the next agenda item."},
    {"previous", Moderators, "Goes back to the previous agenda item."},
    {"enter-item", Moderators, "Makes an item current (a block: its first item)."},
    {"goto", Moderators, "Goes to the N-th top-level item (from 1)."},
    {"extend", Moderators, "Lengthens (or, negative, shortens) the current item."},
    {"rebalance", Moderators, "Accepts the re-balancing proposed now."},
    {"rebalance-decline", Moderators, "Declines the re-balancing proposed now."},
    {"end", Moderators, "Ends the session."},
    {"add-participant", WithOnline, "Adds a participant (a walk-in needs only a name)."},
    {"update-participant", WithOnline, "Changes a participant's details."},
    {"remove-participant", Moderators, "Removes a participant who has not taken part."},
    {"restore-participant", Moderators, "Adds a removed participant back with their id."},
    {"floor", Moderators, "Gives the floor to someone (added as a walk-in if new)."},
    {"floor-to-request", Moderators, "Gives the floor to a request to speak (0: the head of the queue)."},
    {"yield", Moderators, "Ends the turn at the floor."},
    {"queue", WithOnline, "Someone asks to speak (added as a walk-in if new)."},
    {"withdraw", WithOnline, "Withdraws a request to speak."},
    {"reorder-queue", Moderators, "Puts the queue in an order of the moderator's."},
    {"queue-policy",
     Moderators,
     "How the queue orders requests (request_order, first_time_first, alternate_channels, least_spoken_groups)."},
    {"rotation", Moderators, "Sets the speakers' order and who is skipped."},
    {"settings", Moderators, "Sets the turn limits, the warning time and the chime."},
    {"chair-open", Moderators, "Opens the empty chair."},
    {"chair-claim", WithOnline, "Claims the empty chair for a remote participant."},
    {"chair-decline", Moderators, "Declines the pending claim on the chair."},
    {"chair-take", Moderators, "Someone takes the empty chair and holds the floor."},
    {"chair-reply", Moderators, "A speaker replies to the one in the chair."},
    {"chair-release", Moderators, "Closes the empty chair."},
    {"edit-agenda", Moderators, "Replaces the agenda before the start."},
    {"break-out", Moderators, "Sets a break-out item's groups (after the start, only the groups change)."},
    {"break-out-assign", Moderators, "Assigns the participants to a break-out item's groups automatically."},
    {"break-out-add", WithOnline, "Adds someone to the least-full suitable group of a break-out item."},
    {"report-back", Moderators, "Gives the floor to a group's rapporteur for its report-back (0: the next group)."},
    {"edit-details", Moderators, "Replaces the session's details before the start."},
    {"question-bank", Moderators, "Replaces the bank of prepared questions."},
    {"question-asked", Moderators, "Marks a prepared question as asked (or not)."},
    {"media-add", Moderators, "Copies a media file into the session."},
    {"media-remove", Moderators, "Removes a media file."},
    {"media-show", Moderators, "Shows a media file on the room display."},
    {"media-page", Moderators, "Turns the shown document to a page (from 0)."},
    {"subtitles-add",
     Moderators,
     "Copies a subtitle file (SRT, WebVTT) into the session for a video, in a language (empty: as its name says)."},
    {"media-volume", Moderators, "Sets the volume (0 to 100) of the room display's videos, or mutes them."},
    {"media-playback", Moderators, "Plays (playing yes) or pauses the shown video, from position_ms."},
    {"scene", Moderators, "Keeps one scene on the room display."},
    {"unpin", Moderators, "The room display follows the session again."},
    {"blank", Moderators, "Blanks (or shows again) the room display."},
    {"message", WithOnline, "Shows a message to the room; empty text clears it."},
    {"room-language", Moderators, "Sets the room display's language (empty: the console's)."},
    {"room-second-language", Moderators, "Sets a second language the room display shows with the first (empty: none)."},
    {"translate",
     {R::OnsiteModerator, R::CoModerator, R::Rapporteur, R::Translator},
     "Translates an item's title (kind item), a policy question (kind question, id from 0), the message (kind "
     "message), an approved takeaway (kind takeaway) or a glossary term (kinds term and explanation) for the room; "
     "empty text removes the translation."},
    {"glossary-term",
     Moderators,
     "Adds a key term with its explanation to the glossary (id 0), or changes one; an id no term has puts a removed "
     "term back with that id (an undo)."},
    {"glossary-remove", Moderators, "Removes a term from the glossary."},
    {"show-term", Moderators, "Shows one glossary term over the room display's scene (id 0 hides it)."},
    {"takeaway", WithRapporteur, "Approves a key takeaway for the room."},
    {"takeaway-withdraw", WithRapporteur, "Withdraws an approved takeaway."},
    {"takeaway-edit", WithRapporteur, "Rewords an approved takeaway."},
    {"takeaway-comment", WithRapporteur, "Records a comment from the room on an approved takeaway."},
    {"note", WithRapporteur, "Adds a note, stamped with the time, item and floor holder."},
    {"note-edit", WithRapporteur, "Changes a note."},
    {"note-delete", WithRapporteur, "Deletes a note."},
    {"note-restore", WithRapporteur, "Restores a deleted note."},
    {"transcript", WithRapporteur, "Reads a transcript file into the session."},
    {"report-field", WithRapporteur, "Writes one field of the report."},
    {"participation", WithRapporteur, "Enters the estimated participation."},
    {"caption",
     {R::OnsiteModerator, R::CoModerator, R::OnlineModerator, R::Rapporteur, R::Captioner},
     "Shows a caption line on the room display (speaker: as captioned; participant: who speaks) and keeps it "
     "as a turn of the transcript."},
    {"captions",
     {R::OnsiteModerator, R::CoModerator, R::Captioner},
     "Shows (shown yes) or hides the room display's caption strip; size small, medium or large."},
    {"phone-join", {}, "A participant joins from their phone (the phone host only)."},
    {"question-submit", {}, "A participant sends a written question from their phone (the phone host only)."},
    {"takeaway-react", {}, "A participant reacts to an approved takeaway from their phone (the phone host only)."},
    {"takeaway-share", {}, "A participant shares their key takeaway from their phone (the phone host only)."},
    {"question-accept", WithOnline, "Accepts a question from the inbox as read, display or bank."},
    {"question-dismiss", WithOnline, "Dismisses a question from the inbox."},
    {"phone-block", Moderators, "Blocks a phone (or, blocked false, lets it send again)."},
    {"phones-open", Moderators, "Opens (or closes) joining from phones."},
    {"phone-limits", Moderators, "Sets the time between two questions of a phone and how many may wait."},
};
static_assert(std::size(Sources) == std::variant_size_v<Command>, "one catalogue entry per command");

template<std::size_t... I>
QList<CommandSpec> makeSpecs(std::index_sequence<I...>)
{
    QList<CommandSpec> specs;
    (specs.append({QString::fromLatin1(Sources[I].name),
                   Sources[I].roles,
                   QString::fromLatin1(Sources[I].about),
                   fieldInfo<std::variant_alternative_t<I, Command>>()}),
     ...);
    return specs;
}

struct Catalogue
{
    QList<CommandSpec> specs = makeSpecs(std::make_index_sequence<std::variant_size_v<Command>>());
    QHash<QString, qsizetype> byName;

    Catalogue()
    {
        for (qsizetype i = 0; i < specs.size(); ++i) {
            byName.insert(specs.at(i).name, i);
        }
    }
};

const Catalogue &catalogue()
{
    static const Catalogue instance;
    return instance;
}

template<std::size_t I = 0>
Result<Command> readAlternative(qsizetype index, const QJsonObject &json, const QString &name)
{
    if constexpr (I < std::variant_size_v<Command>) {
        if (qsizetype(I) == index) {
            auto payload = readPayload<std::variant_alternative_t<I, Command>>(json, name);
            if (!payload) {
                return payload.error();
            }
            return Command(std::in_place_index<I>, std::move(payload).value());
        }
        return readAlternative<I + 1>(index, json, name);
    } else {
        return Error{ErrorCode::InvalidArgument, CommandCatalogue::tr("unknown command")};
    }
}

Result<void> validateWho(const Who &who)
{
    if (who.participant < 0) {
        return Error{ErrorCode::InvalidArgument, CommandCatalogue::tr("a participant's id is positive")};
    }
    if (who.participant == 0 && who.name.simplified().isEmpty()) {
        return Error{ErrorCode::InvalidArgument, CommandCatalogue::tr("say who: a participant's id or a name")};
    }
    if (!who.channel.isEmpty() && who.channel != u"onsite" && who.channel != u"online" && who.channel != u"hub") {
        return Error{ErrorCode::InvalidArgument,
                     CommandCatalogue::tr("a channel is onsite, online or hub, not \"%1\"").arg(who.channel.left(40))};
    }
    return {};
}

Result<void> positive(int id, const char *what)
{
    if (id <= 0) {
        return Error{ErrorCode::InvalidArgument,
                     CommandCatalogue::tr("\"%1\" must be a positive number").arg(QLatin1StringView(what))};
    }
    return {};
}

} // namespace

const CommandSpec &CommandCatalogue::spec(qsizetype index)
{
    return catalogue().specs.at(index);
}

qsizetype CommandCatalogue::indexOf(QStringView name)
{
    return catalogue().byName.value(name.toString(), -1);
}

bool CommandCatalogue::mayIssue(TeamRole role, const Command &command)
{
    return spec(command).roles.contains(role);
}

bool CommandCatalogue::fromPhone(const Command &command)
{
    using namespace commands;
    return std::holds_alternative<JoinPhone>(command) || std::holds_alternative<RequestToSpeak>(command)
           || std::holds_alternative<WithdrawRequest>(command) || std::holds_alternative<ClaimChair>(command)
           || std::holds_alternative<DeclineChairClaim>(command) || std::holds_alternative<SubmitQuestion>(command)
           || std::holds_alternative<ReactToTakeaway>(command) || std::holds_alternative<ShareTakeaway>(command);
}

QString CommandCatalogue::refusal(TeamRole role, qsizetype index)
{
    //: %1 is a role ("online moderator"), %2 a command's name ("chair-open").
    return tr("the %1 may not %2").arg(teamRoleName(role), spec(index).name);
}

QJsonObject CommandCatalogue::toJson(const Command &command)
{
    QJsonObject json = std::visit([](const auto &payload) { return writePayload(payload); }, command);
    json.insert(u"command"_s, name(command));
    return json;
}

Result<Command> CommandCatalogue::fromJson(const QJsonObject &json)
{
    const QString name = json.value(u"command").toString();
    const qsizetype index = indexOf(name);
    if (index < 0) {
        return Error{ErrorCode::InvalidArgument, tr("unknown command \"%1\"").arg(name.left(60))};
    }
    QSet<QString> known{u"command"_s};
    for (const CommandFieldInfo &info : spec(index).fields) {
        known.insert(info.key);
    }
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key())) {
            return Error{ErrorCode::InvalidArgument, tr("\"%1\" takes no \"%2\"").arg(name, it.key().left(60))};
        }
    }
    auto command = readAlternative(index, json, name);
    if (!command) {
        return command.error();
    }
    if (auto ok = validate(command.value()); !ok) {
        return ok.error();
    }
    return command;
}

Result<void> CommandCatalogue::validate(const Command &command)
{
    using namespace commands;
    return std::
        visit(
            [](const auto &c) -> Result<void> {
                using C = std::decay_t<decltype(c)>;
                if constexpr (requires { c.who; }) {
                    return validateWho(c.who);
                } else if constexpr (std::is_same_v<C, EnterItem>) {
                    return positive(c.item, "item");
                } else if constexpr (std::is_same_v<C, GotoItem>) {
                    return positive(c.position, "position");
                } else if constexpr (std::is_same_v<C, ExtendItem>) {
                    if (c.deltaMs == 0) {
                        return Error{ErrorCode::InvalidArgument, tr("extend by some time, not zero")};
                    }
                    return {};
                } else if constexpr (
                    std::is_same_v<C, RemoveParticipant> || std::is_same_v<C, RemoveMedia> || std::is_same_v<C, ShowMedia> || std::is_same_v<C, WithdrawTakeaway> || std::is_same_v<C, EditTakeaway> || std::is_same_v<C, EditNote> || std::is_same_v<C, DeleteNote> || std::is_same_v<C, RestoreNote> || std::is_same_v<C, MarkQuestionAsked>) {
                    return positive(c.id, "id");
                } else if constexpr (std::is_same_v<C, AcceptQuestion> || std::is_same_v<C, DismissQuestion>) {
                    return positive(c.id, "id");
                } else if constexpr (std::is_same_v<C, ReactToTakeaway>) {
                    return positive(c.takeaway, "takeaway");
                } else if constexpr (std::is_same_v<C, CommentOnTakeaway>) {
                    if (c.participant < 0) {
                        return positive(c.participant, "participant");
                    }
                    return positive(c.takeaway, "takeaway");
                } else if constexpr (std::is_same_v<C, SetPhoneLimits>) {
                    if (c.questionIntervalMs < 0 || c.questionIntervalMs > 3'600'000 || c.pendingQuestions < 1
                        || c.pendingQuestions > 100) {
                        return Error{ErrorCode::InvalidArgument,
                                     tr("a phone's limits are 0 to 60 minutes between questions and 1 to 100 waiting "
                                        "questions")};
                    }
                    return {};
                } else if constexpr (std::is_same_v<C, WithdrawRequest>) {
                    return positive(c.request, "request");
                } else if constexpr (std::is_same_v<C, GiveFloorToRequest>) {
                    return c.request < 0 ? positive(c.request, "request") : Result<void>{};
                } else if constexpr (std::is_same_v<C, ReplyFromChair>) {
                    return positive(c.participant, "participant");
                } else if constexpr (std::is_same_v<C, SetMediaPage>) {
                    return c.page < 0 ? Result<void>(Error{ErrorCode::InvalidArgument, tr("pages count from 0")})
                                      : Result<void>{};
                } else if constexpr (std::is_same_v<C, AddSubtitles>) {
                    if (c.path.isEmpty()) {
                        return Error{ErrorCode::InvalidArgument, tr("name a file")};
                    }
                    return positive(c.video, "video");
                } else if constexpr (std::is_same_v<C, SetVideoVolume>) {
                    return c.volume < 0 || c.volume > 100
                               ? Result<void>(Error{ErrorCode::InvalidArgument, tr("the volume is 0 to 100")})
                               : Result<void>{};
                } else if constexpr (std::is_same_v<C, SetVideoPlayback>) {
                    return c.positionMs < 0 ? Result<void>(
                               Error{ErrorCode::InvalidArgument, tr("a position in a video is not negative")})
                                            : Result<void>{};
                } else if constexpr (std::is_same_v<C, SetParticipation>) {
                    if (c.onsite < 0 || c.online < 0 || c.women < 0) {
                        return Error{ErrorCode::InvalidArgument, tr("participation counts are not negative")};
                    }
                    return {};
                } else if constexpr (std::is_same_v<C, AddCaption>) {
                    if (c.text.trimmed().isEmpty()) {
                        return Error{ErrorCode::InvalidArgument, tr("a caption line is empty")};
                    }
                    return c.participant < 0 ? positive(c.participant, "participant") : Result<void>{};
                } else if constexpr (std::is_same_v<C, AddMedia> || std::is_same_v<C, ImportTranscript>) {
                    if (c.path.isEmpty()) {
                        return Error{ErrorCode::InvalidArgument, tr("name a file")};
                    }
                    return {};
                } else {
                    return {};
                }
            },
            command);
}

} // namespace core
