// SPDX-License-Identifier: MIT
#pragma once

#include "core/session/command.h"
#include "ui/commands/currentvalue.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QUndoCommand;
class QUndoStack;

namespace core {
class Session;
class SessionState;
} // namespace core

namespace ui {

/// What one undo step runs: `undo` reverses the edit, `redo` makes it again.
struct UndoStep
{
    core::Command undo;
    core::Command redo;
};

/**
 * The one undo stack of a session. A reversible edit is a pair of commands run by
 * Session::execute: the edit, and the command that reverses it. The edit runs first and is pushed
 * only when the session took it, so a refused edit leaves the stack as it was (its redo steps too);
 * success is the command's Result, never a count of events. Undo and redo run the step's commands,
 * each one event in the file; a step the session refuses then (the participant has spoken since)
 * is dropped from the stack and failed() says why. Starting the clock clears the stack: the plan
 * that runs is not put back. The session must outlive this object. A joined device's copy
 * (Session::isReplica) runs the edits without keeping steps: they reach the host later.
 */
class SessionUndo final : public QObject
{
    Q_OBJECT

public:
    explicit SessionUndo(core::Session *session, QObject *parent = nullptr);
    ~SessionUndo() override;

    [[nodiscard]] core::Session *session() const;

    [[nodiscard]] QUndoStack *stack() const { return m_stack; }

    /// Runs `command`; when the session takes it, pushes a step named `text` that undoes it with
    /// `inverse` and redoes it with `command`. Returns what Session::execute returned.
    core::Result<int> run(const QString &text, const core::Command &command, const core::Command &inverse);
    /// The same when the step depends on what the command did: `step` gets the state after it and the
    /// id execute returned (a note added is deleted by its id on undo, and restored on redo).
    core::Result<int> run(const QString &text,
                          const core::Command &command,
                          const std::function<UndoStep(const core::SessionState &, int)> &step);

    /// Sets a value: undo sets it back to what it was, redo to what the session made of `to` (new
    /// questions keep the ids they were given). Setting the value it has runs nothing and returns 0.
    template<ValueCommand C>
    core::Result<int> change(const QString &text, const C &to);

    /// The edits until endGroup() are one step named `text`: those the session took (none: no step).
    void beginGroup(const QString &text);
    void endGroup();

signals:
    /// An undo or redo the session refused; the step has left the stack.
    void failed(const QString &message);

private:
    friend class SessionStep;

    [[nodiscard]] const core::SessionState *state() const;
    [[nodiscard]] static bool same(const core::Command &a, const core::Command &b);
    [[nodiscard]] core::Result<int> execute(const core::Command &command) const;
    /// Runs a step's command from the stack; a refusal is reported by failed().
    bool replay(const QString &step, const core::Command &command, bool undo);
    void push(const QString &text, UndoStep step);

    QPointer<core::Session> m_session;
    QUndoStack *m_stack;
    QUndoCommand *m_group = nullptr;
    int m_groupDepth = 0;
    bool m_notStarted = false;
};

template<ValueCommand C>
core::Result<int> SessionUndo::change(const QString &text, const C &to)
{
    const core::SessionState *before = state();
    if (!before) {
        return execute(to); // no session: the error execute gives
    }
    const C old = currentValue(*before, to);
    if (same(old, to)) {
        return 0;
    }
    auto done = execute(to);
    if (done) {
        push(text, {old, currentValue(*state(), to)});
    }
    return done;
}

} // namespace ui
