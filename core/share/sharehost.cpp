// SPDX-License-Identifier: MIT
#include "core/share/sharehost.h"

#include "core/session/session.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace core::share {
namespace {

/// Where the session file keeps a device's last command ids.
QString keptIdsKey(const QString &deviceId)
{
    return u"share_done/"_s + deviceId;
}

/// Commands that name a file on the machine that runs them: never from another device.
bool readsHostFiles(const Command &command)
{
    return std::holds_alternative<commands::AddMedia>(command)
           || std::holds_alternative<commands::AddSubtitles>(command)
           || std::holds_alternative<commands::ImportTranscript>(command);
}

} // namespace

ShareHost::ShareHost(Session &session, JoinCodes codes, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_codes(std::move(codes))
{
    connect(&m_session, &Session::eventRecorded, this, &ShareHost::onEventRecorded);
    m_devicesTimer.setSingleShot(true);
    m_devicesTimer.setInterval(DevicesListDelayMs);
    connect(&m_devicesTimer, &QTimer::timeout, this, &ShareHost::sendDevices);
}

ShareHost::~ShareHost() = default;

void ShareHost::renewCode(TeamRole role)
{
    m_codes.renew(role);
    if (auto ok = m_codes.keepIn(m_session); !ok) {
        qWarning("moderato: the renewed join code could not be kept: %s", qPrintable(errorMessage(ok.error())));
    }
    const QList<int> connections = m_devices.keys();
    for (const int connection : connections) {
        const Device &device = m_devices.value(connection);
        if (device.joined && device.role == role) {
            disconnectDevice(connection, tr("The join code was renewed: join again with the new code."));
        }
    }
    emit codesChanged();
}

qint64 ShareHost::now() const
{
    return m_session.now();
}

QList<ShareHost::Device> ShareHost::devices() const
{
    QList<Device> list;
    for (const Device &device : m_devices) {
        if (device.joined) {
            list.append(device);
        }
    }
    std::sort(list.begin(), list.end(), [](const Device &a, const Device &b) { return a.connection < b.connection; });
    return list;
}

void ShareHost::disconnectDevice(int connection, const QString &reason)
{
    if (!m_devices.contains(connection)) {
        return;
    }
    refuse(connection, reason);
}

void ShareHost::sendChat(const QString &text, int connection)
{
    const QString clean = Protocol::cleanText(text, Protocol::MaxChatLength);
    if (clean.isEmpty()) {
        return;
    }
    const QByteArray message = Protocol::write(
        Protocol::Type::Chat,
        {{u"text"_s, clean}, {u"from"_s, tr("Moderator")}, {u"role"_s, teamRoleKey(TeamRole::OnsiteModerator)}});
    for (const Device &device : std::as_const(m_devices)) {
        if (device.joined && (connection == 0 || device.connection == connection)) {
            emit send(device.connection, message);
        }
    }
}

void ShareHost::deviceConnected(int connection, const QString &address)
{
    if (m_devices.size() >= MaxDevices) {
        emit send(connection,
                  Protocol::write(
                      Protocol::Type::Refused,
                      {{u"reason"_s, tr("The session has as many devices as it can take (%1).").arg(MaxDevices)}}));
        emit closeConnection(connection, u"full"_s);
        return;
    }
    Device device;
    device.connection = connection;
    device.address = address;
    device.connectedMs = m_session.now();
    device.lastSeenMs = device.connectedMs;
    m_devices.insert(connection, device);
}

void ShareHost::deviceDisconnected(int connection)
{
    const bool wasJoined = m_devices.value(connection).joined;
    m_devices.remove(connection);
    m_recentMessages.remove(connection);
    if (wasJoined) {
        broadcastDevices();
    }
}

void ShareHost::refuse(int connection, const QString &reason, bool withVersion)
{
    QJsonObject json{{u"reason"_s, reason}};
    if (withVersion) {
        json.insert(u"protocol"_s, Protocol::Version);
    }
    emit send(connection, Protocol::write(Protocol::Type::Refused, json));
    emit closeConnection(connection, reason);
    deviceDisconnected(connection);
}

bool ShareHost::withinRate(int connection)
{
    QList<qint64> &times = m_recentMessages[connection];
    const qint64 now = m_session.now();
    while (!times.isEmpty() && times.constFirst() <= now - 1000) {
        times.removeFirst();
    }
    times.append(now);
    return times.size() <= MaxMessagesPerSecond;
}

bool ShareHost::mayTryJoin(const QString &address)
{
    QList<qint64> &times = m_failedJoins[address];
    const qint64 now = m_session.now();
    while (!times.isEmpty() && times.constFirst() <= now - 60'000) {
        times.removeFirst();
    }
    if (times.isEmpty()) {
        m_failedJoins.remove(address);
        return true;
    }
    return times.size() < MaxFailedJoinsPerMinute;
}

void ShareHost::deviceMessage(int connection, const QByteArray &bytes)
{
    auto found = m_devices.find(connection);
    if (found == m_devices.end()) {
        return;
    }
    if (!withinRate(connection)) {
        refuse(connection, tr("Too many messages: at most %1 a second.").arg(MaxMessagesPerSecond));
        return;
    }
    auto message = Protocol::readDeviceMessage(bytes);
    if (!message) {
        if (!found->joined || bytes.size() > Protocol::MaxDeviceMessageBytes) {
            refuse(connection, errorMessage(message.error()));
        } else {
            emit send(
                connection,
                Protocol::write(Protocol::Type::Outcome,
                                {{u"id"_s, QString()}, {u"ok"_s, false}, {u"error"_s, errorMessage(message.error())}}));
        }
        return;
    }
    Device &device = *found;
    device.lastSeenMs = m_session.now();
    const QJsonObject &json = message.value().json;
    if (!device.joined) {
        if (message.value().type != Protocol::Type::Hello) {
            refuse(connection, tr("Join the session first."));
            return;
        }
        handleHello(device, json);
        return;
    }
    switch (message.value().type) {
    case Protocol::Type::Hello:
        refuse(connection, tr("This device has joined already."));
        return;
    case Protocol::Type::Command:
        handleCommand(device, json);
        return;
    case Protocol::Type::Ping:
        handlePing(device, json);
        return;
    case Protocol::Type::Chat:
        handleChat(device, json);
        return;
    default:
        return; // readDeviceMessage lets through only what a device may send
    }
}

void ShareHost::handleHello(Device &device, const QJsonObject &json)
{
    const int connection = device.connection;
    if (json.value(u"protocol").toInt() != Protocol::Version) {
        refuse(connection,
               tr("This device speaks protocol %1 and the host speaks %2: use the same version of Moderato on both.")
                   .arg(json.value(u"protocol").toInt())
                   .arg(Protocol::Version),
               true);
        return;
    }
    if (!mayTryJoin(device.address)) {
        refuse(connection, tr("Too many wrong join codes from this address: wait a minute."));
        return;
    }
    const auto role = m_codes.roleFor(json.value(u"code").toString());
    if (!role) {
        m_failedJoins[device.address].append(m_session.now());
        refuse(connection, tr("This join code is not valid (it may have been renewed)."));
        return;
    }
    const QString name = Protocol::cleanText(json.value(u"name").toString(), Protocol::MaxNameLength);
    const QString id = Protocol::cleanText(json.value(u"device").toString(), Protocol::MaxIdLength);
    if (name.isEmpty() || id.isEmpty()) {
        refuse(connection, tr("A device needs a name and an id to join."));
        return;
    }
    // The same device again (a reconnection): the old connection gives way.
    const QList<int> connections = m_devices.keys();
    for (const int other : connections) {
        if (other != connection && m_devices.value(other).joined && m_devices.value(other).id == id) {
            refuse(other, tr("This device connected again."));
        }
    }
    Device &joined = m_devices[connection];
    joined.joined = true;
    joined.role = *role;
    joined.name = name;
    joined.id = id;
    emit send(connection,
              Protocol::write(Protocol::Type::Welcome,
                              {{u"protocol"_s, Protocol::Version},
                               {u"role"_s, teamRoleKey(*role)},
                               {u"device"_s, id},
                               {u"title"_s, m_session.state().definition().title},
                               {u"host_ms"_s, double(m_session.now())}}));
    // Only what the device lacks, if its copy is a prefix of the host's log; else the whole log.
    const qint64 lastSeq = qint64(json.value(u"last_seq").toDouble());
    const QList<Event> &events = m_session.events();
    const bool continues = lastSeq > 0 && lastSeq <= events.size()
                           && Protocol::digest(events.at(lastSeq - 1)) == json.value(u"last_digest").toString();
    sendEventsFrom(connection, continues ? lastSeq : 0, !continues);
    broadcastDevices();
}

void ShareHost::sendEventsFrom(int connection, qint64 afterSeq, bool reset)
{
    const QList<Event> &events = m_session.events();
    qsizetype from = qsizetype(afterSeq);
    bool first = true;
    do {
        QJsonArray batch;
        const qsizetype to = std::min(events.size(), from + Protocol::EventsPerMessage);
        for (qsizetype i = from; i < to; ++i) {
            batch.append(Protocol::eventToJson(events.at(i)));
        }
        emit send(connection,
                  Protocol::write(Protocol::Type::Events, {{u"reset"_s, reset && first}, {u"events"_s, batch}}));
        first = false;
        from = to;
    } while (from < events.size());
}

void ShareHost::handleCommand(Device &device, const QJsonObject &json)
{
    const QString id = json.value(u"id").toString();
    const int connection = device.connection;
    const QString deviceId = device.id;
    if (const auto known = m_outcomes.value(deviceId).constFind(id); known != m_outcomes.value(deviceId).cend()) {
        emit send(connection, *known);
        return;
    }
    QJsonObject outcome{{u"id"_s, id}};
    QStringList &kept = keptIds(deviceId);
    if (kept.contains(id)) {
        // Ran before the host restarted: the file says so; it does not run again.
        outcome.insert(u"ok"_s, true);
        outcome.insert(u"seq"_s, double(m_session.events().isEmpty() ? 0 : m_session.events().constLast().seq));
        emit send(connection, Protocol::write(Protocol::Type::Outcome, outcome));
        return;
    }
    // The role first, by the command's name alone: a device learns nothing from what it may not do.
    const QJsonObject commandJson = json.value(u"command").toObject();
    const qsizetype index = CommandCatalogue::indexOf(commandJson.value(u"command").toString());
    auto command = index >= 0 && !CommandCatalogue::spec(index).roles.contains(device.role)
                       ? Result<Command>(Error{ErrorCode::InvalidState, CommandCatalogue::refusal(device.role, index)})
                       : CommandCatalogue::fromJson(commandJson);
    Result<int> result = command ? Result<int>(0) : Result<int>(command.error());
    if (command) {
        if (readsHostFiles(command.value())) {
            result = Error{ErrorCode::InvalidArgument,
                           tr("\"%1\" reads a file on the host: only the host's own window can do it")
                               .arg(CommandCatalogue::name(command.value()))};
        } else {
            // Checked against the role of the code the device joined with, never what the device says. The id
            // is kept in the file with the event, in one transaction.
            QStringList ids = kept;
            ids.append(id);
            while (ids.size() > KeptCommandIds) {
                ids.removeFirst();
            }
            m_commandFrom = connection;
            result = m_session.execute(
                command.value(),
                device.role,
                {{keptIdsKey(deviceId),
                  QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact))}});
            if (result) {
                kept = ids;
            }
        }
    }
    // The device may be gone now (a transport may report a close while execute() sends).
    if (!m_devices.contains(connection)) {
        sendHeldEvents(connection);
        return;
    }
    outcome.insert(u"ok"_s, result.has_value());
    if (result) {
        outcome.insert(u"seq"_s, double(m_session.events().isEmpty() ? 0 : m_session.events().constLast().seq));
        outcome.insert(u"value"_s, result.value());
    } else {
        outcome.insert(u"error"_s, errorMessage(result.error()));
    }
    const QByteArray message = Protocol::write(Protocol::Type::Outcome, outcome);
    m_outcomes[deviceId].insert(id, message);
    QList<QString> &order = m_outcomeOrder[deviceId];
    order.append(id);
    if (order.size() > RememberedOutcomes) {
        m_outcomes[deviceId].remove(order.takeFirst());
    }
    emit send(connection, message);
    sendHeldEvents(connection);
}

