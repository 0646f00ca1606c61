// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonValue>

#include <cmath>

namespace core {

/// The largest magnitude a time or duration in an event may have (about 285,000 years in milliseconds):
/// every value read from a log is clamped to it, so sums of a few of them cannot overflow.
inline constexpr qint64 MaxJsonMs = qint64(1) << 53;

/**
 * A millisecond count read from an event's JSON, safely: a number outside ±MaxJsonMs, or one that is not
 * finite, is clamped (converting it to an integer as it is would be undefined behaviour); a value that is
 * not a number gives fallback. The fold's own checks then refuse what is out of range for its meaning.
 */
[[nodiscard]] inline qint64 jsonMs(const QJsonValue &value, qint64 fallback, double scale = 1.0)
{
    if (!value.isDouble()) {
        return fallback;
    }
    const double number = value.toDouble() * scale;
    if (std::isnan(number)) {
        return fallback;
    }
    if (number >= double(MaxJsonMs)) {
        return MaxJsonMs;
    }
    if (number <= -double(MaxJsonMs)) {
        return -MaxJsonMs;
    }
    return qint64(number);
}

} // namespace core
