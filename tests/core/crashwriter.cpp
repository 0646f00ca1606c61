// SPDX-License-Identifier: MIT
// Test helper: creates a session, runs its clock, and dies abruptly with the file still open,
// as a laptop does when the process is killed mid-session.
#include "core/base/clock.h"
#include "core/io/proposalimporter.h"
#include "core/session/session.h"

#include <QCoreApplication>

#include <chrono>
#include <cstdio>
#include <cstdlib>

using namespace std::chrono_literals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: crashwriter SESSION\n");
        return 2;
    }
    core::FakeClock clock(QDateTime::currentMSecsSinceEpoch() - 7 * 60'000);
    auto session =
        core::Session::create(QString::fromLocal8Bit(argv[1]), core::ProposalImporter::demoWorkshop().value(), clock);
    if (!session) {
        std::fprintf(stderr, "%s\n", qPrintable(core::errorMessage(session.error())));
        return 1;
    }
    core::Session &s = *session.value();
    bool ok = s.start().has_value();
    clock.advance(4min);
    ok = ok && s.next().has_value(); // Eva Schulz-Kamm starts 4 minutes in
    clock.advance(3min);             // ... and has spoken 3 minutes, "now"
    ok = ok && s.extendCurrent(2 * 60'000).has_value();
    if (!ok) {
        return 1;
    }
    std::abort(); // no destructor, no close: only what was committed survives
}
