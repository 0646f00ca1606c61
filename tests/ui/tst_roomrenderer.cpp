// SPDX-License-Identifier: MIT
#include "core/io/proposalimporter.h"
#include "core/session/session.h"
#include "tests/support/fakeclock.h"
#include "tests/support/helpers.h"
#include "tests/support/hostiletext.h"
#include "ui/countdownwidget.h"
#include "ui/roomdisplaywindow.h"
#include "ui/roomrenderer.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>
#include <QScreen>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <chrono>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4) {
            colours.insert(image.pixel(x, y));
        }
    }
    return int(colours.size());
}

int countNear(const QImage &image, const QColor &colour)
{
    int count = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            const QColor pixel = image.pixelColor(x, y);
            if (std::abs(pixel.red() - colour.red()) < 10 && std::abs(pixel.green() - colour.green()) < 10
                && std::abs(pixel.blue() - colour.blue()) < 10) {
                ++count;
            }
        }
    }
    return count;
}

} // namespace

class TestRoomRenderer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void everyScene_rendersSomething_data();
    void everyScene_rendersSomething();
    void speakerScene_showsOvertimeInRed();
    void pdf_pagesTurnAndRenderDifferently();
    void brokenMedia_showsAPlaceholder_data();
    void brokenMedia_showsAPlaceholder();
    void roomLanguage_isItsOwn();
    void screenRemoved_keepsTheDisplayAsAWindow();
    void letterbox_keepsSixteenByNine();
    void hostileText_staysInItsBox_data();
    void hostileText_staysInItsBox();
    void override_cannotTurnTheHeaderAround();
    void groupsScene_showsEveryGroup_thenReconvenes();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QString writePdf(int pages);

    QTemporaryDir m_dir;
    int m_files = 0;
    tests::FakeClock m_clock;
    std::unique_ptr<core::Session> m_session;
    std::unique_ptr<ui::RoomRenderer> m_renderer;
};

void TestRoomRenderer::init()
{
    auto session = core::Session::create(
        m_dir.filePath(u"r%1.moderato"_s.arg(++m_files)), core::ProposalImporter::demoWorkshop().value(), m_clock);
    MODERATO_VERIFY_OK(session);
    m_session = std::move(session).value();
    m_renderer = std::make_unique<ui::RoomRenderer>();
    m_renderer->setSession(m_session.get());
}

QString TestRoomRenderer::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(bytes);
    }
    return path;
}

QString TestRoomRenderer::writePdf(int pages)
{
    const QString path = m_dir.filePath(u"slides%1.pdf"_s.arg(++m_files));
    QPdfWriter writer(path);
    QPainter painter(&writer);
    for (int page = 0; page < pages; ++page) {
        if (page > 0) {
            writer.newPage();
        }
        // Each page has its own colour, so pages can be told apart in pixels.
        painter.fillRect(painter.viewport(), QColor::fromHsv((page * 67) % 360, 200, 200));
        painter.drawText(painter.viewport(), Qt::AlignCenter, u"Slide %1"_s.arg(page + 1));
    }
    painter.end();
    return path;
}

void TestRoomRenderer::everyScene_rendersSomething_data()
{
    QTest::addColumn<int>("scene");
    QTest::newRow("agenda") << int(core::Scene::Agenda);
    QTest::newRow("speaker") << int(core::Scene::Speaker);
    QTest::newRow("chair") << int(core::Scene::Chair);
    QTest::newRow("media") << int(core::Scene::Media);
    QTest::newRow("takeaways") << int(core::Scene::Takeaways);
    QTest::newRow("message") << int(core::Scene::Message);
}

