// SPDX-License-Identifier: MIT
#pragma once

#include "core/event.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>

namespace core {

/**
 * A session's event log as JSON Lines: one event a line,
 * `{"seq", "session_ms", "wall_ms", "type", "data"}`, in order.
 * Reading checks every line (syntax, numbering, and that the events make a valid session) and
 * reports the first bad one by its line number.
 */
class EventLog final
{
    Q_DECLARE_TR_FUNCTIONS(core::EventLog)

public:
    [[nodiscard]] static QByteArray toJsonLines(const QList<Event> &events);
    [[nodiscard]] static Result<QList<Event>> fromJsonLines(const QByteArray &text);
    /// Writes the events to a new session file (which must not exist).
    [[nodiscard]] static Result<void> writeSession(const QString &path, const QList<Event> &events);
};

} // namespace core
