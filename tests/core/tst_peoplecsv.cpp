// SPDX-License-Identifier: MIT
#include "core/peoplecsv.h"
#include "tests/support/helpers.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

core::Participant person(const QString &name,
                         const QString &organization,
                         const QString &group = {},
                         const QString &region = {},
                         const QString &gender = {})
{
    core::Participant participant;
    participant.name = name;
    participant.organization = organization;
    participant.stakeholderGroup = group;
    participant.region = region;
    participant.gender = gender;
    return participant;
}

} // namespace

class TestPeopleCsv : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_keepsEveryField();
    void write_neutralisesFormulas();
    void read_tolerates_data();
    void read_tolerates();
    void read_warnsPerLine();
    void read_rolesBySemicolonBarOrSlash();
    void read_refusesGarbage_data();
    void read_refusesGarbage();
    void readFile_missingAndTooLarge();
};

void TestPeopleCsv::roundTrip_keepsEveryField()
{
    core::Participant a = person(u"Eva Schulz-Kamm"_s, u"Siemens, AG"_s, u"Private Sector"_s, u"WEOG"_s, u"woman"_s);
    a.roles = {core::Role::Speaker, core::Role::Rapporteur};
    core::Participant b =
        person(u"Nadia \"the chair\" Ali"_s, u"Org;with;semicolons"_s, u"Civil Society"_s, u"African Group"_s);
    b.channel = core::Channel::Hub;
    b.hub = u"Lagos hub"_s;
    b.roles = {core::Role::Audience};
    core::Participant c = person(u"Ola"_s, u"Line\nbreak"_s);
    c.channel = core::Channel::Online;
    c.roles = {core::Role::OnlineModerator};
    core::Participant d = person(u"=HYPERLINK(\"x\")"_s, u"-minus"_s);
    d.roles = {core::Role::Audience};

    const QByteArray csv = core::PeopleCsv::write({a, b, c, d});
    QVERIFY(csv.startsWith("name,organization,stakeholder_group,region,gender,channel,hub,roles\r\n"));
    auto read = core::PeopleCsv::read(csv);
    MODERATO_VERIFY_OK(read);
    QVERIFY2(read.value().warnings.isEmpty(), qPrintable(read.value().warnings.join(u'\n')));
    const auto &people = read.value().people;
    QCOMPARE(people.size(), 4);
    QCOMPARE(people[0].name, a.name);
    QCOMPARE(people[0].organization, a.organization);
    QCOMPARE(people[0].stakeholderGroup, a.stakeholderGroup);
    QCOMPARE(people[0].region, a.region);
    QCOMPARE(people[0].gender, a.gender);
    QCOMPARE(people[0].roles, a.roles);
    QCOMPARE(people[1].name, b.name);
    QCOMPARE(people[1].organization, b.organization);
    QCOMPARE(people[1].channel, core::Channel::Hub);
    QCOMPARE(people[1].hub, b.hub);
    QCOMPARE(people[2].channel, core::Channel::Online);
    QCOMPARE(people[2].organization, u"Line break"_s); // names and organisations are one line
    QCOMPARE(people[2].roles, c.roles);
    QCOMPARE(people[3].name, d.name);
    QCOMPARE(people[3].organization, d.organization);
}

void TestPeopleCsv::write_neutralisesFormulas()
{
    core::Participant p = person(u"=1+1"_s, u"@SUM(A1)"_s, u"+x"_s);
    const QString csv = QString::fromUtf8(core::PeopleCsv::write({p}));
    const QString row = csv.section(u"\r\n"_s, 1, 1);
    QVERIFY2(row.startsWith(u"'=1+1,'@SUM(A1),'+x,"_s), qPrintable(row));
}

void TestPeopleCsv::read_tolerates_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::newRow("bom and crlf") << QByteArray("\xEF\xBB\xBFname,roles\r\nAna,speaker\r\n");
    QTest::newRow("semicolons, other order, other case") << QByteArray("Roles;Organisation;Name\nspeaker;Org;Ana\n");
    QTest::newRow("quoted with spaces") << QByteArray("name , roles\n  \"Ana\" ,Speaker\n\n");
    QTest::newRow("no final line end") << QByteArray("name,roles\nAna,speaker");
    QTest::newRow("role column as role") << QByteArray("NAME,Role\nAna,speaker\n");
}

