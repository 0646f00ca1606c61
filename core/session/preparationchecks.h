// SPDX-License-Identifier: MIT
#pragma once

#include "core/session/sessionstate.h"

#include <QCoreApplication>
#include <QStringList>

namespace core {

/**
 * What to look at before the session starts: things the session can run with but the team should
 * know. Each warning is one translated sentence naming the people concerned (plain text).
 */
class PreparationChecks final
{
    Q_DECLARE_TR_FUNCTIONS(core::PreparationChecks)

public:
    [[nodiscard]] static QStringList warnings(const SessionState &state);

    /// One person holds two or more of onsite moderator, online moderator and rapporteur: nobody else
    /// then follows the room, the remote participants or the notes while they are busy with another.
    [[nodiscard]] static QStringList sharedTeamRoles(const FloorState &floor);
};

} // namespace core
