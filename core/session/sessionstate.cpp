// SPDX-License-Identifier: MIT
#include "core/session/sessionstate.h"

#include "core/base/eventcatalogue.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace core {

Result<void> SessionState::apply(const Event &event)
{
    if (m_eventCount > 0 && event.sessionMs < m_lastEventMs) {
        return Error{ErrorCode::Corrupt, tr("event %1 is older than the event before it").arg(event.seq)};
    }
    if (!m_defined && event.type != EventType::SessionDefined) {
        return Error{ErrorCode::Corrupt, tr("the session log does not start with the session's definition")};
    }
    if (auto ok = EventCatalogue::checkPayload(event.type, event.data); !ok) {
        return ok;
    }
    if (auto ok = applyTo(event); !ok) {
        return ok;
    }
    m_lastEventMs = event.sessionMs;
    m_lastEventWallMs = event.wallMs;
    ++m_eventCount;
    return {};
}

Result<int> SessionState::leafOf(int itemId) const
{
    const int index = agenda().indexOf(itemId);
    if (index < 0) {
        return Error{ErrorCode::InvalidArgument, tr("there is no such agenda item")};
    }
    if (!agenda().isLeaf(index)) {
        return Error{ErrorCode::InvalidArgument,
                     tr("\"%1\" is a block, not a single item").arg(agenda().item(index).title)};
    }
    return index;
}

Result<void> SessionState::applyTo(const Event &event)
{
    const EventType type = event.type;

    if (type == EventType::SessionDefined) {
        return events::dispatch(this, &SessionState::applySessionDefined, event);
    }

    // The room display (and its media and takeaways) and the notes stay usable after the session's end.
    if (DisplayState::handles(type)) {
        return m_display.apply(event);
    }
    if (NoteState::handles(type)) {
        if (const QJsonValue group = event.data.value(u"group");
            group.isDouble() && group.toInt() != 0 && (type == EventType::NoteAdded || type == EventType::NoteEdited)
            && !agenda().group(group.toInt())) {
            return Error{ErrorCode::InvalidArgument, tr("there is no break-out group %1").arg(group.toInt())};
        }
        return m_notes.apply(event, int(m_definition.policyQuestions.size()));
    }
    if (ReportState::handles(type)) {
        return m_report.apply(event);
    }
    if (QuestionBank::handles(type)) {
        return m_questions.apply(event, agenda(), m_floor);
    }
    // Participants' phones may still react and share their takeaways after the end.
    if (AudienceState::handles(type)) {
        return applyAudienceEvent(event);
    }
    if (m_runState == RunState::Ended) {
        return Error{ErrorCode::InvalidState, tr("the session has ended")};
    }

    if (FloorState::handles(type)) {
        return applyFloorEvent(event);
    }

    switch (type) {
    case EventType::ClockStarted:
        return applyClockStarted(event);
    case EventType::ClockPaused:
        return applyClockPaused(event);
    case EventType::ClockResumed:
        return applyClockResumed(event);
    case EventType::AgendaEntered:
        return events::dispatch(this, &SessionState::applyAgendaEntered, event, event.sessionMs);
    case EventType::AgendaEdited:
        return events::dispatch(this, &SessionState::applyAgendaEdit, event);
    case EventType::SessionDetails:
        return events::dispatch(this, &SessionState::applyDetailsEdit, event);
    case EventType::AgendaExtended:
        return events::dispatch(this, &SessionState::applyAgendaExtended, event);
    case EventType::AgendaRebalanced:
        return events::dispatch(this, &SessionState::applyAgendaRebalanced, event);
    case EventType::RebalanceDeclined:
        return events::dispatch(this, &SessionState::applyRebalanceDeclined, event);
    case EventType::SessionEnded:
        return applySessionEnded(event);
    default:
        // Every type is handled above; a value outside the enumeration comes only from a broken caller.
        return Error{ErrorCode::Corrupt, tr("event %1 has no known type").arg(event.seq)};
    }
}

