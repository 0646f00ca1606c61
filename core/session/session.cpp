// SPDX-License-Identifier: MIT
#include "core/session/session.h"

#include "core/base/eventcatalogue.h"
#include "core/base/plaintext.h"
#include "core/rapporteur/subtitles.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QMimeDatabase>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace core {

Session::Session(std::unique_ptr<EventStore> store, const Clock &clock)
    : m_store(std::move(store))
    , m_clock(clock)
{
    m_baseMonotonicMs = m_clock.monotonicMs();
}

Session::~Session() = default;

Result<std::unique_ptr<Session>>
Session::create(const QString &path, const SessionDefinition &definition, const Clock &clock)
{
    auto store = SessionStore::create(path);
    if (!store) {
        return store.error();
    }
    return create(std::move(store).value(), definition, clock);
}

Result<std::unique_ptr<Session>>
Session::create(std::unique_ptr<EventStore> store, const SessionDefinition &definition, const Clock &clock)
{
    if (auto events = store->readAll(); !events || !events.value().isEmpty()) {
        return events ? Error{ErrorCode::InvalidState, tr("the store holds a session already")} : events.error();
    }
    std::unique_ptr<Session> session(new Session(std::move(store), clock));
    events::SessionDefined defined{definition.toJson(), std::nullopt};
    if (const int breakOuts = definition.agenda.breakOutCount(); breakOuts > 0) {
        defined.breakOuts = breakOuts; // groups need vocabulary 6: the file says so
    }
    if (auto ok = session->record(defined); !ok) {
        return ok.error();
    }
    return session;
}

Result<std::unique_ptr<Session>> Session::open(const QString &path, const Clock &clock, SessionStore::Mode mode)
{
    // Check first, write after: the log is read through a read-only connection and folded; only a file
    // that passes every check is switched to writing (WAL, migration, the search index).
    auto store = SessionStore::openChecked(path, mode);
    if (!store) {
        return store.error();
    }
    if (mode == SessionStore::Mode::ReadWrite) {
        if (auto origin = store.value()->value(QString::fromUtf16(ReplicaKey)); origin && !origin.value().isEmpty()) {
            return Error{ErrorCode::ReadOnlyFile,
                         tr("%1 is a joined device's copy of a session shared by %2: it opens read-only; save a copy "
                            "to continue in it")
                             .arg(QFileInfo(path).fileName(), origin.value())};
        }
    }
    return open(std::move(store).value(), clock, mode == SessionStore::Mode::ReadWrite);
}

QString Session::replicaOrigin() const
{
    auto origin = m_store->value(QString::fromUtf16(ReplicaKey));
    return origin ? origin.value() : QString();
}

Result<std::unique_ptr<Session>> Session::open(std::unique_ptr<EventStore> store, const Clock &clock, bool write)
{
    auto events = store->readAll();
    if (!events) {
        return events.error();
    }
    std::unique_ptr<Session> session(new Session(std::move(store), clock));
    for (const Event &event : events.value()) {
        if (auto ok = session->m_state.apply(event); !ok) {
            return Error{ErrorCode::Corrupt, u"%1 (event %2)"_s.arg(ok.error().detail).arg(event.seq)};
        }
    }
    if (!session->m_state.isDefined()) {
        return Error{ErrorCode::Corrupt, tr("the session file holds no session")};
    }
    session->m_events = std::move(events).value();
    // Continue the session's time axis: the time the file was closed counts as time that passed.
    const SessionState &state = session->m_state;
    session->m_baseSessionMs = state.lastEventMs() + std::max<qint64>(0, clock.wallMs() - state.lastEventWallMs());
    session->m_lastPhase = session->currentPhase();
    session->m_lastTurnPhase = session->m_state.turnPhase(session->now());
    if (write) {
        if (auto ok = session->m_store->beginWriting(); !ok) {
            return ok.error();
        }
    }
    // The search index is derived from the log: rebuild it, so a crash between the two never leaves it stale.
    // A store without a file holds its index only in memory, so it needs one even to read.
    if (write || session->m_store->path().isEmpty()) {
        if (auto ok = session->rebuildNoteIndex(); !ok) {
            return ok.error();
        }
    }
    return session;
}

qint64 Session::now() const
{
    return m_baseSessionMs + (m_clock.monotonicMs() - m_baseMonotonicMs);
}

qint64 Session::wallMsAt(qint64 sessionMs) const
{
    return m_clock.wallMs() + (sessionMs - now());
}

Result<void> Session::record(EventType type, const QJsonObject &data, const QByteArray *media)
{
    if (!m_store->isWritable()) {
        return Error{ErrorCode::InvalidState, tr("the session is open read-only; save a copy to continue in it")};
    }
    if (m_replica) {
        return Error{ErrorCode::InvalidState, tr("this is a copy of a shared session: it changes only from the host")};
    }
    Event event;
    event.sessionMs = now();
    event.wallMs = m_clock.wallMs();
    event.type = type;
    event.data = data;
    event.seq = m_events.isEmpty() ? 1 : m_events.constLast().seq + 1;
    return commit(std::move(event), media);
}

Result<std::unique_ptr<Session>> Session::replica(std::unique_ptr<EventStore> store, const Clock &clock)
{
    auto session = open(std::move(store), clock, true);
    if (session) {
        session.value()->m_replica = true;
    }
    return session;
}

Result<void> Session::receive(const Event &event)
{
    if (!m_replica) {
        return Error{ErrorCode::InvalidState, tr("only a copy of a shared session takes events from a host")};
    }
    const qint64 expected = m_events.isEmpty() ? 1 : m_events.constLast().seq + 1;
    if (event.seq != expected) {
        return Error{ErrorCode::Corrupt, tr("event %1 came where event %2 was due").arg(event.seq).arg(expected)};
    }
    return commit(event, nullptr);
}

void Session::followHost(qint64 hostSessionMs, qint64 atMonotonicMs)
{
    m_baseSessionMs = hostSessionMs;
    m_baseMonotonicMs = atMonotonicMs;
}

Result<void> Session::commit(Event event, const QByteArray *media)
{
    SessionState next = m_state;
    if (auto ok = next.apply(event); !ok) {
        return ok;
    }
    Result<qint64> seq = 0;
    if (media) {
        // Only media.added carries bytes: the file keeps them under the media's id.
        auto added = events::read<events::MediaAdded>(event);
        if (!added) {
            return added.error();
        }
        seq = m_store->appendWithMedia(event, added.value().id, *media);
    } else if (!m_keepWithEvent.isEmpty()) {
        seq = m_store->appendKeeping(event, std::exchange(m_keepWithEvent, {}));
    } else {
        seq = m_store->append(event);
    }
    if (!seq) {
        return seq.error();
    }
    event.seq = seq.value();
    if (NoteState::handles(event.type)) {
        m_state = next; // the index reads the notes as they are now
        if (auto ok = updateNoteIndex(event); !ok) {
            qWarning("moderato: the notes' search index could not be updated: %s", qPrintable(ok.error().detail));
        }
    }
    const int previousItem = m_state.currentItemId();
    const bool planChange = event.type == EventType::AgendaExtended || event.type == EventType::AgendaRebalanced
                            || event.type == EventType::AgendaEdited;
    m_state = std::move(next);
    m_events.append(event);
    emit eventRecorded(event);
    m_lastPhase = currentPhase();
    m_lastTurnPhase = m_state.turnPhase(now());
    if (event.type == EventType::AgendaEdited) {
        emit agendaReplaced();
    }
    if (planChange) {
        emit planChanged();
    }
    if (previousItem != m_state.currentItemId()) {
        emit currentItemChanged(m_state.currentItemId());
    }
    Areas areas = EventCatalogue::areas(event.type);
    if (event.data.contains(u"walk_in")) {
        areas |= Area::People; // someone added by the same event
    }
    emit changed(areas);
    emit stateChanged();
    return {};
}

Phase Session::currentPhase() const
{
    const int index = m_state.currentIndex();
    return index < 0 ? Phase::Normal : m_state.phase(index, now());
}

Result<void> Session::start()
{
    return record(events::ClockStarted{});
}

Result<void> Session::pause()
{
    return record(events::ClockPaused{});
}

Result<void> Session::resume()
{
    return record(events::ClockResumed{});
}

