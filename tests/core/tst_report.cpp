// SPDX-License-Identifier: MIT
#include "core/base/plaintext.h"
#include "core/io/briefing.h"
#include "core/io/proposalimporter.h"
#include "core/io/report.h"
#include "core/session/session.h"
#include "core/session/sessionstats.h"
#include "tests/support/fakeclock.h"
#include "tests/support/helpers.h"
#include "tests/support/hostiletext.h"

#include <QFile>
#include <QJsonObject>
#include <QLocale>
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
    void participation_isEstimatedFromWhoTookPart_untilEntered();
    void initiativeNames_findsNamedInitiatives_data();
    void initiativeNames_findsNamedInitiatives();
    void otherInitiatives_areDraftedFromDetailsAndProposal();
    void genderReflection_isDraftedFromTheFloor();
    void details_goalsDateAndTime_areInTheReport();
    void notes_agreementDisagreementAndFindingsPerQuestion();
    void isOutputLine_data();
    void isOutputLine();
    void outputs_holdOnlyLinksDocumentsAndCommitments();
    void emptyChair_andChannelSplit_areReported();
    void markdown_escapesOnlyWhatChangesTheMeaning();
    void roles_listEveryHolder_alsoOfSeveralRoles();
    void statsText_hasTheFloorBalance();
    void draftedLines_traceToWhoWhenAndWhere();
    void shortReport_rapporteursListsReplaceTheDraft();
    void roomComments_onTakeaways_areReported();
    void room_isInTheReport();
    void isProgressLine_data();
    void isProgressLine();
    void progress_isDraftedFromNotesAndProposal();
    void sources_ofDraftedLines_areNotesInTheExports();

private:
    QString write(const QString &name, const QByteArray &bytes);
    /// A new demo session, started; nobody has had the floor.
    std::unique_ptr<core::Session> started();
    int person(core::Session &session,
               const QString &name,
               core::Channel channel,
               const QString &gender,
               const QString &group = {});

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

std::unique_ptr<core::Session> TestReport::started()
{
    auto session = core::Session::create(
        m_dir.filePath(u"s%1.moderato"_s.arg(++m_files)), core::ProposalImporter::demoWorkshop().value(), m_clock);
    if (!session || !session.value()->start()) {
        return {};
    }
    return std::move(session).value();
}

