// SPDX-License-Identifier: MIT
#include "core/base/eventcatalogue.h"
#include "core/io/proposalimporter.h"
#include "core/session/command.h"
#include "core/session/session.h"
#include "tests/support/fakeclock.h"
#include "tests/support/helpers.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class TestCommands : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void catalogue_namesEveryCommandOnce();
    void roles_tableAsTheNetworkWillEnforceIt();
    void json_roundTripsEveryCommand();
    void json_refusesWhatIsNotACommand_data();
    void json_refusesWhatIsNotACommand();
    void everyCommand_recordsExactlyOneEvent();
    void role_thatMayNot_changesNothing();
    void requestByName_isOneEventAndSurvivesReopen();
    void floorToASelectedRequest_isOneEvent();

private:
    std::unique_ptr<core::Session> createDemo(const QString &path, const core::Clock &clock);
    QTemporaryDir m_dir;
};

namespace {

core::Command parsed(const QJsonObject &json)
{
    auto command = core::CommandCatalogue::fromJson(json);
    if (!command) {
        qFatal("%s: %s", qPrintable(json.value(u"command").toString()), qPrintable(command.error().detail));
    }
    return command.value();
}

} // namespace

void TestCommands::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    QVERIFY(m_dir.isValid());
}

std::unique_ptr<core::Session> TestCommands::createDemo(const QString &path, const core::Clock &clock)
{
    auto session = core::Session::create(path, core::ProposalImporter::demoWorkshop().value(), clock);
    if (!session) {
        qFatal("%s", qPrintable(tests::describe(session.error())));
    }
    return std::move(session).value();
}

void TestCommands::catalogue_namesEveryCommandOnce()
{
    QCOMPARE(core::CommandCatalogue::count(), qsizetype(std::variant_size_v<core::Command>));
    QSet<QString> names;
    const QRegularExpression kebab(u"^[a-z]+(-[a-z]+)*$"_s);
    for (qsizetype i = 0; i < core::CommandCatalogue::count(); ++i) {
        const core::CommandSpec &spec = core::CommandCatalogue::spec(i);
        QVERIFY2(kebab.match(spec.name).hasMatch(), qPrintable(spec.name));
        QVERIFY2(!names.contains(spec.name), qPrintable(spec.name));
        names.insert(spec.name);
        QCOMPARE(core::CommandCatalogue::indexOf(spec.name), i);
        QVERIFY2(!spec.about.isEmpty(), qPrintable(spec.name));
        // The moderator may issue every command but those only a phone sends, through the phone host.
        const bool phoneOnly = spec.about.contains(u"(the phone host only)"_s);
        QVERIFY2(spec.roles.contains(core::TeamRole::OnsiteModerator) != phoneOnly, qPrintable(spec.name));
        QSet<QString> keys;
        for (const auto &field : spec.fields) {
            QVERIFY2(!keys.contains(field.key), qPrintable(spec.name + u' ' + field.key));
            keys.insert(field.key);
        }
    }
    QCOMPARE(core::CommandCatalogue::indexOf(u"launch-rocket"), -1);
}

