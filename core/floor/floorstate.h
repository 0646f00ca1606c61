// SPDX-License-Identifier: MIT
#pragma once

#include "core/agenda/sessiondefinition.h"
#include "core/base/event.h"
#include "core/base/eventpayloads.h"
#include "core/base/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>

namespace core {

enum class Role
{
    Speaker,
    Moderator,
    OnlineModerator,
    Rapporteur,
    Audience,
};

/// Where a participant takes part from. A remote hub is a named place that joins online.
enum class Channel
{
    Onsite,
    Online,
    Hub,
};

/// A person in the session. All text is plain user text; a walk-in may have only a name.
struct Participant
{
    int id = 0;
    QString name;
    QString organization;
    QString stakeholderGroup;
    QString region;
    QString gender; ///< self-described, optional
    Channel channel = Channel::Onsite;
    QString hub; ///< the remote hub's name when channel is Hub
    QList<Role> roles;

    [[nodiscard]] bool hasRole(Role role) const { return roles.contains(role); }

    [[nodiscard]] bool isRemote() const { return channel != Channel::Onsite; }

    /// "onsite", "online", or "hub:NAME": the key used in statistics.
    [[nodiscard]] QString channelKey() const;
};

enum class TurnKind
{
    Speaker,  ///< an invited speaker's presentation
    Audience, ///< an intervention from the room or online
    Chair,    ///< from the empty chair
    Reply,    ///< an invited speaker's reply: to the empty chair, or during an audience-input item
    /// The onsite or online moderator's own turn (introduction, moderation, summary): its limit is the
    /// agenda item's remaining time, and the floor balance keeps it apart from the participants' time.
    /// Never written in an event: the floor derives it from the person's roles when the turn starts.
    Moderation,
};

/// One turn at the floor. Time runs only while the agenda clock runs.
struct Turn
{
    int participantId = 0;
    TurnKind kind = TurnKind::Audience;
    Channel channel = Channel::Onsite;
    QString hub;
    int itemId = 0;
    qint64 startedAtMs = 0;
    qint64 endedAtMs = -1;
    qint64 limitMs = 0;
    qint64 accumulatedMs = 0;
    qint64 runningSinceMs = -1; ///< -1 while the clock is stopped or the turn has ended
    bool viaOnlineModerator = false;
    bool atChair = false; ///< in the empty chair, or replying to it (closing the chair ends the turn)
    int group = 0;        ///< the break-out group whose report-back this is (floor.given's group), 0: none

    [[nodiscard]] bool isOpen() const { return endedAtMs < 0; }

    [[nodiscard]] qint64 elapsedMs(qint64 now) const
    {
        return accumulatedMs + (runningSinceMs >= 0 ? std::max<qint64>(0, now - runningSinceMs) : 0);
    }
};

/// A request to speak, waiting in the queue.
struct Request
{
    int id = 0;
    int participantId = 0;
    qint64 requestedAtMs = 0;
};

enum class QueuePolicy
{
    RequestOrder,      ///< in order of request (and as the moderator dragged them)
    FirstTimeFirst,    ///< people who have not spoken yet first
    AlternateChannels, ///< onsite and online in turn
    LeastSpokenGroups, ///< stakeholder groups with the least floor time first
};

enum class ChairState
{
    Closed,
    Open,  ///< the room is invited to take it
    Taken, ///< someone sits there and holds the floor
    Reply, ///< a speaker replies to the person in the chair
};

/// Per-session limits for turns (an invited speaker's limit is their agenda slot).
struct FloorSettings
{
    qint64 audienceLimitMs = 2 * 60'000;
    qint64 chairLimitMs = 3 * 60'000;
    qint64 warningMs = -1; ///< when an item's countdown turns amber; -1: each item's own (one minute)
    bool chime = true;     ///< a chime at zero (the flash is always shown)
};

/// Where the agenda stands when a floor event is applied (SessionState tells the floor).
struct FloorMoment
{
    bool clockRunning = false; ///< whether turn time is counting
    int itemId = 0;            ///< the current agenda item; 0 or less while there is none
    ItemKind itemKind = ItemKind::Other;
    qint64 itemRemainingMs = 0; ///< the current item's remaining time (negative in overtime)
};

[[nodiscard]] QString roleKey(Role role);
[[nodiscard]] bool roleFromKey(const QString &key, Role *role);
[[nodiscard]] QString turnKindKey(TurnKind kind);
[[nodiscard]] bool turnKindFromKey(const QString &key, TurnKind *kind);
/// True for the onsite and the online moderator: their turns are moderation.
[[nodiscard]] bool isModerator(const Participant &participant);
[[nodiscard]] QString policyKey(QueuePolicy policy);
[[nodiscard]] bool policyFromKey(const QString &key, QueuePolicy *policy);
[[nodiscard]] QString chairStateKey(ChairState state);

[[nodiscard]] QJsonObject participantToJson(const Participant &participant);
[[nodiscard]] Result<Participant> participantFromJson(const QJsonObject &json);

/**
 * Who speaks when: participants, turns at the floor, the queue of requests, the empty chair and
 * the speaker rotation, folded from the session's floor events. A value type inside SessionState;
 * like it, apply() changes everything or nothing.
 */
class FloorState final
{
    Q_DECLARE_TR_FUNCTIONS(core::FloorState)

public:
    /// The people named in the session's plan become participants 1, 2, ... (one per name).
    void initFromDefinition(const SessionDefinition &definition);

