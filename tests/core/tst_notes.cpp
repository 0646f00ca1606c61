// SPDX-License-Identifier: MIT
#include "core/io/proposalimporter.h"
#include "core/io/replayscript.h"
#include "core/models/notesmodel.h"
#include "core/session/session.h"
#include "tests/support/fakeclock.h"
#include "tests/support/helpers.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class TestNotes : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void note_isStampedWhenTypingBegan();
    void note_inTheEmptyChair_isTheOccupants();
    void tags_andPolicyQuestions();
    void editDeleteRestore();
    void badNotes_areRefused_data();
    void badNotes_areRefused();
    void search_fullText_data();
    void search_fullText();
    void search_survivesReopening();
    void model_filters();
    void replay_noteVerb();

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    tests::FakeClock m_clock;
    std::unique_ptr<core::Session> m_session;
};

void TestNotes::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_clock = tests::FakeClock();
    auto session = core::Session::create(
        m_dir.filePath(u"n%1.moderato"_s.arg(++m_files)), core::ProposalImporter::demoWorkshop().value(), m_clock);
    MODERATO_VERIFY_OK(session);
    m_session = std::move(session).value();
    MODERATO_VERIFY_OK(m_session->start());
}

void TestNotes::note_isStampedWhenTypingBegan()
{
    m_clock.advance(9min);
    const qint64 typingBegan = m_session->now(); // the introduction, Daniel speaking
    MODERATO_VERIFY_OK(m_session->giveFloor(4));
    m_clock.advance(2min);
    MODERATO_VERIFY_OK(m_session->next()); // Eva's item starts while the rapporteur still types
    MODERATO_VERIFY_OK(m_session->giveFloor(1));
    m_clock.advance(20s);
    auto id = m_session->addNote(u"The moderator frames the supply chain question"_s, {}, typingBegan + 30'000);
    MODERATO_VERIFY_OK(id);
    const core::Note *note = m_session->state().notes().note(id.value());
    QCOMPARE(note->typedAtMs, typingBegan + 30'000);
    QCOMPARE(note->itemId, 1);   // the introduction, not Eva's item
    QCOMPARE(note->holderId, 4); // Daniel held the floor then
    QCOMPARE(note->wallMs, m_session->wallMsAt(typingBegan + 30'000));
    auto now = m_session->addNote(u"Eva opens with baseline requirements"_s, {});
    MODERATO_VERIFY_OK(now);
    QCOMPARE(m_session->state().notes().note(now.value())->holderId, 1);
    QCOMPARE(m_session->state().notes().note(now.value())->itemId, 3);
}

void TestNotes::note_inTheEmptyChair_isTheOccupants()
{
    MODERATO_VERIFY_OK(m_session->openChair());
    auto marta = m_session->findOrAddParticipant(u"Marta Ruiz"_s);
    MODERATO_VERIFY_OK(m_session->takeChair(marta.value()));
    m_clock.advance(30s);
    auto id = m_session->addNote(u"Who pays for certification?"_s, {core::NoteTag::Question});
    const core::Note *note = m_session->state().notes().note(id.value());
    QCOMPARE(note->holderId, marta.value());
    QVERIFY(note->fromChair);
}

void TestNotes::tags_andPolicyQuestions()
{
    auto id = m_session->addNote(u"Ask regulators for one checklist"_s,
                                 {core::NoteTag::CallToAction, core::NoteTag::Quote, core::NoteTag::CallToAction},
                                 -1,
                                 2);
    MODERATO_VERIFY_OK(id);
    const core::Note *note = m_session->state().notes().note(id.value());
    QCOMPARE(note->tags, (QList<core::NoteTag>{core::NoteTag::CallToAction, core::NoteTag::Quote}));
    QCOMPARE(note->policyQuestion, 2);
    QCOMPARE(m_session->addNote(u"x"_s, {}, -1, 4).error().code, core::ErrorCode::InvalidArgument); // 4 questions: 0–3
    QCOMPARE(core::allNoteTags().size(), 6);
}

void TestNotes::editDeleteRestore()
{
    auto id = m_session->addNote(u"first wording"_s, {});
    MODERATO_VERIFY_OK(m_session->editNote(id.value(), u"second wording"_s, {core::NoteTag::Agreement}, -1));
    const core::NoteState &notes = m_session->state().notes();
    QCOMPARE(notes.note(id.value())->text, u"second wording"_s);
    MODERATO_VERIFY_OK(m_session->deleteNote(id.value()));
    QVERIFY(notes.note(id.value())->deleted);
    QCOMPARE(m_session->editNote(id.value(), u"x"_s, {}, -1).error().code, core::ErrorCode::InvalidArgument);
    QCOMPARE(m_session->deleteNote(id.value()).error().code, core::ErrorCode::InvalidArgument);
    MODERATO_VERIFY_OK(m_session->restoreNote(id.value()));
    QVERIFY(!notes.note(id.value())->deleted);
    QCOMPARE(notes.note(id.value())->text, u"second wording"_s);
}

void TestNotes::badNotes_areRefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << u"   \n\t"_s;
    QTest::newRow("too long") << QString(core::NoteState::MaxNoteLength + 1, u'a');
}

void TestNotes::badNotes_areRefused()
{
    QFETCH(QString, text);
    const auto events = m_session->events().size();
    QVERIFY(!m_session->addNote(text, {}).has_value());
    QCOMPARE(m_session->events().size(), events);
}

void TestNotes::search_fullText_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QList<int>>("expected");
    QTest::newRow("one word") << u"certification"_s << QList<int>{2};
    QTest::newRow("prefix") << u"certif"_s << QList<int>{2};
    QTest::newRow("two words, both needed") << u"small suppliers"_s << QList<int>{2};
    QTest::newRow("case and accents") << u"CAFE"_s << QList<int>{3};
    QTest::newRow("no match") << u"blockchain"_s << QList<int>{};
    QTest::newRow("fts syntax is just text") << u"\"supply\" OR NEAR(x* -"_s << QList<int>{};
    QTest::newRow("punctuation only") << u"*** ()"_s << QList<int>{};
    QTest::newRow("deleted notes never match") << u"deleted"_s << QList<int>{};
}

void TestNotes::search_fullText()
{
    QFETCH(QString, query);
    QFETCH(QList<int>, expected);
    MODERATO_VERIFY_OK(m_session->addNote(u"Supply chain security needs baseline requirements"_s, {}));
    MODERATO_VERIFY_OK(m_session->addNote(u"Small suppliers cannot afford certification"_s, {}));
    MODERATO_VERIFY_OK(m_session->addNote(u"Discussion moved to the café"_s, {}));
    auto deleted = m_session->addNote(u"This note was deleted"_s, {});
    MODERATO_VERIFY_OK(m_session->deleteNote(deleted.value()));
    auto found = m_session->searchNotes(query);
    MODERATO_VERIFY_OK(found);
    QCOMPARE(found.value(), expected);
}

void TestNotes::search_survivesReopening()
{
    MODERATO_VERIFY_OK(m_session->addNote(u"Patches for the whole lifecycle"_s, {}));
    const QString path = m_session->filePath();
    m_session.reset();
    auto reopened = core::Session::open(path, m_clock);
    MODERATO_VERIFY_OK(reopened);
    QCOMPARE(reopened.value()->searchNotes(u"lifecycle"_s).value(), QList<int>{1});
    MODERATO_VERIFY_OK(reopened.value()->editNote(1, u"Updates for the whole lifecycle"_s, {}, -1));
    QCOMPARE(reopened.value()->searchNotes(u"patches"_s).value(), QList<int>{});
    QCOMPARE(reopened.value()->searchNotes(u"updates"_s).value(), QList<int>{1});
}

void TestNotes::model_filters()
{
    core::NotesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSession(m_session.get());
    MODERATO_VERIFY_OK(m_session->giveFloor(1));
    MODERATO_VERIFY_OK(m_session->addNote(u"Eva on baseline requirements"_s, {core::NoteTag::Takeaway}));
    MODERATO_VERIFY_OK(m_session->giveFloor(2));
    MODERATO_VERIFY_OK(m_session->addNote(u"Paula on certification costs"_s, {}));
    MODERATO_VERIFY_OK(m_session->next());
    MODERATO_VERIFY_OK(m_session->addNote(u"Still Paula, next item"_s, {core::NoteTag::Quote}));
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.index(0).data().toString().contains(u"Eva Schulz-Kamm"_s));
    QVERIFY(model.index(0).data().toString().contains(u"#takeaway"_s));
    model.setHolderFilter(2);
    QCOMPARE(model.rowCount(), 2);
    model.setItemFilter(3);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0).data(core::NotesModel::TextRole).toString(), u"Still Paula, next item"_s);
    model.setHolderFilter(0);
    model.setItemFilter(0);
    model.setTagFilter(int(core::NoteTag::Takeaway));
    QCOMPARE(model.rowCount(), 1);
    model.setTagFilter(-1);
    model.setSearchResult(m_session->searchNotes(u"certification"_s).value(), true);
    QCOMPARE(model.rowCount(), 1);
    model.setSearchResult({}, false);
    QCOMPARE(model.rowCount(), 3);
    MODERATO_VERIFY_OK(m_session->deleteNote(1));
    QCOMPARE(model.rowCount(), 2);
}

