// SPDX-License-Identifier: MIT
#include "core/share/phonehost.h"

#include "core/base/eventcatalogue.h"
#include "core/session/session.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace core::share {
namespace {

constexpr char16_t PinKey[] = u"phone_pin";
/// One value per phone beside the log: "phone_token/" + the SHA-256 of its token -> its device id.
constexpr char16_t TokenKeyPrefix[] = u"phone_token/";

QString randomPin()
{
    return u"%1"_s.arg(QRandomGenerator::system()->bounded(1'000'000), PhoneHost::PinDigits, 10, QChar(u'0'));
}

QString randomString(qsizetype length, QStringView alphabet)
{
    QString text;
    text.reserve(length);
    QRandomGenerator *random = QRandomGenerator::system();
    for (qsizetype i = 0; i < length; ++i) {
        text.append(alphabet.at(random->bounded(int(alphabet.size()))));
    }
    return text;
}

bool isPin(const QString &pin)
{
    return pin.size() == PhoneHost::PinDigits
           && std::all_of(pin.cbegin(), pin.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

/// Compares without stopping at the first difference, so the time taken says nothing about the PIN.
bool sameInConstantTime(const QString &a, const QString &b)
{
    if (a.size() != b.size()) {
        return false;
    }
    char16_t difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        difference |= a.at(i).unicode() ^ b.at(i).unicode();
    }
    return difference == 0;
}

/// A string field (absent: empty); false when present and not a string.
bool textField(const QJsonObject &json, QStringView key, QString *value)
{
    const QJsonValue v = json.value(key);
    if (v.isUndefined() || v.isNull()) {
        value->clear();
        return true;
    }
    if (!v.isString()) {
        return false;
    }
    *value = v.toString();
    return true;
}

/// A whole-number field (absent: fallback); false when present and not a whole number in range.
bool intField(const QJsonObject &json, QStringView key, int fallback, int *value)
{
    const QJsonValue v = json.value(key);
    if (v.isUndefined() || v.isNull()) {
        *value = fallback;
        return true;
    }
    const double d = v.toDouble(0.5);
    if (!v.isDouble() || d != double(qint64(d)) || d < -1'000'000 || d > 1'000'000) {
        return false;
    }
    *value = int(d);
    return true;
}

} // namespace

PhoneHost::PhoneHost(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    if (auto kept = session.store().value(QString::fromUtf16(PinKey)); kept && isPin(kept.value())) {
        m_pin = kept.value();
    } else {
        m_pin = randomPin();
        (void)session.keepValue(QString::fromUtf16(PinKey), m_pin); // a PIN not kept is renewed at the next start
    }
    connect(&m_session, &Session::eventRecorded, this, &PhoneHost::onEventRecorded);
    m_stateTimer.setSingleShot(true);
    connect(&m_stateTimer, &QTimer::timeout, this, &PhoneHost::sendStates);
}

PhoneHost::~PhoneHost() = default;

Result<void> PhoneHost::renewPin()
{
    QString pin = randomPin();
    while (pin == m_pin) {
        pin = randomPin();
    }
    if (auto ok = m_session.keepValue(QString::fromUtf16(PinKey), pin); !ok) {
        return ok;
    }
    m_pin = pin;
    return {};
}

int PhoneHost::connectedPhones() const
{
    return int(std::count_if(
        m_connections.cbegin(), m_connections.cend(), [](const Connection &c) { return !c.device.isEmpty(); }));
}

void PhoneHost::phoneConnected(int connection, const QString &address)
{
    m_connections.insert(connection, {address, {}, {}});
}

void PhoneHost::phoneDisconnected(int connection)
{
    const auto it = m_connections.constFind(connection);
    if (it == m_connections.cend()) {
        return;
    }
    const bool joined = !it->device.isEmpty();
    m_connections.erase(it);
    if (joined) {
        emit phonesChanged();
    }
}

void PhoneHost::sendTo(int connection, const QJsonObject &message)
{
    emit send(connection, QJsonDocument(message).toJson(QJsonDocument::Compact));
}

void PhoneHost::answer(int connection, const QJsonValue &ref, const QString &code, const QString &reason, qint64 waitMs)
{
    QJsonObject message{{u"t"_s, code.isEmpty() ? u"ok"_s : u"error"_s}};
    if (ref.isDouble()) {
        message.insert(u"ref"_s, ref);
    }
    if (!code.isEmpty()) {
        message.insert(u"code"_s, code);
        message.insert(u"reason"_s, reason);
    }
    if (waitMs >= 0) {
        message.insert(u"wait_s"_s, (waitMs + 999) / 1000);
    }
    sendTo(connection, message);
}

bool PhoneHost::withinRate(Connection &connection)
{
    const qint64 now = m_session.now();
    while (!connection.recent.isEmpty() && connection.recent.constFirst() <= now - 1000) {
        connection.recent.removeFirst();
    }
    connection.recent.append(now);
    return connection.recent.size() <= MaxMessagesPerSecond;
}

qint64 PhoneHost::pinWaitMs(const QString &address)
{
    QList<qint64> &times = m_failedPins[address];
    const qint64 now = m_session.now();
    while (!times.isEmpty() && times.constFirst() <= now - 60'000) {
        times.removeFirst();
    }
    if (times.isEmpty()) {
        m_failedPins.remove(address);
        return 0;
    }
    return times.size() < MaxFailedPinsPerMinute ? 0 : times.constFirst() + 60'000 - now;
}

QString PhoneHost::tokenHash(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256).toHex());
}

