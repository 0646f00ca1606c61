// SPDX-License-Identifier: MIT
#include "ui/roomrenderer.h"

#include "core/base/plaintext.h"
#include "core/base/timeformat.h"
#include "core/base/vocabulary.h"
#include "core/session/session.h"
#include "ui/countdownwidget.h"
#include "ui/qrcode.h"

#include <QAudio>
#include <QAudioOutput>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QMediaPlayer>
#include <QPainter>
#include <QPainterPath>
#include <QPdfDocument>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTextLayout>
#include <QVideoFrame>
#include <QVideoSink>

#include <cmath>

using namespace Qt::StringLiterals;

namespace ui {
namespace {

const QColor Background(0x10, 0x14, 0x18);
const QColor Foreground(0xF5, 0xF7, 0xFA);
const QColor Muted(0xA8, 0xB3, 0xBD);
const QColor Accent(0x4F, 0xC3, 0xF7);
const QColor Highlight(0x26, 0x3A, 0x4D);

// Room texts are marked here and translated for the room's language when painted.
const char *const Context = "ui::RoomRenderer";

// More than fits a line (or the screen) even in the smallest type; the rest is never shaped.
constexpr qsizetype MaxLineChars = 1000;
constexpr qsizetype MaxWrappedChars = 4000;

// Room the subtitles leave under them for the caption strip, when it shows.
constexpr double SubtitleCaptionRoom = 230;
// The caption strip: its margins and the size of its type for each size the console offers.
constexpr double CaptionMargin = 80;
constexpr double CaptionPadding = 14;

int captionPixelSize(core::CaptionSize size)
{
    switch (size) {
    case core::CaptionSize::Small:
        return 44;
    case core::CaptionSize::Medium:
        return 56;
    case core::CaptionSize::Large:
        return 72;
    }
    return 56;
}

// The second language's type, against the first's.
constexpr double SecondScale = 0.7;

/// A piece of user text for one line of the room display: no control characters, one line, and
/// isolated, so a right-to-left override in a name cannot turn the countdown or times around.
QString userLine(const QString &text)
{
    return core::isolatedLine(core::truncated(text, MaxLineChars));
}

/// User text that wraps (a takeaway, a message), each line isolated.
QString userText(const QString &text)
{
    return core::isolated(core::truncated(text, MaxWrappedChars));
}

} // namespace

struct RoomRenderer::Canvas
{
    QPainter &painter;
    QRectF area{0, 0, CanvasWidth, CanvasHeight};
    bool rtl = false;
    QList<RoomRenderer::PaintedText> *painted = nullptr; // what this paint wrote, where

    /// The rectangle as it lies in the room's reading direction.
    [[nodiscard]] QRectF place(const QRectF &rect) const
    {
        if (!rtl) {
            return rect;
        }
        return {area.width() - rect.x() - rect.width(), rect.y(), rect.width(), rect.height()};
    }

