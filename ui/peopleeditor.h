// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/result.h"
#include "core/floor/floorstate.h"

#include <QDialog>
#include <QKeySequence>

class QAbstractButton;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace core {
class Session;
}

namespace ui {

class SessionUndo;

/**
 * The people of a session: participants with all their fields and roles; add, edit, remove (only
 * who has not taken part), import and export as CSV. Every change is an event in the session file
 * at once and a step on the session's undo stack; a CSV import is one step.
 */
class PeopleEditor final : public QDialog
{
    Q_OBJECT

public:
    /// Edits the people of undo's session, each change a step on its stack.
    explicit PeopleEditor(SessionUndo *undo, QWidget *parent = nullptr);

    [[nodiscard]] QTableWidget *table() const { return m_table; }

    /// Adds a participant (its id is chosen here); returns the id, or 0 when refused.
    int addPerson(core::Participant person);
    bool updatePerson(const core::Participant &person);
    bool removePerson(int participantId);
    /// Adds the file's people, updating those already in the session (matched by name). One undo step.
    [[nodiscard]] core::Result<QStringList> importCsv(const QString &path);
    [[nodiscard]] core::Result<void> exportCsv(const QString &path) const;

    void selectPerson(int participantId);
    [[nodiscard]] int selectedPersonId() const;

signals:
    void actionFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    bool record(const core::Result<int> &result);
    void rebuildTable();
    void updateUndoButtons();
    void updateForm();
    void applyForm();
    void retranslateUi();
    void importDialog();
    void exportDialog();

    SessionUndo *m_undo;
    core::Session *m_session;
    QTableWidget *m_table;
    QLabel *m_hintLabel;
    QLabel *m_warningsLabel;
    QLineEdit *m_nameEdit;
    QLineEdit *m_organizationEdit;
    QComboBox *m_groupCombo;
    QComboBox *m_regionCombo;
    QLineEdit *m_genderEdit;
    QComboBox *m_channelCombo;
    QLineEdit *m_hubEdit;
    QList<QCheckBox *> m_roleBoxes;
    QList<QLabel *> m_captions;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    QPushButton *m_importButton;
    QPushButton *m_exportButton;
    QPushButton *m_undoButton;
    QPushButton *m_redoButton;
    QPushButton *m_closeButton;
    bool m_updating = false;
};

/// Translated names of roles, shared by the editors.
[[nodiscard]] QString roleLabel(core::Role role);

/// Keys that click a button while its window is active (a button's own shortcut gives way to its mnemonic).
void addButtonShortcut(QAbstractButton *button, const QList<QKeySequence> &keys);

} // namespace ui
