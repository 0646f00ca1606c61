// SPDX-License-Identifier: MIT
// Break-out groups: the agenda item, the automatic assignment, the group-work clock, report-back turns,
// notes per group, the report's section, the statistics, the replay verbs and the proposal importer.
#include "core/agenda/breakoutassignment.h"
#include "core/base/eventcatalogue.h"
#include "core/io/proposalimporter.h"
#include "core/io/replayscript.h"
#include "core/io/report.h"
#include "core/session/floorbalance.h"
#include "core/session/session.h"
#include "core/session/sessionstats.h"
#include "core/store/memorystore.h"
#include "tests/support/fakeclock.h"
#include "tests/support/helpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

constexpr qint64 Min = 60'000;

const QStringList Groups{u"Government"_s, u"Civil Society"_s, u"Private Sector"_s, u"Technical Community"_s};
const QStringList Regions{u"African Group"_s, u"GRULAC"_s, u"WEOG"_s};
const QStringList Genders{u"woman"_s, u"man"_s};

/// n people, their details cycling through the lists at different paces; ids from 1.
QList<core::BreakOutPerson> people(int n, int remoteEvery = 0)
{
    QList<core::BreakOutPerson> list;
    for (int i = 0; i < n; ++i) {
        list.append({i + 1,
                     remoteEvery > 0 && i % remoteEvery == 0,
                     Groups.at(i % Groups.size()),
                     Regions.at((i / 2) % Regions.size()),
                     Genders.at((i / 3) % Genders.size())});
    }
    return list;
}

core::BreakOut groups(int onsite, int online = 0)
{
    core::BreakOut breakOut;
    for (int i = 0; i < onsite + online; ++i) {
        core::BreakOutGroup group;
        group.id = i + 1;
        group.name = u"Group %1"_s.arg(i + 1);
        group.online = i >= onsite;
        breakOut.groups.append(group);
    }
    return breakOut;
}

QList<int> sizes(const core::BreakOut &breakOut)
{
    QList<int> list;
    for (const auto &group : breakOut.groups) {
        list.append(int(group.members.size()));
    }
    return list;
}

core::SessionDefinition definition()
{
    const auto json = QJsonDocument::fromJson(R"({
        "title": "Break-out fixture",
        "policy_questions": ["How can suppliers be held to one baseline?", "Who certifies?"],
        "speakers": [{"name": "Ana", "stakeholder_group": "Government", "region": "WEOG"},
                     {"name": "Ben", "stakeholder_group": "Civil Society", "region": "African Group"}],
        "onsite_moderator": {"name": "Mo"},
        "agenda": [
            {"title": "Opening", "kind": "opening", "minutes": 10},
            {"title": "Groups", "kind": "break_out", "minutes": 20,
             "break_out": {"groups": [{"name": "Table 1", "policy_question": 0, "place": "table 1"},
                                      {"name": "Table 2", "topic": "Certification", "place": "table 2"},
                                      {"name": "Online", "online": true}],
                           "report_back_ms": 120000}},
            {"title": "Report back", "kind": "audience_input", "minutes": 20},
            {"title": "Summary", "kind": "summary", "minutes": 10}
        ]})");
    auto parsed = core::SessionDefinition::fromJson(json.object());
    if (!parsed) {
        qFatal("%s", qPrintable(tests::describe(parsed.error())));
    }
    return parsed.value();
}

} // namespace

class TestBreakOut : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void agenda_readsAndWritesGroups();
    void agenda_refusesBadGroups_data();
    void agenda_refusesBadGroups();
    void assign_balancesSizesAndSpreads();
    void assign_isDeterministic();
    void assign_keepsOnlineOnlineAndOnsiteOnsite();
    void assign_keepsLeadersAndChoices();
    void assign_refusesWhatCannotBeDone_data();
    void assign_refusesWhatCannotBeDone();
    void addLate_goesToTheLeastFullSuitableGroup();
    void session_editsGroupsAndUndoes();
    void session_afterStartOnlyGroupsChange();
    void session_groupsNeedVocabularySix();
    void groupPhase_clockPausesAndCountsOvertime();
    void reportBack_turnsInFloorAndBalance();
    void notes_perGroupAndReport();
    void stats_groupFigures();
    void replay_groupVerbs();
    void import_createsBreakOutItem();

private:
    std::unique_ptr<core::Session> create(const core::Clock &clock, const core::SessionDefinition &def = definition());
    /// Adds n walk-ins (onsite unless every remoteEvery-th) with cycling details; returns their ids.
    QList<int> addPeople(core::Session &session, int n, int remoteEvery = 0);

    QTemporaryDir m_dir;
    int m_count = 0;
};

void TestBreakOut::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    QVERIFY(m_dir.isValid());
}

std::unique_ptr<core::Session> TestBreakOut::create(const core::Clock &clock, const core::SessionDefinition &def)
{
    auto session = core::Session::create(m_dir.filePath(u"b%1.moderato"_s.arg(++m_count)), def, clock);
    if (!session) {
        qFatal("%s", qPrintable(tests::describe(session.error())));
    }
    return std::move(session).value();
}