    // Absolute: the rectangles are already placed for the reading direction; the painter must not mirror again.
    [[nodiscard]] int lead() const { return (rtl ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignAbsolute; }

    [[nodiscard]] int trail() const { return (rtl ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignAbsolute; }

    void
    text(const QRectF &rect, int flags, const QString &content, int pixelSize, const QColor &colour, bool bold = false)
    {
        QFont font = painter.font();
        font.setPixelSize(pixelSize);
        font.setBold(bold);
        painter.setFont(font);
        painter.setPen(colour);
        painter.drawText(place(rect), flags, content);
        if (painted && !content.isEmpty()) {
            painted->append({content, place(rect), pixelSize});
        }
    }

    /// Shrinks the type until the text fits the rectangle's width on one line; elides what still does not.
    void
    fittedText(const QRectF &rect, int flags, const QString &content, int pixelSize, const QColor &colour, bool bold)
    {
        QFont font = painter.font();
        font.setBold(bold);
        int size = pixelSize;
        bool fits = false;
        for (; size >= 18; size -= 4) {
            font.setPixelSize(size);
            if (QFontMetricsF(font).horizontalAdvance(content) <= rect.width()) {
                fits = true;
                break;
            }
        }
        size = std::max(size, 18);
        if (fits) {
            text(rect, flags, content, size, colour, bold);
            return;
        }
        font.setPixelSize(size);
        // Eliding may cut off the end of an isolate: close what it left open.
        const QString elided = QFontMetricsF(font).elidedText(content, Qt::ElideRight, rect.width());
        text(rect, flags, core::balancedBidi(elided), size, colour, bold);
    }

    /// The largest type from pixelSize down (to 18 px) in which the wrapped text fits the rectangle.
    [[nodiscard]] int wrappedSize(const QRectF &rect, int flags, const QString &content, int pixelSize, bool bold) const
    {
        QFont font = painter.font();
        font.setBold(bold);
        int size = pixelSize;
        for (; size > 18; size -= 2) {
            font.setPixelSize(size);
            const QRectF needed = QFontMetricsF(font).boundingRect(rect, flags | Qt::TextWordWrap, content);
            if (needed.height() <= rect.height() && needed.width() <= rect.width()) {
                break;
            }
        }
        return size;
    }

    /// Wrapped text in the largest type from pixelSize down that fits the rectangle (what still does not fit
    /// is clipped at its bottom).
    void
    wrappedText(const QRectF &rect, int flags, const QString &content, int pixelSize, const QColor &colour, bool bold)
    {
        const int size = wrappedSize(rect, flags, content, pixelSize, bold);
        painter.save();
        painter.setClipRect(place(rect), Qt::IntersectClip);
        text(rect, flags | Qt::TextWordWrap, content, size, colour, bold);
        painter.restore();
    }

    /// One line in the room's language with its second-language twin after it ("Room PIN · Code PIN").
    [[nodiscard]] static QString both(const QString &first, const QString &second)
    {
        return second.isEmpty() || second == first ? first : first + u"  ·  "_s + second;
    }
};

namespace {
constexpr int FlashDurationMs = 1500;
constexpr int VideoLoadTimeoutMs = 10'000; // the message below says 10 seconds
constexpr int FlashPulses = 3;
} // namespace

RoomRenderer::RoomRenderer(QObject *parent)
    : QObject(parent)
{
    m_flashTimer.setInterval(50);
    connect(&m_flashTimer, &QTimer::timeout, this, [this] {
        if (!isFlashing()) {
            m_flashTimer.stop();
        }
        emit changed();
    });
}

void RoomRenderer::flash()
{
    m_flashClock.start();
    m_flashTimer.start();
    emit changed();
}

bool RoomRenderer::isFlashing() const
{
    return m_flashClock.isValid() && m_flashClock.elapsed() < FlashDurationMs;
}

RoomRenderer::~RoomRenderer()
{
    if (m_player) {
        m_player->stop();
        m_player->setSource(QUrl()); // before the file it reads goes
    }
}

void RoomRenderer::setSession(core::Session *session)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
    }
    m_session = session;
    if (m_session) {
        // A video plays, pauses and sounds as the session says, whether the room display is painted or not.
        connect(m_session, &core::Session::changed, this, [this](core::Areas areas) {
            if (areas & core::Area::Room) {
                loadMedia();
                followPlayback();
            }
        });
    }
    m_followedPlayback = -1;
    m_language = u"?"_s;
}

QString RoomRenderer::text(const char *source) const
{
    if (m_ownTranslator) {
        const QString translated = m_translator.translate(Context, source);
        return translated.isEmpty() ? QString::fromUtf8(source) : translated;
    }
    return QCoreApplication::translate(Context, source);
}

QString RoomRenderer::roomText(const char *source)
{
    updateLanguage();
    return text(source);
}

bool RoomRenderer::isRightToLeft()
{
    updateLanguage();
    return locale().textDirection() == Qt::RightToLeft;
}

QLocale RoomRenderer::locale() const
{
    return m_ownTranslator ? QLocale(m_language) : QLocale();
}

void RoomRenderer::setLocalLanguage(const QString &language)
{
    m_localLanguage = language;
    updateLanguage();
    emit changed();
}

void RoomRenderer::updateLanguage()
{
    const QString wanted = !m_localLanguage.isEmpty() ? m_localLanguage
                           : m_session                ? m_session->state().display().language()
                                                      : QString();
    if (wanted != m_language) {
        m_language = wanted;
        m_ownTranslator = false;
        if (!wanted.isEmpty() && m_translator.load(u"moderato_"_s + wanted, u":/i18n"_s)) {
            m_ownTranslator = true;
        }
    }
    QString second = m_session ? m_session->state().display().secondLanguage() : QString();
    if (second == primaryLanguage()) {
        second.clear(); // the same language twice helps nobody
    }
    if (second != m_secondLanguage) {
        m_secondLanguage = second;
        m_ownSecondTranslator = !second.isEmpty() && m_secondTranslator.load(u"moderato_"_s + second, u":/i18n"_s);
    }
}

QString RoomRenderer::secondLanguage()
{
    updateLanguage();
    return m_secondLanguage;
}

QString RoomRenderer::countText(const char *source, int n) const
{
    QString translated = m_ownTranslator ? m_translator.translate(Context, source, nullptr, n) : QString();
    if (translated.isEmpty()) {
        translated = QCoreApplication::translate(Context, source, nullptr, n);
    }
    // The room's own translator leaves the number to fill, in the room's digits.
    return translated.replace(u"%Ln"_s, locale().toString(n)).replace(u"%n"_s, QString::number(n));
}

QString RoomRenderer::secondText(const char *source) const
{
    if (m_secondLanguage.isEmpty()) {
        return {};
    }
    const QString translated = m_ownSecondTranslator ? m_secondTranslator.translate(Context, source) : QString();
    return translated.isEmpty() ? QString::fromUtf8(source) : translated;
}

QString RoomRenderer::primaryLanguage() const
{
    if (!m_language.isEmpty()) {
        return m_language;
    }
    // As the console: the language it applied is the default locale's ("fr_FR", "zh_CN").
    return QLocale().name();
}

namespace {
/// A translation for a language, or for its base language ("pt_BR" finds "pt").
QString translationFor(const core::DisplayState &display, const QString &kind, int id, const QString &language)
{
    QString found = display.translation(kind, id, language);
    if (found.isEmpty() && language.contains(u'_')) {
        found = display.translation(kind, id, language.section(u'_', 0, 0));
    }
    return found;
}
} // namespace

QString RoomRenderer::content(const QString &kind, int id, const QString &original) const
{
    if (!m_session) {
        return original;
    }
    const QString translated = translationFor(m_session->state().display(), kind, id, primaryLanguage());
    return translated.isEmpty() ? original : translated;
}

QString RoomRenderer::secondContent(const QString &kind, int id, const QString &original) const
{
    if (!m_session || m_secondLanguage.isEmpty()) {
        return {};
    }
    const QString translated = translationFor(m_session->state().display(), kind, id, m_secondLanguage);
    return translated == content(kind, id, original) ? QString() : translated;
}

core::Scene RoomRenderer::scene() const
{
    return m_session ? m_session->state().roomScene() : core::Scene::Blank;
}

int RoomRenderer::pageCount()
{
    loadMedia();
    return m_pdf && !m_mediaFailed ? m_pdf->pageCount() : 0;
}

void RoomRenderer::loadMedia()
{
    const int wanted = m_session ? m_session->state().display().mediaId() : 0;
    if (wanted == m_loadedMediaId) {
        return;
    }
    // Drop what the previous file needed.
    if (m_player) {
        m_player->stop();
        m_player->setSource(QUrl());
    }
    m_videoFile.reset();
    m_videoFrame = {};
    m_pdf.reset();
    m_pdfBuffer.reset();
    m_pdfPage = {};
    m_pdfPageIndex = -1;
    m_svg.reset();
    m_image = {};
    m_mediaBytes.clear();
    m_mediaFailed = false;
    m_mediaError.clear();
    m_subtitleIds.clear();
    m_subtitles.clear();
    m_followedPlayback = -1;
    m_loadedMediaId = wanted;
    const core::MediaItem *item = m_session ? m_session->state().display().mediaItem(wanted) : nullptr;
    if (!item) {
        m_mediaName.clear();
        return;
    }
    m_mediaName = item->name;
    m_mediaKind = item->kind;
    auto bytes = m_session->mediaData(wanted);
    if (!bytes || bytes.value().isEmpty()) {
        m_mediaFailed = true;
        m_mediaError = text(QT_TRANSLATE_NOOP("ui::RoomRenderer", "The file could not be read from the session."));
        return;
    }
    m_mediaBytes = std::move(bytes).value();
    switch (item->kind) {
    case core::MediaKind::Image:
        m_mediaFailed = !m_image.loadFromData(m_mediaBytes);
        break;
    case core::MediaKind::Svg:
        m_svg = std::make_unique<QSvgRenderer>(m_mediaBytes);
        m_mediaFailed = !m_svg->isValid();
        break;
    case core::MediaKind::Pdf:
        m_pdfBuffer = std::make_unique<QBuffer>(&m_mediaBytes);
        m_pdfBuffer->open(QIODevice::ReadOnly);
        m_pdf = std::make_unique<QPdfDocument>();
        m_pdf->load(m_pdfBuffer.get());
        m_mediaFailed = m_pdf->status() != QPdfDocument::Status::Ready || m_pdf->pageCount() < 1;
        break;
    case core::MediaKind::Video:
        if (!m_player) {
            m_player = new QMediaPlayer(this);
            m_sink = new QVideoSink(this);
            m_player->setVideoSink(m_sink);
            // The sound goes to the default output. Without a sound card there is none: the picture plays,
            // silently, and the volume still follows the console.
            m_audio = new QAudioOutput(this);
            m_player->setAudioOutput(m_audio);
            connect(m_sink, &QVideoSink::videoFrameChanged, this, [this](const QVideoFrame &frame) {
                // Copied at once: a frame kept would hold the decoder's buffer and stall the pipeline.
                if (frame.isValid()) {
                    m_videoFrame = frame.toImage();
                    emit changed();
                }
            });
            connect(m_player, &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error, const QString &detail) {
                videoFailed(detail);
            });
            connect(m_player, &QMediaPlayer::mediaStatusChanged, this, [this](QMediaPlayer::MediaStatus status) {
                if (status == QMediaPlayer::InvalidMedia) {
                    videoFailed(QString());
                } else if (status == QMediaPlayer::LoadedMedia) {
                    // What was asked while it loaded; queued, as a seek made inside this signal is lost when the
                    // player goes on to settle at its first frame.
                    QMetaObject::invokeMethod(this, &RoomRenderer::followPlayback, Qt::QueuedConnection);
                }
            });
        }
        if (!m_player->isAvailable()) {
            m_mediaFailed = true;
            m_mediaError = text(QT_TRANSLATE_NOOP("ui::RoomRenderer",
                                                  "This computer cannot play video: Qt Multimedia has no backend."));
            break;
        }
        if (auto file = writeVideoFile(); !file) {
            m_mediaFailed = true;
            m_mediaError = file.error().detail;
            break;
        }
        m_mediaBytes.clear(); // the file holds them now
        m_player->setSource(QUrl::fromLocalFile(m_videoFile->fileName()));
        // Qt 6.4's GStreamer backend now and then misses the error of a file it cannot read, and stays "loading"
        // for ever: after a while the room display says so instead of waiting.
        QTimer::singleShot(VideoLoadTimeoutMs, this, [this, id = m_loadedMediaId] {
            if (m_player && id == m_loadedMediaId && m_player->mediaStatus() == QMediaPlayer::LoadingMedia) {
                videoFailed(text(QT_TRANSLATE_NOOP("ui::RoomRenderer",
                                                   "it did not load within 10 seconds; the file may be damaged.")));
            }
        });
        loadSubtitles();
        followPlayback();
        break;
    case core::MediaKind::Subtitles:
        m_mediaFailed = true; // never chosen on their own (the session refuses it)
        break;
    }
    if (m_mediaFailed && m_mediaError.isEmpty()) {
        m_mediaError = text(QT_TRANSLATE_NOOP("ui::RoomRenderer", "The file is damaged or in a format the room "
                                                                  "display does not read."));
    }
}

core::Result<void> RoomRenderer::writeVideoFile()
{
    // The file's own suffix helps the framework tell its format; a hostile name gives none.
    static const QRegularExpression plainSuffix(u"^[A-Za-z0-9]{1,8}$"_s);
    const QString suffix = QFileInfo(m_mediaName).suffix();
    const QString pattern = QDir(QDir::tempPath()).filePath(u"moderato-video-XXXXXX"_s)
                            + (plainSuffix.match(suffix).hasMatch() ? u'.' + suffix : QString());
    auto file = std::make_unique<QTemporaryFile>(pattern);
    //: %1: the system's reason (a full disk, say)
    const char *cannot = QT_TRANSLATE_NOOP("ui::RoomRenderer", "The video could not be prepared for playing: %1");
    if (!file->open()) {
        return core::Error{core::ErrorCode::Io, text(cannot).arg(file->errorString())};
    }
    if (file->write(m_mediaBytes) != m_mediaBytes.size() || !file->flush()) {
        return core::Error{core::ErrorCode::Io, text(cannot).arg(file->errorString())};
    }
    file->close(); // kept until another file is shown (a QTemporaryFile removes itself when it goes)
    m_videoFile = std::move(file);
    return {};
}

void RoomRenderer::videoFailed(const QString &reason)
{
    if (m_mediaKind != core::MediaKind::Video || m_loadedMediaId <= 0 || m_mediaFailed) {
        return; // the first reason is the one that says what went wrong
    }
    m_mediaFailed = true;
    //: Why a video cannot be played; %1 is the media framework's own words (often in English)
    m_mediaError = reason.trimmed().isEmpty()
        ? text(QT_TRANSLATE_NOOP("ui::RoomRenderer", "The video's format cannot be decoded here."))
        : text(QT_TRANSLATE_NOOP("ui::RoomRenderer", "The video cannot be played: %1")).arg(reason);
    emit changed();
}