Result<void> SessionState::applySessionDefined(const events::SessionDefined &defined)
{
    if (m_defined) {
        return Error{ErrorCode::Corrupt, tr("the session is defined twice")};
    }
    auto definition = SessionDefinition::fromJson(defined.definition);
    if (!definition) {
        return definition.error();
    }
    m_definition = std::move(definition).value();
    m_timing.resize(m_definition.agenda.size());
    for (int i = 0; i < m_definition.agenda.size(); ++i) {
        m_timing[i].originalPlannedMs = m_definition.agenda.plannedMs(i);
    }
    m_current = m_definition.agenda.leafIndexes().constFirst();
    m_floor.initFromDefinition(m_definition);
    if (auto ok = checkBreakOutGroups(m_definition.agenda); !ok) {
        return ok;
    }
    m_defined = true;
    return {};
}

Result<void> SessionState::applyAudienceEvent(const Event &event)
{
    if (event.type != EventType::PhoneJoined) {
        return m_audience.apply(event);
    }
    // A phone that joins brings its participant: both states change, or neither.
    AudienceState audience = m_audience;
    if (auto ok = audience.apply(event); !ok) {
        return ok;
    }
    if (auto ok = events::dispatch(&m_floor, &FloorState::admitPhone, event); !ok) {
        return ok;
    }
    m_audience = std::move(audience);
    return {};
}

Result<void> SessionState::applyFloorEvent(const Event &event)
{
    const EventType type = event.type;
    FloorMoment moment;
    moment.clockRunning = m_runState == RunState::Running;
    moment.itemId = currentItemId();
    if (m_current >= 0) {
        moment.itemKind = agenda().item(m_current).kind;
        moment.itemRemainingMs = remainingMs(m_current, event.sessionMs);
    }
    if (type == EventType::FloorGiven) {
        const QJsonValue group = event.data.value(u"group");
        if (group.isDouble() && !agenda().group(group.toInt())) {
            return Error{ErrorCode::InvalidArgument, tr("there is no break-out group %1").arg(group.toInt())};
        }
    }
    if (auto ok = m_floor.apply(event, moment); !ok) {
        return ok;
    }
    if (type == EventType::ParticipantRemoved) {
        m_questions.detachMissingSpeakers(m_floor);
    }
    if (type == EventType::ChairOpened
        || (type == EventType::ChairTaken && m_floor.chairState() == ChairState::Taken)) {
        m_chairOpenedInItems.insert(currentItemId());
    }
    return {};
}

Result<void> SessionState::applyClockStarted(const Event &event)
{
    const qint64 t = event.sessionMs;
    if (m_runState != RunState::NotStarted) {
        return Error{ErrorCode::InvalidState, tr("the clock has already started")};
    }
    m_runState = RunState::Running;
    m_startedAt = t;
    m_startedAtWall = event.wallMs;
    m_scheduledDuration = agenda().plannedTotalMs();
    openSegment(t);
    m_floor.setClockRunning(t, true);
    return {};
}

Result<void> SessionState::applyClockPaused(const Event &event)
{
    const qint64 t = event.sessionMs;
    if (m_runState != RunState::Running) {
        return Error{ErrorCode::InvalidState, tr("the clock is not running")};
    }
    closeSegment(t);
    m_pauseStart = t;
    m_runState = RunState::Paused;
    m_floor.setClockRunning(t, false);
    return {};
}

Result<void> SessionState::applyClockResumed(const Event &event)
{
    const qint64 t = event.sessionMs;
    if (m_runState != RunState::Paused) {
        return Error{ErrorCode::InvalidState, tr("the clock is not paused")};
    }
    m_pausedTotal += t - m_pauseStart;
    m_runState = RunState::Running;
    openSegment(t);
    m_floor.setClockRunning(t, true);
    return {};
}

Result<void> SessionState::applyAgendaEntered(const events::AgendaEntered &entered, qint64 t)
{
    auto index = leafOf(entered.item);
    if (!index) {
        return index.error();
    }
    if (index.value() == m_current) {
        return Error{ErrorCode::InvalidArgument,
                     tr("\"%1\" is already the current item").arg(agenda().item(m_current).title)};
    }
    if (m_runState == RunState::Running) {
        closeSegment(t);
        m_current = index.value();
        openSegment(t);
    } else {
        m_current = index.value();
    }
    return {};
}

Result<void> SessionState::applyAgendaExtended(const events::AgendaExtended &extended)
{
    auto index = leafOf(extended.item);
    if (!index) {
        return index.error();
    }
    const qint64 delta = extended.deltaMs;
    const qint64 planned = agenda().item(index.value()).plannedMs + delta;
    if (delta == 0 || planned < Agenda::MinimumItemMs || planned > 24 * 3'600'000LL) {
        return Error{ErrorCode::InvalidArgument, tr("an agenda item cannot be shorter than one minute")};
    }
    m_definition.agenda.setPlannedMs(index.value(), planned);
    return {};
}

