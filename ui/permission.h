// SPDX-License-Identifier: MIT
#pragma once

#include "core/session/session.h"

#include <QAction>
#include <QWidget>

namespace ui {

/**
 * Enables a control that issues a command only when the session's role may issue it (a joined
 * device's role; the host's own window may do everything): a control the role may not use is
 * disabled, and its tooltip says why. `enabled` is what the control would be otherwise; `tip` its
 * usual tooltip. A default-made payload names the command, e.g. allowIf(button, session,
 * core::commands::ClaimChair{}, hasName, tr("Claim the chair")).
 */
template<typename Control>
void allowIf(
    Control *control, const core::Session *session, const core::Command &command, bool enabled, const QString &tip = {})
{
    const QString refusal = session ? session->refusal(command) : QString();
    control->setEnabled(enabled && refusal.isEmpty());
    control->setToolTip(refusal.isEmpty() ? tip : refusal);
}

} // namespace ui
