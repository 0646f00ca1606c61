// SPDX-License-Identifier: MIT
#include "core/io/proposalimporter.h"
#include "core/session/session.h"
#include "core/store/sessionstore.h"
#include "tests/support/fakeclock.h"
#include "tests/support/helpers.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

/// The exact schema of version 1 files (Moderato before the meta table), with two events.
void writeVersion1(const QString &path, const QStringList &extra = {})
{
    const QString definition = QString::fromUtf8(
        QJsonDocument(QJsonObject{{u"definition"_s, core::ProposalImporter::demoWorkshop().value().toJson()}})
            .toJson(QJsonDocument::Compact));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v1"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QStringList statements{
            u"PRAGMA application_id = %1"_s.arg(core::SessionStore::ApplicationId),
            u"CREATE TABLE events (seq INTEGER PRIMARY KEY AUTOINCREMENT, session_ms INTEGER NOT NULL, "
            "wall_ms INTEGER NOT NULL, type TEXT NOT NULL, data TEXT NOT NULL)"_s,
            u"PRAGMA user_version = 1"_s,
        };
        statements += extra;
        for (const QString &statement : std::as_const(statements)) {
            QVERIFY2(query.exec(statement), qPrintable(statement));
        }
        query.prepare(u"INSERT INTO events (session_ms, wall_ms, type, data) VALUES (0, 1574780400000, "
                      "'session.defined', ?)"_s);
        query.addBindValue(definition);
        QVERIFY(query.exec());
        QVERIFY(query.exec(u"INSERT INTO events (session_ms, wall_ms, type, data) "
                           "VALUES (60000, 1574780460000, 'clock.started', '{}')"_s));
        query = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"v1"_s);
}

int readVersion(const QString &path, const QString &table = {}, bool *hasTable = nullptr)
{
    int version = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"probe"_s);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(u"PRAGMA user_version"_s) && query.next()) {
                version = query.value(0).toInt();
            }
            if (hasTable) {
                query.prepare(u"SELECT count(*) FROM sqlite_master WHERE name = ?"_s);
                query.addBindValue(table);
                *hasTable = query.exec() && query.next() && query.value(0).toInt() == 1;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"probe"_s);
    return version;
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void version1_migratesForwardAndKeepsEvents();
    void version1_readOnlyOpenDoesNotMigrate();
    void failedMigration_rollsBackAndKeepsVersion();

private:
    QTemporaryDir m_dir;
};

void TestMigrations::init()
{
    QVERIFY(m_dir.isValid());
}

void TestMigrations::version1_migratesForwardAndKeepsEvents()
{
    const QString path = m_dir.filePath(u"v1.moderato"_s);
    writeVersion1(path);
    QCOMPARE(readVersion(path), 1);
    tests::FakeClock clock;
    {
        auto session = core::Session::open(path, clock);
        MODERATO_VERIFY_OK(session);
        QCOMPARE(session.value()->events().size(), 2);
        QCOMPARE(session.value()->state().runState(), core::RunState::Running);
    }
    bool hasMeta = false;
    QCOMPARE(readVersion(path, u"meta"_s, &hasMeta), core::SessionStore::SchemaVersion);
    QVERIFY(hasMeta);
    bool hasIndex = false;
    readVersion(path, u"events_by_type"_s, &hasIndex);
    QVERIFY(hasIndex);
    bool hasMedia = false;
    readVersion(path, u"media"_s, &hasMedia);
    QVERIFY2(hasMedia, "version 3 keeps media in the file");
    // Opening again finds nothing to migrate.
    auto store = core::SessionStore::open(path);
    MODERATO_VERIFY_OK(store);
    QCOMPARE(store.value()->openedVersion(), core::SessionStore::SchemaVersion);
}

void TestMigrations::version1_readOnlyOpenDoesNotMigrate()
{
    const QString path = m_dir.filePath(u"v1-ro.moderato"_s);
    writeVersion1(path);
    tests::FakeClock clock;
    {
        auto session = core::Session::open(path, clock, core::SessionStore::Mode::ReadOnly);
        MODERATO_VERIFY_OK(session);
        QCOMPARE(session.value()->events().size(), 2);
    }
    QCOMPARE(readVersion(path), 1);
}

void TestMigrations::failedMigration_rollsBackAndKeepsVersion()
{
    // A version 1 file that already has a table named meta: step 2 fails half-way.
    const QString path = m_dir.filePath(u"v1-conflict.moderato"_s);
    writeVersion1(path, {u"CREATE INDEX events_by_type ON events (seq)"_s});
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"migration from version 1 failed"_s));
    auto store = core::SessionStore::open(path);
    QVERIFY(!store.has_value());
    QCOMPARE(store.error().code, core::ErrorCode::Database);
    bool hasMeta = true;
    QCOMPARE(readVersion(path, u"meta"_s, &hasMeta), 1);
    QVERIFY2(!hasMeta, "the meta table created before the failure was rolled back");
    tests::FakeClock clock;
    auto session = core::Session::open(path, clock, core::SessionStore::Mode::ReadOnly);
    MODERATO_VERIFY_OK(session);
    QCOMPARE(session.value()->events().size(), 2);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
