// SPDX-License-Identifier: MIT
#include "core/io/proposalimporter.h"
#include "core/session/session.h"
#include "tests/support/fakeclock.h"
#include "tests/support/helpers.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

// The first bytes of each format are enough for the type to be recognised, as a real file would be.
const QByteArray PngBytes = QByteArray::fromHex("89504e470d0a1a0a0000000d49484452") + QByteArray(64, '\0');
const QByteArray SvgBytes =
    R"(<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>)";
const QByteArray PdfBytes = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n";

} // namespace

class TestDisplayState : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void automaticScene_followsTheSession();
    void pinnedAndBlank_overrideTheSession();
    void media_addedStoredAndShown_data();
    void media_addedStoredAndShown();
    void media_refusesUnknownAndTooLarge();
    void media_travelsInsideTheSessionFile();
    void media_removed_unpinsItsScene();
    void takeaways_andMessages();
    void takeaway_editedAndCommented_survivesReopening();
    void display_staysUsableAfterTheEnd();

private:
    QString write(const QString &name, const QByteArray &bytes);

    QTemporaryDir m_dir;
    int m_files = 0;
    tests::FakeClock m_clock;
    std::unique_ptr<core::Session> m_session;
};

void TestDisplayState::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    auto session = core::Session::create(
        m_dir.filePath(u"d%1.moderato"_s.arg(++m_files)), core::ProposalImporter::demoWorkshop().value(), m_clock);
    MODERATO_VERIFY_OK(session);
    m_session = std::move(session).value();
}

QString TestDisplayState::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(bytes);
    }
    return path;
}

void TestDisplayState::automaticScene_followsTheSession()
{
    const core::SessionState &state = m_session->state();
    QCOMPARE(state.roomScene(), core::Scene::Agenda);
    MODERATO_VERIFY_OK(m_session->start());
    QCOMPARE(state.roomScene(), core::Scene::Agenda);
    MODERATO_VERIFY_OK(m_session->giveFloor(1));
    QCOMPARE(state.roomScene(), core::Scene::Speaker);
    MODERATO_VERIFY_OK(m_session->openChair());
    QCOMPARE(state.roomScene(), core::Scene::Chair); // the invitation wins over the speaker
    auto marta = m_session->findOrAddParticipant(u"Marta Ruiz"_s);
    MODERATO_VERIFY_OK(m_session->takeChair(marta.value()));
    QCOMPARE(state.roomScene(), core::Scene::Chair);
    MODERATO_VERIFY_OK(m_session->closeChair());
    QCOMPARE(state.roomScene(), core::Scene::Agenda); // nobody holds the floor after the chair
}

void TestDisplayState::pinnedAndBlank_overrideTheSession()
{
    const core::SessionState &state = m_session->state();
    MODERATO_VERIFY_OK(m_session->start());
    MODERATO_VERIFY_OK(m_session->giveFloor(1));
    MODERATO_VERIFY_OK(m_session->pinScene(core::Scene::Agenda));
    QCOMPARE(state.roomScene(), core::Scene::Agenda);
    MODERATO_VERIFY_OK(m_session->setBlank(true));
    QCOMPARE(state.roomScene(), core::Scene::Blank);
    MODERATO_VERIFY_OK(m_session->setBlank(false));
    QCOMPARE(state.roomScene(), core::Scene::Agenda);
    MODERATO_VERIFY_OK(m_session->unpinScene());
    QCOMPARE(state.roomScene(), core::Scene::Speaker);
    QCOMPARE(m_session->pinScene(core::Scene::Media).error().code, core::ErrorCode::InvalidState); // nothing chosen
    QCOMPARE(m_session->pinScene(core::Scene::Blank).error().code, core::ErrorCode::InvalidArgument);
    QCOMPARE(m_session->setMediaPage(2).error().code, core::ErrorCode::InvalidArgument);
}

void TestDisplayState::media_addedStoredAndShown_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("kind");
    QTest::newRow("png") << u"map.png"_s << PngBytes << int(core::MediaKind::Image);
    QTest::newRow("png named .jpg") << u"photo.jpg"_s << PngBytes << int(core::MediaKind::Image);
    QTest::newRow("svg") << u"chart.svg"_s << SvgBytes << int(core::MediaKind::Svg);
    QTest::newRow("pdf without extension") << u"slides"_s << PdfBytes << int(core::MediaKind::Pdf);
}

