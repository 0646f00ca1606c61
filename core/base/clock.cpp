// SPDX-License-Identifier: MIT
#include "core/base/clock.h"

#include <QDateTime>

namespace core {

SystemClock::SystemClock()
{
    m_timer.start();
}

qint64 SystemClock::monotonicMs() const
{
    return m_timer.elapsed();
}

qint64 SystemClock::wallMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace core
