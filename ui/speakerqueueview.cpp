// SPDX-License-Identifier: MIT
#include "ui/speakerqueueview.h"

#include "core/floor/personentry.h"
#include "core/models/speakerqueuemodel.h"
#include "core/session/session.h"
#include "ui/permission.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ui {

SpeakerQueueView::SpeakerQueueView(QWidget *parent)
    : FloorPart(parent)
    , m_model(new core::SpeakerQueueModel(this))
{
    setObjectName(u"speakerQueueView"_s);
    m_queueNextAction = shortcutAction(u"actionQueueNext"_s, QKeySequence(Qt::Key_Q));
    m_requestAction = shortcutAction(u"actionAddRequest"_s, QKeySequence(Qt::Key_I));

    createWidgets();

    connect(m_queueNextAction, &QAction::triggered, this, [this] {
        if (session()) {
            run(session()->execute(core::commands::GiveFloorToRequest{})); // the head of the queue
        }
    });
    connect(m_requestAction, &QAction::triggered, this, [this] {
        m_requestName->setFocus(Qt::ShortcutFocusReason);
        m_requestName->selectAll();
    });
    connect(m_queueNextButton, &QPushButton::clicked, m_queueNextAction, &QAction::trigger);
    connect(m_addRequestButton, &QPushButton::clicked, this, &SpeakerQueueView::addRequest);
    connect(m_requestName, &QLineEdit::returnPressed, this, &SpeakerQueueView::addRequest);
    connect(m_giveSelectedButton, &QPushButton::clicked, this, [this] {
        if (const int request = selectedRequest(); session() && request > 0) {
            run(session()->execute(core::commands::GiveFloorToRequest{request}));
        }
    });
    connect(m_removeRequestButton, &QPushButton::clicked, this, [this] {
        if (const int request = selectedRequest(); session() && request > 0) {
            run(session()->execute(core::commands::WithdrawRequest{request}));
        }
    });
    connect(m_policyCombo, &QComboBox::activated, this, [this](int index) {
        if (session()) {
            const auto policy = core::QueuePolicy(m_policyCombo->itemData(index).toInt());
            run(session()->execute(core::commands::SetQueuePolicy{core::policyKey(policy)}));
        }
    });
    retranslateUi();
}

void SpeakerQueueView::createWidgets()
{
    m_policyCombo = new QComboBox(this);
    m_policyCombo->setObjectName(u"queuePolicyCombo"_s);
    m_policyCombo->setFocusPolicy(Qt::NoFocus);
    for (int i = 0; i < 4; ++i) {
        m_policyCombo->addItem(QString(), i);
    }
    m_queueView = new QListView(this);
    m_queueView->setObjectName(u"queueView"_s);
    m_queueView->setModel(m_model);
    m_queueView->setDragDropMode(QAbstractItemView::InternalMove);
    m_queueView->setDefaultDropAction(Qt::MoveAction);
    m_queueView->setDragEnabled(true);
    m_queueView->setAcceptDrops(true);
    m_queueView->setDropIndicatorShown(true);
    m_queueView->setFocusPolicy(Qt::NoFocus);
    m_queueView->setMinimumHeight(90);
    m_requestName = personEdit(u"requestNameEdit"_s);
    m_requestOnline = new QCheckBox(this);
    m_requestOnline->setObjectName(u"requestOnlineCheck"_s);
    m_requestOnline->setFocusPolicy(Qt::NoFocus);
    m_addRequestButton = button(u"addRequestButton"_s, this);
    auto *requestRow = new QHBoxLayout;
    requestRow->addWidget(m_requestName, 1);
    requestRow->addWidget(m_requestOnline);
    requestRow->addWidget(m_addRequestButton);
    m_queueNextButton = button(u"queueNextButton"_s, this);
    m_giveSelectedButton = button(u"giveSelectedButton"_s, this);
    m_removeRequestButton = button(u"removeRequestButton"_s, this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_queueNextButton, 1);
    buttons->addWidget(m_giveSelectedButton);
    buttons->addWidget(m_removeRequestButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_policyCombo);
    layout->addWidget(m_queueView, 1);
    layout->addLayout(requestRow);
    layout->addLayout(buttons);
}

