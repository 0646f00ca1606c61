// SPDX-License-Identifier: MIT
#pragma once

#include "core/agenda/sessiondefinition.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace core {
class Session;
}

namespace ui {

class SessionUndo;

/// The session's details until the clock starts: code, title, format, length, policy questions,
/// discussion facilitation and how online participants join. Saving is a step on the session's undo stack.
class SessionDetailsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SessionDetailsDialog(SessionUndo *undo, QWidget *parent = nullptr);

    /// The details as the dialog shows them (the agenda and people of the session around them).
    [[nodiscard]] core::SessionDefinition details() const;
    void setDetails(const core::SessionDefinition &details);

    /// Records the details in the session; false (and a message) when refused.
    bool save();

    void accept() override;

private:
    SessionUndo *m_undo;
    core::Session *m_session;
    QLineEdit *m_codeEdit;
    QLineEdit *m_titleEdit;
    QComboBox *m_typeCombo;
    QComboBox *m_layoutCombo;
    QSpinBox *m_minutesSpin;
    QPlainTextEdit *m_questionsEdit;
    QPlainTextEdit *m_facilitationEdit;
    QPlainTextEdit *m_onlineEdit;
    QLineEdit *m_roomEdit;
    QLabel *m_errorLabel;
};

} // namespace ui
