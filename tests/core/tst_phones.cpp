// SPDX-License-Identifier: MIT
// Participants' phones without a network: PhoneHost and pages simulated as JSON messages.
#include "core/io/proposalimporter.h"
#include "core/io/report.h"
#include "core/models/speakerqueuemodel.h"
#include "core/session/session.h"
#include "core/share/phonehost.h"
#include "core/store/memorystore.h"
#include "tests/support/fakeclock.h"
#include "tests/support/helpers.h"
#include "tests/support/hostiletext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using core::share::PhoneHost;

namespace {

/// What the host sent each connection, and which it closed.
struct Phones
{
    explicit Phones(core::Session &session)
        : host(session)
    {
        QObject::connect(&host, &PhoneHost::send, [this](int connection, const QByteArray &message) {
            received[connection].append(QJsonDocument::fromJson(message).object());
        });
        QObject::connect(&host, &PhoneHost::closeConnection, [this](int connection) { closed.append(connection); });
    }

    int connect(const QString &address = u"127.0.0.1"_s)
    {
        const int connection = next++;
        host.phoneConnected(connection, address);
        return connection;
    }

    /// Sends a message with a ref and returns the host's answer to it (ok or error).
    QJsonObject ask(int connection, QJsonObject message)
    {
        message.insert(u"ref"_s, ++ref);
        host.phoneMessage(connection, QJsonDocument(message).toJson(QJsonDocument::Compact));
        for (const QJsonObject &answer : std::as_const(received[connection])) {
            if (answer.value(u"ref").toInt() == ref) {
                return answer;
            }
        }
        return {};
    }

    /// Joins with the PIN; returns the connection (welcome received) or 0.
    int join(const QString &name, QJsonObject details = {}, const QString &address = u"127.0.0.1"_s)
    {
        const int connection = connect(address);
        details.insert(u"t"_s, u"join"_s);
        details.insert(u"pin"_s, host.pin());
        details.insert(u"name"_s, name);
        if (ask(connection, details).value(u"t").toString() != u"ok") {
            return 0;
        }
        return connection;
    }

    QJsonObject last(int connection, const QString &type) const
    {
        const QList<QJsonObject> messages = received.value(connection);
        for (auto it = messages.crbegin(); it != messages.crend(); ++it) {
            if (it->value(u"t").toString() == type) {
                return *it;
            }
        }
        return {};
    }

    PhoneHost host;
    QHash<int, QList<QJsonObject>> received;
    QList<int> closed;
    int next = 1;
    int ref = 0;
};

QString code(const QJsonObject &answer)
{
    return answer.value(u"t").toString() == u"ok" ? u"ok"_s : answer.value(u"code").toString();
}

/// The answer's code; a message too large to be read is answered without its ref.
QString codeOrLast(const Phones &phones, int connection, const QJsonObject &answer)
{
    return answer.isEmpty() ? phones.received.value(connection).constLast().value(u"code").toString() : code(answer);
}

} // namespace

class TestPhones : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void join_withThePin_addsAParticipantWithTheBalanceFields();
    void join_wrongPin_isRateLimitedPerAddress();
    void join_closed_isRefused();
    void resume_withTheToken_isTheSamePhone_andSurvivesARestart();
    void floor_askAndWithdraw_landInTheQueueMarkedAsPhone();
    void chair_onlyWhileOpen_andOneAtATime();
    void question_limitsAndInbox();
    void react_andShareTakeaways();
    void blocked_requestsDisappear_andItCanNoLongerSend();
    void hostileText_isKeptAsPlainText_orRefused_data();
    void hostileText_isKeptAsPlainText_orRefused();
    void malformedMessages_areRefused_andAFloodIsCut();
    void state_reachesEveryPhone_whenSomethingItShowsChanges();
    void report_hasTheReactionsAndTheParticipantsTakeaways_asText();

private:
    std::unique_ptr<core::Session> session();

    tests::FakeClock m_clock;
    std::unique_ptr<core::Session> m_session;
};

