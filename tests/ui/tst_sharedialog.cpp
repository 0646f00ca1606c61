// SPDX-License-Identifier: MIT
// Sharing from the window, on loopback: the share dialog's codes and QR codes, the devices panel, a joined
// online moderator's claim on the empty chair accepted on the host's console, a joined rapporteur's note,
// and the back channel both ways.
#include "core/base/clock.h"
#include "core/io/proposalimporter.h"
#include "core/session/session.h"
#include "core/share/joincodes.h"
#include "net/sharingconnection.h"
#include "net/sharingserver.h"
#include "tests/support/helpers.h"
#include "ui/floorpanel.h"
#include "ui/mainwindow.h"
#include "ui/qrcode.h"
#include "ui/sharedialog.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSslSocket>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using core::TeamRole;

class TestShareDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void qrCode_isSquareAndGrowsWithTheText();
    void shareDialog_devicesClaimNoteAndMessages();
    void shareDialog_sharesOverTlsWhenGivenACertificate();
    void sharing_stopsWithTheSession();

private:
    QTemporaryDir m_dir;
    core::SystemClock m_clock;
};

void TestShareDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(u"config"_s).toUtf8());
    QApplication::setOrganizationName(u"ModeratoTest"_s);
    // Qt's test mode keeps settings across runs (~/.qttest): a certificate remembered by an earlier run, perhaps from
    // a checkout since deleted, would make the first dialog fail to share.
    QSettings().clear();
}

void TestShareDialog::qrCode_isSquareAndGrowsWithTheText()
{
    const QImage small = ui::qrCodeImage(u"moderato://127.0.0.1:47195/ABCDEFGHIJKLMNOPQRSTUVWXYZ"_s);
    QVERIFY(!small.isNull());
    QCOMPARE(small.width(), small.height());
    // Version 3 (29 modules) or more for 50 characters at level M, plus the quiet zone of 4 on each side.
    QVERIFY(small.width() >= (29 + 8) * 4);
    QCOMPARE(small.pixelColor(0, 0), QColor(Qt::white));         // the quiet zone
    QCOMPARE(small.pixelColor(4 * 4, 4 * 4), QColor(Qt::black)); // a finder pattern's corner
    const QImage large = ui::qrCodeImage(QString(300, u'x'));
    QVERIFY(large.width() > small.width());
}

