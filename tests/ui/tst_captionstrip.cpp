// SPDX-License-Identifier: MIT
#include "core/io/proposalimporter.h"
#include "core/session/session.h"
#include "tests/support/fakeclock.h"
#include "tests/support/helpers.h"
#include "ui/captioncontrol.h"
#include "ui/roomcontrol.h"
#include "ui/roomrenderer.h"

#include <QAction>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QMenu>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

#include <chrono>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

/// Pixels of the image inside rect (in canvas units, the image being the canvas scaled) that are near white.
int whitePixels(const QImage &image, const QRectF &canvasRect, int *minX = nullptr, int *maxX = nullptr)
{
    const double scale = image.width() / double(ui::RoomRenderer::CanvasWidth);
    const QRect rect =
        QRectF(canvasRect.x() * scale, canvasRect.y() * scale, canvasRect.width() * scale, canvasRect.height() * scale)
            .toAlignedRect()
            .intersected(image.rect());
    int count = 0;
    int least = image.width();
    int most = -1;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (pixel.red() > 230 && pixel.green() > 230 && pixel.blue() > 230) {
                ++count;
                least = std::min(least, x);
                most = std::max(most, x);
            }
        }
    }
    if (minX) {
        *minX = least;
    }
    if (maxX) {
        *maxX = most;
    }
    return count;
}

} // namespace

/// The room display's caption strip: shown and hidden, the last two lines, clear of the timer strip and of the
/// speaker's countdown in every size, right to left where the caption is; and the console's field and file.
class TestCaptionStrip : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void strip_isHiddenUntilShown();
    void strip_showsTheLastTwoLines();
    void strip_wrapsALongCaption();
    void strip_neverCoversTheTimerStrip_data();
    void strip_neverCoversTheTimerStrip();
    void strip_rightToLeftLine();
    void strip_namesTheSpeakerWhenItChanges();
    void console_typedLineAndFollowedFile();

private:
    void caption(const QString &text, const QString &speaker = {});

    QTemporaryDir m_dir;
    int m_files = 0;
    tests::FakeClock m_clock;
    std::unique_ptr<core::Session> m_session;
    std::unique_ptr<ui::RoomRenderer> m_renderer;
};

void TestCaptionStrip::init()
{
    auto session = core::Session::create(
        m_dir.filePath(u"c%1.moderato"_s.arg(++m_files)), core::ProposalImporter::demoWorkshop().value(), m_clock);
    MODERATO_VERIFY_OK(session);
    m_session = std::move(session).value();
    m_renderer = std::make_unique<ui::RoomRenderer>();
    m_renderer->setSession(m_session.get());
    MODERATO_VERIFY_OK(m_session->start());
}

void TestCaptionStrip::caption(const QString &text, const QString &speaker)
{
    m_clock.advance(2s);
    MODERATO_VERIFY_OK(m_session->addCaption(text, speaker));
}

void TestCaptionStrip::strip_isHiddenUntilShown()
{
    MODERATO_VERIFY_OK(m_session->pinScene(core::Scene::Agenda));
    caption(u"Not on the display yet."_s);
    const QImage hidden = m_renderer->render(QSize(1920, 1080));
    QVERIFY(m_renderer->captionStripRect().isEmpty());
    QVERIFY(m_renderer->captionStripLines().isEmpty());
    MODERATO_VERIFY_OK(m_session->setCaptions(true));
    const QImage shown = m_renderer->render(QSize(1920, 1080));
    const QRectF strip = m_renderer->captionStripRect();
    QVERIFY(!strip.isEmpty());
    QCOMPARE(strip.bottom(), double(ui::RoomRenderer::CanvasHeight)); // the agenda has no timer strip
    QCOMPARE(strip.width(), double(ui::RoomRenderer::CanvasWidth));
    QCOMPARE(m_renderer->captionStripLines().size(), 1);
    QVERIFY(hidden != shown);
    QVERIFY(whitePixels(shown, strip) > 500); // white type on the dark strip
    // Hidden again, and on a blank display, it is gone.
    MODERATO_VERIFY_OK(m_session->setCaptions(false));
    const QImage again = m_renderer->render(QSize(1920, 1080));
    QCOMPARE(whitePixels(again, strip), whitePixels(hidden, strip));
    QVERIFY(m_renderer->captionStripRect().isEmpty());
    MODERATO_VERIFY_OK(m_session->setCaptions(true));
    MODERATO_VERIFY_OK(m_session->setBlank(true));
    static_cast<void>(m_renderer->render(QSize(1920, 1080)));
    QVERIFY(m_renderer->captionStripRect().isEmpty());
}

