// SPDX-License-Identifier: MIT
#include "ui/roomrenderer.h"

#include "core/base/plaintext.h"
#include "core/base/timeformat.h"
#include "core/base/vocabulary.h"
#include "core/session/session.h"
#include "ui/countdownwidget.h"
#include "ui/qrcode.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMediaPlayer>
#include <QPainter>
#include <QPainterPath>
#include <QPdfDocument>
#include <QSvgRenderer>
#include <QVideoFrame>
#include <QVideoSink>

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
};

namespace {
constexpr int FlashDurationMs = 1500;
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
    }
}

void RoomRenderer::setSession(core::Session *session)
{
    m_session = session;
    m_loadedMediaId = -1; // reload for the new session
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
    if (wanted == m_language) {
        return;
    }
    m_language = wanted;
    m_ownTranslator = false;
    if (!wanted.isEmpty() && m_translator.load(u"moderato_"_s + wanted, u":/i18n"_s)) {
        m_ownTranslator = true;
    }
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
        m_player->setSourceDevice(nullptr);
    }
    m_videoBuffer.reset();
    m_videoFrame = {};
    m_pdf.reset();
    m_pdfBuffer.reset();
    m_pdfPage = {};
    m_pdfPageIndex = -1;
    m_svg.reset();
    m_image = {};
    m_mediaBytes.clear();
    m_mediaFailed = false;
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
            connect(m_sink, &QVideoSink::videoFrameChanged, this, [this](const QVideoFrame &frame) {
                m_videoFrame = frame.toImage();
                emit changed();
            });
            connect(m_player, &QMediaPlayer::errorOccurred, this, [this] {
                m_mediaFailed = true;
                emit changed();
            });
        }
        m_videoBuffer = std::make_unique<QBuffer>(&m_mediaBytes);
        m_videoBuffer->open(QIODevice::ReadOnly);
        m_player->setSourceDevice(m_videoBuffer.get(), QUrl(u"media:"_s + m_mediaName));
        break;
    }
}

void RoomRenderer::playVideo()
{
    if (m_player && m_mediaKind == core::MediaKind::Video && !m_mediaFailed) {
        m_player->play();
    }
}

void RoomRenderer::pauseVideo()
{
    if (m_player) {
        m_player->pause();
    }
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
    canvas.rtl = locale().textDirection() == Qt::RightToLeft;
    painter.setLayoutDirection(canvas.rtl ? Qt::RightToLeft : Qt::LeftToRight);
    const core::Scene current = scene();
    painter.fillRect(canvas.area, current == core::Scene::Blank ? QColor(Qt::black) : Background);
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
    case core::Scene::Blank:
        break;
    }
    // The flash at zero: the whole picture pulses red, so the room sees the time is up.
    if (current != core::Scene::Blank && isFlashing()
        && (m_flashClock.elapsed() * FlashPulses * 2 / FlashDurationMs) % 2 == 0) {
        QColor red = CountdownWidget::phaseColor(core::Phase::Overtime);
        red.setAlpha(150);
        painter.fillRect(canvas.area, red);
    }
    painter.restore();
}

void RoomRenderer::paintHeader(Canvas &canvas, const QString &title, double width)
{
    const core::SessionDefinition &definition = m_session->state().definition();
    const QString session = definition.code.isEmpty()
                                ? userLine(definition.title)
                                : userLine(definition.code) + u"  ·  "_s + userLine(definition.title);
    canvas.fittedText({80, 40, width, 50}, canvas.lead() | Qt::AlignVCenter, session, 36, Muted, false);
    canvas.fittedText({80, 100, width, 110}, canvas.lead() | Qt::AlignVCenter, title, 84, Foreground, true);
    canvas.painter.fillRect(canvas.place({80, 222, 1760, 6}), Accent);
}

