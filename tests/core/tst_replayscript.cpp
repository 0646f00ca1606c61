// SPDX-License-Identifier: MIT
#include "core/io/proposalimporter.h"
#include "core/io/replayscript.h"
#include "core/session/session.h"
#include "tests/support/fakeclock.h"
#include "tests/support/helpers.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestReplayScript : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void parse_readsTimesVerbsAndQuotes();
    void parse_reportsTheBadLine_data();
    void parse_reportsTheBadLine();
    void run_drivesTheSession();
    void run_linksNotesToPolicyQuestions();
    void run_stopsAtTheFirstImpossibleAction();

private:
    QTemporaryDir m_dir;
};

void TestReplayScript::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

void TestReplayScript::parse_readsTimesVerbsAndQuotes()
{
    const auto script = core::ReplayScript::parse(u"# rehearsal\r\n"
                                                  "\n"
                                                  "0:00 start\n"
                                                  "  75:30   goto 2   # back to the speakers\n"
                                                  "1:20:00 extend \"+2\"\n"
                                                  "1:20:00 end\n"_s);
    MODERATO_VERIFY_OK(script);
    const auto &actions = script.value().actions();
    QCOMPARE(actions.size(), 4);
    QCOMPARE(actions.at(0).line, 3);
    QCOMPARE(actions.at(1).atMs, (75 * 60 + 30) * 1000);
    QCOMPARE(actions.at(1).verb, u"goto"_s);
    QCOMPARE(actions.at(1).args, QStringList{u"2"_s});
    QCOMPARE(actions.at(2).atMs, 80 * 60'000);
    QCOMPARE(actions.at(2).args, QStringList{u"+2"_s});
    QCOMPARE(script.value().durationMs(), 80 * 60'000);
}

void TestReplayScript::parse_reportsTheBadLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::newRow("unknown verb") << u"0:00 start\n0:10 dance\n"_s << 2;
    QTest::newRow("no time") << u"start\n"_s << 1;
    QTest::newRow("seconds over 59") << u"0:00 start\n1:75 pause\n"_s << 2;
    QTest::newRow("minutes over 59 with hours") << u"1:75:00 pause\n"_s << 1;
    QTest::newRow("time goes back") << u"0:00 start\n5:00 pause\n4:59 resume\n"_s << 3;
    QTest::newRow("missing action") << u"# x\n0:00\n"_s << 2;
    QTest::newRow("argument to start") << u"0:00 start now\n"_s << 1;
    QTest::newRow("goto without number") << u"0:00 goto\n"_s << 1;
    QTest::newRow("goto zero") << u"0:00 goto 0\n"_s << 1;
    QTest::newRow("goto text") << u"0:00 goto two\n"_s << 1;
    QTest::newRow("extend without sign") << u"0:00 start\n0:01 extend 5\n"_s << 2;
    QTest::newRow("unclosed quote") << u"0:00 start\n0:01 extend \"+5\n"_s << 2;
    QTest::newRow("negative time") << u"-0:01 start\n"_s << 1;
    QTest::newRow("note for question 0") << u"0:00 start\n0:01 note \"Costs\" --question 0\n"_s << 2;
    QTest::newRow("note for question two") << u"0:00 start\n0:01 note \"Costs\" --question two\n"_s << 2;
}

void TestReplayScript::parse_reportsTheBadLine()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    const auto script = core::ReplayScript::parse(text);
    QVERIFY(!script.has_value());
    QCOMPARE(script.error().code, core::ErrorCode::Parse);
    QVERIFY2(script.error().detail.startsWith(u"line %1:"_s.arg(line)), qPrintable(script.error().detail));
}

