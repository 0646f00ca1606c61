// SPDX-License-Identifier: MIT
#include "core/session/sessionstats.h"

#include "core/base/plaintext.h"
#include "core/base/timeformat.h"
#include "core/base/vocabulary.h"
#include "core/session/floorbalance.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;

namespace core {
namespace {

double seconds(qint64 ms)
{
    return std::round(double(ms) / 100.0) / 10.0;
}

/// User text for a line of a terminal: one line, no control characters, and isolated where it could
/// turn the figures after it around (most terminals would show the isolates of plain text as gaps).
QString terminalText(const QString &text)
{
    return mayReorder(text) ? isolatedLine(text) : oneLine(text);
}

/// How a balance key reads in the text: "not given", "in the room", "invited speakers", or the participant's own words.
QString balanceLabel(FloorBalance::Dimension dimension, const QString &key)
{
    if (key == u"unknown") {
        return SessionStats::tr("not given");
    }
    if (dimension == FloorBalance::Channel) {
        if (key == u"onsite") {
            return SessionStats::tr("in the room");
        }
        if (key == u"online") {
            return SessionStats::tr("online");
        }
        if (key.startsWith(u"hub:")) {
            return SessionStats::tr("hub %1").arg(terminalText(key.mid(4)));
        }
    }
    if (dimension == FloorBalance::RoleGroup) {
        if (key == u"invited_speakers") {
            return SessionStats::tr("invited speakers");
        }
        if (key == u"moderators") {
            return SessionStats::tr("moderators");
        }
        if (key == u"audience") {
            return SessionStats::tr("audience");
        }
        if (key == u"replies") {
            return SessionStats::tr("replies by invited speakers");
        }
    }
    return terminalText(key);
}

} // namespace

QString SessionStats::floorText(const SessionState &state, qint64 now)
{
    const FloorBalance balance = FloorBalance::compute(state, now);
    if (balance.totalTurns == 0) {
        return {};
    }
    QString text =
        u'\n' + tr("Floor: %Ln turn(s), %1", nullptr, balance.totalTurns).arg(formatDuration(balance.totalMs)) + u'\n';
    const FloorState &floor = state.floor();
    text += u"  "_s + tr("By person") + u'\n';
    for (const Participant &p : floor.participants()) {
        if (const int turns = floor.turnCount(p.id); turns > 0) {
            text += tr("    %1  %Ln turn(s)  %2", nullptr, turns)
                        .arg(terminalText(p.name), formatDuration(floor.speakingMs(p.id, now)))
                    + u'\n';
        }
    }
    const std::pair<FloorBalance::Dimension, const char *> dimensions[] = {
        {FloorBalance::StakeholderGroup, QT_TRANSLATE_NOOP("core::SessionStats", "By stakeholder group")},
         {FloorBalance::Region, QT_TRANSLATE_NOOP("core::SessionStats", "By region")},
          {FloorBalance::Gender, QT_TRANSLATE_NOOP("core::SessionStats", "By gender")},
           {FloorBalance::Channel, QT_TRANSLATE_NOOP("core::SessionStats", "By channel")},
            {FloorBalance::RoleGroup, QT_TRANSLATE_NOOP("core::SessionStats", "By role")},
           };
    for (const auto &[dimension, heading] : dimensions) {
        text += u"  "_s + tr(heading) + u'\n';
        for (const BalanceRow &row : balance.rows[dimension]) {
            const int share = balance.totalMs > 0 ? int((row.ms * 100 + balance.totalMs / 2) / balance.totalMs) : 0;
            //: A row of the floor balance: who, turns, time, share of the floor time
            text += tr("    %1  %Ln turn(s)  %2  %3 %", nullptr, row.turns)
                        .arg(balanceLabel(dimension, row.key), formatDuration(row.ms))
                        .arg(share)
                    + u'\n';
        }
    }
    return text;
}

QString SessionStats::roleGroupKey(const Participant *participant)
{
    if (participant && participant->hasRole(Role::Speaker)) {
        return u"invited_speakers"_s;
    }
    if (participant
        && (participant->hasRole(Role::Moderator) || participant->hasRole(Role::OnlineModerator)
            || participant->hasRole(Role::Rapporteur))) {
        return u"moderators"_s;
    }
    return u"audience"_s;
}

QString SessionStats::runStateKey(RunState state)
{
    switch (state) {
    case RunState::NotStarted:
        return u"not_started"_s;
    case RunState::Running:
        return u"running"_s;
    case RunState::Paused:
        return u"paused"_s;
    case RunState::Ended:
        return u"ended"_s;
    }
    return {};
}

QJsonObject SessionStats::toJson(const SessionState &state, qint64 now)
{
    const Agenda &agenda = state.agenda();
    std::function<QJsonArray(int)> items = [&](int parent) {
        QJsonArray array;
        for (int index : agenda.childIndexes(parent)) {
            const AgendaItem &item = agenda.item(index);
            QJsonObject object{
                {u"id"_s, item.id},
                {u"title"_s, item.title},
                {u"kind"_s, kindKey(item.kind)},
                {u"planned_s"_s, seconds(agenda.plannedMs(index))},
                {u"original_planned_s"_s, seconds(state.originalPlannedMs(index))},
                {u"actual_s"_s, seconds(state.elapsedMs(index, now))},
                {u"children"_s, items(index)},
            };
            array.append(object);
        }
        return array;
    };
    qint64 originalTotal = 0;
    for (int top : agenda.childIndexes(-1)) {
        originalTotal += state.originalPlannedMs(top);
    }
    QJsonObject session{
        {u"id"_s, state.definition().code},
        {u"title"_s, state.definition().title},
        {u"state"_s, runStateKey(state.runState())},
        {u"planned_s"_s, seconds(agenda.plannedTotalMs())},
        {u"original_planned_s"_s, seconds(originalTotal)},
        {u"actual_s"_s, seconds(state.sessionElapsedMs(now))},
        {u"paused_s"_s, seconds(state.pausedMs(now))},
        {u"offset_s"_s, seconds(state.offsetMs(now))},
    };
    if (state.runState() != RunState::NotStarted) {
        session.insert(u"current_item"_s, agenda.item(state.currentIndex()).title);
    }
    QJsonObject json{{u"session"_s, session}, {u"agenda"_s, items(-1)}};
    const QJsonObject floor = floorJson(state, now);
    for (auto it = floor.begin(); it != floor.end(); ++it) {
        json.insert(it.key(), it.value());
    }
    json.insert(u"phones"_s, phonesJson(state));
    if (const QJsonArray breakOuts = breakOutJson(state, now); !breakOuts.isEmpty()) {
        json.insert(u"break_outs"_s, breakOuts);
    }
    return json;
}

namespace {

/// A group's report-back time so far, or -1 when it has had no report-back turn.
qint64 reportBackMs(const FloorState &floor, int groupId, qint64 now)
{
    qint64 ms = -1;
    for (const Turn &turn : floor.turns()) {
        if (turn.group == groupId) {
            ms = std::max<qint64>(0, ms) + turn.elapsedMs(now);
        }
    }
    return ms;
}

/// How many members of each stakeholder group a break-out group has ("" when not given), in first-seen order.
QList<std::pair<QString, int>> membersByStakeholderGroup(const FloorState &floor, const BreakOutGroup &group)
{
    QList<std::pair<QString, int>> counts;
    for (int id : group.members) {
        const Participant *p = floor.participant(id);
        const QString key = p ? p->stakeholderGroup : QString();
        auto it = std::find_if(counts.begin(), counts.end(), [&](const auto &pair) { return pair.first == key; });
        if (it == counts.end()) {
            counts.append({key, 1});
        } else {
            ++it->second;
        }
    }
    return counts;
}

} // namespace

QJsonArray SessionStats::breakOutJson(const SessionState &state, qint64 now)
{
    const Agenda &agenda = state.agenda();
    QJsonArray array;
    for (int index = 0; index < agenda.size(); ++index) {
        const AgendaItem &item = agenda.item(index);
        if (item.kind != ItemKind::BreakOut || item.breakOut.groups.isEmpty()) {
            continue;
        }
        QJsonArray groups;
        for (const BreakOutGroup &group : item.breakOut.groups) {
            QJsonObject byGroup;
            for (const auto &[key, count] : membersByStakeholderGroup(state.floor(), group)) {
                byGroup.insert(key.isEmpty() ? u"unknown"_s : key, count);
            }
            const qint64 reported = reportBackMs(state.floor(), group.id, now);
            groups.append(
                QJsonObject{{u"id"_s, group.id},
                            {u"name"_s, group.name},
                            {u"members"_s, int(group.members.size())},
                            {u"by_stakeholder_group"_s, byGroup},
                            {u"report_back_s"_s, reported < 0 ? QJsonValue() : QJsonValue(seconds(reported))}});
        }
        const qint64 actual = state.elapsedMs(index, now);
        array.append(QJsonObject{{u"item"_s, item.id},
                                 {u"title"_s, item.title},
                                 {u"planned_s"_s, seconds(agenda.plannedMs(index))},
                                 {u"actual_s"_s, seconds(actual)},
                                 {u"overtime_s"_s, seconds(std::max<qint64>(0, actual - agenda.plannedMs(index)))},
                                 {u"groups"_s, groups}});
    }
    return array;
}

QString SessionStats::breakOutText(const SessionState &state, qint64 now)
{
    const Agenda &agenda = state.agenda();
    QString text;
    for (int index = 0; index < agenda.size(); ++index) {
        const AgendaItem &item = agenda.item(index);
        if (item.kind != ItemKind::BreakOut || item.breakOut.groups.isEmpty()) {
            continue;
        }
        text += u'\n'
                + tr("Break-out \"%1\": group work planned %2, actual %3")
                      .arg(terminalText(item.title),
                           formatDuration(agenda.plannedMs(index)),
                           formatDuration(state.elapsedMs(index, now)))
                + u'\n';
        for (const BreakOutGroup &group : item.breakOut.groups) {
            QStringList parts;
            for (const auto &[key, count] : membersByStakeholderGroup(state.floor(), group)) {
                parts.append(tr("%1 %2").arg(count).arg(
                    key.isEmpty() ? tr("not given")
                                  : terminalText(Vocabulary::displayName(Vocabulary::Kind::StakeholderGroup, key))));
            }
            const qint64 reported = reportBackMs(state.floor(), group.id, now);
            text += tr("  %1: %Ln member(s) (%2); report-back %3", nullptr, int(group.members.size()))
                        .arg(terminalText(group.name),
                             parts.join(u", "_s),
                             reported < 0 ? tr("not yet") : formatDuration(reported))
                    + u'\n';
        }
    }
    return text;
}

QJsonObject SessionStats::phonesJson(const SessionState &state)
{
    const AudienceState &audience = state.audience();
    const auto blocked = std::count_if(
        audience.phones().cbegin(), audience.phones().cend(), [](const Phone &phone) { return phone.blocked; });
    QJsonObject questions;
    for (const InboxItem &item : audience.inbox()) {
        const QString key = inboxStatusKey(item.status);
        questions.insert(key, questions.value(key).toInt() + 1);
    }
    int comments = 0;
    for (const Reaction &reaction : audience.reactions()) {
        comments += reaction.reaction == u"comment" ? 1 : 0;
    }
    int agree = 0;
    int disagree = 0;
    for (const Takeaway &takeaway : state.display().takeaways()) {
        const auto [yes, no] = audience.stanceCounts(takeaway.id);
        agree += yes;
        disagree += no;
    }
    return {{u"joined"_s, int(audience.phones().size())},
            {u"blocked"_s, int(blocked)},
            {u"joining_open"_s, audience.joiningOpen()},
            {u"questions"_s, int(audience.inbox().size())},
            {u"questions_by_status"_s, questions},
            {u"agree"_s, agree},
            {u"disagree"_s, disagree},
            {u"comments"_s, comments},
            {u"shared_takeaways"_s, int(audience.sharedTakeaways().size())}};
}

QJsonObject SessionStats::floorJson(const SessionState &state, qint64 now)
{
    const FloorState &floor = state.floor();
    QJsonArray participants;
    const FloorBalance balance = FloorBalance::compute(state, now);
    for (const Participant &p : floor.participants()) {
        QStringList roles;
        for (Role role : p.roles) {
            roles.append(roleKey(role));
        }
        participants.append(QJsonObject{
            {u"id"_s, p.id},
            {u"name"_s, p.name},
            {u"organization"_s, p.organization},
            {u"stakeholder_group"_s, p.stakeholderGroup},
            {u"region"_s, p.region},
            {u"gender"_s, p.gender},
            {u"channel"_s, p.channelKey()},
            {u"roles"_s, QJsonArray::fromStringList(roles)},
            {u"turns"_s, floor.turnCount(p.id)},
            {u"speaking_s"_s, seconds(floor.speakingMs(p.id, now))},
        });
    }
    auto toObject = [&balance](FloorBalance::Dimension dimension) {
        QJsonObject object;
        for (const BalanceRow &row : balance.rows[dimension]) {
            object.insert(row.key, seconds(row.ms));
        }
        return object;
    };
    auto turnsOf = [&balance](FloorBalance::Dimension dimension) {
        QJsonObject object;
        for (const BalanceRow &row : balance.rows[dimension]) {
            object.insert(row.key, row.turns);
        }
        return object;
    };
    const QJsonObject turns{
        {u"total"_s, balance.totalTurns},
        {u"by_stakeholder_group"_s, turnsOf(FloorBalance::StakeholderGroup)},
        {u"by_region"_s, turnsOf(FloorBalance::Region)},
        {u"by_gender"_s, turnsOf(FloorBalance::Gender)},
        {u"by_channel"_s, turnsOf(FloorBalance::Channel)},
        {u"by_role"_s, turnsOf(FloorBalance::RoleGroup)},
    };
    QJsonArray occupants;
    qint64 occupied = 0;
    for (const Turn &turn : floor.turns()) {
        if (turn.kind != TurnKind::Chair) {
            continue;
        }
        const Participant *p = floor.participant(turn.participantId);
        Participant channelOf;
        channelOf.channel = turn.channel;
        channelOf.hub = turn.hub;
        occupied += turn.elapsedMs(now);
        occupants.append(QJsonObject{{u"name"_s, p ? p->name : QString()},
                                     {u"channel"_s, channelOf.channelKey()},
                                     {u"seconds"_s, seconds(turn.elapsedMs(now))},
                                     {u"via_online_moderator"_s, turn.viaOnlineModerator}});
    }
    return {
        {u"participants"_s, participants},
        {u"speaking_s"_s, seconds(balance.totalMs)},
        {u"moderation_s"_s, seconds(balance.moderationMs)},
        {u"by_stakeholder_group"_s, toObject(FloorBalance::StakeholderGroup)},
        {u"by_region"_s, toObject(FloorBalance::Region)},
        {u"by_gender"_s, toObject(FloorBalance::Gender)},
        {u"by_channel"_s, toObject(FloorBalance::Channel)},
        {u"by_role"_s, toObject(FloorBalance::RoleGroup)},
        {u"turns"_s, turns},
        {u"empty_chair"_s,
         QJsonObject{{u"openings"_s, floor.chairOpenings()},
                     {u"occupied_s"_s, seconds(occupied)},
                     {u"occupants"_s, occupants},
                     {u"state"_s, chairStateKey(floor.chairState())}}},
    };
}

QString SessionStats::toText(const SessionState &state, qint64 now)
{
    const Agenda &agenda = state.agenda();
    QString text;
    const QString title = terminalText(state.definition().title);
    text += state.definition().code.isEmpty() ? title : tr("%1: %2").arg(terminalText(state.definition().code), title);
    text += u'\n';
    text += tr("Planned %1, actual %2, paused %3")
                .arg(formatDuration(agenda.plannedTotalMs()),
                     formatDuration(state.sessionElapsedMs(now)),
                     formatDuration(state.pausedMs(now)));
    text += u"\n\n"_s;
    for (int index = 0; index < agenda.size(); ++index) {
        const AgendaItem &item = agenda.item(index);
        const QString indent(item.depth * 2, u' ');
        text += tr("%1%2  planned %3  actual %4")
                    .arg(indent,
                         terminalText(item.title),
                         formatDuration(agenda.plannedMs(index)),
                         formatDuration(state.elapsedMs(index, now)));
        text += u'\n';
    }
    text += floorText(state, now);
    text += breakOutText(state, now);
    const AudienceState &audience = state.audience();
    if (!audience.phones().isEmpty()) {
        text += u'\n'
                + tr("Phones: %1 joined, %2 questions, %3 reactions, %4 shared takeaways")
                      .arg(audience.phones().size())
                      .arg(audience.inbox().size())
                      .arg(audience.reactions().size())
                      .arg(audience.sharedTakeaways().size())
                + u'\n';
    }
    return text;
}

} // namespace core
