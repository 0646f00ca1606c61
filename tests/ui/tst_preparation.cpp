// SPDX-License-Identifier: MIT
// Preparing a session in the GUI: the agenda and people editors (with undo), the settings, the
// prepared questions in the console, and the briefing pack.
#include "core/io/peoplecsv.h"
#include "core/io/proposalimporter.h"
#include "core/session/session.h"
#include "reportwriter/reportexporter.h"
#include "tests/support/fakeclock.h"
#include "tests/support/helpers.h"
#include "ui/agendaeditor.h"
#include "ui/briefingdialog.h"
#include "ui/commands/sessionundo.h"
#include "ui/peopleeditor.h"
#include "ui/proposalimportdialog.h"
#include "ui/questionspanel.h"
#include "ui/sessiondetailsdialog.h"
#include "ui/sessionsettingsdialog.h"

#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Min = 60'000;

core::SessionDefinition definition()
{
    const auto json = QJsonDocument::fromJson(R"({
        "id": "WS #1", "title": "Fixture <workshop>",
        "format": {"type": "Round Table", "layout": "U-shape", "minutes": 60},
        "speakers": [{"name": "Ana", "stakeholder_group": "Civil Society", "region": "GRULAC"}, {"name": "Ben"}],
        "onsite_moderator": {"name": "Mo"},
        "online_moderator": {"name": "Olu"},
        "policy_questions": ["Who decides?"],
        "online_participation": "Remote participants raise a hand in the meeting tool.",
        "agenda": [
            {"title": "Opening", "kind": "opening", "minutes": 10, "note": "Welcome & rules"},
            {"title": "Round", "children": [
                {"title": "Ana", "kind": "speaker", "speaker": "Ana", "minutes": 15},
                {"title": "Ben", "kind": "speaker", "speaker": "Ben", "minutes": 15}
            ]},
            {"title": "Summary", "kind": "summary", "minutes": 20}
        ]})");
    return core::SessionDefinition::fromJson(json.object()).value();
}

QStringList titles(const core::Agenda &agenda)
{
    QStringList result;
    for (const auto &item : agenda.items()) {
        result.append(QString(item.depth, u'>') + item.title);
    }
    return result;
}

} // namespace

class TestPreparation : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void agendaEditor_everyEditIsRecordedAndUndone();
    void agendaEditor_nestAndTotal();
    void agendaEditor_keys();
    void agendaEditor_dropMovesAndNests();
    void agendaEditor_refusedEditLeavesNoUndoStep();
    void agendaEditor_lockedAfterStart();
    void peopleEditor_addEditRemoveAndUndo();
    void peopleEditor_csvRoundTripIsOneUndoStep();
    void peopleEditor_warnsOfOnePersonInTwoTeamRoles();
    void settingsDialog_savesIntoTheSession();
    void detailsDialog_savesAndLocks();
    void questionsPanel_showsTheMomentAndMarksAsked();
    void questionBankDialog_saves();
    void briefing_markdownHasEveryPart();
    void briefing_pdfOpensAndHoldsTheAgenda();
    void briefingDialog_previewFollowsTheStart();
    void proposalImportDialog_showsAgendaDifferenceAndWarnings();

private:
    tests::FakeClock m_clock;
    QTemporaryDir m_dir;
    std::unique_ptr<core::Session> m_session;
    int m_files = 0;
};

void TestPreparation::init()
{
    QVERIFY(m_dir.isValid());
    auto session = core::Session::create(m_dir.filePath(u"p%1.moderato"_s.arg(++m_files)), definition(), m_clock);
    MODERATO_VERIFY_OK(session);
    m_session = std::move(session).value();
}

void TestPreparation::cleanup()
{
    m_session.reset();
}

