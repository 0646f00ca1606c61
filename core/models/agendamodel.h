// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractItemModel>
#include <QPointer>

namespace core {

class Session;

/**
 * The agenda of a Session as a tree: title, planned and actual time per item, live.
 *
 * Returns text, numbers and the custom roles below only (no colours or fonts: ui adds those).
 * Does not own the session; call setSession(nullptr) before the session is destroyed, or let the
 * QPointer notice. Lives in the GUI thread.
 */
class AgendaModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        TitleColumn,
        PlannedColumn,
        ActualColumn,
        ColumnCount
    };

    enum Role
    {
        ItemIdRole = Qt::UserRole + 1,
        KindRole,        ///< core::ItemKind as int
        PlannedMsRole,   ///< qint64
        ElapsedMsRole,   ///< qint64
        RemainingMsRole, ///< qint64
        PhaseRole,       ///< core::Phase as int
        StatusRole,      ///< core::ItemStatus as int
        IsCurrentRole,   ///< bool: the current leaf
    };

    explicit AgendaModel(QObject *parent = nullptr);

    void setSession(Session *session);

    [[nodiscard]] QModelIndex indexForItem(int itemId, int column = TitleColumn) const;

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void refreshAll();
    void refreshCurrent();
    [[nodiscard]] QModelIndex indexForAgendaIndex(int agendaIndex, int column) const;

    QPointer<Session> m_session;
};

} // namespace core
