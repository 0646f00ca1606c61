// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractListModel>
#include <QPointer>

namespace core {

class Session;

/**
 * The queue of requests to speak, in the order of the session's queue policy: one row a request
 * with the person's channel, stakeholder group, turns so far, speaking time and a "first time"
 * mark. Dragging rows (mime type application/x-moderato-requests) reorders the queue through the
 * session, which records it and switches to the moderator's own order. Does not own the session.
 */
class SpeakerQueueModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        RequestIdRole = Qt::UserRole + 1,
        ParticipantIdRole,
        NameRole,
        ChannelRole,          ///< "onsite", "online", "hub:NAME"
        StakeholderGroupRole, ///< may be empty
        TurnsRole,            ///< int
        SpeakingMsRole,       ///< qint64
        FirstTimeRole,        ///< bool: has not spoken yet
        IsRemoteRole,         ///< bool
    };

    explicit SpeakerQueueModel(QObject *parent = nullptr);

    void setSession(Session *session);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    [[nodiscard]] Qt::DropActions supportedDropActions() const override;
    [[nodiscard]] QStringList mimeTypes() const override;
    [[nodiscard]] QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool
    dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;

    /// Moves one request to a new position (0-based) in the displayed order.
    bool moveRequest(int fromRow, int toRow);

private:
    void refresh();

    QPointer<Session> m_session;
    QList<int> m_requestIds; // the displayed order, to tell inserts and removals from data changes
};

} // namespace core
