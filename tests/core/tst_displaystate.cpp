// SPDX-License-Identifier: MIT
#include "core/io/proposalimporter.h"
#include "core/io/replayscript.h"
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
    void secondLanguage_setKeptAndChecked();
    void contentTranslations_addedReplacedRemoved();
    void contentTranslations_refuseWhatCannotBeTranslated();
    void contentTranslations_survivePlayAndReopening();
    void glossary_editedShownAndTranslated();

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

void TestDisplayState::secondLanguage_setKeptAndChecked()
{
    const core::DisplayState &display = m_session->state().display();
    QCOMPARE(display.secondLanguage(), QString());
    MODERATO_VERIFY_OK(m_session->setRoomLanguage(u"en"_s));
    MODERATO_VERIFY_OK(m_session->setRoomSecondLanguage(u"ar"_s));
    QCOMPARE(display.language(), u"en"_s);
    QCOMPARE(display.secondLanguage(), u"ar"_s);
    // Changing the first language keeps the second; the command does the same as the mutator.
    MODERATO_VERIFY_OK(m_session->setRoomLanguage(u"fr"_s));
    QCOMPARE(display.secondLanguage(), u"ar"_s);
    MODERATO_VERIFY_OK(m_session->execute(core::commands::SetRoomSecondLanguage{u"zh_CN"_s}));
    QCOMPARE(display.secondLanguage(), u"zh_CN"_s);
    QCOMPARE(display.language(), u"fr"_s);
    // Only language codes: anything else is refused and changes nothing.
    for (const QString &bad : {u"français"_s, u"fr-FR"_s, u"<b>x</b>"_s, u"e"_s, u"abcd"_s}) {
        QCOMPARE(m_session->setRoomSecondLanguage(bad).error().code, core::ErrorCode::InvalidArgument);
        QCOMPARE(m_session->setRoomLanguage(bad).error().code, core::ErrorCode::InvalidArgument);
    }
    QCOMPARE(display.secondLanguage(), u"zh_CN"_s);
    MODERATO_VERIFY_OK(m_session->setRoomSecondLanguage(QString()));
    QCOMPARE(display.secondLanguage(), QString());
    // The first language alone, as before vocabulary 6: no "second" field is written.
    MODERATO_VERIFY_OK(m_session->setRoomLanguage(u"de"_s));
    QVERIFY(!m_session->events().constLast().data.contains(u"second"_s));
}

void TestDisplayState::contentTranslations_addedReplacedRemoved()
{
    const core::DisplayState &display = m_session->state().display();
    const int item = m_session->state().agenda().item(0).id;
    QCOMPARE(display.translation(u"item"_s, item, u"fr"_s), QString());
    MODERATO_VERIFY_OK(m_session->translateContent(u"item"_s, item, u"fr"_s, u"  Ouverture  "_s));
    QCOMPARE(display.translation(u"item"_s, item, u"fr"_s), u"Ouverture"_s);
    QCOMPARE(display.translation(u"item"_s, item, u"ar"_s), QString()); // no other language appears
    MODERATO_VERIFY_OK(m_session->translateContent(u"item"_s, item, u"ar"_s, u"الافتتاح"_s));
    QCOMPARE(display.translationLanguages(u"item"_s, item), (QStringList{u"ar"_s, u"fr"_s}));
    MODERATO_VERIFY_OK(m_session->translateContent(u"item"_s, item, u"fr"_s, u"Mot d'ouverture"_s));
    QCOMPARE(display.translation(u"item"_s, item, u"fr"_s), u"Mot d'ouverture"_s);
    MODERATO_VERIFY_OK(m_session->translateContent(u"item"_s, item, u"fr"_s, QString()));
    QCOMPARE(display.translation(u"item"_s, item, u"fr"_s), QString());
    QCOMPARE(display.translationLanguages(u"item"_s, item), QStringList{u"ar"_s});

    // A takeaway's translation; the message's goes when the message changes.
    auto takeaway = m_session->approveTakeaway(u"Security by design."_s);
    MODERATO_VERIFY_OK(takeaway);
    MODERATO_VERIFY_OK(
        m_session->translateContent(u"takeaway"_s, takeaway.value(), u"es"_s, u"Seguridad desde el diseño."_s));
    QCOMPARE(display.translation(u"takeaway"_s, takeaway.value(), u"es"_s), u"Seguridad desde el diseño."_s);
    MODERATO_VERIFY_OK(m_session->showMessage(u"Coffee break: back at 11:00"_s));
    MODERATO_VERIFY_OK(m_session->translateContent(u"message"_s, 0, u"fr"_s, u"Pause café : retour à 11 h"_s));
    QCOMPARE(display.translation(u"message"_s, 0, u"fr"_s), u"Pause café : retour à 11 h"_s);
    MODERATO_VERIFY_OK(m_session->showMessage(u"Coffee break: back at 11:00"_s)); // the same message keeps it
    QCOMPARE(display.translation(u"message"_s, 0, u"fr"_s), u"Pause café : retour à 11 h"_s);
    MODERATO_VERIFY_OK(m_session->showMessage(u"Please take your seats"_s));
    QCOMPARE(display.translation(u"message"_s, 0, u"fr"_s), QString());
}

