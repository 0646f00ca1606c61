// SPDX-License-Identifier: MIT
#include "ui/floorpanel.h"

#include "core/base/timeformat.h"
#include "core/models/speakerqueuemodel.h"
#include "core/session/session.h"
#include "ui/countdownwidget.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ui {
namespace {

QLabel *plainLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

QPushButton *button(const QString &objectName, QWidget *parent)
{
    auto *b = new QPushButton(parent);
    b->setObjectName(objectName);
    b->setFocusPolicy(Qt::NoFocus);
    return b;
}

QAction *shortcutAction(const QString &objectName, const QKeySequence &key, QWidget *owner)
{
    auto *action = new QAction(owner);
    action->setObjectName(objectName);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WindowShortcut);
    owner->addAction(action);
    return action;
}

} // namespace

FloorPanel::FloorPanel(QWidget *parent)
    : QWidget(parent)
    , m_queueModel(new core::SpeakerQueueModel(this))
{
    setObjectName(u"floorPanel"_s);
    m_offerAction = shortcutAction(u"actionGiveFloorToSpeaker"_s, QKeySequence(Qt::Key_S), this);
    m_endTurnAction = shortcutAction(u"actionEndTurn"_s, QKeySequence(Qt::Key_Y), this);
    m_queueNextAction = shortcutAction(u"actionQueueNext"_s, QKeySequence(Qt::Key_Q), this);
    m_requestAction = shortcutAction(u"actionAddRequest"_s, QKeySequence(Qt::Key_I), this);
    m_chairAction = shortcutAction(u"actionEmptyChair"_s, QKeySequence(Qt::Key_C), this);
    m_acceptClaimAction = shortcutAction(u"actionAcceptClaim"_s, QKeySequence(Qt::Key_A), this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    // Who holds the floor.
    m_floorBox = new QGroupBox(this);
    auto *floorLayout = new QVBoxLayout(m_floorBox);
    m_holderLabel = plainLabel(u"floorHolderLabel"_s, m_floorBox);
    QFont holderFont = m_holderLabel->font();
    holderFont.setPointSizeF(holderFont.pointSizeF() * 1.4);
    holderFont.setBold(true);
    m_holderLabel->setFont(holderFont);
    m_holderDetail = plainLabel(u"floorHolderDetail"_s, m_floorBox);
    m_turnCountdown = new CountdownWidget(m_floorBox);
    m_turnCountdown->setObjectName(u"turnCountdown"_s);
    m_turnCountdown->setMinimumSize(160, 70);
    m_turnCountdown->setMaximumHeight(110);
    m_offerButton = button(u"offerSpeakerButton"_s, m_floorBox);
    m_endTurnButton = button(u"endTurnButton"_s, m_floorBox);
    auto *floorButtons = new QHBoxLayout;
    floorButtons->addWidget(m_offerButton, 1);
    floorButtons->addWidget(m_endTurnButton);
    floorLayout->addWidget(m_holderLabel);
    floorLayout->addWidget(m_holderDetail);
    floorLayout->addWidget(m_turnCountdown);
    floorLayout->addLayout(floorButtons);

    // The queue.
    m_queueBox = new QGroupBox(this);
    auto *queueLayout = new QVBoxLayout(m_queueBox);
    m_policyCombo = new QComboBox(m_queueBox);
    m_policyCombo->setObjectName(u"queuePolicyCombo"_s);
    m_policyCombo->setFocusPolicy(Qt::NoFocus);
    for (int i = 0; i < 4; ++i) {
        m_policyCombo->addItem(QString(), i);
    }
    m_queueView = new QListView(m_queueBox);
    m_queueView->setObjectName(u"queueView"_s);
    m_queueView->setModel(m_queueModel);
    m_queueView->setDragDropMode(QAbstractItemView::InternalMove);
    m_queueView->setDefaultDropAction(Qt::MoveAction);
    m_queueView->setDragEnabled(true);
    m_queueView->setAcceptDrops(true);
    m_queueView->setDropIndicatorShown(true);
    m_queueView->setFocusPolicy(Qt::NoFocus);
    m_queueView->setMinimumHeight(90);
    m_requestName = new QLineEdit(m_queueBox);
    m_requestName->setObjectName(u"requestNameEdit"_s);
    m_requestName->setMaxLength(200);
    m_requestOnline = new QCheckBox(m_queueBox);
    m_requestOnline->setObjectName(u"requestOnlineCheck"_s);
    m_requestOnline->setFocusPolicy(Qt::NoFocus);
    m_addRequestButton = button(u"addRequestButton"_s, m_queueBox);
    auto *requestRow = new QHBoxLayout;
    requestRow->addWidget(m_requestName, 1);
    requestRow->addWidget(m_requestOnline);
    requestRow->addWidget(m_addRequestButton);
    m_queueNextButton = button(u"queueNextButton"_s, m_queueBox);
    m_giveSelectedButton = button(u"giveSelectedButton"_s, m_queueBox);
    m_removeRequestButton = button(u"removeRequestButton"_s, m_queueBox);
    auto *queueButtons = new QHBoxLayout;
    queueButtons->addWidget(m_queueNextButton, 1);
    queueButtons->addWidget(m_giveSelectedButton);
    queueButtons->addWidget(m_removeRequestButton);
    queueLayout->addWidget(m_policyCombo);
    queueLayout->addWidget(m_queueView, 1);
    queueLayout->addLayout(requestRow);
    queueLayout->addLayout(queueButtons);

    // The empty chair.
    m_chairBox = new QGroupBox(this);
    auto *chairLayout = new QGridLayout(m_chairBox);
    m_chairState = plainLabel(u"chairStateLabel"_s, m_chairBox);
    m_chairPrompt = plainLabel(u"chairPromptLabel"_s, m_chairBox);
    m_chairPrompt->setStyleSheet(u"background: #E3F2FD; color: #0D47A1; padding: 4px; border: 1px solid #64B5F6;"_s);
    m_chairButton = button(u"chairButton"_s, m_chairBox);
    m_claimFrame = new QFrame(m_chairBox);
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
    m_chairName = new QLineEdit(m_chairBox);
    m_chairName->setObjectName(u"chairNameEdit"_s);
    m_chairName->setMaxLength(200);
    m_chairOnline = new QCheckBox(m_chairBox);
    m_chairOnline->setObjectName(u"chairOnlineCheck"_s);
    m_chairOnline->setFocusPolicy(Qt::NoFocus);
    m_takeChairButton = button(u"takeChairButton"_s, m_chairBox);
    m_claimName = new QLineEdit(m_chairBox);
    m_claimName->setObjectName(u"claimNameEdit"_s);
    m_claimName->setMaxLength(200);
    m_claimButton = button(u"claimChairButton"_s, m_chairBox);
    m_replyCombo = new QComboBox(m_chairBox);
    m_replyCombo->setObjectName(u"replyCombo"_s);
    m_replyCombo->setFocusPolicy(Qt::NoFocus);
    m_replyButton = button(u"replyButton"_s, m_chairBox);
    m_chairHistory = plainLabel(u"chairHistoryLabel"_s, m_chairBox);
    chairLayout->addWidget(m_chairState, 0, 0, 1, 3);
    chairLayout->addWidget(m_chairPrompt, 1, 0, 1, 3);
    chairLayout->addWidget(m_claimFrame, 2, 0, 1, 3);
    chairLayout->addWidget(m_chairName, 3, 0);
    chairLayout->addWidget(m_chairOnline, 3, 1);
    chairLayout->addWidget(m_takeChairButton, 3, 2);
    chairLayout->addWidget(m_claimName, 4, 0, 1, 2);
    chairLayout->addWidget(m_claimButton, 4, 2);
    chairLayout->addWidget(m_replyCombo, 5, 0, 1, 2);
    chairLayout->addWidget(m_replyButton, 5, 2);
    chairLayout->addWidget(m_chairButton, 6, 0, 1, 3);
    chairLayout->addWidget(m_chairHistory, 7, 0, 1, 3);
    chairLayout->setColumnStretch(0, 1);

    // The speaking order of the invited speakers.
    m_rotationBox = new QGroupBox(this);
    auto *rotationLayout = new QHBoxLayout(m_rotationBox);
    m_rotationList = new QListWidget(m_rotationBox);
    m_rotationList->setObjectName(u"rotationList"_s);
    m_rotationList->setFocusPolicy(Qt::NoFocus);
    m_rotationList->setMaximumHeight(90);
    auto *rotationButtons = new QVBoxLayout;
    m_speakerUpButton = button(u"speakerUpButton"_s, m_rotationBox);
    m_speakerDownButton = button(u"speakerDownButton"_s, m_rotationBox);
    m_skipSpeakerButton = button(u"skipSpeakerButton"_s, m_rotationBox);
    rotationButtons->addWidget(m_speakerUpButton);
    rotationButtons->addWidget(m_speakerDownButton);
    rotationButtons->addWidget(m_skipSpeakerButton);
    rotationLayout->addWidget(m_rotationList, 1);
    rotationLayout->addLayout(rotationButtons);

    layout->addWidget(m_floorBox);
    layout->addWidget(m_queueBox, 1);
    layout->addWidget(m_chairBox);
    layout->addWidget(m_rotationBox);

    connect(m_offerAction, &QAction::triggered, this, [this] {
        if (m_session && m_session->state().offeredSpeaker() != 0) {
            run(m_session->giveFloor(m_session->state().offeredSpeaker()));
        }
    });
    connect(m_endTurnAction, &QAction::triggered, this, [this] {
        if (m_session && m_session->state().floor().currentTurn()) {
            run(m_session->endTurn());
        }
    });
    connect(m_queueNextAction, &QAction::triggered, this, [this] {
        if (m_session) {
            run(m_session->giveFloorFromQueue());
        }
    });
    connect(m_requestAction, &QAction::triggered, this, [this] {
        m_requestName->setFocus(Qt::ShortcutFocusReason);
        m_requestName->selectAll();
    });
    connect(m_chairAction, &QAction::triggered, this, &FloorPanel::toggleChair);
    connect(m_acceptClaimAction, &QAction::triggered, this, [this] {
        if (m_session && m_session->state().floor().pendingClaim() != 0) {
            run(m_session->takeChair(m_session->state().floor().pendingClaim()));
        }
    });
    connect(m_offerButton, &QPushButton::clicked, m_offerAction, &QAction::trigger);
    connect(m_endTurnButton, &QPushButton::clicked, m_endTurnAction, &QAction::trigger);
    connect(m_queueNextButton, &QPushButton::clicked, m_queueNextAction, &QAction::trigger);
    connect(m_chairButton, &QPushButton::clicked, m_chairAction, &QAction::trigger);
    connect(m_acceptClaimButton, &QPushButton::clicked, m_acceptClaimAction, &QAction::trigger);
    connect(m_declineClaimButton, &QPushButton::clicked, this, [this] {
        if (m_session) {
            run(m_session->declineChairClaim());
        }
    });
    connect(m_addRequestButton, &QPushButton::clicked, this, &FloorPanel::addRequest);
    connect(m_requestName, &QLineEdit::returnPressed, this, &FloorPanel::addRequest);
    connect(m_takeChairButton, &QPushButton::clicked, this, &FloorPanel::takeChair);
    connect(m_chairName, &QLineEdit::returnPressed, this, &FloorPanel::takeChair);
    connect(m_claimButton, &QPushButton::clicked, this, &FloorPanel::claimChair);
    connect(m_claimName, &QLineEdit::returnPressed, this, &FloorPanel::claimChair);
    connect(m_replyButton, &QPushButton::clicked, this, [this] {
        if (m_session && m_replyCombo->currentIndex() >= 0) {
            run(m_session->replyFromChair(m_replyCombo->currentData().toInt()));
        }
    });
    connect(m_giveSelectedButton, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_queueView->currentIndex();
        if (m_session && current.isValid()) {
            const int participant = current.data(core::SpeakerQueueModel::ParticipantIdRole).toInt();
            const int request = current.data(core::SpeakerQueueModel::RequestIdRole).toInt();
            auto ok = m_session->withdrawRequest(request);
            run(ok ? m_session->giveFloor(participant) : ok);
        }
    });
    connect(m_removeRequestButton, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_queueView->currentIndex();
        if (m_session && current.isValid()) {
            run(m_session->withdrawRequest(current.data(core::SpeakerQueueModel::RequestIdRole).toInt()));
        }
    });
    connect(m_policyCombo, &QComboBox::activated, this, [this](int index) {
        if (m_session) {
            run(m_session->setQueuePolicy(core::QueuePolicy(m_policyCombo->itemData(index).toInt())));
        }
    });
    connect(m_speakerUpButton, &QPushButton::clicked, this, [this] { moveSpeaker(-1); });
    connect(m_speakerDownButton, &QPushButton::clicked, this, [this] { moveSpeaker(+1); });
    connect(m_skipSpeakerButton, &QPushButton::clicked, this, &FloorPanel::toggleSkipSpeaker);

    for (QLineEdit *edit : {m_requestName, m_chairName, m_claimName}) {
        edit->installEventFilter(this);
    }
    retranslateUi();
}