void TestCommands::roles_tableAsTheNetworkWillEnforceIt()
{
    auto allowed = [](core::TeamRole role) {
        QStringList names;
        for (qsizetype i = 0; i < core::CommandCatalogue::count(); ++i) {
            if (core::CommandCatalogue::spec(i).roles.contains(role)) {
                names.append(core::CommandCatalogue::spec(i).name);
            }
        }
        return names;
    };
    QCOMPARE(allowed(core::TeamRole::Observer), QStringList());
    QCOMPARE(allowed(core::TeamRole::RoomDisplay), QStringList());
    QCOMPARE(allowed(core::TeamRole::CoModerator), allowed(core::TeamRole::OnsiteModerator));
    // Every command but those only a participant's phone sends (through the phone host).
    const QStringList phoneOnly{u"phone-join"_s, u"question-submit"_s, u"takeaway-react"_s, u"takeaway-share"_s};
    QCOMPARE(allowed(core::TeamRole::OnsiteModerator).size(), core::CommandCatalogue::count() - phoneOnly.size());
    for (const QString &name : phoneOnly) {
        QVERIFY(!allowed(core::TeamRole::OnsiteModerator).contains(name));
        const qsizetype index = core::CommandCatalogue::indexOf(name);
        QVERIFY(index >= 0);
        QVERIFY(core::CommandCatalogue::spec(index).roles.isEmpty());
    }
    QCOMPARE(allowed(core::TeamRole::OnlineModerator),
             (QStringList{u"add-participant"_s,
                          u"update-participant"_s,
                          u"queue"_s,
                          u"withdraw"_s,
                          u"chair-claim"_s,
                          u"break-out-add"_s,
                          u"message"_s,
                          u"caption"_s,
                          u"question-accept"_s,
                          u"question-dismiss"_s}));
    QCOMPARE(allowed(core::TeamRole::Translator), QStringList{u"translate"_s});
    QCOMPARE(allowed(core::TeamRole::Rapporteur),
             (QStringList{u"translate"_s,
                          u"takeaway"_s,
                          u"takeaway-withdraw"_s,
                          u"takeaway-edit"_s,
                          u"takeaway-comment"_s,
                          u"note"_s,
                          u"note-edit"_s,
                          u"note-delete"_s,
                          u"note-restore"_s,
                          u"transcript"_s,
                          u"report-field"_s,
                          u"participation"_s,
                          u"caption"_s}));
    for (core::TeamRole role : core::allTeamRoles()) {
        QCOMPARE(core::teamRoleFromKey(core::teamRoleKey(role)), std::optional(role));
    }
}

void TestCommands::json_roundTripsEveryCommand()
{
    const QList<QJsonObject> samples{
        {{u"command"_s, u"start"_s}},
        {{u"command"_s, u"extend"_s}, {u"delta_ms"_s, -60000}},
        {{u"command"_s, u"queue"_s},
         {u"name"_s, u"Amina Diallo"_s},
         {u"channel"_s, u"online"_s},
         {u"group"_s, u"Civil Society"_s},
         {u"region"_s, u"African Group"_s},
         {u"gender"_s, u"woman"_s}},
        {{u"command"_s, u"floor"_s}, {u"participant"_s, 3}},
        {{u"command"_s, u"rotation"_s}, {u"order"_s, QJsonArray{3, 2, 1}}, {u"skipped"_s, QJsonArray{2}}},
        {{u"command"_s, u"note"_s},
         {u"text"_s, u"<b>plain</b>"_s},
         {u"tags"_s, QJsonArray{u"takeaway"_s}},
         {u"typed_at_ms"_s, 5000},
         {u"policy_question"_s, 1},
         {u"group"_s, 2}},
        {{u"command"_s, u"settings"_s},
         {u"audience_limit_ms"_s, 120000},
         {u"chair_limit_ms"_s, 90000},
         {u"warning_ms"_s, 30000},
         {u"chime"_s, false}},
        {{u"command"_s, u"edit-agenda"_s}, {u"agenda"_s, QJsonArray{QJsonObject{{u"title"_s, u"A"_s}}}}},
        {{u"command"_s, u"takeaway-edit"_s}, {u"id"_s, 2}, {u"text"_s, u"Reworded"_s}},
        {{u"command"_s, u"takeaway-comment"_s}, {u"takeaway"_s, 2}, {u"text"_s, u"Agreed"_s}, {u"participant"_s, 4}},
    };
    for (const QJsonObject &json : samples) {
        const core::Command command = parsed(json);
        QCOMPARE(core::CommandCatalogue::toJson(command), json);
    }
    // Defaults fill what a command leaves out, and are written back.
    const auto asked = parsed({{u"command"_s, u"question-asked"_s}, {u"id"_s, 4}});
    QCOMPARE(std::get<core::commands::MarkQuestionAsked>(asked).asked, true);
}