void TestDisplayState::contentTranslations_refuseWhatCannotBeTranslated()
{
    const int item = m_session->state().agenda().item(0).id;
    const qsizetype events = m_session->events().size();
    QCOMPARE(m_session->translateContent(u"note"_s, 1, u"fr"_s, u"x"_s).error().code, core::ErrorCode::InvalidArgument);
    QCOMPARE(m_session->translateContent(u"item"_s, 0, u"fr"_s, u"x"_s).error().code, core::ErrorCode::InvalidArgument);
    QCOMPARE(m_session->translateContent(u"takeaway"_s, 42, u"fr"_s, u"x"_s).error().code,
             core::ErrorCode::InvalidArgument);
    QCOMPARE(m_session->translateContent(u"message"_s, 3, u"fr"_s, u"x"_s).error().code,
             core::ErrorCode::InvalidArgument);
    QCOMPARE(m_session->translateContent(u"item"_s, item, u"French"_s, u"x"_s).error().code,
             core::ErrorCode::InvalidArgument);
    QCOMPARE(m_session->translateContent(u"item"_s, item, u"fr"_s, QString(501, u'x')).error().code,
             core::ErrorCode::InvalidArgument);
    QCOMPARE(m_session->events().size(), events);
    // Hostile text is kept as it was typed: the room display shows it as plain text.
    MODERATO_VERIFY_OK(m_session->translateContent(u"item"_s, item, u"fr"_s, u"<b>Ouverture</b> \u202Etxet"_s));
    QCOMPARE(m_session->state().display().translation(u"item"_s, item, u"fr"_s), u"<b>Ouverture</b> \u202Etxet"_s);
}

void TestDisplayState::contentTranslations_survivePlayAndReopening()
{
    const int item = m_session->state().agenda().item(1).id;
    auto script =
        core::ReplayScript::parse(u"0:00 room-language en\n"
                                  "0:00 room-second-language fr\n"
                                  "0:00 translate --kind item --id %1 --language fr --text \"Tour de table\"\n"
                                  "0:00 translate --kind item --id %1 --language ar --text \"جولة\"\n"_s.arg(item));
    MODERATO_VERIFY_OK(script);
    MODERATO_VERIFY_OK(script.value().run(*m_session, m_clock));
    const QString path = m_session->filePath();
    m_session.reset();
    auto reopened = core::Session::open(path, m_clock);
    MODERATO_VERIFY_OK(reopened);
    const core::DisplayState &display = reopened.value()->state().display();
    QCOMPARE(display.language(), u"en"_s);
    QCOMPARE(display.secondLanguage(), u"fr"_s);
    QCOMPARE(display.translation(u"item"_s, item, u"fr"_s), u"Tour de table"_s);
    QCOMPARE(display.translation(u"item"_s, item, u"ar"_s), u"جولة"_s);
    m_session = std::move(reopened).value();
}