    /// Applies a floor event at its time, with the agenda where it stands then.
    [[nodiscard]] Result<void> apply(const Event &event, const FloorMoment &moment);

    /// The agenda clock started or stopped: open turns start or stop counting.
    void setClockRunning(qint64 t, bool running);
    /// The session ended: the open turn ends.
    void endOpenTurn(qint64 t);

    [[nodiscard]] static bool handles(EventType type);

    [[nodiscard]] const QList<Participant> &participants() const { return m_participants; }

    [[nodiscard]] const Participant *participant(int id) const;
    [[nodiscard]] const Participant *participantByName(const QString &name) const;
    [[nodiscard]] int nextParticipantId() const;

    [[nodiscard]] const QList<Turn> &turns() const { return m_turns; }

    /// The turn holding the floor, or nullptr.
    [[nodiscard]] const Turn *currentTurn() const;

    [[nodiscard]] qint64 speakingMs(int participantId, qint64 now) const;
    [[nodiscard]] int turnCount(int participantId) const;

    [[nodiscard]] const QList<Request> &requests() const { return m_requests; } ///< in manual order

    /// The queue as the current policy orders it.
    [[nodiscard]] QList<Request> orderedQueue(qint64 now) const;

    [[nodiscard]] QueuePolicy policy() const { return m_policy; }

    [[nodiscard]] int nextRequestId() const { return m_nextRequestId; }

    [[nodiscard]] ChairState chairState() const { return m_chairState; }

    [[nodiscard]] int chairOpenings() const { return m_chairOpenings; }

    [[nodiscard]] int pendingClaim() const { return m_pendingClaim; } ///< a remote participant's id, or 0

    [[nodiscard]] const FloorSettings &settings() const { return m_settings; }

    /// The invited speakers in their speaking order, skipped ones left out.
    [[nodiscard]] QList<int> rotation() const;

    [[nodiscard]] const QList<int> &rotationOrder() const { return m_rotation; }

    [[nodiscard]] const QSet<int> &skippedSpeakers() const { return m_skipped; }

    /// The agenda was edited: the speaking order follows its speaker items again.
    void updateRotation(const Agenda &agenda) { orderRotationByAgenda(agenda); }

    /// A phone joined: its participant comes with the event (phone.joined, applied by SessionState).
    [[nodiscard]] Result<void> admitPhone(const events::PhoneJoined &joined);

    /// True when the participant spoke, asked to speak or claimed the chair (and so cannot be removed).
    [[nodiscard]] bool hasTakenPart(int participantId) const;

private:
    void addPerson(const Person &person, Role role);
    void orderRotationByAgenda(const Agenda &agenda);
    void closeTurn(qint64 t);
    void openTurn(const Turn &turn, bool clockRunning);
    /// The participant an event names, or an error.
    [[nodiscard]] Result<const Participant *> participantOf(int id) const;
    /// Adds the walk-in an event brings (none: nothing to do); it must be the participant of the event.
    [[nodiscard]] Result<void> admitWalkIn(const std::optional<QJsonObject> &walkIn, int participantId);

    // One per floor event; apply() dispatches to them.
    [[nodiscard]] Result<void> applyParticipantAdded(const events::ParticipantAdded &added);
    [[nodiscard]] Result<void> applyParticipantUpdated(const events::ParticipantUpdated &updated);
    [[nodiscard]] Result<void> applyParticipantRemoved(const events::ParticipantRemoved &removed);
    [[nodiscard]] Result<void> applyFloorGiven(const events::FloorGiven &given, qint64 t, const FloorMoment &moment);
    [[nodiscard]] Result<void> applyFloorEnded(const Event &event);
    [[nodiscard]] Result<void> applyQueueRequested(const events::QueueRequested &requested, qint64 t);
    [[nodiscard]] Result<void> applyQueueWithdrawn(const events::QueueWithdrawn &withdrawn);
    [[nodiscard]] Result<void> applyQueueReordered(const events::QueueReordered &reordered);
    [[nodiscard]] Result<void> applyQueuePolicyChanged(const events::QueuePolicyChanged &changed);
    [[nodiscard]] Result<void> applyChairOpened();
    [[nodiscard]] Result<void> applyChairClaimed(const events::ChairClaimed &claimed);
    [[nodiscard]] Result<void> applyChairClaimDeclined();
    [[nodiscard]] Result<void> applyChairTaken(const events::ChairTaken &taken, qint64 t, const FloorMoment &moment);
    [[nodiscard]] Result<void> applyChairReply(const events::ChairReply &reply, qint64 t, const FloorMoment &moment);
    [[nodiscard]] Result<void> applyChairClosed(const Event &event);
    [[nodiscard]] Result<void> applyRotationChanged(const events::RotationChanged &changed);
    [[nodiscard]] Result<void> applySettingsChanged(const events::SettingsChanged &changed);

    QList<Participant> m_participants;
    QList<Turn> m_turns;
    QList<Request> m_requests;
    QueuePolicy m_policy = QueuePolicy::RequestOrder;
    int m_nextRequestId = 1;
    ChairState m_chairState = ChairState::Closed;
    int m_chairOpenings = 0;
    int m_pendingClaim = 0;
    FloorSettings m_settings;
    QList<int> m_rotation;
    QSet<int> m_skipped;
};

} // namespace core