void TestPreparation::agendaEditor_everyEditIsRecordedAndUndone()
{
    ui::SessionUndo undo(m_session.get());
    ui::AgendaEditor editor(&undo);
    const QStringList original = titles(m_session->state().agenda());
    QCOMPARE(editor.tree()->topLevelItemCount(), 3);

    editor.selectItem(1); // Opening
    editor.setSelectedMinutes(5);
    QCOMPARE(m_session->state().agenda().plannedTotalMs(), 55 * Min);
    editor.setSelectedTitle(u"Welcome"_s);
    QCOMPARE(m_session->state().agenda().item(0).title, u"Welcome"_s);
    editor.addItem(); // after the opening
    QCOMPARE(m_session->state().agenda().item(1).title, u"New item"_s);
    QCOMPARE(m_session->state().agenda().plannedTotalMs(), 60 * Min);
    editor.selectItem(5); // Summary
    editor.moveSelected(-1);
    QCOMPARE(titles(m_session->state().agenda()),
             (QStringList{u"Welcome"_s, u"New item"_s, u"Summary"_s, u"Round"_s, u">Ana"_s, u">Ben"_s}));
    editor.selectItem(4); // Ben, a speaker item: moves before Ana inside the block, the rotation follows
    editor.moveSelected(-1);
    const int ben = m_session->state().floor().participantByName(u"Ben"_s)->id;
    QCOMPARE(m_session->state().floor().rotation().constFirst(), ben);
    editor.selectItem(4);
    editor.removeSelected();
    QVERIFY(m_session->state().agenda().indexOf(4) < 0);
    QCOMPARE(undo.stack()->count(), 6);

    // Each undo is an edit of its own in the file; all of them bring back the original.
    const qsizetype events = m_session->events().size();
    while (undo.stack()->canUndo()) {
        undo.stack()->undo();
    }
    QCOMPARE(titles(m_session->state().agenda()), original);
    QCOMPARE(m_session->state().agenda().plannedTotalMs(), 60 * Min);
    QCOMPARE(m_session->events().size(), events + 6);
    QCOMPARE(m_session->state().floor().rotation().constLast(), ben);
    undo.stack()->redo();
    QCOMPARE(m_session->state().agenda().plannedTotalMs(), 55 * Min);

    // The edits are in the file.
    const QStringList now = titles(m_session->state().agenda());
    const QString path = m_session->filePath();
    m_session.reset();
    auto reopened = core::Session::open(path, m_clock);
    MODERATO_VERIFY_OK(reopened);
    QCOMPARE(titles(reopened.value()->state().agenda()), now);
}

void TestPreparation::agendaEditor_nestAndTotal()
{
    ui::SessionUndo undo(m_session.get());
    ui::AgendaEditor editor(&undo);
    QCOMPARE(editor.totalText(), u"Total 1:00:00 of 1:00:00"_s);
    editor.selectItem(5); // Summary, after the block: nest it into the block
    editor.indentSelected();
    QCOMPARE(titles(m_session->state().agenda()),
             (QStringList{u"Opening"_s, u"Round"_s, u">Ana"_s, u">Ben"_s, u">Summary"_s}));
    editor.outdentSelected();
    QCOMPARE(titles(m_session->state().agenda()),
             (QStringList{u"Opening"_s, u"Round"_s, u">Ana"_s, u">Ben"_s, u"Summary"_s}));
    editor.selectItem(3);
    editor.setSelectedMinutes(20);
    QVERIFY2(editor.totalText().contains(u"5:00"_s), qPrintable(editor.totalText()));
    QVERIFY(editor.totalText().contains(u"over"_s));
    undo.stack()->undo();
    QCOMPARE(editor.totalText(), u"Total 1:00:00 of 1:00:00"_s);
    editor.selectItem(1);
    QCOMPARE(editor.findChild<QLineEdit *>(u"agendaNoteEdit"_s)->text(), u"Welcome & rules"_s);
    editor.setSelectedNote(u"  Welcome,   rules and <b>tools</b> "_s);
    QCOMPARE(m_session->state().agenda().item(0).note, u"Welcome, rules and <b>tools</b>"_s);
    undo.stack()->undo();
    QCOMPARE(m_session->state().agenda().item(0).note, u"Welcome & rules"_s);
}