QList<int> TestBreakOut::addPeople(core::Session &session, int n, int remoteEvery)
{
    QList<int> ids;
    for (const auto &person : people(n, remoteEvery)) {
        core::Participant p;
        p.name = u"Person %1"_s.arg(person.id);
        p.stakeholderGroup = person.stakeholderGroup;
        p.region = person.region;
        p.gender = person.gender;
        p.channel = person.remote ? core::Channel::Online : core::Channel::Onsite;
        auto id = session.addParticipant(p);
        if (!id) {
            qFatal("%s", qPrintable(tests::describe(id.error())));
        }
        ids.append(id.value());
    }
    return ids;
}

void TestBreakOut::agenda_readsAndWritesGroups()
{
    const core::Agenda &agenda = definition().agenda;
    const int index = agenda.indexOf(2);
    QCOMPARE(agenda.item(index).kind, core::ItemKind::BreakOut);
    const core::BreakOut &breakOut = agenda.item(index).breakOut;
    QCOMPARE(breakOut.groups.size(), 3);
    QCOMPARE(breakOut.reportBackLimitMs, 2 * Min);
    QCOMPARE(agenda.item(index).warningMs, 2 * Min); // the group work's own default
    QCOMPARE(breakOut.groups.at(0).policyQuestion, 0);
    QCOMPARE(breakOut.groups.at(1).topic, u"Certification"_s);
    QVERIFY(breakOut.groups.at(2).online);
    // Groups get ids unique in the agenda, and a round trip keeps everything.
    QCOMPARE(breakOut.groups.at(0).id, 1);
    QCOMPARE(breakOut.groups.at(2).id, 3);
    for (const auto form : {core::Agenda::JsonForm::Stored, core::Agenda::JsonForm::Authored}) {
        auto again = core::Agenda::fromJson(agenda.toJson(form));
        MODERATO_VERIFY_OK(again);
        QCOMPARE(again.value().item(index).breakOut, breakOut);
        QCOMPARE(again.value().item(index).warningMs, 2 * Min);
    }
    QCOMPARE(agenda.breakOutCount(), 1);
    QCOMPARE(agenda.indexOfGroup(3), index);
    QCOMPARE(agenda.group(2)->name, u"Table 2"_s);
    QCOMPARE(agenda.group(9), nullptr);
}

void TestBreakOut::agenda_refusesBadGroups_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("groups on another kind")
        << uR"([{"title": "A", "minutes": 5, "break_out": {"groups": []}}])"_s << u"not a break-out"_s;
    QTest::newRow("nameless group") << uR"([{"title": "A", "kind": "break_out", "minutes": 5,
                                           "break_out": {"groups": [{"name": " "}]}}])"_s
                                    << u"no name"_s;
    QTest::newRow("person twice") << uR"([{"title": "A", "kind": "break_out", "minutes": 5,
                                         "break_out": {"groups": [{"name": "X", "members": [1]},
                                                                  {"name": "Y", "members": [1]}]}}])"_s
                                  << u"two groups"_s;
    QTest::newRow("duplicate id") << uR"([{"title": "A", "kind": "break_out", "minutes": 5,
                                         "break_out": {"groups": [{"name": "X", "id": 4}, {"name": "Y", "id": 4}]}}])"_s
                                  << u"invalid id"_s;
    QTest::newRow("bad member") << uR"([{"title": "A", "kind": "break_out", "minutes": 5,
                                       "break_out": {"groups": [{"name": "X", "members": [-2]}]}}])"_s
                                << u"not a participant"_s;
    QTest::newRow("short report-back") << uR"([{"title": "A", "kind": "break_out", "minutes": 5,
                                              "break_out": {"groups": [], "report_back_ms": 1000}}])"_s
                                       << u"time limit"_s;
    QTest::newRow("children") << uR"([{"title": "A", "kind": "break_out",
                                     "children": [{"title": "B", "minutes": 5}]}])"_s
                              << u"cannot have items"_s;
}

void TestBreakOut::agenda_refusesBadGroups()
{
    QFETCH(QString, json);
    QFETCH(QString, expected);
    auto agenda = core::Agenda::fromJson(QJsonDocument::fromJson(json.toUtf8()).array());
    QVERIFY(!agenda.has_value());
    QVERIFY2(agenda.error().detail.contains(expected), qPrintable(agenda.error().detail));
}

