// SPDX-License-Identifier: MIT
// Preparing a session: editing the agenda, the people, the settings and the prepared questions.
#include "core/io/eventlog.h"
#include "core/session/session.h"
#include "tests/support/fakeclock.h"
#include "tests/support/helpers.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Min = 60'000;

core::SessionDefinition definition()
{
    const auto json = QJsonDocument::fromJson(R"({
        "title": "Fixture workshop",
        "speakers": [{"name": "Ana"}, {"name": "Ben"}],
        "onsite_moderator": {"name": "Mo"},
        "agenda": [
            {"title": "Opening", "kind": "opening", "minutes": 10},
            {"title": "Talks", "children": [
                {"title": "Ana", "kind": "speaker", "speaker": "Ana", "minutes": 20},
                {"title": "Ben", "kind": "speaker", "speaker": "Ben", "minutes": 20}
            ]},
            {"title": "Summary", "kind": "summary", "minutes": 10}
        ]})");
    return core::SessionDefinition::fromJson(json.object()).value();
}

core::Agenda agendaFrom(const char *json)
{
    auto agenda = core::Agenda::fromJson(QJsonDocument::fromJson(json).array());
    if (!agenda) {
        qFatal("%s", qPrintable(tests::describe(agenda.error())));
    }
    return agenda.value();
}

core::Participant person(int id, const QString &name)
{
    core::Participant participant;
    participant.id = id;
    participant.name = name;
    return participant;
}

core::PreparedQuestion question(const QString &text, int itemId = 0, int speakerId = 0, int id = 0)
{
    core::PreparedQuestion q;
    q.id = id;
    q.text = text;
    q.itemId = itemId;
    q.speakerId = speakerId;
    return q;
}

} // namespace

class TestSessionEditing : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void editAgenda_beforeStart_replacesPlanAndRotation();
    void editAgenda_keepsCurrentItemAndDetachesQuestions();
    void editAgenda_afterStart_isRefused();
    void editAgenda_invalid_changesNothing();
    void editAgenda_survivesReopen();
    void removeParticipant_onlyWhenNotTakenPart();
    void roles_changeTheRotation();
    void settings_warningTimeAndChime();
    void settings_invalid_areRefused();
    void questions_bankAndAskedMarks();
    void questions_invalid_areRefused();
    void questions_forMoment();
    void eventLog_carriesEveryPreparationEvent();
    void details_editedBeforeStart();
    void details_refused();

private:
    std::unique_ptr<core::Session> create(const core::Clock &clock);
    QTemporaryDir m_dir;
    int m_count = 0;
};

void TestSessionEditing::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    QVERIFY(m_dir.isValid());
}

std::unique_ptr<core::Session> TestSessionEditing::create(const core::Clock &clock)
{
    auto session = core::Session::create(m_dir.filePath(u"s%1.moderato"_s.arg(++m_count)), definition(), clock);
    if (!session) {
        qFatal("%s", qPrintable(tests::describe(session.error())));
    }
    return std::move(session).value();
}