void TestRoomRenderer::everyScene_rendersSomething()
{
    QFETCH(int, scene);
    MODERATO_VERIFY_OK(m_session->start());
    MODERATO_VERIFY_OK(m_session->giveFloor(1));
    MODERATO_VERIFY_OK(m_session->approveTakeaway(u"Baseline requirements along the whole chain."_s));
    QImage png(320, 180, QImage::Format_RGB32);
    png.fill(QColor(0x20, 0x80, 0xC0));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(png.save(&buffer, "PNG"));
    auto media = m_session->addMedia(write(u"picture.png"_s, bytes));
    MODERATO_VERIFY_OK(media);
    if (core::Scene(scene) == core::Scene::Message) {
        MODERATO_VERIFY_OK(m_session->showMessage(u"Please take your seats"_s));
    } else if (core::Scene(scene) == core::Scene::Media) {
        MODERATO_VERIFY_OK(m_session->showMedia(media.value()));
    } else {
        MODERATO_VERIFY_OK(m_session->pinScene(core::Scene(scene)));
    }
    QCOMPARE(int(m_renderer->scene()), scene);
    const QImage full = m_renderer->render(QSize(1920, 1080));
    QVERIFY2(distinctColours(full) > 8, qPrintable(u"%1 colours"_s.arg(distinctColours(full))));
    const QImage small = m_renderer->render(QSize(384, 216));
    QVERIFY(distinctColours(small) > 4);
    if (core::Scene(scene) == core::Scene::Media) {
        QVERIFY(!m_renderer->mediaFailed());
        QVERIFY(countNear(full, QColor(0x20, 0x80, 0xC0)) > 10000); // the picture itself
    }
    // Blank is black and nothing else.
    MODERATO_VERIFY_OK(m_session->setBlank(true));
    QCOMPARE(distinctColours(m_renderer->render(QSize(1920, 1080))), 1);
}

void TestRoomRenderer::speakerScene_showsOvertimeInRed()
{
    MODERATO_VERIFY_OK(m_session->start());
    auto jean = m_session->findOrAddParticipant(u"Jean Dupont"_s);
    MODERATO_VERIFY_OK(m_session->giveFloor(jean.value()));
    QCOMPARE(m_renderer->scene(), core::Scene::Speaker);
    const QColor red = ui::CountdownWidget::phaseColor(core::Phase::Overtime);
    const QColor amber = ui::CountdownWidget::phaseColor(core::Phase::Warning);
    QCOMPARE(countNear(m_renderer->render(QSize(1920, 1080)), red), 0);
    m_clock.advance(100s);
    QVERIFY(countNear(m_renderer->render(QSize(1920, 1080)), amber) > 1000);
    m_clock.advance(30s);
    const int redPixels = countNear(m_renderer->render(QSize(1920, 1080)), red);
    QVERIFY(redPixels > 1000);
    // The flash at zero covers the room's whole picture, then stops.
    m_renderer->flash();
    QVERIFY(m_renderer->isFlashing());
    const QImage flashed = m_renderer->render(QSize(1920, 1080));
    QVERIFY(flashed.pixelColor(10, 10).red() > 120);
    QTRY_VERIFY_WITH_TIMEOUT(!m_renderer->isFlashing(), 5000);
    QCOMPARE(countNear(m_renderer->render(QSize(1920, 1080)), red), redPixels);
}

void TestRoomRenderer::pdf_pagesTurnAndRenderDifferently()
{
    auto id = m_session->addMedia(writePdf(5));
    MODERATO_VERIFY_OK(id);
    MODERATO_VERIFY_OK(m_session->showMedia(id.value()));
    QCOMPARE(m_renderer->pageCount(), 5);
    const QImage first = m_renderer->render(QSize(960, 540));
    MODERATO_VERIFY_OK(m_session->setMediaPage(3));
    const QImage fourth = m_renderer->render(QSize(960, 540));
    QVERIFY(first != fourth);
    QVERIFY(!m_renderer->mediaFailed());
    // A page beyond the end shows the last one, never crashes.
    MODERATO_VERIFY_OK(m_session->setMediaPage(40));
    QVERIFY(!m_renderer->render(QSize(960, 540)).isNull());
}

void TestRoomRenderer::brokenMedia_showsAPlaceholder_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("truncated png") << u"cut.png"_s
                                   << (QByteArray::fromHex("89504e470d0a1a0a0000000d49484452") + QByteArray(20, 'x'));
    QTest::newRow("pdf header only") << u"empty.pdf"_s << QByteArray("%PDF-1.4\ngarbage garbage\n");
    QTest::newRow("svg that is not") << u"bad.svg"_s
                                     << QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\"><unclosed");
}

