// SPDX-License-Identifier: MIT
#include "ui/emptychairview.h"

#include "core/base/timeformat.h"
#include "core/floor/personentry.h"
#include "core/session/session.h"
#include "ui/permission.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace ui {

EmptyChairView::EmptyChairView(QWidget *parent)
    : FloorPart(parent)
{
    setObjectName(u"emptyChairView"_s);
    m_chairAction = shortcutAction(u"actionEmptyChair"_s, QKeySequence(Qt::Key_C));
    m_acceptClaimAction = shortcutAction(u"actionAcceptClaim"_s, QKeySequence(Qt::Key_A));
    createWidgets();

    connect(m_chairAction, &QAction::triggered, this, &EmptyChairView::toggleChair);
    connect(m_acceptClaimAction, &QAction::triggered, this, [this] {
        if (session() && session()->state().floor().pendingClaim() != 0) {
            run(session()->execute(core::commands::TakeChair{who(session()->state().floor().pendingClaim())}));
        }
    });
    connect(m_chairButton, &QPushButton::clicked, m_chairAction, &QAction::trigger);
    connect(m_acceptClaimButton, &QPushButton::clicked, m_acceptClaimAction, &QAction::trigger);
    connect(m_declineClaimButton, &QPushButton::clicked, this, [this] {
        if (session()) {
            run(session()->execute(core::commands::DeclineChairClaim{}));
        }
    });
    connect(m_takeChairButton, &QPushButton::clicked, this, &EmptyChairView::takeChair);
    connect(m_chairName, &QLineEdit::returnPressed, this, &EmptyChairView::takeChair);
    connect(m_claimButton, &QPushButton::clicked, this, &EmptyChairView::claimChair);
    connect(m_claimName, &QLineEdit::returnPressed, this, &EmptyChairView::claimChair);
    connect(m_replyButton, &QPushButton::clicked, this, [this] {
        if (session() && m_replyCombo->currentIndex() >= 0) {
            run(session()->execute(core::commands::ReplyFromChair{m_replyCombo->currentData().toInt()}));
        }
    });
    retranslateUi();
}

void EmptyChairView::createWidgets()
{
    m_chairState = plainLabel(u"chairStateLabel"_s, this);
    m_chairPrompt = plainLabel(u"chairPromptLabel"_s, this);
    m_chairPrompt->setStyleSheet(u"background: #E3F2FD; color: #0D47A1; padding: 4px; border: 1px solid #64B5F6;"_s);
    m_chairButton = button(u"chairButton"_s, this);
    m_claimFrame = new QFrame(this);
    m_claimFrame->setObjectName(u"chairClaimFrame"_s);
    m_claimFrame->setStyleSheet(
        u"#chairClaimFrame { background: #FFE0B2; border: 2px solid #EF6C00; } #chairClaimFrame QLabel { color: #3E2723; }"_s);
    auto *claimLayout = new QHBoxLayout(m_claimFrame);
    m_claimLabel = plainLabel(u"chairClaimLabel"_s, m_claimFrame);
    m_acceptClaimButton = button(u"acceptClaimButton"_s, m_claimFrame);
    m_declineClaimButton = button(u"declineClaimButton"_s, m_claimFrame);
    claimLayout->addWidget(m_claimLabel, 1);
    claimLayout->addWidget(m_acceptClaimButton);
    claimLayout->addWidget(m_declineClaimButton);
    m_chairName = personEdit(u"chairNameEdit"_s);
    m_chairOnline = new QCheckBox(this);
    m_chairOnline->setObjectName(u"chairOnlineCheck"_s);
    m_chairOnline->setFocusPolicy(Qt::NoFocus);
    m_takeChairButton = button(u"takeChairButton"_s, this);
    m_claimName = personEdit(u"claimNameEdit"_s);
    m_claimButton = button(u"claimChairButton"_s, this);
    m_replyCombo = new QComboBox(this);
    m_replyCombo->setObjectName(u"replyCombo"_s);
    m_replyCombo->setFocusPolicy(Qt::NoFocus);
    m_replyButton = button(u"replyButton"_s, this);
    m_chairHistory = plainLabel(u"chairHistoryLabel"_s, this);

    auto *layout = new QGridLayout(this);
    layout->addWidget(m_chairState, 0, 0, 1, 3);
    layout->addWidget(m_chairPrompt, 1, 0, 1, 3);
    layout->addWidget(m_claimFrame, 2, 0, 1, 3);
    layout->addWidget(m_chairName, 3, 0);
    layout->addWidget(m_chairOnline, 3, 1);
    layout->addWidget(m_takeChairButton, 3, 2);
    layout->addWidget(m_claimName, 4, 0, 1, 2);
    layout->addWidget(m_claimButton, 4, 2);
    layout->addWidget(m_replyCombo, 5, 0, 1, 2);
    layout->addWidget(m_replyButton, 5, 2);
    layout->addWidget(m_chairButton, 6, 0, 1, 3);
    layout->addWidget(m_chairHistory, 7, 0, 1, 3);
    layout->setColumnStretch(0, 1);
}