bool FloorPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Esc in a name field leaves the field (and does not pause the clock).
    if (qobject_cast<QLineEdit *>(watched)) {
        if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
            if (static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
                event->accept();
                if (event->type() == QEvent::KeyPress) {
                    window()->setFocus(Qt::OtherFocusReason);
                }
                return event->type() == QEvent::KeyPress;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

FloorPanel::~FloorPanel()
{
    m_queueModel->setSession(nullptr);
}

QList<QAction *> FloorPanel::floorActions() const
{
    return {m_offerAction, m_endTurnAction, m_queueNextAction, m_requestAction, m_chairAction, m_acceptClaimAction};
}

void FloorPanel::setSession(core::Session *session)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
    }
    m_session = session;
    m_queueModel->setSession(session);
    if (m_session) {
        connect(m_session, &core::Session::stateChanged, this, &FloorPanel::refresh);
        connect(m_session, &core::Session::ticked, this, &FloorPanel::refreshLive);
        connect(m_session, &core::Session::turnPhaseChanged, this, [this](core::Phase phase) {
            if (phase == core::Phase::Overtime) {
                m_turnCountdown->flash();
            }
        });
    }
    refresh();
}

void FloorPanel::run(const core::Result<void> &result)
{
    if (!result) {
        emit actionFailed(core::errorMessage(result.error()));
    }
}

