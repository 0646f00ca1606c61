// SPDX-License-Identifier: MIT
#include "core/base/plaintext.h"
#include "core/base/timeformat.h"
#include "core/io/proposalimporter.h"
#include "core/io/report.h"
#include "core/session/session.h"
#include "tests/support/fakeclock.h"
#include "tests/support/helpers.h"
#include "ui/commands/sessionundo.h"
#include "ui/reportdialog.h"

#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;

class TestReportDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void transcriptFilter_acceptsCaptions();
    void fields_arePrefilled_andSavedWhenChanged();
    void counters_areSaved_andChecked();
    void export_andClipboard();
    void draftedTakeaways_goToTheRoom();
    void drafts_areMarked_andSavedWhenConfirmed();
    void proposal_addsToTheDrafts_andEstimateIsShown();
    void draftedLines_showTheirSources();
    void shortReport_isEditable_andUndone();

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    tests::FakeClock m_clock;
    std::unique_ptr<core::Session> m_session;
};

void TestReportDialog::init()
{
    m_clock = tests::FakeClock();
    auto session = core::Session::create(
        m_dir.filePath(u"d%1.moderato"_s.arg(++m_files)), core::ProposalImporter::demoWorkshop().value(), m_clock);
    MODERATO_VERIFY_OK(session);
    m_session = std::move(session).value();
    MODERATO_VERIFY_OK(m_session->start());
    MODERATO_VERIFY_OK(m_session->addNote(u"Baseline requirements reach every supplier"_s, {core::NoteTag::Takeaway}));
}

void TestReportDialog::transcriptFilter_acceptsCaptions()
{
    // The first filter, the one the dialog starts with, shows plain text and both kinds of captions.
    const QStringList filters = ui::ReportDialog::transcriptFileFilter().split(u";;"_s);
    for (const QString &pattern : {u"*.txt"_s, u"*.srt"_s, u"*.vtt"_s}) {
        QVERIFY2(filters.constFirst().contains(pattern), qPrintable(filters.constFirst()));
    }
    QVERIFY(filters.contains(u"All files (*)"_s));
}

void TestReportDialog::fields_arePrefilled_andSavedWhenChanged()
{
    ui::SessionUndo undo(m_session.get());
    ui::ReportDialog dialog(&undo);
    auto *questions = dialog.findChild<QPlainTextEdit *>(u"reportField_policy_questions"_s);
    QVERIFY(questions);
    QVERIFY(questions->toPlainText().startsWith(u"How can industry, governments"_s));
    const auto events = m_session->events().size();
    MODERATO_VERIFY_OK(dialog.save());
    QCOMPARE(m_session->events().size(), events); // nothing changed, nothing recorded
    auto *gender = dialog.findChild<QPlainTextEdit *>(u"reportField_gender"_s);
    gender->setPlainText(u"Two of the three speakers were women."_s);
    MODERATO_VERIFY_OK(dialog.save());
    QCOMPARE(m_session->events().size(), events + 1);
    QCOMPARE(m_session->state().report().field(u"gender"_s), u"Two of the three speakers were women."_s);
    QVERIFY(dialog.findChild<QPlainTextEdit *>(u"reportField_takeaways"_s)
                ->toPlainText()
                .contains(u"Baseline requirements"_s));
}

void TestReportDialog::counters_areSaved_andChecked()
{
    ui::SessionUndo undo(m_session.get());
    ui::ReportDialog dialog(&undo);
    dialog.findChild<QSpinBox *>(u"onsiteCount"_s)->setValue(30);
    dialog.findChild<QSpinBox *>(u"onlineCount"_s)->setValue(12);
    dialog.findChild<QSpinBox *>(u"womenCount"_s)->setValue(20);
    MODERATO_VERIFY_OK(dialog.save());
    QCOMPARE(m_session->state().report().online(), 12);
    dialog.findChild<QSpinBox *>(u"womenCount"_s)->setValue(50); // more women than people
    QVERIFY(!dialog.save().has_value());
    QCOMPARE(m_session->state().report().women(), 20);
}

