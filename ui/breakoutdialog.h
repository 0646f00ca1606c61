// SPDX-License-Identifier: MIT
#pragma once

#include "core/agenda/agenda.h"
#include "core/agenda/breakoutassignment.h"
#include "core/base/result.h"

#include <QDialog>
#include <QList>
#include <QPointer>

class QAction;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QMimeData;
class QPushButton;

namespace core {
class Session;
}

namespace ui {

class SessionUndo;

/**
 * Edits the groups of one break-out item: add, remove and rename groups, their topic (a policy
 * question of the session or free text), place or online, facilitator and rapporteur, who is in
 * which group (drag people between the lists, or "Move to…"), the automatic assignment (before the
 * phase starts), latecomers (during it) and the report-back order. Nothing is recorded until OK,
 * which records the groups as one step on the session's undo stack. What the session refuses is
 * shown in the dialog as plain text.
 */
class BreakOutDialog final : public QDialog
{
    Q_OBJECT

public:
    /// The drag and drop format between the member lists: participant ids, comma-separated.
    static constexpr const char *MimeType = "application/x-moderato-participants";
    [[nodiscard]] static QMimeData *mimeData(const QList<int> &participantIds);

    /// Edits the break-out item `itemId` of undo's session.
    BreakOutDialog(SessionUndo *undo, int itemId, QWidget *parent = nullptr);

    [[nodiscard]] int itemId() const { return m_itemId; }

    /// The groups as edited (not yet recorded).
    [[nodiscard]] const core::BreakOut &breakOut() const { return m_breakOut; }

    /// The groups, in their report-back order.
    [[nodiscard]] QListWidget *groupList() const { return m_groupList; }

    /// The member list of a group; 0: the people in no group.
    [[nodiscard]] QListWidget *memberList(int groupId) const;

    [[nodiscard]] int selectedGroupId() const;
    void selectGroup(int groupId);

    void addGroup();
    void removeSelectedGroup();
    void renameSelectedGroup(const QString &name);
    /// A policy question's text makes it the topic; other text is a free topic; empty: none.
    void setSelectedTopic(const QString &text);
    void setSelectedPlace(const QString &place);
    void setSelectedOnline(bool online);
    void setSelectedFacilitator(int participantId);
    void setSelectedRapporteur(int participantId);
    /// Moves someone into a group (0: into no group). False, with the reason shown, when it cannot be.
    bool movePerson(int participantId, int groupId);
    /// Runs the automatic assignment on the groups as edited; its sentence and figures are shown.
    bool assignAutomatically();
    /// Adds someone who came late to the group that suits them best.
    bool addLatecomer(int participantId);
    /// Moves the selected group earlier (-1) or later (+1) in the report-back order.
    void moveReportBack(int delta);

    /// The assignment's sentence and balance figures, as shown.
    [[nodiscard]] QString assignmentText() const;
    /// The last error, as shown (empty: none).
    [[nodiscard]] QString errorText() const;
    /// Whether the group phase has started (the assignment is then closed, latecomers open).
    [[nodiscard]] bool phaseStarted() const;

    /// Records the groups (one undoable step); false, with the reason shown, when the session refuses.
    bool apply();
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    [[nodiscard]] core::BreakOutGroup *selectedGroup();
    [[nodiscard]] QList<core::BreakOutPerson> pool() const;
    [[nodiscard]] QString personName(int participantId) const;
    [[nodiscard]] int nextGroupId() const;
    void showError(const QString &message);
    void rebuildGroups();
    void rebuildMembers();
    void updateForm();
    void updateButtons();
    void showMoveMenu();
    void retranslateUi();

    QPointer<SessionUndo> m_undo;
    QPointer<core::Session> m_session;
    int m_itemId;
    core::BreakOut m_breakOut;
    QLabel *m_titleLabel;
    QListWidget *m_groupList;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    QPushButton *m_earlierButton;
    QPushButton *m_laterButton;
    QLabel *m_nameCaption;
    QLabel *m_topicCaption;
    QLabel *m_placeCaption;
    QLabel *m_facilitatorCaption;
    QLabel *m_rapporteurCaption;
    QLineEdit *m_nameEdit;
    QComboBox *m_topicCombo;
    QLineEdit *m_placeEdit;
    QCheckBox *m_onlineCheck;
    QComboBox *m_facilitatorCombo;
    QComboBox *m_rapporteurCombo;
    QLabel *m_membersCaption;
    QHBoxLayout *m_membersLayout;
    QList<QGroupBox *> m_memberBoxes;
    QList<QListWidget *> m_memberLists; ///< [0]: no group, then the groups in order
    QPushButton *m_moveButton;
    QPushButton *m_assignButton;
    QComboBox *m_latecomerCombo;
    QPushButton *m_latecomerButton;
    QLabel *m_assignmentLabel;
    QLabel *m_errorLabel;
    QPushButton *m_okButton;
    QPushButton *m_cancelButton;
    bool m_updating = false;
};

/**
 * The console's actions for break-out groups: "Break-out groups…" opens the dialog for the current
 * break-out item (or the next one, or the last one), and "Next report-back" gives the floor to the
 * next group's rapporteur (the report-back command), enabled while a break-out item with groups is
 * current or past.
 */
class BreakOutActions final : public QObject
{
    Q_OBJECT

public:
    explicit BreakOutActions(QWidget *window);

    void setSession(core::Session *session, SessionUndo *undo);

    [[nodiscard]] QAction *groupsAction() const { return m_groupsAction; }

    [[nodiscard]] QAction *reportBackAction() const { return m_reportBackAction; }

    [[nodiscard]] QList<QAction *> actions() const { return {m_groupsAction, m_reportBackAction}; }

    /// The break-out item the dialog opens for (0: the agenda has none).
    [[nodiscard]] int breakOutItemId() const;
    /// Opens the dialog (non-modal, deleted on close); nullptr when there is no break-out item.
    BreakOutDialog *openDialog();
    /// The next group's report-back.
    core::Result<int> nextReportBack();

signals:
    void actionFailed(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update();
    void retranslate();

    QWidget *m_window;
    QPointer<core::Session> m_session;
    QPointer<SessionUndo> m_undo;
    QAction *m_groupsAction;
    QAction *m_reportBackAction;
};

} // namespace ui
