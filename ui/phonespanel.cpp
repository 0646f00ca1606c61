// SPDX-License-Identifier: MIT
#include "ui/phonespanel.h"

#include "core/base/plaintext.h"
#include "core/base/vocabulary.h"
#include "core/floor/questionbank.h"
#include "core/session/session.h"
#include "net/phoneserver.h"
#include "ui/permission.h"
#include "ui/qrcode.h"
#include "ui/sharedialog.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPixmap>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ui {
namespace {

constexpr int IdRole = Qt::UserRole;

QString channelLabel(core::Channel channel, const QString &hub)
{
    switch (channel) {
    case core::Channel::Onsite:
        return PhonesPanel::tr("in the room");
    case core::Channel::Online:
        return PhonesPanel::tr("online");
    case core::Channel::Hub:
        return hub.isEmpty() ? PhonesPanel::tr("at a hub") : PhonesPanel::tr("at %1").arg(core::isolatedLine(hub));
    }
    return {};
}

} // namespace

PhonesPanel::PhonesPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"phonesPanel"_s);
    m_joiningCheck = new QCheckBox(this);
    m_joiningCheck->setObjectName(u"phonesJoiningCheck"_s);
    m_pinLabel = new QLabel(this);
    m_pinLabel->setObjectName(u"phonesPinLabel"_s);
    m_pinLabel->setTextFormat(Qt::PlainText);
    m_pinLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_renewPinButton = new QPushButton(this);
    m_renewPinButton->setObjectName(u"phonesRenewPinButton"_s);
    m_connectedLabel = new QLabel(this);
    m_connectedLabel->setObjectName(u"phonesConnectedLabel"_s);
    m_connectedLabel->setTextFormat(Qt::PlainText);
    m_pageLabel = new QLabel(this);
    m_pageLabel->setObjectName(u"phonesPageLabel"_s);
    m_pageLabel->setTextFormat(Qt::PlainText);
    m_pageLabel->setWordWrap(true);
    m_pageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_qrLabel = new QLabel(this);
    m_qrLabel->setObjectName(u"phonesQrLabel"_s);

    m_tabs = new QTabWidget(this);
    auto *inboxPage = new QWidget(m_tabs);
    m_inbox = new QTreeWidget(inboxPage);
    m_inbox->setObjectName(u"phonesInbox"_s);
    m_inbox->setColumnCount(2);
    m_inbox->setRootIsDecorated(false);
    m_inbox->setWordWrap(true);
    m_inbox->header()->setStretchLastSection(true);
    m_readButton = new QPushButton(inboxPage);
    m_readButton->setObjectName(u"inboxReadButton"_s);
    m_displayButton = new QPushButton(inboxPage);
    m_displayButton->setObjectName(u"inboxDisplayButton"_s);
    m_bankButton = new QPushButton(inboxPage);
    m_bankButton->setObjectName(u"inboxBankButton"_s);
    m_dismissButton = new QPushButton(inboxPage);
    m_dismissButton->setObjectName(u"inboxDismissButton"_s);
    auto *inboxButtons = new QGridLayout;
    inboxButtons->addWidget(m_readButton, 0, 0);
    inboxButtons->addWidget(m_displayButton, 0, 1);
    inboxButtons->addWidget(m_bankButton, 1, 0);
    inboxButtons->addWidget(m_dismissButton, 1, 1);
    auto *inboxLayout = new QVBoxLayout(inboxPage);
    inboxLayout->setContentsMargins(0, 0, 0, 0);
    inboxLayout->addWidget(m_inbox);
    inboxLayout->addLayout(inboxButtons);
    m_tabs->addTab(inboxPage, QString());

    m_reactions = new QTreeWidget(m_tabs);
    m_reactions->setObjectName(u"phonesReactions"_s);
    m_reactions->setColumnCount(3);
    m_reactions->setWordWrap(true);
    m_tabs->addTab(m_reactions, QString());

    m_shared = new QListWidget(m_tabs);
    m_shared->setObjectName(u"phonesSharedTakeaways"_s);
    m_shared->setWordWrap(true);
    m_tabs->addTab(m_shared, QString());

    auto *phonesPage = new QWidget(m_tabs);
    m_phones = new QTreeWidget(phonesPage);
    m_phones->setObjectName(u"phonesList"_s);
    m_phones->setColumnCount(4);
    m_phones->setRootIsDecorated(false);
    m_blockButton = new QPushButton(phonesPage);
    m_blockButton->setObjectName(u"phonesBlockButton"_s);
    m_unblockButton = new QPushButton(phonesPage);
    m_unblockButton->setObjectName(u"phonesUnblockButton"_s);
    m_intervalLabel = new QLabel(phonesPage);
    m_intervalSpin = new QSpinBox(phonesPage);
    m_intervalSpin->setObjectName(u"phonesIntervalSpin"_s);
    m_intervalSpin->setRange(0, 3600);
    m_intervalLabel->setBuddy(m_intervalSpin);
    m_pendingLabel = new QLabel(phonesPage);
    m_pendingSpin = new QSpinBox(phonesPage);
    m_pendingSpin->setObjectName(u"phonesPendingSpin"_s);
    m_pendingSpin->setRange(1, 100);
    m_pendingLabel->setBuddy(m_pendingSpin);
    m_limitsButton = new QPushButton(phonesPage);
    m_limitsButton->setObjectName(u"phonesLimitsButton"_s);
    auto *blockRow = new QHBoxLayout;
    blockRow->addWidget(m_blockButton);
    blockRow->addWidget(m_unblockButton);
    auto *limits = new QGridLayout;
    limits->addWidget(m_intervalLabel, 0, 0);
    limits->addWidget(m_intervalSpin, 0, 1);
    limits->addWidget(m_pendingLabel, 1, 0);
    limits->addWidget(m_pendingSpin, 1, 1);
    limits->addWidget(m_limitsButton, 2, 1);
    auto *phonesLayout = new QVBoxLayout(phonesPage);
    phonesLayout->setContentsMargins(0, 0, 0, 0);
    phonesLayout->addWidget(m_phones);
    phonesLayout->addLayout(blockRow);
    phonesLayout->addLayout(limits);
    m_tabs->addTab(phonesPage, QString());

    auto *top = new QGridLayout;
    top->addWidget(m_joiningCheck, 0, 0, 1, 2);
    top->addWidget(m_pinLabel, 1, 0);
    top->addWidget(m_renewPinButton, 1, 1);
    top->addWidget(m_connectedLabel, 2, 0, 1, 2);
    top->addWidget(m_pageLabel, 3, 0, 1, 2);
    top->addWidget(m_qrLabel, 0, 2, 4, 1, Qt::AlignRight | Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);

    connect(m_joiningCheck, &QCheckBox::toggled, this, [this](bool open) {
        if (!m_updating && m_session && m_session->state().audience().joiningOpen() != open) {
            if (!run(core::commands::SetPhoneJoining{open})) {
                refresh();
            }
        }
    });
    connect(m_renewPinButton, &QPushButton::clicked, this, [this] {
        if (m_sharing) {
            if (auto ok = m_sharing->renewPhonePin(); !ok) {
                emit actionFailed(core::errorMessage(ok.error()));
            }
        }
    });
    connect(m_readButton, &QPushButton::clicked, this, [this] { acceptSelected(u"read"_s); });
    connect(m_displayButton, &QPushButton::clicked, this, [this] { acceptSelected(u"display"_s); });
    connect(m_bankButton, &QPushButton::clicked, this, [this] { acceptSelected(u"bank"_s); });
    connect(m_dismissButton, &QPushButton::clicked, this, &PhonesPanel::dismissSelected);
    connect(m_blockButton, &QPushButton::clicked, this, [this] { blockSelected(true); });
    connect(m_unblockButton, &QPushButton::clicked, this, [this] { blockSelected(false); });
    connect(m_limitsButton, &QPushButton::clicked, this, [this] {
        (void)run(core::commands::SetPhoneLimits{qint64(m_intervalSpin->value()) * 1000, m_pendingSpin->value()});
    });
    connect(m_inbox, &QTreeWidget::itemSelectionChanged, this, &PhonesPanel::updateButtons);
    connect(m_phones, &QTreeWidget::itemSelectionChanged, this, &PhonesPanel::updateButtons);
    retranslateUi();
    refresh();
}

