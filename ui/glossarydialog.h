// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QList>

class QLabel;
class QTableWidget;

namespace core {
class Session;
}

namespace ui {

class SessionUndo;

/**
 * The session's glossary: key terms with short explanations, prepared by the moderator for the room's
 * non-native speakers. A row per term; Save adds, changes and removes terms in the session (their
 * translations are entered in the translations dialog). The room display shows them as a scene, or one
 * at a time over any scene.
 */
class GlossaryDialog final : public QDialog
{
    Q_OBJECT

public:
    /// With `undo`, each Save is one step on the session's undo stack (a removed term comes back with its
    /// translations).
    explicit GlossaryDialog(core::Session *session, SessionUndo *undo = nullptr, QWidget *parent = nullptr);

    [[nodiscard]] QTableWidget *table() const { return m_table; }

    [[nodiscard]] QLabel *errorLabel() const { return m_error; }

    /// Adds an empty row and starts editing its term.
    void addRow();
    /// Removes the selected row (the term goes on Save).
    void removeSelected();
    /// Records what changed; false (the reason shown in the dialog) when the session refused something.
    bool save();

private:
    void fill();
    bool saveChanges();

    core::Session *m_session;
    SessionUndo *m_undo;
    QTableWidget *m_table;
    QLabel *m_error;
    QList<int> m_removed;
};

} // namespace ui
