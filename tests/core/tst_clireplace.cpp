// SPDX-License-Identifier: MIT
// moderato-cli's --force paths: a file with a write-ahead log beside it is replaced whole; a file open
// in another process is never replaced; no work folder is left behind.
#include "core/base/clock.h"
#include "core/session/session.h"
#include "tests/support/helpers.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(MODERATO_CLI_PATH), arguments);
    Run run;
    if (!process.waitForFinished(60'000)) {
        return run;
    }
    run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

const QByteArray Script =
    "0:00 start\n2:00 next\n3:00 note \"The supply chain needs shared rules\" #takeaway\n4:00 end\n";

} // namespace

class TestCliReplace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void force_overAFileWithAWriteAheadLog_replacesItWhole_data();
    void force_overAFileWithAWriteAheadLog_replacesItWhole();
    void force_ontoAFileOpenInAnotherProcess_isRefused_data();
    void force_ontoAFileOpenInAnotherProcess_isRefused();
    void exportLog_ofAFileWithAMissingEvent_isRefused();

private:
    QStringList command(const QString &which, const QString &target);
    QString crashedSession(const QString &name);
    [[nodiscard]] int workFolders() const;

    QTemporaryDir m_dir;
    QString m_script;
    QString m_log;
};

void TestCliReplace::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestCliReplace::init()
{
    QDir(m_dir.path()).removeRecursively();
    QDir().mkpath(m_dir.path());
    m_script = m_dir.filePath(u"script.txt"_s);
    QFile script(m_script);
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write(Script);
    script.close();
    // A log of a session with two events more than the crashed one's four.
    const QString source = m_dir.filePath(u"source.moderato"_s);
    const Run replay = cli({u"replay"_s, m_script, u"-o"_s, source});
    QVERIFY2(replay.code == 0, qPrintable(replay.err));
    const Run exported = cli({u"export-log"_s, source});
    QVERIFY2(exported.code == 0, qPrintable(exported.err));
    m_log = m_dir.filePath(u"log.jsonl"_s);
    QFile log(m_log);
    QVERIFY(log.open(QIODevice::WriteOnly));
    log.write(exported.out.toUtf8());
}

QStringList TestCliReplace::command(const QString &which, const QString &target)
{
    if (which == u"replay") {
        return {u"replay"_s, m_script, u"-o"_s, target, u"--force"_s};
    }
    if (which == u"import-log") {
        return {u"import-log"_s, m_log, u"-o"_s, target, u"--force"_s};
    }
    return {u"import-proposal"_s,
            QDir(QStringLiteral(MODERATO_PROPOSALS_DIR)).filePath(u"panel-90.txt"_s),
            u"-o"_s,
            target,
            u"--force"_s};
}

QString TestCliReplace::crashedSession(const QString &name)
{
    return tests::crashedSession(QStringLiteral(MODERATO_CRASHWRITER_PATH), m_dir.filePath(name));
}

int TestCliReplace::workFolders() const
{
    return int(QDir(m_dir.path()).entryList({u".moderato-*"_s}, QDir::Dirs | QDir::Hidden).size());
}

void TestCliReplace::force_overAFileWithAWriteAheadLog_replacesItWhole_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<int>("events");
    QTest::newRow("replay --force") << u"replay"_s << 5;
    QTest::newRow("import-log --force") << u"import-log"_s << 5;
    QTest::newRow("import-proposal --force") << u"import-proposal"_s << 1;
}

void TestCliReplace::force_overAFileWithAWriteAheadLog_replacesItWhole()
{
    QFETCH(QString, which);
    QFETCH(int, events);
    const QString target = crashedSession(u"target.moderato"_s);
    QVERIFY(!target.isEmpty());
    QVERIFY(QFileInfo(target + u"-wal"_s).size() > 0);

    const Run run = cli(command(which, target));
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(target + u"-wal"_s));
    QCOMPARE(workFolders(), 0);

    // What the command said it wrote is what the file holds, read and written again.
    core::SystemClock clock;
    auto session = core::Session::open(target, clock);
    MODERATO_VERIFY_OK(session);
    QCOMPARE(session.value()->events().size(), events);
    const QString title = session.value()->state().definition().title;
    if (which != u"import-proposal") {
        QVERIFY2(title.contains(u"supply chain"_s), qPrintable(title)); // the demo's, as the script builds it
    }
}

void TestCliReplace::force_ontoAFileOpenInAnotherProcess_isRefused_data()
{
    QTest::addColumn<QString>("which");
    QTest::newRow("replay --force") << u"replay"_s;
    QTest::newRow("import-log --force") << u"import-log"_s;
    QTest::newRow("import-proposal --force") << u"import-proposal"_s;
}

void TestCliReplace::force_ontoAFileOpenInAnotherProcess_isRefused()
{
    QFETCH(QString, which);
    const QString target = m_dir.filePath(u"open.moderato"_s);
    QProcess holder;
    holder.start(QStringLiteral(MODERATO_SESSIONWRITER_PATH), {u"hold"_s, target});
    QVERIFY(holder.waitForStarted(10'000));
    while (!holder.canReadLine()) {
        QVERIFY(holder.waitForReadyRead(20'000));
    }
    QVERIFY(holder.readLine().startsWith("ready"));
    const QByteArray before = tests::fileHash(target);
    const QByteArray walBefore = tests::fileHash(target + u"-wal"_s);

    const Run run = cli(command(which, target));
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(u"open in another Moderato window"_s), qPrintable(run.err));
    QCOMPARE(tests::fileHash(target), before);
    QCOMPARE(tests::fileHash(target + u"-wal"_s), walBefore);
    QCOMPARE(workFolders(), 0);

    holder.closeWriteChannel();
    QVERIFY(holder.waitForFinished(20'000));
    QCOMPARE(holder.exitCode(), 0);
    // Once it is closed, the same command replaces it.
    const Run again = cli(command(which, target));
    QVERIFY2(again.code == 0, qPrintable(again.err));
}

void TestCliReplace::exportLog_ofAFileWithAMissingEvent_isRefused()
{
    const QString source = m_dir.filePath(u"source.moderato"_s);
    const QString gap = m_dir.filePath(u"gap.moderato"_s);
    QVERIFY(QFile::copy(source, gap));
    // Remove an event from the middle with SQLite itself, as a careless repair would.
    {
        const QString name = u"gap"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(gap);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"DELETE FROM events WHERE seq = 3"_s));
            QVERIFY(query.exec(u"PRAGMA journal_mode = DELETE"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    const QByteArray before = tests::fileHash(gap);
    const Run exported = cli({u"export-log"_s, gap});
    QCOMPARE(exported.code, 1);
    QVERIFY2(exported.err.contains(u"missing"_s), qPrintable(exported.err));
    const Run stats = cli({u"stats"_s, gap});
    QCOMPARE(stats.code, 1);
    QCOMPARE(tests::fileHash(gap), before);
}

QTEST_GUILESS_MAIN(TestCliReplace)
#include "tst_clireplace.moc"
