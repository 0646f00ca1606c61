// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QtGlobal>

#include <chrono>

namespace core {

/**
 * The source of time for everything in core. Nothing in core reads the system clock directly.
 *
 * monotonicMs() never jumps (it drives every countdown); wallMs() is UTC milliseconds since the
 * epoch and is only stored with events, so that a reopened session knows how long it was closed.
 * Implementations must be usable from the thread that owns the objects reading them.
 */
class Clock
{
public:
    virtual ~Clock() = default;

    [[nodiscard]] virtual qint64 monotonicMs() const = 0;

    [[nodiscard]] virtual qint64 wallMs() const = 0;
};

/// The production clock: QElapsedTimer (monotonic) plus the system's UTC time.
class SystemClock final : public Clock
{
public:
    SystemClock();

    [[nodiscard]] qint64 monotonicMs() const override;

    [[nodiscard]] qint64 wallMs() const override;

private:
    QElapsedTimer m_timer;
};

/// A clock that moves only when told: for tests and for `moderato-cli replay`.
class FakeClock final : public Clock
{
public:
    explicit FakeClock(qint64 wallMs = 1'574'755'200'000) // 2019-11-26 08:00 UTC, IGF 2019 day 2
        : m_wall(wallMs)
    {}

    [[nodiscard]] qint64 monotonicMs() const override { return m_mono; }

    [[nodiscard]] qint64 wallMs() const override { return m_wall; }

    void advance(std::chrono::milliseconds by)
    {
        m_mono += by.count();
        m_wall += by.count();
    }

    /// Moves only the wall clock, as when a process was not running for a while.
    void advanceWallOnly(std::chrono::milliseconds by) { m_wall += by.count(); }

private:
    qint64 m_mono = 0;
    qint64 m_wall;
};

} // namespace core