void RoomRenderer::followPlayback()
{
    if (!m_player || !m_session || m_mediaKind != core::MediaKind::Video || m_loadedMediaId <= 0 || m_mediaFailed) {
        return;
    }
    const core::DisplayState &display = m_session->state().display();
    // The console's volume is as people hear it; the output's is linear.
    m_audio->setVolume(QAudio::convertVolume(
        float(display.volume()) / 100.0F, QAudio::LogarithmicVolumeScale, QAudio::LinearVolumeScale));
    m_audio->setMuted(display.isMuted());
    const QMediaPlayer::MediaStatus status = m_player->mediaStatus();
    if (status == QMediaPlayer::NoMedia || status == QMediaPlayer::LoadingMedia
        || display.playbackChanges() == m_followedPlayback) {
        return; // loading: LoadedMedia comes back here; otherwise the player keeps its own pace
    }
    m_followedPlayback = display.playbackChanges();
    const qint64 duration = m_player->duration();
    qint64 position = display.videoPositionMs(m_session->now());
    const bool ended = duration > 0 && position >= duration;
    if (ended) {
        position = std::max<qint64>(0, duration - 1);
    }
    if (m_player->playbackState() == QMediaPlayer::StoppedState) {
        m_player->pause(); // a stopped player does not seek: paused first, at its first frame
    }
    if (std::abs(m_player->position() - position) > 40) {
        m_player->setPosition(position);
    }
    if (display.isPlaying() && !ended && scene() == core::Scene::Media) {
        m_player->play();
    } else {
        m_player->pause(); // also shows the first frame of a video just chosen
    }
}

void RoomRenderer::loadSubtitles()
{
    if (!m_session || m_mediaKind != core::MediaKind::Video || m_loadedMediaId <= 0) {
        return;
    }
    const QList<core::MediaItem> files = m_session->state().display().subtitlesOf(m_loadedMediaId);
    QList<int> ids;
    for (const core::MediaItem &file : files) {
        ids.append(file.id);
    }
    if (ids == m_subtitleIds) {
        return;
    }
    m_subtitleIds = ids;
    m_subtitles.clear();
    for (const core::MediaItem &file : files) {
        auto bytes = m_session->mediaData(file.id);
        auto subtitles =
            bytes ? core::Subtitles::fromBytes(bytes.value()) : core::Result<core::Subtitles>(bytes.error());
        if (!subtitles) {
            // Checked when it was added: only a damaged session file gets here. The video plays without them.
            qWarning("moderato: the subtitles %s cannot be read: %s",
                     qPrintable(file.name),
                     qPrintable(subtitles.error().detail));
            continue;
        }
        m_subtitles.append({file.language, std::move(subtitles).value()});
    }
}

const std::pair<QString, core::Subtitles> *RoomRenderer::subtitlesFor(const QString &language, bool fallback) const
{
    if (m_subtitles.isEmpty()) {
        return nullptr;
    }
    const QString base = language.section(u'_', 0, 0);
    for (const auto &candidate : m_subtitles) {
        if (!language.isEmpty() && candidate.first == language) {
            return &candidate;
        }
    }
    for (const auto &candidate : m_subtitles) {
        if (!base.isEmpty() && candidate.first.section(u'_', 0, 0) == base) {
            return &candidate;
        }
    }
    return fallback ? &m_subtitles.constFirst() : nullptr;
}

QString RoomRenderer::subtitleText()
{
    updateLanguage();
    loadMedia();
    loadSubtitles();
    const auto *subtitles = subtitlesFor(primaryLanguage(), true);
    return subtitles ? subtitles->second.textAt(videoPositionMs()) : QString();
}

QString RoomRenderer::subtitleLanguage()
{
    updateLanguage();
    loadMedia();
    loadSubtitles();
    const auto *subtitles = subtitlesFor(primaryLanguage(), true);
    return subtitles ? subtitles->first : QString();
}

qint64 RoomRenderer::videoPositionMs() const
{
    if (m_player && m_mediaKind == core::MediaKind::Video && m_loadedMediaId > 0 && !m_mediaFailed) {
        const QMediaPlayer::MediaStatus status = m_player->mediaStatus();
        if (status != QMediaPlayer::NoMedia && status != QMediaPlayer::LoadingMedia
            && m_followedPlayback == (m_session ? m_session->state().display().playbackChanges() : -1)) {
            return m_player->position();
        }
    }
    return m_session ? m_session->state().display().videoPositionMs(m_session->now()) : 0;
}

qint64 RoomRenderer::videoDurationMs() const
{
    return m_player && m_mediaKind == core::MediaKind::Video && m_loadedMediaId > 0 ? m_player->duration() : 0;
}

bool RoomRenderer::isVideoPlaying() const
{
    return m_player && m_player->playbackState() == QMediaPlayer::PlayingState;
}

QImage RoomRenderer::render(const QSize &size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::black);
    QPainter painter(&image);
    paint(painter, image.rect());
    return image;
}

void RoomRenderer::paint(QPainter &painter, const QRect &target)
{
    painter.save();
    painter.fillRect(target, Qt::black);
    // Letterbox the 16:9 canvas into the target.
    const double scale = std::min(target.width() / double(CanvasWidth), target.height() / double(CanvasHeight));
    const double x = target.x() + (target.width() - CanvasWidth * scale) / 2;
    const double y = target.y() + (target.height() - CanvasHeight * scale) / 2;
    painter.translate(x, y);
    painter.scale(scale, scale);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setClipRect(QRectF(0, 0, CanvasWidth, CanvasHeight));

    updateLanguage();
    Canvas canvas{painter};
    m_painted.clear();
    canvas.painted = &m_painted;
    canvas.rtl = locale().textDirection() == Qt::RightToLeft;
    painter.setLayoutDirection(canvas.rtl ? Qt::RightToLeft : Qt::LeftToRight);
    const core::Scene current = scene();
    painter.fillRect(canvas.area, current == core::Scene::Blank ? QColor(Qt::black) : Background);
    m_timerStrip = QRectF();
    switch (current) {
    case core::Scene::Agenda:
        paintAgenda(canvas);
        paintJoinBadge(canvas);
        break;
    case core::Scene::Speaker:
        paintSpeaker(canvas);
        break;
    case core::Scene::Chair:
        paintChair(canvas);
        break;
    case core::Scene::Media:
        paintMedia(canvas);
        break;
    case core::Scene::Takeaways:
        paintTakeaways(canvas);
        break;
    case core::Scene::Message:
        paintMessage(canvas);
        break;
    case core::Scene::Join:
        paintJoin(canvas);
        break;
    case core::Scene::Groups:
        paintGroups(canvas);
        break;
    case core::Scene::Glossary:
        paintGlossary(canvas);
        break;
    case core::Scene::Blank:
        break;
    }
    if (current != core::Scene::Blank && current != core::Scene::Glossary) {
        paintTermBanner(canvas);
    }
    paintCaptions(canvas);
    // The flash at zero: the whole picture pulses red, so the room sees the time is up.
    if (current != core::Scene::Blank && isFlashing()
        && (m_flashClock.elapsed() * FlashPulses * 2 / FlashDurationMs) % 2 == 0) {
        QColor red = CountdownWidget::phaseColor(core::Phase::Overtime);
        red.setAlpha(150);
        painter.fillRect(canvas.area, red);
    }
    painter.restore();
}

void RoomRenderer::paintHeader(Canvas &canvas, const QString &title, double width, const QString &second)
{
    const core::SessionDefinition &definition = m_session->state().definition();
    const QString session = definition.code.isEmpty()
                                ? userLine(definition.title)
                                : userLine(definition.code) + u"  ·  "_s + userLine(definition.title);
    canvas.fittedText({80, 40, width, 50}, canvas.lead() | Qt::AlignVCenter, session, 36, Muted, false);
    if (!second.isEmpty() && second != title) {
        // Bilingual: the room's language large, the second one smaller under it.
        canvas.fittedText({80, 92, width, 82}, canvas.lead() | Qt::AlignVCenter, title, 70, Foreground, true);
        canvas.fittedText({80, 174, width, 44}, canvas.lead() | Qt::AlignVCenter, second, 40, Accent, false);
    } else {
        canvas.fittedText({80, 100, width, 110}, canvas.lead() | Qt::AlignVCenter, title, 84, Foreground, true);
    }
    canvas.painter.fillRect(canvas.place({80, 222, 1760, 6}), Accent);
}

