// SPDX-License-Identifier: MIT
// The moderato-cli contract, through the real executable.
#include "core/session/command.h"
#include "tests/support/helpers.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
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

QString transcriptFixture(const QString &name)
{
    return QDir(QStringLiteral(MODERATO_TRANSCRIPTS_DIR)).filePath(name);
}

/// The data of the last event of a type in a session's log (through export-log), with its session_ms.
QJsonObject
lastEvent(const QString &session, const QString &type, qint64 *sessionMs = nullptr, qint64 *wallMs = nullptr)
{
    QJsonObject found;
    const QString log = cli({u"export-log"_s, session}).out;
    for (const QString &line : log.split(u'\n', Qt::SkipEmptyParts)) {
        const QJsonObject event = QJsonDocument::fromJson(line.toUtf8()).object();
        if (event.value(u"type"_s).toString() == type) {
            found = event.value(u"data"_s).toObject();
            if (sessionMs) {
                *sessionMs = qint64(event.value(u"session_ms"_s).toDouble());
            }
            if (wallMs) {
                *wallMs = qint64(event.value(u"wall_ms"_s).toDouble());
            }
        }
    }
    return found;
}

QString proposal(const QString &name)
{
    return QDir(QStringLiteral(MODERATO_PROPOSALS_DIR)).filePath(name);
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
    void command_runsJsonCommandsAsTheRoleMay();
    void commands_listsTheCatalogue();
    void replay_everyCatalogueCommandIsAVerb();
    void replay_badScript_failsWithLineNumberAndWritesNothing_data();
    void replay_badScript_failsWithLineNumberAndWritesNothing();
    void replay_refusesToOverwrite();
    void replay_fromSession_usesItsPlan();
    void stats_onGarbage_failsClearly();
    void stats_text();
    void replay_floorActions_giveStatsPerPersonGroupAndChair();
    void replay_floorErrors_data();
    void replay_floorErrors();
    void exportThenImport_rebuildsAnIdenticalSession();
    void importLog_brokenLine_isRefusedWithItsNumber();
    void summarize_printsADraft();
    void summarize_badInput_data();
    void summarize_badInput();
    void transcript_import_placesTheCaptions();
    void transcript_import_badInput_data();
    void transcript_import_badInput();
    void report_writesEachFormat_andNeverOverwrites();
    void report_participation_andStatsFloorBalance();
    void briefing_writesTheAgendaFromTheStartTime();
    void importProposal_printsJsonAndWarnings();
    void importProposal_output_givesASessionThatStatsReads();
    void importProposal_refusesToOverwrite();
    void importProposal_badInput_failsClearly_data();
    void importProposal_badInput_failsClearly();

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
    QVERIFY(help.out.contains(u"import-proposal FILE [-o SESSION]"_s));
    const Run importHelp = cli({u"import-proposal"_s, u"--help"_s});
    QCOMPARE(importHelp.code, 0);
    QVERIFY(importHelp.out.contains(u"--output"_s));
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
    QTest::newRow("import-proposal without file") << QStringList{u"import-proposal"_s} << u"one proposal file"_s;
    QTest::newRow("import-proposal with two files")
        << QStringList{u"import-proposal"_s, u"a.txt"_s, u"b.txt"_s} << u"one proposal file"_s;
    QTest::newRow("import-proposal, -o without a value")
        << QStringList{u"import-proposal"_s, u"a.txt"_s, u"-o"_s} << u"-o"_s;
    QTest::newRow("transcript without file")
        << QStringList{u"transcript"_s, u"import"_s, u"s.moderato"_s} << u"import SESSION FILE"_s;
    QTest::newRow("transcript, another action")
        << QStringList{u"transcript"_s, u"export"_s, u"s.moderato"_s, u"t.srt"_s} << u"import SESSION FILE"_s;
    QTest::newRow("transcript, both placements") << QStringList{u"transcript"_s,
                                                                u"import"_s,
                                                                u"s.moderato"_s,
                                                                u"t.srt"_s,
                                                                u"--offset"_s,
                                                                u"10:00"_s,
                                                                u"--at-start"_s}
                                                 << u"--at-start"_s;
    QTest::newRow("transcript, not a time")
        << QStringList{u"transcript"_s, u"import"_s, u"s.moderato"_s, u"t.srt"_s, u"--offset"_s, u"25:61"_s}
        << u"14:30"_s;
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

void TestCli::replay_floorActions_giveStatsPerPersonGroupAndChair()
{
    const QString script = write(m_dir, u"floor.txt"_s, R"(0:00 start
0:30 floor "Daniel Brinkwerth"
10:00 next                      # moving the agenda never gives the floor
10:10 floor "Eva Schulz-Kamm"
19:00 yield
19:30 next
19:40 queue "Amina Diallo" --online
19:45 queue "Jean Dupont" --group Government --region WEOG
20:00 queue-next
22:00 chair-open
22:10 chair-take "Marta Ruiz"
24:40 chair-release
25:00 chair-take "Daniel Brinkwerth" --for "Kofi Mensah"
27:00 yield
27:10 queue-next
29:00 end
)");
    const QString session = m_dir.filePath(u"floor.moderato"_s);
    const Run replay = cli({u"replay"_s, script, u"-o"_s, session});
    QVERIFY2(replay.code == 0, qPrintable(replay.err));
    const Run stats = cli({u"stats"_s, session, u"--json"_s});
    QCOMPARE(stats.code, 0);
    const QJsonObject json = QJsonDocument::fromJson(stats.out.toUtf8()).object();

    QHash<QString, QJsonObject> people;
    for (const auto &value : json.value(u"participants"_s).toArray()) {
        people.insert(value.toObject().value(u"name"_s).toString(), value.toObject());
    }
    QCOMPARE(people.size(), 8);                                                        // 4 from the plan, 4 walk-ins
    QCOMPARE(people[u"Daniel Brinkwerth"_s].value(u"speaking_s"_s).toDouble(), 580.0); // 0:30 → 10:10
    QCOMPARE(people[u"Daniel Brinkwerth"_s].value(u"turns"_s).toInt(), 1);             // not the chair: Kofi's
    QCOMPARE(people[u"Eva Schulz-Kamm"_s].value(u"speaking_s"_s).toDouble(), 530.0);
    QCOMPARE(people[u"Amina Diallo"_s].value(u"speaking_s"_s).toDouble(),
             130.0); // 20:00 → 22:10: opening the chair ends no turn
    QCOMPARE(people[u"Amina Diallo"_s].value(u"channel"_s).toString(), u"online"_s);
    QCOMPARE(people[u"Jean Dupont"_s].value(u"stakeholder_group"_s).toString(), u"Government"_s);
    QCOMPARE(people[u"Jean Dupont"_s].value(u"speaking_s"_s).toDouble(), 110.0); // 27:10 → 29:00
    QCOMPARE(people[u"Kofi Mensah"_s].value(u"channel"_s).toString(), u"online"_s);
    QCOMPARE(people[u"Kofi Mensah"_s].value(u"speaking_s"_s).toDouble(), 120.0);
    QCOMPARE(people[u"Marta Ruiz"_s].value(u"speaking_s"_s).toDouble(), 150.0);

    const QJsonObject byGroup = json.value(u"by_stakeholder_group"_s).toObject();
    // Daniel Brinkwerth moderates: his 9:40 are moderation, apart from the groups, channels and regions.
    QCOMPARE(json.value(u"moderation_s"_s).toDouble(), 580.0);
    QCOMPARE(byGroup.value(u"Private Sector"_s).toDouble(), 530.0);
    QCOMPARE(byGroup.value(u"Government"_s).toDouble(), 110.0);
    const QJsonObject byChannel = json.value(u"by_channel"_s).toObject();
    QCOMPARE(byChannel.value(u"online"_s).toDouble(), 250.0);
    QCOMPARE(byChannel.value(u"onsite"_s).toDouble(), 790.0);
    QCOMPARE(json.value(u"by_region"_s).toObject().value(u"WEOG"_s).toDouble(), 640.0);
    QCOMPARE(json.value(u"by_gender"_s).toObject().value(u"unknown"_s).toDouble(), 1040.0);

    const QJsonObject chair = json.value(u"empty_chair"_s).toObject();
    QCOMPARE(chair.value(u"openings"_s).toInt(), 2);
    QCOMPARE(chair.value(u"occupied_s"_s).toDouble(), 270.0);
    const QJsonArray occupants = chair.value(u"occupants"_s).toArray();
    QCOMPARE(occupants.size(), 2);
    QCOMPARE(occupants.at(0).toObject().value(u"name"_s).toString(), u"Marta Ruiz"_s);
    QCOMPARE(occupants.at(0).toObject().value(u"channel"_s).toString(), u"onsite"_s);
    QCOMPARE(occupants.at(1).toObject().value(u"name"_s).toString(), u"Kofi Mensah"_s);
    QCOMPARE(occupants.at(1).toObject().value(u"channel"_s).toString(), u"online"_s);
}

void TestCli::replay_floorErrors_data()
{
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<QString>("where");
    QTest::newRow("yield with nobody at the floor") << QByteArray("0:00 start\n0:10 yield\n") << u"line 2:"_s;
    QTest::newRow("take a closed chair") << QByteArray("0:00 start\n0:10 chair-take \"A\"\n") << u"line 2:"_s;
    QTest::newRow("empty queue") << QByteArray("0:00 start\n0:10 queue-next\n") << u"line 2:"_s;
    QTest::newRow("option without value") << QByteArray("0:00 floor \"A\" --group\n") << u"line 1:"_s;
    QTest::newRow("unknown option") << QByteArray("0:00 floor \"A\" --colour red\n") << u"line 1:"_s;
    QTest::newRow("empty name") << QByteArray("0:00 floor \"\"\n") << u"line 1:"_s;
    QTest::newRow("release a closed chair") << QByteArray("0:00 chair-release\n") << u"line 1:"_s;
}

void TestCli::replay_floorErrors()
{
    QFETCH(QByteArray, script);
    QFETCH(QString, where);
    const QString path = write(m_dir, u"floorbad.txt"_s, script);
    const QString session = m_dir.filePath(u"floorbad.moderato"_s);
    const Run run = cli({u"replay"_s, path, u"-o"_s, session});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(where), qPrintable(run.err));
    QVERIFY(!QFile::exists(session));
}