QString PhoneHost::deviceOfToken(const QString &token) const
{
    const QString key = QString::fromUtf16(TokenKeyPrefix) + tokenHash(token);
    auto kept = m_session.store().value(key);
    return kept ? kept.value() : QString();
}

void PhoneHost::phoneMessage(int connection, const QByteArray &bytes)
{
    const auto it = m_connections.find(connection);
    if (it == m_connections.end()) {
        return;
    }
    if (!withinRate(it.value())) {
        if (it->recent.size() > 5 * MaxMessagesPerSecond) {
            emit closeConnection(connection); // a flood: nobody taps that fast
            return;
        }
        answer(connection, {}, u"rate"_s, u"too many messages"_s, 1000);
        return;
    }
    if (bytes.size() > MaxMessageBytes) {
        answer(connection, {}, u"invalid"_s, u"message too long"_s);
        return;
    }
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        answer(connection, {}, u"invalid"_s, u"not a JSON object"_s);
        return;
    }
    const QJsonObject json = document.object();
    const QString type = json.value(u"t").toString();
    if (type == u"ping") {
        sendTo(connection, {{u"t"_s, u"pong"_s}});
    } else if (type == u"join") {
        handleJoin(connection, json);
    } else if (type == u"resume") {
        handleResume(connection, json);
    } else if (it->device.isEmpty()) {
        answer(connection, json.value(u"ref"), u"token"_s, u"join first"_s);
    } else {
        handleRequest(connection, type, json);
    }
}