Result<void> SessionState::applyAgendaRebalanced(const events::AgendaRebalanced &rebalanced)
{
    QList<std::pair<int, qint64>> changes;
    for (const events::PlanChange &change : rebalanced.plan) {
        const int index = agenda().indexOf(change.item);
        const qint64 planned = change.plannedMs;
        if (index < 0 || !agenda().isLeaf(index) || planned < Agenda::MinimumItemMs || planned > 24 * 3'600'000LL) {
            return Error{ErrorCode::InvalidArgument, tr("the re-balanced plan is not valid")};
        }
        changes.append({index, planned});
    }
    if (changes.isEmpty()) {
        return Error{ErrorCode::InvalidArgument, tr("the re-balanced plan is empty")};
    }
    for (const auto &[index, planned] : changes) {
        m_definition.agenda.setPlannedMs(index, planned);
    }
    m_declinedOverrunMs = -1;
    return {};
}

Result<void> SessionState::applyRebalanceDeclined(const events::RebalanceDeclined &declined)
{
    const qint64 overrun = declined.overrunMs;
    if (overrun < 0) {
        return Error{ErrorCode::InvalidArgument, tr("a declined re-balancing needs the overrun it was declined at")};
    }
    m_declinedOverrunMs = overrun;
    return {};
}

Result<void> SessionState::applySessionEnded(const Event &event)
{
    const qint64 t = event.sessionMs;
    if (m_runState == RunState::NotStarted) {
        return Error{ErrorCode::InvalidState, tr("the clock has not started")};
    }
    if (m_runState == RunState::Running) {
        closeSegment(t);
    } else {
        m_pausedTotal += t - m_pauseStart;
    }
    m_endedAt = t;
    m_runState = RunState::Ended;
    m_floor.endOpenTurn(t);
    return {};
}

bool SessionState::isRebalanceDue(const RebalancePlan &plan) const
{
    if (plan.isEmpty() || plan.overrunMs < RebalanceThresholdMs) {
        return false;
    }
    return m_declinedOverrunMs < 0 || plan.overrunMs >= m_declinedOverrunMs + RebalanceThresholdMs;
}

void SessionState::openSegment(qint64 at)
{
    m_segmentStart = at;
    if (m_timing[m_current].firstStartMs < 0) {
        m_timing[m_current].firstStartMs = at;
    }
}

void SessionState::closeSegment(qint64 at)
{
    m_timing[m_current].accumulatedMs += at - m_segmentStart;
}

int SessionState::currentItemId() const
{
    return m_current < 0 ? -1 : agenda().item(m_current).id;
}

qint64 SessionState::originalPlannedMs(int index) const
{
    return m_timing.at(index).originalPlannedMs;
}

qint64 SessionState::elapsedMs(int index, qint64 now) const
{
    qint64 total = 0;
    for (int leaf : agenda().leafIndexesUnder(index)) {
        total += m_timing.at(leaf).accumulatedMs;
        if (leaf == m_current && m_runState == RunState::Running) {
            total += std::max<qint64>(0, now - m_segmentStart);
        }
    }
    return total;
}

qint64 SessionState::remainingMs(int index, qint64 now) const
{
    return agenda().plannedMs(index) - elapsedMs(index, now);
}

Phase SessionState::phase(int index, qint64 now) const
{
    const qint64 remaining = remainingMs(index, now);
    if (remaining <= 0) {
        return Phase::Overtime;
    }
    if (remaining <= warningMs(index)) {
        return Phase::Warning;
    }
    return Phase::Normal;
}

qint64 SessionState::warningMs(int index) const
{
    // A break-out item keeps its own warning: the groups need time to wrap up, whatever the session's setting.
    const qint64 setting = m_floor.settings().warningMs;
    const bool own = agenda().item(index).kind == ItemKind::BreakOut;
    return setting >= 0 && !own ? setting : agenda().item(index).warningMs;
}

