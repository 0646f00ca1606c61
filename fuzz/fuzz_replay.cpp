// SPDX-License-Identifier: MIT
// core::ReplayScript::parse on arbitrary text, as `moderato-cli replay` reads a script; a script that parses
// (and is short enough to keep the fuzzer fast) is then run, as the command runs it, against a new session
// of the demo workshop in a temporary file, with a FakeClock. A failing action is fine (the script is
// refused with its line number); a crash, an assertion or a sanitizer report is not.
#include "core/agenda/sessiondefinition.h"
#include "core/base/clock.h"
#include "core/io/proposalimporter.h"
#include "core/io/replayscript.h"
#include "core/session/session.h"
#include "fuzzsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace {

// Each action is one SQLite transaction: running long scripts would make every execution slow.
constexpr qsizetype MaxActionsRun = 64;

/// The demo workshop and a temporary directory for the session file, made once; the directory is removed at exit.
struct Runner
{
    Runner()
        // A RAM-backed directory when there is one: sessions are SQLite files with synchronous=FULL.
        : dir((QFileInfo(QStringLiteral("/dev/shm")).isWritable() ? QStringLiteral("/dev/shm") : QDir::tempPath())
              + QStringLiteral("/moderato-fuzz-replay-XXXXXX"))
    {
        if (!dir.isValid()) {
            fuzz::fail("cannot create a temporary directory");
        }
        auto demo = core::ProposalImporter::demoWorkshop();
        if (!demo) {
            fuzz::fail("cannot read the demo workshop");
        }
        definition = std::move(demo).value();
        path = dir.filePath(QStringLiteral("replay.moderato"));
    }

    QTemporaryDir dir;
    core::SessionDefinition definition;
    QString path;
};

Runner &runner()
{
    static Runner instance;
    return instance;
}

void removeSessionFiles(const QString &path)
{
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        QFile::remove(path + suffix);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto script = core::ReplayScript::parse(QString::fromUtf8(fuzz::bytes(data, size)));
    if (!script || script->actions().isEmpty() || script->actions().size() > MaxActionsRun) {
        return 0;
    }
    qint64 previous = 0;
    for (const core::ReplayAction &action : script->actions()) {
        if (action.atMs < previous) {
            fuzz::fail("a parsed script goes back in time");
        }
        previous = action.atMs;
    }
    Runner &r = runner();
    removeSessionFiles(r.path);
    {
        core::FakeClock clock;
        auto session = core::Session::create(r.path, r.definition, clock);
        if (!session) {
            fuzz::fail("cannot create a session");
        }
        (void)script->run(*session.value(), clock);
    }
    removeSessionFiles(r.path);
    return 0;
}
