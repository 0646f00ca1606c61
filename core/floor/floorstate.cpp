// SPDX-License-Identifier: MIT
#include "core/floor/floorstate.h"

#include "core/base/eventcatalogue.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace core {
namespace {

template<typename Enum>
struct Key
{
    Enum value;
    const char16_t *key;
};

constexpr Key<Role> roleKeys[] = {
    {Role::Speaker, u"speaker"},
    {Role::Moderator, u"moderator"},
    {Role::OnlineModerator, u"online_moderator"},
    {Role::Rapporteur, u"rapporteur"},
    {Role::Audience, u"audience"},
};

constexpr Key<TurnKind> turnKindKeys[] = {
    {TurnKind::Speaker, u"speaker"},
    {TurnKind::Audience, u"audience"},
    {TurnKind::Chair, u"chair"},
    {TurnKind::Reply, u"reply"},
    {TurnKind::Moderation, u"moderation"},
};

constexpr Key<QueuePolicy> policyKeys[] = {
    {QueuePolicy::RequestOrder, u"request_order"},
    {QueuePolicy::FirstTimeFirst, u"first_time_first"},
    {QueuePolicy::AlternateChannels, u"alternate_channels"},
    {QueuePolicy::LeastSpokenGroups, u"least_spoken_groups"},
};

template<typename Enum, std::size_t N>
QString toKey(const Key<Enum> (&keys)[N], Enum value)
{
    for (const auto &entry : keys) {
        if (entry.value == value) {
            return QString::fromUtf16(entry.key);
        }
    }
    return {};
}

template<typename Enum, std::size_t N>
bool fromKey(const Key<Enum> (&keys)[N], const QString &key, Enum *value)
{
    for (const auto &entry : keys) {
        if (key == QStringView(entry.key)) {
            *value = entry.value;
            return true;
        }
    }
    return false;
}

} // namespace

QString roleKey(Role role)
{
    return toKey(roleKeys, role);
}

bool roleFromKey(const QString &key, Role *role)
{
    return fromKey(roleKeys, key, role);
}

QString turnKindKey(TurnKind kind)
{
    return toKey(turnKindKeys, kind);
}

bool turnKindFromKey(const QString &key, TurnKind *kind)
{
    return fromKey(turnKindKeys, key, kind);
}

bool isModerator(const Participant &participant)
{
    return participant.hasRole(Role::Moderator) || participant.hasRole(Role::OnlineModerator);
}

QString policyKey(QueuePolicy policy)
{
    return toKey(policyKeys, policy);
}

bool policyFromKey(const QString &key, QueuePolicy *policy)
{
    return fromKey(policyKeys, key, policy);
}

QString chairStateKey(ChairState state)
{
    switch (state) {
    case ChairState::Closed:
        return u"closed"_s;
    case ChairState::Open:
        return u"open"_s;
    case ChairState::Taken:
        return u"taken"_s;
    case ChairState::Reply:
        return u"reply"_s;
    }
    return {};
}

QString Participant::channelKey() const
{
    switch (channel) {
    case Channel::Onsite:
        return u"onsite"_s;
    case Channel::Online:
        return u"online"_s;
    case Channel::Hub:
        return u"hub:"_s + hub;
    }
    return {};
}

QJsonObject participantToJson(const Participant &participant)
{
    QJsonArray roles;
    for (Role role : participant.roles) {
        roles.append(roleKey(role));
    }
    QJsonObject json{{u"id"_s, participant.id},
                     {u"name"_s, participant.name},
                     {u"channel"_s, participant.channel == Channel::Hub ? u"hub"_s : participant.channelKey()},
                     {u"roles"_s, roles}};
    const std::pair<const char16_t *, const QString *> optional[] = {
        {u"organization", &participant.organization},
        {u"stakeholder_group", &participant.stakeholderGroup},
        {u"region", &participant.region},
        {u"gender", &participant.gender},
        {u"hub", &participant.hub},
    };
    for (const auto &[key, value] : optional) {
        if (!value->isEmpty()) {
            json.insert(QString::fromUtf16(key), *value);
        }
    }
    return json;
}

