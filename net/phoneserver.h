// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/result.h"
#include "core/share/phonehost.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>

#include <memory>

class QHttpServer;
class QWebSocket;

namespace net {

class LowDelayServer;

/**
 * The participants' page (docs/phones.md): an HTTP server for the page's four files, embedded in the binary,
 * and its live WebSocket at /ws, in front of core::share::PhoneHost. It listens only while it exists, on the
 * one address it is given (loopback in tests). Every response says `Content-Security-Policy: default-src
 * 'self'`; a WebSocket whose Origin is not the page's own is closed before it says anything.
 */
class PhoneServer final : public QObject
{
    Q_OBJECT

public:
    explicit PhoneServer(core::Session &session, QObject *parent = nullptr);
    ~PhoneServer() override;

    /// Starts listening; port 0 picks a free one (see port()).
    [[nodiscard]] core::Result<void> listen(const QHostAddress &address, quint16 port);
    [[nodiscard]] quint16 port() const;

    /// http://HOST:PORT/ with the address given, or the one listened on.
    [[nodiscard]] QString pageUrl(const QString &host = {}) const;

    [[nodiscard]] core::share::PhoneHost &host() { return *m_host; }

private:
    void onWebSocket();

    std::unique_ptr<core::share::PhoneHost> m_host;
    QHttpServer *m_http = nullptr;
    LowDelayServer *m_listener = nullptr;
    QHash<int, QWebSocket *> m_sockets;
    int m_nextConnection = 1;
};

} // namespace net