void FloorPanel::addRequest()
{
    const QString name = m_requestName->text().simplified();
    if (!m_session || name.isEmpty()) {
        return;
    }
    auto participant = m_session->findOrAddParticipant(
        name, m_requestOnline->isChecked() ? core::Channel::Online : core::Channel::Onsite);
    if (!participant) {
        run(participant.error());
        return;
    }
    auto ok = m_session->requestToSpeak(participant.value());
    run(ok);
    if (ok) {
        m_requestName->clear();
        m_requestOnline->setChecked(false);
        // Back to the console's keys.
        window()->setFocus(Qt::OtherFocusReason);
    }
}

void FloorPanel::takeChair()
{
    const QString name = m_chairName->text().simplified();
    if (!m_session || name.isEmpty()) {
        return;
    }
    auto participant = m_session->findOrAddParticipant(
        name, m_chairOnline->isChecked() ? core::Channel::Online : core::Channel::Onsite);
    if (!participant) {
        run(participant.error());
        return;
    }
    auto ok = m_session->takeChair(participant.value());
    run(ok);
    if (ok) {
        m_chairName->clear();
        m_chairOnline->setChecked(false);
        window()->setFocus(Qt::OtherFocusReason);
    }
}

void FloorPanel::claimChair()
{
    const QString name = m_claimName->text().simplified();
    if (!m_session || name.isEmpty()) {
        return;
    }
    auto participant = m_session->findOrAddParticipant(name, core::Channel::Online);
    if (!participant) {
        run(participant.error());
        return;
    }
    auto ok = m_session->claimChair(participant.value());
    run(ok);
    if (ok) {
        m_claimName->clear();
        window()->setFocus(Qt::OtherFocusReason);
    }
}