void PhoneHost::handleJoin(int connection, const QJsonObject &json)
{
    const QJsonValue ref = json.value(u"ref");
    Connection &c = m_connections[connection];
    if (const qint64 wait = pinWaitMs(c.address); wait > 0) {
        answer(connection, ref, u"throttled"_s, u"too many wrong PINs from this address"_s, wait);
        return;
    }
    QString pin;
    if (!textField(json, u"pin", &pin) || !sameInConstantTime(pin.trimmed(), m_pin)) {
        m_failedPins[c.address].append(m_session.now());
        answer(connection, ref, u"pin"_s, u"wrong PIN"_s);
        return;
    }
    if (!m_session.state().audience().joiningOpen()) {
        answer(connection, ref, u"closed"_s, u"joining is closed"_s);
        return;
    }
    if (m_session.state().audience().phones().size() >= MaxPhones) {
        answer(connection, ref, u"full"_s, u"too many phones"_s);
        return;
    }
    Who who;
    const std::pair<const char16_t *, QString *> fields[] = {{u"name", &who.name},
                                                             {u"group", &who.group},
                                                             {u"region", &who.region},
                                                             {u"gender", &who.gender},
                                                             {u"channel", &who.channel},
                                                             {u"hub", &who.hub}};
    for (const auto &[key, value] : fields) {
        if (!textField(json, QStringView(key), value)) {
            answer(connection, ref, u"invalid"_s, u"%1 must be text"_s.arg(QStringView(key)));
            return;
        }
    }
    if (!who.channel.isEmpty() && who.channel != u"onsite" && who.channel != u"online" && who.channel != u"hub") {
        answer(connection, ref, u"invalid"_s, u"channel is onsite, online or hub"_s);
        return;
    }
    QString device = randomString(8, u"abcdefghijkmnpqrstuvwxyz23456789");
    while (m_session.state().audience().phone(device)) {
        device = randomString(8, u"abcdefghijkmnpqrstuvwxyz23456789");
    }
    auto joined = m_session.executeFromPhone(commands::JoinPhone{device, who});
    if (!joined) {
        answer(connection,
               ref,
               joined.error().code == ErrorCode::InvalidArgument ? u"invalid"_s : u"state"_s,
               joined.error().detail);
        return;
    }
    const QString token = randomString(32, u"0123456789abcdef");
    if (auto kept = m_session.keepValue(QString::fromUtf16(TokenKeyPrefix) + tokenHash(token), device); !kept) {
        qWarning("The phones' tokens could not be kept: %s", qPrintable(kept.error().detail));
    }
    answer(connection, ref);
    welcome(connection, device, token);
}

void PhoneHost::handleResume(int connection, const QJsonObject &json)
{
    const QJsonValue ref = json.value(u"ref");
    Connection &c = m_connections[connection];
    if (const qint64 wait = pinWaitMs(c.address); wait > 0) {
        answer(connection, ref, u"throttled"_s, u"too many failed attempts from this address"_s, wait);
        return;
    }
    QString token;
    if (!textField(json, u"token", &token) || token.size() != 32) {
        m_failedPins[c.address].append(m_session.now());
        answer(connection, ref, u"token"_s, u"unknown token"_s);
        return;
    }
    const QString device = deviceOfToken(token);
    const Phone *phone = m_session.state().audience().phone(device);
    if (device.isEmpty() || !phone) {
        m_failedPins[c.address].append(m_session.now());
        answer(connection, ref, u"token"_s, u"unknown token"_s);
        return;
    }
    if (phone->blocked) {
        answer(connection, ref, u"blocked"_s, u"the moderator blocked this phone"_s);
        emit closeConnection(connection);
        return;
    }
    answer(connection, ref);
    welcome(connection, device, token);
}

void PhoneHost::welcome(int connection, const QString &device, const QString &token)
{
    m_connections[connection].device = device;
    const Phone *phone = m_session.state().audience().phone(device);
    const Participant *participant = phone ? m_session.state().floor().participant(phone->participant) : nullptr;
    sendTo(connection,
           {{u"t"_s, u"welcome"_s},
            {u"token"_s, token},
            {u"device"_s, device},
            {u"name"_s, participant ? participant->name : QString()}});
    sendTo(connection, stateFor(device, commonState()));
    emit phonesChanged();
}