void TestNotes::replay_noteVerb()
{
    const auto script = core::ReplayScript::parse(u"0:00 start\n"
                                                  "0:30 note \"Baseline requirements #1\" #takeaway   # a comment\n"
                                                  "0:40 note \"Ask regulators\" #action #quote\n"
                                                  "0:50 next # #takeaway here is only a comment\n"_s);
    MODERATO_VERIFY_OK(script);
    QCOMPARE(script.value().actions().at(1).args, (QStringList{u"Baseline requirements #1"_s, u"#takeaway"_s}));
    QCOMPARE(script.value().actions().at(3).args, QStringList());
    // Any other "#word" starts a comment, as everywhere in a script.
    QCOMPARE(core::ReplayScript::parse(u"0:00 note \"x\" #party\n"_s).value().actions().at(0).args,
             QStringList{u"x"_s});
    QVERIFY(!core::ReplayScript::parse(u"0:00 note\n"_s).has_value());
    tests::FakeClock clock;
    auto session = core::Session::create(
        m_dir.filePath(u"replay-notes.moderato"_s), core::ProposalImporter::demoWorkshop().value(), clock);
    MODERATO_VERIFY_OK(session);
    MODERATO_VERIFY_OK(script.value().run(*session.value(), clock));
    const core::NoteState &notes = session.value()->state().notes();
    QCOMPARE(notes.notes().size(), 2);
    QCOMPARE(notes.notes().at(0).tags, QList<core::NoteTag>{core::NoteTag::Takeaway});
    QCOMPARE(notes.notes().at(1).tags, (QList<core::NoteTag>{core::NoteTag::CallToAction, core::NoteTag::Quote}));
    QCOMPARE(notes.notes().at(1).typedAtMs, 40'000);
}

QTEST_GUILESS_MAIN(TestNotes)
#include "tst_notes.moc"