void TestCommands::json_refusesWhatIsNotACommand_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::newRow("no command") << QJsonObject{{u"participant"_s, 3}};
    QTest::newRow("unknown command") << QJsonObject{{u"command"_s, u"launch"_s}};
    QTest::newRow("unknown field") << QJsonObject{{u"command"_s, u"start"_s}, {u"force"_s, true}};
    QTest::newRow("missing field") << QJsonObject{{u"command"_s, u"takeaway"_s}};
    QTest::newRow("wrong kind") << QJsonObject{{u"command"_s, u"media-show"_s}, {u"id"_s, u"3"_s}};
    QTest::newRow("fraction") << QJsonObject{{u"command"_s, u"media-show"_s}, {u"id"_s, 2.5}};
    QTest::newRow("id zero") << QJsonObject{{u"command"_s, u"note-delete"_s}, {u"id"_s, 0}};
    QTest::newRow("takeaway id zero") << QJsonObject{
        {u"command"_s, u"takeaway-edit"_s}, {u"id"_s, 0}, {u"text"_s, u"A"_s}};
    QTest::newRow("comment, no takeaway") << QJsonObject{{u"command"_s, u"takeaway-comment"_s}, {u"text"_s, u"A"_s}};
    QTest::newRow("comment, negative participant") << QJsonObject{
        {u"command"_s, u"takeaway-comment"_s}, {u"takeaway"_s, 1}, {u"text"_s, u"A"_s}, {u"participant"_s, -2}};
    QTest::newRow("nobody") << QJsonObject{{u"command"_s, u"queue"_s}, {u"name"_s, u"   "_s}};
    QTest::newRow("bad channel") << QJsonObject{
        {u"command"_s, u"queue"_s}, {u"name"_s, u"A"_s}, {u"channel"_s, u"carrier pigeon"_s}};
    QTest::newRow("over a day") << QJsonObject{{u"command"_s, u"extend"_s}, {u"delta_ms"_s, 1e12}};
    QTest::newRow("zero extension") << QJsonObject{{u"command"_s, u"extend"_s}, {u"delta_ms"_s, 0}};
    QTest::newRow("negative count") << QJsonObject{
        {u"command"_s, u"participation"_s}, {u"onsite"_s, -1}, {u"online"_s, 0}, {u"women"_s, 0}};
    QTest::newRow("list of text") << QJsonObject{{u"command"_s, u"reorder-queue"_s}, {u"order"_s, QJsonArray{u"a"_s}}};
}

void TestCommands::json_refusesWhatIsNotACommand()
{
    QFETCH(QJsonObject, json);
    const auto command = core::CommandCatalogue::fromJson(json);
    QVERIFY(!command.has_value());
    QCOMPARE(command.error().code, core::ErrorCode::InvalidArgument);
    QVERIFY(!command.error().detail.isEmpty());
}