Result<Participant> participantFromJson(const QJsonObject &json)
{
    Participant participant;
    participant.id = json.value(u"id").toInt(0);
    participant.name = json.value(u"name").toString().simplified();
    if (participant.id <= 0 || participant.name.isEmpty()) {
        return Error{ErrorCode::InvalidArgument, FloorState::tr("a participant needs an id and a name")};
    }
    participant.organization = json.value(u"organization").toString().simplified();
    participant.stakeholderGroup = json.value(u"stakeholder_group").toString().simplified();
    participant.region = json.value(u"region").toString().simplified();
    participant.gender = json.value(u"gender").toString().simplified();
    participant.hub = json.value(u"hub").toString().simplified();
    const QString channel = json.value(u"channel").toString(u"onsite"_s);
    if (channel == u"onsite") {
        participant.channel = Channel::Onsite;
    } else if (channel == u"online") {
        participant.channel = Channel::Online;
    } else if (channel == u"hub" && !participant.hub.isEmpty()) {
        participant.channel = Channel::Hub;
    } else {
        return Error{ErrorCode::InvalidArgument, FloorState::tr("unknown channel \"%1\"").arg(channel)};
    }
    for (const auto &value : json.value(u"roles").toArray()) {
        Role role{};
        if (!roleFromKey(value.toString(), &role)) {
            return Error{ErrorCode::InvalidArgument, FloorState::tr("unknown role \"%1\"").arg(value.toString())};
        }
        if (!participant.roles.contains(role)) {
            participant.roles.append(role);
        }
    }
    if (participant.roles.isEmpty()) {
        participant.roles.append(Role::Audience);
    }
    return participant;
}

void FloorState::addPerson(const Person &person, Role role)
{
    if (person.isEmpty()) {
        return;
    }
    for (auto &existing : m_participants) {
        if (existing.name.compare(person.name, Qt::CaseInsensitive) == 0) {
            if (!existing.roles.contains(role)) {
                existing.roles.append(role);
            }
            return;
        }
    }
    Participant participant;
    participant.id = nextParticipantId();
    participant.name = person.name;
    participant.organization = person.organization;
    participant.stakeholderGroup = person.stakeholderGroup;
    participant.region = person.region;
    participant.roles = {role};
    m_participants.append(participant);
}

void FloorState::orderRotationByAgenda(const Agenda &agenda)
{
    // The rotation follows the speaker items of the agenda, then any speaker without an item.
    m_rotation.clear();
    for (int index : agenda.leafIndexes()) {
        const AgendaItem &item = agenda.item(index);
        if (item.kind == ItemKind::Speaker && !item.speaker.isEmpty()) {
            if (const Participant *p = participantByName(item.speaker);
                p && p->hasRole(Role::Speaker) && !m_rotation.contains(p->id)) {
                m_rotation.append(p->id);
            }
        }
    }
    for (const auto &participant : std::as_const(m_participants)) {
        if (participant.hasRole(Role::Speaker) && !m_rotation.contains(participant.id)) {
            m_rotation.append(participant.id);
        }
    }
    m_skipped.intersect(QSet<int>(m_rotation.begin(), m_rotation.end()));
}

void FloorState::initFromDefinition(const SessionDefinition &definition)
{
    m_participants.clear();
    m_skipped.clear();
    for (const auto &speaker : definition.speakers) {
        addPerson(speaker, Role::Speaker);
    }
    addPerson(definition.onsiteModerator, Role::Moderator);
    addPerson(definition.onlineModerator, Role::OnlineModerator);
    addPerson(definition.rapporteur, Role::Rapporteur);
    // An organizer who also speaks or moderates: the proposal names the organisation only once.
    for (const auto &organizer : definition.organizers) {
        for (auto &participant : m_participants) {
            if (participant.organization.isEmpty()
                && participant.name.compare(organizer.name, Qt::CaseInsensitive) == 0) {
                participant.organization = organizer.organization;
            }
        }
    }
    orderRotationByAgenda(definition.agenda);
}

