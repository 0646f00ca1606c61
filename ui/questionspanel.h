// SPDX-License-Identifier: MIT
#pragma once

#include "core/floor/questionbank.h"

#include <QDialog>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace core {
class Session;
}

namespace ui {

class SessionUndo;

/// The console's list of prepared questions for this moment: the current item's, its speaker's and
/// the general ones; a check marks a question as asked (kept in the session).
class QuestionsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit QuestionsPanel(QWidget *parent = nullptr);

    void setSession(core::Session *session);

    [[nodiscard]] QListWidget *list() const { return m_list; }

    void refresh();

signals:
    void actionFailed(const QString &message);
    void editRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    core::Session *m_session = nullptr;
    QLabel *m_title;
    QListWidget *m_list;
    QPushButton *m_editButton;
    QList<int> m_shownIds;
    bool m_updating = false;
};

/// Writes the bank of prepared questions before the session: each for an agenda item, a speaker, or any moment.
/// Saving is a step on the session's undo stack.
class QuestionBankDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit QuestionBankDialog(SessionUndo *undo, QWidget *parent = nullptr);

    [[nodiscard]] QTableWidget *table() const { return m_table; }

    /// Adds a row (tests and the Add button).
    void addQuestion(const QString &text, int itemId = 0, int speakerId = 0);
    /// The questions as the table has them now.
    [[nodiscard]] QList<core::PreparedQuestion> questions() const;
    /// Saves the table into the session; false (and a message) when refused.
    bool save();

    void accept() override;

private:
    void addRow(const core::PreparedQuestion &question);

    SessionUndo *m_undo;
    core::Session *m_session;
    QTableWidget *m_table;
    QLabel *m_errorLabel;
};

} // namespace ui
