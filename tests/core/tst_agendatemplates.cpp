// SPDX-License-Identifier: MIT
#include "core/agenda/agendatemplates.h"
#include "core/agenda/sessiondefinition.h"

#include <QJsonArray>
#include <QTest>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

class TestAgendaTemplates : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void standardWorkshop_isTheBlankWorkshop();
    void workshopFormat_isTheStandardWorkshopWithTheSpeakers();
    void speakersBlock_givesEachSpeakerAnAudienceInput();
    void shares_addUpAndDifferByOneAtMost_data();
    void shares_addUpAndDifferByOneAtMost();
};

namespace {

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

} // namespace

void TestAgendaTemplates::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

void TestAgendaTemplates::standardWorkshop_isTheBlankWorkshop()
{
    const QStringList expected{
        u"opening 10 Introduction"_s,
        u"other 60 Speakers and audience input"_s,
        u"  speaker 10 Speaker 1"_s,
        u"  audience_input 10 Audience input"_s,
        u"  speaker 10 Speaker 2"_s,
        u"  audience_input 10 Audience input"_s,
        u"  speaker 10 Speaker 3"_s,
        u"  audience_input 10 Audience input"_s,
        u"summary 20 Summary and key takeaways"_s,
    };
    QCOMPARE(outline(core::AgendaTemplates::standardWorkshop()), expected);
    const core::SessionDefinition blank = core::SessionDefinition::blankWorkshop();
    QCOMPARE(blank.agenda.toJson(), core::AgendaTemplates::standardWorkshop().toJson());
    QCOMPARE(blank.formatMinutes, core::AgendaTemplates::StandardWorkshopMinutes);
    QCOMPARE(blank.agenda.plannedTotalMs(), qint64(core::AgendaTemplates::StandardWorkshopMinutes) * 60'000);
}

void TestAgendaTemplates::workshopFormat_isTheStandardWorkshopWithTheSpeakers()
{
    const QStringList speakers{u"Eva Schulz-Kamm"_s, u"Paula Iwaniuk"_s, u"Sergio Lomban"_s};
    const core::Agenda standard = core::AgendaTemplates::standardWorkshop();
    for (const QString &format : {u"Break-out Group Discussions"_s, u"Debate"_s, QString()}) {
        const core::Agenda planned = core::AgendaTemplates::forFormat(format, 0, speakers);
        QCOMPARE(planned.size(), standard.size());
        for (int i = 0; i < standard.size(); ++i) {
            const bool speakerSlot = standard.item(i).kind == core::ItemKind::Speaker;
            QCOMPARE(planned.item(i).kind, standard.item(i).kind);
            QCOMPARE(planned.plannedMs(i), standard.plannedMs(i));
            QCOMPARE(planned.item(i).title, speakerSlot ? planned.item(i).speaker : standard.item(i).title);
        }
        QCOMPARE(planned.item(2).speaker, speakers.at(0));
        QCOMPARE(planned.item(6).speaker, speakers.at(2));
    }
}

void TestAgendaTemplates::speakersBlock_givesEachSpeakerAnAudienceInput()
{
    const QJsonObject block = core::AgendaTemplates::speakersBlock({u"A"_s, u"B"_s}, 41);
    auto agenda = core::Agenda::fromJson(QJsonArray{block});
    QVERIFY(agenda.has_value());
    QCOMPARE(outline(agenda.value()),
             (QStringList{
                 u"other 41 Speakers and audience input"_s,
                 u"  speaker 10 A [A]"_s,
                 u"  audience_input 10 Audience input"_s,
                 u"  speaker 10 B [B]"_s,
                 u"  audience_input 11 Audience input"_s,
             }));
}

void TestAgendaTemplates::shares_addUpAndDifferByOneAtMost_data()
{
    QTest::addColumn<int>("total");
    QTest::addColumn<int>("count");
    for (int total : {1, 7, 60, 62, 90}) {
        for (int count : {1, 3, 6, 7}) {
            QTest::addRow("%d in %d", total, count) << total << count;
        }
    }
}

void TestAgendaTemplates::shares_addUpAndDifferByOneAtMost()
{
    QFETCH(int, total);
    QFETCH(int, count);
    const QList<int> shares = core::AgendaTemplates::shares(total, count);
    QCOMPARE(shares.size(), count);
    const auto [least, most] = std::minmax_element(shares.cbegin(), shares.cend());
    QVERIFY(*least >= 1);
    if (total >= count) {
        QCOMPARE(std::accumulate(shares.cbegin(), shares.cend(), 0), total);
        QVERIFY(*most - *least <= 1);
        QVERIFY(std::is_sorted(shares.cbegin(), shares.cend())); // the remainder goes to the last shares
    } else {
        QCOMPARE(*most, 1); // each share at least one minute
    }
}

QTEST_GUILESS_MAIN(TestAgendaTemplates)
#include "tst_agendatemplates.moc"