void RoomRenderer::paintAgenda(Canvas &canvas)
{
    paintHeader(canvas, text(QT_TRANSLATE_NOOP("ui::RoomRenderer", "Agenda")), showsJoinBadge() ? 1360 : 1760);
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
        QString title = userLine(item.title);
        if (item.kind == core::ItemKind::Speaker) {
            if (const core::Participant *p = state.floor().participant(state.assignedSpeaker(index))) {
                title = userLine(p->name);
            }
        }
        canvas.fittedText({row.x() + indent, row.y(), 1760 - indent - 260, row.height()},
                          canvas.lead() | Qt::AlignVCenter,
                          title,
                          fontSize,
                          colour,
                          isCurrent || item.depth == 0);
        canvas.text({row.right() - 240, row.y(), 220, row.height()},
                    canvas.trail() | Qt::AlignVCenter,
                    core::formatDuration(agenda.plannedMs(index), core::Rounding::Elapsed, roomLocale),
                    fontSize,
                    colour);
        y += rowHeight;
    }
    const QTime endTime = QDateTime::fromMSecsSinceEpoch(m_session->wallMsAt(state.projectedEndMs(now))).time();
    canvas.text({80, 990, 1760, 60},
                canvas.trail() | Qt::AlignVCenter,
                text(QT_TRANSLATE_NOOP("ui::RoomRenderer", "Projected end: %1"))
                         .arg(roomLocale.toString(endTime, QLocale::ShortFormat)),
                     44,
                     Accent,
                     true);
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
    paintHeader(canvas, p ? userLine(p->name) : text(QT_TRANSLATE_NOOP("ui::RoomRenderer", "The floor is open")));
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
            details.append(text(QT_TRANSLATE_NOOP("ui::RoomRenderer", "online")));
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
    } else {
        canvas.text(
            {80, 330, 1760, 460},
            Qt::AlignCenter,
            text(QT_TRANSLATE_NOOP("ui::RoomRenderer", "Ask the moderator for the floor")), 80, Foreground, true);
    }
    const core::Agenda &agenda = state.agenda();
    const auto leaves = agenda.leafIndexes();
    const qsizetype at = leaves.indexOf(state.currentIndex());
    canvas.fittedText(
        {80, 850, 1760, 70},
        canvas.lead() | Qt::AlignVCenter,
        text(QT_TRANSLATE_NOOP("ui::RoomRenderer", "Now: %1")).arg(userLine(agenda.item(state.currentIndex()).title)),
             48,
             Foreground,
             false);
    if (at + 1 < leaves.size()) {
        const int next = leaves.at(at + 1);
        QString title = userLine(agenda.item(next).title);
        if (const core::Participant *speaker = floor.participant(state.assignedSpeaker(next))) {
            title = userLine(speaker->name);
        }
        canvas.fittedText({80, 930, 1760, 70},
                          canvas.lead() | Qt::AlignVCenter,
                          text(QT_TRANSLATE_NOOP("ui::RoomRenderer", "Next: %1")).arg(title), 48, Muted, false);
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
        paintHeader(canvas,
                    floor.chairState() == core::ChairState::Reply
                    ? text(QT_TRANSLATE_NOOP("ui::RoomRenderer", "A speaker replies to the empty chair"))
                    : text(QT_TRANSLATE_NOOP("ui::RoomRenderer", "In the empty chair")));
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
                text(QT_TRANSLATE_NOOP("ui::RoomRenderer", "Online, through the online moderator")), 48, Muted, false);
        }
        canvas.text({80, 500, 1200, 380},
                    canvas.lead() | Qt::AlignVCenter,
                    core::formatDuration(turn->limitMs - turn->elapsedMs(now), core::Rounding::Countdown, locale()),
                    300,
                    CountdownWidget::phaseColor(state.turnPhase(now)),
                    true);
        return;
    }
    paintHeader(canvas, text(QT_TRANSLATE_NOOP("ui::RoomRenderer", "The empty chair")));
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
            shown = true;
            break;
        }
    }
    if (!shown) {
        painter.setPen(QPen(Muted, 6, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(QRectF(260, 240, 1400, 480), 24, 24);
        canvas.text({300, 300, 1320, 200},
                    Qt::AlignCenter | Qt::TextWordWrap,
                    m_loadedMediaId > 0
                    ? text(QT_TRANSLATE_NOOP("ui::RoomRenderer", "This file cannot be shown"))
                    : text(QT_TRANSLATE_NOOP("ui::RoomRenderer", "No media file chosen")), 64, Foreground, true);
        canvas.fittedText({300, 520, 1320, 100}, Qt::AlignCenter, userLine(m_mediaName), 44, Muted, false);
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

void RoomRenderer::paintTakeaways(Canvas &canvas)
{
    paintHeader(canvas, text(QT_TRANSLATE_NOOP("ui::RoomRenderer", "Key takeaways")));
    QStringList takeaways;
    for (const core::Takeaway &takeaway : m_session->state().display().takeaways()) {
        takeaways.append(userText(takeaway.text));
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
        for (const QString &takeaway : takeaways) {
            total += QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 10000), Qt::TextWordWrap, takeaway).height()
                     + size * 0.6;
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
        y += height + size * 0.6;
    }
    canvas.text(
        {80, 960, 1760, 80},
        canvas.lead() | Qt::AlignVCenter,
        text(QT_TRANSLATE_NOOP("ui::RoomRenderer", "Your comments: ask the moderator for the floor, or write to the online moderator.")),
             40,
             Muted);
}

void RoomRenderer::paintMessage(Canvas &canvas)
{
    const QString message = userText(m_session->state().display().message());
    // The largest type at which the message fits, wrapped.
    QFont font = canvas.painter.font();
    font.setBold(true);
    const QRectF box(140, 140, 1640, 800);
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
    paintHeader(canvas, text(QT_TRANSLATE_NOOP("ui::RoomRenderer", "Join from your phone")));
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
    canvas.text(
        {900, 280, 940, 200},
        canvas.lead() | Qt::AlignTop | Qt::TextWordWrap,
        open
        ? text(QT_TRANSLATE_NOOP("ui::RoomRenderer",
                                              "Scan the code, or open this address on the room's network:"))
        : text(QT_TRANSLATE_NOOP("ui::RoomRenderer", "Joining from phones is closed for now.")), 48, Foreground, false);
    canvas.fittedText(
        {900, 500, 940, 100}, canvas.lead() | Qt::AlignVCenter, userLine(m_phoneUrl), 64, Foreground, true);
    canvas.text({900, 660, 940, 80},
                canvas.lead() | Qt::AlignVCenter,
                text(QT_TRANSLATE_NOOP("ui::RoomRenderer", "Room PIN")), 48, Muted, false);
    canvas.text({900, 740, 940, 180},
                canvas.lead() | Qt::AlignVCenter,
                u"%1 %2"_s.arg(m_phonePin.left(3), m_phonePin.mid(3)),
                150,
                Accent,
                true);
}

} // namespace ui