void TestDisplayState::glossary_editedShownAndTranslated()
{
    const core::DisplayState &display = m_session->state().display();
    auto baseline = m_session->setGlossaryTerm(
        0, u"  baseline requirements "_s, u"The minimum security every product must meet."_s);
    MODERATO_VERIFY_OK(baseline);
    auto chain = m_session->setGlossaryTerm(0, u"supply chain"_s, QString());
    MODERATO_VERIFY_OK(chain);
    QCOMPARE(display.glossary().size(), 2);
    QCOMPARE(display.glossary().at(0).term, u"baseline requirements"_s);
    QVERIFY(chain.value() != baseline.value());
    // The same wording again records nothing; a change replaces the term in place.
    const qsizetype events = m_session->events().size();
    MODERATO_VERIFY_OK(m_session->setGlossaryTerm(chain.value(), u"supply chain"_s, QString()));
    QCOMPARE(m_session->events().size(), events);
    MODERATO_VERIFY_OK(m_session->setGlossaryTerm(chain.value(), u"supply chain"_s, u"Everyone who builds a part."_s));
    QCOMPARE(display.glossaryTerm(chain.value())->explanation, u"Everyone who builds a part."_s);
    QCOMPARE(display.glossary().at(1).id, chain.value());
    // Refused: an empty or too long term, an unknown id; nothing changes.
    QCOMPARE(m_session->setGlossaryTerm(0, u"  "_s, u"x"_s).error().code, core::ErrorCode::InvalidArgument);
    QCOMPARE(m_session->setGlossaryTerm(0, QString(121, u'x'), QString()).error().code,
             core::ErrorCode::InvalidArgument);
    QCOMPARE(m_session->setGlossaryTerm(0, u"x"_s, QString(501, u'x')).error().code, core::ErrorCode::InvalidArgument);
    QCOMPARE(m_session->setGlossaryTerm(-1, u"x"_s, QString()).error().code, core::ErrorCode::InvalidArgument);
    QCOMPARE(m_session->setGlossaryTerm(core::GlossaryTerm::MaxId + 1, u"x"_s, QString()).error().code,
             core::ErrorCode::InvalidArgument);
    QCOMPARE(m_session->removeGlossaryTerm(99).error().code, core::ErrorCode::InvalidArgument);
    QCOMPARE(m_session->showGlossaryTerm(99).error().code, core::ErrorCode::InvalidArgument);
    QCOMPARE(display.glossary().size(), 2);
    // A removed term put back with its id (an undo) takes the place its id gives it; new terms count on.
    MODERATO_VERIFY_OK(m_session->removeGlossaryTerm(baseline.value()));
    QCOMPARE(display.glossary().size(), 1);
    auto restored = m_session->setGlossaryTerm(baseline.value(), u"baseline requirements"_s, u"The minimum."_s);
    MODERATO_VERIFY_OK(restored);
    QCOMPARE(restored.value(), baseline.value());
    QCOMPARE(display.glossary().at(0).id, baseline.value());
    QCOMPARE(display.glossary().at(1).id, chain.value());
    MODERATO_VERIFY_OK(m_session->setGlossaryTerm(
        baseline.value(), u"baseline requirements"_s, u"The minimum security every product must meet."_s));

    // One term over the scene; translations of the term and its explanation.
    MODERATO_VERIFY_OK(m_session->showGlossaryTerm(baseline.value()));
    QCOMPARE(display.shownTerm(), baseline.value());
    MODERATO_VERIFY_OK(m_session->translateContent(u"term"_s, baseline.value(), u"fr"_s, u"exigences de base"_s));
    MODERATO_VERIFY_OK(m_session->translateContent(u"explanation"_s, baseline.value(), u"fr"_s, u"Le minimum."_s));
    QCOMPARE(m_session->translateContent(u"term"_s, 77, u"fr"_s, u"x"_s).error().code,
             core::ErrorCode::InvalidArgument);
    // Removing the shown term hides it and takes its translations.
    MODERATO_VERIFY_OK(m_session->removeGlossaryTerm(baseline.value()));
    QCOMPARE(display.shownTerm(), 0);
    QCOMPARE(display.translation(u"term"_s, baseline.value(), u"fr"_s), QString());
    MODERATO_VERIFY_OK(m_session->pinScene(core::Scene::Glossary));
    QCOMPARE(m_session->state().roomScene(), core::Scene::Glossary);

    // The replay verbs, and the whole glossary after reopening.
    auto script =
        core::ReplayScript::parse(u"0:00 glossary-term --term certification --explanation \"A third party checks.\"\n"
                                  "0:00 show-term 3\n"_s);
    MODERATO_VERIFY_OK(script);
    MODERATO_VERIFY_OK(script.value().run(*m_session, m_clock));
    const QString path = m_session->filePath();
    m_session.reset();
    auto reopened = core::Session::open(path, m_clock);
    MODERATO_VERIFY_OK(reopened);
    const core::DisplayState &again = reopened.value()->state().display();
    QCOMPARE(again.glossary().size(), 2);
    QCOMPARE(again.glossary().at(1).term, u"certification"_s);
    QCOMPARE(again.glossary().at(1).id, 3);
    QCOMPARE(again.shownTerm(), 3);
    QCOMPARE(reopened.value()->state().roomScene(), core::Scene::Glossary);
    m_session = std::move(reopened).value();
}

QTEST_GUILESS_MAIN(TestDisplayState)
#include "tst_displaystate.moc"
