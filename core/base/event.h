// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>

namespace core {

/**
 * One entry of a session's append-only log.
 *
 * sessionMs is the position on the session's own monotonic time axis (0 = file created); wallMs is
 * UTC milliseconds since the epoch when it was recorded. seq is assigned by the store (1, 2, ...).
 */
struct Event
{
    qint64 seq = 0;
    qint64 sessionMs = 0;
    qint64 wallMs = 0;
    QString type;
    QJsonObject data;
};

namespace events {
inline constexpr auto Defined = "session.defined";
inline constexpr auto ClockStarted = "clock.started";
inline constexpr auto ClockPaused = "clock.paused";
inline constexpr auto ClockResumed = "clock.resumed";
inline constexpr auto ItemEntered = "agenda.entered";
inline constexpr auto ItemExtended = "agenda.extended";
inline constexpr auto Rebalanced = "agenda.rebalanced";
inline constexpr auto AgendaEdited = "agenda.edited";
inline constexpr auto DetailsEdited = "session.details";
inline constexpr auto Ended = "session.ended";
} // namespace events

} // namespace core
