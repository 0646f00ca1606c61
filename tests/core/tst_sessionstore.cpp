// SPDX-License-Identifier: MIT
#include "core/store/sessionstore.h"
#include "tests/support/helpers.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

core::Event makeEvent(core::EventType type, qint64 ms)
{
    core::Event e;
    e.type = type;
    e.sessionMs = ms;
    e.wallMs = 1'700'000'000'000 + ms;
    e.data = {{u"note"_s, u"plain <b>text</b> & \"quotes\" ✓"_s}};
    return e;
}

/// Writes an SQLite file with raw SQL, to stand for files we did not write.
void writeRawDatabase(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const QString &statement : statements) {
            QVERIFY2(query.exec(statement), qPrintable(statement));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
}

} // namespace

class TestSessionStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void appendAndRead_roundTrip();
    void create_usesWalAndCurrentVersion();
    void open_refusesAndKeepsFile_data();
    void open_refusesAndKeepsFile();
    void readOnly_neverWrites();
    void corruptEventPayload_isReportedWithItsNumber();
    void saveCopyAs_replacesTargetAtomically();

private:
    QTemporaryDir m_dir;
};

void TestSessionStore::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    QVERIFY(m_dir.isValid());
}

void TestSessionStore::appendAndRead_roundTrip()
{
    const QString path = m_dir.filePath(u"roundtrip.moderato"_s);
    {
        auto store = core::SessionStore::create(path);
        MODERATO_VERIFY_OK(store);
        for (int i = 0; i < 3; ++i) {
            auto seq = store.value()->append(makeEvent(core::EventType(i), i * 1000));
            MODERATO_VERIFY_OK(seq);
            QCOMPARE(seq.value(), qint64(i + 1));
        }
    }
    auto store = core::SessionStore::open(path);
    MODERATO_VERIFY_OK(store);
    auto events = store.value()->readAll();
    MODERATO_VERIFY_OK(events);
    QCOMPARE(events.value().size(), 3);
    QCOMPARE(events.value().at(2).type, core::EventType(2));
    QCOMPARE(events.value().at(2).sessionMs, 2000);
    QCOMPARE(events.value().at(2).wallMs, 1'700'000'002'000);
    QCOMPARE(events.value().at(2).data.value(u"note").toString(), u"plain <b>text</b> & \"quotes\" ✓"_s);
}

void TestSessionStore::create_usesWalAndCurrentVersion()
{
    const QString path = m_dir.filePath(u"pragmas.moderato"_s);
    {
        auto store = core::SessionStore::create(path);
        MODERATO_VERIFY_OK(store);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
    db.setDatabaseName(path);
    QVERIFY(db.open());
    QSqlQuery query(db);
    QVERIFY(query.exec(u"PRAGMA journal_mode"_s) && query.next());
    QCOMPARE(query.value(0).toString(), u"wal"_s);
    QVERIFY(query.exec(u"PRAGMA user_version"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), core::SessionStore::SchemaVersion);
    QVERIFY(query.exec(u"PRAGMA application_id"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), core::SessionStore::ApplicationId);
    query = QSqlQuery();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"check"_s);
}

void TestSessionStore::open_refusesAndKeepsFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("code");
    QTest::newRow("missing") << u"missing"_s << int(core::ErrorCode::FileNotFound);
    QTest::newRow("text file") << u"text"_s << int(core::ErrorCode::NotASession);
    QTest::newRow("empty file") << u"empty"_s << int(core::ErrorCode::NotASession);
    QTest::newRow("other sqlite database") << u"foreign"_s << int(core::ErrorCode::NotASession);
    QTest::newRow("newer version") << u"newer"_s << int(core::ErrorCode::NewerVersion);
    QTest::newRow("directory") << u"directory"_s << int(core::ErrorCode::NotASession);
}