void TestCli::exportThenImport_rebuildsAnIdenticalSession()
{
    const QString script = write(m_dir, u"log.txt"_s, R"(0:00 start
1:00 queue "Amina Diallo" --online
2:00 queue-next
3:00 chair-open
3:10 chair-take "Li Wei"
4:00 next
5:00 end
)");
    const QString session = m_dir.filePath(u"log.moderato"_s);
    QCOMPARE(cli({u"replay"_s, script, u"-o"_s, session}).code, 0);
    const Run exported = cli({u"export-log"_s, session});
    QCOMPARE(exported.code, 0);
    QCOMPARE(exported.out.count(u'\n'),
             8); // defined, started, request with its walk-in, floor, chair opened, taken with its walk-in, next, end
    const QString log = write(m_dir, u"log.jsonl"_s, exported.out.toUtf8());
    const QString rebuilt = m_dir.filePath(u"rebuilt.moderato"_s);
    const Run imported = cli({u"import-log"_s, log, u"-o"_s, rebuilt});
    QVERIFY2(imported.code == 0, qPrintable(imported.err));
    QCOMPARE(cli({u"export-log"_s, rebuilt}).out, exported.out);
    QCOMPARE(cli({u"stats"_s, rebuilt, u"--json"_s}).out, cli({u"stats"_s, session, u"--json"_s}).out);
    // Never over an existing file.
    const QByteArray before = hashOf(rebuilt);
    QCOMPARE(cli({u"import-log"_s, log, u"-o"_s, rebuilt}).code, 1);
    QCOMPARE(hashOf(rebuilt), before);
}

