// SPDX-License-Identifier: MIT
#pragma once

#include "core/session/sessionstate.h"

#include <QList>
#include <QString>

namespace core {

/// Floor time and turns for one value of one dimension ("Civil Society", "online", ...).
struct BalanceRow
{
    QString key; ///< the value as stored; "unknown" when the participant did not say
    qint64 ms = 0;
    int turns = 0;
};

/// How the floor time so far divides by stakeholder group, region, gender, channel and role.
struct FloorBalance
{
    enum Dimension
    {
        StakeholderGroup,
        Region,
        Gender,
        Channel,
        RoleGroup, ///< invited speakers, moderators, audience
        DimensionCount
    };

    qint64 totalMs = 0;
    int totalTurns = 0;
    QList<BalanceRow> rows[DimensionCount]; ///< each sorted by time, largest first

    [[nodiscard]] static FloorBalance compute(const SessionState &state, qint64 now);
};

} // namespace core
