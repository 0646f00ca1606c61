// SPDX-License-Identifier: MIT
#pragma once

#include "core/rapporteur/notestate.h"

#include <QAbstractListModel>
#include <QPointer>

namespace core {

class Session;

/**
 * The rapporteur's notes on the session's timeline, newest last, with filters: by who held the
 * floor, by agenda item, by tag, and by the ids a full-text search found. Deleted notes are left
 * out. Text, numbers and custom roles only. Does not own the session.
 */
class NotesModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        TextRole,
        TagsRole,        ///< QStringList of tag keys
        TypedAtWallRole, ///< qint64, UTC ms
        ItemIdRole,
        ItemTitleRole,
        HolderIdRole,
        HolderNameRole,
        FromChairRole,
    };

    explicit NotesModel(QObject *parent = nullptr);

    void setSession(Session *session);

    /// 0 (or -1 for the tag) clears a filter.
    void setHolderFilter(int participantId);
    void setItemFilter(int itemId);
    void setTagFilter(int tag);
    /// Only these notes, in this order (a search); an empty optional list shows all.
    void setSearchResult(const QList<int> &ids, bool active);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void rebuild();

    QPointer<Session> m_session;
    QList<int> m_ids; // the notes shown, in order
    int m_holder = 0;
    int m_item = 0;
    int m_tag = -1;
    bool m_searchActive = false;
    QList<int> m_searchIds;
};

} // namespace core
