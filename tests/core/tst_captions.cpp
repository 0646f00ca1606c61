// SPDX-License-Identifier: MIT
#include "core/io/proposalimporter.h"
#include "core/io/replayscript.h"
#include "core/io/report.h"
#include "core/session/session.h"
#include "core/session/sessiontranscript.h"
#include "tests/support/fakeclock.h"
#include "tests/support/helpers.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

/// Caption lines (caption.line) as turns of the session's transcript, and the caption strip's state
/// (display.captions): the Session mutators, the commands and their roles, and the replay verbs.
class TestCaptions : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void captionLine_becomesATranscriptTurn();
    void captionLine_staysBesideAnImportedTranscript();
    void captionLine_reachesTheDrafter();
    void captionLine_isPlainTextOnOneLine();
    void captionLine_refusesWhatDoesNotFit();
    void displayCaptions_showsHidesAndSizes();
    void commands_captionerMaySendLines();
    void replay_captionVerbs();

private:
    [[nodiscard]] std::unique_ptr<core::Session> create(const QString &name);

    QTemporaryDir m_dir;
    tests::FakeClock m_clock;
};

void TestCaptions::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

std::unique_ptr<core::Session> TestCaptions::create(const QString &name)
{
    auto created = core::Session::create(m_dir.filePath(name), core::ProposalImporter::demoWorkshop().value(), m_clock);
    if (!created) {
        qWarning("%s", qPrintable(tests::describe(created.error())));
        return nullptr;
    }
    return std::move(created).value();
}

void TestCaptions::captionLine_becomesATranscriptTurn()
{
    const QString name = u"turns.moderato"_s;
    int item = 0;
    int daniel = 0;
    qint64 at = 0;
    {
        auto session = create(name);
        QVERIFY(session);
        MODERATO_VERIFY_OK(session->start());
        m_clock.advance(2min);
        item = session->state().currentItemId();
        daniel = session->state().floor().participantByName(u"Daniel Brinkwerth"_s)->id;
        QList<core::Areas> changed;
        connect(session.get(), &core::Session::changed, this, [&changed](core::Areas areas) { changed.append(areas); });
        MODERATO_VERIFY_OK(session->addCaption(u"Welcome to the workshop."_s, u"DANIEL BRINKWERTH"_s));
        at = session->now();
        const core::Event &event = session->events().constLast();
        QCOMPARE(event.type, core::EventType::CaptionLine);
        QCOMPARE(event.data.value(u"text"_s).toString(), u"Welcome to the workshop."_s);
        QCOMPARE(event.data.value(u"speaker"_s).toString(), u"DANIEL BRINKWERTH"_s);
        QVERIFY(!event.data.contains(u"at_ms"_s)); // the event's own time
        QCOMPARE(changed.size(), 1);
        const core::Areas areas = changed.at(0);
        QVERIFY(areas & core::Area::Report);
        QVERIFY(areas & core::Area::Room); // the caption strip shows it
        m_clock.advance(5s);
        // A participant given by id names the speaker.
        MODERATO_VERIFY_OK(session->addCaption(u"Let us begin."_s, {}, daniel));
        QCOMPARE(session->store().eventVocabulary(), 6);
    }
    auto reopened = core::Session::open(m_dir.filePath(name), m_clock, core::SessionStore::Mode::ReadOnly);
    MODERATO_VERIFY_OK(reopened);
    const core::Session &session = *reopened.value();
    const QList<core::CaptionTurn> &captions = session.state().report().captions();
    QCOMPARE(captions.size(), 2);
    QCOMPARE(captions.at(0).turn.text, u"Welcome to the workshop."_s);
    QCOMPARE(captions.at(0).atMs, at);
    QCOMPARE(captions.at(0).turn.line, core::ReportState::FirstCaptionLine);
    QCOMPARE(captions.at(1).turn.speaker, u"Daniel Brinkwerth"_s);
    QCOMPARE(captions.at(1).participant, daniel);
    QCOMPARE(captions.at(1).atMs, at + 5000);
    QCOMPARE(captions.at(1).turn.line, core::ReportState::FirstCaptionLine + 1);
    // Placed in the session like an imported turn: its item, its speaker matched to a participant.
    const QList<core::AlignedTurn> turns = core::SessionTranscript::align(session);
    QCOMPARE(turns.size(), 2);
    QCOMPARE(turns.at(0).atMs, at);
    QCOMPARE(turns.at(0).item, item);
    QCOMPARE(turns.at(0).participant, daniel); // "DANIEL BRINKWERTH" matched
    QCOMPARE(turns.at(0).speaker, u"Daniel Brinkwerth"_s);
    QCOMPARE(turns.at(1).participant, daniel);
}