void TestCli::importLog_brokenLine_isRefusedWithItsNumber()
{
    const QString session = m_dir.filePath(u"ok.moderato"_s);
    const QString script = write(m_dir, u"ok.txt"_s, "0:00 start\n1:00 end\n");
    QCOMPARE(cli({u"replay"_s, script, u"-o"_s, session}).code, 0);
    QString lines = cli({u"export-log"_s, session}).out;
    lines.replace(u"clock.started"_s, u"clock.startd"_s);
    const QString log = write(m_dir, u"broken.jsonl"_s, lines.toUtf8());
    const QString target = m_dir.filePath(u"broken.moderato"_s);
    const Run run = cli({u"import-log"_s, log, u"-o"_s, target});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(u"line 2:"_s), qPrintable(run.err));
    QVERIFY(!QFile::exists(target));
}

void TestCli::summarize_printsADraft()
{
    const QString transcript =
        write(m_dir, u"meeting.txt"_s, R"(Moderator: Welcome to this meeting of the workshop on supply chain security.
Eva Schulz-Kamm: Baseline requirements for every supplier are the foundation of supply chain security.
Paula Iwaniuk: Small suppliers need support to meet baseline requirements and certification costs.
Amina Diallo: Governments should fund certification for small suppliers.
Sergio Lomban: Security updates must be available for the whole lifecycle of connected devices.
Moderator: Thank you all. You have the floor, Jean.
Jean Dupont: Certification and baseline requirements should be recognised across borders.
)");
    const QString notes = write(m_dir, u"notes.txt"_s, "Recognise certification across borders #action\n");
    const Run text = cli({u"summarize"_s, transcript, u"--words"_s, u"20"_s});
    QVERIFY2(text.code == 0, qPrintable(text.err));
    QVERIFY(text.out.split(u' ', Qt::SkipEmptyParts).size() <= 20);
    const Run json = cli({u"summarize"_s, transcript, u"--notes"_s, notes, u"--json"_s});
    QVERIFY2(json.code == 0, qPrintable(json.err));
    const QJsonObject draft = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QVERIFY(!draft.value(u"summary"_s).toString().isEmpty());
    QVERIFY(draft.value(u"takeaways"_s).toArray().size() <= 3);
    QVERIFY(!draft.value(u"topics"_s).toArray().isEmpty());
    const QJsonArray actions = draft.value(u"calls_to_action"_s).toArray();
    QVERIFY(!actions.isEmpty());
    QCOMPARE(actions.at(0).toObject().value(u"text"_s).toString(), u"Recognise certification across borders"_s);
    QCOMPARE(actions.at(0).toObject().value(u"source"_s).toString(), u"notes"_s);
    QCOMPARE(draft.value(u"language"_s).toString(), u"en"_s); // found from the text
    // A French transcript drafts in French, found or named.
    const QString french =
        write(m_dir,
              u"reunion.txt"_s,
              "Moderatrice: Bonjour et bienvenue. Merci à toutes et à tous.\n"
              "Eva Schulz-Kamm: La sécurité de la chaîne d'approvisionnement dépend d'exigences minimales pour chaque "
              "fournisseur.\n"
              "Amina Diallo: Les gouvernements devraient financer la certification des petits fournisseurs.\n"
              "Jean Dupont: La certification et les exigences minimales des fournisseurs doivent être reconnues.\n");
    for (const QStringList &extra : {QStringList{}, QStringList{u"--language"_s, u"fr"_s}}) {
        const Run fr = cli(QStringList{u"summarize"_s, french, u"--json"_s} + extra);
        QVERIFY2(fr.code == 0, qPrintable(fr.err));
        const QJsonObject frDraft = QJsonDocument::fromJson(fr.out.toUtf8()).object();
        QCOMPARE(frDraft.value(u"language"_s).toString(), u"fr"_s);
        QVERIFY2(!frDraft.value(u"summary"_s).toString().contains(u"Bonjour"_s), qPrintable(fr.out));
        QStringList actionLines;
        for (const QJsonValue &action : frDraft.value(u"calls_to_action"_s).toArray()) {
            actionLines.append(QString::number(action.toObject().value(u"lines"_s).toArray().at(0).toInt()));
        }
        QVERIFY2(actionLines.contains(u"3"_s), qPrintable(actionLines.join(u' '))); // "devraient financer"
    }
}

void TestCli::summarize_badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("no transcript") << QStringList{u"summarize"_s} << 2 << u"one transcript"_s;
    QTest::newRow("missing file") << QStringList{u"summarize"_s, u"nowhere.txt"_s} << 1 << u"does not exist"_s;
    QTest::newRow("words not a number") << QStringList{u"summarize"_s, u"x.txt"_s, u"--words"_s, u"many"_s} << 2
                                        << u"--words"_s;
    QTest::newRow("words too few") << QStringList{u"summarize"_s, u"x.txt"_s, u"--words"_s, u"3"_s} << 2
                                   << u"--words"_s;
    QTest::newRow("binary file") << QStringList{u"summarize"_s, u"BINARY"_s} << 1 << u"binary.bin"_s;
    QTest::newRow("unknown language") << QStringList{u"summarize"_s, u"x.txt"_s, u"--language"_s, u"tlh"_s} << 2
                                      << u"--language"_s;
    QTest::newRow("empty transcript") << QStringList{u"summarize"_s, u"EMPTY"_s} << 1 << u"no turns"_s;
}