void TestBreakOut::assign_balancesSizesAndSpreads()
{
    const QList<core::BreakOutPerson> who = people(23);
    auto assigned = core::BreakOutAssigner::assign(groups(4), who);
    MODERATO_VERIFY_OK(assigned);
    QList<int> s = sizes(assigned->breakOut);
    std::sort(s.begin(), s.end());
    QCOMPARE(s, (QList<int>{5, 6, 6, 6}));
    const core::BreakOutBalance &b = assigned->balance;
    QCOMPARE(b.minSize, 5);
    QCOMPARE(b.maxSize, 6);
    QCOMPARE(b.sizeSpread, 1);
    // 23 people of 4 stakeholder groups (6, 6, 6, 5) in 4 groups: each group has one or two of each.
    QVERIFY2(b.stakeholderSpread <= 1, qPrintable(QString::number(b.stakeholderSpread)));
    QVERIFY2(b.regionSpread <= 1, qPrintable(QString::number(b.regionSpread)));
    QVERIFY2(b.genderSpread <= 1, qPrintable(QString::number(b.genderSpread)));
    // Everyone once.
    QList<int> all;
    for (const auto &group : assigned->breakOut.groups) {
        all += group.members;
    }
    std::sort(all.begin(), all.end());
    QCOMPARE(all.size(), 23);
    QCOMPARE(all.constFirst(), 1);
    QCOMPARE(all.constLast(), 23);
    QCOMPARE(assigned->explanation,
             u"4 group(s) of 5–6; each has at least one person from Government, Private Sector, Civil Society and "
             "Technical Community."_s);
    // The measure agrees with a count by hand for a lopsided split.
    core::BreakOut lopsided = groups(2);
    lopsided.groups[0].members = {1, 5, 9}; // three from Government
    lopsided.groups[1].members = {2, 3, 4}; // none
    const core::BreakOutBalance measured = core::BreakOutAssigner::measure(lopsided, who);
    QCOMPARE(measured.stakeholderSpread, 3);
    QCOMPARE(measured.sizeSpread, 0);
}

void TestBreakOut::assign_isDeterministic()
{
    QList<core::BreakOutPerson> who = people(40, 7);
    auto first = core::BreakOutAssigner::assign(groups(5, 1), who);
    auto second = core::BreakOutAssigner::assign(groups(5, 1), who);
    MODERATO_VERIFY_OK(first);
    MODERATO_VERIFY_OK(second);
    QCOMPARE(first->breakOut, second->breakOut);
    // The order people are listed in does not matter.
    std::reverse(who.begin(), who.end());
    auto reversed = core::BreakOutAssigner::assign(groups(5, 1), who);
    MODERATO_VERIFY_OK(reversed);
    QCOMPARE(reversed->breakOut, first->breakOut);
    QCOMPARE(reversed->explanation, first->explanation);
}

void TestBreakOut::assign_keepsOnlineOnlineAndOnsiteOnsite()
{
    const QList<core::BreakOutPerson> who = people(30, 5); // 6 remote
    auto assigned = core::BreakOutAssigner::assign(groups(4, 2), who);
    MODERATO_VERIFY_OK(assigned);
    for (const auto &group : assigned->breakOut.groups) {
        for (int id : group.members) {
            QCOMPARE(who.at(id - 1).remote, group.online);
        }
    }
    QCOMPARE(sizes(assigned->breakOut), (QList<int>{6, 6, 6, 6, 3, 3}));
    // The English plural forms come from the English translation; untranslated, the source text shows.
    QVERIFY2(assigned->explanation.startsWith(u"4 group(s) of 6 in the room and 2 online group(s) of 3"_s),
             qPrintable(assigned->explanation));
}

void TestBreakOut::assign_keepsLeadersAndChoices()
{
    const QList<core::BreakOutPerson> who = people(12);
    core::BreakOut breakOut = groups(3);
    breakOut.groups[0].facilitator = 5;
    breakOut.groups[0].rapporteur = 9;
    breakOut.groups[2].rapporteur = 1;
    breakOut.groups[1].wishes = {2, 3, 4, 6, 7}; // only four fit
    auto assigned = core::BreakOutAssigner::assign(breakOut, who);
    MODERATO_VERIFY_OK(assigned);
    const auto &out = assigned->breakOut.groups;
    QCOMPARE(out.at(0).members.mid(0, 2), (QList<int>{5, 9})); // leaders first
    QVERIFY(out.at(2).members.contains(1));
    QCOMPARE(out.at(1).members, (QList<int>{2, 3, 4, 6}));
    QCOMPARE(assigned->balance.unmetWishes, 1);
    QVERIFY2(assigned->explanation.contains(u"could not be kept"_s), qPrintable(assigned->explanation));
    QCOMPARE(sizes(assigned->breakOut), (QList<int>{4, 4, 4}));
}

void TestBreakOut::assign_refusesWhatCannotBeDone_data()
{
    QTest::addColumn<int>("onsiteGroups");
    QTest::addColumn<int>("onlineGroups");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("remoteEvery");
    QTest::addColumn<QString>("expected");
    QTest::newRow("more groups than people") << 5 << 0 << 3 << 0 << u"more groups than people"_s;
    QTest::newRow("online people, no online group") << 3 << 0 << 12 << 4 << u"no group is online"_s;
    QTest::newRow("onsite people, only online groups") << 0 << 2 << 6 << 0 << u"every group is online"_s;
    QTest::newRow("no groups") << 0 << 0 << 6 << 0 << u"no groups"_s;
    QTest::newRow("nobody") << 2 << 0 << 0 << 0 << u"nobody"_s;
}

