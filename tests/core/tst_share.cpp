// SPDX-License-Identifier: MIT
// A shared session without a network: ShareHost and ShareClients wired through an in-memory pipe.
#include "core/io/proposalimporter.h"
#include "core/session/session.h"
#include "core/share/joincodes.h"
#include "core/share/protocol.h"
#include "core/share/shareclient.h"
#include "core/share/sharehost.h"
#include "core/store/memorystore.h"
#include "tests/support/fakeclock.h"
#include "tests/support/helpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <deque>

using namespace Qt::StringLiterals;
using core::TeamRole;
using core::share::Protocol;

namespace {

/// Carries messages between the host and its devices, one at a time, like a network in order.
class Pipe
{
public:
    explicit Pipe(core::share::ShareHost &host)
        : m_host(host)
    {
        QObject::connect(&host, &core::share::ShareHost::send, [this](int connection, const QByteArray &message) {
            m_queue.push_back({connection, false, message});
        });
        QObject::connect(&host, &core::share::ShareHost::closeConnection, [this](int connection, const QString &) {
            m_closed.append(connection); // nothing more reaches the host; the device hears of it in order
            m_queue.push_back({connection, false, QByteArray(), true});
        });
    }

    /// Connects a device; returns its connection number.
    int attach(core::share::ShareClient &client, const QString &address = u"127.0.0.1"_s)
    {
        const int connection = m_next++;
        m_clients.insert(connection, &client);
        QObject::disconnect(&client, &core::share::ShareClient::sendMessage, nullptr, nullptr);
        QObject::connect(
            &client, &core::share::ShareClient::sendMessage, [this, connection](const QByteArray &message) {
                m_queue.push_back({connection, true, message});
            });
        m_host.deviceConnected(connection, address);
        client.connected();
        return connection;
    }

    void detach(int connection)
    {
        if (auto *client = m_clients.value(connection)) {
            m_clients.remove(connection);
            client->disconnected();
        }
        m_host.deviceDisconnected(connection);
    }

    /// A raw message from a connection, as a hostile device would send it.
    void raw(int connection, const QByteArray &message) { m_queue.push_back({connection, true, message}); }

    /// Delivers until nothing is in flight (bounded); returns how many messages went.
    int pump()
    {
        int delivered = 0;
        while (!m_queue.empty() && delivered < 100'000) {
            const Item item = m_queue.front();
            m_queue.pop_front();
            ++delivered;
            if (item.close) {
                if (auto *client = m_clients.value(item.connection)) {
                    m_clients.remove(item.connection);
                    client->disconnected();
                }
            } else if (item.toHost) {
                if (!m_closed.contains(item.connection)) {
                    m_host.deviceMessage(item.connection, item.message);
                }
            } else if (auto *client = m_clients.value(item.connection)) {
                m_lastToDevice[item.connection] = item.message;
                client->hostMessage(item.message);
            } else {
                m_lastToDevice[item.connection] = item.message;
            }
        }
        return delivered;
    }

    [[nodiscard]] bool isClosed(int connection) const { return m_closed.contains(connection); }

    [[nodiscard]] QByteArray lastToDevice(int connection) const { return m_lastToDevice.value(connection); }

private:
    struct Item
    {
        int connection;
        bool toHost;
        QByteArray message;
        bool close = false;
    };

    core::share::ShareHost &m_host;
    QHash<int, core::share::ShareClient *> m_clients;
    QHash<int, QByteArray> m_lastToDevice;
    QList<int> m_closed;
    std::deque<Item> m_queue;
    int m_next = 1;
};

std::unique_ptr<core::Session> hostSession(const core::Clock &clock)
{
    auto session = core::Session::create(
        std::make_unique<core::MemoryStore>(), core::ProposalImporter::demoWorkshop().value(), clock);
    return session ? std::move(session).value() : nullptr;
}

core::Command parsed(const QJsonObject &json)
{
    auto command = core::CommandCatalogue::fromJson(json);
    if (!command) {
        qWarning("%s", qPrintable(tests::describe(command.error())));
        return core::commands::StartClock{};
    }
    return command.value();
}

/// A host session shared through a pipe, and a clock for its devices.
struct Shared
{
    explicit Shared(const core::Clock &hostClock)
        : session(hostSession(hostClock))
        , host(*session, core::share::JoinCodes::generate())
        , pipe(host)
    {}

    std::unique_ptr<core::Session> session;
    core::share::ShareHost host;
    Pipe pipe;
    tests::FakeClock deviceClock;
};

bool sameLog(const core::Session &a, const core::Session &b)
{
    if (a.events().size() != b.events().size()) {
        return false;
    }
    for (qsizetype i = 0; i < a.events().size(); ++i) {
        if (Protocol::digest(a.events().at(i)) != Protocol::digest(b.events().at(i))) {
            return false;
        }
    }
    return true;
}

} // namespace

class TestShare : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void protocol_refusesIntegersBeyondRange();
    void joinCodes_areLongRandomAndRenewable();
    void join_eachRole();
    void join_refusesWrongCodeAndThrottles();
    void join_refusesAnotherProtocolVersionClearly();
    void command_runsOnHostAndReachesEveryDevice();
    void permissions_everyCommandTimesEveryRole();
    void command_sentTwice_isAppliedOnce();
    void command_sentAgainAfterTheHostRestarted_isAppliedOnce();
    void reconnect_getsOnlyWhatIsMissing_andAForkResyncs();
    void offline_notesWaitAndKeepWhenTheyWereTyped();
    void offline_aLongOutboxIsPacedUnderTheHostsLimit();
    void clock_followsTheHostAcrossWrongLocalClocks();
    void badMessages_areRefusedNeverCrash();
    void renewingACode_disconnectsItsDevices();
    void chat_bothWaysAsPlainText();
    void replicaFile_isMarkedRewrittenAndOpensReadOnly();
    void joinCodes_anOlderFileGetsACodeForTheRoomDisplay();

