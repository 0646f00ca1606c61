// SPDX-License-Identifier: MIT
// The moderato-cli contract, through the real executable.
#include "tests/support/helpers.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
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
    if (!process.waitForFinished(30'000)) {
        return run;
    }
    run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(content);
    }
    return path;
}

QByteArray hashOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                          : QByteArray();
}

const QByteArray Rehearsal = R"(# A rehearsal of WS #195
0:00 start
11:30 next            # the introduction ran 1:30 over
21:30 next
30:00 pause           # remote participants lost the stream
32:00 resume
33:00 rebalance
33:00 next
45:00 goto 3          # straight to the summary
1:05:00 extend +2
1:07:00 end
)";

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void versionAndHelp();
    void usageErrors_data();
    void usageErrors();
    void replay_thenStats_givesExpectedFigures();
    void replay_badScript_failsWithLineNumberAndWritesNothing_data();
    void replay_badScript_failsWithLineNumberAndWritesNothing();
    void replay_refusesToOverwrite();
    void replay_fromSession_usesItsPlan();
    void stats_onGarbage_failsClearly();
    void stats_text();

private:
    QTemporaryDir m_dir;
};

void TestCli::init()
{
    QVERIFY(m_dir.isValid());
}

void TestCli::versionAndHelp()
{
    const Run version = cli({u"--version"_s});
    QCOMPARE(version.code, 0);
    QVERIFY2(version.out.startsWith(u"moderato-cli "_s), qPrintable(version.out));
    const Run help = cli({u"--help"_s});
    QCOMPARE(help.code, 0);
    QVERIFY(help.out.contains(u"replay SCRIPT -o SESSION"_s));
    QVERIFY(help.out.contains(u"stats SESSION"_s));
    const Run replayHelp = cli({u"replay"_s, u"--help"_s});
    QCOMPARE(replayHelp.code, 0);
    QVERIFY(replayHelp.out.contains(u"--from"_s));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("nothing") << QStringList() << u"Commands:"_s;
    QTest::newRow("unknown command") << QStringList{u"dance"_s} << u"unknown command"_s;
    QTest::newRow("replay without output") << QStringList{u"replay"_s, u"x.txt"_s} << u"-o SESSION"_s;
    QTest::newRow("replay without script") << QStringList{u"replay"_s, u"-o"_s, u"x.moderato"_s} << u"one script"_s;
    QTest::newRow("stats without file") << QStringList{u"stats"_s} << u"one session file"_s;
    QTest::newRow("unknown option") << QStringList{u"stats"_s, u"--colour"_s, u"a"_s} << u"colour"_s;
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = cli(arguments);
    QCOMPARE(run.code, 2);
    const QString output = run.err + run.out;
    QVERIFY2(output.contains(message), qPrintable(output));
}

void TestCli::replay_thenStats_givesExpectedFigures()
{
    const QString script = write(m_dir, u"rehearsal.txt"_s, Rehearsal);
    const QString session = m_dir.filePath(u"rehearsal.moderato"_s);
    const Run replay = cli({u"replay"_s, script, u"-o"_s, session});
    QVERIFY2(replay.code == 0, qPrintable(replay.err));
    QVERIFY(QFile::exists(session));

    const Run stats = cli({u"stats"_s, session, u"--json"_s});
    QVERIFY2(stats.code == 0, qPrintable(stats.err));
    QJsonParseError error{};
    const QJsonObject json = QJsonDocument::fromJson(stats.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject s = json.value(u"session").toObject();
    QCOMPARE(s.value(u"state").toString(), u"ended"_s);
    QCOMPARE(s.value(u"actual_s").toDouble(), 65 * 60.0); // 67 minutes minus the 2-minute pause
    QCOMPARE(s.value(u"paused_s").toDouble(), 120.0);
    QCOMPARE(s.value(u"original_planned_s").toDouble(), 90 * 60.0);

    const QJsonArray agenda = json.value(u"agenda").toArray();
    QCOMPARE(agenda.size(), 3);
    const QJsonObject intro = agenda.at(0).toObject();
    QCOMPARE(intro.value(u"title").toString(), u"Introduction of speakers and ice-breaker"_s);
    QCOMPARE(intro.value(u"planned_s").toDouble(), 600.0);
    QCOMPARE(intro.value(u"actual_s").toDouble(), 690.0);
    const QJsonObject block = agenda.at(1).toObject();
    const QJsonArray children = block.value(u"children").toArray();
    QCOMPARE(children.size(), 6);
    QCOMPARE(children.at(0).toObject().value(u"actual_s").toDouble(), 600.0); // Eva: 11:30 → 21:30
    QCOMPARE(children.at(1).toObject().value(u"actual_s").toDouble(), 570.0); // audience: 21:30 → 33:00, 2 min paused
    QCOMPARE(children.at(2).toObject().value(u"actual_s").toDouble(), 720.0); // Paula: 33:00 → 45:00
    QCOMPARE(children.at(3).toObject().value(u"actual_s").toDouble(), 0.0);
    // Re-balanced at 33:00: 3:30 late (1:30 intro + 2:00 pause), cut from the four items after the audience input.
    double plannedBlock = 0;
    for (const auto &child : children) {
        plannedBlock += child.toObject().value(u"planned_s").toDouble();
    }
    QCOMPARE(plannedBlock, 3600.0 - 210.0);
    // 2190 s shared by four: 547.5 each, whole seconds → 548, 548, 547, 547.
    QCOMPARE(children.at(2).toObject().value(u"planned_s").toDouble(), 548.0);
    QCOMPARE(children.at(5).toObject().value(u"planned_s").toDouble(), 547.0);
    QCOMPARE(block.value(u"actual_s").toDouble(), 1890.0);
    const QJsonObject summary = agenda.at(2).toObject();
    QCOMPARE(summary.value(u"planned_s").toDouble(), 22 * 60.0);
    QCOMPARE(summary.value(u"original_planned_s").toDouble(), 20 * 60.0);
    QCOMPARE(summary.value(u"actual_s").toDouble(), 22 * 60.0);
}

void TestCli::replay_badScript_failsWithLineNumberAndWritesNothing_data()
{
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<QString>("where");
    QTest::newRow("syntax") << QByteArray("0:00 start\n0:30 nxt\n") << u"line 2:"_s;
    QTest::newRow("impossible action") << QByteArray("0:00 start\n0:30 pause\n0:40 pause\n") << u"line 3:"_s;
    QTest::newRow("past the last item") << QByteArray("0:00 start\n1:00 goto 3\n2:00 next\n") << u"line 3:"_s;
    QTest::newRow("binary garbage") << QByteArray("\x00\x01\xff\xfe", 4) << u"line 1:"_s;
}

void TestCli::replay_badScript_failsWithLineNumberAndWritesNothing()
{
    QFETCH(QByteArray, script);
    QFETCH(QString, where);
    const QString path = write(m_dir, u"bad.txt"_s, script);
    const QString session = m_dir.filePath(u"bad.moderato"_s);
    const Run run = cli({u"replay"_s, path, u"-o"_s, session});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(where), qPrintable(run.err));
    QVERIFY(!QFile::exists(session));
    QCOMPARE(QDir(m_dir.path()).entryList({u".moderato-replay-*"_s}, QDir::AllEntries | QDir::Hidden).size(), 0);
}

