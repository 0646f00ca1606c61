// SPDX-License-Identifier: MIT
#include "ui/agendastyleproxy.h"

#include "core/models/agendamodel.h"
#include "core/session/sessionstate.h"
#include "ui/countdownwidget.h"

#include <QColor>
#include <QFont>
#include <QPalette>

namespace ui {

QVariant AgendaStyleProxy::data(const QModelIndex &index, int role) const
{
    using core::AgendaModel;
    const auto status = core::ItemStatus(QIdentityProxyModel::data(index, AgendaModel::StatusRole).toInt());
    const bool current = QIdentityProxyModel::data(index, AgendaModel::IsCurrentRole).toBool();
    switch (role) {
    case Qt::FontRole: {
        if (status == core::ItemStatus::Current) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    }
    case Qt::BackgroundRole:
        if (current) {
            return QColor(0xFF, 0xE0, 0x82); // light amber: "you are here"
        }
        return {};
    case Qt::ForegroundRole: {
        const qint64 remaining = QIdentityProxyModel::data(index, AgendaModel::RemainingMsRole).toLongLong();
        if (index.column() == AgendaModel::ActualColumn && remaining < 0) {
            return QColor(0xC6, 0x28, 0x28);
        }
        if (current) {
            return QColor(Qt::black);
        }
        if (status == core::ItemStatus::Done) {
            return QPalette().color(QPalette::Disabled, QPalette::Text);
        }
        return {};
    }
    default:
        return QIdentityProxyModel::data(index, role);
    }
}

} // namespace ui