private:
    tests::FakeClock m_hostClock;
};

void TestShare::protocol_refusesIntegersBeyondRange()
{
    using core::share::Protocol;
    const QByteArray valid = Protocol::write(Protocol::Type::Refused, {{u"reason"_s, u"x"_s}, {u"protocol"_s, 3}});
    QVERIFY(Protocol::readHostMessage(valid));
    QVERIFY(valid.contains("\"protocol\":3"));
    // Beyond what an integer holds (converting it would be undefined behaviour), or not whole: refused.
    for (const QByteArray &number : {QByteArray("1e20"), QByteArray("-1e300"), QByteArray("1.5")}) {
        QByteArray bytes = valid;
        bytes.replace(QByteArray("\"protocol\":3"), QByteArray("\"protocol\":").append(number));
        QVERIFY2(!Protocol::readHostMessage(bytes), bytes.constData());
    }
}

void TestShare::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

void TestShare::joinCodes_areLongRandomAndRenewable()
{
    const auto codes = core::share::JoinCodes::generate();
    QSet<QString> seen;
    for (const TeamRole role : core::share::JoinCodes::joinableRoles()) {
        const QString code = codes.code(role);
        QCOMPARE(code.size(), core::share::JoinCodes::CodeLength); // 26 base32 characters: 130 bits
        QCOMPARE(codes.roleFor(code), role);
        seen.insert(code);
    }
    QCOMPARE(seen.size(), core::share::JoinCodes::joinableRoles().size());
    QVERIFY(codes.code(TeamRole::OnsiteModerator).isEmpty());
    QVERIFY(!codes.roleFor(QString()));
    const QString observer = codes.code(TeamRole::Observer);
    QVERIFY(!codes.roleFor(observer.left(25) + (observer.back() == u'A' ? u'B' : u'A')));

    auto copy = core::share::JoinCodes::fromJson(codes.toJson());
    MODERATO_VERIFY_OK(copy);
    QCOMPARE(copy.value().code(TeamRole::Rapporteur), codes.code(TeamRole::Rapporteur));
    QJsonObject damaged = codes.toJson();
    damaged.insert(u"observer"_s, u"short"_s);
    QVERIFY(!core::share::JoinCodes::fromJson(damaged));

    auto renewed = codes;
    renewed.renew(TeamRole::Observer);
    QVERIFY(renewed.code(TeamRole::Observer) != codes.code(TeamRole::Observer));
    QVERIFY(!renewed.roleFor(codes.code(TeamRole::Observer)));
    QCOMPARE(renewed.code(TeamRole::Rapporteur), codes.code(TeamRole::Rapporteur));
}

void TestShare::join_eachRole()
{
    auto session = hostSession(m_hostClock);
    QVERIFY(session);
    core::share::ShareHost host(*session, core::share::JoinCodes::generate());
    Pipe pipe(host);
    tests::FakeClock deviceClock;
    std::vector<std::unique_ptr<core::share::ShareClient>> clients;
    for (const TeamRole role : core::share::JoinCodes::joinableRoles()) {
        clients.push_back(std::make_unique<core::share::ShareClient>(
            deviceClock, host.codes().code(role), u"Member "_s + core::teamRoleKey(role), core::teamRoleKey(role)));
        pipe.attach(*clients.back());
        pipe.pump();
        core::share::ShareClient &client = *clients.back();
        QVERIFY(client.isJoined());
        QCOMPARE(client.role(), role);
        QVERIFY(client.session());
        QVERIFY(client.session()->isReplica());
        QVERIFY(!client.session()->isWritable());
        QVERIFY(sameLog(*client.session(), *session));
        QCOMPARE(client.session()->state().definition().title, session->state().definition().title);
    }
    QCOMPARE(host.devices().size(), clients.size());
    QCOMPARE(host.devices().constFirst().name, u"Member co_moderator"_s);
    // A replica never changes by itself: the console's command goes to the host, and the copy changes
    // only from the host's event.
    core::Session &copy = *clients.front()->session();
    QCOMPARE(copy.role(), TeamRole::CoModerator);
    QVERIFY(!copy.execute(core::commands::StartClock{}, TeamRole::OnsiteModerator));
    const qsizetype before = copy.events().size();
    MODERATO_VERIFY_OK(copy.execute(core::commands::StartClock{}));
    QCOMPARE(copy.events().size(), before);
    pipe.pump();
    QCOMPARE(copy.events().size(), before + 1);
    QCOMPARE(copy.events().constLast().type, core::EventType::ClockStarted);
    QVERIFY(sameLog(copy, *session));
    // What a role may not do is refused on the device already, in the host's words, and said for a tooltip.
    core::Session &observer = *clients.at(3)->session(); // co-moderator, online moderator, rapporteur, observer
    QCOMPARE(observer.role(), TeamRole::Observer);
    QVERIFY(!observer.mayIssue(core::commands::PauseClock{}));
    QCOMPARE(observer.refusal(core::commands::PauseClock{}), u"the observer may not pause"_s);
    const auto refused = observer.execute(core::commands::PauseClock{});
    QVERIFY(!refused);
    QCOMPARE(refused.error().detail, observer.refusal(core::commands::PauseClock{}));
    QVERIFY(observer.refusal(core::commands::AddNote{u"x"_s, {}}).contains(u"observer"_s));
    QVERIFY(clients.at(2)->session()->refusal(core::commands::AddNote{u"x"_s, {}}).isEmpty()); // the rapporteur
}