void RoomRenderer::paintAgenda(Canvas &canvas)
{
    paintHeader(canvas,
                text(QT_TRANSLATE_NOOP("ui::RoomRenderer", "Agenda")),
                     showsJoinBadge() ? 1360 : 1760,
                     secondText(QT_TRANSLATE_NOOP("ui::RoomRenderer", "Agenda")));
    const core::SessionState &state = m_session->state();
    const core::Agenda &agenda = state.agenda();
    const qint64 now = m_session->now();
    const QLocale roomLocale = locale();
    // Start times: actual for what has started, projected for the rest.
    QHash<int, qint64> starts;
    qint64 cursor = now;
    const int current = state.currentIndex();
    for (int index : agenda.leafIndexes()) {
        const qint64 first = state.firstStartedMs(index);
        if (index < current) {
            if (first >= 0) {
                starts.insert(index, first);
            }
        } else if (index == current) {
            starts.insert(index, first >= 0 ? first : now);
            cursor = now + std::max<qint64>(0, state.remainingMs(index, now));
        } else {
            starts.insert(index, cursor);
            cursor += std::max<qint64>(0, state.remainingMs(index, now));
        }
    }
    const int rows = agenda.size();
    const double rowHeight = std::min(88.0, 700.0 / std::max(1, rows));
    const int fontSize = int(rowHeight * 0.55);
    double y = 260;
    for (int index = 0; index < rows; ++index) {
        const core::AgendaItem &item = agenda.item(index);
        const core::ItemStatus status = state.status(index);
        const bool isCurrent = index == current;
        const QRectF row(80, y, 1760, rowHeight - 8);
        if (isCurrent) {
            canvas.painter.fillRect(canvas.place(row), Highlight);
            // Progress of the current item along the bottom of its row.
            const double done = std::clamp(
                double(state.elapsedMs(index, now)) / std::max<qint64>(1, agenda.plannedMs(index)), 0.0, 1.0);
            canvas.painter.fillRect(canvas.place({row.x(), row.bottom() - 8, row.width() * done, 8}),
                                    CountdownWidget::phaseColor(state.phase(index, now)));
        }
        const QColor colour = status == core::ItemStatus::Done ? Muted : Foreground;
        const qint64 startMs = agenda.leafIndexesUnder(index).isEmpty()
                                   ? -1
                                   : starts.value(agenda.leafIndexesUnder(index).constFirst(), -1);
        if (startMs >= 0) {
            const QTime time = QDateTime::fromMSecsSinceEpoch(m_session->wallMsAt(startMs)).time();
            canvas.text({row.x() + 20, row.y(), 200, row.height()},
                        canvas.lead() | Qt::AlignVCenter,
                        roomLocale.toString(time, QLocale::ShortFormat),
                        fontSize,
                        Muted);
        }
        const double indent = 260 + item.depth * 60;
        QString title = userLine(content(u"item"_s, item.id, item.title));
        QString second = userLine(secondContent(u"item"_s, item.id, item.title));
        if (item.kind == core::ItemKind::Speaker) {
            if (const core::Participant *p = state.floor().participant(state.assignedSpeaker(index))) {
                title = userLine(p->name);
                second.clear();
            }
        }
        QRectF titleArea(row.x() + indent, row.y(), 1760 - indent - 260, row.height());
        if (!second.isEmpty()) {
            // The item's title in both languages: the room's on top, the second smaller under it, both above the
            // current item's progress bar.
            titleArea.setHeight(row.height() - 8);
            const double upper = titleArea.height() * 0.58;
            canvas.fittedText({titleArea.x(), titleArea.y(), titleArea.width(), upper},
                              canvas.lead() | Qt::AlignBottom,
                              title,
                              int(upper * 0.8),
                              colour,
                              isCurrent || item.depth == 0);
            canvas.fittedText({titleArea.x(), titleArea.y() + upper, titleArea.width(), titleArea.height() - upper},
                              canvas.lead() | Qt::AlignTop,
                              second,
                              int((titleArea.height() - upper) * 0.85),
                              Muted,
                              false);
        } else {
            canvas.fittedText(
                titleArea, canvas.lead() | Qt::AlignVCenter, title, fontSize, colour, isCurrent || item.depth == 0);
        }
        canvas.text({row.right() - 240, row.y(), 220, row.height()},
                    canvas.trail() | Qt::AlignVCenter,
                    core::formatDuration(agenda.plannedMs(index), core::Rounding::Elapsed, roomLocale),
                    fontSize,
                    colour);
        y += rowHeight;
    }
    const QTime endTime = QDateTime::fromMSecsSinceEpoch(m_session->wallMsAt(state.projectedEndMs(now))).time();
    const QString end = roomLocale.toString(endTime, QLocale::ShortFormat);
    QString secondEnd = secondText(QT_TRANSLATE_NOOP("ui::RoomRenderer", "Projected end: %1"));
    if (!secondEnd.isEmpty()) {
        secondEnd = secondEnd.arg(QLocale(m_secondLanguage).toString(endTime, QLocale::ShortFormat));
    }
    canvas.fittedText(
        {80, 990, 1760, 60},
        canvas.trail() | Qt::AlignVCenter,
        Canvas::both(
            text(QT_TRANSLATE_NOOP("ui::RoomRenderer", "Projected end: %1")).arg(end), secondEnd), 44, Accent, true);
}

void RoomRenderer::paintSpeaker(Canvas &canvas)
{
    const core::SessionState &state = m_session->state();
    const core::FloorState &floor = state.floor();
    const qint64 now = m_session->now();
    const QLocale roomLocale = locale();
    const core::Turn *turn = floor.currentTurn();
    const core::Participant *p =
        turn ? floor.participant(turn->participantId) : floor.participant(state.offeredSpeaker());
    paintHeader(canvas,
                p ? userLine(p->name)
                  : text(QT_TRANSLATE_NOOP("ui::RoomRenderer", "The floor is open")),
                         1760,
                         p ? QString() : secondText(QT_TRANSLATE_NOOP("ui::RoomRenderer", "The floor is open")));
    if (p) {
        QStringList details;
        // The IGF's own words in the room's language.
        const QTranslator *translator = m_ownTranslator ? &m_translator : nullptr;
        for (const QString &part :
             {p->organization,
              core::Vocabulary::displayName(core::Vocabulary::Kind::StakeholderGroup, p->stakeholderGroup, translator),
              core::Vocabulary::displayName(core::Vocabulary::Kind::Region, p->region, translator)}) {
            if (!part.isEmpty() && !details.contains(userLine(part))) {
                details.append(userLine(part));
            }
        }
        if (p->isRemote()) {
            details.append(Canvas::both(text(QT_TRANSLATE_NOOP("ui::RoomRenderer", "online")),
                                             secondText(QT_TRANSLATE_NOOP("ui::RoomRenderer", "online"))));
        }
        canvas.fittedText(
            {80, 250, 1760, 70}, canvas.lead() | Qt::AlignVCenter, details.join(u"  ·  "_s), 48, Muted, false);
    }
    if (turn) {
        const qint64 remaining = turn->limitMs - turn->elapsedMs(now);
        const core::Phase phase = state.turnPhase(now);
        canvas.text({80, 330, 1760, 460},
                    Qt::AlignCenter,
                    core::formatDuration(remaining, core::Rounding::Countdown, roomLocale),
                    400,
                    CountdownWidget::phaseColor(phase),
                    true);
    } else if (isBilingual()) {
        canvas.wrappedText(
            {80, 340, 1760, 250},
            Qt::AlignHCenter | Qt::AlignBottom,
            text(QT_TRANSLATE_NOOP("ui::RoomRenderer", "Ask the moderator for the floor")), 80, Foreground, true);
        canvas.wrappedText(
            {80, 610, 1760, 180},
            Qt::AlignHCenter | Qt::AlignTop,
            secondText(QT_TRANSLATE_NOOP("ui::RoomRenderer", "Ask the moderator for the floor")), 56, Accent, false);
    } else {
        canvas.text(
            {80, 330, 1760, 460},
            Qt::AlignCenter,
            text(QT_TRANSLATE_NOOP("ui::RoomRenderer", "Ask the moderator for the floor")), 80, Foreground, true);
    }
    const core::Agenda &agenda = state.agenda();
    const auto leaves = agenda.leafIndexes();
    const qsizetype at = leaves.indexOf(state.currentIndex());
    // "Now" and "Next", each with its second-language line when the room shows two.
    const bool bilingual = isBilingual();
    auto itemLine = [&](double y, const char *label, int index, const QColor &colour) {
        const core::AgendaItem &item = agenda.item(index);
        QString title = userLine(content(u"item"_s, item.id, item.title));
        QString second = userLine(secondContent(u"item"_s, item.id, item.title));
        if (index != state.currentIndex()) {
            if (const core::Participant *speaker = floor.participant(state.assignedSpeaker(index))) {
                title = userLine(speaker->name);
                second = title;
            }
        }
        if (!bilingual) {
            canvas.fittedText(
                {80, y, 1760, 70}, canvas.lead() | Qt::AlignVCenter, text(label).arg(title), 48, colour, false);
            return;
        }
        canvas.fittedText(
            {80, y - 14, 1760, 54}, canvas.lead() | Qt::AlignVCenter, text(label).arg(title), 42, colour, false);
        canvas.fittedText({80, y + 40, 1760, 40},
                          canvas.lead() | Qt::AlignVCenter,
                          secondText(label).arg(second.isEmpty() ? title : second),
                          32,
                          Muted,
                          false);
    };
    itemLine(bilingual ? 830 : 850, QT_TRANSLATE_NOOP("ui::RoomRenderer", "Now: %1"), state.currentIndex(), Foreground);
    if (at + 1 < leaves.size()) {
        itemLine(bilingual ? 935 : 930, QT_TRANSLATE_NOOP("ui::RoomRenderer", "Next: %1"), leaves.at(at + 1), Muted);
    }
}

