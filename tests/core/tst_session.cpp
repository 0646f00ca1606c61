// SPDX-License-Identifier: MIT
#include "core/io/proposalimporter.h"
#include "core/session/session.h"
#include "tests/support/fakeclock.h"
#include "tests/support/helpers.h"

#include <QDateTime>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {
constexpr qint64 Min = 60'000;
}

class TestSession : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void create_writesDefinitionFirst();
    void reopen_afterCleanClose_restoresRunningClock();
    void reopen_afterKill_restoresRunningClock();
    void reopen_pausedSession_staysPaused();
    void failedAction_changesNothing();
    void readOnlySession_refusesActionsAndKeepsState();
    void tick_emitsPhaseChangesOnce();
    void navigation_errorsAtTheEnds();
    void saveCopyAs_continuesIdentically();
    void declinedRebalance_holdsAfterReopen();

private:
    std::unique_ptr<core::Session> createDemo(const QString &path, const core::Clock &clock);
    QTemporaryDir m_dir;
};

void TestSession::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    QVERIFY(m_dir.isValid());
}

std::unique_ptr<core::Session> TestSession::createDemo(const QString &path, const core::Clock &clock)
{
    auto session = core::Session::create(path, core::ProposalImporter::demoWorkshop().value(), clock);
    if (!session) {
        qFatal("%s", qPrintable(tests::describe(session.error())));
    }
    return std::move(session).value();
}

void TestSession::create_writesDefinitionFirst()
{
    tests::FakeClock clock;
    auto session = createDemo(m_dir.filePath(u"create.moderato"_s), clock);
    QCOMPARE(session->events().size(), 1);
    QCOMPARE(session->events().constFirst().type, core::EventType::SessionDefined);
    QCOMPARE(session->state().definition().code, u"IGF 2019 WS #195"_s);
    // Creating over an existing file is refused and the file is kept.
    auto again =
        core::Session::create(m_dir.filePath(u"create.moderato"_s), core::SessionDefinition::blankWorkshop(), clock);
    QVERIFY(!again.has_value());
    QCOMPARE(again.error().code, core::ErrorCode::FileExists);
}

void TestSession::reopen_afterCleanClose_restoresRunningClock()
{
    const QString path = m_dir.filePath(u"restart.moderato"_s);
    tests::FakeClock first;
    {
        auto session = createDemo(path, first);
        MODERATO_VERIFY_OK(session->start());
        first.advance(10min);
        MODERATO_VERIFY_OK(session->next());
        first.advance(3min);
        MODERATO_VERIFY_OK(session->extendCurrent(Min));
    }
    // A new process: its monotonic clock starts again at zero; two minutes passed on the wall.
    tests::FakeClock second(first.wallMs());
    second.advanceWallOnly(2min);
    auto reopened = core::Session::open(path, second);
    MODERATO_VERIFY_OK(reopened);
    const core::Session &session = *reopened.value();
    QCOMPARE(session.state().runState(), core::RunState::Running);
    QCOMPARE(session.state().currentItemId(), 3);
    const int eva = session.state().currentIndex();
    QCOMPARE(session.state().elapsedMs(eva, session.now()), 5 * Min);
    QCOMPARE(session.state().agenda().plannedMs(eva), 11 * Min);
    second.advance(1min);
    QCOMPARE(session.state().elapsedMs(eva, session.now()), 6 * Min);
    QCOMPARE(session.state().sessionElapsedMs(session.now()), 16 * Min);
}

