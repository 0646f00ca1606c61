// SPDX-License-Identifier: MIT
// The report of a whole scripted WS #195 session (tests/data/ws195: the replay script, its notes and a
// WebVTT transcript), checked field by field against the report it must produce
// (tests/data/ws195/report.json), and against what an IGF rapporteur expects of each field.
//
// After an intended change of the report, regenerate the expected file with
// MODERATO_UPDATE_FIXTURES=1 and review its diff before committing it.
#include "core/io/proposalimporter.h"
#include "core/io/replayscript.h"
#include "core/io/report.h"
#include "core/session/session.h"
#include "tests/support/fakeclock.h"
#include "tests/support/helpers.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

const QString FixtureDir = QStringLiteral(MODERATO_WS195_DIR);
// 26 November 2019, 09:00 UTC: the workshop's day at the IGF in Berlin.
constexpr qint64 WorkshopWallMs = 1'574'758'800'000;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonArray rows(const QList<core::BalanceRow> &list)
{
    QJsonArray array;
    for (const core::BalanceRow &row : list) {
        array.append(QJsonObject{{u"key"_s, row.key}, {u"ms"_s, double(row.ms)}, {u"turns"_s, row.turns}});
    }
    return array;
}

/// The report as JSON, one key per field, so that a difference names its field.
QJsonObject toJson(const core::Report &report)
{
    QJsonObject json{
        {u"title"_s, report.title},
        {u"date"_s, report.date},
        {u"time"_s, report.time},
        {u"room"_s, report.room},
        {u"goals"_s, strings(report.goals)},
        {u"organizers"_s, strings(report.organizers)},
        {u"onsite_moderators"_s, strings(report.moderators)},
        {u"online_moderators"_s, strings(report.onlineModerators)},
        {u"rapporteurs"_s, strings(report.rapporteurs)},
        {u"speakers"_s, strings(report.speakers)},
        {u"takeaways"_s, strings(report.takeaways)},
        {u"calls_to_action"_s, strings(report.callsToAction)},
        {u"takeaway_sources"_s, strings(report.takeawaySources)},
        {u"call_to_action_sources"_s, strings(report.callToActionSources)},
        {u"room_comments"_s, strings(report.roomComments)},
        {u"participation"_s,
         QJsonObject{{u"onsite"_s, report.participation.onsite},
                     {u"online"_s, report.participation.online},
                     {u"hub"_s, report.participation.hub},
                     {u"women"_s, report.participation.women},
                     {u"gender_known"_s, report.participation.genderKnown},
                     {u"entered"_s, report.participation.entered}}},
        {u"balance_total_ms"_s, double(report.balance.totalMs)},
        {u"balance_moderation_ms"_s, double(report.balance.moderationMs)},
        {u"balance_stakeholder_groups"_s, rows(report.balance.rows[core::FloorBalance::StakeholderGroup])},
        {u"balance_channels"_s, rows(report.balance.rows[core::FloorBalance::Channel])},
        {u"balance_roles"_s, rows(report.balance.rows[core::FloorBalance::RoleGroup])},
        {u"chair_summary"_s, report.chairSummary()},
    };
    const QStringList keys = core::ReportState::fieldKeys();
    for (qsizetype i = 0; i < keys.size(); ++i) {
        json.insert(u"field_"_s + keys.at(i), report.fields.at(i));
        json.insert(u"drafted_"_s + keys.at(i), report.drafted.at(i));
    }
    QJsonArray chair;
    for (const core::ChairOpening &opening : report.chair) {
        chair.append(QJsonObject{{u"item"_s, opening.item},
                                 {u"name"_s, opening.name},
                                 {u"group"_s, opening.stakeholderGroup},
                                 {u"channel"_s, opening.channel},
                                 {u"ms"_s, double(opening.ms)},
                                 {u"via_online_moderator"_s, opening.viaOnlineModerator}});
    }
    json.insert(u"chair"_s, chair);
    QJsonArray agenda;
    for (const core::ReportItem &item : report.agenda) {
        agenda.append(QJsonObject{{u"title"_s, item.title},
                                  {u"depth"_s, item.depth},
                                  {u"planned_ms"_s, double(item.plannedMs)},
                                  {u"actual_ms"_s, double(item.actualMs)}});
    }
    json.insert(u"agenda"_s, agenda);
    return json;
}

} // namespace