bool FloorState::hasTakenPart(int participantId) const
{
    const bool spoke = std::any_of(
        m_turns.begin(), m_turns.end(), [&](const Turn &turn) { return turn.participantId == participantId; });
    const bool asked = std::any_of(m_requests.begin(), m_requests.end(), [&](const Request &request) {
        return request.participantId == participantId;
    });
    return spoke || asked || m_pendingClaim == participantId;
}

bool FloorState::handles(EventType type)
{
    return type >= EventType::ParticipantAdded && type <= EventType::SettingsChanged;
}

const Participant *FloorState::participant(int id) const
{
    for (const auto &participant : m_participants) {
        if (participant.id == id) {
            return &participant;
        }
    }
    return nullptr;
}

const Participant *FloorState::participantByName(const QString &name) const
{
    const QString wanted = name.simplified();
    for (const auto &participant : m_participants) {
        if (participant.name.compare(wanted, Qt::CaseInsensitive) == 0) {
            return &participant;
        }
    }
    return nullptr;
}

int FloorState::nextParticipantId() const
{
    int id = 0;
    for (const auto &participant : m_participants) {
        id = std::max(id, participant.id);
    }
    return id + 1;
}

const Turn *FloorState::currentTurn() const
{
    if (!m_turns.isEmpty() && m_turns.constLast().isOpen()) {
        return &m_turns.constLast();
    }
    return nullptr;
}

qint64 FloorState::speakingMs(int participantId, qint64 now) const
{
    qint64 total = 0;
    for (const auto &turn : m_turns) {
        if (turn.participantId == participantId) {
            total += turn.elapsedMs(now);
        }
    }
    return total;
}

int FloorState::turnCount(int participantId) const
{
    return int(std::count_if(
        m_turns.begin(), m_turns.end(), [&](const Turn &turn) { return turn.participantId == participantId; }));
}

QList<Request> FloorState::orderedQueue(qint64 now) const
{
    QList<Request> queue = m_requests;
    switch (m_policy) {
    case QueuePolicy::RequestOrder:
        break;
    case QueuePolicy::FirstTimeFirst:
        std::stable_partition(queue.begin(), queue.end(), [this](const Request &request) {
            return turnCount(request.participantId) == 0;
        });
        break;
    case QueuePolicy::AlternateChannels: {
        QList<Request> onsite;
        QList<Request> remote;
        for (const auto &request : std::as_const(queue)) {
            const Participant *p = participant(request.participantId);
            (p && p->isRemote() ? remote : onsite).append(request);
        }
        // Start with the side that did not speak last.
        bool remoteNext = !m_turns.isEmpty() && m_turns.constLast().channel == Channel::Onsite;
        queue.clear();
        while (!onsite.isEmpty() || !remote.isEmpty()) {
            QList<Request> &side = (remoteNext && !remote.isEmpty()) || onsite.isEmpty() ? remote : onsite;
            queue.append(side.takeFirst());
            remoteNext = &side == &onsite;
        }
        break;
    }
    case QueuePolicy::LeastSpokenGroups: {
        QHash<QString, qint64> byGroup;
        for (const auto &turn : m_turns) {
            if (turn.kind == TurnKind::Moderation) {
                continue; // the moderators' time is not their stakeholder group's
            }
            const Participant *p = participant(turn.participantId);
            byGroup[p ? p->stakeholderGroup : QString()] += turn.elapsedMs(now);
        }
        std::stable_sort(queue.begin(), queue.end(), [&](const Request &a, const Request &b) {
            const Participant *pa = participant(a.participantId);
            const Participant *pb = participant(b.participantId);
            return byGroup.value(pa ? pa->stakeholderGroup : QString())
                   < byGroup.value(pb ? pb->stakeholderGroup : QString());
        });
        break;
    }
    }
    return queue;
}

