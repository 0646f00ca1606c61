// SPDX-License-Identifier: MIT
#include "core/base/eventcatalogue.h"
#include "core/base/eventpayloads.h"
#include "core/io/eventlog.h"
#include "core/io/proposalimporter.h"
#include "core/session/session.h"
#include "tests/support/fakeclock.h"
#include "tests/support/helpers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <chrono>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

// docs/events.md: the part between these two lines is generated from the catalogue by eventsMarkdown().
constexpr auto BeginMarker = "<!-- generated from core/base/eventcatalogue.cpp: do not edit below -->"_L1;
constexpr auto EndMarker = "<!-- end of the generated part -->"_L1;

/// The wall time the frozen logs were recorded at: 2019-11-26 08:00 UTC, IGF 2019 day 2.
constexpr qint64 FrozenWallMs = 1'574'755'200'000;

QString sourcePath(const QString &relative)
{
    return QDir(QStringLiteral(MODERATO_SOURCE_DIR)).filePath(relative);
}

QString frozenLogPath(int vocabulary)
{
    return sourcePath(u"tests/data/logs/vocabulary-%1.jsonl"_s.arg(vocabulary));
}

bool environmentSays(const char *name)
{
    return qEnvironmentVariable(name) == u"1";
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

/// "line N: expected … / found …" for the first line where two texts differ.
QString firstDifference(const QByteArray &expected, const QByteArray &found, int firstLine = 1)
{
    const QList<QByteArray> want = expected.split('\n');
    const QList<QByteArray> have = found.split('\n');
    for (qsizetype i = 0; i < std::max(want.size(), have.size()); ++i) {
        const QByteArray a = want.value(i, "(the end)");
        const QByteArray b = have.value(i, "(the end)");
        if (a != b) {
            return u"line %1:\n  expected: %2\n  found:    %3"_s.arg(firstLine + i)
                .arg(a.isEmpty() ? u"(an empty line)"_s : QString::fromUtf8(a.left(400)),
                     b.isEmpty() ? u"(an empty line)"_s : QString::fromUtf8(b.left(400)));
        }
    }
    return u"no line differs"_s;
}

// --- docs/events.md ------------------------------------------------------------------------------------------

const std::pair<core::Area, const char *> AreaNames[] = {
    {core::Area::Clock, "clock"},
    {core::Area::Agenda, "agenda"},
    {core::Area::Details, "details"},
    {core::Area::People, "people"},
    {core::Area::Floor, "floor"},
    {core::Area::Chair, "chair"},
    {core::Area::Questions, "questions"},
    {core::Area::Room, "room"},
    {core::Area::Notes, "notes"},
    {core::Area::Report, "report"},
    {core::Area::Audience, "audience"},
};

QString areaList(core::Areas areas)
{
    QStringList names;
    for (const auto &[area, name] : AreaNames) {
        if (areas.testFlag(area)) {
            names.append(QString::fromLatin1(name));
        }
    }
    return names.join(u", "_s);
}

/// The vocabulary a field appeared in: its event's, unless the catalogue gives the field a newer one (where
/// EventField has a `since` of its own).
template<typename Field>
int fieldSince(const Field &field, int eventSince)
{
    if constexpr (requires { field.since; }) {
        return std::max(eventSince, int(field.since));
    }
    return eventSince;
}

/// Text for one cell of a Markdown table.
QString cell(const char *text)
{
    return QString::fromUtf8(text).replace(u'|', u"\\|"_s);
}

/// The generated part of docs/events.md: an overview, then one section per event, in catalogue order.
QString eventsMarkdown()
{
    QString out;
    out += u"\n| Event | Since | Changes |\n| --- | --- | --- |\n"_s;
    for (const core::EventSpec &spec : core::EventCatalogue::all()) {
        out += u"| `%1` | %2 | %3 |\n"_s.arg(QLatin1StringView(spec.name)).arg(spec.since).arg(areaList(spec.areas));
    }
    for (const core::EventSpec &spec : core::EventCatalogue::all()) {
        out += u"\n### `%1`\n\n"_s.arg(QLatin1StringView(spec.name));
        out += u"Since vocabulary %1. Changes: %2.\n\n"_s.arg(spec.since).arg(areaList(spec.areas));
        out += QString::fromUtf8(spec.about) + u"\n\n"_s;
        if (spec.fields.isEmpty()) {
            out += u"No fields: `data` is `{}`.\n"_s;
            continue;
        }
        out += u"| Key | Kind | Required | About |\n| --- | --- | --- | --- |\n"_s;
        for (const core::EventField &field : spec.fields) {
            QString about = cell(field.about);
            if (const int since = fieldSince(field, spec.since); since > spec.since) {
                about += u"; since vocabulary %1"_s.arg(since);
            }
            out += u"| `%1` | %2 | %3 | %4 |\n"_s.arg(QLatin1StringView(field.key),
                                                      core::EventCatalogue::fieldKindName(field.kind),
                                                      field.required ? u"yes"_s : u"no"_s,
                                                      about);
        }
    }
    return out + u"\n"_s;
}

// --- the programs behind the frozen logs ----------------------------------------------------------------------

/// A PNG of one blue pixel, for media.added.
const QByteArray TinyPng =
    QByteArray::fromHex("89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de"
                        "0000000c4944415478da6390cfdf020001f301433f7a50cc0000000049454e44ae426082");

/**
 * Vocabulary 1: every event of the first vocabulary at least once, as the console would record a whole
 * session. Deterministic: a fake clock, fixed names, and only what the session's definition says.
 */
void playVocabulary1(core::Session &session, tests::FakeClock &clock, const QDir &work)
{
    // Before the start: the details, the agenda, people, questions, settings, the room.
    core::SessionDefinition details = session.state().definition();
    details.discussionFacilitation = u"Questions from the room and online after each speaker."_s;
    clock.advance(30s);
    MODERATO_VERIFY_OK(session.editDetails(details));

    QJsonArray agenda = session.state().agenda().toJson();
    QJsonObject last = agenda.last().toObject();
    last.insert(u"title"_s, QString(last.value(u"title").toString() + u" and next steps"_s));
    agenda.replace(agenda.size() - 1, last);
    auto edited = core::Agenda::fromJson(agenda);
    MODERATO_VERIFY_OK(edited);
    clock.advance(30s);
    MODERATO_VERIFY_OK(session.editAgenda(edited.value()));

    core::Participant amina;
    amina.name = u"Amina Diallo"_s;
    amina.channel = core::Channel::Online;
    amina.stakeholderGroup = u"Civil Society"_s;
    amina.region = u"African Group"_s;
    clock.advance(20s);
    auto aminaId = session.addParticipant(amina);
    MODERATO_VERIFY_OK(aminaId);
    amina.id = aminaId.value();
    amina.roles = {core::Role::Audience};
    amina.organization = u"Digital Rights Lab"_s;
    MODERATO_VERIFY_OK(session.updateParticipant(amina));
    core::Participant jon;
    jon.name = u"Jon Berg"_s;
    jon.stakeholderGroup = u"Technical Community"_s;
    auto jonId = session.addParticipant(jon);
    MODERATO_VERIFY_OK(jonId);
    core::Participant mistake;
    mistake.name = u"Typo Person"_s;
    auto mistakeId = session.addParticipant(mistake);
    MODERATO_VERIFY_OK(mistakeId);
    MODERATO_VERIFY_OK(session.removeParticipant(mistakeId.value()));

    const QList<int> rotation = session.state().floor().rotationOrder();
    QVERIFY(rotation.size() >= 2);
    QList<int> reversed(rotation.crbegin(), rotation.crend());
    clock.advance(15s);
    MODERATO_VERIFY_OK(session.setRotation(reversed, {}));
    MODERATO_VERIFY_OK(session.setRotation(rotation, {rotation.constLast()}));
    core::FloorSettings settings;
    settings.audienceLimitMs = 90'000;
    settings.chairLimitMs = 150'000;
    settings.warningMs = 30'000;
    settings.chime = false;
    MODERATO_VERIFY_OK(session.setSettings(settings));
    core::PreparedQuestion toSpeaker;
    toSpeaker.text = u"Which baseline would you make mandatory first?"_s;
    toSpeaker.speakerId = rotation.constFirst();
    core::PreparedQuestion toAll;
    toAll.text = u"Who certifies the certifiers?"_s;
    MODERATO_VERIFY_OK(session.setQuestionBank({toSpeaker, toAll}));
    MODERATO_VERIFY_OK(session.setRoomLanguage(u"fr"_s));
    const QString png = work.filePath(u"supply-chain.png"_s);
    QVERIFY(writeAll(png, TinyPng));
    clock.advance(40s);
    auto media = session.addMedia(png);
    MODERATO_VERIFY_OK(media);

    // The session runs.
    clock.advance(2min);
    MODERATO_VERIFY_OK(session.start());
    clock.advance(1min);
    MODERATO_VERIFY_OK(session.showMedia(media.value()));
    MODERATO_VERIFY_OK(session.setMediaPage(0));
    clock.advance(1min);
    MODERATO_VERIFY_OK(session.pinScene(core::Scene::Agenda));
    MODERATO_VERIFY_OK(session.unpinScene());
    clock.advance(2min);
    MODERATO_VERIFY_OK(session.pause());
    clock.advance(45s);
    MODERATO_VERIFY_OK(session.resume());
    MODERATO_VERIFY_OK(session.addNote(u"The moderator sets the scene: supply chains as the weak link."_s,
                                       {core::NoteTag::Quote},
                                       session.now() - 20'000));
    clock.advance(9min); // the introduction overruns its plan: re-balance the rest
    const core::RebalancePlan plan = session.state().proposeRebalance(session.now());
    QVERIFY(!plan.isEmpty());
    MODERATO_VERIFY_OK(session.acceptRebalance(plan));
    MODERATO_VERIFY_OK(session.next());

    // The first speaker, then questions from the queue.
    const int speaker = session.state().offeredSpeaker();
    QVERIFY(speaker > 0);
    MODERATO_VERIFY_OK(session.giveFloor(speaker));
    clock.advance(4min);
    MODERATO_VERIFY_OK(session.addNote(u"Baselines must be shared across borders."_s,
                                       {core::NoteTag::Takeaway, core::NoteTag::Agreement},
                                       session.now() - 30'000,
                                       0));
    MODERATO_VERIFY_OK(session.markQuestionAsked(session.state().questions().questions().constFirst().id, true));
    MODERATO_VERIFY_OK(session.extendCurrent(60'000));
    clock.advance(1min);
    MODERATO_VERIFY_OK(session.endTurn());
    MODERATO_VERIFY_OK(session.requestToSpeak(aminaId.value()));
    clock.advance(5s);
    MODERATO_VERIFY_OK(session.requestToSpeak(jonId.value()));
    const QList<core::Request> queue = session.state().floor().requests();
    QCOMPARE(queue.size(), 2);
    MODERATO_VERIFY_OK(session.reorderQueue({queue.at(1).id, queue.at(0).id}));
    clock.advance(10s);
    MODERATO_VERIFY_OK(session.withdrawRequest(queue.at(1).id));
    MODERATO_VERIFY_OK(session.giveFloorFromQueue());
    // Reordering by hand chose the request order; those who have not spoken yet go first again.
    MODERATO_VERIFY_OK(session.setQueuePolicy(core::QueuePolicy::FirstTimeFirst));
    clock.advance(80s);
    MODERATO_VERIFY_OK(session.endTurn());

    // The empty chair: a claim declined, then someone from the room, and a reply.
    MODERATO_VERIFY_OK(session.claimChair(aminaId.value()));
    clock.advance(10s);
    MODERATO_VERIFY_OK(session.declineChairClaim());
    MODERATO_VERIFY_OK(session.openChair());
    clock.advance(20s);
    MODERATO_VERIFY_OK(session.takeChair(jonId.value()));
    clock.advance(2min);
    auto challenged = session.addNote(u"Who audits the auditors?"_s, {core::NoteTag::Question});
    MODERATO_VERIFY_OK(challenged);
    MODERATO_VERIFY_OK(session.replyFromChair(speaker));
    clock.advance(1min);
    MODERATO_VERIFY_OK(session.closeChair());
    MODERATO_VERIFY_OK(session.editNote(
        challenged.value(), u"Who audits the auditors? (from the chair)"_s, {core::NoteTag::Question}, 0));
    MODERATO_VERIFY_OK(session.deleteNote(challenged.value()));
    MODERATO_VERIFY_OK(session.restoreNote(challenged.value()));
    auto stray = session.addNote(u"typo"_s, {});
    MODERATO_VERIFY_OK(stray);
    MODERATO_VERIFY_OK(session.deleteNote(stray.value()));

    // The room display through the session.
    MODERATO_VERIFY_OK(session.setBlank(true));
    clock.advance(30s);
    MODERATO_VERIFY_OK(session.setBlank(false));
    MODERATO_VERIFY_OK(session.showMessage(u"Online? Raise your hand in the chat."_s));
    auto kept = session.approveTakeaway(u"Security baselines need to be shared across borders."_s);
    MODERATO_VERIFY_OK(kept);
    auto withdrawn = session.approveTakeaway(u"Certification alone is enough."_s);
    MODERATO_VERIFY_OK(withdrawn);
    clock.advance(1min);
    MODERATO_VERIFY_OK(session.withdrawTakeaway(withdrawn.value()));
    MODERATO_VERIFY_OK(session.removeMedia(media.value()));
    MODERATO_VERIFY_OK(session.gotoTopLevel(int(session.state().agenda().childIndexes(-1).size()) - 1));
    clock.advance(5min);
    MODERATO_VERIFY_OK(session.end());

    // The report, after the session.
    const QString transcript = work.filePath(u"transcript.txt"_s);
    QVERIFY(writeAll(transcript,
                     "Moderator: Welcome to the workshop on security in the supply chain.\n"
                     "Amina Diallo: Baselines must be shared across borders.\n"
                     "Jon Berg: Who audits the auditors?\n"));
    clock.advance(10min);
    MODERATO_VERIFY_OK(session.importTranscript(transcript));
    MODERATO_VERIFY_OK(session.setReportField(u"recommendations"_s, u"Publish shared security baselines."_s));
    MODERATO_VERIFY_OK(session.setParticipation(40, 25, 31));
}

/// Vocabulary 2: walk-ins added by the event that concerns them; a re-balancing declined, then proposed
/// again and accepted.
void playVocabulary2(core::Session &session, tests::FakeClock &clock, const QDir &)
{
    clock.advance(1min);
    MODERATO_VERIFY_OK(session.start());
    clock.advance(1min);
    const core::Who amina{0, u"Amina Diallo"_s, u"online"_s, u"Civil Society"_s, u"African Group"_s, u"woman"_s, {}};
    MODERATO_VERIFY_OK(session.requestToSpeak(amina));
    const core::Who jon{0, u"Jon Berg"_s, {}, u"Technical Community"_s, u"WEOG"_s, {}, {}};
    MODERATO_VERIFY_OK(session.giveFloor(jon));
    clock.advance(1min);
    MODERATO_VERIFY_OK(session.endTurn());
    MODERATO_VERIFY_OK(session.openChair());
    const core::Who kofi{0, u"Kofi Mensah"_s, u"hub"_s, {}, {}, {}, u"Accra hub"_s};
    MODERATO_VERIFY_OK(session.claimChair(kofi));
    MODERATO_VERIFY_OK(session.declineChairClaim());
    const core::Who li{0, u"Li Wei"_s, {}, u"Government"_s, {}, {}, {}};
    MODERATO_VERIFY_OK(session.takeChair(li));
    clock.advance(1min);
    MODERATO_VERIFY_OK(session.closeChair());
    clock.advance(11min + 30s); // the ten-minute introduction overruns
    const core::RebalancePlan declined = session.state().proposeRebalance(session.now());
    QVERIFY(session.state().isRebalanceDue(declined));
    MODERATO_VERIFY_OK(session.declineRebalance(declined.overrunMs));
    clock.advance(2min);
    const core::RebalancePlan accepted = session.state().proposeRebalance(session.now());
    QVERIFY(session.state().isRebalanceDue(accepted));
    MODERATO_VERIFY_OK(session.acceptRebalance(accepted));
    MODERATO_VERIFY_OK(session.next());
    clock.advance(3min);
    MODERATO_VERIFY_OK(session.end());
}

/// Vocabulary 3: participants' phones join, ask for the floor and the chair, send questions the moderator
/// accepts or dismisses, react to a takeaway and share their own; a phone is blocked.
void playVocabulary3(core::Session &session, tests::FakeClock &clock, const QDir &)
{
    MODERATO_VERIFY_OK(session.setPhoneJoining(true));
    MODERATO_VERIFY_OK(session.setPhoneLimits(30'000, 2));
    const core::Who amina{0, u"Amina Diallo"_s, u"onsite"_s, u"Civil Society"_s, u"African Group"_s, u"woman"_s, {}};
    auto aminaId = session.joinPhone(u"k3j9x2ab"_s, amina);
    MODERATO_VERIFY_OK(aminaId);
    const core::Who jon{0, u"Jon Berg"_s, u"hub"_s, u"Technical Community"_s, {}, {}, u"Accra hub"_s};
    auto jonId = session.joinPhone(u"m4n5p6q7"_s, jon);
    MODERATO_VERIFY_OK(jonId);
    clock.advance(1min);
    MODERATO_VERIFY_OK(session.start());
    clock.advance(1min);
    MODERATO_VERIFY_OK(session.requestToSpeak(core::Who{aminaId.value(), {}, {}, {}, {}, {}, {}}, u"k3j9x2ab"_s));
    MODERATO_VERIFY_OK(session.openChair());
    MODERATO_VERIFY_OK(session.claimChair(core::Who{aminaId.value(), {}, {}, {}, {}, {}, {}}, u"k3j9x2ab"_s));
    MODERATO_VERIFY_OK(session.declineChairClaim());
    MODERATO_VERIFY_OK(session.closeChair());
    auto question = session.submitQuestion(u"k3j9x2ab"_s, u"Who audits the auditors?"_s, 0);
    MODERATO_VERIFY_OK(question);
    MODERATO_VERIFY_OK(session.acceptQuestion(question.value(), u"display"_s));
    MODERATO_VERIFY_OK(session.showMessage(u"Who audits the auditors?"_s));
    auto spam = session.submitQuestion(u"m4n5p6q7"_s, u"Buy now!"_s);
    MODERATO_VERIFY_OK(spam);
    MODERATO_VERIFY_OK(session.dismissQuestion(spam.value()));
    MODERATO_VERIFY_OK(session.blockPhone(u"m4n5p6q7"_s, true));
    auto takeaway = session.approveTakeaway(u"Security baselines need to be shared across borders."_s);
    MODERATO_VERIFY_OK(takeaway);
    clock.advance(1min);
    MODERATO_VERIFY_OK(session.reactToTakeaway(u"k3j9x2ab"_s, takeaway.value(), u"agree"_s));
    MODERATO_VERIFY_OK(
        session.reactToTakeaway(u"k3j9x2ab"_s, takeaway.value(), u"comment"_s, u"And enforced by buyers."_s));
    MODERATO_VERIFY_OK(session.end());
    MODERATO_VERIFY_OK(session.shareTakeaway(u"k3j9x2ab"_s, u"Small suppliers need help to comply."_s));
    MODERATO_VERIFY_OK(session.setPhoneJoining(false));
}

/// Vocabulary 4: timed captions (WebVTT) imported during the session, with each turn's start and where the
/// file's 00:00 was (the captioning began half a minute before the clock).
void playVocabulary4(core::Session &session, tests::FakeClock &clock, const QDir &work)
{
    clock.advance(1min);
    MODERATO_VERIFY_OK(session.start());
    clock.advance(3min);
    const QString captions = work.filePath(u"captions.vtt"_s);
    QVERIFY(writeAll(captions,
                     "WEBVTT\n\n"
                     "NOTE the captioners' file\n\n"
                     "00:00:35.000 --> 00:00:39.000\n"
                     "<v Daniel Brinkwerth>Welcome to the workshop.\n\n"
                     "00:00:39.000 --> 00:00:42.000\n"
                     "<v Daniel Brinkwerth>Let us begin.\n\n"
                     "00:01:10.000 --> 00:01:14.000\n"
                     ">> AMINA DIALLO: Baselines must be shared.\n"));
    MODERATO_VERIFY_OK(session.importTranscript(captions, -30'000));
    clock.advance(1min);
    MODERATO_VERIFY_OK(session.end());
}

/// Vocabulary 5: the room in the details; an approved takeaway reworded and commented on from the room (by
/// a participant and by someone not named); the rapporteur's own short report.
void playVocabulary5(core::Session &session, tests::FakeClock &clock, const QDir &)
{
    core::SessionDefinition details = session.state().definition();
    details.room = u"Room VI"_s;
    MODERATO_VERIFY_OK(session.editDetails(details));
    clock.advance(1min);
    MODERATO_VERIFY_OK(session.start());
    clock.advance(20min);
    auto takeaway = session.approveTakeaway(u"Baselines must be shared."_s);
    MODERATO_VERIFY_OK(takeaway);
    clock.advance(1min);
    MODERATO_VERIFY_OK(session.editTakeaway(takeaway.value(), u"Security baselines must be shared along the chain."_s));
    const int speaker = session.state().floor().participants().constFirst().id;
    MODERATO_VERIFY_OK(session.commentOnTakeaway(takeaway.value(), u"Small suppliers need help."_s, speaker));
    MODERATO_VERIFY_OK(session.commentOnTakeaway(takeaway.value(), u"And open standards."_s));
    clock.advance(2min);
    MODERATO_VERIFY_OK(session.setReportField(u"takeaways"_s, u"Security baselines must be shared.\nCost matters."_s));
    MODERATO_VERIFY_OK(session.setReportField(u"calls_to_action"_s, u"Publish the baselines."_s));
    MODERATO_VERIFY_OK(session.end());
}

void playVocabulary6(core::Session &session, tests::FakeClock &clock, const QDir &work)
{
    // A video with English subtitles (media.added with subtitles_for and language).
    const QString video = work.filePath(u"talk.webm"_s);
    QVERIFY(writeAll(video, QByteArray::fromHex("1a45dfa3") + QByteArray(60, '\0')));
    const QString subtitles = work.filePath(u"talk.en.srt"_s);
    QVERIFY(writeAll(subtitles, "1\n00:00:01,000 --> 00:00:03,000\nBaselines along the chain.\n"));
    auto talk = session.addMedia(video);
    MODERATO_VERIFY_OK(talk);
    MODERATO_VERIFY_OK(session.addSubtitles(talk.value(), subtitles, u"en"_s));
    // The room in two languages, with translated content and a glossary.
    MODERATO_VERIFY_OK(session.setRoomLanguage(u"en"_s));
    MODERATO_VERIFY_OK(session.setRoomSecondLanguage(u"fr"_s));
    const int opening = session.state().agenda().item(0).id;
    MODERATO_VERIFY_OK(session.translateContent(u"item"_s, opening, u"fr"_s, u"Ouverture"_s));
    auto term = session.setGlossaryTerm(0, u"supply chain"_s, u"Everyone who builds a part."_s);
    MODERATO_VERIFY_OK(term);
    MODERATO_VERIFY_OK(session.translateContent(u"term"_s, term.value(), u"fr"_s, u"chaîne d'approvisionnement"_s));
    // A break-out item with two groups and an online one (agenda.edited with break_outs).
    QJsonArray items = session.state().agenda().toJson();
    items.insert(1,
                 QJsonObject{{u"title"_s, u"Break-out groups"_s},
                             {u"kind"_s, u"break_out"_s},
                             {u"minutes"_s, 20},
                             {u"break_out"_s,
                              QJsonObject{{u"groups"_s,
                                           QJsonArray{QJsonObject{{u"name"_s, u"Table 1"_s}, {u"policy_question"_s, 0}},
                                                      QJsonObject{{u"name"_s, u"Table 2"_s}, {u"topic"_s, u"Costs"_s}},
                                                      QJsonObject{{u"name"_s, u"Online"_s}, {u"online"_s, true}}}}}}});
    auto agenda = core::Agenda::fromJson(items);
    MODERATO_VERIFY_OK(agenda);
    MODERATO_VERIFY_OK(session.editAgenda(agenda.value()));
    const int breakOutItem = session.state().agenda().item(1).id;
    for (const auto &[name, channel] : {std::pair{u"Ana"_s, core::Channel::Onsite},
                                        std::pair{u"Ben"_s, core::Channel::Onsite},
                                        std::pair{u"Chen"_s, core::Channel::Online}}) {
        core::Participant person;
        person.name = name;
        person.channel = channel;
        person.stakeholderGroup = u"Civil Society"_s;
        MODERATO_VERIFY_OK(session.addParticipant(person));
    }
    auto assigned = session.assignBreakOut(breakOutItem);
    MODERATO_VERIFY_OK(assigned);
    core::BreakOut withRapporteur = assigned.value().breakOut;
    QVERIFY(!withRapporteur.groups.constFirst().members.isEmpty());
    withRapporteur.groups.first().rapporteur = withRapporteur.groups.constFirst().members.constFirst();
    MODERATO_VERIFY_OK(session.setBreakOut(breakOutItem, withRapporteur));
    clock.advance(1min);
    MODERATO_VERIFY_OK(session.start());
    MODERATO_VERIFY_OK(session.setCaptions(true, core::CaptionSize::Large));
    MODERATO_VERIFY_OK(session.addCaption(u"Welcome to the workshop."_s, u"MODERATOR"_s));
    clock.advance(2min);
    MODERATO_VERIFY_OK(session.showGlossaryTerm(term.value()));
    clock.advance(30s);
    MODERATO_VERIFY_OK(session.showGlossaryTerm(0));
    MODERATO_VERIFY_OK(session.showMedia(talk.value()));
    MODERATO_VERIFY_OK(session.setVideoVolume(60, false));
    MODERATO_VERIFY_OK(session.setVideoPlayback(true, 0));
    clock.advance(5s);
    MODERATO_VERIFY_OK(session.setVideoPlayback(false, 5000));
    MODERATO_VERIFY_OK(session.unpinScene());
    MODERATO_VERIFY_OK(session.next()); // the group work
    const int group = session.state().agenda().item(1).breakOut.groups.constFirst().id;
    auto note = session.addNote(u"Table 1 wants one baseline."_s, {}, -1, -1, group);
    MODERATO_VERIFY_OK(note);
    MODERATO_VERIFY_OK(session.editNote(note.value(), u"Table 1 wants one shared baseline."_s, {}, -1, 0));
    clock.advance(20min);
    MODERATO_VERIFY_OK(session.next());
    MODERATO_VERIFY_OK(session.giveReportBack(group));
    clock.advance(2min);
    MODERATO_VERIFY_OK(session.endTurn());
    MODERATO_VERIFY_OK(session.end());
}

using Program = void (*)(core::Session &, tests::FakeClock &, const QDir &);

/// One frozen log per vocabulary, each recorded by its program. A new vocabulary adds a row.
const std::pair<int, Program> FrozenLogs[] = {
    {1, &playVocabulary1},
    {2, &playVocabulary2},
    {3, &playVocabulary3},
    {4, &playVocabulary4},
    {5, &playVocabulary5},
    {6, &playVocabulary6},
};

/// The events a program records today, from the given definition (and the fixed start time).
void record(Program program, const core::SessionDefinition &definition, QList<core::Event> *events)
{
    QTemporaryDir work;
    tests::FakeClock clock(FrozenWallMs);
    auto created = core::Session::create(work.filePath(u"frozen.moderato"_s), definition, clock);
    MODERATO_VERIFY_OK(created);
    program(*created.value(), clock, QDir(work.path()));
    *events = created.value()->events();
}

} // namespace

class TestEventVocabulary : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void catalogue_namesEveryTypeOnceInOrder();
    void parseName_unknownIsNewerVersion();
    void checkPayload_requiredKindsAndExtras();
    void docs_matchTheCatalogue();
    void sessionFile_withUnknownEvent_isRefusedUntouched_data();
    void sessionFile_withUnknownEvent_isRefusedUntouched();
    void sessionFile_ofVocabularyOne_opensWithoutRecord();
    void jsonLines_withUnknownEvent_isRefusedWithItsLine();
    void frozenLogs_areWhatTheWritersWriteToday_data();
    void frozenLogs_areWhatTheWritersWriteToday();
    void frozenLogs_readAndWriteBackIdentically_data();
    void frozenLogs_readAndWriteBackIdentically();
    void frozenLogs_coverEveryEventType();
    void frozenLogs_readThroughThePayloadStructsIdentically_data();
    void frozenLogs_readThroughThePayloadStructsIdentically();
    void payloads_keepAbsentFieldsAbsent();
    void payloads_readValuesAsTheFoldsDid();
    void payloads_refuseWhatTheCatalogueRefuses();
    void frozenLogs_importAndOpen_data();
    void frozenLogs_importAndOpen();

private:
    QTemporaryDir m_dir;
};

void TestEventVocabulary::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    QVERIFY(m_dir.isValid());
}

void TestEventVocabulary::catalogue_namesEveryTypeOnceInOrder()
{
    const QList<core::EventSpec> &all = core::EventCatalogue::all();
    // The last enumerator: every value up to it has its spec, at its own position.
    QCOMPARE(all.size(), qsizetype(core::EventType::TakeawayShared) + 1);
    const QRegularExpression pattern(u"^[a-z]+\\.[a-z_]+$"_s);
    QSet<QString> names;
    int knownAreas = 0;
    for (const auto &[area, name] : AreaNames) {
        knownAreas |= int(area);
    }
    for (qsizetype i = 0; i < all.size(); ++i) {
        const core::EventSpec &spec = all.at(i);
        const auto type = core::EventType(i);
        const QString name = QString::fromLatin1(spec.name);
        QCOMPARE(spec.type, type);
        QVERIFY2(pattern.match(name).hasMatch(), qPrintable(name));
        QVERIFY2(!names.contains(name), qPrintable(u"%1 is named twice"_s.arg(name)));
        names.insert(name);
        QCOMPARE(core::EventCatalogue::name(type), name);
        QVERIFY(core::EventCatalogue::fromName(name) == std::optional(type));
        QCOMPARE(core::EventCatalogue::parseName(name).value(), type);
        QVERIFY2(spec.since >= 1 && spec.since <= core::EventCatalogue::Vocabulary, qPrintable(name));
        QVERIFY2(spec.areas != core::Areas(), qPrintable(name));
        QVERIFY2((int(spec.areas) & ~knownAreas) == 0,
                 qPrintable(u"%1 changes an area that docs/events.md cannot name: add it to AreaNames"_s.arg(name)));
        QVERIFY2(qstrlen(spec.about) > 0, qPrintable(name));
        QSet<QString> keys;
        for (const core::EventField &field : spec.fields) {
            const QString key = QString::fromLatin1(field.key);
            QVERIFY2(!keys.contains(key), qPrintable(u"%1 has the field %2 twice"_s.arg(name, key)));
            keys.insert(key);
            QVERIFY2(qstrlen(field.about) > 0, qPrintable(u"%1.%2"_s.arg(name, key)));
            const int since = fieldSince(field, spec.since);
            QVERIFY2(since <= core::EventCatalogue::Vocabulary, qPrintable(u"%1.%2"_s.arg(name, key)));
            QVERIFY2(since == spec.since || !field.required,
                     qPrintable(u"%1.%2: a field newer than its event cannot be required"_s.arg(name, key)));
        }
    }
}

void TestEventVocabulary::parseName_unknownIsNewerVersion()
{
    for (const QString &name : {u"poll.opened"_s, u"floor.Given"_s, u""_s, u"floor.given "_s}) {
        QVERIFY(!core::EventCatalogue::fromName(name).has_value());
        const auto parsed = core::EventCatalogue::parseName(name);
        QVERIFY(!parsed.has_value());
        QCOMPARE(parsed.error().code, core::ErrorCode::NewerVersion);
        QVERIFY2(parsed.error().detail.contains(u"\"%1\""_s.arg(name)), qPrintable(parsed.error().detail));
    }
    // A file that says which vocabulary it was written with: the detail says both.
    const auto newer = core::EventCatalogue::parseName(u"poll.opened", core::EventCatalogue::Vocabulary + 1);
    QVERIFY(!newer.has_value());
    QCOMPARE(newer.error().code, core::ErrorCode::NewerVersion);
    QVERIFY2(newer.error().detail.contains(QString::number(core::EventCatalogue::Vocabulary + 1)),
             qPrintable(newer.error().detail));
    // A name is never cut into something else, however long.
    const QString huge(10'000, u'x');
    QVERIFY(core::EventCatalogue::parseName(huge).error().detail.size() < 200);
}

void TestEventVocabulary::checkPayload_requiredKindsAndExtras()
{
    auto sample = [](core::FieldKind kind) -> QJsonValue {
        switch (kind) {
        case core::FieldKind::Integer:
            return 1;
        case core::FieldKind::Duration:
            return 60'000;
        case core::FieldKind::Time:
            return 1'000;
        case core::FieldKind::Boolean:
            return true;
        case core::FieldKind::Text:
            return u"text"_s;
        case core::FieldKind::List:
            return QJsonArray{1};
        case core::FieldKind::Object:
            return QJsonObject{{u"id"_s, 1}};
        }
        return {};
    };
    // For each kind, a value of another kind that a careless writer might put there.
    auto wrong = [](core::FieldKind kind) -> QJsonValue {
        switch (kind) {
        case core::FieldKind::Integer:
        case core::FieldKind::Duration:
        case core::FieldKind::Time:
            return u"1"_s;
        case core::FieldKind::Boolean:
            return 1;
        case core::FieldKind::Text:
            return true;
        case core::FieldKind::List:
            return QJsonObject();
        case core::FieldKind::Object:
            return QJsonArray();
        }
        return {};
    };
    for (const core::EventSpec &spec : core::EventCatalogue::all()) {
        const QString name = QString::fromLatin1(spec.name);
        QJsonObject full;
        QJsonObject requiredOnly;
        for (const core::EventField &field : spec.fields) {
            full.insert(QLatin1StringView(field.key), sample(field.kind));
            if (field.required) {
                requiredOnly.insert(QLatin1StringView(field.key), sample(field.kind));
            }
        }
        MODERATO_VERIFY_OK(core::EventCatalogue::checkPayload(spec.type, full));
        MODERATO_VERIFY_OK(core::EventCatalogue::checkPayload(spec.type, requiredOnly));
        // A newer version may add fields: readers skip what they do not know.
        QJsonObject extra = full;
        extra.insert(u"added_by_a_newer_version"_s, QJsonObject{{u"anything"_s, QJsonArray{1, u"two"_s}}});
        MODERATO_VERIFY_OK(core::EventCatalogue::checkPayload(spec.type, extra));
        for (const core::EventField &field : spec.fields) {
            const QString key = QString::fromLatin1(field.key);
            if (field.required) {
                QJsonObject missing = full;
                missing.remove(key);
                const auto refused = core::EventCatalogue::checkPayload(spec.type, missing);
                QVERIFY2(!refused.has_value(), qPrintable(u"%1 without %2"_s.arg(name, key)));
                QCOMPARE(refused.error().code, core::ErrorCode::InvalidArgument);
                QVERIFY2(refused.error().detail.contains(key) && refused.error().detail.contains(name),
                         qPrintable(refused.error().detail));
            }
            QJsonObject mistyped = full;
            mistyped.insert(key, wrong(field.kind));
            const auto refused = core::EventCatalogue::checkPayload(spec.type, mistyped);
            QVERIFY2(!refused.has_value(), qPrintable(u"%1 with %2 of the wrong kind"_s.arg(name, key)));
            QCOMPARE(refused.error().code, core::ErrorCode::InvalidArgument);
            QVERIFY2(refused.error().detail.contains(key), qPrintable(refused.error().detail));
            QJsonObject null = full;
            null.insert(key, QJsonValue::Null);
            QVERIFY2(!core::EventCatalogue::checkPayload(spec.type, null).has_value(),
                     qPrintable(u"%1 with %2 null"_s.arg(name, key)));
        }
    }
    // The same through the fold: a session refuses an event that lacks a required field.
    core::SessionState state;
    core::Event defined;
    defined.seq = 1;
    defined.type = core::EventType::SessionDefined;
    defined.data = {{u"definition"_s, core::ProposalImporter::demoWorkshop().value().toJson()}};
    MODERATO_VERIFY_OK(state.apply(defined));
    core::Event given;
    given.seq = 2;
    given.type = core::EventType::FloorGiven;
    given.data = {{u"participant"_s, 1}, {u"kind"_s, u"audience"_s}};
    const auto refused = state.apply(given);
    QVERIFY(!refused.has_value());
    QVERIFY2(refused.error().detail.contains(u"limit_ms"_s), qPrintable(refused.error().detail));
}

void TestEventVocabulary::docs_matchTheCatalogue()
{
    const QString path = sourcePath(u"docs/events.md"_s);
    const QByteArray text = readAll(path);
    QVERIFY2(!text.isEmpty(), qPrintable(u"%1 cannot be read"_s.arg(path)));
    const qsizetype begin = text.indexOf(QByteArray(QByteArray(BeginMarker.data()) + '\n'));
    const qsizetype end = text.indexOf(QByteArray(QByteArray(EndMarker.data()) + '\n'));
    QVERIFY2(begin >= 0 && end > begin,
             qPrintable(
                 u"docs/events.md must hold the lines \"%1\" and \"%2\", in that order"_s.arg(BeginMarker, EndMarker)));
    const qsizetype from = begin + BeginMarker.size() + 1;
    const QByteArray found = text.mid(from, end - from);
    const QByteArray expected = eventsMarkdown().toUtf8();
    if (found == expected) {
        return;
    }
    if (environmentSays("MODERATO_UPDATE_DOCS")) {
        QVERIFY2(writeAll(path, text.left(from) + expected + text.mid(end)), qPrintable(path));
        return;
    }
    const int firstLine = int(text.left(from).count('\n')) + 1;
    QFAIL(qPrintable(u"docs/events.md does not list the events as core/base/eventcatalogue.cpp has them; first "
                     "difference at %1\nRun this test with MODERATO_UPDATE_DOCS=1 to regenerate the part between "
                     "the markers, then review it with `git diff docs/events.md`."_s.arg(
                         firstDifference(expected, found, firstLine))));
}

void TestEventVocabulary::sessionFile_withUnknownEvent_isRefusedUntouched_data()
{
    QTest::addColumn<bool>("readOnly");
    QTest::newRow("read-write") << false;
    QTest::newRow("read-only") << true;
}

void TestEventVocabulary::sessionFile_withUnknownEvent_isRefusedUntouched()
{
    QFETCH(bool, readOnly);
    const QString path = m_dir.filePath(u"newer-%1.moderato"_s.arg(readOnly ? u"ro"_s : u"rw"_s));
    tests::FakeClock clock;
    {
        auto session = core::Session::create(path, core::ProposalImporter::demoWorkshop().value(), clock);
        MODERATO_VERIFY_OK(session);
        MODERATO_VERIFY_OK(session.value()->start());
        clock.advance(1min);
    }
    // What a newer version would write: an event this build does not know, and the vocabulary it belongs to.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"newer"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"INSERT INTO events (session_ms, wall_ms, type, data) VALUES "
                           "(60000, 1574755260000, 'poll.opened', '{\"question\":\"Shared baselines?\"}')"_s));
        QVERIFY(query.exec(u"INSERT INTO meta (key, value) VALUES ('event_vocabulary', '99') "
                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s));
        query = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"newer"_s);
    QVERIFY(!QFile::exists(path + u"-wal"_s));
    const QByteArray before = tests::fileHash(path);
    QVERIFY(!before.isEmpty());

    const auto opened = core::Session::open(
        path, clock, readOnly ? core::SessionStore::Mode::ReadOnly : core::SessionStore::Mode::ReadWrite);
    QVERIFY(!opened.has_value());
    QCOMPARE(opened.error().code, core::ErrorCode::NewerVersion);
    const QString message = core::errorMessage(opened.error());
    QVERIFY2(message.contains(u"\"poll.opened\""_s), qPrintable(message));
    QVERIFY2(message.contains(u"99"_s), qPrintable(message));
    QCOMPARE(tests::fileHash(path), before);
    QStringList beside = QDir(m_dir.path()).entryList({QFileInfo(path).fileName() + u"-*"_s}, QDir::Files);
    for (QString &name : beside) {
        name += u" (%1 bytes)"_s.arg(QFileInfo(m_dir.filePath(name)).size());
    }
    if (readOnly) {
        // A reader holds no exclusive lock, so it leaves what SQLite made for reading (its shared-memory index and
        // an empty log), as any read-only open of a WAL file does: nothing that could change the session.
        QVERIFY(QFileInfo(path + u"-wal"_s).size() == 0);
        return;
    }
    // A writer that refuses a file removes what reading made, also when the log is refused after the
    // store's own checks (in Session::open()).
    QVERIFY2(beside.isEmpty(), qPrintable(beside.join(u", "_s)));
}

void TestEventVocabulary::sessionFile_ofVocabularyOne_opensWithoutRecord()
{
    const QString path = m_dir.filePath(u"first.moderato"_s);
    tests::FakeClock clock;
    {
        auto session = core::Session::create(path, core::ProposalImporter::demoWorkshop().value(), clock);
        MODERATO_VERIFY_OK(session);
        MODERATO_VERIFY_OK(session.value()->start());
        clock.advance(2min);
        MODERATO_VERIFY_OK(session.value()->next());
        QCOMPARE(session.value()->store().eventVocabulary(), 0);
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"SELECT count(*) FROM meta WHERE key = 'event_vocabulary'"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        query = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"check"_s);
    auto reopened = core::Session::open(path, clock);
    MODERATO_VERIFY_OK(reopened);
    QCOMPARE(reopened.value()->events().size(), 3);
    QCOMPARE(reopened.value()->state().runState(), core::RunState::Running);
    QCOMPARE(reopened.value()->store().eventVocabulary(), 0);
}

void TestEventVocabulary::jsonLines_withUnknownEvent_isRefusedWithItsLine()
{
    core::Event defined;
    defined.seq = 1;
    defined.type = core::EventType::SessionDefined;
    defined.data = {{u"definition"_s, core::ProposalImporter::demoWorkshop().value().toJson()}};
    core::Event started;
    started.seq = 2;
    started.sessionMs = 1'000;
    started.type = core::EventType::ClockStarted;
    const QByteArray text =
        core::EventLog::toJsonLines({defined, started})
        + "\n{\"seq\":3,\"session_ms\":2000,\"wall_ms\":0,\"type\":\"poll.opened\",\"data\":{\"question\":\"?\"}}\n";
    const auto events = core::EventLog::fromJsonLines(text);
    QVERIFY(!events.has_value());
    QCOMPARE(events.error().code, core::ErrorCode::Parse);
    const QString detail = events.error().detail;
    QVERIFY2(detail.startsWith(u"line 4:"_s), qPrintable(detail));
    QVERIFY2(detail.contains(u"\"poll.opened\""_s), qPrintable(detail));
    QVERIFY2(detail.contains(u"newer version"_s), qPrintable(detail));
}

void TestEventVocabulary::frozenLogs_areWhatTheWritersWriteToday_data()
{
    QTest::addColumn<int>("vocabulary");
    for (const auto &[vocabulary, program] : FrozenLogs) {
        QTest::addRow("vocabulary-%d", vocabulary) << vocabulary;
    }
}

void TestEventVocabulary::frozenLogs_areWhatTheWritersWriteToday()
{
    QFETCH(int, vocabulary);
    const QString path = frozenLogPath(vocabulary);
    const Program program = std::find_if(std::begin(FrozenLogs), std::end(FrozenLogs), [&](const auto &log) {
                                return log.first == vocabulary;
                            })->second;
    if (!QFile::exists(path)) {
        // Written once, when its vocabulary is new; never again (old files must keep reading as they were).
        QVERIFY2(environmentSays("MODERATO_UPDATE_FROZEN_LOGS"),
                 qPrintable(u"%1 is missing: run this test once with MODERATO_UPDATE_FROZEN_LOGS=1 to record it, "
                            "check that it holds what its vocabulary added, and commit it"_s.arg(path)));
        QList<core::Event> events;
        record(program, core::ProposalImporter::demoWorkshop().value(), &events);
        QVERIFY(!QTest::currentTestFailed());
        QVERIFY(QDir().mkpath(QFileInfo(path).path()));
        QVERIFY2(writeAll(path, core::EventLog::toJsonLines(events)), qPrintable(path));
    }
    // The program plays on the definition the log was recorded with, so that only the writers can drift.
    const QByteArray frozen = readAll(path);
    auto frozenEvents = core::EventLog::fromJsonLines(frozen);
    MODERATO_VERIFY_OK(frozenEvents);
    auto definition =
        core::SessionDefinition::fromJson(frozenEvents.value().constFirst().data.value(u"definition").toObject());
    MODERATO_VERIFY_OK(definition);
    QList<core::Event> events;
    record(program, definition.value(), &events);
    QVERIFY(!QTest::currentTestFailed());
    const QByteArray today = core::EventLog::toJsonLines(events);
    QVERIFY2(today == frozen,
             qPrintable(u"the session writes events that differ from the frozen log %1 (never regenerate it); "
                        "first difference at %2\nA writer changed what it puts in an event. If by mistake, fix the "
                        "writer; if on purpose, files written before must still read alike: give the change a new "
                        "vocabulary in the catalogue and record a new frozen log for it."_s.arg(
                            QFileInfo(path).fileName(), firstDifference(frozen, today))));
}

void TestEventVocabulary::frozenLogs_readAndWriteBackIdentically_data()
{
    frozenLogs_areWhatTheWritersWriteToday_data();
}

void TestEventVocabulary::frozenLogs_readAndWriteBackIdentically()
{
    QFETCH(int, vocabulary);
    const QByteArray frozen = readAll(frozenLogPath(vocabulary));
    QVERIFY2(!frozen.isEmpty(), qPrintable(frozenLogPath(vocabulary)));
    const auto events = core::EventLog::fromJsonLines(frozen);
    MODERATO_VERIFY_OK(events);
    QCOMPARE(events.value().size(), frozen.count('\n'));
    const QByteArray written = core::EventLog::toJsonLines(events.value());
    QVERIFY2(written == frozen, qPrintable(firstDifference(frozen, written)));
    for (const core::Event &event : events.value()) {
        QVERIFY2(core::EventCatalogue::spec(event.type).since <= vocabulary,
                 qPrintable(u"event %1 is newer than the log's vocabulary"_s.arg(event.seq)));
    }
}

void TestEventVocabulary::frozenLogs_coverEveryEventType()
{
    // Each event is in the frozen log of the vocabulary that introduced it.
    QHash<int, QSet<core::EventType>> covered;
    for (const auto &[vocabulary, program] : FrozenLogs) {
        const auto events = core::EventLog::fromJsonLines(readAll(frozenLogPath(vocabulary)));
        MODERATO_VERIFY_OK(events);
        for (const core::Event &event : events.value()) {
            covered[vocabulary].insert(event.type);
        }
    }
    for (const core::EventSpec &spec : core::EventCatalogue::all()) {
        QVERIFY2(covered.value(spec.since).contains(spec.type),
                 qPrintable(u"no frozen log holds \"%1\" (vocabulary %2). Make the program of vocabulary %2 in "
                            "tst_eventvocabulary.cpp record it; if tests/data/logs/vocabulary-%2.jsonl exists "
                            "already, that vocabulary was released: give the event the next vocabulary instead. "
                            "Then run the test with MODERATO_UPDATE_FROZEN_LOGS=1 to write the new log and commit it."_s
                                .arg(QLatin1StringView(spec.name))
                                .arg(spec.since)));
    }
    // Each vocabulary has its frozen log.
    QCOMPARE(std::size(FrozenLogs), size_t(core::EventCatalogue::Vocabulary));
}

/// An event's payload read into its struct and written back, or an error; found is false for no struct.
template<typename... P>
core::Result<QJsonObject> throughPayloadStruct(const core::Event &event, core::events::TypeList<P...>)
{
    core::Result<QJsonObject> out = core::Error{core::ErrorCode::InvalidArgument, u"no payload struct"_s};
    (
        [&] {
            if (event.type == P::Type) {
                auto payload = core::events::read<P>(event);
                out = payload ? core::Result<QJsonObject>(core::events::toJson(payload.value()))
                              : core::Result<QJsonObject>(payload.error());
            }
        }(),
        ...);
    return out;
}

void TestEventVocabulary::frozenLogs_readThroughThePayloadStructsIdentically_data()
{
    frozenLogs_areWhatTheWritersWriteToday_data();
}

void TestEventVocabulary::frozenLogs_readThroughThePayloadStructsIdentically()
{
    // Every payload a writer ever wrote survives its struct: no field is lost, none is added, and a
    // field absent from the log stays absent when written back.
    QFETCH(int, vocabulary);
    const auto events = core::EventLog::fromJsonLines(readAll(frozenLogPath(vocabulary)));
    MODERATO_VERIFY_OK(events);
    for (const core::Event &event : events.value()) {
        const auto written = throughPayloadStruct(event, core::events::All{});
        MODERATO_VERIFY_OK(written);
        QVERIFY2(written.value() == event.data,
                 qPrintable(u"event %1 (%2) reads as %3"_s.arg(event.seq).arg(
                     core::EventCatalogue::name(event.type),
                     QString::fromUtf8(QJsonDocument(written.value()).toJson(QJsonDocument::Compact)))));
    }
}

void TestEventVocabulary::payloads_keepAbsentFieldsAbsent()
{
    using namespace core::events;
    // A std::optional member is written only when it holds a value.
    QCOMPARE(toJson(FloorGiven{3, std::nullopt, u"audience"_s, 60'000, std::nullopt, std::nullopt}),
             (QJsonObject{{u"participant"_s, 3}, {u"kind"_s, u"audience"_s}, {u"limit_ms"_s, 60'000.0}}));
    SettingsChanged limits;
    limits.audienceLimitMs = 90'000;
    limits.chairLimitMs = 120'000;
    QCOMPARE(toJson(limits), (QJsonObject{{u"audience_limit_ms"_s, 90'000.0}, {u"chair_limit_ms"_s, 120'000.0}}));

    // Absence reads as absence: the fold then takes the participant's remoteness, its own settings.
    core::Event event;
    event.type = core::EventType::ChairTaken;
    event.data = {{u"participant"_s, 4}};
    auto taken = read<ChairTaken>(event);
    MODERATO_VERIFY_OK(taken);
    QCOMPARE(taken->participant, 4);
    QVERIFY(!taken->viaOnlineModerator);
    QVERIFY(!taken->walkIn);
    QCOMPARE(toJson(taken.value()), event.data);

    event.type = core::EventType::SettingsChanged;
    event.data = {{u"chime"_s, false}};
    auto settings = read<SettingsChanged>(event);
    MODERATO_VERIFY_OK(settings);
    QVERIFY(!settings->audienceLimitMs && !settings->chairLimitMs && !settings->warningMs);
    QCOMPARE(settings->chime, std::optional<bool>(false));

    // An optional field of a plain member reads as its default when an older writer left it out.
    event.type = core::EventType::NoteAdded;
    event.data = {{u"id"_s, 1}, {u"text"_s, u"A note"_s}};
    auto note = read<NoteAdded>(event);
    MODERATO_VERIFY_OK(note);
    QVERIFY(note->tags.isEmpty());
    QVERIFY(!note->typedAtMs && !note->typedAtWallMs);
    QCOMPARE(note->item, 0);
    QCOMPARE(note->holder, 0);
    QCOMPARE(note->chair, false);
    QCOMPARE(note->policyQuestion, -1);
}

void TestEventVocabulary::payloads_readValuesAsTheFoldsDid()
{
    using namespace core::events;
    // A number that is no id leaves the member's default, which the fold refuses as no such thing.
    core::Event event;
    event.type = core::EventType::AgendaEntered;
    event.data = {{u"item"_s, 1.5}};
    auto entered = read<AgendaEntered>(event);
    MODERATO_VERIFY_OK(entered);
    QCOMPARE(entered->item, -1);
    // Times and durations are clamped; list entries that are no ids read as -1.
    event.type = core::EventType::AgendaRebalanced;
    event.data = {{u"plan"_s, QJsonArray{QJsonObject{{u"item"_s, 2}, {u"planned_ms"_s, 1e300}}, u"x"_s}}};
    auto rebalanced = read<AgendaRebalanced>(event);
    MODERATO_VERIFY_OK(rebalanced);
    QCOMPARE(rebalanced->plan.size(), 2);
    QCOMPARE(rebalanced->plan.at(0).item, 2);
    QCOMPARE(rebalanced->plan.at(0).plannedMs, core::MaxJsonMs);
    QCOMPARE(rebalanced->plan.at(1).item, -1);
    QCOMPARE(rebalanced->plan.at(1).plannedMs, qint64(-1));
    event.type = core::EventType::QueueReordered;
    event.data = {{u"order"_s, QJsonArray{2, u"three"_s, 4.5}}};
    auto reordered = read<QueueReordered>(event);
    MODERATO_VERIFY_OK(reordered);
    QCOMPARE(reordered->order, (QList<int>{2, -1, -1}));
}

void TestEventVocabulary::payloads_refuseWhatTheCatalogueRefuses()
{
    using namespace core::events;
    core::Event event;
    event.type = core::EventType::FloorGiven;
    event.data = {{u"participant"_s, 3}, {u"kind"_s, u"audience"_s}};
    auto given = read<FloorGiven>(event);
    QVERIFY(!given);
    QCOMPARE(given.error().detail, core::EventCatalogue::checkPayload(event.type, event.data).error().detail);
    QVERIFY(given.error().detail.contains(u"limit_ms"_s));
    event.data.insert(u"limit_ms"_s, u"a minute"_s);
    given = read<FloorGiven>(event);
    QVERIFY(!given);
    QVERIFY(given.error().detail.contains(u"limit_ms"_s));
}

void TestEventVocabulary::frozenLogs_importAndOpen_data()
{
    frozenLogs_areWhatTheWritersWriteToday_data();
}

void TestEventVocabulary::frozenLogs_importAndOpen()
{
    QFETCH(int, vocabulary);
    // As `moderato-cli import-log` does it: read the log, write a new session file, then open that.
    const auto events = core::EventLog::readFile(frozenLogPath(vocabulary));
    MODERATO_VERIFY_OK(events);
    const QString path = m_dir.filePath(u"imported-%1.moderato"_s.arg(vocabulary));
    MODERATO_VERIFY_OK(core::EventLog::writeSession(path, events.value()));
    tests::FakeClock clock(events.value().constLast().wallMs + 60'000);
    auto opened = core::Session::open(path, clock);
    MODERATO_VERIFY_OK(opened);
    const core::Session &session = *opened.value();
    const core::SessionState &state = session.state();
    QCOMPARE(core::EventLog::toJsonLines(session.events()), core::EventLog::toJsonLines(events.value()));
    QCOMPARE(state.runState(), core::RunState::Ended);
    QCOMPARE(session.store().eventVocabulary(), vocabulary > 1 ? vocabulary : 0);
    if (vocabulary == 1) {
        QCOMPARE(state.definition().discussionFacilitation,
                 u"Questions from the room and online after each speaker."_s);
        QVERIFY(state.agenda().item(state.agenda().size() - 1).title.endsWith(u" and next steps"_s));
        const core::FloorState &floor = state.floor();
        const core::Participant *amina = floor.participantByName(u"Amina Diallo"_s);
        QVERIFY(amina);
        QCOMPARE(amina->organization, u"Digital Rights Lab"_s);
        QVERIFY(!floor.participantByName(u"Typo Person"_s));
        QCOMPARE(floor.turns().size(), 4); // a speaker, Amina from the queue, Jon in the chair, the reply
        QCOMPARE(floor.turns().at(1).participantId, amina->id);
        QCOMPARE(floor.turns().at(2).kind, core::TurnKind::Chair);
        QCOMPARE(floor.turns().at(3).kind, core::TurnKind::Reply);
        QVERIFY(floor.requests().isEmpty());
        QCOMPARE(floor.chairState(), core::ChairState::Closed);
        QCOMPARE(floor.pendingClaim(), 0);
        QCOMPARE(floor.policy(), core::QueuePolicy::FirstTimeFirst);
        QCOMPARE(floor.settings().chairLimitMs, 150'000);
        QCOMPARE(floor.skippedSpeakers().size(), 1);
        QCOMPARE(state.questions().questions().size(), 2);
        QVERIFY(state.questions().questions().constFirst().asked);
        const core::DisplayState &room = state.display();
        QVERIFY(room.media().isEmpty());
        QCOMPARE(room.takeaways().size(), 1);
        QCOMPARE(room.language(), u"fr"_s);
        QCOMPARE(room.message(), u"Online? Raise your hand in the chat."_s);
        QVERIFY(!room.isBlank());
        const QList<core::Note> &notes = state.notes().notes();
        QCOMPARE(notes.size(), 4);
        QCOMPARE(std::count_if(notes.begin(), notes.end(), [](const core::Note &note) { return note.deleted; }), 1);
        QCOMPARE(notes.at(2).text, u"Who audits the auditors? (from the chair)"_s);
        QVERIFY(notes.at(2).fromChair);
        QCOMPARE(state.report().transcript().size(), 3);
        QCOMPARE(state.report().transcriptName(), u"transcript.txt"_s);
        QCOMPARE(state.report().field(u"recommendations"_s), u"Publish shared security baselines."_s);
        QCOMPARE(state.report().women(), 31);
        QCOMPARE(state.declinedOverrunMs(), -1);
    } else if (vocabulary == 2) {
        QCOMPARE(
            std::count_if(events.value().begin(),
                          events.value().end(),
                          [](const core::Event &event) { return event.type == core::EventType::RebalanceDeclined; }),
            1);
        QCOMPARE(state.declinedOverrunMs(), -1); // the later re-balancing cleared it
        const int walkIns =
            int(std::count_if(events.value().begin(), events.value().end(), [](const core::Event &event) {
                return event.data.contains(u"walk_in"_s);
            }));
        QCOMPARE(walkIns, 4);
        const core::Participant *kofi = state.floor().participantByName(u"Kofi Mensah"_s);
        QVERIFY(kofi);
        QCOMPARE(kofi->channel, core::Channel::Hub);
        QCOMPARE(kofi->hub, u"Accra hub"_s);
        QCOMPARE(state.floor().participantByName(u"Amina Diallo"_s)->gender, u"woman"_s);
        QVERIFY(state.agenda().plannedTotalMs()
                < core::ProposalImporter::demoWorkshop().value().agenda.plannedTotalMs());
    } else if (vocabulary == 3) {
        const core::AudienceState &audience = state.audience();
        QCOMPARE(audience.phones().size(), 2);
        QVERIFY(!audience.joiningOpen());
        QCOMPARE(audience.limits().questionIntervalMs, 30'000);
        QCOMPARE(audience.limits().pendingQuestions, 2);
        const core::Phone *amina = audience.phone(u"k3j9x2ab"_s);
        QVERIFY(amina);
        QVERIFY(!amina->blocked);
        QVERIFY(audience.phone(u"m4n5p6q7"_s)->blocked);
        const core::Participant *jon = state.floor().participant(audience.phone(u"m4n5p6q7"_s)->participant);
        QCOMPARE(jon->hub, u"Accra hub"_s);
        QCOMPARE(state.floor().participant(amina->participant)->stakeholderGroup, u"Civil Society"_s);
        QCOMPARE(audience.inbox().size(), 2);
        QCOMPARE(audience.inbox().at(0).status, core::InboxItem::Status::Displayed);
        QCOMPARE(audience.inbox().at(0).policyQuestion, 0);
        QCOMPARE(audience.inbox().at(1).status, core::InboxItem::Status::Dismissed);
        QCOMPARE(audience.stanceCounts(1), std::pair(1, 0));
        QCOMPARE(audience.reactions().size(), 2);
        QCOMPARE(audience.reactions().at(1).text, u"And enforced by buyers."_s);
        QCOMPARE(audience.sharedTakeaways().size(), 1);
        const int fromPhones =
            int(std::count_if(events.value().begin(), events.value().end(), [](const core::Event &event) {
                return (event.type == core::EventType::QueueRequested || event.type == core::EventType::ChairClaimed)
                       && event.data.value(u"device").toString() == u"k3j9x2ab";
            }));
        QCOMPARE(fromPhones, 2);
    } else if (vocabulary == 4) {
        const core::ReportState &report = state.report();
        QCOMPARE(report.transcriptName(), u"captions.vtt"_s);
        QCOMPARE(report.transcript().size(), 2); // Daniel's two cues are one turn
        QCOMPARE(report.transcript().at(0).speaker, u"Daniel Brinkwerth"_s);
        QCOMPARE(report.transcript().at(0).text, u"Welcome to the workshop. Let us begin."_s);
        QCOMPARE(report.transcript().at(0).startMs, 35'000);
        QCOMPARE(report.transcript().at(1).speaker, u"AMINA DIALLO"_s);
        QCOMPARE(report.transcript().at(1).startMs, 70'000);
        QCOMPARE(report.transcriptZeroAtMs(), std::optional(state.startedAtMs() - 30'000));
    } else if (vocabulary == 5) {
        QCOMPARE(state.definition().room, u"Room VI"_s);
        QCOMPARE(state.display().takeaways().size(), 1);
        const core::Takeaway &takeaway = state.display().takeaways().constFirst();
        QCOMPARE(takeaway.text, u"Security baselines must be shared along the chain."_s);
        QCOMPARE(takeaway.comments.size(), 2);
        QVERIFY(takeaway.comments.at(0).participant > 0);
        QCOMPARE(takeaway.comments.at(1).text, u"And open standards."_s);
        QCOMPARE(state.report().field(u"calls_to_action"_s), u"Publish the baselines."_s);
    } else if (vocabulary == 6) {
        const core::DisplayState &display = state.display();
        QCOMPARE(display.language(), u"en"_s);
        QCOMPARE(display.secondLanguage(), u"fr"_s);
        QCOMPARE(display.translation(u"item"_s, state.agenda().item(0).id, u"fr"_s), u"Ouverture"_s);
        QCOMPARE(display.glossary().size(), 1);
        QCOMPARE(display.shownTerm(), 0);
        QCOMPARE(display.volume(), 60);
        QVERIFY(!display.isPlaying());
        QCOMPARE(display.captionsShown(), true);
        QCOMPARE(state.report().captions().size(), 1);
        QCOMPARE(state.agenda().item(1).kind, core::ItemKind::BreakOut);
        QCOMPARE(state.agenda().item(1).breakOut.groups.size(), 3);
        QCOMPARE(display.subtitlesOf(display.media().constFirst().id).size(), 1);
    } else {
        QFAIL("say what the new frozen log leaves in a session");
    }
}

QTEST_GUILESS_MAIN(TestEventVocabulary)
#include "tst_eventvocabulary.moc"
