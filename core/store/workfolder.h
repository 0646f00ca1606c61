// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace core {

/**
 * A temporary folder beside an output file, where a session is built before it replaces the output
 * (`.moderato-<purpose>-<pid>-XXXXXX`). It is removed when the object goes, and on the signals a
 * program asks for (removeAllForSignal() is async-signal-safe: it removes the files registered with
 * filePath(), their SQLite side files and the folder). A folder left by a process that no longer
 * runs (killed with SIGKILL, a power cut) is removed the next time one is made in the same place.
 */
class WorkFolder final
{
    Q_DECLARE_TR_FUNCTIONS(core::WorkFolder)

public:
    ~WorkFolder();
    WorkFolder(const WorkFolder &) = delete;
    WorkFolder &operator=(const WorkFolder &) = delete;

    [[nodiscard]] static Result<std::unique_ptr<WorkFolder>> create(const QString &parent, const QString &purpose);

    [[nodiscard]] QString path() const { return m_path; }

    /// A file in the folder; registered, with its SQLite side files, for removal on a signal.
    [[nodiscard]] QString filePath(const QString &name);

    /// Removes every live work folder of the process. For signal handlers: no allocation, no locks.
    static void removeAllForSignal() noexcept;

    /// Installs handlers for SIGINT, SIGTERM, SIGHUP and SIGQUIT that remove the work folders, then let
    /// the signal end the process as it would have.
    static void removeOnTerminatingSignals();

    /// Removes the work folders in parent whose process no longer runs; returns how many.
    static int removeStale(const QString &parent);

    /// How many work folders of this process exist (for tests).
    [[nodiscard]] static int liveCount();

private:
    WorkFolder(QString path, int slot);

    QString m_path;
    int m_slot = -1;
};

} // namespace core