QList<int> FloorState::rotation() const
{
    QList<int> result;
    for (int id : m_rotation) {
        if (!m_skipped.contains(id)) {
            result.append(id);
        }
    }
    return result;
}

void FloorState::closeTurn(qint64 t)
{
    if (m_turns.isEmpty() || !m_turns.constLast().isOpen()) {
        return;
    }
    Turn &turn = m_turns.last();
    turn.accumulatedMs = turn.elapsedMs(t);
    turn.runningSinceMs = -1;
    turn.endedAtMs = t;
}

void FloorState::openTurn(const Turn &turn, bool clockRunning)
{
    Turn opened = turn;
    opened.runningSinceMs = clockRunning ? turn.startedAtMs : -1;
    m_turns.append(opened);
}

void FloorState::setClockRunning(qint64 t, bool running)
{
    if (m_turns.isEmpty() || !m_turns.constLast().isOpen()) {
        return;
    }
    Turn &turn = m_turns.last();
    if (running && turn.runningSinceMs < 0) {
        turn.runningSinceMs = t;
    } else if (!running && turn.runningSinceMs >= 0) {
        turn.accumulatedMs = turn.elapsedMs(t);
        turn.runningSinceMs = -1;
    }
}

void FloorState::endOpenTurn(qint64 t)
{
    closeTurn(t);
}

Result<void> FloorState::admitWalkIn(const std::optional<QJsonObject> &walkIn, int participantId)
{
    if (!walkIn) {
        return {};
    }
    auto parsed = participantFromJson(*walkIn);
    if (!parsed) {
        return parsed.error();
    }
    const Participant &p = parsed.value();
    if (p.id != participantId) {
        return Error{ErrorCode::InvalidArgument, tr("the walk-in is not the participant of the event")};
    }
    if (participant(p.id)) {
        return Error{ErrorCode::InvalidArgument, tr("participant %1 exists already").arg(p.id)};
    }
    if (participantByName(p.name)) {
        return Error{ErrorCode::InvalidArgument, tr("\"%1\" is already a participant").arg(p.name)};
    }
    if (p.hasRole(Role::Speaker)) {
        return Error{ErrorCode::InvalidArgument, tr("a walk-in is not an invited speaker")};
    }
    m_participants.append(p);
    return {};
}

Result<const Participant *> FloorState::participantOf(int id) const
{
    const Participant *p = participant(id);
    if (!p) {
        return Error{ErrorCode::InvalidArgument, tr("there is no such participant")};
    }
    return p;
}