void PhonesPanel::setSession(core::Session *session)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
    }
    m_session = session;
    if (m_session) {
        connect(m_session, &core::Session::changed, this, [this](core::Areas areas) {
            if (areas & (core::Area::Audience | core::Area::People | core::Area::Room | core::Area::Floor)) {
                refresh();
            }
        });
    }
    refresh();
}

void PhonesPanel::setSharing(Sharing *sharing)
{
    if (m_sharing) {
        disconnect(m_sharing, nullptr, this, nullptr);
    }
    m_sharing = sharing;
    if (m_sharing) {
        connect(m_sharing, &Sharing::stateChanged, this, &PhonesPanel::refreshHost);
        connect(m_sharing, &Sharing::phonesChanged, this, &PhonesPanel::refreshHost);
    }
    refreshHost();
}

bool PhonesPanel::run(const core::Command &command)
{
    if (!m_session) {
        return false;
    }
    if (auto result = m_session->execute(command); !result) {
        emit actionFailed(core::errorMessage(result.error()));
        return false;
    }
    return true;
}

QString PhonesPanel::who(int participant) const
{
    const core::Participant *p = m_session ? m_session->state().floor().participant(participant) : nullptr;
    if (!p) {
        return tr("someone who left");
    }
    if (p->stakeholderGroup.isEmpty()) {
        return core::isolatedLine(p->name);
    }
    //: A participant's name and their stakeholder group
    return tr("%1 (%2)").arg(core::isolatedLine(p->name),
                             core::isolatedLine(core::Vocabulary::displayName(core::Vocabulary::Kind::StakeholderGroup,
                                                                              p->stakeholderGroup)));
}