void TestCommands::everyCommand_recordsExactlyOneEvent()
{
    tests::FakeClock clock;
    auto session = createDemo(m_dir.filePath(u"every.moderato"_s), clock);
    QSet<qsizetype> done;
    auto run = [&](const QJsonObject &json) -> int {
        const core::Command command = parsed(json);
        const qsizetype before = session->events().size();
        const bool phone = core::CommandCatalogue::spec(command).roles.isEmpty();
        const auto result = phone ? session->executeFromPhone(command) : session->execute(command);
        if (!result) {
            qWarning("%s failed: %s",
                     qPrintable(json.value(u"command").toString()),
                     qPrintable(tests::describe(result.error())));
            return -1;
        }
        if (session->events().size() != before + 1) {
            qWarning("%s recorded %d events",
                     qPrintable(json.value(u"command").toString()),
                     int(session->events().size() - before));
            return -1;
        }
        done.insert(command.index());
        return result.value();
    };
    auto cmd = [](const char16_t *name, QJsonObject fields = {}) {
        fields.insert(u"command"_s, QString::fromUtf16(name));
        return fields;
    };
    const core::SessionState &state = session->state();

    // Before the start: the preparation.
    QVERIFY(run(cmd(u"edit-agenda", {{u"agenda"_s, state.agenda().toJson()}})) >= 0);
    QJsonObject details = state.definition().toJson();
    details.insert(u"title"_s, u"Supply chain security"_s);
    QVERIFY(run(cmd(u"edit-details", {{u"details"_s, details}})) >= 0);
    QCOMPARE(state.definition().title, u"Supply chain security"_s);
    QVERIFY(run(cmd(u"question-bank", {{u"questions"_s, QJsonArray{QJsonObject{{u"text"_s, u"Who pays?"_s}}}}})) >= 0);
    QVERIFY(run(cmd(u"question-asked", {{u"id"_s, 1}})) >= 0);
    const int ana =
        run(cmd(u"add-participant",
                {{u"participant"_s, QJsonObject{{u"name"_s, u"Ana"_s}, {u"roles"_s, QJsonArray{u"audience"_s}}}}}));
    QVERIFY(ana > 0);
    QVERIFY(run(cmd(u"update-participant",
                    {{u"participant"_s,
                      QJsonObject{{u"id"_s, ana}, {u"name"_s, u"Ana B"_s}, {u"roles"_s, QJsonArray{u"audience"_s}}}}}))
            >= 0);
    QJsonObject anaJson = core::participantToJson(*state.floor().participant(ana));
    QVERIFY(run(cmd(u"remove-participant", {{u"id"_s, ana}})) >= 0);
    QVERIFY(run(cmd(u"restore-participant", {{u"participant"_s, anaJson}})) >= 0);
    // Break-out groups: an item for them, its groups (Ana reports for the first), the assignment.
    QJsonArray withGroups = state.agenda().toJson();
    withGroups.append(QJsonObject{{u"title"_s, u"Groups"_s}, {u"kind"_s, u"break_out"_s}, {u"minutes"_s, 10}});
    QVERIFY(run(cmd(u"edit-agenda", {{u"agenda"_s, withGroups}})) >= 0);
    const int groupsItem = state.agenda().item(state.agenda().size() - 1).id;
    const QJsonArray groupsJson{QJsonObject{{u"name"_s, u"A"_s}, {u"rapporteur"_s, ana}},
                                QJsonObject{{u"name"_s, u"B"_s}}};
    QVERIFY(run(cmd(u"break-out", {{u"item"_s, groupsItem}, {u"break_out"_s, QJsonObject{{u"groups"_s, groupsJson}}}}))
            >= 0);
    QVERIFY(run(cmd(u"break-out-assign", {{u"item"_s, groupsItem}})) >= 0);
    const int groupA = state.agenda().item(state.agenda().size() - 1).breakOut.groups.at(0).id;
    QVERIFY(state.agenda().group(groupA)->members.contains(ana));
    QVERIFY(run(cmd(u"settings", {{u"audience_limit_ms"_s, 120000}, {u"chair_limit_ms"_s, 120000}})) >= 0);
    QVERIFY(run(cmd(u"rotation", {{u"order"_s, QJsonArray::fromVariantList([&] {
                                       QVariantList ids;
                                       for (int id : state.floor().rotationOrder()) {
                                           ids.append(id);
                                       }
                                       return ids;
                                   }())}}))
            >= 0);
    QVERIFY(run(cmd(u"queue-policy", {{u"policy"_s, u"alternate_channels"_s}})) >= 0);

    // The room display.
    const QString image = m_dir.filePath(u"map.png"_s);
    {
        QFile file(image);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray::fromHex("89504e470d0a1a0a0000000d49484452") + QByteArray(64, '\0'));
    }
    const int media = run(cmd(u"media-add", {{u"path"_s, image}}));
    QVERIFY(media > 0);
    QVERIFY(run(cmd(u"media-show", {{u"id"_s, media}})) >= 0);
    QVERIFY(run(cmd(u"media-page", {{u"page"_s, 0}})) >= 0);
    QVERIFY(run(cmd(u"scene", {{u"scene"_s, u"agenda"_s}})) >= 0);
    QVERIFY(run(cmd(u"unpin")) >= 0);
    QVERIFY(run(cmd(u"blank")) >= 0);
    QVERIFY(run(cmd(u"blank", {{u"blank"_s, false}})) >= 0);
    QVERIFY(run(cmd(u"message", {{u"text"_s, u"Welcome"_s}})) >= 0);
    QVERIFY(run(cmd(u"room-language", {{u"language"_s, u"fr"_s}})) >= 0);
    // A video (its first bytes suffice here) with its subtitles, its sound and its playback.
    const QString video = m_dir.filePath(u"talk.mp4"_s);
    const QString subtitles = m_dir.filePath(u"talk.fr.vtt"_s);
    {
        QFile file(video);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray::fromHex("0000001c6674797069736f6d0000020069736f6d69736f32617663316d703431")
                   + QByteArray(64, '\0'));
        QFile vtt(subtitles);
        QVERIFY(vtt.open(QIODevice::WriteOnly));
        vtt.write("WEBVTT\n\n00:01.000 --> 00:02.000\nBonjour\n");
    }
    const int clip = run(cmd(u"media-add", {{u"path"_s, video}}));
    QVERIFY(clip > 0);
    QVERIFY(run(cmd(u"subtitles-add", {{u"video"_s, clip}, {u"path"_s, subtitles}})) > clip);
    QVERIFY(run(cmd(u"media-show", {{u"id"_s, clip}})) >= 0);
    QVERIFY(run(cmd(u"media-volume", {{u"volume"_s, 40}, {u"muted"_s, true}})) >= 0);
    QVERIFY(run(cmd(u"media-playback", {{u"playing"_s, true}, {u"position_ms"_s, 1500}})) >= 0);
    QVERIFY(state.display().isPlaying());
    QVERIFY(run(cmd(u"media-remove", {{u"id"_s, clip}})) >= 0);
    QVERIFY(run(cmd(u"media-remove", {{u"id"_s, media}})) >= 0);

    // The clock and the agenda.
    QVERIFY(run(cmd(u"start")) >= 0);
    clock.advance(1min);
    QVERIFY(run(cmd(u"pause")) >= 0);
    QVERIFY(run(cmd(u"resume")) >= 0);
    QVERIFY(run(cmd(u"toggle")) >= 0);
    QCOMPARE(state.runState(), core::RunState::Paused);
    QVERIFY(run(cmd(u"toggle")) >= 0);
    QVERIFY(run(cmd(u"next")) >= 0);
    QVERIFY(run(cmd(u"previous")) >= 0);
    const int second = state.agenda().item(state.agenda().leafIndexes().at(1)).id;
    QVERIFY(run(cmd(u"enter-item", {{u"item"_s, second}})) >= 0);
    QVERIFY(run(cmd(u"goto", {{u"position"_s, 1}})) >= 0);
    QVERIFY(run(cmd(u"extend", {{u"delta_ms"_s, 60000}})) >= 0);

    // The floor and the queue.
    const int walkIn = run(cmd(u"floor", {{u"name"_s, u"Walk In"_s}, {u"channel"_s, u"online"_s}}));
    QVERIFY(walkIn > 0);
    QCOMPARE(state.floor().participant(walkIn)->channel, core::Channel::Online);
    QVERIFY(run(cmd(u"yield")) >= 0);
    const int first = run(cmd(u"queue", {{u"name"_s, u"Asker"_s}, {u"group"_s, u"Civil Society"_s}}));
    QVERIFY(first > 0);
    const int withdrawn = run(cmd(u"queue", {{u"participant"_s, walkIn}}));
    QVERIFY(run(cmd(u"withdraw", {{u"request"_s, withdrawn}})) >= 0);
    const int again = run(cmd(u"queue", {{u"participant"_s, walkIn}}));
    QVERIFY(again > 0);
    QVERIFY(run(cmd(u"reorder-queue", {{u"order"_s, QJsonArray{again, first}}})) >= 0);
    QVERIFY(run(cmd(u"floor-to-request", {{u"request"_s, first}})) >= 0);
    QVERIFY(run(cmd(u"floor-to-request")) >= 0);
    QVERIFY(run(cmd(u"yield")) >= 0);
    const int late = run(cmd(u"add-participant", {{u"participant"_s, QJsonObject{{u"name"_s, u"Late"_s}}}}));
    const int lateGroup = run(cmd(u"break-out-add", {{u"item"_s, groupsItem}, {u"participant"_s, late}}));
    QVERIFY(lateGroup > 0);
    QVERIFY(state.agenda().group(lateGroup)->members.contains(late));
    QCOMPARE(run(cmd(u"report-back", {{u"group"_s, groupA}})), groupA);
    QCOMPARE(state.floor().currentTurn()->participantId, ana);
    QVERIFY(run(cmd(u"yield")) >= 0);

    // The empty chair.
    const int speaker = state.floor().rotationOrder().constFirst();
    QVERIFY(run(cmd(u"chair-open")) >= 0);
    const int remote = run(cmd(u"chair-claim", {{u"name"_s, u"Remote Person"_s}}));
    QVERIFY(remote > 0);
    QCOMPARE(state.floor().participant(remote)->channel, core::Channel::Online);
    QVERIFY(run(cmd(u"chair-decline")) >= 0);
    QVERIFY(run(cmd(u"chair-claim", {{u"participant"_s, remote}})) >= 0);
    QVERIFY(run(cmd(u"chair-take", {{u"participant"_s, remote}})) >= 0);
    QVERIFY(run(cmd(u"chair-reply", {{u"participant"_s, speaker}})) >= 0);
    QVERIFY(run(cmd(u"chair-release")) >= 0);

    // The rapporteur.
    const int takeaway = run(cmd(u"takeaway", {{u"text"_s, u"Baseline requirements for every supplier"_s}}));
    QVERIFY(takeaway > 0);
    // Two languages in the room, translated content and a glossary.
    QVERIFY(run(cmd(u"room-second-language", {{u"language"_s, u"ar"_s}})) >= 0);
    QCOMPARE(state.display().secondLanguage(), u"ar"_s);
    QVERIFY(
        run(cmd(
            u"translate",
            {{u"kind"_s, u"takeaway"_s}, {u"id"_s, takeaway}, {u"language"_s, u"fr"_s}, {u"text"_s, u"Exigences"_s}}))
        >= 0);
    QCOMPARE(state.display().translation(u"takeaway"_s, takeaway, u"fr"_s), u"Exigences"_s);
    const int term = run(cmd(u"glossary-term", {{u"term"_s, u"supply chain"_s}, {u"explanation"_s, u"Everyone"_s}}));
    QVERIFY(term > 0);
    QVERIFY(run(cmd(u"show-term", {{u"id"_s, term}})) >= 0);
    QCOMPARE(state.display().shownTerm(), term);
    QVERIFY(run(cmd(u"glossary-remove", {{u"id"_s, term}})) >= 0);
    QCOMPARE(state.display().shownTerm(), 0);
    QVERIFY(run(cmd(u"takeaway-withdraw", {{u"id"_s, takeaway}})) >= 0);
    const int note =
        run(cmd(u"note", {{u"text"_s, u"Costs of certification"_s}, {u"tags"_s, QJsonArray{u"action"_s}}}));
    QVERIFY(note > 0);
    QVERIFY(run(cmd(u"note-edit", {{u"id"_s, note}, {u"text"_s, u"Costs"_s}})) >= 0);
    QVERIFY(run(cmd(u"note-delete", {{u"id"_s, note}})) >= 0);
    QVERIFY(run(cmd(u"note-restore", {{u"id"_s, note}})) >= 0);
    const QString transcript = m_dir.filePath(u"transcript.txt"_s);
    {
        QFile file(transcript);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Eva Schulz-Kamm: Suppliers need baseline requirements.\n");
    }
    QVERIFY(run(cmd(u"transcript", {{u"path"_s, transcript}})) >= 0);
    QVERIFY(run(cmd(u"report-field", {{u"key"_s, u"outputs"_s}, {u"text"_s, u"A report"_s}})) >= 0);
    QVERIFY(run(cmd(u"participation", {{u"onsite"_s, 40}, {u"online"_s, 12}, {u"women"_s, 20}})) >= 0);
    QVERIFY(run(cmd(u"captions", {{u"shown"_s, true}, {u"size"_s, u"large"_s}})) >= 0);
    QVERIFY(run(cmd(u"caption", {{u"text"_s, u"Suppliers need baselines."_s}, {u"speaker"_s, u"EVA SCHULZ-KAMM"_s}}))
            >= 0);

    // Participants' phones, and the moderator's side of them.
    QVERIFY(run(cmd(u"phones-open", {{u"open"_s, true}})) >= 0);
    QVERIFY(run(cmd(u"phone-limits", {{u"question_interval_ms"_s, 0}, {u"pending_questions"_s, 5}})) >= 0);
    const int phoneOwner = run(cmd(u"phone-join", {{u"device"_s, u"abcd2345"_s}, {u"name"_s, u"Phone Owner"_s}}));
    QVERIFY(phoneOwner > 0);
    QVERIFY(run(cmd(u"queue", {{u"participant"_s, phoneOwner}, {u"device"_s, u"abcd2345"_s}})) > 0);
    const int asked = run(cmd(u"question-submit", {{u"device"_s, u"abcd2345"_s}, {u"text"_s, u"Who pays?"_s}}));
    QCOMPARE(asked, 1);
    QVERIFY(run(cmd(u"question-accept", {{u"id"_s, asked}, {u"as"_s, u"read"_s}})) >= 0);
    QVERIFY(run(cmd(u"question-submit", {{u"device"_s, u"abcd2345"_s}, {u"text"_s, u"And when?"_s}})) > 0);
    QVERIFY(run(cmd(u"question-dismiss", {{u"id"_s, 2}})) >= 0);
    const int kept = run(cmd(u"takeaway", {{u"text"_s, u"Shared baselines"_s}}));
    QVERIFY(
        run(cmd(u"takeaway-react", {{u"device"_s, u"abcd2345"_s}, {u"takeaway"_s, kept}, {u"reaction"_s, u"agree"_s}}))
        >= 0);
    QVERIFY(run(cmd(u"takeaway-share", {{u"device"_s, u"abcd2345"_s}, {u"text"_s, u"Costs matter"_s}})) > 0);
    QVERIFY(run(cmd(u"takeaway-edit", {{u"id"_s, kept}, {u"text"_s, u"Shared security baselines"_s}})) >= 0);
    QVERIFY(run(cmd(u"takeaway-comment",
                    {{u"takeaway"_s, kept}, {u"text"_s, u"Small firms need help"_s}, {u"participant"_s, phoneOwner}}))
            >= 0);
    QVERIFY(run(cmd(u"phone-block", {{u"device"_s, u"abcd2345"_s}})) >= 0);

    // Running late: decline, then accept a re-balancing.
    clock.advance(15min);
    QVERIFY(run(cmd(u"rebalance-decline")) >= 0);
    QCOMPARE(session->events().constLast().type, core::EventType::RebalanceDeclined);
    QVERIFY(run(cmd(u"rebalance")) >= 0);
    QVERIFY(run(cmd(u"end")) >= 0);

    QStringList missing;
    for (qsizetype i = 0; i < core::CommandCatalogue::count(); ++i) {
        if (!done.contains(i)) {
            missing.append(core::CommandCatalogue::spec(i).name);
        }
    }
    QVERIFY2(missing.isEmpty(), qPrintable(u"not run: "_s + missing.join(u", ")));

    // What a command refuses records nothing.
    const qsizetype before = session->events().size();
    QVERIFY(!session->execute(parsed(cmd(u"start"))).has_value());
    QVERIFY(!session->execute(parsed(cmd(u"media-show", {{u"id"_s, 99}}))).has_value());
    QCOMPARE(session->events().size(), before);
}