std::unique_ptr<core::Session> TestPhones::session()
{
    auto session = core::Session::create(
        std::make_unique<core::MemoryStore>(), core::ProposalImporter::demoWorkshop().value(), m_clock);
    return session ? std::move(session).value() : nullptr;
}

void TestPhones::init()
{
    m_session = session();
    QVERIFY(m_session);
    MODERATO_VERIFY_OK(m_session->setPhoneJoining(true));
}

void TestPhones::join_withThePin_addsAParticipantWithTheBalanceFields()
{
    Phones phones(*m_session);
    QCOMPARE(phones.host.pin().size(), 6);
    const int c = phones.join(u"Amina"_s,
                              {{u"group"_s, u"Civil Society"_s},
                               {u"region"_s, u"African Group"_s},
                               {u"gender"_s, u"woman"_s},
                               {u"channel"_s, u"online"_s}});
    QVERIFY(c > 0);
    const QJsonObject welcome = phones.last(c, u"welcome"_s);
    QCOMPARE(welcome.value(u"token").toString().size(), 32);
    const QString device = welcome.value(u"device").toString();
    QCOMPARE(device.size(), 8);
    const core::Phone *phone = m_session->state().audience().phone(device);
    QVERIFY(phone);
    const core::Participant *p = m_session->state().floor().participant(phone->participant);
    QVERIFY(p);
    QCOMPARE(p->name, u"Amina"_s);
    QCOMPARE(p->stakeholderGroup, u"Civil Society"_s);
    QCOMPARE(p->region, u"African Group"_s);
    QCOMPARE(p->gender, u"woman"_s);
    QCOMPARE(p->channel, core::Channel::Online);
    QCOMPARE(m_session->events().constLast().type, core::EventType::PhoneJoined);
    QCOMPARE(phones.last(c, u"state"_s).value(u"me").toObject().value(u"device").toString(), device);
    QCOMPARE(phones.host.connectedPhones(), 1);

    // A second Amina keeps her own participant.
    const int c2 = phones.join(u"Amina"_s);
    QVERIFY(c2 > 0);
    const QString device2 = phones.last(c2, u"welcome"_s).value(u"device").toString();
    QVERIFY(device2 != device);
    QCOMPARE(phones.last(c2, u"welcome"_s).value(u"name").toString(), u"Amina (2)"_s);
}

void TestPhones::join_wrongPin_isRateLimitedPerAddress()
{
    Phones phones(*m_session);
    const int c = phones.connect(u"10.0.0.5"_s);
    const QString wrong = phones.host.pin() == u"000000"_s ? u"111111"_s : u"000000"_s;
    for (int i = 0; i < PhoneHost::MaxFailedPinsPerMinute; ++i) {
        QCOMPARE(code(phones.ask(c, {{u"t"_s, u"join"_s}, {u"pin"_s, wrong}, {u"name"_s, u"X"_s}})), u"pin"_s);
    }
    // Even the right PIN waits now, from this address; another address may try.
    const QJsonObject throttled =
        phones.ask(c, {{u"t"_s, u"join"_s}, {u"pin"_s, phones.host.pin()}, {u"name"_s, u"X"_s}});
    QCOMPARE(code(throttled), u"throttled"_s);
    QVERIFY(throttled.value(u"wait_s").toInt() > 0);
    QVERIFY(phones.join(u"Other"_s, {}, u"10.0.0.6"_s) > 0);
    m_clock.advance(61s);
    QVERIFY(code(phones.ask(c, {{u"t"_s, u"join"_s}, {u"pin"_s, phones.host.pin()}, {u"name"_s, u"X"_s}})) == u"ok"_s);
    QCOMPARE(m_session->state().audience().phones().size(), 2);

    // A renewed PIN: the old one no longer joins, the phones that joined stay.
    const QString old = phones.host.pin();
    MODERATO_VERIFY_OK(phones.host.renewPin());
    QVERIFY(phones.host.pin() != old);
    const int late = phones.connect(u"10.0.0.7"_s);
    QCOMPARE(code(phones.ask(late, {{u"t"_s, u"join"_s}, {u"pin"_s, old}, {u"name"_s, u"Y"_s}})), u"pin"_s);
    QCOMPARE(phones.host.connectedPhones(), 2);
}

