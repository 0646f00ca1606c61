// SPDX-License-Identifier: MIT
#include "net/phoneserver.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QTcpServer>
#include <QTcpSocket>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace net {

/// Small messages go at once: each connection gets TCP_NODELAY before the HTTP server reads it.
class LowDelayServer final : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        addPendingConnection(socket);
    }
};

namespace {

struct PageFile
{
    const char *path;
    const char16_t *resource;
    const char *type;
};

constexpr PageFile PageFiles[] = {
    {"/", u":/phone/index.html", "text/html; charset=utf-8"},
    {"/app.js", u":/phone/app.js", "text/javascript; charset=utf-8"},
    {"/i18n.js", u":/phone/i18n.js", "text/javascript; charset=utf-8"},
    {"/style.css", u":/phone/style.css", "text/css; charset=utf-8"},
};

QByteArray readResource(const char16_t *path)
{
    QFile file(QString::fromUtf16(path));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

PhoneServer::PhoneServer(core::Session &session, QObject *parent)
    : QObject(parent)
    , m_host(std::make_unique<core::share::PhoneHost>(session))
    , m_http(new QHttpServer(this))
    , m_listener(new LowDelayServer(this))
{
    for (const PageFile &file : PageFiles) {
        const QByteArray body = readResource(file.resource);
        const QByteArray type(file.type);
        m_http->route(QString::fromLatin1(file.path),
                      [body, type](const QHttpServerRequest &) { return QHttpServerResponse(type, body); });
    }
    // Qt 6.4 upgrades a WebSocket request only when a route takes its path: /ws answers nothing itself.
    m_http->route(u"/ws"_s, [](const QHttpServerRequest &, QHttpServerResponder &&) {});
    m_http->afterRequest([](QHttpServerResponse &&response) {
        response.setHeader("Content-Security-Policy", "default-src 'self'");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Frame-Options", "DENY");
        return std::move(response);
    });
    connect(m_http, &QHttpServer::newWebSocketConnection, this, &PhoneServer::onWebSocket);
    connect(m_host.get(), &core::share::PhoneHost::send, this, [this](int connection, const QByteArray &message) {
        if (QWebSocket *socket = m_sockets.value(connection)) {
            socket->sendTextMessage(QString::fromUtf8(message));
        }
    });
    connect(m_host.get(), &core::share::PhoneHost::closeConnection, this, [this](int connection) {
        if (QWebSocket *socket = m_sockets.take(connection)) {
            socket->flush();
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated);
            socket->deleteLater();
        }
    });
}

PhoneServer::~PhoneServer()
{
    disconnect(m_host.get(), nullptr, this, nullptr);
    m_listener->close();
    for (QWebSocket *socket : std::as_const(m_sockets)) {
        socket->abort();
    }
}

core::Result<void> PhoneServer::listen(const QHostAddress &address, quint16 port)
{
    if (!m_listener->listen(address, port)) {
        return core::Error{
            core::ErrorCode::Io,
            tr("cannot listen on %1 port %2: %3").arg(address.toString()).arg(port).arg(m_listener->errorString())};
    }
    m_http->bind(m_listener);
    return {};
}

quint16 PhoneServer::port() const
{
    return m_listener->serverPort();
}

QString PhoneServer::pageUrl(const QString &host) const
{
    QString shown = host.isEmpty() ? m_listener->serverAddress().toString() : host;
    if (shown.contains(u':')) {
        shown = u'[' + shown + u']'; // IPv6
    }
    return u"http://%1:%2/"_s.arg(shown).arg(port());
}

void PhoneServer::onWebSocket()
{
    while (m_http->hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> owned = m_http->nextPendingWebSocketConnection();
        if (!owned) {
            continue;
        }
        QWebSocket *socket = owned.release();
        socket->setParent(this);
        // A page from another site must not talk to the room: the Origin is the page's own, on this host and port.
        const QUrl origin(socket->origin());
        const QUrl requested = socket->requestUrl();
        const bool sameOrigin = origin.scheme() == u"http" && !origin.host().isEmpty()
                                && origin.host().compare(requested.host(), Qt::CaseInsensitive) == 0
                                && origin.port(80) == requested.port(80);
        if (requested.path() != u"/ws" || !sameOrigin) {
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated);
            socket->deleteLater();
            continue;
        }
        socket->setMaxAllowedIncomingMessageSize(core::share::PhoneHost::MaxMessageBytes * 2);
        socket->setMaxAllowedIncomingFrameSize(core::share::PhoneHost::MaxMessageBytes * 2);
        const int connection = m_nextConnection++;
        m_sockets.insert(connection, socket);
        connect(socket, &QWebSocket::textMessageReceived, this, [this, connection](const QString &message) {
            m_host->phoneMessage(connection, message.toUtf8());
        });
        connect(socket, &QWebSocket::binaryMessageReceived, this, [this, connection](const QByteArray &) {
            if (QWebSocket *s = m_sockets.take(connection)) {
                s->close(QWebSocketProtocol::CloseCodeDatatypeNotSupported);
                s->deleteLater();
                m_host->phoneDisconnected(connection);
            }
        });
        connect(socket, &QWebSocket::disconnected, this, [this, connection] {
            if (QWebSocket *s = m_sockets.take(connection)) {
                s->deleteLater();
            }
            m_host->phoneDisconnected(connection);
        });
        m_host->phoneConnected(connection, socket->peerAddress().toString());
    }
}

} // namespace net