void TestCommands::role_thatMayNot_changesNothing()
{
    tests::FakeClock clock;
    auto session = createDemo(m_dir.filePath(u"roles.moderato"_s), clock);
    const qsizetype before = session->events().size();
    const auto start = parsed({{u"command"_s, u"start"_s}});
    for (core::TeamRole role :
         {core::TeamRole::Observer, core::TeamRole::Rapporteur, core::TeamRole::OnlineModerator}) {
        const auto result = session->execute(start, role);
        QVERIFY(!result.has_value());
        QCOMPARE(result.error().code, core::ErrorCode::InvalidState);
    }
    QCOMPARE(session->events().size(), before);
    MODERATO_VERIFY_OK(session->execute(start, core::TeamRole::CoModerator));
    // The online moderator claims the chair for a remote participant; the rapporteur takes notes.
    MODERATO_VERIFY_OK(session->execute(parsed({{u"command"_s, u"chair-open"_s}})));
    MODERATO_VERIFY_OK(session->execute(parsed({{u"command"_s, u"chair-claim"_s}, {u"name"_s, u"Kofi"_s}}),
                                        core::TeamRole::OnlineModerator));
    MODERATO_VERIFY_OK(
        session->execute(parsed({{u"command"_s, u"note"_s}, {u"text"_s, u"Kofi asks"_s}}), core::TeamRole::Rapporteur));
    QVERIFY(!session
                 ->execute(parsed({{u"command"_s, u"chair-take"_s}, {u"name"_s, u"Kofi"_s}}),
                           core::TeamRole::OnlineModerator)
                 .has_value());
}