void TestPhones::join_closed_isRefused()
{
    MODERATO_VERIFY_OK(m_session->setPhoneJoining(false));
    Phones phones(*m_session);
    const int c = phones.connect();
    QCOMPARE(code(phones.ask(c, {{u"t"_s, u"join"_s}, {u"pin"_s, phones.host.pin()}, {u"name"_s, u"X"_s}})),
             u"closed"_s);
    QVERIFY(m_session->state().audience().phones().isEmpty());
    // Before joining, nothing else is possible.
    QCOMPARE(code(phones.ask(c, {{u"t"_s, u"floor"_s}})), u"token"_s);
    QVERIFY(m_session->state().floor().requests().isEmpty());
}

void TestPhones::resume_withTheToken_isTheSamePhone_andSurvivesARestart()
{
    QString token;
    QString device;
    {
        Phones phones(*m_session);
        const int c = phones.join(u"Bruno"_s);
        token = phones.last(c, u"welcome"_s).value(u"token").toString();
        device = phones.last(c, u"welcome"_s).value(u"device").toString();
    }
    // A new host on the same session (the laptop restarted): the token still works, the PIN is the same.
    Phones phones(*m_session);
    const int c = phones.connect();
    QCOMPARE(code(phones.ask(c, {{u"t"_s, u"resume"_s}, {u"token"_s, token}})), u"ok"_s);
    QCOMPARE(phones.last(c, u"welcome"_s).value(u"device").toString(), device);
    QCOMPARE(m_session->state().audience().phones().size(), 1);
    const int stranger = phones.connect(u"10.0.0.9"_s);
    QCOMPARE(code(phones.ask(stranger, {{u"t"_s, u"resume"_s}, {u"token"_s, QString(32, u'0')}})), u"token"_s);
}

void TestPhones::floor_askAndWithdraw_landInTheQueueMarkedAsPhone()
{
    Phones phones(*m_session);
    const int c = phones.join(u"Amina"_s, {{u"group"_s, u"Government"_s}});
    const QString device = phones.last(c, u"welcome"_s).value(u"device").toString();
    MODERATO_VERIFY_OK(m_session->requestToSpeak(core::Who{0, u"Someone First"_s, {}, {}, {}, {}, {}}));
    QCOMPARE(code(phones.ask(c, {{u"t"_s, u"floor"_s}})), u"ok"_s);
    QCOMPARE(m_session->state().floor().requests().size(), 2);
    QCOMPARE(m_session->events().constLast().data.value(u"device").toString(), device);
    QCOMPARE(code(phones.ask(c, {{u"t"_s, u"floor"_s}})), u"pending"_s);
    // The console's queue says which request came from a phone.
    core::SpeakerQueueModel queue;
    queue.setSession(m_session.get());
    QCOMPARE(queue.rowCount(), 2);
    QVERIFY(!queue.index(0, 0).data().toString().contains(u"from a phone"_s));
    QVERIFY(queue.index(1, 0).data().toString().contains(u"from a phone"_s));
    QCOMPARE(phones.host.stateFor(device).value(u"me").toObject().value(u"queue_place").toInt(), 2);
    QCOMPARE(code(phones.ask(c, {{u"t"_s, u"withdraw"_s}})), u"ok"_s);
    QCOMPARE(m_session->state().floor().requests().size(), 1);
    QCOMPARE(code(phones.ask(c, {{u"t"_s, u"withdraw"_s}})), u"state"_s);
    // The other request is not the phone's to withdraw.
    QCOMPARE(m_session->state().floor().requests().size(), 1);
}