void PhoneHost::handleRequest(int connection, const QString &type, const QJsonObject &json)
{
    const QJsonValue ref = json.value(u"ref");
    const QString device = m_connections.value(connection).device;
    const SessionState &state = m_session.state();
    const Phone *phone = state.audience().phone(device);
    if (!phone) {
        answer(connection, ref, u"token"_s, u"unknown phone"_s);
        return;
    }
    if (phone->blocked) {
        answer(connection, ref, u"blocked"_s, u"the moderator blocked this phone"_s);
        return;
    }
    const int participant = phone->participant;
    const Who me{participant, {}, {}, {}, {}, {}, {}};
    const FloorState &floor = state.floor();
    const qint64 now = m_session.now();

    auto run = [&](const Command &command) {
        auto result = m_session.executeFromPhone(command);
        if (!result) {
            answer(connection,
                   ref,
                   result.error().code == ErrorCode::InvalidArgument ? u"invalid"_s : u"state"_s,
                   result.error().detail);
        } else {
            answer(connection, ref);
        }
    };
    auto textOf = [&](QStringView key, QString *text) {
        if (!textField(json, key, text)) {
            answer(connection, ref, u"invalid"_s, u"%1 must be text"_s.arg(key));
            return false;
        }
        return true;
    };
    auto textDue = [&]() -> qint64 {
        const auto last = m_lastText.constFind(device);
        return last == m_lastText.cend() ? 0 : std::max<qint64>(0, last.value() + TextIntervalMs - now);
    };

    if (type == u"floor") {
        for (const Request &request : floor.requests()) {
            if (request.participantId == participant) {
                answer(connection, ref, u"pending"_s, u"already waiting to speak"_s);
                return;
            }
        }
        run(commands::RequestToSpeak{me, device});
    } else if (type == u"withdraw") {
        for (const Request &request : floor.requests()) {
            if (request.participantId == participant) {
                run(commands::WithdrawRequest{request.id});
                return;
            }
        }
        answer(connection, ref, u"state"_s, u"no request to withdraw"_s);
    } else if (type == u"chair") {
        if (floor.chairState() != ChairState::Open) {
            answer(connection, ref, u"chair_closed"_s, u"the empty chair is not open"_s);
        } else if (floor.pendingClaim() == participant) {
            answer(connection, ref, u"pending"_s, u"already waiting for the chair"_s);
        } else if (floor.pendingClaim() != 0) {
            answer(connection, ref, u"busy"_s, u"someone else is waiting for the chair"_s);
        } else {
            run(commands::ClaimChair{me, device});
        }
    } else if (type == u"unchair") {
        if (floor.pendingClaim() != participant) {
            answer(connection, ref, u"state"_s, u"no ask for the chair to withdraw"_s);
        } else {
            run(commands::DeclineChairClaim{});
        }
    } else if (type == u"question") {
        QString text;
        int policy = -1;
        int speaker = 0;
        if (!textOf(u"text", &text)) {
            return;
        }
        if (!intField(json, u"policy_question", -1, &policy) || !intField(json, u"speaker", 0, &speaker)) {
            answer(connection, ref, u"invalid"_s, u"policy_question and speaker are whole numbers"_s);
            return;
        }
        if (policy < -1 || policy >= state.definition().policyQuestions.size()
            || (speaker != 0 && !floor.participant(speaker))) {
            answer(connection, ref, u"unknown"_s, u"no such policy question or speaker"_s);
            return;
        }
        const AudienceState &audience = state.audience();
        const qint64 last = audience.lastQuestionMs(device);
        if (last >= 0 && now - last < audience.limits().questionIntervalMs) {
            answer(connection,
                   ref,
                   u"rate"_s,
                   u"a question a moment ago"_s,
                   last + audience.limits().questionIntervalMs - now);
            return;
        }
        if (audience.waitingQuestions(device) >= audience.limits().pendingQuestions) {
            answer(connection, ref, u"pending"_s, u"questions still waiting for the moderator"_s);
            return;
        }
        run(commands::SubmitQuestion{device, text, policy, speaker});
    } else if (type == u"react") {
        QString reaction;
        QString text;
        int takeaway = 0;
        if (!textOf(u"reaction", &reaction) || !textOf(u"text", &text)) {
            return;
        }
        if (!intField(json, u"takeaway", 0, &takeaway)) {
            answer(connection, ref, u"invalid"_s, u"takeaway is a whole number"_s);
            return;
        }
        const auto &takeaways = state.display().takeaways();
        if (std::none_of(takeaways.cbegin(), takeaways.cend(), [&](const Takeaway &t) { return t.id == takeaway; })) {
            answer(connection, ref, u"unknown"_s, u"no such takeaway"_s);
            return;
        }
        if (reaction == u"comment") {
            if (const qint64 wait = textDue(); wait > 0) {
                answer(connection, ref, u"rate"_s, u"a comment a moment ago"_s, wait);
                return;
            }
            m_lastText.insert(device, now);
        }
        run(commands::ReactToTakeaway{device, takeaway, reaction, text});
    } else if (type == u"takeaway") {
        QString text;
        if (!textOf(u"text", &text)) {
            return;
        }
        if (const qint64 wait = textDue(); wait > 0) {
            answer(connection, ref, u"rate"_s, u"a takeaway a moment ago"_s, wait);
            return;
        }
        m_lastText.insert(device, now);
        run(commands::ShareTakeaway{device, text});
    } else {
        answer(connection, ref, u"invalid"_s, u"unknown message type"_s);
    }
}