void TestShare::join_refusesWrongCodeAndThrottles()
{
    Shared shared(m_hostClock);
    auto &[session, host, pipe, deviceClock] = shared;
    for (int attempt = 0; attempt < core::share::ShareHost::MaxFailedJoinsPerMinute; ++attempt) {
        core::share::ShareClient wrong(deviceClock, u"AAAAAAAAAAAAAAAAAAAAAAAAAA"_s, u"Eve"_s, u"eve"_s);
        const int connection = pipe.attach(wrong, u"10.0.0.9"_s);
        pipe.pump();
        QVERIFY(!wrong.isJoined());
        QVERIFY(pipe.isClosed(connection));
        QVERIFY(wrong.refusal().contains(u"not valid"_s));
    }
    // The right code from the same address now waits a minute; another address is not held up.
    core::share::ShareClient right(deviceClock, host.codes().code(TeamRole::Observer), u"Eve"_s, u"eve"_s);
    pipe.attach(right, u"10.0.0.9"_s);
    pipe.pump();
    QVERIFY(!right.isJoined());
    QVERIFY(right.refusal().contains(u"wait a minute"_s));
    core::share::ShareClient other(deviceClock, host.codes().code(TeamRole::Observer), u"Ana"_s, u"ana"_s);
    pipe.attach(other, u"10.0.0.10"_s);
    pipe.pump();
    QVERIFY(other.isJoined());
    m_hostClock.advance(std::chrono::seconds(61));
    core::share::ShareClient later(deviceClock, host.codes().code(TeamRole::Observer), u"Eve"_s, u"eve"_s);
    pipe.attach(later, u"10.0.0.9"_s);
    pipe.pump();
    QVERIFY(later.isJoined());
}

void TestShare::join_refusesAnotherProtocolVersionClearly()
{
    Shared shared(m_hostClock);
    auto &[session, host, pipe, deviceClock] = shared;
    core::share::ShareClient client(deviceClock, host.codes().code(TeamRole::Observer), u"New"_s, u"new"_s);
    pipe.attach(client);
    // Replace the hello with one from a device of protocol 0.
    QJsonObject hello{{u"protocol"_s, 0},
                      {u"code"_s, host.codes().code(TeamRole::Observer)},
                      {u"name"_s, u"Old"_s},
                      {u"device"_s, u"old2"_s},
                      {u"last_seq"_s, 0}};
    const int oldConnection = 777;
    host.deviceConnected(oldConnection, u"127.0.0.1"_s);
    pipe.raw(oldConnection, Protocol::write(Protocol::Type::Hello, hello));
    pipe.pump();
    QVERIFY(pipe.isClosed(oldConnection));
    const QJsonObject refusal = QJsonDocument::fromJson(pipe.lastToDevice(oldConnection)).object();
    QCOMPARE(refusal.value(u"type").toString(), u"refused"_s);
    QCOMPARE(refusal.value(u"protocol").toInt(), Protocol::Version);
    QVERIFY(refusal.value(u"reason").toString().contains(u"protocol 0"_s));
    QVERIFY(client.isJoined());
}

void TestShare::command_runsOnHostAndReachesEveryDevice()
{
    Shared shared(m_hostClock);
    auto &[session, host, pipe, deviceClock] = shared;
    core::share::ShareClient online(deviceClock, host.codes().code(TeamRole::OnlineModerator), u"Daniel"_s, u"d1"_s);
    core::share::ShareClient observer(deviceClock, host.codes().code(TeamRole::Observer), u"Obs"_s, u"o1"_s);
    pipe.attach(online);
    pipe.attach(observer);
    pipe.pump();
    MODERATO_VERIFY_OK(session->execute(core::commands::StartClock{}));
    pipe.pump();
    QCOMPARE(observer.session()->state().runState(), core::RunState::Running);

    QList<std::pair<QString, bool>> outcomes;
    connect(&online, &core::share::ShareClient::outcome, this, [&](const QString &id, bool ok, const QString &) {
        outcomes.append({id, ok});
    });
    const qsizetype before = session->events().size();
    auto id = online.send(parsed({{u"command"_s, u"queue"_s},
                                  {u"name"_s, u"Kofi"_s},
                                  {u"channel"_s, u"online"_s},
                                  {u"group"_s, u"Civil Society"_s}}));
    MODERATO_VERIFY_OK(id);
    // The device's copy changes only from the host's events, not from its own command.
    QCOMPARE(online.session()->events().size(), before);
    pipe.pump();
    QCOMPARE(session->events().size(), before + 1);
    QVERIFY(sameLog(*online.session(), *session));
    QVERIFY(sameLog(*observer.session(), *session));
    QCOMPARE(observer.session()->state().floor().requests().size(), 1);
    QCOMPARE(outcomes, (QList<std::pair<QString, bool>>{{id.value(), true}}));
    QVERIFY(online.outbox().isEmpty());

    // A refused command comes back with the console's error text and changes nothing.
    QString error;
    connect(&online, &core::share::ShareClient::outcome, this, [&](const QString &, bool, const QString &text) {
        error = text;
    });
    MODERATO_VERIFY_OK(online.send(parsed({{u"command"_s, u"withdraw"_s}, {u"request"_s, 99}})));
    pipe.pump();
    QCOMPARE(session->events().size(), before + 1);
    const auto direct =
        session->execute(parsed({{u"command"_s, u"withdraw"_s}, {u"request"_s, 99}}), TeamRole::OnlineModerator);
    QVERIFY(!direct);
    QCOMPARE(error, core::errorMessage(direct.error()));
}

