// SPDX-License-Identifier: MIT
#include "core/share/shareclient.h"

#include "core/session/session.h"
#include "core/store/filelock.h"
#include "core/store/memorystore.h"
#include "core/store/sessionstore.h"

#include <QFile>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace core::share {
namespace {

/// How many pongs the clock estimate looks back on.
constexpr qsizetype ClockSamples = 8;

} // namespace

ShareClient::ShareClient(const Clock &clock, QString code, QString name, QString deviceId, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_code(std::move(code))
    , m_name(std::move(name))
    , m_deviceId(std::move(deviceId))
{
    m_offlineSinceMs = m_clock.monotonicMs();
    m_paceTimer.setSingleShot(true);
    connect(&m_paceTimer, &QTimer::timeout, this, &ShareClient::flushOutbox);
}

ShareClient::~ShareClient() = default;

void ShareClient::setReplicaFile(const QString &path, const QString &origin)
{
    m_replicaPath = path;
    m_replicaOrigin = origin;
}

Result<std::unique_ptr<EventStore>> ShareClient::storeFor(const QList<Event> &events)
{
    if (!m_replicaPath.isEmpty()) {
        // The earlier copy is this device's own file, closed by now: replaced, not merged.
        for (const QString &suffix : QStringList{QString()} + SessionFiles::SideSuffixes) {
            QFile::remove(m_replicaPath + suffix);
        }
        auto file = SessionStore::create(m_replicaPath);
        Result<void> written = file ? Result<void>() : Result<void>(file.error());
        if (written) {
            written = file.value()->setValue(QString::fromUtf16(Session::ReplicaKey), m_replicaOrigin);
        }
        if (written) {
            written = file.value()->appendAll(events);
        }
        if (written) {
            m_replicaError.clear();
            return std::unique_ptr<EventStore>(std::move(file).value());
        }
        m_replicaError = errorMessage(written.error());
        qWarning("moderato: the copy of the shared session stays in memory: %s", qPrintable(m_replicaError));
        if (file) {
            file.value().reset(); // closed before it goes
        }
        QFile::remove(m_replicaPath);
    }
    auto memory = MemoryStore::withEvents(events);
    if (!memory) {
        return memory.error();
    }
    return std::unique_ptr<EventStore>(std::move(memory).value());
}

Result<QString> ShareClient::send(const Command &command)
{
    if (auto ok = CommandCatalogue::validate(command); !ok) {
        return ok.error();
    }
    if (m_joined && !CommandCatalogue::mayIssue(m_role, command)) {
        // The host's words for it, so a refusal reads the same wherever it is caught.
        return Error{ErrorCode::InvalidState, CommandCatalogue::refusal(m_role, command.index())};
    }
    Command stamped = command;
    // A note keeps when it was typed, even when it reaches the host long after (offline).
    if (auto *note = std::get_if<commands::AddNote>(&stamped); note && note->typedAtMs < 0 && m_session) {
        note->typedAtMs = m_session->now();
    }
    Pending pending{u"%1-%2"_s.arg(m_deviceId).arg(m_nextCommand++), stamped};
    m_outbox.append(pending);
    if (m_joined && !m_catchingUp) {
        flushOutbox();
    }
    return pending.id;
}

void ShareClient::sendChat(const QString &text)
{
    const QString clean = Protocol::cleanText(text, Protocol::MaxChatLength);
    if (m_joined && !clean.isEmpty()) {
        emit sendMessage(Protocol::write(Protocol::Type::Chat, {{u"text"_s, clean}}));
    }
}

void ShareClient::ping()
{
    if (!m_joined) {
        return;
    }
    QJsonObject json{{u"t"_s, double(m_clock.monotonicMs())}};
    if (m_roundTripMs >= 0) {
        json.insert(u"rtt"_s, double(m_roundTripMs));
    }
    emit sendMessage(Protocol::write(Protocol::Type::Ping, json));
}

void ShareClient::connected()
{
    m_connected = true;
    m_refusal.clear();
    // After a gap or a fork the copy stays on screen, but the whole log is asked for again.
    const QList<Event> events = m_session && !m_needsWholeLog ? m_session->events() : QList<Event>();
    QJsonObject hello{{u"protocol"_s, Protocol::Version},
                      {u"code"_s, m_code},
                      {u"name"_s, m_name},
                      {u"device"_s, m_deviceId},
                      {u"last_seq"_s, double(events.isEmpty() ? 0 : events.constLast().seq)}};
    if (!events.isEmpty()) {
        hello.insert(u"last_digest"_s, Protocol::digest(events.constLast()));
    }
    emit sendMessage(Protocol::write(Protocol::Type::Hello, hello));
}

void ShareClient::disconnected()
{
    const bool wasOnline = m_joined;
    m_connected = false;
    m_joined = false;
    m_inFlight.clear();
    if (m_offlineSinceMs < 0) {
        m_offlineSinceMs = m_clock.monotonicMs();
    }
    if (wasOnline) {
        emit onlineChanged(false);
    }
}

void ShareClient::flushOutbox()
{
    // A few at a time, the next as each is answered, and at most MaxCommandsPerSecond: a long outbox or a
    // fast script never trips the host's rate limit.
    if (!m_joined) {
        return;
    }
    const qint64 now = m_clock.monotonicMs();
    while (!m_sentTimes.isEmpty() && m_sentTimes.constFirst() <= now - 1000) {
        m_sentTimes.removeFirst();
    }
    for (const Pending &pending : std::as_const(m_outbox)) {
        if (m_inFlight.size() >= MaxInFlight) {
            break;
        }
        if (m_inFlight.contains(pending.id)) {
            continue;
        }
        if (m_sentTimes.size() >= MaxCommandsPerSecond) {
            if (!m_paceTimer.isActive()) {
                m_paceTimer.start(int(std::max<qint64>(1, m_sentTimes.constFirst() + 1000 - now)));
            }
            break;
        }
        m_sentTimes.append(now);
        m_inFlight.insert(pending.id);
        emit sendMessage(
            Protocol::write(Protocol::Type::Command,
                            {{u"id"_s, pending.id}, {u"command"_s, CommandCatalogue::toJson(pending.command)}}));
    }
}

void ShareClient::hostMessage(const QByteArray &bytes)
{
    auto message = Protocol::readHostMessage(bytes);
    if (!message) {
        qWarning("moderato: a message from the host was not understood: %s", qPrintable(errorMessage(message.error())));
        return;
    }
    const QJsonObject &json = message.value().json;
    switch (message.value().type) {
    case Protocol::Type::Welcome: {
        const auto role = teamRoleFromKey(json.value(u"role").toString());
        if (!role) {
            m_refusal = tr("The host gave an unknown role.");
            emit refused(m_refusal);
            return;
        }
        m_role = *role;
        m_joined = true;
        m_catchingUp = true;
        m_offlineSinceMs = -1;
        m_samples.clear();
        // Until the first pong: the host's time when it wrote the welcome, as if it came at once.
        m_welcomeOffset = qint64(json.value(u"host_ms").toDouble()) - m_clock.monotonicMs();
        emit joined(m_role);
        emit onlineChanged(true);
        return;
    }
    case Protocol::Type::Refused:
        m_refusal = Protocol::cleanText(json.value(u"reason").toString(), 400);
        emit refused(m_refusal);
        return;
    case Protocol::Type::Events:
        handleEvents(json);
        return;
    case Protocol::Type::Outcome: {
        const QString id = json.value(u"id").toString();
        m_outbox.removeIf([&](const Pending &pending) { return pending.id == id; });
        m_inFlight.remove(id);
        emit outcome(id, json.value(u"ok").toBool(), json.value(u"error").toString());
        flushOutbox();
        return;
    }
    case Protocol::Type::Pong:
        handlePong(json);
        return;
    case Protocol::Type::Chat:
        emit chatReceived(Protocol::cleanText(json.value(u"from").toString(), Protocol::MaxNameLength),
                          Protocol::cleanText(json.value(u"text").toString(), Protocol::MaxChatLength));
        return;
    case Protocol::Type::Devices:
        emit devicesReceived(json.value(u"devices").toArray());
        return;
    default:
        return;
    }
}

void ShareClient::handleEvents(const QJsonObject &json)
{
    QList<Event> events;
    for (const QJsonValue &value : json.value(u"events").toArray()) {
        auto event = Protocol::eventFromJson(value);
        if (!event) {
            qWarning("moderato: an event from the host was not understood: %s",
                     qPrintable(errorMessage(event.error())));
            m_needsWholeLog = true; // the whole log again on the next connection, never a guess
            emit resyncNeeded();
            return;
        }
        events.append(event.value());
    }
    const bool reset = json.value(u"reset").toBool();
    if (reset || !m_session) {
        // The old copy goes first: its file is the one rewritten.
        emit aboutToReplaceSession();
        m_session.reset();
        auto store = storeFor(events);
        if (!store) {
            qWarning("moderato: the host's log could not be copied: %s", qPrintable(errorMessage(store.error())));
            m_needsWholeLog = true;
            emit sessionReplaced();
            emit resyncNeeded();
            return;
        }
        auto replica = Session::replica(std::move(store).value(), m_clock);
        if (!replica) {
            qWarning("moderato: the host's log could not be read: %s", qPrintable(errorMessage(replica.error())));
            m_needsWholeLog = true;
            emit sessionReplaced();
            emit resyncNeeded();
            return;
        }
        replica.value()->setForwarder(m_role, [this](const Command &command) -> Result<void> {
            if (auto id = send(command); !id) {
                return id.error();
            }
            return {};
        });
        m_session = std::move(replica).value();
        m_needsWholeLog = false;
        const qint64 now = m_clock.monotonicMs();
        if (m_samples.isEmpty()) {
            m_session->followHost(m_welcomeOffset + now, now);
        } else {
            m_session->followHost(std::min_element(m_samples.cbegin(), m_samples.cend())->second + now, now);
        }
        emit sessionReplaced();
    } else {
        for (const Event &event : std::as_const(events)) {
            if (auto ok = m_session->receive(event); !ok) {
                // A gap or a fork: ask for the whole log again rather than guess.
                qWarning("moderato: the copy of the session is out of step: %s", qPrintable(errorMessage(ok.error())));
                m_needsWholeLog = true;
                emit resyncNeeded();
                return;
            }
        }
    }
    if (m_catchingUp) {
        // Caught up after joining: what waits in the outbox (typed offline, or unanswered) goes now.
        m_catchingUp = false;
        flushOutbox();
    }
}

void ShareClient::handlePong(const QJsonObject &json)
{
    const qint64 now = m_clock.monotonicMs();
    const qint64 sent = qint64(json.value(u"t").toDouble());
    if (sent > now) {
        return;
    }
    const qint64 roundTrip = now - sent;
    m_roundTripMs = roundTrip;
    // The host's time when the pong arrived, taken as half the round trip after the host wrote it.
    const qint64 offset = qint64(json.value(u"host_ms").toDouble()) + roundTrip / 2 - now;
    m_samples.append({roundTrip, offset});
    if (m_samples.size() > ClockSamples) {
        m_samples.removeFirst();
    }
    const auto best = std::min_element(m_samples.cbegin(), m_samples.cend());
    if (m_session) {
        m_session->followHost(best->second + now, now);
    }
}

} // namespace core::share