void PhonesPanel::acceptSelected(const QString &as)
{
    QTreeWidgetItem *item = m_inbox->currentItem();
    if (!m_session || !item) {
        return;
    }
    const int id = item->data(0, IdRole).toInt();
    const core::InboxItem *question = m_session->state().audience().inboxItem(id);
    if (!question) {
        return;
    }
    const QString text = question->text;
    const int speaker = question->speaker;
    if (!run(core::commands::AcceptQuestion{id, as})) {
        return;
    }
    if (as == u"display") {
        (void)run(core::commands::ShowMessage{text});
    } else if (as == u"bank") {
        QList<core::PreparedQuestion> bank = m_session->state().questions().questions();
        core::PreparedQuestion added;
        added.text = text;
        added.speakerId = speaker;
        bank.append(added);
        (void)run(core::commands::SetQuestionBank{core::QuestionBank::toJson(bank)});
    }
}

void PhonesPanel::dismissSelected()
{
    if (QTreeWidgetItem *item = m_inbox->currentItem()) {
        (void)run(core::commands::DismissQuestion{item->data(0, IdRole).toInt()});
    }
}

void PhonesPanel::blockSelected(bool blocked)
{
    if (QTreeWidgetItem *item = m_phones->currentItem()) {
        (void)run(core::commands::BlockPhone{item->data(0, IdRole).toString(), blocked});
    }
}

void PhonesPanel::refresh()
{
    m_updating = true;
    const core::SessionState *state = m_session ? &m_session->state() : nullptr;
    const core::AudienceState *audience = state ? &state->audience() : nullptr;
    m_joiningCheck->setChecked(audience && audience->joiningOpen());

    // The inbox: the questions waiting, oldest first.
    const int selectedQuestion = m_inbox->currentItem() ? m_inbox->currentItem()->data(0, IdRole).toInt() : 0;
    m_inbox->clear();
    int waiting = 0;
    if (audience) {
        for (const core::InboxItem &question : audience->inbox()) {
            if (question.status != core::InboxItem::Status::Waiting) {
                continue;
            }
            const core::Phone *phone = audience->phone(question.device);
            if (phone && phone->blocked) {
                continue; // a blocked phone's questions disappear
            }
            QString text = question.text;
            if (question.policyQuestion >= 0 && question.policyQuestion < state->definition().policyQuestions.size()) {
                text += u'\n'
                        + tr("for policy question %1: %2")
                              .arg(question.policyQuestion + 1)
                              .arg(core::isolatedLine(state->definition().policyQuestions.at(question.policyQuestion)));
            }
            if (question.speaker > 0) {
                text += u'\n' + tr("for %1").arg(who(question.speaker));
            }
            auto *item = new QTreeWidgetItem(m_inbox, {who(question.participant), text});
            item->setData(0, IdRole, question.id);
            if (question.id == selectedQuestion) {
                m_inbox->setCurrentItem(item);
            }
            ++waiting;
        }
    }
    m_tabs->setTabText(0, waiting > 0 ? tr("Inbox (%1)").arg(waiting) : tr("Inbox"));

    // Reactions: each approved takeaway with its counts, and the comments under it.
    m_reactions->clear();
    if (audience) {
        for (const core::Takeaway &takeaway : state->display().takeaways()) {
            const auto [agree, disagree] = audience->stanceCounts(takeaway.id);
            auto *item =
                new QTreeWidgetItem(m_reactions, {takeaway.text, QString::number(agree), QString::number(disagree)});
            for (const core::Reaction &reaction : audience->reactions()) {
                if (reaction.takeaway == takeaway.id && reaction.reaction == u"comment") {
                    new QTreeWidgetItem(item, {tr("%1: %2").arg(who(reaction.participant), reaction.text)});
                }
            }
            item->setExpanded(true);
        }
    }

    m_shared->clear();
    if (audience) {
        for (const core::SharedTakeaway &shared : audience->sharedTakeaways()) {
            m_shared->addItem(tr("%1: %2").arg(who(shared.participant), shared.text));
        }
    }

    const QString selectedPhone =
        m_phones->currentItem() ? m_phones->currentItem()->data(0, IdRole).toString() : QString();
    m_phones->clear();
    if (audience) {
        for (const core::Phone &phone : audience->phones()) {
            const core::Participant *p = state->floor().participant(phone.participant);
            auto *item = new QTreeWidgetItem(m_phones,
                                             {p ? p->name : QString(),
                                              p ? p->stakeholderGroup : QString(),
                                              p ? channelLabel(p->channel, p->hub) : QString(),
                                              phone.blocked ? tr("blocked") : QString()});
            item->setData(0, IdRole, phone.device);
            item->setToolTip(0, tr("Phone %1").arg(phone.device));
            if (phone.device == selectedPhone) {
                m_phones->setCurrentItem(item);
            }
        }
        m_intervalSpin->setValue(int(audience->limits().questionIntervalMs / 1000));
        m_pendingSpin->setValue(audience->limits().pendingQuestions);
    }
    m_tabs->setTabText(3, tr("Phones (%1)").arg(audience ? audience->phones().size() : 0));
    m_updating = false;
    updateButtons();
    refreshHost();
}

