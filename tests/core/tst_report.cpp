// SPDX-License-Identifier: MIT
#include "core/base/plaintext.h"
#include "core/io/briefing.h"
#include "core/io/proposalimporter.h"
#include "core/io/report.h"
#include "core/session/session.h"
#include "tests/support/fakeclock.h"
#include "tests/support/helpers.h"
#include "tests/support/hostiletext.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class TestReport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void build_fillsFromTheSession();
    void rapporteursText_replacesTheDraft();
    void shortReport_atMostThreeEach();
    void markdown_andHtml_escapeUserText();
    void hostileNames_areIsolatedInEveryExport();
    void transcriptImport_feedsTheDrafter();
    void badInput_isRefused();

private:
    QString write(const QString &name, const QByteArray &bytes);

    QTemporaryDir m_dir;
    int m_files = 0;
    tests::FakeClock m_clock;
    std::unique_ptr<core::Session> m_session;
};

void TestReport::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_clock = tests::FakeClock();
    auto session = core::Session::create(
        m_dir.filePath(u"r%1.moderato"_s.arg(++m_files)), core::ProposalImporter::demoWorkshop().value(), m_clock);
    MODERATO_VERIFY_OK(session);
    m_session = std::move(session).value();
    MODERATO_VERIFY_OK(m_session->start());
    MODERATO_VERIFY_OK(m_session->giveFloor(1));
    m_clock.advance(8min);
    MODERATO_VERIFY_OK(m_session->next());
    MODERATO_VERIFY_OK(m_session->giveFloor(2));
    m_clock.advance(4min);
    MODERATO_VERIFY_OK(m_session->end());
}

QString TestReport::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(bytes);
    }
    return path;
}

