// SPDX-License-Identifier: MIT
#include "ui/floorholderview.h"

#include "core/base/timeformat.h"
#include "core/base/vocabulary.h"
#include "core/session/session.h"
#include "ui/countdownwidget.h"
#include "ui/permission.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ui {

FloorHolderView::FloorHolderView(QWidget *parent)
    : FloorPart(parent)
{
    setObjectName(u"floorHolderView"_s);
    m_offerAction = shortcutAction(u"actionGiveFloorToSpeaker"_s, QKeySequence(Qt::Key_S));
    m_endTurnAction = shortcutAction(u"actionEndTurn"_s, QKeySequence(Qt::Key_Y));

    m_holderLabel = plainLabel(u"floorHolderLabel"_s, this);
    QFont holderFont = m_holderLabel->font();
    holderFont.setPointSizeF(holderFont.pointSizeF() * 1.4);
    holderFont.setBold(true);
    m_holderLabel->setFont(holderFont);
    m_holderDetail = plainLabel(u"floorHolderDetail"_s, this);
    m_turnCountdown = new CountdownWidget(this);
    m_turnCountdown->setObjectName(u"turnCountdown"_s);
    m_turnCountdown->setMinimumSize(160, 70);
    m_turnCountdown->setMaximumHeight(110);
    m_offerButton = button(u"offerSpeakerButton"_s, this);
    m_endTurnButton = button(u"endTurnButton"_s, this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_offerButton, 1);
    buttons->addWidget(m_endTurnButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_holderLabel);
    layout->addWidget(m_holderDetail);
    layout->addWidget(m_turnCountdown);
    layout->addLayout(buttons);

    connect(m_offerAction, &QAction::triggered, this, [this] {
        if (session() && session()->state().offeredSpeaker() != 0) {
            run(session()->execute(core::commands::GiveFloor{who(session()->state().offeredSpeaker())}));
        }
    });
    connect(m_endTurnAction, &QAction::triggered, this, [this] {
        if (session() && session()->state().floor().currentTurn()) {
            run(session()->execute(core::commands::EndTurn{}));
        }
    });
    connect(m_offerButton, &QPushButton::clicked, m_offerAction, &QAction::trigger);
    connect(m_endTurnButton, &QPushButton::clicked, m_endTurnAction, &QAction::trigger);
    retranslateUi();
}

core::Areas FloorHolderView::areas() const
{
    // The turn and who has it; the speaker offered next follows the current item and the agenda.
    return core::Area::Floor | core::Area::People | core::Area::Clock | core::Area::Agenda;
}

void FloorHolderView::showState(const core::SessionState &state, qint64)
{
    showHolder(state);
    refreshLive();
    const bool ended = state.runState() == core::RunState::Ended;
    const core::FloorState &floor = state.floor();
    const bool canEnd = floor.currentTurn() != nullptr && !ended;
    allowIf(m_endTurnAction, session(), core::commands::EndTurn{}, canEnd);
    allowIf(m_endTurnButton, session(), core::commands::EndTurn{}, canEnd);
    const int offered = ended ? 0 : state.offeredSpeaker();
    const core::Participant *offeredSpeaker = floor.participant(offered);
    allowIf(m_offerAction, session(), core::commands::GiveFloor{}, offeredSpeaker != nullptr);
    allowIf(m_offerButton, session(), core::commands::GiveFloor{}, offeredSpeaker != nullptr);
    m_offerButton->setText(offeredSpeaker ? tr("Give the floor to %1 (S)").arg(offeredSpeaker->name)
                                          : tr("Give the floor to the speaker (S)"));
}

void FloorHolderView::showHolder(const core::SessionState &state)
{
    const core::FloorState &floor = state.floor();
    const core::Turn *turn = floor.currentTurn();
    if (!turn) {
        m_holderLabel->setText(tr("Nobody holds the floor"));
        m_holderDetail->clear();
        return;
    }
    const core::Participant *p = floor.participant(turn->participantId);
    m_holderLabel->setText(p ? p->name : QString());
    QStringList detail;
    switch (turn->kind) {
    case core::TurnKind::Speaker:
        detail.append(tr("invited speaker"));
        break;
    case core::TurnKind::Audience:
        detail.append(tr("intervention"));
        break;
    case core::TurnKind::Chair:
        detail.append(turn->viaOnlineModerator ? tr("in the empty chair, through the online moderator")
                                               : tr("in the empty chair"));
        break;
    case core::TurnKind::Reply:
        detail.append(turn->atChair ? tr("reply to the empty chair") : tr("reply"));
        break;
    case core::TurnKind::Moderation:
        detail.append(tr("moderation"));
        break;
    }
    if (p && !p->stakeholderGroup.isEmpty()) {
        detail.append(core::Vocabulary::displayName(core::Vocabulary::Kind::StakeholderGroup, p->stakeholderGroup));
    }
    if (p && !p->organization.isEmpty()) {
        detail.append(p->organization);
    }
    detail.append(p ? channelText(p->channelKey()) : QString());
    m_holderDetail->setText(detail.join(u" · "_s));
}

void FloorHolderView::refreshLive()
{
    if (!session()) {
        return;
    }
    const core::SessionState &state = session()->state();
    const qint64 now = session()->now();
    if (const core::Turn *turn = state.floor().currentTurn()) {
        m_turnCountdown->setTime(core::formatDuration(turn->limitMs - turn->elapsedMs(now), core::Rounding::Countdown),
                                 state.turnPhase(now),
                                 turn->runningSinceMs < 0);
    } else {
        m_turnCountdown->setTime(QString(), core::Phase::Normal, true);
    }
}

void FloorHolderView::retranslateUi()
{
    m_offerAction->setText(tr("Give the floor to the &speaker"));
    m_endTurnAction->setText(tr("&End the turn"));
    setTitle(tr("Floor"));
    m_endTurnButton->setText(tr("End turn (Y)"));
    refresh();
}

} // namespace ui
