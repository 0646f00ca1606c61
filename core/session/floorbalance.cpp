// SPDX-License-Identifier: MIT
#include "core/session/floorbalance.h"

#include "core/session/sessionstats.h"

#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace core {

QString FloorBalance::roleKey(const Turn &turn, const Participant *participant)
{
    switch (turn.kind) {
    case TurnKind::Speaker:
        return u"invited_speakers"_s;
    case TurnKind::Reply:
        return u"replies"_s;
    case TurnKind::Moderation:
        return u"moderation"_s;
    case TurnKind::Audience:
    case TurnKind::Chair:
        break;
    }
    return SessionStats::roleGroupKey(participant);
}

FloorBalance FloorBalance::compute(const SessionState &state, qint64 now)
{
    FloorBalance balance;
    const FloorState &floor = state.floor();
    QMap<QString, BalanceRow> rows[DimensionCount];
    for (const Turn &turn : floor.turns()) {
        const Participant *p = floor.participant(turn.participantId);
        const qint64 ms = turn.elapsedMs(now);
        if (turn.kind == TurnKind::Moderation) {
            balance.moderationMs += ms;
            ++balance.moderationTurns;
            continue;
        }
        Participant channelOf;
        channelOf.channel = turn.channel;
        channelOf.hub = turn.hub;
        const QString keys[DimensionCount] = {
            p && !p->stakeholderGroup.isEmpty() ? p->stakeholderGroup : u"unknown"_s,
            p && !p->region.isEmpty() ? p->region : u"unknown"_s,
            p && !p->gender.isEmpty() ? p->gender : u"unknown"_s,
            channelOf.channelKey(),
            roleKey(turn, p),
        };
        for (int d = 0; d < DimensionCount; ++d) {
            BalanceRow &row = rows[d][keys[d]];
            row.key = keys[d];
            row.ms += ms;
            ++row.turns;
        }
        balance.totalMs += ms;
        ++balance.totalTurns;
    }
    for (int d = 0; d < DimensionCount; ++d) {
        balance.rows[d] = rows[d].values();
        std::stable_sort(balance.rows[d].begin(), balance.rows[d].end(), [](const BalanceRow &a, const BalanceRow &b) {
            return a.ms > b.ms;
        });
    }
    return balance;
}

} // namespace core
