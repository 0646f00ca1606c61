// SPDX-License-Identifier: MIT
// The participants' phones pane: joining, the inbox (read out, shown to the room, added to the prepared questions,
// dismissed), reactions and shared takeaways, blocking a phone; and the page's address, PIN and corner on the
// room display while the session is shared on loopback.
#include "core/base/clock.h"
#include "core/base/plaintext.h"
#include "core/io/proposalimporter.h"
#include "core/session/session.h"
#include "core/store/memorystore.h"
#include "net/phoneserver.h"
#include "tests/support/helpers.h"
#include "ui/phonespanel.h"
#include "ui/roomrenderer.h"
#include "ui/sharedialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QHostAddress>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

class TestPhonesPanel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void inbox_acceptAsEachKind_andDismiss();
    void reactionsAndTakeaways_areShown_asText();
    void block_andLimits_goThroughTheSession();
    void sharing_showsThePinAndTheAddress_andTheRoomCorner();

private:
    void joinPhones();

    core::SystemClock m_clock;
    std::unique_ptr<core::Session> m_session;
    std::unique_ptr<ui::PhonesPanel> m_panel;
};

void TestPhonesPanel::init()
{
    auto session = core::Session::create(
        std::make_unique<core::MemoryStore>(), core::ProposalImporter::demoWorkshop().value(), m_clock);
    MODERATO_VERIFY_OK(session);
    m_session = std::move(session).value();
    m_panel = std::make_unique<ui::PhonesPanel>();
    m_panel->setSession(m_session.get());
}

void TestPhonesPanel::joinPhones()
{
    auto *joining = m_panel->findChild<QCheckBox *>(u"phonesJoiningCheck"_s);
    QVERIFY(joining && !joining->isChecked());
    joining->setChecked(true); // the moderator opens joining: an event
    QVERIFY(m_session->state().audience().joiningOpen());
    MODERATO_VERIFY_OK(m_session->setPhoneLimits(0, 10));
    MODERATO_VERIFY_OK(
        m_session->joinPhone(u"aaaa1111"_s, core::Who{0, u"Amina"_s, {}, u"Civil Society"_s, {}, {}, {}}));
    MODERATO_VERIFY_OK(m_session->joinPhone(u"bbbb2222"_s, core::Who{0, u"<b>Bruno</b>"_s, {}, {}, {}, {}, {}}));
}

void TestPhonesPanel::inbox_acceptAsEachKind_andDismiss()
{
    joinPhones();
    const QStringList texts{u"Read me"_s, u"Show me"_s, u"Keep me"_s, u"Drop me"_s};
    for (const QString &text : texts) {
        MODERATO_VERIFY_OK(m_session->submitQuestion(u"aaaa1111"_s, text));
    }
    QTreeWidget *inbox = m_panel->inbox();
    QCOMPARE(inbox->topLevelItemCount(), 4);
    QCOMPARE(inbox->topLevelItem(0)->text(0),
             core::isolatedLine(u"Amina"_s) + u" ("_s + core::isolatedLine(u"Civil Society"_s) + u')');
    auto select = [&](const QString &text) {
        for (int i = 0; i < inbox->topLevelItemCount(); ++i) {
            if (inbox->topLevelItem(i)->text(1) == text) {
                inbox->setCurrentItem(inbox->topLevelItem(i));
                return true;
            }
        }
        return false;
    };
    QVERIFY(select(u"Read me"_s));
    m_panel->findChild<QPushButton *>(u"inboxReadButton"_s)->click();
    QCOMPARE(m_session->state().audience().inboxItem(1)->status, core::InboxItem::Status::Read);
    QVERIFY(select(u"Show me"_s));
    m_panel->findChild<QPushButton *>(u"inboxDisplayButton"_s)->click();
    QCOMPARE(m_session->state().audience().inboxItem(2)->status, core::InboxItem::Status::Displayed);
    QCOMPARE(m_session->state().display().message(), u"Show me"_s);
    const qsizetype bank = m_session->state().questions().questions().size();
    QVERIFY(select(u"Keep me"_s));
    m_panel->findChild<QPushButton *>(u"inboxBankButton"_s)->click();
    QCOMPARE(m_session->state().questions().questions().size(), bank + 1);
    QCOMPARE(m_session->state().questions().questions().constLast().text, u"Keep me"_s);
    QVERIFY(select(u"Drop me"_s));
    m_panel->findChild<QPushButton *>(u"inboxDismissButton"_s)->click();
    QCOMPARE(m_session->state().audience().inboxItem(4)->status, core::InboxItem::Status::Dismissed);
    QCOMPARE(inbox->topLevelItemCount(), 0);
    QVERIFY(!m_panel->findChild<QPushButton *>(u"inboxReadButton"_s)->isEnabled());
}