int TestReport::person(
    core::Session &session, const QString &name, core::Channel channel, const QString &gender, const QString &group)
{
    core::Participant p;
    p.name = name;
    p.channel = channel;
    p.hub = channel == core::Channel::Hub ? u"Nairobi"_s : QString();
    p.gender = gender;
    p.stakeholderGroup = group;
    p.roles = {core::Role::Audience};
    const auto id = session.addParticipant(p);
    return id ? id.value() : 0;
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
    // The rapporteur's text is theirs; what the session drafted is marked as a draft.
    QVERIFY(!report.drafted.at(0) && !report.drafted.at(6));
    QVERIFY(report.drafted.at(5)); // the participation, estimated
    const QString md = report.toMarkdown();
    const QString draftMark = u"*Draft from the session, for the rapporteur to confirm.*"_s;
    QVERIFY(!md.section(u"### 1."_s, 1).section(u"### 2."_s, 0, 0).contains(draftMark));
    QVERIFY(md.section(u"### 6."_s, 1).section(u"### 7."_s, 0, 0).contains(draftMark));
    QVERIFY(report.toHtml().contains(u"<p class=\"draft\">"_s));
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
    QVERIFY(md.contains(u"\\<script>alert(1)\\</script> & \\*bold\\* \\[link\\](x)"_s));
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

void TestReport::participation_isEstimatedFromWhoTookPart_untilEntered()
{
    auto session = started();
    QVERIFY(session);
    const int ana = person(*session, u"Ana"_s, core::Channel::Onsite, u"female"_s);
    const int bo = person(*session, u"Bo"_s, core::Channel::Online, u"male"_s);
    const int chen = person(*session, u"Chen"_s, core::Channel::Hub, u"Woman"_s);
    person(*session, u"Silent"_s, core::Channel::Onsite, u"female"_s); // present in the list, never took part
    const int eva = session->state().floor().participantByName(u"Eva Schulz-Kamm"_s)->id;
    MODERATO_VERIFY_OK(session->giveFloor(eva)); // took the floor
    m_clock.advance(3min);
    MODERATO_VERIFY_OK(session->giveFloor(ana));
    m_clock.advance(1min);
    MODERATO_VERIFY_OK(session->endTurn());
    MODERATO_VERIFY_OK(session->requestToSpeak(bo)); // only asked to speak
    MODERATO_VERIFY_OK(session->claimChair(chen));   // only claimed the chair
    MODERATO_VERIFY_OK(session->setPhoneJoining(true));
    MODERATO_VERIFY_OK(session->joinPhone(u"dddd4444"_s, core::Who{0, u"Dana"_s, u"online"_s, {}, {}, {}, {}}));

    core::Report report = core::Report::build(*session);
    QVERIFY(!report.participation.entered);
    QCOMPARE(report.participation.onsite, 2); // Eva, Ana
    QCOMPARE(report.participation.online, 2); // Bo, Dana
    QCOMPARE(report.participation.hub, 1);    // Chen
    QCOMPARE(report.participation.women, 2);  // Ana, Chen
    QCOMPARE(report.participation.genderKnown, 3);
    QVERIFY(report.drafted.at(5));
    QVERIFY2(report.fields.at(5).contains(u"Estimated from who took part"_s), qPrintable(report.fields.at(5)));
    QVERIFY(report.fields.at(5).contains(u"2 in the room, 2 online, 1 at a remote hub"_s));
    QVERIFY(report.fields.at(5).contains(u"Women: 2 of the 3 people whose gender is known"_s));

    // The rapporteur's figures override the estimate, and the report says so.
    MODERATO_VERIFY_OK(session->setParticipation(40, 25, 31));
    report = core::Report::build(*session);
    QVERIFY(report.participation.entered);
    QCOMPARE(report.participation.total(), 65);
    QVERIFY2(report.fields.at(5).startsWith(u"Entered by the rapporteur: onsite 40, online 25, of whom women 31"_s),
             qPrintable(report.fields.at(5)));
    QVERIFY(!report.fields.at(5).contains(u"Estimated"_s));

    // Counts are written as the interface's language writes numbers (set as the default locale), as the plural
    // sentences are: Arabic-Indic digits in Arabic, never Latin digits beside Arabic ones.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Arabic, QLocale::Egypt));
    report = core::Report::build(*session);
    QLocale::setDefault(before);
    QVERIFY2(report.fields.at(5).contains(u"onsite \u0664\u0660, online \u0662\u0665, of whom women \u0663\u0661"_s),
             qPrintable(report.fields.at(5)));
    QVERIFY(!report.fields.at(5).contains(u"40"_s));
}

void TestReport::initiativeNames_findsNamedInitiatives_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("head last") << u"The complexity of the development of the Budapest Convention shows it."_s
                               << QStringList{u"Budapest Convention"_s};
    QTest::newRow("head first, inside a longer name")
        << u"(A) Relevance of Charter of Trust"_s << QStringList{u"Charter of Trust"_s};
    QTest::newRow("two in a sentence")
        << u"Taking the spirit of the Paris Peace Call, which Charter of Trust offically supports, we meet."_s
        << QStringList{u"Paris Peace Call"_s, u"Charter of Trust"_s};
    QTest::newRow("head in lower case") << u"The EU framework (Cyber act) could be used as an example."_s
                                        << QStringList{u"EU framework"_s, u"Cyber act"_s};
    QTest::newRow("a name before the head") << u"The Global Partnership on AI and the Christchurch Call met."_s
                                            << QStringList{u"Global Partnership on AI"_s, u"Christchurch Call"_s};
    QTest::newRow("one initiative, named shorter later")
        << u"Charter of Trust Secretariat has experience. Charter of Trust has members."_s
        << QStringList{u"Charter of Trust"_s};
    QTest::newRow("act of parliament") << u"Parliament passed the Digital Services Act in 2022."_s
                                       << QStringList{u"Digital Services Act"_s};
    QTest::newRow("a capital at the start of a sentence")
        << u"Call them later. Framework for action matters."_s << QStringList{};
    QTest::newRow("plain words") << u"Companies must offer updates throughout a reasonable lifecycle."_s
                                 << QStringList{};
    QTest::newRow("a goal, not an initiative") << u"GOAL 17: Partnerships for the Goals"_s << QStringList{};
    QTest::newRow("a joint initiative in lower case")
        << u"Charter of Trust is a joint initiative of the Munich Security Conference."_s
        << QStringList{u"Charter of Trust"_s};
    QTest::newRow("empty") << QString() << QStringList{};
}

void TestReport::initiativeNames_findsNamedInitiatives()
{
    QFETCH(QString, text);
    QFETCH(QStringList, names);
    QCOMPARE(core::Report::initiativeNames(text), names);
}