void TestShare::permissions_everyCommandTimesEveryRole()
{
    // The table the network enforces, written out: M = the moderators, O = and the online moderator,
    // R = and the rapporteur, T = and the rapporteur and the translator, A = and the online moderator, the
    // rapporteur and the captioner, K = and the captioner, P = no team role (a participant's phone, through the
    // phone host). A command missing here, or a role changed in the catalogue, fails.
    const QHash<QString, char> table{
        {u"start"_s, 'M'},
        {u"pause"_s, 'M'},
        {u"resume"_s, 'M'},
        {u"toggle"_s, 'M'},
        {u"next"_s, 'M'},
        {u"previous"_s, 'M'},
        {u"enter-item"_s, 'M'},
        {u"goto"_s, 'M'},
        {u"extend"_s, 'M'},
        {u"rebalance"_s, 'M'},
        {u"rebalance-decline"_s, 'M'},
        {u"end"_s, 'M'},
        {u"add-participant"_s, 'O'},
        {u"update-participant"_s, 'O'},
        {u"remove-participant"_s, 'M'},
        {u"restore-participant"_s, 'M'},
        {u"floor"_s, 'M'},
        {u"floor-to-request"_s, 'M'},
        {u"yield"_s, 'M'},
        {u"queue"_s, 'O'},
        {u"withdraw"_s, 'O'},
        {u"reorder-queue"_s, 'M'},
        {u"queue-policy"_s, 'M'},
        {u"rotation"_s, 'M'},
        {u"settings"_s, 'M'},
        {u"chair-open"_s, 'M'},
        {u"chair-claim"_s, 'O'},
        {u"chair-decline"_s, 'M'},
        {u"chair-take"_s, 'M'},
        {u"chair-reply"_s, 'M'},
        {u"chair-release"_s, 'M'},
        {u"edit-agenda"_s, 'M'},
        {u"break-out"_s, 'M'},
        {u"break-out-assign"_s, 'M'},
        {u"break-out-add"_s, 'O'},
        {u"report-back"_s, 'M'},
        {u"edit-details"_s, 'M'},
        {u"question-bank"_s, 'M'},
        {u"question-asked"_s, 'M'},
        {u"media-add"_s, 'M'},
        {u"media-remove"_s, 'M'},
        {u"media-show"_s, 'M'},
        {u"media-page"_s, 'M'},
        {u"subtitles-add"_s, 'M'},
        {u"media-volume"_s, 'M'},
        {u"media-playback"_s, 'M'},
        {u"scene"_s, 'M'},
        {u"unpin"_s, 'M'},
        {u"blank"_s, 'M'},
        {u"message"_s, 'O'},
        {u"room-language"_s, 'M'},
        {u"room-second-language"_s, 'M'},
        {u"translate"_s, 'T'},
        {u"glossary-term"_s, 'M'},
        {u"glossary-remove"_s, 'M'},
        {u"show-term"_s, 'M'},
        {u"caption"_s, 'A'},
        {u"captions"_s, 'K'},
        {u"takeaway"_s, 'R'},
        {u"takeaway-withdraw"_s, 'R'},
        {u"takeaway-edit"_s, 'R'},
        {u"takeaway-comment"_s, 'R'},
        {u"note"_s, 'R'},
        {u"note-edit"_s, 'R'},
        {u"note-delete"_s, 'R'},
        {u"note-restore"_s, 'R'},
        {u"transcript"_s, 'R'},
        {u"report-field"_s, 'R'},
        {u"participation"_s, 'R'},
        {u"phone-join"_s, 'P'},
        {u"question-submit"_s, 'P'},
        {u"takeaway-react"_s, 'P'},
        {u"takeaway-share"_s, 'P'},
        {u"question-accept"_s, 'O'},
        {u"question-dismiss"_s, 'O'},
        {u"phone-block"_s, 'M'},
        {u"phones-open"_s, 'M'},
        {u"phone-limits"_s, 'M'},
    };
    QCOMPARE(table.size(), core::CommandCatalogue::count());
    auto allowed = [](char group, TeamRole role) {
        if (group == 'P') {
            return false;
        }
        if (role == TeamRole::OnsiteModerator || role == TeamRole::CoModerator) {
            return true;
        }
        switch (group) {
        case 'O':
            return role == TeamRole::OnlineModerator;
        case 'R':
            return role == TeamRole::Rapporteur;
        case 'T':
            return role == TeamRole::Rapporteur || role == TeamRole::Translator;
        case 'A':
            return role == TeamRole::OnlineModerator || role == TeamRole::Rapporteur || role == TeamRole::Captioner;
        case 'K':
            return role == TeamRole::Captioner;
        default:
            return false;
        }
    };

    Shared shared(m_hostClock);
    auto &[session, host, pipe, deviceClock] = shared;
    for (const TeamRole role : core::share::JoinCodes::joinableRoles()) {
        core::share::ShareClient device(deviceClock, host.codes().code(role), u"Tester"_s, core::teamRoleKey(role));
        const int connection = pipe.attach(device);
        pipe.pump();
        QVERIFY(device.isJoined());
        for (qsizetype index = 0; index < core::CommandCatalogue::count(); ++index) {
            const core::CommandSpec &spec = core::CommandCatalogue::spec(index);
            QVERIFY2(table.contains(spec.name), qPrintable(spec.name + u" has no row in the permission table"_s));
            // A payload with each required field, whatever its sense: permission comes first.
            QJsonObject command{{u"command"_s, spec.name}};
            for (const core::CommandFieldInfo &field : spec.fields) {
                if (!field.required) {
                    continue;
                }
                const QHash<QString, QJsonValue> samples{{u"integer"_s, 1},
                                                         {u"duration"_s, 60'000},
                                                         {u"boolean"_s, true},
                                                         {u"text"_s, u"x"_s},
                                                         {u"list"_s, QJsonArray()},
                                                         {u"object"_s, QJsonObject()}};
                command.insert(field.key, samples.value(field.kind, 1));
            }
            const QString id = u"%1-%2"_s.arg(core::teamRoleKey(role)).arg(index);
            pipe.raw(connection, Protocol::write(Protocol::Type::Command, {{u"id"_s, id}, {u"command"_s, command}}));
            const qsizetype before = session->events().size();
            pipe.pump();
            const QJsonObject outcome = QJsonDocument::fromJson(pipe.lastToDevice(connection)).object();
            QCOMPARE(outcome.value(u"id").toString(), id);
            const bool refusedForRole = outcome.value(u"error").toString().contains(u" may not "_s);
            const bool expected = allowed(table.value(spec.name), role);
            QVERIFY2(refusedForRole != expected,
                     qPrintable(u"%1 by %2: %3"_s.arg(
                         spec.name, core::teamRoleKey(role), outcome.value(u"error").toString())));
            QCOMPARE(spec.roles.contains(role), expected);
            m_hostClock.advance(std::chrono::milliseconds(50)); // within the rate a device may send
            if (!expected) {
                QCOMPARE(session->events().size(), before);
            }
        }
        pipe.detach(connection);
    }
}

void TestShare::command_sentTwice_isAppliedOnce()
{
    Shared shared(m_hostClock);
    auto &[session, host, pipe, deviceClock] = shared;
    core::share::ShareClient rapporteur(deviceClock, host.codes().code(TeamRole::Rapporteur), u"Rap"_s, u"r1"_s);
    const int connection = pipe.attach(rapporteur);
    pipe.pump();
    const QByteArray note = Protocol::write(
        Protocol::Type::Command,
        {{u"id"_s, u"r1-7"_s}, {u"command"_s, QJsonObject{{u"command"_s, u"note"_s}, {u"text"_s, u"Once"_s}}}});
    const qsizetype before = session->events().size();
    pipe.raw(connection, note);
    pipe.pump();
    const QByteArray first = pipe.lastToDevice(connection);
    // The same command again, as after a reconnection: answered alike, not run again.
    pipe.detach(connection);
    core::share::ShareClient again(deviceClock, host.codes().code(TeamRole::Rapporteur), u"Rap"_s, u"r1"_s);
    const int second = pipe.attach(again);
    pipe.pump();
    pipe.raw(second, note);
    pipe.pump();
    QCOMPARE(session->events().size(), before + 1);
    QCOMPARE(pipe.lastToDevice(second), first);
    QVERIFY(sameLog(*again.session(), *session));
}

void TestShare::command_sentAgainAfterTheHostRestarted_isAppliedOnce()
{
    // The host writes a file; it runs a note, then goes (as if killed: nothing is said to the device).
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"hosted.moderato"_s);
    const core::share::JoinCodes codes = core::share::JoinCodes::generate();
    const QByteArray note = Protocol::write(
        Protocol::Type::Command,
        {{u"id"_s, u"r1-3"_s}, {u"command"_s, QJsonObject{{u"command"_s, u"note"_s}, {u"text"_s, u"Once"_s}}}});
    tests::FakeClock deviceClock;
    qsizetype events = 0;
    {
        auto session = core::Session::create(path, core::ProposalImporter::demoWorkshop().value(), m_hostClock).value();
        core::share::ShareHost host(*session, codes);
        Pipe pipe(host);
        core::share::ShareClient device(deviceClock, codes.code(TeamRole::Rapporteur), u"Rap"_s, u"r1"_s);
        const int connection = pipe.attach(device);
        pipe.pump();
        pipe.raw(connection, note);
        pipe.pump();
        QVERIFY(QJsonDocument::fromJson(pipe.lastToDevice(connection)).object().value(u"ok").toBool());
        events = session->events().size();
    }
    // Restarted from its file: the device sends the command again (its answer was lost); it does not run twice.
    auto session = core::Session::open(path, m_hostClock).value();
    QCOMPARE(session->events().size(), events);
    core::share::ShareHost host(*session, codes);
    Pipe pipe(host);
    core::share::ShareClient device(deviceClock, codes.code(TeamRole::Rapporteur), u"Rap"_s, u"r1"_s);
    const int connection = pipe.attach(device);
    pipe.pump();
    pipe.raw(connection, note);
    pipe.pump();
    const QJsonObject outcome = QJsonDocument::fromJson(pipe.lastToDevice(connection)).object();
    QCOMPARE(outcome.value(u"id").toString(), u"r1-3"_s);
    QVERIFY(outcome.value(u"ok").toBool());
    QCOMPARE(session->events().size(), events);
    QCOMPARE(session->state().notes().notes().size(), 1);
    // Another device's command with the same id is its own, and runs.
    core::share::ShareClient other(deviceClock, codes.code(TeamRole::Rapporteur), u"Rap 2"_s, u"r2"_s);
    const int otherConnection = pipe.attach(other);
    pipe.pump();
    pipe.raw(otherConnection, note);
    pipe.pump();
    QCOMPARE(session->events().size(), events + 1);
    // A refused command keeps nothing: sent again, it is refused again (and not taken for done).
    const QByteArray refused = Protocol::write(
        Protocol::Type::Command,
        {{u"id"_s, u"r1-4"_s}, {u"command"_s, QJsonObject{{u"command"_s, u"withdraw"_s}, {u"request"_s, 99}}}});
    pipe.raw(connection, refused);
    pipe.pump();
    QVERIFY(!QJsonDocument::fromJson(pipe.lastToDevice(connection)).object().value(u"ok").toBool());
    QVERIFY(!session->store().value(u"share_done/r1"_s).value().contains(u"r1-4"_s));
}