void TestPhonesPanel::reactionsAndTakeaways_areShown_asText()
{
    joinPhones();
    auto takeaway = m_session->approveTakeaway(u"Shared baselines"_s);
    MODERATO_VERIFY_OK(takeaway);
    MODERATO_VERIFY_OK(m_session->reactToTakeaway(u"aaaa1111"_s, takeaway.value(), u"agree"_s));
    MODERATO_VERIFY_OK(m_session->reactToTakeaway(u"bbbb2222"_s, takeaway.value(), u"disagree"_s));
    MODERATO_VERIFY_OK(m_session->reactToTakeaway(u"bbbb2222"_s, takeaway.value(), u"comment"_s, u"<i>no</i>"_s));
    MODERATO_VERIFY_OK(m_session->shareTakeaway(u"aaaa1111"_s, u"Costs matter"_s));
    QTreeWidget *reactions = m_panel->reactions();
    QCOMPARE(reactions->topLevelItemCount(), 1);
    QCOMPARE(reactions->topLevelItem(0)->text(1), u"1"_s);
    QCOMPARE(reactions->topLevelItem(0)->text(2), u"1"_s);
    QCOMPARE(reactions->topLevelItem(0)->childCount(), 1);
    QVERIFY(reactions->topLevelItem(0)->child(0)->text(0).contains(u"<i>no</i>"_s));
    QVERIFY(reactions->topLevelItem(0)->child(0)->text(0).contains(u"<b>Bruno</b>"_s));
    QCOMPARE(m_panel->sharedTakeaways()->count(), 1);
    QVERIFY(m_panel->sharedTakeaways()->item(0)->text().endsWith(u"Costs matter"_s));
}

void TestPhonesPanel::block_andLimits_goThroughTheSession()
{
    joinPhones();
    QTreeWidget *phones = m_panel->phones();
    QCOMPARE(phones->topLevelItemCount(), 2);
    MODERATO_VERIFY_OK(m_session->submitQuestion(u"bbbb2222"_s, u"spam"_s));
    QCOMPARE(m_panel->inbox()->topLevelItemCount(), 1);
    phones->setCurrentItem(phones->topLevelItem(1));
    m_panel->findChild<QPushButton *>(u"phonesBlockButton"_s)->click();
    QVERIFY(m_session->state().audience().phone(u"bbbb2222"_s)->blocked);
    QCOMPARE(m_panel->inbox()->topLevelItemCount(), 0); // a blocked phone's questions disappear
    QVERIFY(!phones->topLevelItem(1)->text(3).isEmpty());
    phones->setCurrentItem(phones->topLevelItem(1));
    m_panel->findChild<QPushButton *>(u"phonesUnblockButton"_s)->click();
    QVERIFY(!m_session->state().audience().phone(u"bbbb2222"_s)->blocked);

    m_panel->findChild<QSpinBox *>(u"phonesIntervalSpin"_s)->setValue(30);
    m_panel->findChild<QSpinBox *>(u"phonesPendingSpin"_s)->setValue(2);
    m_panel->findChild<QPushButton *>(u"phonesLimitsButton"_s)->click();
    QCOMPARE(m_session->state().audience().limits().questionIntervalMs, 30'000);
    QCOMPARE(m_session->state().audience().limits().pendingQuestions, 2);
}

void TestPhonesPanel::sharing_showsThePinAndTheAddress_andTheRoomCorner()
{
    ui::Sharing sharing;
    sharing.setSession(m_session.get());
    m_panel->setSharing(&sharing);
    QVERIFY(!m_panel->findChild<QLabel *>(u"phonesPinLabel"_s)->isVisibleTo(m_panel.get()));
    MODERATO_VERIFY_OK(sharing.start(QHostAddress(QHostAddress::LocalHost), 0));
    QVERIFY(sharing.phoneServer());
    const QString pin = sharing.phoneServer()->host().pin();
    QCOMPARE(pin.size(), 6);
    auto *pinLabel = m_panel->findChild<QLabel *>(u"phonesPinLabel"_s);
    QVERIFY(pinLabel->isVisibleTo(m_panel.get()));
    QVERIFY(pinLabel->text().contains(pin.left(3)) && pinLabel->text().contains(pin.mid(3)));
    const QString url = sharing.phonePageUrls().value(0);
    QVERIFY(url.startsWith(u"http://127.0.0.1:"_s));
    QVERIFY(m_panel->findChild<QLabel *>(u"phonesPageLabel"_s)->text().contains(core::isolatedLine(url)));
    QVERIFY(!m_panel->findChild<QLabel *>(u"phonesQrLabel"_s)->pixmap().isNull());
    m_panel->findChild<QPushButton *>(u"phonesRenewPinButton"_s)->click();
    QVERIFY(sharing.phoneServer()->host().pin() != pin);
    QVERIFY(pinLabel->text().contains(sharing.phoneServer()->host().pin().left(3)));

    // The room display: the corner while joining is open, and the join scene.
    ui::RoomRenderer renderer;
    renderer.setSession(m_session.get());
    const QImage without = renderer.render(QSize(960, 540));
    renderer.setPhoneJoin(url, sharing.phoneServer()->host().pin());
    QCOMPARE(renderer.render(QSize(960, 540)), without); // joining is closed: no corner
    MODERATO_VERIFY_OK(m_session->setPhoneJoining(true));
    QVERIFY(renderer.render(QSize(960, 540)) != without);
    MODERATO_VERIFY_OK(m_session->pinScene(core::Scene::Join));
    QCOMPARE(renderer.scene(), core::Scene::Join);
    sharing.stop();
    QVERIFY(!sharing.phoneServer());
}

QTEST_MAIN(TestPhonesPanel)
#include "tst_phonespanel.moc"