void TestSession::reopen_afterKill_restoresRunningClock()
{
    const QString path = m_dir.filePath(u"killed.moderato"_s);
    QProcess writer;
    writer.start(QStringLiteral(MODERATO_CRASHWRITER_PATH), {path});
    QVERIFY(writer.waitForFinished(30'000));
    QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

    core::SystemClock clock;
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    auto reopened = core::Session::open(path, clock);
    MODERATO_VERIFY_OK(reopened);
    const core::Session &session = *reopened.value();
    QCOMPARE(session.events().size(), 4); // defined, started, entered, extended: all committed before the kill
    QCOMPARE(session.state().runState(), core::RunState::Running);
    QCOMPARE(session.state().currentItemId(), 3);
    const int eva = session.state().currentIndex();
    QCOMPARE(session.state().agenda().plannedMs(eva), 12 * Min);
    // The writer's clock said Eva had spoken 3 minutes at the moment it died; it died a moment ago.
    const qint64 elapsed = session.state().elapsedMs(eva, session.now());
    const qint64 sinceDeath = QDateTime::currentMSecsSinceEpoch() - before + 30'000;
    QVERIFY2(elapsed >= 3 * Min && elapsed <= 3 * Min + sinceDeath, qPrintable(QString::number(elapsed)));
}

void TestSession::reopen_pausedSession_staysPaused()
{
    const QString path = m_dir.filePath(u"paused.moderato"_s);
    tests::FakeClock first;
    {
        auto session = createDemo(path, first);
        MODERATO_VERIFY_OK(session->start());
        first.advance(4min);
        MODERATO_VERIFY_OK(session->pause());
    }
    tests::FakeClock second(first.wallMs());
    second.advanceWallOnly(30min);
    auto reopened = core::Session::open(path, second);
    MODERATO_VERIFY_OK(reopened);
    const core::SessionState &state = reopened.value()->state();
    QCOMPARE(state.runState(), core::RunState::Paused);
    QCOMPARE(state.elapsedMs(state.currentIndex(), reopened.value()->now()), 4 * Min);
    QCOMPARE(state.pausedMs(reopened.value()->now()), 30 * Min);
}

void TestSession::failedAction_changesNothing()
{
    tests::FakeClock clock;
    auto session = createDemo(m_dir.filePath(u"failed.moderato"_s), clock);
    QSignalSpy changed(session.get(), &core::Session::stateChanged);
    const auto result = session->pause();
    QVERIFY(!result.has_value());
    QCOMPARE(result.error().code, core::ErrorCode::InvalidState);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(session->events().size(), 1);
    auto reopened = core::Session::open(session->filePath(), clock, core::SessionStore::Mode::ReadOnly);
    MODERATO_VERIFY_OK(reopened);
    QCOMPARE(reopened.value()->events().size(), 1);
}

void TestSession::readOnlySession_refusesActionsAndKeepsState()
{
    const QString path = m_dir.filePath(u"readonly.moderato"_s);
    tests::FakeClock clock;
    createDemo(path, clock).reset();
    auto session = core::Session::open(path, clock, core::SessionStore::Mode::ReadOnly);
    MODERATO_VERIFY_OK(session);
    const auto result = session.value()->start();
    QVERIFY(!result.has_value());
    QCOMPARE(result.error().code, core::ErrorCode::InvalidState); // refused before SQLite is asked
    QCOMPARE(session.value()->state().runState(), core::RunState::NotStarted);
    QCOMPARE(session.value()->events().size(), 1);
}

void TestSession::tick_emitsPhaseChangesOnce()
{
    tests::FakeClock clock;
    auto session = createDemo(m_dir.filePath(u"tick.moderato"_s), clock);
    QSignalSpy phases(session.get(), &core::Session::phaseChanged);
    MODERATO_VERIFY_OK(session->start());
    clock.advance(8min);
    session->tick();
    QCOMPARE(phases.count(), 0);
    clock.advance(1min + 1s);
    session->tick();
    session->tick();
    QCOMPARE(phases.count(), 1);
    QCOMPARE(phases.at(0).at(1).value<core::Phase>(), core::Phase::Warning);
    clock.advance(1min);
    session->tick();
    QCOMPARE(phases.count(), 2);
    QCOMPARE(phases.at(1).at(1).value<core::Phase>(), core::Phase::Overtime);
    // Adding time is an action, not time passing: no chime for the return to normal...
    MODERATO_VERIFY_OK(session->extendCurrent(5 * Min));
    session->tick();
    QCOMPARE(phases.count(), 2);
    // ...but reaching the new warning time is.
    clock.advance(4min);
    session->tick();
    QCOMPARE(phases.count(), 3);
}

void TestSession::navigation_errorsAtTheEnds()
{
    tests::FakeClock clock;
    auto session = createDemo(m_dir.filePath(u"ends.moderato"_s), clock);
    QCOMPARE(session->previous().error().code, core::ErrorCode::InvalidState);
    MODERATO_VERIFY_OK(session->gotoTopLevel(2));
    QCOMPARE(session->state().currentItemId(), 9);
    QCOMPARE(session->next().error().code, core::ErrorCode::InvalidState);
    QCOMPARE(session->gotoTopLevel(3).error().code, core::ErrorCode::InvalidArgument);
    MODERATO_VERIFY_OK(session->gotoTopLevel(1)); // a block: its first item
    QCOMPARE(session->state().currentItemId(), 3);
    MODERATO_VERIFY_OK(session->previous());
    QCOMPARE(session->state().currentItemId(), 1);
}

void TestSession::saveCopyAs_continuesIdentically()
{
    tests::FakeClock clock;
    auto session = createDemo(m_dir.filePath(u"original.moderato"_s), clock);
    MODERATO_VERIFY_OK(session->start());
    clock.advance(3min);
    MODERATO_VERIFY_OK(session->next());
    const QString copy = m_dir.filePath(u"copy.moderato"_s);
    MODERATO_VERIFY_OK(session->saveCopyAs(copy));
    auto reopened = core::Session::open(copy, clock);
    MODERATO_VERIFY_OK(reopened);
    QCOMPARE(reopened.value()->events().size(), session->events().size());
    QCOMPARE(reopened.value()->state().currentItemId(), session->state().currentItemId());
    QCOMPARE(reopened.value()->state().sessionElapsedMs(reopened.value()->now()),
             session->state().sessionElapsedMs(session->now()));
    // Saving onto the open file itself is refused.
    QCOMPARE(session->saveCopyAs(session->filePath()).error().code, core::ErrorCode::InvalidArgument);
}

void TestSession::declinedRebalance_holdsAfterReopen()
{
    const QString path = m_dir.filePath(u"declined.moderato"_s);
    tests::FakeClock first;
    qint64 declinedAt = 0;
    {
        auto session = createDemo(path, first);
        MODERATO_VERIFY_OK(session->start());
        first.advance(11min + 30s); // the 10-minute introduction overruns
        const core::RebalancePlan plan = session->state().proposeRebalance(session->now());
        QVERIFY(session->state().isRebalanceDue(plan));
        QCOMPARE(session->store().eventVocabulary(), 0);
        MODERATO_VERIFY_OK(session->declineRebalance(plan.overrunMs));
        declinedAt = plan.overrunMs;
        QVERIFY(!session->state().isRebalanceDue(session->state().proposeRebalance(session->now())));
        // Declining is the first event of vocabulary 2: the file records it.
        QCOMPARE(session->store().eventVocabulary(), 2);
    }
    tests::FakeClock second(first.wallMs());
    auto reopened = core::Session::open(path, second);
    MODERATO_VERIFY_OK(reopened);
    const core::Session &session = *reopened.value();
    QCOMPARE(session.state().declinedOverrunMs(), declinedAt);
    QVERIFY(!session.state().isRebalanceDue(session.state().proposeRebalance(session.now())));
    second.advance(59s);
    QVERIFY(!session.state().isRebalanceDue(session.state().proposeRebalance(session.now())));
    second.advance(2s);
    QVERIFY(session.state().isRebalanceDue(session.state().proposeRebalance(session.now())));
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