void TestReportDialog::export_andClipboard()
{
    ui::SessionUndo undo(m_session.get());
    ui::ReportDialog dialog(&undo);
    const QString pdf = m_dir.filePath(u"out.pdf"_s);
    MODERATO_VERIFY_OK(dialog.exportTo(pdf));
    QVERIFY(QFile::exists(pdf));
    QVERIFY(!dialog.exportTo(m_dir.filePath(u"out.docx"_s)).has_value());
    MODERATO_VERIFY_OK(dialog.copyToClipboard());
    QVERIFY(QGuiApplication::clipboard()->text().contains(u"## Short report"_s));
    QVERIFY(!QGuiApplication::clipboard()->text().contains(u"Sources of the drafted lines"_s));
    // With the sources: the drafted takeaway is numbered and traced to its note.
    auto *sources = dialog.findChild<QCheckBox *>(u"reportSourcesCheck"_s);
    QVERIFY(sources && !sources->isChecked());
    sources->setChecked(true);
    MODERATO_VERIFY_OK(dialog.copyToClipboard());
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY2(copied.contains(u"Baseline requirements reach every supplier\u2069 [1]"_s), qPrintable(copied));
    QVERIFY(copied.contains(u"## Sources of the drafted lines"_s));
    const QString html = m_dir.filePath(u"out.html"_s);
    MODERATO_VERIFY_OK(dialog.exportTo(html));
    QFile file(html);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("<sup>[1]</sup>"));
}

void TestReportDialog::draftedTakeaways_goToTheRoom()
{
    ui::SessionUndo undo(m_session.get());
    ui::ReportDialog dialog(&undo);
    MODERATO_VERIFY_OK(dialog.approveDraftedTakeaways());
    const auto &takeaways = m_session->state().display().takeaways();
    QCOMPARE(takeaways.size(), 1);
    QCOMPARE(takeaways.constFirst().text, u"Baseline requirements reach every supplier"_s);
    MODERATO_VERIFY_OK(dialog.approveDraftedTakeaways()); // not twice
    QCOMPARE(m_session->state().display().takeaways().size(), 1);
}

void TestReportDialog::drafts_areMarked_andSavedWhenConfirmed()
{
    MODERATO_VERIFY_OK(m_session->setReportField(u"gender"_s, u"Our own words."_s));
    ui::SessionUndo undo(m_session.get());
    ui::ReportDialog dialog(&undo);
    // The drafted policy questions are marked; the rapporteur's gender text is not.
    QVERIFY(!dialog.findChild<QLabel *>(u"reportDraft_policy_questions"_s)->isHidden());
    QVERIFY(dialog.findChild<QLabel *>(u"reportDraft_gender"_s)->isHidden());
    QVERIFY(dialog.findChild<QCheckBox *>(u"reportConfirm_gender"_s)->isHidden());
    // Confirming a draft as it stands saves it as the rapporteur's text.
    auto *confirm = dialog.findChild<QCheckBox *>(u"reportConfirm_policy_questions"_s);
    QVERIFY(!confirm->isHidden());
    confirm->setChecked(true);
    const QString draft = dialog.findChild<QPlainTextEdit *>(u"reportField_policy_questions"_s)->toPlainText();
    MODERATO_VERIFY_OK(dialog.save());
    QCOMPARE(m_session->state().report().field(u"policy_questions"_s), draft);
    QVERIFY(confirm->isHidden());
    QVERIFY(dialog.findChild<QLabel *>(u"reportDraft_policy_questions"_s)->isHidden());
    // An unconfirmed, unchanged draft stays a draft.
    QVERIFY(m_session->state().report().field(u"participation"_s).isEmpty());
}

void TestReportDialog::proposal_addsToTheDrafts_andEstimateIsShown()
{
    MODERATO_VERIFY_OK(m_session->giveFloor(1));
    ui::SessionUndo undo(m_session.get());
    ui::ReportDialog dialog(&undo);
    QVERIFY(dialog.findChild<QLabel *>(u"participationEstimate"_s)->text().contains(u"Estimated from who took part"_s));
    auto *initiatives = dialog.findChild<QPlainTextEdit *>(u"reportField_other_initiatives"_s);
    QVERIFY(!initiatives->toPlainText().contains(u"Budapest Convention"_s));
    auto *recommendations = dialog.findChild<QPlainTextEdit *>(u"reportField_recommendations"_s);
    recommendations->setPlainText(u"Typed, not saved yet"_s);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"proposal.txt"_s);
    QVERIFY(QFile::copy(u":/demo/ws195-proposal.txt"_s, path));
    MODERATO_VERIFY_OK(dialog.draftFromProposal(path));
    QVERIFY(initiatives->toPlainText().contains(u"Budapest Convention"_s));
    QCOMPARE(recommendations->toPlainText(), u"Typed, not saved yet"_s); // what was typed stays
    QVERIFY(!dialog.draftFromProposal(dir.filePath(u"missing.txt"_s)).has_value());
    // Counts entered by the rapporteur replace the estimate.
    dialog.findChild<QSpinBox *>(u"onsiteCount"_s)->setValue(30);
    MODERATO_VERIFY_OK(dialog.save());
    MODERATO_VERIFY_OK(dialog.draftFromProposal(path));
    QVERIFY(dialog.findChild<QLabel *>(u"participationEstimate"_s)->text().isEmpty());
}

