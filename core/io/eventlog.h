// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/event.h"
#include "core/base/result.h"
#include "core/rapporteur/transcript.h"

#include <QCoreApplication>
#include <QList>

namespace core {

/**
 * A session's event log as JSON Lines: one event a line,
 * `{"seq", "session_ms", "wall_ms", "type", "data"}`, in order.
 * Reading checks every line (syntax, numbering, and that the events make a valid session) and
 * reports the first bad one by its line number (ErrorCode::Parse, translated detail "line N: …").
 * Reading is bounded: a log larger than MaxFileBytes is refused (ErrorCode::InvalidArgument) before
 * it is read or parsed, and so are a line longer than MaxLineBytes and more than MaxEvents events
 * (ErrorCode::Parse, with the line number); each detail says the limit. Stateless and reentrant.
 */
class EventLog final
{
    Q_DECLARE_TR_FUNCTIONS(core::EventLog)

public:
    /// The most events a log may hold. A 90-minute session records a few hundred to a few thousand;
    /// a day-long one at one event a second stays under 30,000.
    static constexpr qsizetype MaxEvents = 100'000;
    /// The longest line (one event). Events are small except `transcript.imported`, which holds the
    /// turns of a whole transcript: one of Transcript::MaxFileBytes takes some 10% more as JSON.
    static constexpr qint64 MaxLineBytes = 4 * Transcript::MaxFileBytes;
    /// The largest log: room for a transcript at the limit and MaxEvents ordinary events (about
    /// 150 bytes each).
    static constexpr qint64 MaxFileBytes = 64LL * 1024 * 1024;

    [[nodiscard]] static QByteArray toJsonLines(const QList<Event> &events);
    [[nodiscard]] static Result<QList<Event>> fromJsonLines(const QByteArray &text);
    /// Reads a log file with fromJsonLines. Its size is checked before anything is read, and at most
    /// MaxFileBytes are read (a pipe or a growing file cannot exhaust memory either). Errors:
    /// FileNotFound (detail: the path), Io, InvalidArgument (too large), Parse (as fromJsonLines).
    [[nodiscard]] static Result<QList<Event>> readFile(const QString &path);
    /// Writes the events to a new session file (which must not exist).
    [[nodiscard]] static Result<void> writeSession(const QString &path, const QList<Event> &events);
};

} // namespace core
