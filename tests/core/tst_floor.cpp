// SPDX-License-Identifier: MIT
#include "core/io/proposalimporter.h"
#include "core/session/session.h"
#include "tests/support/fakeclock.h"
#include "tests/support/helpers.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {
constexpr qint64 Min = 60'000;
}

class TestFloor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void definition_becomesParticipants();
    void walkIn_needsOnlyAName();
    void giveFloor_limitsAndOneHolder();
    void turnTime_excludesPauses();
    void endTurn_withoutHolder_fails();
    void queuePolicies_data();
    void queuePolicies();
    void queue_requestsWithdrawReorderAndNext();
    void chair_stateMachine();
    void chair_invalidTransitions_data();
    void chair_invalidTransitions();
    void chair_remoteClaimThroughTheOnlineModerator();
    void chairMoment_afterEachPresentation();
    void rotation_offersTheNextSpeaker();
    void turnPhase_warnsAndFlags();
    void floor_survivesARestart();
    void turnLimits_areConfigurable();

private:
    std::unique_ptr<core::Session> demo();
    int add(const QString &name, core::Channel channel = core::Channel::Onsite, const QString &group = {});

    QTemporaryDir m_dir;
    int m_files = 0;
    tests::FakeClock m_clock;
    std::unique_ptr<core::Session> m_session;
};

void TestFloor::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_clock = tests::FakeClock();
    m_session = demo();
    QVERIFY(m_session);
}

std::unique_ptr<core::Session> TestFloor::demo()
{
    auto session = core::Session::create(
        m_dir.filePath(u"f%1.moderato"_s.arg(++m_files)), core::ProposalImporter::demoWorkshop().value(), m_clock);
    return session ? std::move(session).value() : nullptr;
}

int TestFloor::add(const QString &name, core::Channel channel, const QString &group)
{
    core::Participant p;
    p.name = name;
    p.channel = channel;
    p.stakeholderGroup = group;
    auto id = m_session->addParticipant(p);
    return id ? id.value() : -1;
}

void TestFloor::definition_becomesParticipants()
{
    const core::FloorState &floor = m_session->state().floor();
    QCOMPARE(floor.participants().size(), 4); // three speakers, Daniel Brinkwerth once with three roles
    const core::Participant *daniel = floor.participantByName(u"daniel brinkwerth"_s);
    QVERIFY(daniel);
    QVERIFY(daniel->hasRole(core::Role::Moderator));
    QVERIFY(daniel->hasRole(core::Role::OnlineModerator));
    QVERIFY(daniel->hasRole(core::Role::Rapporteur));
    const core::Participant *paula = floor.participantByName(u"Paula Iwaniuk"_s);
    QCOMPARE(paula->stakeholderGroup, u"Private Sector"_s);
    QCOMPARE(paula->region, u"Eastern European Group"_s);
    QCOMPARE(paula->organization, u"Charter of Trust (GPLUS)"_s); // she is also an organizer
    QVERIFY(floor.participantByName(u"Eva Schulz-Kamm"_s)->organization.isEmpty());
    QCOMPARE(floor.rotation(), (QList<int>{1, 2, 3}));
}

void TestFloor::walkIn_needsOnlyAName()
{
    const int id = add(u"  Amina   Diallo "_s, core::Channel::Online);
    QVERIFY(id > 0);
    const core::Participant *amina = m_session->state().floor().participant(id);
    QCOMPARE(amina->name, u"Amina Diallo"_s);
    QVERIFY(amina->isRemote());
    QVERIFY(amina->hasRole(core::Role::Audience));
    // Details later.
    core::Participant more = *amina;
    more.stakeholderGroup = u"Civil Society"_s;
    more.gender = u"woman"_s;
    MODERATO_VERIFY_OK(m_session->updateParticipant(more));
    QCOMPARE(m_session->state().floor().participant(id)->gender, u"woman"_s);
    // The same name twice is refused, whatever the case.
    QCOMPARE(add(u"AMINA DIALLO"_s), -1);
    auto found = m_session->findOrAddParticipant(u"amina diallo"_s);
    MODERATO_VERIFY_OK(found);
    QCOMPARE(found.value(), id);
}