void TestBreakOut::assign_refusesWhatCannotBeDone()
{
    QFETCH(int, onsiteGroups);
    QFETCH(int, onlineGroups);
    QFETCH(int, count);
    QFETCH(int, remoteEvery);
    QFETCH(QString, expected);
    auto assigned = core::BreakOutAssigner::assign(groups(onsiteGroups, onlineGroups), people(count, remoteEvery));
    QVERIFY(!assigned.has_value());
    QCOMPARE(assigned.error().code, core::ErrorCode::InvalidArgument);
    QVERIFY2(assigned.error().detail.contains(expected), qPrintable(assigned.error().detail));
}

void TestBreakOut::addLate_goesToTheLeastFullSuitableGroup()
{
    const QList<core::BreakOutPerson> who = people(13, 6); // 1, 7, 13 remote
    auto assigned = core::BreakOutAssigner::assign(groups(3, 1), who);
    MODERATO_VERIFY_OK(assigned);
    core::BreakOut breakOut = assigned->breakOut;
    QCOMPARE(sizes(breakOut), (QList<int>{4, 3, 3, 3}));
    const core::BreakOutPerson walkIn{50, false, u"Government"_s, {}, {}};
    auto group = core::BreakOutAssigner::addLate(&breakOut, walkIn, who + QList<core::BreakOutPerson>{walkIn});
    MODERATO_VERIFY_OK(group);
    QVERIFY(group.value() == 2 || group.value() == 3);
    QVERIFY(breakOut.group(group.value())->members.contains(50));
    const core::BreakOutPerson remote{51, true, {}, {}, {}};
    QCOMPARE(core::BreakOutAssigner::addLate(&breakOut, remote, who).value(), 4);
    auto twice = core::BreakOutAssigner::addLate(&breakOut, remote, who);
    QVERIFY(!twice.has_value());
    QVERIFY2(twice.error().detail.contains(u"already"_s), qPrintable(twice.error().detail));
}

void TestBreakOut::session_editsGroupsAndUndoes()
{
    tests::FakeClock clock;
    auto session = create(clock);
    const QList<int> ids = addPeople(*session, 10, 5);
    const QJsonArray before = session->state().agenda().toJson();
    auto assigned = session->assignBreakOut(2);
    MODERATO_VERIFY_OK(assigned);
    const core::BreakOut &stored = session->state().agenda().item(1).breakOut;
    QCOMPARE(stored, assigned->breakOut);
    QVERIFY(!stored.groups.at(0).members.isEmpty());
    QVERIFY(stored.groups.at(2).members.contains(ids.at(0))); // remote: the online group
    const QJsonArray after = session->state().agenda().toJson();
    // Undo as SessionUndo does it: the agenda as it was, through the same command.
    MODERATO_VERIFY_OK(session->execute(core::commands::EditAgenda{before}));
    QVERIFY(session->state().agenda().item(1).breakOut.groups.at(0).members.isEmpty());
    // Redo: the agenda as the assignment left it.
    MODERATO_VERIFY_OK(session->execute(core::commands::EditAgenda{after}));
    QCOMPARE(session->state().agenda().item(1).breakOut, assigned->breakOut);
    // A group naming someone who is not in the session, or a policy question it lacks, is refused.
    core::BreakOut bad = session->state().agenda().item(1).breakOut;
    bad.groups[0].members.append(999);
    QVERIFY(!session->setBreakOut(2, bad).has_value());
    bad = session->state().agenda().item(1).breakOut;
    bad.groups[0].policyQuestion = 5;
    auto refused = session->setBreakOut(2, bad);
    QVERIFY(!refused.has_value());
    QVERIFY2(refused.error().detail.contains(u"policy question"_s), qPrintable(refused.error().detail));
    // Groups survive reopening.
    const QString path = session->filePath();
    session.reset();
    auto reopened = core::Session::open(path, clock);
    MODERATO_VERIFY_OK(reopened);
    QCOMPARE(reopened.value()->state().agenda().item(1).breakOut, assigned->breakOut);
    // The command from JSON sets groups by the agenda's own form; new groups get fresh ids.
    const QJsonObject json{{u"groups"_s, QJsonArray{QJsonObject{{u"name"_s, u"Only"_s}}}}};
    MODERATO_VERIFY_OK(reopened.value()->execute(core::commands::SetBreakOut{2, json}));
    QCOMPARE(reopened.value()->state().agenda().item(1).breakOut.groups.size(), 1);
    QVERIFY(reopened.value()->state().agenda().item(1).breakOut.groups.at(0).id > 0);
}