core::Areas EmptyChairView::areas() const
{
    // The chair and its turns, the speakers who may reply, and the chair moment (the current item in the agenda).
    return core::Area::Chair | core::Area::Floor | core::Area::People | core::Area::Clock | core::Area::Agenda;
}

void EmptyChairView::takeChair()
{
    const QString name = m_chairName->text().simplified();
    if (!session() || name.isEmpty()) {
        return;
    }
    // Someone new is added as a walk-in by the chair's own event, with what the line says of them.
    const auto person = whoFromLine(name, m_chairOnline->isChecked());
    if (person && run(session()->execute(core::commands::TakeChair{*person}))) {
        m_chairOnline->setChecked(false);
        leaveField(m_chairName);
    }
}

void EmptyChairView::claimChair()
{
    const QString name = m_claimName->text().simplified();
    if (!session() || name.isEmpty()) {
        return;
    }
    const auto person = whoFromLine(name, true);
    if (person && run(session()->execute(core::commands::ClaimChair{*person, {}}))) {
        leaveField(m_claimName);
    }
}

void EmptyChairView::toggleChair()
{
    if (!session()) {
        return;
    }
    if (session()->state().floor().chairState() == core::ChairState::Closed) {
        run(session()->execute(core::commands::OpenChair{}));
    } else {
        run(session()->execute(core::commands::CloseChair{}));
    }
}

void EmptyChairView::showState(const core::SessionState &state, qint64 now)
{
    const bool ended = state.runState() == core::RunState::Ended;
    const core::FloorState &floor = state.floor();
    showChairState(state);
    // C opens a closed chair and closes (releases) it otherwise.
    const core::Command toggle = floor.chairState() == core::ChairState::Closed
                                     ? core::Command(core::commands::OpenChair{})
                                     : core::Command(core::commands::CloseChair{});
    allowIf(m_chairAction, session(), toggle, !ended);
    allowIf(m_chairButton, session(), toggle, !ended);
    showClaim(state);
    const bool open = floor.chairState() == core::ChairState::Open && !ended;
    allowIf(m_chairName, session(), core::commands::TakeChair{}, true, core::PersonEntryParser::syntaxHelp());
    allowIf(m_chairOnline, session(), core::commands::TakeChair{}, true);
    allowIf(m_takeChairButton, session(), core::commands::TakeChair{}, open);
    allowIf(m_claimName, session(), core::commands::ClaimChair{}, true, core::PersonEntryParser::syntaxHelp());
    allowIf(m_claimButton, session(), core::commands::ClaimChair{}, true);
    const bool taken = floor.chairState() == core::ChairState::Taken && !ended;
    allowIf(m_replyCombo, session(), core::commands::ReplyFromChair{}, true);
    allowIf(m_replyButton, session(), core::commands::ReplyFromChair{}, taken);
    showReplyChoices(floor);
    showHistory(floor, now);
}