Result<void> SessionState::applyAgendaEdit(const events::AgendaEdited &edited)
{
    auto replaced = Agenda::fromJson(edited.agenda);
    if (!replaced) {
        return replaced.error();
    }
    if (auto ok = checkBreakOutGroups(replaced.value()); !ok) {
        return ok;
    }
    if (m_runState != RunState::NotStarted) {
        // Once the clock runs only the break-out groups may change (walk-ins, a new assignment, the order).
        if (!m_definition.agenda.differsOnlyInGroups(replaced.value())) {
            return Error{ErrorCode::InvalidState,
                         tr("the agenda can be edited until the clock starts; then extend or re-balance items")};
        }
        m_definition.agenda = std::move(replaced).value();
        return {};
    }
    const int currentId = currentItemId();
    m_definition.agenda = std::move(replaced).value();
    const Agenda &newAgenda = m_definition.agenda;
    m_timing = QList<Timing>(newAgenda.size());
    for (int i = 0; i < newAgenda.size(); ++i) {
        m_timing[i].originalPlannedMs = newAgenda.plannedMs(i);
    }
    const int kept = newAgenda.indexOf(currentId);
    m_current = kept >= 0 && newAgenda.isLeaf(kept) ? kept : newAgenda.leafIndexes().constFirst();
    m_floor.updateRotation(newAgenda);
    m_questions.detachMissingItems(newAgenda);
    return {};
}

Result<void> SessionState::checkBreakOutGroups(const Agenda &agenda) const
{
    const int questions = int(m_definition.policyQuestions.size());
    for (const AgendaItem &item : agenda.items()) {
        for (const BreakOutGroup &group : item.breakOut.groups) {
            if (group.policyQuestion >= questions) {
                return Error{ErrorCode::InvalidArgument,
                             tr("the group \"%1\" names a policy question the session does not have").arg(group.name)};
            }
            QList<int> people = group.members + group.wishes;
            people << group.facilitator << group.rapporteur;
            for (int id : std::as_const(people)) {
                if (id > 0 && !m_floor.participant(id)) {
                    return Error{
                        ErrorCode::InvalidArgument,
                        tr("the group \"%1\" names participant %2, who is not in the session").arg(group.name).arg(id)};
                }
            }
        }
    }
    return {};
}

Result<void> SessionState::applyDetailsEdit(const events::SessionDetails &details)
{
    if (m_runState != RunState::NotStarted) {
        return Error{ErrorCode::InvalidState, tr("the session's details can be edited until the clock starts")};
    }
    // The details are read like a definition, then the agenda (and so the people) stay as they are.
    QJsonObject json = events::toJson(details);
    json.insert(u"agenda"_s, m_definition.agenda.toJson());
    auto definition = SessionDefinition::fromJson(json);
    if (!definition) {
        return definition.error();
    }
    SessionDefinition edited = std::move(definition).value();
    if (edited.title.size() > 300 || edited.code.size() > 100) {
        return Error{ErrorCode::InvalidArgument, tr("the title can have at most 300 characters, the code 100")};
    }
    if (edited.room.size() > 200) {
        return Error{ErrorCode::InvalidArgument, tr("the room's name can have at most 200 characters")};
    }
    if (edited.formatMinutes < 0 || edited.formatMinutes > 600) {
        return Error{ErrorCode::InvalidArgument, tr("a session lasts between 1 and 600 minutes")};
    }
    if (edited.policyQuestions.size() > 20) {
        return Error{ErrorCode::InvalidArgument, tr("a session can have at most 20 policy questions")};
    }
    for (const Note &note : m_notes.notes()) {
        if (note.policyQuestion >= edited.policyQuestions.size()) {
            return Error{
                ErrorCode::InvalidState,
                tr("a note is linked to policy question %1, which would no longer exist").arg(note.policyQuestion + 1)};
        }
    }
    edited.organizers = m_definition.organizers;
    edited.speakers = m_definition.speakers;
    edited.onsiteModerator = m_definition.onsiteModerator;
    edited.onlineModerator = m_definition.onlineModerator;
    edited.rapporteur = m_definition.rapporteur;
    edited.agenda = m_definition.agenda;
    m_definition = std::move(edited);
    return {};
}

ItemStatus SessionState::status(int index) const
{
    if (m_current < 0) {
        return ItemStatus::Upcoming;
    }
    const auto leaves = agenda().leafIndexesUnder(index);
    if (leaves.contains(m_current)) {
        return m_runState == RunState::Ended ? ItemStatus::Done : ItemStatus::Current;
    }
    return leaves.constLast() < m_current || m_runState == RunState::Ended ? ItemStatus::Done : ItemStatus::Upcoming;
}