Result<void> Session::toggle()
{
    switch (m_state.runState()) {
    case RunState::NotStarted:
        return start();
    case RunState::Running:
        return pause();
    case RunState::Paused:
        return resume();
    case RunState::Ended:
        break;
    }
    return Error{ErrorCode::InvalidState, tr("the session has ended")};
}

Result<void> Session::next()
{
    const auto leaves = m_state.agenda().leafIndexes();
    const qsizetype at = leaves.indexOf(m_state.currentIndex());
    if (at < 0 || at + 1 >= leaves.size()) {
        return Error{ErrorCode::InvalidState, tr("this is the last agenda item")};
    }
    return record(events::AgendaEntered{m_state.agenda().item(leaves.at(at + 1)).id});
}

Result<void> Session::previous()
{
    const auto leaves = m_state.agenda().leafIndexes();
    const qsizetype at = leaves.indexOf(m_state.currentIndex());
    if (at <= 0) {
        return Error{ErrorCode::InvalidState, tr("this is the first agenda item")};
    }
    return record(events::AgendaEntered{m_state.agenda().item(leaves.at(at - 1)).id});
}

Result<void> Session::enterItem(int itemId)
{
    const int index = m_state.agenda().indexOf(itemId);
    if (index < 0) {
        return Error{ErrorCode::InvalidArgument, tr("there is no such agenda item")};
    }
    const int leaf = m_state.agenda().leafIndexesUnder(index).constFirst();
    return record(events::AgendaEntered{m_state.agenda().item(leaf).id});
}

Result<void> Session::gotoTopLevel(int position)
{
    const auto top = m_state.agenda().childIndexes(-1);
    if (position < 0 || position >= top.size()) {
        return Error{ErrorCode::InvalidArgument,
                     tr("the agenda has items 1 to %1, not %2").arg(top.size()).arg(position + 1)};
    }
    return enterItem(m_state.agenda().item(top.at(position)).id);
}

Result<void> Session::extendCurrent(qint64 deltaMs)
{
    return record(events::AgendaExtended{m_state.currentItemId(), deltaMs});
}

Result<void> Session::acceptRebalance(const RebalancePlan &plan)
{
    events::AgendaRebalanced rebalanced;
    for (const auto &change : plan.changes) {
        rebalanced.plan.append({change.itemId, change.toMs});
    }
    return record(rebalanced);
}

Result<void> Session::declineRebalance(qint64 overrunMs)
{
    return record(events::RebalanceDeclined{std::max<qint64>(0, overrunMs)});
}

Result<void> Session::end()
{
    return record(events::SessionEnded{});
}

void Session::tick()
{
    const Phase phase = currentPhase();
    if (phase != m_lastPhase && m_state.runState() == RunState::Running) {
        m_lastPhase = phase;
        emit phaseChanged(m_state.currentItemId(), phase);
    }
    const Phase turnPhase = m_state.turnPhase(now());
    if (turnPhase != m_lastTurnPhase && m_state.runState() == RunState::Running) {
        m_lastTurnPhase = turnPhase;
        emit turnPhaseChanged(turnPhase);
    }
    emit ticked();
}

} // namespace core