class TestWs195 : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void report_isWhatTheSessionMustProduce_fieldByField();
    void report_meetsTheRapporteursExpectations();

private:
    QTemporaryDir m_dir;
    tests::FakeClock m_clock{WorkshopWallMs};
    std::unique_ptr<core::Session> m_session;
    core::Report m_report;
    QString m_markdown;
};

void TestWs195::initTestCase()
{
    // The expected file is written in English, at the workshop's place and time (Berlin).
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    if (!QTimeZone::isTimeZoneIdAvailable("Europe/Berlin")) {
        QSKIP("no time zone data (tzdata) on this machine");
    }
    qputenv("TZ", "Europe/Berlin");
    auto definition = core::ProposalImporter::demoWorkshop();
    MODERATO_VERIFY_OK(definition);
    auto session = core::Session::create(m_dir.filePath(u"ws195.moderato"_s), definition.value(), m_clock);
    MODERATO_VERIFY_OK(session);
    m_session = std::move(session).value();
    core::SessionDefinition details = m_session->state().definition();
    details.room = u"Saal Europa"_s;
    MODERATO_VERIFY_OK(m_session->editDetails(details));

    QString script = QString::fromUtf8(readAll(FixtureDir + u"/ws195.replay"_s));
    QVERIFY(!script.isEmpty());
    script.replace(u"@FIXTURE@"_s, FixtureDir);
    auto parsed = core::ReplayScript::parse(script);
    MODERATO_VERIFY_OK(parsed);
    MODERATO_VERIFY_OK(parsed.value().run(*m_session, m_clock));

    // The proposal as published, for what the session's details do not keep (the initiatives it names).
    QFile proposal(u":/demo/ws195-proposal.txt"_s);
    QVERIFY(proposal.open(QIODevice::ReadOnly));
    m_report = core::Report::build(*m_session, QString::fromUtf8(proposal.readAll()));
    m_markdown = m_report.toMarkdown();
}

void TestWs195::report_isWhatTheSessionMustProduce_fieldByField()
{
    const QJsonObject actual = toJson(m_report);
    const QString expectedPath = FixtureDir + u"/report.json"_s;
    if (qEnvironmentVariableIsSet("MODERATO_UPDATE_FIXTURES")) {
        QFile out(expectedPath);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(QJsonDocument(actual).toJson(QJsonDocument::Indented));
    }
    QJsonParseError error;
    const QJsonObject expected = QJsonDocument::fromJson(readAll(expectedPath), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QStringList differing;
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        if (actual.value(it.key()) != it.value()) {
            differing.append(it.key());
            qWarning().noquote()
                << it.key()
                << "\n  expected:" << QJsonDocument(QJsonObject{{it.key(), it.value()}}).toJson(QJsonDocument::Compact)
                << "\n  actual:  "
                << QJsonDocument(QJsonObject{{it.key(), actual.value(it.key())}}).toJson(QJsonDocument::Compact);
        }
    }
    for (auto it = actual.begin(); it != actual.end(); ++it) {
        if (!expected.contains(it.key())) {
            differing.append(it.key() + u" (not in the expected report)"_s);
        }
    }
    QVERIFY2(differing.isEmpty(),
             qPrintable(u"fields that differ from tests/data/ws195/report.json: "_s + differing.join(u", "_s)));
}