void TestCli::summarize_badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    QFETCH(QString, message);
    for (QString &argument : arguments) {
        if (argument == u"BINARY") {
            argument = write(m_dir, u"binary.bin"_s, QByteArray("\x00\x01\x02garbage", 10));
        } else if (argument == u"EMPTY") {
            argument = write(m_dir, u"empty.txt"_s, "\n\n  \n");
        } else if (argument.endsWith(u".txt"_s)) {
            argument = m_dir.filePath(argument);
        }
    }
    const Run run = cli(arguments);
    QCOMPARE(run.code, code);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

void TestCli::transcript_import_placesTheCaptions()
{
    const QString session = m_dir.filePath(u"captions.moderato"_s);
    QCOMPARE(cli({u"replay"_s, write(m_dir, u"rehearsal.txt"_s, Rehearsal), u"-o"_s, session}).code, 0);
    qint64 startMs = -1;
    qint64 startWall = -1;
    lastEvent(session, u"clock.started"_s, &startMs, &startWall);
    QVERIFY(startMs >= 0 && startWall > 0);

    // By default the file's 00:00 is the clock's first start.
    Run run = cli({u"transcript"_s, u"import"_s, session, transcriptFixture(u"ws195-captions.srt"_s)});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"Imported 5 turn"_s) && run.out.contains(u"ws195-captions.srt"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"\n5 turn"_s), qPrintable(run.out));
    // DANIEL BRINKWERTH and BRINKWERTH are one person; Ms. Paula Iwaniuk and EVA SCHULZ-KAMM the others.
    QVERIFY2(run.out.contains(u"3 of 3 speaker"_s), qPrintable(run.out));
    QJsonObject imported = lastEvent(session, u"transcript.imported"_s);
    QCOMPARE(imported.value(u"name"_s).toString(), u"ws195-captions.srt"_s);
    QCOMPARE(imported.value(u"zero_at_ms"_s).toDouble(), double(startMs));
    QCOMPARE(imported.value(u"starts_ms"_s).toArray(), (QJsonArray{5'000, 70'000, 750'000, 1'200'000, 1'203'000}));

    // --offset: the time of day of the file's 00:00, here 1:30 after the clock started.
    const QTime at = QDateTime::fromMSecsSinceEpoch(startWall + 90'000).time();
    run = cli({u"transcript"_s,
               u"import"_s,
               session,
               transcriptFixture(u"ws195-captions.vtt"_s),
               u"--offset"_s,
               at.toString(u"HH:mm:ss"_s)});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"Imported 3 turn"_s), qPrintable(run.out));
    // Daniel Brinkwerth, Sergio Lomban and Eva Schulz-Kamm are participants of the demo.
    QVERIFY2(run.out.contains(u"3 of 3 speaker"_s), qPrintable(run.out));
    imported = lastEvent(session, u"transcript.imported"_s);
    QCOMPARE(imported.value(u"zero_at_ms"_s).toDouble(), double(startMs + 90'000 - startWall % 1000));

    run = cli({u"transcript"_s, u"import"_s, session, transcriptFixture(u"ws195-captions.srt"_s), u"--at-start"_s});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QCOMPARE(lastEvent(session, u"transcript.imported"_s).value(u"zero_at_ms"_s).toDouble(), double(startMs));

    // A plain transcript has no times to place.
    run = cli({u"transcript"_s,
               u"import"_s,
               session,
               write(m_dir, u"plain.txt"_s, "Daniel Brinkwerth: Hello.\nSomeone: Hi.\n"),
               u"--at-start"_s});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"\n0 turn"_s) && run.out.contains(u"1 of 2 speaker"_s), qPrintable(run.out));
    QVERIFY(!lastEvent(session, u"transcript.imported"_s).contains(u"zero_at_ms"_s));
}

void TestCli::transcript_import_badInput_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<bool>("started");
    QTest::addColumn<QString>("message");
    QTest::newRow("broken timing") << transcriptFixture(u"broken-timing.srt"_s) << QStringList() << true << u"line 6"_s;
    QTest::newRow("missing file") << m_dir.filePath(u"nowhere.vtt"_s) << QStringList() << true << u"does not exist"_s;
    QTest::newRow("not started, at start")
        << transcriptFixture(u"ws195-captions.vtt"_s) << QStringList{u"--at-start"_s} << false << u"not started"_s;
    QTest::newRow("not started, offset") << transcriptFixture(u"ws195-captions.vtt"_s)
                                         << QStringList{u"--offset"_s, u"10:00"_s} << false << u"not started"_s;
}

void TestCli::transcript_import_badInput()
{
    QFETCH(QString, file);
    QFETCH(QStringList, options);
    QFETCH(bool, started);
    QFETCH(QString, message);
    const QString session =
        m_dir.filePath(u"bad-%1.moderato"_s.arg(QString::fromLatin1(QTest::currentDataTag())).replace(u' ', u'-'));
    const QByteArray script = started ? "0:00 start\n1:00 next\n" : "0:00 chair-open\n";
    QCOMPARE(cli({u"replay"_s, write(m_dir, u"script.txt"_s, script), u"-o"_s, session}).code, 0);
    const QString before = cli({u"export-log"_s, session}).out;
    const Run run = cli(QStringList{u"transcript"_s, u"import"_s, session, file} + options);
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(cli({u"export-log"_s, session}).out, before); // nothing recorded
}

