// SPDX-License-Identifier: MIT
#include "core/io/replayscript.h"

#include "core/base/clock.h"
#include "core/session/session.h"

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
    {u"floor", 1, 1, u"--group --region", u"--online"},
    {u"yield", 0, 0, u"", u""},
    {u"queue", 1, 1, u"--group --region", u"--online"},
    {u"queue-next", 0, 0, u"", u""},
    {u"chair-open", 0, 0, u"", u""},
    {u"chair-take", 1, 1, u"--for", u"--online"},
    {u"chair-release", 0, 0, u"", u""},
    {u"note", 1, 7, u"", u""},
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

} // namespace

QStringList ReplayScript::verbs()
{
    QStringList names;
    for (const auto &spec : verbSpecs) {
        names.append(QString::fromUtf16(spec.name));
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
        const VerbSpec *spec = nullptr;
        for (const auto &candidate : verbSpecs) {
            if (action.verb == QStringView(candidate.name)) {
                spec = &candidate;
            }
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
        script.m_actions.append(action);
    }
    return script;
}

Result<void> ReplayScript::run(Session &session, FakeClock &clock) const
{
    qint64 at = 0;
    for (const ReplayAction &action : m_actions) {
        clock.advance(std::chrono::milliseconds(action.atMs - at));
        at = action.atMs;
        session.tick();
        Result<void> result;
        const QString &verb = action.verb;
        if (verb == u"start") {
            result = session.start();
        } else if (verb == u"pause") {
            result = session.pause();
        } else if (verb == u"resume") {
            result = session.resume();
        } else if (verb == u"next") {
            result = session.next();
        } else if (verb == u"previous") {
            result = session.previous();
        } else if (verb == u"goto") {
            result = session.gotoTopLevel(action.args.constFirst().toInt() - 1);
        } else if (verb == u"extend") {
            result = session.extendCurrent(action.args.constFirst().toLongLong() * 60'000);
        } else if (verb == u"rebalance") {
            const RebalancePlan plan = session.state().proposeRebalance(session.now());
            result = plan.isEmpty() ? Result<void>(Error{ErrorCode::InvalidState, tr("there is nothing to re-balance")})
                                    : session.acceptRebalance(plan);
        } else if (verb == u"end") {
            result = session.end();
        } else if (verb == u"floor" || verb == u"queue") {
            const Channel channel = action.options.contains(u"--online"_s) ? Channel::Online : Channel::Onsite;
            auto participant = session.findOrAddParticipant(action.args.constFirst(),
                                                            channel,
                                                            action.options.value(u"--group"_s),
                                                            action.options.value(u"--region"_s));
            if (!participant) {
                result = participant.error();
            } else {
                result = verb == u"floor" ? session.giveFloor(participant.value())
                                          : session.requestToSpeak(participant.value());
            }
        } else if (verb == u"yield") {
            result = session.endTurn();
        } else if (verb == u"queue-next") {
            result = session.giveFloorFromQueue();
        } else if (verb == u"chair-open") {
            result = session.openChair();
        } else if (verb == u"chair-take") {
            // With --for, NAME is the online moderator sitting in for a remote participant: the turn is theirs.
            const bool onBehalf = action.options.contains(u"--for"_s);
            const QString name = onBehalf ? action.options.value(u"--for"_s) : action.args.constFirst();
            const Channel channel =
                onBehalf || action.options.contains(u"--online"_s) ? Channel::Online : Channel::Onsite;
            auto participant = session.findOrAddParticipant(name, channel);
            if (!participant) {
                result = participant.error();
            } else {
                const FloorState &floor = session.state().floor();
                if (onBehalf && floor.chairState() == ChairState::Closed && floor.pendingClaim() == 0) {
                    result = session.claimChair(participant.value());
                }
                if (result) {
                    result = session.takeChair(participant.value());
                }
            }
        } else if (verb == u"chair-release") {
            result = session.closeChair();
        } else if (verb == u"note") {
            QList<NoteTag> tags;
            for (const QString &arg : action.args.mid(1)) {
                NoteTag tag{};
                if (noteTagFromKey(arg.mid(1), &tag)) {
                    tags.append(tag);
                }
            }
            auto id = session.addNote(action.args.constFirst(), tags);
            if (!id) {
                result = id.error();
            }
        }
        if (!result) {
            return lineError(action.line, errorMessage(result.error()));
        }
    }
    return {};
}

} // namespace core