void TestShare::reconnect_getsOnlyWhatIsMissing_andAForkResyncs()
{
    Shared shared(m_hostClock);
    auto &[session, host, pipe, deviceClock] = shared;
    core::share::ShareClient client(deviceClock, host.codes().code(TeamRole::Observer), u"Obs"_s, u"o1"_s);
    int connection = pipe.attach(client);
    pipe.pump();
    int replaced = 0;
    connect(&client, &core::share::ShareClient::sessionReplaced, this, [&] { ++replaced; });
    const core::Session *copy = client.session();
    pipe.detach(connection);
    QVERIFY(!client.isJoined());
    QVERIFY(client.offlineSinceMs() >= 0);
    MODERATO_VERIFY_OK(session->execute(core::commands::StartClock{}));
    MODERATO_VERIFY_OK(session->execute(core::commands::NextItem{}));
    connection = pipe.attach(client);
    pipe.pump();
    QVERIFY(client.isJoined());
    QCOMPARE(replaced, 0); // only the two missing events came
    QCOMPARE(client.session(), copy);
    QVERIFY(sameLog(*client.session(), *session));

    // A copy that forked (here: a host that started over with another log) is replaced, not merged.
    pipe.detach(connection);
    auto other = hostSession(m_hostClock);
    MODERATO_VERIFY_OK(other->execute(core::commands::StartClock{}));
    MODERATO_VERIFY_OK(other->execute(core::commands::ShowMessage{u"Other"_s}));
    MODERATO_VERIFY_OK(other->execute(core::commands::ShowMessage{u"Other again"_s}));
    core::share::ShareHost otherHost(*other, host.codes());
    Pipe otherPipe(otherHost);
    otherPipe.attach(client);
    otherPipe.pump();
    QCOMPARE(replaced, 1);
    QVERIFY(sameLog(*client.session(), *other));
}

