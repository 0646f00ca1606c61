// SPDX-License-Identifier: MIT
// Room display benchmark: the time to paint a full 1920x1080 frame after a scene switch, and after a PDF
// page turn on a 50-page deck, as medians of many runs, each next to a baseline measured in the same go
// (the same scene painted again without a switch; the same page painted again from its cache).
// Usage: bench_room [--runs N] [--write-pdf PATH]   (--write-pdf only writes the 50-page deck and exits)
#include "core/base/clock.h"
#include "core/io/proposalimporter.h"
#include "core/session/session.h"
#include "ui/roomrenderer.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

bool writeDeck(const QString &path, int pages)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QSizeF(254, 142.875), QPageSize::Millimeter));
    writer.setResolution(150);
    QPainter painter(&writer);
    for (int page = 0; page < pages; ++page) {
        if (page > 0) {
            writer.newPage();
        }
        const QRect area = painter.viewport();
        painter.fillRect(area, QColor::fromHsv((page * 37) % 360, 120, 90));
        QFont font = painter.font();
        font.setPixelSize(area.height() / 10);
        font.setBold(true);
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(area.adjusted(80, 60, -80, 0),
                         Qt::AlignLeft | Qt::AlignTop,
                         u"Slide %1: supply chain security"_s.arg(page + 1));
        font.setPixelSize(area.height() / 22);
        font.setBold(false);
        painter.setFont(font);
        for (int line = 0; line < 6; ++line) {
            painter.drawText(QRect(area.x() + 100,
                                   area.y() + area.height() * (30 + line * 10) / 100,
                                   area.width() - 200,
                                   area.height() / 12),
                             Qt::AlignLeft,
                             u"• Baseline requirement %1 for every supplier along the chain"_s.arg(line + 1));
        }
        painter.setBrush(QColor(255, 255, 255, 60));
        painter.drawEllipse(
            area.right() - area.width() / 4, area.bottom() - area.height() / 3, area.width() / 5, area.height() / 4);
    }
    return painter.end();
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n == 0 ? 0 : (n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2);
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    int runs = 60;
    if (const qsizetype at = args.indexOf(u"--runs"_s); at > 0 && at + 1 < args.size()) {
        runs = std::max(3, args.at(at + 1).toInt());
    }
    if (const qsizetype at = args.indexOf(u"--write-pdf"_s); at > 0 && at + 1 < args.size()) {
        return writeDeck(args.at(at + 1), 50) ? 0 : 1;
    }

    QTemporaryDir work;
    const QString deck = work.filePath(u"deck.pdf"_s);
    if (!writeDeck(deck, 50)) {
        std::fprintf(stderr, "bench_room: cannot write %s\n", qPrintable(deck));
        return 1;
    }
    core::FakeClock clock;
    auto created = core::Session::create(
        work.filePath(u"bench.moderato"_s), core::ProposalImporter::demoWorkshop().value(), clock);
    if (!created) {
        std::fprintf(stderr, "bench_room: %s\n", qPrintable(core::errorMessage(created.error())));
        return 1;
    }
    core::Session &session = *created.value();
    (void)session.start();
    (void)session.giveFloor(1);
    (void)session.approveTakeaway(u"Baseline requirements along the whole supply chain."_s);
    (void)session.approveTakeaway(u"Governments enforce minimum requirements; industry implements them."_s);
    (void)session.showMessage(u"Please take your seats"_s);
    auto media = session.addMedia(deck);
    if (!media) {
        std::fprintf(stderr, "bench_room: %s\n", qPrintable(core::errorMessage(media.error())));
        return 1;
    }
    ui::RoomRenderer renderer;
    renderer.setSession(&session);
    QImage frame(1920, 1080, QImage::Format_RGB32);
    auto paintFrame = [&] {
        QPainter painter(&frame);
        renderer.paint(painter, frame.rect());
    };

    // Scene switches: each run pins the next scene and paints one frame.
    const core::Scene scenes[] = {
        core::Scene::Agenda, core::Scene::Speaker, core::Scene::Chair, core::Scene::Takeaways, core::Scene::Message};
    std::vector<double> switchMs;
    std::vector<double> repaintMs;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        (void)session.pinScene(scenes[i % 5]);
        paintFrame();
        switchMs.push_back(msSince(timer));
        timer.restart();
        paintFrame(); // the same scene again: the baseline
        repaintMs.push_back(msSince(timer));
    }

    // PDF page turns on the 50-page deck, forward then back.
    (void)session.showMedia(media.value());
    paintFrame(); // loads the document and the first page
    std::vector<double> turnMs;
    std::vector<double> samePageMs;
    for (int i = 0; i < runs; ++i) {
        const int page = 1 + (i % 49);
        QElapsedTimer timer;
        timer.start();
        (void)session.setMediaPage(page);
        paintFrame();
        turnMs.push_back(msSince(timer));
        timer.restart();
        paintFrame();
        samePageMs.push_back(msSince(timer));
    }

    std::printf("Room display benchmark: 1920x1080 frames, %d runs each, medians\n", runs);
    std::printf("%-44s %10s %12s %8s\n", "measure", "ms", "baseline ms", "ratio");
    const double sw = median(switchMs);
    const double rp = median(repaintMs);
    const double pt = median(turnMs);
    const double sp = median(samePageMs);
    std::printf(
        "%-44s %10.2f %12.2f %7.2fx\n", "scene switch + frame (vs same scene again)", sw, rp, rp > 0 ? sw / rp : 0.0);
    std::printf(
        "%-44s %10.2f %12.2f %7.2fx\n", "PDF page turn + frame (vs same page again)", pt, sp, sp > 0 ? pt / sp : 0.0);
    std::printf("targets: scene switch within one frame (16.7 ms), page turn under 50 ms\n");
    return 0;
}
