// SPDX-License-Identifier: MIT
#include "core/base/eventcatalogue.h"
#include "core/io/proposalimporter.h"
#include "core/session/sessionstate.h"
#include "tests/support/helpers.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Min = 60'000;
constexpr qint64 Sec = 1'000;

/// Feeds events into a state, as the log would, with their times.
class Log
{
public:
    Log()
    {
        core::Event defined;
        defined.type = core::EventType::SessionDefined;
        defined.data = {{u"definition"_s, core::ProposalImporter::demoWorkshop().value().toJson()}};
        const auto ok = state.apply(defined);
        Q_ASSERT(ok.has_value());
    }

    core::Result<void> at(qint64 ms, core::EventType type, const QJsonObject &data = {})
    {
        core::Event event;
        event.seq = ++m_seq;
        event.sessionMs = ms;
        event.wallMs = 1'000'000 + ms;
        event.type = type;
        event.data = data;
        return state.apply(event);
    }

    /// An event named as in the file; a name the vocabulary does not know is refused as newer.
    core::Result<void> at(qint64 ms, const QString &name, const QJsonObject &data = {})
    {
        auto type = core::EventCatalogue::parseName(name);
        if (!type) {
            return type.error();
        }
        return at(ms, type.value(), data);
    }

    core::Result<void> enter(qint64 ms, int itemId)
    {
        return at(ms, core::EventType::AgendaEntered, {{u"item"_s, itemId}});
    }

    [[nodiscard]] int index(int id) const { return state.agenda().indexOf(id); }

    core::SessionState state;

private:
    qint64 m_seq = 1;
};

// Item ids of the demo: 1 introduction, 2 speakers block (3 Eva, 4 audience, 5 Paula, 6 audience,
// 7 Sergio, 8 audience), 9 summary.
constexpr int Intro = 1;
constexpr int Block = 2;
constexpr int Eva = 3;
constexpr int Audience1 = 4;
constexpr int Paula = 5;
constexpr int Summary = 9;

} // namespace

class TestSessionState : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void ninetyMinutes_withPausesOverrunsAndRebalancing();
    void phase_followsRemainingTime_data();
    void phase_followsRemainingTime();
    void invalidEvents_leaveStateUntouched_data();
    void invalidEvents_leaveStateUntouched();
    void rebalance_neverBelowOneMinute_andReportsWhatRemainsLate();
    void rebalance_protectsSummaryAndStartedItems();
    void rebalance_emptyWhenOnTime();
    void navigation_whilePaused_doesNotRunTheClock();
    void extend_changesPlanAndProjection();
    void logMustStartWithDefinition();
};

void TestSessionState::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

