// SPDX-License-Identifier: MIT
// Console refresh benchmark: what one recorded event costs with the moderator's window open. Feeds N notes,
// then N floor changes, then N clock ticks to a session shown in a MainWindow (offscreen, FakeClock), each
// followed by the event loop (the repaints it asked for), and prints the median ms per event; next to it
// the same events on a session without a window, the store's share (the file is on /dev/shm when there is one).
// Usage: bench_console [--events N] [--runs R]   (R rounds, each in a fresh session; medians over all of them)
#include "core/base/clock.h"
#include "core/io/proposalimporter.h"
#include "core/session/session.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n == 0 ? 0 : (n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2);
}

struct Samples
{
    std::vector<double> notes;
    std::vector<double> floor;
    std::vector<double> ticks;
};

/// One round: N notes, N floor changes, N ticks on session; after each, settle() (the window's event loop).
void feed(core::Session &session, core::FakeClock &clock, int events, const std::function<void()> &settle, Samples &out)
{
    auto measure = [&](std::vector<double> &into, const std::function<void()> &step) {
        QElapsedTimer timer;
        timer.start();
        step();
        settle();
        into.push_back(double(timer.nsecsElapsed()) / 1e6);
    };
    (void)session.start();
    for (int i = 0; i < events; ++i) {
        clock.advance(1s);
        measure(out.notes, [&] {
            (void)session.addNote(u"Note %1: supply chains need baseline requirements"_s.arg(i),
                                  {core::NoteTag::Takeaway});
        });
    }
    QList<int> people;
    for (const core::Participant &p : session.state().floor().participants()) {
        people.append(p.id);
    }
    for (int i = 0; i < events; ++i) {
        clock.advance(1s);
        measure(out.floor, [&] { (void)session.giveFloor(people.at(i % people.size())); });
    }
    for (int i = 0; i < events; ++i) {
        clock.advance(200ms);
        measure(out.ticks, [&] { session.tick(); });
    }
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // the recent files go to a test location
    const QStringList args = QApplication::arguments();
    int events = 500;
    int runs = 3;
    if (const qsizetype at = args.indexOf(u"--events"_s); at > 0 && at + 1 < args.size()) {
        events = std::max(10, args.at(at + 1).toInt());
    }
    if (const qsizetype at = args.indexOf(u"--runs"_s); at > 0 && at + 1 < args.size()) {
        runs = std::max(1, args.at(at + 1).toInt());
    }
    const QString base = QDir(u"/dev/shm"_s).exists() ? u"/dev/shm/moderato-bench-XXXXXX"_s : QString();
    QTemporaryDir work(base.isEmpty() ? QDir::tempPath() + u"/moderato-bench-XXXXXX"_s : base);
    const auto definition = core::ProposalImporter::demoWorkshop().value();

    Samples window;
    Samples alone;
    for (int run = 0; run < runs; ++run) {
        core::FakeClock clock;
        auto console = std::make_unique<ui::MainWindow>(clock);
        if (auto ok = console->createSession(work.filePath(u"window%1.moderato"_s.arg(run)), definition); !ok) {
            std::fprintf(stderr, "bench_console: %s\n", qPrintable(core::errorMessage(ok.error())));
            return 1;
        }
        console->show();
        QCoreApplication::processEvents();
        const auto repaint = [] { QCoreApplication::processEvents(); };
        feed(*console->session(), clock, events, repaint, window);
        console.reset();

        core::FakeClock aloneClock;
        auto session = core::Session::create(work.filePath(u"alone%1.moderato"_s.arg(run)), definition, aloneClock);
        if (!session) {
            std::fprintf(stderr, "bench_console: %s\n", qPrintable(core::errorMessage(session.error())));
            return 1;
        }
        const auto nothing = [] {};
        feed(*session.value(), aloneClock, events, nothing, alone);
    }

    std::printf("Console benchmark: %d notes, %d floor changes, %d ticks, %d round(s), medians in ms per event\n",
                events,
                events,
                events,
                runs);
    std::printf("%-16s %12s %14s %12s\n", "event", "with window", "session only", "window's ms");
    auto row = [](const char *name, const std::vector<double> &with, const std::vector<double> &without) {
        const double w = median(with);
        const double s = median(without);
        std::printf("%-16s %12.3f %14.3f %12.3f\n", name, w, s, w - s);
    };
    row("note added", window.notes, alone.notes);
    row("floor given", window.floor, alone.floor);
    row("tick", window.ticks, alone.ticks);
    return 0;
}
