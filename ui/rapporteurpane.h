// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/result.h"
#include "core/rapporteur/notestate.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QToolButton;

namespace core {
class NotesModel;
class Session;
} // namespace core

namespace ui {

class SessionUndo;

/**
 * The rapporteur's pane: type a note and press Enter; it is stamped with the time typing began,
 * the agenda item and who held the floor then. Tags by shortcut (Alt+1 … Alt+6), a policy question,
 * full-text search, filters by speaker, item and tag, and edit and delete. Adding, editing and deleting
 * a note are steps on the session's undo stack (the window's Edit menu).
 */
class RapporteurPane final : public QWidget
{
    Q_OBJECT

public:
    explicit RapporteurPane(QWidget *parent = nullptr);
    ~RapporteurPane() override;

    /// The session and its undo stack, which the pane's edits go through; the pane is disabled without them.
    void setSession(core::Session *session, SessionUndo *undo = nullptr);

    /// Commits the typed note (what Enter does).
    void commitNote();
    /// Replaces the selected note's text (with undo).
    [[nodiscard]] core::Result<void> editSelected(const QString &text);
    void deleteSelected();

signals:
    void actionFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void refreshFilters();
    void applySearch();
    void run(const core::Result<void> &result);
    [[nodiscard]] QList<core::NoteTag> checkedTags() const;
    [[nodiscard]] int selectedId() const;

    QPointer<core::Session> m_session;
    core::NotesModel *m_model;
    QPointer<SessionUndo> m_undo;
    qint64 m_typingStartedMs = -1;

    QLineEdit *m_noteEdit;
    QList<QToolButton *> m_tagButtons;
    QComboBox *m_questionCombo;
    QComboBox *m_groupCombo;
    QListView *m_notesView;
    QLineEdit *m_searchEdit;
    QComboBox *m_speakerFilter;
    QComboBox *m_itemFilter;
    QComboBox *m_tagFilter;
    QPushButton *m_editButton;
    QPushButton *m_deleteButton;
    QLabel *m_hint;
};

} // namespace ui