void PhoneHost::onEventRecorded(const Event &event)
{
    if (event.type == EventType::PhoneBlocked && event.data.value(u"blocked").toBool()) {
        const QString device = event.data.value(u"device").toString();
        // Withdrawing its requests records events: not from inside this one's signal.
        QMetaObject::invokeMethod(
            this, [this, device] { afterBlock(device); }, Qt::QueuedConnection);
    }
    constexpr Areas shown = Area::Clock | Area::Details | Area::People | Area::Floor | Area::Chair | Area::Room
                            | Area::Audience | Area::Agenda;
    if (!(EventCatalogue::areas(event.type) & shown)) {
        return;
    }
    if (!m_stateTimer.isActive()) {
        // At once (after the events of this moment), unless a state went out less than the interval ago.
        const qint64 since = m_sinceState.isValid() ? m_sinceState.elapsed() : StateIntervalMs;
        m_stateTimer.start(int(std::clamp<qint64>(StateIntervalMs - since, 0, StateIntervalMs)));
    }
}

void PhoneHost::afterBlock(const QString &device)
{
    const Phone *phone = m_session.state().audience().phone(device);
    if (!phone || !phone->blocked) {
        return;
    }
    const int participant = phone->participant;
    for (const Request &request : m_session.state().floor().requests()) {
        if (request.participantId == participant) {
            (void)m_session.executeFromPhone(commands::WithdrawRequest{request.id});
            break;
        }
    }
    if (m_session.state().floor().pendingClaim() == participant) {
        (void)m_session.executeFromPhone(commands::DeclineChairClaim{});
    }
    dropPhone(device, u"blocked"_s);
}

void PhoneHost::dropPhone(const QString &device, const QString &code)
{
    QList<int> connections;
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it) {
        if (it->device == device) {
            connections.append(it.key());
        }
    }
    for (const int connection : std::as_const(connections)) {
        sendTo(connection, {{u"t"_s, u"bye"_s}, {u"code"_s, code}});
        m_connections.remove(connection);
        emit closeConnection(connection);
    }
    if (!connections.isEmpty()) {
        emit phonesChanged();
    }
}

QJsonObject PhoneHost::commonState() const
{
    const SessionState &state = m_session.state();
    const qint64 now = m_session.now();
    const FloorState &floor = state.floor();
    const bool running = state.runState() == RunState::Running;
    QJsonObject common{{u"t"_s, u"state"_s},
                       {u"session"_s, state.definition().title},
                       {u"joining"_s, state.audience().joiningOpen()},
                       {u"chair"_s, chairStateKey(floor.chairState())}};
    const int index = state.currentIndex();
    if (state.runState() == RunState::Ended) {
        common.insert(u"item"_s, QJsonValue::Null);
    } else {
        common.insert(u"item"_s,
                      QJsonObject{{u"title"_s, state.agenda().item(index).title},
                                  {u"remaining_ms"_s, double(state.remainingMs(index, now))},
                                  {u"running"_s, running}});
    }
    if (const Turn *turn = floor.currentTurn()) {
        const Participant *speaker = floor.participant(turn->participantId);
        common.insert(u"floor"_s,
                      QJsonObject{{u"name"_s, speaker ? speaker->name : QString()},
                                  {u"group"_s, speaker ? speaker->stakeholderGroup : QString()},
                                  {u"remaining_ms"_s, double(turn->limitMs - turn->elapsedMs(now))},
                                  {u"running"_s, turn->runningSinceMs >= 0}});
    } else {
        common.insert(u"floor"_s, QJsonValue::Null);
    }
    const QList<Request> queue = floor.orderedQueue(now);
    const Participant *next = queue.isEmpty() ? nullptr : floor.participant(queue.constFirst().participantId);
    common.insert(u"next"_s, next ? QJsonValue(next->name) : QJsonValue(QJsonValue::Null));
    common.insert(u"policy_questions"_s, QJsonArray::fromStringList(state.definition().policyQuestions));
    QJsonArray speakers;
    for (const Participant &p : floor.participants()) {
        if (p.hasRole(Role::Speaker)) {
            speakers.append(QJsonObject{{u"id"_s, p.id}, {u"name"_s, p.name}});
        }
    }
    common.insert(u"speakers"_s, speakers);
    QJsonArray takeaways;
    for (const Takeaway &takeaway : state.display().takeaways()) {
        const auto [agree, disagree] = state.audience().stanceCounts(takeaway.id);
        takeaways.append(QJsonObject{
            {u"id"_s, takeaway.id}, {u"text"_s, takeaway.text}, {u"agree"_s, agree}, {u"disagree"_s, disagree}});
    }
    common.insert(u"takeaways"_s, takeaways);
    const PhoneLimits &limits = state.audience().limits();
    common.insert(u"limits"_s,
                  QJsonObject{{u"pending_questions"_s, limits.pendingQuestions},
                              {u"question_interval_s"_s, double(limits.questionIntervalMs / 1000)}});
    return common;
}