void TestDisplayState::media_addedStoredAndShown()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(int, kind);
    auto id = m_session->addMedia(write(name, bytes));
    MODERATO_VERIFY_OK(id);
    const core::MediaItem *item = m_session->state().display().mediaItem(id.value());
    QVERIFY(item);
    QCOMPARE(int(item->kind), kind);
    QCOMPARE(item->name, name);
    QCOMPARE(item->size, bytes.size());
    QCOMPARE(m_session->mediaData(id.value()).value(), bytes);
    MODERATO_VERIFY_OK(m_session->showMedia(id.value()));
    QCOMPARE(m_session->state().roomScene(), core::Scene::Media);
    MODERATO_VERIFY_OK(m_session->setMediaPage(3));
    QCOMPARE(m_session->state().display().page(), 3);
}

void TestDisplayState::media_refusesUnknownAndTooLarge()
{
    const auto events = m_session->events().size();
    QCOMPARE(m_session->addMedia(write(u"notes.txt"_s, "Speaker 1: Eva\n")).error().code,
             core::ErrorCode::InvalidArgument);
    QCOMPARE(m_session->addMedia(m_dir.filePath(u"missing.png"_s)).error().code, core::ErrorCode::FileNotFound);
    QCOMPARE(m_session->addMedia(m_dir.path()).error().code, core::ErrorCode::InvalidArgument);
    // A sparse file just over the limit: refused before it is read.
    const QString huge = m_dir.filePath(u"huge.mp4"_s);
    QFile file(huge);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(core::SessionStore::MaxMediaBytes + 1));
    file.close();
    const auto tooLarge = m_session->addMedia(huge);
    QVERIFY(!tooLarge.has_value());
    QVERIFY2(tooLarge.error().detail.contains(u"huge.mp4"_s), qPrintable(tooLarge.error().detail));
    QCOMPARE(m_session->events().size(), events);
    QVERIFY(m_session->state().display().media().isEmpty());
}

void TestDisplayState::media_travelsInsideTheSessionFile()
{
    auto id = m_session->addMedia(write(u"chart.svg"_s, SvgBytes));
    MODERATO_VERIFY_OK(id);
    MODERATO_VERIFY_OK(m_session->showMedia(id.value()));
    const QString path = m_session->filePath();
    m_session.reset();
    QVERIFY(QFile::remove(m_dir.filePath(u"chart.svg"_s))); // the original is gone
    const QString moved = m_dir.filePath(u"moved.moderato"_s);
    QVERIFY(QFile::rename(path, moved));
    auto reopened = core::Session::open(moved, m_clock);
    MODERATO_VERIFY_OK(reopened);
    QCOMPARE(reopened.value()->mediaData(id.value()).value(), SvgBytes);
    QCOMPARE(reopened.value()->state().roomScene(), core::Scene::Media);
    QCOMPARE(reopened.value()->mediaData(99).error().code, core::ErrorCode::FileNotFound);
}

void TestDisplayState::media_removed_unpinsItsScene()
{
    auto id = m_session->addMedia(write(u"slides.pdf"_s, PdfBytes));
    MODERATO_VERIFY_OK(id);
    MODERATO_VERIFY_OK(m_session->showMedia(id.value()));
    MODERATO_VERIFY_OK(m_session->removeMedia(id.value()));
    QCOMPARE(m_session->state().roomScene(), core::Scene::Agenda);
    QCOMPARE(m_session->state().display().mediaId(), 0);
    QCOMPARE(m_session->removeMedia(id.value()).error().code, core::ErrorCode::InvalidArgument);
}

void TestDisplayState::takeaways_andMessages()
{
    auto first = m_session->approveTakeaway(u"  Baseline requirements along the whole chain.  "_s);
    MODERATO_VERIFY_OK(first);
    MODERATO_VERIFY_OK(m_session->approveTakeaway(u"<b>Not bold</b>"_s));
    const core::DisplayState &display = m_session->state().display();
    QCOMPARE(display.takeaways().size(), 2);
    QCOMPARE(display.takeaways().at(0).text, u"Baseline requirements along the whole chain."_s);
    QCOMPARE(display.takeaways().at(1).text, u"<b>Not bold</b>"_s);
    MODERATO_VERIFY_OK(m_session->withdrawTakeaway(first.value()));
    QCOMPARE(display.takeaways().size(), 1);
    QVERIFY(!m_session->approveTakeaway(u"   "_s).has_value());
    MODERATO_VERIFY_OK(m_session->showMessage(u"Please take your seats"_s));
    QCOMPARE(m_session->state().roomScene(), core::Scene::Message);
    QCOMPARE(display.message(), u"Please take your seats"_s);
    QCOMPARE(m_session->showMessage(QString(501, u'x')).error().code, core::ErrorCode::InvalidArgument);
    MODERATO_VERIFY_OK(m_session->setRoomLanguage(u"ar"_s));
    QCOMPARE(display.language(), u"ar"_s);
}

