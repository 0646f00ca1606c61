// SPDX-License-Identifier: MIT
#include "core/store/filelock.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace core {
namespace {

QByteArray nativePath(const QString &path)
{
    return QFile::encodeName(path);
}

Error errnoError(int error, const QString &path)
{
    switch (error) {
    case ENOENT:
        return {ErrorCode::FileNotFound, path};
    case EEXIST:
        return {ErrorCode::FileExists, path};
    case EACCES:
    case EPERM:
    case EROFS:
        return {ErrorCode::ReadOnlyFile, path};
    case EWOULDBLOCK:
        return {ErrorCode::Locked, path};
    default:
        return {ErrorCode::Io, u"%1: %2"_s.arg(path, QString::fromLocal8Bit(std::strerror(error)))};
    }
}

int openRetrying(const char *path, int flags, mode_t mode = 0)
{
    int fd = -1;
    do {
        fd = ::open(path, flags | O_CLOEXEC, mode);
    } while (fd < 0 && errno == EINTR);
    return fd;
}

/// Locks fd without waiting; 0 or an errno value.
int lockFd(int fd, int operation)
{
    int result = -1;
    do {
        result = ::flock(fd, operation | LOCK_NB);
    } while (result < 0 && errno == EINTR);
    return result == 0 ? 0 : errno;
}

/// Whether the name still leads to the file that fd has open.
bool sameFile(int fd, const QByteArray &path)
{
    struct stat byFd = {};
    struct stat byName = {};
    return ::fstat(fd, &byFd) == 0 && ::stat(path.constData(), &byName) == 0 && byFd.st_dev == byName.st_dev
           && byFd.st_ino == byName.st_ino;
}

} // namespace

FileLock::~FileLock()
{
    release();
}

FileLock::FileLock(FileLock &&other) noexcept
    : m_fd(std::exchange(other.m_fd, -1))
{}

FileLock &FileLock::operator=(FileLock &&other) noexcept
{
    if (this != &other) {
        release();
        m_fd = std::exchange(other.m_fd, -1);
    }
    return *this;
}

void FileLock::release()
{
    if (m_fd >= 0) {
        ::flock(m_fd, LOCK_UN);
        ::close(m_fd);
        m_fd = -1;
    }
}

Result<FileLock> FileLock::acquire(const QString &path, Kind kind)
{
    const QByteArray native = nativePath(path);
    // Writers need a writable file; a shared lock (a reader) does not.
    const int flags = kind == Kind::Exclusive ? O_RDWR : O_RDONLY;
    // The name may be replaced between open and flock (another process renaming a new file over it):
    // then the lock is on the old file, so try again with the new one.
    for (int attempt = 0; attempt < 8; ++attempt) {
        const int fd = openRetrying(native.constData(), flags | O_NOCTTY);
        if (fd < 0) {
            return errnoError(errno, path);
        }
        struct stat info = {};
        if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
            ::close(fd);
            return Error{ErrorCode::NotASession, path};
        }
        if (const int error = lockFd(fd, kind == Kind::Exclusive ? LOCK_EX : LOCK_SH); error != 0) {
            ::close(fd);
            return errnoError(error, path);
        }
        if (sameFile(fd, native)) {
            return FileLock(fd);
        }
        ::close(fd);
    }
    return Error{ErrorCode::Locked, path};
}

Result<FileLock> FileLock::createExclusive(const QString &path)
{
    const QByteArray native = nativePath(path);
    const int fd = openRetrying(native.constData(), O_RDWR | O_CREAT | O_EXCL | O_NOCTTY, 0666);
    if (fd < 0) {
        return errnoError(errno, path);
    }
    if (const int error = lockFd(fd, LOCK_EX); error != 0) {
        // Nobody else can know the file yet, unless it was opened in the instant since its creation.
        ::close(fd);
        ::unlink(native.constData());
        return errnoError(error, path);
    }
    return FileLock(fd);
}

