// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/result.h"
#include "core/rapporteur/subtitles.h"
#include "core/room/displaystate.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QImage>
#include <QObject>
#include <QPointer>
#include <QTemporaryFile>
#include <QTimer>
#include <QTranslator>

#include <memory>

class QAudioOutput;
class QMediaPlayer;
class QPainter;
class QPdfDocument;
class QSvgRenderer;
class QVideoSink;

namespace core {
class Session;
}

namespace ui {

/**
 * Paints the room display's scenes (agenda, speaker, empty chair, media, takeaways, message,
 * blank) on a 1920x1080 canvas scaled to any rectangle, so the projector window, the console's
 * preview and screenshots draw the same picture. Large type, high contrast.
 *
 * Media come from the session file: images and SVG are decoded once, PDF pages are rendered for
 * the size shown and kept for the current page, video plays through Qt Multimedia into a video
 * sink. A file that cannot be decoded shows a placeholder with its name, never a crash.
 * The room's language is its own: texts are translated with a translator of that language
 * when the session sets one, else as the console's.
 */
class RoomRenderer final : public QObject
{
    Q_OBJECT

public:
    static constexpr int CanvasWidth = 1920;
    static constexpr int CanvasHeight = 1080;

    explicit RoomRenderer(QObject *parent = nullptr);
    ~RoomRenderer() override;

    void setSession(core::Session *session);

    /// A language of this display's own (a remote hub's projector), over the session's choice; "" follows the
    /// session.
    void setLocalLanguage(const QString &language);

    [[nodiscard]] QString localLanguage() const { return m_localLanguage; }

    /// How participants join from their phones (the page's address and the room PIN; empty: not served here).
    /// While joining is open, the agenda scene shows it in a corner; the join scene shows it large.
    void setPhoneJoin(const QString &url, const QString &pin);

    /// A text the last paint wrote: its words, its rectangle on the 1920×1080 canvas and its type size.
    struct PaintedText
    {
        QString text;
        QRectF rect;
        int pixelSize = 0;
    };

    /// What the last paint wrote, in order (for tests and for reading the display out).
    [[nodiscard]] const QList<PaintedText> &paintedTexts() const { return m_painted; }

    /// Paints the current scene into target, letterboxed to 16:9.
    void paint(QPainter &painter, const QRect &target);
    [[nodiscard]] QImage render(const QSize &size);

    [[nodiscard]] core::Scene scene() const;
    /// Pages of the PDF shown (0 when none).
    [[nodiscard]] int pageCount();

    /// True when the media file chosen could not be decoded.
    [[nodiscard]] bool mediaFailed() const { return m_mediaFailed; }

    /// A room text in the room's language (the session's choice, else the console's).
    [[nodiscard]] QString roomText(const char *source);
    /// Whether the room's language reads right to left.
    [[nodiscard]] bool isRightToLeft();
    /// The room's second language ("" when it shows one), as painted.
    [[nodiscard]] QString secondLanguage();

    /// The flash at zero, for the room: three red pulses over the scene.
    void flash();
    [[nodiscard]] bool isFlashing() const;

    // A video plays as the session says (display.playback, display.volume): the console records, every
    // display showing the session follows, with its sound through the default audio output (none on a
    // computer without a sound card: the picture plays all the same).

    [[nodiscard]] bool isVideoPlaying() const;
    /// Where the shown video is now: the player's position once it has the video, else the session's.
    [[nodiscard]] qint64 videoPositionMs() const;
    /// The shown video's length (0 while unknown).
    [[nodiscard]] qint64 videoDurationMs() const;

    /// The player of the room's videos; null until the first video is shown.
    [[nodiscard]] QMediaPlayer *player() const { return m_player; }

    /// The player's sound; null until the first video is shown.
    [[nodiscard]] QAudioOutput *audioOutput() const { return m_audio; }

    /// Where the player's frames arrive; null until the first video is shown.
    [[nodiscard]] QVideoSink *videoSink() const { return m_sink; }

    /// Why the chosen media file cannot be shown, as the placeholder says it; empty while it can.
    [[nodiscard]] QString mediaError() const { return m_mediaError; }

    /// The subtitle shown now, in the room's language (else the video's first subtitles): plain text, empty
    /// between cues or without subtitles.
    [[nodiscard]] QString subtitleText();
    /// The language of the subtitles shown ("" when there are none or they do not say).
    [[nodiscard]] QString subtitleLanguage();

    /// One line of the caption strip as last painted.
    struct CaptionStripLine
    {
        QString text;
        bool rightToLeft = false;
    };

    /// The caption strip (display.captions) as last painted, on the 1920x1080 canvas: its rectangle (empty when
    /// it was not shown) and its lines, at most two, the newest last. The scene's timer strip, when it has one.
    [[nodiscard]] QRectF captionStripRect() const { return m_captionStrip; }

    [[nodiscard]] const QList<CaptionStripLine> &captionStripLines() const { return m_captionLines; }

