// SPDX-License-Identifier: MIT
#include "core/models/agendamodel.h"

#include "core/base/timeformat.h"
#include "core/session/session.h"

#include <functional>

namespace core {

AgendaModel::AgendaModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void AgendaModel::setSession(Session *session)
{
    beginResetModel();
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
    }
    m_session = session;
    if (m_session) {
        connect(m_session, &Session::changed, this, [this](Areas areas) {
            if (areas & (Area::Agenda | Area::Clock)) {
                refreshAll();
            }
        });
        connect(m_session, &Session::ticked, this, &AgendaModel::refreshCurrent);
        connect(m_session, &Session::agendaReplaced, this, [this] {
            beginResetModel();
            endResetModel();
        });
        connect(m_session, &QObject::destroyed, this, [this] {
            beginResetModel();
            endResetModel();
        });
    }
    endResetModel();
}

QModelIndex AgendaModel::indexForAgendaIndex(int agendaIndex, int column) const
{
    if (!m_session || agendaIndex < 0) {
        return {};
    }
    const Agenda &agenda = m_session->state().agenda();
    const AgendaItem &item = agenda.item(agendaIndex);
    const int parentIndex = item.parentId < 0 ? -1 : agenda.indexOf(item.parentId);
    const int row = int(agenda.childIndexes(parentIndex).indexOf(agendaIndex));
    return createIndex(row, column, quintptr(agendaIndex));
}

QModelIndex AgendaModel::indexForItem(int itemId, int column) const
{
    if (!m_session) {
        return {};
    }
    return indexForAgendaIndex(m_session->state().agenda().indexOf(itemId), column);
}

QModelIndex AgendaModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!m_session || row < 0 || column < 0 || column >= ColumnCount) {
        return {};
    }
    if (parent.isValid() && parent.column() != 0) {
        return {};
    }
    const int parentIndex = parent.isValid() ? int(parent.internalId()) : -1;
    const auto children = m_session->state().agenda().childIndexes(parentIndex);
    if (row >= children.size()) {
        return {};
    }
    return createIndex(row, column, quintptr(children.at(row)));
}

QModelIndex AgendaModel::parent(const QModelIndex &child) const
{
    if (!m_session || !child.isValid()) {
        return {};
    }
    const Agenda &agenda = m_session->state().agenda();
    const AgendaItem &item = agenda.item(int(child.internalId()));
    if (item.parentId < 0) {
        return {};
    }
    return indexForAgendaIndex(agenda.indexOf(item.parentId), 0);
}

int AgendaModel::rowCount(const QModelIndex &parent) const
{
    if (!m_session || (parent.isValid() && parent.column() != 0)) {
        return 0;
    }
    if (!m_session->state().isDefined()) {
        return 0;
    }
    return int(m_session->state().agenda().childIndexes(parent.isValid() ? int(parent.internalId()) : -1).size());
}

int AgendaModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant AgendaModel::data(const QModelIndex &index, int role) const
{
    if (!m_session || !checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const SessionState &state = m_session->state();
    const int agendaIndex = int(index.internalId());
    const AgendaItem &item = state.agenda().item(agendaIndex);
    const qint64 now = m_session->now();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return item.title;
        case PlannedColumn:
            return formatDuration(state.agenda().plannedMs(agendaIndex));
        case ActualColumn: {
            const qint64 elapsed = state.elapsedMs(agendaIndex, now);
            return state.firstStartedMs(agendaIndex) < 0 ? QString() : formatDuration(elapsed);
        }
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return index.column() == TitleColumn ? QVariant() : QVariant(int(Qt::AlignTrailing | Qt::AlignVCenter));
    case ItemIdRole:
        return item.id;
    case KindRole:
        return int(item.kind);
    case PlannedMsRole:
        return state.agenda().plannedMs(agendaIndex);
    case ElapsedMsRole:
        return state.elapsedMs(agendaIndex, now);
    case RemainingMsRole:
        return state.remainingMs(agendaIndex, now);
    case PhaseRole:
        return int(state.phase(agendaIndex, now));
    case StatusRole:
        return int(state.status(agendaIndex));
    case IsCurrentRole:
        return agendaIndex == state.currentIndex();
    default:
        return {};
    }
}

QVariant AgendaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case TitleColumn:
        return tr("Agenda item");
    case PlannedColumn:
        return tr("Planned");
    case ActualColumn:
        return tr("Actual");
    default:
        return {};
    }
}

void AgendaModel::refreshAll()
{
    const int rows = rowCount();
    if (rows == 0) {
        return;
    }
    // Structure never changes after definition; every change is a data change.
    std::function<void(const QModelIndex &)> visit = [&](const QModelIndex &parent) {
        const int count = rowCount(parent);
        if (count == 0) {
            return;
        }
        emit dataChanged(index(0, 0, parent), index(count - 1, ColumnCount - 1, parent));
        for (int row = 0; row < count; ++row) {
            visit(index(row, 0, parent));
        }
    };
    visit({});
}

void AgendaModel::refreshCurrent()
{
    if (!m_session || m_session->state().runState() != RunState::Running) {
        return;
    }
    // The running leaf and its ancestors change their actual time.
    for (QModelIndex current = indexForAgendaIndex(m_session->state().currentIndex(), 0); current.isValid();
         current = current.parent()) {
        emit dataChanged(current.siblingAtColumn(0), current.siblingAtColumn(ColumnCount - 1));
    }
}

} // namespace core