void TestCaptionStrip::strip_showsTheLastTwoLines()
{
    MODERATO_VERIFY_OK(m_session->pinScene(core::Scene::Speaker));
    MODERATO_VERIFY_OK(m_session->setCaptions(true, core::CaptionSize::Large));
    static_cast<void>(m_renderer->render(QSize(1920, 1080)));
    QVERIFY(m_renderer->captionStripLines().isEmpty()); // shown before anyone spoke: an empty strip
    const QRectF empty = m_renderer->captionStripRect();
    QVERIFY(!empty.isEmpty());
    caption(u"First line."_s);
    caption(u"Second line."_s);
    caption(u"Third line."_s);
    static_cast<void>(m_renderer->render(QSize(1920, 1080)));
    const QList<ui::RoomRenderer::CaptionStripLine> lines = m_renderer->captionStripLines();
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).text, u"Second line."_s);
    QCOMPARE(lines.at(1).text, u"Third line."_s);    // the newest last, at the bottom
    QCOMPARE(m_renderer->captionStripRect(), empty); // the strip does not jump
}

void TestCaptionStrip::strip_wrapsALongCaption()
{
    MODERATO_VERIFY_OK(m_session->setCaptions(true, core::CaptionSize::Large));
    caption(u"Before."_s);
    QString words;
    for (int i = 0; i < 40; ++i) {
        words += u"requirement%1 "_s.arg(i);
    }
    caption(words.trimmed());
    static_cast<void>(m_renderer->render(QSize(1920, 1080)));
    const QList<ui::RoomRenderer::CaptionStripLine> lines = m_renderer->captionStripLines();
    QCOMPARE(lines.size(), 2);
    // Its last two lines: the end of what was said, not its start, and nothing of the caption before.
    QVERIFY(lines.at(1).text.endsWith(u"requirement39"_s));
    QVERIFY(!lines.at(0).text.contains(u"Before"_s));
    QVERIFY(!lines.at(0).text.contains(u"requirement0 "_s));
    QFont font;
    font.setPixelSize(72);
    font.setWeight(QFont::DemiBold);
    for (const auto &line : lines) {
        QVERIFY(QFontMetricsF(font).horizontalAdvance(line.text) <= 1760 + 1);
    }
}

void TestCaptionStrip::strip_neverCoversTheTimerStrip_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<QSize>("pixels");
    for (const auto &[size, name] : {std::pair{core::CaptionSize::Small, "small"},
                                     std::pair{core::CaptionSize::Medium, "medium"},
                                     std::pair{core::CaptionSize::Large, "large"}}) {
        QTest::addRow("%s 1920x1080", name) << int(size) << QSize(1920, 1080);
        QTest::addRow("%s 1280x720", name) << int(size) << QSize(1280, 720);
    }
}