void TestCli::briefing_writesTheAgendaFromTheStartTime()
{
    const QString session = m_dir.filePath(u"brief.moderato"_s);
    QCOMPARE(cli({u"replay"_s, write(m_dir, u"brief.txt"_s, "0:00 start\n"), u"-o"_s, session}).code, 0);
    const QString md = m_dir.filePath(u"brief.md"_s);
    const Run run = cli({u"briefing"_s,
                         session,
                         u"--format"_s,
                         u"md"_s,
                         u"-o"_s,
                         md,
                         u"--start"_s,
                         u"14:30"_s,
                         u"--date"_s,
                         u"2019-11-26"_s});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QFile file(md);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY2(text.contains(u"Eva Schulz-Kamm"_s), qPrintable(text));
    QVERIFY(text.contains(u"14:30"_s));
    QVERIFY(text.contains(u"16:00"_s)); // 90 minutes later
    QVERIFY(text.contains(u"2019"_s));
    const QString pdf = m_dir.filePath(u"brief.pdf"_s);
    QCOMPARE(cli({u"briefing"_s, session, u"--format"_s, u"pdf"_s, u"-o"_s, pdf, u"--no-questions"_s}).code, 0);
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.readAll().startsWith("%PDF"));
    QCOMPARE(cli({u"briefing"_s, session, u"--format"_s, u"md"_s, u"-o"_s, md}).code, 1); // exists
    QCOMPARE(cli({u"briefing"_s,
                  session,
                  u"--format"_s,
                  u"md"_s,
                  u"-o"_s,
                  m_dir.filePath(u"b2.md"_s),
                  u"--start"_s,
                  u"25:99"_s})
                 .code,
             2);
    QCOMPARE(cli({u"briefing"_s, session, u"--format"_s, u"txt"_s, u"-o"_s, m_dir.filePath(u"b3.md"_s)}).code, 2);
    QCOMPARE(cli({u"briefing"_s,
                  m_dir.filePath(u"missing.moderato"_s),
                  u"--format"_s,
                  u"md"_s,
                  u"-o"_s,
                  m_dir.filePath(u"b4.md"_s)})
                 .code,
             1);
}

void TestCli::report_writesEachFormat_andNeverOverwrites()
{
    const QString script = write(m_dir, u"rep.txt"_s, R"(0:00 start
0:10 floor "Eva Schulz-Kamm"
5:00 note "Baseline requirements reach every supplier" #takeaway
6:00 note "Governments should fund certification" #action
9:00 end
)");
    const QString session = m_dir.filePath(u"rep.moderato"_s);
    QCOMPARE(cli({u"replay"_s, script, u"-o"_s, session}).code, 0);
    for (const QString &format : {u"md"_s, u"html"_s, u"odt"_s, u"pdf"_s}) {
        const QString out = m_dir.filePath(u"report."_s + format);
        const Run run = cli({u"report"_s, session, u"--format"_s, format, u"-o"_s, out});
        QVERIFY2(run.code == 0, qPrintable(format + u": "_s + run.err));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.size() > 500);
        if (format == u"md" || format == u"html") {
            QVERIFY(bytes.contains("Baseline requirements reach every supplier"));
        } else if (format == u"pdf") {
            QVERIFY(bytes.startsWith("%PDF"));
        } else {
            QVERIFY(bytes.startsWith("PK"));
        }
    }
    const QByteArray before = hashOf(m_dir.filePath(u"report.md"_s));
    const Run again = cli({u"report"_s, session, u"--format"_s, u"md"_s, u"-o"_s, m_dir.filePath(u"report.md"_s)});
    QCOMPARE(again.code, 1);
    QCOMPARE(hashOf(m_dir.filePath(u"report.md"_s)), before);
    QCOMPARE(cli({u"report"_s, session, u"--format"_s, u"docx"_s, u"-o"_s, u"x"_s}).code, 2);
    QCOMPARE(cli({u"report"_s,
                  m_dir.filePath(u"nothing.moderato"_s),
                  u"--format"_s,
                  u"md"_s,
                  u"-o"_s,
                  m_dir.filePath(u"n.md"_s)})
                 .code,
             1);
    // --sources: each drafted line numbered, and where it comes from at the end.
    const QString withSources = m_dir.filePath(u"sources.md"_s);
    const Run sourced = cli({u"report"_s, session, u"--format"_s, u"md"_s, u"--sources"_s, u"-o"_s, withSources});
    QVERIFY2(sourced.code == 0, qPrintable(sourced.err));
    QFile sourcedFile(withSources);
    QVERIFY(sourcedFile.open(QIODevice::ReadOnly));
    const QString sourcedText = QString::fromUtf8(sourcedFile.readAll());
    QVERIFY2(sourcedText.contains(u"Baseline requirements reach every supplier\u2069 [1]"_s), qPrintable(sourcedText));
    QVERIFY(sourcedText.contains(u"## Sources of the drafted lines"_s));
    QVERIFY(
        sourcedText.contains(u"Eva Schulz-Kamm (Private Sector); Introduction of speakers and ice-breaker; at 5:00"_s));
    QFile plainFile(m_dir.filePath(u"report.md"_s));
    QVERIFY(plainFile.open(QIODevice::ReadOnly));
    QVERIFY(!plainFile.readAll().contains("Sources of the drafted lines"));
    QCOMPARE(cli({u"report"_s, session, u"--participation"_s, u"--sources"_s}).code, 2);
}

