// SPDX-License-Identifier: MIT
// Joining from the window, on loopback: a joined online moderator's claim on the empty chair, made with the
// console's own controls and accepted on the host's console; a joined rapporteur's notes, also while the host is
// away (kept on the device, sent once when it is back); what a role may not do disabled with the reason; the
// back channel from a device; the join dialog.
#include "core/base/clock.h"
#include "core/io/proposalimporter.h"
#include "core/session/session.h"
#include "core/share/shareclient.h"
#include "net/sharingconnection.h"
#include "net/sharingserver.h"
#include "tests/support/helpers.h"
#include "ui/joindialog.h"
#include "ui/mainwindow.h"
#include "ui/roomcontrol.h"
#include "ui/roomdisplaywindow.h"
#include "ui/roomrenderer.h"
#include "ui/sharedialog.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using core::TeamRole;

namespace {

/**
 * A free loopback port below the range the system hands out for port 0 and for outgoing connections (32768 and up
 * on Linux): the host gives it up and takes it again, and no test running beside this one can take it meanwhile, as
 * a port from that range could be. 0 (any port) when none of those tried is free.
 */
quint16 portOutsideTheAutomaticRange()
{
    const int first = 20000 + int(QCoreApplication::applicationPid() % 5000);
    for (int port = first; port < first + 200; ++port) {
        QTcpServer probe;
        if (probe.listen(QHostAddress::LocalHost, quint16(port))) {
            return quint16(port);
        }
    }
    return 0;
}

} // namespace

class TestJoinedWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void joinDialog_checksTheAddressAndTheName();
    void joinedWindows_claimNotesOfflineAndRoles();

private:
    QTemporaryDir m_dir;
    core::SystemClock m_clock;
};

void TestJoinedWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(u"config"_s).toUtf8());
    QApplication::setOrganizationName(u"ModeratoTest"_s);
}

void TestJoinedWindow::joinDialog_checksTheAddressAndTheName()
{
    ui::JoinDialog dialog;
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    auto *problem = dialog.findChild<QLabel *>(u"joinProblem"_s);
    QVERIFY(!ok->isEnabled());
    dialog.setAddress(u"http://example.org/<b>x</b>"_s);
    dialog.setName(u"Rita"_s);
    QVERIFY(!ok->isEnabled());
    QVERIFY(problem->text().contains(u"moderato://HOST:PORT/CODE"_s));
    QCOMPARE(problem->textFormat(), Qt::PlainText);
    dialog.setAddress(u"  moderato://127.0.0.1:47195/ABCDEFGHIJKLMNOPQRSTUVWXYZ "_s);
    QVERIFY(ok->isEnabled());
    QVERIFY(problem->text().isEmpty());
    dialog.setName(u"   "_s);
    QVERIFY(!ok->isEnabled());

    // The window refuses the same, with a message and without closing what it shows.
    ui::MainWindow window(m_clock);
    QVERIFY(!window.joinSession(u"moderato://nowhere"_s, u"Rita"_s));
    QVERIFY(!window.joinSession(u"moderato://127.0.0.1:47195/ABCDEFGHIJKLMNOPQRSTUVWXYZ"_s, u" \t\n "_s));
    QVERIFY(!window.joined());
}