void TestPhones::chair_onlyWhileOpen_andOneAtATime()
{
    Phones phones(*m_session);
    const int a = phones.join(u"Amina"_s);
    const int b = phones.join(u"Bruno"_s);
    QCOMPARE(code(phones.ask(a, {{u"t"_s, u"chair"_s}})), u"chair_closed"_s);
    MODERATO_VERIFY_OK(m_session->openChair());
    QCOMPARE(code(phones.ask(a, {{u"t"_s, u"chair"_s}})), u"ok"_s); // in the room, from a phone
    QCOMPARE(code(phones.ask(b, {{u"t"_s, u"chair"_s}})), u"busy"_s);
    QCOMPARE(code(phones.ask(a, {{u"t"_s, u"chair"_s}})), u"pending"_s);
    QCOMPARE(code(phones.ask(b, {{u"t"_s, u"unchair"_s}})), u"state"_s);
    const QString deviceA = phones.last(a, u"welcome"_s).value(u"device").toString();
    QCOMPARE(phones.host.stateFor(deviceA).value(u"me").toObject().value(u"chair").toString(), u"waiting"_s);
    QCOMPARE(code(phones.ask(a, {{u"t"_s, u"unchair"_s}})), u"ok"_s);
    QCOMPARE(m_session->state().floor().pendingClaim(), 0);
}

void TestPhones::question_limitsAndInbox()
{
    Phones phones(*m_session);
    const int c = phones.join(u"Amina"_s);
    const QString device = phones.last(c, u"welcome"_s).value(u"device").toString();
    QCOMPARE(code(phones.ask(c, {{u"t"_s, u"question"_s}, {u"text"_s, u"Who pays?"_s}, {u"policy_question"_s, 0}})),
             u"ok"_s);
    const core::InboxItem *item = m_session->state().audience().inboxItem(1);
    QVERIFY(item);
    QCOMPARE(item->text, u"Who pays?"_s);
    QCOMPARE(item->policyQuestion, 0);
    QCOMPARE(item->device, device);
    // A question a minute (the default): the next waits, and the page is told how long.
    m_clock.advance(10s);
    const QJsonObject early = phones.ask(c, {{u"t"_s, u"question"_s}, {u"text"_s, u"And when?"_s}});
    QCOMPARE(code(early), u"rate"_s);
    QCOMPARE(early.value(u"wait_s").toInt(), 50);
    // The moderator changes the limits: no wait, one question waiting at most.
    MODERATO_VERIFY_OK(m_session->setPhoneLimits(0, 1));
    QCOMPARE(code(phones.ask(c, {{u"t"_s, u"question"_s}, {u"text"_s, u"And when?"_s}})), u"pending"_s);
    MODERATO_VERIFY_OK(m_session->acceptQuestion(1, u"read"_s));
    QCOMPARE(m_session->state().audience().inboxItem(1)->status, core::InboxItem::Status::Read);
    QVERIFY(!m_session->acceptQuestion(1, u"bank"_s)); // answered already
    QCOMPARE(code(phones.ask(c, {{u"t"_s, u"question"_s}, {u"text"_s, u"And when?"_s}})), u"ok"_s);
    MODERATO_VERIFY_OK(m_session->dismissQuestion(2));
    // Unknown policy question or speaker, and the wrong kinds.
    QCOMPARE(code(phones.ask(c, {{u"t"_s, u"question"_s}, {u"text"_s, u"x"_s}, {u"policy_question"_s, 99}})),
             u"unknown"_s);
    QCOMPARE(code(phones.ask(c, {{u"t"_s, u"question"_s}, {u"text"_s, u"x"_s}, {u"speaker"_s, 9999}})), u"unknown"_s);
    QCOMPARE(code(phones.ask(c, {{u"t"_s, u"question"_s}, {u"text"_s, 5}})), u"invalid"_s);
    QCOMPARE(code(phones.ask(c, {{u"t"_s, u"question"_s}, {u"text"_s, u"x"_s}, {u"speaker"_s, 1.5}})), u"invalid"_s);
    QCOMPARE(code(phones.ask(c, {{u"t"_s, u"question"_s}, {u"text"_s, QString(501, u'a')}})), u"invalid"_s);
    QCOMPARE(code(phones.ask(c, {{u"t"_s, u"question"_s}, {u"text"_s, u"   "_s}})), u"invalid"_s);
    QCOMPARE(m_session->state().audience().inbox().size(), 2);
}

