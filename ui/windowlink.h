// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QLocalServer;

namespace ui {

/**
 * Lets a second Moderato process bring this one's window to the front when it is asked to open a
 * session file that this one has open (and locked). Each GUI process listens on a local socket
 * named after its process id, readable only by the user; the second process finds the holder's
 * process id from the file's lock and asks it, over that socket, to show the file.
 */
class WindowLink final : public QObject
{
    Q_OBJECT

public:
    /// showFile(path) brings the window to the front if it has path open, and says whether it did.
    explicit WindowLink(std::function<bool(const QString &path)> showFile, QObject *parent = nullptr);
    ~WindowLink() override;

    [[nodiscard]] bool isListening() const;

    /// The socket a process listens on.
    [[nodiscard]] static QString serverName(qint64 pid);

    /// Asks process pid to bring its window with path to the front; true when it did (blocks up to timeoutMs).
    [[nodiscard]] static bool askToShow(qint64 pid, const QString &path, int timeoutMs = 1500);

private:
    void onConnection();

    std::function<bool(const QString &)> m_showFile;
    QLocalServer *m_server = nullptr;
};

} // namespace ui