void TestShareDialog::shareDialog_devicesClaimNoteAndMessages()
{
    ui::MainWindow window(m_clock);
    MODERATO_VERIFY_OK(
        window.createSession(m_dir.filePath(u"shared.moderato"_s), core::ProposalImporter::demoWorkshop().value()));
    window.show();
    ui::ShareDialog *dialog = window.showShareDialog();
    QVERIFY(dialog);
    QVERIFY(!window.sharing()->isSharing());
    QVERIFY(dialog->addressEdit(TeamRole::OnlineModerator)->text().isEmpty());
    dialog->setLoopbackOnly(true);
    dialog->setPort(0);
    dialog->startSharing();
    // On failure, the dialog's state line says why (e.g. a port taken by another test running at the same time).
    QVERIFY2(window.sharing()->isSharing(), qPrintable(dialog->findChild<QLabel *>(u"sharingStateLabel"_s)->text()));
    const QString onlineUrl = dialog->addressEdit(TeamRole::OnlineModerator)->text();
    QVERIFY2(onlineUrl.startsWith(u"moderato://127.0.0.1:"_s), qPrintable(onlineUrl));
    for (const TeamRole role : core::share::JoinCodes::joinableRoles()) {
        const QPixmap qr = dialog->qrLabel(role)->pixmap();
        QVERIFY(!qr.isNull());
        QCOMPARE(qr.width(), qr.height());
    }

    // The online moderator joins and claims the chair for a remote participant.
    net::SharingConnection online(m_clock, net::JoinAddress::parse(onlineUrl).value(), u"Daniel"_s, u"daniel"_s);
    online.open();
    QTRY_VERIFY_WITH_TIMEOUT(online.client().session(), 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->devices()->topLevelItemCount(), 1, 10'000);
    QCOMPARE(dialog->devices()->topLevelItem(0)->text(0), u"Daniel"_s);
    QCOMPARE(dialog->devices()->topLevelItem(0)->text(1), ui::teamRoleLabel(TeamRole::OnlineModerator));
    QCOMPARE(dialog->devices()->topLevelItem(0)->text(2), u"127.0.0.1"_s);

    MODERATO_VERIFY_OK(window.session()->execute(core::commands::OpenChair{}));
    core::commands::ClaimChair claim;
    claim.who.name = u"Kofi Mensah"_s;
    claim.who.channel = u"online"_s;
    MODERATO_VERIFY_OK(online.client().send(claim));
    QTRY_VERIFY_WITH_TIMEOUT(window.session()->state().floor().pendingClaim() != 0, 10'000);
    // On the host's console: the claim, accepted there with its button.
    auto *claimFrame = window.findChild<QWidget *>(u"chairClaimFrame"_s);
    QVERIFY(claimFrame);
    QTRY_VERIFY(claimFrame->isVisible());
    auto *accept = window.findChild<QAction *>(u"actionAcceptClaim"_s);
    QVERIFY(accept);
    accept->trigger();
    const core::FloorState &floor = window.session()->state().floor();
    QCOMPARE(floor.chairState(), core::ChairState::Taken);
    QCOMPARE(floor.participant(floor.currentTurn()->participantId)->name, u"Kofi Mensah"_s);
    QTRY_COMPARE_WITH_TIMEOUT(online.client().session()->state().floor().chairState(), core::ChairState::Taken, 10'000);

    // The rapporteur joins from another device and takes a note.
    net::SharingConnection rapporteur(
        m_clock,
        net::JoinAddress::parse(dialog->addressEdit(TeamRole::Rapporteur)->text()).value(),
        u"Rita"_s,
        u"rita"_s);
    rapporteur.open();
    QTRY_VERIFY_WITH_TIMEOUT(rapporteur.client().session(), 10'000);
    MODERATO_VERIFY_OK(rapporteur.client().send(core::commands::AddNote{u"Kofi: SMEs need support"_s, {}}));
    QTRY_VERIFY_WITH_TIMEOUT(!window.session()->state().notes().notes().isEmpty(), 10'000);
    QCOMPARE(window.session()->state().notes().notes().constLast().text, u"Kofi: SMEs need support"_s);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->devices()->topLevelItemCount(), 2, 10'000);

    // The back channel, both ways, as plain text.
    QString toDevice;
    connect(&online.client(), &core::share::ShareClient::chatReceived, this, [&](const QString &, const QString &text) {
        toDevice = text;
    });
    online.client().sendChat(u"<b>Kofi</b> has a question on PQ2"_s);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->messages()->count(), 1, 10'000);
    QVERIFY(dialog->messages()->item(0)->text().contains(u"<b>Kofi</b> has a question on PQ2"_s));
    QVERIFY(window.statusBar()->currentMessage().contains(u"Daniel"_s));
    auto *edit = dialog->findChild<QLineEdit *>(u"messageEdit"_s);
    edit->setText(u"Please read the chat"_s);
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(toDevice, u"Please read the chat"_s, 10'000);

    // Renewing the rapporteur's code disconnects that device only; disconnecting by hand works too.
    const QString oldRapporteur = dialog->addressEdit(TeamRole::Rapporteur)->text();
    dialog->findChild<QPushButton *>(u"renew_rapporteur"_s)->click();
    QVERIFY(dialog->addressEdit(TeamRole::Rapporteur)->text() != oldRapporteur);
    QTRY_VERIFY_WITH_TIMEOUT(!rapporteur.client().isJoined(), 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->devices()->topLevelItemCount(), 1, 10'000);
    dialog->devices()->setCurrentItem(dialog->devices()->topLevelItem(0));
    dialog->findChild<QPushButton *>(u"disconnectButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!online.client().isJoined(), 10'000);
    QVERIFY(online.isRefused());
    online.close();
    rapporteur.close();
}

void TestShareDialog::shareDialog_sharesOverTlsWhenGivenACertificate()
{
    if (!QSslSocket::supportsSsl()) {
        QSKIP("no TLS library (OpenSSL) here");
    }
    const QString data = QStringLiteral(MODERATO_TLS_DIR);
    ui::MainWindow window(m_clock);
    MODERATO_VERIFY_OK(
        window.createSession(m_dir.filePath(u"tls.moderato"_s), core::ProposalImporter::demoWorkshop().value()));
    ui::ShareDialog *dialog = window.showShareDialog();
    dialog->setLoopbackOnly(true);
    dialog->setPort(0);
    // A key without its certificate: refused, said, and nothing listens.
    dialog->setTlsFiles(QString(), data + u"/host-key.pem"_s);
    dialog->startSharing();
    QVERIFY(!window.sharing()->isSharing());
    QVERIFY(dialog->findChild<QLabel *>(u"sharingStateLabel"_s)->text().contains(u"certificate"_s));
    dialog->setTlsFiles(data + u"/host-cert.pem"_s, data + u"/host-key.pem"_s);
    dialog->startSharing();
    QVERIFY(window.sharing()->isSharing());
    const QString url = dialog->addressEdit(TeamRole::Rapporteur)->text();
    QVERIFY2(url.contains(u"?tls="_s + window.sharing()->server()->tlsFingerprint()), qPrintable(url));
    // A joined window over TLS.
    ui::MainWindow rapporteur(m_clock);
    MODERATO_VERIFY_OK(rapporteur.joinSession(url, u"Rita"_s));
    QTRY_VERIFY_WITH_TIMEOUT(rapporteur.session() && rapporteur.joined()->client().isJoined(), 10'000);
    MODERATO_VERIFY_OK(rapporteur.session()->execute(core::commands::AddNote{u"Encrypted"_s, {}}));
    QTRY_COMPARE_WITH_TIMEOUT(window.session()->state().notes().notes().size(), 1, 10'000);
}

void TestShareDialog::sharing_stopsWithTheSession()
{
    ui::MainWindow window(m_clock);
    MODERATO_VERIFY_OK(
        window.createSession(m_dir.filePath(u"first.moderato"_s), core::ProposalImporter::demoWorkshop().value()));
    ui::ShareDialog *dialog = window.showShareDialog();
    dialog->setLoopbackOnly(true);
    dialog->setPort(0);
    dialog->startSharing();
    QVERIFY(window.sharing()->isSharing());
    const QString url = dialog->addressEdit(TeamRole::Observer)->text();
    net::SharingConnection observer(m_clock, net::JoinAddress::parse(url).value(), u"Room"_s, u"room"_s);
    observer.open();
    QTRY_VERIFY_WITH_TIMEOUT(observer.client().isJoined(), 10'000);
    MODERATO_VERIFY_OK(
        window.createSession(m_dir.filePath(u"second.moderato"_s), core::ProposalImporter::demoWorkshop().value()));
    QVERIFY(!window.sharing()->isSharing());
    QTRY_VERIFY_WITH_TIMEOUT(!observer.client().isJoined(), 10'000);
    QVERIFY(dialog->addressEdit(TeamRole::Observer)->text().isEmpty());
    observer.close();
}

QTEST_MAIN(TestShareDialog)
#include "tst_sharedialog.moc"
