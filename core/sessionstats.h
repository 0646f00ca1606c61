// SPDX-License-Identifier: MIT
#pragma once

#include "core/sessionstate.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace core {

/// Figures of a session as of a moment: planned vs actual for the session and each agenda item.
class SessionStats final
{
    Q_DECLARE_TR_FUNCTIONS(core::SessionStats)

public:
    /// `{"session": {"title", "state", "planned_s", "original_planned_s", "actual_s", "paused_s", ...},
    ///   "agenda": [{"title", "kind", "planned_s", "original_planned_s", "actual_s", "children": [...]}]}`
    [[nodiscard]] static QJsonObject toJson(const SessionState &state, qint64 now);

    /// The same as a plain-text table for people.
    [[nodiscard]] static QString toText(const SessionState &state, qint64 now);

    [[nodiscard]] static QString runStateKey(RunState state);
};

} // namespace core