void TestReportDialog::draftedLines_showTheirSources()
{
    MODERATO_VERIFY_OK(m_session->giveFloor(1));
    m_clock.advance(std::chrono::seconds(75));
    MODERATO_VERIFY_OK(m_session->addNote(u"Governments should fund certification"_s, {core::NoteTag::CallToAction}));
    const QString holder = m_session->state().floor().participant(1)->name;
    ui::SessionUndo undo(m_session.get());
    ui::ReportDialog dialog(&undo);
    auto *tree = dialog.findChild<QTreeWidget *>(u"reportSources"_s);
    auto *source = dialog.findChild<QPlainTextEdit *>(u"reportSourceText"_s);
    QVERIFY(tree && source);
    QCOMPARE(tree->topLevelItemCount(), 3); // takeaways, calls to action, summary
    QTreeWidgetItem *takeaway = tree->topLevelItem(0)->child(0);
    QTreeWidgetItem *action = tree->topLevelItem(1)->child(0);
    QVERIFY(takeaway && action);
    // User text isolated, so it reads right in a right-to-left interface too.
    QCOMPARE(takeaway->text(0), core::isolatedLine(u"Baseline requirements reach every supplier"_s));
    QCOMPARE(action->text(0), core::isolatedLine(u"Governments should fund certification"_s));
    // The call to action was typed while participant 1 held the floor, 1:15 into the session.
    QVERIFY2(action->text(1).contains(holder), qPrintable(action->text(1)));
    QVERIFY(!action->text(2).isEmpty()); // the agenda item
    QCOMPARE(action->text(3), core::formatDuration(75'000));
    QVERIFY(source->toPlainText().isEmpty());
    tree->setCurrentItem(action);
    QVERIFY2(source->toPlainText().contains(u"Governments should fund certification"_s),
             qPrintable(source->toPlainText()));
    QVERIFY(source->toPlainText().contains(core::formatDuration(75'000)));

    // Line numbers are written as the interface's language writes numbers (the default locale): in Arabic,
    // Arabic-Indic digits, as in the times beside them.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Arabic, QLocale::Egypt));
    ui::ReportDialog arabic(&undo);
    QLocale::setDefault(before);
    const QString from = arabic.findChild<QTreeWidget *>(u"reportSources"_s)->topLevelItem(1)->child(0)->text(4);
    QVERIFY2(from.contains(QRegularExpression(u"[\\x{0660}-\\x{0669}]"_s)), qPrintable(from));
    QVERIFY2(!from.contains(QRegularExpression(u"[0-9]"_s)), qPrintable(from));
}

void TestReportDialog::shortReport_isEditable_andUndone()
{
    ui::SessionUndo undo(m_session.get());
    ui::ReportDialog dialog(&undo);
    auto *takeaways = dialog.findChild<QPlainTextEdit *>(u"reportField_takeaways"_s);
    auto *actions = dialog.findChild<QPlainTextEdit *>(u"reportField_calls_to_action"_s);
    QVERIFY(takeaways && actions);
    QVERIFY(!takeaways->isReadOnly());
    QCOMPARE(takeaways->toPlainText(), u"Baseline requirements reach every supplier"_s); // drafted from the note
    QVERIFY(!dialog.findChild<QLabel *>(u"reportDraft_takeaways"_s)->isHidden());
    takeaways->setPlainText(u"Baseline requirements reach every supplier\nCertification must stay affordable"_s);
    MODERATO_VERIFY_OK(dialog.save());
    QCOMPARE(m_session->state().report().field(u"takeaways"_s),
             u"Baseline requirements reach every supplier\nCertification must stay affordable"_s);
    QVERIFY(m_session->state().report().field(u"calls_to_action"_s).isEmpty()); // untouched, not saved
    QCOMPARE(core::Report::build(*m_session).takeaways.size(), 2);
    QVERIFY(dialog.findChild<QLabel *>(u"reportDraft_takeaways"_s)->isHidden());
    // One undo step takes the edit back; the draft returns.
    undo.stack()->undo();
    QVERIFY(m_session->state().report().field(u"takeaways"_s).isEmpty());
    QVERIFY(!core::Report::build(*m_session).takeawaysWritten);
}

QTEST_MAIN(TestReportDialog)
#include "tst_reportdialog.moc"