void TestCommands::requestByName_isOneEventAndSurvivesReopen()
{
    const QString path = m_dir.filePath(u"walkin.moderato"_s);
    tests::FakeClock clock;
    {
        auto session = createDemo(path, clock);
        const qsizetype before = session->events().size();
        const auto request = session->execute(parsed({{u"command"_s, u"queue"_s},
                                                      {u"name"_s, u"  Amina   Diallo "_s},
                                                      {u"channel"_s, u"online"_s},
                                                      {u"group"_s, u"Civil Society"_s},
                                                      {u"region"_s, u"African Group"_s}}));
        MODERATO_VERIFY_OK(request);
        QCOMPARE(session->events().size(), before + 1);
        const core::Event &event = session->events().constLast();
        QCOMPARE(event.type, core::EventType::QueueRequested);
        QVERIFY(event.data.contains(u"walk_in"_s));
        QCOMPARE(session->store().eventVocabulary(), 2);
        // The same name again is the same person, not a second walk-in.
        MODERATO_VERIFY_OK(session->execute(parsed({{u"command"_s, u"withdraw"_s}, {u"request"_s, request.value()}})));
        MODERATO_VERIFY_OK(session->execute(parsed({{u"command"_s, u"queue"_s}, {u"name"_s, u"Amina Diallo"_s}})));
        QVERIFY(!session->events().constLast().data.contains(u"walk_in"_s));
    }
    auto reopened = core::Session::open(path, clock);
    MODERATO_VERIFY_OK(reopened);
    const core::FloorState &floor = reopened.value()->state().floor();
    const core::Participant *amina = floor.participantByName(u"Amina Diallo"_s);
    QVERIFY(amina);
    QCOMPARE(amina->channel, core::Channel::Online);
    QCOMPARE(amina->stakeholderGroup, u"Civil Society"_s);
    QCOMPARE(amina->region, u"African Group"_s);
    QCOMPARE(floor.orderedQueue(reopened.value()->now()).size(), 1);
}

void TestCommands::floorToASelectedRequest_isOneEvent()
{
    tests::FakeClock clock;
    auto session = createDemo(m_dir.filePath(u"selected.moderato"_s), clock);
    MODERATO_VERIFY_OK(session->start());
    const auto first = session->requestToSpeak(core::Who{0, u"First"_s, {}, {}, {}, {}, {}});
    const auto second = session->requestToSpeak(core::Who{0, u"Second"_s, {}, {}, {}, {}, {}});
    MODERATO_VERIFY_OK(first);
    MODERATO_VERIFY_OK(second);
    const qsizetype before = session->events().size();
    MODERATO_VERIFY_OK(session->giveFloorToRequest(second.value()));
    QCOMPARE(session->events().size(), before + 1);
    const core::FloorState &floor = session->state().floor();
    QCOMPARE(floor.currentTurn()->participantId, floor.participantByName(u"Second"_s)->id);
    QCOMPARE(floor.orderedQueue(session->now()).size(), 1);
    QCOMPARE(floor.orderedQueue(session->now()).constFirst().id, first.value());
    QCOMPARE(session->giveFloorToRequest(second.value()).error().code, core::ErrorCode::InvalidArgument);
}

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