void TestCli::report_participation_andStatsFloorBalance()
{
    const QString script = write(m_dir, u"part.txt"_s, R"(0:00 start
0:10 floor "Eva Schulz-Kamm"
3:00 queue "Jean Dupont" --group Government
3:05 queue "Amina Diallo" --online
4:00 end
)");
    const QString session = m_dir.filePath(u"part.moderato"_s);
    QCOMPARE(cli({u"replay"_s, script, u"-o"_s, session}).code, 0);
    const Run text = cli({u"report"_s, session, u"--participation"_s});
    QVERIFY2(text.code == 0, qPrintable(text.err));
    QVERIFY2(text.out.contains(u"Estimated from who took part"_s), qPrintable(text.out));
    QVERIFY(text.out.contains(u"2 in the room, 1 online, 0 at a remote hub"_s));
    const Run json = cli({u"report"_s, session, u"--participation"_s, u"--json"_s});
    QCOMPARE(json.code, 0);
    const QJsonObject counts = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(counts.value(u"source"_s).toString(), u"estimated"_s);
    QCOMPARE(counts.value(u"onsite"_s).toInt(), 2);
    QCOMPARE(counts.value(u"online"_s).toInt(), 1);
    QCOMPARE(counts.value(u"total"_s).toInt(), 3);
    // No file is written, so no file options; --json only with --participation.
    QCOMPARE(cli({u"report"_s, session, u"--participation"_s, u"--format"_s, u"md"_s}).code, 2);
    QCOMPARE(cli({u"report"_s, session, u"--json"_s, u"--format"_s, u"md"_s, u"-o"_s, u"x.md"_s}).code, 2);
    // A missing proposal is a clear error.
    const Run missing = cli({u"report"_s,
                             session,
                             u"--format"_s,
                             u"md"_s,
                             u"-o"_s,
                             m_dir.filePath(u"p.md"_s),
                             u"--proposal"_s,
                             m_dir.filePath(u"none.txt"_s)});
    QCOMPARE(missing.code, 1);
    QVERIFY(missing.err.contains(u"none.txt"_s));
    // The stats text has the floor balance its help promises.
    const Run stats = cli({u"stats"_s, session});
    QCOMPARE(stats.code, 0);
    for (const QString &heading :
         {u"By person"_s, u"By stakeholder group"_s, u"By region"_s, u"By gender"_s, u"By channel"_s, u"By role"_s}) {
        QVERIFY2(stats.out.contains(heading), qPrintable(heading + u" not in:\n"_s + stats.out));
    }
    QVERIFY2(stats.out.contains(u"Eva Schulz-Kamm  1 turn(s)  3:50"_s), qPrintable(stats.out));
}

void TestCli::importProposal_printsJsonAndWarnings()
{
    const Run run = cli({u"import-proposal"_s, proposal(u"ws195.txt"_s)});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QJsonParseError error{};
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(json.value(u"id").toString(), u"IGF 2019 WS #195"_s);
    QCOMPARE(json.value(u"title").toString(), u"IT security in the global supply chain"_s);
    const QJsonObject format = json.value(u"format").toObject();
    QCOMPARE(format.value(u"type").toString(), u"Break-out Group Discussions"_s);
    QCOMPARE(format.value(u"layout").toString(), u"Flexible Seating"_s);
    QCOMPARE(format.value(u"minutes").toDouble(), 90.0);
    const QJsonArray organizers = json.value(u"organizers").toArray();
    QCOMPARE(organizers.size(), 2);
    QCOMPARE(organizers.at(0).toObject().value(u"name").toString(), u"Daniel Brinkwerth"_s);
    QCOMPARE(organizers.at(0).toObject().value(u"organization").toString(), u"Charter of Trust (GPLUS)"_s);
    const QJsonArray speakers = json.value(u"speakers").toArray();
    QCOMPARE(speakers.size(), 3);
    QCOMPARE(speakers.at(1).toObject().value(u"name").toString(), u"Paula Iwaniuk"_s);
    QCOMPARE(speakers.at(1).toObject().value(u"stakeholder_group").toString(), u"Private Sector"_s);
    QCOMPARE(speakers.at(1).toObject().value(u"region").toString(), u"Eastern European Group"_s);
    QCOMPARE(speakers.at(2).toObject().value(u"region").toString(), u"WEOG"_s);
    for (const auto key : {u"onsite_moderator", u"online_moderator", u"rapporteur"}) {
        const QJsonObject person = json.value(key).toObject();
        QCOMPARE(person.value(u"name").toString(), u"Daniel Brinkwerth"_s);
        QCOMPARE(person.value(u"region").toString(), u"Intergovernmental Organization"_s);
    }
    QCOMPARE(json.value(u"policy_questions").toArray().size(), 4);
    QCOMPARE(json.value(u"sdgs").toArray(), (QJsonArray{4, 8, 9, 17}));
    QVERIFY(json.value(u"discussion_facilitation").toString().startsWith(u"The list below provides examples"_s));
    QVERIFY(json.value(u"online_participation").toString().endsWith(u"remote interventions from participants."_s));
    QCOMPARE(json.value(u"agenda_generated").toBool(true), false);
    QCOMPARE(json.value(u"agenda_difference_minutes").toDouble(-1), 0.0);

    const QJsonArray agenda = json.value(u"agenda").toArray();
    QCOMPARE(agenda.size(), 3);
    QCOMPARE(agenda.at(0).toObject().value(u"title").toString(), u"Introduction of speakers and ice-breaker"_s);
    QCOMPARE(agenda.at(0).toObject().value(u"minutes").toDouble(), 10.0);
    const QJsonObject block = agenda.at(1).toObject();
    QCOMPARE(block.value(u"title").toString(), u"Speakers and audience input"_s);
    QCOMPARE(block.value(u"minutes").toDouble(), 60.0);
    const QJsonArray children = block.value(u"children").toArray();
    QCOMPARE(children.size(), 6);
    QCOMPARE(children.at(0).toObject().value(u"speaker").toString(), u"Eva Schulz-Kamm"_s);
    QCOMPARE(children.at(1).toObject().value(u"kind").toString(), u"audience_input"_s);
    QCOMPARE(children.at(5).toObject().value(u"minutes").toDouble(), 10.0);
    QCOMPARE(agenda.at(2).toObject().value(u"title").toString(), u"Summary and key takeaways"_s);
    QCOMPARE(agenda.at(2).toObject().value(u"minutes").toDouble(), 20.0);
    // Whole minutes print as whole numbers.
    QVERIFY(run.out.contains(u"\"minutes\": 20\n"_s) || run.out.contains(u"\"minutes\": 20,"_s));

    // The warnings: in the JSON, and on standard error for whoever runs it.
    const QJsonArray warnings = json.value(u"warnings").toArray();
    QCOMPARE(warnings.size(), 1);
    QVERIFY(warnings.at(0).toString().contains(u"Rapporteur:"_s));
    QCOMPARE(run.err.count(u"warning: "_s), 1);
    QVERIFY2(run.err.startsWith(u"warning: The line \"Daniel Brinkwerth"_s), qPrintable(run.err));

    // A proposal without an agenda: one is built for its format, and stderr says so.
    const Run panel = cli({u"import-proposal"_s, proposal(u"panel-90-noagenda.txt"_s)});
    QVERIFY2(panel.code == 0, qPrintable(panel.err));
    const QJsonObject generated = QJsonDocument::fromJson(panel.out.toUtf8()).object();
    QCOMPARE(generated.value(u"agenda_generated").toBool(), true);
    QVERIFY2(panel.err.contains(u"warning: The proposal has no agenda"_s), qPrintable(panel.err));
}

