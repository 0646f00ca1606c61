// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/result.h"

#include <QString>

namespace core {

/**
 * The one-writer rule for session files: an advisory lock (flock) on the session file itself.
 *
 * The operating system releases it when the process ends, however it ends, so a crash never leaves
 * a file locked. It is independent of SQLite's own byte-range locks. A writer holds it exclusively
 * for as long as the file is open; replacing a file takes it first, so a file open in a window is
 * never renamed over. The lock follows the file (its inode), not the name: acquire() checks after
 * locking that the name still leads to the locked file, so a file replaced meanwhile is not taken.
 *
 * Closing a descriptor of a file drops the process's POSIX record locks on it (SQLite's), so a
 * FileLock must be released only after every SQLite connection of this process to the file is closed.
 */
class FileLock final
{
    Q_DECLARE_TR_FUNCTIONS(core::FileLock)

public:
    enum class Kind
    {
        Exclusive,
        Shared,
    };

    FileLock() = default;
    ~FileLock();
    FileLock(FileLock &&other) noexcept;
    FileLock &operator=(FileLock &&other) noexcept;
    FileLock(const FileLock &) = delete;
    FileLock &operator=(const FileLock &) = delete;

    /// Locks an existing file without waiting. ErrorCode::Locked when another process (or another
    /// lock in this process) holds a conflicting lock; FileNotFound, ReadOnlyFile or Io otherwise.
    [[nodiscard]] static Result<FileLock> acquire(const QString &path, Kind kind = Kind::Exclusive);
    /// Creates a new, empty file (refused with FileExists if anything is there) and locks it exclusively.
    [[nodiscard]] static Result<FileLock> createExclusive(const QString &path);

    [[nodiscard]] bool isLocked() const { return m_fd >= 0; }

    void release();

    /// The process holding a lock on the file (from /proc/locks), or -1 when none or unknown.
    [[nodiscard]] static qint64 holderPid(const QString &path);

private:
    explicit FileLock(int fd)
        : m_fd(fd)
    {}

    int m_fd = -1;
};

/**
 * Safe replacement of session files and care for their SQLite side files (`-wal`, `-shm`, `-journal`).
 */
class SessionFiles final
{
    Q_DECLARE_TR_FUNCTIONS(core::SessionFiles)

public:
    static inline const QStringList SideSuffixes = {
        QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")};

    /// Whether some process has the SQLite database open in WAL mode: SQLite keeps a shared lock on a
    /// byte of the `-shm` file for every open connection. Call only when this process has no
    /// connection to it (probing opens and closes the `-shm` file).
    [[nodiscard]] static bool inUseBySqlite(const QString &path);

    /**
     * Moves the finished database `source` over `target`. When target exists it must be lockable
     * (no Moderato process has it open) and unused by any SQLite connection; its side files are
     * removed under the lock before the rename, so the old `-wal` can never be applied to the new
     * file. Refuses (Locked) otherwise, leaving target and its side files untouched. source's own
     * side files must not exist (a database written and closed, or made by VACUUM INTO).
     */
    [[nodiscard]] static Result<void> replace(const QString &source, const QString &target);

    /// Renames `path`+suffix to `path`+suffix+".stray-<UTC time>" (a side file that does not belong
    /// to the file); returns the new name.
    [[nodiscard]] static Result<QString> setAside(const QString &path, const QString &suffix);

    /// Removes the side files of a database that has no connection and is locked by the caller.
    [[nodiscard]] static Result<void> removeSideFiles(const QString &path);
};

} // namespace core
