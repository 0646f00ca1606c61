// SPDX-License-Identifier: MIT
#include "core/base/timeformat.h"

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace core {
namespace {

QString padded(qint64 value, const QLocale &locale)
{
    QString text = locale.toString(value);
    if (value < 10) {
        text.prepend(locale.zeroDigit());
    }
    return text;
}

QString formatSeconds(qint64 seconds, const QLocale &locale)
{
    const qint64 hours = seconds / 3600;
    const qint64 minutes = (seconds / 60) % 60;
    const qint64 secs = seconds % 60;
    if (hours > 0) {
        return locale.toString(hours) + u':' + padded(minutes, locale) + u':' + padded(secs, locale);
    }
    return locale.toString(minutes) + u':' + padded(secs, locale);
}

} // namespace

QString formatDuration(qint64 ms, Rounding rounding, const QLocale &locale)
{
    const bool negative = ms < 0;
    const qint64 magnitude = std::llabs(ms);
    qint64 seconds = magnitude / 1000;
    // A countdown shows the next whole second while time is left, so it reads 0:00 only at zero.
    if (rounding == Rounding::Countdown && !negative && magnitude % 1000 != 0) {
        ++seconds;
    }
    QString text = formatSeconds(seconds, locale);
    if (negative && seconds > 0) {
        text.prepend(locale.negativeSign());
    }
    return text;
}

QString formatOffset(qint64 ms, const QLocale &locale)
{
    const qint64 seconds = std::llabs(ms) / 1000;
    const QString sign = ms < 0 && seconds > 0 ? locale.negativeSign() : locale.positiveSign();
    return sign + formatSeconds(seconds, locale);
}

QString formatCount(qint64 number, const QLocale &locale)
{
    QLocale plain = locale;
    plain.setNumberOptions(plain.numberOptions() | QLocale::OmitGroupSeparator);
    return plain.toString(number);
}

} // namespace core