void TestBreakOut::session_afterStartOnlyGroupsChange()
{
    tests::FakeClock clock;
    auto session = create(clock);
    addPeople(*session, 9, 4);
    MODERATO_VERIFY_OK(session->start());
    MODERATO_VERIFY_OK(session->next());
    // A new assignment and a walk-in are fine while the groups work...
    MODERATO_VERIFY_OK(session->assignBreakOut(2));
    core::Participant late;
    late.name = u"Late Comer"_s;
    late.stakeholderGroup = u"Government"_s;
    auto lateId = session->addParticipant(late);
    MODERATO_VERIFY_OK(lateId);
    auto group = session->addToBreakOut(2, lateId.value());
    MODERATO_VERIFY_OK(group);
    QVERIFY(session->state().agenda().group(group.value())->members.contains(lateId.value()));
    QVERIFY(!session->state().agenda().group(group.value())->online);
    // ...but the rest of the agenda is not edited once the clock runs.
    core::Agenda changed = session->state().agenda();
    changed.setPlannedMs(0, 30 * Min);
    auto refused = session->editAgenda(changed);
    QVERIFY(!refused.has_value());
    QCOMPARE(refused.error().code, core::ErrorCode::InvalidState);
}

void TestBreakOut::session_groupsNeedVocabularySix()
{
    tests::FakeClock clock;
    auto session = create(clock);
    const core::Event &defined = session->events().constFirst();
    QCOMPARE(core::EventCatalogue::vocabularyOf(defined.type, defined.data), 6);
    addPeople(*session, 4);
    MODERATO_VERIFY_OK(session->assignBreakOut(2));
    const core::Event &edited = session->events().constLast();
    QCOMPARE(edited.type, core::EventType::AgendaEdited);
    QCOMPARE(edited.data.value(u"break_outs").toInt(), 1);
    QCOMPARE(core::EventCatalogue::vocabularyOf(edited.type, edited.data), 6);
    // An agenda without groups stays readable by older builds.
    auto agenda = core::Agenda::fromJson(QJsonDocument::fromJson(R"([{"title": "Talk", "minutes": 30}])").array());
    MODERATO_VERIFY_OK(agenda);
    MODERATO_VERIFY_OK(session->editAgenda(agenda.value()));
    QCOMPARE(core::EventCatalogue::vocabularyOf(session->events().constLast().type, session->events().constLast().data),
             1);
}

