// SPDX-License-Identifier: MIT
#pragma once

#include "core/agenda/sessiondefinition.h"
#include "core/base/event.h"
#include "core/base/eventpayloads.h"
#include "core/base/result.h"
#include "core/floor/floorstate.h"
#include "core/floor/questionbank.h"
#include "core/rapporteur/notestate.h"
#include "core/rapporteur/reportstate.h"
#include "core/room/audiencestate.h"
#include "core/room/displaystate.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>

namespace core {

enum class RunState
{
    NotStarted,
    Running,
    Paused,
    Ended,
};

/// How an item's countdown stands: normal, in its warning time (default: the last minute), or over.
enum class Phase
{
    Normal,
    Warning,
    Overtime,
};

/// Where an agenda item stands relative to the current one.
enum class ItemStatus
{
    Upcoming,
    Current, ///< the current leaf, or a block containing it
    Done,
};

struct RebalanceChange
{
    int itemId = 0;
    qint64 fromMs = 0;
    qint64 toMs = 0;
};

/// A proposed new plan after an overrun: shorter items that have not started yet.
struct RebalancePlan
{
    qint64 overrunMs = 0;    ///< how late the session would end without the plan
    qint64 unabsorbedMs = 0; ///< what remains late with the plan (items cannot go below one minute)
    QList<RebalanceChange> changes;

    [[nodiscard]] bool isEmpty() const { return changes.isEmpty(); }
};

/**
 * The state of a session derived from its event log: a pure fold, no I/O, no clock.
 *
 * apply() validates an event against the current state and either applies it completely or
 * returns an error and leaves the state untouched. All time queries take `now` on the session's
 * time axis (milliseconds, the same axis as Event::sessionMs), so they are exact and testable:
 * remaining = planned - (time the item ran, pauses excluded).
 */
class SessionState final
{
    Q_DECLARE_TR_FUNCTIONS(core::SessionState)

public:
    [[nodiscard]] Result<void> apply(const Event &event);

    [[nodiscard]] bool isDefined() const { return m_defined; }

    [[nodiscard]] const SessionDefinition &definition() const { return m_definition; }

    [[nodiscard]] const Agenda &agenda() const { return m_definition.agenda; }

    [[nodiscard]] RunState runState() const { return m_runState; }

    [[nodiscard]] int currentIndex() const { return m_current; } ///< index of the current leaf in agenda()

    [[nodiscard]] int currentItemId() const;

    [[nodiscard]] qint64 lastEventMs() const { return m_lastEventMs; }

    [[nodiscard]] qint64 lastEventWallMs() const { return m_lastEventWallMs; }

    [[nodiscard]] qint64 startedAtMs() const { return m_startedAt; } ///< -1 before start

    [[nodiscard]] qint64 endedAtMs() const { return m_endedAt; } ///< -1 before end

    [[nodiscard]] qint64 startedAtWallMs() const { return m_startedAtWall; }

    /// The plan of an item when the session was defined (before extensions and re-balancing).
    [[nodiscard]] qint64 originalPlannedMs(int index) const;

    [[nodiscard]] qint64 elapsedMs(int index, qint64 now) const;
    [[nodiscard]] qint64 remainingMs(int index, qint64 now) const;
    [[nodiscard]] Phase phase(int index, qint64 now) const;
    [[nodiscard]] ItemStatus status(int index) const;
    [[nodiscard]] qint64 firstStartedMs(int index) const;

    [[nodiscard]] qint64 sessionElapsedMs(qint64 now) const;
    [[nodiscard]] qint64 sessionRemainingMs(qint64 now) const;
    [[nodiscard]] qint64 pausedMs(qint64 now) const;

    /// When the session will end if every item not yet done takes its plan (and the current one at least its plan).
    [[nodiscard]] qint64 projectedEndMs(qint64 now) const;
    /// When the session should end: start + the planned total at start (before start: now + planned total).
    [[nodiscard]] qint64 scheduledEndMs(qint64 now) const;
    /// projectedEnd - scheduledEnd: positive when running late (pauses count, the room is booked).
    [[nodiscard]] qint64 offsetMs(qint64 now) const;

    [[nodiscard]] const FloorState &floor() const { return m_floor; }

    [[nodiscard]] const DisplayState &display() const { return m_display; }

    [[nodiscard]] const AudienceState &audience() const { return m_audience; }

    [[nodiscard]] const NoteState &notes() const { return m_notes; }

    [[nodiscard]] const ReportState &report() const { return m_report; }

    [[nodiscard]] const QuestionBank &questions() const { return m_questions; }