void TestPhones::react_andShareTakeaways()
{
    Phones phones(*m_session);
    const int a = phones.join(u"Amina"_s);
    const int b = phones.join(u"Bruno"_s);
    const QString deviceA = phones.last(a, u"welcome"_s).value(u"device").toString();
    auto takeaway = m_session->approveTakeaway(u"Shared baselines"_s);
    MODERATO_VERIFY_OK(takeaway);
    const int id = takeaway.value();
    QCOMPARE(code(phones.ask(a, {{u"t"_s, u"react"_s}, {u"takeaway"_s, id}, {u"reaction"_s, u"agree"_s}})), u"ok"_s);
    QCOMPARE(code(phones.ask(b, {{u"t"_s, u"react"_s}, {u"takeaway"_s, id}, {u"reaction"_s, u"disagree"_s}})), u"ok"_s);
    QCOMPARE(m_session->state().audience().stanceCounts(id), std::pair(1, 1));
    // Changing one's mind counts once.
    QCOMPARE(code(phones.ask(b, {{u"t"_s, u"react"_s}, {u"takeaway"_s, id}, {u"reaction"_s, u"agree"_s}})), u"ok"_s);
    QCOMPARE(m_session->state().audience().stanceCounts(id), std::pair(2, 0));
    QCOMPARE(code(phones.ask(b, {{u"t"_s, u"react"_s}, {u"takeaway"_s, id}, {u"reaction"_s, u"agree"_s}})), u"state"_s);
    QCOMPARE(code(phones.ask(a,
                             {{u"t"_s, u"react"_s},
                              {u"takeaway"_s, id},
                              {u"reaction"_s, u"comment"_s},
                              {u"text"_s, u"Only with audits"_s}})),
             u"ok"_s);
    QCOMPARE(code(phones.ask(a, {{u"t"_s, u"react"_s}, {u"takeaway"_s, 77}, {u"reaction"_s, u"agree"_s}})),
             u"unknown"_s);
    QCOMPARE(code(phones.ask(a, {{u"t"_s, u"react"_s}, {u"takeaway"_s, id}, {u"reaction"_s, u"love"_s}})),
             u"invalid"_s);
    const QJsonArray shown = phones.host.stateFor(deviceA).value(u"takeaways").toArray();
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.at(0).toObject().value(u"agree").toInt(), 2);
    QCOMPARE(shown.at(0).toObject().value(u"mine").toString(), u"agree"_s);
    // A comment a few seconds later waits; a shared takeaway after that is kept.
    QCOMPARE(code(phones.ask(a, {{u"t"_s, u"takeaway"_s}, {u"text"_s, u"Costs matter"_s}})), u"rate"_s);
    m_clock.advance(6s);
    QCOMPARE(code(phones.ask(a, {{u"t"_s, u"takeaway"_s}, {u"text"_s, u"Costs matter"_s}})), u"ok"_s);
    QCOMPARE(m_session->state().audience().sharedTakeaways().size(), 1);
    QCOMPARE(m_session->state().audience().sharedTakeaways().constFirst().text, u"Costs matter"_s);
    QCOMPARE(m_session->state().audience().reactions().size(), 4);
}

void TestPhones::blocked_requestsDisappear_andItCanNoLongerSend()
{
    Phones phones(*m_session);
    const int c = phones.join(u"Spammer"_s);
    const QString device = phones.last(c, u"welcome"_s).value(u"device").toString();
    const QString token = phones.last(c, u"welcome"_s).value(u"token").toString();
    QCOMPARE(code(phones.ask(c, {{u"t"_s, u"floor"_s}})), u"ok"_s);
    QCOMPARE(m_session->state().floor().requests().size(), 1);
    MODERATO_VERIFY_OK(m_session->blockPhone(device, true));
    QTRY_COMPARE(m_session->state().floor().requests().size(), 0);
    QVERIFY(phones.closed.contains(c));
    QCOMPARE(phones.last(c, u"bye"_s).value(u"code").toString(), u"blocked"_s);
    QCOMPARE(phones.host.connectedPhones(), 0);
    // Coming back with its token does not help.
    const int again = phones.connect();
    QCOMPARE(code(phones.ask(again, {{u"t"_s, u"resume"_s}, {u"token"_s, token}})), u"blocked"_s);
    QVERIFY(phones.closed.contains(again));
    QVERIFY(!m_session->executeFromPhone(core::commands::SubmitQuestion{device, u"hi"_s, -1, 0}));
    QVERIFY(m_session->state().floor().requests().isEmpty());
}

