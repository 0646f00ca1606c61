// SPDX-License-Identifier: MIT
// One window per user takes the files later `moderato FILE` runs are given: the request on the local socket,
// what is refused (garbage, a huge request, a relative path, a silent client), and the socket a crashed
// instance leaves behind.
#include "ui/singleinstance.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <future>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

class TestSingleInstance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parseRequest_data();
    void parseRequest();
    void forward_reachesTheListeningInstance();
    void forward_relativePath_isMadeAbsolute();
    void forward_withoutAnInstance_fails();
    void badRequests_areRefusedAndTheInstanceKeepsListening_data();
    void badRequests_areRefusedAndTheInstanceKeepsListening();
    void hugeRequest_isCutOff();
    void silentClient_isDisconnected();
    void staleSocket_isRemovedAndListeningSucceeds();
    void runningInstance_isLeftAlone();
    void socket_isTheUsersOnly();
    void serverName_followsTheEnvironment();

private:
    QString socketName(const QString &name) const { return m_dir.filePath(name); }

    /// Forwards path on another thread (forward() blocks) while this one's event loop serves the instance.
    static std::future<bool> forwardInBackground(const QString &path, const QString &name)
    {
        return std::async(std::launch::async, [path, name] { return ui::SingleInstance::forward(path, name, 5000); });
    }

    /// Sends raw bytes and returns the answer line, or "closed" when the instance hung up without one.
    static QByteArray sendRaw(const QString &name, const QByteArray &bytes);

    QTemporaryDir m_dir;
    int m_sockets = 0;
};

void TestSingleInstance::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QByteArray TestSingleInstance::sendRaw(const QString &name, const QByteArray &bytes)
{
    QLocalSocket socket;
    socket.connectToServer(name);
    if (!QTest::qWaitFor([&] { return socket.state() == QLocalSocket::ConnectedState; }, 5000)) {
        return "not connected";
    }
    socket.write(bytes);
    const bool ended = QTest::qWaitFor(
        [&] { return socket.canReadLine() || socket.state() == QLocalSocket::UnconnectedState; }, 10'000);
    if (!ended) {
        return "no answer";
    }
    return socket.canReadLine() ? socket.readLine() : QByteArray("closed");
}

void TestSingleInstance::parseRequest_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("path");
    QTest::newRow("absolute") << QByteArray("open /home/ana/ws195.moderato\n") << u"/home/ana/ws195.moderato"_s;
    QTest::newRow("spaces and UTF-8") << QByteArray("open /home/ana/Atelier é 1.moderato\n")
                                      << u"/home/ana/Atelier é 1.moderato"_s;
    QTest::newRow("no newline") << QByteArray("open /home/ana/a.moderato") << QString();
    QTest::newRow("other verb") << QByteArray("show /home/ana/a.moderato\n") << QString();
    QTest::newRow("relative") << QByteArray("open ana/a.moderato\n") << QString();
    QTest::newRow("empty path") << QByteArray("open \n") << QString();
    QTest::newRow("invalid UTF-8") << QByteArray("open /home/\xff\xfe.moderato\n") << QString();
    QTest::newRow("control character") << QByteArray("open /home/a\tb.moderato\n") << QString();
    QTest::newRow("carriage return") << QByteArray("open /home/a.moderato\r\n") << QString();
    QTest::newRow("NUL") << QByteArray("open /home/a\0b.moderato\n", 25) << QString();
    QTest::newRow("too long") << QByteArray("open /" + QByteArray(ui::SingleInstance::MaxRequestBytes, 'a') + '\n')
                              << QString();
}

void TestSingleInstance::parseRequest()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, path);
    QCOMPARE(ui::SingleInstance::parseRequest(line), path);
}

void TestSingleInstance::forward_reachesTheListeningInstance()
{
    const QString name = socketName(u"reach"_s);
    ui::SingleInstance instance;
    QVERIFY(instance.listen(name));
    QSignalSpy opened(&instance, &ui::SingleInstance::openRequested);
    const QString path = m_dir.filePath(u"Atelier é 1.moderato"_s);
    auto forwarded = forwardInBackground(path, name);
    QTRY_COMPARE(opened.count(), 1);
    QVERIFY(forwarded.get());
    QCOMPARE(opened.constFirst().constFirst().toString(), path);
}

void TestSingleInstance::forward_relativePath_isMadeAbsolute()
{
    const QString name = socketName(u"relative"_s);
    ui::SingleInstance instance;
    QVERIFY(instance.listen(name));
    QSignalSpy opened(&instance, &ui::SingleInstance::openRequested);
    auto forwarded = forwardInBackground(u"ws195.moderato"_s, name);
    QTRY_COMPARE(opened.count(), 1);
    QVERIFY(forwarded.get());
    QCOMPARE(opened.constFirst().constFirst().toString(), QDir::current().absoluteFilePath(u"ws195.moderato"_s));
}

void TestSingleInstance::forward_withoutAnInstance_fails()
{
    QVERIFY(!ui::SingleInstance::forward(u"/home/ana/a.moderato"_s, socketName(u"nobody"_s), 1000));
    QVERIFY(!ui::SingleInstance::forward(u"/home/ana/a.moderato"_s, QString(), 1000)); // switched off
}

void TestSingleInstance::badRequests_areRefusedAndTheInstanceKeepsListening_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::newRow("garbage") << QByteArray("\x01\x02 hello there\n");
    QTest::newRow("other verb") << QByteArray("quit\n");
    QTest::newRow("relative path") << QByteArray("open ../etc/passwd\n");
    QTest::newRow("invalid UTF-8") << QByteArray("open /\xc3\x28.moderato\n");
    QTest::newRow("two requests") << QByteArray("open /a\nopen /b\n");
}