void TestRoomRenderer::brokenMedia_showsAPlaceholder()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    auto id = m_session->addMedia(write(name, bytes));
    MODERATO_VERIFY_OK(id);
    MODERATO_VERIFY_OK(m_session->showMedia(id.value()));
    const QImage image = m_renderer->render(QSize(1920, 1080));
    QVERIFY(m_renderer->mediaFailed());
    QVERIFY(distinctColours(image) > 4); // the placeholder with the file's name
    QCOMPARE(m_renderer->pageCount(), 0);
}

void TestRoomRenderer::roomLanguage_isItsOwn()
{
    QCOMPARE(m_renderer->roomText("Agenda"), u"Agenda"_s);
    MODERATO_VERIFY_OK(m_session->setRoomLanguage(u"de"_s));
    QTranslator german;
    QVERIFY(german.load(u":/i18n/moderato_de"_s));
    const QString expected = german.translate("ui::RoomRenderer", "Agenda");
    QVERIFY(!expected.isEmpty());
    QCOMPARE(m_renderer->roomText("Agenda"), expected);
    QCOMPARE(QCoreApplication::translate("ui::RoomRenderer", "Agenda"), u"Agenda"_s); // the console stays English
    QVERIFY(!m_renderer->isRightToLeft());
    MODERATO_VERIFY_OK(m_session->setRoomLanguage(u"ar"_s));
    QVERIFY(m_renderer->isRightToLeft());
    // The heading of the agenda starts on the right in Arabic: its white pixels lie in the right half.
    MODERATO_VERIFY_OK(m_session->pinScene(core::Scene::Agenda));
    const QImage arabic = m_renderer->render(QSize(1920, 1080));
    int left = 0;
    int right = 0;
    for (int y = 100; y < 210; y += 2) {
        for (int x = 0; x < 1920; x += 2) {
            if (arabic.pixelColor(x, y).lightness() > 200) {
                (x < 960 ? left : right) += 1;
            }
        }
    }
    QVERIFY2(right > left * 3, qPrintable(u"left %1, right %2"_s.arg(left).arg(right)));
    QVERIFY(m_renderer->roomText("Key takeaways") != u"Key takeaways"_s);
    MODERATO_VERIFY_OK(m_session->setRoomLanguage(QString()));
    QCOMPARE(m_renderer->roomText("Agenda"), u"Agenda"_s);
}

void TestRoomRenderer::screenRemoved_keepsTheDisplayAsAWindow()
{
    ui::RoomDisplayWindow window(m_renderer.get());
    QScreen *screen = QGuiApplication::primaryScreen();
    QVERIFY(screen);
    window.showOn(screen, nullptr); // "full screen" on the only screen there is
    QVERIFY(window.isOnItsOwnScreen());
    QVERIFY(window.isVisible());
    window.handleScreenRemoved(screen);
    QVERIFY(!window.isOnItsOwnScreen());
    QVERIFY(window.isVisible());
    QVERIFY(!window.isFullScreen());
    QCOMPARE(window.targetScreen(), nullptr);
    window.handleScreenRemoved(nullptr); // nothing to do, nothing breaks
    QVERIFY(window.isVisible());
}

void TestRoomRenderer::letterbox_keepsSixteenByNine()
{
    MODERATO_VERIFY_OK(m_session->showMessage(u"Welcome"_s));
    const QImage tall = m_renderer->render(QSize(800, 800));
    // Bars above and below are black; the canvas between them is not.
    QCOMPARE(tall.pixelColor(400, 10), QColor(Qt::black));
    QVERIFY(tall.pixelColor(10, 400) != QColor(Qt::black));
}