void TestWs195::report_meetsTheRapporteursExpectations()
{
    // Said apart from the expected file: what the report of this session must hold, whatever its wording.
    const core::Report &r = m_report;
    QCOMPARE(r.title, u"IGF 2019 WS #195 IT security in the global supply chain"_s);
    QCOMPARE(r.room, u"Saal Europa"_s);
    QCOMPARE(r.time, u"10:00–11:30"_s);
    // One person holds the three roles: each is listed.
    QCOMPARE(r.moderators, QStringList{r.onlineModerators});
    QVERIFY(!r.onlineModerators.isEmpty() && !r.rapporteurs.isEmpty());

    // Short report: the approved takeaway as reworded, then the #takeaway note; the #action note is a call to
    // action, and neither list holds the other's line nor a courtesy.
    QCOMPARE(r.takeaways.value(0),
             u"Security baselines must be shared along the whole supply chain, small suppliers included"_s);
    QVERIFY(r.takeaways.contains(u"Baseline requirements must reach every supplier, including small firms"_s));
    QVERIFY(r.callsToAction.contains(u"Governments and industry should agree one certification checklist for "
                                     "suppliers"_s));
    for (const QString &line : r.takeaways + r.callsToAction) {
        QVERIFY2(!r.callsToAction.contains(line) || !r.takeaways.contains(line), qPrintable(line));
    }
    static const QRegularExpression courtesy(u"\\b(thank|welcome|hear me|take your seats|good morning)\\b"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    const core::Draft draft = core::Report::draftFor(*m_session);
    for (const auto *list : {&draft.takeaways, &draft.callsToAction, &draft.summarySentences}) {
        for (const core::DraftSentence &sentence : *list) {
            QVERIFY2(!courtesy.match(sentence.text).hasMatch(), qPrintable(sentence.text));
            // Traceable: when, and who (a note typed while nobody held the floor has nobody).
            QVERIFY2(sentence.timeMs >= 0 && sentence.itemId > 0, qPrintable(sentence.text));
            QVERIFY2(sentence.fromNotes || !sentence.speaker.isEmpty(), qPrintable(sentence.text));
        }
    }
    QCOMPARE(r.roomComments.size(), 2);
    QVERIFY(r.roomComments.at(0).contains(u"Grace Okafor (Civil Society)"_s));

    // Participation: everyone who took part, by where they were.
    QCOMPARE(r.participation.onsite, 9); // the moderator, 3 speakers, 5 from the room (one in the chair)
    QCOMPARE(r.participation.online, 4); // Amina Diallo, Ahmed Hassan, Lena Novak, and Sofia Rossi in the chair
    QCOMPARE(r.participation.hub, 1);    // Kofi Mensah
    QVERIFY(!r.participation.entered);

    const auto field = [&r](const char16_t *key) {
        return r.fields.at(core::ReportState::fieldKeys().indexOf(QString::fromUtf16(key)));
    };
    // Findings under the questions they answer; agreement and disagreement.
    QVERIFY(field(u"policy_questions").contains(u"Finding: Attackers target the weakest supplier"_s));
    QVERIFY(field(u"discussion_areas").contains(u"Agreement: Everyone backs shared baseline requirements"_s));
    QVERIFY(field(u"discussion_areas").contains(u"Disagreement: Regulation versus self-regulation split the room"_s));
    for (const char16_t *initiative :
         {u"Charter of Trust", u"Paris Peace Call", u"Budapest Convention", u"Cyber act"}) {
        QVERIFY2(field(u"other_initiatives").contains(QString::fromUtf16(initiative)),
                 qPrintable(field(u"other_initiatives")));
    }
    QVERIFY(field(u"progress").contains(u"The Charter of Trust was launched in 2018"_s));
    QVERIFY(!field(u"gender").isEmpty());
    // Outputs: the link and the commitment, not the discussion.
    QVERIFY(field(u"outputs").contains(u"https://example.org/ws195"_s));
    QVERIFY(field(u"outputs").contains(u"Siemens commits"_s));
    QVERIFY(!field(u"outputs").contains(u"Baseline requirements must reach"_s));

    // The moderator's introduction and summary are moderation, not Private Sector floor time.
    QVERIFY(r.balance.moderationMs >= 23 * 60'000);
    // The empty chair: two openings, the second through the online moderator.
    QCOMPARE(r.chair.size(), 2);
    QCOMPARE(r.chair.at(0).name, u"Li Wei"_s);
    QCOMPARE(r.chair.at(0).stakeholderGroup, u"Technical Community"_s);
    QCOMPARE(r.chair.at(1).name, u"Sofia Rossi"_s);
    QVERIFY(r.chair.at(1).viaOnlineModerator);

    // Markdown a web form takes as it is: no backslash where nothing needed one.
    QVERIFY2(!m_markdown.contains(u"\\("_s) && !m_markdown.contains(u"\\."_s), qPrintable(m_markdown));
    QVERIFY(m_markdown.contains(u"Room: "_s));
}

QTEST_GUILESS_MAIN(TestWs195)
#include "tst_ws195.moc"
