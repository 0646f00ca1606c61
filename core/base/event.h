// SPDX-License-Identifier: MIT
#pragma once

#include <QFlags>
#include <QJsonObject>
#include <QString>

namespace core {

/**
 * Every kind of event a session's log can hold: the product's vocabulary. The names written to the
 * file ("floor.given", ...), the fields of each payload and the vocabulary version that introduced it
 * are in EventCatalogue (eventcatalogue.h), the one place that names events; docs/events.md lists them.
 * Add an event at the end of its area's group and give it the next vocabulary version.
 */
enum class EventType : quint8
{
    SessionDefined,
    SessionDetails,
    SessionEnded,
    ClockStarted,
    ClockPaused,
    ClockResumed,
    AgendaEntered,
    AgendaExtended,
    AgendaRebalanced,
    AgendaEdited,
    RebalanceDeclined,
    ParticipantAdded,
    ParticipantUpdated,
    ParticipantRemoved,
    FloorGiven,
    FloorEnded,
    QueueRequested,
    QueueWithdrawn,
    QueueReordered,
    QueuePolicyChanged,
    ChairOpened,
    ChairClaimed,
    ChairClaimDeclined,
    ChairTaken,
    ChairReply,
    ChairClosed,
    RotationChanged,
    SettingsChanged,
    QuestionBankReplaced,
    QuestionAsked,
    MediaAdded,
    MediaRemoved,
    DisplayMedia,
    DisplayPage,
    DisplayVolume,
    DisplayPlayback,
    DisplayPinned,
    DisplayUnpinned,
    DisplayBlanked,
    DisplayMessage,
    DisplayLanguage,
    ContentTranslated,
    GlossaryEdited,
    DisplayTerm,
    DisplayCaptions,
    TakeawayApproved,
    TakeawayWithdrawn,
    TakeawayEdited,
    TakeawayCommented,
    NoteAdded,
    NoteEdited,
    NoteDeleted,
    NoteRestored,
    TranscriptImported,
    ReportField,
    ReportParticipation,
    CaptionLine,
    PhoneJoined,
    PhoneBlocked,
    PhoneJoining,
    PhoneLimits,
    InboxQuestion,
    InboxAccepted,
    InboxDismissed,
    TakeawayReaction,
    TakeawayShared,
};

/// What an event changes, so that views refresh only what they show.
enum class Area : quint16
{
    Clock = 0x1,      ///< run state, pauses, the current item
    Agenda = 0x2,     ///< the plan: items, their planned times, re-balancing
    Details = 0x4,    ///< title, code, policy questions and the other details of the session
    People = 0x8,     ///< participants and their details
    Floor = 0x10,     ///< turns, the queue, the rotation, turn settings
    Chair = 0x20,     ///< the empty chair
    Questions = 0x40, ///< the bank of prepared questions
    Room = 0x80,      ///< the room display, its media and the approved takeaways
    Notes = 0x100,    ///< the rapporteur's notes
    Report = 0x200,   ///< report fields, participation, the transcript
    Audience = 0x400, ///< participants' phones: who joined, their questions, reactions and takeaways
};
Q_DECLARE_FLAGS(Areas, Area)
Q_DECLARE_OPERATORS_FOR_FLAGS(Areas)

/**
 * One entry of a session's append-only log.
 *
 * sessionMs is the position on the session's own monotonic time axis (0 = file created); wallMs is
 * UTC milliseconds since the epoch when it was recorded. seq is assigned by the store (1, 2, ...).
 */
struct Event
{
    qint64 seq = 0;
    qint64 sessionMs = 0;
    qint64 wallMs = 0;
    EventType type = EventType::SessionDefined;
    QJsonObject data;
};

} // namespace core