namespace core {

Result<int> Session::addParticipant(Participant participant)
{
    participant.id = m_state.floor().nextParticipantId();
    if (participant.roles.isEmpty()) {
        participant.roles = {Role::Audience};
    }
    if (auto ok = record(events::ParticipantAdded{participantToJson(participant)}); !ok) {
        return ok.error();
    }
    return participant.id;
}

Result<void> Session::updateParticipant(const Participant &participant)
{
    return record(events::ParticipantUpdated{participantToJson(participant)});
}

Result<int> Session::findOrAddParticipant(const QString &name,
                                          Channel channel,
                                          const QString &stakeholderGroup,
                                          const QString &region)
{
    if (const Participant *existing = m_state.floor().participantByName(name)) {
        return existing->id;
    }
    Participant walkIn;
    walkIn.name = name.simplified();
    walkIn.channel = channel;
    walkIn.stakeholderGroup = stakeholderGroup.simplified();
    walkIn.region = region.simplified();
    return addParticipant(walkIn);
}

Result<std::pair<int, QJsonObject>> Session::resolve(const Who &who) const
{
    const FloorState &floor = m_state.floor();
    if (who.participant > 0) {
        if (!floor.participant(who.participant)) {
            return Error{ErrorCode::InvalidArgument, tr("there is no such participant")};
        }
        return std::pair{who.participant, QJsonObject()};
    }
    const QString name = who.name.simplified();
    if (name.isEmpty()) {
        return Error{ErrorCode::InvalidArgument, tr("there is no such participant")};
    }
    if (const Participant *existing = floor.participantByName(name)) {
        return std::pair{existing->id, QJsonObject()};
    }
    Participant walkIn;
    walkIn.id = floor.nextParticipantId();
    walkIn.name = name;
    walkIn.channel = who.channel == u"online" ? Channel::Online
                     : who.channel == u"hub"  ? Channel::Hub
                                              : Channel::Onsite;
    walkIn.stakeholderGroup = who.group.simplified();
    walkIn.region = who.region.simplified();
    walkIn.gender = who.gender.simplified();
    walkIn.hub = who.hub.simplified();
    walkIn.roles = {Role::Audience};
    return std::pair{walkIn.id, participantToJson(walkIn)};
}

std::pair<bool, qint64> Session::turnFor(int participantId) const
{
    // An invited speaker gets their agenda slot during their own item; the onsite or online moderator
    // the item's remaining time (FloorState makes their turn a moderation turn); anyone else, and a
    // speaker answering in an audience-input item, the audience limit.
    const Participant *participant = m_state.floor().participant(participantId);
    const bool speaker = participant && participant->hasRole(Role::Speaker);
    qint64 limit = m_state.floor().settings().audienceLimitMs;
    const int current = m_state.currentIndex();
    const bool speakerItem = current >= 0 && m_state.agenda().item(current).kind == ItemKind::Speaker;
    if (speaker && speakerItem) {
        limit = m_state.agenda().plannedMs(current);
    } else if (participant && isModerator(*participant) && current >= 0) {
        // The event needs a limit of at least 10 seconds; the floor uses the item's own, even in overtime.
        limit = std::max<qint64>(10'000, m_state.remainingMs(current, now()));
    }
    return {speaker, limit};
}

Result<void> Session::giveFloor(int participantId)
{
    auto given = giveFloor(Who{participantId, {}, {}, {}, {}, {}, {}});
    if (!given) {
        return given.error();
    }
    return {};
}

Result<int> Session::giveFloor(const Who &who)
{
    auto resolved = resolve(who);
    if (!resolved) {
        return resolved.error();
    }
    const auto &[id, walkIn] = resolved.value();
    const auto [speaker, limit] = turnFor(id);
    events::FloorGiven given;
    given.participant = id;
    given.kind = turnKindKey(speaker ? TurnKind::Speaker : TurnKind::Audience);
    given.limitMs = limit;
    if (!walkIn.isEmpty()) {
        given.walkIn = walkIn;
    }
    if (auto ok = record(given); !ok) {
        return ok.error();
    }
    return id;
}

Result<void> Session::giveFloorToRequest(int requestId)
{
    if (requestId == 0) {
        return giveFloorFromQueue();
    }
    const QList<Request> queue = m_state.floor().orderedQueue(now());
    const auto it = std::find_if(queue.begin(), queue.end(), [&](const Request &r) { return r.id == requestId; });
    if (it == queue.end()) {
        return Error{ErrorCode::InvalidArgument, tr("there is no such request to speak")};
    }
    const auto [speaker, limit] = turnFor(it->participantId);
    events::FloorGiven given;
    given.participant = it->participantId;
    given.request = requestId;
    given.kind = turnKindKey(speaker ? TurnKind::Speaker : TurnKind::Audience);
    given.limitMs = limit;
    return record(given);
}

Result<void> Session::giveFloorFromQueue()
{
    const QList<Request> queue = m_state.floor().orderedQueue(now());
    if (queue.isEmpty()) {
        return Error{ErrorCode::InvalidState, tr("nobody is waiting to speak")};
    }
    const Request &head = queue.constFirst();
    const Participant *participant = m_state.floor().participant(head.participantId);
    const bool speaker = participant && participant->hasRole(Role::Speaker);
    events::FloorGiven given;
    given.participant = head.participantId;
    given.request = head.id;
    given.kind = turnKindKey(speaker ? TurnKind::Speaker : TurnKind::Audience);
    given.limitMs = m_state.floor().settings().audienceLimitMs;
    return record(given);
}

Result<void> Session::endTurn()
{
    return record(events::FloorEnded{});
}

Result<void> Session::requestToSpeak(int participantId)
{
    return record(events::QueueRequested{participantId, m_state.floor().nextRequestId(), std::nullopt, std::nullopt});
}

Result<int> Session::requestToSpeak(const Who &who, const QString &device)
{
    if (!device.isEmpty()) {
        auto phone = activePhone(device);
        if (!phone) {
            return phone.error();
        }
        if (who.participant != phone.value()->participant) {
            return Error{ErrorCode::InvalidArgument, tr("a phone asks only for its own participant")};
        }
    }
    auto resolved = resolve(who);
    if (!resolved) {
        return resolved.error();
    }
    const auto &[id, walkIn] = resolved.value();
    const int request = m_state.floor().nextRequestId();
    events::QueueRequested requested{id, request, std::nullopt, std::nullopt};
    if (!walkIn.isEmpty()) {
        requested.walkIn = walkIn;
    }
    if (!device.isEmpty()) {
        requested.device = device;
    }
    if (auto ok = record(requested); !ok) {
        return ok.error();
    }
    return request;
}

Result<void> Session::withdrawRequest(int requestId)
{
    return record(events::QueueWithdrawn{requestId});
}

Result<void> Session::reorderQueue(const QList<int> &requestIds)
{
    return record(events::QueueReordered{requestIds});
}

Result<void> Session::setQueuePolicy(QueuePolicy policy)
{
    return record(events::QueuePolicyChanged{policyKey(policy)});
}

Result<void> Session::openChair()
{
    return record(events::ChairOpened{});
}

Result<void> Session::claimChair(int remoteParticipantId)
{
    return record(events::ChairClaimed{remoteParticipantId, std::nullopt, std::nullopt});
}

Result<int> Session::claimChair(Who who, const QString &device)
{
    if (!device.isEmpty()) {
        auto phone = activePhone(device);
        if (!phone) {
            return phone.error();
        }
        if (who.participant != phone.value()->participant) {
            return Error{ErrorCode::InvalidArgument, tr("a phone asks only for its own participant")};
        }
        if (m_state.floor().chairState() != ChairState::Open) {
            return Error{ErrorCode::InvalidState, tr("the empty chair is not open")};
        }
    }
    if (who.channel.isEmpty()) {
        who.channel = u"online"_s; // the online moderator claims for someone who is not in the room
    }
    auto resolved = resolve(who);
    if (!resolved) {
        return resolved.error();
    }
    const auto &[id, walkIn] = resolved.value();
    events::ChairClaimed claimed{id, std::nullopt, std::nullopt};
    if (!walkIn.isEmpty()) {
        claimed.walkIn = walkIn;
    }
    if (!device.isEmpty()) {
        claimed.device = device;
    }
    if (auto ok = record(claimed); !ok) {
        return ok.error();
    }
    return id;
}

Result<void> Session::declineChairClaim()
{
    return record(events::ChairClaimDeclined{});
}

Result<int> Session::takeChair(const Who &who)
{
    auto resolved = resolve(who);
    if (!resolved) {
        return resolved.error();
    }
    const auto &[id, walkIn] = resolved.value();
    const Participant *participant = m_state.floor().participant(id);
    const bool remote = participant ? participant->isRemote() : (who.channel == u"online" || who.channel == u"hub");
    events::ChairTaken taken{id, remote, std::nullopt};
    if (!walkIn.isEmpty()) {
        taken.walkIn = walkIn;
    }
    if (auto ok = record(taken); !ok) {
        return ok.error();
    }
    return id;
}

Result<void> Session::takeChair(int participantId)
{
    const Participant *participant = m_state.floor().participant(participantId);
    return record(events::ChairTaken{participantId, participant && participant->isRemote(), std::nullopt});
}

Result<void> Session::replyFromChair(int speakerId)
{
    return record(events::ChairReply{speakerId});
}

Result<void> Session::closeChair()
{
    return record(events::ChairClosed{});
}

Result<void> Session::setRotation(const QList<int> &order, const QSet<int> &skipped)
{
    QList<int> sortedSkipped(skipped.begin(), skipped.end());
    std::sort(sortedSkipped.begin(), sortedSkipped.end());
    return record(events::RotationChanged{order, sortedSkipped});
}

Result<void> Session::setTurnLimits(qint64 audienceLimitMs, qint64 chairLimitMs)
{
    events::SettingsChanged changed;
    changed.audienceLimitMs = audienceLimitMs;
    changed.chairLimitMs = chairLimitMs;
    return record(changed);
}

Result<void> Session::setSettings(const FloorSettings &settings)
{
    return record(
        events::SettingsChanged{settings.audienceLimitMs, settings.chairLimitMs, settings.warningMs, settings.chime});
}

Result<void> Session::restoreParticipant(const Participant &participant)
{
    return record(events::ParticipantAdded{participantToJson(participant)});
}

Result<void> Session::removeParticipant(int participantId)
{
    return record(events::ParticipantRemoved{participantId});
}

Result<void> Session::editAgenda(const Agenda &agenda)
{
    events::AgendaEdited edited{agenda.toJson(), std::nullopt};
    if (const int breakOuts = agenda.breakOutCount(); breakOuts > 0) {
        edited.breakOuts = breakOuts; // groups need vocabulary 6: the file says so
    }
    return record(edited);
}

Result<void> Session::setBreakOut(int itemId, const BreakOut &breakOut)
{
    Agenda agenda = m_state.agenda();
    if (auto ok = agenda.setBreakOut(itemId, breakOut); !ok) {
        return ok;
    }
    return editAgenda(agenda);
}

QList<BreakOutPerson> Session::breakOutPeople(int itemId) const
{
    QSet<int> leaders;
    if (const int index = m_state.agenda().indexOf(itemId); index >= 0) {
        for (const auto &group : m_state.agenda().item(index).breakOut.groups) {
            leaders << group.facilitator << group.rapporteur;
        }
    }
    QList<BreakOutPerson> people;
    for (const Participant &p : m_state.floor().participants()) {
        const bool team = isModerator(p) || p.hasRole(Role::Rapporteur);
        if (!team || leaders.contains(p.id)) {
            people.append({p.id, p.isRemote(), p.stakeholderGroup, p.region, p.gender});
        }
    }
    return people;
}

Result<BreakOutAssignment> Session::assignBreakOut(int itemId)
{
    const int index = m_state.agenda().indexOf(itemId);
    if (index < 0 || m_state.agenda().item(index).kind != ItemKind::BreakOut) {
        return Error{ErrorCode::InvalidArgument, tr("there is no such break-out item")};
    }
    auto assignment = BreakOutAssigner::assign(m_state.agenda().item(index).breakOut, breakOutPeople(itemId));
    if (!assignment) {
        return assignment.error();
    }
    if (auto ok = setBreakOut(itemId, assignment.value().breakOut); !ok) {
        return ok.error();
    }
    return assignment;
}

Result<int> Session::addToBreakOut(int itemId, int participantId)
{
    const int index = m_state.agenda().indexOf(itemId);
    if (index < 0 || m_state.agenda().item(index).kind != ItemKind::BreakOut) {
        return Error{ErrorCode::InvalidArgument, tr("there is no such break-out item")};
    }
    const Participant *participant = m_state.floor().participant(participantId);
    if (!participant) {
        return Error{ErrorCode::InvalidArgument, tr("there is no such participant")};
    }
    BreakOut breakOut = m_state.agenda().item(index).breakOut;
    auto group = BreakOutAssigner::addLate(&breakOut,
                                           {participant->id,
                                            participant->isRemote(),
                                            participant->stakeholderGroup,
                                            participant->region,
                                            participant->gender},
                                           breakOutPeople(itemId));
    if (!group) {
        return group.error();
    }
    if (auto ok = setBreakOut(itemId, breakOut); !ok) {
        return ok.error();
    }
    return group;
}

QList<int> Session::reportedGroups(int itemId) const
{
    const int index = m_state.agenda().indexOf(itemId);
    QList<int> reported;
    if (index < 0) {
        return reported;
    }
    const BreakOut &breakOut = m_state.agenda().item(index).breakOut;
    for (const Turn &turn : m_state.floor().turns()) {
        if (turn.group > 0 && breakOut.group(turn.group) && !reported.contains(turn.group)) {
            reported.append(turn.group);
        }
    }
    return reported;
}

Result<int> Session::giveReportBack(int groupId)
{
    const Agenda &agenda = m_state.agenda();
    if (groupId == 0) {
        // The latest break-out item up to the current one, and its first group that has not reported.
        const int current = std::max(0, m_state.currentIndex());
        for (int i = std::min(current, agenda.size() - 1); i >= 0 && groupId == 0; --i) {
            const AgendaItem &item = agenda.item(i);
            if (item.kind != ItemKind::BreakOut || item.breakOut.groups.isEmpty()) {
                continue;
            }
            const QList<int> reported = reportedGroups(item.id);
            for (int id : item.breakOut.reportBackOrder()) {
                if (!reported.contains(id)) {
                    groupId = id;
                    break;
                }
            }
            if (groupId == 0) {
                return Error{ErrorCode::InvalidState, tr("every group of \"%1\" has reported back").arg(item.title)};
            }
        }
        if (groupId == 0) {
            return Error{ErrorCode::InvalidState, tr("no break-out item with groups comes before this one")};
        }
    }
    const int index = agenda.indexOfGroup(groupId);
    if (index < 0) {
        return Error{ErrorCode::InvalidArgument, tr("there is no such break-out group")};
    }
    const BreakOut &breakOut = agenda.item(index).breakOut;
    const BreakOutGroup *group = breakOut.group(groupId);
    const int speaker = group->rapporteur > 0 ? group->rapporteur : group->facilitator;
    if (speaker <= 0 || !m_state.floor().participant(speaker)) {
        return Error{ErrorCode::InvalidArgument,
                     tr("the group \"%1\" has nobody to report back: give it a rapporteur").arg(group->name)};
    }
    events::FloorGiven given;
    given.participant = speaker;
    given.kind = turnKindKey(TurnKind::Audience);
    given.limitMs = breakOut.reportBackLimitMs;
    given.group = groupId;
    if (auto ok = record(given); !ok) {
        return ok.error();
    }
    return groupId;
}

Result<void> Session::editDetails(const SessionDefinition &details)
{
    // The details' fields as the definition writes them; its agenda and people are not part of the event.
    return record(json::readFieldsLoose<events::SessionDetails>(details.toJson()));
}

Result<void> Session::setQuestionBank(QList<PreparedQuestion> questions)
{
    int nextId = 1;
    for (const auto &question : std::as_const(questions)) {
        nextId = std::max(nextId, question.id + 1);
    }
    nextId = std::max(nextId, m_state.questions().nextId());
    for (auto &question : questions) {
        if (question.id <= 0) {
            question.id = nextId++;
        }
    }
    return record(events::QuestionBankReplaced{QuestionBank::toJson(questions)});
}

Result<void> Session::markQuestionAsked(int questionId, bool asked)
{
    return record(events::QuestionAsked{questionId, asked});
}

} // namespace core

namespace core {

Result<int> Session::addMedia(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return Error{ErrorCode::FileNotFound, path};
    }
    if (!info.isFile()) {
        return Error{ErrorCode::InvalidArgument, tr("%1 is not a file").arg(path)};
    }
    const QLocale locale;
    if (info.size() > SessionStore::MaxMediaBytes) {
        return Error{ErrorCode::InvalidArgument,
                     tr("%1 is %2; a media file may be at most %3")
                         .arg(info.fileName(),
                              locale.formattedDataSize(info.size()),
                              locale.formattedDataSize(SessionStore::MaxMediaBytes))};
    }
    auto stored = m_store->mediaBytes();
    if (!stored) {
        return stored.error();
    }
    if (stored.value() + info.size() > SessionStore::MaxSessionMediaBytes) {
        return Error{ErrorCode::InvalidArgument,
                     tr("the session's media would exceed %1; remove some first")
                         .arg(locale.formattedDataSize(SessionStore::MaxSessionMediaBytes))};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{ErrorCode::Io, file.errorString()};
    }
    const QByteArray bytes = file.readAll();
    if (bytes.size() != info.size()) {
        return Error{ErrorCode::Io, tr("%1 could not be read completely").arg(info.fileName())};
    }
    const QMimeType mime = QMimeDatabase().mimeTypeForFileNameAndData(info.fileName(), bytes);
    MediaKind kind{};
    const QString name = mime.name();
    if (name == u"image/svg+xml") {
        kind = MediaKind::Svg;
    } else if (name == u"application/pdf") {
        kind = MediaKind::Pdf;
    } else if (name.startsWith(u"image/"_s)) {
        kind = MediaKind::Image;
    } else if (name.startsWith(u"video/"_s)) {
        kind = MediaKind::Video;
    } else {
        return Error{ErrorCode::InvalidArgument,
                     tr("%1 is %2: only images, SVG, PDF and video can be shown").arg(info.fileName(), mime.comment())};
    }
    const int id = m_state.display().nextMediaId();
    const events::MediaAdded added{id, info.fileName(), mediaKindKey(kind), name, bytes.size(), {}, {}};
    if (auto ok = record(added, &bytes); !ok) {
        return ok.error();
    }
    return id;
}

Result<void> Session::removeMedia(int mediaId)
{
    return record(events::MediaRemoved{mediaId});
}

Result<void> Session::showMedia(int mediaId)
{
    return record(events::DisplayMedia{mediaId});
}

Result<void> Session::setMediaPage(int page)
{
    return record(events::DisplayPage{page});
}

Result<int> Session::addSubtitles(int videoId, const QString &path, const QString &language)
{
    const MediaItem *video = m_state.display().mediaItem(videoId);
    if (!video || video->kind != MediaKind::Video) {
        return Error{ErrorCode::InvalidArgument, tr("there is no video %1 in the session").arg(videoId)};
    }
    auto text = Transcript::readText(path, Subtitles::MaxFileBytes);
    if (!text) {
        return text.error();
    }
    const QString name = QFileInfo(path).fileName();
    if (auto subtitles = Subtitles::parse(text.value()); !subtitles) {
        //: %1 is a file name, %2 what is wrong with it
        return Error{ErrorCode::Parse, tr("%1 cannot be read as subtitles: %2").arg(name, subtitles.error().detail)};
    }
    const QByteArray bytes = text.value().toUtf8();
    const QString code = language.isEmpty() ? Subtitles::languageFromFileName(name) : language;
    if (!code.isEmpty() && !DisplayState::isLanguageCode(code)) {
        return Error{ErrorCode::InvalidArgument, tr("\"%1\" is not a language code").arg(code.left(40))};
    }
    auto stored = m_store->mediaBytes();
    if (!stored) {
        return stored.error();
    }
    if (stored.value() + bytes.size() > SessionStore::MaxSessionMediaBytes) {
        return Error{ErrorCode::InvalidArgument,
                     tr("the session's media would exceed %1; remove some first")
                         .arg(QLocale().formattedDataSize(SessionStore::MaxSessionMediaBytes))};
    }
    const QString mime = Transcript::detectFormat(text.value()) == Transcript::Format::WebVtt
                             ? u"text/vtt"_s
                             : u"application/x-subrip"_s;
    const int id = m_state.display().nextMediaId();
    const events::MediaAdded added{id,
                                   name,
                                   mediaKindKey(MediaKind::Subtitles),
                                   mime,
                                   bytes.size(),
                                   videoId,
                                   code.isEmpty() ? std::nullopt : std::optional(code)};
    if (auto ok = record(added, &bytes); !ok) {
        return ok.error();
    }
    return id;
}

Result<void> Session::setVideoVolume(int volume, bool muted)
{
    return record(events::DisplayVolume{volume, muted});
}

Result<void> Session::setVideoPlayback(bool playing, qint64 positionMs)
{
    return record(events::DisplayPlayback{playing, positionMs});
}

Result<void> Session::pinScene(Scene scene)
{
    return record(events::DisplayPinned{sceneKey(scene)});
}

Result<void> Session::unpinScene()
{
    return record(events::DisplayUnpinned{});
}

Result<void> Session::setBlank(bool blank)
{
    return record(events::DisplayBlanked{blank});
}

Result<void> Session::showMessage(const QString &text)
{
    return record(events::DisplayMessage{text});
}

Result<void> Session::setRoomLanguage(const QString &language)
{
    const QString &second = m_state.display().secondLanguage();
    return record(events::DisplayLanguage{language, second.isEmpty() ? std::nullopt : std::optional(second)});
}

Result<void> Session::setRoomSecondLanguage(const QString &language)
{
    return record(events::DisplayLanguage{m_state.display().language(), language});
}

Result<void> Session::translateContent(const QString &kind, int id, const QString &language, const QString &text)
{
    if (kind == u"question"_s && (id < 0 || id >= m_state.definition().policyQuestions.size())) {
        return Error{ErrorCode::InvalidArgument, tr("there is no policy question %1").arg(id + 1)};
    }
    return record(events::ContentTranslated{kind, id, language, text});
}

Result<int> Session::setGlossaryTerm(int id, const QString &term, const QString &explanation)
{
    const DisplayState &display = m_state.display();
    QList<GlossaryTerm> terms = display.glossary();
    const GlossaryTerm changed{id == 0 ? display.nextGlossaryId() : id, term.trimmed(), explanation.trimmed()};
    if (id == 0) {
        terms.append(changed);
    } else {
        auto found = std::find_if(terms.begin(), terms.end(), [id](const GlossaryTerm &t) { return t.id == id; });
        if (found == terms.end()) {
            // An id no term has: a removed term put back (an undo), in the place its id gives it.
            if (id < 0 || id > GlossaryTerm::MaxId) {
                return Error{ErrorCode::InvalidArgument, tr("there is no glossary term %1").arg(id)};
            }
            terms.insert(std::find_if(terms.begin(), terms.end(), [id](const GlossaryTerm &t) { return t.id > id; }),
                         changed);
        } else if (*found == changed) {
            return id;
        } else {
            *found = changed;
        }
    }
    if (auto ok = record(events::GlossaryEdited{DisplayState::glossaryToJson(terms)}); !ok) {
        return ok.error();
    }
    return changed.id;
}

Result<void> Session::removeGlossaryTerm(int id)
{
    QList<GlossaryTerm> terms = m_state.display().glossary();
    if (!terms.removeIf([id](const GlossaryTerm &t) { return t.id == id; })) {
        return Error{ErrorCode::InvalidArgument, tr("there is no glossary term %1").arg(id)};
    }
    return record(events::GlossaryEdited{DisplayState::glossaryToJson(terms)});
}

Result<void> Session::showGlossaryTerm(int id)
{
    return record(events::DisplayTerm{id});
}

Result<int> Session::approveTakeaway(const QString &text)
{
    const int id = m_state.display().nextTakeawayId();
    if (auto ok = record(events::TakeawayApproved{id, text}); !ok) {
        return ok.error();
    }
    return id;
}

Result<void> Session::withdrawTakeaway(int takeawayId)
{
    return record(events::TakeawayWithdrawn{takeawayId});
}

Result<void> Session::editTakeaway(int takeawayId, const QString &text)
{
    const Takeaway *takeaway = m_state.display().takeaway(takeawayId);
    if (!takeaway) {
        return Error{ErrorCode::InvalidArgument, tr("there is no such key takeaway")};
    }
    if (takeaway->text == text.trimmed()) {
        return {};
    }
    return record(events::TakeawayEdited{takeawayId, text});
}

Result<void> Session::commentOnTakeaway(int takeawayId, const QString &text, int participant)
{
    if (participant != 0 && !m_state.floor().participant(participant)) {
        return Error{ErrorCode::InvalidArgument, tr("there is no such participant")};
    }
    return record(events::TakeawayCommented{takeawayId, text, participant});
}

} // namespace core

