// SPDX-License-Identifier: MIT
#include "core/floor/personentry.h"
#include "core/io/eventlog.h"
#include "core/io/proposalimporter.h"
#include "core/session/floorbalance.h"
#include "core/session/preparationchecks.h"
#include "core/session/session.h"
#include "core/session/sessionstats.h"
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
    void moderatorTurns_runOnTheItemsTime();
    void moderatorTurns_standApartInTheBalance();
    void moderatorTurns_inAnOlderFile();
    void speakerAnsweringTheAudience_isAReply();
    void personEntry_readsOneLine_data();
    void personEntry_readsOneLine();
    void personEntry_refusesWhatItCannotRead();
    void walkInFromOneLine_countsInTheBalance();
    void preparation_warnsOfOnePersonInTwoTeamRoles();

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

namespace {

/// The index of the first agenda leaf of a kind in the demo workshop.
int leafOfKind(const core::Agenda &agenda, core::ItemKind kind)
{
    for (int index : agenda.leafIndexes()) {
        if (agenda.item(index).kind == kind) {
            return index;
        }
    }
    return -1;
}

const core::BalanceRow *row(const core::FloorBalance &balance, core::FloorBalance::Dimension d, const QString &key)
{
    for (const core::BalanceRow &r : balance.rows[d]) {
        if (r.key == key) {
            return &r;
        }
    }
    return nullptr;
}

} // namespace

void TestFloor::moderatorTurns_runOnTheItemsTime()
{
    const core::SessionState &state = m_session->state();
    const int daniel = state.floor().participantByName(u"Daniel Brinkwerth"_s)->id; // onsite and online moderator
    MODERATO_VERIFY_OK(m_session->start());
    m_clock.advance(1min);
    // The introduction: the moderator speaks on the item's remaining time, not the audience's two minutes.
    const qint64 introRemaining = state.remainingMs(state.currentIndex(), m_session->now());
    QVERIFY(introRemaining > 2 * Min);
    MODERATO_VERIFY_OK(m_session->giveFloor(daniel));
    QCOMPARE(state.floor().currentTurn()->kind, core::TurnKind::Moderation);
    QCOMPARE(state.floor().currentTurn()->limitMs, introRemaining);
    m_clock.advance(3min);
    m_session->tick();
    QCOMPARE(state.turnPhase(m_session->now()), core::Phase::Normal);

    // The summary: still not red after two minutes, and its countdown is the item's.
    const int summary = leafOfKind(state.agenda(), core::ItemKind::Summary);
    QVERIFY(summary >= 0);
    MODERATO_VERIFY_OK(m_session->enterItem(state.agenda().item(summary).id));
    MODERATO_VERIFY_OK(m_session->giveFloor(daniel));
    const core::Turn *turn = state.floor().currentTurn();
    QCOMPARE(turn->kind, core::TurnKind::Moderation);
    QCOMPARE(turn->limitMs, state.agenda().plannedMs(summary));
    m_clock.advance(2min + 30s);
    m_session->tick();
    QCOMPARE(state.turnPhase(m_session->now()), core::Phase::Normal);
    QCOMPARE(turn->limitMs - turn->elapsedMs(m_session->now()), state.remainingMs(summary, m_session->now()));
    // Overtime comes with the item's.
    m_clock.advance(std::chrono::milliseconds(state.remainingMs(summary, m_session->now()) + 1000));
    m_session->tick();
    QCOMPARE(state.turnPhase(m_session->now()), core::Phase::Overtime);
    QCOMPARE(state.phase(summary, m_session->now()), core::Phase::Overtime);

    // An audience member still gets the audience limit.
    MODERATO_VERIFY_OK(m_session->giveFloor(add(u"Jean Dupont"_s)));
    QCOMPARE(state.floor().currentTurn()->kind, core::TurnKind::Audience);
    QCOMPARE(state.floor().currentTurn()->limitMs, 2 * Min);
}

