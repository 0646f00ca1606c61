// SPDX-License-Identifier: MIT
#pragma once

// What every fuzz target shares: one QCoreApplication for the whole run (the SQLite driver is a plugin,
// translations and QCoreApplication::applicationDirPath() need it), and Qt's debug and warning messages
// silenced so that they neither flood the fuzzer's output nor slow it down. Fatal messages (a failed
// Q_ASSERT: the preset builds with QT_FORCE_ASSERTS) still abort, which libFuzzer reports as a crash.

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace fuzz {

inline void silentMessageHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
        std::abort();
    }
}

inline void initialize()
{
    static int argc = 1;
    static char name[] = "moderato-fuzz";
    static char *argv[] = {name, nullptr};
    qInstallMessageHandler(silentMessageHandler);
    // Never destroyed: tearing Qt down from static destructors at exit is not worth the trouble. A global
    // pointer keeps it reachable, so LeakSanitizer does not count it.
    static QCoreApplication *app = new QCoreApplication(argc, argv);
    Q_UNUSED(app);
}

/// The input as bytes, without copying (the fuzzer's buffer outlives the call).
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

/// Aborts with a message: for a property of the code under test that does not hold.
[[noreturn]] inline void fail(const char *what)
{
    std::fprintf(stderr, "fuzz property failed: %s\n", what);
    std::abort();
}

} // namespace fuzz

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initialize();
    return 0;
}