void TestCaptions::captionLine_staysBesideAnImportedTranscript()
{
    auto session = create(u"beside.moderato"_s);
    QVERIFY(session);
    MODERATO_VERIFY_OK(session->start());
    m_clock.advance(1min);
    MODERATO_VERIFY_OK(session->addCaption(u"Said live."_s));
    const QString transcript = m_dir.filePath(u"minutes.txt"_s);
    {
        QFile file(transcript);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Daniel Brinkwerth: Written afterwards.\nAmina: A second turn.\n");
    }
    MODERATO_VERIFY_OK(session->importTranscript(transcript));
    QCOMPARE(session->state().report().transcript().size(), 2);
    QCOMPARE(session->state().report().captions().size(), 1); // an import does not replace the captions
    const QList<core::AlignedTurn> turns = core::SessionTranscript::align(*session);
    QCOMPARE(turns.size(), 3);
    QCOMPARE(turns.at(2).turn.text, u"Said live."_s);
    QVERIFY(turns.at(2).turn.line > turns.at(1).turn.line); // its line names it without doubt
}

void TestCaptions::captionLine_reachesTheDrafter()
{
    auto session = create(u"drafted.moderato"_s);
    QVERIFY(session);
    MODERATO_VERIFY_OK(session->start());
    const QStringList lines{
        u"We recommend that governments adopt baseline security requirements for connected devices."_s,
        u"Manufacturers should publish how long they will provide security updates for each product."_s,
        u"Certification schemes must be mutually recognised so that small suppliers can afford them."_s,
        u"Buyers should demand a software bill of materials for every product they purchase."_s,
    };
    for (const QString &line : lines) {
        m_clock.advance(30s);
        MODERATO_VERIFY_OK(session->addCaption(line, u"EVA SCHULZ-KAMM"_s));
    }
    // The drafter sees the captions without an import: its sentences name their caption lines.
    const core::Draft draft = core::Report::draftFor(*session);
    QList<int> cited;
    for (const QList<core::DraftSentence> *sentences :
         {&draft.summarySentences, &draft.takeaways, &draft.callsToAction}) {
        for (const core::DraftSentence &sentence : *sentences) {
            cited += sentence.lines;
        }
    }
    QVERIFY2(!cited.isEmpty(), "nothing was drafted from the captions");
    for (int line : std::as_const(cited)) {
        QVERIFY(line >= core::ReportState::FirstCaptionLine);
        QVERIFY(line < core::ReportState::FirstCaptionLine + lines.size());
    }
}

void TestCaptions::captionLine_isPlainTextOnOneLine()
{
    auto session = create(u"plain.moderato"_s);
    QVERIFY(session);
    MODERATO_VERIFY_OK(session->addCaption(u"  two\nlines\tand a bell\x07 "_s, u"A\nB"_s));
    const core::CaptionTurn &caption = session->state().report().captions().constLast();
    QCOMPARE(caption.turn.text, u"two lines and a bell\uFFFD"_s);
    QCOMPARE(caption.turn.speaker, u"A B"_s);
    // Too long: cut to the longest line.
    MODERATO_VERIFY_OK(session->addCaption(QString(5000, u'x')));
    QCOMPARE(session->state().report().captions().constLast().turn.text.size(), core::ReportState::MaxCaptionChars);
}