void TestFloor::moderatorTurns_standApartInTheBalance()
{
    const core::SessionState &state = m_session->state();
    const int daniel = state.floor().participantByName(u"Daniel Brinkwerth"_s)->id;
    QCOMPARE(state.floor().participant(daniel)->stakeholderGroup, u"Private Sector"_s);
    MODERATO_VERIFY_OK(m_session->start());
    MODERATO_VERIFY_OK(m_session->giveFloor(daniel));
    m_clock.advance(5min);
    const int jean = add(u"Jean Dupont"_s, core::Channel::Onsite, u"Government"_s);
    MODERATO_VERIFY_OK(m_session->requestToSpeak(jean));
    MODERATO_VERIFY_OK(m_session->giveFloorFromQueue());
    m_clock.advance(1min);
    MODERATO_VERIFY_OK(m_session->giveFloor(daniel));
    m_clock.advance(2min);
    MODERATO_VERIFY_OK(m_session->endTurn());

    const auto balance = core::FloorBalance::compute(state, m_session->now());
    QCOMPARE(balance.moderationMs, 7 * Min);
    QCOMPARE(balance.moderationTurns, 2);
    QCOMPARE(balance.totalMs, 1 * Min);
    QCOMPARE(balance.totalTurns, 1);
    for (int d = 0; d < core::FloorBalance::DimensionCount; ++d) {
        QCOMPARE(balance.rows[d].size(), 1); // Jean's minute only, in every breakdown
        QCOMPARE(balance.rows[d].constFirst().ms, 1 * Min);
    }
    QVERIFY(!row(balance, core::FloorBalance::StakeholderGroup, u"Private Sector"_s));
    QCOMPARE(row(balance, core::FloorBalance::StakeholderGroup, u"Government"_s)->ms, 1 * Min);
    const QJsonObject floor = core::SessionStats::floorJson(state, m_session->now());
    QCOMPARE(floor.value(u"moderation_s").toDouble(), 420.0);
    QCOMPARE(floor.value(u"speaking_s").toDouble(), 60.0);
    QVERIFY(!floor.value(u"by_stakeholder_group").toObject().contains(u"Private Sector"));

    // "Groups that spoke least first" does not hold the moderator's time against their group.
    const int paulaGroupMate = add(u"Pia Berg"_s, core::Channel::Onsite, u"Private Sector"_s);
    const int govMate = add(u"Gil Roy"_s, core::Channel::Onsite, u"Government"_s);
    MODERATO_VERIFY_OK(m_session->requestToSpeak(govMate));
    MODERATO_VERIFY_OK(m_session->requestToSpeak(paulaGroupMate));
    MODERATO_VERIFY_OK(m_session->setQueuePolicy(core::QueuePolicy::LeastSpokenGroups));
    QCOMPARE(state.floor().orderedQueue(m_session->now()).constFirst().participantId, paulaGroupMate);
}

void TestFloor::moderatorTurns_inAnOlderFile()
{
    // Files written before moderation turns existed gave the moderator the audience limit; the fold
    // derives the kind from the roles, so the file reads with the corrected limit and figures.
    const core::SessionState &state = m_session->state();
    const int daniel = state.floor().participantByName(u"Daniel Brinkwerth"_s)->id;
    MODERATO_VERIFY_OK(m_session->start());
    MODERATO_VERIFY_OK(m_session->giveFloor(daniel));
    m_clock.advance(4min);
    MODERATO_VERIFY_OK(m_session->endTurn());
    QList<core::Event> events = m_session->events();
    bool rewritten = false;
    for (core::Event &event : events) {
        if (event.type == core::EventType::FloorGiven) {
            QCOMPARE(event.data.value(u"kind").toString(), u"audience"_s); // the vocabulary is unchanged
            event.data.insert(u"limit_ms"_s, 2 * Min);
            rewritten = true;
        }
    }
    QVERIFY(rewritten);
    const QString path = m_dir.filePath(u"older.moderato"_s);
    MODERATO_VERIFY_OK(core::EventLog::writeSession(path, events));
    auto opened = core::Session::open(path, m_clock);
    MODERATO_VERIFY_OK(opened);
    const core::SessionState &older = opened.value()->state();
    const core::Turn &turn = older.floor().turns().constFirst();
    QCOMPARE(turn.kind, core::TurnKind::Moderation);
    QCOMPARE(turn.limitMs, older.agenda().plannedMs(older.currentIndex()));
    const auto balance = core::FloorBalance::compute(older, opened.value()->now());
    QCOMPARE(balance.moderationMs, 4 * Min);
    QCOMPARE(balance.totalMs, 0);
}

