// SPDX-License-Identifier: MIT
#include "ui/balancepanel.h"

#include "core/base/timeformat.h"
#include "core/base/vocabulary.h"
#include "core/session/floorbalance.h"
#include "core/session/session.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ui {

BalancePanel::BalancePanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"balancePanel"_s);
    auto *layout = new QVBoxLayout(this);
    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setObjectName(u"balanceEmptyLabel"_s);
    m_emptyLabel->setWordWrap(true);
    layout->addWidget(m_emptyLabel);
    m_grid = new QGridLayout;
    m_grid->setColumnStretch(1, 1);
    layout->addLayout(m_grid);
    m_moderationLabel = new QLabel(this);
    m_moderationLabel->setObjectName(u"balanceModerationLabel"_s);
    m_moderationLabel->setTextFormat(Qt::PlainText);
    m_moderationLabel->setWordWrap(true);
    layout->addWidget(m_moderationLabel);
    layout->addStretch();
}

void BalancePanel::setSession(core::Session *session)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
    }
    m_session = session;
    m_shape.clear();
    if (m_session) {
        // Floor time by group and channel: the turns, and who the speakers are.
        connect(m_session, &core::Session::changed, this, [this](core::Areas areas) {
            if (areas & (core::Area::Floor | core::Area::People)) {
                refresh();
            }
        });
        // Live, but once a second is enough for bars.
        connect(m_session, &core::Session::ticked, this, [this] {
            if (m_session && m_session->now() - m_lastRefreshMs >= 1000) {
                refresh();
            }
        });
    }
    refresh();
}

QString BalancePanel::valueText(int dimension, const QString &key) const
{
    if (key == u"unknown") {
        return tr("not given");
    }
    if (dimension == core::FloorBalance::Channel) {
        if (key == u"onsite") {
            return tr("in the room");
        }
        if (key == u"online") {
            return tr("online");
        }
        return tr("hub %1").arg(key.mid(4));
    }
    if (dimension == core::FloorBalance::RoleGroup) {
        if (key == u"invited_speakers") {
            return tr("invited speakers");
        }
        if (key == u"moderators") {
            return tr("moderators");
        }
        if (key == u"replies") {
            return tr("replies by invited speakers");
        }
        return tr("audience");
    }
    // The IGF's own words in the interface's language; anything else as the participants gave it.
    if (dimension == core::FloorBalance::StakeholderGroup) {
        return core::Vocabulary::displayName(core::Vocabulary::Kind::StakeholderGroup, key);
    }
    if (dimension == core::FloorBalance::Region) {
        return core::Vocabulary::displayName(core::Vocabulary::Kind::Region, key);
    }
    if (dimension == core::FloorBalance::Gender) {
        return core::Vocabulary::displayName(core::Vocabulary::Kind::Gender, key);
    }
    return key;
}

void BalancePanel::refresh()
{
    m_emptyLabel->setText(tr("Floor time appears here once someone has the floor."));
    if (!m_session) {
        m_emptyLabel->show();
        return;
    }
    const qint64 now = m_session->now();
    m_lastRefreshMs = now;
    const core::FloorBalance balance = core::FloorBalance::compute(m_session->state(), now);
    m_emptyLabel->setVisible(balance.totalTurns == 0 && balance.moderationTurns == 0);

    const QString titles[core::FloorBalance::DimensionCount] = {tr("Stakeholder group"),
                                                                tr("Regional group"),
                                                                tr("Gender"),
                                                                tr("Channel"),
                                                                tr("Presentations, replies and audience")};
    QString shape;
    for (int d = 0; d < core::FloorBalance::DimensionCount; ++d) {
        shape += QString::number(d) + u':';
        for (const auto &row : balance.rows[d]) {
            shape += row.key + u'|';
        }
    }
    if (shape != m_shape) {
        // Lay the rows out again only when the set of values changed.
        while (QLayoutItem *item = m_grid->takeAt(0)) {
            delete item->widget();
            delete item;
        }
        int line = 0;
        for (int d = 0; d < core::FloorBalance::DimensionCount; ++d) {
            if (balance.rows[d].isEmpty()) {
                continue;
            }
            auto *title = new QLabel(titles[d], this);
            title->setObjectName(u"balanceTitle%1"_s.arg(d));
            QFont font = title->font();
            font.setBold(true);
            title->setFont(font);
            m_grid->addWidget(title, line++, 0, 1, 3);
            for (int r = 0; r < balance.rows[d].size(); ++r) {
                auto *name = new QLabel(this);
                name->setTextFormat(Qt::PlainText);
                auto *bar = new QProgressBar(this);
                bar->setRange(0, 1000);
                bar->setTextVisible(false);
                bar->setMaximumHeight(14);
                auto *value = new QLabel(this);
                value->setTextFormat(Qt::PlainText);
                value->setObjectName(u"balanceValue_%1_%2"_s.arg(d).arg(r));
                m_grid->addWidget(name, line, 0);
                m_grid->addWidget(bar, line, 1);
                m_grid->addWidget(value, line, 2);
                ++line;
            }
        }
        m_shape = shape;
    }
    m_shownRows.clear();
    int line = 0;
    for (int d = 0; d < core::FloorBalance::DimensionCount; ++d) {
        if (balance.rows[d].isEmpty()) {
            continue;
        }
        if (auto *title = qobject_cast<QLabel *>(m_grid->itemAtPosition(line, 0)->widget())) {
            title->setText(titles[d]);
        }
        ++line;
        for (const auto &row : balance.rows[d]) {
            auto *name = qobject_cast<QLabel *>(m_grid->itemAtPosition(line, 0)->widget());
            auto *bar = qobject_cast<QProgressBar *>(m_grid->itemAtPosition(line, 1)->widget());
            auto *value = qobject_cast<QLabel *>(m_grid->itemAtPosition(line, 2)->widget());
            name->setText(valueText(d, row.key));
            bar->setValue(balance.totalMs > 0 ? int(row.ms * 1000 / balance.totalMs) : 0);
            value->setText(tr("%1 · %Ln turn(s)", nullptr, row.turns).arg(core::formatDuration(row.ms)));
            m_shownRows.append(u"%1|%2|%3|%4"_s.arg(d).arg(row.key).arg(row.ms / 1000).arg(row.turns));
            ++line;
        }
    }
    // The moderators' own turns are not the participants' floor time: one figure, in no breakdown.
    m_moderationLabel->setVisible(balance.moderationTurns > 0);
    m_moderationLabel->setText(tr("Moderation, not counted above: %1 · %Ln turn(s)", nullptr, balance.moderationTurns)
                                   .arg(core::formatDuration(balance.moderationMs)));
    if (balance.moderationTurns > 0) {
        m_shownRows.append(u"moderation|%1|%2"_s.arg(balance.moderationMs / 1000).arg(balance.moderationTurns));
    }
}

void BalancePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_shape.clear();
        refresh();
    }
    QWidget::changeEvent(event);
}

} // namespace ui
