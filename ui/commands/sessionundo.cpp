// SPDX-License-Identifier: MIT
#include "ui/commands/sessionundo.h"

#include "core/session/session.h"

#include <QUndoCommand>
#include <QUndoStack>

#include <utility>

using namespace Qt::StringLiterals;

namespace ui {

/// One step on the stack: its first redo is the edit that was already made when it was pushed.
class SessionStep final : public QUndoCommand
{
public:
    SessionStep(SessionUndo *owner, UndoStep step, const QString &text, QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent)
        , m_owner(owner)
        , m_step(std::move(step))
    {}

    void undo() override { run(m_step.undo, true); }

    void redo() override
    {
        if (m_done) {
            m_done = false;
            return;
        }
        run(m_step.redo, false);
    }

private:
    void run(const core::Command &command, bool undo)
    {
        if (!m_owner->replay(text(), command, undo)) {
            setObsolete(true); // QUndoStack removes it
        }
    }

    SessionUndo *m_owner;
    UndoStep m_step;
    bool m_done = true;
};

namespace {

/// Several edits as one step; when one of them is refused on undo or redo, the whole step goes.
class GroupStep final : public QUndoCommand
{
public:
    using QUndoCommand::QUndoCommand;

    void undo() override
    {
        QUndoCommand::undo();
        dropIfBroken();
    }

    void redo() override
    {
        QUndoCommand::redo();
        dropIfBroken();
    }

private:
    void dropIfBroken()
    {
        for (int i = 0; i < childCount(); ++i) {
            if (child(i)->isObsolete()) {
                setObsolete(true);
                return;
            }
        }
    }
};

} // namespace

SessionUndo::SessionUndo(core::Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_stack(new QUndoStack(this))
{
    setObjectName(u"sessionUndo"_s);
    if (m_session) {
        m_notStarted = m_session->state().runState() == core::RunState::NotStarted;
        connect(m_session, &core::Session::stateChanged, this, [this] {
            if (m_notStarted && m_session->state().runState() != core::RunState::NotStarted) {
                m_notStarted = false;
                m_stack->clear(); // the agenda, details and people of the plan are not put back once it runs
            }
        });
    }
}

SessionUndo::~SessionUndo()
{
    delete m_group;
}

core::Session *SessionUndo::session() const
{
    return m_session;
}

const core::SessionState *SessionUndo::state() const
{
    return m_session ? &m_session->state() : nullptr;
}

bool SessionUndo::same(const core::Command &a, const core::Command &b)
{
    return core::CommandCatalogue::toJson(a) == core::CommandCatalogue::toJson(b);
}

core::Result<int> SessionUndo::execute(const core::Command &command) const
{
    if (!m_session) {
        return core::Error{core::ErrorCode::InvalidState, tr("no session is open")};
    }
    return m_session->execute(command);
}

bool SessionUndo::replay(const QString &step, const core::Command &command, bool undo)
{
    if (auto done = execute(command); !done) {
        const QString why = core::errorMessage(done.error());
        if (undo) {
            //: %1 names the edit (such as "Rename item"), %2 says why the session refused it
            emit failed(tr("\"%1\" cannot be undone: %2").arg(step, why));
        } else {
            //: %1 names the edit (such as "Rename item"), %2 says why the session refused it
            emit failed(tr("\"%1\" cannot be redone: %2").arg(step, why));
        }
        return false;
    }
    return true;
}

core::Result<int> SessionUndo::run(const QString &text, const core::Command &command, const core::Command &inverse)
{
    auto done = execute(command);
    if (done) {
        push(text, {inverse, command});
    }
    return done;
}

core::Result<int> SessionUndo::run(const QString &text,
                                   const core::Command &command,
                                   const std::function<UndoStep(const core::SessionState &, int)> &step)
{
    auto done = execute(command);
    if (done && !m_session->isReplica()) {
        push(text, step(*state(), done.value()));
    }
    return done;
}

void SessionUndo::push(const QString &text, UndoStep step)
{
    if (m_session && m_session->isReplica()) {
        // A joined device's command reaches the host later, and others may edit meanwhile: no undo there.
        return;
    }
    if (m_group) {
        new SessionStep(this, std::move(step), text, m_group);
    } else {
        m_stack->push(new SessionStep(this, std::move(step), text));
    }
}

void SessionUndo::beginGroup(const QString &text)
{
    if (m_groupDepth++ == 0) {
        m_group = new GroupStep(text);
    }
}

void SessionUndo::endGroup()
{
    Q_ASSERT(m_groupDepth > 0);
    if (m_groupDepth == 0 || --m_groupDepth > 0) {
        return;
    }
    QUndoCommand *group = std::exchange(m_group, nullptr);
    if (group->childCount() == 0) {
        delete group; // nothing was taken: no step
        return;
    }
    m_stack->push(group); // its first redo skips what was done
}

} // namespace ui
