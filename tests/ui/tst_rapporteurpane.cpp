// SPDX-License-Identifier: MIT
#include "core/io/proposalimporter.h"
#include "core/models/notesmodel.h"
#include "core/session/session.h"
#include "tests/support/fakeclock.h"
#include "tests/support/helpers.h"
#include "ui/commands/sessionundo.h"
#include "ui/mainwindow.h"
#include "ui/rapporteurpane.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListView>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include <chrono>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class TestRapporteurPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void f9_showsThePane_andEnterSavesAStampedNote();
    void altDigits_tagTheNote();
    void undoRedo_addEditDelete();
    void searchAndFilters_narrowTheList();
    void escape_leavesTheField();
    void groupCombo_filesNotesUnderABreakOutGroup();

private:
    QLineEdit *noteEdit() { return m_window->findChild<QLineEdit *>(u"noteEdit"_s); }

    QListView *notesView() { return m_window->findChild<QListView *>(u"notesView"_s); }

    void type(const QString &text);

    QTemporaryDir m_dir;
    int m_count = 0;
    std::unique_ptr<tests::FakeClock> m_clock;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestRapporteurPane::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(u"config"_s).toUtf8());
}

void TestRapporteurPane::init()
{
    m_clock = std::make_unique<tests::FakeClock>();
    m_window = std::make_unique<ui::MainWindow>(*m_clock);
    MODERATO_VERIFY_OK(m_window->createSession(m_dir.filePath(u"p%1.moderato"_s.arg(++m_count)),
                                               core::ProposalImporter::demoWorkshop().value()));
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_Space);
    QTest::keyClick(m_window.get(), Qt::Key_F9);
    QVERIFY(m_window->findChild<QDockWidget *>(u"rapporteurDock"_s)->isVisible());
}

void TestRapporteurPane::cleanup()
{
    m_window.reset();
    m_clock.reset();
}

void TestRapporteurPane::type(const QString &text)
{
    noteEdit()->setFocus();
    QTest::keyClicks(noteEdit(), text);
}

void TestRapporteurPane::f9_showsThePane_andEnterSavesAStampedNote()
{
    core::Session *session = m_window->session();
    MODERATO_VERIFY_OK(session->giveFloor(1));
    m_clock->advance(1min);
    type(u"Eva: baseline requirements for every supplier"_s);
    const qint64 typingBegan = session->now();
    m_clock->advance(40s); // the note takes a while to type
    MODERATO_VERIFY_OK(session->giveFloor(2));
    QTest::keyClick(noteEdit(), Qt::Key_Return);
    QCOMPARE(noteEdit()->text(), QString());
    const core::Note &note = session->state().notes().notes().constFirst();
    QCOMPARE(note.text, u"Eva: baseline requirements for every supplier"_s);
    QCOMPARE(note.typedAtMs, typingBegan);
    QCOMPARE(note.holderId, 1); // who spoke when typing began
    QCOMPARE(notesView()->model()->rowCount(), 1);
    QVERIFY(notesView()->model()->index(0, 0).data().toString().contains(u"Eva Schulz-Kamm"_s));
    QCOMPARE(session->state().runState(), core::RunState::Running); // typing "n", "p" and spaces moved nothing
    QCOMPARE(session->state().currentItemId(), 1);
}

void TestRapporteurPane::altDigits_tagTheNote()
{
    type(u"Governments should fund certification"_s);
    QTest::keyClick(noteEdit(), Qt::Key_2, Qt::AltModifier);
    QTest::keyClick(noteEdit(), Qt::Key_6, Qt::AltModifier);
    QVERIFY(m_window->findChild<QToolButton *>(u"tagButton_action"_s)->isChecked());
    QTest::keyClick(noteEdit(), Qt::Key_Return);
    const core::Note &note = m_window->session()->state().notes().notes().constFirst();
    QCOMPARE(note.tags, (QList<core::NoteTag>{core::NoteTag::CallToAction, core::NoteTag::Quote}));
    QCOMPARE(note.text, u"Governments should fund certification"_s);
    QVERIFY(!m_window->findChild<QToolButton *>(u"tagButton_action"_s)->isChecked()); // reset for the next note
}

void TestRapporteurPane::undoRedo_addEditDelete()
{
    ui::RapporteurPane *pane = m_window->rapporteur();
    const core::NoteState &notes = m_window->session()->state().notes();
    type(u"first wording"_s);
    QTest::keyClick(noteEdit(), Qt::Key_Return);
    notesView()->setCurrentIndex(notesView()->model()->index(0, 0));
    MODERATO_VERIFY_OK(pane->editSelected(u"second wording"_s));
    QCOMPARE(notes.note(1)->text, u"second wording"_s);
    pane->deleteSelected();
    QVERIFY(notes.note(1)->deleted);
    QCOMPARE(notesView()->model()->rowCount(), 0);
    QUndoStack *undo = m_window->undo()->stack(); // the session's one stack
    QCOMPARE(undo->count(), 3);
    undo->undo(); // delete
    QVERIFY(!notes.note(1)->deleted);
    undo->undo(); // edit
    QCOMPARE(notes.note(1)->text, u"first wording"_s);
    undo->undo(); // add
    QVERIFY(notes.note(1)->deleted);
    undo->redo();
    QVERIFY(!notes.note(1)->deleted);
    undo->redo();
    QCOMPARE(notes.note(1)->text, u"second wording"_s);
    // Everything is in the log: reopening shows the same note.
    QCOMPARE(m_window->session()->events().constLast().type, core::EventType::NoteEdited);
}