namespace core {
namespace {

QStringList tagKeys(const QList<NoteTag> &tags)
{
    QStringList keys;
    for (NoteTag tag : tags) {
        keys.append(noteTagKey(tag));
    }
    return keys;
}

template<typename P>
int idOf(const Event &event)
{
    auto payload = events::read<P>(event);
    return payload ? payload->id : 0;
}

/// The note an event of the notes concerns.
int noteIdOf(const Event &event)
{
    switch (event.type) {
    case EventType::NoteAdded:
        return idOf<events::NoteAdded>(event);
    case EventType::NoteEdited:
        return idOf<events::NoteEdited>(event);
    case EventType::NoteDeleted:
        return idOf<events::NoteDeleted>(event);
    case EventType::NoteRestored:
        return idOf<events::NoteRestored>(event);
    default:
        return 0;
    }
}

} // namespace

int Session::itemAt(qint64 sessionMs) const
{
    const Agenda &agenda = m_state.agenda();
    int item = agenda.item(agenda.leafIndexes().constFirst()).id;
    for (const Event &event : m_events) {
        if (event.sessionMs > sessionMs) {
            break;
        }
        if (event.type == EventType::AgendaEntered) {
            if (auto entered = events::read<events::AgendaEntered>(event)) {
                item = entered->item;
            }
        }
    }
    return item;
}

Result<int>
Session::addNote(const QString &text, const QList<NoteTag> &tags, qint64 typedAtMs, int policyQuestion, int group)
{
    const qint64 t = typedAtMs < 0 ? now() : std::min(typedAtMs, now());
    // Who held the floor when typing began: the turn that covered that moment.
    int holder = 0;
    bool chair = false;
    for (const Turn &turn : m_state.floor().turns()) {
        if (turn.startedAtMs <= t && (turn.endedAtMs < 0 || turn.endedAtMs > t)) {
            holder = turn.participantId;
            chair = turn.kind == TurnKind::Chair;
        }
    }
    const int id = m_state.notes().nextId();
    events::NoteAdded added{
        id, text, tagKeys(tags), t, wallMsAt(t), itemAt(t), holder, chair, policyQuestion, std::nullopt};
    if (group != 0) {
        added.group = group;
    }
    if (auto ok = record(added); !ok) {
        return ok.error();
    }
    return id;
}

Result<void> Session::editNote(
    int noteId, const QString &text, const QList<NoteTag> &tags, int policyQuestion, std::optional<int> group)
{
    events::NoteEdited edited{noteId, text, tagKeys(tags), policyQuestion, std::nullopt};
    if (const Note *note = m_state.notes().note(noteId); group && !(note && note->group == *group)) {
        edited.group = group; // written only when it changes: an edit that keeps it needs no newer vocabulary
    }
    return record(edited);
}

Result<void> Session::deleteNote(int noteId)
{
    return record(events::NoteDeleted{noteId});
}

Result<void> Session::restoreNote(int noteId)
{
    return record(events::NoteRestored{noteId});
}

Result<void> Session::updateNoteIndex(const Event &event)
{
    const int id = noteIdOf(event);
    const Note *note = m_state.notes().note(id);
    if (!note || note->deleted) {
        return m_store->unindexNote(id);
    }
    return m_store->indexNote(id, note->text);
}

Result<void> Session::rebuildNoteIndex()
{
    QList<std::pair<int, QString>> notes;
    for (const Note &note : m_state.notes().notes()) {
        if (!note.deleted) {
            notes.append({note.id, note.text});
        }
    }
    return m_store->rebuildNoteIndex(notes);
}

} // namespace core