void TestShare::offline_notesWaitAndKeepWhenTheyWereTyped()
{
    Shared shared(m_hostClock);
    auto &[session, host, pipe, deviceClock] = shared;
    core::share::ShareClient rapporteur(deviceClock, host.codes().code(TeamRole::Rapporteur), u"Rap"_s, u"r1"_s);
    int connection = pipe.attach(rapporteur);
    pipe.pump();
    pipe.detach(connection);
    m_hostClock.advance(std::chrono::seconds(30));
    deviceClock.advance(std::chrono::seconds(30));
    const qint64 typedAt = rapporteur.session()->now();
    MODERATO_VERIFY_OK(rapporteur.send(core::commands::AddNote{u"Typed offline"_s, {}}));
    QCOMPARE(rapporteur.outbox().size(), 1);
    m_hostClock.advance(std::chrono::seconds(45));
    deviceClock.advance(std::chrono::seconds(45));
    const qsizetype before = session->events().size();
    connection = pipe.attach(rapporteur);
    pipe.pump();
    QCOMPARE(session->events().size(), before + 1); // exactly once
    QVERIFY(rapporteur.outbox().isEmpty());
    const core::Note *note = session->state().notes().note(session->state().notes().notes().constLast().id);
    QVERIFY(note);
    QCOMPARE(note->text, u"Typed offline"_s);
    QVERIFY(qAbs(note->typedAtMs - typedAt) <= 1);
    QVERIFY(sameLog(*rapporteur.session(), *session));
}