void TestReport::otherInitiatives_areDraftedFromDetailsAndProposal()
{
    // The session's details name the Charter of Trust (its online participation plan).
    core::Report report = core::Report::build(*m_session);
    QVERIFY2(report.fields.at(3).contains(u"Charter of Trust: "_s), qPrintable(report.fields.at(3)));
    QVERIFY(report.drafted.at(3));
    QVERIFY(!report.fields.at(3).contains(u"Budapest"_s));
    // The proposal's description names the others.
    QFile proposal(u":/demo/ws195-proposal.txt"_s);
    QVERIFY(proposal.open(QIODevice::ReadOnly));
    report = core::Report::build(*m_session, QString::fromUtf8(proposal.readAll()));
    const QStringList lines = report.fields.at(3).split(u'\n');
    for (const QString &name :
         {u"Charter of Trust"_s, u"Paris Peace Call"_s, u"Budapest Convention"_s, u"EU framework"_s}) {
        QVERIFY2(std::any_of(lines.begin(),
                             lines.end(),
                             [&name](const QString &line) {
                                 return line.section(u": "_s, 0, 0).split(u", "_s).contains(name);
                             }),
                 qPrintable(name + u" not in:\n"_s + report.fields.at(3)));
    }
    QCOMPARE(lines.size(), 4);
    // One line per sentence, with the initiatives it names; a sentence that says something about each.
    QVERIFY2(lines.contains(u"EU framework, Cyber act: The EU framework (Cyber act) could be used as an example."_s),
             qPrintable(report.fields.at(3)));
    QVERIFY(lines.at(0).startsWith(u"Charter of Trust: Charter of Trust is a joint initiative"_s));
    QVERIFY(report.fields.at(3).contains(u"The complexity of the development of the Budapest Convention"_s));
    // The rapporteur's own text replaces the draft.
    MODERATO_VERIFY_OK(m_session->setReportField(u"other_initiatives"_s, u"The Paris Call only."_s));
    report = core::Report::build(*m_session, QString::fromUtf8(proposal.readAll()));
    QCOMPARE(report.fields.at(3), u"The Paris Call only."_s);
    QVERIFY(!report.drafted.at(3));
}

void TestReport::genderReflection_isDraftedFromTheFloor()
{
    auto session = started();
    QVERIFY(session);
    const int ana = person(*session, u"Ana"_s, core::Channel::Onsite, u"F"_s);
    const int bo = person(*session, u"Bo"_s, core::Channel::Online, u"male"_s);
    const int kai = person(*session, u"Kai"_s, core::Channel::Onsite, u"non-binary"_s);
    const int eva = session->state().floor().participantByName(u"Eva Schulz-Kamm"_s)->id;
    QVERIFY(core::Report::build(*session).fields.at(6).isEmpty()); // nobody spoke yet: nothing to draft
    // The moderator's own turn is moderation, not the participants' floor time.
    MODERATO_VERIFY_OK(session->giveFloor(session->state().floor().participantByName(u"Daniel Brinkwerth"_s)->id));
    m_clock.advance(5min);
    MODERATO_VERIFY_OK(session->giveFloor(ana));
    m_clock.advance(4min);
    MODERATO_VERIFY_OK(session->giveFloor(bo));
    m_clock.advance(5min);
    MODERATO_VERIFY_OK(session->giveFloor(kai));
    m_clock.advance(1min);
    MODERATO_VERIFY_OK(session->giveFloor(eva)); // gender not given
    m_clock.advance(1min);
    MODERATO_VERIFY_OK(session->endTurn());
    const core::Report report = core::Report::build(*session);
    const QString gender = report.fields.at(6);
    QVERIFY(report.drafted.at(6));
    QVERIFY2(gender.contains(u"Women: 1 of the 4 people who took the floor (36 % of the floor time)."_s),
             qPrintable(gender));
    QVERIFY2(gender.contains(u"Men: 1 (45 %)"_s), qPrintable(gender));
    QVERIFY2(gender.contains(u"described otherwise: 1 (9 %)"_s), qPrintable(gender));
    QVERIFY2(gender.contains(u"not given: 1 (9 %)"_s), qPrintable(gender));
    QCOMPARE(core::Report::genderOf(u" Female "_s), core::Report::Gender::Woman);
    QCOMPARE(core::Report::genderOf(u"she/her"_s), core::Report::Gender::Woman);
    QCOMPARE(core::Report::genderOf(u"M"_s), core::Report::Gender::Man);
    QCOMPARE(core::Report::genderOf(u""_s), core::Report::Gender::Unknown);
    QCOMPARE(core::Report::genderOf(u"genderqueer"_s), core::Report::Gender::Other);
}

void TestReport::details_goalsDateAndTime_areInTheReport()
{
    const core::Report report = core::Report::build(*m_session);
    QCOMPARE(report.goals,
             (QStringList{u"Goal 4: Quality Education"_s,
                          u"Goal 8: Decent Work and Economic Growth"_s,
                          u"Goal 9: Industry, Innovation and Infrastructure"_s,
                          u"Goal 17: Partnerships for the Goals"_s}));
    QVERIFY(!report.date.isEmpty());
    // From the clock's start to the end: 12 minutes.
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(m_session->state().startedAtWallMs());
    const QString expected = start.toString(u"HH:mm"_s) + u"–"_s + start.addSecs(12 * 60).toString(u"HH:mm"_s);
    QCOMPARE(report.time, expected);
    const QString md = report.toMarkdown();
    QVERIFY(md.contains(u"Time: "_s + expected));
    QVERIFY(md.contains(u"**Sustainable Development Goals**\n\n- \u2068Goal 4: Quality Education\u2069\n"_s));
    QVERIFY(report.toHtml().contains(u"Goal 17: Partnerships for the Goals"_s));
    // Not started: no time yet.
    auto session = core::Session::create(
        m_dir.filePath(u"n%1.moderato"_s.arg(++m_files)), core::ProposalImporter::demoWorkshop().value(), m_clock);
    MODERATO_VERIFY_OK(session);
    QVERIFY(core::Report::build(*session.value()).time.isEmpty());
}