qint64 SessionState::firstStartedMs(int index) const
{
    qint64 first = -1;
    for (int leaf : agenda().leafIndexesUnder(index)) {
        const qint64 start = m_timing.at(leaf).firstStartMs;
        if (start >= 0 && (first < 0 || start < first)) {
            first = start;
        }
    }
    return first;
}

qint64 SessionState::sessionElapsedMs(qint64 now) const
{
    qint64 total = 0;
    for (const auto &top : agenda().childIndexes(-1)) {
        total += elapsedMs(top, now);
    }
    return total;
}

qint64 SessionState::sessionRemainingMs(qint64 now) const
{
    return agenda().plannedTotalMs() - sessionElapsedMs(now);
}

qint64 SessionState::pausedMs(qint64 now) const
{
    return m_pausedTotal + (m_runState == RunState::Paused ? now - m_pauseStart : 0);
}

qint64 SessionState::projectedEndMs(qint64 now) const
{
    if (m_runState == RunState::Ended) {
        return m_endedAt;
    }
    qint64 work = 0;
    const auto leaves = agenda().leafIndexes();
    for (int leaf : leaves) {
        if (leaf >= m_current) {
            work += std::max<qint64>(0, remainingMs(leaf, now));
        }
    }
    return now + work;
}

qint64 SessionState::scheduledEndMs(qint64 now) const
{
    if (m_startedAt < 0) {
        return now + agenda().plannedTotalMs();
    }
    return m_startedAt + m_scheduledDuration;
}

qint64 SessionState::offsetMs(qint64 now) const
{
    return projectedEndMs(now) - scheduledEndMs(now);
}

Scene SessionState::roomScene() const
{
    if (m_display.isBlank()) {
        return Scene::Blank;
    }
    if (m_display.isPinned()) {
        return m_display.pinnedScene();
    }
    if (m_floor.chairState() != ChairState::Closed) {
        return Scene::Chair;
    }
    if (m_floor.currentTurn()) {
        return Scene::Speaker;
    }
    // During a break-out item's group work the room sees the groups and the time left, then the call back.
    if (const int current = currentIndex(); current >= 0 && current < agenda().size()
                                            && agenda().item(current).kind == ItemKind::BreakOut
                                            && !agenda().item(current).breakOut.groups.isEmpty()) {
        return Scene::Groups;
    }
    return Scene::Agenda;
}

int SessionState::assignedSpeaker(int index) const
{
    if (index < 0 || agenda().item(index).kind != ItemKind::Speaker) {
        return 0;
    }
    int position = 0;
    for (int leaf : agenda().leafIndexes()) {
        if (leaf == index) {
            break;
        }
        if (agenda().item(leaf).kind == ItemKind::Speaker) {
            ++position;
        }
    }
    const QList<int> rotation = m_floor.rotation();
    return position < rotation.size() ? rotation.at(position) : 0;
}

int SessionState::offeredSpeaker() const
{
    if (m_runState == RunState::Ended || m_current < 0) {
        return 0;
    }
    const int speaker = assignedSpeaker(m_current);
    if (speaker == 0) {
        return 0;
    }
    const int itemId = currentItemId();
    for (const Turn &turn : m_floor.turns()) {
        if (turn.participantId == speaker && turn.itemId == itemId && turn.kind == TurnKind::Speaker) {
            return 0;
        }
    }
    return speaker;
}

bool SessionState::isChairMoment() const
{
    if (m_runState == RunState::Ended || m_current < 0 || m_floor.chairState() != ChairState::Closed) {
        return false;
    }
    if (agenda().item(m_current).kind != ItemKind::AudienceInput || m_chairOpenedInItems.contains(currentItemId())) {
        return false;
    }
    const auto leaves = agenda().leafIndexes();
    const qsizetype at = leaves.indexOf(m_current);
    return at > 0 && agenda().item(leaves.at(at - 1)).kind == ItemKind::Speaker;
}

qint64 SessionState::turnWarningMs(qint64 limitMs)
{
    return limitMs <= 3 * 60'000 ? 30'000 : 60'000;
}

