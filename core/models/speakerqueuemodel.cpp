// SPDX-License-Identifier: MIT
#include "core/models/speakerqueuemodel.h"

#include "core/base/timeformat.h"
#include "core/session/session.h"

#include <QDataStream>
#include <QMimeData>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace core {
namespace {
const QString MimeType = u"application/x-moderato-requests"_s;
}

SpeakerQueueModel::SpeakerQueueModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void SpeakerQueueModel::setSession(Session *session)
{
    beginResetModel();
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
    }
    m_session = session;
    m_requestIds.clear();
    if (m_session) {
        for (const Request &request : m_session->state().floor().orderedQueue(m_session->now())) {
            m_requestIds.append(request.id);
        }
        // The requests, and the names, channels and groups their entries and the queue's order use.
        connect(m_session, &Session::changed, this, [this](Areas areas) {
            if (areas & (Area::Floor | Area::People)) {
                refresh();
            }
        });
        connect(m_session, &Session::ticked, this, &SpeakerQueueModel::refresh);
        connect(m_session, &QObject::destroyed, this, [this] {
            beginResetModel();
            m_requestIds.clear();
            endResetModel();
        });
    }
    endResetModel();
}

void SpeakerQueueModel::refresh()
{
    if (!m_session) {
        return;
    }
    QList<int> ids;
    for (const Request &request : m_session->state().floor().orderedQueue(m_session->now())) {
        ids.append(request.id);
    }
    // std::equal, not QList::operator==: Qt 6.4's passes a null pointer to memcmp for empty lists (UBSan).
    if (std::equal(ids.begin(), ids.end(), m_requestIds.begin(), m_requestIds.end())) {
        if (!ids.isEmpty()) {
            emit dataChanged(index(0), index(int(ids.size()) - 1));
        }
        return;
    }
    // Removals first, then insertions at their places, then a move pass: fine-grained signals for views.
    for (int row = int(m_requestIds.size()) - 1; row >= 0; --row) {
        if (!ids.contains(m_requestIds.at(row))) {
            beginRemoveRows({}, row, row);
            m_requestIds.removeAt(row);
            endRemoveRows();
        }
    }
    for (int row = 0; row < ids.size(); ++row) {
        const int id = ids.at(row);
        const qsizetype at = m_requestIds.indexOf(id);
        if (at < 0) {
            const int insertAt = std::min(row, int(m_requestIds.size()));
            beginInsertRows({}, insertAt, insertAt);
            m_requestIds.insert(insertAt, id);
            endInsertRows();
        }
    }
    for (int row = 0; row < ids.size(); ++row) {
        const int at = int(m_requestIds.indexOf(ids.at(row)));
        if (at != row) {
            beginMoveRows({}, at, at, {}, row);
            m_requestIds.move(at, row);
            endMoveRows();
        }
    }
    if (!ids.isEmpty()) {
        emit dataChanged(index(0), index(int(ids.size()) - 1));
    }
}

int SpeakerQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_requestIds.size());
}

QVariant SpeakerQueueModel::data(const QModelIndex &index, int role) const
{
    if (!m_session || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const FloorState &floor = m_session->state().floor();
    const int requestId = m_requestIds.at(index.row());
    const auto &requests = floor.requests();
    const auto found =
        std::find_if(requests.begin(), requests.end(), [requestId](const Request &r) { return r.id == requestId; });
    if (found == requests.end()) {
        return {};
    }
    const Participant *p = floor.participant(found->participantId);
    if (!p) {
        return {};
    }
    const qint64 now = m_session->now();
    const int turns = floor.turnCount(p->id);
    switch (role) {
    case Qt::DisplayRole: {
        QStringList details;
        details.append(p->isRemote() ? (p->channel == Channel::Hub ? tr("hub %1").arg(p->hub) : tr("online"))
                                     : tr("in the room"));
        if (!p->stakeholderGroup.isEmpty()) {
            details.append(p->stakeholderGroup);
        }
        if (m_session->state().audience().phoneOf(p->id)) {
            details.append(tr("from a phone"));
        }
        details.append(turns == 0
                           ? tr("first time")
                           : tr("%Ln turn(s), %1", nullptr, turns).arg(formatDuration(floor.speakingMs(p->id, now))));
        return tr("%1 (%2)").arg(p->name, details.join(u", "_s));
    }
    case RequestIdRole:
        return requestId;
    case ParticipantIdRole:
        return p->id;
    case NameRole:
        return p->name;
    case ChannelRole:
        return p->channelKey();
    case StakeholderGroupRole:
        return p->stakeholderGroup;
    case TurnsRole:
        return turns;
    case SpeakingMsRole:
        return floor.speakingMs(p->id, now);
    case FirstTimeRole:
        return turns == 0;
    case IsRemoteRole:
        return p->isRemote();
    default:
        return {};
    }
}

Qt::ItemFlags SpeakerQueueModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = QAbstractListModel::flags(index);
    return index.isValid() ? base | Qt::ItemIsDragEnabled : base | Qt::ItemIsDropEnabled;
}

Qt::DropActions SpeakerQueueModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList SpeakerQueueModel::mimeTypes() const
{
    return {MimeType};
}

QMimeData *SpeakerQueueModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.size() != 1 || !indexes.constFirst().isValid()) {
        return nullptr;
    }
    auto *mime = new QMimeData;
    mime->setData(MimeType, QByteArray::number(indexes.constFirst().row()));
    return mime;
}

bool SpeakerQueueModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int, const QModelIndex &parent)
{
    if (!data || action != Qt::MoveAction || !data->hasFormat(MimeType)) {
        return false;
    }
    bool ok = false;
    const int from = data->data(MimeType).toInt(&ok);
    if (!ok) {
        return false;
    }
    int to = row >= 0 ? row : (parent.isValid() ? parent.row() : rowCount());
    if (to > from) {
        --to; // the row leaves its place before it lands
    }
    moveRequest(from, to);
    return false; // the session already reordered: the view must not remove the source row itself
}

bool SpeakerQueueModel::moveRequest(int fromRow, int toRow)
{
    if (!m_session || fromRow < 0 || fromRow >= m_requestIds.size()) {
        return false;
    }
    toRow = std::clamp(toRow, 0, int(m_requestIds.size()) - 1);
    if (toRow == fromRow) {
        return false;
    }
    QList<int> order = m_requestIds;
    order.move(fromRow, toRow);
    return m_session->execute(core::commands::ReorderQueue{order}).has_value();
}

} // namespace core