void EmptyChairView::showChairState(const core::SessionState &state)
{
    const core::FloorState &floor = state.floor();
    switch (floor.chairState()) {
    case core::ChairState::Closed:
        m_chairState->setText(tr("The empty chair is closed."));
        m_chairButton->setText(tr("Invite the room to the empty chair (C)"));
        break;
    case core::ChairState::Open:
        m_chairState->setText(tr("The empty chair is open: anyone in the room may take it; online participants "
                                 "join through the online moderator."));
        m_chairButton->setText(tr("Close the empty chair (C)"));
        break;
    case core::ChairState::Taken:
    case core::ChairState::Reply: {
        const core::Turn *turn = floor.currentTurn();
        const core::Participant *p = turn ? floor.participant(turn->participantId) : nullptr;
        if (floor.chairState() == core::ChairState::Reply && p) {
            m_chairState->setText(tr("%1 replies to the empty chair.").arg(p->name));
        } else if (turn && turn->kind == core::TurnKind::Chair && p) {
            m_chairState->setText(tr("%1 sits in the empty chair (%2).").arg(p->name, channelText(p->channelKey())));
        } else {
            m_chairState->setText(tr("The empty chair is taken."));
        }
        m_chairButton->setText(tr("Release the empty chair (C)"));
        break;
    }
    }
    m_chairPrompt->setText(tr("The speaker has finished: invite the room to the empty chair now (C)."));
    m_chairPrompt->setVisible(state.isChairMoment());
}

void EmptyChairView::showClaim(const core::SessionState &state)
{
    const core::FloorState &floor = state.floor();
    const core::Participant *claimant = floor.participant(floor.pendingClaim());
    m_claimFrame->setVisible(claimant != nullptr);
    const bool claimed = claimant != nullptr && state.runState() != core::RunState::Ended;
    allowIf(m_acceptClaimAction, session(), core::commands::TakeChair{}, claimed);
    allowIf(m_acceptClaimButton, session(), core::commands::TakeChair{}, true);
    allowIf(m_declineClaimButton, session(), core::commands::DeclineChairClaim{}, true);
    if (claimant && state.audience().phoneOf(claimant->id)) {
        m_claimLabel->setText(tr("%1 (%2) asks for the empty chair from their phone.")
                                  .arg(claimant->name, channelText(claimant->channelKey())));
    } else if (claimant) {
        m_claimLabel->setText(tr("The online moderator claims the empty chair for %1 (%2).")
                                  .arg(claimant->name, channelText(claimant->channelKey())));
    }
}

void EmptyChairView::showReplyChoices(const core::FloorState &floor)
{
    const int replySelected = m_replyCombo->currentData().toInt();
    m_replyCombo->clear();
    for (int id : floor.rotationOrder()) {
        if (const core::Participant *p = floor.participant(id)) {
            m_replyCombo->addItem(p->name, id);
        }
    }
    if (const int at = m_replyCombo->findData(replySelected); at >= 0) {
        m_replyCombo->setCurrentIndex(at);
    }
}

void EmptyChairView::showHistory(const core::FloorState &floor, qint64 now)
{
    QStringList history;
    for (const core::Turn &turn : floor.turns()) {
        if (turn.kind == core::TurnKind::Chair) {
            const core::Participant *p = floor.participant(turn.participantId);
            Q_ASSERT(p);
            // Who sat there: their groups too, as the walk-in line gave them.
            QStringList who{p->name};
            for (const QString &known : {p->stakeholderGroup, p->region}) {
                if (!known.isEmpty()) {
                    who.append(known);
                }
            }
            history.append(
                tr("%1, %2, %3")
                    .arg(who.join(u", "_s), channelText(p->channelKey()), core::formatDuration(turn.elapsedMs(now))));
        }
    }
    m_chairHistory->setText(history.isEmpty() ? tr("Nobody has taken the empty chair yet.")
                                              : tr("In the chair so far: %1").arg(history.join(u"; "_s)));
}

void EmptyChairView::retranslateUi()
{
    m_chairAction->setText(tr("Open or close the empty &chair"));
    m_acceptClaimAction->setText(tr("&Accept the claim on the empty chair"));
    setTitle(tr("Empty chair"));
    m_acceptClaimButton->setText(tr("Accept (A)"));
    m_declineClaimButton->setText(tr("Decline"));
    m_chairName->setPlaceholderText(tr("Who takes the chair: name, group, region, gender, room or online"));
    m_chairOnline->setText(tr("Online"));
    m_takeChairButton->setText(tr("Take the chair"));
    m_claimName->setPlaceholderText(tr("Remote participant (for the online moderator)"));
    m_claimButton->setText(tr("Claim for them"));
    m_replyButton->setText(tr("Speaker replies"));
    refresh();
}

} // namespace ui
