// SPDX-License-Identifier: MIT
// Caption latency: a line appended to a followed caption file, until the room display has rendered a frame
// that shows it (the console's caption feed, the "caption" command, the session's event and one full frame of
// the room display, all on the way). Median and 90th percentile of N lines in ms; the baseline is a line
// sent straight as a command (no file), measured in the same go.
// Usage: bench_captions [--lines N]   (runs offscreen unless QT_QPA_PLATFORM says otherwise)
#include "core/base/clock.h"
#include "core/io/proposalimporter.h"
#include "core/session/session.h"
#include "ui/captioncontrol.h"
#include "ui/roomcontrol.h"
#include "ui/roomdisplaywindow.h"
#include "ui/roomrenderer.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>
#include <QWidget>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

/// Whether the room display's last painted frame shows the line.
bool painted(const ui::RoomRenderer *renderer, const QString &text)
{
    // The strip wraps a long caption over its two lines.
    QStringList lines;
    for (const auto &line : renderer->captionStripLines()) {
        lines.append(line.text);
    }
    return lines.join(u' ').contains(text);
}

/// Runs the event loop until the session holds the line, then renders the room display's next frame (as the
/// window's repaint does; an offscreen window may never be exposed): the milliseconds from start until that
/// frame shows the line, or -1 after five seconds.
double
waitForFrame(const core::Session &session, ui::RoomRenderer *renderer, const QString &text, const QElapsedTimer &start)
{
    while (start.elapsed() < 5000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        const auto &captions = session.state().report().captions();
        if (captions.isEmpty() || !captions.constLast().turn.text.contains(text)) {
            continue;
        }
        static_cast<void>(renderer->render(QSize(1920, 1080)));
        if (painted(renderer, text)) {
            return double(start.nsecsElapsed()) / 1e6;
        }
    }
    return -1;
}

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const auto at = std::min(values.size() - 1, std::size_t(p * double(values.size() - 1) + 0.5));
    return values.at(at);
}

/// Lets the event loop settle (the window's repaints, the feed's timer) between two lines, as between two
/// lines a captioner types.
void idle(int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QThread::msleep(1);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    int lines = 100;
    if (const qsizetype at = args.indexOf(u"--lines"_s); at >= 0 && at + 1 < args.size()) {
        lines = std::max(1, args.at(at + 1).toInt());
    }
    QTemporaryDir dir;
    core::SystemClock clock;
    auto created =
        core::Session::create(dir.filePath(u"bench.moderato"_s), core::ProposalImporter::demoWorkshop().value(), clock);
    if (!created) {
        std::fprintf(stderr, "cannot create the session: %s\n", qPrintable(core::errorMessage(created.error())));
        return 1;
    }
    core::Session &session = *created.value();
    QWidget console;
    ui::RoomControl room(&console);
    room.setSession(&session);
    if (!session.start() || !session.pinScene(core::Scene::Speaker) || !session.setCaptions(true)) {
        std::fprintf(stderr, "cannot prepare the session\n");
        return 1;
    }
    room.showDisplay(true);
    room.window()->resize(1920, 1080);
    idle(300);
    ui::RoomRenderer *renderer = room.renderer();

    const QString path = dir.filePath(u"live.txt"_s);
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
            return 1;
        }
    }
    if (auto ok = room.captions()->followFile(path); !ok) {
        std::fprintf(stderr, "cannot follow the file: %s\n", qPrintable(core::errorMessage(ok.error())));
        return 1;
    }
    idle(100);

    std::vector<double> fromFile;
    std::vector<double> fromCommand;
    int missed = 0;
    for (int i = 0; i < lines; ++i) {
        // From the file.
        const QString text = u"Baseline requirements along the supply chain, caption %1"_s.arg(i);
        QElapsedTimer start;
        {
            QFile file(path);
            if (!file.open(QIODevice::Append)) {
                return 1;
            }
            start.start();
            file.write((u">> EVA SCHULZ-KAMM: "_s + text + u'\n').toUtf8());
        }
        const double ms = waitForFrame(session, renderer, text, start);
        if (ms < 0) {
            ++missed;
        } else {
            fromFile.push_back(ms);
        }
        idle(20);
        // The baseline: the same way from the command on.
        const QString typed = u"Typed caption %1 for the baseline"_s.arg(i);
        QElapsedTimer direct;
        direct.start();
        if (!session.execute(core::commands::AddCaption{typed, {}, 0})) {
            return 1;
        }
        const double baseline = waitForFrame(session, renderer, typed, direct);
        if (baseline >= 0) {
            fromCommand.push_back(baseline);
        }
        idle(20);
    }
    if (fromFile.empty() || fromCommand.empty()) {
        std::fprintf(stderr, "no caption reached the room display\n");
        return 1;
    }
    std::printf("caption file -> room display frame, %zu lines: median %.1f ms, p90 %.1f ms, max %.1f ms (missed %d)\n",
                fromFile.size(),
                percentile(fromFile, 0.5),
                percentile(fromFile, 0.9),
                percentile(fromFile, 1.0),
                missed);
    std::printf("baseline, caption command -> frame, %zu lines: median %.1f ms, p90 %.1f ms\n",
                fromCommand.size(),
                percentile(fromCommand, 0.5),
                percentile(fromCommand, 0.9));
    std::printf("target: median under 100 ms: %s\n", percentile(fromFile, 0.5) < 100 ? "met" : "NOT met");
    return 0;
}
