// SPDX-License-Identifier: MIT
// The session's one undo stack: every editor pushes onto it, Edit › Undo and Redo run it, a refused
// edit leaves it as it was, and it belongs to one session.
#include "core/io/proposalimporter.h"
#include "core/session/session.h"
#include "tests/support/fakeclock.h"
#include "tests/support/helpers.h"
#include "ui/agendaeditor.h"
#include "ui/commands/sessionundo.h"
#include "ui/mainwindow.h"
#include "ui/peopleeditor.h"
#include "ui/rapporteurpane.h"
#include "ui/sessiondetailsdialog.h"
#include "ui/sessionsettingsdialog.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;

class TestUndo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void editMenu_hasUndoAndRedoWithTheirShortcuts();
    void agendaEdit_undoneAndRedone();
    void peopleEdit_undoneAndRedone();
    void noteEdit_undoneAndRedone();
    void detailsEdit_undoneAndRedone();
    void settings_areOneStep();
    void editorButtons_runTheSameStack();
    void refusedEdit_leavesTheStackAsItWas();
    void refusedUndo_dropsTheStepAndSaysWhy();
    void startingTheClock_clearsTheStack();
    void openingAnotherSession_clearsTheStack();

private:
    [[nodiscard]] QAction *action(const char *name) const
    {
        return m_window->findChild<QAction *>(QString::fromLatin1(name));
    }

    [[nodiscard]] QUndoStack *stack() const { return m_window->undo()->stack(); }

    [[nodiscard]] core::Session *session() const { return m_window->session(); }

    /// Edit › Undo, as the menu runs it; checks that it records exactly one event.
    void undo();
    void redo();

    QTemporaryDir m_dir;
    int m_count = 0;
    std::unique_ptr<tests::FakeClock> m_clock;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestUndo::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(u"config"_s).toUtf8());
}

void TestUndo::init()
{
    m_clock = std::make_unique<tests::FakeClock>();
    m_window = std::make_unique<ui::MainWindow>(*m_clock);
    MODERATO_VERIFY_OK(m_window->createSession(m_dir.filePath(u"u%1.moderato"_s.arg(++m_count)),
                                               core::ProposalImporter::demoWorkshop().value()));
    QVERIFY(m_window->undo());
    QCOMPARE(m_window->undo()->session(), session());
}

void TestUndo::cleanup()
{
    m_window.reset();
    m_clock.reset();
}

void TestUndo::undo()
{
    const qsizetype events = session()->events().size();
    QVERIFY(action("actionUndo")->isEnabled());
    action("actionUndo")->trigger();
    QCOMPARE(session()->events().size(), events + 1);
}

void TestUndo::redo()
{
    const qsizetype events = session()->events().size();
    QVERIFY(action("actionRedo")->isEnabled());
    action("actionRedo")->trigger();
    QCOMPARE(session()->events().size(), events + 1);
}

void TestUndo::editMenu_hasUndoAndRedoWithTheirShortcuts()
{
    QMenu *edit = nullptr;
    for (QAction *top : m_window->menuBar()->actions()) {
        if (top->menu() && top->menu()->actions().contains(action("actionUndo"))) {
            edit = top->menu();
        }
    }
    QVERIFY(edit);
    QCOMPARE(edit->title(), u"&Edit"_s);
    QVERIFY(edit->actions().contains(action("actionRedo")));
    QCOMPARE(action("actionUndo")->shortcut(), QKeySequence(QKeySequence::Undo));
    QCOMPARE(action("actionRedo")->shortcut(), QKeySequence(QKeySequence::Redo));
    QCOMPARE(action("actionUndo")->text(), u"&Undo"_s);
    QVERIFY(!action("actionUndo")->isEnabled());
    QVERIFY(!action("actionRedo")->isEnabled());

    // The keys work from the console.
    ui::PeopleEditor people(m_window->undo());
    core::Participant walkIn;
    walkIn.name = u"Amina"_s;
    const int id = people.addPerson(walkIn);
    QVERIFY(id > 0);
    QCOMPARE(action("actionUndo")->text(), u"&Undo Add Amina"_s);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!session()->state().floor().participant(id));
    QCOMPARE(action("actionRedo")->text(), u"&Redo Add Amina"_s);
    QTest::keySequence(m_window.get(), QKeySequence(QKeySequence::Redo));
    QCOMPARE(session()->state().floor().participant(id)->name, u"Amina"_s);
}

void TestUndo::agendaEdit_undoneAndRedone()
{
    ui::AgendaEditor editor(m_window->undo());
    const core::Agenda &agenda = session()->state().agenda();
    const int first = agenda.item(0).id;
    const QString title = agenda.item(0).title;
    editor.selectItem(first);
    editor.setSelectedTitle(u"Welcome"_s);
    QCOMPARE(agenda.item(0).title, u"Welcome"_s);
    QCOMPARE(stack()->count(), 1);

    undo();
    QCOMPARE(session()->state().agenda().item(0).title, title);
    QCOMPARE(editor.tree()->topLevelItem(0)->text(0), title); // the open editor follows
    redo();
    QCOMPARE(session()->state().agenda().item(0).title, u"Welcome"_s);
    QCOMPARE(editor.tree()->topLevelItem(0)->text(0), u"Welcome"_s);
    QCOMPARE(stack()->count(), 1);
}