void TestPeopleCsv::read_tolerates()
{
    QFETCH(QByteArray, csv);
    auto read = core::PeopleCsv::read(csv);
    MODERATO_VERIFY_OK(read);
    QCOMPARE(read.value().people.size(), 1);
    QCOMPARE(read.value().people.at(0).name, u"Ana"_s);
    QCOMPARE(read.value().people.at(0).roles, QList<core::Role>{core::Role::Speaker});
}

void TestPeopleCsv::read_warnsPerLine()
{
    auto read = core::PeopleCsv::read("name,channel,roles\n"
                                      ",online,speaker\n"
                                      "Ana,carrier pigeon,speaker\n"
                                      "Ben,online,panelist\n"
                                      "ana,online,audience\n"
                                      "Hub person,hub,\n");
    MODERATO_VERIFY_OK(read);
    const auto &result = read.value();
    QCOMPARE(result.people.size(), 3);
    QCOMPARE(result.people.at(0).channel, core::Channel::Onsite);
    QCOMPARE(result.people.at(1).roles, QList<core::Role>{core::Role::Audience});
    QCOMPARE(result.people.at(2).channel, core::Channel::Online);
    QCOMPARE(result.warnings.size(), 5);
    QVERIFY(result.warnings.at(0).startsWith(u"line 2:"_s));
    QVERIFY(result.warnings.at(1).contains(u"carrier pigeon"_s));
    QVERIFY(result.warnings.at(2).contains(u"panelist"_s));
    QVERIFY(result.warnings.at(3).startsWith(u"line 5:"_s));
    QVERIFY(result.warnings.at(4).startsWith(u"line 6:"_s));
}

void TestPeopleCsv::read_rolesBySemicolonBarOrSlash()
{
    auto read =
        core::PeopleCsv::read("name,roles\nA,speaker;rapporteur\nB,Speaker | Online Moderator\nC,moderator/audience\n");
    MODERATO_VERIFY_OK(read);
    const auto &people = read.value().people;
    QCOMPARE(people.at(0).roles, (QList<core::Role>{core::Role::Speaker, core::Role::Rapporteur}));
    QCOMPARE(people.at(1).roles, (QList<core::Role>{core::Role::Speaker, core::Role::OnlineModerator}));
    QCOMPARE(people.at(2).roles, (QList<core::Role>{core::Role::Moderator, core::Role::Audience}));
    QVERIFY(read.value().warnings.isEmpty());
}

void TestPeopleCsv::read_refusesGarbage_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("no name column") << QByteArray("who,what\nAna,speaker\n");
    QTest::newRow("binary") << QByteArray("\x00\x01\x02name", 7);
    QTest::newRow("not utf-8") << QByteArray("name\n\xff\xfe\xfd\n");
    QTest::newRow("open quote") << QByteArray("name\n\"Ana\n");
}

void TestPeopleCsv::read_refusesGarbage()
{
    QFETCH(QByteArray, bytes);
    auto read = core::PeopleCsv::read(bytes);
    QVERIFY(!read);
    QVERIFY(!read.error().detail.isEmpty());
}

void TestPeopleCsv::readFile_missingAndTooLarge()
{
    QTemporaryDir dir;
    QVERIFY(!core::PeopleCsv::readFile(dir.filePath(u"missing.csv"_s)));
    QFile big(dir.filePath(u"big.csv"_s));
    QVERIFY(big.open(QIODevice::WriteOnly));
    big.write(QByteArray("name\n") + QByteArray(core::PeopleCsv::MaxFileBytes, 'a'));
    big.close();
    auto read = core::PeopleCsv::readFile(big.fileName());
    QVERIFY(!read);
    QVERIFY(read.error().detail.contains(u"5 MB"_s));
}

QTEST_GUILESS_MAIN(TestPeopleCsv)
#include "tst_peoplecsv.moc"
