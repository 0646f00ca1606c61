// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
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

} // namespace ui
