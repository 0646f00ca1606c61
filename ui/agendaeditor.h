// SPDX-License-Identifier: MIT
#pragma once

#include "core/agenda/agenda.h"

#include <QDialog>
#include <QJsonArray>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;
class QTreeWidgetItem;

namespace core {
class Session;
}

namespace ui {

class SessionUndo;

/**
 * Edits the session's agenda until the clock starts: add, remove, reorder (buttons or drag), nest
 * and un-nest items, set titles, kinds, speakers and durations, with the total against the
 * session's length. Every edit is an event in the session file at once, and a step on the session's
 * undo stack (its Undo and Redo buttons are the stack's).
 */
class AgendaEditor final : public QDialog
{
    Q_OBJECT

public:
    /// Edits the agenda of undo's session, each edit a step on its stack.
    explicit AgendaEditor(SessionUndo *undo, QWidget *parent = nullptr);

    [[nodiscard]] QTreeWidget *tree() const { return m_tree; }

    /// Selects the item with this id (tests and keyboard users).
    void selectItem(int itemId);
    [[nodiscard]] int selectedItemId() const;

    /// Records the tree as it stands (after a drag and drop moved items); refused: the tree goes back.
    bool applyTree();

    void addItem();
    void removeSelected();
    void moveSelected(int delta);
    void indentSelected();
    void outdentSelected();
    void setSelectedMinutes(int minutes);
    void setSelectedTitle(const QString &title);
    void setSelectedKind(core::ItemKind kind);
    void setSelectedSpeaker(const QString &speaker);
    /// What the item is about, for the briefing pack.
    void setSelectedNote(const QString &note);

    /// Opens the break-out dialog on the selected item (non-modal, deleted on close); nullptr when the selected
    /// item is not a recorded break-out item.
    class BreakOutDialog *editSelectedGroups();

    /// The total of the items against the session's length, as shown.
    [[nodiscard]] QString totalText() const;

signals:
    void actionFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    /// Records an edit of the agenda (undoable); returns false when the session refused it.
    bool apply(const QJsonArray &after, const QString &description);
    void rebuildTree();
    void updateForm();
    void updateUndoButtons();
    void updateTotal();
    void retranslateUi();
    [[nodiscard]] QJsonArray treeToJson() const;
    [[nodiscard]] QTreeWidgetItem *selectedTreeItem() const;
    [[nodiscard]] int nextId() const;
    [[nodiscard]] qint64 sessionLengthMs() const;

    SessionUndo *m_undo;
    core::Session *m_session;
    QTreeWidget *m_tree;
    QLabel *m_totalLabel;
    QLabel *m_lockedLabel;
    QLabel *m_titleCaption;
    QLabel *m_kindCaption;
    QLabel *m_minutesCaption;
    QLabel *m_speakerCaption;
    QLabel *m_noteCaption;
    QLineEdit *m_noteEdit;
    QLineEdit *m_titleEdit;
    QComboBox *m_kindCombo;
    QPushButton *m_groupsButton;
    QSpinBox *m_minutesSpin;
    QComboBox *m_speakerCombo;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    QPushButton *m_upButton;
    QPushButton *m_downButton;
    QPushButton *m_indentButton;
    QPushButton *m_outdentButton;
    QPushButton *m_undoButton;
    QPushButton *m_redoButton;
    QPushButton *m_closeButton;
    bool m_updating = false;
};

} // namespace ui