void RoomRenderer::paintChair(Canvas &canvas)
{
    const core::SessionState &state = m_session->state();
    const core::FloorState &floor = state.floor();
    const qint64 now = m_session->now();
    // A chair, drawn: seat, back and legs, on the reading side.
    QPainter &painter = canvas.painter;
    const QRectF chairArea = canvas.place({1340, 300, 440, 560});
    painter.save();
    QPen pen(Accent, 22, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    const double cx = chairArea.x();
    const double cy = chairArea.y();
    painter.drawRoundedRect(QRectF(cx + 80, cy + 20, 280, 250), 30, 30);       // back
    painter.drawLine(QPointF(cx + 40, cy + 330), QPointF(cx + 400, cy + 330)); // seat
    painter.drawLine(QPointF(cx + 80, cy + 330), QPointF(cx + 60, cy + 540));  // legs
    painter.drawLine(QPointF(cx + 360, cy + 330), QPointF(cx + 380, cy + 540));
    painter.restore();

    const core::Turn *turn = floor.currentTurn();
    const bool taken = floor.chairState() == core::ChairState::Taken || floor.chairState() == core::ChairState::Reply;
    if (taken && turn) {
        const core::Participant *p = floor.participant(turn->participantId);
        const char *title = floor.chairState() == core::ChairState::Reply
            ? QT_TRANSLATE_NOOP("ui::RoomRenderer", "A speaker replies to the empty chair")
                                : QT_TRANSLATE_NOOP("ui::RoomRenderer", "In the empty chair");
        paintHeader(canvas, text(title), 1760, secondText(title));
        canvas.fittedText({80, 280, 1200, 110},
                          canvas.lead() | Qt::AlignVCenter,
                          p ? userLine(p->name) : QString(),
                          96,
                          Foreground,
                          true);
        if (turn->viaOnlineModerator) {
            canvas.fittedText(
                {80, 400, 1200, 70},
                canvas.lead() | Qt::AlignVCenter,
                Canvas::both(
                    text(QT_TRANSLATE_NOOP("ui::RoomRenderer", "Online, through the online moderator")),
                         secondText(QT_TRANSLATE_NOOP("ui::RoomRenderer", "Online, through the online moderator"))),
                    48,
                    Muted,
                    false);
        }
        canvas.text({80, 500, 1200, 380},
                    canvas.lead() | Qt::AlignVCenter,
                    core::formatDuration(turn->limitMs - turn->elapsedMs(now), core::Rounding::Countdown, locale()),
                    300,
                    CountdownWidget::phaseColor(state.turnPhase(now)),
                    true);
        return;
    }
    paintHeader(canvas,
                text(QT_TRANSLATE_NOOP("ui::RoomRenderer", "The empty chair")),
                     1760,
                     secondText(QT_TRANSLATE_NOOP("ui::RoomRenderer", "The empty chair")));
    const char *invitation = QT_TRANSLATE_NOOP("ui::RoomRenderer",
                                               "Take the empty chair next to the speakers: bring a new perspective, "
                                               "or challenge what you heard.");
    const char *online =
        QT_TRANSLATE_NOOP("ui::RoomRenderer",
                                           "Online? Tell the online moderator, who takes the chair for you.");
    if (isBilingual()) {
        canvas.wrappedText({80, 270, 1200, 250}, canvas.lead() | Qt::AlignTop, text(invitation), 60, Foreground, true);
        canvas.wrappedText(
            {80, 530, 1200, 170}, canvas.lead() | Qt::AlignTop, secondText(invitation), 44, Muted, false);
        canvas.wrappedText({80, 720, 1200, 130}, canvas.lead() | Qt::AlignTop, text(online), 46, Accent, false);
        canvas.wrappedText({80, 860, 1200, 110}, canvas.lead() | Qt::AlignTop, secondText(online), 36, Muted, false);
        return;
    }
    canvas.text(
        {80, 280, 1200, 360},
        canvas.lead() | Qt::AlignTop | Qt::TextWordWrap,
        text(QT_TRANSLATE_NOOP("ui::RoomRenderer",
                                       "Take the empty chair next to the speakers: bring a new perspective, or challenge "
                                       "what you heard.")),
             64,
             Foreground,
             true);
    canvas.text(
        {80, 700, 1200, 240},
        canvas.lead() | Qt::AlignTop | Qt::TextWordWrap,
        text(QT_TRANSLATE_NOOP("ui::RoomRenderer",
                                       "Online? Tell the online moderator, who takes the chair for you.")),
             52,
             Accent,
             false);
}

void RoomRenderer::paintMedia(Canvas &canvas)
{
    loadMedia();
    const QRectF area(0, 0, CanvasWidth, CanvasHeight - 110);
    QPainter &painter = canvas.painter;
    auto fit = [&area](const QSizeF &size) {
        const QSizeF scaled = size.scaled(area.size(), Qt::KeepAspectRatio);
        return QRectF(area.center().x() - scaled.width() / 2,
                      area.center().y() - scaled.height() / 2,
                      scaled.width(),
                      scaled.height());
    };
    bool shown = false;
    if (!m_mediaFailed && m_loadedMediaId > 0) {
        switch (m_mediaKind) {
        case core::MediaKind::Image:
            painter.drawImage(fit(m_image.size()), m_image);
            shown = true;
            break;
        case core::MediaKind::Svg:
            m_svg->render(&painter,
                          fit(m_svg->defaultSize().isEmpty() ? QSizeF(1600, 900) : QSizeF(m_svg->defaultSize())));
            shown = true;
            break;
        case core::MediaKind::Pdf: {
            const int page = std::clamp(m_session->state().display().page(), 0, m_pdf->pageCount() - 1);
            const QRectF target = fit(m_pdf->pagePointSize(page));
            // Render for the pixels this paint really covers.
            const QSize pixels = painter.transform().mapRect(target).size().toSize().expandedTo(QSize(1, 1));
            if (page != m_pdfPageIndex || pixels != m_pdfPageSize) {
                m_pdfPage = m_pdf->render(page, pixels);
                m_pdfPageIndex = page;
                m_pdfPageSize = pixels;
            }
            painter.fillRect(target, Qt::white);
            painter.drawImage(target, m_pdfPage);
            shown = !m_pdfPage.isNull();
            break;
        }
        case core::MediaKind::Video:
            if (!m_videoFrame.isNull()) {
                painter.drawImage(fit(m_videoFrame.size()), m_videoFrame);
            } else {
                canvas.fittedText(area, Qt::AlignCenter, userLine(m_mediaName), 56, Muted, false);
            }
            paintSubtitles(canvas, area);
            shown = true;
            break;
        case core::MediaKind::Subtitles:
            break;
        }
    }
    if (!shown) {
        painter.setPen(QPen(Muted, 6, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(QRectF(260, 240, 1400, 480), 24, 24);
        const char *reason =
            m_loadedMediaId > 0                     ? QT_TRANSLATE_NOOP("ui::RoomRenderer", "This file cannot be shown")
                                                    : QT_TRANSLATE_NOOP("ui::RoomRenderer", "No media file chosen");
        if (isBilingual()) {
            canvas.wrappedText(
                {300, 270, 1320, 150}, Qt::AlignHCenter | Qt::AlignBottom, text(reason), 64, Foreground, true);
            canvas.wrappedText(
                {300, 425, 1320, 90}, Qt::AlignHCenter | Qt::AlignTop, secondText(reason), 44, Accent, false);
        } else {
            canvas.text({300, 300, 1320, 200}, Qt::AlignCenter | Qt::TextWordWrap, text(reason), 64, Foreground, true);
        }
        canvas.fittedText({300, 520, 1320, 90}, Qt::AlignCenter, userLine(m_mediaName), 44, Muted, false);
        if (m_loadedMediaId > 0 && !m_mediaError.isEmpty()) {
            // Why, in a few words (a media framework's own may be technical): the moderator sees it in the preview.
            canvas.wrappedText(
                {300, 615, 1320, 95}, Qt::AlignHCenter | Qt::AlignTop, userText(m_mediaError), 32, Muted, false);
        }
    }
    paintTimerStrip(canvas, {0, CanvasHeight - 110, CanvasWidth, 110});
}

void RoomRenderer::paintTimerStrip(Canvas &canvas, const QRectF &strip)
{
    // The speaker keeps the time in view over media.
    const core::SessionState &state = m_session->state();
    const qint64 now = m_session->now();
    const QLocale roomLocale = locale();
    canvas.painter.fillRect(canvas.place(strip), QColor(0, 0, 0, 220));
    m_timerStrip = strip;
    const int current = state.currentIndex();
    canvas.fittedText({strip.x() + 60, strip.y(), 1100, strip.height()},
                      canvas.lead() | Qt::AlignVCenter,
                      userLine(state.agenda().item(current).title),
                      44,
                      Foreground,
                      false);
    QString time = core::formatDuration(state.remainingMs(current, now), core::Rounding::Countdown, roomLocale);
    core::Phase phase = state.phase(current, now);
    if (const core::Turn *turn = state.floor().currentTurn()) {
        time = core::formatDuration(turn->limitMs - turn->elapsedMs(now), core::Rounding::Countdown, roomLocale);
        phase = state.turnPhase(now);
    }
    if (m_pdf && !m_mediaFailed && m_mediaKind == core::MediaKind::Pdf) {
        canvas.text({strip.x() + 1120, strip.y(), 300, strip.height()},
                    Qt::AlignCenter,
                    text(QT_TRANSLATE_NOOP("ui::RoomRenderer", "%1 / %2"))
                             .arg(roomLocale.toString(std::min(state.display().page(), m_pdf->pageCount() - 1) + 1),
                                  roomLocale.toString(m_pdf->pageCount())),
                         40,
                         Muted);
    }
    canvas.text({strip.right() - 460, strip.y(), 400, strip.height()},
                canvas.trail() | Qt::AlignVCenter,
                time,
                80,
                CountdownWidget::phaseColor(phase),
                true);
}

void RoomRenderer::paintCaptions(Canvas &canvas)
{
    m_captionStrip = QRectF();
    m_captionLines.clear();
    if (!m_session || !m_session->state().display().captionsShown() || scene() == core::Scene::Blank) {
        return;
    }
    QPainter &painter = canvas.painter;
    QFont font = painter.font();
    font.setPixelSize(captionPixelSize(m_session->state().display().captionSize()));
    font.setWeight(QFont::DemiBold);
    const QFontMetricsF metrics(font);
    const double lineHeight = std::ceil(metrics.height() * 1.1);
    const double width = CanvasWidth - 2 * CaptionMargin;
    // Two lines' room at the bottom, above the timer strip when the scene has one; the same height with one
    // line or none, so the strip does not jump.
    const double bottom = m_timerStrip.isEmpty() ? CanvasHeight : m_timerStrip.top();
    const double height = 2 * lineHeight + 2 * CaptionPadding;
    m_captionStrip = QRectF(0, bottom - height, CanvasWidth, height);

    // The newest captions, wrapped at the strip's width, until two lines are filled; a speaker is named when
    // the speaker changes.
    const QList<core::CaptionTurn> &captions = m_session->state().report().captions();
    QList<CaptionStripLine> lines;
    for (qsizetype i = captions.size() - 1; i >= 0 && lines.size() < 2; --i) {
        const core::TranscriptTurn &turn = captions.at(i).turn;
        const QString words = core::balancedBidi(core::oneLine(core::truncated(turn.text, MaxLineChars)));
        const bool rtl = words.isRightToLeft();
        QString paragraph = words;
        if (!turn.speaker.isEmpty() && (i == 0 || captions.at(i - 1).turn.speaker != turn.speaker)) {
            paragraph = userLine(turn.speaker) + u": "_s + words;
        }
        QTextLayout layout(paragraph, font);
        QTextOption option;
        option.setTextDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        QList<CaptionStripLine> wrapped;
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            wrapped.append({core::balancedBidi(paragraph.mid(line.textStart(), line.textLength()).trimmed()), rtl});
        }
        layout.endLayout();
        while (!wrapped.isEmpty() && lines.size() < 2) {
            lines.prepend(wrapped.takeLast());
        }
    }
    m_captionLines = lines;

    painter.save();
    painter.fillRect(m_captionStrip, QColor(0, 0, 0, 235));
    painter.setClipRect(m_captionStrip, Qt::IntersectClip);
    painter.setFont(font);
    painter.setPen(Qt::white);
    // The newest line at the bottom.
    double y = m_captionStrip.bottom() - CaptionPadding - lineHeight * double(lines.size());
    for (const CaptionStripLine &line : std::as_const(lines)) {
        painter.setLayoutDirection(line.rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
        painter.drawText(QRectF(CaptionMargin, y, width, lineHeight),
                         (line.rightToLeft ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignAbsolute | Qt::AlignVCenter,
                         line.text);
        y += lineHeight;
    }
    painter.restore();
}

void RoomRenderer::paintTakeaways(Canvas &canvas)
{
    paintHeader(canvas,
                text(QT_TRANSLATE_NOOP("ui::RoomRenderer", "Key takeaways")),
                     1760,
                     secondText(QT_TRANSLATE_NOOP("ui::RoomRenderer", "Key takeaways")));
    QStringList takeaways;
    QStringList seconds; // each takeaway's second-language wording, or empty
    for (const core::Takeaway &takeaway : m_session->state().display().takeaways()) {
        takeaways.append(userText(content(u"takeaway"_s, takeaway.id, takeaway.text)));
        seconds.append(userText(secondContent(u"takeaway"_s, takeaway.id, takeaway.text)));
    }
    if (takeaways.isEmpty()) {
        canvas.text({80, 300, 1760, 200},
                    canvas.lead() | Qt::AlignTop | Qt::TextWordWrap,
                    text(QT_TRANSLATE_NOOP("ui::RoomRenderer", "No key takeaways yet.")), 60, Muted);
        return;
    }
    const QLocale roomLocale = locale();
    // The largest type at which every takeaway fits, stacked one under the other.
    QFont font = canvas.painter.font();
    const double width = 1660;
    int size = 60;
    for (; size > 28; size -= 4) {
        font.setPixelSize(size);
        double total = 0;
        QFont small = font;
        small.setPixelSize(int(size * SecondScale));
        for (int i = 0; i < takeaways.size(); ++i) {
            total +=
                QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 10000), Qt::TextWordWrap, takeaways.at(i)).height()
                + size * 0.6;
            if (!seconds.at(i).isEmpty()) {
                total += QFontMetricsF(small)
                             .boundingRect(QRectF(0, 0, width, 10000), Qt::TextWordWrap, seconds.at(i))
                             .height();
            }
        }
        if (total <= 660) {
            break;
        }
    }
    font.setPixelSize(size);
    double y = 260;
    for (int i = 0; i < takeaways.size() && y < 920; ++i) {
        // A takeaway too long for the screen is cut at the line above the invitation to comment.
        const double height = std::min(
            QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 10000), Qt::TextWordWrap, takeaways.at(i)).height(),
            940 - y);
        canvas.text(
            {80, y, 90, height}, canvas.lead() | Qt::AlignTop, roomLocale.toString(i + 1) + u'.', size, Accent, true);
        canvas.text({180, y, width, height},
                    canvas.lead() | Qt::AlignTop | Qt::TextWordWrap,
                    takeaways.at(i),
                    size,
                    Foreground);
        y += height;
        if (!seconds.at(i).isEmpty() && y < 920) {
            QFont small = font;
            small.setPixelSize(int(size * SecondScale));
            const double secondHeight = std::min(
                QFontMetricsF(small).boundingRect(QRectF(0, 0, width, 10000), Qt::TextWordWrap, seconds.at(i)).height(),
                940 - y);
            canvas.text({180, y, width, secondHeight},
                        canvas.lead() | Qt::AlignTop | Qt::TextWordWrap,
                        seconds.at(i),
                        small.pixelSize(),
                        Accent);
            y += secondHeight;
        }
        y += size * 0.6;
    }
    const char *comments = QT_TRANSLATE_NOOP(
        "ui::RoomRenderer", "Your comments: ask the moderator for the floor, or write to the online moderator.");
    if (isBilingual()) {
        canvas.fittedText({80, 950, 1760, 48}, canvas.lead() | Qt::AlignVCenter, text(comments), 36, Muted, false);
        canvas.fittedText(
            {80, 1000, 1760, 44}, canvas.lead() | Qt::AlignVCenter, secondText(comments), 30, Muted, false);
    } else {
        canvas.text({80, 960, 1760, 80}, canvas.lead() | Qt::AlignVCenter, text(comments), 40, Muted);
    }
}

