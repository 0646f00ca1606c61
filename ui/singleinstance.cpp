// SPDX-License-Identifier: MIT
#include "ui/singleinstance.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QTimer>

#include <algorithm>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ui {
namespace {

constexpr char RequestVerb[] = "open ";

bool waitForLine(QLocalSocket &socket, const QElapsedTimer &timer, int timeoutMs)
{
    while (!socket.canReadLine()) {
        const qint64 left = timeoutMs - timer.elapsed();
        if (left <= 0 || !socket.waitForReadyRead(int(left))) {
            return false;
        }
    }
    return true;
}

} // namespace

SingleInstance::SingleInstance(QObject *parent)
    : QObject(parent)
    , m_server(new QLocalServer(this))
{
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onConnection);
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverName()
{
    if (qEnvironmentVariableIsSet("MODERATO_INSTANCE_NAME")) {
        return qEnvironmentVariable("MODERATO_INSTANCE_NAME");
    }
    // The runtime folder is the user's own (mode 0700); the user id in the name keeps users apart where it is not.
    QString folder = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (folder.isEmpty()) {
        folder = QDir::tempPath();
    }
    return QDir(folder).filePath(u"moderato-%1.instance"_s.arg(::getuid()));
}

bool SingleInstance::listen(const QString &name)
{
    if (name.isEmpty() || m_server->isListening()) {
        return m_server->isListening();
    }
    // With an access option, QLocalServer::listen() puts its socket in place of any file of that name instead of
    // failing: ask first. Someone answers: an instance is running. Nobody: a crashed instance left its socket.
    QLocalSocket probe;
    probe.connectToServer(name);
    if (probe.waitForConnected(1000)) {
        probe.abort();
        return false;
    }
    QLocalServer::removeServer(name);
    return m_server->listen(name);
}

bool SingleInstance::isListening() const
{
    return m_server->isListening();
}

QString SingleInstance::parseRequest(const QByteArray &line)
{
    if (line.size() > MaxRequestBytes || !line.endsWith('\n') || !line.startsWith(RequestVerb)) {
        return {};
    }
    const QByteArray bytes = line.mid(qsizetype(sizeof(RequestVerb) - 1)).chopped(1);
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString path = decoder.decode(bytes);
    if (decoder.hasError() || path.isEmpty() || !QDir::isAbsolutePath(path)) {
        return {};
    }
    const bool control =
        std::any_of(path.cbegin(), path.cend(), [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; });
    return control ? QString() : path;
}

void SingleInstance::onConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        // A request is one short line: anything longer fills the buffer and is cut off below.
        socket->setReadBufferSize(MaxRequestBytes);
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(RequestTimeoutMs, socket, [socket] {
            socket->abort();
            socket->deleteLater();
        });
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine()) {
                if (socket->bytesAvailable() >= MaxRequestBytes) {
                    socket->disconnect(this);
                    socket->abort(); // not a request of ours
                    socket->deleteLater();
                }
                return;
            }
            socket->disconnect(this); // one request a connection
            const QString path = parseRequest(socket->readLine(MaxRequestBytes + 1));
            socket->write(path.isEmpty() ? "no\n" : "ok\n");
            socket->flush();
            socket->disconnectFromServer();
            if (!path.isEmpty()) {
                // Opening may ask the user (a locked file): not inside this socket's signal.
                QMetaObject::invokeMethod(
                    this, [this, path] { emit openRequested(path); }, Qt::QueuedConnection);
            }
        });
    }
}

bool SingleInstance::forward(const QString &path, const QString &name, int timeoutMs)
{
    if (name.isEmpty() || path.isEmpty()) {
        return false;
    }
    const QByteArray request = RequestVerb + QFileInfo(path).absoluteFilePath().toUtf8() + '\n';
    if (request.size() > MaxRequestBytes) {
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    QLocalSocket socket;
    socket.connectToServer(name);
    if (!socket.waitForConnected(timeoutMs)) {
        return false;
    }
    socket.write(request);
    if (!socket.waitForBytesWritten(int(std::max<qint64>(1, timeoutMs - timer.elapsed())))) {
        return false;
    }
    return waitForLine(socket, timer, timeoutMs) && socket.readLine(16) == "ok\n";
}

} // namespace ui