Phase SessionState::turnPhase(qint64 now) const
{
    const Turn *turn = m_floor.currentTurn();
    if (!turn) {
        return Phase::Normal;
    }
    const qint64 remaining = turn->limitMs - turn->elapsedMs(now);
    if (remaining <= 0) {
        return Phase::Overtime;
    }
    return remaining <= turnWarningMs(turn->limitMs) ? Phase::Warning : Phase::Normal;
}

RebalancePlan SessionState::proposeRebalance(qint64 now) const
{
    RebalancePlan plan;
    if (m_runState == RunState::Ended || m_runState == RunState::NotStarted) {
        return plan;
    }
    plan.overrunMs = std::max<qint64>(0, offsetMs(now));
    if (plan.overrunMs < 1000) {
        plan.overrunMs = 0;
        return plan;
    }
    // Candidates: items inside a block (the speakers block), after the current one, not started, not a summary.
    QList<int> candidates;
    for (int leaf : agenda().leafIndexes()) {
        const AgendaItem &item = agenda().item(leaf);
        if (leaf > m_current && item.parentId >= 0 && item.kind != ItemKind::Summary
            && m_timing.at(leaf).firstStartMs < 0 && item.plannedMs > Agenda::MinimumItemMs) {
            candidates.append(leaf);
        }
    }
    if (candidates.isEmpty()) {
        plan.unabsorbedMs = plan.overrunMs;
        return plan;
    }
    // Whole seconds: cut at least the overrun, at most what the one-minute floors allow.
    qint64 slack = 0;
    for (int leaf : candidates) {
        slack += agenda().item(leaf).plannedMs - Agenda::MinimumItemMs;
    }
    const qint64 cut = std::min(slack, (plan.overrunMs + 999) / 1000 * 1000);
    plan.unabsorbedMs = std::max<qint64>(0, plan.overrunMs - cut);

    // Proportional cut; items that would fall below the floor are pinned to it and the rest re-shared.
    QList<double> target(candidates.size(), 0.0);
    QList<bool> pinned(candidates.size(), false);
    double toCut = double(cut);
    for (bool again = true; again;) {
        again = false;
        double base = 0;
        for (int i = 0; i < candidates.size(); ++i) {
            if (!pinned[i]) {
                base += double(agenda().item(candidates[i]).plannedMs);
            }
        }
        if (base <= 0) {
            break;
        }
        const double factor = 1.0 - toCut / base;
        for (int i = 0; i < candidates.size(); ++i) {
            if (pinned[i]) {
                continue;
            }
            const double planned = double(agenda().item(candidates[i]).plannedMs);
            target[i] = planned * factor;
            if (target[i] < double(Agenda::MinimumItemMs)) {
                pinned[i] = true;
                target[i] = double(Agenda::MinimumItemMs);
                toCut -= planned - double(Agenda::MinimumItemMs);
                again = true;
            }
        }
        if (again) {
            // Restart the share among the items still free.
            for (int i = 0; i < candidates.size(); ++i) {
                if (!pinned[i]) {
                    target[i] = 0;
                }
            }
        }
    }
    // Round to whole seconds, keeping the exact total (largest remainder).
    qint64 total = 0;
    for (int leaf : candidates) {
        total += agenda().item(leaf).plannedMs;
    }
    const qint64 wantedSeconds = (total - cut) / 1000;
    QList<qint64> seconds(candidates.size());
    qint64 sum = 0;
    for (int i = 0; i < candidates.size(); ++i) {
        seconds[i] = qint64(std::floor(target[i] / 1000.0));
        sum += seconds[i];
    }
    QList<int> order(candidates.size());
    for (int i = 0; i < order.size(); ++i) {
        order[i] = i;
    }
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return target[a] / 1000.0 - double(seconds[a]) > target[b] / 1000.0 - double(seconds[b]);
    });
    for (int k = 0; sum < wantedSeconds && k < order.size(); ++k) {
        ++seconds[order[k]];
        ++sum;
    }
    for (int i = 0; i < candidates.size(); ++i) {
        const qint64 from = agenda().item(candidates[i]).plannedMs;
        const qint64 to = std::max(Agenda::MinimumItemMs, seconds[i] * 1000);
        if (to != from) {
            plan.changes.append({agenda().item(candidates[i]).id, from, to});
        }
    }
    return plan;
}

} // namespace core