void TestPhones::hostileText_isKeptAsPlainText_orRefused_data()
{
    QTest::addColumn<QString>("text");
    for (const auto &[name, text] : tests::hostileStrings()) {
        QTest::newRow(name) << text;
    }
}

void TestPhones::hostileText_isKeptAsPlainText_orRefused()
{
    QFETCH(QString, text);
    MODERATO_VERIFY_OK(m_session->setPhoneLimits(0, 100));
    Phones phones(*m_session);
    const qsizetype before = m_session->events().size();
    const int c = phones.connect();
    const QJsonObject joined = phones.ask(c, {{u"t"_s, u"join"_s}, {u"pin"_s, phones.host.pin()}, {u"name"_s, text}});
    int sender = c;
    if (codeOrLast(phones, c, joined) == u"ok"_s) {
        const QString device = phones.last(c, u"welcome"_s).value(u"device").toString();
        const core::Phone *phone = m_session->state().audience().phone(device);
        QVERIFY(phone);
        const QString name = m_session->state().floor().participant(phone->participant)->name;
        // Kept as it was typed, only without surrounding space: never interpreted.
        QVERIFY(text.simplified().startsWith(name.left(20)));
        QVERIFY(name.size() <= core::Session::MaxPhoneNameChars + 5);
    } else {
        QCOMPARE(codeOrLast(phones, c, joined), u"invalid"_s);
        QCOMPARE(m_session->events().size(), before);
        sender = phones.join(u"Plain"_s);
        QVERIFY(sender > 0);
    }
    const qsizetype inbox = m_session->state().audience().inbox().size();
    const QString answer = codeOrLast(phones, sender, phones.ask(sender, {{u"t"_s, u"question"_s}, {u"text"_s, text}}));
    if (answer == u"ok"_s) {
        QCOMPARE(m_session->state().audience().inbox().constLast().text, text.trimmed());
    } else {
        QCOMPARE(answer, u"invalid"_s);
        QCOMPARE(m_session->state().audience().inbox().size(), inbox);
    }
}

void TestPhones::malformedMessages_areRefused_andAFloodIsCut()
{
    Phones phones(*m_session);
    const int c = phones.join(u"Amina"_s);
    const qsizetype before = m_session->events().size();
    const QList<QByteArray> bad{"", "not json", "[1,2]", "{\"t\": 5}", "{\"t\":\"launch\"}", QByteArray(5000, '{')};
    for (const QByteArray &message : bad) {
        m_clock.advance(200ms);
        phones.host.phoneMessage(c, message);
        QCOMPARE(phones.received.value(c).constLast().value(u"code").toString(), u"invalid"_s);
    }
    QCOMPARE(m_session->events().size(), before);
    // Ten a second are answered, then "rate"; a flood closes the connection.
    for (int i = 0; i < 60; ++i) {
        phones.host.phoneMessage(c, "{\"t\":\"ping\"}");
    }
    QVERIFY(phones.closed.contains(c));
    QCOMPARE(m_session->events().size(), before);
}