void TestRapporteurPane::searchAndFilters_narrowTheList()
{
    core::Session *session = m_window->session();
    MODERATO_VERIFY_OK(session->giveFloor(1));
    MODERATO_VERIFY_OK(session->addNote(u"Baseline requirements for suppliers"_s, {core::NoteTag::Takeaway}));
    MODERATO_VERIFY_OK(session->giveFloor(2));
    MODERATO_VERIFY_OK(session->addNote(u"Certification costs hit small suppliers"_s, {}));
    QCOMPARE(notesView()->model()->rowCount(), 2);
    auto *search = m_window->findChild<QLineEdit *>(u"noteSearchEdit"_s);
    QTest::keyClicks(search, u"certif"_s);
    QCOMPARE(notesView()->model()->rowCount(), 1);
    search->clear();
    QCOMPARE(notesView()->model()->rowCount(), 2);
    auto *speaker = m_window->findChild<QComboBox *>(u"noteSpeakerFilter"_s);
    speaker->setCurrentIndex(speaker->findData(1));
    emit speaker->activated(speaker->currentIndex());
    QCOMPARE(notesView()->model()->rowCount(), 1);
    speaker->setCurrentIndex(0);
    emit speaker->activated(0);
    auto *tag = m_window->findChild<QComboBox *>(u"noteTagFilter"_s);
    QCOMPARE(tag->currentData().toInt(), -1); // every tag, as the list shows
    tag->setCurrentIndex(tag->findData(int(core::NoteTag::Takeaway)));
    emit tag->activated(tag->currentIndex());
    QCOMPARE(notesView()->model()->rowCount(), 1);
    QCOMPARE(notesView()->model()->index(0, 0).data(core::NotesModel::TextRole).toString(),
             u"Baseline requirements for suppliers"_s);
}

void TestRapporteurPane::escape_leavesTheField()
{
    type(u"half a note"_s);
    QTest::keyClick(noteEdit(), Qt::Key_Escape);
    QVERIFY(QApplication::focusWidget() != noteEdit());
    QCOMPARE(m_window->session()->state().runState(), core::RunState::Running);
    QCOMPARE(noteEdit()->text(), u"half a note"_s); // kept for later
}

void TestRapporteurPane::groupCombo_filesNotesUnderABreakOutGroup()
{
    // The demo agenda has no groups: no group to choose.
    auto *groups = m_window->findChild<QComboBox *>(u"noteGroupCombo"_s);
    QVERIFY(groups);
    QVERIFY(groups->isHidden());
    type(u"a note of the whole room"_s);
    QTest::keyClick(noteEdit(), Qt::Key_Return);
    QCOMPARE(m_window->session()->state().notes().notes().constLast().group, 0);

    // A session with two groups, one about the first policy question.
    const auto json = QJsonDocument::fromJson(R"({
        "title": "Groups",
        "policy_questions": ["How can suppliers be held to one baseline?"],
        "agenda": [
            {"title": "Opening", "kind": "opening", "minutes": 10},
            {"title": "Group work", "kind": "break_out", "minutes": 20,
             "break_out": {"groups": [{"name": "Table <1>", "policy_question": 0, "place": "table 1"},
                                      {"name": "Online", "topic": "Certification", "online": true}]}}
        ]})");
    auto definition = core::SessionDefinition::fromJson(json.object());
    MODERATO_VERIFY_OK(definition);
    MODERATO_VERIFY_OK(
        m_window->createSession(m_dir.filePath(u"groups%1.moderato"_s.arg(++m_count)), definition.value()));
    QTest::keyClick(m_window.get(), Qt::Key_Space);
    core::Session *session = m_window->session();
    const core::BreakOut &breakOut = session->state().agenda().item(1).breakOut;
    QCOMPARE(breakOut.groups.size(), 2);
    QVERIFY(!groups->isHidden());
    QCOMPARE(groups->count(), 3);
    QCOMPARE(groups->itemText(1), u"Table <1>"_s); // a name is text
    auto *questions = m_window->findChild<QComboBox *>(u"policyQuestionCombo"_s);
    QCOMPARE(questions->currentData().toInt(), -1);

    // Picking the group files the notes under it (and under its policy question), until another is picked.
    groups->setCurrentIndex(1);
    emit groups->activated(1);
    QCOMPARE(questions->currentData().toInt(), 0);
    type(u"Table 1: one baseline for every supplier"_s);
    QTest::keyClick(noteEdit(), Qt::Key_Return);
    type(u"Table 1: audits by sector"_s);
    QTest::keyClick(noteEdit(), Qt::Key_Return);
    const QList<core::Note> &notes = session->state().notes().notes();
    QCOMPARE(notes.size(), 2);
    // The list says the group.
    QVERIFY(notesView()->model()->index(0, 0).data().toString().contains(u"Table <1>"_s));
    for (const core::Note &note : notes) {
        QCOMPARE(note.group, breakOut.groups.at(0).id);
        QCOMPARE(note.policyQuestion, 0);
    }
    groups->setCurrentIndex(2);
    emit groups->activated(2);
    type(u"Online: certification costs"_s);
    QTest::keyClick(noteEdit(), Qt::Key_Return);
    QCOMPARE(session->state().notes().notes().constLast().group, breakOut.groups.at(1).id);
    // Undo and redo keep the group.
    m_window->undo()->stack()->undo();
    m_window->undo()->stack()->redo();
    QCOMPARE(session->state().notes().notes().constLast().group, breakOut.groups.at(1).id);
}

QTEST_MAIN(TestRapporteurPane)
#include "tst_rapporteurpane.moc"