void TestSessionEditing::editAgenda_beforeStart_replacesPlanAndRotation()
{
    tests::FakeClock clock;
    auto session = create(clock);
    const int ana = session->state().floor().participantByName(u"Ana"_s)->id;
    const int ben = session->state().floor().participantByName(u"Ben"_s)->id;
    QCOMPARE(session->state().floor().rotation(), (QList<int>{ana, ben}));

    // Ben first now, and a new item without an id.
    MODERATO_VERIFY_OK(session->editAgenda(agendaFrom(R"([
        {"id": 1, "title": "Opening", "kind": "opening", "minutes": 5},
        {"id": 2, "title": "Talks", "children": [
            {"id": 4, "title": "Ben", "kind": "speaker", "speaker": "Ben", "minutes": 25},
            {"id": 3, "title": "Ana", "kind": "speaker", "speaker": "Ana", "minutes": 20}
        ]},
        {"title": "Open floor", "kind": "audience_input", "minutes": 15},
        {"id": 5, "title": "Summary", "kind": "summary", "minutes": 10}])")));
    const core::Agenda &agenda = session->state().agenda();
    QCOMPARE(agenda.size(), 6);
    QCOMPARE(agenda.plannedTotalMs(), 75 * Min);
    QCOMPARE(agenda.item(2).title, u"Ben"_s);
    QCOMPARE(agenda.item(4).title, u"Open floor"_s);
    QVERIFY(agenda.item(4).id > 5);
    QCOMPARE(session->state().floor().rotation(), (QList<int>{ben, ana}));
    QCOMPARE(session->state().originalPlannedMs(2), 25 * Min);
    QCOMPARE(session->state().scheduledEndMs(session->now()), session->now() + 75 * Min);
}

void TestSessionEditing::editAgenda_keepsCurrentItemAndDetachesQuestions()
{
    tests::FakeClock clock;
    auto session = create(clock);
    MODERATO_VERIFY_OK(session->enterItem(4)); // Ben's talk
    MODERATO_VERIFY_OK(session->setQuestionBank({question(u"For Ben's slot"_s, 4, 0), question(u"Anytime"_s, 0, 0)}));
    MODERATO_VERIFY_OK(session->editAgenda(agendaFrom(R"([
        {"id": 1, "title": "Opening", "kind": "opening", "minutes": 10},
        {"id": 3, "title": "Ana", "kind": "speaker", "speaker": "Ana", "minutes": 20},
        {"id": 5, "title": "Summary", "kind": "summary", "minutes": 10}])")));
    // Ben's item is gone: the first item becomes current, and its question is for any moment now.
    QCOMPARE(session->state().currentItemId(), 1);
    QCOMPARE(session->state().questions().questions().at(0).itemId, 0);

    MODERATO_VERIFY_OK(session->enterItem(3));
    MODERATO_VERIFY_OK(session->editAgenda(agendaFrom(R"([
        {"id": 3, "title": "Ana", "kind": "speaker", "speaker": "Ana", "minutes": 20},
        {"id": 1, "title": "Opening", "kind": "opening", "minutes": 10}])")));
    QCOMPARE(session->state().currentItemId(), 3);
    QCOMPARE(session->state().currentIndex(), 0);
}

void TestSessionEditing::editAgenda_afterStart_isRefused()
{
    tests::FakeClock clock;
    auto session = create(clock);
    MODERATO_VERIFY_OK(session->start());
    const auto before = session->state().agenda().toJson();
    auto result = session->editAgenda(agendaFrom(R"([{"title": "Only", "minutes": 90}])"));
    QVERIFY(!result);
    QCOMPARE(result.error().code, core::ErrorCode::InvalidState);
    QCOMPARE(session->state().agenda().toJson(), before);
}

void TestSessionEditing::editAgenda_invalid_changesNothing()
{
    tests::FakeClock clock;
    auto session = create(clock);
    const auto before = session->state().agenda().toJson();
    const qsizetype events = session->events().size();
    // Two items with the same id cannot be read back: the event is refused before it is written.
    core::Agenda broken =
        agendaFrom(R"([{"id": 1, "title": "A", "minutes": 5}, {"id": 2, "title": "B", "minutes": 5}])");
    QJsonArray json = broken.toJson();
    QJsonObject second = json.at(1).toObject();
    second.insert(u"id"_s, 1);
    json.replace(1, second);
    QVERIFY(!core::Agenda::fromJson(json));
    QVERIFY(!session->editAgenda(core::Agenda()));
    QCOMPARE(session->state().agenda().toJson(), before);
    QCOMPARE(session->events().size(), events);
}

void TestSessionEditing::editAgenda_survivesReopen()
{
    tests::FakeClock clock;
    QString path;
    {
        auto session = create(clock);
        path = session->filePath();
        MODERATO_VERIFY_OK(session->editAgenda(agendaFrom(R"([
            {"id": 1, "title": "Opening", "kind": "opening", "minutes": 7, "note": "Welcome and rules"},
            {"id": 5, "title": "Summary", "kind": "summary", "minutes": 13}])")));
    }
    auto reopened = core::Session::open(path, clock);
    MODERATO_VERIFY_OK(reopened);
    const core::Agenda &agenda = reopened.value()->state().agenda();
    QCOMPARE(agenda.size(), 2);
    QCOMPARE(agenda.plannedTotalMs(), 20 * Min);
    QCOMPARE(agenda.item(0).note, u"Welcome and rules"_s);
}

void TestSessionEditing::removeParticipant_onlyWhenNotTakenPart()
{
    tests::FakeClock clock;
    auto session = create(clock);
    auto walkIn = session->addParticipant(person(0, u"Walk-in"_s));
    MODERATO_VERIFY_OK(walkIn);
    auto asker = session->addParticipant(person(0, u"Asker"_s));
    MODERATO_VERIFY_OK(asker);
    MODERATO_VERIFY_OK(session->requestToSpeak(asker.value()));
    const int ana = session->state().floor().participantByName(u"Ana"_s)->id;

    MODERATO_VERIFY_OK(session->setQuestionBank({question(u"For the walk-in"_s, 0, walkIn.value())}));
    MODERATO_VERIFY_OK(session->removeParticipant(walkIn.value()));
    QVERIFY(!session->state().floor().participant(walkIn.value()));
    // Their question is now for anyone, and the bank can be saved again as it stands.
    QCOMPARE(session->state().questions().questions().constFirst().speakerId, 0);
    MODERATO_VERIFY_OK(session->setQuestionBank(session->state().questions().questions()));
    auto refused = session->removeParticipant(asker.value());
    QVERIFY(!refused);
    QVERIFY(refused.error().detail.contains(u"Asker"_s));
    QVERIFY(session->state().floor().participant(asker.value()));
    QVERIFY(!session->removeParticipant(9999));

    // An invited speaker who has not spoken can go; the rotation forgets them.
    MODERATO_VERIFY_OK(session->removeParticipant(ana));
    QVERIFY(!session->state().floor().rotation().contains(ana));
    core::Participant back = person(ana, u"Ana"_s);
    back.roles = {core::Role::Speaker};
    QVERIFY(!session->updateParticipant(back));            // not there any more: updating fails
    MODERATO_VERIFY_OK(session->restoreParticipant(back)); // undoing the removal
    QCOMPARE(session->state().floor().participant(ana)->name, u"Ana"_s);
    QVERIFY(session->state().floor().rotation().contains(ana));
}

void TestSessionEditing::roles_changeTheRotation()
{
    tests::FakeClock clock;
    auto session = create(clock);
    core::Participant mo = *session->state().floor().participantByName(u"Mo"_s);
    const int ana = session->state().floor().participantByName(u"Ana"_s)->id;
    const int ben = session->state().floor().participantByName(u"Ben"_s)->id;
    mo.roles.append(core::Role::Speaker);
    MODERATO_VERIFY_OK(session->updateParticipant(mo));
    QCOMPARE(session->state().floor().rotation(), (QList<int>{ana, ben, mo.id}));
    core::Participant anaNow = *session->state().floor().participant(ana);
    anaNow.roles = {core::Role::Audience};
    MODERATO_VERIFY_OK(session->updateParticipant(anaNow));
    QCOMPARE(session->state().floor().rotation(), (QList<int>{ben, mo.id}));
}

void TestSessionEditing::settings_warningTimeAndChime()
{
    tests::FakeClock clock;
    auto session = create(clock);
    MODERATO_VERIFY_OK(session->start()); // Opening, 10 minutes
    clock.advance(std::chrono::milliseconds(8 * Min));
    QCOMPARE(session->state().phase(0, session->now()), core::Phase::Normal); // 2 min left, warning at 1
    core::FloorSettings settings = session->state().floor().settings();
    QVERIFY(settings.chime);
    settings.warningMs = 3 * Min;
    settings.chime = false;
    settings.audienceLimitMs = 90'000;
    MODERATO_VERIFY_OK(session->setSettings(settings));
    QCOMPARE(session->state().phase(0, session->now()), core::Phase::Warning);
    QCOMPARE(session->state().warningMs(0), 3 * Min);
    QVERIFY(!session->state().floor().settings().chime);
    QCOMPARE(session->state().floor().settings().audienceLimitMs, 90'000);

    const QString path = session->filePath();
    session.reset(); // one writer at a time: close before reopening
    auto reopened = core::Session::open(path, clock);
    MODERATO_VERIFY_OK(reopened);
    QCOMPARE(reopened.value()->state().floor().settings().warningMs, 3 * Min);
    QVERIFY(!reopened.value()->state().floor().settings().chime);

    // -1 goes back to each item's own warning time.
    settings.warningMs = -1;
    MODERATO_VERIFY_OK(reopened.value()->setSettings(settings));
    QCOMPARE(reopened.value()->state().warningMs(0), 60'000);
}

void TestSessionEditing::settings_invalid_areRefused()
{
    tests::FakeClock clock;
    auto session = create(clock);
    const core::FloorSettings good = session->state().floor().settings();
    core::FloorSettings bad = good;
    bad.warningMs = 31 * Min;
    QVERIFY(!session->setSettings(bad));
    bad = good;
    bad.chairLimitMs = 5'000;
    QVERIFY(!session->setSettings(bad));
    bad = good;
    bad.audienceLimitMs = 2 * 3'600'000;
    QVERIFY(!session->setSettings(bad));
    QCOMPARE(session->state().floor().settings().warningMs, good.warningMs);
    QCOMPARE(session->state().floor().settings().chairLimitMs, good.chairLimitMs);
}

void TestSessionEditing::questions_bankAndAskedMarks()
{
    tests::FakeClock clock;
    auto session = create(clock);
    const int ben = session->state().floor().participantByName(u"Ben"_s)->id;
    MODERATO_VERIFY_OK(session->setQuestionBank(
        {question(u"What should governments do first?"_s, 1, 0), question(u"<b>Ben</b>, why?"_s, 0, ben)}));
    const auto &bank = session->state().questions().questions();
    QCOMPARE(bank.size(), 2);
    QCOMPARE(bank.at(0).id, 1);
    QCOMPARE(bank.at(1).id, 2);
    QCOMPARE(bank.at(1).text, u"<b>Ben</b>, why?"_s); // plain text, kept as typed

    MODERATO_VERIFY_OK(session->start());
    clock.advance(std::chrono::milliseconds(Min));
    MODERATO_VERIFY_OK(session->markQuestionAsked(2, true));
    QVERIFY(session->state().questions().question(2)->asked);
    QCOMPARE(session->state().questions().question(2)->askedAtMs, session->now());
    QVERIFY(!session->markQuestionAsked(42, true));

    // Saving the bank again keeps the mark of a kept question, and a new one gets a fresh id.
    QList<core::PreparedQuestion> edited = session->state().questions().questions();
    edited[1].text = u"Ben, why now?"_s;
    edited.removeFirst();
    edited.append(question(u"Anyone: what is missing?"_s));
    MODERATO_VERIFY_OK(session->setQuestionBank(edited));
    QCOMPARE(session->state().questions().questions().size(), 2);
    QVERIFY(session->state().questions().question(2)->asked);
    QCOMPARE(session->state().questions().questions().at(1).id, 3);

    MODERATO_VERIFY_OK(session->end()); // still usable after the end
    MODERATO_VERIFY_OK(session->markQuestionAsked(2, false));
    const QString path = session->filePath();
    session.reset(); // one writer at a time: close before reopening
    auto reopened = core::Session::open(path, clock);
    MODERATO_VERIFY_OK(reopened);
    QVERIFY(!reopened.value()->state().questions().question(2)->asked);
    QCOMPARE(reopened.value()->state().questions().question(3)->text, u"Anyone: what is missing?"_s);
}

void TestSessionEditing::questions_invalid_areRefused()
{
    tests::FakeClock clock;
    auto session = create(clock);
    QVERIFY(!session->setQuestionBank({question(u"   "_s)}));
    QVERIFY(!session->setQuestionBank({question(QString(core::QuestionBank::MaxQuestionLength + 1, u'x'))}));
    QVERIFY(!session->setQuestionBank({question(u"For no item"_s, 999, 0)}));
    QVERIFY(!session->setQuestionBank({question(u"For nobody"_s, 0, 999)}));
    QVERIFY(!session->setQuestionBank({question(u"A"_s, 0, 0, 7), question(u"B"_s, 0, 0, 7)}));
    QVERIFY(session->state().questions().questions().isEmpty());
}

void TestSessionEditing::questions_forMoment()
{
    tests::FakeClock clock;
    auto session = create(clock);
    const int ana = session->state().floor().participantByName(u"Ana"_s)->id;
    MODERATO_VERIFY_OK(session->setQuestionBank({question(u"general"_s),
                                                 question(u"opening"_s, 1, 0),
                                                 question(u"ana anywhere"_s, 0, ana),
                                                 question(u"ana at summary"_s, 5, ana),
                                                 question(u"ana at her talk"_s, 3, ana)}));
    auto texts = [&](int item, int speaker) {
        QStringList result;
        for (const auto &q : session->state().questions().forMoment(item, speaker)) {
            result.append(q.text);
        }
        return result;
    };
    QCOMPARE(texts(1, 0), (QStringList{u"general"_s, u"opening"_s}));
    QCOMPARE(texts(3, ana), (QStringList{u"general"_s, u"ana anywhere"_s, u"ana at her talk"_s}));
    QCOMPARE(texts(5, 0), (QStringList{u"general"_s, u"ana at summary"_s}));
    MODERATO_VERIFY_OK(session->markQuestionAsked(1, true));
    QCOMPARE(texts(1, 0), (QStringList{u"opening"_s, u"general"_s})); // asked ones last
}

void TestSessionEditing::eventLog_carriesEveryPreparationEvent()
{
    tests::FakeClock clock;
    auto session = create(clock);
    MODERATO_VERIFY_OK(session->editAgenda(agendaFrom(R"([
        {"id": 1, "title": "Opening", "kind": "opening", "minutes": 12, "note": "Rules"},
        {"id": 5, "title": "Summary", "kind": "summary", "minutes": 8}])")));
    auto walkIn = session->addParticipant(person(0, u"Walk-in"_s));
    MODERATO_VERIFY_OK(walkIn);
    MODERATO_VERIFY_OK(session->removeParticipant(walkIn.value()));
    core::FloorSettings settings;
    settings.warningMs = 2 * Min;
    settings.chime = false;
    MODERATO_VERIFY_OK(session->setSettings(settings));
    MODERATO_VERIFY_OK(session->setQuestionBank({question(u"Why?"_s, 5)}));
    MODERATO_VERIFY_OK(session->markQuestionAsked(1, true));

    auto events = core::EventLog::fromJsonLines(core::EventLog::toJsonLines(session->events()));
    MODERATO_VERIFY_OK(events);
    const QString copy = m_dir.filePath(u"copy.moderato"_s);
    MODERATO_VERIFY_OK(core::EventLog::writeSession(copy, events.value()));
    auto reopened = core::Session::open(copy, clock);
    MODERATO_VERIFY_OK(reopened);
    const core::SessionState &state = reopened.value()->state();
    QCOMPARE(state.agenda().toJson(), session->state().agenda().toJson());
    QCOMPARE(state.floor().participants().size(), session->state().floor().participants().size());
    QCOMPARE(state.floor().settings().warningMs, 2 * Min);
    QVERIFY(!state.floor().settings().chime);
    QVERIFY(state.questions().question(1)->asked);
    QCOMPARE(state.questions().question(1)->itemId, 5);
}

void TestSessionEditing::details_editedBeforeStart()
{
    tests::FakeClock clock;
    auto session = create(clock);
    core::SessionDefinition details = session->state().definition();
    details.code = u"IGF 2026 WS #7"_s;
    details.title = u"A <new> title"_s;
    details.formatType = u"Round Table"_s;
    details.formatLayout = u"Circle"_s;
    details.formatMinutes = 60;
    details.policyQuestions = {u"First?"_s, u"Second?"_s};
    details.onlineParticipation = u"Raise a hand online."_s;
    details.agenda = core::Agenda(); // ignored: the agenda stays
    details.speakers.clear();        // ignored: the people stay
    MODERATO_VERIFY_OK(session->editDetails(details));
    const core::SessionDefinition &now = session->state().definition();
    QCOMPARE(now.title, u"A <new> title"_s);
    QCOMPARE(now.code, u"IGF 2026 WS #7"_s);
    QCOMPARE(now.formatMinutes, 60);
    QCOMPARE(now.policyQuestions.size(), 2);
    QCOMPARE(now.onlineParticipation, u"Raise a hand online."_s);
    QCOMPARE(now.agenda.size(), 5);
    QCOMPARE(now.speakers.size(), 2);
    const QString path = session->filePath();
    session.reset(); // one writer at a time: close before reopening
    auto reopened = core::Session::open(path, clock);
    MODERATO_VERIFY_OK(reopened);
    QCOMPARE(reopened.value()->state().definition().title, u"A <new> title"_s);
    QCOMPARE(reopened.value()->state().definition().policyQuestions.at(1), u"Second?"_s);
}

void TestSessionEditing::details_refused()
{
    tests::FakeClock clock;
    auto session = create(clock);
    core::SessionDefinition details = session->state().definition();
    details.policyQuestions = {u"Q1"_s, u"Q2"_s};
    MODERATO_VERIFY_OK(session->editDetails(details));
    MODERATO_VERIFY_OK(session->addNote(u"About Q2"_s, {}, session->now(), 1));
    const qsizetype events = session->events().size();

    core::SessionDefinition noTitle = details;
    noTitle.title = u"  "_s;
    QVERIFY(!session->editDetails(noTitle));
    core::SessionDefinition tooLong = details;
    tooLong.formatMinutes = 601;
    QVERIFY(!session->editDetails(tooLong));
    core::SessionDefinition fewer = details;
    fewer.policyQuestions = {u"Q1"_s}; // a note is linked to Q2
    auto refused = session->editDetails(fewer);
    QVERIFY(!refused);
    QVERIFY(refused.error().detail.contains(u"2"_s));
    QCOMPARE(session->events().size(), events);

    MODERATO_VERIFY_OK(session->start());
    details.title = u"Too late"_s;
    QVERIFY(!session->editDetails(details));
    QCOMPARE(session->state().definition().title, u"Fixture workshop"_s);
}

QTEST_GUILESS_MAIN(TestSessionEditing)
#include "tst_sessionediting.moc"