void TestPhones::state_reachesEveryPhone_whenSomethingItShowsChanges()
{
    Phones phones(*m_session);
    QList<int> connections;
    for (int i = 0; i < 5; ++i) {
        connections.append(phones.join(u"Phone %1"_s.arg(i)));
    }
    for (const int c : std::as_const(connections)) {
        phones.received[c].clear();
    }
    MODERATO_VERIFY_OK(m_session->start());
    MODERATO_VERIFY_OK(m_session->giveFloor(core::Who{0, u"Amina"_s, {}, u"Civil Society"_s, {}, {}, {}}));
    for (const int c : std::as_const(connections)) {
        QTRY_VERIFY(!phones.last(c, u"state"_s).isEmpty());
        const QJsonObject state = phones.last(c, u"state"_s);
        QCOMPARE(state.value(u"floor").toObject().value(u"name").toString(), u"Amina"_s);
        QCOMPARE(state.value(u"floor").toObject().value(u"group").toString(), u"Civil Society"_s);
        QVERIFY(state.value(u"item").toObject().value(u"running").toBool());
        // Two events, one state: they are gathered.
        QCOMPARE(phones.received.value(c).size(), 1);
    }
}

void TestPhones::report_hasTheReactionsAndTheParticipantsTakeaways_asText()
{
    // Without phones, the report has no such section.
    QVERIFY(!core::Report::build(*m_session).toMarkdown().contains(u"From participants' phones"_s));
    auto amina = m_session->joinPhone(u"aaaa1111"_s, core::Who{0, u"Amina"_s, {}, u"Civil Society"_s, {}, {}, {}});
    MODERATO_VERIFY_OK(amina);
    auto bruno = m_session->joinPhone(u"bbbb2222"_s, core::Who{0, u"Bruno"_s, {}, {}, {}, {}, {}});
    MODERATO_VERIFY_OK(bruno);
    auto takeaway = m_session->approveTakeaway(u"Shared baselines"_s);
    MODERATO_VERIFY_OK(takeaway);
    MODERATO_VERIFY_OK(m_session->reactToTakeaway(u"aaaa1111"_s, takeaway.value(), u"agree"_s));
    MODERATO_VERIFY_OK(m_session->reactToTakeaway(u"bbbb2222"_s, takeaway.value(), u"disagree"_s));
    MODERATO_VERIFY_OK(
        m_session->reactToTakeaway(u"bbbb2222"_s, takeaway.value(), u"comment"_s, u"<script>alert(1)</script>"_s));
    MODERATO_VERIFY_OK(m_session->shareTakeaway(u"aaaa1111"_s, u"Costs & <b>help</b> for small suppliers"_s));
    auto question = m_session->submitQuestion(u"aaaa1111"_s, u"Who pays?"_s);
    MODERATO_VERIFY_OK(question);
    MODERATO_VERIFY_OK(m_session->acceptQuestion(question.value(), u"read"_s));

    const core::Report report = core::Report::build(*m_session);
    QCOMPARE(report.reactions.size(), 1);
    QVERIFY(report.reactions.constFirst().contains(u"agree: 1, disagree: 1"_s));
    QVERIFY(report.reactions.constFirst().contains(u"<script>alert(1)</script>"_s));
    QCOMPARE(report.participantTakeaways.size(), 1);
    QVERIFY(report.participantTakeaways.constFirst().contains(u"Civil Society"_s));
    QVERIFY(report.phoneSummary.startsWith(u"2 participant"_s)); // (s) without a translation loaded
    QVERIFY(report.phoneSummary.contains(u"1 written question"_s));
    QVERIFY(report.phoneSummary.contains(u"1 taken up"_s));
    const QString html = report.toHtml();
    QVERIFY(html.contains(u"From participants"_s));
    QVERIFY(!html.contains(u"<script>"_s));
    QVERIFY(html.contains(u"&lt;script&gt;alert(1)&lt;/script&gt;"_s));
    QVERIFY(!html.contains(u"<b>help</b>"_s));
    const QString markdown = report.toMarkdown();
    QVERIFY(markdown.contains(u"Participants' own key takeaways"_s));
    // Escaped: Markdown shows "\<script>" as the text "<script>".
    QVERIFY(!markdown.contains(QRegularExpression(u"(?<!\\\\)<script>"_s)));
    QVERIFY(markdown.contains(u"\\<script>"_s));
}

QTEST_GUILESS_MAIN(TestPhones)
#include "tst_phones.moc"