void TestUndo::peopleEdit_undoneAndRedone()
{
    ui::PeopleEditor editor(m_window->undo());
    core::Participant walkIn;
    walkIn.name = u"Kofi"_s;
    const int id = editor.addPerson(walkIn);
    QVERIFY(id > 0);
    core::Participant edited = *session()->state().floor().participant(id);
    edited.organization = u"Ministry"_s;
    QVERIFY(editor.updatePerson(edited));
    QCOMPARE(stack()->count(), 2);

    undo(); // the edit
    QVERIFY(session()->state().floor().participant(id)->organization.isEmpty());
    undo(); // the addition
    QVERIFY(!session()->state().floor().participant(id));
    QCOMPARE(editor.table()->findItems(u"Kofi"_s, Qt::MatchExactly).size(), 0);
    redo(); // back with the id he had
    QCOMPARE(session()->state().floor().participant(id)->name, u"Kofi"_s);
    redo();
    QCOMPARE(session()->state().floor().participant(id)->organization, u"Ministry"_s);
    QVERIFY(!action("actionRedo")->isEnabled());
}

void TestUndo::noteEdit_undoneAndRedone()
{
    MODERATO_VERIFY_OK(session()->start());
    ui::RapporteurPane *pane = m_window->rapporteur();
    auto *noteEdit = pane->findChild<QLineEdit *>(u"noteEdit"_s);
    noteEdit->setText(u"first wording"_s);
    pane->commitNote();
    const core::NoteState &notes = session()->state().notes();
    QCOMPARE(notes.notes().size(), 1);
    const int id = notes.notes().constFirst().id;
    auto *view = pane->findChild<QListView *>(u"notesView"_s);
    view->setCurrentIndex(view->model()->index(0, 0));
    MODERATO_VERIFY_OK(pane->editSelected(u"second wording"_s));
    QCOMPARE(stack()->count(), 2);

    undo();
    QCOMPARE(notes.note(id)->text, u"first wording"_s);
    undo();
    QVERIFY(notes.note(id)->deleted);
    redo();
    QVERIFY(!notes.note(id)->deleted);
    QCOMPARE(notes.notes().size(), 1); // the same note, restored
    redo();
    QCOMPARE(notes.note(id)->text, u"second wording"_s);
}

void TestUndo::detailsEdit_undoneAndRedone()
{
    const QString title = session()->state().definition().title;
    {
        ui::SessionDetailsDialog dialog(m_window->undo());
        core::SessionDefinition details = dialog.details();
        details.title = u"Renamed"_s;
        details.formatMinutes = 75;
        dialog.setDetails(details);
        QVERIFY(dialog.save());
        QVERIFY(dialog.save()); // unchanged: no second step
    }
    QCOMPARE(stack()->count(), 1);
    QCOMPARE(session()->state().definition().title, u"Renamed"_s);

    undo();
    QCOMPARE(session()->state().definition().title, title);
    QVERIFY(session()->state().definition().formatMinutes != 75);
    QVERIFY(session()->state().floor().participants().size() > 0); // the people are not details
    redo();
    QCOMPARE(session()->state().definition().title, u"Renamed"_s);
    QCOMPARE(session()->state().definition().formatMinutes, 75);
}