void TestJoinedWindow::joinedWindows_claimNotesOfflineAndRoles()
{
    ui::MainWindow host(m_clock);
    MODERATO_VERIFY_OK(
        host.createSession(m_dir.filePath(u"hosted.moderato"_s), core::ProposalImporter::demoWorkshop().value()));
    host.show();
    ui::ShareDialog *dialog = host.showShareDialog();
    dialog->setLoopbackOnly(true);
    dialog->setPort(portOutsideTheAutomaticRange()); // the host stops and starts again on the same port below
    dialog->startSharing();
    QVERIFY(host.sharing()->isSharing());
    const quint16 port = host.sharing()->server()->port();
    MODERATO_VERIFY_OK(host.session()->execute(core::commands::OpenChair{}));

    // The online moderator joins from their own window.
    ui::MainWindow online(m_clock);
    MODERATO_VERIFY_OK(online.joinSession(dialog->addressEdit(TeamRole::OnlineModerator)->text(), u"Daniel"_s));
    QVERIFY(online.joined());
    QTRY_VERIFY_WITH_TIMEOUT(online.session(), 10'000);
    QVERIFY(online.session()->isReplica());
    QCOMPARE(online.session()->role(), TeamRole::OnlineModerator);
    QVERIFY2(online.windowTitle().contains(ui::teamRoleLabel(TeamRole::OnlineModerator)),
             qPrintable(online.windowTitle()));
    auto *onlineLabel = online.findChild<QLabel *>(u"onlineLabel"_s);
    QVERIFY(onlineLabel);
    QTRY_VERIFY(onlineLabel->text().contains(core::teamRoleName(TeamRole::OnlineModerator)));
    // The clock is the onsite moderator's: disabled here, saying why; sharing is the host's alone.
    auto *next = online.findChild<QAction *>(u"actionNext"_s);
    QVERIFY(!next->isEnabled());
    QCOMPARE(next->toolTip(), online.session()->refusal(core::commands::NextItem{}));
    QVERIFY(next->toolTip().contains(core::teamRoleName(TeamRole::OnlineModerator)));
    QVERIFY(!online.findChild<QPushButton *>(u"startButton"_s)->isEnabled());
    QVERIFY(!online.findChild<QAction *>(u"actionShare"_s)->isEnabled());
    QVERIFY(!online.findChild<QAction *>(u"actionEditAgenda"_s)->isEnabled());
    // A key press changes nothing on the host.
    const qsizetype before = host.session()->events().size();
    QTest::keyClick(&online, Qt::Key_N);
    QCOMPARE(host.session()->events().size(), before);

    // The claim, typed into the online moderator's own console ...
    auto *claimName = online.findChild<QLineEdit *>(u"claimNameEdit"_s);
    QVERIFY(claimName);
    QTRY_VERIFY(claimName->isEnabled());
    claimName->setText(u"Kofi <b>Mensah</b>"_s);
    online.findChild<QPushButton *>(u"claimChairButton"_s)->click();
    // ... shows on the host's console, is accepted there, and the device sees the chair taken.
    QTRY_VERIFY_WITH_TIMEOUT(host.session()->state().floor().pendingClaim() != 0, 10'000);
    QTRY_VERIFY(host.findChild<QWidget *>(u"chairClaimFrame"_s)->isVisible());
    host.findChild<QAction *>(u"actionAcceptClaim"_s)->trigger();
    const core::FloorState &floor = host.session()->state().floor();
    QCOMPARE(floor.chairState(), core::ChairState::Taken);
    QCOMPARE(floor.participant(floor.currentTurn()->participantId)->name, u"Kofi <b>Mensah</b>"_s);
    QTRY_COMPARE_WITH_TIMEOUT(online.session()->state().floor().chairState(), core::ChairState::Taken, 10'000);

    // A refusal from the host comes back with the console's words (no such request to withdraw).
    QSignalSpy failures(&online, &ui::MainWindow::actionFailed);
    MODERATO_VERIFY_OK(online.session()->execute(core::commands::WithdrawRequest{9999})); // the answer comes later
    QTRY_VERIFY_WITH_TIMEOUT(!failures.isEmpty(), 10'000);
    QVERIFY(online.statusBar()->currentMessage() == failures.constFirst().constFirst().toString());

    // The rapporteur joins and types notes in the rapporteur pane.
    ui::MainWindow rapporteur(m_clock);
    MODERATO_VERIFY_OK(rapporteur.joinSession(dialog->addressEdit(TeamRole::Rapporteur)->text(), u"Rita"_s));
    QTRY_VERIFY_WITH_TIMEOUT(rapporteur.session() && rapporteur.joined()->client().isJoined(), 10'000);
    auto *noteEdit = rapporteur.findChild<QLineEdit *>(u"noteEdit"_s);
    QVERIFY(noteEdit && noteEdit->isEnabled());
    QVERIFY(rapporteur.findChild<QDockWidget *>(u"rapporteurDock"_s)->isVisibleTo(&rapporteur));
    // The online moderator may not take notes: the field says why.
    auto *onlineNoteEdit = online.findChild<QLineEdit *>(u"noteEdit"_s);
    QVERIFY(!onlineNoteEdit->isEnabled() || onlineNoteEdit->isReadOnly());
    QTest::keyClicks(noteEdit, u"Kofi: SMEs need support"_s);
    QTest::keyClick(noteEdit, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!host.session()->state().notes().notes().isEmpty(), 10'000);
    QCOMPARE(host.session()->state().notes().notes().constLast().text, u"Kofi: SMEs need support"_s);
    QTRY_COMPARE_WITH_TIMEOUT(rapporteur.session()->state().notes().notes().size(), 1, 10'000);

    // The host goes away: the joined window says so, and keeps working on its copy.
    host.sharing()->stop();
    QTRY_VERIFY_WITH_TIMEOUT(!rapporteur.joined()->client().isJoined(), 10'000);
    auto *rapporteurLabel = rapporteur.findChild<QLabel *>(u"onlineLabel"_s);
    QTRY_VERIFY(rapporteurLabel->text().contains(u"Offline since"_s));
    QTest::keyClicks(noteEdit, u"Typed while offline"_s);
    QTest::keyClick(noteEdit, Qt::Key_Return);
    QCOMPARE(rapporteur.joined()->client().outbox().size(), 1);
    QTRY_VERIFY(rapporteurLabel->text().contains(u"kept on this device"_s));
    QCOMPARE(host.session()->state().notes().notes().size(), 1);

    // Back on the same port with the same codes: the note arrives, once.
    MODERATO_VERIFY_OK(host.sharing()->start(QHostAddress::LocalHost, port));
    QTRY_COMPARE_WITH_TIMEOUT(host.session()->state().notes().notes().size(), 2, 20'000);
    QCOMPARE(host.session()->state().notes().notes().constLast().text, u"Typed while offline"_s);
    QTRY_VERIFY_WITH_TIMEOUT(rapporteur.joined()->client().outbox().isEmpty(), 10'000);
    QTRY_VERIFY(rapporteurLabel->text().contains(core::teamRoleName(TeamRole::Rapporteur)));
    QTest::qWait(300);
    QCOMPARE(host.session()->state().notes().notes().size(), 2);

    // The back channel from a device's window, as plain text on the host.
    QTRY_VERIFY_WITH_TIMEOUT(online.joined()->client().isJoined(), 20'000);
    online.messageHost(u"<i>Remote</i> participant has a question on PQ2"_s);
    QTRY_VERIFY_WITH_TIMEOUT(
        host.statusBar()->currentMessage().contains(u"<i>Remote</i> participant has a question on PQ2"_s), 10'000);

    // A remote hub's projector joins as the room display: its window opens, in a language of its own.
    ui::MainWindow hub(m_clock);
    MODERATO_VERIFY_OK(hub.joinSession(dialog->addressEdit(TeamRole::RoomDisplay)->text(), u"Nairobi hub"_s));
    QTRY_VERIFY_WITH_TIMEOUT(hub.session(), 10'000);
    QCOMPARE(hub.session()->role(), TeamRole::RoomDisplay);
    QTRY_VERIFY(hub.room()->window()->isVisible());
    QVERIFY(!hub.findChild<QAction *>(u"actionNext"_s)->isEnabled());
    auto *arabic = hub.findChild<QAction *>(u"actionRoomLanguage_ar"_s);
    QVERIFY(arabic && arabic->isEnabled());
    const qsizetype hostEvents = host.session()->events().size();
    arabic->trigger();
    QVERIFY(hub.room()->renderer()->isRightToLeft());
    QCOMPARE(hub.room()->renderer()->localLanguage(), u"ar"_s);
    QTest::qWait(200);
    QCOMPARE(host.session()->events().size(), hostEvents); // the host's room keeps its language
    QVERIFY(!host.room()->renderer()->isRightToLeft());
    QVERIFY(host.session()->state().display().language().isEmpty());

    // Closing the joined session leaves the window empty and the host untouched.
    const qsizetype events = host.session()->events().size();
    MODERATO_VERIFY_OK(
        online.createSession(m_dir.filePath(u"own.moderato"_s), core::ProposalImporter::demoWorkshop().value()));
    QVERIFY(!online.joined());
    QVERIFY(!online.session()->isReplica());
    QVERIFY(online.findChild<QAction *>(u"actionShare"_s)->isEnabled());
    QCOMPARE(host.session()->events().size(), events);
}

QTEST_MAIN(TestJoinedWindow)
#include "tst_joinedwindow.moc"
