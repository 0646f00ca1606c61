// SPDX-License-Identifier: MIT
#include "core/io/proposalimporter.h"
#include "core/session/session.h"
#include "tests/support/fakeclock.h"
#include "tests/support/helpers.h"
#include "ui/mainwindow.h"
#include "ui/roomcontrol.h"
#include "ui/roomrenderer.h"

#include <QAction>
#include <QAudioDevice>
#include <QAudioOutput>
#include <QFile>
#include <QMediaDevices>
#include <QMediaPlayer>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QVideoFrame>
#include <QVideoSink>

#include <chrono>

using namespace Qt::StringLiterals;

namespace {

int distinctColours(const QImage &image, const QRect &area)
{
    QSet<QRgb> colours;
    for (int y = area.top(); y <= area.bottom(); y += 3) {
        for (int x = area.left(); x <= area.right(); x += 3) {
            colours.insert(image.pixel(x, y));
        }
    }
    return int(colours.size());
}

} // namespace

/**
 * A video on the room display, with real files: ffmpeg makes a three-second test pattern with a tone, and its
 * subtitles are SRT and WebVTT files beside it. The frames are counted as they reach the video sink (offscreen).
 * The sound goes to the default audio output; on a computer without a sound card there is none, and the test
 * checks what the output is told (attached, volume, mute) all the same.
 */
class TestRoomVideo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void video_playsItsFramesWithSoundAttached();
    void console_controlsVolumeAndMute();
    void console_andClicker_playPauseAndSeek();
    void subtitles_showTheCueAtItsTime_inTheRoomsLanguage();
    void subtitles_addedLater_showToo();
    void hostileSubtitles_shownAsText();
    void brokenVideo_showsThePlaceholderWithAReason();