SpeakerQueueView::~SpeakerQueueView()
{
    m_model->setSession(nullptr);
}

void SpeakerQueueView::setSession(core::Session *session)
{
    m_model->setSession(session);
    FloorPart::setSession(session);
}

core::Areas SpeakerQueueView::areas() const
{
    // Who waits, and the names and channels the queue's order and its entries show.
    return core::Area::Floor | core::Area::People | core::Area::Clock;
}

int SpeakerQueueView::selectedRequest() const
{
    const QModelIndex current = m_queueView->currentIndex();
    return current.isValid() ? current.data(core::SpeakerQueueModel::RequestIdRole).toInt() : 0;
}

void SpeakerQueueView::addRequest()
{
    const QString name = m_requestName->text().simplified();
    if (!session() || name.isEmpty()) {
        return;
    }
    // Someone new is added as a walk-in by the request's own event, with what the line says of them.
    const auto person = whoFromLine(name, m_requestOnline->isChecked());
    if (person && run(session()->execute(core::commands::RequestToSpeak{*person, {}}))) {
        m_requestOnline->setChecked(false);
        leaveField(m_requestName);
    }
}

void SpeakerQueueView::showState(const core::SessionState &state, qint64 now)
{
    const bool ended = state.runState() == core::RunState::Ended;
    const core::FloorState &floor = state.floor();
    const QList<core::Request> queue = floor.orderedQueue(now);
    const bool waiting = !queue.isEmpty() && !ended;
    allowIf(m_queueNextAction, session(), core::commands::GiveFloorToRequest{}, waiting);
    allowIf(m_queueNextButton, session(), core::commands::GiveFloorToRequest{}, waiting);
    m_queueNextButton->setText(queue.isEmpty()
                                   ? tr("Next from the queue (Q)")
                                   : tr("Next: %1 (Q)").arg(floor.participant(queue.constFirst().participantId)->name));
    allowIf(m_giveSelectedButton, session(), core::commands::GiveFloorToRequest{}, waiting);
    allowIf(m_removeRequestButton, session(), core::commands::WithdrawRequest{}, waiting);
    allowIf(m_requestAction, session(), core::commands::RequestToSpeak{}, true);
    allowIf(m_requestName, session(), core::commands::RequestToSpeak{}, true, core::PersonEntryParser::syntaxHelp());
    allowIf(m_requestOnline, session(), core::commands::RequestToSpeak{}, true);
    allowIf(m_addRequestButton, session(), core::commands::RequestToSpeak{}, true);
    allowIf(m_policyCombo, session(), core::commands::SetQueuePolicy{}, true);
    // Dragging a request reorders the queue: only for a role that may.
    const auto dragDrop = session()->mayIssue(core::commands::ReorderQueue{}) ? QAbstractItemView::InternalMove
                                                                              : QAbstractItemView::NoDragDrop;
    if (m_queueView->dragDropMode() != dragDrop) {
        m_queueView->setDragDropMode(dragDrop);
    }
    setTitle(tr("Queue: %Ln waiting", nullptr, int(queue.size())));
    const int policyIndex = m_policyCombo->findData(int(floor.policy()));
    if (m_policyCombo->currentIndex() != policyIndex) {
        m_policyCombo->setCurrentIndex(policyIndex);
    }
}

void SpeakerQueueView::retranslateUi()
{
    m_queueNextAction->setText(tr("Next from the &queue"));
    m_requestAction->setText(tr("Add a &request to speak…"));
    m_policyCombo->setItemText(0, tr("In order of request"));
    m_policyCombo->setItemText(1, tr("First-time speakers first"));
    m_policyCombo->setItemText(2, tr("Alternate in the room and online"));
    m_policyCombo->setItemText(3, tr("Groups that spoke least first"));
    m_requestName->setPlaceholderText(tr("Who asks to speak: name, group, region, gender, room or online (I)"));
    m_requestOnline->setText(tr("Online"));
    m_addRequestButton->setText(tr("Add"));
    m_giveSelectedButton->setText(tr("Give the floor"));
    m_removeRequestButton->setText(tr("Remove"));
    refresh();
}

} // namespace ui