void TestFloor::speakerAnsweringTheAudience_isAReply()
{
    const core::SessionState &state = m_session->state();
    MODERATO_VERIFY_OK(m_session->start());
    MODERATO_VERIFY_OK(m_session->next()); // Eva presents
    MODERATO_VERIFY_OK(m_session->giveFloor(1));
    QCOMPARE(state.floor().currentTurn()->kind, core::TurnKind::Speaker);
    m_clock.advance(6min);
    MODERATO_VERIFY_OK(m_session->next()); // the audience input after her
    QCOMPARE(state.agenda().item(state.currentIndex()).kind, core::ItemKind::AudienceInput);
    const int jean = add(u"Jean Dupont"_s);
    MODERATO_VERIFY_OK(m_session->giveFloor(jean));
    m_clock.advance(1min);
    const int paula = state.floor().participantByName(u"Paula Iwaniuk"_s)->id;
    MODERATO_VERIFY_OK(m_session->giveFloor(paula)); // Paula answers Jean
    const core::Turn *reply = state.floor().currentTurn();
    QCOMPARE(reply->kind, core::TurnKind::Reply);
    QCOMPARE(reply->limitMs, 2 * Min);
    QVERIFY(!reply->atChair);
    m_clock.advance(1min);
    // The empty chair opening and closing does not end her reply: it was not to the chair.
    MODERATO_VERIFY_OK(m_session->openChair());
    MODERATO_VERIFY_OK(m_session->closeChair());
    QVERIFY(state.floor().currentTurn());
    MODERATO_VERIFY_OK(m_session->endTurn());

    const auto balance = core::FloorBalance::compute(state, m_session->now());
    QCOMPARE(row(balance, core::FloorBalance::RoleGroup, u"invited_speakers"_s)->ms, 6 * Min);
    QCOMPARE(row(balance, core::FloorBalance::RoleGroup, u"replies"_s)->ms, 1 * Min);
    QCOMPARE(row(balance, core::FloorBalance::RoleGroup, u"audience"_s)->ms, 1 * Min);
    // Her next presentation is hers again: the offer is not taken by the reply.
    MODERATO_VERIFY_OK(m_session->next());
    QCOMPARE(state.offeredSpeaker(), paula);
}

void TestFloor::personEntry_readsOneLine_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("expected"); // name, organisation, group, region, gender, channel, hub
    QTest::newRow("all, commas")
        << u"Ana Pérez, civil society, GRULAC, woman, online"_s
        << QStringList{u"Ana Pérez"_s, {}, u"Civil Society"_s, u"GRULAC"_s, u"woman"_s, u"online"_s, {}};
    QTest::newRow("slashes, any order, any case")
        << u"  Li   Wei / ISOC / TECHNICAL / asia-pacific / Man / room"_s
        << QStringList{
               u"Li Wei"_s, u"ISOC"_s, u"Technical Community"_s, u"Asia-Pacific Group"_s, u"man"_s, u"onsite"_s, {}};
    QTest::newRow("short forms")
        << u"Kofi, Africa, government, hub Accra"_s
        << QStringList{u"Kofi"_s, {}, u"Government"_s, u"African Group"_s, {}, u"hub:Accra"_s, u"Accra"_s};
    QTest::newRow("EEG and WEOG") << u"Olga, EEG, business"_s
                                  << QStringList{
                                         u"Olga"_s, {}, u"Private Sector"_s, u"Eastern European Group"_s, {}, {}, {}};
    QTest::newRow("unknown parts are the organisation")
        << u"Sam Lee, University of Ghana, WEOG, non-binary, Internet Society"_s
        << QStringList{
               u"Sam Lee"_s, u"University of Ghana, Internet Society"_s, {}, u"WEOG"_s, u"non-binary"_s, {}, {}};
    QTest::newRow("a second group is their own words")
        << u"Ali, civil society, government"_s
        << QStringList{u"Ali"_s, u"government"_s, u"Civil Society"_s, {}, {}, {}, {}};
    QTest::newRow("a name alone") << u"Marta Ruiz"_s << QStringList{u"Marta Ruiz"_s, {}, {}, {}, {}, {}, {}};
    QTest::newRow("a slash inside a name or organisation stays")
        << u"Kofi <b>Mensah</b>, ISOC/ITU, civil society/GRULAC"_s
        << QStringList{u"Kofi <b>Mensah</b>"_s, u"ISOC/ITU"_s, u"Civil Society"_s, u"GRULAC"_s, {}, {}, {}};
    QTest::newRow("the first part is always the name")
        << u"Online, remote"_s << QStringList{u"Online"_s, {}, {}, {}, {}, u"online"_s, {}};
    QTest::newRow("IGO as group, then as region")
        << u"Ines, IGO, IGO"_s
        << QStringList{
               u"Ines"_s, {}, u"Intergovernmental Organization"_s, u"Intergovernmental Organization"_s, {}, {}, {}};
}

void TestFloor::personEntry_readsOneLine()
{
    QFETCH(QString, line);
    QFETCH(QStringList, expected);
    auto parsed = core::PersonEntryParser::parse(line);
    MODERATO_VERIFY_OK(parsed);
    const core::PersonEntry &entry = parsed.value();
    QString channel;
    if (entry.channel) {
        core::Participant p;
        p.channel = *entry.channel;
        p.hub = entry.hub;
        channel = p.channelKey();
    }
    const QStringList actual{
        entry.name, entry.organization, entry.stakeholderGroup, entry.region, entry.gender, channel, entry.hub};
    QCOMPARE(actual, expected);
}

