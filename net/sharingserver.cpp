// SPDX-License-Identifier: MIT
#include "net/sharingserver.h"

#include "core/share/protocol.h"

#include <QCryptographicHash>
#include <QFile>
#include <QNetworkInterface>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace Qt::StringLiterals;

namespace net {

SharingServer::SharingServer(core::Session &session, core::share::JoinCodes codes, QObject *parent)
    : QObject(parent)
    , m_host(std::make_unique<core::share::ShareHost>(session, std::move(codes)))
    , m_listener(new QTcpServer(this))
    , m_server(new QWebSocketServer(u"Moderato"_s, QWebSocketServer::NonSecureMode, this))
{
    m_server->setMaxPendingConnections(64);
    // Small messages go at once (an event, then its command's outcome): without TCP_NODELAY the second waits
    // for the first one's acknowledgement, up to 40 ms.
    connect(m_listener, &QTcpServer::pendingConnectionAvailable, this, &SharingServer::acceptConnections);
    connect(m_server, &QWebSocketServer::newConnection, this, &SharingServer::onNewConnection);
    connect(m_host.get(), &core::share::ShareHost::send, this, [this](int connection, const QByteArray &message) {
        if (QWebSocket *socket = m_sockets.value(connection)) {
            socket->sendTextMessage(QString::fromUtf8(message));
        }
    });
    connect(m_host.get(), &core::share::ShareHost::closeConnection, this, [this](int connection, const QString &) {
        if (QWebSocket *socket = m_sockets.take(connection)) {
            socket->flush();
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated);
            socket->deleteLater();
        }
    });
}

SharingServer::~SharingServer()
{
    // The host goes first: it must not send to sockets that are being destroyed.
    disconnect(m_host.get(), nullptr, this, nullptr);
    m_listener->close();
    m_server->close();
    for (QWebSocket *socket : std::as_const(m_sockets)) {
        socket->abort();
    }
}

void SharingServer::acceptConnections()
{
    // With TLS, a connection is pending once its handshake is done.
    while (QTcpSocket *socket = m_listener->nextPendingConnection()) {
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_server->handleConnection(socket);
    }
}

core::Result<void> SharingServer::useTls(const QString &certificatePath, const QString &keyPath)
{
#ifdef QT_NO_SSL
    Q_UNUSED(certificatePath);
    Q_UNUSED(keyPath);
    return core::Error{core::ErrorCode::InvalidState, tr("this build of Qt has no TLS")};
#else
    if (!QSslSocket::supportsSsl()) {
        return core::Error{core::ErrorCode::InvalidState, tr("no TLS library is available (OpenSSL)")};
    }
    if (m_listener->isListening()) {
        return core::Error{core::ErrorCode::InvalidState, tr("TLS must be chosen before sharing starts")};
    }
    const auto read = [](const QString &path) -> core::Result<QByteArray> {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return core::Error{core::ErrorCode::FileNotFound, tr("cannot read %1: %2").arg(path, file.errorString())};
        }
        return file.read(1024 * 1024);
    };
    auto certificateBytes = read(certificatePath);
    if (!certificateBytes) {
        return certificateBytes.error();
    }
    auto keyBytes = read(keyPath);
    if (!keyBytes) {
        return keyBytes.error();
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(certificateBytes.value(), QSsl::Pem);
    if (certificates.isEmpty() || certificates.constFirst().isNull()) {
        return core::Error{core::ErrorCode::InvalidArgument, tr("%1 holds no PEM certificate").arg(certificatePath)};
    }
    QSslKey key(keyBytes.value(), QSsl::Ec, QSsl::Pem);
    if (key.isNull()) {
        key = QSslKey(keyBytes.value(), QSsl::Rsa, QSsl::Pem);
    }
    if (key.isNull()) {
        return core::Error{core::ErrorCode::InvalidArgument,
                           tr("%1 holds no PEM private key (RSA or EC, without a passphrase)").arg(keyPath)};
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(certificates);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // devices prove themselves with their join code
    auto *server = new QSslServer(this);
    server->setSslConfiguration(configuration);
    server->setHandshakeTimeout(10'000);
    delete m_listener;
    m_listener = server;
    connect(m_listener, &QTcpServer::pendingConnectionAvailable, this, &SharingServer::acceptConnections);
    m_fingerprint = QString::fromLatin1(certificates.constFirst().digest(QCryptographicHash::Sha256).toHex());
    return {};
#endif
}

core::Result<void> SharingServer::listen(const QHostAddress &address, quint16 port)
{
    if (!m_listener->listen(address, port)) {
        return core::Error{
            core::ErrorCode::Io,
            tr("cannot listen on %1 port %2: %3").arg(address.toString()).arg(port).arg(m_listener->errorString())};
    }
    return {};
}

quint16 SharingServer::port() const
{
    return m_listener->serverPort();
}

QHostAddress SharingServer::address() const
{
    return m_listener->serverAddress();
}

QString SharingServer::joinUrl(core::TeamRole role, const QString &host) const
{
    QString shown = host.isEmpty() ? address().toString() : host;
    if (shown.contains(u':')) {
        shown = u'[' + shown + u']'; // IPv6
    }
    const QString url = u"moderato://%1:%2/%3"_s.arg(shown).arg(port()).arg(m_host->codes().code(role));
    return m_fingerprint.isEmpty() ? url : url + u"?tls="_s + m_fingerprint;
}

QList<QHostAddress> SharingServer::machineAddresses()
{
    QList<QHostAddress> addresses;
    for (const QNetworkInterface &interface : QNetworkInterface::allInterfaces()) {
        if (!(interface.flags() & QNetworkInterface::IsUp) || (interface.flags() & QNetworkInterface::IsLoopBack)) {
            continue;
        }
        for (const QNetworkAddressEntry &entry : interface.addressEntries()) {
            // A link-local IPv6 address needs its interface's name to be reached: no use in a join address.
            if (!entry.ip().isLinkLocal()) {
                addresses.append(entry.ip());
            }
        }
    }
    return addresses;
}

void SharingServer::onNewConnection()
{
    while (QWebSocket *socket = m_server->nextPendingConnection()) {
        const int connection = m_nextConnection++;
        socket->setParent(this);
        socket->setMaxAllowedIncomingMessageSize(quint64(core::share::Protocol::MaxDeviceMessageBytes));
        socket->setMaxAllowedIncomingFrameSize(quint64(core::share::Protocol::MaxDeviceMessageBytes));
        m_sockets.insert(connection, socket);
        connect(socket, &QWebSocket::textMessageReceived, this, [this, connection](const QString &message) {
            m_host->deviceMessage(connection, message.toUtf8());
        });
        connect(socket, &QWebSocket::binaryMessageReceived, this, [this, connection](const QByteArray &) {
            m_host->disconnectDevice(connection, tr("Only text messages are understood."));
        });
        connect(socket, &QWebSocket::disconnected, this, [this, connection, socket] {
            if (m_sockets.value(connection) == socket) {
                m_sockets.remove(connection);
                socket->deleteLater();
            }
            m_host->deviceDisconnected(connection);
        });
        m_host->deviceConnected(connection, socket->peerAddress().toString());
    }
}

} // namespace net