void RoomRenderer::paintMessage(Canvas &canvas)
{
    const core::DisplayState &display = m_session->state().display();
    const QString message = userText(content(u"message"_s, 0, display.message()));
    const QString second = userText(secondContent(u"message"_s, 0, display.message()));
    // The largest type at which the message fits, wrapped; its translation smaller under it.
    QFont font = canvas.painter.font();
    font.setBold(true);
    const QRectF box = second.isEmpty() ? QRectF(140, 140, 1640, 800) : QRectF(140, 100, 1640, 560);
    if (!second.isEmpty()) {
        canvas.wrappedText({140, 690, 1640, 300}, Qt::AlignHCenter | Qt::AlignTop, second, 96, Accent, false);
    }
    int size = 180;
    for (; size > 36; size -= 8) {
        font.setPixelSize(size);
        const QRectF needed = QFontMetricsF(font).boundingRect(box, Qt::AlignCenter | Qt::TextWordWrap, message);
        if (needed.height() <= box.height() && needed.width() <= box.width()) {
            break;
        }
    }
    canvas.text(box, Qt::AlignCenter | Qt::TextWordWrap, message, size, Foreground, true);
}

void RoomRenderer::setPhoneJoin(const QString &url, const QString &pin)
{
    if (url == m_phoneUrl && pin == m_phonePin) {
        return;
    }
    m_phoneUrl = url;
    m_phonePin = pin;
    m_phoneQr = url.isEmpty() ? QImage() : qrCodeImage(url, 1);
    emit changed();
}

bool RoomRenderer::showsJoinBadge() const
{
    return !m_phoneUrl.isEmpty() && m_session && m_session->state().audience().joiningOpen();
}

void RoomRenderer::paintJoinBadge(Canvas &canvas)
{
    if (!showsJoinBadge()) {
        return;
    }
    // The trailing top corner, beside the title: the code, the invitation, the PIN and the address.
    canvas.painter.fillRect(canvas.place({1460, 24, 420, 190}), Highlight);
    const QRectF code = canvas.place({1472, 36, 166, 166});
    canvas.painter.fillRect(code, Qt::white);
    canvas.painter.drawImage(code.adjusted(8, 8, -8, -8), m_phoneQr);
    // The invitation wraps; in a long language its type shrinks until it fits the corner.
    const QString invitation = text(QT_TRANSLATE_NOOP("ui::RoomRenderer", "Join from your phone"));
    const QRectF words(1650, 32, 220, 76);
    QFont font = canvas.painter.font();
    font.setBold(true);
    int size = 28;
    for (; size > 14; size -= 2) {
        font.setPixelSize(size);
        const QRectF needed = QFontMetricsF(font).boundingRect(words, Qt::TextWordWrap, invitation);
        if (needed.height() <= words.height() && needed.width() <= words.width()) {
            break;
        }
    }
    canvas.text(words, canvas.lead() | Qt::AlignVCenter | Qt::TextWordWrap, invitation, size, Foreground, true);
    //: The room PIN on the room display, two groups of three digits
    canvas.fittedText(
        {1650, 112, 220, 48},
        canvas.lead() | Qt::AlignVCenter,
        text(QT_TRANSLATE_NOOP("ui::RoomRenderer", "PIN %1 %2")).arg(m_phonePin.left(3), m_phonePin.mid(3)),
             36,
             Accent,
             true);
    canvas.fittedText({1650, 164, 220, 36}, canvas.lead() | Qt::AlignVCenter, userLine(m_phoneUrl), 22, Muted, false);
}