void TestCaptions::captionLine_refusesWhatDoesNotFit()
{
    auto session = create(u"refused.moderato"_s);
    QVERIFY(session);
    const qsizetype before = session->events().size();
    QVERIFY(!session->addCaption(u"   "_s).has_value());
    QVERIFY(!session->addCaption(QString()).has_value());
    QVERIFY(!session->addCaption(u"Hello"_s, {}, 999).has_value());                      // nobody has that id
    QVERIFY(!session->addCaption(u"Hello"_s, {}, 0, session->now() + 1000).has_value()); // not said yet
    QCOMPARE(session->events().size(), before);
    // A log written elsewhere cannot bring a line break or a control character either.
    core::SessionState state = session->state();
    core::Event event;
    event.seq = before + 1;
    event.sessionMs = session->now();
    event.type = core::EventType::CaptionLine;
    event.data = {{u"text"_s, u"two\nlines"_s}};
    QVERIFY(!state.apply(event).has_value());
    event.data = {{u"text"_s, u"bell\x07"_s}};
    QVERIFY(!state.apply(event).has_value());
    event.data = {{u"text"_s, QString(core::ReportState::MaxCaptionChars + 1, u'x')}};
    QVERIFY(!state.apply(event).has_value());
    event.data = {{u"text"_s, u"fine"_s}, {u"participant"_s, -2}};
    QVERIFY(!state.apply(event).has_value());
    event.data = {{u"text"_s, u"fine"_s}};
    MODERATO_VERIFY_OK(state.apply(event));
}

void TestCaptions::displayCaptions_showsHidesAndSizes()
{
    auto session = create(u"strip.moderato"_s);
    QVERIFY(session);
    QVERIFY(!session->state().display().captionsShown());
    QCOMPARE(session->state().display().captionSize(), core::CaptionSize::Medium);
    MODERATO_VERIFY_OK(session->setCaptions(true, core::CaptionSize::Large));
    const core::Event &event = session->events().constLast();
    QCOMPARE(event.type, core::EventType::DisplayCaptions);
    QCOMPARE(event.data.value(u"shown"_s).toBool(), true);
    QCOMPARE(event.data.value(u"size"_s).toString(), u"large"_s);
    QVERIFY(session->state().display().captionsShown());
    QCOMPARE(session->state().display().captionSize(), core::CaptionSize::Large);
    MODERATO_VERIFY_OK(session->execute(core::commands::SetCaptions{false, u"small"_s}));
    QVERIFY(!session->state().display().captionsShown());
    QCOMPARE(session->state().display().captionSize(), core::CaptionSize::Small);
    // An empty size is medium; an unknown one is refused.
    MODERATO_VERIFY_OK(session->execute(core::commands::SetCaptions{true, {}}));
    QCOMPARE(session->state().display().captionSize(), core::CaptionSize::Medium);
    const qsizetype before = session->events().size();
    QVERIFY(!session->execute(core::commands::SetCaptions{true, u"huge"_s}).has_value());
    QCOMPARE(session->events().size(), before);
    core::SessionState state = session->state();
    core::Event hand;
    hand.seq = before + 1;
    hand.sessionMs = session->now();
    hand.type = core::EventType::DisplayCaptions;
    hand.data = {{u"shown"_s, true}, {u"size"_s, u"huge"_s}};
    QVERIFY(!state.apply(hand).has_value());
    // After the session's end the strip still follows the console, like the rest of the room display.
    MODERATO_VERIFY_OK(session->start());
    MODERATO_VERIFY_OK(session->end());
    MODERATO_VERIFY_OK(session->setCaptions(false));
    MODERATO_VERIFY_OK(session->addCaption(u"Closing words."_s));
}