void TestCaptionStrip::strip_neverCoversTheTimerStrip()
{
    QFETCH(int, size);
    QFETCH(QSize, pixels);
    MODERATO_VERIFY_OK(m_session->setCaptions(true, core::CaptionSize(size)));
    caption(u"Baseline requirements along the whole supply chain."_s, u"EVA SCHULZ-KAMM"_s);
    caption(u"Certification helps buyers see who meets them."_s);
    // Over media (a picture), the timer strip stays below the captions.
    QImage png(320, 180, QImage::Format_RGB32);
    png.fill(QColor(0x20, 0x80, 0xC0));
    const QString picture = m_dir.filePath(u"picture.png"_s);
    QVERIFY(png.save(picture, "PNG"));
    auto shown = m_session->addMedia(picture);
    MODERATO_VERIFY_OK(shown);
    MODERATO_VERIFY_OK(m_session->showMedia(shown.value()));
    const QImage media = m_renderer->render(pixels);
    // To look at: MODERATO_CAPTION_SHOTS=DIR keeps each frame as a PNG there.
    if (const QString shots = qEnvironmentVariable("MODERATO_CAPTION_SHOTS"); !shots.isEmpty()) {
        QVERIFY(media.save(u"%1/captions-%2.png"_s.arg(shots, QString::fromLatin1(QTest::currentDataTag()))));
    }
    const QRectF timer = m_renderer->timerStripRect();
    const QRectF strip = m_renderer->captionStripRect();
    QVERIFY(!timer.isEmpty());
    QVERIFY(!strip.isEmpty());
    QVERIFY(!strip.intersects(timer));
    QCOMPARE(strip.bottom(), timer.top());
    QCOMPARE(m_renderer->captionStripLines().size(), 2);
    // The timer strip still shows the same texts (the item and the countdown) in the same places and sizes.
    auto timerTexts = [this, &timer] {
        QStringList texts;
        for (const auto &painted : m_renderer->paintedTexts()) {
            if (timer.contains(painted.rect)) {
                texts.append(u"%1 @%2,%3 %4px"_s.arg(painted.text)
                                 .arg(painted.rect.x())
                                 .arg(painted.rect.y())
                                 .arg(painted.pixelSize));
            }
        }
        return texts;
    };
    const QStringList withCaptions = timerTexts();
    QCOMPARE(withCaptions.size(), 2);
    MODERATO_VERIFY_OK(m_session->setCaptions(false, core::CaptionSize(size)));
    QVERIFY(!m_renderer->render(pixels).isNull());
    QCOMPARE(timerTexts(), withCaptions);
    // On the speaker scene, the strip stays under the countdown (its box ends at 790 on the canvas).
    MODERATO_VERIFY_OK(m_session->setCaptions(true, core::CaptionSize(size)));
    MODERATO_VERIFY_OK(m_session->giveFloor(1));
    MODERATO_VERIFY_OK(m_session->pinScene(core::Scene::Speaker));
    static_cast<void>(m_renderer->render(pixels));
    QVERIFY(m_renderer->timerStripRect().isEmpty());
    QVERIFY(m_renderer->captionStripRect().top() >= 790);
    QCOMPARE(m_renderer->captionStripRect().bottom(), double(ui::RoomRenderer::CanvasHeight));
}

void TestCaptionStrip::strip_rightToLeftLine()
{
    MODERATO_VERIFY_OK(m_session->pinScene(core::Scene::Agenda));
    MODERATO_VERIFY_OK(m_session->setCaptions(true, core::CaptionSize::Medium));
    caption(u"Short English line."_s);
    caption(u"مرحبا بكم في الورشة"_s);
    const QImage image = m_renderer->render(QSize(1920, 1080));
    const QList<ui::RoomRenderer::CaptionStripLine> lines = m_renderer->captionStripLines();
    QCOMPARE(lines.size(), 2);
    QVERIFY(!lines.at(0).rightToLeft);
    QVERIFY(lines.at(1).rightToLeft);
    // Each starts on its own reading side: the English line at the left, the Arabic one at the right.
    const QRectF strip = m_renderer->captionStripRect();
    const double half = strip.height() / 2;
    int minX = 0;
    int maxX = 0;
    QVERIFY(whitePixels(image, {strip.x(), strip.y(), strip.width(), half}, &minX, &maxX) > 100);
    QVERIFY2(minX < 200 && maxX < 1100, qPrintable(u"English from %1 to %2"_s.arg(minX).arg(maxX)));
    QVERIFY(whitePixels(image, {strip.x(), strip.y() + half, strip.width(), half}, &minX, &maxX) > 100);
    QVERIFY2(minX > 900 && maxX > 1700, qPrintable(u"Arabic from %1 to %2"_s.arg(minX).arg(maxX)));
}

