// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace ui {

/**
 * One Moderato window per user takes the session files that later `moderato FILE` runs are given, as a file
 * manager starts them: the first window listens on a local socket of the user's own (readable only by the
 * user), and a second process with a file hands the file's absolute path over and exits. The listening side
 * checks every request (one line, "open " and an absolute path in UTF-8 without control characters, at most
 * MaxRequestBytes), answers "ok" or "no", and emits openRequested() from the event loop, never while reading.
 * A socket left by a crashed instance (nobody answers on it) is removed before listening.
 *
 * The socket's name is $MODERATO_INSTANCE_NAME when that is set and not empty; set but empty, there is no
 * single instance (tests use both); else it is in the user's runtime folder, named after the user's id.
 */
class SingleInstance final : public QObject
{
    Q_OBJECT

public:
    /// The longest request taken, a line with its path (a Linux path has at most 4,096 bytes).
    static constexpr qint64 MaxRequestBytes = 8192;
    /// How long a connection may take to send its request.
    static constexpr int RequestTimeoutMs = 5000;

    explicit SingleInstance(QObject *parent = nullptr);
    ~SingleInstance() override;

    /// The name to listen on and to forward to; empty when the single instance is switched off.
    [[nodiscard]] static QString serverName();

    /// Listens on name, removing a stale socket first. False when another instance answers on it (it is
    /// left alone), when name is empty, or when listening fails.
    bool listen(const QString &name = serverName());

    [[nodiscard]] bool isListening() const;

    /// Asks the instance listening on name to open path (made absolute here); true when it took the file.
    /// Blocks for at most timeoutMs; false when nobody listens or answers in time.
    [[nodiscard]] static bool forward(const QString &path, const QString &name = serverName(), int timeoutMs = 3000);

    /// The path a request asks to open, or an empty string when the request is not a valid one.
    [[nodiscard]] static QString parseRequest(const QByteArray &line);

signals:
    /// A second process asked this one to open path (absolute).
    void openRequested(const QString &path);

private:
    void onConnection();

    QLocalServer *m_server = nullptr;
};

} // namespace ui