namespace {

/// The demo session with the text as its code and title, the first agenda item's title, a speaker's
/// name and organisation, and a takeaway (which holds at most 1000 characters).
std::unique_ptr<core::Session> hostileSession(const QString &path, const QString &text, const core::Clock &clock)
{
    core::SessionDefinition definition = core::ProposalImporter::demoWorkshop().value();
    definition.code = text;
    definition.title = text;
    QJsonArray items = definition.agenda.toJson();
    QJsonObject first = items.at(0).toObject();
    first.insert(u"title"_s, text);
    items.replace(0, first);
    auto agenda = core::Agenda::fromJson(items);
    if (!agenda) {
        return nullptr;
    }
    definition.agenda = agenda.value();
    auto session = core::Session::create(path, definition, clock);
    if (!session) {
        return nullptr;
    }
    core::Participant speaker = *session.value()->state().floor().participant(1);
    speaker.name = text;
    speaker.organization = text;
    if (!session.value()->updateParticipant(speaker) || !session.value()->approveTakeaway(text.left(1000))
        || !session.value()->start() || !session.value()->giveFloor(1)) {
        return nullptr;
    }
    return std::move(session).value();
}

/// Whether every pixel of the canvas's rectangle (in a 1920x1080 render) has the scene's background colour.
QString notBackground(const QImage &image, const QRect &rect)
{
    const QColor background(0x10, 0x14, 0x18);
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x) {
            if (image.pixelColor(x, y) != background) {
                return u"(%1, %2)"_s.arg(x).arg(y);
            }
        }
    }
    return {};
}

/// The share of pixels that differ between two images of the same size.
double difference(const QImage &a, const QImage &b)
{
    qint64 differing = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            differing += a.pixel(x, y) != b.pixel(x, y) ? 1 : 0;
        }
    }
    return double(differing) / (double(a.width()) * a.height());
}

} // namespace

void TestRoomRenderer::hostileText_staysInItsBox_data()
{
    QTest::addColumn<QString>("text");
    for (const auto &[name, text] : tests::hostileStrings()) {
        QTest::newRow(name) << text;
    }
}