Result<void> FloorState::apply(const Event &event, const FloorMoment &moment)
{
    // A walk-in is added by the event that concerns them (asking to speak, the floor, the chair): one
    // event for one action; their handlers admit it first. The state is a copy while an event is
    // checked, so a later refusal drops it. No other event brings one.
    if (event.data.contains(u"walk_in")) {
        const EventType type = event.type;
        if (type != EventType::FloorGiven && type != EventType::QueueRequested && type != EventType::ChairClaimed
            && type != EventType::ChairTaken) {
            return Error{ErrorCode::InvalidArgument, tr("this event cannot add a participant")};
        }
    }

    const qint64 t = event.sessionMs;
    switch (event.type) {
    case EventType::ParticipantAdded:
        return events::dispatch(this, &FloorState::applyParticipantAdded, event);
    case EventType::ParticipantUpdated:
        return events::dispatch(this, &FloorState::applyParticipantUpdated, event);
    case EventType::ParticipantRemoved:
        return events::dispatch(this, &FloorState::applyParticipantRemoved, event);
    case EventType::FloorGiven:
        return events::dispatch(this, &FloorState::applyFloorGiven, event, t, moment);
    case EventType::FloorEnded:
        return applyFloorEnded(event);
    case EventType::QueueRequested:
        return events::dispatch(this, &FloorState::applyQueueRequested, event, t);
    case EventType::QueueWithdrawn:
        return events::dispatch(this, &FloorState::applyQueueWithdrawn, event);
    case EventType::QueueReordered:
        return events::dispatch(this, &FloorState::applyQueueReordered, event);
    case EventType::QueuePolicyChanged:
        return events::dispatch(this, &FloorState::applyQueuePolicyChanged, event);
    case EventType::ChairOpened:
        return applyChairOpened();
    case EventType::ChairClaimed:
        return events::dispatch(this, &FloorState::applyChairClaimed, event);
    case EventType::ChairClaimDeclined:
        return applyChairClaimDeclined();
    case EventType::ChairTaken:
        return events::dispatch(this, &FloorState::applyChairTaken, event, t, moment);
    case EventType::ChairReply:
        return events::dispatch(this, &FloorState::applyChairReply, event, t, moment);
    case EventType::ChairClosed:
        return applyChairClosed(event);
    case EventType::RotationChanged:
        return events::dispatch(this, &FloorState::applyRotationChanged, event);
    case EventType::SettingsChanged:
        return events::dispatch(this, &FloorState::applySettingsChanged, event);
    default:
        return Error{ErrorCode::Corrupt, tr("unknown event \"%1\"").arg(EventCatalogue::name(event.type))};
    }
}

Result<void> FloorState::applyParticipantAdded(const events::ParticipantAdded &added)
{
    auto parsed = participantFromJson(added.participant);
    if (!parsed) {
        return parsed.error();
    }
    const Participant &p = parsed.value();
    const Participant *sameName = participantByName(p.name);
    const Participant *existing = participant(p.id);
    if (existing) {
        return Error{ErrorCode::InvalidArgument, tr("participant %1 exists already").arg(p.id)};
    }
    if (sameName) {
        return Error{ErrorCode::InvalidArgument, tr("\"%1\" is already a participant").arg(p.name)};
    }
    m_participants.append(p);
    if (p.hasRole(Role::Speaker)) {
        m_rotation.append(p.id);
    }
    return {};
}

Result<void> FloorState::applyParticipantUpdated(const events::ParticipantUpdated &updated)
{
    auto parsed = participantFromJson(updated.participant);
    if (!parsed) {
        return parsed.error();
    }
    const Participant &p = parsed.value();
    const Participant *sameName = participantByName(p.name);
    const Participant *existing = participant(p.id);
    if (!p.hasRole(Role::Speaker) && m_rotation.contains(p.id)) {
        if (const Turn *turn = currentTurn(); turn && turn->participantId == p.id) {
            return Error{ErrorCode::InvalidState,
                         tr("\"%1\" holds the floor; end the turn before changing the roles").arg(p.name)};
        }
        m_rotation.removeAll(p.id);
        m_skipped.remove(p.id);
    } else if (p.hasRole(Role::Speaker) && !m_rotation.contains(p.id)) {
        m_rotation.append(p.id);
    }
    if (!existing) {
        return Error{ErrorCode::InvalidArgument, tr("there is no such participant")};
    }
    if (sameName && sameName->id != p.id) {
        return Error{ErrorCode::InvalidArgument, tr("\"%1\" is already a participant").arg(p.name)};
    }
    for (auto &participant : m_participants) {
        if (participant.id == p.id) {
            participant = p;
        }
    }
    return {};
}

Result<void> FloorState::applyParticipantRemoved(const events::ParticipantRemoved &removed)
{
    const int id = removed.id;
    const Participant *existing = participant(id);
    if (!existing) {
        return Error{ErrorCode::InvalidArgument, tr("there is no such participant")};
    }
    if (hasTakenPart(id)) {
        return Error{ErrorCode::InvalidState,
                     tr("\"%1\" has taken part in the session and stays in its record").arg(existing->name)};
    }
    m_participants.removeIf([id](const Participant &p) { return p.id == id; });
    m_rotation.removeAll(id);
    m_skipped.remove(id);
    return {};
}

