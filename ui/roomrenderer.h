// SPDX-License-Identifier: MIT
#pragma once

#include "core/room/displaystate.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QImage>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QTranslator>

#include <memory>

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

    /// The flash at zero, for the room: three red pulses over the scene.
    void flash();
    [[nodiscard]] bool isFlashing() const;

    void playVideo();
    void pauseVideo();
    [[nodiscard]] bool isVideoPlaying() const;

signals:
    /// Something to repaint that the session did not announce: a media file loaded, a video frame.
    void changed();

private:
    struct Canvas;

    void loadMedia();
    void updateLanguage();
    [[nodiscard]] QString text(const char *source) const;
    [[nodiscard]] QLocale locale() const;

    void paintAgenda(Canvas &canvas);
    void paintSpeaker(Canvas &canvas);
    void paintChair(Canvas &canvas);
    void paintMedia(Canvas &canvas);
    void paintTakeaways(Canvas &canvas);
    void paintMessage(Canvas &canvas);
    void paintJoin(Canvas &canvas);
    void paintJoinBadge(Canvas &canvas);
    void paintTimerStrip(Canvas &canvas, const QRectF &strip);
    /// The session and the scene's title; width leaves the trailing corner free (the join badge).
    void paintHeader(Canvas &canvas, const QString &title, double width = 1760);
    [[nodiscard]] bool showsJoinBadge() const;

    QPointer<core::Session> m_session;

    QString m_language; // the room's own language, "" = as the console
    QString m_localLanguage;
    QString m_phoneUrl;
    QString m_phonePin;
    QImage m_phoneQr; // this display's own, over the session's
    QTranslator m_translator;
    bool m_ownTranslator = false;

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
    std::unique_ptr<QBuffer> m_videoBuffer;
    QMediaPlayer *m_player = nullptr;
    QVideoSink *m_sink = nullptr;
    QImage m_videoFrame;
    QElapsedTimer m_flashClock;
    QTimer m_flashTimer;
};

} // namespace ui