void FloorPanel::toggleChair()
{
    if (!m_session) {
        return;
    }
    if (m_session->state().floor().chairState() == core::ChairState::Closed) {
        run(m_session->openChair());
    } else {
        run(m_session->closeChair());
    }
}

void FloorPanel::moveSpeaker(int delta)
{
    const int row = m_rotationList->currentRow();
    if (!m_session || row < 0) {
        return;
    }
    QList<int> order = m_session->state().floor().rotationOrder();
    const int to = row + delta;
    if (to < 0 || to >= order.size()) {
        return;
    }
    order.move(row, to);
    run(m_session->setRotation(order, m_session->state().floor().skippedSpeakers()));
    m_rotationList->setCurrentRow(to);
}

void FloorPanel::toggleSkipSpeaker()
{
    const int row = m_rotationList->currentRow();
    if (!m_session || row < 0) {
        return;
    }
    const QList<int> order = m_session->state().floor().rotationOrder();
    QSet<int> skipped = m_session->state().floor().skippedSpeakers();
    const int id = order.at(row);
    if (skipped.contains(id)) {
        skipped.remove(id);
    } else {
        skipped.insert(id);
    }
    run(m_session->setRotation(order, skipped));
    m_rotationList->setCurrentRow(row);
}

QString FloorPanel::channelText(const QString &key) const
{
    if (key == u"onsite") {
        return tr("in the room");
    }
    if (key == u"online") {
        return tr("online");
    }
    return tr("hub %1").arg(key.mid(4));
}