private:
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);

    [[nodiscard]] core::Session *session() const { return m_window->session(); }

    [[nodiscard]] ui::RoomRenderer *renderer() const { return m_window->room()->renderer(); }

    /// Adds the test video (and the subtitles beside it) from the console, as the moderator would.
    void showTalk();
    void waitForPosition(qint64 ms);

    QTemporaryDir m_dir;
    QString m_talk; ///< talk.mp4, with talk.en.srt and talk.fr.vtt beside it
    int m_count = 0;
    std::unique_ptr<tests::FakeClock> m_clock;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestRoomVideo::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(u"config"_s).toUtf8());
    const QString ffmpeg = QStandardPaths::findExecutable(u"ffmpeg"_s);
    if (ffmpeg.isEmpty()) {
        QSKIP("ffmpeg is not installed: it makes the test video (Debian: apt-get install ffmpeg; scripts/test "
              "installs it)");
    }
    const QString media = m_dir.filePath(u"media"_s);
    QVERIFY(QDir().mkpath(media));
    m_talk = media + u"/talk.mp4"_s;
    QProcess process;
    process.start(ffmpeg,
                  {u"-nostdin"_s,
                   u"-v"_s,
                   u"error"_s,
                   u"-f"_s,
                   u"lavfi"_s,
                   u"-i"_s,
                   u"testsrc=duration=3:size=320x240:rate=25"_s,
                   u"-f"_s,
                   u"lavfi"_s,
                   u"-i"_s,
                   u"sine=frequency=440:duration=3"_s,
                   u"-c:v"_s,
                   u"libx264"_s,
                   u"-preset"_s,
                   u"ultrafast"_s,
                   u"-pix_fmt"_s,
                   u"yuv420p"_s,
                   u"-c:a"_s,
                   u"aac"_s,
                   u"-shortest"_s,
                   m_talk});
    QVERIFY(process.waitForFinished(60'000));
    QVERIFY2(process.exitCode() == 0 && QFile::exists(m_talk), process.readAllStandardError().constData());
    auto write = [&media](const QString &name, const QByteArray &bytes) {
        QFile file(media + u'/' + name);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    };
    QVERIFY(write(u"talk.en.srt"_s,
                  "1\n00:00:00,500 --> 00:00:01,500\nWelcome to the session\n\n"
                  "2\n00:00:02,000 --> 00:00:02,800\n<i>Supply chain</i> security\n"));
    QVERIFY(write(u"talk.fr.vtt"_s,
                  "WEBVTT\n\n00:00.500 --> 00:01.500\nBienvenue à la séance\n\n"
                  "00:02.000 --> 00:02.800\nSécurité de la <b>chaîne</b> d'approvisionnement\n"));
    if (QMediaDevices::audioOutputs().isEmpty()) {
        qInfo("This computer has no audio output (no sound card): the video plays silently, and the test checks "
              "that the sound is attached and follows the console's volume and mute.");
    }
}

void TestRoomVideo::init()
{
    m_clock = std::make_unique<tests::FakeClock>();
    m_window = std::make_unique<ui::MainWindow>(*m_clock);
    MODERATO_VERIFY_OK(m_window->createSession(m_dir.filePath(u"v%1.moderato"_s.arg(++m_count)),
                                               core::ProposalImporter::demoWorkshop().value()));
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    press(Qt::Key_Space); // the session runs
}

void TestRoomVideo::cleanup()
{
    m_window.reset();
    m_clock.reset();
}

void TestRoomVideo::press(int key, Qt::KeyboardModifiers modifiers)
{
    QTest::keyClick(m_window.get(), Qt::Key(key), modifiers);
}

void TestRoomVideo::showTalk()
{
    MODERATO_VERIFY_OK(m_window->room()->addAndShowMedia(m_talk));
    QCOMPARE(session()->state().roomScene(), core::Scene::Media);
    QVERIFY(renderer()->player());
    // Loaded and waiting at its first frame.
    QTRY_VERIFY_WITH_TIMEOUT(renderer()->player()->mediaStatus() == QMediaPlayer::LoadedMedia
                                 || renderer()->player()->mediaStatus() == QMediaPlayer::BufferedMedia,
                             20'000);
    QVERIFY2(!renderer()->mediaFailed(), qPrintable(renderer()->mediaError()));
}

void TestRoomVideo::waitForPosition(qint64 ms)
{
    QTRY_VERIFY2_WITH_TIMEOUT(std::abs(renderer()->player()->position() - ms) < 150,
                              qPrintable(u"at %1 ms, not %2"_s.arg(renderer()->player()->position()).arg(ms)),
                              10'000);
}

void TestRoomVideo::video_playsItsFramesWithSoundAttached()
{
    showTalk();
    QMediaPlayer *player = renderer()->player();
    QVERIFY(renderer()->audioOutput());
    QCOMPARE(player->audioOutput(), renderer()->audioOutput());
    QCOMPARE(player->videoSink(), renderer()->videoSink());
    QVERIFY(player->hasVideo());
    QTRY_VERIFY_WITH_TIMEOUT(player->hasAudio(), 5000); // the tone
    QVERIFY(!renderer()->isVideoPlaying());
    int frames = 0;
    connect(renderer()->videoSink(), &QVideoSink::videoFrameChanged, this, [&frames](const QVideoFrame &frame) {
        frames += frame.isValid() ? 1 : 0;
    });
    MODERATO_VERIFY_OK(session()->setVideoPlayback(true, 0));
    QTRY_VERIFY_WITH_TIMEOUT(renderer()->isVideoPlaying(), 5000);
    // 3 s at 25 frames a second: most of them reach the sink, then it stops at its end.
    QTRY_VERIFY_WITH_TIMEOUT(player->mediaStatus() == QMediaPlayer::EndOfMedia, 15'000);
    QVERIFY2(frames >= 60, qPrintable(u"%1 frames"_s.arg(frames)));
    QVERIFY2(frames <= 80, qPrintable(u"%1 frames"_s.arg(frames)));
    qInfo("%d of 75 frames decoded", frames);
    // The last picture stays on the room display.
    const QImage room = renderer()->render(QSize(1920, 1080));
    QVERIFY(distinctColours(room, QRect(500, 100, 900, 700)) > 20);
}

void TestRoomVideo::console_controlsVolumeAndMute()
{
    showTalk();
    QAudioOutput *audio = renderer()->audioOutput();
    QVERIFY(std::abs(audio->volume() - 1.0F) < 1e-4F);
    QVERIFY(!audio->isMuted());
    auto trigger = [this](const char *name) {
        QAction *action = m_window->findChild<QAction *>(QString::fromLatin1(name));
        QVERIFY2(action && action->isEnabled(), name);
        action->trigger();
    };
    press(Qt::Key_Down, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(session()->state().display().volume(), 90);
    trigger("actionVideoVolumeDown");
    trigger("actionVideoVolumeDown");
    QCOMPARE(session()->state().display().volume(), 70);
    const float seventy = audio->volume();
    QVERIFY2(seventy > 0.0F && seventy < 1.0F, qPrintable(QString::number(seventy)));
    for (int i = 0; i < 10; ++i) {
        trigger("actionVideoVolumeDown");
    }
    QCOMPARE(session()->state().display().volume(), 0);
    QVERIFY(std::abs(audio->volume()) < 1e-4F);
    trigger("actionVideoVolumeUp");
    QCOMPARE(session()->state().display().volume(), 10);
    QVERIFY(audio->volume() > 0.0F && audio->volume() < seventy);
    // Mute and back, recorded as events: the sound follows the session.
    press(Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(session()->state().display().isMuted());
    QVERIFY(audio->isMuted());
    QCOMPARE(session()->events().constLast().type, core::EventType::DisplayVolume);
    QVERIFY(m_window->findChild<QAction *>(u"actionVideoMute"_s)->isChecked());
    trigger("actionVideoVolumeUp"); // turning it up brings the sound back
    QVERIFY(!audio->isMuted());
    QCOMPARE(session()->state().display().volume(), 20);
    trigger("actionVideoMute");
    QVERIFY(audio->isMuted());
    trigger("actionVideoMute");
    QVERIFY(!audio->isMuted());
    // Another display of the same session (a reopened file) hears it the same.
    MODERATO_VERIFY_OK(session()->setVideoVolume(35, true));
    QVERIFY(audio->isMuted());
    QVERIFY(audio->volume() > 0.0F && audio->volume() < seventy);
}

void TestRoomVideo::console_andClicker_playPauseAndSeek()
{
    showTalk();
    QMediaPlayer *player = renderer()->player();
    const core::DisplayState &display = session()->state().display();
    press(Qt::Key_V);
    QVERIFY(display.isPlaying());
    QTRY_COMPARE_WITH_TIMEOUT(player->playbackState(), QMediaPlayer::PlayingState, 5000);
    // The first play after loading moves (it once ended at once now and then, when the video was read from memory).
    QTRY_VERIFY_WITH_TIMEOUT(player->position() > 300, 20000); // a loaded machine starts slowly
    press(Qt::Key_V);
    QVERIFY(!display.isPlaying());
    QTRY_COMPARE_WITH_TIMEOUT(player->playbackState(), QMediaPlayer::PausedState, 5000);
    const qint64 paused = player->position();
    QTest::qWait(400);
    QVERIFY(std::abs(player->position() - paused) < 60);
    QCOMPARE(session()->events().constLast().type, core::EventType::DisplayPlayback);
    // The clicker: next plays, next again pauses, previous goes back (to the start here).
    press(Qt::Key_PageDown);
    QVERIFY(display.isPlaying());
    QTRY_COMPARE_WITH_TIMEOUT(player->playbackState(), QMediaPlayer::PlayingState, 5000);
    press(Qt::Key_PageDown);
    QVERIFY(!display.isPlaying());
    QCOMPARE(session()->state().currentItemId(), 1); // the agenda did not move
    press(Qt::Key_PageUp);
    QVERIFY(!display.isPlaying());
    QCOMPARE(display.videoPositionMs(session()->now()), 0);
    waitForPosition(0);
    // Forward ten seconds stops at the end of a short video; a seek while paused stays paused.
    press(Qt::Key_L);
    QCOMPARE(display.videoPositionMs(session()->now()), player->duration());
    MODERATO_VERIFY_OK(session()->setVideoPlayback(false, 1500));
    waitForPosition(1500);
    QCOMPARE(player->playbackState(), QMediaPlayer::PausedState);
    QVERIFY(std::abs(renderer()->videoPositionMs() - 1500) < 150);
    // Turning the room to another scene stops the video and its sound.
    press(Qt::Key_V);
    QTRY_COMPARE_WITH_TIMEOUT(player->playbackState(), QMediaPlayer::PlayingState, 5000);
    press(Qt::Key_1, Qt::ControlModifier);
    QVERIFY(!display.isPlaying());
    QTRY_COMPARE_WITH_TIMEOUT(player->playbackState(), QMediaPlayer::PausedState, 5000);
}

void TestRoomVideo::subtitles_showTheCueAtItsTime_inTheRoomsLanguage()
{
    MODERATO_VERIFY_OK(session()->setRoomLanguage(u"en"_s));
    showTalk();
    // The files beside the video came along, each with its language from its name.
    const int video = session()->state().display().mediaId();
    const QList<core::MediaItem> subtitles = session()->state().display().subtitlesOf(video);
    QCOMPARE(subtitles.size(), 2);
    QCOMPARE(subtitles.at(0).language, u"en"_s);
    QCOMPARE(subtitles.at(1).language, u"fr"_s);
    MODERATO_VERIFY_OK(session()->setVideoPlayback(false, 200));
    waitForPosition(200);
    QCOMPARE(renderer()->subtitleText(), QString());
    MODERATO_VERIFY_OK(session()->setVideoPlayback(false, 1000));
    waitForPosition(1000);
    QCOMPARE(renderer()->subtitleText(), u"Welcome to the session"_s);
    QCOMPARE(renderer()->subtitleLanguage(), u"en"_s);
    const QImage english = renderer()->render(QSize(1920, 1080));
    // The room's language picks the other file: on the same frame, only the subtitles' band changes.
    MODERATO_VERIFY_OK(session()->setRoomLanguage(u"fr"_s));
    QCOMPARE(renderer()->subtitleText(), u"Bienvenue à la séance"_s);
    QCOMPARE(renderer()->subtitleLanguage(), u"fr"_s);
    const QImage french = renderer()->render(QSize(1920, 1080));
    const QRect band(160, 760, 1600, 200); // over the picture's lower part, above the timer strip
    const QRect picture(420, 80, 1080, 560);
    QVERIFY(english.copy(band) != french.copy(band));
    QCOMPARE(english.copy(picture), french.copy(picture));
    MODERATO_VERIFY_OK(session()->setVideoPlayback(false, 2400));
    waitForPosition(2400);
    QCOMPARE(renderer()->subtitleText(), u"Sécurité de la chaîne d'approvisionnement"_s); // tags taken out
    // A language without subtitles falls back to the first file's.
    MODERATO_VERIFY_OK(session()->setRoomLanguage(u"de"_s));
    QCOMPARE(renderer()->subtitleText(), u"Supply chain security"_s);
    QCOMPARE(renderer()->subtitleLanguage(), u"en"_s);
    // Playing, the cue changes with the picture.
    MODERATO_VERIFY_OK(session()->setRoomLanguage(u"en"_s));
    MODERATO_VERIFY_OK(session()->setVideoPlayback(true, 0));
    QTRY_COMPARE_WITH_TIMEOUT(renderer()->subtitleText(), u"Welcome to the session"_s, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(renderer()->subtitleText(), u"Supply chain security"_s, 5000);
}

void TestRoomVideo::subtitles_addedLater_showToo()
{
    // The video alone, from a folder without subtitles; then a file added from the console for it.
    const QString alone = m_dir.filePath(u"alone"_s);
    QVERIFY(QDir().mkpath(alone));
    QVERIFY(QFile::copy(m_talk, alone + u"/clip.mp4"_s));
    MODERATO_VERIFY_OK(m_window->room()->addAndShowMedia(alone + u"/clip.mp4"_s));
    const int video = m_window->room()->shownVideo();
    QVERIFY(video > 0);
    QVERIFY(session()->state().display().subtitlesOf(video).isEmpty());
    MODERATO_VERIFY_OK(session()->setVideoPlayback(false, 1000));
    QTRY_VERIFY2_WITH_TIMEOUT(std::abs(renderer()->player()->position() - 1000) < 150,
                              qPrintable(u"at %1 ms, status %2, failed %3 %4"_s.arg(renderer()->player()->position())
                                             .arg(int(renderer()->player()->mediaStatus()))
                                             .arg(renderer()->mediaFailed())
                                             .arg(renderer()->mediaError())),
                              10'000);
    QCOMPARE(renderer()->subtitleText(), QString());
    MODERATO_VERIFY_OK(session()->execute(
        core::commands::AddSubtitles{video, QFileInfo(m_talk).dir().filePath(u"talk.fr.vtt"_s), QString()}));
    QCOMPARE(renderer()->subtitleText(), u"Bienvenue à la séance"_s);
}

void TestRoomVideo::hostileSubtitles_shownAsText()
{
    const QString folder = m_dir.filePath(u"hostile"_s);
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::copy(m_talk, folder + u"/talk.mp4"_s));
    QFile file(folder + u"/talk.srt"_s);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("1\n00:00:00,000 --> 00:00:03,000\n"
               "<script>alert(1)</script> &lt;b&gt;not bold&lt;/b&gt; \xe2\x80\xae"
               "evil %1 \x1b[31mred\n"
               "<a href=\"x\">link</a> &amp;amp;\n");
    file.close();
    MODERATO_VERIFY_OK(m_window->room()->addAndShowMedia(folder + u"/talk.mp4"_s));
    QTRY_VERIFY_WITH_TIMEOUT(renderer()->player()->mediaStatus() == QMediaPlayer::LoadedMedia
                                 || renderer()->player()->mediaStatus() == QMediaPlayer::BufferedMedia,
                             20'000);
    MODERATO_VERIFY_OK(session()->setVideoPlayback(false, 1000));
    QTRY_VERIFY_WITH_TIMEOUT(std::abs(renderer()->player()->position() - 1000) < 150, 10'000);
    // Markup is never interpreted: its tags are taken out and its references read as the characters they are.
    const QString shown = renderer()->subtitleText();
    QVERIFY2(shown.startsWith(u"alert(1) <b>not bold</b> \u202Eevil %1"_s), qPrintable(shown));
    QVERIFY2(shown.endsWith(u"\nlink &amp;"_s), qPrintable(shown));
    const QImage room = renderer()->render(QSize(1920, 1080));
    QVERIFY(!room.isNull());
}

void TestRoomVideo::brokenVideo_showsThePlaceholderWithAReason()
{
    const QString broken = m_dir.filePath(u"broken.mp4"_s);
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    // An MP4 header followed by noise: taken as a video, but no frame can be decoded from it.
    file.write(QByteArray::fromHex("0000001c667479706973"
                                   "6f6d0000020069736f6d69736f32617663316d703431")
               + QByteArray(20'000, '\x5a'));
    file.close();
    MODERATO_VERIFY_OK(m_window->room()->addAndShowMedia(broken));
    // The media framework's own reason, or (when Qt 6.4's backend misses it and keeps loading) the room display's
    // after 10 seconds.
    QTRY_VERIFY2_WITH_TIMEOUT(renderer()->mediaFailed(),
                              qPrintable(u"status %1, error %2"_s.arg(int(renderer()->player()->mediaStatus()))
                                             .arg(renderer()->player()->errorString())),
                              15'000);
    QVERIFY(!renderer()->mediaError().isEmpty());
    qInfo("the placeholder says: %s", qPrintable(renderer()->mediaError()));
    QVERIFY(!renderer()->isVideoPlaying());
    const QImage room = renderer()->render(QSize(1920, 1080));
    // The placeholder's frame, the file's name and the reason under it.
    QVERIFY(distinctColours(room, QRect(300, 620, 1320, 90)) > 2);
    // Playing it changes nothing and breaks nothing.
    press(Qt::Key_V);
    QVERIFY(!renderer()->isVideoPlaying());
    QVERIFY(renderer()->mediaFailed());
}

QTEST_MAIN(TestRoomVideo)
#include "tst_roomvideo.moc"
