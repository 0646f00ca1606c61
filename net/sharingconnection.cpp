// SPDX-License-Identifier: MIT
#include "net/sharingconnection.h"

#include "core/share/joincodes.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QTcpSocket>
#include <QUrlQuery>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace net {

core::Result<JoinAddress> JoinAddress::parse(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString code = url.path().mid(1);
    const QUrlQuery query(url);
    const QString fingerprint = query.queryItemValue(u"tls"_s).toLower();
    const bool tlsOk =
        fingerprint.isEmpty()
        || (fingerprint.size() == 64 && std::all_of(fingerprint.cbegin(), fingerprint.cend(), [](QChar c) {
                return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
            }));
    const bool onlyTls = query.queryItems().size() == (fingerprint.isEmpty() ? 0 : 1);
    if (!url.isValid() || url.scheme() != u"moderato"_s || url.host().isEmpty() || url.port() <= 0
        || code.size() != core::share::JoinCodes::CodeLength || !tlsOk || !onlyTls || url.hasFragment()) {
        return core::Error{
            core::ErrorCode::InvalidArgument,
            SharingConnection::tr("\"%1\" is not a join address like moderato://HOST:PORT/CODE").arg(text.left(120))};
    }
    return JoinAddress{url.host(), quint16(url.port()), code, fingerprint};
}

QUrl JoinAddress::webSocketUrl() const
{
    QUrl url;
    url.setScheme(tlsFingerprint.isEmpty() ? u"ws"_s : u"wss"_s);
    url.setHost(host);
    url.setPort(port);
    url.setPath(u"/"_s);
    return url;
}

SharingConnection::SharingConnection(
    const core::Clock &clock, const JoinAddress &address, const QString &name, const QString &deviceId, QObject *parent)
    : QObject(parent)
    , m_address(address)
    , m_client(std::make_unique<core::share::ShareClient>(clock, address.code, name, deviceId))
{
    m_pingTimer.setInterval(PingIntervalMs);
    m_retryTimer.setSingleShot(true);
    connect(&m_pingTimer, &QTimer::timeout, m_client.get(), &core::share::ShareClient::ping);
    connect(&m_retryTimer, &QTimer::timeout, this, &SharingConnection::connectNow);
    connect(m_client.get(), &core::share::ShareClient::sendMessage, this, [this](const QByteArray &message) {
        if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState) {
            m_socket->sendTextMessage(QString::fromUtf8(message));
        }
    });
    connect(m_client.get(), &core::share::ShareClient::joined, this, [this] {
        m_retryMs = 500;
        m_client->ping();
        m_pingTimer.start();
        emit stateChanged();
    });
    connect(m_client.get(), &core::share::ShareClient::refused, this, [this] {
        m_refused = true; // a wrong code or version does not get better by retrying
        emit stateChanged();
    });
    connect(m_client.get(), &core::share::ShareClient::resyncNeeded, this, [this] {
        if (m_socket) {
            m_socket->close();
        }
    });
}

SharingConnection::~SharingConnection()
{
    m_closing = true;
    if (m_socket) {
        m_socket->abort();
    }
}

void SharingConnection::open()
{
    m_closing = false;
    m_refused = false;
    connectNow();
}

void SharingConnection::close()
{
    m_closing = true;
    m_retryTimer.stop();
    m_pingTimer.stop();
    if (m_socket) {
        m_socket->close();
    }
}

void SharingConnection::connectNow()
{
    if (m_closing) {
        return;
    }
    if (m_socket) {
        m_socket->deleteLater();
    }
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    QWebSocket *socket = m_socket;
    const auto pinned = [this](const QSslCertificate &certificate) {
        return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex()) == m_address.tlsFingerprint;
    };
#ifndef QT_NO_SSL
    // The host's own certificate is trusted by its fingerprint in the join address, and nothing else is.
    connect(socket, &QWebSocket::sslErrors, this, [this, socket, pinned](const QList<QSslError> &) {
        if (pinned(socket->sslConfiguration().peerCertificate())) {
            socket->ignoreSslErrors();
        } else {
            // Not the host the address names (or a host with another certificate now): retrying will not help.
            m_problem = tr("The host's certificate is not the one in the join address.");
            m_refused = true;
            emit stateChanged();
        }
    });
#endif
    connect(socket, &QWebSocket::connected, this, [this, socket, pinned] {
#ifndef QT_NO_SSL
        if (!m_address.tlsFingerprint.isEmpty() && !pinned(socket->sslConfiguration().peerCertificate())) {
            m_problem = tr("The host's certificate is not the one in the join address.");
            m_refused = true;
            socket->abort();
            emit stateChanged();
            return;
        }
#endif
        m_problem.clear();
        // As on the host: a command and a ping go at once, not after an acknowledgement.
        if (auto *tcp = socket->findChild<QTcpSocket *>()) {
            tcp->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        }
        m_client->connected();
    });
    connect(socket, &QWebSocket::textMessageReceived, this, [this](const QString &message) {
        m_client->hostMessage(message.toUtf8());
    });
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        if (socket != m_socket) {
            return;
        }
        m_pingTimer.stop();
        m_client->disconnected();
        emit stateChanged();
        if (!m_closing && !m_refused && !m_retryTimer.isActive()) {
            scheduleRetry();
        }
    });
    // A host that cannot be reached never connects, so no disconnected() follows: retry from the error.
    connect(socket,
            qOverload<QAbstractSocket::SocketError>(&QWebSocket::error),
            this,
            [this, socket](QAbstractSocket::SocketError) {
                if (socket == m_socket && socket->state() == QAbstractSocket::UnconnectedState && !m_closing
                    && !m_refused && !m_retryTimer.isActive()) {
                    m_client->disconnected();
                    scheduleRetry();
                }
            });
    socket->open(m_address.webSocketUrl());
}

void SharingConnection::scheduleRetry()
{
    m_retryTimer.start(m_retryMs);
    m_retryMs = std::min(MaxRetryMs, m_retryMs * 2);
}

} // namespace net