void ShareHost::sendHeldEvents(int sentTo)
{
    m_commandFrom = -1;
    const QList<QByteArray> held = std::exchange(m_heldEvents, {});
    for (const QByteArray &message : held) {
        for (const Device &device : std::as_const(m_devices)) {
            if (device.joined && device.connection != sentTo) {
                emit send(device.connection, message);
            }
        }
    }
}

QStringList &ShareHost::keptIds(const QString &deviceId)
{
    if (const auto known = m_keptIds.find(deviceId); known != m_keptIds.end()) {
        return *known;
    }
    QStringList ids;
    if (auto kept = m_session.store().value(keptIdsKey(deviceId)); kept && !kept.value().isEmpty()) {
        for (const QJsonValue &value : QJsonDocument::fromJson(kept.value().toUtf8()).array()) {
            ids.append(value.toString());
        }
    }
    return m_keptIds[deviceId] = ids;
}

void ShareHost::handlePing(Device &device, const QJsonObject &json)
{
    if (json.contains(u"rtt")) {
        device.roundTripMs = qint64(json.value(u"rtt").toDouble());
    }
    emit send(
        device.connection,
        Protocol::write(Protocol::Type::Pong, {{u"t"_s, json.value(u"t")}, {u"host_ms"_s, double(m_session.now())}}));
}

