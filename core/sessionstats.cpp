// SPDX-License-Identifier: MIT
#include "core/sessionstats.h"

#include "core/timeformat.h"

#include <QJsonArray>

#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;

namespace core {
namespace {

double seconds(qint64 ms)
{
    return std::round(double(ms) / 100.0) / 10.0;
}

} // namespace

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
    return {{u"session"_s, session}, {u"agenda"_s, items(-1)}};
}

QString SessionStats::toText(const SessionState &state, qint64 now)
{
    const Agenda &agenda = state.agenda();
    QString text;
    text += state.definition().code.isEmpty() ? state.definition().title
                                              : tr("%1: %2").arg(state.definition().code, state.definition().title);
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
                         item.title,
                         formatDuration(agenda.plannedMs(index)),
                         formatDuration(state.elapsedMs(index, now)));
        text += u'\n';
    }
    return text;
}

} // namespace core