void PhonesPanel::refreshHost()
{
    net::PhoneServer *server = m_sharing ? m_sharing->phoneServer() : nullptr;
    m_pinLabel->setVisible(server);
    m_renewPinButton->setVisible(server);
    m_pageLabel->setVisible(true);
    m_qrLabel->setVisible(server);
    if (!server) {
        m_connectedLabel->clear();
        m_pageLabel->setText(m_session && m_session->isReplica()
                                 ? tr("The room PIN and the page's address are on the host's console.")
                                 : tr("Share the session on the network (File › Share on the network…) to let "
                                      "participants join from their phones."));
        m_qrLabel->clear();
        return;
    }
    const QString pin = server->host().pin();
    //: The room PIN, shown in two groups of three digits
    m_pinLabel->setText(tr("Room PIN: %1 %2").arg(pin.left(3), pin.mid(3)));
    m_connectedLabel->setText(tr("%Ln phone(s) connected", nullptr, server->host().connectedPhones()));
    const QStringList urls = m_sharing->phonePageUrls();
    QStringList shown; // isolated: an address reads left to right in a right-to-left sentence too
    for (const QString &url : urls) {
        shown.append(core::isolatedLine(url));
    }
    m_pageLabel->setText(tr("Participants open %1").arg(shown.join(tr(" or "))));
    const QImage qr = qrCodeImage(urls.value(0), 3);
    m_qrLabel->setPixmap(QPixmap::fromImage(qr));
}

void PhonesPanel::updateButtons()
{
    const bool question = m_inbox->currentItem() != nullptr;
    allowIf(m_readButton, m_session, core::commands::AcceptQuestion{}, question);
    allowIf(m_displayButton, m_session, core::commands::ShowMessage{}, question);
    allowIf(m_bankButton, m_session, core::commands::SetQuestionBank{}, question);
    allowIf(m_dismissButton, m_session, core::commands::DismissQuestion{}, question);
    const bool phone = m_phones->currentItem() != nullptr;
    allowIf(m_blockButton, m_session, core::commands::BlockPhone{}, phone);
    allowIf(m_unblockButton, m_session, core::commands::BlockPhone{}, phone);
    allowIf(m_joiningCheck, m_session, core::commands::SetPhoneJoining{}, m_session != nullptr);
    allowIf(m_limitsButton, m_session, core::commands::SetPhoneLimits{}, m_session != nullptr);
    m_intervalSpin->setEnabled(m_limitsButton->isEnabled());
    m_pendingSpin->setEnabled(m_limitsButton->isEnabled());
}

void PhonesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void PhonesPanel::retranslateUi()
{
    m_joiningCheck->setText(tr("Participants may join from their phones"));
    m_renewPinButton->setText(tr("New PIN"));
    m_renewPinButton->setToolTip(tr("Phones that joined stay; new ones need the new PIN."));
    m_inbox->setHeaderLabels({tr("From"), tr("Question or comment")});
    m_readButton->setText(tr("Read out"));
    m_displayButton->setText(tr("Show to the room"));
    m_bankButton->setText(tr("Add to prepared questions"));
    m_dismissButton->setText(tr("Dismiss"));
    m_reactions->setHeaderLabels({tr("Takeaway"), tr("Agree"), tr("Disagree")});
    m_tabs->setTabText(1, tr("Reactions"));
    m_tabs->setTabText(2, tr("Their takeaways"));
    m_phones->setHeaderLabels({tr("Name"), tr("Stakeholder group"), tr("Taking part"), tr("Status")});
    m_blockButton->setText(tr("Block"));
    m_blockButton->setToolTip(tr("Its requests disappear and it can no longer send anything."));
    m_unblockButton->setText(tr("Unblock"));
    m_intervalLabel->setText(tr("Seconds between two questions of a phone:"));
    m_pendingLabel->setText(tr("Questions of a phone waiting at most:"));
    m_limitsButton->setText(tr("Apply limits"));
    refresh();
}

} // namespace ui