void TestCaptionStrip::strip_namesTheSpeakerWhenItChanges()
{
    MODERATO_VERIFY_OK(m_session->setCaptions(true));
    caption(u"Thank you."_s, u"DANIEL BRINKWERTH"_s);
    caption(u"We begin."_s, u"DANIEL BRINKWERTH"_s);
    static_cast<void>(m_renderer->render(QSize(1920, 1080)));
    QVERIFY(m_renderer->captionStripLines().at(0).text.contains(u"DANIEL BRINKWERTH"_s));
    QCOMPARE(m_renderer->captionStripLines().at(1).text, u"We begin."_s);
    caption(u"A question."_s, u"AMINA DIALLO"_s);
    static_cast<void>(m_renderer->render(QSize(1920, 1080)));
    QVERIFY(m_renderer->captionStripLines().at(1).text.contains(u"AMINA DIALLO"_s));
    QVERIFY(m_renderer->captionStripLines().at(1).text.endsWith(u"A question."_s));
}

void TestCaptionStrip::console_typedLineAndFollowedFile()
{
    QWidget console;
    ui::RoomControl room(&console);
    room.setSession(m_session.get());
    ui::CaptionControl *captions = room.captions();
    QVERIFY(room.menu()->actions().contains(captions->menu()->menuAction())); // in the Room display menu
    // Show, and a size, from the menu.
    QAction *show = captions->menu()->findChild<QAction *>(u"actionShowCaptions"_s);
    QVERIFY(show);
    show->trigger();
    QVERIFY(m_session->state().display().captionsShown());
    QAction *large = captions->menu()->findChild<QAction *>(u"actionCaptionsLarge"_s, Qt::FindChildrenRecursively);
    QVERIFY(large);
    large->trigger();
    QCOMPARE(m_session->state().display().captionSize(), core::CaptionSize::Large);
    // A line typed in the field goes out with Enter, and the field is ready for the next.
    QLineEdit *field = captions->lineEdit();
    field->setText(u"Typed by the captioner."_s);
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(m_session->state().report().captions().constLast().turn.text, u"Typed by the captioner."_s);
    QVERIFY(field->text().isEmpty());
    QTest::keyClick(field, Qt::Key_Return); // nothing typed: nothing sent
    QCOMPARE(m_session->state().report().captions().size(), 1);
    // A followed file: what it held is not sent again, what is added is.
    const QString path = m_dir.filePath(u"live%1.txt"_s.arg(m_files));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Said before following.\n");
    }
    MODERATO_VERIFY_OK(captions->followFile(path));
    QAction *stop = captions->menu()->findChild<QAction *>(u"actionStopCaptionFile"_s);
    QVERIFY(stop && stop->isEnabled());
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write(">> EVA SCHULZ-KAMM: From the captioning service.\n");
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_session->state().report().captions().size(), 2, 5000);
    const core::CaptionTurn &fed = m_session->state().report().captions().constLast();
    QCOMPARE(fed.turn.text, u"From the captioning service."_s);
    QCOMPARE(fed.turn.speaker, u"EVA SCHULZ-KAMM"_s);
    stop->trigger();
    QVERIFY(!captions->feed()->isFollowing());
    QVERIFY(!stop->isEnabled());
}

QTEST_MAIN(TestCaptionStrip)
#include "tst_captionstrip.moc"
