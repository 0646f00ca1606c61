// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/event.h"
#include "core/share/joincodes.h"
#include "core/share/protocol.h"

#include <QHash>
#include <QObject>
#include <QTimer>

namespace core {
class Session;
}

namespace core::share {

/**
 * The host's side of a shared session, without a network: the transport (moderato_net's WebSocket
 * server, or a test) reports connections and messages, and sends what send() asks for.
 *
 * Nothing a device sends is trusted: its messages are read by Protocol, a device must join with a
 * code before anything else, every command is checked against the role of that code and run through
 * Session::execute like the console's; the device learns of the change from the events broadcast to
 * every device, then from its command's outcome. A command id seen before is answered, not re-run.
 * Limits: failed joins per address, messages per second per connection, and the number of devices.
 */
class ShareHost final : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxDevices = 400;
    static constexpr int MaxFailedJoinsPerMinute = 5;
    static constexpr int MaxMessagesPerSecond = 60;
    /// How many command outcomes are remembered per device, to answer a command sent again.
    static constexpr int RememberedOutcomes = 500;
    /// How many of a device's last command ids the session file keeps (written with each command's event), so
    /// that a command resent after the host crashed and restarted is not run twice.
    static constexpr int KeptCommandIds = 100;
    /// Joins and leaves within this time reach the team's devices as one list.
    static constexpr int DevicesListDelayMs = 250;

    struct Device
    {
        int connection = 0;
        QString address;
        QString id; ///< chosen by the device, kept across reconnections
        QString name;
        TeamRole role = TeamRole::Observer;
        bool joined = false;
        qint64 connectedMs = 0; ///< on the session's time axis
        qint64 lastSeenMs = 0;
        qint64 roundTripMs = -1; ///< as the device last measured it
    };

    ShareHost(Session &session, JoinCodes codes, QObject *parent = nullptr);
    ~ShareHost() override;

    [[nodiscard]] const JoinCodes &codes() const { return m_codes; }

    /// A new code for the role; the devices that joined with the old one are disconnected.
    void renewCode(TeamRole role);

    [[nodiscard]] QList<Device> devices() const;
    /// The session's time now, the axis of Device's times.
    [[nodiscard]] qint64 now() const;
    void disconnectDevice(int connection, const QString &reason);

    /// A message from the moderator to one joined device, or to all (connection 0).
    void sendChat(const QString &text, int connection = 0);

    // The transport's reports.
    void deviceConnected(int connection, const QString &address);
    void deviceMessage(int connection, const QByteArray &bytes);
    void deviceDisconnected(int connection);

signals:
    /// The transport sends these bytes to a connection.
    void send(int connection, const QByteArray &message);
    /// The transport closes a connection (after sending what was asked before).
    void closeConnection(int connection, const QString &reason);
    void devicesChanged();
    void codesChanged();
    void chatReceived(int connection, const QString &name, core::TeamRole role, const QString &text);

private:
    void onEventRecorded(const core::Event &event);
    void refuse(int connection, const QString &reason, bool withVersion = false);
    void handleHello(Device &device, const QJsonObject &json);
    void handleCommand(Device &device, const QJsonObject &json);
    /// The events of the command just run, to every device but the one that sent it.
    void sendHeldEvents(int sentTo);
    /// The command ids of a device that ran, as the session file keeps them (read once per device).
    [[nodiscard]] QStringList &keptIds(const QString &deviceId);
    void handlePing(Device &device, const QJsonObject &json);
    void handleChat(Device &device, const QJsonObject &json);
    void sendEventsFrom(int connection, qint64 afterSeq, bool reset);
    void broadcastDevices();
    void sendDevices();
    [[nodiscard]] bool withinRate(int connection);
    [[nodiscard]] bool mayTryJoin(const QString &address);

    Session &m_session;
    JoinCodes m_codes;
    QHash<int, Device> m_devices;
    /// Outcomes already sent, per device id then command id, so a repeated command is answered alike.
    QHash<QString, QHash<QString, QByteArray>> m_outcomes;
    QHash<QString, QList<QString>> m_outcomeOrder;
    int m_commandFrom = -1;                      ///< the connection whose command runs now
    QList<QByteArray> m_heldEvents;              ///< its events, for the other devices once it has its outcome
    QHash<QString, QStringList> m_keptIds;       ///< per device: the command ids the session file keeps, oldest first
    QHash<QString, QList<qint64>> m_failedJoins; ///< per address, when (monotonic ms)
    QHash<int, QList<qint64>> m_recentMessages;  ///< per connection, when (monotonic ms)
    QTimer m_devicesTimer;
};

} // namespace core::share