void TestSessionState::ninetyMinutes_withPausesOverrunsAndRebalancing()
{
    Log log;
    core::SessionState &s = log.state;
    QCOMPARE(s.runState(), core::RunState::NotStarted);
    QCOMPARE(s.currentItemId(), Intro);
    QCOMPARE(s.agenda().plannedTotalMs(), 90 * Min);
    QCOMPARE(s.offsetMs(0), 0);

    MODERATO_VERIFY_OK(log.at(0, core::EventType::ClockStarted));
    QCOMPARE(s.runState(), core::RunState::Running);
    QCOMPARE(s.scheduledEndMs(0), 90 * Min);

    // The introduction: 10 minutes planned, 12 taken.
    QCOMPARE(s.elapsedMs(log.index(Intro), 5 * Min), 5 * Min);
    QCOMPARE(s.remainingMs(log.index(Intro), 5 * Min), 5 * Min);
    QCOMPARE(s.remainingMs(log.index(Intro), 12 * Min), -2 * Min);
    QCOMPARE(s.projectedEndMs(12 * Min), 92 * Min);
    QCOMPARE(s.offsetMs(12 * Min), 2 * Min);

    // Eva Schulz-Kamm, with a five-minute pause (a microphone problem) after three minutes.
    MODERATO_VERIFY_OK(log.enter(12 * Min, Eva));
    QCOMPARE(s.elapsedMs(log.index(Intro), 20 * Min), 12 * Min); // a done item no longer runs
    MODERATO_VERIFY_OK(log.at(15 * Min, core::EventType::ClockPaused));
    QCOMPARE(s.runState(), core::RunState::Paused);
    QCOMPARE(s.elapsedMs(log.index(Eva), 20 * Min), 3 * Min);
    QCOMPARE(s.pausedMs(20 * Min), 5 * Min);
    QCOMPARE(s.sessionElapsedMs(20 * Min), 15 * Min); // pauses excluded
    QCOMPARE(s.projectedEndMs(20 * Min), (20 + 7 + 50 + 20) * Min);
    QCOMPARE(s.offsetMs(20 * Min), 7 * Min); // the room is booked: a pause makes the session late
    MODERATO_VERIFY_OK(log.at(20 * Min, core::EventType::ClockResumed));
    QCOMPARE(s.elapsedMs(log.index(Eva), 27 * Min), 10 * Min);
    QCOMPARE(s.phase(log.index(Eva), 27 * Min), core::Phase::Overtime);

    // The block is 60 minutes: 10 used so far.
    QCOMPARE(s.elapsedMs(log.index(Block), 27 * Min), 10 * Min);
    QCOMPARE(s.remainingMs(log.index(Block), 27 * Min), 50 * Min);
    QCOMPARE(s.status(log.index(Block)), core::ItemStatus::Current);
    QCOMPARE(s.status(log.index(Intro)), core::ItemStatus::Done);
    QCOMPARE(s.status(log.index(Summary)), core::ItemStatus::Upcoming);

    // Re-balance at 27:00: 7 minutes late, five items of 10 minutes not started → 8:36 each.
    const core::RebalancePlan plan = s.proposeRebalance(27 * Min);
    QCOMPARE(plan.overrunMs, 7 * Min);
    QCOMPARE(plan.unabsorbedMs, 0);
    QCOMPARE(plan.changes.size(), 5);
    qint64 cut = 0;
    for (const auto &change : plan.changes) {
        QCOMPARE(change.fromMs, 10 * Min);
        QCOMPARE(change.toMs, 8 * Min + 36 * Sec);
        QVERIFY(change.itemId != Eva && change.itemId != Summary);
        cut += change.fromMs - change.toMs;
    }
    QCOMPARE(cut, 7 * Min);
    QJsonArray changes;
    for (const auto &change : plan.changes) {
        changes.append(QJsonObject{{u"item"_s, change.itemId}, {u"planned_ms"_s, double(change.toMs)}});
    }
    MODERATO_VERIFY_OK(log.at(27 * Min, core::EventType::AgendaRebalanced, {{u"plan"_s, changes}}));
    QCOMPARE(s.offsetMs(27 * Min), 0);
    QCOMPARE(s.agenda().plannedMs(log.index(Summary)), 20 * Min);
    QCOMPARE(s.originalPlannedMs(log.index(Paula)), 10 * Min);
    QCOMPARE(s.agenda().plannedMs(log.index(Paula)), 8 * Min + 36 * Sec);

    // Through the rest of the agenda on the new plan, then the summary runs two minutes short.
    qint64 t = 27 * Min;
    for (int id = Audience1; id <= 8; ++id) {
        MODERATO_VERIFY_OK(log.enter(t, id));
        t += 8 * Min + 36 * Sec;
    }
    MODERATO_VERIFY_OK(log.enter(t, Summary));
    QCOMPARE(t, 70 * Min);
    QCOMPARE(s.offsetMs(t), 0);
    MODERATO_VERIFY_OK(log.at(88 * Min, core::EventType::SessionEnded));
    QCOMPARE(s.runState(), core::RunState::Ended);
    QCOMPARE(s.endedAtMs(), 88 * Min);
    QCOMPARE(s.sessionElapsedMs(100 * Min), 83 * Min); // 88 minus the 5-minute pause, frozen after the end
    QCOMPARE(s.offsetMs(100 * Min), -2 * Min);
    QCOMPARE(s.status(log.index(Summary)), core::ItemStatus::Done);
    QCOMPARE(s.elapsedMs(log.index(Summary), 100 * Min), 18 * Min);
}

void TestSessionState::phase_followsRemainingTime_data()
{
    QTest::addColumn<qint64>("at");
    QTest::addColumn<int>("phase");
    QTest::newRow("start") << qint64(0) << int(core::Phase::Normal);
    QTest::newRow("just before the last minute") << qint64(9 * Min - 1) << int(core::Phase::Normal);
    QTest::newRow("last minute") << qint64(9 * Min) << int(core::Phase::Warning);
    QTest::newRow("last second") << qint64(10 * Min - 1) << int(core::Phase::Warning);
    QTest::newRow("zero") << qint64(10 * Min) << int(core::Phase::Overtime);
    QTest::newRow("overtime") << qint64(14 * Min) << int(core::Phase::Overtime);
}

