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

/**
 * How the floor time so far divides by stakeholder group, region, gender, channel and role. The
 * moderators' own turns (TurnKind::Moderation) are not the participants' time: they are counted
 * apart, in moderationMs, and in none of the rows or the total.
 */
struct FloorBalance
{
    enum Dimension
    {
        StakeholderGroup,
        Region,
        Gender,
        Channel,
        RoleGroup, ///< presentations, replies, audience (and the rapporteur's turns as "moderators")
        DimensionCount
    };

    qint64 totalMs = 0; ///< the participants' floor time: every turn but the moderation turns
    int totalTurns = 0;
    qint64 moderationMs = 0; ///< the onsite and online moderators' own turns
    int moderationTurns = 0;
    QList<BalanceRow> rows[DimensionCount]; ///< each sorted by time, largest first

    [[nodiscard]] static FloorBalance compute(const SessionState &state, qint64 now);

    /// The RoleGroup key of a turn: "invited_speakers" for a presentation, "replies" for an invited
    /// speaker's reply, else SessionStats::roleGroupKey of who spoke; "moderation" for a moderation turn.
    [[nodiscard]] static QString roleKey(const Turn &turn, const Participant *participant);
};

} // namespace core