namespace core {

Result<void> Session::importTranscript(const QString &path, std::optional<qint64> offsetMs)
{
    // Transcript::readFile refuses a file over its limit before reading it, and what is not text.
    auto turns = Transcript::readFile(path);
    if (!turns) {
        return turns.error();
    }
    events::TranscriptImported imported{QFileInfo(path).fileName(), {}, std::nullopt, std::nullopt};
    QList<int> starts;
    bool timed = false;
    for (const TranscriptTurn &turn : turns.value()) {
        imported.turns.append({turn.line, turn.speaker, turn.text});
        starts.append(int(turn.startMs));
        timed = timed || turn.startMs >= 0;
    }
    if (timed) {
        imported.startsMs = starts;
        if (m_state.startedAtMs() >= 0) {
            imported.zeroAtMs = m_state.startedAtMs() + offsetMs.value_or(0);
        } else if (offsetMs) {
            return Error{ErrorCode::InvalidState,
                         tr("the session has not started, so the transcript's times cannot be placed from its start")};
        }
    }
    return record(imported);
}

Result<void> Session::setReportField(const QString &key, const QString &text)
{
    return record(events::ReportField{key, text});
}

Result<void> Session::setParticipation(int onsite, int online, int women)
{
    return record(events::ReportParticipation{onsite, online, women});
}

Result<void>
Session::addCaption(const QString &text, const QString &speaker, int participant, std::optional<qint64> atMs)
{
    const QString line = truncated(oneLine(text).simplified(), ReportState::MaxCaptionChars);
    if (line.isEmpty()) {
        return Error{ErrorCode::InvalidArgument, tr("a caption line is empty")};
    }
    QString name = truncated(oneLine(speaker).simplified(), ReportState::MaxCaptionSpeakerChars);
    if (participant != 0) {
        const Participant *who = participant > 0 ? m_state.floor().participant(participant) : nullptr;
        if (!who) {
            return Error{ErrorCode::InvalidArgument, tr("there is no participant %1").arg(participant)};
        }
        if (name.isEmpty()) {
            name = truncated(oneLine(who->name).simplified(), ReportState::MaxCaptionSpeakerChars);
        }
    }
    if (atMs && (*atMs < 0 || *atMs > now())) {
        return Error{ErrorCode::InvalidArgument,
                     tr("a caption line cannot be said before the session or later than now")};
    }
    return record(events::CaptionLine{line, name, participant, atMs});
}

Result<void> Session::setCaptions(bool shown, CaptionSize size)
{
    return record(events::DisplayCaptions{shown, captionSizeKey(size)});
}

} // namespace core