void ShareHost::handleChat(Device &device, const QJsonObject &json)
{
    const QString text = Protocol::cleanText(json.value(u"text").toString(), Protocol::MaxChatLength);
    if (!text.isEmpty()) {
        emit chatReceived(device.connection, device.name, device.role, text);
    }
}

void ShareHost::onEventRecorded(const Event &event)
{
    if (m_commandFrom >= 0) {
        // A device's command: that device hears first (the event, then the outcome), the others right after.
        const QByteArray message = Protocol::write(
            Protocol::Type::Events, {{u"reset"_s, false}, {u"events"_s, QJsonArray{Protocol::eventToJson(event)}}});
        if (const auto device = m_devices.constFind(m_commandFrom); device != m_devices.cend() && device->joined) {
            emit send(m_commandFrom, message);
        }
        m_heldEvents.append(message);
        return;
    }
    QByteArray message;
    for (const Device &device : std::as_const(m_devices)) {
        if (!device.joined) {
            continue;
        }
        if (message.isEmpty()) {
            message = Protocol::write(Protocol::Type::Events,
                                      {{u"reset"_s, false}, {u"events"_s, QJsonArray{Protocol::eventToJson(event)}}});
        }
        emit send(device.connection, message);
    }
}

void ShareHost::broadcastDevices()
{
    emit devicesChanged();
    // The team (not the observers, who may be hundreds) hears who is connected; a wave of joins is one message.
    if (!m_devicesTimer.isActive()) {
        m_devicesTimer.start();
    }
}

void ShareHost::sendDevices()
{
    QJsonArray list;
    for (const Device &device : devices()) {
        list.append(QJsonObject{{u"name"_s, device.name}, {u"role"_s, teamRoleKey(device.role)}});
    }
    const QByteArray message = Protocol::write(Protocol::Type::Devices, {{u"devices"_s, list}});
    for (const Device &device : std::as_const(m_devices)) {
        if (device.joined && device.role != TeamRole::Observer && device.role != TeamRole::RoomDisplay) {
            emit send(device.connection, message);
        }
    }
}

} // namespace core::share
