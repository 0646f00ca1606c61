// SPDX-License-Identifier: MIT
// Test helper: a second process that writes a session file, for the one-writer and crash tests.
//   sessionwriter hold SESSION        open (or create) the session for writing, print "ready", wait for
//                                     standard input to close, then close the session normally
//   sessionwriter append SESSION      open (or create) the session, start its clock, then add notes for
//                                     ever: "pending K" before each, "acked SEQ K" once it is stored
//   sessionwriter workfolder DIR      make a work folder in DIR with a session in it, print its path, wait
//   sessionwriter probe SESSION       try to open the session for writing, then for reading; print each outcome
#include "core/base/clock.h"
#include "core/io/proposalimporter.h"
#include "core/session/session.h"
#include "core/store/workfolder.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>
#include <cstring>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

core::Result<std::unique_ptr<core::Session>> openOrCreate(const QString &path, const core::Clock &clock)
{
    if (QFileInfo::exists(path)) {
        return core::Session::open(path, clock);
    }
    return core::Session::create(path, core::ProposalImporter::demoWorkshop().value(), clock);
}

int fail(const core::Error &error)
{
    std::printf("error %d %s\n", int(error.code), qPrintable(core::errorMessage(error)));
    std::fflush(stdout);
    return 1;
}

void waitForStdinToClose()
{
    char buffer[64];
    while (::read(STDIN_FILENO, buffer, sizeof buffer) > 0) {
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: sessionwriter hold|append|workfolder|probe PATH\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[2]);
    core::SystemClock clock;
    if (std::strcmp(argv[1], "workfolder") == 0) {
        core::WorkFolder::removeOnTerminatingSignals();
        auto work = core::WorkFolder::create(path, u"test"_s);
        if (!work) {
            return fail(work.error());
        }
        auto session = core::Session::create(
            work.value()->filePath(u"work.moderato"_s), core::ProposalImporter::demoWorkshop().value(), clock);
        if (!session) {
            return fail(session.error());
        }
        std::printf("ready %s\n", qPrintable(work.value()->path()));
        std::fflush(stdout);
        waitForStdinToClose();
        return 0;
    }
    if (std::strcmp(argv[1], "probe") == 0) {
        {
            auto writer = core::Session::open(path, clock);
            std::printf(writer ? "rw ok\n" : "rw error %d\n", writer ? 0 : int(writer.error().code));
        }
        auto reader = core::Session::open(path, clock, core::SessionStore::Mode::ReadOnly);
        if (reader) {
            std::printf("ro ok %lld\n", static_cast<long long>(reader.value()->events().size()));
        } else {
            std::printf("ro error %d %s\n", int(reader.error().code), qPrintable(reader.error().detail));
        }
        return 0;
    }
    auto session = openOrCreate(path, clock);
    if (!session) {
        return fail(session.error());
    }
    core::Session &s = *session.value();
    if (std::strcmp(argv[1], "hold") == 0) {
        std::printf("ready %lld\n", static_cast<long long>(s.events().size()));
        std::fflush(stdout);
        waitForStdinToClose();
        return 0;
    }
    if (std::strcmp(argv[1], "append") != 0) {
        return 2;
    }
    if (s.state().runState() == core::RunState::NotStarted) {
        if (auto ok = s.start(); !ok) {
            return fail(ok.error());
        }
    }
    qint64 k = s.state().notes().notes().size();
    std::printf("ready %lld\n", static_cast<long long>(s.events().size()));
    std::fflush(stdout);
    for (;;) {
        ++k;
        std::printf("pending %lld\n", static_cast<long long>(k));
        std::fflush(stdout);
        auto id = s.addNote(u"note %1: what the rapporteur heard, stored before it is acknowledged"_s.arg(k), {});
        if (!id) {
            return fail(id.error());
        }
        std::printf("acked %lld %lld\n", static_cast<long long>(s.events().constLast().seq), static_cast<long long>(k));
        std::fflush(stdout);
    }
}
