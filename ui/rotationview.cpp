// SPDX-License-Identifier: MIT
#include "ui/rotationview.h"

#include "core/session/session.h"
#include "ui/permission.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ui {

RotationView::RotationView(QWidget *parent)
    : FloorPart(parent)
{
    setObjectName(u"rotationView"_s);
    m_rotationList = new QListWidget(this);
    m_rotationList->setObjectName(u"rotationList"_s);
    m_rotationList->setFocusPolicy(Qt::NoFocus);
    m_rotationList->setMaximumHeight(90);
    m_speakerUpButton = button(u"speakerUpButton"_s, this);
    m_speakerDownButton = button(u"speakerDownButton"_s, this);
    m_skipSpeakerButton = button(u"skipSpeakerButton"_s, this);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_speakerUpButton);
    buttons->addWidget(m_speakerDownButton);
    buttons->addWidget(m_skipSpeakerButton);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_rotationList, 1);
    layout->addLayout(buttons);

    connect(m_speakerUpButton, &QPushButton::clicked, this, [this] { moveSpeaker(-1); });
    connect(m_speakerDownButton, &QPushButton::clicked, this, [this] { moveSpeaker(+1); });
    connect(m_skipSpeakerButton, &QPushButton::clicked, this, &RotationView::toggleSkipSpeaker);
    retranslateUi();
}

core::Areas RotationView::areas() const
{
    // The order and the skipped speakers, their names; an agenda edit before the start changes the order.
    return core::Area::Floor | core::Area::People | core::Area::Agenda;
}

void RotationView::moveSpeaker(int delta)
{
    const int row = m_rotationList->currentRow();
    if (!session() || row < 0) {
        return;
    }
    const core::FloorState &floor = session()->state().floor();
    QList<int> order = floor.rotationOrder();
    const int to = row + delta;
    if (to < 0 || to >= order.size()) {
        return;
    }
    order.move(row, to);
    const QSet<int> &skipped = floor.skippedSpeakers();
    run(session()->execute(core::commands::SetRotation{order, QList<int>(skipped.begin(), skipped.end())}));
    m_rotationList->setCurrentRow(to);
}

void RotationView::toggleSkipSpeaker()
{
    const int row = m_rotationList->currentRow();
    if (!session() || row < 0) {
        return;
    }
    const QList<int> order = session()->state().floor().rotationOrder();
    QSet<int> skipped = session()->state().floor().skippedSpeakers();
    const int id = order.at(row);
    if (skipped.contains(id)) {
        skipped.remove(id);
    } else {
        skipped.insert(id);
    }
    run(session()->execute(core::commands::SetRotation{order, QList<int>(skipped.begin(), skipped.end())}));
    m_rotationList->setCurrentRow(row);
}

void RotationView::showState(const core::SessionState &state, qint64)
{
    const core::FloorState &floor = state.floor();
    const int selectedRow = m_rotationList->currentRow();
    m_rotationList->clear();
    for (int id : floor.rotationOrder()) {
        const core::Participant *p = floor.participant(id);
        if (!p) {
            continue;
        }
        const bool skipped = floor.skippedSpeakers().contains(id);
        auto *item = new QListWidgetItem(skipped ? tr("%1 (skipped)").arg(p->name) : p->name, m_rotationList);
        item->setData(Qt::UserRole, id);
        if (skipped) {
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        }
    }
    if (selectedRow >= 0 && selectedRow < m_rotationList->count()) {
        m_rotationList->setCurrentRow(selectedRow);
    }
    for (QPushButton *button : {m_speakerUpButton, m_speakerDownButton, m_skipSpeakerButton}) {
        allowIf(button, session(), core::commands::SetRotation{}, true);
    }
}

void RotationView::retranslateUi()
{
    setTitle(tr("Speaking order"));
    m_speakerUpButton->setText(tr("Earlier"));
    m_speakerDownButton->setText(tr("Later"));
    m_skipSpeakerButton->setText(tr("Skip or bring back"));
    refresh();
}

} // namespace ui