void TestShare::offline_aLongOutboxIsPacedUnderTheHostsLimit()
{
    Shared shared(m_hostClock);
    auto &[session, host, pipe, deviceClock] = shared;
    core::share::ShareClient rapporteur(deviceClock, host.codes().code(TeamRole::Rapporteur), u"Rap"_s, u"r1"_s);
    int connection = pipe.attach(rapporteur);
    pipe.pump();
    pipe.detach(connection);
    const int notes = 2 * core::share::ShareClient::MaxCommandsPerSecond + 10;
    for (int i = 0; i < notes; ++i) {
        MODERATO_VERIFY_OK(rapporteur.send(core::commands::AddNote{u"Offline note %1"_s.arg(i), {}}));
    }
    const qsizetype before = session->events().size();
    connection = pipe.attach(rapporteur);
    pipe.pump();
    // The first second's share, then the rest as time passes; the host never cuts the device off.
    QCOMPARE(session->events().size(), before + core::share::ShareClient::MaxCommandsPerSecond);
    for (int second = 0; second < 3 && !rapporteur.outbox().isEmpty(); ++second) {
        m_hostClock.advance(std::chrono::seconds(1));
        deviceClock.advance(std::chrono::seconds(1));
        int delivered = 0; // QTRY evaluates its condition once more after it holds
        QTRY_VERIFY_WITH_TIMEOUT((delivered += pipe.pump()) > 0, 5'000);
    }
    QVERIFY(!pipe.isClosed(connection));
    QVERIFY(rapporteur.outbox().isEmpty());
    QCOMPARE(session->events().size(), before + notes);
}

void TestShare::clock_followsTheHostAcrossWrongLocalClocks()
{
    auto session = hostSession(m_hostClock);
    MODERATO_VERIFY_OK(session->execute(core::commands::StartClock{}));
    m_hostClock.advance(std::chrono::minutes(7));
    core::share::ShareHost host(*session, core::share::JoinCodes::generate());
    Pipe pipe(host);
    tests::FakeClock deviceClock;
    deviceClock.advance(std::chrono::hours(5));             // another monotonic origin
    deviceClock.advanceWallOnly(std::chrono::minutes(-13)); // and a wall clock 13 minutes wrong
    core::share::ShareClient client(deviceClock, host.codes().code(TeamRole::Observer), u"Obs"_s, u"o1"_s);
    pipe.attach(client);
    pipe.pump();
    QCOMPARE(client.session()->now(), session->now());
    // Pings with a round trip: the estimate takes the host's time plus half of it.
    for (int i = 0; i < 3; ++i) {
        client.ping();
        deviceClock.advance(std::chrono::milliseconds(40));
        m_hostClock.advance(std::chrono::milliseconds(20));
        pipe.pump(); // the pong leaves the host 20 ms after the ping, and arrives 20 ms later
        m_hostClock.advance(std::chrono::milliseconds(20));
        QVERIFY(qAbs(client.session()->now() - session->now()) <= 1);
        QCOMPARE(client.roundTripMs(), 40);
    }
    m_hostClock.advance(std::chrono::seconds(90));
    deviceClock.advance(std::chrono::seconds(90));
    QVERIFY(qAbs(client.session()->now() - session->now()) <= 1);
    QCOMPARE(client.session()->state().currentItemId(), session->state().currentItemId());
}

void TestShare::badMessages_areRefusedNeverCrash()
{
    Shared shared(m_hostClock);
    auto &[session, host, pipe, deviceClock] = shared;
    auto connectRaw = [&sharedHost = host](int connection) { sharedHost.deviceConnected(connection, u"127.0.0.1"_s); };

    // Before joining, anything but a hello ends the connection.
    connectRaw(900);
    pipe.raw(900, Protocol::write(Protocol::Type::Ping, {{u"t"_s, 1}}));
    pipe.pump();
    QVERIFY(pipe.isClosed(900));
    const QList<QByteArray> hostile{
        "not json",
        "[1,2,3]",
        R"({"type":"hello"})",
        R"({"type":"hello","protocol":"1","code":1,"name":[],"device":{},"last_seq":"x"})",
        R"({"type":"welcome","protocol":1,"role":"co_moderator","device":"x","host_ms":0})",
        R"({"type":"launch"})",
        QByteArray(Protocol::MaxDeviceMessageBytes + 1, ' '),
        R"({"type":"hello","protocol":1,"code":")" + QByteArray(200, 'A')
            + R"(","name":"x","device":"x","last_seq":0})",
    };
    int connection = 1000;
    for (const QByteArray &message : hostile) {
        connectRaw(++connection);
        pipe.raw(connection, message);
        pipe.pump();
        QVERIFY2(pipe.isClosed(connection), message.left(60).constData());
        QCOMPARE(QJsonDocument::fromJson(pipe.lastToDevice(connection)).object().value(u"type").toString(),
                 u"refused"_s);
    }
    QVERIFY(host.devices().isEmpty());

    // A joined device: a bad command is answered; a flood is cut off.
    core::share::ShareClient device(deviceClock, host.codes().code(TeamRole::CoModerator), u"Co"_s, u"c1"_s);
    const int joined = pipe.attach(device);
    pipe.pump();
    QVERIFY(device.isJoined());
    const qsizetype before = session->events().size();
    const QList<QJsonObject> badCommands{QJsonObject{{u"command"_s, u"launch"_s}},
                                         QJsonObject{{u"command"_s, u"goto"_s}, {u"position"_s, u"two"_s}},
                                         QJsonObject{{u"command"_s, u"media-add"_s}, {u"path"_s, u"/etc/passwd"_s}},
                                         QJsonObject{{u"command"_s, u"transcript"_s}, {u"path"_s, u"/etc/passwd"_s}}};
    int badId = 0;
    for (const QJsonObject &command : badCommands) {
        pipe.raw(joined,
                 Protocol::write(Protocol::Type::Command,
                                 QJsonObject{{u"id"_s, u"bad%1"_s.arg(++badId)}, {u"command"_s, command}}));
        pipe.pump();
        const QJsonObject outcome = QJsonDocument::fromJson(pipe.lastToDevice(joined)).object();
        QCOMPARE(outcome.value(u"ok"_s).toBool(), false);
        QVERIFY(!outcome.value(u"error").toString().isEmpty());
    }
    QCOMPARE(session->events().size(), before);
    QVERIFY(!pipe.isClosed(joined));
    for (int i = 0; i < core::share::ShareHost::MaxMessagesPerSecond + 5; ++i) {
        pipe.raw(joined, Protocol::write(Protocol::Type::Ping, {{u"t"_s, i}}));
    }
    pipe.pump();
    QVERIFY(pipe.isClosed(joined));
    QVERIFY(!device.isJoined());
    QVERIFY(device.refusal().contains(u"Too many messages"_s));
}

void TestShare::renewingACode_disconnectsItsDevices()
{
    Shared shared(m_hostClock);
    auto &[session, host, pipe, deviceClock] = shared;
    core::share::ShareClient observer(deviceClock, host.codes().code(TeamRole::Observer), u"Obs"_s, u"o1"_s);
    core::share::ShareClient rapporteur(deviceClock, host.codes().code(TeamRole::Rapporteur), u"Rap"_s, u"r1"_s);
    const int observerConnection = pipe.attach(observer);
    pipe.attach(rapporteur);
    pipe.pump();
    host.renewCode(TeamRole::Observer);
    pipe.pump();
    QVERIFY(pipe.isClosed(observerConnection));
    QVERIFY(!observer.isJoined());
    QVERIFY(rapporteur.isJoined());
    QCOMPARE(host.devices().size(), 1);
    // The old code no longer joins.
    pipe.attach(observer);
    pipe.pump();
    QVERIFY(!observer.isJoined());
}

