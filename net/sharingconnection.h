// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/result.h"
#include "core/share/shareclient.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

#include <memory>

class QWebSocket;

namespace net {

/// A join address, moderato://HOST:PORT/CODE, read and checked.
struct JoinAddress
{
    QString host;
    quint16 port = 0;
    QString code;
    /// With TLS (wss://): the SHA-256 of the host's certificate, 64 hex digits ("?tls=..." in the address). The
    /// device accepts that certificate only, so a moderator's own self-signed one will do.
    QString tlsFingerprint;

    [[nodiscard]] static core::Result<JoinAddress> parse(const QString &text);
    [[nodiscard]] QUrl webSocketUrl() const;
};

/**
 * A device's connection to a shared session: a WebSocket in front of core::share::ShareClient. It
 * reconnects by itself with growing pauses (half a second up to ten) until the host refuses it, and
 * pings the host every second while joined, which keeps the copy's clock on the host's.
 */
class SharingConnection final : public QObject
{
    Q_OBJECT

public:
    static constexpr int PingIntervalMs = 1000;
    static constexpr int MaxRetryMs = 10'000;

    SharingConnection(const core::Clock &clock,
                      const JoinAddress &address,
                      const QString &name,
                      const QString &deviceId,
                      QObject *parent = nullptr);
    ~SharingConnection() override;

    [[nodiscard]] core::share::ShareClient &client() { return *m_client; }

    void open();
    /// Closes for good (no reconnection).
    void close();

    [[nodiscard]] bool isRefused() const { return m_refused; }

    /// Why the last attempt failed before the host could answer (a TLS certificate that is not the one in the
    /// address), else empty.
    [[nodiscard]] QString connectionProblem() const { return m_problem; }

signals:
    void stateChanged();

private:
    void connectNow();
    void scheduleRetry();

    JoinAddress m_address;
    std::unique_ptr<core::share::ShareClient> m_client;
    QWebSocket *m_socket = nullptr;
    QTimer m_pingTimer;
    QTimer m_retryTimer;
    int m_retryMs = 500;
    bool m_closing = false;
    bool m_refused = false;
    QString m_problem;
};

} // namespace net