namespace core {
namespace {

Result<int> noId(Result<void> result)
{
    if (!result) {
        return result.error();
    }
    return 0;
}

Result<QList<NoteTag>> tagsFrom(const QStringList &keys)
{
    QList<NoteTag> tags;
    for (const QString &key : keys) {
        NoteTag tag{};
        if (!noteTagFromKey(key, &tag)) {
            return Error{ErrorCode::InvalidArgument, Session::tr("unknown note tag \"%1\"").arg(key.left(40))};
        }
        tags.append(tag);
    }
    return tags;
}

} // namespace

Result<int> Session::execute(const Command &command)
{
    if (!m_replica) {
        return execute(command, m_role);
    }
    if (const QString why = refusal(command); !why.isEmpty()) {
        return Error{ErrorCode::InvalidState, why};
    }
    if (auto ok = CommandCatalogue::validate(command); !ok) {
        return ok.error();
    }
    if (!m_forward) {
        return Error{ErrorCode::InvalidState, tr("this is a copy of a shared session: it changes only from the host")};
    }
    if (auto sent = m_forward(command); !sent) {
        return sent.error();
    }
    return 0;
}

bool Session::mayIssue(const Command &command) const
{
    return CommandCatalogue::mayIssue(m_role, command);
}

QString Session::refusal(const Command &command) const
{
    if (!mayIssue(command)) {
        return CommandCatalogue::refusal(m_role, command.index());
    }
    if (m_replica
        && (std::holds_alternative<commands::AddMedia>(command)
            || std::holds_alternative<commands::AddSubtitles>(command)
            || std::holds_alternative<commands::ImportTranscript>(command))) {
        return tr("\"%1\" reads a file: only the host's own window can do it").arg(CommandCatalogue::name(command));
    }
    return {};
}

void Session::setForwarder(TeamRole role, Forwarder forward)
{
    m_role = role;
    m_forward = std::move(forward);
}

Result<int> Session::execute(const Command &command, TeamRole role, const QList<std::pair<QString, QString>> &keep)
{
    if (m_replica) {
        return Error{ErrorCode::InvalidState, tr("this is a copy of a shared session: it changes only from the host")};
    }
    if (!CommandCatalogue::mayIssue(role, command)) {
        return Error{ErrorCode::InvalidState, CommandCatalogue::refusal(role, command.index())};
    }
    if (auto ok = CommandCatalogue::validate(command); !ok) {
        return ok.error();
    }
    const qsizetype before = m_events.size();
    m_keepWithEvent = keep;
    auto result = runCommand(command);
    m_keepWithEvent.clear();
    // The promise the network and undo rely on: a command is one event, or nothing.
    Q_ASSERT(m_events.size() == before + (result ? 1 : 0));
    return result;
}

namespace {

/// A phone's text as the session keeps it: trimmed (a name or detail on one line), without control
/// characters, not empty (unless it may be) and not longer than maxChars; else why not.
Result<QString> phoneText(const QString &text, int maxChars, bool line, bool mayBeEmpty, const QString &what)
{
    QString clean = line ? text.simplified() : text.trimmed();
    if (plainText(clean) != clean) {
        return Error{ErrorCode::InvalidArgument, Session::tr("%1 holds control characters").arg(what)};
    }
    if (clean.isEmpty() && !mayBeEmpty) {
        return Error{ErrorCode::InvalidArgument, Session::tr("%1 is empty").arg(what)};
    }
    if (clean.size() > maxChars) {
        return Error{ErrorCode::InvalidArgument,
                     Session::tr("%1 is longer than %2 characters").arg(what).arg(maxChars)};
    }
    return clean;
}

bool isDeviceId(const QString &device)
{
    return !device.isEmpty() && device.size() <= 32 && std::all_of(device.cbegin(), device.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
    });
}

} // namespace

Result<const Phone *> Session::activePhone(const QString &device) const
{
    const Phone *phone = m_state.audience().phone(device);
    if (!phone) {
        return Error{ErrorCode::InvalidArgument, tr("no phone \"%1\" joined").arg(device.left(32))};
    }
    if (phone->blocked) {
        return Error{ErrorCode::InvalidState, tr("the moderator blocked this phone")};
    }
    return phone;
}

Result<int> Session::executeFromPhone(const Command &command)
{
    if (m_replica) {
        return Error{ErrorCode::InvalidState, tr("this is a copy of a shared session: it changes only from the host")};
    }
    if (!CommandCatalogue::fromPhone(command)) {
        return Error{ErrorCode::InvalidState, tr("a phone may not \"%1\"").arg(CommandCatalogue::name(command))};
    }
    if (auto ok = CommandCatalogue::validate(command); !ok) {
        return ok.error();
    }
    const qsizetype before = m_events.size();
    auto result = runCommand(command);
    Q_ASSERT(m_events.size() == before + (result ? 1 : 0));
    return result;
}

Result<int> Session::joinPhone(const QString &device, const Who &who)
{
    if (!isDeviceId(device)) {
        return Error{ErrorCode::InvalidArgument, tr("a phone's id is 1 to 32 lower-case letters and digits")};
    }
    if (m_state.audience().phone(device)) {
        return Error{ErrorCode::InvalidState, tr("the phone \"%1\" has joined already").arg(device)};
    }
    if (!m_state.audience().joiningOpen()) {
        return Error{ErrorCode::InvalidState, tr("joining from phones is closed")};
    }
    auto name = phoneText(who.name, MaxPhoneNameChars, true, false, tr("the name"));
    if (!name) {
        return name.error();
    }
    Participant walkIn;
    const std::pair<const QString *, QString *> details[] = {
        {&who.group, &walkIn.stakeholderGroup},
        {&who.region, &walkIn.region},
        {&who.gender, &walkIn.gender},
        {&who.hub, &walkIn.hub},
    };
    for (const auto &[from, to] : details) {
        auto detail = phoneText(*from, MaxPhoneDetailChars, true, true, tr("a detail"));
        if (!detail) {
            return detail.error();
        }
        *to = detail.value();
    }
    const FloorState &floor = m_state.floor();
    // Two people may share a name: the second who joins becomes "Name (2)".
    QString unique = name.value();
    for (int n = 2; floor.participantByName(unique); ++n) {
        unique = u"%1 (%2)"_s.arg(name.value()).arg(n);
    }
    walkIn.id = floor.nextParticipantId();
    walkIn.name = unique;
    walkIn.channel = who.channel == u"online" ? Channel::Online
                     : who.channel == u"hub"  ? Channel::Hub
                                              : Channel::Onsite;
    if (walkIn.channel != Channel::Hub) {
        walkIn.hub.clear();
    }
    walkIn.roles = {Role::Audience};
    if (auto ok = record(events::PhoneJoined{device, walkIn.id, participantToJson(walkIn)}); !ok) {
        return ok.error();
    }
    return walkIn.id;
}