void TestReport::notes_agreementDisagreementAndFindingsPerQuestion()
{
    MODERATO_VERIFY_OK(m_session->addNote(u"Everyone backs baseline requirements"_s, {core::NoteTag::Agreement}));
    MODERATO_VERIFY_OK(
        m_session->addNote(u"Regulation or self-regulation split the room"_s, {core::NoteTag::Disagreement}));
    MODERATO_VERIFY_OK(m_session->addNote(u"Suppliers need one checklist"_s, {}, -1, 1));
    const auto deleted = m_session->addNote(u"Withdrawn finding"_s, {core::NoteTag::Agreement}, -1, 1);
    MODERATO_VERIFY_OK(deleted);
    MODERATO_VERIFY_OK(m_session->deleteNote(deleted.value()));
    const core::Report report = core::Report::build(*m_session);
    const QString areas = report.fields.at(1);
    QVERIFY2(areas.contains(u"Agreement: Everyone backs baseline requirements"_s), qPrintable(areas));
    QVERIFY(areas.contains(u"Disagreement: Regulation or self-regulation split the room"_s));
    QVERIFY(!areas.contains(u"Withdrawn"_s));
    const QStringList questions = report.fields.at(0).split(u'\n');
    QCOMPARE(questions.size(), 5);
    QVERIFY(questions.at(1).startsWith(u"What are the baseline requirements"_s));
    QCOMPARE(questions.at(2), u"Finding: Suppliers need one checklist"_s); // under the question it is linked to
    QVERIFY(report.drafted.at(0) && report.drafted.at(1));
}

void TestReport::isOutputLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("output");
    QTest::newRow("link") << u"Slides: https://example.org/ws195"_s << true;
    QTest::newRow("www") << u"See www.charter-of-trust.com for the principles"_s << true;
    QTest::newRow("document") << u"The organisers will circulate a paper on baseline requirements"_s << true;
    QTest::newRow("pdf") << u"ws195-outcomes.pdf goes to the IGF secretariat"_s << true;
    QTest::newRow("commitment") << u"Siemens commits to publishing its supplier checklist"_s << true;
    QTest::newRow("we will") << u"We will meet again at the next IGF"_s << true;
    QTest::newRow("discussion") << u"Certification costs are a barrier for small suppliers"_s << false;
    QTest::newRow("summary") << u"The moderator summarised the discussion"_s << false;
}

void TestReport::isOutputLine()
{
    QFETCH(QString, text);
    QFETCH(bool, output);
    QCOMPARE(core::Report::isOutputLine(text), output);
}

void TestReport::outputs_holdOnlyLinksDocumentsAndCommitments()
{
    MODERATO_VERIFY_OK(m_session->addNote(u"Certification costs are a barrier for small suppliers"_s, {}));
    MODERATO_VERIFY_OK(m_session->addNote(u"Lifecycle updates are part of security"_s, {core::NoteTag::Takeaway}));
    core::Report report = core::Report::build(*m_session);
    QVERIFY2(report.fields.at(7).isEmpty(), qPrintable(report.fields.at(7))); // left for the rapporteur
    QVERIFY(!report.drafted.at(7));
    MODERATO_VERIFY_OK(m_session->addNote(u"Slides: https://example.org/ws195"_s, {}));
    MODERATO_VERIFY_OK(m_session->addNote(u"Charter of Trust commits to a follow-up call in March"_s, {}));
    report = core::Report::build(*m_session);
    QCOMPARE(report.fields.at(7),
             u"Slides: https://example.org/ws195\nCharter of Trust commits to a follow-up call in March"_s);
    QVERIFY(report.drafted.at(7));
}