    [[nodiscard]] QRectF timerStripRect() const { return m_timerStrip; }

signals:
    /// Something to repaint that the session did not announce: a media file loaded, a video frame.
    void changed();

private:
    struct Canvas;

    void loadMedia();
    /// Reads the shown video's subtitle files again when the session's list of them changed.
    void loadSubtitles();
    /// Makes the player do what the session says: volume and mute; play, pause and position once a change.
    void followPlayback();
    void videoFailed(const QString &reason);
    /// Writes the video's bytes to m_videoFile; the error says why not, in the room's language.
    [[nodiscard]] core::Result<void> writeVideoFile();
    /// The subtitles for a language: its own, else its base language's ("pt_BR": "pt"); with fallback, else the
    /// first. Null when there are none.
    [[nodiscard]] const std::pair<QString, core::Subtitles> *subtitlesFor(const QString &language, bool fallback) const;
    void paintSubtitles(Canvas &canvas, const QRectF &area);
    void updateLanguage();
    [[nodiscard]] QString text(const char *source) const;
    /// A room text with a count ("%Ln people"), in the room's language and digits.
    [[nodiscard]] QString countText(const char *source, int n) const;
    /// The same room text in the second language; empty when the room shows one language.
    [[nodiscard]] QString secondText(const char *source) const;
    /// The room's language code ("" when it follows the console: then the console's).
    [[nodiscard]] QString primaryLanguage() const;
    /// The session's content in the room's language: its translation when there is one, else the original.
    [[nodiscard]] QString content(const QString &kind, int id, const QString &original) const;
    /// The content's translation into the second language; empty when there is none (or no second language).
    [[nodiscard]] QString secondContent(const QString &kind, int id, const QString &original) const;

    [[nodiscard]] bool isBilingual() const { return !m_secondLanguage.isEmpty(); }

    [[nodiscard]] QLocale locale() const;

    void paintAgenda(Canvas &canvas);
    void paintSpeaker(Canvas &canvas);
    void paintChair(Canvas &canvas);
    void paintMedia(Canvas &canvas);
    void paintTakeaways(Canvas &canvas);
    void paintMessage(Canvas &canvas);
    void paintJoin(Canvas &canvas);
    void paintGroups(Canvas &canvas);
    void paintGlossary(Canvas &canvas);
    /// One glossary term over the scene, while the moderator shows it.
    void paintTermBanner(Canvas &canvas);
    void paintJoinBadge(Canvas &canvas);
    void paintTimerStrip(Canvas &canvas, const QRectF &strip);
    /// The last two caption lines, large, at the bottom of the scene and above its timer strip.
    void paintCaptions(Canvas &canvas);
    /// The session and the scene's title; width leaves the trailing corner free (the join badge).
    void paintHeader(Canvas &canvas, const QString &title, double width = 1760, const QString &second = {});
    [[nodiscard]] bool showsJoinBadge() const;

    QPointer<core::Session> m_session;

    QString m_language; // the room's own language, "" = as the console
    QString m_localLanguage;
    QString m_phoneUrl;
    QString m_phonePin;
    QImage m_phoneQr; // this display's own, over the session's
    QTranslator m_translator;
    bool m_ownTranslator = false;
    QString m_secondLanguage; // "" = one language
    QTranslator m_secondTranslator;
    bool m_ownSecondTranslator = false;
    QList<PaintedText> m_painted;

    int m_loadedMediaId = 0;
    core::MediaKind m_mediaKind = core::MediaKind::Image;
    bool m_mediaFailed = false;
    QString m_mediaName;
    QImage m_image;
    std::unique_ptr<QSvgRenderer> m_svg;
    QByteArray m_mediaBytes;
    std::unique_ptr<QBuffer> m_pdfBuffer;
    std::unique_ptr<QPdfDocument> m_pdf;
    QImage m_pdfPage;
    int m_pdfPageIndex = -1;
    QSize m_pdfPageSize;
    /// The shown video, copied out of the session for the player: the media framework reads a file as it plays and
    /// seeks (read from memory, a first play right after loading sometimes ended at once with no frame decoded).
    std::unique_ptr<QTemporaryFile> m_videoFile;
    QMediaPlayer *m_player = nullptr;
    QVideoSink *m_sink = nullptr;
    QAudioOutput *m_audio = nullptr;
    QImage m_videoFrame;
    QString m_mediaError;
    int m_followedPlayback = -1; ///< the session's playbackChanges() the player last followed
    QList<int> m_subtitleIds;    ///< the subtitle files read for the shown video
    QList<std::pair<QString, core::Subtitles>> m_subtitles; ///< language, cues
    QRectF m_captionStrip;
    QList<CaptionStripLine> m_captionLines;
    QRectF m_timerStrip;
    QElapsedTimer m_flashClock;
    QTimer m_flashTimer;
};

} // namespace ui
