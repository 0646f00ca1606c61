// SPDX-License-Identifier: MIT
#include "core/io/proposalimporter.h"
#include "core/io/replayscript.h"
#include "core/session/session.h"
#include "core/store/memorystore.h"
#include "tests/support/fakeclock.h"
#include "tests/support/helpers.h"

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

// The first bytes of an MP4 file: enough for it to be taken as a video (the room display decodes it, not core).
const QByteArray Mp4Bytes = QByteArray::fromHex("0000001c66747970697"
                                                "36f6d0000020069736f6d69736f32617663316d703431")
                            + QByteArray(64, '\0');
const QByteArray PngBytes = QByteArray::fromHex("89504e470d0a1a0a0000000d49484452") + QByteArray(64, '\0');
const QByteArray FrenchVtt = "WEBVTT\n\n00:00.500 --> 00:02.000\nBonjour\n";
const QByteArray EnglishSrt = "1\n00:00:00,500 --> 00:00:02,000\nHello\n";

} // namespace

/// The room display's video: its sound, its playback and its subtitles, as events of the session.
class TestVideoPlayback : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void volume_recordedAndChecked();
    void playback_movesOnWhilePlaying();
    void playback_needsAVideo();
    void playback_stopsWhenTheRoomTurnsAway();
    void subtitles_addedForAVideo();
    void subtitles_refusedWithAReason();
    void subtitles_goWithTheirVideo();
    void commands_checkTheirValues();
    void script_andReopening_replayTheSameState();
    void replica_followsTheHost();

private:
    QString write(const QString &name, const QByteArray &bytes);
    int addVideo();

    QTemporaryDir m_dir;
    int m_files = 0;
    tests::FakeClock m_clock;
    std::unique_ptr<core::Session> m_session;
};

void TestVideoPlayback::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    auto session = core::Session::create(
        m_dir.filePath(u"v%1.moderato"_s.arg(++m_files)), core::ProposalImporter::demoWorkshop().value(), m_clock);
    MODERATO_VERIFY_OK(session);
    m_session = std::move(session).value();
}

QString TestVideoPlayback::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(bytes);
    }
    return path;
}

int TestVideoPlayback::addVideo()
{
    auto id = m_session->addMedia(write(u"talk.mp4"_s, Mp4Bytes));
    if (!id) {
        qFatal("the video was refused: %s", qPrintable(tests::describe(id.error())));
    }
    if (m_session->state().display().mediaItem(id.value())->kind != core::MediaKind::Video) {
        qFatal("the test's video is not taken as a video");
    }
    return id.value();
}

void TestVideoPlayback::volume_recordedAndChecked()
{
    const core::DisplayState &display = m_session->state().display();
    QCOMPARE(display.volume(), 100);
    QVERIFY(!display.isMuted());
    MODERATO_VERIFY_OK(m_session->setVideoVolume(40, true));
    QCOMPARE(display.volume(), 40);
    QVERIFY(display.isMuted());
    const core::Event &event = m_session->events().constLast();
    QCOMPARE(event.type, core::EventType::DisplayVolume);
    QCOMPARE(event.data.size(), 2);
    QCOMPARE(event.data.value(u"volume").toInteger(), 40);
    QCOMPARE(event.data.value(u"muted"), QJsonValue(true));
    const auto events = m_session->events().size();
    QCOMPARE(m_session->setVideoVolume(101, false).error().code, core::ErrorCode::InvalidArgument);
    QCOMPARE(m_session->setVideoVolume(-1, false).error().code, core::ErrorCode::InvalidArgument);
    QCOMPARE(m_session->events().size(), events);
    QCOMPARE(display.volume(), 40);
    MODERATO_VERIFY_OK(m_session->setVideoVolume(0, false));
    QCOMPARE(display.volume(), 0);
    QVERIFY(!display.isMuted());
}