void TestSessionState::phase_followsRemainingTime()
{
    QFETCH(qint64, at);
    QFETCH(int, phase);
    Log log;
    MODERATO_VERIFY_OK(log.at(0, core::EventType::ClockStarted));
    QCOMPARE(int(log.state.phase(log.index(Intro), at)), phase);
}

void TestSessionState::invalidEvents_leaveStateUntouched_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QJsonObject>("data");
    QTest::addColumn<int>("code");
    const int state = int(core::ErrorCode::InvalidState);
    const int argument = int(core::ErrorCode::InvalidArgument);
    QTest::newRow("pause before start") << u""_s << u"clock.paused"_s << QJsonObject() << state;
    QTest::newRow("resume while running") << u"start"_s << u"clock.resumed"_s << QJsonObject() << state;
    QTest::newRow("start twice") << u"start"_s << u"clock.started"_s << QJsonObject() << state;
    QTest::newRow("end before start") << u""_s << u"session.ended"_s << QJsonObject() << state;
    QTest::newRow("enter a block") << u"start"_s << u"agenda.entered"_s << QJsonObject{{u"item"_s, Block}} << argument;
    QTest::newRow("enter unknown") << u"start"_s << u"agenda.entered"_s << QJsonObject{{u"item"_s, 99}} << argument;
    QTest::newRow("enter current") << u"start"_s << u"agenda.entered"_s << QJsonObject{{u"item"_s, Intro}} << argument;
    QTest::newRow("shorten below a minute") << u"start"_s << u"agenda.extended"_s
                                            << QJsonObject{{u"item"_s, Intro}, {u"delta_ms"_s, -9.5 * Min}} << argument;
    QTest::newRow("bad rebalance") << u"start"_s << u"agenda.rebalanced"_s
                                   << QJsonObject{{u"plan"_s,
                                                   QJsonArray{QJsonObject{{u"item"_s, Paula}, {u"planned_ms"_s, 10}}}}}
                                   << argument;
    QTest::newRow("anything after the end") << u"start,end"_s << u"clock.resumed"_s << QJsonObject() << state;
    QTest::newRow("unknown event") << u"start"_s << u"clock.exploded"_s << QJsonObject()
                                   << int(core::ErrorCode::NewerVersion);
    QTest::newRow("payload lacks a field") << u"start"_s << u"agenda.entered"_s << QJsonObject() << argument;
    QTest::newRow("field of the wrong kind")
        << u"start"_s << u"display.blanked"_s << QJsonObject{{u"blank"_s, u"yes"_s}} << argument;
    QTest::newRow("time goes back") << u"start,late"_s << u"clock.paused"_s << QJsonObject()
                                    << int(core::ErrorCode::Corrupt);
}

void TestSessionState::invalidEvents_leaveStateUntouched()
{
    QFETCH(QString, setup);
    QFETCH(QString, type);
    QFETCH(QJsonObject, data);
    QFETCH(int, code);
    Log log;
    qint64 t = 0;
    for (const QString &step : setup.split(u',', Qt::SkipEmptyParts)) {
        if (step == u"start") {
            MODERATO_VERIFY_OK(log.at(t, core::EventType::ClockStarted));
        } else if (step == u"end") {
            MODERATO_VERIFY_OK(log.at(t, core::EventType::SessionEnded));
        } else if (step == u"late") {
            t = 5 * Min;
            MODERATO_VERIFY_OK(log.enter(t, Eva));
            t = 1 * Min; // the next event claims an earlier time
            continue;
        }
        t += Min;
    }
    const auto beforeStats = [&] {
        return std::tuple{int(log.state.runState()),
                          log.state.currentItemId(),
                          log.state.lastEventMs(),
                          log.state.agenda().plannedTotalMs(),
                          log.state.elapsedMs(log.index(Intro), 30 * Min)};
    };
    const auto before = beforeStats();
    const auto result = log.at(t, type, data);
    QVERIFY(!result.has_value());
    QCOMPARE(int(result.error().code), code);
    QVERIFY(beforeStats() == before);
}