void RoomRenderer::paintJoin(Canvas &canvas)
{
    paintHeader(canvas,
                text(QT_TRANSLATE_NOOP("ui::RoomRenderer", "Join from your phone")),
                     1760,
                     secondText(QT_TRANSLATE_NOOP("ui::RoomRenderer", "Join from your phone")));
    if (m_phoneUrl.isEmpty()) {
        canvas.text({80, 300, 1760, 400},
                    Qt::AlignCenter | Qt::TextWordWrap,
                    text(QT_TRANSLATE_NOOP("ui::RoomRenderer", "Ask the moderator how to join.")), 64, Muted, false);
        return;
    }
    const QRectF code = canvas.place({80, 260, 760, 760});
    canvas.painter.fillRect(code, Qt::white);
    canvas.painter.drawImage(code.adjusted(30, 30, -30, -30), m_phoneQr);
    const bool open = m_session->state().audience().joiningOpen();
    const char *how =
        open                     ? QT_TRANSLATE_NOOP("ui::RoomRenderer",
                                               "Scan the code, or open this address on the room's network:")
                                 : QT_TRANSLATE_NOOP("ui::RoomRenderer", "Joining from phones is closed for now.");
    canvas.text({900, 280, 940, isBilingual() ? 130.0 : 200.0},
                canvas.lead() | Qt::AlignTop | Qt::TextWordWrap,
                text(how),
                isBilingual() ? 40 : 48,
                Foreground,
                false);
    if (isBilingual()) {
        canvas.wrappedText({900, 415, 940, 80}, canvas.lead() | Qt::AlignTop, secondText(how), 32, Muted, false);
    }
    canvas.fittedText(
        {900, 500, 940, 100}, canvas.lead() | Qt::AlignVCenter, userLine(m_phoneUrl), 64, Foreground, true);
    canvas.fittedText({900, 660, 940, 80},
                      canvas.lead() | Qt::AlignVCenter,
                      Canvas::both(text(QT_TRANSLATE_NOOP("ui::RoomRenderer", "Room PIN")),
                                        secondText(QT_TRANSLATE_NOOP("ui::RoomRenderer", "Room PIN"))),
                                   48,
                                   Muted,
                                   false);
    canvas.text({900, 740, 940, 180},
                canvas.lead() | Qt::AlignVCenter,
                u"%1 %2"_s.arg(m_phonePin.left(3), m_phonePin.mid(3)),
                150,
                Accent,
                true);
}

void RoomRenderer::paintSubtitles(Canvas &canvas, const QRectF &area)
{
    loadSubtitles();
    if (m_subtitles.isEmpty()) {
        return;
    }
    const qint64 position = videoPositionMs();
    const auto *first = subtitlesFor(primaryLanguage(), true);
    const QString primary = userText(first->second.textAt(position));
    // Bilingual: the second language's subtitles under the first, smaller, when the video has them.
    const auto *other = isBilingual() ? subtitlesFor(m_secondLanguage, false) : nullptr;
    const QString secondary = other && other != first ? userText(other->second.textAt(position)) : QString();
    if (primary.isEmpty() && secondary.isEmpty()) {
        return;
    }
    // Over the picture's lower part, clear of the caption strip when it shows.
    const double bottom =
        area.bottom() - 24 - (m_session && m_session->state().display().captionsShown() ? SubtitleCaptionRoom : 0);
    QPainter &painter = canvas.painter;
    QFont font = painter.font();
    const double width = 1600;
    auto heightOf = [&](const QString &text, int size, bool bold) {
        if (text.isEmpty()) {
            return 0.0;
        }
        font.setPixelSize(size);
        font.setBold(bold);
        return QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 1000), Qt::TextWordWrap, text).height();
    };
    // At most three lines of 56 px and two of 40: a cue longer than that is cut at the box.
    const double primaryHeight = std::min(heightOf(primary, 56, true), 3 * 56 * 1.25);
    const double secondaryHeight = std::min(heightOf(secondary, 40, false), 2 * 40 * 1.25);
    const double height = primaryHeight + secondaryHeight + 28;
    const QRectF box((CanvasWidth - width) / 2 - 24, bottom - height, width + 48, height);
    painter.fillRect(box, QColor(0, 0, 0, 190));
    const int flags = Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap;
    painter.save();
    painter.setClipRect(box, Qt::IntersectClip);
    if (!primary.isEmpty()) {
        canvas.text({box.x() + 24, box.y() + 14, width, primaryHeight}, flags, primary, 56, Foreground, true);
    }
    if (!secondary.isEmpty()) {
        canvas.text(
            {box.x() + 24, box.y() + 14 + primaryHeight, width, secondaryHeight}, flags, secondary, 40, Accent, false);
    }
    painter.restore();
}

} // namespace ui

