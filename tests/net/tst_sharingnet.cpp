// SPDX-License-Identifier: MIT
// A shared session over WebSockets on loopback: joining, commands, the clock, a host that goes away and
// comes back (in this process, and a host process killed with SIGKILL), and what a hostile peer sends.
#include "core/io/proposalimporter.h"
#include "core/session/session.h"
#include "core/share/protocol.h"
#include "core/store/memorystore.h"
#include "net/sharingconnection.h"
#include "net/sharingserver.h"
#include "tests/support/helpers.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QProcess>
#include <QSslCertificate>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include <csignal>

using namespace Qt::StringLiterals;
using core::TeamRole;

namespace {

const QHostAddress Loopback = QHostAddress::LocalHost;

std::unique_ptr<core::Session> memorySession(const core::Clock &clock)
{
    auto session = core::Session::create(
        std::make_unique<core::MemoryStore>(), core::ProposalImporter::demoWorkshop().value(), clock);
    return session ? std::move(session).value() : nullptr;
}

net::JoinAddress joinAddress(const net::SharingServer &server, TeamRole role)
{
    return net::JoinAddress::parse(server.joinUrl(role)).value();
}

bool sameLog(const core::Session &a, const core::Session &b)
{
    if (a.events().size() != b.events().size()) {
        return false;
    }
    for (qsizetype i = 0; i < a.events().size(); ++i) {
        if (core::share::Protocol::digest(a.events().at(i)) != core::share::Protocol::digest(b.events().at(i))) {
            return false;
        }
    }
    return true;
}

} // namespace

class TestSharingNet : public QObject
{
    Q_OBJECT

private slots:
    void joinAddress_parsesAndRefuses();
    void devices_joinCommandAndFollowTheClock();
    void hostGoesAndComesBack_devicesReconnectAndResync();
    void hostProcessKilled_restartsWithTheSameCodes();
    void hostilePeer_isCutOff();
    void cliJoin_sendsAScriptAndPrintsRefusals();
    void tls_encryptsAndTrustsOnlyThePinnedCertificate();

private:
    core::SystemClock m_clock;
};

void TestSharingNet::joinAddress_parsesAndRefuses()
{
    auto address = net::JoinAddress::parse(u"moderato://127.0.0.1:47195/ABCDEFGHIJKLMNOPQRSTUVWXYZ"_s);
    MODERATO_VERIFY_OK(address);
    QCOMPARE(address.value().host, u"127.0.0.1"_s);
    QCOMPARE(address.value().port, 47195);
    QCOMPARE(address.value().webSocketUrl().toString(), u"ws://127.0.0.1:47195/"_s);
    auto ipv6 = net::JoinAddress::parse(u"moderato://[::1]:9000/ABCDEFGHIJKLMNOPQRSTUVWXYZ"_s);
    MODERATO_VERIFY_OK(ipv6);
    QCOMPARE(ipv6.value().host, u"::1"_s);
    const QString pin = QString(64, u'a');
    auto tls = net::JoinAddress::parse(u"moderato://127.0.0.1:47195/ABCDEFGHIJKLMNOPQRSTUVWXYZ?tls="_s + pin);
    MODERATO_VERIFY_OK(tls);
    QCOMPARE(tls.value().tlsFingerprint, pin);
    QCOMPARE(tls.value().webSocketUrl().toString(), u"wss://127.0.0.1:47195/"_s);
    for (const QString &bad :
         {u""_s,
          u"moderato://127.0.0.1:47195/ABCDEFGHIJKLMNOPQRSTUVWXYZ?tls=abc"_s,
          u"moderato://127.0.0.1:47195/ABCDEFGHIJKLMNOPQRSTUVWXYZ?other=1"_s,
          QString(u"moderato://127.0.0.1:47195/ABCDEFGHIJKLMNOPQRSTUVWXYZ?tls="_s + QString(64, u'g')),
          u"http://127.0.0.1:47195/ABCDEFGHIJKLMNOPQRSTUVWXYZ"_s,
          u"moderato://127.0.0.1/ABCDEFGHIJKLMNOPQRSTUVWXYZ"_s,
          u"moderato://127.0.0.1:47195/SHORT"_s,
          u"moderato://:47195/ABCDEFGHIJKLMNOPQRSTUVWXYZ"_s}) {
        QVERIFY2(!net::JoinAddress::parse(bad), qPrintable(bad));
    }
}