void FloorPanel::refresh()
{
    const bool haveSession = m_session != nullptr;
    for (QWidget *widget : {static_cast<QWidget *>(m_floorBox),
                            static_cast<QWidget *>(m_queueBox),
                            static_cast<QWidget *>(m_chairBox),
                            static_cast<QWidget *>(m_rotationBox)}) {
        widget->setEnabled(haveSession);
    }
    if (!haveSession) {
        return;
    }
    const core::SessionState &state = m_session->state();
    const core::FloorState &floor = state.floor();
    const qint64 now = m_session->now();
    const bool ended = state.runState() == core::RunState::Ended;

    // The floor.
    if (const core::Turn *turn = floor.currentTurn()) {
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
            detail.append(tr("reply to the empty chair"));
            break;
        }
        if (p && !p->stakeholderGroup.isEmpty()) {
            detail.append(p->stakeholderGroup);
        }
        if (p && !p->organization.isEmpty()) {
            detail.append(p->organization);
        }
        detail.append(p ? channelText(p->channelKey()) : QString());
        m_holderDetail->setText(detail.join(u" · "_s));
    } else {
        m_holderLabel->setText(tr("Nobody holds the floor"));
        m_holderDetail->clear();
    }
    refreshLive();
    m_endTurnAction->setEnabled(floor.currentTurn() != nullptr && !ended);
    m_endTurnButton->setEnabled(m_endTurnAction->isEnabled());
    const int offered = ended ? 0 : state.offeredSpeaker();
    const core::Participant *offeredSpeaker = floor.participant(offered);
    m_offerAction->setEnabled(offeredSpeaker != nullptr);
    m_offerButton->setEnabled(offeredSpeaker != nullptr);
    m_offerButton->setText(offeredSpeaker ? tr("Give the floor to %1 (S)").arg(offeredSpeaker->name)
                                          : tr("Give the floor to the speaker (S)"));

    // The queue.
    const QList<core::Request> queue = floor.orderedQueue(now);
    m_queueNextAction->setEnabled(!queue.isEmpty() && !ended);
    m_queueNextButton->setEnabled(m_queueNextAction->isEnabled());
    m_queueNextButton->setText(queue.isEmpty()
                                   ? tr("Next from the queue (Q)")
                                   : tr("Next: %1 (Q)").arg(floor.participant(queue.constFirst().participantId)->name));
    m_giveSelectedButton->setEnabled(!queue.isEmpty() && !ended);
    m_removeRequestButton->setEnabled(!queue.isEmpty() && !ended);
    m_queueBox->setTitle(tr("Queue: %n waiting", nullptr, int(queue.size())));
    const int policyIndex = m_policyCombo->findData(int(floor.policy()));
    if (m_policyCombo->currentIndex() != policyIndex) {
        m_policyCombo->setCurrentIndex(policyIndex);
    }

    // The empty chair.
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
    m_chairAction->setEnabled(!ended);
    m_chairButton->setEnabled(!ended);
    const core::Participant *claimant = floor.participant(floor.pendingClaim());
    m_claimFrame->setVisible(claimant != nullptr);
    m_acceptClaimAction->setEnabled(claimant != nullptr && !ended);
    if (claimant) {
        m_claimLabel->setText(tr("The online moderator claims the empty chair for %1 (%2).")
                                  .arg(claimant->name, channelText(claimant->channelKey())));
    }
    m_takeChairButton->setEnabled(floor.chairState() == core::ChairState::Open && !ended);
    m_replyButton->setEnabled(floor.chairState() == core::ChairState::Taken && !ended);
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
    QStringList history;
    for (const core::Turn &turn : floor.turns()) {
        if (turn.kind == core::TurnKind::Chair) {
            const core::Participant *p = floor.participant(turn.participantId);
            Q_ASSERT(p);
            history.append(
                tr("%1, %2, %3").arg(p->name, channelText(p->channelKey()), core::formatDuration(turn.elapsedMs(now))));
        }
    }
    m_chairHistory->setText(history.isEmpty() ? tr("Nobody has taken the empty chair yet.")
                                              : tr("In the chair so far: %1").arg(history.join(u"; "_s)));

    // The speaking order.
    const int selectedRow = m_rotationList->currentRow();
    m_rotationList->clear();
    for (int id : floor.rotationOrder()) {
        const core::Participant *p = floor.participant(id);
        if (!p) {
            continue;
        }
        auto *item = new QListWidgetItem(
            floor.skippedSpeakers().contains(id) ? tr("%1 (skipped)").arg(p->name) : p->name, m_rotationList);
        item->setData(Qt::UserRole, id);
        if (floor.skippedSpeakers().contains(id)) {
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        }
    }
    if (selectedRow >= 0 && selectedRow < m_rotationList->count()) {
        m_rotationList->setCurrentRow(selectedRow);
    }
}

