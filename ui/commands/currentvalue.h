// SPDX-License-Identifier: MIT
#pragma once

#include "core/session/command.h"

#include <concepts>

namespace core {
class SessionState;
}

namespace ui {

/**
 * The value commands: each sets one value of the session, and the same command with the value read
 * from the state puts it back. currentValue() reads that command; for a value of one thing (a
 * participant, a note, a report field) `like` names the thing, and what it sets is ignored.
 */
[[nodiscard]] core::commands::EditAgenda currentValue(const core::SessionState &state,
                                                      const core::commands::EditAgenda &like);
/// A break-out item's groups as the agenda writes them (an empty object when there is no such item).
[[nodiscard]] core::commands::SetBreakOut currentValue(const core::SessionState &state,
                                                       const core::commands::SetBreakOut &like);
/// The details without the agenda (EditDetails keeps the session's agenda; its people are not details).
[[nodiscard]] core::commands::EditDetails currentValue(const core::SessionState &state,
                                                       const core::commands::EditDetails &like);
[[nodiscard]] core::commands::SetQuestionBank currentValue(const core::SessionState &state,
                                                           const core::commands::SetQuestionBank &like);
[[nodiscard]] core::commands::SetFloorSettings currentValue(const core::SessionState &state,
                                                            const core::commands::SetFloorSettings &like);
[[nodiscard]] core::commands::SetQueuePolicy currentValue(const core::SessionState &state,
                                                          const core::commands::SetQueuePolicy &like);
[[nodiscard]] core::commands::SetRotation currentValue(const core::SessionState &state,
                                                       const core::commands::SetRotation &like);
[[nodiscard]] core::commands::SetRoomLanguage currentValue(const core::SessionState &state,
                                                           const core::commands::SetRoomLanguage &like);
[[nodiscard]] core::commands::SetRoomSecondLanguage currentValue(const core::SessionState &state,
                                                                 const core::commands::SetRoomSecondLanguage &like);
[[nodiscard]] core::commands::TranslateContent currentValue(const core::SessionState &state,
                                                            const core::commands::TranslateContent &like);
[[nodiscard]] core::commands::SetReportField currentValue(const core::SessionState &state,
                                                          const core::commands::SetReportField &like);
[[nodiscard]] core::commands::SetParticipation currentValue(const core::SessionState &state,
                                                            const core::commands::SetParticipation &like);
/// The participant with like's id as they are now (an empty participant when there is none).
[[nodiscard]] core::commands::UpdateParticipant currentValue(const core::SessionState &state,
                                                             const core::commands::UpdateParticipant &like);
/// The note with like's id as it is now.
[[nodiscard]] core::commands::EditNote currentValue(const core::SessionState &state,
                                                    const core::commands::EditNote &like);

/// A command whose inverse is itself with the value before.
template<typename C>
concept ValueCommand = requires(const core::SessionState &state, const C &command)
{
    {
        currentValue(state, command)
        } -> std::same_as<C>;
};

} // namespace ui