QJsonObject PhoneHost::stateFor(const QString &device) const
{
    return stateFor(device, commonState());
}

QJsonObject PhoneHost::stateFor(const QString &device, const QJsonObject &common) const
{
    const SessionState &state = m_session.state();
    const AudienceState &audience = state.audience();
    const Phone *phone = audience.phone(device);
    if (!phone) {
        return common;
    }
    const qint64 now = m_session.now();
    const FloorState &floor = state.floor();
    QJsonObject message = common;
    int place = 0;
    const QList<Request> queue = floor.orderedQueue(now);
    for (qsizetype i = 0; i < queue.size(); ++i) {
        if (queue.at(i).participantId == phone->participant) {
            place = int(i) + 1;
            break;
        }
    }
    QString chair = u"none"_s;
    if (floor.pendingClaim() == phone->participant) {
        chair = u"waiting"_s;
    } else if (const Turn *turn = floor.currentTurn();
               turn && turn->participantId == phone->participant && turn->kind == TurnKind::Chair) {
        chair = u"seated"_s;
    }
    const qint64 last = audience.lastQuestionMs(device);
    const qint64 wait = last < 0 ? 0 : std::max<qint64>(0, last + audience.limits().questionIntervalMs - now);
    const Participant *participant = floor.participant(phone->participant);
    message.insert(u"me"_s,
                   QJsonObject{{u"device"_s, device},
                               {u"name"_s, participant ? participant->name : QString()},
                               {u"queue_place"_s, place},
                               {u"chair"_s, chair},
                               {u"question_wait_s"_s, double((wait + 999) / 1000)},
                               {u"blocked"_s, phone->blocked}});
    QJsonArray takeaways = message.value(u"takeaways").toArray();
    for (qsizetype i = 0; i < takeaways.size(); ++i) {
        QJsonObject takeaway = takeaways.at(i).toObject();
        const QString stance = audience.stance(device, takeaway.value(u"id").toInt());
        takeaway.insert(u"mine"_s, stance.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(stance));
        takeaways.replace(i, takeaway);
    }
    message.insert(u"takeaways"_s, takeaways);
    return message;
}

void PhoneHost::sendStates()
{
    m_sinceState.start();
    if (m_connections.isEmpty()) {
        return;
    }
    const QJsonObject common = commonState();
    QHash<QString, QByteArray> byDevice; // a phone with two tabs: one serialization
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it) {
        if (it->device.isEmpty()) {
            continue;
        }
        auto bytes = byDevice.constFind(it->device);
        if (bytes == byDevice.cend()) {
            bytes =
                byDevice.insert(it->device, QJsonDocument(stateFor(it->device, common)).toJson(QJsonDocument::Compact));
        }
        emit send(it.key(), bytes.value());
    }
}

} // namespace core::share