Result<int> Session::submitQuestion(const QString &device, const QString &text, int policyQuestion, int speaker)
{
    auto phone = activePhone(device);
    if (!phone) {
        return phone.error();
    }
    auto clean = phoneText(text, MaxQuestionChars, false, false, tr("the question"));
    if (!clean) {
        return clean.error();
    }
    if (policyQuestion < -1 || policyQuestion >= m_state.definition().policyQuestions.size()) {
        return Error{ErrorCode::InvalidArgument, tr("there is no such policy question")};
    }
    if (speaker < 0 || (speaker > 0 && !m_state.floor().participant(speaker))) {
        return Error{ErrorCode::InvalidArgument, tr("there is no such participant")};
    }
    const AudienceState &audience = m_state.audience();
    if (audience.waitingQuestions(device) >= audience.limits().pendingQuestions) {
        return Error{ErrorCode::InvalidState, tr("this phone's questions are still waiting for the moderator")};
    }
    const qint64 last = audience.lastQuestionMs(device);
    if (last >= 0 && now() - last < audience.limits().questionIntervalMs) {
        return Error{ErrorCode::InvalidState, tr("this phone sent a question a moment ago")};
    }
    const int id = audience.nextInboxId();
    events::InboxQuestion question{id, device, phone.value()->participant, clean.value(), policyQuestion, speaker};
    if (auto ok = record(question); !ok) {
        return ok.error();
    }
    return id;
}

Result<void>
Session::reactToTakeaway(const QString &device, int takeawayId, const QString &reaction, const QString &text)
{
    auto phone = activePhone(device);
    if (!phone) {
        return phone.error();
    }
    const auto &takeaways = m_state.display().takeaways();
    if (std::none_of(takeaways.cbegin(), takeaways.cend(), [&](const Takeaway &t) { return t.id == takeawayId; })) {
        return Error{ErrorCode::InvalidArgument, tr("there is no such takeaway")};
    }
    QString comment;
    if (reaction == u"comment") {
        auto clean = phoneText(text, MaxCommentChars, false, false, tr("the comment"));
        if (!clean) {
            return clean.error();
        }
        comment = clean.value();
    } else if (reaction != u"agree" && reaction != u"disagree") {
        return Error{ErrorCode::InvalidArgument,
                     tr("a reaction is agree, disagree or comment, not \"%1\"").arg(reaction.left(20))};
    } else if (!text.isEmpty()) {
        return Error{ErrorCode::InvalidArgument, tr("only a comment has text")};
    } else if (m_state.audience().stance(device, takeawayId) == reaction) {
        return Error{ErrorCode::InvalidState, tr("this phone's reaction is already \"%1\"").arg(reaction)};
    }
    return record(events::TakeawayReaction{device, phone.value()->participant, takeawayId, reaction, comment});
}

Result<int> Session::shareTakeaway(const QString &device, const QString &text)
{
    auto phone = activePhone(device);
    if (!phone) {
        return phone.error();
    }
    auto clean = phoneText(text, MaxSharedTakeawayChars, false, false, tr("the takeaway"));
    if (!clean) {
        return clean.error();
    }
    const int id = m_state.audience().nextSharedId();
    if (auto ok = record(events::TakeawayShared{id, device, phone.value()->participant, clean.value()}); !ok) {
        return ok.error();
    }
    return id;
}

Result<void> Session::acceptQuestion(int inboxId, const QString &as)
{
    return record(events::InboxAccepted{inboxId, as});
}

Result<void> Session::dismissQuestion(int inboxId)
{
    return record(events::InboxDismissed{inboxId});
}

Result<void> Session::blockPhone(const QString &device, bool blocked)
{
    const Phone *phone = m_state.audience().phone(device);
    if (!phone) {
        return Error{ErrorCode::InvalidArgument, tr("no phone \"%1\" joined").arg(device.left(32))};
    }
    if (phone->blocked == blocked) {
        return Error{ErrorCode::InvalidState,
                     blocked ? tr("the phone is blocked already") : tr("the phone is not blocked")};
    }
    return record(events::PhoneBlocked{device, blocked});
}

Result<void> Session::setPhoneJoining(bool open)
{
    if (m_state.audience().joiningOpen() == open) {
        return Error{ErrorCode::InvalidState,
                     open ? tr("joining from phones is open already") : tr("joining from phones is closed already")};
    }
    return record(events::PhoneJoining{open});
}

Result<void> Session::setPhoneLimits(qint64 questionIntervalMs, int pendingQuestions)
{
    return record(events::PhoneLimits{questionIntervalMs, pendingQuestions});
}

