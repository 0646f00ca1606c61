// SPDX-License-Identifier: MIT
#pragma once

#include <QIdentityProxyModel>

namespace ui {

/// Adds the looks to core::AgendaModel: the current item highlighted and bold, done items greyed, overruns red.
class AgendaStyleProxy final : public QIdentityProxyModel
{
    Q_OBJECT

public:
    using QIdentityProxyModel::QIdentityProxyModel;

    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
};

} // namespace ui