void TestSharingNet::devices_joinCommandAndFollowTheClock()
{
    auto session = memorySession(m_clock);
    QVERIFY(session);
    net::SharingServer server(*session, core::share::JoinCodes::generate());
    MODERATO_VERIFY_OK(server.listen(Loopback, 0));
    QVERIFY(server.port() > 0);

    net::SharingConnection co(m_clock, joinAddress(server, TeamRole::CoModerator), u"Co"_s, u"co-1"_s);
    net::SharingConnection observer(m_clock, joinAddress(server, TeamRole::Observer), u"Room"_s, u"obs-1"_s);
    co.open();
    observer.open();
    QTRY_VERIFY_WITH_TIMEOUT(co.client().session() && observer.client().session(), 10'000);
    QCOMPARE(co.client().role(), TeamRole::CoModerator);
    QCOMPARE(server.host().devices().size(), 2);
    QCOMPARE(server.host().devices().constFirst().address, u"127.0.0.1"_s);

    MODERATO_VERIFY_OK(co.client().send(core::commands::StartClock{}));
    QTRY_COMPARE_WITH_TIMEOUT(observer.client().session()->state().runState(), core::RunState::Running, 10'000);
    QCOMPARE(session->state().runState(), core::RunState::Running);
    QTRY_VERIFY_WITH_TIMEOUT(observer.client().roundTripMs() >= 0, 10'000);
    // The same countdowns as the host: the copies' clocks stay within 100 ms of the host's.
    QVERIFY(qAbs(observer.client().session()->now() - session->now()) <= 100);
    QVERIFY(qAbs(co.client().session()->now() - session->now()) <= 100);
    // An observer may not; the host says why.
    QString error;
    connect(&observer.client(),
            &core::share::ShareClient::outcome,
            this,
            [&](const QString &, bool, const QString &text) { error = text; });
    QVERIFY(!observer.client().send(core::commands::NextItem{})); // refused on the device already
    QTRY_VERIFY_WITH_TIMEOUT(sameLog(*observer.client().session(), *session), 10'000);
    QVERIFY(error.isEmpty());
}

void TestSharingNet::hostGoesAndComesBack_devicesReconnectAndResync()
{
    auto session = memorySession(m_clock);
    const core::share::JoinCodes codes = core::share::JoinCodes::generate();
    auto server = std::make_unique<net::SharingServer>(*session, codes);
    MODERATO_VERIFY_OK(server->listen(Loopback, 0));
    const quint16 port = server->port();
    net::SharingConnection rapporteur(m_clock, joinAddress(*server, TeamRole::Rapporteur), u"Rap"_s, u"rap-1"_s);
    rapporteur.open();
    QTRY_VERIFY_WITH_TIMEOUT(rapporteur.client().isJoined() && rapporteur.client().session(), 10'000);

    server.reset(); // the host goes away
    QTRY_VERIFY_WITH_TIMEOUT(!rapporteur.client().isJoined(), 10'000);
    QVERIFY(rapporteur.client().offlineSinceMs() >= 0);
    // Typed while offline: kept on the device.
    MODERATO_VERIFY_OK(rapporteur.client().send(core::commands::AddNote{u"Typed while the host was away"_s, {}}));
    MODERATO_VERIFY_OK(session->execute(core::commands::StartClock{}));

    server = std::make_unique<net::SharingServer>(*session, codes);
    MODERATO_VERIFY_OK(server->listen(Loopback, port));
    QTRY_VERIFY_WITH_TIMEOUT(rapporteur.client().isJoined(), 20'000);
    QTRY_VERIFY_WITH_TIMEOUT(rapporteur.client().outbox().isEmpty(), 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(sameLog(*rapporteur.client().session(), *session), 10'000);
    int notes = 0;
    for (const core::Event &event : session->events()) {
        notes += event.type == core::EventType::NoteAdded ? 1 : 0;
    }
    QCOMPARE(notes, 1); // exactly once
}

void TestSharingNet::hostProcessKilled_restartsWithTheSameCodes()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"shared.moderato"_s);
    {
        auto session = core::Session::create(path, core::ProposalImporter::demoWorkshop().value(), m_clock);
        MODERATO_VERIFY_OK(session);
    }
    auto startHost = [&](quint16 port, QString *url) -> std::unique_ptr<QProcess> {
        auto host = std::make_unique<QProcess>();
        host->setProcessChannelMode(QProcess::SeparateChannels);
        host->start(QStringLiteral(MODERATO_CLI_PATH),
                    {u"share"_s, path, u"--listen"_s, u"127.0.0.1:%1"_s.arg(port), u"--for"_s, u"60"_s});
        if (!host->waitForStarted(10'000)) {
            return nullptr;
        }
        QString output;
        for (int i = 0; i < 100 && !output.contains(u"observer "_s); ++i) {
            host->waitForReadyRead(200);
            output += QString::fromUtf8(host->readAllStandardOutput());
        }
        for (const QString &line : output.split(u'\n')) {
            if (line.startsWith(u"co_moderator "_s)) {
                *url = line.section(u' ', 1);
            }
        }
        return host;
    };
    QString url;
    auto host = startHost(0, &url);
    QVERIFY(host);
    auto address = net::JoinAddress::parse(url);
    MODERATO_VERIFY_OK(address);
    net::SharingConnection co(m_clock, address.value(), u"Co"_s, u"co-kill"_s);
    co.open();
    QTRY_VERIFY_WITH_TIMEOUT(co.client().isJoined() && co.client().session(), 10'000);
    MODERATO_VERIFY_OK(co.client().send(core::commands::StartClock{}));
    QTRY_COMPARE_WITH_TIMEOUT(co.client().session()->state().runState(), core::RunState::Running, 10'000);
    const qsizetype acknowledged = co.client().session()->events().size();

    ::kill(pid_t(host->processId()), SIGKILL);
    QVERIFY(host->waitForFinished(10'000));
    QTRY_VERIFY_WITH_TIMEOUT(!co.client().isJoined(), 10'000);

    QString again;
    auto restarted = startHost(address.value().port, &again);
    QVERIFY(restarted);
    QCOMPARE(again, url); // the same codes, kept in the session file
    QTRY_VERIFY_WITH_TIMEOUT(co.client().isJoined(), 20'000);
    MODERATO_VERIFY_OK(co.client().send(core::commands::NextItem{}));
    QTRY_COMPARE_WITH_TIMEOUT(co.client().session()->events().size(), acknowledged + 1, 10'000);
    co.close();
    restarted->terminate();
    QVERIFY(restarted->waitForFinished(10'000));
    // Nothing acknowledged was lost: the file holds the start and the next item.
    auto reopened = core::Session::open(path, m_clock, core::SessionStore::Mode::ReadOnly);
    MODERATO_VERIFY_OK(reopened);
    QCOMPARE(reopened.value()->events().size(), acknowledged + 1);
    QVERIFY(sameLog(*reopened.value(), *co.client().session()));
}

void TestSharingNet::hostilePeer_isCutOff()
{
    auto session = memorySession(m_clock);
    net::SharingServer server(*session, core::share::JoinCodes::generate());
    MODERATO_VERIFY_OK(server.listen(Loopback, 0));
    const QUrl url(u"ws://127.0.0.1:%1/"_s.arg(server.port()));
    auto closedAfter = [&](const std::function<void(QWebSocket &)> &send) {
        QWebSocket socket;
        bool closed = false;
        QString received;
        connect(&socket, &QWebSocket::disconnected, this, [&] { closed = true; });
        connect(&socket, &QWebSocket::textMessageReceived, this, [&](const QString &text) { received += text; });
        socket.open(url);
        if (!QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 10'000)) {
            return QString(u"never connected"_s);
        }
        send(socket);
        [[maybe_unused]] const bool ended = QTest::qWaitFor([&] { return closed; }, 10'000);
        return closed ? received : QString(u"still open"_s);
    };
    QVERIFY(closedAfter([](QWebSocket &socket) { socket.sendTextMessage(u"not json"_s); }).contains(u"refused"_s));
    QVERIFY(closedAfter([](QWebSocket &socket) { socket.sendBinaryMessage("\x01\x02"); }) != u"still open"_s);
    QVERIFY(closedAfter([](QWebSocket &socket) {
                socket.sendTextMessage(QString(core::share::Protocol::MaxDeviceMessageBytes + 10, u'x'));
            })
            != u"still open"_s);
    QVERIFY(server.host().devices().isEmpty());
    QVERIFY(session->events().size() == 1);
}

void TestSharingNet::cliJoin_sendsAScriptAndPrintsRefusals()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString script = dir.filePath(u"remote.txt"_s);
    {
        QFile file(script);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("0:00 queue Amina --online --group \"Civil Society\"\n"
                   "0:10 chair-open\n"
                   "0:20 message \"Please read the chat\"\n");
    }
    auto session = memorySession(m_clock);
    net::SharingServer server(*session, core::share::JoinCodes::generate());
    MODERATO_VERIFY_OK(server.listen(Loopback, 0));
    QProcess join;
    join.start(QStringLiteral(MODERATO_CLI_PATH),
               {u"join"_s, server.joinUrl(TeamRole::OnlineModerator), u"--name"_s, u"Daniel"_s, u"replay"_s, script});
    QVERIFY(join.waitForStarted(10'000));
    QTRY_COMPARE_WITH_TIMEOUT(join.state(), QProcess::NotRunning, 30'000);
    const QString output = QString::fromUtf8(join.readAllStandardOutput());
    QCOMPARE(join.exitCode(), 1); // one line was refused
    QVERIFY2(output.contains(u"Joined as online_moderator."_s), qPrintable(output));
    QVERIFY2(output.contains(u"line 1: queue done"_s), qPrintable(output));
    QVERIFY2(output.contains(u"line 2: refused: "_s) && output.contains(u"may not chair-open"_s), qPrintable(output));
    QVERIFY2(output.contains(u"line 3: message done"_s), qPrintable(output));
    QCOMPARE(session->state().floor().requests().size(), 1);
    QCOMPARE(session->state().display().message(), u"Please read the chat"_s);

    // A wrong code: the host's reason, exit code 1.
    QString wrong = server.joinUrl(TeamRole::Observer);
    wrong.replace(wrong.size() - 26, 26, QString(26, u'A'));
    join.start(QStringLiteral(MODERATO_CLI_PATH), {u"join"_s, wrong, u"--name"_s, u"Eve"_s, u"replay"_s, script});
    QVERIFY(join.waitForStarted(10'000));
    QTRY_COMPARE_WITH_TIMEOUT(join.state(), QProcess::NotRunning, 30'000);
    QCOMPARE(join.exitCode(), 1);
    QVERIFY(QString::fromUtf8(join.readAllStandardError()).contains(u"not valid"_s));
}

void TestSharingNet::tls_encryptsAndTrustsOnlyThePinnedCertificate()
{
    if (!QSslSocket::supportsSsl()) {
        QSKIP("no TLS library (OpenSSL) here");
    }
    const QString data = QStringLiteral(MODERATO_TLS_DIR);
    auto session = memorySession(m_clock);
    QVERIFY(session);
    net::SharingServer server(*session, core::share::JoinCodes::generate());
    // A bad certificate or key is refused with a message, and sharing stays as it was.
    QVERIFY(!server.useTls(data + u"/missing.pem"_s, data + u"/host-key.pem"_s));
    QVERIFY(!server.useTls(data + u"/host-key.pem"_s, data + u"/host-key.pem"_s));
    QVERIFY(!server.useTls(data + u"/host-cert.pem"_s, data + u"/host-cert.pem"_s));
    MODERATO_VERIFY_OK(server.useTls(data + u"/host-cert.pem"_s, data + u"/host-key.pem"_s));
    MODERATO_VERIFY_OK(server.listen(Loopback, 0));
    QCOMPARE(server.tlsFingerprint().size(), 64);
    const QString url = server.joinUrl(TeamRole::Rapporteur);
    QVERIFY2(url.endsWith(u"?tls="_s + server.tlsFingerprint()), qPrintable(url));

    // The pinned certificate: joins, and a command goes both ways.
    net::SharingConnection rapporteur(m_clock, net::JoinAddress::parse(url).value(), u"Rita"_s, u"rita-tls"_s);
    rapporteur.open();
    QTRY_VERIFY_WITH_TIMEOUT(rapporteur.client().session(), 10'000);
    MODERATO_VERIFY_OK(rapporteur.client().send(core::commands::AddNote{u"Over TLS"_s, {}}));
    QTRY_COMPARE_WITH_TIMEOUT(session->state().notes().notes().size(), 1, 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(sameLog(*rapporteur.client().session(), *session), 10'000);

    // Another certificate's fingerprint in the address: never joins, and says why.
    QSslCertificate other = QSslCertificate::fromPath(data + u"/other-cert.pem"_s).value(0);
    QVERIFY(!other.isNull());
    net::JoinAddress wrong = net::JoinAddress::parse(url).value();
    wrong.tlsFingerprint = QString::fromLatin1(other.digest(QCryptographicHash::Sha256).toHex());
    net::SharingConnection impostor(m_clock, wrong, u"Eve"_s, u"eve-tls"_s);
    impostor.open();
    QTRY_VERIFY_WITH_TIMEOUT(impostor.isRefused(), 10'000);
    QVERIFY(impostor.connectionProblem().contains(u"certificate"_s));
    QVERIFY(!impostor.client().isJoined());
    QCOMPARE(server.host().devices().size(), 1);

    // A plain WebSocket to the encrypted port learns nothing and joins nothing.
    net::JoinAddress plain = net::JoinAddress::parse(url).value();
    plain.tlsFingerprint.clear();
    net::SharingConnection clear(m_clock, plain, u"Plain"_s, u"plain"_s);
    clear.open();
    QTest::qWait(1500);
    QVERIFY(!clear.client().isJoined());
    clear.close();
    impostor.close();
    rapporteur.close();
}

QTEST_GUILESS_MAIN(TestSharingNet)
#include "tst_sharingnet.moc"