void TestSessionState::rebalance_neverBelowOneMinute_andReportsWhatRemainsLate()
{
    Log log;
    MODERATO_VERIFY_OK(log.at(0, core::EventType::ClockStarted));
    // The introduction takes 65 minutes: 55 late, and the six block items can give 54 at most.
    const core::RebalancePlan plan = log.state.proposeRebalance(65 * Min);
    QCOMPARE(plan.overrunMs, 55 * Min);
    QCOMPARE(plan.changes.size(), 6);
    for (const auto &change : plan.changes) {
        QCOMPARE(change.toMs, core::Agenda::MinimumItemMs);
    }
    QCOMPARE(plan.unabsorbedMs, 1 * Min);
}

void TestSessionState::rebalance_protectsSummaryAndStartedItems()
{
    Log log;
    MODERATO_VERIFY_OK(log.at(0, core::EventType::ClockStarted));
    MODERATO_VERIFY_OK(log.enter(10 * Min, Eva));
    MODERATO_VERIFY_OK(log.enter(11 * Min, Audience1)); // Eva started, then the audience
    MODERATO_VERIFY_OK(log.enter(12 * Min, Eva));       // back to Eva, who runs long
    const core::RebalancePlan plan = log.state.proposeRebalance(26 * Min);
    QVERIFY(!plan.isEmpty());
    for (const auto &change : plan.changes) {
        QVERIFY2(change.itemId != Summary, "the summary keeps its time");
        QVERIFY2(change.itemId != Audience1, "an item already started is not shortened");
        QVERIFY2(change.itemId != Intro && change.itemId != Eva, "done and current items are not shortened");
    }
    QCOMPARE(plan.changes.size(), 4);
}

void TestSessionState::rebalance_emptyWhenOnTime()
{
    Log log;
    QVERIFY(log.state.proposeRebalance(0).isEmpty()); // not started
    MODERATO_VERIFY_OK(log.at(0, core::EventType::ClockStarted));
    QVERIFY(log.state.proposeRebalance(9 * Min).isEmpty());
    QCOMPARE(log.state.proposeRebalance(9 * Min).overrunMs, 0);
}

void TestSessionState::navigation_whilePaused_doesNotRunTheClock()
{
    Log log;
    MODERATO_VERIFY_OK(log.at(0, core::EventType::ClockStarted));
    MODERATO_VERIFY_OK(log.at(4 * Min, core::EventType::ClockPaused));
    MODERATO_VERIFY_OK(log.enter(6 * Min, Eva));
    QCOMPARE(log.state.elapsedMs(log.index(Intro), 10 * Min), 4 * Min);
    QCOMPARE(log.state.elapsedMs(log.index(Eva), 10 * Min), 0);
    QCOMPARE(log.state.firstStartedMs(log.index(Eva)), -1);
    MODERATO_VERIFY_OK(log.at(10 * Min, core::EventType::ClockResumed));
    QCOMPARE(log.state.elapsedMs(log.index(Eva), 11 * Min), 1 * Min);
    QCOMPARE(log.state.firstStartedMs(log.index(Eva)), 10 * Min);
}

void TestSessionState::extend_changesPlanAndProjection()
{
    Log log;
    MODERATO_VERIFY_OK(log.at(0, core::EventType::ClockStarted));
    MODERATO_VERIFY_OK(log.at(Min, core::EventType::AgendaExtended, {{u"item"_s, Intro}, {u"delta_ms"_s, 3.0 * Min}}));
    QCOMPARE(log.state.agenda().plannedMs(log.index(Intro)), 13 * Min);
    QCOMPARE(log.state.originalPlannedMs(log.index(Intro)), 10 * Min);
    QCOMPARE(log.state.offsetMs(Min), 3 * Min);
    MODERATO_VERIFY_OK(
        log.at(2 * Min, core::EventType::AgendaExtended, {{u"item"_s, Intro}, {u"delta_ms"_s, -5.0 * Min}}));
    QCOMPARE(log.state.offsetMs(2 * Min), -2 * Min);
}

void TestSessionState::logMustStartWithDefinition()
{
    core::SessionState state;
    core::Event event;
    event.type = core::EventType::ClockStarted;
    const auto result = state.apply(event);
    QVERIFY(!result.has_value());
    QCOMPARE(result.error().code, core::ErrorCode::Corrupt);
    QVERIFY(!state.isDefined());
}

QTEST_GUILESS_MAIN(TestSessionState)
#include "tst_sessionstate.moc"
