// SPDX-License-Identifier: MIT
#include "core/agenda/agenda.h"
#include "core/agenda/sessiondefinition.h"
#include "core/io/proposalimporter.h"
#include "tests/support/helpers.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAgenda : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void demo_matchesTheReferenceProposal();
    void fromJson_rejectsBadInput_data();
    void fromJson_rejectsBadInput();
    void toJson_roundTrips();
    void authoredForm_readsBackAsTheSameAgenda();
    void blankWorkshop_isNinetyMinutes();
};

void TestAgenda::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

void TestAgenda::demo_matchesTheReferenceProposal()
{
    auto demo = core::ProposalImporter::demoWorkshop();
    MODERATO_VERIFY_OK(demo);
    const core::SessionDefinition &definition = demo.value();
    QCOMPARE(definition.code, u"IGF 2019 WS #195"_s);
    QCOMPARE(definition.title, u"IT security in the global supply chain"_s);
    QCOMPARE(definition.formatMinutes, 90);
    QCOMPARE(definition.speakers.size(), 3);
    QCOMPARE(definition.speakers.at(0).name, u"Eva Schulz-Kamm"_s);
    QCOMPARE(definition.speakers.at(1).region, u"Eastern European Group"_s);
    QCOMPARE(definition.speakers.at(2).stakeholderGroup, u"Technical Community"_s);
    QCOMPARE(definition.onsiteModerator.name, u"Daniel Brinkwerth"_s);
    QCOMPARE(definition.onlineModerator.name, u"Daniel Brinkwerth"_s);
    QCOMPARE(definition.policyQuestions.size(), 4);

    const core::Agenda &agenda = definition.agenda;
    const auto top = agenda.childIndexes(-1);
    QCOMPARE(top.size(), 3);
    QCOMPARE(agenda.plannedMs(top.at(0)), 10 * 60'000);
    QCOMPARE(agenda.plannedMs(top.at(1)), 60 * 60'000);
    QCOMPARE(agenda.plannedMs(top.at(2)), 20 * 60'000);
    QCOMPARE(agenda.plannedTotalMs(), 90 * 60'000);
    QCOMPARE(agenda.item(top.at(0)).kind, core::ItemKind::Opening);
    QCOMPARE(agenda.item(top.at(2)).kind, core::ItemKind::Summary);
    // The speakers block: each presentation followed by its audience input.
    const auto block = agenda.childIndexes(top.at(1));
    QCOMPARE(block.size(), 6);
    for (int i = 0; i < block.size(); ++i) {
        QCOMPARE(agenda.item(block.at(i)).kind, i % 2 == 0 ? core::ItemKind::Speaker : core::ItemKind::AudienceInput);
    }
    QCOMPARE(agenda.item(block.at(0)).speaker, u"Eva Schulz-Kamm"_s);
    QCOMPARE(agenda.leafIndexes().size(), 8);
}

void TestAgenda::fromJson_rejectsBadInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty") << QByteArray("[]");
    QTest::newRow("not an object") << QByteArray("[1]");
    QTest::newRow("no title") << QByteArray(R"([{"minutes": 10}])");
    QTest::newRow("blank title") << QByteArray(R"([{"title": "   ", "minutes": 10}])");
    QTest::newRow("no duration") << QByteArray(R"([{"title": "A"}])");
    QTest::newRow("under a minute") << QByteArray(R"([{"title": "A", "minutes": 0.5}])");
    QTest::newRow("negative") << QByteArray(R"([{"title": "A", "minutes": -3}])");
    QTest::newRow("unknown kind") << QByteArray(R"([{"title": "A", "minutes": 3, "kind": "party"}])");
    QTest::newRow("duplicate id") << QByteArray(
        R"([{"title": "A", "minutes": 3, "id": 2}, {"title": "B", "minutes": 3, "id": 2}])");
    QTest::newRow("negative warning") << QByteArray(R"([{"title": "A", "minutes": 3, "warning_ms": -1}])");
}

void TestAgenda::fromJson_rejectsBadInput()
{
    QFETCH(QByteArray, json);
    const auto agenda = core::Agenda::fromJson(QJsonDocument::fromJson(json).array());
    QVERIFY(!agenda.has_value());
    QCOMPARE(agenda.error().code, core::ErrorCode::Parse);
    QVERIFY(!agenda.error().detail.isEmpty());
}

void TestAgenda::toJson_roundTrips()
{
    const auto demo = core::ProposalImporter::demoWorkshop();
    MODERATO_VERIFY_OK(demo);
    const QJsonObject json = demo.value().toJson();
    const auto again = core::SessionDefinition::fromJson(json);
    MODERATO_VERIFY_OK(again);
    QCOMPARE(again.value().toJson(), json);
    QCOMPARE(again.value().agenda.items().size(), demo.value().agenda.items().size());
    for (int i = 0; i < again.value().agenda.size(); ++i) {
        QCOMPARE(again.value().agenda.item(i).id, demo.value().agenda.item(i).id);
        QCOMPARE(again.value().agenda.item(i).parentId, demo.value().agenda.item(i).parentId);
    }
}

void TestAgenda::authoredForm_readsBackAsTheSameAgenda()
{
    auto agenda = core::Agenda::fromJson(QJsonArray{
        QJsonObject{
            {u"title"_s, u"Opening"_s}, {u"kind"_s, u"opening"_s}, {u"minutes"_s, 2.5}, {u"warning_ms"_s, 30'000}},
        QJsonObject{
            {u"title"_s, u"Speakers"_s},
            {u"kind"_s, u"other"_s},
            {u"note"_s, u"Each followed by the room"_s},
            {u"children"_s,
             QJsonArray{
                 QJsonObject{{u"title"_s, u"Amina"_s},
                             {u"kind"_s, u"speaker"_s},
                             {u"speaker"_s, u"Amina"_s},
                             {u"minutes"_s, 7}},
                 QJsonObject{{u"title"_s, u"Audience"_s}, {u"kind"_s, u"audience_input"_s}, {u"minutes"_s, 8}}}}}});
    MODERATO_VERIFY_OK(agenda);
    const QJsonArray authored = agenda.value().toJson(core::Agenda::JsonForm::Authored);
    // People read minutes, a block's being its total; the default warning is left out.
    const QJsonObject block = authored.at(1).toObject();
    QCOMPARE(block.value(u"minutes").toDouble(), 15.0);
    QVERIFY(!block.contains(u"warning_ms"));
    QVERIFY(!block.contains(u"planned_ms"));
    QCOMPARE(authored.at(0).toObject().value(u"warning_ms").toInt(), 30'000);
    auto again = core::Agenda::fromJson(authored);
    MODERATO_VERIFY_OK(again);
    QCOMPARE(again.value().toJson(), agenda.value().toJson());
    QCOMPARE(again.value().plannedTotalMs(), 17 * 60'000 + 30'000);
    // One writer: an item written on its own is the same object as inside the agenda.
    QCOMPARE(core::Agenda::itemToJson(agenda.value().item(0)), agenda.value().toJson().at(0).toObject());
}

void TestAgenda::blankWorkshop_isNinetyMinutes()
{
    const core::SessionDefinition blank = core::SessionDefinition::blankWorkshop();
    QCOMPARE(blank.agenda.plannedTotalMs(), 90 * 60'000);
    QCOMPARE(blank.agenda.leafIndexes().size(), 8);
    QVERIFY(blank.speakers.isEmpty());
}

QTEST_GUILESS_MAIN(TestAgenda)
#include "tst_agenda.moc"