void TestReport::build_fillsFromTheSession()
{
    MODERATO_VERIFY_OK(m_session->setParticipation(40, 25, 31));
    const core::Report report = core::Report::build(*m_session);
    QCOMPARE(report.title, u"IGF 2019 WS #195 IT security in the global supply chain"_s);
    QCOMPARE(report.speakers.size(), 3);
    QCOMPARE(report.speakers.at(0), u"Eva Schulz-Kamm, Private Sector, WEOG"_s);
    QCOMPARE(report.organizers.size(), 2);
    QCOMPARE(report.moderators.size(), 1); // the same person on site and online
    QCOMPARE(report.fields.size(), 8);
    QCOMPARE(report.fieldTitles.at(5), u"Estimated participation"_s);
    QCOMPARE(report.fields.at(0).split(u'\n').size(), 4); // the four policy questions
    QVERIFY(report.fields.at(5).contains(u"40"_s) && report.fields.at(5).contains(u"25"_s)
            && report.fields.at(5).contains(u"31"_s));
    QCOMPARE(report.balance.totalMs, 12 * 60'000);
    QCOMPARE(report.agenda.size(), 9);
    QCOMPARE(report.agenda.at(0).actualMs, 8 * 60'000);
    QCOMPARE(report.agenda.at(0).plannedMs, 10 * 60'000);
}

void TestReport::rapporteursText_replacesTheDraft()
{
    MODERATO_VERIFY_OK(m_session->setReportField(u"policy_questions"_s, u"Our own framing of the questions."_s));
    MODERATO_VERIFY_OK(m_session->setReportField(u"gender"_s, u"Half of the speakers were women."_s));
    const core::Report report = core::Report::build(*m_session);
    QCOMPARE(report.fields.at(0), u"Our own framing of the questions."_s);
    QCOMPARE(report.fields.at(6), u"Half of the speakers were women."_s);
    QCOMPARE(m_session->setReportField(u"nonsense"_s, u"x"_s).error().code, core::ErrorCode::InvalidArgument);
}

void TestReport::shortReport_atMostThreeEach()
{
    for (const QString &text : {u"Approved one"_s, u"Approved two"_s}) {
        MODERATO_VERIFY_OK(m_session->approveTakeaway(text));
    }
    for (const QString &text : {u"Baseline requirements must reach every supplier"_s,
                                u"Certification must be affordable"_s,
                                u"Lifecycle updates are part of security"_s}) {
        MODERATO_VERIFY_OK(m_session->addNote(text, {core::NoteTag::Takeaway}));
    }
    for (const QString &text : {u"Governments should fund certification"_s,
                                u"Industry must share incident data"_s,
                                u"Regulators should publish one checklist"_s,
                                u"Buyers should demand updates"_s}) {
        MODERATO_VERIFY_OK(m_session->addNote(text, {core::NoteTag::CallToAction}));
    }
    const core::Report report = core::Report::build(*m_session);
    QCOMPARE(report.takeaways.size(), 3);
    QCOMPARE(report.takeaways.at(0), u"Approved one"_s); // approved first
    QCOMPARE(report.takeaways.at(1), u"Approved two"_s);
    QCOMPARE(report.callsToAction.size(), 3);
}

void TestReport::markdown_andHtml_escapeUserText()
{
    MODERATO_VERIFY_OK(m_session->approveTakeaway(u"<script>alert(1)</script> & *bold* [link](x)"_s));
    const core::Report report = core::Report::build(*m_session);
    const QString html = report.toHtml();
    QVERIFY(!html.contains(u"<script>"_s));
    QVERIFY(html.contains(u"&lt;script&gt;alert(1)&lt;/script&gt; &amp; *bold*"_s));
    QVERIFY(html.contains(u"dir=\"auto\""_s));
    const QString md = report.toMarkdown();
    QVERIFY(md.contains(u"\\<script\\>alert\\(1\\)\\</script\\> & \\*bold\\* \\[link\\]\\(x\\)"_s));
    QVERIFY(md.contains(u"## Short report"_s));
    QVERIFY(md.contains(u"### 8. Session outputs"_s));
}

void TestReport::hostileNames_areIsolatedInEveryExport()
{
    // A speaker whose name opens an override and never closes it, and whose group ends an isolate it never opened.
    core::SessionDefinition definition = core::ProposalImporter::demoWorkshop().value();
    definition.speakers[0].name = u"\u202EEva | ~~Schulz~~"_s;
    definition.speakers[0].stakeholderGroup = u"\u2069Private Sector"_s;
    auto session = core::Session::create(m_dir.filePath(u"h%1.moderato"_s.arg(++m_files)), definition, m_clock);
    MODERATO_VERIFY_OK(session);
    m_session = std::move(session).value();
    const core::Report report = core::Report::build(*m_session);
    // Each part of a person's line is balanced, so the name cannot turn the group around.
    QVERIFY2(report.speakers.contains(u"\u202EEva | ~~Schulz~~\u202C, Private Sector, WEOG"_s),
             qPrintable(report.speakers.join(u'\n')));
    const QString md = report.toMarkdown();
    for (const QString &line : md.split(u'\n')) {
        QVERIFY2(tests::bidiLeak(line).isEmpty(), qPrintable(tests::bidiLeak(line) + u": "_s + line));
    }
    QVERIFY2(md.contains(u"- \u2068\u202EEva \\| \\~\\~Schulz\\~\\~\u202C, Private Sector, WEOG\u2069\n"_s),
             qPrintable(md));
    const QString html = report.toHtml();
    QVERIFY(html.contains(
        u"<li dir=\"auto\"><bdi>\u2068\u202EEva | ~~Schulz~~\u202C, Private Sector, WEOG\u2069</bdi></li>"_s));
    const core::Briefing briefing = core::Briefing::build(m_session->state(), {});
    for (const QString &line : briefing.toMarkdown().split(u'\n')) {
        QVERIFY2(tests::bidiLeak(line).isEmpty(), qPrintable(tests::bidiLeak(line) + u": "_s + line));
    }
}

void TestReport::transcriptImport_feedsTheDrafter()
{
    const QString path =
        write(u"t.txt"_s,
              "Moderator: Welcome to this meeting on supply chain security.\n"
              "Eva Schulz-Kamm: Baseline requirements for every supplier are the foundation of supply chain security.\n"
              "Amina Diallo: Governments should fund certification for small suppliers.\n"
              "Paula Iwaniuk: Certification costs for small suppliers are a barrier to supply chain security.\n");
    MODERATO_VERIFY_OK(m_session->importTranscript(path));
    QCOMPARE(m_session->state().report().transcript().size(), 4);
    QCOMPARE(m_session->state().report().transcriptName(), u"t.txt"_s);
    const core::Draft draft = core::Report::draftFor(*m_session);
    QVERIFY(!draft.summary.isEmpty());
    QCOMPARE(draft.callsToAction.constFirst().text, u"Governments should fund certification for small suppliers."_s);
    const core::Report report = core::Report::build(*m_session);
    QVERIFY(report.fields.at(2).contains(u"Governments should fund certification"_s)); // recommendations
    QVERIFY(!report.fields.at(1).isEmpty());                                           // discussion areas
}

void TestReport::badInput_isRefused()
{
    const auto events = m_session->events().size();
    QCOMPARE(m_session->setParticipation(10, 5, 16).error().code, core::ErrorCode::InvalidArgument);
    QCOMPARE(m_session->setParticipation(-1, 5, 0).error().code, core::ErrorCode::InvalidArgument);
    QCOMPARE(m_session->importTranscript(m_dir.filePath(u"missing.txt"_s)).error().code, core::ErrorCode::FileNotFound);
    QCOMPARE(m_session->importTranscript(write(u"bin.txt"_s, QByteArray("\x00\x01garbage", 9))).error().code,
             core::ErrorCode::Parse);
    QCOMPARE(m_session->importTranscript(write(u"empty.txt"_s, "\n\n")).error().code, core::ErrorCode::Parse);
    QCOMPARE(m_session->events().size(), events);
}

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