void TestBreakOut::groupPhase_clockPausesAndCountsOvertime()
{
    tests::FakeClock clock;
    auto session = create(clock);
    const core::SessionState &state = session->state();
    MODERATO_VERIFY_OK(session->start());
    clock.advance(10min);
    MODERATO_VERIFY_OK(session->next());
    const int index = state.currentIndex();
    QCOMPARE(state.agenda().item(index).kind, core::ItemKind::BreakOut);
    clock.advance(10min);
    QCOMPARE(state.remainingMs(index, session->now()), 10 * Min);
    MODERATO_VERIFY_OK(session->pause());
    clock.advance(5min);
    QCOMPARE(state.remainingMs(index, session->now()), 10 * Min); // paused: the group work waits
    MODERATO_VERIFY_OK(session->resume());
    clock.advance(7min);
    QCOMPARE(state.phase(index, session->now()), core::Phase::Normal);
    clock.advance(1min + 30s); // 1:30 left: inside the two-minute warning of the group work
    QCOMPARE(state.phase(index, session->now()), core::Phase::Warning);
    // The session's own warning setting does not shorten the group work's.
    core::FloorSettings settings = state.floor().settings();
    settings.warningMs = 30'000;
    MODERATO_VERIFY_OK(session->setSettings(settings));
    QCOMPARE(state.warningMs(index), 2 * Min);
    clock.advance(4min); // 2:30 over
    QCOMPARE(state.phase(index, session->now()), core::Phase::Overtime);
    QCOMPARE(state.remainingMs(index, session->now()), -(2 * Min + 30'000));
    QCOMPARE(state.elapsedMs(index, session->now()), 22 * Min + 30'000);
    // The statistics: the group phase as planned and as it ran (pauses left out).
    const QJsonObject item = core::SessionStats::breakOutJson(state, session->now()).at(0).toObject();
    QCOMPARE(item.value(u"planned_s").toDouble(), 1200.0);
    QCOMPARE(item.value(u"actual_s").toDouble(), 1350.0);
    QCOMPARE(item.value(u"overtime_s").toDouble(), 150.0);
}

void TestBreakOut::reportBack_turnsInFloorAndBalance()
{
    tests::FakeClock clock;
    auto session = create(clock);
    addPeople(*session, 9, 4);
    auto assigned = session->assignBreakOut(2);
    MODERATO_VERIFY_OK(assigned);
    // Rapporteurs: the first member of each group; the online group reports first.
    core::BreakOut breakOut = assigned->breakOut;
    for (auto &group : breakOut.groups) {
        group.rapporteur = group.members.constFirst();
    }
    breakOut.reportOrder = {3};
    MODERATO_VERIFY_OK(session->setBreakOut(2, breakOut));
    QCOMPARE(session->state().agenda().item(1).breakOut.reportBackOrder(), (QList<int>{3, 1, 2}));
    MODERATO_VERIFY_OK(session->start());
    MODERATO_VERIFY_OK(session->next());
    clock.advance(20min);
    MODERATO_VERIFY_OK(session->next()); // the report-back item

    auto first = session->giveReportBack();
    MODERATO_VERIFY_OK(first);
    QCOMPARE(first.value(), 3);
    const core::Turn *turn = session->state().floor().currentTurn();
    QVERIFY(turn);
    QCOMPARE(turn->group, 3);
    QCOMPARE(turn->participantId, breakOut.groups.at(2).rapporteur);
    QCOMPARE(turn->limitMs, 2 * Min);
    QCOMPARE(session->events().constLast().data.value(u"group").toInt(), 3);
    QCOMPARE(core::EventCatalogue::vocabularyOf(core::EventType::FloorGiven, session->events().constLast().data), 6);
    clock.advance(90s);
    // The audience responds after the report-back, as after a speaker.
    MODERATO_VERIFY_OK(session->giveFloor(breakOut.groups.at(0).members.constLast()));
    QCOMPARE(session->state().floor().currentTurn()->group, 0);
    clock.advance(30s);
    MODERATO_VERIFY_OK(session->giveReportBack());
    QCOMPARE(session->state().floor().currentTurn()->group, 1);
    clock.advance(2min);
    MODERATO_VERIFY_OK(session->giveReportBack(2));
    clock.advance(1min);
    MODERATO_VERIFY_OK(session->endTurn());
    QCOMPARE(session->reportedGroups(2), (QList<int>{3, 1, 2}));
    auto none = session->giveReportBack();
    QVERIFY(!none.has_value());
    QVERIFY2(none.error().detail.contains(u"every group"_s), qPrintable(none.error().detail));
    // Their time is the participants' floor time.
    const core::FloorBalance balance = core::FloorBalance::compute(session->state(), session->now());
    QCOMPARE(balance.totalMs, 90'000 + 30'000 + 2 * Min + Min);
    QCOMPARE(balance.totalTurns, 4);
    // A group without anyone to report is refused with a reason; an unknown group too.
    breakOut = session->state().agenda().item(1).breakOut;
    breakOut.groups[0].rapporteur = 0;
    breakOut.groups[0].facilitator = 0;
    MODERATO_VERIFY_OK(session->setBreakOut(2, breakOut));
    auto nobody = session->giveReportBack(1);
    QVERIFY(!nobody.has_value());
    QVERIFY2(nobody.error().detail.contains(u"rapporteur"_s), qPrintable(nobody.error().detail));
    QVERIFY(!session->giveReportBack(77).has_value());
    // The statistics carry each report-back's time.
    const QJsonArray stats = core::SessionStats::breakOutJson(session->state(), session->now());
    QCOMPARE(stats.size(), 1);
    const QJsonArray groupsJson = stats.at(0).toObject().value(u"groups").toArray();
    QCOMPARE(groupsJson.at(2).toObject().value(u"report_back_s").toDouble(), 90.0);
    QCOMPARE(groupsJson.at(1).toObject().value(u"report_back_s").toDouble(), 60.0);
}

void TestBreakOut::notes_perGroupAndReport()
{
    tests::FakeClock clock;
    auto session = create(clock);
    addPeople(*session, 8, 4);
    auto assigned = session->assignBreakOut(2);
    MODERATO_VERIFY_OK(assigned);
    core::BreakOut breakOut = assigned->breakOut;
    breakOut.groups[0].rapporteur = breakOut.groups[0].members.constFirst();
    breakOut.groups[0].name = u"Table <1>"_s;
    MODERATO_VERIFY_OK(session->setBreakOut(2, breakOut));
    MODERATO_VERIFY_OK(session->start());
    MODERATO_VERIFY_OK(session->next());
    clock.advance(1min);
    auto n1 = session->addNote(
        u"Suppliers need one baseline checklist for <all> tiers."_s, {core::NoteTag::Takeaway}, -1, -1, 1);
    MODERATO_VERIFY_OK(n1);
    QCOMPARE(session->state().notes().note(n1.value())->group, 1);
    QCOMPARE(core::EventCatalogue::vocabularyOf(core::EventType::NoteAdded, session->events().constLast().data), 6);
    auto n2 = session->addNote(u"Small firms cannot afford audits every year."_s, {}, -1, -1, 1);
    MODERATO_VERIFY_OK(n2);
    auto other = session->addNote(u"Certification should be mutual."_s, {}, -1, -1, 2);
    MODERATO_VERIFY_OK(other);
    QVERIFY(!session->addNote(u"Nowhere"_s, {}, -1, -1, 42).has_value()); // no such group
    // An edit that keeps the group writes no group; one that moves the note does.
    MODERATO_VERIFY_OK(session->editNote(other.value(), u"Certification should be mutual."_s, {}, -1, 2));
    QVERIFY(!session->events().constLast().data.contains(u"group"));
    MODERATO_VERIFY_OK(session->editNote(other.value(), u"Certification should be mutual."_s, {}, -1, 0));
    QCOMPARE(session->state().notes().note(other.value())->group, 0);
    MODERATO_VERIFY_OK(session->editNote(other.value(), u"Certification should be mutual."_s, {}, -1, 2));
    clock.advance(20min);
    MODERATO_VERIFY_OK(session->next());
    MODERATO_VERIFY_OK(session->giveReportBack(1));
    clock.advance(30s);
    MODERATO_VERIFY_OK(session->addNote(u"Table 1 asks for a shared checklist."_s, {}, -1, -1, 1));
    clock.advance(30s);
    MODERATO_VERIFY_OK(session->endTurn());

    const core::Report report = core::Report::build(*session);
    QCOMPARE(report.groups.size(), 3);
    const core::ReportGroup &first = report.groups.at(0);
    QCOMPARE(first.name, u"Table <1>"_s);
    QCOMPARE(first.topic, u"How can suppliers be held to one baseline?"_s);
    QCOMPARE(first.place, u"table 1"_s);
    QVERIFY(!first.rapporteur.isEmpty());
    QCOMPARE(first.reportBackMs, Min);
    QCOMPARE(first.reportBackNotes, QStringList{u"Table 1 asks for a shared checklist."_s});
    QVERIFY(first.keyPoints.contains(u"Suppliers need one baseline checklist for <all> tiers."_s));
    QVERIFY(!first.keyPoints.contains(u"Table 1 asks for a shared checklist."_s));
    int people = 0;
    for (const auto &[key, count] : first.participants) {
        people += count;
    }
    QCOMPARE(people, int(session->state().agenda().group(1)->members.size()));
    QCOMPARE(report.groups.at(1).topic, u"Certification"_s);
    QCOMPARE(report.groups.at(1).keyPoints, QStringList{u"Certification should be mutual."_s});
    QCOMPARE(report.groups.at(2).place, u"online"_s);
    QCOMPARE(report.groups.at(2).reportBackMs, -1);

    const QString md = report.toMarkdown();
    QVERIFY2(md.contains(u"## Break-out groups"_s), qPrintable(md));
    QVERIFY(md.contains(u"Key points"_s));
    QVERIFY(md.contains(u"Notes from the report-back"_s));
    QVERIFY(md.contains(u"Report-back: 1:00"_s));
    const QString html = report.toHtml();
    QVERIFY(html.contains(u"Break-out groups"_s));
    QVERIFY(html.contains(u"Table &lt;1&gt;"_s));
    QVERIFY(!html.contains(u"<1>"_s));
    QVERIFY(!html.contains(u"<all>"_s));
    QVERIFY(html.contains(u"&lt;all&gt;"_s));
}

void TestBreakOut::stats_groupFigures()
{
    tests::FakeClock clock;
    auto session = create(clock);
    addPeople(*session, 8); // and the two invited speakers: ten people, five a table
    core::BreakOut breakOut = session->state().agenda().item(1).breakOut;
    breakOut.groups.removeLast(); // no online group: everyone is in the room
    MODERATO_VERIFY_OK(session->setBreakOut(2, breakOut));
    MODERATO_VERIFY_OK(session->assignBreakOut(2));
    MODERATO_VERIFY_OK(session->start());
    MODERATO_VERIFY_OK(session->next());
    clock.advance(23min);
    const QJsonObject json = core::SessionStats::toJson(session->state(), session->now());
    const QJsonArray breakOuts = json.value(u"break_outs").toArray();
    QCOMPARE(breakOuts.size(), 1);
    const QJsonObject item = breakOuts.at(0).toObject();
    QCOMPARE(item.value(u"planned_s").toDouble(), 1200.0);
    QCOMPARE(item.value(u"actual_s").toDouble(), 1380.0);
    QCOMPARE(item.value(u"overtime_s").toDouble(), 180.0);
    const QJsonObject group = item.value(u"groups").toArray().at(0).toObject();
    QCOMPARE(group.value(u"members").toInt(), 5);
    int counted = 0;
    const QJsonObject byGroup = group.value(u"by_stakeholder_group").toObject();
    for (auto it = byGroup.begin(); it != byGroup.end(); ++it) {
        counted += it.value().toInt();
    }
    QCOMPARE(counted, 5);
    QVERIFY(group.value(u"report_back_s").isNull());
    const QString text = core::SessionStats::toText(session->state(), session->now());
    QVERIFY2(text.contains(u"Break-out \"Groups\": group work planned 20:00, actual 23:00"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Table 1: 5 member(s)"_s), qPrintable(text));
    QVERIFY(text.contains(u"report-back not yet"_s));
    // A session without groups prints nothing of them.
    auto plain =
        core::Session::create(std::make_unique<core::MemoryStore>(), core::SessionDefinition::blankWorkshop(), clock);
    MODERATO_VERIFY_OK(plain);
    QVERIFY(!core::SessionStats::toJson(plain.value()->state(), 0).contains(u"break_outs"));
}

void TestBreakOut::replay_groupVerbs()
{
    const auto script = core::ReplayScript::parse(u"0:00 groups 2 \"Table A\" \"Table B\" --online Remote "
                                                  "--questions --rapporteurs \"Ana,Ben\"\n"
                                                  "0:00 break-out-assign 2\n"
                                                  "0:00 start\n"
                                                  "10:00 next\n"
                                                  "12:00 note \"Audits cost too much\" #takeaway --group 1\n"
                                                  "30:00 next\n"
                                                  "30:00 report-back\n"
                                                  "32:00 report-back 2\n"
                                                  "33:00 yield\n"_s);
    MODERATO_VERIFY_OK(script);
    tests::FakeClock clock;
    auto session = create(clock);
    addPeople(*session, 6, 3);
    MODERATO_VERIFY_OK(script.value().run(*session, clock));
    const core::SessionState &state = session->state();
    const core::BreakOut &breakOut = state.agenda().item(1).breakOut;
    QCOMPARE(breakOut.groups.size(), 3);
    QCOMPARE(breakOut.groups.at(0).name, u"Table A"_s);
    QCOMPARE(breakOut.groups.at(1).policyQuestion, 1);
    QVERIFY(breakOut.groups.at(2).online);
    QCOMPARE(state.floor().participant(breakOut.groups.at(0).rapporteur)->name, u"Ana"_s);
    QVERIFY(breakOut.groups.at(0).members.contains(breakOut.groups.at(0).rapporteur));
    QCOMPARE(state.notes().notes().constLast().group, 1);
    QCOMPARE(session->reportedGroups(2), (QList<int>{1, 2}));
    // Bad lines are refused before anything runs.
    for (const QString &bad :
         {u"0:00 groups Two \"A\"\n"_s, u"0:00 note \"x\" --group zero\n"_s, u"0:00 report-back first\n"_s}) {
        const auto parsed = core::ReplayScript::parse(bad);
        QVERIFY2(!parsed.has_value(), qPrintable(bad));
        QVERIFY(parsed.error().detail.startsWith(u"line 1:"_s));
    }
}

void TestBreakOut::import_createsBreakOutItem()
{
    auto imported = core::ProposalImporter::fromText(u"IGF 2019 WS #7 Groups at work\n"
                                                     "Speaker 1: Eva Schulz-Kamm, Private Sector, WEOG\n"
                                                     "Policy Question(s):\n"
                                                     "- Who pays for security?\n"
                                                     "- Who checks it?\n"
                                                     "Break-out Group Discussions - Flexible Seating - 90 Min\n"
                                                     "Agenda:\n"
                                                     "- Introduction (10 minutes)\n"
                                                     "- Break-out groups on the policy questions (40 minutes)\n"
                                                     "- Report back from the break-out groups (25 minutes)\n"
                                                     "- Summary (15 minutes)\n"
                                                     "Onsite Moderator: Daniel Brinkwerth, Private Sector, WEOG\n"
                                                     "Online Moderator: Ana Online, Civil Society, GRULAC\n"_s);
    MODERATO_VERIFY_OK(imported);
    const core::Agenda &agenda = imported->definition.agenda;
    QCOMPARE(agenda.size(), 4);
    QCOMPARE(agenda.item(1).kind, core::ItemKind::BreakOut);
    QCOMPARE(agenda.item(1).plannedMs, 40 * Min);
    QCOMPARE(agenda.item(2).kind, core::ItemKind::Other); // the report-back is not group work
    const core::BreakOut &breakOut = agenda.item(1).breakOut;
    QCOMPARE(breakOut.groups.size(), 3);
    QCOMPARE(breakOut.groups.at(0).policyQuestion, 0);
    QCOMPARE(breakOut.groups.at(1).policyQuestion, 1);
    QVERIFY(breakOut.groups.at(2).online);
    // "in N groups" wins over the policy questions; no online moderator, no online group.
    auto counted = core::ProposalImporter::fromText(u"IGF 2019 WS #8 Four tables\n"
                                                    "Speaker 1: Eva Schulz-Kamm, Private Sector, WEOG\n"
                                                    "Round Table - 60 Min\n"
                                                    "Agenda:\n"
                                                    "- Welcome (10 minutes)\n"
                                                    "- Discussion in four breakout groups (35 minutes)\n"
                                                    "- Closing (15 minutes)\n"_s);
    MODERATO_VERIFY_OK(counted);
    QCOMPARE(counted->definition.agenda.item(1).kind, core::ItemKind::BreakOut);
    QCOMPARE(counted->definition.agenda.item(1).breakOut.groups.size(), 4);
    QCOMPARE(counted->definition.agenda.item(1).breakOut.groups.at(3).name, u"Group 4"_s);
    // The reference proposal's agenda describes no groups: nothing changes there.
    auto demo = core::ProposalImporter::demoWorkshop();
    MODERATO_VERIFY_OK(demo);
    QCOMPARE(demo.value().agenda.breakOutCount(), 0);
    // A session defined from the import carries the groups.
    tests::FakeClock clock;
    auto session = create(clock, imported->definition);
    QCOMPARE(session->state().agenda().item(1).breakOut.groups.size(), 3);
}

QTEST_GUILESS_MAIN(TestBreakOut)
#include "tst_breakout.moc"
