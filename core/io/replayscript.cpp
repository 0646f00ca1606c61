// SPDX-License-Identifier: MIT
#include "core/io/replayscript.h"

#include "core/base/clock.h"
#include "core/session/session.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <chrono>

using namespace Qt::StringLiterals;

namespace core {
namespace {

struct VerbSpec
{
    const char16_t *name;
    int minArgs;
    int maxArgs;
    const char16_t *valueOptions; ///< space-separated options that take a value
    const char16_t *flags;        ///< space-separated options without a value
};

constexpr VerbSpec verbSpecs[] = {
    {u"start", 0, 0, u"", u""},
    {u"pause", 0, 0, u"", u""},
    {u"resume", 0, 0, u"", u""},
    {u"next", 0, 0, u"", u""},
    {u"previous", 0, 0, u"", u""},
    {u"goto", 1, 1, u"", u""},
    {u"extend", 1, 1, u"", u""},
    {u"rebalance", 0, 0, u"", u""},
    {u"end", 0, 0, u"", u""},
    {u"floor", 1, 1, u"--group --region --gender --hub", u"--online"},
    {u"yield", 0, 0, u"", u""},
    {u"queue", 1, 1, u"--group --region --gender --hub", u"--online"},
    {u"queue-next", 0, 0, u"", u""},
    {u"chair-open", 0, 0, u"", u""},
    {u"chair-take", 1, 1, u"--for --group --region --gender --hub", u"--online"},
    {u"chair-release", 0, 0, u"", u""},
    {u"note", 1, 7, u"--question --group", u""},
    // Break-out groups: `groups ITEM NAME... [--online NAME] [--questions] [--rapporteurs "A,B"] [--facilitators
    // "A,B"]` sets the groups of break-out item ITEM (its agenda id); `report-back [GROUP]` gives the next (or
    // that) group's rapporteur the floor. `break-out-assign ITEM` and `break-out-add --item I --participant P`
    // are the catalogue's commands.
    {u"groups", 2, 21, u"--online --rapporteurs --facilitators", u"--questions"},
    {u"report-back", 0, 1, u"", u""},
};

Error lineError(int line, const QString &message)
{
    return {ErrorCode::Parse, ReplayScript::tr("line %1: %2").arg(line).arg(message)};
}

/// Splits on blanks, honouring double quotes; stops at an unquoted '#'.
Result<QStringList> tokenize(const QString &text, int line)
{
    QStringList tokens;
    QString current;
    bool inQuotes = false;
    bool haveToken = false;
    for (qsizetype at = 0; at < text.size(); ++at) {
        const QChar c = text.at(at);
        if (inQuotes) {
            if (c == u'"') {
                inQuotes = false;
            } else {
                current.append(c);
            }
        } else if (c == u'"') {
            inQuotes = true;
            haveToken = true;
        } else if (c == u'#' && !haveToken) {
            // "#takeaway" and the other note tags are arguments; any other "#" starts a comment.
            static const QRegularExpression tag(u"^#(?:takeaway|action|question|agree|disagree|quote)(?:\\s|$)"_s);
            if (!tag.match(text.mid(at)).hasMatch()) {
                break;
            }
            current.append(c);
            haveToken = true;
        } else if (c.isSpace()) {
            if (haveToken) {
                tokens.append(current);
                current.clear();
                haveToken = false;
            }
        } else {
            current.append(c);
            haveToken = true;
        }
    }
    if (inQuotes) {
        return lineError(line, ReplayScript::tr("a quote is not closed"));
    }
    if (haveToken) {
        tokens.append(current);
    }
    return tokens;
}

/// "M:SS" (M may exceed 59) or "H:MM:SS".
bool parseTime(const QString &text, qint64 *ms)
{
    static const QRegularExpression pattern(u"^(?:(\\d{1,3}):([0-5]\\d)|(\\d{1,2}):([0-5]\\d):([0-5]\\d))$"_s);
    const auto match = pattern.match(text);
    if (!match.hasMatch()) {
        return false;
    }
    qint64 seconds = 0;
    if (match.capturedLength(1) > 0) {
        seconds = match.captured(1).toLongLong() * 60 + match.captured(2).toLongLong();
    } else {
        seconds = match.captured(3).toLongLong() * 3600 + match.captured(4).toLongLong() * 60
                  + match.captured(5).toLongLong();
    }
    *ms = seconds * 1000;
    return true;
}

const VerbSpec *legacyVerb(const QString &verb)
{
    for (const auto &candidate : verbSpecs) {
        if (verb == QStringView(candidate.name)) {
            return &candidate;
        }
    }
    return nullptr;
}

/// "90s", "2m", "-1m", "1:30" (minutes and seconds) or milliseconds.
bool parseDuration(QString text, qint64 *ms)
{
    bool negative = false;
    if (text.startsWith(u'-') || text.startsWith(u'+')) {
        negative = text.startsWith(u'-');
        text = text.mid(1);
    }
    static const QRegularExpression pattern(u"^(?:(\\d{1,6})(ms|s|m)?|(\\d{1,4}):([0-5]\\d))$"_s);
    const auto match = pattern.match(text);
    if (!match.hasMatch()) {
        return false;
    }
    qint64 value = 0;
    if (match.capturedLength(1) > 0) {
        const QString unit = match.captured(2);
        value = match.captured(1).toLongLong() * (unit == u"s" ? 1000 : unit == u"m" ? 60'000 : 1);
    } else {
        value = (match.captured(3).toLongLong() * 60 + match.captured(4).toLongLong()) * 1000;
    }
    *ms = negative ? -value : value;
    return true;
}

/// One option's text as the JSON its field takes. A participant may be named where an id is asked:
/// the name stays text and is looked up when the line runs.
Result<QJsonValue> fieldValue(const CommandFieldInfo &field, const QString &text)
{
    auto wrong = [&](const QString &expected) {
        return Error{ErrorCode::Parse, ReplayScript::tr("--%1 takes %2").arg(field.key, expected)};
    };
    if (field.kind == u"integer") {
        bool ok = false;
        const int number = text.toInt(&ok);
        if (ok) {
            return QJsonValue(number);
        }
        if (field.key == u"participant" && !text.trimmed().isEmpty()) {
            return QJsonValue(text);
        }
        return wrong(ReplayScript::tr("a whole number"));
    }
    if (field.kind == u"duration") {
        qint64 ms = 0;
        if (!parseDuration(text, &ms)) {
            return wrong(ReplayScript::tr("a duration such as 90s, 2m, -1m or 1:30"));
        }
        return QJsonValue(double(ms));
    }
    if (field.kind == u"boolean") {
        static const QStringList yes{u"yes"_s, u"true"_s, u"on"_s, u"1"_s};
        static const QStringList no{u"no"_s, u"false"_s, u"off"_s, u"0"_s};
        if (yes.contains(text)) {
            return QJsonValue(true);
        }
        if (no.contains(text)) {
            return QJsonValue(false);
        }
        return wrong(ReplayScript::tr("yes or no"));
    }
    if (field.kind == u"list") {
        QJsonArray array;
        for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
            const QString entry = part.trimmed();
            bool ok = false;
            const int number = entry.toInt(&ok);
            if (ok) {
                array.append(number);
            } else {
                array.append(entry.startsWith(u'#') ? entry.mid(1) : entry);
            }
        }
        return QJsonValue(array);
    }
    if (field.kind == u"object") {
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError) {
            return wrong(ReplayScript::tr("a JSON object or list"));
        }
        return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    }
    return QJsonValue(text);
}

/// A catalogue command written as `verb [VALUE] [--field value]...`; a lone VALUE fills the first
/// required field (`message "Welcome"`, `media-show 2`, `transcript minutes.txt`).
Result<QJsonObject> genericCommand(const QString &verb, const QStringList &words)
{
    const CommandSpec &spec = CommandCatalogue::spec(CommandCatalogue::indexOf(verb));
    QJsonObject json{{u"command"_s, verb}};
    auto fieldNamed = [&](const QString &key) -> const CommandFieldInfo * {
        for (const auto &field : spec.fields) {
            if (field.key == key) {
                return &field;
            }
        }
        return nullptr;
    };
    QStringList positional;
    for (qsizetype w = 0; w < words.size(); ++w) {
        const QString &word = words.at(w);
        if (!word.startsWith(u"--"_s)) {
            positional.append(word);
            continue;
        }
        const CommandFieldInfo *field = fieldNamed(word.mid(2).replace(u'-', u'_'));
        if (!field) {
            return Error{ErrorCode::Parse, ReplayScript::tr("\"%1\" does not take the option %2").arg(verb, word)};
        }
        QString text = u"yes"_s; // a boolean option alone means yes
        if (field->kind != u"boolean" || (w + 1 < words.size() && !words.at(w + 1).startsWith(u"--"_s))) {
            if (w + 1 >= words.size()) {
                return Error{ErrorCode::Parse, ReplayScript::tr("%1 needs a value").arg(word)};
            }
            text = words.at(++w);
        }
        auto value = fieldValue(*field, text);
        if (!value) {
            return value.error();
        }
        json.insert(field->key, value.value());
    }
    if (positional.size() > 1) {
        return Error{ErrorCode::Parse, ReplayScript::tr("wrong number of arguments for \"%1\"").arg(verb)};
    }
    if (positional.size() == 1) {
        const auto first = std::find_if(spec.fields.begin(), spec.fields.end(), [&](const auto &field) {
            return field.required && !json.contains(field.key);
        });
        if (first == spec.fields.end()) {
            return Error{ErrorCode::Parse, ReplayScript::tr("wrong number of arguments for \"%1\"").arg(verb)};
        }
        auto value = fieldValue(*first, positional.constFirst());
        if (!value) {
            return value.error();
        }
        json.insert(first->key, value.value());
    }
    return json;
}

/// Replaces a participant given by name with their id (as the line runs).
Result<QJsonObject> resolveNames(QJsonObject json, const Session &session)
{
    const QJsonValue participant = json.value(u"participant");
    if (participant.isString()) {
        const Participant *found = session.state().floor().participantByName(participant.toString());
        if (!found) {
            return Error{ErrorCode::InvalidArgument,
                         ReplayScript::tr("nobody is called \"%1\"").arg(participant.toString())};
        }
        json.insert(u"participant"_s, found->id);
    }
    // A script names the groups' leaders; the command takes their ids.
    if (json.value(u"break_out").isObject()) {
        QJsonObject breakOut = json.value(u"break_out").toObject();
        QJsonArray groups = breakOut.value(u"groups").toArray();
        for (qsizetype i = 0; i < groups.size(); ++i) {
            QJsonObject group = groups.at(i).toObject();
            for (const QString &key : {u"facilitator"_s, u"rapporteur"_s}) {
                if (!group.value(key).isString()) {
                    continue;
                }
                const QString name = group.value(key).toString();
                const Participant *found = session.state().floor().participantByName(name);
                if (!found) {
                    return Error{ErrorCode::InvalidArgument, ReplayScript::tr("nobody is called \"%1\"").arg(name)};
                }
                group.insert(key, found->id);
            }
            groups[i] = group;
        }
        breakOut.insert(u"groups"_s, groups);
        json.insert(u"break_out"_s, breakOut);
    }
    return json;
}

/// The command a line of the original verbs stands for.
QJsonObject legacyCommand(const ReplayAction &action)
{
    const QString &verb = action.verb;
    auto withWho = [&](const char16_t *command, const QString &name) {
        QJsonObject json{{u"command"_s, QString::fromUtf16(command)}, {u"name"_s, name}};
        const std::pair<const char16_t *, const char16_t *> options[] = {
            {u"--group", u"group"}, {u"--region", u"region"}, {u"--gender", u"gender"}, {u"--hub", u"hub"}};
        for (const auto &[option, key] : options) {
            if (action.options.contains(QString::fromUtf16(option))) {
                json.insert(QString::fromUtf16(key), action.options.value(QString::fromUtf16(option)));
            }
        }
        if (action.options.contains(u"--hub"_s)) {
            json.insert(u"channel"_s, u"hub"_s);
        } else if (action.options.contains(u"--online"_s) || action.options.contains(u"--for"_s)) {
            json.insert(u"channel"_s, u"online"_s);
        }
        return json;
    };
    if (verb == u"goto") {
        return {{u"command"_s, verb}, {u"position"_s, action.args.constFirst().toInt()}};
    }
    if (verb == u"extend") {
        return {{u"command"_s, verb}, {u"delta_ms"_s, double(action.args.constFirst().toLongLong() * 60'000)}};
    }
    if (verb == u"floor" || verb == u"queue") {
        return withWho(verb == u"floor" ? u"floor" : u"queue", action.args.constFirst());
    }
    if (verb == u"queue-next") {
        return {{u"command"_s, u"floor-to-request"_s}};
    }
    if (verb == u"chair-take") {
        // With --for, NAME is the online moderator sitting in for a remote participant: the turn is theirs.
        const bool onBehalf = action.options.contains(u"--for"_s);
        return withWho(u"chair-take", onBehalf ? action.options.value(u"--for"_s) : action.args.constFirst());
    }
    if (verb == u"note") {
        QJsonArray tags;
        for (const QString &arg : action.args.mid(1)) {
            tags.append(arg.mid(1));
        }
        QJsonObject json{{u"command"_s, verb}, {u"text"_s, action.args.constFirst()}, {u"tags"_s, tags}};
        if (action.options.contains(u"--question"_s)) {
            // Counted from 1 in the script, as the report numbers them; from 0 in the command.
            json.insert(u"policy_question"_s, action.options.value(u"--question"_s).toInt() - 1);
        }
        if (action.options.contains(u"--group"_s)) {
            json.insert(u"group"_s, action.options.value(u"--group"_s).toInt());
        }
        return json;
    }
    if (verb == u"groups") {
        const QStringList rapporteurs = action.options.value(u"--rapporteurs"_s).split(u',', Qt::SkipEmptyParts);
        const QStringList facilitators = action.options.value(u"--facilitators"_s).split(u',', Qt::SkipEmptyParts);
        QJsonArray groups;
        QStringList names = action.args.mid(1);
        if (action.options.contains(u"--online"_s)) {
            names.append(action.options.value(u"--online"_s));
        }
        for (qsizetype i = 0; i < names.size(); ++i) {
            QJsonObject group{{u"name"_s, names.at(i)}};
            if (action.options.contains(u"--online"_s) && i == names.size() - 1) {
                group.insert(u"online"_s, true);
            } else if (action.options.contains(u"--questions"_s)) {
                group.insert(u"policy_question"_s, int(i));
            }
            if (i < rapporteurs.size() && !rapporteurs.at(i).trimmed().isEmpty()) {
                group.insert(u"rapporteur"_s, rapporteurs.at(i).trimmed());
            }
            if (i < facilitators.size() && !facilitators.at(i).trimmed().isEmpty()) {
                group.insert(u"facilitator"_s, facilitators.at(i).trimmed());
            }
            groups.append(group);
        }
        return {{u"command"_s, u"break-out"_s},
                {u"item"_s, action.args.constFirst().toInt()},
                {u"break_out"_s, QJsonObject{{u"groups"_s, groups}}}};
    }
    if (verb == u"report-back") {
        return {{u"command"_s, verb}, {u"group"_s, action.args.isEmpty() ? 0 : action.args.constFirst().toInt()}};
    }
    return {{u"command"_s, verb}};
}

} // namespace

QStringList ReplayScript::verbs()
{
    QStringList names;
    for (const auto &spec : verbSpecs) {
        names.append(QString::fromUtf16(spec.name));
    }
    for (qsizetype i = 0; i < CommandCatalogue::count(); ++i) {
        if (!names.contains(CommandCatalogue::spec(i).name)) {
            names.append(CommandCatalogue::spec(i).name);
        }
    }
    return names;
}

Result<ReplayScript> ReplayScript::parse(const QString &text)
{
    ReplayScript script;
    const QStringList lines = text.split(u'\n');
    qint64 previous = 0;
    for (int i = 0; i < lines.size(); ++i) {
        const int line = i + 1;
        QString content = lines.at(i);
        if (content.endsWith(u'\r')) {
            content.chop(1);
        }
        auto tokens = tokenize(content, line);
        if (!tokens) {
            return tokens.error();
        }
        QStringList words = std::move(tokens).value();
        if (words.isEmpty()) {
            continue;
        }
        ReplayAction action;
        action.line = line;
        if (!parseTime(words.constFirst(), &action.atMs)) {
            return lineError(line, tr("\"%1\" is not a time (M:SS or H:MM:SS)").arg(words.constFirst()));
        }
        if (action.atMs < previous) {
            return lineError(line, tr("the time goes backwards"));
        }
        previous = action.atMs;
        if (words.size() < 2) {
            return lineError(line, tr("an action is missing after the time"));
        }
        action.verb = words.at(1);
        const VerbSpec *spec = legacyVerb(action.verb);
        if (!spec && CommandCatalogue::indexOf(action.verb) >= 0) {
            auto json = genericCommand(action.verb, words.mid(2));
            if (!json) {
                return lineError(line, json.error().detail);
            }
            // Checked now with names standing for ids, so that a script fails before anything runs.
            QJsonObject probe = json.value();
            if (probe.value(u"participant").isString()) {
                probe.insert(u"participant"_s, 1);
            }
            if (auto command = CommandCatalogue::fromJson(probe); !command) {
                return lineError(line, command.error().detail);
            }
            action.command = json.value();
            script.m_actions.append(action);
            continue;
        }
        if (!spec) {
            return lineError(line,
                             tr("unknown action \"%1\"; known actions: %2").arg(action.verb, verbs().join(u", "_s)));
        }
        const QStringList valueOptions = QString::fromUtf16(spec->valueOptions).split(u' ', Qt::SkipEmptyParts);
        const QStringList flags = QString::fromUtf16(spec->flags).split(u' ', Qt::SkipEmptyParts);
        for (qsizetype w = 2; w < words.size(); ++w) {
            const QString &word = words.at(w);
            if (!word.startsWith(u"--"_s)) {
                action.args.append(word);
            } else if (flags.contains(word)) {
                action.options.insert(word, QString());
            } else if (valueOptions.contains(word)) {
                if (w + 1 >= words.size() || words.at(w + 1).trimmed().isEmpty()) {
                    return lineError(line, tr("%1 needs a value").arg(word));
                }
                action.options.insert(word, words.at(++w));
            } else {
                return lineError(line, tr("\"%1\" does not take the option %2").arg(action.verb, word));
            }
        }
        for (const QString &arg : std::as_const(action.args)) {
            if (arg.trimmed().isEmpty()) {
                return lineError(line, tr("a name is empty"));
            }
        }
        if (action.args.size() < spec->minArgs || action.args.size() > spec->maxArgs) {
            return lineError(line, tr("wrong number of arguments for \"%1\"").arg(action.verb));
        }
        if (action.verb == u"note") {
            for (const QString &arg : action.args.mid(1)) {
                NoteTag tag{};
                if (!arg.startsWith(u'#') || !noteTagFromKey(arg.mid(1), &tag)) {
                    return lineError(
                        line, tr("a note's tags are #takeaway, #action, #question, #agree, #disagree or #quote"));
                }
            }
            bool ok = true;
            if (action.options.contains(u"--question"_s)
                && (action.options.value(u"--question"_s).toInt(&ok) < 1 || !ok)) {
                return lineError(line, tr("--question needs a policy question's number from 1"));
            }
        }
        if (action.verb == u"groups" || (action.verb == u"report-back" && !action.args.isEmpty())) {
            bool ok = false;
            const int n = action.args.constFirst().toInt(&ok);
            if (!ok || n < 1) {
                return lineError(line,
                                 action.verb == u"groups" ? tr("groups needs the break-out item's id first")
                                                          : tr("report-back takes a group's id"));
            }
        }
        if (action.verb == u"note" && action.options.contains(u"--group"_s)) {
            bool ok = false;
            if (action.options.value(u"--group"_s).toInt(&ok) < 1 || !ok) {
                return lineError(line, tr("--group needs a break-out group's id"));
            }
        }
        if (action.verb == u"goto") {
            bool ok = false;
            const int n = action.args.constFirst().toInt(&ok);
            if (!ok || n < 1) {
                return lineError(line, tr("goto needs an item number from 1"));
            }
        }
        if (action.verb == u"extend") {
            static const QRegularExpression minutes(u"^[+-]\\d{1,3}$"_s);
            if (!minutes.match(action.args.constFirst()).hasMatch()) {
                return lineError(line, tr("extend needs +M or -M minutes"));
            }
        }
        action.command = legacyCommand(action);
        if (auto command = CommandCatalogue::fromJson(action.command); !command) {
            return lineError(line, command.error().detail);
        }
        script.m_actions.append(action);
    }
    return script;
}

Result<QJsonObject> ReplayScript::commandFor(const ReplayAction &action, const Session &session)
{
    return resolveNames(action.command, session);
}

Result<void> ReplayScript::run(Session &session, FakeClock &clock) const
{
    qint64 at = 0;
    for (const ReplayAction &action : m_actions) {
        clock.advance(std::chrono::milliseconds(action.atMs - at));
        at = action.atMs;
        session.tick();
        auto json = resolveNames(action.command, session);
        if (!json) {
            return lineError(action.line, errorMessage(json.error()));
        }
        auto command = CommandCatalogue::fromJson(json.value());
        if (!command) {
            return lineError(action.line, errorMessage(command.error()));
        }
        // Sitting in for a remote participant at a closed chair: the online moderator claims it first.
        const FloorState &floor = session.state().floor();
        if (action.verb == u"chair-take" && action.options.contains(u"--for"_s)
            && floor.chairState() == ChairState::Closed && floor.pendingClaim() == 0) {
            QJsonObject claim = json.value();
            claim.insert(u"command"_s, u"chair-claim"_s);
            auto claimed = session.execute(CommandCatalogue::fromJson(claim).value());
            if (!claimed) {
                return lineError(action.line, errorMessage(claimed.error()));
            }
        }
        if (auto result = session.execute(command.value()); !result) {
            return lineError(action.line, errorMessage(result.error()));
        }
    }
    return {};
}

} // namespace core