void TestCli::importProposal_output_givesASessionThatStatsReads()
{
    const QString session = m_dir.filePath(u"ws195.moderato"_s);
    const Run run = cli({u"import-proposal"_s, proposal(u"ws195.txt"_s), u"-o"_s, session});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY(QFile::exists(session));
    QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"id").toString(), u"IGF 2019 WS #195"_s);
    QCOMPARE(QDir(m_dir.path()).entryList({u".moderato-import-*"_s}, QDir::AllEntries | QDir::Hidden).size(), 0);

    const Run stats = cli({u"stats"_s, session, u"--json"_s});
    QVERIFY2(stats.code == 0, qPrintable(stats.err));
    const QJsonObject json = QJsonDocument::fromJson(stats.out.toUtf8()).object();
    QCOMPARE(json.value(u"session").toObject().value(u"planned_s").toDouble(), 90 * 60.0);
    QCOMPARE(json.value(u"session").toObject().value(u"state").toString(), u"not_started"_s);
    const QJsonArray agenda = json.value(u"agenda").toArray();
    QCOMPARE(agenda.size(), 3);
    QCOMPARE(agenda.at(0).toObject().value(u"title").toString(), u"Introduction of speakers and ice-breaker"_s);
    QCOMPARE(agenda.at(1).toObject().value(u"children").toArray().size(), 6);
    QCOMPARE(agenda.at(2).toObject().value(u"planned_s").toDouble(), 20 * 60.0);
    const Run text = cli({u"stats"_s, session});
    QCOMPARE(text.code, 0);
    QVERIFY2(text.out.contains(u"IGF 2019 WS #195: IT security in the global supply chain"_s), qPrintable(text.out));

    // Another format: the session has that proposal's plan, and a replay can start from it.
    const QString roundTable = m_dir.filePath(u"roundtable.moderato"_s);
    QCOMPARE(cli({u"import-proposal"_s, proposal(u"roundtable-ushape-60.txt"_s), u"-o"_s, roundTable}).code, 0);
    const QString script = write(m_dir, u"rt.txt"_s, "0:00 start\n5:00 next\n10:00 end\n");
    const QString replayed = m_dir.filePath(u"rt-replayed.moderato"_s);
    const Run replay = cli({u"replay"_s, script, u"-o"_s, replayed, u"--from"_s, roundTable});
    QVERIFY2(replay.code == 0, qPrintable(replay.err));
    const QJsonObject rt = QJsonDocument::fromJson(cli({u"stats"_s, replayed, u"--json"_s}).out.toUtf8()).object();
    QCOMPARE(rt.value(u"session").toObject().value(u"original_planned_s").toDouble(), 60 * 60.0);
    QCOMPARE(rt.value(u"agenda").toArray().at(0).toObject().value(u"title").toString(),
             u"Welcome and introduction by the moderator"_s);
}

void TestCli::importProposal_refusesToOverwrite()
{
    const QString existing = write(m_dir, u"kept.moderato"_s, "not to be lost");
    const QByteArray before = hashOf(existing);
    const Run run = cli({u"import-proposal"_s, proposal(u"ws195.txt"_s), u"-o"_s, existing});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(u"already exists"_s), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(hashOf(existing), before);

    const Run forced = cli({u"import-proposal"_s, proposal(u"ws195.txt"_s), u"-o"_s, existing, u"--force"_s});
    QVERIFY2(forced.code == 0, qPrintable(forced.err));
    QVERIFY(hashOf(existing) != before);
    QCOMPARE(cli({u"stats"_s, existing}).code, 0);
}

void TestCli::importProposal_badInput_failsClearly_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::newRow("binary") << proposal(u"binary.bin"_s) << u"binary data"_s;
    QTest::newRow("NUL bytes") << proposal(u"nul.txt"_s) << u"binary data"_s;
    QTest::newRow("empty") << proposal(u"empty.txt"_s) << u"empty"_s;
    QTest::newRow("not UTF-8") << proposal(u"latin1.txt"_s) << u"UTF-8"_s;
    QTest::newRow("prose") << proposal(u"prose.txt"_s) << u"not an IGF workshop proposal"_s;
    QTest::newRow("missing") << proposal(u"no-such-file.txt"_s) << u"does not exist"_s;
}

void TestCli::importProposal_badInput_failsClearly()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    const QString session = m_dir.filePath(u"never.moderato"_s);
    const Run run = cli({u"import-proposal"_s, file, u"-o"_s, session});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.startsWith(u"moderato-cli: "_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QVERIFY(!QFile::exists(session));
}