void TestReplayScript::run_drivesTheSession()
{
    const auto script = core::ReplayScript::parse(u"0:00 start\n"
                                                  "12:00 next\n"
                                                  "22:00 next\n"
                                                  "25:00 pause\n"
                                                  "27:00 resume\n"
                                                  "28:00 rebalance\n"
                                                  "30:00 extend -2\n"
                                                  "40:00 goto 3\n"
                                                  "60:00 end\n"_s);
    MODERATO_VERIFY_OK(script);
    tests::FakeClock clock;
    auto session =
        core::Session::create(m_dir.filePath(u"run.moderato"_s), core::ProposalImporter::demoWorkshop().value(), clock);
    MODERATO_VERIFY_OK(session);
    MODERATO_VERIFY_OK(script.value().run(*session.value(), clock));
    const core::SessionState &state = session.value()->state();
    QCOMPARE(state.runState(), core::RunState::Ended);
    QCOMPARE(state.currentItemId(), 9);
    QCOMPARE(state.endedAtMs(), 60 * 60'000);
    QCOMPARE(state.pausedMs(state.endedAtMs()), 2 * 60'000);
    QCOMPARE(state.sessionElapsedMs(state.endedAtMs()), 58 * 60'000);
    // At 28:00 the audience input has 6 of 10 min left: the session ends at 94 min, 4 late → 4 items lose 1 min each.
    const core::Agenda &agenda = state.agenda();
    QCOMPARE(agenda.plannedMs(agenda.indexOf(5)), 9 * 60'000);
    QCOMPARE(agenda.plannedMs(agenda.indexOf(8)), 9 * 60'000);
    QCOMPARE(agenda.plannedMs(agenda.indexOf(4)), 8 * 60'000); // shortened by hand at 30:00
    QCOMPARE(agenda.plannedMs(agenda.indexOf(9)), 20 * 60'000);
}

void TestReplayScript::run_linksNotesToPolicyQuestions()
{
    const auto script = core::ReplayScript::parse(
        u"0:00 start\n1:00 note \"Suppliers need one checklist\" #takeaway --question 2\n2:00 note \"Unlinked\"\n"_s);
    MODERATO_VERIFY_OK(script);
    tests::FakeClock clock;
    auto session = core::Session::create(
        m_dir.filePath(u"notes.moderato"_s), core::ProposalImporter::demoWorkshop().value(), clock);
    MODERATO_VERIFY_OK(session);
    MODERATO_VERIFY_OK(script.value().run(*session.value(), clock));
    const QList<core::Note> &notes = session.value()->state().notes().notes();
    QCOMPARE(notes.size(), 2);
    QCOMPARE(notes.at(0).policyQuestion, 1); // the second question
    QVERIFY(notes.at(0).hasTag(core::NoteTag::Takeaway));
    QCOMPARE(notes.at(1).policyQuestion, -1);
    // A question the session does not have stops the run at its line.
    const auto beyond = core::ReplayScript::parse(u"0:00 start\n0:10 note \"Far\" --question 9\n"_s);
    MODERATO_VERIFY_OK(beyond);
    auto other = core::Session::create(
        m_dir.filePath(u"notes2.moderato"_s), core::ProposalImporter::demoWorkshop().value(), clock);
    MODERATO_VERIFY_OK(other);
    const auto ran = beyond.value().run(*other.value(), clock);
    QVERIFY(!ran.has_value());
    QVERIFY2(ran.error().detail.contains(u"line 2"_s), qPrintable(ran.error().detail));
}

void TestReplayScript::run_stopsAtTheFirstImpossibleAction()
{
    const auto script = core::ReplayScript::parse(u"0:00 start\n1:00 resume\n2:00 pause\n"_s);
    MODERATO_VERIFY_OK(script);
    tests::FakeClock clock;
    auto session = core::Session::create(
        m_dir.filePath(u"stop.moderato"_s), core::ProposalImporter::demoWorkshop().value(), clock);
    MODERATO_VERIFY_OK(session);
    const auto result = script.value().run(*session.value(), clock);
    QVERIFY(!result.has_value());
    QVERIFY2(result.error().detail.startsWith(u"line 2:"_s), qPrintable(result.error().detail));
    QCOMPARE(session.value()->state().runState(), core::RunState::Running);
}

QTEST_GUILESS_MAIN(TestReplayScript)
#include "tst_replayscript.moc"
