// SPDX-License-Identifier: MIT
// Reading IGF workshop proposals: the reference WS #195, one proposal per format, and what people paste.
#include "core/io/proposalimporter.h"
#include "tests/support/helpers.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString fixture(const QString &name)
{
    return QDir(QStringLiteral(MODERATO_PROPOSALS_DIR)).filePath(name);
}

QByteArray fixtureBytes(const QString &name)
{
    QFile file(fixture(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The agenda as one line per item, indented by depth: "kind minutes title [speaker]".
QStringList outline(const core::Agenda &agenda)
{
    QStringList lines;
    for (int i = 0; i < agenda.size(); ++i) {
        const core::AgendaItem &item = agenda.item(i);
        QString line = QString(item.depth * 2, u' ')
                       + u"%1 %2 %3"_s.arg(core::kindKey(item.kind)).arg(agenda.plannedMs(i) / 60'000).arg(item.title);
        if (!item.speaker.isEmpty()) {
            line += u" ["_s + item.speaker + u']';
        }
        lines.append(line);
    }
    return lines;
}

bool anyContains(const QStringList &warnings, const QString &text)
{
    return std::any_of(warnings.cbegin(), warnings.cend(), [&](const QString &w) { return w.contains(text); });
}

QString minimalProposal(const QString &agendaLine)
{
    return u"IGF 2019 WS #1 Notations\n\nSpeaker 1: Eva Schulz-Kamm, Private Sector, WEOG\n\nPanel - 90 Min\n\n"
           "Agenda:\n- %1\n- Questions from the audience (30 minutes)\n"_s.arg(agendaLine);
}

const QStringList ReferenceOutline{
    u"opening 10 Introduction of speakers and ice-breaker"_s,
    u"other 60 Speakers and audience input"_s,
    u"  speaker 10 Eva Schulz-Kamm [Eva Schulz-Kamm]"_s,
    u"  audience_input 10 Audience input"_s,
    u"  speaker 10 Paula Iwaniuk [Paula Iwaniuk]"_s,
    u"  audience_input 10 Audience input"_s,
    u"  speaker 10 Sergio Lomban [Sergio Lomban]"_s,
    u"  audience_input 10 Audience input"_s,
    u"summary 20 Summary and key takeaways"_s,
};

} // namespace

class TestProposalImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void reference_readsEveryField();
    void reference_agendaTree();
    void reference_textsAndGoals();
    void reference_warnsOnlyAboutTheRapporteurLabel();
    void reference_toJson();
    void demo_isTheReferenceProposal();
    void formats_data();
    void formats();
    void withoutAgenda_buildsOneForTheFormat_data();
    void withoutAgenda_buildsOneForTheFormat();
    void agendaForFormat_addsUpExactly_data();
    void agendaForFormat_addsUpExactly();
    void agendaForFormat_differsPerFormat();
    void durationNotations_data();
    void durationNotations();
    void agendaNotAddingUp_isReportedNotChanged_data();
    void agendaNotAddingUp_isReportedNotChanged();
    void untimedItems_shareWhatIsLeft();
    void speakersBlockWithoutSpeakers_staysOneItem();
    void referenceVariants_readTheSame_data();
    void referenceVariants_readTheSame();
    void messyPaste_isCleanedUp();
    void lineEnds_andBom_readTheSame();
    void lowercaseLabels();
    void fieldsInAnotherOrder();
    void missingFields_warnOncePerField();
    void noTitleLine_warnsAndKeepsASessionName();
    void noRapporteur_staysEmpty();
    void titleWithoutCode_warns();
    void codes_data();
    void codes();
    void normalizeRegion_data();
    void normalizeRegion();
    void normalizeStakeholderGroup_data();
    void normalizeStakeholderGroup();
    void people_comeOnlyFromTheText_data();
    void people_comeOnlyFromTheText();
    void garbage_isRefused_data();
    void garbage_isRefused();
    void randomBytes_areRefused();
    void hugeInput_isRefused();
    void manyProposalsPastedTogether_stayBounded();
    void speakersBlockTooShort_keepsItsMinutes();
    void missingFile_isFileNotFound();
    void damagedReference_neverCrashes();
};

void TestProposalImport::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

void TestProposalImport::reference_readsEveryField()
{
    auto result = core::ProposalImporter::fromFile(fixture(u"ws195.txt"_s));
    MODERATO_VERIFY_OK(result);
    const core::SessionDefinition &d = result->definition;
    QCOMPARE(d.code, u"IGF 2019 WS #195"_s);
    QCOMPARE(d.title, u"IT security in the global supply chain"_s);
    QCOMPARE(d.formatType, u"Break-out Group Discussions"_s);
    QCOMPARE(d.formatLayout, u"Flexible Seating"_s);
    QCOMPARE(d.formatMinutes, 90);

    QCOMPARE(d.organizers.size(), 2);
    QCOMPARE(d.organizers.at(0).name, u"Daniel Brinkwerth"_s);
    QCOMPARE(d.organizers.at(0).organization, u"Charter of Trust (GPLUS)"_s);
    QCOMPARE(d.organizers.at(1).name, u"Paula Iwaniuk"_s);
    QCOMPARE(d.organizers.at(1).organization, u"Charter of Trust (GPLUS)"_s);

    QCOMPARE(d.speakers.size(), 3);
    QCOMPARE(d.speakers.at(0).name, u"Eva Schulz-Kamm"_s);
    QCOMPARE(d.speakers.at(0).stakeholderGroup, u"Private Sector"_s);
    QCOMPARE(d.speakers.at(0).region, u"WEOG"_s);
    QCOMPARE(d.speakers.at(1).name, u"Paula Iwaniuk"_s);
    QCOMPARE(d.speakers.at(1).stakeholderGroup, u"Private Sector"_s);
    QCOMPARE(d.speakers.at(1).region, u"Eastern European Group"_s);
    QCOMPARE(d.speakers.at(2).name, u"Sergio Lomban"_s);
    QCOMPARE(d.speakers.at(2).stakeholderGroup, u"Technical Community"_s);
    QCOMPARE(d.speakers.at(2).region, u"WEOG"_s);
    for (const core::Person &speaker : d.speakers) {
        QVERIFY(speaker.organization.isEmpty());
    }

    for (const core::Person *person : {&d.onsiteModerator, &d.onlineModerator, &d.rapporteur}) {
        QCOMPARE(person->name, u"Daniel Brinkwerth"_s);
        QCOMPARE(person->stakeholderGroup, u"Private Sector"_s);
        QCOMPARE(person->region, u"Intergovernmental Organization"_s);
        QVERIFY(person->organization.isEmpty());
    }

    const QStringList questions{
        u"How can industry, governments and other stakeholders work together to make sure that the digitalization "
        "of the global economy is trustworthy, safe and secure?"_s,
        u"What are the baseline requirements for cybersecurity that all business players along the global supply "
        "and value chains should fulfill to make the digital economy secure for future growth?"_s,
        u"What legal regulations are already in place but potentially need to be enforced and what new legal "
        "regulations should be created to address upcoming threats?"_s,
        u"What role should different stakeholders play in cybersecurity capacity building approaches?"_s,
    };
    QCOMPARE(d.policyQuestions, questions);
    QVERIFY(!result->agendaGenerated);
    QCOMPARE(result->agendaDifferenceMs, 0);
}

void TestProposalImport::reference_agendaTree()
{
    auto result = core::ProposalImporter::fromFile(fixture(u"ws195.txt"_s));
    MODERATO_VERIFY_OK(result);
    const core::Agenda &agenda = result->definition.agenda;
    QCOMPARE(outline(agenda), ReferenceOutline);
    QCOMPARE(agenda.plannedTotalMs(), 90 * 60'000);

    // Each item keeps its full line from the proposal as its note; the speakers' slots have none of their own.
    const auto top = agenda.childIndexes(-1);
    QCOMPARE(agenda.item(top.at(0)).note,
             u"The session will start with the introduction of invited speakers and a short ice-breaker presentation "
             "by the moderator, to set the scene and map out the journey the conversation will take (10 minutes)"_s);
    QCOMPARE(agenda.item(top.at(1)).note,
             u"Speakers will then take the floor in turn to present the above-mentioned topics, each followed by "
             "input from the audience (60 minutes)."_s);
    QCOMPARE(agenda.item(top.at(2)).note,
             u"At the end of the session the moderator, with the help of the rapporteur will summarize the "
             "discussion and ask the speakers and audience to comment on the session's key takeaways (20 mins)."_s);
    for (int child : agenda.childIndexes(top.at(1))) {
        QVERIFY(agenda.item(child).note.isEmpty());
    }
}

void TestProposalImport::reference_textsAndGoals()
{
    auto result = core::ProposalImporter::fromFile(fixture(u"ws195.txt"_s));
    MODERATO_VERIFY_OK(result);
    const core::SessionDefinition &d = result->definition;
    QCOMPARE(d.sdgs, (QList<int>{4, 8, 9, 17}));

    const QString facilitation = d.discussionFacilitation;
    QVERIFY2(facilitation.startsWith(u"The list below provides examples of the way discussion will be facilitated "
                                     "amongst speakers, audience members, and online participants"_s),
             qPrintable(facilitation.left(120)));
    QVERIFY(facilitation.endsWith(
        u"This will help ensure diverse perspectives raised during the discussion are included in the reporting."_s));
    // Paragraphs stay paragraphs; the lines inside them are whitespace-normalised.
    QCOMPARE(facilitation.count(u'\n'), 8); // nine paragraphs
    QVERIFY(facilitation.contains(
        u"\nSeating: Participants will sit in a circle or semi-circle (room permitting), with seats in the middle"_s));
    QVERIFY(facilitation.contains(u"Potential Q&A's will also be prepared in advance"_s));
    QVERIFY(!facilitation.contains(u"Online Participation"_s));
    QVERIFY(!facilitation.contains(u"  "_s));

    const QString online = d.onlineParticipation;
    QVERIFY2(online.startsWith(u"Ahead of the session, the remote moderator will be involved throughout the workshop "
                               "planning"_s),
             qPrintable(online.left(120)));
    QVERIFY(online.endsWith(
        u"Organizers will also explore the possibility of connecting with remote hubs around the globe and organize "
        "remote interventions from participants."_s));
    QCOMPARE(online.count(u'\n'), 6);
    QVERIFY(online.contains(u"remote participants' views/questions are reflected"_s));
    QVERIFY(!online.contains(u"Proposed Additional Tools"_s));
    QVERIFY(!online.contains(u"GOAL"_s));
}

void TestProposalImport::reference_warnsOnlyAboutTheRapporteurLabel()
{
    auto result = core::ProposalImporter::fromFile(fixture(u"ws195.txt"_s));
    MODERATO_VERIFY_OK(result);
    QCOMPARE(result->warnings.size(), 1);
    const QString warning = result->warnings.constFirst();
    QVERIFY2(warning.contains(u"\"Daniel Brinkwerth, Private Sector, Intergovernmental Organization\""_s),
             qPrintable(warning));
    QVERIFY(warning.contains(u"Rapporteur:"_s));
    QVERIFY(warning.contains(u"rapporteur"_s));
}

void TestProposalImport::reference_toJson()
{
    auto result = core::ProposalImporter::fromFile(fixture(u"ws195.txt"_s));
    MODERATO_VERIFY_OK(result);
    const QJsonObject json = result->toJson();
    QCOMPARE(json.value(u"id").toString(), u"IGF 2019 WS #195"_s);
    QCOMPARE(json.value(u"title").toString(), u"IT security in the global supply chain"_s);
    const QJsonObject format = json.value(u"format").toObject();
    QCOMPARE(format.value(u"type").toString(), u"Break-out Group Discussions"_s);
    QCOMPARE(format.value(u"layout").toString(), u"Flexible Seating"_s);
    QVERIFY(format.value(u"minutes").isDouble());
    QCOMPARE(format.value(u"minutes").toInt(), 90);

    const QJsonArray organizers = json.value(u"organizers").toArray();
    QCOMPARE(organizers.size(), 2);
    QCOMPARE(organizers.at(1).toObject().value(u"organization").toString(), u"Charter of Trust (GPLUS)"_s);
    const QJsonArray speakers = json.value(u"speakers").toArray();
    QCOMPARE(speakers.size(), 3);
    QCOMPARE(speakers.at(0).toObject().value(u"name").toString(), u"Eva Schulz-Kamm"_s);
    QCOMPARE(speakers.at(0).toObject().value(u"stakeholder_group").toString(), u"Private Sector"_s);
    QCOMPARE(speakers.at(0).toObject().value(u"region").toString(), u"WEOG"_s);
    for (const auto key : {u"onsite_moderator", u"online_moderator", u"rapporteur"}) {
        QCOMPARE(json.value(key).toObject().value(u"name").toString(), u"Daniel Brinkwerth"_s);
    }
    QCOMPARE(json.value(u"policy_questions").toArray().size(), 4);
    QCOMPARE(json.value(u"sdgs").toArray(), (QJsonArray{4, 8, 9, 17}));
    QVERIFY(json.value(u"discussion_facilitation").toString().startsWith(u"The list below"_s));
    QVERIFY(json.value(u"online_participation").toString().startsWith(u"Ahead of the session"_s));
    QCOMPARE(json.value(u"agenda_generated"), QJsonValue(false));
    QVERIFY(json.value(u"agenda_difference_minutes").isDouble());
    QCOMPARE(json.value(u"agenda_difference_minutes").toDouble(), 0.0);
    QCOMPARE(json.value(u"warnings").toArray().size(), 1);

    const QJsonArray agenda = json.value(u"agenda").toArray();
    QCOMPARE(agenda.size(), 3);
    const QJsonObject intro = agenda.at(0).toObject();
    QCOMPARE(intro.value(u"title").toString(), u"Introduction of speakers and ice-breaker"_s);
    QCOMPARE(intro.value(u"kind").toString(), u"opening"_s);
    QCOMPARE(intro.value(u"minutes"), QJsonValue(10));
    QVERIFY(intro.value(u"note").toString().endsWith(u"(10 minutes)"_s));
    QVERIFY(!intro.contains(u"children"));
    const QJsonObject block = agenda.at(1).toObject();
    QCOMPARE(block.value(u"minutes"), QJsonValue(60));
    const QJsonArray children = block.value(u"children").toArray();
    QCOMPARE(children.size(), 6);
    QCOMPARE(children.at(2).toObject().value(u"speaker").toString(), u"Paula Iwaniuk"_s);
    QCOMPARE(children.at(2).toObject().value(u"kind").toString(), u"speaker"_s);
    QCOMPARE(children.at(3).toObject().value(u"kind").toString(), u"audience_input"_s);
    QVERIFY(!children.at(3).toObject().contains(u"speaker"));
    QCOMPARE(agenda.at(2).toObject().value(u"kind").toString(), u"summary"_s);

    // Nobody named: null, never an invented person.
    auto none = core::ProposalImporter::fromFile(fixture(u"no-rapporteur.txt"_s));
    MODERATO_VERIFY_OK(none);
    QVERIFY(none->toJson().value(u"rapporteur").isNull());
}

void TestProposalImport::demo_isTheReferenceProposal()
{
    QFile resource(u":/demo/ws195-proposal.txt"_s);
    QVERIFY(resource.open(QIODevice::ReadOnly));
    QCOMPARE(resource.readAll(), fixtureBytes(u"ws195.txt"_s));

    auto demo = core::ProposalImporter::demoWorkshop();
    MODERATO_VERIFY_OK(demo);
    auto reference = core::ProposalImporter::fromFile(fixture(u"ws195.txt"_s));
    MODERATO_VERIFY_OK(reference);
    QCOMPARE(demo->toJson(), reference->definition.toJson());
    QCOMPARE(outline(demo->agenda), ReferenceOutline);
}

void TestProposalImport::formats_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("layout");
    QTest::addColumn<int>("minutes");
    QTest::addColumn<QStringList>("agenda");

    // "10 min" after a dash
    QTest::newRow("Round Table - U-shape - 60 Min")
        << u"roundtable-ushape-60.txt"_s << u"Round Table"_s << u"U-shape"_s << 60
        << QStringList{
               u"opening 5 Welcome and introduction by the moderator"_s,
               u"other 40 Speakers and audience input"_s,
               u"  speaker 5 Maria Costa [Maria Costa]"_s,
               u"  audience_input 5 Audience input"_s,
               u"  speaker 5 Tevita Fifita [Tevita Fifita]"_s,
               u"  audience_input 5 Audience input"_s,
               u"  speaker 5 Amina Diallo [Amina Diallo]"_s,
               u"  audience_input 5 Audience input"_s,
               u"  speaker 5 Jan Novak [Jan Novak]"_s,
               u"  audience_input 5 Audience input"_s,
               u"audience_input 10 Open discussion"_s,
               u"summary 5 Wrap-up"_s,
           };
    // "0:10" (h:mm) in front of unbulleted lines; 50 minutes over four slots: the remainder goes to the last ones.
    QTest::newRow("Round Table - Circle - 90 Min")
        << u"roundtable-circle-90.txt"_s << u"Round Table"_s << u"Circle"_s << 90
        << QStringList{
               u"opening 10 Opening and introductions"_s,
               u"other 50 Speakers and audience input"_s,
               u"  speaker 12 Luis Ortega [Luis Ortega]"_s,
               u"  audience_input 12 Audience input"_s,
               u"  speaker 13 Grace Mensah [Grace Mensah]"_s,
               u"  audience_input 13 Audience input"_s,
               u"audience_input 20 Open discussion with the audience"_s,
               u"summary 10 Summary and next steps"_s,
           };
    // "(20 mins)"
    QTest::newRow("Birds of a Feather - Auditorium - 60 Min")
        << u"bof-auditorium-60.txt"_s << u"Birds of a Feather"_s << u"Auditorium"_s << 60
        << QStringList{
               u"opening 5 Welcome"_s,
               u"break_out 30 Discussion in small groups on the policy questions"_s,
               u"other 15 Groups report back to the room"_s,
               u"summary 10 Conclusions"_s,
           };
    // "(10 minutes)"
    QTest::newRow("Panel - 90 Min") << u"panel-90.txt"_s << u"Panel"_s << QString() << 90
                                    << QStringList{
                                           u"opening 10 Opening remarks"_s,
                                           u"other 45 Panel presentations"_s,
                                           u"audience_input 25 Q&A with the audience"_s,
                                           u"summary 10 Closing remarks"_s,
                                       };
    QTest::newRow("Session Format: Panel - 90 Minutes")
        << u"session-format-label.txt"_s << u"Panel"_s << QString() << 90
        << QStringList{
               u"opening 9 Introduction"_s,
               u"other 40 Presentations"_s,
               u"  speaker 40 Ana Lima [Ana Lima]"_s,
               u"audience_input 27 Audience questions and answers"_s,
               u"summary 14 Summary and key takeaways"_s,
           };
}

void TestProposalImport::formats()
{
    QFETCH(QString, file);
    QFETCH(QString, type);
    QFETCH(QString, layout);
    QFETCH(int, minutes);
    QFETCH(QStringList, agenda);
    auto result = core::ProposalImporter::fromFile(fixture(file));
    MODERATO_VERIFY_OK(result);
    const core::SessionDefinition &d = result->definition;
    QCOMPARE(d.formatType, type);
    QCOMPARE(d.formatLayout, layout);
    QCOMPARE(d.formatMinutes, minutes);
    QCOMPARE(outline(d.agenda), agenda);
    QCOMPARE(d.agenda.plannedTotalMs(), qint64(minutes) * 60'000);
    QCOMPARE(result->agendaDifferenceMs, 0);
    QVERIFY2(!anyContains(result->warnings, u"adds up"_s), qPrintable(result->warnings.join(u'\n')));
}

void TestProposalImport::withoutAgenda_buildsOneForTheFormat_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("minutes");
    QTest::addColumn<QStringList>("agenda");
    QTest::newRow("Panel - 90 Min") << u"panel-90-noagenda.txt"_s << 90
                                    << QStringList{
                                           u"opening 9 Introduction"_s,
                                           u"other 39 Presentations"_s,
                                           u"  speaker 13 Ana Lima [Ana Lima]"_s,
                                           u"  speaker 13 Peter Okafor [Peter Okafor]"_s,
                                           u"  speaker 13 Yuki Tanaka [Yuki Tanaka]"_s,
                                           u"audience_input 28 Audience questions and answers"_s,
                                           u"summary 14 Summary and key takeaways"_s,
                                       };
    QTest::newRow("Round Table - U-shape - 60 Min") << u"roundtable-ushape-60-noagenda.txt"_s << 60
                                                    << QStringList{
                                                           u"opening 6 Introduction"_s,
                                                           u"other 16 Round of interventions"_s,
                                                           u"  speaker 4 Maria Costa [Maria Costa]"_s,
                                                           u"  speaker 4 Tevita Fifita [Tevita Fifita]"_s,
                                                           u"  speaker 4 Amina Diallo [Amina Diallo]"_s,
                                                           u"  speaker 4 Jan Novak [Jan Novak]"_s,
                                                           u"audience_input 29 Open discussion"_s,
                                                           u"summary 9 Summary and key takeaways"_s,
                                                       };
    QTest::newRow("Round Table - Circle - 90 Min") << u"roundtable-circle-90-noagenda.txt"_s << 90
                                                   << QStringList{
                                                          u"opening 9 Introduction"_s,
                                                          u"other 26 Round of interventions"_s,
                                                          u"  speaker 13 Luis Ortega [Luis Ortega]"_s,
                                                          u"  speaker 13 Grace Mensah [Grace Mensah]"_s,
                                                          u"audience_input 41 Open discussion"_s,
                                                          u"summary 14 Summary and key takeaways"_s,
                                                      };
    // No speakers named: generic items, nobody invented.
    QTest::newRow("Birds of a Feather - Auditorium - 60 Min") << u"bof-auditorium-60-noagenda.txt"_s << 60
                                                              << QStringList{
                                                                     u"opening 6 Introduction"_s,
                                                                     u"audience_input 33 Open discussion in groups"_s,
                                                                     u"other 12 Report back from the groups"_s,
                                                                     u"summary 9 Summary and key takeaways"_s,
                                                                 };
}

void TestProposalImport::withoutAgenda_buildsOneForTheFormat()
{
    QFETCH(QString, file);
    QFETCH(int, minutes);
    QFETCH(QStringList, agenda);
    auto result = core::ProposalImporter::fromFile(fixture(file));
    MODERATO_VERIFY_OK(result);
    QVERIFY(result->agendaGenerated);
    QCOMPARE(result->agendaDifferenceMs, 0);
    QVERIFY2(anyContains(result->warnings, u"has no agenda"_s), qPrintable(result->warnings.join(u'\n')));
    QVERIFY(anyContains(result->warnings, result->definition.formatType));
    QCOMPARE(outline(result->definition.agenda), agenda);
    QCOMPARE(result->definition.agenda.plannedTotalMs(), qint64(minutes) * 60'000);
    QCOMPARE(result->toJson().value(u"agenda_generated"), QJsonValue(true));
}

void TestProposalImport::agendaForFormat_addsUpExactly_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("minutes");
    QTest::addColumn<int>("speakerCount");
    const QStringList formats{u"Panel"_s,
                              u"Round Table"_s,
                              u"Birds of a Feather"_s,
                              u"Break-out Group Discussions"_s,
                              u"Debate"_s,
                              QString()};
    for (const QString &format : formats) {
        for (int minutes : {1, 3, 7, 30, 45, 60, 75, 90, 120}) {
            for (int speakers : {0, 1, 3, 5, 40}) {
                QTest::addRow("%s %d min %d speakers", qPrintable(format), minutes, speakers)
                    << format << minutes << speakers;
            }
        }
    }
}

void TestProposalImport::agendaForFormat_addsUpExactly()
{
    QFETCH(QString, format);
    QFETCH(int, minutes);
    QFETCH(int, speakerCount);
    QStringList speakers;
    for (int i = 1; i <= speakerCount; ++i) {
        speakers.append(u"Speaker Number %1"_s.arg(i));
    }
    const core::Agenda agenda = core::ProposalImporter::agendaForFormat(format, minutes, speakers);
    QCOMPARE(agenda.plannedTotalMs(), qint64(minutes) * 60'000);
    for (int leaf : agenda.leafIndexes()) {
        QVERIFY(agenda.item(leaf).plannedMs >= 60'000);
        QVERIFY(agenda.item(leaf).plannedMs % 60'000 == 0);
        const QString speaker = agenda.item(leaf).speaker;
        QVERIFY(speaker.isEmpty() || speakers.contains(speaker));
    }
}

void TestProposalImport::agendaForFormat_differsPerFormat()
{
    const QStringList speakers{u"Eva Schulz-Kamm"_s, u"Paula Iwaniuk"_s, u"Sergio Lomban"_s};
    const QStringList panel = outline(core::ProposalImporter::agendaForFormat(u"Panel"_s, 90, speakers));
    const QStringList roundTable = outline(core::ProposalImporter::agendaForFormat(u"Round Table"_s, 90, speakers));
    const QStringList birds = outline(core::ProposalImporter::agendaForFormat(u"Birds of a Feather"_s, 90, speakers));
    const QStringList breakOut =
        outline(core::ProposalImporter::agendaForFormat(u"Break-out Group Discussions"_s, 90, speakers));
    const QStringList other = outline(core::ProposalImporter::agendaForFormat(u"Debate"_s, 90, speakers));
    QVERIFY(panel != roundTable);
    QVERIFY(panel != birds);
    QVERIFY(panel != breakOut);
    QVERIFY(roundTable != birds);
    QVERIFY(roundTable != breakOut);
    QVERIFY(birds != breakOut);
    // Break-out group discussions and other formats: each speaker followed by audience input, as WS #195 planned it.
    QCOMPARE(breakOut,
             (QStringList{
                 u"opening 10 Introduction"_s,
                 u"other 60 Speakers and audience input"_s,
                 u"  speaker 10 Eva Schulz-Kamm [Eva Schulz-Kamm]"_s,
                 u"  audience_input 10 Audience input"_s,
                 u"  speaker 10 Paula Iwaniuk [Paula Iwaniuk]"_s,
                 u"  audience_input 10 Audience input"_s,
                 u"  speaker 10 Sergio Lomban [Sergio Lomban]"_s,
                 u"  audience_input 10 Audience input"_s,
                 u"summary 20 Summary and key takeaways"_s,
             }));
    QCOMPARE(other, breakOut);
    QCOMPARE(outline(core::ProposalImporter::agendaForFormat(u"Break-out Group Discussions"_s, 90, {})),
             (QStringList{
                 u"opening 10 Introduction"_s,
                 u"other 62 Presentations and audience input"_s,
                 u"summary 18 Summary and key takeaways"_s,
             }));
}

void TestProposalImport::durationNotations_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("minutes");
    QTest::newRow("(10 minutes)") << u"Opening remarks (10 minutes)"_s << 10;
    QTest::newRow("(20 mins)") << u"Opening remarks (20 mins)"_s << 20;
    QTest::newRow("10 min") << u"Opening remarks 10 min"_s << 10;
    QTest::newRow("- 10 min.") << u"Opening remarks - 10 min."_s << 10;
    QTest::newRow("(10 Minutes)") << u"Opening remarks (10 Minutes)"_s << 10;
    QTest::newRow("0:10 in front") << u"0:10 Opening remarks"_s << 10;
    QTest::newRow("(0:15)") << u"Opening remarks (0:15)"_s << 15;
    QTest::newRow("10'") << u"Opening remarks 10'"_s << 10;
    QTest::newRow("clock range") << u"10:00-10:12 Opening remarks"_s << 12;
    QTest::newRow("range of minutes") << u"Opening remarks (5-10 minutes)"_s << 10;
    QTest::newRow("an hour") << u"Opening remarks (1 hour)"_s << 60;
}

void TestProposalImport::durationNotations()
{
    QFETCH(QString, line);
    QFETCH(int, minutes);
    auto result = core::ProposalImporter::fromText(minimalProposal(line));
    MODERATO_VERIFY_OK(result);
    const core::Agenda &agenda = result->definition.agenda;
    QCOMPARE(agenda.size(), 2);
    QCOMPARE(agenda.item(0).title, u"Opening remarks"_s);
    QCOMPARE(agenda.item(0).kind, core::ItemKind::Opening);
    QCOMPARE(agenda.item(0).plannedMs, qint64(minutes) * 60'000);
    QCOMPARE(agenda.item(0).note, line);
    QCOMPARE(agenda.item(1).plannedMs, 30 * 60'000);
    QCOMPARE(agenda.item(1).kind, core::ItemKind::AudienceInput);
    QCOMPARE(result->agendaDifferenceMs, qint64(minutes + 30 - 90) * 60'000);
}

void TestProposalImport::agendaNotAddingUp_isReportedNotChanged_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QList<int>>("minutes");
    QTest::addColumn<int>("difference");
    QTest::addColumn<QString>("warning");
    QTest::newRow("10 minutes over") << u"agenda-mismatch.txt"_s << QList<int>{15, 50, 25, 10} << 10
                                     << u"The agenda adds up to 100 minutes; the format says 90 (10 more)."_s;
    QTest::newRow("15 minutes short") << u"agenda-short.txt"_s << QList<int>{5, 30, 10} << -15
                                      << u"The agenda adds up to 45 minutes; the format says 60 (15 fewer)."_s;
}

void TestProposalImport::agendaNotAddingUp_isReportedNotChanged()
{
    QFETCH(QString, file);
    QFETCH(QList<int>, minutes);
    QFETCH(int, difference);
    QFETCH(QString, warning);
    auto result = core::ProposalImporter::fromFile(fixture(file));
    MODERATO_VERIFY_OK(result);
    QList<int> planned;
    for (int leaf : result->definition.agenda.leafIndexes()) {
        planned.append(int(result->definition.agenda.item(leaf).plannedMs / 60'000));
    }
    QCOMPARE(planned, minutes);
    QCOMPARE(result->agendaDifferenceMs, qint64(difference) * 60'000);
    QCOMPARE(result->toJson().value(u"agenda_difference_minutes").toDouble(), double(difference));
    QVERIFY2(result->warnings.contains(warning), qPrintable(result->warnings.join(u'\n')));
    QVERIFY(!result->agendaGenerated);
}

void TestProposalImport::untimedItems_shareWhatIsLeft()
{
    auto result = core::ProposalImporter::fromFile(fixture(u"agenda-untimed.txt"_s));
    MODERATO_VERIFY_OK(result);
    // 90 - 10 - 20 = 60 minutes left for the two items without a time: 30 each; the block splits its 30 in four.
    QCOMPARE(outline(result->definition.agenda),
             (QStringList{
                 u"opening 10 Introduction"_s,
                 u"other 30 Speakers and audience input"_s,
                 u"  speaker 7 Eva Schulz-Kamm [Eva Schulz-Kamm]"_s,
                 u"  audience_input 7 Audience input"_s,
                 u"  speaker 8 Sergio Lomban [Sergio Lomban]"_s,
                 u"  audience_input 8 Audience input"_s,
                 u"break_out 30 Break-out groups on the policy questions"_s,
                 u"summary 20 Summary and key takeaways"_s,
             }));
    QCOMPARE(result->agendaDifferenceMs, 0);
    QCOMPARE(result->warnings.size(), 1);
    const QString warning = result->warnings.constFirst();
    QVERIFY2(warning.contains(u"\"Speakers and audience input\""_s), qPrintable(warning));
    QVERIFY(warning.contains(u"\"Break-out groups on the policy questions\""_s));

    // Nothing left to share: each untimed item still gets a minute, and the overrun is reported.
    auto full = core::ProposalImporter::fromText(
        u"WS #9 Full\nSpeaker 1: Eva Schulz-Kamm\nPanel - 60 Min\nAgenda:\n- Welcome (60 min)\n- Closing\n"_s);
    MODERATO_VERIFY_OK(full);
    QCOMPARE(outline(full->definition.agenda), (QStringList{u"opening 60 Welcome"_s, u"summary 1 Closing"_s}));
    QCOMPARE(full->agendaDifferenceMs, 60'000);
}

void TestProposalImport::speakersBlockWithoutSpeakers_staysOneItem()
{
    auto result = core::ProposalImporter::fromText(
        u"IGF 2019 WS #2 Nobody named yet\n\nPanel - 60 Min\n\nAgenda:\n- Welcome (10 min)\n"
        "- The speakers take the floor in turn, each followed by input from the audience (40 min)\n"
        "- Summary (10 min)\n"_s);
    MODERATO_VERIFY_OK(result);
    QCOMPARE(outline(result->definition.agenda),
             (QStringList{
                 u"opening 10 Welcome"_s, u"other 40 Presentations and audience input"_s, u"summary 10 Summary"_s}));
    QVERIFY(anyContains(result->warnings, u"names none"_s));
    QVERIFY(anyContains(result->warnings, u"The proposal names no speakers."_s));
}

void TestProposalImport::referenceVariants_readTheSame_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QString text = QString::fromUtf8(fixtureBytes(u"ws195.txt"_s));
    QVERIFY(!text.isEmpty());
    const auto utf8 = [](const QString &s) { return s.toUtf8(); };
    QString lowercase = text;
    for (const auto &[from, to] : std::initializer_list<std::pair<QString, QString>>{
             {u"Organizer 1:"_s, u"organizer 1:"_s},
             {u"Speaker 1:"_s, u"SPEAKER 1:"_s},
             {u"Speaker 2:"_s, u"speaker 2:"_s},
             {u"Policy Question(s):"_s, u"policy question(s):"_s},
             {u"(C) Agenda:"_s, u"(c) agenda:"_s},
             {u"Onsite Moderator:"_s, u"onsite moderator:"_s},
             {u"Online Moderator:"_s, u"ONLINE MODERATOR:"_s},
             {u"Discussion Facilitation:"_s, u"discussion facilitation:"_s},
             {u"Online Participation:"_s, u"online participation:"_s},
             {u"Break-out Group Discussions - Flexible Seating - 90 Min"_s,
              u"break-out group discussions - Flexible Seating - 90 min"_s},
             {u"GOAL"_s, u"Goal"_s}}) {
        lowercase.replace(from, to);
    }
    QString dashes = text;
    dashes.replace(u"Discussions - Flexible Seating - 90 Min"_s,
                   u"Discussions \u2013 Flexible Seating \u2014 90 Min"_s);
    QString labelsWithSpaces = text;
    labelsWithSpaces.replace(u"Speaker 1:"_s, u"Speaker 1 :"_s).replace(u"Organizer 2:"_s, u"Organiser  2 :"_s);
    QString commas = text;
    commas.replace(u", "_s, u" , "_s);
    QString spaces = text;
    spaces.replace(u' ', u"  \t"_s);
    QString nbsp = text;
    nbsp.replace(u' ', QChar(0x00A0));

    QTest::newRow("as published") << utf8(text);
    QTest::newRow("UTF-8 BOM") << QByteArray("\xef\xbb\xbf") + utf8(text);
    QTest::newRow("CR LF") << utf8(QString(text).replace(u"\n"_s, u"\r\n"_s));
    QTest::newRow("CR (old Mac)") << utf8(QString(text).replace(u'\n', u'\r'));
    QTest::newRow("BOM, CR LF and a final newline")
        << QByteArray("\xef\xbb\xbf") + utf8(QString(text).replace(u"\n"_s, u"\r\n"_s)) + "\r\n";
    QTest::newRow("tabs and runs of spaces") << utf8(spaces);
    QTest::newRow("non-breaking spaces") << utf8(nbsp);
    QTest::newRow("a space before each comma") << utf8(commas);
    QTest::newRow("en and em dashes in the format") << utf8(dashes);
    QTest::newRow("labels in any case") << utf8(lowercase);
    QTest::newRow("Organiser, Speaker 1 :") << utf8(labelsWithSpaces);
    QTest::newRow("plain apostrophes") << utf8(QString(text).replace(QChar(0x2019), u'\''));
}

void TestProposalImport::referenceVariants_readTheSame()
{
    QFETCH(QByteArray, bytes);
    auto reference = core::ProposalImporter::fromFile(fixture(u"ws195.txt"_s));
    MODERATO_VERIFY_OK(reference);
    auto variant = core::ProposalImporter::fromBytes(bytes);
    MODERATO_VERIFY_OK(variant);
    QCOMPARE(variant->definition.toJson(), reference->definition.toJson());
    QCOMPARE(variant->warnings, reference->warnings);
}

void TestProposalImport::messyPaste_isCleanedUp()
{
    auto result = core::ProposalImporter::fromFile(fixture(u"messy.txt"_s));
    MODERATO_VERIFY_OK(result);
    const core::SessionDefinition &d = result->definition;
    QCOMPARE(d.code, u"IGF 2021 WS #12"_s);
    QCOMPARE(d.title, u"\"Smart\" cities - whose data?"_s);
    QCOMPARE(d.formatType, u"Round Table"_s);
    QCOMPARE(d.formatLayout, u"U-shape"_s);
    QCOMPARE(d.formatMinutes, 60);
    QCOMPARE(d.organizers.size(), 1);
    QCOMPARE(d.organizers.at(0).name, u"Maria Costa"_s);
    QCOMPARE(d.organizers.at(0).organization, u"City Lab (Lisbon, Portugal)"_s);
    QCOMPARE(d.speakers.size(), 3);
    QCOMPARE(d.speakers.at(0).name, u"Maria Costa"_s);
    QCOMPARE(d.speakers.at(0).stakeholderGroup, u"Civil Society"_s);
    QCOMPARE(d.speakers.at(0).region, u"WEOG"_s);
    QCOMPARE(d.speakers.at(1).name, u"Jan Novak"_s);
    QCOMPARE(d.speakers.at(1).region, u"Eastern European Group"_s);
    QCOMPARE(d.speakers.at(2).name, u"Amina Diallo"_s);
    QCOMPARE(d.speakers.at(2).stakeholderGroup, u"Technical Community"_s);
    QCOMPARE(d.speakers.at(2).region, u"African Group"_s);
    QCOMPARE(d.onsiteModerator.name, u"Maria Costa"_s);
    QCOMPARE(d.onsiteModerator.region, u"WEOG"_s);
    QCOMPARE(d.onlineModerator.name, u"Jan Novak"_s);
    QCOMPARE(d.rapporteur.name, u"Amina Diallo"_s);
    QCOMPARE(d.policyQuestions, (QStringList{u"Who owns a city's data?"_s, u"Should \"smart\" mean 'watched'?"_s}));
    QCOMPARE(outline(d.agenda),
             (QStringList{
                 u"opening 5 Welcome and introductions"_s,
                 u"other 45 Speakers and audience input"_s,
                 u"  speaker 7 Maria Costa [Maria Costa]"_s,
                 u"  audience_input 7 Audience input"_s,
                 u"  speaker 7 Jan Novak [Jan Novak]"_s,
                 u"  audience_input 8 Audience input"_s,
                 u"  speaker 8 Amina Diallo [Amina Diallo]"_s,
                 u"  audience_input 8 Audience input"_s,
                 u"summary 10 Key takeaways"_s,
             }));
    QVERIFY2(result->warnings.isEmpty(), qPrintable(result->warnings.join(u'\n')));
}

void TestProposalImport::lineEnds_andBom_readTheSame()
{
    auto plain = core::ProposalImporter::fromFile(fixture(u"panel-90.txt"_s));
    MODERATO_VERIFY_OK(plain);
    QVERIFY(fixtureBytes(u"bom-crlf.txt"_s).startsWith("\xef\xbb\xbf"));
    QVERIFY(fixtureBytes(u"bom-crlf.txt"_s).contains("\r\n"));
    QVERIFY(!fixtureBytes(u"old-mac-cr.txt"_s).contains('\n'));
    for (const QString &file : {u"bom-crlf.txt"_s, u"old-mac-cr.txt"_s}) {
        auto variant = core::ProposalImporter::fromFile(fixture(file));
        MODERATO_VERIFY_OK(variant);
        QCOMPARE(variant->definition.toJson(), plain->definition.toJson());
        QCOMPARE(variant->warnings, plain->warnings);
    }
}

void TestProposalImport::lowercaseLabels()
{
    auto result = core::ProposalImporter::fromFile(fixture(u"lowercase-labels.txt"_s));
    MODERATO_VERIFY_OK(result);
    const core::SessionDefinition &d = result->definition;
    QCOMPARE(d.code, u"IGF 2019 WS #406"_s);
    QCOMPARE(d.title, u"labels in any case"_s);
    QCOMPARE(d.formatType, u"Round Table"_s);
    QCOMPARE(d.formatLayout, u"u-shape"_s);
    QCOMPARE(d.formatMinutes, 60);
    QCOMPARE(d.organizers.size(), 1);
    QCOMPARE(d.organizers.at(0).name, u"daniel brinkwerth"_s); // as written: names are never "corrected"
    QCOMPARE(d.speakers.size(), 2);
    QCOMPARE(d.speakers.at(0).stakeholderGroup, u"Private Sector"_s);
    QCOMPARE(d.speakers.at(0).region, u"WEOG"_s);
    QCOMPARE(d.speakers.at(1).stakeholderGroup, u"Private Sector"_s);
    QCOMPARE(d.speakers.at(1).region, u"Eastern European Group"_s);
    QCOMPARE(d.onsiteModerator.region, u"Intergovernmental Organization"_s);
    QCOMPARE(d.onlineModerator.name, u"Daniel Brinkwerth"_s);
    QCOMPARE(d.rapporteur.name, u"Daniel Brinkwerth"_s);
    QCOMPARE(d.policyQuestions, QStringList{u"Do labels need capitals?"_s});
    QCOMPARE(d.discussionFacilitation, u"Everyone speaks."_s);
    QCOMPARE(d.onlineParticipation, u"Everyone online speaks too."_s);
    QCOMPARE(d.sdgs, QList<int>{5});
    QCOMPARE(outline(d.agenda).constFirst(), u"opening 10 introduction"_s);
    QCOMPARE(outline(d.agenda).at(1), u"other 40 Speakers and audience input"_s);
    QCOMPARE(outline(d.agenda).constLast(), u"summary 10 summary"_s);
    QVERIFY2(result->warnings.isEmpty(), qPrintable(result->warnings.join(u'\n')));
}

void TestProposalImport::fieldsInAnotherOrder()
{
    auto result = core::ProposalImporter::fromFile(fixture(u"reordered.txt"_s));
    MODERATO_VERIFY_OK(result);
    const core::SessionDefinition &d = result->definition;
    QCOMPARE(d.code, u"IGF 2019 WS #405"_s);
    QCOMPARE(d.formatType, u"Break-out Group Discussions"_s);
    QCOMPARE(d.formatMinutes, 90);
    // Speaker 2 comes first in the text; the numbers give the order.
    QCOMPARE(d.speakers.size(), 2);
    QCOMPARE(d.speakers.at(0).name, u"Eva Schulz-Kamm"_s);
    QCOMPARE(d.speakers.at(1).name, u"Sergio Lomban"_s);
    QCOMPARE(d.organizers.size(), 1);
    QCOMPARE(d.organizers.at(0).organization, u"Charter of Trust (GPLUS)"_s);
    QCOMPARE(d.onsiteModerator.name, u"Daniel Brinkwerth"_s);
    QCOMPARE(d.onlineModerator.name, u"Sergio Lomban"_s);
    QCOMPARE(d.rapporteur.name, u"Paula Iwaniuk"_s);
    QCOMPARE(d.rapporteur.region, u"Eastern European Group"_s);
    QCOMPARE(d.policyQuestions, QStringList{u"Does the order of the fields matter?"_s});
    QCOMPARE(d.sdgs, QList<int>{16});
    // The agenda came before the speakers in the text and still names them in their order.
    QCOMPARE(outline(d.agenda),
             (QStringList{
                 u"opening 10 Introduction"_s,
                 u"other 50 Speakers and audience input"_s,
                 u"  speaker 12 Eva Schulz-Kamm [Eva Schulz-Kamm]"_s,
                 u"  audience_input 12 Audience input"_s,
                 u"  speaker 13 Sergio Lomban [Sergio Lomban]"_s,
                 u"  audience_input 13 Audience input"_s,
                 u"summary 30 Summary and key takeaways"_s,
             }));
    QVERIFY2(result->warnings.isEmpty(), qPrintable(result->warnings.join(u'\n')));
}

void TestProposalImport::missingFields_warnOncePerField()
{
    auto result = core::ProposalImporter::fromFile(fixture(u"missing-fields.txt"_s));
    MODERATO_VERIFY_OK(result);
    const core::SessionDefinition &d = result->definition;
    QCOMPARE(d.title, u"A proposal with little in it"_s);
    QCOMPARE(d.speakers.size(), 1);
    QCOMPARE(d.speakers.at(0).name, u"Eva Schulz-Kamm"_s); // a name alone is fine
    QVERIFY(d.speakers.at(0).stakeholderGroup.isEmpty());
    QVERIFY(d.speakers.at(0).region.isEmpty());
    QVERIFY(d.formatType.isEmpty());
    QCOMPARE(d.formatMinutes, 90);
    QVERIFY(d.onsiteModerator.isEmpty());
    QVERIFY(d.onlineModerator.isEmpty());
    QVERIFY(d.rapporteur.isEmpty());
    QVERIFY(d.policyQuestions.isEmpty());
    QVERIFY(result->agendaGenerated);
    QCOMPARE(d.agenda.plannedTotalMs(), 90 * 60'000);

    const QStringList expected{
        u"The proposal names no session format; 90 minutes were assumed."_s,
        u"The proposal names no onsite moderator."_s,
        u"The proposal names no online moderator."_s,
        u"The proposal names no rapporteur."_s,
        u"The proposal has no policy questions."_s,
        u"The proposal has no agenda; one was built for 90 minutes."_s,
    };
    QCOMPARE(result->warnings, expected);

    auto noSpeakers = core::ProposalImporter::fromText(u"WS #3 Only organisers\nOrganizer 1: Ana Lima, FWI\n"_s);
    MODERATO_VERIFY_OK(noSpeakers);
    QCOMPARE(noSpeakers->warnings.count(u"The proposal names no speakers."_s), 1);
    QVERIFY(noSpeakers->definition.speakers.isEmpty());

    // A format without a duration.
    auto noMinutes = core::ProposalImporter::fromText(u"WS #4 Panel\nSession Format: Panel\nSpeaker 1: A B\n"_s);
    MODERATO_VERIFY_OK(noMinutes);
    QCOMPARE(noMinutes->definition.formatType, u"Panel"_s);
    QCOMPARE(noMinutes->definition.formatMinutes, 90);
    QVERIFY(
        noMinutes->warnings.contains(u"The session format \"Panel\" gives no duration; 90 minutes were assumed."_s));
}

void TestProposalImport::noTitleLine_warnsAndKeepsASessionName()
{
    auto result =
        core::ProposalImporter::fromText(u"Organizer 1: Ana Lima, FWI\nSpeaker 1: Ana Lima\nPanel - 60 Min\n"_s);
    MODERATO_VERIFY_OK(result);
    QVERIFY(result->definition.code.isEmpty());
    QVERIFY(!result->definition.title.isEmpty()); // a session file needs a name
    QVERIFY(anyContains(result->warnings, u"has no title"_s));
    QCOMPARE(result->definition.speakers.size(), 1);

    auto labelled = core::ProposalImporter::fromText(u"Title: Labelled title\nSpeaker 1: Ana Lima\n"_s);
    MODERATO_VERIFY_OK(labelled);
    QCOMPARE(labelled->definition.title, u"Labelled title"_s);
}

void TestProposalImport::noRapporteur_staysEmpty()
{
    auto result = core::ProposalImporter::fromFile(fixture(u"no-rapporteur.txt"_s));
    MODERATO_VERIFY_OK(result);
    const core::SessionDefinition &d = result->definition;
    QCOMPARE(d.onsiteModerator.name, u"Daniel Brinkwerth"_s);
    QCOMPARE(d.onlineModerator.name, u"Daniel Brinkwerth"_s);
    QVERIFY(d.rapporteur.isEmpty());
    QCOMPARE(d.discussionFacilitation, u"The moderator will take turns with the audience."_s);
    QVERIFY(result->warnings.contains(u"The proposal names no rapporteur."_s));
    QVERIFY(!anyContains(result->warnings, u"read as the rapporteur"_s));

    // A prose line after the online moderator is not a person either.
    auto prose = core::ProposalImporter::fromText(
        u"WS #5 Prose\nOnline Moderator: Ana Lima, Civil Society, GRULAC\nThe session will be recorded.\n"_s);
    MODERATO_VERIFY_OK(prose);
    QVERIFY(prose->definition.rapporteur.isEmpty());
    // Placeholders name nobody.
    auto tbd = core::ProposalImporter::fromText(u"WS #6 Later\nSpeaker 1: TBD\nOnsite Moderator: TBC\n"_s);
    MODERATO_VERIFY_OK(tbd);
    QVERIFY(tbd->definition.speakers.isEmpty());
    QVERIFY(tbd->definition.onsiteModerator.isEmpty());
}

void TestProposalImport::titleWithoutCode_warns()
{
    auto result = core::ProposalImporter::fromFile(fixture(u"title-without-code.txt"_s));
    MODERATO_VERIFY_OK(result);
    QVERIFY(result->definition.code.isEmpty());
    QCOMPARE(result->definition.title, u"Data for development in the Sahel"_s);
    QVERIFY(result->warnings.contains(
        u"The title \"Data for development in the Sahel\" has no workshop code such as \"IGF 2019 WS #195\"."_s));
}

void TestProposalImport::codes_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("title");
    QTest::newRow("2019") << u"IGF 2019 WS #195 IT security in the global supply chain"_s << u"IGF 2019 WS #195"_s
                          << u"IT security in the global supply chain"_s;
    QTest::newRow("2021") << u"IGF 2021 WS #12 Data governance"_s << u"IGF 2021 WS #12"_s << u"Data governance"_s;
    QTest::newRow("no year") << u"WS #7 Short code"_s << u"WS #7"_s << u"Short code"_s;
    QTest::newRow("colon") << u"IGF 2020 WS #77: With a colon"_s << u"IGF 2020 WS #77"_s << u"With a colon"_s;
    QTest::newRow("dash, no space") << u"IGF 2020 WS#78 - With a dash"_s << u"IGF 2020 WS #78"_s << u"With a dash"_s;
    QTest::newRow("lower case") << u"igf 2022 ws #5 quiet title"_s << u"IGF 2022 WS #5"_s << u"quiet title"_s;
    QTest::newRow("title on the next line") << u"IGF 2019 WS #195\n\nIT security in the global supply chain"_s
                                            << u"IGF 2019 WS #195"_s << u"IT security in the global supply chain"_s;
    QTest::newRow("starts with a number")
        << u"IGF 2019 WS #196 5G and the supply chain"_s << u"IGF 2019 WS #196"_s << u"5G and the supply chain"_s;
}

void TestProposalImport::codes()
{
    QFETCH(QString, header);
    QFETCH(QString, code);
    QFETCH(QString, title);
    auto result = core::ProposalImporter::fromText(header + u"\n\nSpeaker 1: Ana Lima, Civil Society, GRULAC\n"_s);
    MODERATO_VERIFY_OK(result);
    QCOMPARE(result->definition.code, code);
    QCOMPARE(result->definition.title, title);
    QVERIFY(!anyContains(result->warnings, u"workshop code"_s));
}

void TestProposalImport::normalizeRegion_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("region");
    QTest::newRow("WEOG") << u"Western European and Others Group (WEOG)"_s << u"WEOG"_s;
    QTest::newRow("weog") << u"western european and others group (weog)"_s << u"WEOG"_s;
    QTest::newRow("WEOG short") << u"WEOG"_s << u"WEOG"_s;
    QTest::newRow("GRULAC") << u"Latin American and Caribbean Group (GRULAC)"_s << u"GRULAC"_s;
    QTest::newRow("GRULAC lower") << u"latin american and caribbean group"_s << u"GRULAC"_s;
    QTest::newRow("EEG") << u"Eastern European Group"_s << u"Eastern European Group"_s;
    QTest::newRow("EEG lower") << u"  eastern european group "_s << u"Eastern European Group"_s;
    QTest::newRow("African") << u"African Group"_s << u"African Group"_s;
    QTest::newRow("Asia-Pacific") << u"Asia-Pacific Group"_s << u"Asia-Pacific Group"_s;
    QTest::newRow("Asia Pacific") << u"Asia Pacific Group"_s << u"Asia-Pacific Group"_s;
    QTest::newRow("IGO") << u"Intergovernmental Organization"_s << u"Intergovernmental Organization"_s;
    QTest::newRow("IGO lower") << u"intergovernmental organisation"_s << u"Intergovernmental Organization"_s;
    QTest::newRow("unknown") << u"  Somewhere   else "_s << u"Somewhere else"_s;
}

void TestProposalImport::normalizeRegion()
{
    QFETCH(QString, text);
    QFETCH(QString, region);
    QCOMPARE(core::ProposalImporter::normalizeRegion(text), region);
}

void TestProposalImport::normalizeStakeholderGroup_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("group");
    QTest::newRow("Government") << u"government"_s << u"Government"_s;
    QTest::newRow("Private Sector") << u"PRIVATE SECTOR"_s << u"Private Sector"_s;
    QTest::newRow("Civil Society") << u"civil  society"_s << u"Civil Society"_s;
    QTest::newRow("Technical Community") << u"Technical Community"_s << u"Technical Community"_s;
    QTest::newRow("IGO") << u"intergovernmental organization"_s << u"Intergovernmental Organization"_s;
    QTest::newRow("unknown") << u" Academia "_s << u"Academia"_s;
}

void TestProposalImport::normalizeStakeholderGroup()
{
    QFETCH(QString, text);
    QFETCH(QString, group);
    QCOMPARE(core::ProposalImporter::normalizeStakeholderGroup(text), group);
}

void TestProposalImport::people_comeOnlyFromTheText_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &file : QDir(QStringLiteral(MODERATO_PROPOSALS_DIR)).entryList({u"*.txt"_s}, QDir::Files)) {
        QTest::newRow(qPrintable(file)) << file;
    }
}

void TestProposalImport::people_comeOnlyFromTheText()
{
    QFETCH(QString, file);
    auto result = core::ProposalImporter::fromFile(fixture(file));
    if (!result) {
        QCOMPARE(result.error().code, core::ErrorCode::Parse);
        return;
    }
    // Compare with the text as written, only spacing and punctuation made plain.
    QString text = QString::fromUtf8(fixtureBytes(file)).simplified();
    text.replace(u" ,"_s, u","_s);
    const core::SessionDefinition &d = result->definition;
    QList<core::Person> people = d.organizers + d.speakers;
    people << d.onsiteModerator << d.onlineModerator << d.rapporteur;
    for (const core::Person &person : people) {
        if (!person.isEmpty()) {
            QVERIFY2(text.contains(person.name), qPrintable(person.name));
        }
    }
    const core::Agenda &agenda = d.agenda;
    for (int i = 0; i < agenda.size(); ++i) {
        const QString speaker = agenda.item(i).speaker;
        QVERIFY2(speaker.isEmpty() || text.contains(speaker), qPrintable(speaker));
    }
}

void TestProposalImport::garbage_isRefused_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("empty") << u"empty.txt"_s;
    QTest::newRow("BOM and blanks") << u"blank.txt"_s;
    QTest::newRow("binary") << u"binary.bin"_s;
    QTest::newRow("NUL bytes") << u"nul.txt"_s;
    QTest::newRow("not UTF-8") << u"latin1.txt"_s;
    QTest::newRow("random prose") << u"prose.txt"_s;
}

void TestProposalImport::garbage_isRefused()
{
    QFETCH(QString, file);
    auto result = core::ProposalImporter::fromFile(fixture(file));
    QVERIFY(!result);
    QCOMPARE(result.error().code, core::ErrorCode::Parse);
    QVERIFY(!result.error().detail.isEmpty());
    auto fromBytes = core::ProposalImporter::fromBytes(fixtureBytes(file));
    QVERIFY(!fromBytes);
    QCOMPARE(fromBytes.error().code, core::ErrorCode::Parse);
}

void TestProposalImport::randomBytes_areRefused()
{
    QRandomGenerator random(195);
    for (int round = 0; round < 50; ++round) {
        QByteArray bytes(int(random.bounded(1, 5000)), Qt::Uninitialized);
        for (auto &byte : bytes) {
            byte = char(random.bounded(256));
        }
        auto result = core::ProposalImporter::fromBytes(bytes);
        QVERIFY(!result);
        QCOMPARE(result.error().code, core::ErrorCode::Parse);
    }
    QVERIFY(!core::ProposalImporter::fromText(QString()));
    QVERIFY(!core::ProposalImporter::fromText(u"WS #1 Title\0Speaker 1: A"_s));
}

void TestProposalImport::hugeInput_isRefused()
{
    QByteArray huge = fixtureBytes(u"ws195.txt"_s);
    while (huge.size() < 3 * 1024 * 1024) {
        huge += huge;
    }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"huge.txt"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(huge), huge.size());
    file.close();

    auto result = core::ProposalImporter::fromFile(path);
    QVERIFY(!result);
    QCOMPARE(result.error().code, core::ErrorCode::Parse);
    QVERIFY2(result.error().detail.contains(u"2 MB"_s), qPrintable(result.error().detail));
    QVERIFY(!core::ProposalImporter::fromBytes(huge));
    QVERIFY(!core::ProposalImporter::fromText(QString::fromUtf8(huge)));
}

void TestProposalImport::manyProposalsPastedTogether_stayBounded()
{
    // 150 copies of a proposal with a speakers block: every speaker would get a slot in every block.
    QFile reference(fixture(u"ws195.txt"_s));
    QVERIFY(reference.open(QIODevice::ReadOnly));
    const QString one = QString::fromUtf8(reference.readAll());
    QString many;
    for (int i = 0; i < 150; ++i) {
        many += one + u"\n"_s;
    }
    auto result = core::ProposalImporter::fromText(many);
    MODERATO_VERIFY_OK(result);
    const core::SessionDefinition &definition = result.value().definition;
    QCOMPARE(definition.speakers.size(), 40);
    QVERIFY(definition.agenda.size() < 60 * 90);
    QVERIFY(result.value().warnings.contains(u"Only the first 40 speakers were read."_s));
    QVERIFY(result.value().warnings.contains(u"Only the first 60 agenda lines were read."_s));
}

void TestProposalImport::speakersBlockTooShort_keepsItsMinutes()
{
    // 12 speakers and their audience input need 24 minutes; the agenda gives the block 20.
    QString text = u"IGF 2019 WS #9 Crowded\n\nBreak-out Group Discussions - Flexible Seating - 30 Min\n\n"_s;
    for (int i = 1; i <= 12; ++i) {
        text += u"Speaker %1: Person Number%1, Civil Society, African Group\n"_s.arg(i);
    }
    text += u"\nAgenda:\n- Introduction (5 minutes)\n- Speakers will then take the floor in turn, each followed by "
            "input from the audience (20 minutes)\n- Summary (5 minutes)\n"_s;
    auto result = core::ProposalImporter::fromText(text);
    MODERATO_VERIFY_OK(result);
    const core::Agenda &agenda = result.value().definition.agenda;
    QCOMPARE(agenda.size(), 3);
    QCOMPARE(agenda.plannedMs(1), 20 * 60'000);
    QCOMPARE(agenda.plannedTotalMs(), 30 * 60'000);
    QCOMPARE(result.value().agendaDifferenceMs, 0);
    const QStringList &warnings = result.value().warnings;
    QVERIFY(std::any_of(warnings.begin(), warnings.end(), [](const QString &w) {
        return w.startsWith(u"20 minutes are too few"_s) && w.contains(u"12 speakers"_s);
    }));
}

void TestProposalImport::missingFile_isFileNotFound()
{
    auto result = core::ProposalImporter::fromFile(fixture(u"no-such-proposal.txt"_s));
    QVERIFY(!result);
    QCOMPARE(result.error().code, core::ErrorCode::FileNotFound);
}

void TestProposalImport::damagedReference_neverCrashes()
{
    // Cut anywhere (also inside a UTF-8 sequence) or shuffled: a result or a clean error, never a crash.
    const QByteArray reference = fixtureBytes(u"ws195.txt"_s);
    for (qsizetype cut = 0; cut < reference.size(); cut += 97) {
        const auto head = core::ProposalImporter::fromBytes(reference.left(cut));
        QVERIFY(head || head.error().code == core::ErrorCode::Parse);
        const auto tail = core::ProposalImporter::fromBytes(reference.mid(cut));
        QVERIFY(tail || tail.error().code == core::ErrorCode::Parse);
    }
    QStringList lines = QString::fromUtf8(reference).split(u'\n');
    QRandomGenerator random(2019);
    for (int round = 0; round < 30; ++round) {
        std::shuffle(lines.begin(), lines.end(), random);
        const auto shuffled = core::ProposalImporter::fromText(lines.join(u'\n'));
        QVERIFY(shuffled || shuffled.error().code == core::ErrorCode::Parse);
        if (shuffled) {
            QVERIFY(!shuffled->definition.title.isEmpty());
            QVERIFY(shuffled->definition.agenda.size() > 0);
        }
    }
}

QTEST_GUILESS_MAIN(TestProposalImport)
#include "tst_proposalimport.moc"
