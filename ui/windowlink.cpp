// SPDX-License-Identifier: MIT
#include "ui/windowlink.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ui {
namespace {

constexpr qint64 MaxRequestBytes = 8192;

QByteArray request(const QString &path)
{
    return "show " + QFileInfo(path).absoluteFilePath().toUtf8() + '\n';
}

} // namespace

WindowLink::WindowLink(std::function<bool(const QString &)> showFile, QObject *parent)
    : QObject(parent)
    , m_showFile(std::move(showFile))
    , m_server(new QLocalServer(this))
{
    const QString name = serverName(QCoreApplication::applicationPid());
    QLocalServer::removeServer(name); // a socket left by a crashed process with the same id
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (m_server->listen(name)) {
        connect(m_server, &QLocalServer::newConnection, this, &WindowLink::onConnection);
    }
}

WindowLink::~WindowLink() = default;

bool WindowLink::isListening() const
{
    return m_server->isListening();
}

QString WindowLink::serverName(qint64 pid)
{
    return QDir(QDir::tempPath()).filePath(u"moderato-%1-window-%2"_s.arg(::getuid()).arg(pid));
}

void WindowLink::onConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, socket, [this, socket] {
            if (!socket->canReadLine()) {
                if (socket->bytesAvailable() > MaxRequestBytes) {
                    socket->abort(); // not a request of ours
                }
                return;
            }
            const QByteArray line = socket->readLine(MaxRequestBytes).trimmed();
            bool shown = false;
            if (line.startsWith("show ")) {
                shown = m_showFile(QString::fromUtf8(line.mid(5)));
            }
            socket->write(shown ? "shown\n" : "no\n");
            socket->flush();
            socket->disconnectFromServer();
        });
    }
}

bool WindowLink::askToShow(qint64 pid, const QString &path, int timeoutMs)
{
    if (pid <= 0 || pid == QCoreApplication::applicationPid()) {
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    QLocalSocket socket;
    socket.connectToServer(serverName(pid));
    if (!socket.waitForConnected(timeoutMs)) {
        return false;
    }
    socket.write(request(path));
    if (!socket.waitForBytesWritten(int(std::max<qint64>(1, timeoutMs - timer.elapsed())))) {
        return false;
    }
    while (!socket.canReadLine()) {
        const qint64 left = timeoutMs - timer.elapsed();
        if (left <= 0 || !socket.waitForReadyRead(int(left))) {
            return false;
        }
    }
    return socket.readLine(64).trimmed() == "shown";
}

} // namespace ui
