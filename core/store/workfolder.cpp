// SPDX-License-Identifier: MIT
#include "core/store/workfolder.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <array>
#include <cerrno>
#include <climits>
#include <csignal>
#include <cstring>
#include <signal.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace core {
namespace {

constexpr int MaxSlots = 8;
constexpr int MaxNames = 8;
constexpr std::size_t MaxName = 256;

/// What a signal handler needs to remove a folder, in memory that never moves.
struct Slot
{
    volatile sig_atomic_t used = 0;
    volatile sig_atomic_t nameCount = 0;
    char dir[PATH_MAX] = {};
    char names[MaxNames][MaxName] = {};
};

std::array<Slot, MaxSlots> g_slots;

void unlinkJoined(const char *dir, const char *name, const char *suffix) noexcept
{
    char path[PATH_MAX + MaxName + 16];
    const std::size_t dirLength = std::strlen(dir);
    const std::size_t nameLength = std::strlen(name);
    const std::size_t suffixLength = std::strlen(suffix);
    if (dirLength + 1 + nameLength + suffixLength + 1 > sizeof(path)) {
        return;
    }
    std::memcpy(path, dir, dirLength);
    path[dirLength] = '/';
    std::memcpy(path + dirLength + 1, name, nameLength);
    std::memcpy(path + dirLength + 1 + nameLength, suffix, suffixLength + 1);
    ::unlink(path);
}

void onTerminatingSignal(int signal)
{
    WorkFolder::removeAllForSignal();
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

const QRegularExpression &folderPattern()
{
    static const QRegularExpression pattern(u"^\\.moderato-[a-z]+-(\\d+)-[A-Za-z0-9]{6}$"_s);
    return pattern;
}

} // namespace

WorkFolder::WorkFolder(QString path, int slot)
    : m_path(std::move(path))
    , m_slot(slot)
{}

WorkFolder::~WorkFolder()
{
    if (m_slot >= 0) {
        g_slots[std::size_t(m_slot)].used = 0;
    }
    QDir(m_path).removeRecursively();
}

Result<std::unique_ptr<WorkFolder>> WorkFolder::create(const QString &parent, const QString &purpose)
{
    removeStale(parent);
    QTemporaryDir temporary(
        u"%1/.moderato-%2-%3-XXXXXX"_s.arg(parent, purpose).arg(QCoreApplication::applicationPid()));
    if (!temporary.isValid()) {
        return Error{ErrorCode::Io,
                     tr("cannot make a temporary folder in %1: %2").arg(parent, temporary.errorString())};
    }
    temporary.setAutoRemove(false);
    const QString path = temporary.path();
    int slot = -1;
    const QByteArray native = QFile::encodeName(path);
    for (int i = 0; i < MaxSlots; ++i) {
        Slot &candidate = g_slots[std::size_t(i)];
        if (!candidate.used && std::size_t(native.size()) < sizeof(candidate.dir)) {
            std::memcpy(candidate.dir, native.constData(), std::size_t(native.size()) + 1);
            candidate.nameCount = 0;
            candidate.used = 1;
            slot = i;
            break;
        }
    }
    return std::unique_ptr<WorkFolder>(new WorkFolder(path, slot));
}

QString WorkFolder::filePath(const QString &name)
{
    if (m_slot >= 0) {
        Slot &slot = g_slots[std::size_t(m_slot)];
        const QByteArray native = QFile::encodeName(name);
        if (slot.nameCount < MaxNames && std::size_t(native.size()) < MaxName) {
            bool known = false;
            for (int i = 0; i < slot.nameCount; ++i) {
                known = known || native == slot.names[i];
            }
            if (!known) {
                std::memcpy(slot.names[slot.nameCount], native.constData(), std::size_t(native.size()) + 1);
                slot.nameCount = slot.nameCount + 1;
            }
        }
    }
    return m_path + u'/' + name;
}

void WorkFolder::removeAllForSignal() noexcept
{
    static const char *const suffixes[] = {"", "-wal", "-shm", "-journal"};
    for (Slot &slot : g_slots) {
        if (!slot.used) {
            continue;
        }
        for (int i = 0; i < slot.nameCount; ++i) {
            for (const char *suffix : suffixes) {
                unlinkJoined(slot.dir, slot.names[i], suffix);
            }
        }
        ::rmdir(slot.dir);
        slot.used = 0;
    }
}

void WorkFolder::removeOnTerminatingSignals()
{
    for (const int signal : {SIGINT, SIGTERM, SIGHUP, SIGQUIT}) {
        struct sigaction action = {};
        action.sa_handler = &onTerminatingSignal;
        sigemptyset(&action.sa_mask);
        ::sigaction(signal, &action, nullptr);
    }
}

int WorkFolder::removeStale(const QString &parent)
{
    int removed = 0;
    const QDir dir(parent);
    const QStringList entries =
        dir.entryList({u".moderato-*"_s}, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot | QDir::NoSymLinks);
    for (const QString &entry : entries) {
        const auto match = folderPattern().match(entry);
        if (!match.hasMatch()) {
            continue;
        }
        bool ok = false;
        const qint64 pid = match.captured(1).toLongLong(&ok);
        if (!ok || pid <= 0 || pid == QCoreApplication::applicationPid()) {
            continue;
        }
        if (::kill(pid_t(pid), 0) == 0 || errno != ESRCH) {
            continue; // still running (or not ours to ask): leave it
        }
        if (QDir(dir.filePath(entry)).removeRecursively()) {
            ++removed;
        }
    }
    return removed;
}

int WorkFolder::liveCount()
{
    int count = 0;
    for (const Slot &slot : g_slots) {
        count += slot.used ? 1 : 0;
    }
    return count;
}

} // namespace core