Result<void> FloorState::applyFloorGiven(const events::FloorGiven &given, qint64 t, const FloorMoment &moment)
{
    if (auto ok = admitWalkIn(given.walkIn, given.participant); !ok) {
        return ok;
    }
    auto p = participantOf(given.participant);
    if (!p) {
        return p.error();
    }
    TurnKind kind{};
    if (!turnKindFromKey(given.kind, &kind) || (kind != TurnKind::Speaker && kind != TurnKind::Audience)) {
        return Error{ErrorCode::InvalidArgument, tr("a turn at the floor is a speaker's or the audience's")};
    }
    qint64 limit = given.limitMs;
    if (limit < 10'000) {
        return Error{ErrorCode::InvalidArgument, tr("a turn needs a time limit of at least 10 seconds")};
    }
    // What the turn is follows from who speaks when (the event says only speaker or audience), so
    // files written before these kinds were told apart read the same way.
    const bool presentation = kind == TurnKind::Speaker && moment.itemKind == ItemKind::Speaker;
    if (!presentation && isModerator(*p.value())) {
        kind = TurnKind::Moderation;
        if (moment.itemId > 0) {
            limit = moment.itemRemainingMs; // the moderator speaks on the item's own time
        }
    } else if (kind == TurnKind::Speaker && moment.itemKind == ItemKind::AudienceInput) {
        kind = TurnKind::Reply; // answering the audience, not presenting
        limit = std::min(limit, m_settings.audienceLimitMs);
    }
    qsizetype requestIndex = -1;
    if (given.request) {
        const int requestId = *given.request;
        for (qsizetype i = 0; i < m_requests.size(); ++i) {
            if (m_requests.at(i).id == requestId && m_requests.at(i).participantId == p.value()->id) {
                requestIndex = i;
            }
        }
        if (requestIndex < 0) {
            return Error{ErrorCode::InvalidArgument, tr("there is no such request to speak")};
        }
    }
    if (requestIndex >= 0) {
        m_requests.removeAt(requestIndex);
    }
    closeTurn(t);
    Turn turn;
    turn.participantId = p.value()->id;
    turn.kind = kind;
    turn.channel = p.value()->channel;
    turn.hub = p.value()->hub;
    turn.itemId = moment.itemId;
    turn.startedAtMs = t;
    turn.limitMs = limit;
    if (given.group) {
        if (*given.group <= 0) {
            return Error{ErrorCode::InvalidArgument, tr("a report-back names no break-out group")};
        }
        turn.group = *given.group;
    }
    openTurn(turn, moment.clockRunning);
    return {};
}

Result<void> FloorState::applyFloorEnded(const Event &event)
{
    if (!currentTurn()) {
        return Error{ErrorCode::InvalidState, tr("nobody holds the floor")};
    }
    closeTurn(event.sessionMs);
    return {};
}

Result<void> FloorState::applyQueueRequested(const events::QueueRequested &requested, qint64 t)
{
    if (auto ok = admitWalkIn(requested.walkIn, requested.participant); !ok) {
        return ok;
    }
    auto p = participantOf(requested.participant);
    if (!p) {
        return p.error();
    }
    if (requested.request != m_nextRequestId) {
        return Error{ErrorCode::Corrupt, tr("requests to speak are out of order")};
    }
    for (const auto &request : std::as_const(m_requests)) {
        if (request.participantId == p.value()->id) {
            return Error{ErrorCode::InvalidState, tr("%1 is already waiting to speak").arg(p.value()->name)};
        }
    }
    m_requests.append({m_nextRequestId++, p.value()->id, t});
    return {};
}

Result<void> FloorState::applyQueueWithdrawn(const events::QueueWithdrawn &withdrawn)
{
    const int id = withdrawn.request;
    const auto before = m_requests.size();
    m_requests.removeIf([id](const Request &request) { return request.id == id; });
    if (m_requests.size() == before) {
        return Error{ErrorCode::InvalidArgument, tr("there is no such request to speak")};
    }
    return {};
}

