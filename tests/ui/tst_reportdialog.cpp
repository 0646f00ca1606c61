// SPDX-License-Identifier: MIT
#include "core/io/proposalimporter.h"
#include "core/session/session.h"
#include "tests/support/fakeclock.h"
#include "tests/support/helpers.h"
#include "ui/commands/sessionundo.h"
#include "ui/reportdialog.h"

#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestReportDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void fields_arePrefilled_andSavedWhenChanged();
    void counters_areSaved_andChecked();
    void export_andClipboard();
    void draftedTakeaways_goToTheRoom();

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
    QVERIFY(dialog.findChild<QLabel *>(u"shortReportLabel"_s)->text().contains(u"Baseline requirements"_s));
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

QTEST_MAIN(TestReportDialog)
#include "tst_reportdialog.moc"