qint64 FileLock::holderPid(const QString &path)
{
    struct stat info = {};
    if (::stat(nativePath(path).constData(), &info) != 0) {
        return -1;
    }
    // /proc files have no size: read with read(2) until it returns nothing.
    QByteArray table;
    const int fd = openRetrying("/proc/locks", O_RDONLY);
    if (fd < 0) {
        return -1;
    }
    char buffer[16384];
    for (;;) {
        const ssize_t got = ::read(fd, buffer, sizeof buffer);
        if (got <= 0) {
            break;
        }
        table.append(buffer, got);
    }
    ::close(fd);
    // Lines read "1: FLOCK  ADVISORY  WRITE 4242 fe:00:1234567 0 EOF"; the device is hexadecimal major:minor.
    const QString inode = QString::number(qulonglong(info.st_ino));
    const QList<QByteArray> lines = table.split('\n');
    for (const QByteArray &line : lines) {
        const QStringList fields = QString::fromLatin1(line).simplified().split(u' ');
        if (fields.size() < 6 || fields.at(1) != u"FLOCK") {
            continue;
        }
        const QStringList id = fields.at(5).split(u':');
        if (id.size() != 3 || id.at(2) != inode) {
            continue;
        }
        bool majorOk = false;
        bool minorOk = false;
        const uint lockMajor = id.at(0).toUInt(&majorOk, 16);
        const uint lockMinor = id.at(1).toUInt(&minorOk, 16);
        if (!majorOk || !minorOk || lockMajor != major(info.st_dev) || lockMinor != minor(info.st_dev)) {
            continue;
        }
        bool pidOk = false;
        const qint64 pid = fields.at(4).toLongLong(&pidOk);
        if (pidOk && pid > 0) {
            return pid;
        }
    }
    return -1;
}

bool SessionFiles::inUseBySqlite(const QString &path)
{
    const int fd = openRetrying(nativePath(path + u"-shm"_s).constData(), O_RDONLY | O_NOCTTY);
    if (fd < 0) {
        return false; // no shared memory file: no connection in WAL mode
    }
    // SQLite's unix VFS: each connection holds a read lock on the "DMS" byte, offset 128 of the -shm file.
    struct flock probe = {};
    probe.l_type = F_WRLCK;
    probe.l_whence = SEEK_SET;
    probe.l_start = 128;
    probe.l_len = 1;
    const bool busy = ::fcntl(fd, F_OFD_GETLK, &probe) == 0 && probe.l_type != F_UNLCK;
    ::close(fd);
    return busy;
}

Result<QString> SessionFiles::setAside(const QString &path, const QString &suffix)
{
    const QString from = path + suffix;
    const QString to = u"%1.stray-%2"_s.arg(from, QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss-zzz"_s));
    if (::rename(nativePath(from).constData(), nativePath(to).constData()) != 0) {
        return errnoError(errno, from);
    }
    return to;
}

Result<void> SessionFiles::removeSideFiles(const QString &path)
{
    for (const QString &suffix : SideSuffixes) {
        if (::unlink(nativePath(path + suffix).constData()) != 0 && errno != ENOENT) {
            return errnoError(errno, path + suffix);
        }
    }
    return {};
}

Result<void> SessionFiles::replace(const QString &source, const QString &target)
{
    FileLock lock;
    if (QFileInfo::exists(target) || QFileInfo(target).isSymLink()) {
        if (!QFileInfo(target).isFile()) {
            return Error{ErrorCode::InvalidArgument, tr("%1 is not a regular file").arg(target)};
        }
        auto acquired = FileLock::acquire(target, FileLock::Kind::Exclusive);
        if (!acquired) {
            return acquired.error();
        }
        lock = std::move(acquired).value();
        if (inUseBySqlite(target)) {
            return Error{ErrorCode::Locked, target};
        }
        // The old file's write-ahead log must go with it: left beside the new file, SQLite would apply it.
        if (auto ok = removeSideFiles(target); !ok) {
            return ok;
        }
    } else {
        // No file, but perhaps side files left from one that was deleted: they belong to nothing here.
        for (const QString &suffix : SideSuffixes) {
            if (QFileInfo::exists(target + suffix)) {
                if (auto moved = setAside(target, suffix); !moved) {
                    return moved.error();
                }
            }
        }
    }
    if (::rename(nativePath(source).constData(), nativePath(target).constData()) != 0) {
        return errnoError(errno, target);
    }
    return {};
}

} // namespace core
