// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>
#include <QString>

namespace core {

/// How to turn milliseconds into whole seconds for display.
enum class Rounding
{
    Elapsed,   ///< down: 59.9 s elapsed shows 0:59
    Countdown, ///< up while positive: 0.1 s left shows 0:01, 0:00 is reached exactly at zero
};

/**
 * "m:ss", or "h:mm:ss" from one hour, with a leading minus sign when negative, in the digits of
 * the locale (Arabic-Indic digits under Arabic, for instance). No hand-made "%02d".
 */
[[nodiscard]] QString formatDuration(qint64 ms, Rounding rounding = Rounding::Elapsed, const QLocale &locale = {});

/// "+m:ss" / "-m:ss": a signed offset, always with its sign.
[[nodiscard]] QString formatOffset(qint64 ms, const QLocale &locale = {});

/**
 * A count, a share or a line number in the digits of the locale, without group separators: "1234", not "1,234",
 * which would read as two numbers in a list of line numbers.
 */
[[nodiscard]] QString formatCount(qint64 number, const QLocale &locale = {});

} // namespace core