void TestFloor::personEntry_refusesWhatItCannotRead()
{
    for (const QString &line : {u""_s, u"  "_s, u", civil society"_s, u"/ WEOG"_s, u"Ana, hub"_s}) {
        auto parsed = core::PersonEntryParser::parse(line);
        QVERIFY2(!parsed, qPrintable(line));
        QCOMPARE(parsed.error().code, core::ErrorCode::InvalidArgument);
        QVERIFY(!parsed.error().detail.isEmpty());
    }
    QVERIFY(core::PersonEntryParser::vocabulary().contains(u"GRULAC"_s));
    QVERIFY(core::PersonEntryParser::syntaxHelp().contains(u"GRULAC"_s));
}

void TestFloor::walkInFromOneLine_countsInTheBalance()
{
    // What the console does with a line typed for the queue or the chair: the walk-in has the fields.
    const auto entry = core::PersonEntryParser::parse(u"Ana Pérez, civil society, GRULAC, woman, online"_s).value();
    core::Who who;
    who.name = entry.name;
    who.group = entry.stakeholderGroup;
    who.region = entry.region;
    who.gender = entry.gender;
    who.channel = u"online"_s;
    MODERATO_VERIFY_OK(m_session->start());
    MODERATO_VERIFY_OK(m_session->openChair());
    auto taken = m_session->takeChair(who);
    MODERATO_VERIFY_OK(taken);
    m_clock.advance(2min);
    const core::Participant *ana = m_session->state().floor().participant(taken.value());
    QCOMPARE(ana->stakeholderGroup, u"Civil Society"_s);
    QCOMPARE(ana->gender, u"woman"_s);
    QVERIFY(ana->isRemote());
    const auto balance = core::FloorBalance::compute(m_session->state(), m_session->now());
    QCOMPARE(row(balance, core::FloorBalance::StakeholderGroup, u"Civil Society"_s)->ms, 2 * Min);
    QCOMPARE(row(balance, core::FloorBalance::Region, u"GRULAC"_s)->ms, 2 * Min);
    QCOMPARE(row(balance, core::FloorBalance::Gender, u"woman"_s)->ms, 2 * Min);
    QVERIFY(!row(balance, core::FloorBalance::StakeholderGroup, u"unknown"_s));
}

void TestFloor::preparation_warnsOfOnePersonInTwoTeamRoles()
{
    // The demo workshop names Daniel Brinkwerth as onsite moderator, online moderator and rapporteur.
    const core::SessionState &state = m_session->state();
    QStringList warnings = core::PreparationChecks::warnings(state);
    QCOMPARE(warnings.size(), 1);
    for (const QString &part : {u"Daniel Brinkwerth"_s, u"onsite moderator, online moderator and rapporteur"_s}) {
        QVERIFY2(warnings.constFirst().contains(part), qPrintable(warnings.constFirst()));
    }
    core::Participant daniel = *state.floor().participantByName(u"Daniel Brinkwerth"_s);
    daniel.roles = {core::Role::Moderator, core::Role::Rapporteur};
    MODERATO_VERIFY_OK(m_session->updateParticipant(daniel));
    warnings = core::PreparationChecks::warnings(state);
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.constFirst().contains(u"onsite moderator and rapporteur"_s), qPrintable(warnings.constFirst()));
    // Someone else takes the notes: nothing to warn of.
    daniel.roles = {core::Role::Moderator};
    MODERATO_VERIFY_OK(m_session->updateParticipant(daniel));
    core::Participant rapporteur;
    rapporteur.name = u"Rita Nowak"_s;
    rapporteur.roles = {core::Role::Rapporteur};
    MODERATO_VERIFY_OK(m_session->addParticipant(rapporteur));
    QVERIFY(core::PreparationChecks::warnings(state).isEmpty());
    // Online moderator and rapporteur, too; and an invited speaker who moderates is no team-role clash.
    rapporteur = *state.floor().participantByName(u"Rita Nowak"_s);
    rapporteur.roles = {core::Role::OnlineModerator, core::Role::Rapporteur, core::Role::Speaker};
    MODERATO_VERIFY_OK(m_session->updateParticipant(rapporteur));
    warnings = core::PreparationChecks::warnings(state);
    QCOMPARE(warnings.size(), 1);
    QVERIFY(warnings.constFirst().contains(u"Rita Nowak is online moderator and rapporteur"_s));
}

QTEST_GUILESS_MAIN(TestFloor)
#include "tst_floor.moc"