void TestCaptions::commands_captionerMaySendLines()
{
    using core::TeamRole;
    const core::Command line = core::commands::AddCaption{u"Hello"_s, {}, 0};
    const core::Command strip = core::commands::SetCaptions{true, {}};
    QVERIFY(core::CommandCatalogue::mayIssue(TeamRole::Captioner, line));
    QVERIFY(core::CommandCatalogue::mayIssue(TeamRole::Captioner, strip));
    QVERIFY(core::CommandCatalogue::mayIssue(TeamRole::OnsiteModerator, line));
    QVERIFY(core::CommandCatalogue::mayIssue(TeamRole::Rapporteur, line));
    QVERIFY(!core::CommandCatalogue::mayIssue(TeamRole::Observer, line));
    QVERIFY(!core::CommandCatalogue::mayIssue(TeamRole::RoomDisplay, line));
    QVERIFY(!core::CommandCatalogue::mayIssue(TeamRole::Captioner, core::commands::StartClock{}));
    QCOMPARE(core::teamRoleFromKey(u"captioner"), std::optional(TeamRole::Captioner));
    // In JSON, as a device sends it.
    auto parsed = core::CommandCatalogue::fromJson(
        {{u"command"_s, u"caption"_s}, {u"text"_s, u"From the captioner"_s}, {u"speaker"_s, u"LI WEI"_s}});
    MODERATO_VERIFY_OK(parsed);
    QVERIFY(!core::CommandCatalogue::fromJson({{u"command"_s, u"caption"_s}, {u"text"_s, u"  "_s}}).has_value());
    QVERIFY(!core::CommandCatalogue::fromJson({{u"command"_s, u"caption"_s}}).has_value());
    QVERIFY(
        !core::CommandCatalogue::fromJson({{u"command"_s, u"caption"_s}, {u"text"_s, u"x"_s}, {u"participant"_s, -1}})
             .has_value());
    auto session = create(u"roles.moderato"_s);
    QVERIFY(session);
    auto done = session->execute(parsed.value(), TeamRole::Captioner);
    MODERATO_VERIFY_OK(done);
    QCOMPARE(session->state().report().captions().constLast().turn.speaker, u"LI WEI"_s);
    QVERIFY(!session->execute(parsed.value(), TeamRole::Observer).has_value());
}

void TestCaptions::replay_captionVerbs()
{
    const auto script =
        core::ReplayScript::parse(u"0:00 start\n"
                                  "0:05 captions yes --size large\n"
                                  "0:10 caption \"Welcome, everyone.\" --speaker \"DANIEL BRINKWERTH\"\n"
                                  "0:20 caption \"Thank you.\" --participant \"Eva Schulz-Kamm\"\n"
                                  "0:30 captions no\n"_s);
    MODERATO_VERIFY_OK(script);
    QCOMPARE(script.value().actions().at(2).command.value(u"command"_s).toString(), u"caption"_s);
    tests::FakeClock clock;
    auto created = core::Session::create(
        m_dir.filePath(u"replay.moderato"_s), core::ProposalImporter::demoWorkshop().value(), clock);
    MODERATO_VERIFY_OK(created);
    core::Session &session = *created.value();
    MODERATO_VERIFY_OK(script.value().run(session, clock));
    const QList<core::CaptionTurn> &captions = session.state().report().captions();
    QCOMPARE(captions.size(), 2);
    QCOMPARE(captions.at(0).turn.text, u"Welcome, everyone."_s);
    QCOMPARE(captions.at(0).turn.speaker, u"DANIEL BRINKWERTH"_s);
    QCOMPARE(captions.at(0).atMs, session.state().startedAtMs() + 10'000);
    QCOMPARE(captions.at(1).turn.speaker, u"Eva Schulz-Kamm"_s);
    QCOMPARE(captions.at(1).participant, session.state().floor().participantByName(u"Eva Schulz-Kamm"_s)->id);
    QVERIFY(!session.state().display().captionsShown());
    QCOMPARE(session.state().display().captionSize(), core::CaptionSize::Medium); // "captions no" without a size
    // A caption without its text, or with a size that is none, stops the script before anything runs.
    for (const QString &bad : {u"0:00 caption\n"_s, u"0:00 captions yes --size huge\n"_s}) {
        const auto refused = core::ReplayScript::parse(bad);
        if (bad.contains(u"huge"_s)) {
            // The size is checked when the line runs (the catalogue knows no sizes); parsing accepts it.
            MODERATO_VERIFY_OK(refused);
            tests::FakeClock other;
            auto second = core::Session::create(
                m_dir.filePath(u"replay2.moderato"_s), core::ProposalImporter::demoWorkshop().value(), other);
            MODERATO_VERIFY_OK(second);
            const auto ran = refused.value().run(*second.value(), other);
            QVERIFY(!ran.has_value());
            QVERIFY2(ran.error().detail.startsWith(u"line 1:"_s), qPrintable(ran.error().detail));
            continue;
        }
        QVERIFY(!refused.has_value());
        QVERIFY2(refused.error().detail.startsWith(u"line 1:"_s), qPrintable(refused.error().detail));
    }
}

QTEST_GUILESS_MAIN(TestCaptions)
#include "tst_captions.moc"
