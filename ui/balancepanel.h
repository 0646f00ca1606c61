// SPDX-License-Identifier: MIT
#pragma once

#include <QPointer>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace core {
class Session;
}

namespace ui {

/**
 * The live balance of the floor: speaking time and turns by stakeholder group, regional group,
 * gender, channel and role (presentations, replies, audience), each as a bar against the
 * participants' total floor time; the moderators' own turns are one figure apart, below.
 */
class BalancePanel final : public QWidget
{
    Q_OBJECT

public:
    explicit BalancePanel(QWidget *parent = nullptr);

    void setSession(core::Session *session);
    void refresh();

    /// The rows shown, as "dimension|value|seconds|turns" lines (the moderation figure as
    /// "moderation|seconds|turns"): what the panel says, for tests.
    [[nodiscard]] QStringList shownRows() const { return m_shownRows; }

protected:
    void changeEvent(QEvent *event) override;

private:
    [[nodiscard]] QString valueText(int dimension, const QString &key) const;

    QPointer<core::Session> m_session;
    QGridLayout *m_grid;
    QLabel *m_emptyLabel;
    QLabel *m_moderationLabel;
    QStringList m_shownRows;
    QString m_shape; // dimensions and keys currently laid out
    qint64 m_lastRefreshMs = -1;
};

} // namespace ui