void TestPreparation::agendaEditor_keys()
{
    ui::SessionUndo undo(m_session.get());
    ui::AgendaEditor editor(&undo);
    editor.show();
    editor.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    editor.selectItem(5); // Summary
    editor.tree()->setFocus();
    QTest::keyClick(editor.tree(), Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(titles(m_session->state().agenda()),
             (QStringList{u"Opening"_s, u"Summary"_s, u"Round"_s, u">Ana"_s, u">Ben"_s}));
    QTest::keyClick(editor.tree(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_session->state().agenda().item(1).title, u"Round"_s);
    QTest::keyClick(editor.tree(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_session->state().agenda().item(1).title, u"Summary"_s);
    QTest::keyClick(editor.tree(), Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(m_session->state().agenda().size(), 6);
    editor.tree()->setFocus();
    QTest::keyClick(editor.tree(), Qt::Key_Delete);
    QCOMPARE(m_session->state().agenda().size(), 5);
}

void TestPreparation::agendaEditor_dropMovesAndNests()
{
    // What an internal drag and drop does to the tree: Summary dropped into the block, before Ana.
    ui::SessionUndo undo(m_session.get());
    ui::AgendaEditor editor(&undo);
    QTreeWidget *tree = editor.tree();
    QTreeWidgetItem *summary = tree->takeTopLevelItem(2);
    tree->topLevelItem(1)->insertChild(0, summary);
    QVERIFY(editor.applyTree());
    QCOMPARE(titles(m_session->state().agenda()),
             (QStringList{u"Opening"_s, u"Round"_s, u">Summary"_s, u">Ana"_s, u">Ben"_s}));
    QCOMPARE(undo.stack()->count(), 1);
    // Dropping the only top-level item's children five levels deep is refused, and the tree comes back.
    QTreeWidgetItem *parent = tree->topLevelItem(0);
    for (int depth = 0; depth < 5; ++depth) {
        auto *child = new QTreeWidgetItem(parent);
        child->setText(0, u"Deep %1"_s.arg(depth));
        child->setData(0, Qt::UserRole, 100 + depth);
        child->setData(0, Qt::UserRole + 1, u"other"_s);
        child->setData(0, Qt::UserRole + 2, 5);
        parent = child;
    }
    QVERIFY(!editor.applyTree());
    QCOMPARE(tree->topLevelItem(0)->childCount(), 0);
    QCOMPARE(undo.stack()->count(), 1);
}

void TestPreparation::agendaEditor_refusedEditLeavesNoUndoStep()
{
    ui::SessionUndo undo(m_session.get());
    ui::AgendaEditor editor(&undo);
    QSignalSpy failed(&editor, &ui::AgendaEditor::actionFailed);
    // Nesting the first item has no item to go into; an empty title is refused.
    editor.selectItem(1);
    editor.indentSelected();
    editor.setSelectedTitle(u"   "_s);
    QCOMPARE(failed.size(), 2);
    QCOMPARE(undo.stack()->count(), 0);
    QCOMPARE(m_session->state().agenda().item(0).title, u"Opening"_s);
}

void TestPreparation::agendaEditor_lockedAfterStart()
{
    ui::SessionUndo undo(m_session.get());
    ui::AgendaEditor editor(&undo);
    editor.selectItem(1);
    editor.setSelectedMinutes(12);
    QCOMPARE(undo.stack()->count(), 1);
    MODERATO_VERIFY_OK(m_session->start());
    QCOMPARE(undo.stack()->count(), 0); // the plan can no longer be put back
    QVERIFY(!editor.findChild<QWidget *>(u"agendaAddButton"_s)->isEnabled());
    QVERIFY(!editor.findChild<QLabel *>(u"agendaLockedLabel"_s)->isHidden());
    QSignalSpy failed(&editor, &ui::AgendaEditor::actionFailed);
    editor.setSelectedMinutes(3);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(m_session->state().agenda().plannedMs(0), 12 * Min);
}

void TestPreparation::peopleEditor_addEditRemoveAndUndo()
{
    ui::SessionUndo undo(m_session.get());
    ui::PeopleEditor editor(&undo);
    const qsizetype initial = m_session->state().floor().participants().size();
    QCOMPARE(editor.table()->rowCount(), int(initial));

    core::Participant walkIn;
    walkIn.name = u"<i>Zoë</i>"_s;
    walkIn.channel = core::Channel::Online;
    const int id = editor.addPerson(walkIn);
    QVERIFY(id > 0);
    QCOMPARE(editor.table()->rowCount(), int(initial + 1));
    core::Participant edited = *m_session->state().floor().participant(id);
    edited.stakeholderGroup = u"Civil Society"_s;
    edited.roles = {core::Role::Speaker};
    QVERIFY(editor.updatePerson(edited));
    QVERIFY(m_session->state().floor().rotation().contains(id));

    // Ana cannot be removed once she asked to speak.
    const int ana = m_session->state().floor().participantByName(u"Ana"_s)->id;
    MODERATO_VERIFY_OK(m_session->requestToSpeak(ana));
    QSignalSpy failed(&editor, &ui::PeopleEditor::actionFailed);
    QVERIFY(!editor.removePerson(ana));
    QCOMPARE(failed.size(), 1);
    QVERIFY(editor.removePerson(id));
    QVERIFY(!m_session->state().floor().participant(id));
    QCOMPARE(undo.stack()->count(), 3);

    undo.stack()->undo(); // back, as a speaker
    QVERIFY(m_session->state().floor().participant(id));
    QVERIFY(m_session->state().floor().rotation().contains(id));
    undo.stack()->undo(); // the edit
    QVERIFY(m_session->state().floor().participant(id)->stakeholderGroup.isEmpty());
    QVERIFY(!m_session->state().floor().rotation().contains(id));
    undo.stack()->undo(); // the addition
    QVERIFY(!m_session->state().floor().participant(id));
    undo.stack()->redo();
    QCOMPARE(m_session->state().floor().participant(id)->name, u"<i>Zoë</i>"_s);
    // Names are shown as plain text.
    const auto found = editor.table()->findItems(u"<i>Zoë</i>"_s, Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
}

void TestPreparation::peopleEditor_warnsOfOnePersonInTwoTeamRoles()
{
    ui::SessionUndo undo(m_session.get());
    ui::PeopleEditor editor(&undo);
    auto *warning = editor.findChild<QLabel *>(u"peopleWarningsLabel"_s);
    QVERIFY(warning);
    QVERIFY(warning->isHidden()); // Mo moderates, Olu moderates online, nobody takes the notes
    core::Participant olu = *m_session->state().floor().participantByName(u"Olu"_s);
    olu.name = u"<b>Olu</b>"_s;
    olu.roles = {core::Role::OnlineModerator, core::Role::Rapporteur};
    QVERIFY(editor.updatePerson(olu));
    QVERIFY(!warning->isHidden());
    QCOMPARE(warning->textFormat(), Qt::PlainText);
    QVERIFY2(warning->text().startsWith(u"<b>Olu</b> is online moderator and rapporteur at once"_s),
             qPrintable(warning->text()));
    undo.stack()->undo();
    QVERIFY(warning->isHidden());
}

void TestPreparation::peopleEditor_csvRoundTripIsOneUndoStep()
{
    ui::SessionUndo undo(m_session.get());
    ui::PeopleEditor editor(&undo);
    const QString csv = m_dir.filePath(u"people.csv"_s);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("name,organization,stakeholder_group,region,channel,roles\n"
               "Ana,Derechos Digitales,Civil Society,GRULAC,onsite,speaker\n"
               "Kofi,Ministry,Government,African Group,online,audience\n"
               "Lin,,Technical Community,Asia-Pacific Group,online,rapporteur;audience\n"
               ",nameless,,,,\n");
    file.close();
    const qsizetype before = m_session->state().floor().participants().size();
    auto imported = editor.importCsv(csv);
    MODERATO_VERIFY_OK(imported);
    QCOMPARE(imported.value().constFirst(), u"2 added, 1 updated."_s);
    QCOMPARE(imported.value().size(), 2); // and the nameless row's warning
    QCOMPARE(m_session->state().floor().participants().size(), before + 2);
    QCOMPARE(m_session->state().floor().participantByName(u"Ana"_s)->organization, u"Derechos Digitales"_s);
    QVERIFY(m_session->state().floor().participantByName(u"Lin"_s)->hasRole(core::Role::Rapporteur));
    QCOMPARE(undo.stack()->count(), 1);

    const QString out = m_dir.filePath(u"out.csv"_s);
    MODERATO_VERIFY_OK(editor.exportCsv(out));
    auto reread = core::PeopleCsv::readFile(out);
    MODERATO_VERIFY_OK(reread);
    QCOMPARE(reread.value().people.size(), m_session->state().floor().participants().size());
    QCOMPARE(reread.value().people.constFirst().region, u"GRULAC"_s);

    undo.stack()->undo();
    QCOMPARE(m_session->state().floor().participants().size(), before);
    QVERIFY(m_session->state().floor().participantByName(u"Ana"_s)->organization.isEmpty());
    QVERIFY(!editor.importCsv(m_dir.filePath(u"missing.csv"_s)));
    QVERIFY(!editor.exportCsv(m_dir.filePath(u"no/such/dir/out.csv"_s)));
}

void TestPreparation::settingsDialog_savesIntoTheSession()
{
    ui::SessionUndo undo(m_session.get());
    ui::SessionSettingsDialog dialog(&undo);
    QCOMPARE(dialog.settings().audienceLimitMs, 2 * Min);
    QCOMPARE(dialog.settings().warningMs, -1);
    core::FloorSettings wanted;
    wanted.audienceLimitMs = 90'000;
    wanted.chairLimitMs = 4 * Min;
    wanted.warningMs = 2 * Min;
    wanted.chime = false;
    dialog.setSettings(wanted, core::QueuePolicy::AlternateChannels);
    QVERIFY(dialog.save());
    const core::FloorSettings &saved = m_session->state().floor().settings();
    QCOMPARE(saved.audienceLimitMs, 90'000);
    QCOMPARE(saved.chairLimitMs, 4 * Min);
    QCOMPARE(saved.warningMs, 2 * Min);
    QVERIFY(!saved.chime);
    QCOMPARE(m_session->state().floor().policy(), core::QueuePolicy::AlternateChannels);
    // Saving again without changes writes nothing.
    const qsizetype events = m_session->events().size();
    QVERIFY(dialog.save());
    QCOMPARE(m_session->events().size(), events);
}

void TestPreparation::detailsDialog_savesAndLocks()
{
    ui::SessionUndo undo(m_session.get());
    ui::SessionDetailsDialog dialog(&undo);
    core::SessionDefinition details = dialog.details();
    QCOMPARE(details.title, u"Fixture <workshop>"_s);
    QCOMPARE(details.formatMinutes, 60);
    details.title = u"Renamed"_s;
    details.formatMinutes = 75;
    details.policyQuestions = {u"Who decides?"_s, u"Who pays?"_s};
    dialog.setDetails(details);
    dialog.findChild<QLineEdit *>(u"detailsRoomEdit"_s)->setText(u"  Room   VI "_s);
    QVERIFY(dialog.save());
    QCOMPARE(m_session->state().definition().title, u"Renamed"_s);
    QCOMPARE(m_session->state().definition().room, u"Room VI"_s);
    QCOMPARE(m_session->state().definition().formatMinutes, 75);
    QCOMPARE(m_session->state().definition().policyQuestions.size(), 2);
    const qsizetype events = m_session->events().size();
    QVERIFY(dialog.save()); // unchanged: nothing written
    QCOMPARE(m_session->events().size(), events);
    ui::AgendaEditor editor(&undo);
    QVERIFY2(editor.totalText().contains(u"1:15:00"_s), qPrintable(editor.totalText()));

    MODERATO_VERIFY_OK(m_session->start());
    ui::SessionDetailsDialog late(&undo);
    QVERIFY(!late.findChild<QLineEdit *>(u"detailsTitleEdit"_s)->isEnabled());
    details.title = u"Too late"_s;
    late.setDetails(details);
    QVERIFY(!late.save());
    QCOMPARE(m_session->state().definition().title, u"Renamed"_s);
}

void TestPreparation::questionsPanel_showsTheMomentAndMarksAsked()
{
    const int ana = m_session->state().floor().participantByName(u"Ana"_s)->id;
    core::PreparedQuestion general;
    general.text = u"What would change your mind?"_s;
    core::PreparedQuestion forAna;
    forAna.text = u"Ana: how do you <b>measure</b> it?"_s;
    forAna.speakerId = ana;
    core::PreparedQuestion forSummary;
    forSummary.text = u"One takeaway each?"_s;
    forSummary.itemId = 5;
    MODERATO_VERIFY_OK(m_session->setQuestionBank({general, forAna, forSummary}));

    ui::QuestionsPanel panel;
    panel.setSession(m_session.get());
    QCOMPARE(panel.list()->count(), 1);          // the opening: only the general one
    MODERATO_VERIFY_OK(m_session->enterItem(3)); // Ana's talk
    QCOMPARE(panel.list()->count(), 2);
    QCOMPARE(panel.list()->item(1)->text(), forAna.text);
    panel.list()->item(1)->setCheckState(Qt::Checked);
    QVERIFY(m_session->state().questions().question(2)->asked);
    QCOMPARE(panel.list()->item(1)->checkState(), Qt::Checked);
    QVERIFY(panel.list()->item(1)->font().strikeOut());
    MODERATO_VERIFY_OK(m_session->enterItem(5));
    QCOMPARE(panel.list()->count(), 2);
    QCOMPARE(panel.list()->item(1)->text(), forSummary.text);
}

void TestPreparation::questionBankDialog_saves()
{
    ui::SessionUndo undo(m_session.get());
    ui::QuestionBankDialog dialog(&undo);
    QCOMPARE(dialog.table()->rowCount(), 0);
    dialog.addQuestion(u"Why?"_s, 1, 0);
    dialog.addQuestion(u"  "_s); // empty rows are left out
    dialog.addQuestion(u"For Ben"_s, 0, m_session->state().floor().participantByName(u"Ben"_s)->id);
    QVERIFY(dialog.save());
    const auto &bank = m_session->state().questions().questions();
    QCOMPARE(bank.size(), 2);
    QCOMPARE(bank.at(0).itemId, 1);
    QCOMPARE(bank.at(1).text, u"For Ben"_s);
    ui::QuestionBankDialog again(&undo);
    QCOMPARE(again.table()->rowCount(), 2);
}

void TestPreparation::briefing_markdownHasEveryPart()
{
    core::PreparedQuestion question;
    question.text = u"What is *missing*?"_s;
    question.itemId = 5;
    MODERATO_VERIFY_OK(m_session->setQuestionBank({question}));
    core::Briefing::Options options;
    options.start = QTime(14, 30);
    const core::Briefing briefing = core::Briefing::build(m_session->state(), options);
    const QString md = briefing.toMarkdown();
    // User text is isolated (FSI ... PDI) from what surrounds it.
    QVERIFY2(md.contains(u"# \u2068WS #1 Fixture \\<workshop>\u2069"_s), qPrintable(md));
    QVERIFY2(md.contains(u"Round Table - U-shape - 60 min"_s), qPrintable(md));
    QVERIFY(md.contains(u"14:30"_s) && !md.contains(u"14:30:00"_s));
    QVERIFY(md.contains(u"Who decides?"_s));
    QVERIFY(md.contains(u"Welcome & rules"_s));
    QVERIFY(md.contains(u"\u2068Ana, Civil Society, GRULAC\u2069 — 15:00"_s));
    QCOMPARE(briefing.speakingOrder.size(), 2);
    QCOMPARE(briefing.speakingOrder.at(1).from, QTime(14, 55));
    QCOMPARE(briefing.chairMoments.size(), 2);
    QCOMPARE(briefing.chairMoments.at(0).at, QTime(14, 55));
    QCOMPARE(briefing.agenda.constLast().to, QTime(15, 30));
    QVERIFY(md.contains(u"Remote participants raise a hand"_s));
    QVERIFY(md.contains(u"Olu"_s));
    QVERIFY(md.contains(u"What is \\*missing\\*?"_s));
    QVERIFY(md.contains(u"*\u2068Summary\u2069*"_s));

    options.includeQuestions = false;
    QVERIFY(!core::Briefing::build(m_session->state(), options).toMarkdown().contains(u"missing"_s));
    const QString html = briefing.toHtml();
    QVERIFY(html.contains(u"Fixture &lt;workshop&gt;"_s));
    QVERIFY(!html.contains(u"<workshop>"_s));
    QVERIFY(!html.contains(u"dir=\"rtl\""_s));

    // In a right-to-left language the document reads from the right, and the numbers are the locale's.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Arabic, QLocale::Egypt));
    const core::Briefing arabic = core::Briefing::build(m_session->state(), options);
    const QString arabicHtml = arabic.toHtml();
    QLocale::setDefault(before);
    QVERIFY2(arabicHtml.contains(u" dir=\"rtl\">"_s), qPrintable(arabicHtml.left(120)));
    QVERIFY2(arabic.format.contains(u"٦٠"_s), qPrintable(arabic.format));
}

void TestPreparation::briefing_pdfOpensAndHoldsTheAgenda()
{
    const core::Briefing briefing = core::Briefing::build(m_session->state(), {});
    const QString path = m_dir.filePath(u"briefing.pdf"_s);
    MODERATO_VERIFY_OK(ui::ReportExporter::writeBriefing(briefing, ui::ReportExporter::Format::Pdf, path));
    QPdfDocument pdf;
    QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
    QVERIFY(pdf.pageCount() >= 1);
    QString text;
    for (int page = 0; page < pdf.pageCount(); ++page) {
        text += pdf.getAllText(page).text();
    }
    for (const QString &expected : {u"Agenda"_s,
                                    u"Opening"_s,
                                    u"Round"_s,
                                    u"Summary"_s,
                                    u"Speaking order"_s,
                                    u"empty chair"_s,
                                    u"Who decides?"_s}) {
        QVERIFY2(text.contains(expected), qPrintable(expected));
    }
    const QString md = m_dir.filePath(u"briefing.md"_s);
    MODERATO_VERIFY_OK(ui::ReportExporter::writeBriefing(briefing, ui::ReportExporter::Format::Markdown, md));
    QFile file(md);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), briefing.toMarkdown());
}

void TestPreparation::briefingDialog_previewFollowsTheStart()
{
    ui::BriefingDialog dialog(m_session.get());
    core::Briefing::Options options;
    options.start = QTime(16, 0);
    options.includeQuestions = false;
    dialog.setOptions(options);
    QCOMPARE(dialog.briefing().agenda.constFirst().from, QTime(16, 0));
    QVERIFY(dialog.preview()->toPlainText().contains(u"Speaking order"_s));
    QVERIFY(!dialog.preview()->toPlainText().contains(u"Prepared questions"_s));
}

void TestPreparation::proposalImportDialog_showsAgendaDifferenceAndWarnings()
{
    auto reference = core::ProposalImporter::fromFile(QStringLiteral(MODERATO_PROPOSALS_DIR "/ws195.txt"));
    MODERATO_VERIFY_OK(reference);
    ui::ProposalImportDialog dialog(reference.value());
    QVERIFY(dialog.summaryText().startsWith(u"IGF 2019 WS #195 IT security in the global supply chain\n"_s));
    QVERIFY(dialog.summaryText().contains(u"Break-out Group Discussions - Flexible Seating"_s));
    QVERIFY(dialog.noticeText().isEmpty()); // 90 minutes of agenda for 90 minutes
    QCOMPARE(dialog.agendaTree()->topLevelItemCount(), 3);
    QCOMPARE(dialog.agendaTree()->topLevelItem(1)->childCount(), 6);
    QCOMPARE(dialog.agendaTree()->topLevelItem(1)->child(0)->text(0), u"Eva Schulz-Kamm"_s);
    QCOMPARE(dialog.warningsList()->count(), 1); // the rapporteur's missing label

    auto longer = core::ProposalImporter::fromFile(QStringLiteral(MODERATO_PROPOSALS_DIR "/agenda-mismatch.txt"));
    MODERATO_VERIFY_OK(longer);
    ui::ProposalImportDialog mismatch(longer.value());
    QVERIFY2(mismatch.noticeText().contains(u"10:00"_s), qPrintable(mismatch.noticeText()));
    QVERIFY(mismatch.noticeText().contains(u"longer"_s));
    QCOMPARE(mismatch.agendaTree()->topLevelItem(0)->text(1), u"15:00"_s); // as written

    auto generated = core::ProposalImporter::fromFile(QStringLiteral(MODERATO_PROPOSALS_DIR "/panel-90-noagenda.txt"));
    MODERATO_VERIFY_OK(generated);
    ui::ProposalImportDialog built(generated.value());
    QVERIFY(built.noticeText().contains(u"no agenda"_s));
    QVERIFY(built.agendaTree()->topLevelItemCount() > 0);
}

QTEST_MAIN(TestPreparation)
#include "tst_preparation.moc"