Result<int> Session::runCommand(const Command &command)
{
    using namespace commands;
    return std::visit(
        [this](const auto &c) -> Result<int> {
            using C = std::decay_t<decltype(c)>;
            if constexpr (std::is_same_v<C, StartClock>) {
                return noId(start());
            } else if constexpr (std::is_same_v<C, PauseClock>) {
                return noId(pause());
            } else if constexpr (std::is_same_v<C, ResumeClock>) {
                return noId(resume());
            } else if constexpr (std::is_same_v<C, ToggleClock>) {
                return noId(toggle());
            } else if constexpr (std::is_same_v<C, NextItem>) {
                return noId(next());
            } else if constexpr (std::is_same_v<C, PreviousItem>) {
                return noId(previous());
            } else if constexpr (std::is_same_v<C, EnterItem>) {
                return noId(enterItem(c.item));
            } else if constexpr (std::is_same_v<C, GotoItem>) {
                return noId(gotoTopLevel(c.position - 1));
            } else if constexpr (std::is_same_v<C, ExtendItem>) {
                return noId(extendCurrent(c.deltaMs));
            } else if constexpr (std::is_same_v<C, AcceptRebalance>) {
                const RebalancePlan plan = m_state.proposeRebalance(now());
                if (plan.isEmpty()) {
                    return Error{ErrorCode::InvalidState, tr("nothing to re-balance")};
                }
                return noId(acceptRebalance(plan));
            } else if constexpr (std::is_same_v<C, DeclineRebalance>) {
                const RebalancePlan plan = m_state.proposeRebalance(now());
                if (plan.isEmpty()) {
                    return Error{ErrorCode::InvalidState, tr("nothing to re-balance")};
                }
                return noId(declineRebalance(plan.overrunMs));
            } else if constexpr (std::is_same_v<C, EndSession>) {
                return noId(end());
            } else if constexpr (std::is_same_v<C, AddParticipant>) {
                QJsonObject json = c.participant;
                json.insert(u"id"_s, m_state.floor().nextParticipantId()); // the session gives the id
                auto participant = participantFromJson(json);
                if (!participant) {
                    return participant.error();
                }
                return addParticipant(participant.value());
            } else if constexpr (std::is_same_v<C, UpdateParticipant>) {
                auto participant = participantFromJson(c.participant);
                if (!participant) {
                    return participant.error();
                }
                return noId(updateParticipant(participant.value()));
            } else if constexpr (std::is_same_v<C, RemoveParticipant>) {
                return noId(removeParticipant(c.id));
            } else if constexpr (std::is_same_v<C, RestoreParticipant>) {
                auto participant = participantFromJson(c.participant);
                if (!participant) {
                    return participant.error();
                }
                return noId(restoreParticipant(participant.value()));
            } else if constexpr (std::is_same_v<C, GiveFloor>) {
                return giveFloor(c.who);
            } else if constexpr (std::is_same_v<C, GiveFloorToRequest>) {
                return noId(giveFloorToRequest(c.request));
            } else if constexpr (std::is_same_v<C, EndTurn>) {
                return noId(endTurn());
            } else if constexpr (std::is_same_v<C, RequestToSpeak>) {
                return requestToSpeak(c.who, c.device);
            } else if constexpr (std::is_same_v<C, WithdrawRequest>) {
                return noId(withdrawRequest(c.request));
            } else if constexpr (std::is_same_v<C, ReorderQueue>) {
                return noId(reorderQueue(c.order));
            } else if constexpr (std::is_same_v<C, SetQueuePolicy>) {
                QueuePolicy policy{};
                if (!policyFromKey(c.policy, &policy)) {
                    return Error{ErrorCode::InvalidArgument, tr("unknown queue order \"%1\"").arg(c.policy.left(40))};
                }
                return noId(setQueuePolicy(policy));
            } else if constexpr (std::is_same_v<C, SetRotation>) {
                return noId(setRotation(c.order, QSet<int>(c.skipped.begin(), c.skipped.end())));
            } else if constexpr (std::is_same_v<C, SetFloorSettings>) {
                FloorSettings settings = m_state.floor().settings();
                settings.audienceLimitMs = c.audienceLimitMs;
                settings.chairLimitMs = c.chairLimitMs;
                settings.warningMs = c.warningMs;
                settings.chime = c.chime;
                return noId(setSettings(settings));
            } else if constexpr (std::is_same_v<C, OpenChair>) {
                return noId(openChair());
            } else if constexpr (std::is_same_v<C, ClaimChair>) {
                return claimChair(c.who, c.device);
            } else if constexpr (std::is_same_v<C, DeclineChairClaim>) {
                return noId(declineChairClaim());
            } else if constexpr (std::is_same_v<C, TakeChair>) {
                return takeChair(c.who);
            } else if constexpr (std::is_same_v<C, ReplyFromChair>) {
                return noId(replyFromChair(c.participant));
            } else if constexpr (std::is_same_v<C, CloseChair>) {
                return noId(closeChair());
            } else if constexpr (std::is_same_v<C, EditAgenda>) {
                auto agenda = Agenda::fromJson(c.agenda);
                if (!agenda) {
                    return agenda.error();
                }
                return noId(editAgenda(agenda.value()));
            } else if constexpr (std::is_same_v<C, SetBreakOut>) {
                auto breakOut = Agenda::breakOutFromJson(c.breakOut);
                if (!breakOut) {
                    return breakOut.error();
                }
                return noId(setBreakOut(c.item, breakOut.value()));
            } else if constexpr (std::is_same_v<C, AssignBreakOut>) {
                auto assigned = assignBreakOut(c.item);
                if (!assigned) {
                    return assigned.error();
                }
                return 0;
            } else if constexpr (std::is_same_v<C, AddToBreakOut>) {
                return addToBreakOut(c.item, c.participant);
            } else if constexpr (std::is_same_v<C, GiveReportBack>) {
                return giveReportBack(c.group);
            } else if constexpr (std::is_same_v<C, EditDetails>) {
                QJsonObject json = c.details;
                json.insert(u"agenda"_s, m_state.agenda().toJson());
                auto details = SessionDefinition::fromJson(json);
                if (!details) {
                    return details.error();
                }
                return noId(editDetails(details.value()));
            } else if constexpr (std::is_same_v<C, SetQuestionBank>) {
                auto questions = QuestionBank::fromJson(c.questions);
                if (!questions) {
                    return questions.error();
                }
                return noId(setQuestionBank(questions.value()));
            } else if constexpr (std::is_same_v<C, MarkQuestionAsked>) {
                return noId(markQuestionAsked(c.id, c.asked));
            } else if constexpr (std::is_same_v<C, AddMedia>) {
                return addMedia(c.path);
            } else if constexpr (std::is_same_v<C, RemoveMedia>) {
                return noId(removeMedia(c.id));
            } else if constexpr (std::is_same_v<C, ShowMedia>) {
                return noId(showMedia(c.id));
            } else if constexpr (std::is_same_v<C, SetMediaPage>) {
                return noId(setMediaPage(c.page));
            } else if constexpr (std::is_same_v<C, AddSubtitles>) {
                return addSubtitles(c.video, c.path, c.language);
            } else if constexpr (std::is_same_v<C, SetVideoVolume>) {
                return noId(setVideoVolume(c.volume, c.muted));
            } else if constexpr (std::is_same_v<C, SetVideoPlayback>) {
                return noId(setVideoPlayback(c.playing, c.positionMs));
            } else if constexpr (std::is_same_v<C, PinScene>) {
                Scene scene{};
                if (!sceneFromKey(c.scene, &scene)) {
                    return Error{ErrorCode::InvalidArgument, tr("unknown scene \"%1\"").arg(c.scene.left(40))};
                }
                return noId(pinScene(scene));
            } else if constexpr (std::is_same_v<C, UnpinScene>) {
                return noId(unpinScene());
            } else if constexpr (std::is_same_v<C, BlankDisplay>) {
                return noId(setBlank(c.blank));
            } else if constexpr (std::is_same_v<C, ShowMessage>) {
                return noId(showMessage(c.text));
            } else if constexpr (std::is_same_v<C, SetRoomLanguage>) {
                return noId(setRoomLanguage(c.language));
            } else if constexpr (std::is_same_v<C, SetRoomSecondLanguage>) {
                return noId(setRoomSecondLanguage(c.language));
            } else if constexpr (std::is_same_v<C, TranslateContent>) {
                return noId(translateContent(c.kind, c.id, c.language, c.text));
            } else if constexpr (std::is_same_v<C, SetGlossaryTerm>) {
                return setGlossaryTerm(c.id, c.term, c.explanation);
            } else if constexpr (std::is_same_v<C, RemoveGlossaryTerm>) {
                return noId(removeGlossaryTerm(c.id));
            } else if constexpr (std::is_same_v<C, ShowGlossaryTerm>) {
                return noId(showGlossaryTerm(c.id));
            } else if constexpr (std::is_same_v<C, ApproveTakeaway>) {
                return approveTakeaway(c.text);
            } else if constexpr (std::is_same_v<C, WithdrawTakeaway>) {
                return noId(withdrawTakeaway(c.id));
            } else if constexpr (std::is_same_v<C, EditTakeaway>) {
                return noId(editTakeaway(c.id, c.text));
            } else if constexpr (std::is_same_v<C, CommentOnTakeaway>) {
                return noId(commentOnTakeaway(c.takeaway, c.text, c.participant));
            } else if constexpr (std::is_same_v<C, AddNote>) {
                auto tags = tagsFrom(c.tags);
                if (!tags) {
                    return tags.error();
                }
                return addNote(c.text, tags.value(), c.typedAtMs, c.policyQuestion, c.group);
            } else if constexpr (std::is_same_v<C, EditNote>) {
                auto tags = tagsFrom(c.tags);
                if (!tags) {
                    return tags.error();
                }
                return noId(editNote(
                    c.id, c.text, tags.value(), c.policyQuestion, c.group < 0 ? std::nullopt : std::optional(c.group)));
            } else if constexpr (std::is_same_v<C, DeleteNote>) {
                return noId(deleteNote(c.id));
            } else if constexpr (std::is_same_v<C, RestoreNote>) {
                return noId(restoreNote(c.id));
            } else if constexpr (std::is_same_v<C, ImportTranscript>) {
                return noId(importTranscript(c.path, c.offsetMs == 0 ? std::nullopt : std::optional(c.offsetMs)));
            } else if constexpr (std::is_same_v<C, SetReportField>) {
                return noId(setReportField(c.key, c.text));
            } else if constexpr (std::is_same_v<C, SetParticipation>) {
                return noId(setParticipation(c.onsite, c.online, c.women));
            } else if constexpr (std::is_same_v<C, AddCaption>) {
                return noId(addCaption(c.text, c.speaker, c.participant));
            } else if constexpr (std::is_same_v<C, SetCaptions>) {
                CaptionSize size{};
                if (!captionSizeFromKey(c.size, &size)) {
                    return Error{ErrorCode::InvalidArgument,
                                 tr("a caption size is small, medium or large, not \"%1\"").arg(c.size.left(40))};
                }
                return noId(setCaptions(c.shown, size));
            } else if constexpr (std::is_same_v<C, JoinPhone>) {
                return joinPhone(c.device, c.who);
            } else if constexpr (std::is_same_v<C, SubmitQuestion>) {
                return submitQuestion(c.device, c.text, c.policyQuestion, c.speaker);
            } else if constexpr (std::is_same_v<C, ReactToTakeaway>) {
                return noId(reactToTakeaway(c.device, c.takeaway, c.reaction, c.text));
            } else if constexpr (std::is_same_v<C, ShareTakeaway>) {
                return shareTakeaway(c.device, c.text);
            } else if constexpr (std::is_same_v<C, AcceptQuestion>) {
                return noId(acceptQuestion(c.id, c.as));
            } else if constexpr (std::is_same_v<C, DismissQuestion>) {
                return noId(dismissQuestion(c.id));
            } else if constexpr (std::is_same_v<C, BlockPhone>) {
                return noId(blockPhone(c.device, c.blocked));
            } else if constexpr (std::is_same_v<C, SetPhoneJoining>) {
                return noId(setPhoneJoining(c.open));
            } else if constexpr (std::is_same_v<C, SetPhoneLimits>) {
                return noId(setPhoneLimits(c.questionIntervalMs, c.pendingQuestions));
            } else {
                static_assert(sizeof(C) == 0, "every command needs its execution");
            }
        },
        command);
}

} // namespace core