namespace ui {

void RoomRenderer::paintGroups(Canvas &canvas)
{
    const core::SessionState &state = m_session->state();
    const core::Agenda &agenda = state.agenda();
    const qint64 now = m_session->now();
    const QLocale roomLocale = locale();
    // The current item when it is a break-out, else the next one with groups (pinned ahead of time), else the last.
    int index = -1;
    const int current = state.currentIndex();
    for (int i = 0; i < agenda.size(); ++i) {
        const core::AgendaItem &item = agenda.item(i);
        if (item.kind != core::ItemKind::BreakOut || item.breakOut.groups.isEmpty()) {
            continue;
        }
        if (i == current || index < 0 || (i > current && index < current)) {
            index = i;
        }
        if (i == current) {
            break;
        }
    }
    const char *title = QT_TRANSLATE_NOOP("ui::RoomRenderer", "Break-out groups");
    if (index < 0) {
        paintHeader(canvas, text(title), 1760, secondText(title));
        canvas.wrappedText(
            {80, 300, 1760, 300},
            Qt::AlignCenter,
            text(QT_TRANSLATE_NOOP("ui::RoomRenderer", "The groups are not formed yet.")), 64, Muted, false);
        return;
    }
    const core::AgendaItem &item = agenda.item(index);
    const bool running = index == current && state.firstStartedMs(index) >= 0;
    const qint64 remaining = running ? state.remainingMs(index, now) : agenda.plannedMs(index);
    const core::Phase phase = running ? state.phase(index, now) : core::Phase::Normal;
    const QString countdown = core::formatDuration(remaining, core::Rounding::Countdown, roomLocale);

    if (running && remaining <= 0) {
        // Time is up: everyone back to their seats; the overtime counts on in red.
        const char *back = QT_TRANSLATE_NOOP("ui::RoomRenderer", "Time to reconvene");
        paintHeader(canvas,
                    userLine(content(u"item"_s, item.id, item.title)),
                    1760,
                    userLine(secondContent(u"item"_s, item.id, item.title)));
        canvas.wrappedText({80, 250, 1760, 200}, Qt::AlignCenter, text(back), 140, Foreground, true);
        if (isBilingual()) {
            canvas.wrappedText({80, 450, 1760, 100}, Qt::AlignCenter, secondText(back), 72, Accent, false);
        }
        canvas.text({80, 540, 1760, 300}, Qt::AlignCenter, countdown, 260, CountdownWidget::phaseColor(phase), true);
        const char *next = QT_TRANSLATE_NOOP("ui::RoomRenderer",
                                             "Please come back to your seats: each group's rapporteur reports back.");
        canvas.wrappedText({80, 860, 1760, 90}, Qt::AlignCenter, text(next), 48, Foreground, false);
        if (isBilingual()) {
            canvas.wrappedText({80, 955, 1760, 80}, Qt::AlignCenter, secondText(next), 36, Muted, false);
        }
        return;
    }

    paintHeader(canvas,
                userLine(content(u"item"_s, item.id, item.title)),
                1280,
                userLine(secondContent(u"item"_s, item.id, item.title)));
    // The group work's countdown in the trailing top corner.
    canvas.text({1380, 60, 460, 150},
                canvas.trail() | Qt::AlignVCenter,
                countdown,
                130,
                running ? CountdownWidget::phaseColor(phase) : Muted,
                true);

    const QList<core::BreakOutGroup> &groups = item.breakOut.groups;
    const int count = int(groups.size());
    const int columns = std::clamp(int(std::ceil(std::sqrt(count * 1.6))), 1, 6);
    const int rows = (count + columns - 1) / columns;
    const double gap = 24;
    const QRectF area(80, 250, 1760, 790);
    const double cardWidth = (area.width() - gap * (columns - 1)) / columns;
    const double cardHeight = (area.height() - gap * (rows - 1)) / rows;
    const int nameSize = int(std::clamp(cardHeight / 6.5, 20.0, 52.0));
    const int lineSize = int(std::clamp(cardHeight / 10.0, 18.0, 36.0));
    const core::FloorState &floor = state.floor();
    const QStringList &questions = state.definition().policyQuestions;
    auto nameOf = [&floor](int id) {
        const core::Participant *p = floor.participant(id);
        return p ? userLine(p->name) : QString();
    };
    // A policy question in the room's language where it has a translation (free topics are the group's own).
    // In bilingual mode the second language's translation follows on its own line.
    auto topicOf = [this, &questions](const core::BreakOutGroup &group) {
        if (group.policyQuestion < 0 || group.policyQuestion >= questions.size()) {
            return userText(group.topic);
        }
        const QString &question = questions.at(group.policyQuestion);
        const QString first = userText(content(u"question"_s, group.policyQuestion, question));
        const QString second = userText(secondContent(u"question"_s, group.policyQuestion, question));
        return second.isEmpty() ? first : first + u'\n' + second;
    };
    // Every card's topic in one type size: the largest in which the longest topic fits its card.
    int topicSize = lineSize;
    const double topicHeight = lineSize * 3.0; // four lines of a long question in about two thirds of the type
    const QRectF topicBox(0, 0, cardWidth - 40, topicHeight);
    for (const core::BreakOutGroup &group : groups) {
        if (const QString topic = topicOf(group); !topic.isEmpty()) {
            topicSize =
                std::min(topicSize, canvas.wrappedSize(topicBox, canvas.lead() | Qt::AlignTop, topic, lineSize, false));
        }
    }
    for (int g = 0; g < count; ++g) {
        const core::BreakOutGroup &group = groups.at(g);
        const double x = area.x() + (g % columns) * (cardWidth + gap);
        const double y = area.y() + (g / columns) * (cardHeight + gap);
        canvas.painter.fillRect(canvas.place({x, y, cardWidth, cardHeight}), Highlight);
        canvas.painter.fillRect(canvas.place({x, y, 8, cardHeight}), group.online ? Accent : Foreground);
        const double inner = x + 24;
        const double width = cardWidth - 40;
        double top = y + 10;
        canvas.fittedText({inner, top, width, nameSize * 1.3},
                          canvas.lead() | Qt::AlignVCenter,
                          userLine(group.name),
                          nameSize,
                          Foreground,
                          true);
        top += nameSize * 1.3;
        if (const QString topic = topicOf(group); !topic.isEmpty()) {
            canvas.wrappedText(
                {inner, top, width, topicHeight}, canvas.lead() | Qt::AlignTop, topic, topicSize, Muted, false);
            top += topicHeight;
        }
        QString where = group.online ? Canvas::both(text(QT_TRANSLATE_NOOP("ui::RoomRenderer", "online")),
                                                         secondText(QT_TRANSLATE_NOOP("ui::RoomRenderer", "online")))
                                                    : userLine(group.place);
        if (!where.isEmpty()) {
            canvas.fittedText(
                {inner, top, width, lineSize * 1.25}, canvas.lead() | Qt::AlignVCenter, where, lineSize, Accent, true);
            top += lineSize * 1.25;
        }
        if (const QString facilitator = nameOf(group.facilitator); !facilitator.isEmpty()) {
            canvas.fittedText({inner, top, width, lineSize * 1.25},
                              canvas.lead() | Qt::AlignVCenter,
                              text(QT_TRANSLATE_NOOP("ui::RoomRenderer", "Facilitator: %1")).arg(facilitator),
                                   lineSize,
                                   Foreground,
                                   false);
            top += lineSize * 1.25;
        }
        // The members, as many as fit; else how many they are.
        QStringList names;
        for (int member : group.members) {
            if (const QString name = nameOf(member); !name.isEmpty()) {
                names.append(name);
            }
        }
        const QRectF membersBox(inner, top, width, y + cardHeight - 10 - top);
        if (names.isEmpty() || membersBox.height() < lineSize) {
            continue;
        }
        // In the card's type, or a little smaller, before giving up the names for their count; separated as the
        // room's language separates a list.
        const QString separator = roomLocale.language() == QLocale::Arabic    ? u"، "_s
                                  : roomLocale.language() == QLocale::Chinese ? u"、"_s
                                                                              : u", "_s;
        const QString all = names.join(separator);
        int membersSize = 0;
        for (const int size : {lineSize, int(lineSize * 0.8)}) {
            QFont font = canvas.painter.font();
            font.setPixelSize(size);
            if (QFontMetricsF(font).boundingRect(membersBox, Qt::TextWordWrap, all).height() <= membersBox.height()) {
                membersSize = size;
                break;
            }
        }
        if (membersSize > 0) {
            canvas.text(membersBox, canvas.lead() | Qt::AlignTop | Qt::TextWordWrap, all, membersSize, Foreground);
        } else {
            canvas.fittedText({membersBox.x(), membersBox.y(), membersBox.width(), lineSize * 1.4},
                              canvas.lead() | Qt::AlignVCenter,
                              countText(QT_TRANSLATE_N_NOOP("ui::RoomRenderer", "%Ln people"), int(names.size())),
                                        lineSize,
                                        Foreground,
                                        false);
        }
    }
}

} // namespace ui

namespace ui {

void RoomRenderer::paintGlossary(Canvas &canvas)
{
    const char *title = QT_TRANSLATE_NOOP("ui::RoomRenderer", "Key terms");
    paintHeader(canvas, text(title), 1760, secondText(title));
    const QList<core::GlossaryTerm> &terms = m_session->state().display().glossary();
    if (terms.isEmpty()) {
        canvas.wrappedText({80, 300, 1760, 300},
                           Qt::AlignCenter,
                           text(QT_TRANSLATE_NOOP("ui::RoomRenderer", "No key terms yet.")), 64, Muted, false);
        return;
    }
    // Two columns when there are many; each entry gets the same height, and its type shrinks to fit it.
    const int count = int(terms.size());
    const int columns = count > 5 ? 2 : 1;
    const int rows = (count + columns - 1) / columns;
    const double gap = 20;
    const QRectF area(80, 250, 1760, 800);
    const double width = (area.width() - gap * (columns - 1)) / columns;
    const double height = std::min(260.0, (area.height() - gap * (rows - 1)) / rows);
    const bool bilingual = isBilingual();
    for (int i = 0; i < count; ++i) {
        const core::GlossaryTerm &term = terms.at(i);
        const double x = area.x() + (i / rows) * (width + gap);
        const double y = area.y() + (i % rows) * (height + gap);
        const QString word = userLine(content(u"term"_s, term.id, term.term));
        const QString secondWord = userLine(secondContent(u"term"_s, term.id, term.term));
        const QString explanation = userText(content(u"explanation"_s, term.id, term.explanation));
        const QString secondExplanation = userText(secondContent(u"explanation"_s, term.id, term.explanation));
        const double termHeight = std::min(64.0, height * 0.36);
        canvas.fittedText({x, y, width, termHeight},
                          canvas.lead() | Qt::AlignVCenter,
                          secondWord.isEmpty() ? word : word + u"  ·  "_s + secondWord,
                          int(termHeight * 0.8),
                          Accent,
                          true);
        const double rest = height - termHeight;
        const bool twoExplanations = bilingual && !secondExplanation.isEmpty();
        const double first = twoExplanations ? rest * 0.58 : rest;
        if (!explanation.isEmpty()) {
            canvas.wrappedText({x, y + termHeight, width, first},
                               canvas.lead() | Qt::AlignTop,
                               explanation,
                               int(std::min(44.0, termHeight * 0.7)),
                               Foreground,
                               false);
        }
        if (twoExplanations) {
            canvas.wrappedText({x, y + termHeight + first, width, rest - first},
                               canvas.lead() | Qt::AlignTop,
                               secondExplanation,
                               int(std::min(34.0, termHeight * 0.55)),
                               Muted,
                               false);
        }
    }
}

void RoomRenderer::paintTermBanner(Canvas &canvas)
{
    const core::DisplayState &display = m_session->state().display();
    const core::GlossaryTerm *term = display.glossaryTerm(display.shownTerm());
    if (!term) {
        return;
    }
    // Over the header, clear of the timer strip and the captions at the bottom; opaque, so that the header's large
    // type does not show through the term.
    const QRectF band(40, 20, 1840, isBilingual() ? 250 : 200);
    canvas.painter.fillRect(canvas.place(band), Highlight);
    canvas.painter.fillRect(canvas.place({band.x(), band.bottom() - 8, band.width(), 8}), Accent);
    const QString word = userLine(content(u"term"_s, term->id, term->term));
    const QString secondWord = userLine(secondContent(u"term"_s, term->id, term->term));
    const QString explanation = userText(content(u"explanation"_s, term->id, term->explanation));
    const QString secondExplanation = userText(secondContent(u"explanation"_s, term->id, term->explanation));
    canvas.fittedText({band.x() + 40, band.y() + 10, band.width() - 80, 76},
                      canvas.lead() | Qt::AlignVCenter,
                      secondWord.isEmpty() ? word : word + u"  ·  "_s + secondWord,
                      64,
                      Accent,
                      true);
    if (isBilingual() && !secondExplanation.isEmpty()) {
        canvas.wrappedText({band.x() + 40, band.y() + 90, band.width() - 80, 84},
                           canvas.lead() | Qt::AlignTop,
                           explanation,
                           38,
                           Foreground,
                           false);
        canvas.wrappedText({band.x() + 40, band.y() + 176, band.width() - 80, 62},
                           canvas.lead() | Qt::AlignTop,
                           secondExplanation,
                           30,
                           Muted,
                           false);
    } else if (!explanation.isEmpty()) {
        canvas.wrappedText({band.x() + 40, band.y() + 90, band.width() - 80, band.height() - 106},
                           canvas.lead() | Qt::AlignTop,
                           explanation,
                           40,
                           Foreground,
                           false);
    }
}

} // namespace ui
