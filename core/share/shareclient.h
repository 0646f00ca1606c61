// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/clock.h"
#include "core/session/command.h"
#include "core/share/protocol.h"

#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>

namespace core {
class EventStore;
class Session;
} // namespace core

namespace core::share {

/**
 * A joined device's side of a shared session, without a network: the transport (moderato_net's
 * WebSocket client, or a test) reports the connection and the host's messages, and sends what
 * sendMessage() asks for.
 *
 * The device keeps a copy of the host's log (a replica Session over a MemoryStore) and changes it only
 * from the events the host sends. Commands go to an outbox, each with an id made here: they are sent
 * at once when online and again after a reconnection, until the host answers; the host runs each id
 * once. Notes typed while offline keep when typing began. The copy's clock follows the host's time
 * axis, estimated from ping and pong (the sample with the shortest round trip of the last few wins),
 * so a device whose own clock is wrong still shows the host's countdowns.
 */
class ShareClient final : public QObject
{
    Q_OBJECT

public:
    /// The most commands sent and not yet answered at one time.
    static constexpr int MaxInFlight = 20;
    /// The most commands sent in a second (the host cuts a device off above 60 messages a second).
    static constexpr int MaxCommandsPerSecond = 40;

    struct Pending
    {
        QString id;
        Command command;
    };

    ShareClient(const Clock &clock, QString code, QString name, QString deviceId, QObject *parent = nullptr);
    ~ShareClient() override;

    /// The copy of the session; null until the host has sent its log.
    [[nodiscard]] Session *session() const { return m_session.get(); }

    /// Keeps the copy in a session file at path instead of in memory, marked as a copy of the session shared
    /// by origin (Session::ReplicaKey). The file is this device's own: it is replaced whenever the whole log
    /// comes again. When it cannot be written, the copy stays in memory and replicaFileError() says why.
    void setReplicaFile(const QString &path, const QString &origin);

    [[nodiscard]] QString replicaFile() const { return m_replicaPath; }

    [[nodiscard]] QString replicaFileError() const { return m_replicaError; }

    [[nodiscard]] TeamRole role() const { return m_role; }

    [[nodiscard]] bool isJoined() const { return m_joined; }

    /// When the connection went down, on the device's monotonic clock; -1 while online.
    [[nodiscard]] qint64 offlineSinceMs() const { return m_offlineSinceMs; }

    [[nodiscard]] const QList<Pending> &outbox() const { return m_outbox; }

    /// The last measured round trip to the host, in ms (-1 before the first).
    [[nodiscard]] qint64 roundTripMs() const { return m_roundTripMs; }

    [[nodiscard]] QString refusal() const { return m_refusal; }

    /// Queues a command for the host and sends it when online; returns its id. A command the role may
    /// not issue is refused here already (the host checks again).
    [[nodiscard]] Result<QString> send(const Command &command);
    /// A message to the moderator on the back channel.
    void sendChat(const QString &text);
    /// Sends a ping (the transport calls it every second or two while joined).
    void ping();

    // The transport's reports.
    void connected();
    void hostMessage(const QByteArray &bytes);
    void disconnected();

signals:
    void sendMessage(const QByteArray &message);
    void joined(core::TeamRole role);
    /// The host refused or ended the connection, with its reason; the device should not retry by itself
    /// after a refusal of its code or version.
    void refused(const QString &reason);
    /// The copy is about to be rebuilt from the host's whole log: drop every pointer to session().
    void aboutToReplaceSession();
    /// The copy was (re)built from the host's whole log.
    void sessionReplaced();
    void outcome(const QString &id, bool ok, const QString &error);
    void chatReceived(const QString &from, const QString &text);
    void devicesReceived(const QJsonArray &devices);
    void onlineChanged(bool online);
    /// The copy is out of step with the host: the transport reconnects, and the whole log comes again.
    void resyncNeeded();

private:
    void handleEvents(const QJsonObject &json);
    [[nodiscard]] Result<std::unique_ptr<EventStore>> storeFor(const QList<Event> &events);
    void handlePong(const QJsonObject &json);
    void flushOutbox();

    const Clock &m_clock;
    QString m_code;
    QString m_name;
    QString m_deviceId;
    std::unique_ptr<Session> m_session;
    TeamRole m_role = TeamRole::Observer;
    bool m_connected = false;
    bool m_joined = false;
    bool m_catchingUp = false;    ///< joined, the host's first events not yet read
    bool m_needsWholeLog = false; ///< the copy is out of step: ask for the whole log on the next hello
    qint64 m_offlineSinceMs = -1;
    qint64 m_roundTripMs = -1;
    qint64 m_welcomeOffset = 0;                 ///< host ms - local monotonic ms, from the welcome
    QList<std::pair<qint64, qint64>> m_samples; ///< (round trip, host ms - local monotonic ms) of recent pongs
    QList<Pending> m_outbox;
    QSet<QString> m_inFlight;  ///< sent on this connection, not yet answered
    QList<qint64> m_sentTimes; ///< when commands went, in the last second (monotonic ms)
    QTimer m_paceTimer;
    quint64 m_nextCommand = 1;
    QString m_refusal;
    QString m_replicaPath;
    QString m_replicaOrigin;
    QString m_replicaError;
};

} // namespace core::share
