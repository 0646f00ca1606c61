// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/result.h"
#include "core/share/sharehost.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>

#include <memory>

class QTcpServer;
class QWebSocket;
class QWebSocketServer;

namespace net {

/**
 * Shares a session: a WebSocket server in front of core::share::ShareHost. It listens only while it
 * exists, on the one address it is given (loopback in tests), and hands every connection's text
 * messages to the host; binary messages and oversized frames are refused before they are read.
 */
class SharingServer final : public QObject
{
    Q_OBJECT

public:
    SharingServer(core::Session &session, core::share::JoinCodes codes, QObject *parent = nullptr);
    ~SharingServer() override;

    /// Encrypts every connection (wss://) with a certificate and its private key (PEM files, RSA or EC; a
    /// self-signed one will do: the join addresses carry its SHA-256). Call before listen().
    [[nodiscard]] core::Result<void> useTls(const QString &certificatePath, const QString &keyPath);

    /// The SHA-256 of the certificate, 64 hex digits, when sharing with TLS; else empty.
    [[nodiscard]] QString tlsFingerprint() const { return m_fingerprint; }

    /// Starts listening; port 0 picks a free one (see port()).
    [[nodiscard]] core::Result<void> listen(const QHostAddress &address, quint16 port);
    [[nodiscard]] quint16 port() const;
    [[nodiscard]] QHostAddress address() const;

    /// moderato://HOST:PORT/CODE for a role (with ?tls=FINGERPRINT when encrypted), with the address given or
    /// the one listened on.
    [[nodiscard]] QString joinUrl(core::TeamRole role, const QString &host = {}) const;

    [[nodiscard]] core::share::ShareHost &host() { return *m_host; }

    /// The addresses of this machine a device could reach (every interface that is up, IPv4 and IPv6).
    [[nodiscard]] static QList<QHostAddress> machineAddresses();

private:
    void onNewConnection();
    void acceptConnections();

    std::unique_ptr<core::share::ShareHost> m_host;
    QTcpServer *m_listener = nullptr; ///< accepts connections, so that each gets TCP_NODELAY before the handshake
    QWebSocketServer *m_server = nullptr;
    QHash<int, QWebSocket *> m_sockets;
    int m_nextConnection = 1;
    QString m_fingerprint;
};

} // namespace net