    /// The warning time in force for an item: the session's setting, else the item's own.
    [[nodiscard]] qint64 warningMs(int index) const;

    /// The scene the room sees now: blank, else the pinned one, else the chair while it is open,
    /// the speaker while someone holds the floor, the agenda otherwise.
    [[nodiscard]] Scene roomScene() const;

    /// The invited speaker the rotation assigns to a speaker item (participant id), or 0.
    [[nodiscard]] int assignedSpeaker(int index) const;
    /// The speaker the console offers the floor to now: the current speaker item's, until they had it.
    [[nodiscard]] int offeredSpeaker() const;
    /// True right after an invited speaker's presentation, while the empty chair was not yet opened in this item.
    [[nodiscard]] bool isChairMoment() const;
    /// The countdown phase of the turn holding the floor (Normal when nobody does).
    [[nodiscard]] Phase turnPhase(qint64 now) const;
    [[nodiscard]] static qint64 turnWarningMs(qint64 limitMs);

    /// Shortens the not-yet-started items of the speakers block in proportion so the session ends on time.
    [[nodiscard]] RebalancePlan proposeRebalance(qint64 now) const;
    /// How far behind the session must run before a re-balancing is proposed, and how much further
    /// after the moderator declined one.
    static constexpr qint64 RebalanceThresholdMs = 60'000;
    /// Whether to propose the plan without being asked: the session runs a minute behind, and, if the
    /// moderator declined a plan since the last re-balancing, another minute behind what they declined.
    [[nodiscard]] bool isRebalanceDue(const RebalancePlan &plan) const;

    /// The overrun at which the moderator last declined a re-balancing (-1: none since the last one).
    [[nodiscard]] qint64 declinedOverrunMs() const { return m_declinedOverrunMs; }

private:
    struct Timing
    {
        qint64 accumulatedMs = 0;
        qint64 firstStartMs = -1;
        qint64 originalPlannedMs = 0;
    };

    [[nodiscard]] Result<void> applyTo(const Event &event);
    void closeSegment(qint64 at);
    void openSegment(qint64 at);
    /// The index of the agenda item an event names, which must be a single item (not a block).
    [[nodiscard]] Result<int> leafOf(int itemId) const;

    // One per event the session itself folds; applyTo() dispatches to them.
    /// Whether an agenda's groups name the session's participants and policy questions.
    [[nodiscard]] Result<void> checkBreakOutGroups(const Agenda &agenda) const;
    [[nodiscard]] Result<void> applyAgendaEdit(const events::AgendaEdited &edited);
    [[nodiscard]] Result<void> applyDetailsEdit(const events::SessionDetails &details);
    [[nodiscard]] Result<void> applySessionDefined(const events::SessionDefined &defined);
    [[nodiscard]] Result<void> applyFloorEvent(const Event &event);
    [[nodiscard]] Result<void> applyAudienceEvent(const Event &event);
    [[nodiscard]] Result<void> applyClockStarted(const Event &event);
    [[nodiscard]] Result<void> applyClockPaused(const Event &event);
    [[nodiscard]] Result<void> applyClockResumed(const Event &event);
    [[nodiscard]] Result<void> applyAgendaEntered(const events::AgendaEntered &entered, qint64 t);
    [[nodiscard]] Result<void> applyAgendaExtended(const events::AgendaExtended &extended);
    [[nodiscard]] Result<void> applyAgendaRebalanced(const events::AgendaRebalanced &rebalanced);
    [[nodiscard]] Result<void> applyRebalanceDeclined(const events::RebalanceDeclined &declined);
    [[nodiscard]] Result<void> applySessionEnded(const Event &event);

    FloorState m_floor;
    DisplayState m_display;
    AudienceState m_audience;
    NoteState m_notes;
    ReportState m_report;
    QuestionBank m_questions;
    QSet<int> m_chairOpenedInItems;
    bool m_defined = false;
    SessionDefinition m_definition;
    QList<Timing> m_timing; // parallel to agenda().items(); meaningful for leaves
    RunState m_runState = RunState::NotStarted;
    int m_current = -1;
    qint64 m_segmentStart = 0;
    qint64 m_pauseStart = 0;
    qint64 m_pausedTotal = 0;
    qint64 m_startedAt = -1;
    qint64 m_startedAtWall = -1;
    qint64 m_scheduledDuration = 0;
    qint64 m_endedAt = -1;
    qint64 m_declinedOverrunMs = -1;
    qint64 m_lastEventMs = 0;
    qint64 m_lastEventWallMs = 0;
    int m_eventCount = 0;
};

} // namespace core