void TestSessionStore::open_refusesAndKeepsFile()
{
    QFETCH(QString, kind);
    QFETCH(int, code);
    const QString path = m_dir.filePath(kind + u".moderato"_s);
    if (kind == u"text") {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Speaker 1: Eva Schulz-Kamm , Private Sector\n");
    } else if (kind == u"empty") {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
    } else if (kind == u"foreign") {
        writeRawDatabase(path, {u"CREATE TABLE t (x)"_s, u"INSERT INTO t VALUES (1)"_s});
    } else if (kind == u"newer") {
        writeRawDatabase(path,
                         {u"PRAGMA application_id = %1"_s.arg(core::SessionStore::ApplicationId),
                          u"PRAGMA user_version = %1"_s.arg(core::SessionStore::SchemaVersion + 1),
                          u"CREATE TABLE future (x)"_s});
    } else if (kind == u"directory") {
        QVERIFY(QDir().mkpath(path));
    }
    const QByteArray before = fileHash(path);
    const auto store = core::SessionStore::open(path);
    QVERIFY(!store.has_value());
    QCOMPARE(int(store.error().code), code);
    QCOMPARE(fileHash(path), before);
    QVERIFY(!QFile::exists(path + u"-wal"_s));
    if (kind == u"missing") {
        QVERIFY(!QFile::exists(path)); // opening never creates
    }
    QVERIFY(!core::errorMessage(store.error()).isEmpty());
}

void TestSessionStore::readOnly_neverWrites()
{
    const QString path = m_dir.filePath(u"ro.moderato"_s);
    {
        auto store = core::SessionStore::create(path);
        MODERATO_VERIFY_OK(store);
        MODERATO_VERIFY_OK(store.value()->append(makeEvent(core::EventType::ClockStarted, 0)));
    }
    auto store = core::SessionStore::open(path, core::SessionStore::Mode::ReadOnly);
    MODERATO_VERIFY_OK(store);
    const auto appended = store.value()->append(makeEvent(core::EventType::ClockPaused, 1));
    QVERIFY(!appended.has_value());
    QCOMPARE(appended.error().code, core::ErrorCode::Database);
    auto events = store.value()->readAll();
    MODERATO_VERIFY_OK(events);
    QCOMPARE(events.value().size(), 1);
}

void TestSessionStore::corruptEventPayload_isReportedWithItsNumber()
{
    const QString path = m_dir.filePath(u"corrupt.moderato"_s);
    {
        auto store = core::SessionStore::create(path);
        MODERATO_VERIFY_OK(store);
        MODERATO_VERIFY_OK(store.value()->append(makeEvent(core::EventType::ClockStarted, 0)));
    }
    writeRawDatabase(
        path, {u"INSERT INTO events (session_ms, wall_ms, type, data) VALUES (1, 1, 'clock.paused', '{broken')"_s});
    // A read-only store opens (it checks nothing it does not have to) and reading reports the event.
    {
        auto store = core::SessionStore::open(path, core::SessionStore::Mode::ReadOnly);
        MODERATO_VERIFY_OK(store);
        const auto events = store.value()->readAll();
        QVERIFY(!events.has_value());
        QCOMPARE(events.error().code, core::ErrorCode::Corrupt);
        QVERIFY2(events.error().detail.contains(u"event 2"_s), qPrintable(events.error().detail));
    }
    // A read-write open reads the log before it writes anything, so it refuses the file.
    auto store = core::SessionStore::open(path);
    QVERIFY(!store);
    QCOMPARE(store.error().code, core::ErrorCode::Corrupt);
    QVERIFY2(store.error().detail.contains(u"event 2"_s), qPrintable(store.error().detail));
}

void TestSessionStore::saveCopyAs_replacesTargetAtomically()
{
    const QString path = m_dir.filePath(u"source.moderato"_s);
    const QString target = m_dir.filePath(u"target.moderato"_s);
    QFile old(target);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("old content");
    old.close();
    auto store = core::SessionStore::create(path);
    MODERATO_VERIFY_OK(store);
    MODERATO_VERIFY_OK(store.value()->append(makeEvent(core::EventType::ClockStarted, 0)));
    MODERATO_VERIFY_OK(store.value()->saveCopyAs(target));
    QVERIFY(!QFile::exists(target + u".part"_s));
    auto copy = core::SessionStore::open(target, core::SessionStore::Mode::ReadOnly);
    MODERATO_VERIFY_OK(copy);
    QCOMPARE(copy.value()->readAll().value().size(), 1);
}

QTEST_GUILESS_MAIN(TestSessionStore)
#include "tst_sessionstore.moc"
