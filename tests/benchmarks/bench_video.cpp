// SPDX-License-Identifier: MIT
// Video benchmark: the room display playing a 1080p video (H.264 with an AAC tone, made with ffmpeg) with
// subtitles. For each frame that reaches the video sink it paints the 1920x1080 room display (the frame turned
// into an image, the subtitles, the timer strip) and reports the paint time (median, 90th percentile), the
// frames decoded against the frames in the file, and the process's peak memory (VmHWM) before and after. The caption
// strip is shown with a new caption line every second; run it with --no-captions for the baseline without them.
// Usage: bench_video [--seconds N] [--no-captions]
// Usage: bench_video [--seconds N]   (skips, exit 0, without ffmpeg)
#include "core/base/clock.h"
#include "core/io/proposalimporter.h"
#include "core/session/session.h"
#include "ui/roomrenderer.h"

#include <QApplication>
#include <QAudioDevice>
#include <QElapsedTimer>
#include <QFile>
#include <QMediaDevices>
#include <QMediaPlayer>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QVideoFrame>
#include <QVideoSink>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

double percentile(std::vector<double> values, double p)
{
    if (values.empty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const double at = p * double(values.size() - 1);
    const auto low = size_t(at);
    const size_t high = std::min(low + 1, values.size() - 1);
    return values[low] + (values[high] - values[low]) * (at - double(low));
}

/// The process's peak resident memory so far, in MB (Linux), or -1.
double peakMb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024;
        }
    }
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    int seconds = 10;
    if (const qsizetype at = args.indexOf(u"--seconds"_s); at > 0 && at + 1 < args.size()) {
        seconds = std::clamp(args.at(at + 1).toInt(), 2, 600);
    }
    // Captions on by default (a caption line every second over the video); --no-captions is the baseline.
    const bool captions = !args.contains(u"--no-captions"_s);
    const QString ffmpeg = QStandardPaths::findExecutable(u"ffmpeg"_s);
    if (ffmpeg.isEmpty()) {
        std::printf("bench_video: ffmpeg is not installed (Debian: ffmpeg); skipping.\n");
        return 0;
    }
    QTemporaryDir work;
    const QString video = work.filePath(u"talk.mp4"_s);
    QProcess encoder;
    encoder.start(ffmpeg,
                  {u"-nostdin"_s,
                   u"-v"_s,
                   u"error"_s,
                   u"-f"_s,
                   u"lavfi"_s,
                   u"-i"_s,
                   u"testsrc2=duration=%1:size=1920x1080:rate=25"_s.arg(seconds),
                   u"-f"_s,
                   u"lavfi"_s,
                   u"-i"_s,
                   u"sine=frequency=440:duration=%1"_s.arg(seconds),
                   u"-c:v"_s,
                   u"libx264"_s,
                   u"-preset"_s,
                   u"veryfast"_s,
                   u"-pix_fmt"_s,
                   u"yuv420p"_s,
                   u"-c:a"_s,
                   u"aac"_s,
                   u"-shortest"_s,
                   video});
    if (!encoder.waitForFinished(300'000) || encoder.exitCode() != 0) {
        std::fprintf(stderr, "bench_video: ffmpeg failed: %s\n", encoder.readAllStandardError().constData());
        return 1;
    }
    // A cue every second, two lines each.
    QFile subtitles(work.filePath(u"talk.en.srt"_s));
    if (!subtitles.open(QIODevice::WriteOnly)) {
        return 1;
    }
    for (int i = 0; i < seconds; ++i) {
        subtitles.write(u"%1\n00:00:%2,000 --> 00:00:%2,900\nCue %1: baseline requirements along the supply chain,\n"
                        "certified by an independent body\n\n"_s.arg(i + 1)
                            .arg(i, 2, 10, QChar(u'0'))
                            .toUtf8());
    }
    subtitles.close();

    core::FakeClock clock;
    auto created = core::Session::create(
        work.filePath(u"bench.moderato"_s), core::ProposalImporter::demoWorkshop().value(), clock);
    if (!created) {
        std::fprintf(stderr, "bench_video: %s\n", qPrintable(core::errorMessage(created.error())));
        return 1;
    }
    core::Session &session = *created.value();
    (void)session.start();
    auto media = session.addMedia(video);
    if (!media || !session.addSubtitles(media.value(), subtitles.fileName())) {
        std::fprintf(stderr, "bench_video: the video or its subtitles were refused\n");
        return 1;
    }
    ui::RoomRenderer renderer;
    renderer.setSession(&session);
    QImage frame(1920, 1080, QImage::Format_RGB32);
    const double peakBefore = peakMb();
    (void)session.showMedia(media.value());
    if (!renderer.player()) {
        std::fprintf(stderr, "bench_video: no player\n");
        return 1;
    }
    if (captions) {
        (void)session.execute(core::commands::SetCaptions{true, QString()});
    }
    QTimer captionTimer;
    int captionLines = 0;
    QObject::connect(&captionTimer, &QTimer::timeout, &app, [&] {
        const QString line =
            u"Caption %1: the supply chain needs baseline requirements that small suppliers can meet"_s.arg(
                ++captionLines);
        (void)session.execute(core::commands::AddCaption{line, u"Speaker"_s, 0});
    });
    std::vector<double> paintMs;
    int frames = 0;
    QObject::connect(renderer.videoSink(), &QVideoSink::videoFrameChanged, &app, [&](const QVideoFrame &decoded) {
        if (!decoded.isValid()) {
            return;
        }
        ++frames;
        QElapsedTimer timer;
        timer.start();
        QPainter painter(&frame);
        renderer.paint(painter, frame.rect());
        painter.end();
        paintMs.push_back(double(timer.nsecsElapsed()) / 1e6);
    });
    QObject::connect(renderer.player(), &QMediaPlayer::mediaStatusChanged, &app, [&](QMediaPlayer::MediaStatus status) {
        if (status == QMediaPlayer::LoadedMedia && !session.state().display().isPlaying()) {
            (void)session.setVideoPlayback(true, 0);
            if (captions) {
                captionTimer.start(1000);
            }
        } else if (status == QMediaPlayer::EndOfMedia) {
            app.quit();
        }
    });
    QTimer::singleShot((seconds + 60) * 1000, &app, [&app] { app.exit(2); });
    QElapsedTimer wall;
    wall.start();
    const int exit = app.exec();
    const double wallS = double(wall.elapsed()) / 1000;
    if (renderer.mediaFailed()) {
        std::fprintf(stderr, "bench_video: the video cannot be played: %s\n", qPrintable(renderer.mediaError()));
        return 1;
    }
    std::printf("Room display playing a %d s 1920x1080 H.264 video at 25 fps with an AAC tone and subtitles%s\n",
                seconds,
                captions ? ", captions shown (a line a second)" : ", no captions (--no-captions)");
    std::printf("audio output: %s\n",
                QMediaDevices::audioOutputs().isEmpty()
                    ? "none (no sound card: the sound goes nowhere)"
                    : qPrintable(QMediaDevices::defaultAudioOutput().description()));
    std::printf("%-44s %10s\n", "measure", "value");
    std::printf("%-44s %7d/%d\n", "frames decoded to the sink", frames, seconds * 25);
    std::printf("%-44s %10.1f\n", "playback wall time (s)", wallS);
    std::printf("%-44s %10d\n", "caption lines added", captionLines);
    std::printf("%-44s %10.2f\n", "room frame paint, median (ms)", percentile(paintMs, 0.5));
    std::printf("%-44s %10.2f\n", "room frame paint, 90th percentile (ms)", percentile(paintMs, 0.9));
    std::printf("%-44s %10.1f\n", "peak memory before the video (VmHWM, MB)", peakBefore);
    std::printf("%-44s %10.1f\n", "peak memory after playing it (VmHWM, MB)", peakMb());
    std::printf("budget: a frame every 40 ms at 25 fps\n");
    return exit == 0 ? 0 : 1;
}