void TestShare::chat_bothWaysAsPlainText()
{
    Shared shared(m_hostClock);
    auto &[session, host, pipe, deviceClock] = shared;
    core::share::ShareClient online(deviceClock, host.codes().code(TeamRole::OnlineModerator), u"Daniel"_s, u"d1"_s);
    pipe.attach(online);
    pipe.pump();
    QString toHost;
    connect(&host,
            &core::share::ShareHost::chatReceived,
            this,
            [&](int, const QString &name, TeamRole role, const QString &text) {
                QCOMPARE(name, u"Daniel"_s);
                QCOMPARE(role, TeamRole::OnlineModerator);
                toHost = text;
            });
    online.sendChat(u"Remote participant Kofi has a question on PQ2\u0007\nplease"_s);
    pipe.pump();
    QCOMPARE(toHost, u"Remote participant Kofi has a question on PQ2\uFFFD please"_s);
    QString toDevice;
    connect(&online, &core::share::ShareClient::chatReceived, this, [&](const QString &, const QString &text) {
        toDevice = text;
    });
    host.sendChat(u"<b>Please read the chat</b>"_s);
    pipe.pump();
    QCOMPARE(toDevice, u"<b>Please read the chat</b>"_s);
}

void TestShare::replicaFile_isMarkedRewrittenAndOpensReadOnly()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"copy.moderato"_s);
    Shared shared(m_hostClock);
    auto &[session, host, pipe, deviceClock] = shared;
    auto device = std::make_unique<core::share::ShareClient>(
        deviceClock, host.codes().code(TeamRole::Rapporteur), u"Rita"_s, u"r1"_s);
    device->setReplicaFile(path, u"moderato://127.0.0.1:47195"_s);
    int connection = pipe.attach(*device);
    pipe.pump();
    QVERIFY(device->session());
    QCOMPARE(device->session()->filePath(), path);
    QVERIFY(device->replicaFileError().isEmpty());
    MODERATO_VERIFY_OK(session->execute(core::commands::StartClock{}));
    pipe.pump();
    QVERIFY(sameLog(*device->session(), *session));
    QCOMPARE(device->session()->replicaOrigin(), u"moderato://127.0.0.1:47195"_s);

    // A fork: the whole log again, into the same file.
    pipe.detach(connection);
    auto other = hostSession(m_hostClock);
    MODERATO_VERIFY_OK(other->execute(core::commands::ShowMessage{u"Other"_s}));
    MODERATO_VERIFY_OK(other->execute(core::commands::ShowMessage{u"Other again"_s}));
    MODERATO_VERIFY_OK(other->execute(core::commands::ShowMessage{u"And again"_s}));
    core::share::ShareHost otherHost(*other, host.codes());
    Pipe otherPipe(otherHost);
    connection = otherPipe.attach(*device);
    otherPipe.pump();
    QVERIFY(sameLog(*device->session(), *other));
    QCOMPARE(device->session()->filePath(), path);
    otherPipe.detach(connection);
    device.reset(); // the device goes; its file stays

    // Later: the file holds the copy, and cannot be mistaken for the original: it opens read-only.
    auto writable = core::Session::open(path, m_hostClock);
    QVERIFY(!writable);
    QCOMPARE(writable.error().code, core::ErrorCode::ReadOnlyFile);
    QVERIFY2(writable.error().detail.contains(u"moderato://127.0.0.1:47195"_s), qPrintable(writable.error().detail));
    auto readOnly = core::Session::open(path, m_hostClock, core::SessionStore::Mode::ReadOnly);
    MODERATO_VERIFY_OK(readOnly);
    QVERIFY(!readOnly.value()->isWritable());
    QVERIFY(sameLog(*readOnly.value(), *other));
    QCOMPARE(readOnly.value()->replicaOrigin(), u"moderato://127.0.0.1:47195"_s);
}

void TestShare::joinCodes_anOlderFileGetsACodeForTheRoomDisplay()
{
    auto session = hostSession(m_hostClock);
    const core::share::JoinCodes first = core::share::JoinCodes::generate();
    // Codes kept by a version without the room display role.
    QJsonObject older = first.toJson();
    older.remove(core::teamRoleKey(TeamRole::RoomDisplay));
    MODERATO_VERIFY_OK(
        session->keepValue(u"share_codes"_s, QString::fromUtf8(QJsonDocument(older).toJson(QJsonDocument::Compact))));
    auto codes = core::share::JoinCodes::forSession(*session, false);
    MODERATO_VERIFY_OK(codes);
    for (const TeamRole role : {TeamRole::CoModerator, TeamRole::OnlineModerator, TeamRole::Rapporteur}) {
        QCOMPARE(codes.value().code(role), first.code(role)); // the devices' codes stay
    }
    const QString roomCode = codes.value().code(TeamRole::RoomDisplay);
    QCOMPARE(roomCode.size(), core::share::JoinCodes::CodeLength);
    QCOMPARE(codes.value().roleFor(roomCode), TeamRole::RoomDisplay);
    // ... and the new one is kept: the same next time.
    QCOMPARE(core::share::JoinCodes::forSession(*session, false).value().code(TeamRole::RoomDisplay), roomCode);
    // A damaged value is still refused, not replaced.
    MODERATO_VERIFY_OK(session->keepValue(u"share_codes"_s, u"{}"_s));
    QVERIFY(!core::share::JoinCodes::forSession(*session, false));
}

QTEST_GUILESS_MAIN(TestShare)
#include "tst_share.moc"
