// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace core {

class FakeClock;
class Session;

/// One line of a replay script: at an offset from the script's start, a verb with its arguments.
struct ReplayAction
{
    int line = 0;
    qint64 atMs = 0;
    QString verb;
    QStringList args;                ///< positional arguments
    QHash<QString, QString> options; ///< "--group" → "Civil Society"; flags map to an empty string
    QJsonObject command;             ///< the catalogue command it runs (a participant may still be a name)
};

/**
 * A timed script of moderator actions, for rehearsals, demos and tests.
 *
 * One action a line: `M:SS verb args` or `H:MM:SS verb args`; `#` starts a comment; arguments
 * with spaces go in double quotes. Times never go backwards. Every command of the catalogue
 * (CommandCatalogue, `moderato-cli commands`) is a verb: `verb [VALUE] [--field value]...`, where a
 * lone VALUE fills the first required field, a participant may be named where an id is asked,
 * durations read 90s, 2m, -1m or 1:30, and lists are comma-separated. The first verbs keep their
 * own forms (`floor NAME [--group G] [--region R] [--gender G] [--hub H] [--online]`, `extend +M`,
 * `note TEXT #tag... [--question N]` (N: the policy question, from 1), `chair-take NAME [--for REMOTE]`, `queue-next`).
 * Each line runs as one command. parse() checks every line before anything runs; run() applies the actions to a session
 * whose clock is the given FakeClock. Errors carry "line N: ...".
 */
class ReplayScript final
{
    Q_DECLARE_TR_FUNCTIONS(core::ReplayScript)

public:
    [[nodiscard]] static Result<ReplayScript> parse(const QString &text);

    [[nodiscard]] const QList<ReplayAction> &actions() const { return m_actions; }

    /// Applies every action at its time. The clock must be the session's and start at the script's zero.
    [[nodiscard]] Result<void> run(Session &session, FakeClock &clock) const;

    [[nodiscard]] qint64 durationMs() const { return m_actions.isEmpty() ? 0 : m_actions.constLast().atMs; }

    /// The catalogue command an action runs on this session: names of participants turned into ids.
    [[nodiscard]] static Result<QJsonObject> commandFor(const ReplayAction &action, const Session &session);

    /// The verbs this version understands.
    [[nodiscard]] static QStringList verbs();

private:
    QList<ReplayAction> m_actions;
};

} // namespace core
