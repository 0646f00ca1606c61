// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/result.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTableWidget;

namespace core {
class Session;
}

namespace ui {

class SessionUndo;

/**
 * Translations of the session's content for the room display: the agenda items' titles, the message to
 * the room, the approved takeaways and the glossary, into one of the shipped languages at a time. Each piece is a row
 * with its original and its translation; Save records the changed ones (one undo step). Content without
 * a translation shows in its original language on the room display.
 */
class TranslationsDialog final : public QDialog
{
    Q_OBJECT

public:
    TranslationsDialog(core::Session *session, SessionUndo *undo, QWidget *parent = nullptr);

    [[nodiscard]] QComboBox *languageCombo() const { return m_language; }

    [[nodiscard]] QTableWidget *table() const { return m_table; }

    [[nodiscard]] QLabel *errorLabel() const { return m_error; }

    /// Records the translations that changed; false (with the session's error shown) when one was refused.
    bool save();

private:
    void fill();

    core::Session *m_session;
    SessionUndo *m_undo;
    QComboBox *m_language;
    QTableWidget *m_table;
    QLabel *m_error;
};

/**
 * Approves a key takeaway for the room, with its translation into one shipped language when one is typed
 * (the room's second language first, else its own): both reach the room display at once.
 */
class TakeawayDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit TakeawayDialog(core::Session *session, QWidget *parent = nullptr);

    [[nodiscard]] QPlainTextEdit *textEdit() const { return m_text; }

    [[nodiscard]] QComboBox *languageCombo() const { return m_language; }

    [[nodiscard]] QPlainTextEdit *translationEdit() const { return m_translation; }

    [[nodiscard]] QLabel *errorLabel() const { return m_error; }

    /// Approves the takeaway, then records its translation; the takeaway's id, or why the session refused.
    [[nodiscard]] core::Result<int> approve();

    /// Approves (see approve()) and closes, or shows why not and stays open.
    void accept() override;

private:
    core::Session *m_session;
    QPlainTextEdit *m_text;
    QComboBox *m_language;
    QPlainTextEdit *m_translation;
    QLabel *m_error;
    int m_approved = 0; ///< the takeaway approved by a first try whose translation was then refused
};

} // namespace ui