Result<void> FloorState::applyQueueReordered(const events::QueueReordered &reordering)
{
    QList<Request> reordered;
    for (const int id : reordering.order) {
        auto found = std::find_if(m_requests.begin(), m_requests.end(), [id](const Request &r) { return r.id == id; });
        if (found == m_requests.end()
            || std::any_of(reordered.begin(), reordered.end(), [id](const Request &r) { return r.id == id; })) {
            return Error{ErrorCode::InvalidArgument, tr("the new order does not match the queue")};
        }
        reordered.append(*found);
    }
    if (reordered.size() != m_requests.size()) {
        return Error{ErrorCode::InvalidArgument, tr("the new order does not match the queue")};
    }
    m_requests = reordered;
    m_policy = QueuePolicy::RequestOrder; // the moderator's own order wins
    return {};
}

Result<void> FloorState::applyQueuePolicyChanged(const events::QueuePolicyChanged &changed)
{
    QueuePolicy policy{};
    if (!policyFromKey(changed.policy, &policy)) {
        return Error{ErrorCode::InvalidArgument, tr("unknown queue order \"%1\"").arg(changed.policy)};
    }
    m_policy = policy;
    return {};
}

Result<void> FloorState::applyChairOpened()
{
    if (m_chairState != ChairState::Closed) {
        return Error{ErrorCode::InvalidState, tr("the empty chair is already open")};
    }
    m_chairState = ChairState::Open;
    ++m_chairOpenings;
    return {};
}

Result<void> FloorState::admitPhone(const events::PhoneJoined &joined)
{
    if (joined.walkIn.isEmpty()) {
        return Error{ErrorCode::Corrupt, tr("a phone joined without its participant")};
    }
    return admitWalkIn(joined.walkIn, joined.participant);
}

Result<void> FloorState::applyChairClaimed(const events::ChairClaimed &claimed)
{
    if (auto ok = admitWalkIn(claimed.walkIn, claimed.participant); !ok) {
        return ok;
    }
    auto p = participantOf(claimed.participant);
    if (!p) {
        return p.error();
    }
    if (!p.value()->isRemote() && !claimed.device) {
        return Error{ErrorCode::InvalidArgument,
                     tr("%1 is in the room: only remote participants claim the chair through the online moderator")
                         .arg(p.value()->name)};
    }
    if (m_pendingClaim != 0) {
        return Error{ErrorCode::InvalidState, tr("a claim on the empty chair is already waiting")};
    }
    m_pendingClaim = p.value()->id;
    return {};
}

Result<void> FloorState::applyChairClaimDeclined()
{
    if (m_pendingClaim == 0) {
        return Error{ErrorCode::InvalidState, tr("no claim on the empty chair is waiting")};
    }
    m_pendingClaim = 0;
    return {};
}

Result<void> FloorState::applyChairTaken(const events::ChairTaken &taken, qint64 t, const FloorMoment &moment)
{
    if (auto ok = admitWalkIn(taken.walkIn, taken.participant); !ok) {
        return ok;
    }
    auto p = participantOf(taken.participant);
    if (!p) {
        return p.error();
    }
    const bool claimed = m_pendingClaim == p.value()->id;
    if (m_chairState != ChairState::Open && !(claimed && m_chairState == ChairState::Closed)) {
        return Error{ErrorCode::InvalidState,
                     m_chairState == ChairState::Closed ? tr("the empty chair is not open")
                                                        : tr("someone already sits in the empty chair")};
    }
    if (m_chairState == ChairState::Closed) {
        ++m_chairOpenings; // accepting a remote claim opens the chair
    }
    if (claimed) {
        m_pendingClaim = 0;
    }
    closeTurn(t);
    Turn turn;
    turn.participantId = p.value()->id;
    turn.kind = TurnKind::Chair;
    turn.channel = p.value()->channel;
    turn.hub = p.value()->hub;
    turn.itemId = moment.itemId;
    turn.startedAtMs = t;
    turn.limitMs = m_settings.chairLimitMs;
    turn.viaOnlineModerator = taken.viaOnlineModerator.value_or(p.value()->isRemote());
    turn.atChair = true;
    openTurn(turn, moment.clockRunning);
    m_chairState = ChairState::Taken;
    return {};
}