void TestUndo::settings_areOneStep()
{
    const core::FloorSettings before = session()->state().floor().settings();
    ui::SessionSettingsDialog dialog(m_window->undo());
    core::FloorSettings wanted = before;
    wanted.audienceLimitMs = 90'000;
    wanted.chime = false;
    dialog.setSettings(wanted, core::QueuePolicy::AlternateChannels);
    QVERIFY(dialog.save());
    QCOMPARE(stack()->count(), 1);

    const qsizetype events = session()->events().size();
    action("actionUndo")->trigger();
    QCOMPARE(session()->events().size(), events + 2); // each command its own event
    QCOMPARE(session()->state().floor().settings().audienceLimitMs, before.audienceLimitMs);
    QVERIFY(session()->state().floor().settings().chime);
    QCOMPARE(session()->state().floor().policy(), core::QueuePolicy::RequestOrder);
    action("actionRedo")->trigger();
    QCOMPARE(session()->state().floor().settings().audienceLimitMs, 90'000);
    QCOMPARE(session()->state().floor().policy(), core::QueuePolicy::AlternateChannels);
}

void TestUndo::editorButtons_runTheSameStack()
{
    // A step made in the people editor is undone from the agenda editor's button: one stack.
    ui::PeopleEditor people(m_window->undo());
    ui::AgendaEditor agenda(m_window->undo());
    core::Participant walkIn;
    walkIn.name = u"Lin"_s;
    const int id = people.addPerson(walkIn);
    auto *undoButton = agenda.findChild<QPushButton *>(u"agendaUndoButton"_s);
    QVERIFY(undoButton->isEnabled());
    QCOMPARE(undoButton->toolTip(), u"Add Lin"_s);
    undoButton->click();
    QVERIFY(!session()->state().floor().participant(id));
    QVERIFY(people.findChild<QPushButton *>(u"peopleRedoButton"_s)->isEnabled());
    QVERIFY(!people.findChild<QPushButton *>(u"peopleUndoButton"_s)->isEnabled());
}

void TestUndo::refusedEdit_leavesTheStackAsItWas()
{
    ui::PeopleEditor editor(m_window->undo());
    core::Participant walkIn;
    walkIn.name = u"Marta"_s;
    const int marta = editor.addPerson(walkIn);
    walkIn.name = u"Jean"_s;
    const int jean = editor.addPerson(walkIn);
    undo(); // Jean: a step to redo
    QCOMPARE(stack()->count(), 2);
    QCOMPARE(stack()->index(), 1);

    // Marta asked to speak: she stays in the record, and the refusal changes nothing on the stack.
    MODERATO_VERIFY_OK(session()->requestToSpeak(marta));
    QSignalSpy failed(&editor, &ui::PeopleEditor::actionFailed);
    const qsizetype events = session()->events().size();
    QVERIFY(!editor.removePerson(marta));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(session()->events().size(), events);
    QCOMPARE(stack()->count(), 2);
    QCOMPARE(stack()->index(), 1);
    redo(); // Jean comes back: the redo step survived
    QVERIFY(session()->state().floor().participant(jean));

    // A refused agenda edit pushes nothing either.
    ui::AgendaEditor agenda(m_window->undo());
    agenda.selectItem(session()->state().agenda().item(0).id);
    agenda.setSelectedTitle(u"   "_s);
    agenda.indentSelected();
    QCOMPARE(stack()->count(), 2);
}

void TestUndo::refusedUndo_dropsTheStepAndSaysWhy()
{
    ui::PeopleEditor editor(m_window->undo());
    core::Participant walkIn;
    walkIn.name = u"Li Wei"_s;
    const int id = editor.addPerson(walkIn);
    MODERATO_VERIFY_OK(session()->requestToSpeak(id)); // now he cannot be removed
    QSignalSpy failed(m_window.get(), &ui::MainWindow::actionFailed);
    const qsizetype events = session()->events().size();
    action("actionUndo")->trigger();
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed.constFirst().constFirst().toString().startsWith(u"\"Add Li Wei\" cannot be undone"_s),
             qPrintable(failed.constFirst().constFirst().toString()));
    QCOMPARE(session()->events().size(), events);
    QVERIFY(session()->state().floor().participant(id));
    QCOMPARE(stack()->count(), 0); // the step is gone, not left to fail again
    QVERIFY(!action("actionRedo")->isEnabled());
}

void TestUndo::startingTheClock_clearsTheStack()
{
    ui::AgendaEditor editor(m_window->undo());
    editor.selectItem(session()->state().agenda().item(0).id);
    editor.setSelectedMinutes(12);
    QCOMPARE(stack()->count(), 1);
    MODERATO_VERIFY_OK(session()->start());
    QCOMPARE(stack()->count(), 0); // the plan that runs is not put back
    QVERIFY(!action("actionUndo")->isEnabled());

    // What is done once it runs goes on the stack as before.
    ui::PeopleEditor people(m_window->undo());
    core::Participant walkIn;
    walkIn.name = u"Zoë"_s;
    QVERIFY(people.addPerson(walkIn) > 0);
    MODERATO_VERIFY_OK(session()->pause());
    QCOMPARE(stack()->count(), 1);
}

void TestUndo::openingAnotherSession_clearsTheStack()
{
    const QString first = session()->filePath();
    {
        ui::AgendaEditor editor(m_window->undo());
        editor.selectItem(session()->state().agenda().item(0).id);
        editor.setSelectedMinutes(12);
    }
    QCOMPARE(stack()->count(), 1);
    QVERIFY(action("actionUndo")->isEnabled());

    MODERATO_VERIFY_OK(m_window->createSession(m_dir.filePath(u"other%1.moderato"_s.arg(m_count)),
                                               core::ProposalImporter::demoWorkshop().value()));
    QCOMPARE(stack()->count(), 0);
    QVERIFY(!action("actionUndo")->isEnabled());
    QCOMPARE(action("actionUndo")->text(), u"&Undo"_s);
    QCOMPARE(m_window->undo()->session(), session());

    MODERATO_VERIFY_OK(m_window->openSession(first));
    QCOMPARE(stack()->count(), 0); // reopened: a new stack, the edit stays in the file
    QCOMPARE(session()->state().agenda().plannedMs(0), 12 * 60'000);
}

QTEST_MAIN(TestUndo)
#include "tst_undo.moc"