void TestDisplayState::takeaway_editedAndCommented_survivesReopening()
{
    auto first = m_session->approveTakeaway(u"Baseline requirements along the chain."_s);
    MODERATO_VERIFY_OK(first);
    auto second = m_session->approveTakeaway(u"Certification must be affordable."_s);
    MODERATO_VERIFY_OK(second);
    const qsizetype events = m_session->events().size();
    // Rewording: the room display reads the new text; the same text again records nothing.
    MODERATO_VERIFY_OK(m_session->editTakeaway(first.value(), u"  Baseline requirements along the whole chain.  "_s));
    QCOMPARE(m_session->state().display().takeaway(first.value())->text,
             u"Baseline requirements along the whole chain."_s);
    MODERATO_VERIFY_OK(m_session->editTakeaway(first.value(), u"Baseline requirements along the whole chain."_s));
    QCOMPARE(m_session->events().size(), events + 1);
    QCOMPARE(m_session->editTakeaway(99, u"x"_s).error().code, core::ErrorCode::InvalidArgument);
    QCOMPARE(m_session->editTakeaway(first.value(), u"   "_s).error().code, core::ErrorCode::InvalidArgument);
    QCOMPARE(m_session->editTakeaway(first.value(), QString(1001, u'x')).error().code,
             core::ErrorCode::InvalidArgument);

    // Comments from the room: named or not, kept as plain text with their time.
    const int speaker = m_session->state().floor().participants().constFirst().id;
    m_clock.advance(2min);
    MODERATO_VERIFY_OK(
        m_session->commentOnTakeaway(second.value(), u"<i>Small firms</i> cannot pay for it."_s, speaker));
    MODERATO_VERIFY_OK(m_session->commentOnTakeaway(second.value(), u"Who certifies the certifiers?"_s));
    QCOMPARE(m_session->commentOnTakeaway(second.value(), u"x"_s, 9999).error().code, core::ErrorCode::InvalidArgument);
    QCOMPARE(m_session->commentOnTakeaway(77, u"x"_s).error().code, core::ErrorCode::InvalidArgument);
    QCOMPARE(m_session->commentOnTakeaway(second.value(), u" "_s).error().code, core::ErrorCode::InvalidArgument);
    const auto commented = m_session->execute(core::commands::CommentOnTakeaway{second.value(), u"Agreed."_s, -3});
    QVERIFY(!commented.has_value());
    QCOMPARE(m_session->state().display().takeaway(second.value())->comments.size(), 2);

    // Withdrawing one takes its comments with it; the other keeps its wording after reopening.
    MODERATO_VERIFY_OK(m_session->withdrawTakeaway(first.value()));
    const QString path = m_session->filePath();
    m_session.reset();
    auto reopened = core::Session::open(path, m_clock);
    MODERATO_VERIFY_OK(reopened);
    const core::DisplayState &display = reopened.value()->state().display();
    QCOMPARE(display.takeaways().size(), 1);
    const core::Takeaway *kept = display.takeaway(second.value());
    QVERIFY(kept);
    QCOMPARE(kept->comments.size(), 2);
    QCOMPARE(kept->comments.at(0).text, u"<i>Small firms</i> cannot pay for it."_s);
    QCOMPARE(kept->comments.at(0).participant, speaker);
    QVERIFY(kept->comments.at(0).atMs >= 120'000);
    QCOMPARE(kept->comments.at(1).participant, 0);
    m_session = std::move(reopened).value();
}

void TestDisplayState::display_staysUsableAfterTheEnd()
{
    MODERATO_VERIFY_OK(m_session->start());
    m_clock.advance(5min);
    MODERATO_VERIFY_OK(m_session->end());
    MODERATO_VERIFY_OK(m_session->approveTakeaway(u"Shared at the end"_s));
    MODERATO_VERIFY_OK(m_session->pinScene(core::Scene::Takeaways));
    QCOMPARE(m_session->state().roomScene(), core::Scene::Takeaways);
}

QTEST_GUILESS_MAIN(TestDisplayState)
#include "tst_displaystate.moc"