void TestSingleInstance::badRequests_areRefusedAndTheInstanceKeepsListening()
{
    QFETCH(QByteArray, request);
    const QString name = socketName(u"bad-%1"_s.arg(++m_sockets));
    ui::SingleInstance instance;
    QVERIFY(instance.listen(name));
    QSignalSpy opened(&instance, &ui::SingleInstance::openRequested);
    const QByteArray answer = sendRaw(name, request);
    if (request.startsWith("open /a\n")) {
        QCOMPARE(answer, QByteArray("ok\n")); // the first line only: one request a connection
        QTRY_COMPARE(opened.count(), 1);
        QCOMPARE(opened.constFirst().constFirst().toString(), u"/a"_s);
    } else {
        QCOMPARE(answer, QByteArray("no\n"));
        QTest::qWait(50);
        QCOMPARE(opened.count(), 0);
    }
    // Still serving.
    opened.clear();
    auto forwarded = forwardInBackground(u"/home/ana/after.moderato"_s, name);
    QTRY_COMPARE(opened.count(), 1);
    QVERIFY(forwarded.get());
}

void TestSingleInstance::hugeRequest_isCutOff()
{
    const QString name = socketName(u"huge"_s);
    ui::SingleInstance instance;
    QVERIFY(instance.listen(name));
    QSignalSpy opened(&instance, &ui::SingleInstance::openRequested);
    // 4 MB without a line break, then with one at the end: both are cut off (or refused) after the first
    // MaxRequestBytes, never read to the end.
    for (const QByteArray &end : {QByteArray(), QByteArray("\n")}) {
        const QByteArray answer = sendRaw(name, "open /" + QByteArray(4 * 1024 * 1024, 'a') + end);
        QVERIFY2(answer == "closed" || answer == "no\n", answer.constData());
    }
    QCOMPARE(opened.count(), 0);
    auto forwarded = forwardInBackground(u"/home/ana/after.moderato"_s, name);
    QTRY_COMPARE(opened.count(), 1);
    QVERIFY(forwarded.get());
}

void TestSingleInstance::silentClient_isDisconnected()
{
    const QString name = socketName(u"silent"_s);
    ui::SingleInstance instance;
    QVERIFY(instance.listen(name));
    QLocalSocket socket;
    socket.connectToServer(name);
    QTRY_COMPARE(socket.state(), QLocalSocket::ConnectedState);
    socket.write("open /home/ana/a.mod"); // and nothing more
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QLocalSocket::UnconnectedState, ui::SingleInstance::RequestTimeoutMs * 3);
}

void TestSingleInstance::staleSocket_isRemovedAndListeningSucceeds()
{
    // A crashed instance leaves its socket file behind, with nobody listening on it.
    const QString name = socketName(u"stale"_s);
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray path = QFile::encodeName(name);
    QVERIFY(std::size_t(path.size()) < sizeof(address.sun_path));
    std::copy(path.cbegin(), path.cend(), address.sun_path);
    QCOMPARE(::bind(fd, reinterpret_cast<const sockaddr *>(&address), sizeof(address)), 0);
    ::close(fd);
    QVERIFY(QFileInfo::exists(name));

    ui::SingleInstance instance;
    QVERIFY(instance.listen(name));
    QSignalSpy opened(&instance, &ui::SingleInstance::openRequested);
    auto forwarded = forwardInBackground(u"/home/ana/a.moderato"_s, name);
    QTRY_COMPARE(opened.count(), 1);
    QVERIFY(forwarded.get());
}

void TestSingleInstance::runningInstance_isLeftAlone()
{
    const QString name = socketName(u"running"_s);
    ui::SingleInstance first;
    QVERIFY(first.listen(name));
    // The probe connects while this thread is inside listen(): the first instance sees it only afterwards.
    ui::SingleInstance second;
    QVERIFY(!second.listen(name));
    QVERIFY(!second.isListening());
    QVERIFY(first.isListening());
    QSignalSpy opened(&first, &ui::SingleInstance::openRequested);
    auto forwarded = forwardInBackground(u"/home/ana/a.moderato"_s, name);
    QTRY_COMPARE(opened.count(), 1);
    QVERIFY(forwarded.get());
}

void TestSingleInstance::socket_isTheUsersOnly()
{
    const QString name = socketName(u"mode"_s);
    ui::SingleInstance instance;
    QVERIFY(instance.listen(name));
    const QFile::Permissions others =
        QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    QCOMPARE(QFileInfo(name).permissions() & others, QFile::Permissions());
}

void TestSingleInstance::serverName_followsTheEnvironment()
{
    const QByteArray saved = qgetenv("MODERATO_INSTANCE_NAME");
    const bool wasSet = qEnvironmentVariableIsSet("MODERATO_INSTANCE_NAME");
    qputenv("MODERATO_INSTANCE_NAME", "moderato-test-instance");
    QCOMPARE(ui::SingleInstance::serverName(), u"moderato-test-instance"_s);
    qputenv("MODERATO_INSTANCE_NAME", "");
    QCOMPARE(ui::SingleInstance::serverName(), QString()); // switched off
    ui::SingleInstance instance;
    QVERIFY(!instance.listen(ui::SingleInstance::serverName()));
    qunsetenv("MODERATO_INSTANCE_NAME");
    const QString name = ui::SingleInstance::serverName();
    QVERIFY(QDir::isAbsolutePath(name));
    QVERIFY2(QFileInfo(name).fileName() == u"moderato-%1.instance"_s.arg(::getuid()), qPrintable(name));
    if (wasSet) {
        qputenv("MODERATO_INSTANCE_NAME", saved);
    }
}

QTEST_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