void FloorPanel::refreshLive()
{
    if (!m_session) {
        return;
    }
    const core::SessionState &state = m_session->state();
    const qint64 now = m_session->now();
    if (const core::Turn *turn = state.floor().currentTurn()) {
        m_turnCountdown->setTime(core::formatDuration(turn->limitMs - turn->elapsedMs(now), core::Rounding::Countdown),
                                 state.turnPhase(now),
                                 turn->runningSinceMs < 0);
    } else {
        m_turnCountdown->setTime(QString(), core::Phase::Normal, true);
    }
}

void FloorPanel::retranslateUi()
{
    m_offerAction->setText(tr("Give the floor to the &speaker"));
    m_endTurnAction->setText(tr("&End the turn"));
    m_queueNextAction->setText(tr("Next from the &queue"));
    m_requestAction->setText(tr("Add a &request to speak…"));
    m_chairAction->setText(tr("Open or close the empty &chair"));
    m_acceptClaimAction->setText(tr("&Accept the claim on the empty chair"));

    m_floorBox->setTitle(tr("Floor"));
    m_endTurnButton->setText(tr("End turn (Y)"));
    m_policyCombo->setItemText(0, tr("In order of request"));
    m_policyCombo->setItemText(1, tr("First-time speakers first"));
    m_policyCombo->setItemText(2, tr("Alternate in the room and online"));
    m_policyCombo->setItemText(3, tr("Groups that spoke least first"));
    m_requestName->setPlaceholderText(tr("Name of who asks to speak (I)"));
    m_requestOnline->setText(tr("Online"));
    m_addRequestButton->setText(tr("Add"));
    m_giveSelectedButton->setText(tr("Give the floor"));
    m_removeRequestButton->setText(tr("Remove"));
    m_chairBox->setTitle(tr("Empty chair"));
    m_acceptClaimButton->setText(tr("Accept (A)"));
    m_declineClaimButton->setText(tr("Decline"));
    m_chairName->setPlaceholderText(tr("Who takes the chair"));
    m_chairOnline->setText(tr("Online"));
    m_takeChairButton->setText(tr("Take the chair"));
    m_claimName->setPlaceholderText(tr("Remote participant (for the online moderator)"));
    m_claimButton->setText(tr("Claim for them"));
    m_replyButton->setText(tr("Speaker replies"));
    m_rotationBox->setTitle(tr("Speaking order"));
    m_speakerUpButton->setText(tr("Earlier"));
    m_speakerDownButton->setText(tr("Later"));
    m_skipSpeakerButton->setText(tr("Skip or bring back"));
    refresh();
}

void FloorPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

} // namespace ui