void TestRoomRenderer::hostileText_staysInItsBox()
{
    QFETCH(QString, text);
    auto session = hostileSession(m_dir.filePath(u"h%1.moderato"_s.arg(++m_files)), text, m_clock);
    QVERIFY(session);
    auto plain = hostileSession(m_dir.filePath(u"h%1.moderato"_s.arg(++m_files)), u"Ana"_s, m_clock);
    QVERIFY(plain);
    ui::RoomRenderer renderer;
    renderer.setSession(session.get());
    ui::RoomRenderer plainRenderer;
    plainRenderer.setSession(plain.get());
    QElapsedTimer timer;
    timer.start();
    for (const core::Scene scene : {core::Scene::Agenda,
                                    core::Scene::Speaker,
                                    core::Scene::Chair,
                                    core::Scene::Media,
                                    core::Scene::Takeaways,
                                    core::Scene::Message}) {
        if (scene == core::Scene::Message) {
            MODERATO_VERIFY_OK(session->showMessage(text.left(500))); // a message holds at most 500
            MODERATO_VERIFY_OK(plain->showMessage(u"Ana"_s));
        } else if (scene == core::Scene::Media) {
            QImage picture(160, 90, QImage::Format_RGB32);
            picture.fill(Qt::darkCyan);
            QByteArray bytes;
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            QVERIFY(picture.save(&buffer, "PNG"));
            const QString path = write(u"picture.png"_s, bytes);
            for (core::Session *s : {session.get(), plain.get()}) {
                auto media = s->addMedia(path);
                MODERATO_VERIFY_OK(media);
                MODERATO_VERIFY_OK(s->showMedia(media.value()));
            }
        } else {
            MODERATO_VERIFY_OK(session->pinScene(scene));
            MODERATO_VERIFY_OK(plain->pinScene(scene));
        }
        const QImage image = renderer.render(QSize(1920, 1080));
        const QImage reference = plainRenderer.render(QSize(1920, 1080));
        // Nothing spills into the margins beside the text boxes (the timer strip spans the width at the bottom).
        const QString left = notBackground(image, QRect(0, 0, 70, 960));
        QVERIFY2(left.isEmpty(), qPrintable(u"scene %1: left margin at %2"_s.arg(int(scene)).arg(left)));
        const QString right = notBackground(image, QRect(1850, 0, 70, 960));
        QVERIFY2(right.isEmpty(), qPrintable(u"scene %1: right margin at %2"_s.arg(int(scene)).arg(right)));
        // The figures drawn beside user text look the same whatever the text: the speaker's countdown,
        // the agenda's durations, the timer strip's time.
        const QRect figures = scene == core::Scene::Speaker  ? QRect(80, 330, 1760, 460)
                              : scene == core::Scene::Agenda ? QRect(1600, 260, 240, 700)
                              : scene == core::Scene::Media  ? QRect(1460, 970, 400, 110)
                                                             : QRect();
        if (!figures.isNull()) {
            QVERIFY2(image.copy(figures) == reference.copy(figures), qPrintable(u"scene %1"_s.arg(int(scene))));
        }
    }
    QVERIFY2(timer.elapsed() < 20'000, qPrintable(QString::number(timer.elapsed())));
}

void TestRoomRenderer::override_cannotTurnTheHeaderAround()
{
    // The header shows "code  ·  title": an override left open in the code must not reverse the title.
    auto render = [this](const QString &code, const QString &title) {
        core::SessionDefinition definition = core::ProposalImporter::demoWorkshop().value();
        definition.code = code;
        definition.title = title;
        auto session =
            core::Session::create(m_dir.filePath(u"o%1.moderato"_s.arg(++m_files)), definition, m_clock).value();
        ui::RoomRenderer renderer;
        renderer.setSession(session.get());
        return renderer.render(QSize(1920, 1080)).copy(QRect(0, 40, 1920, 50));
    };
    const QImage hostile = render(u"\u202EWS 12"_s, u"Title 10:00"_s);
    const QImage shown = render(u"21 SW"_s, u"Title 10:00"_s);  // what the override does to its own text
    const QImage leaked = render(u"00:01 eltiT"_s, u"21 SW"_s); // what it would do to the whole line
    QVERIFY2(difference(hostile, shown) < 0.002, qPrintable(QString::number(difference(hostile, shown))));
    QVERIFY(difference(hostile, leaked) > 0.002);
}

void TestRoomRenderer::groupsScene_showsEveryGroup_thenReconvenes()
{
    const QString longQuestion = u"How can governments, industry and civil society agree on baseline security "
                                 u"requirements that every supplier in the chain, small ones included, can meet?"_s;
    const QJsonObject json{
        {u"title"_s, u"Groups"_s},
        {u"policy_questions"_s, QJsonArray{longQuestion}},
        {u"agenda"_s,
         QJsonArray{QJsonObject{{u"title"_s, u"Opening"_s}, {u"kind"_s, u"opening"_s}, {u"minutes"_s, 5}},
                    QJsonObject{{u"title"_s, u"Group work"_s}, {u"kind"_s, u"break_out"_s}, {u"minutes"_s, 20}}}}};
    auto definition = core::SessionDefinition::fromJson(json);
    MODERATO_VERIFY_OK(definition);
    auto created =
        core::Session::create(m_dir.filePath(u"groups%1.moderato"_s.arg(++m_files)), definition.value(), m_clock);
    MODERATO_VERIFY_OK(created);
    m_session = std::move(created).value();
    m_renderer->setSession(m_session.get());
    // Two people at table 1 (one facilitates), 80 at table 2, none online yet.
    auto add = [this](const QString &name) {
        auto id = m_session->execute(core::commands::AddParticipant{QJsonObject{{u"name"_s, name}}});
        return id ? id.value() : 0;
    };
    const int ana = add(u"Ana Lopez"_s);
    const int ben = add(u"Ben Okafor"_s);
    QVERIFY(ana > 0 && ben > 0);
    QJsonArray crowd;
    for (int i = 0; i < 80; ++i) {
        const int id = add(u"Participant number %1"_s.arg(i + 1));
        QVERIFY(id > 0);
        crowd.append(id);
    }
    const int item = m_session->state().agenda().item(1).id;
    const QJsonArray groups{QJsonObject{{u"name"_s, u"Table 1"_s},
                                        {u"policy_question"_s, 0},
                                        {u"place"_s, u"table 1"_s},
                                        {u"facilitator"_s, ana},
                                        {u"members"_s, QJsonArray{ana, ben}}},
                            QJsonObject{{u"name"_s, u"Table 2"_s},
                                        {u"topic"_s, u"Certification"_s},
                                        {u"place"_s, u"left corner"_s},
                                        {u"members"_s, crowd}},
                            QJsonObject{{u"name"_s, u"Online"_s}, {u"topic"_s, u"Costs"_s}, {u"online"_s, true}}};
    MODERATO_VERIFY_OK(m_session->execute(core::commands::SetBreakOut{item, QJsonObject{{u"groups"_s, groups}}}));
    MODERATO_VERIFY_OK(m_session->execute(core::commands::StartClock{}));
    MODERATO_VERIFY_OK(m_session->execute(core::commands::EnterItem{item}));
    m_clock.advance(5min);
    m_session->tick();
    QCOMPARE(m_renderer->scene(), core::Scene::Groups);

    // A painted text without the isolates that keep user text's direction its own.
    auto bare = [](QString text) { return text.remove(QChar(0x2068)).remove(QChar(0x2069)); };
    auto painted = [this, bare](const QString &text) -> const ui::RoomRenderer::PaintedText * {
        for (const auto &p : m_renderer->paintedTexts()) {
            if (bare(p.text) == text) {
                return &p;
            }
        }
        return nullptr;
    };
    QImage frame = m_renderer->render(QSize(1920, 1080));
    QVERIFY(distinctColours(frame) > 8);
    const QRectF canvas(0, 0, 1920, 1080);
    for (const auto &p : m_renderer->paintedTexts()) {
        QVERIFY2(canvas.contains(p.rect), qPrintable(p.text));
    }
    for (const QString &text : {u"Group work"_s,
                                u"Table 1"_s,
                                u"Table 2"_s,
                                u"Online"_s,
                                u"table 1"_s,
                                u"left corner"_s,
                                u"online"_s,
                                u"Facilitator: Ana Lopez"_s,
                                u"Ana Lopez, Ben Okafor"_s,
                                u"80 people"_s, // too many to list
                                u"15:00"_s}) {
        QVERIFY2(painted(text), qPrintable(text));
    }
    // Every topic in one type size, the long question included (it is shrunk for all, not for itself alone).
    const auto *question = painted(longQuestion);
    const auto *certification = painted(u"Certification"_s);
    const auto *costs = painted(u"Costs"_s);
    QVERIFY(question && certification && costs);
    QCOMPARE(certification->pixelSize, question->pixelSize);
    QCOMPARE(costs->pixelSize, question->pixelSize);

    // A policy question carries translations: a topic shows in the room's language, and in both when bilingual.
    const QString french = u"Comment les gouvernements, l'industrie et la société civile peuvent-ils s'accorder ?"_s;
    QVERIFY(!m_session->translateContent(u"question"_s, 1, u"fr"_s, french)); // there is one question only
    MODERATO_VERIFY_OK(m_session->translateContent(u"question"_s, 0, u"fr"_s, french));
    MODERATO_VERIFY_OK(m_session->setRoomSecondLanguage(u"fr"_s));
    frame = m_renderer->render(QSize(1920, 1080));
    QVERIFY(painted(longQuestion + u'\n' + french));
    QVERIFY(painted(u"Certification"_s)); // a free topic is the group's own words
    MODERATO_VERIFY_OK(m_session->setRoomSecondLanguage(QString()));
    MODERATO_VERIFY_OK(m_session->setRoomLanguage(u"fr"_s));
    frame = m_renderer->render(QSize(1920, 1080));
    QVERIFY(painted(french));
    QVERIFY(!painted(longQuestion));
    // The members are separated as the room's language separates a list.
    MODERATO_VERIFY_OK(m_session->setRoomLanguage(u"ar"_s));
    frame = m_renderer->render(QSize(1920, 1080));
    QVERIFY(painted(u"Ana Lopez، Ben Okafor"_s));
    MODERATO_VERIFY_OK(m_session->setRoomLanguage(u"en"_s));

    // At zero: the call to reconvene, with the overtime counting on.
    m_clock.advance(15min + 40s);
    m_session->tick();
    frame = m_renderer->render(QSize(1920, 1080));
    QVERIFY(painted(u"Time to reconvene"_s));
    QVERIFY(!painted(u"Table 1"_s));
    bool overtime = false;
    for (const auto &p : m_renderer->paintedTexts()) {
        overtime = overtime || (p.text.contains(u"0:40"_s) && p.pixelSize >= 200);
    }
    QVERIFY(overtime);
    QVERIFY(countNear(frame, ui::CountdownWidget::phaseColor(core::Phase::Overtime)) > 1000);
}

QTEST_MAIN(TestRoomRenderer)
#include "tst_roomrenderer.moc"