void TestFloor::giveFloor_limitsAndOneHolder()
{
    MODERATO_VERIFY_OK(m_session->start());
    MODERATO_VERIFY_OK(m_session->next()); // Eva's slot: 10 minutes
    MODERATO_VERIFY_OK(m_session->giveFloor(1));
    const core::FloorState &floor = m_session->state().floor();
    QCOMPARE(floor.currentTurn()->limitMs, 10 * Min);
    QCOMPARE(floor.currentTurn()->kind, core::TurnKind::Speaker);
    m_clock.advance(8min);
    const int jean = add(u"Jean Dupont"_s);
    MODERATO_VERIFY_OK(m_session->giveFloor(jean)); // ends Eva's turn
    QCOMPARE(floor.turns().size(), 2);
    QVERIFY(!floor.turns().at(0).isOpen());
    QCOMPARE(floor.turns().at(0).accumulatedMs, 8 * Min);
    QCOMPARE(floor.currentTurn()->participantId, jean);
    QCOMPARE(floor.currentTurn()->kind, core::TurnKind::Audience);
    QCOMPARE(floor.currentTurn()->limitMs, 2 * Min);
    QCOMPARE(m_session->giveFloor(99).error().code, core::ErrorCode::InvalidArgument);
}

void TestFloor::turnTime_excludesPauses()
{
    MODERATO_VERIFY_OK(m_session->start());
    const int jean = add(u"Jean Dupont"_s);
    MODERATO_VERIFY_OK(m_session->giveFloor(jean));
    m_clock.advance(1min);
    MODERATO_VERIFY_OK(m_session->pause());
    m_clock.advance(5min);
    const core::FloorState &floor = m_session->state().floor();
    QCOMPARE(floor.currentTurn()->elapsedMs(m_session->now()), 1 * Min);
    MODERATO_VERIFY_OK(m_session->resume());
    m_clock.advance(30s);
    QCOMPARE(floor.speakingMs(jean, m_session->now()), 90'000);
    MODERATO_VERIFY_OK(m_session->end());
    m_clock.advance(10min);
    QCOMPARE(floor.speakingMs(jean, m_session->now()), 90'000);
    QVERIFY(!floor.currentTurn());
}

void TestFloor::endTurn_withoutHolder_fails()
{
    QCOMPARE(m_session->endTurn().error().code, core::ErrorCode::InvalidState);
}

void TestFloor::queuePolicies_data()
{
    QTest::addColumn<int>("policy");
    QTest::addColumn<QStringList>("expected");
    // Requests in this order: A (onsite, Government, spoke 3 min), B (online, Civil Society, new),
    // C (onsite, Civil Society, new), D (online, Government, spoke 1 min). The last turn was D's (online).
    QTest::newRow("in order of request") << int(core::QueuePolicy::RequestOrder)
                                         << QStringList{u"A"_s, u"B"_s, u"C"_s, u"D"_s};
    QTest::newRow("first-time first") << int(core::QueuePolicy::FirstTimeFirst)
                                      << QStringList{u"B"_s, u"C"_s, u"A"_s, u"D"_s};
    QTest::newRow("alternate, onsite after online")
        << int(core::QueuePolicy::AlternateChannels) << QStringList{u"A"_s, u"B"_s, u"C"_s, u"D"_s};
    QTest::newRow("least spoken groups") << int(core::QueuePolicy::LeastSpokenGroups)
                                         << QStringList{u"B"_s, u"C"_s, u"A"_s, u"D"_s};
}

void TestFloor::queuePolicies()
{
    QFETCH(int, policy);
    QFETCH(QStringList, expected);
    MODERATO_VERIFY_OK(m_session->start());
    const int a = add(u"A"_s, core::Channel::Onsite, u"Government"_s);
    const int b = add(u"B"_s, core::Channel::Online, u"Civil Society"_s);
    const int c = add(u"C"_s, core::Channel::Onsite, u"Civil Society"_s);
    const int d = add(u"D"_s, core::Channel::Online, u"Government"_s);
    MODERATO_VERIFY_OK(m_session->giveFloor(a));
    m_clock.advance(3min);
    MODERATO_VERIFY_OK(m_session->giveFloor(d));
    m_clock.advance(1min);
    MODERATO_VERIFY_OK(m_session->endTurn());
    for (int id : {a, b, c, d}) {
        MODERATO_VERIFY_OK(m_session->requestToSpeak(id));
    }
    MODERATO_VERIFY_OK(m_session->setQueuePolicy(core::QueuePolicy(policy)));
    QStringList order;
    for (const auto &request : m_session->state().floor().orderedQueue(m_session->now())) {
        order.append(m_session->state().floor().participant(request.participantId)->name);
    }
    QCOMPARE(order, expected);
}

void TestFloor::queue_requestsWithdrawReorderAndNext()
{
    MODERATO_VERIFY_OK(m_session->start());
    const int a = add(u"A"_s);
    const int b = add(u"B"_s, core::Channel::Online);
    const int c = add(u"C"_s);
    for (int id : {a, b, c}) {
        MODERATO_VERIFY_OK(m_session->requestToSpeak(id));
    }
    QCOMPARE(m_session->requestToSpeak(b).error().code, core::ErrorCode::InvalidState); // already waiting
    const core::FloorState &floor = m_session->state().floor();
    MODERATO_VERIFY_OK(m_session->withdrawRequest(floor.requests().at(1).id)); // B leaves
    QCOMPARE(m_session->withdrawRequest(42).error().code, core::ErrorCode::InvalidArgument);
    MODERATO_VERIFY_OK(m_session->setQueuePolicy(core::QueuePolicy::FirstTimeFirst));
    MODERATO_VERIFY_OK(m_session->reorderQueue({floor.requests().at(1).id, floor.requests().at(0).id})); // C before A
    QCOMPARE(floor.policy(), core::QueuePolicy::RequestOrder); // the moderator's own order wins
    QCOMPARE(m_session->reorderQueue({1}).error().code, core::ErrorCode::InvalidArgument);
    MODERATO_VERIFY_OK(m_session->giveFloorFromQueue());
    QCOMPARE(floor.currentTurn()->participantId, c);
    QCOMPARE(floor.requests().size(), 1);
    MODERATO_VERIFY_OK(m_session->giveFloorFromQueue());
    QCOMPARE(floor.currentTurn()->participantId, a);
    QCOMPARE(m_session->giveFloorFromQueue().error().code, core::ErrorCode::InvalidState);
}

void TestFloor::chair_stateMachine()
{
    MODERATO_VERIFY_OK(m_session->start());
    const core::FloorState &floor = m_session->state().floor();
    QCOMPARE(floor.chairState(), core::ChairState::Closed);
    MODERATO_VERIFY_OK(m_session->openChair());
    QCOMPARE(floor.chairState(), core::ChairState::Open);
    const int marta = add(u"Marta Ruiz"_s, core::Channel::Onsite, u"Civil Society"_s);
    MODERATO_VERIFY_OK(m_session->takeChair(marta));
    QCOMPARE(floor.chairState(), core::ChairState::Taken);
    QCOMPARE(floor.currentTurn()->kind, core::TurnKind::Chair);
    QCOMPARE(floor.currentTurn()->limitMs, 3 * Min);
    m_clock.advance(2min);
    MODERATO_VERIFY_OK(m_session->replyFromChair(1)); // Eva replies
    QCOMPARE(floor.chairState(), core::ChairState::Reply);
    QCOMPARE(floor.currentTurn()->kind, core::TurnKind::Reply);
    m_clock.advance(1min);
    MODERATO_VERIFY_OK(m_session->closeChair());
    QCOMPARE(floor.chairState(), core::ChairState::Closed);
    QVERIFY(!floor.currentTurn());
    QCOMPARE(floor.speakingMs(marta, m_session->now()), 2 * Min);
    QCOMPARE(floor.speakingMs(1, m_session->now()), 1 * Min);
    QCOMPARE(floor.chairOpenings(), 1);
}

void TestFloor::chair_invalidTransitions_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("code");
    const int state = int(core::ErrorCode::InvalidState);
    QTest::newRow("take a closed chair") << u""_s << u"take"_s << state;
    QTest::newRow("open twice") << u"open"_s << u"open"_s << state;
    QTest::newRow("close a closed chair") << u""_s << u"close"_s << state;
    QTest::newRow("reply with nobody in it") << u"open"_s << u"reply"_s << state;
    QTest::newRow("take a taken chair") << u"open,take"_s << u"take2"_s << state;
    QTest::newRow("an audience member replies")
        << u"open,take"_s << u"replyAudience"_s << int(core::ErrorCode::InvalidArgument);
    QTest::newRow("claim for someone in the room")
        << u""_s << u"claimOnsite"_s << int(core::ErrorCode::InvalidArgument);
    QTest::newRow("decline without a claim") << u""_s << u"decline"_s << state;
}

void TestFloor::chair_invalidTransitions()
{
    QFETCH(QString, setup);
    QFETCH(QString, action);
    QFETCH(int, code);
    MODERATO_VERIFY_OK(m_session->start());
    const int marta = add(u"Marta Ruiz"_s);
    const int li = add(u"Li Wei"_s);
    for (const QString &step : setup.split(u',', Qt::SkipEmptyParts)) {
        MODERATO_VERIFY_OK(step == u"open" ? m_session->openChair() : m_session->takeChair(marta));
    }
    const auto events = m_session->events().size();
    core::Result<void> result;
    if (action == u"take") {
        result = m_session->takeChair(marta);
    } else if (action == u"take2") {
        result = m_session->takeChair(li);
    } else if (action == u"open") {
        result = m_session->openChair();
    } else if (action == u"close") {
        result = m_session->closeChair();
    } else if (action == u"reply") {
        result = m_session->replyFromChair(1);
    } else if (action == u"replyAudience") {
        result = m_session->replyFromChair(li);
    } else if (action == u"claimOnsite") {
        result = m_session->claimChair(li);
    } else if (action == u"decline") {
        result = m_session->declineChairClaim();
    }
    QVERIFY(!result.has_value());
    QCOMPARE(int(result.error().code), code);
    QCOMPARE(m_session->events().size(), events);
}

void TestFloor::chair_remoteClaimThroughTheOnlineModerator()
{
    MODERATO_VERIFY_OK(m_session->start());
    const int kofi = add(u"Kofi Mensah"_s, core::Channel::Online, u"Private Sector"_s);
    const int aisha = add(u"Aisha Khan"_s, core::Channel::Online);
    const core::FloorState &floor = m_session->state().floor();
    MODERATO_VERIFY_OK(m_session->claimChair(kofi)); // with the chair closed: any moment
    QCOMPARE(floor.pendingClaim(), kofi);
    QCOMPARE(m_session->claimChair(aisha).error().code, core::ErrorCode::InvalidState); // one claim at a time
    QCOMPARE(m_session->takeChair(aisha).error().code, core::ErrorCode::InvalidState);  // not hers
    MODERATO_VERIFY_OK(m_session->takeChair(kofi));                                     // the moderator accepts
    QCOMPARE(floor.pendingClaim(), 0);
    QCOMPARE(floor.chairState(), core::ChairState::Taken);
    QCOMPARE(floor.chairOpenings(), 1);
    QVERIFY(floor.currentTurn()->viaOnlineModerator);
    QCOMPARE(floor.currentTurn()->channel, core::Channel::Online);
    m_clock.advance(2min);
    MODERATO_VERIFY_OK(m_session->closeChair());
    QCOMPARE(floor.speakingMs(kofi, m_session->now()), 2 * Min);
    // A declined claim leaves the chair as it was.
    MODERATO_VERIFY_OK(m_session->claimChair(aisha));
    MODERATO_VERIFY_OK(m_session->declineChairClaim());
    QCOMPARE(floor.pendingClaim(), 0);
    QCOMPARE(floor.chairState(), core::ChairState::Closed);
}

void TestFloor::chairMoment_afterEachPresentation()
{
    MODERATO_VERIFY_OK(m_session->start());
    QVERIFY(!m_session->state().isChairMoment()); // the introduction
    MODERATO_VERIFY_OK(m_session->next());
    QVERIFY(!m_session->state().isChairMoment()); // Eva presents
    MODERATO_VERIFY_OK(m_session->next());
    QVERIFY(m_session->state().isChairMoment()); // the audience input after her
    MODERATO_VERIFY_OK(m_session->openChair());
    QVERIFY(!m_session->state().isChairMoment());
    MODERATO_VERIFY_OK(m_session->closeChair());
    QVERIFY2(!m_session->state().isChairMoment(), "opened once in this item: no second prompt");
    MODERATO_VERIFY_OK(m_session->next());
    MODERATO_VERIFY_OK(m_session->next());
    QVERIFY(m_session->state().isChairMoment()); // after Paula
}

void TestFloor::rotation_offersTheNextSpeaker()
{
    MODERATO_VERIFY_OK(m_session->start());
    QCOMPARE(m_session->state().offeredSpeaker(), 0); // the introduction
    MODERATO_VERIFY_OK(m_session->next());
    QCOMPARE(m_session->state().offeredSpeaker(), 1); // Eva
    MODERATO_VERIFY_OK(m_session->giveFloor(1));
    QCOMPARE(m_session->state().offeredSpeaker(), 0); // she has it
    // Sergio speaks second, Paula is skipped, then brought back last.
    MODERATO_VERIFY_OK(m_session->setRotation({1, 3, 2}, {2}));
    MODERATO_VERIFY_OK(m_session->next());
    MODERATO_VERIFY_OK(m_session->next());
    QCOMPARE(m_session->state().offeredSpeaker(), 3);
    const core::Agenda &agenda = m_session->state().agenda();
    QCOMPARE(m_session->state().assignedSpeaker(agenda.indexOf(7)), 0); // third slot: nobody left
    MODERATO_VERIFY_OK(m_session->setRotation({1, 3, 2}, {}));
    QCOMPARE(m_session->state().assignedSpeaker(agenda.indexOf(7)), 2);
    QCOMPARE(m_session->setRotation({1, 2}, {}).error().code, core::ErrorCode::InvalidArgument);
    QCOMPARE(m_session->setRotation({1, 2, 3}, {4}).error().code, core::ErrorCode::InvalidArgument);
}

void TestFloor::turnPhase_warnsAndFlags()
{
    QSignalSpy phases(m_session.get(), &core::Session::turnPhaseChanged);
    MODERATO_VERIFY_OK(m_session->start());
    MODERATO_VERIFY_OK(m_session->giveFloor(add(u"Jean Dupont"_s)));
    m_clock.advance(89s);
    m_session->tick();
    QCOMPARE(m_session->state().turnPhase(m_session->now()), core::Phase::Normal);
    m_clock.advance(2s);
    m_session->tick();
    QCOMPARE(m_session->state().turnPhase(m_session->now()), core::Phase::Warning);
    m_clock.advance(30s);
    m_session->tick();
    QCOMPARE(m_session->state().turnPhase(m_session->now()), core::Phase::Overtime);
    QCOMPARE(phases.count(), 2);
    MODERATO_VERIFY_OK(m_session->endTurn());
    QCOMPARE(m_session->state().turnPhase(m_session->now()), core::Phase::Normal);
}

void TestFloor::floor_survivesARestart()
{
    MODERATO_VERIFY_OK(m_session->start());
    const int amina = add(u"Amina Diallo"_s, core::Channel::Online);
    MODERATO_VERIFY_OK(m_session->requestToSpeak(add(u"Li Wei"_s)));
    MODERATO_VERIFY_OK(m_session->openChair());
    MODERATO_VERIFY_OK(m_session->takeChair(amina));
    m_clock.advance(1min);
    const QString path = m_session->filePath();
    m_session.reset();
    tests::FakeClock later(m_clock.wallMs());
    later.advanceWallOnly(30s);
    auto reopened = core::Session::open(path, later);
    MODERATO_VERIFY_OK(reopened);
    const core::FloorState &floor = reopened.value()->state().floor();
    QCOMPARE(floor.chairState(), core::ChairState::Taken);
    QCOMPARE(floor.currentTurn()->participantId, amina);
    QCOMPARE(floor.currentTurn()->elapsedMs(reopened.value()->now()), 90'000);
    QCOMPARE(floor.requests().size(), 1);
    QCOMPARE(floor.participants().size(), 6);
}

void TestFloor::turnLimits_areConfigurable()
{
    MODERATO_VERIFY_OK(m_session->setTurnLimits(90'000, 4 * Min));
    MODERATO_VERIFY_OK(m_session->start());
    MODERATO_VERIFY_OK(m_session->giveFloor(add(u"Jean Dupont"_s)));
    QCOMPARE(m_session->state().floor().currentTurn()->limitMs, 90'000);
    MODERATO_VERIFY_OK(m_session->openChair());
    MODERATO_VERIFY_OK(m_session->takeChair(add(u"Marta Ruiz"_s)));
    QCOMPARE(m_session->state().floor().currentTurn()->limitMs, 4 * Min);
    QCOMPARE(m_session->setTurnLimits(1000, 4 * Min).error().code, core::ErrorCode::InvalidArgument);
}

QTEST_GUILESS_MAIN(TestFloor)
#include "tst_floor.moc"