void TestCli::replay_refusesToOverwrite()
{
    const QString script = write(m_dir, u"short.txt"_s, "0:00 start\n1:00 end\n");
    const QString existing = write(m_dir, u"precious.moderato"_s, "not to be lost");
    const QByteArray before = hashOf(existing);
    const Run run = cli({u"replay"_s, script, u"-o"_s, existing});
    QCOMPARE(run.code, 1);
    QVERIFY(run.err.contains(u"already exists"_s));
    QCOMPARE(hashOf(existing), before);
    const Run forced = cli({u"replay"_s, script, u"-o"_s, existing, u"--force"_s});
    QVERIFY2(forced.code == 0, qPrintable(forced.err));
    QVERIFY(hashOf(existing) != before);
}

void TestCli::replay_fromSession_usesItsPlan()
{
    const QString first = m_dir.filePath(u"first.moderato"_s);
    const QString extend = write(m_dir, u"extend.txt"_s, "0:00 extend +5\n");
    QCOMPARE(cli({u"replay"_s, extend, u"-o"_s, first}).code, 0);
    const QString second = m_dir.filePath(u"second.moderato"_s);
    const QString start = write(m_dir, u"start.txt"_s, "0:00 start\n3:00 end\n");
    const Run run = cli({u"replay"_s, start, u"-o"_s, second, u"--from"_s, first});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    const Run stats = cli({u"stats"_s, second, u"--json"_s});
    const QJsonObject json = QJsonDocument::fromJson(stats.out.toUtf8()).object();
    QCOMPARE(json.value(u"session").toObject().value(u"planned_s").toDouble(), 95 * 60.0);
}

void TestCli::stats_onGarbage_failsClearly()
{
    const QString garbage = write(m_dir, u"garbage.moderato"_s, "IGF 2019 WS #195\nOrganizer 1: ...\n");
    const QByteArray before = hashOf(garbage);
    const Run run = cli({u"stats"_s, garbage});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(u"not a Moderato session file"_s), qPrintable(run.err));
    QCOMPARE(hashOf(garbage), before);
    const Run missing = cli({u"stats"_s, m_dir.filePath(u"nothing-here.moderato"_s)});
    QCOMPARE(missing.code, 1);
    QVERIFY(missing.err.contains(u"does not exist"_s));
}

void TestCli::stats_text()
{
    const QString script = write(m_dir, u"text.txt"_s, "0:00 start\n2:00 end\n");
    const QString session = m_dir.filePath(u"text.moderato"_s);
    QCOMPARE(cli({u"replay"_s, script, u"-o"_s, session}).code, 0);
    const Run run = cli({u"stats"_s, session});
    QCOMPARE(run.code, 0);
    QVERIFY(run.out.contains(u"IGF 2019 WS #195: IT security in the global supply chain"_s));
    QVERIFY(run.out.contains(u"Introduction of speakers and ice-breaker  planned 10:00  actual 2:00"_s));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
