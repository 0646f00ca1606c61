// SPDX-License-Identifier: MIT
#pragma once

#include "core/floor/floorstate.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QSpinBox;

namespace core {
class Session;
}

namespace ui {

class SessionUndo;

/// The settings of one session, kept in its file: turn limits, warning time, chime, queue policy.
/// Saving is one step on the session's undo stack.
class SessionSettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SessionSettingsDialog(SessionUndo *undo, QWidget *parent = nullptr);

    /// What the dialog shows now.
    [[nodiscard]] core::FloorSettings settings() const;
    [[nodiscard]] core::QueuePolicy policy() const;
    void setSettings(const core::FloorSettings &settings, core::QueuePolicy policy);

    /// Records what changed in the session; false (and a message) when refused.
    bool save();

    void accept() override;

private:
    SessionUndo *m_undo;
    core::Session *m_session;
    QSpinBox *m_audienceSpin;
    QSpinBox *m_chairSpin;
    QCheckBox *m_warningOwnBox;
    QSpinBox *m_warningSpin;
    QCheckBox *m_chimeBox;
    QComboBox *m_policyCombo;
    QLabel *m_errorLabel;
    QDialogButtonBox *m_buttons;
};

} // namespace ui