void TestVideoPlayback::playback_movesOnWhilePlaying()
{
    const int video = addVideo();
    MODERATO_VERIFY_OK(m_session->showMedia(video));
    const core::DisplayState &display = m_session->state().display();
    // A video just shown waits at its start.
    QVERIFY(!display.isPlaying());
    QCOMPARE(display.videoPositionMs(m_session->now()), 0);
    const int changes = display.playbackChanges();
    MODERATO_VERIFY_OK(m_session->setVideoPlayback(true, 1000));
    QVERIFY(display.isPlaying());
    QCOMPARE(display.playbackChanges(), changes + 1);
    m_clock.advance(2500ms);
    QCOMPARE(display.videoPositionMs(m_session->now()), 3500);
    MODERATO_VERIFY_OK(m_session->setVideoPlayback(false, display.videoPositionMs(m_session->now())));
    m_clock.advance(10s);
    QCOMPARE(display.videoPositionMs(m_session->now()), 3500);
    QVERIFY(!display.isPlaying());
    // A seek while paused stays paused.
    MODERATO_VERIFY_OK(m_session->setVideoPlayback(false, 60'000));
    QCOMPARE(display.videoPositionMs(m_session->now()), 60'000);
    const QJsonObject seek = m_session->events().constLast().data;
    QCOMPARE(seek.size(), 2);
    QCOMPARE(seek.value(u"playing"), QJsonValue(false));
    QCOMPARE(seek.value(u"position_ms").toInteger(), 60'000);
    QCOMPARE(m_session->setVideoPlayback(true, -1).error().code, core::ErrorCode::InvalidArgument);
    // Showing it again starts it over.
    MODERATO_VERIFY_OK(m_session->showMedia(video));
    QCOMPARE(display.videoPositionMs(m_session->now()), 0);
}

void TestVideoPlayback::playback_needsAVideo()
{
    const auto events = m_session->events().size();
    QCOMPARE(m_session->setVideoPlayback(true, 0).error().code, core::ErrorCode::InvalidState);
    auto picture = m_session->addMedia(write(u"map.png"_s, PngBytes));
    MODERATO_VERIFY_OK(picture);
    MODERATO_VERIFY_OK(m_session->showMedia(picture.value()));
    QCOMPARE(m_session->setVideoPlayback(true, 0).error().code, core::ErrorCode::InvalidState);
    QCOMPARE(m_session->events().size(), events + 2);
    // The volume is the room's, video or not.
    MODERATO_VERIFY_OK(m_session->setVideoVolume(70, false));
}

void TestVideoPlayback::playback_stopsWhenTheRoomTurnsAway()
{
    const int video = addVideo();
    MODERATO_VERIFY_OK(m_session->showMedia(video));
    const core::DisplayState &display = m_session->state().display();
    auto playFor = [&](std::chrono::milliseconds time) {
        MODERATO_VERIFY_OK(m_session->setVideoPlayback(true, display.videoPositionMs(m_session->now())));
        m_clock.advance(time);
    };
    playFor(2s);
    MODERATO_VERIFY_OK(m_session->pinScene(core::Scene::Agenda));
    QVERIFY(!display.isPlaying());
    m_clock.advance(30s);
    QCOMPARE(display.videoPositionMs(m_session->now()), 2000);
    // Back on the media scene, it waits where it stopped.
    MODERATO_VERIFY_OK(m_session->pinScene(core::Scene::Media));
    QVERIFY(!display.isPlaying());
    playFor(1s);
    MODERATO_VERIFY_OK(m_session->setBlank(true));
    QVERIFY(!display.isPlaying());
    QCOMPARE(display.videoPositionMs(m_session->now()), 3000);
    MODERATO_VERIFY_OK(m_session->setBlank(false));
    playFor(1s);
    MODERATO_VERIFY_OK(m_session->showMessage(u"Coffee break"_s));
    QVERIFY(!display.isPlaying());
    QCOMPARE(display.videoPositionMs(m_session->now()), 4000);
    MODERATO_VERIFY_OK(m_session->pinScene(core::Scene::Media));
    playFor(1s);
    MODERATO_VERIFY_OK(m_session->unpinScene());
    QVERIFY(!display.isPlaying());
    QCOMPARE(display.videoPositionMs(m_session->now()), 5000);
    // Pinning the media scene while it plays changes nothing.
    MODERATO_VERIFY_OK(m_session->pinScene(core::Scene::Media));
    playFor(1s);
    MODERATO_VERIFY_OK(m_session->pinScene(core::Scene::Media));
    QVERIFY(display.isPlaying());
    QCOMPARE(display.videoPositionMs(m_session->now()), 6000);
}

void TestVideoPlayback::subtitles_addedForAVideo()
{
    const int video = addVideo();
    auto french = m_session->addSubtitles(video, write(u"talk.fr.vtt"_s, FrenchVtt));
    MODERATO_VERIFY_OK(french);
    auto english = m_session->addSubtitles(video, write(u"captions.srt"_s, EnglishSrt), u"en"_s);
    MODERATO_VERIFY_OK(english);
    const core::DisplayState &display = m_session->state().display();
    const QList<core::MediaItem> subtitles = display.subtitlesOf(video);
    QCOMPARE(subtitles.size(), 2);
    QCOMPARE(subtitles.at(0).id, french.value());
    QCOMPARE(subtitles.at(0).kind, core::MediaKind::Subtitles);
    QCOMPARE(subtitles.at(0).language, u"fr"_s); // from its name
    QCOMPARE(subtitles.at(0).subtitlesFor, video);
    QCOMPARE(subtitles.at(0).mimeType, u"text/vtt"_s);
    QCOMPARE(subtitles.at(1).language, u"en"_s); // as given
    QCOMPARE(subtitles.at(1).mimeType, u"application/x-subrip"_s);
    QCOMPARE(m_session->mediaData(french.value()).value(), FrenchVtt);
    // The new fields are written for subtitles only.
    const core::Event &added = m_session->events().constLast();
    QCOMPARE(added.data.value(u"subtitles_for").toInt(), video);
    QCOMPARE(added.data.value(u"language").toString(), u"en"_s);
    QCOMPARE(added.data.value(u"kind").toString(), u"subtitles"_s);
    for (const core::Event &event : m_session->events()) {
        if (event.type == core::EventType::MediaAdded && event.data.value(u"id").toInt() == video) {
            QVERIFY(!event.data.contains(u"subtitles_for"));
            QVERIFY(!event.data.contains(u"language"));
        }
    }
    // A file whose name says nothing and no language given: not said.
    auto unnamed = m_session->addSubtitles(video, write(u"talk.srt"_s, EnglishSrt));
    MODERATO_VERIFY_OK(unnamed);
    QVERIFY(display.mediaItem(unnamed.value())->language.isEmpty());
    QVERIFY(!m_session->events().constLast().data.contains(u"language"));
    // Subtitles are shown with their video, never on their own.
    QCOMPARE(m_session->showMedia(french.value()).error().code, core::ErrorCode::InvalidArgument);
}

void TestVideoPlayback::subtitles_refusedWithAReason()
{
    const int video = addVideo();
    auto picture = m_session->addMedia(write(u"map.png"_s, PngBytes));
    MODERATO_VERIFY_OK(picture);
    const auto events = m_session->events().size();
    const QString vtt = write(u"talk.fr.vtt"_s, FrenchVtt);
    QCOMPARE(m_session->addSubtitles(picture.value(), vtt).error().code, core::ErrorCode::InvalidArgument);
    QCOMPARE(m_session->addSubtitles(99, vtt).error().code, core::ErrorCode::InvalidArgument);
    QCOMPARE(m_session->addSubtitles(video, vtt, u"French please"_s).error().code, core::ErrorCode::InvalidArgument);
    QCOMPARE(m_session->addSubtitles(video, m_dir.filePath(u"missing.srt"_s)).error().code,
             core::ErrorCode::FileNotFound);
    const auto notSubtitles = m_session->addSubtitles(video, write(u"notes.srt"_s, "Amina: hello\n"));
    QCOMPARE(notSubtitles.error().code, core::ErrorCode::Parse);
    QVERIFY2(notSubtitles.error().detail.contains(u"notes.srt"_s), qPrintable(notSubtitles.error().detail));
    const auto broken = m_session->addSubtitles(video, write(u"broken.srt"_s, "1\n00:00:01,000 --> later\nhi\n"));
    QCOMPARE(broken.error().code, core::ErrorCode::Parse);
    QVERIFY2(broken.error().detail.contains(u"line 2"_s), qPrintable(broken.error().detail));
    QByteArray binary = EnglishSrt;
    binary.append('\0');
    QCOMPARE(m_session->addSubtitles(video, write(u"binary.srt"_s, binary)).error().code, core::ErrorCode::Parse);
    QCOMPARE(m_session->events().size(), events);
}

void TestVideoPlayback::subtitles_goWithTheirVideo()
{
    const int video = addVideo();
    const int other = m_session->addMedia(write(u"other.mp4"_s, Mp4Bytes)).value();
    MODERATO_VERIFY_OK(m_session->addSubtitles(video, write(u"talk.fr.vtt"_s, FrenchVtt)));
    auto kept = m_session->addSubtitles(other, write(u"other.en.srt"_s, EnglishSrt));
    MODERATO_VERIFY_OK(kept);
    MODERATO_VERIFY_OK(m_session->showMedia(video));
    MODERATO_VERIFY_OK(m_session->removeMedia(video));
    const core::DisplayState &display = m_session->state().display();
    QVERIFY(display.subtitlesOf(video).isEmpty());
    QCOMPARE(display.subtitlesOf(other).size(), 1);
    QCOMPARE(display.media().size(), 2); // the other video and its subtitles
    QVERIFY(!display.isPlaying());
    QCOMPARE(display.mediaId(), 0);
}

void TestVideoPlayback::commands_checkTheirValues()
{
    auto command = [](const QJsonObject &json) { return core::CommandCatalogue::fromJson(json); };
    MODERATO_VERIFY_OK(command({{u"command"_s, u"media-volume"_s}, {u"volume"_s, 30}, {u"muted"_s, true}}));
    QVERIFY(!command({{u"command"_s, u"media-volume"_s}, {u"volume"_s, 130}}));
    QVERIFY(!command({{u"command"_s, u"media-volume"_s}, {u"muted"_s, true}})); // the volume is required
    MODERATO_VERIFY_OK(command({{u"command"_s, u"media-playback"_s}, {u"playing"_s, true}}));
    QVERIFY(!command({{u"command"_s, u"media-playback"_s}, {u"playing"_s, true}, {u"position_ms"_s, -1}}));
    QVERIFY(!command({{u"command"_s, u"subtitles-add"_s}, {u"video"_s, 1}}));
    QVERIFY(!command({{u"command"_s, u"subtitles-add"_s}, {u"video"_s, 0}, {u"path"_s, u"a.srt"_s}}));
    // The moderators' commands: a rapporteur, an observer or a room display may not change the room's video.
    for (core::TeamRole role : {core::TeamRole::Rapporteur, core::TeamRole::Observer, core::TeamRole::RoomDisplay}) {
        QVERIFY(!core::CommandCatalogue::mayIssue(role, core::commands::SetVideoVolume{}));
        QVERIFY(!core::CommandCatalogue::mayIssue(role, core::commands::SetVideoPlayback{}));
        QVERIFY(!core::CommandCatalogue::mayIssue(role, core::commands::AddSubtitles{}));
    }
    QVERIFY(core::CommandCatalogue::mayIssue(core::TeamRole::CoModerator, core::commands::SetVideoPlayback{}));
    // Through execute, with the id of what was added.
    const int video = addVideo();
    auto added = m_session->execute(core::commands::AddSubtitles{video, write(u"talk.fr.vtt"_s, FrenchVtt), {}});
    MODERATO_VERIFY_OK(added);
    QCOMPARE(m_session->state().display().mediaItem(added.value())->language, u"fr"_s);
}

void TestVideoPlayback::script_andReopening_replayTheSameState()
{
    const int video = addVideo();
    write(u"talk.en.srt"_s, EnglishSrt);
    auto script = core::ReplayScript::parse(u"0:00 media-show %1\n"
                                            "0:01 subtitles-add --video %1 --path \"%2\"\n"
                                            "0:02 media-volume 30 --muted yes\n"
                                            "0:05 media-playback yes --position_ms 90s\n"
                                            "0:08 media-volume 60\n"_s.arg(video)
                                                .arg(m_dir.filePath(u"talk.en.srt"_s)));
    MODERATO_VERIFY_OK(script);
    MODERATO_VERIFY_OK(script.value().run(*m_session, m_clock));
    auto check = [video](const core::Session &session, qint64 played) {
        const core::DisplayState &display = session.state().display();
        QCOMPARE(display.volume(), 60);
        QVERIFY(!display.isMuted());
        QVERIFY(display.isPlaying());
        QCOMPARE(display.videoPositionMs(session.now()), 90'000 + played);
        QCOMPARE(display.subtitlesOf(video).size(), 1);
        QCOMPARE(display.subtitlesOf(video).constFirst().language, u"en"_s);
    };
    const qint64 playing = m_session->now() - m_session->events().at(m_session->events().size() - 2).sessionMs;
    check(*m_session, playing);
    const QString path = m_session->filePath();
    const qint64 closedAt = m_session->now();
    m_session.reset();
    m_clock.advance(5s);
    auto reopened = core::Session::open(path, m_clock);
    MODERATO_VERIFY_OK(reopened);
    // Reopened later, the video has gone on playing as the clock did.
    check(*reopened.value(), playing + (reopened.value()->now() - closedAt));
    QCOMPARE(
        reopened.value()->mediaData(reopened.value()->state().display().subtitlesOf(video).constFirst().id).value(),
        EnglishSrt);
    m_session = std::move(reopened).value();
}

void TestVideoPlayback::replica_followsTheHost()
{
    const int video = addVideo();
    MODERATO_VERIFY_OK(m_session->addSubtitles(video, write(u"talk.fr.vtt"_s, FrenchVtt)));
    MODERATO_VERIFY_OK(m_session->showMedia(video));
    // A device joins with the log so far, then takes the host's events as they come.
    auto replica = core::Session::replica(core::MemoryStore::withEvents(m_session->events()).value(), m_clock);
    MODERATO_VERIFY_OK(replica);
    const qsizetype joined = m_session->events().size();
    MODERATO_VERIFY_OK(m_session->setVideoVolume(55, true));
    MODERATO_VERIFY_OK(m_session->setVideoPlayback(true, 1200));
    for (qsizetype i = joined; i < m_session->events().size(); ++i) {
        MODERATO_VERIFY_OK(replica.value()->receive(m_session->events().at(i)));
    }
    const core::DisplayState &copy = replica.value()->state().display();
    QCOMPARE(copy.volume(), 55);
    QVERIFY(copy.isMuted());
    QVERIFY(copy.isPlaying());
    QCOMPARE(copy.videoPositionMs(m_session->events().constLast().sessionMs + 800), 2000);
    QCOMPARE(copy.subtitlesOf(video).size(), 1);
    QCOMPARE(copy.subtitlesOf(video).constFirst().language, u"fr"_s);
    // A joined device reads no file of its own into the host's session.
    QVERIFY(replica.value()->refusal(core::commands::AddSubtitles{}).contains(u"host's own window"_s));
    QVERIFY(replica.value()->refusal(core::commands::SetVideoVolume{}).isEmpty());
}

QTEST_GUILESS_MAIN(TestVideoPlayback)
#include "tst_videoplayback.moc"