Result<void> FloorState::applyChairReply(const events::ChairReply &reply, qint64 t, const FloorMoment &moment)
{
    auto p = participantOf(reply.participant);
    if (!p) {
        return p.error();
    }
    if (m_chairState != ChairState::Taken) {
        return Error{ErrorCode::InvalidState, tr("nobody sits in the empty chair")};
    }
    if (!p.value()->hasRole(Role::Speaker)) {
        return Error{ErrorCode::InvalidArgument, tr("%1 is not an invited speaker").arg(p.value()->name)};
    }
    closeTurn(t);
    Turn turn;
    turn.participantId = p.value()->id;
    turn.kind = TurnKind::Reply;
    turn.atChair = true;
    turn.channel = p.value()->channel;
    turn.hub = p.value()->hub;
    turn.itemId = moment.itemId;
    turn.startedAtMs = t;
    turn.limitMs = m_settings.audienceLimitMs;
    openTurn(turn, moment.clockRunning);
    m_chairState = ChairState::Reply;
    return {};
}

Result<void> FloorState::applyChairClosed(const Event &event)
{
    if (m_chairState == ChairState::Closed) {
        return Error{ErrorCode::InvalidState, tr("the empty chair is not open")};
    }
    if (const Turn *turn = currentTurn(); turn && turn->atChair) {
        closeTurn(event.sessionMs);
    }
    m_chairState = ChairState::Closed;
    return {};
}

Result<void> FloorState::applyRotationChanged(const events::RotationChanged &changed)
{
    const QList<int> &order = changed.order;
    const QSet<int> skipped(changed.skipped.begin(), changed.skipped.end());
    QList<int> sortedOld = m_rotation;
    QList<int> sortedNew = order;
    std::sort(sortedOld.begin(), sortedOld.end());
    std::sort(sortedNew.begin(), sortedNew.end());
    if (!std::equal(sortedOld.begin(), sortedOld.end(), sortedNew.begin(), sortedNew.end())) {
        return Error{ErrorCode::InvalidArgument, tr("the speaking order must list every invited speaker once")};
    }
    for (int id : skipped) {
        if (!m_rotation.contains(id)) {
            return Error{ErrorCode::InvalidArgument, tr("only invited speakers can be skipped")};
        }
    }
    m_rotation = order;
    m_skipped = skipped;
    return {};
}

Result<void> FloorState::applySettingsChanged(const events::SettingsChanged &changed)
{
    FloorSettings settings = m_settings;
    settings.audienceLimitMs = changed.audienceLimitMs.value_or(settings.audienceLimitMs);
    settings.chairLimitMs = changed.chairLimitMs.value_or(settings.chairLimitMs);
    settings.warningMs = changed.warningMs.value_or(settings.warningMs);
    settings.chime = changed.chime.value_or(settings.chime);
    if (settings.audienceLimitMs < 10'000 || settings.chairLimitMs < 10'000) {
        return Error{ErrorCode::InvalidArgument, tr("a turn needs a time limit of at least 10 seconds")};
    }
    if (settings.audienceLimitMs > 3'600'000 || settings.chairLimitMs > 3'600'000) {
        return Error{ErrorCode::InvalidArgument, tr("a turn's time limit can be at most one hour")};
    }
    if (settings.warningMs < -1 || settings.warningMs > 30 * 60'000) {
        return Error{ErrorCode::InvalidArgument, tr("the warning time must be between 0 and 30 minutes")};
    }
    m_settings = settings;
    return {};
}

} // namespace core