void TestReport::emptyChair_andChannelSplit_areReported()
{
    auto session = started();
    QVERIFY(session);
    const int ana = person(*session, u"Ana"_s, core::Channel::Onsite, u"female"_s, u"Civil Society"_s);
    const int bo = person(*session, u"Bo"_s, core::Channel::Online, u"male"_s, u"Technical Community"_s);
    const int chen = person(*session, u"Chen"_s, core::Channel::Hub, {}, {});
    MODERATO_VERIFY_OK(session->openChair());
    MODERATO_VERIFY_OK(session->takeChair(ana));
    m_clock.advance(2min);
    MODERATO_VERIFY_OK(session->closeChair());
    MODERATO_VERIFY_OK(session->claimChair(bo)); // the online moderator, on behalf of Bo
    MODERATO_VERIFY_OK(session->takeChair(bo));  // accepted: it opens the chair
    m_clock.advance(1min);
    MODERATO_VERIFY_OK(session->closeChair());
    MODERATO_VERIFY_OK(session->openChair()); // nobody came
    MODERATO_VERIFY_OK(session->closeChair());
    MODERATO_VERIFY_OK(session->giveFloor(chen));
    m_clock.advance(1min);
    MODERATO_VERIFY_OK(session->endTurn());

    const core::Report report = core::Report::build(*session);
    QCOMPARE(report.chair.size(), 3);
    QCOMPARE(report.chair.at(0).name, u"Ana"_s);
    QCOMPARE(report.chair.at(0).stakeholderGroup, u"Civil Society"_s);
    QCOMPARE(report.chair.at(0).channel, u"onsite"_s);
    QCOMPARE(report.chair.at(0).ms, 2 * 60'000);
    QVERIFY(!report.chair.at(0).viaOnlineModerator);
    QCOMPARE(report.chair.at(1).name, u"Bo"_s);
    QCOMPARE(report.chair.at(1).channel, u"online"_s);
    QCOMPARE(report.chair.at(1).ms, 60'000);
    QVERIFY(report.chair.at(1).viaOnlineModerator);
    QVERIFY(report.chair.at(2).name.isEmpty());
    QVERIFY(!report.chair.at(0).item.isEmpty());

    const QString md = report.toMarkdown();
    QVERIFY2(md.contains(u"## The empty chair\n\nThe empty chair was opened 3 time(s); 1 person(s) sat there"_s)
                 || md.contains(u"The empty chair was opened 3 times; 2 people sat there"_s)
                 || md.contains(u"opened 3 time(s); 2 person(s) sat there, for 3:00 in all."_s),
             qPrintable(md));
    QVERIFY(md.contains(u"| nobody |"_s));
    QVERIFY(md.contains(u"| \u2068Bo\u2069 | \u2068Technical Community\u2069 | online | 1:00 | yes |"_s));
    // The room, online and hub split of floor time and turns.
    QVERIFY(md.contains(u"## Floor time in the room, online and at hubs"_s));
    QVERIFY2(md.contains(u"| in the room | 2:00 | 50 % | 1 |"_s), qPrintable(md));
    QVERIFY(md.contains(u"| online | 1:00 | 25 % | 1 |"_s));
    QVERIFY(md.contains(u"| at the hub \u2068Nairobi\u2069 | 1:00 | 25 % | 1 |"_s));
    const QString html = report.toHtml();
    QVERIFY(html.contains(u"<h2>The empty chair</h2>"_s));
    QVERIFY(html.contains(u"<td>yes</td>"_s));
}

void TestReport::markdown_escapesOnlyWhatChangesTheMeaning()
{
    MODERATO_VERIFY_OK(m_session->setReportField(
        u"other_initiatives"_s, u"Charter of Trust (GPLUS) has 10 principles.\n0. Nothing\n# not a heading"_s));
    const QString md = core::Report::build(*m_session).toMarkdown();
    QVERIFY2(md.contains(u"Charter of Trust (GPLUS) has 10 principles."_s), qPrintable(md));
    QVERIFY(md.contains(u"0\\. Nothing"_s)); // at the start of a line it would start a list
    QVERIFY(md.contains(u"\\# not a heading"_s));
    QVERIFY(md.contains(u"# \u2068IGF 2019 WS #195 IT security in the global supply chain\u2069\n"_s));
}

void TestReport::roles_listEveryHolder_alsoOfSeveralRoles()
{
    // The demo's Daniel Brinkwerth is organizer, onsite and online moderator at once.
    core::Report report = core::Report::build(*m_session);
    const QString daniel =
        u"Daniel Brinkwerth, Charter of Trust (GPLUS), Private Sector, Intergovernmental Organization"_s;
    QCOMPARE(report.moderators, QStringList{daniel});
    QCOMPARE(report.onlineModerators, QStringList{daniel});
    const QString md = report.toMarkdown();
    // In Markdown, as written: the parentheses need no backslash.
    QVERIFY2(md.contains(u"**Onsite moderator**\n\n- \u2068"_s + daniel + u"\u2069\n"_s), qPrintable(md));
    QVERIFY(md.contains(u"**Online moderator**\n\n- \u2068"_s + daniel + u"\u2069\n"_s));
    QVERIFY(md.contains(u"**Organizers**"_s));
    QVERIFY(md.contains(u"**Speakers**"_s));
    // A speaker who is also the rapporteur is listed in both roles.
    auto session = started();
    QVERIFY(session);
    core::Participant eva = *session->state().floor().participantByName(u"Eva Schulz-Kamm"_s);
    eva.roles.append(core::Role::Rapporteur);
    MODERATO_VERIFY_OK(session->updateParticipant(eva));
    report = core::Report::build(*session);
    QVERIFY(report.rapporteurs.contains(u"Eva Schulz-Kamm, Private Sector, WEOG"_s));
    QVERIFY(report.speakers.contains(u"Eva Schulz-Kamm, Private Sector, WEOG"_s));
    QVERIFY(report.toHtml().contains(u"<h3>Online moderator</h3>"_s));
}

void TestReport::statsText_hasTheFloorBalance()
{
    const QString text = core::SessionStats::toText(m_session->state(), m_session->now());
    for (const QString &heading :
         {u"By person"_s, u"By stakeholder group"_s, u"By region"_s, u"By gender"_s, u"By channel"_s, u"By role"_s}) {
        QVERIFY2(text.contains(u"  "_s + heading + u'\n'), qPrintable(heading + u" not in:\n"_s + text));
    }
    QVERIFY2(text.contains(u"Floor: 2 turn(s), 12:00"_s), qPrintable(text));
    QVERIFY2(text.contains(u"    Private Sector  2 turn(s)  12:00  100 %"_s), qPrintable(text));
    QVERIFY(text.contains(u"    in the room  2 turn(s)  12:00  100 %"_s));
    QVERIFY(text.contains(u"    Eva Schulz-Kamm  1 turn(s)  8:00"_s));
    const QJsonObject json = core::SessionStats::floorJson(m_session->state(), m_session->now());
    QCOMPARE(json.value(u"turns"_s).toObject().value(u"total"_s).toInt(), 2);
    QCOMPARE(json.value(u"turns"_s).toObject().value(u"by_channel"_s).toObject().value(u"onsite"_s).toInt(), 2);
}

void TestReport::draftedLines_traceToWhoWhenAndWhere()
{
    auto session = started();
    QVERIFY(session);
    MODERATO_VERIFY_OK(session->giveFloor(1));
    m_clock.advance(1min);
    const core::Participant *holder = session->state().floor().participant(1);
    QVERIFY(holder);
    const int item = session->state().currentItemId();
    MODERATO_VERIFY_OK(session->addNote(u"Suppliers need one label for secure devices"_s, {core::NoteTag::Takeaway}));
    const QString label = holder->name.toUpper();
    const QString path = write(u"trace.txt"_s,
                               (label
                                + u": Baseline requirements for every supplier are the foundation of supply "
                                  "chain security.\nAmina Diallo: Certification costs for small suppliers are "
                                  "a barrier to supply chain security and to baseline requirements.\n"_s)
                                   .toUtf8());
    MODERATO_VERIFY_OK(session->importTranscript(path));
    const core::Draft draft = core::Report::draftFor(*session);
    // The note keeps who held the floor, their group, the item and the time it was typed.
    const core::DraftSentence &note = draft.takeaways.constFirst();
    QCOMPARE(note.text, u"Suppliers need one label for secure devices"_s);
    QVERIFY(note.fromNotes);
    QCOMPARE(note.speaker, holder->name);
    QCOMPARE(note.group, holder->stakeholderGroup);
    QCOMPARE(note.itemId, item);
    QCOMPARE(note.timeMs, 60'000);
    // A transcript line names the participant its upper-case label stands for, with their group.
    bool matched = false;
    for (const core::DraftSentence &sentence : draft.summarySentences) {
        if (!sentence.fromNotes && sentence.lines.constFirst() == 1) {
            QCOMPARE(sentence.speaker, holder->name);
            QCOMPARE(sentence.group, holder->stakeholderGroup);
            matched = true;
        }
    }
    QVERIFY2(matched, qPrintable(draft.summary));
}

void TestReport::shortReport_rapporteursListsReplaceTheDraft()
{
    MODERATO_VERIFY_OK(m_session->approveTakeaway(u"Approved one"_s));
    MODERATO_VERIFY_OK(m_session->addNote(u"Governments should fund certification"_s, {core::NoteTag::CallToAction}));
    core::Report report = core::Report::build(*m_session);
    QCOMPARE(report.takeaways.constFirst(), u"Approved one"_s);
    QVERIFY(!report.takeawaysWritten && !report.callsToActionWritten);
    // The rapporteur's lists, one a line (blank lines and spaces aside), replace approved and drafted ones.
    MODERATO_VERIFY_OK(
        m_session->setReportField(u"takeaways"_s, u"  Our first point\n\nOur second point\nOur third\nA fourth"_s));
    MODERATO_VERIFY_OK(m_session->setReportField(u"calls_to_action"_s, u"Fund small suppliers' certification"_s));
    report = core::Report::build(*m_session);
    QCOMPARE(report.takeaways,
             (QStringList{u"Our first point"_s, u"Our second point"_s, u"Our third"_s, u"A fourth"_s}));
    QCOMPARE(report.callsToAction, QStringList{u"Fund small suppliers' certification"_s});
    QVERIFY(report.takeawaysWritten && report.callsToActionWritten);
    QVERIFY(report.toMarkdown().contains(u"- \u2068Our second point\u2069\n"_s));
    // Emptied again: the drafts come back.
    MODERATO_VERIFY_OK(m_session->setReportField(u"takeaways"_s, u"  \n "_s));
    report = core::Report::build(*m_session);
    QCOMPARE(report.takeaways.constFirst(), u"Approved one"_s);
    QVERIFY(!report.takeawaysWritten);
}

void TestReport::roomComments_onTakeaways_areReported()
{
    const std::unique_ptr<core::Session> session = started();
    QVERIFY(session);
    const auto takeaway = session->approveTakeaway(u"Certification must be affordable"_s);
    MODERATO_VERIFY_OK(takeaway);
    MODERATO_VERIFY_OK(session->editTakeaway(takeaway.value(), u"Certification must be affordable for SMEs"_s));
    const int asker = person(*session, u"Jon <b>Bold</b>"_s, core::Channel::Onsite, {}, u"Civil Society"_s);
    QVERIFY(asker > 0);
    MODERATO_VERIFY_OK(session->commentOnTakeaway(takeaway.value(), u"*Who* pays for the audits?"_s, asker));
    MODERATO_VERIFY_OK(session->commentOnTakeaway(takeaway.value(), u"Cheaper for everyone, not only SMEs"_s));
    const core::Report report = core::Report::build(*session);
    QCOMPARE(report.takeaways.constFirst(), u"Certification must be affordable for SMEs"_s); // the new wording
    QCOMPARE(report.roomComments,
             (QStringList{
                 u"On \"Certification must be affordable for SMEs\": Jon <b>Bold</b> (Civil Society): *Who* pays for "
                 "the audits?"_s,
                 u"On \"Certification must be affordable for SMEs\": someone in the room: Cheaper for everyone, not "
                 "only SMEs"_s}));
    const QString md = report.toMarkdown();
    QVERIFY(md.contains(u"**Comments from the room on the key takeaways**"_s));
    QVERIFY2(md.contains(u"\\*Who\\* pays"_s), qPrintable(md));
    const QString html = report.toHtml();
    QVERIFY(html.contains(u"Jon &lt;b&gt;Bold&lt;/b&gt;"_s));
    QVERIFY(!html.contains(u"<b>Bold"_s));
}

void TestReport::room_isInTheReport()
{
    auto session = core::Session::create(
        m_dir.filePath(u"room%1.moderato"_s.arg(++m_files)), core::ProposalImporter::demoWorkshop().value(), m_clock);
    MODERATO_VERIFY_OK(session);
    QVERIFY(!core::Report::build(*session.value()).toMarkdown().contains(u"Room:"_s)); // not given: no line
    core::SessionDefinition details = session.value()->state().definition();
    details.room = u"  Raum  <VI>  "_s;
    MODERATO_VERIFY_OK(session.value()->editDetails(details));
    QCOMPARE(session.value()->state().definition().room, u"Raum <VI>"_s);
    const core::Report report = core::Report::build(*session.value());
    QCOMPARE(report.room, u"Raum <VI>"_s);
    QVERIFY(report.toMarkdown().contains(u"Room: \u2068Raum \\<VI>\u2069"_s));
    QVERIFY(report.toHtml().contains(u"Raum &lt;VI&gt;"_s));
    details.room = QString(201, u'r');
    QCOMPARE(session.value()->editDetails(details).error().code, core::ErrorCode::InvalidArgument);
    // Kept in the file.
    const QString path = session.value()->filePath();
    session.value().reset();
    auto reopened = core::Session::open(path, m_clock);
    MODERATO_VERIFY_OK(reopened);
    QCOMPARE(reopened.value()->state().definition().room, u"Raum <VI>"_s);
}

void TestReport::isProgressLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("progress");
    QTest::newRow("progress") << u"There has been real progress on supplier baselines"_s << true;
    QTest::newRow("adopted") << u"The EU Cybersecurity Act has been adopted"_s << true;
    QTest::newRow("launched") << u"The Charter of Trust was launched in Munich"_s << true;
    QTest::newRow("in force") << u"Since 2019 the certification scheme is in force"_s << true;
    QTest::newRow("under way") << u"A pilot with small suppliers is under way"_s << true;
    QTest::newRow("barrier") << u"Certification costs are a barrier for small suppliers"_s << false;
    QTest::newRow("should") << u"Governments should adopt one checklist"_s << false;
    QTest::newRow("question") << u"Who will pay for the audits?"_s << false;
}

void TestReport::isProgressLine()
{
    QFETCH(QString, text);
    QFETCH(bool, progress);
    QCOMPARE(core::Report::isProgressLine(text), progress);
}

void TestReport::progress_isDraftedFromNotesAndProposal()
{
    const qsizetype progress = core::ReportState::fieldKeys().indexOf(u"progress"_s);
    QCOMPARE(progress, 4);
    MODERATO_VERIFY_OK(m_session->addNote(u"Certification costs are a barrier for small suppliers"_s, {}));
    core::Report report = core::Report::build(*m_session);
    QVERIFY2(report.fields.at(progress).isEmpty(), qPrintable(report.fields.at(progress)));
    MODERATO_VERIFY_OK(m_session->addNote(u"A pilot with 40 small suppliers is under way in Bavaria"_s, {}));
    const QString proposal = u"Supply chains are global. The Charter of Trust was launched in 2018 by nine "
                             "companies. Much remains to be done."_s;
    report = core::Report::build(*m_session, proposal);
    QCOMPARE(report.fields.at(progress).split(u'\n'),
             (QStringList{u"A pilot with 40 small suppliers is under way in Bavaria"_s,
                          u"The Charter of Trust was launched in 2018 by nine companies."_s}));
    QVERIFY(report.drafted.at(progress));
}

void TestReport::sources_ofDraftedLines_areNotesInTheExports()
{
    const std::unique_ptr<core::Session> session = started();
    QVERIFY(session);
    const int amina = person(*session, u"Amina <Diallo>"_s, core::Channel::Online, u"woman"_s, u"Civil Society"_s);
    MODERATO_VERIFY_OK(session->giveFloor(amina));
    m_clock.advance(std::chrono::minutes(3));
    MODERATO_VERIFY_OK(session->addNote(u"Suppliers need one checklist"_s, {core::NoteTag::Takeaway}));
    MODERATO_VERIFY_OK(session->addNote(u"Governments should fund audits"_s, {core::NoteTag::CallToAction}));
    MODERATO_VERIFY_OK(session->approveTakeaway(u"Approved by the room"_s));
    core::Report report = core::Report::build(*session);
    QCOMPARE(report.takeaways, (QStringList{u"Approved by the room"_s, u"Suppliers need one checklist"_s}));
    QCOMPARE(report.takeawaySources.size(), 2);
    QVERIFY(report.takeawaySources.at(0).isEmpty()); // approved: the room saw it, no draft to trace
    const QString source = report.takeawaySources.at(1);
    QVERIFY2(source.startsWith(u"Amina <Diallo> (Civil Society); Introduction of speakers and ice-breaker; at 3:00; "
                               "the rapporteur's note 1"_s),
             qPrintable(source));
    // Off by default; with sources, each drafted line gets a number and the sources close the report.
    QVERIFY(!report.toMarkdown().contains(u"Sources of the drafted lines"_s));
    report.withSources = true;
    const QString md = report.toMarkdown();
    QVERIFY2(md.contains(u"- \u2068Suppliers need one checklist\u2069 [1]\n"_s), qPrintable(md));
    QVERIFY(md.contains(u"- \u2068Governments should fund audits\u2069 [2]\n"_s));
    QVERIFY(md.contains(u"- \u2068Approved by the room\u2069\n"_s));
    QVERIFY(md.contains(u"## Sources of the drafted lines\n\n[1] \u2068Amina \\<Diallo>"_s));
    const QString html = report.toHtml();
    QVERIFY(html.contains(u"Suppliers need one checklist\u2069</bdi> <sup>[1]</sup></li>"_s));
    QVERIFY(html.contains(u"Amina &lt;Diallo&gt;"_s));
    QVERIFY(!html.contains(u"<Diallo>"_s));

    // In Arabic the numbers of the fields, the drafted lines and their sources are Arabic-Indic, as the text's are.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Arabic, QLocale::Egypt));
    const QString arabicMd = report.toMarkdown();
    const QString arabicHtml = report.toHtml();
    QLocale::setDefault(before);
    QVERIFY2(arabicMd.contains(u"Suppliers need one checklist\u2069 [\u0661]\n"_s), qPrintable(arabicMd));
    QVERIFY(arabicMd.contains(u"\n### \u0661. "_s));
    QVERIFY(arabicMd.contains(u"\n[\u0662] "_s));
    QVERIFY(!arabicMd.contains(u"[1]"_s) && !arabicMd.contains(u"### 1."_s));
    QVERIFY(arabicHtml.contains(u"<sup>[\u0661]</sup>"_s));
    QVERIFY(arabicHtml.contains(u"<h3>\u0661. "_s));
    QVERIFY(!arabicHtml.contains(u"<h3>1. "_s));
}

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