void TestCli::command_runsJsonCommandsAsTheRoleMay()
{
    const QString session = m_dir.filePath(u"commands.moderato"_s);
    const QString script = write(m_dir, u"empty.txt"_s, "0:00 chair-open\n");
    QCOMPARE(cli({u"replay"_s, script, u"-o"_s, session}).code, 0);
    const QByteArray before = hashOf(session);

    // Checked before anything runs: one bad command of three changes nothing.
    Run run = cli({u"command"_s, session, u"{\"command\": \"start\"}"_s, u"{\"command\": \"queue\"}"_s});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(u"command 2"_s), qPrintable(run.err));
    QCOMPARE(hashOf(session), before);

    // An observer may do nothing; the online moderator may claim the chair for a remote participant.
    run = cli({u"command"_s, session, u"{\"command\": \"start\"}"_s, u"--as"_s, u"observer"_s});
    QCOMPARE(run.code, 1);
    QCOMPARE(hashOf(session), before);
    run = cli({u"command"_s,
               session,
               u"{\"command\": \"chair-claim\", \"name\": \"Kofi Mensah\", \"group\": \"Private Sector\"}"_s,
               u"--as"_s,
               u"online_moderator"_s});
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.startsWith(u"{\"command\":\"chair-claim\",\"id\":"_s), qPrintable(run.out));
    run = cli({u"command"_s, session, u"{\"command\": \"start\"}"_s, u"{\"command\": \"chair-decline\"}"_s});
    QCOMPARE(run.code, 0);
    QCOMPARE(run.out.count(u'\n'), 2);
    const QString log = cli({u"export-log"_s, session}).out;
    QVERIFY(log.contains(u"\"type\":\"chair.claim_declined\""_s));
    QVERIFY(log.contains(u"\"walk_in\":{"_s));
    QCOMPARE(cli({u"command"_s, session, u"{}"_s, u"--as"_s, u"king"_s}).code, 2);
}

void TestCli::commands_listsTheCatalogue()
{
    const Run run = cli({u"commands"_s, u"--json"_s});
    QCOMPARE(run.code, 0);
    const QJsonArray list = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(list.size(), core::CommandCatalogue::count());
    QCOMPARE(list.at(0).toObject().value(u"name"_s).toString(), u"start"_s);
    const Run text = cli({u"commands"_s});
    QCOMPARE(text.code, 0);
    QVERIFY(text.out.contains(u"chair-claim "_s));
}

void TestCli::replay_everyCatalogueCommandIsAVerb()
{
    // The script language knows every command: given as `verb [VALUE] [--field value]`.
    const QString media =
        write(m_dir, u"map.png"_s, QByteArray::fromHex("89504e470d0a1a0a0000000d49484452") + QByteArray(64, '\0'));
    const QString transcript = write(m_dir, u"t.txt"_s, "Eva Schulz-Kamm: Baselines for every supplier.\n");
    const QString script = write(m_dir,
                                 u"verbs.txt"_s,
                                 (u"0:00 queue-policy alternate_channels\n"
                                  "0:00 media-add \""_s
                                  + media
                                  + u"\"\n"
                                    "0:00 media-show 1\n"
                                    "0:00 scene agenda\n"
                                    "0:00 unpin\n"
                                    "0:00 message \"Welcome, everyone\"\n"
                                    "0:00 room-language fr\n"
                                    "0:00 start\n"
                                    "1:00 queue \"Amina Diallo\" --online --gender woman --group \"Civil Society\"\n"
                                    "1:10 queue \"Kofi Mensah\" --hub \"Accra hub\"\n"
                                    "1:20 withdraw 2\n"
                                    "2:00 floor-to-request --request 1\n"
                                    "3:00 yield\n"
                                    "3:00 chair-open\n"
                                    "3:10 chair-take \"Li Wei\"\n"
                                    "4:00 chair-reply --participant \"Eva Schulz-Kamm\"\n"
                                    "4:30 chair-release\n"
                                    "5:00 takeaway \"Baselines for every supplier\"\n"
                                    "5:10 takeaway-withdraw 1\n"
                                    "5:20 transcript \""
                                  + transcript
                                  + u"\"\n"
                                    "5:30 participation --onsite 40 --online 12 --women 20\n"
                                    "5:40 settings --audience-limit-ms 2m --chair-limit-ms 90s\n"
                                    "6:00 extend +2\n"
                                    "7:00 end\n"_s)
                                     .toUtf8());
    const QString session = m_dir.filePath(u"verbs.moderato"_s);
    const Run run = cli({u"replay"_s, script, u"-o"_s, session});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    const QString log = cli({u"export-log"_s, session}).out;
    for (const char16_t *type : {u"queue.policy",
                                 u"media.added",
                                 u"display.media",
                                 u"display.message",
                                 u"display.language",
                                 u"chair.reply",
                                 u"takeaway.withdrawn",
                                 u"transcript.imported",
                                 u"report.participation",
                                 u"settings.changed",
                                 u"agenda.extended"}) {
        QVERIFY2(log.contains(u"\"type\":\"%1\""_s.arg(QString::fromUtf16(type))),
                 qPrintable(QString::fromUtf16(type)));
    }
    QVERIFY(log.contains(u"\"hub\":\"Accra hub\""_s));
    QVERIFY(log.contains(u"\"gender\":\"woman\""_s));
    // A field the command does not have is refused with its line number, before anything runs.
    const QString bad = write(m_dir, u"bad.txt"_s, "0:00 start\n0:10 message --colour red\n");
    const Run refused = cli({u"replay"_s, bad, u"-o"_s, m_dir.filePath(u"bad.moderato"_s)});
    QCOMPARE(refused.code, 1);
    QVERIFY2(refused.err.contains(u"line 2"_s), qPrintable(refused.err));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
