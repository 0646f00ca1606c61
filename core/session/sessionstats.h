// SPDX-License-Identifier: MIT
#pragma once

#include "core/session/sessionstate.h"

#include <QCoreApplication>
#include <QJsonArray>
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

    /// `participants`, `speaking_s` (the participants' floor time), `moderation_s` (the moderators' own turns,
    /// in none of the breakdowns), `by_stakeholder_group`, `by_region`, `by_gender`, `by_channel`, `by_role`
    /// (seconds each), `turns` (`total` and the same breakdowns, counting turns) and `empty_chair` (`openings`,
    /// `occupied_s`, `occupants` with name and channel).
    [[nodiscard]] static QJsonObject floorJson(const SessionState &state, qint64 now);

    /// Participants' phones: `joined`, `blocked`, `joining_open`, `questions` (and `questions_by_status`),
    /// `agree`, `disagree` (phones' standing reactions over the takeaways), `comments`, `shared_takeaways`.
    [[nodiscard]] static QJsonObject phonesJson(const SessionState &state);

    /// The same as a plain-text table for people: each title on one line, control characters replaced and,
    /// where it could reorder them, isolated (FSI ... PDI) from the figures around it. The JSON keeps the text.
    [[nodiscard]] static QString toText(const SessionState &state, qint64 now);
    /// The floor balance as text: turns and time by person, stakeholder group, region, gender, channel and role
    /// (empty while nobody has had the floor).
    [[nodiscard]] static QString floorText(const SessionState &state, qint64 now);

    /// The break-out items with groups: `[{"item", "title", "planned_s", "actual_s", "overtime_s", "groups":
    /// [{"id", "name", "members", "by_stakeholder_group" (people), "report_back_s" (null: not yet)}]}]`.
    [[nodiscard]] static QJsonArray breakOutJson(const SessionState &state, qint64 now);
    /// The same as text (empty when the agenda has no break-out groups).
    [[nodiscard]] static QString breakOutText(const SessionState &state, qint64 now);

    [[nodiscard]] static QString runStateKey(RunState state);

    /// "invited_speakers", "moderators" or "audience": whose floor time a participant's is.
    [[nodiscard]] static QString roleGroupKey(const Participant *participant);
};

} // namespace core
