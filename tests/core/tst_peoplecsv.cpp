// SPDX-License-Identifier: MIT
#include "core/io/peoplecsv.h"
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

/// The cells of CSV text as a spreadsheet reads them (RFC 4180), header included.
QStringList csvCells(const QString &text)
{
    QStringList cells;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                cell.append(c);
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell.append(c);
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',' || c == u'\n') {
            cells.append(cell);
            cell.clear();
        } else if (c != u'\r') {
            cell.append(c);
        }
    }
    cells.append(cell);
    return cells;
}

} // namespace

class TestPeopleCsv : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_keepsEveryField();
    void write_neutralisesFormulas();
    void write_neutralisesEveryFormulaStart_data();
    void write_neutralisesEveryFormulaStart();
    void roundTrip_isTheIdentity_data();
    void roundTrip_isTheIdentity();
    void read_keepsAnApostropheATypistPut();
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
    QCOMPARE(people[2].organization, c.organization); // the file keeps the line break; the session makes it one line
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

void TestPeopleCsv::write_neutralisesEveryFormulaStart_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("cell");
    QTest::newRow("equals") << u"=1+1"_s << u"'=1+1"_s;
    QTest::newRow("plus") << u"+1"_s << u"'+1"_s;
    QTest::newRow("minus") << u"-2+3"_s << u"'-2+3"_s;
    QTest::newRow("at") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
    QTest::newRow("tab") << u"\t=1+1"_s << u"'\t=1+1"_s;
    QTest::newRow("carriage return") << u"\r=1+1"_s << u"\"'\r=1+1\""_s;
    QTest::newRow("line feed") << u"\n=1+1"_s << u"\"'\n=1+1\""_s;
    QTest::newRow("spaces first") << u"  =1+1"_s << u"'  =1+1"_s;
    QTest::newRow("apostrophe typed") << u"'=x"_s << u"''=x"_s;
    QTest::newRow("apostrophe alone") << u"'"_s << u"''"_s;
    QTest::newRow("harmless") << u"Ana = Bo"_s << u"Ana = Bo"_s;
    QTest::newRow("quote and comma") << u"=\"a\",b"_s << u"\"'=\"\"a\"\",b\""_s;
}

void TestPeopleCsv::write_neutralisesEveryFormulaStart()
{
    QFETCH(QString, value);
    QFETCH(QString, cell);
    core::Participant p = person(u"Ana"_s, value);
    const QString csv = QString::fromUtf8(core::PeopleCsv::write({p}));
    QVERIFY2(csv.contains(u"\r\nAna,"_s + cell + u','), qPrintable(csv));
}

void TestPeopleCsv::roundTrip_isTheIdentity_data()
{
    QTest::addColumn<QString>("value");
    const QStringList starts{u"="_s,
                             u"+"_s,
                             u"-"_s,
                             u"@"_s,
                             u"\t"_s,
                             u"\r"_s,
                             u"\n"_s,
                             u" "_s,
                             u"'"_s,
                             u"''"_s,
                             u"' "_s,
                             u"\""_s,
                             u","_s,
                             u";"_s,
                             u"\r\n"_s,
                             u"\u00A0"_s,
                             u"\u3000"_s,
                             u"\uFEFF"_s,
                             QString()};
    const QStringList rests{QString(),
                            u"=x"_s,
                            u"'=x"_s,
                            u"1+1"_s,
                            u"HYPERLINK(\"http://e\",\"x\")"_s,
                            u" trailing "_s,
                            u"a\"b\"\"c"_s,
                            u"line\nbreak\r\nand\rmore"_s,
                            u"semi;colon,comma"_s,
                            u"\u202Eevil"_s,
                            u"\u0645\u062D\u0645\u062F"_s,
                            u"\U0001F600"_s};
    int row = 0;
    for (const QString &start : starts) {
        for (const QString &rest : rests) {
            QTest::addRow("%d", ++row) << start + rest;
        }
    }
    QTest::newRow("apostrophes") << u"'''''"_s;
    QTest::newRow("apostrophe then text") << u"'abc"_s;
    QTest::newRow("spaces only") << u"   "_s;
    QTest::newRow("spaces then apostrophe") << u"  'x"_s;
    QTest::newRow("spaces then minus") << u" -1"_s;
    QTest::newRow("full-width equals") << u"\uFF1D1+1"_s;
    QTest::newRow("long") << QString(20'000, u'=');
}

void TestPeopleCsv::roundTrip_isTheIdentity()
{
    QFETCH(QString, value);
    // Every column but the keys (channel, roles) in one row, the name in the next.
    core::Participant p = person(u"First"_s, value, value, value, value);
    p.channel = value.isEmpty() ? core::Channel::Onsite : core::Channel::Hub;
    p.hub = value;
    p.roles = {core::Role::Speaker};
    core::Participant q = person(value, u"second"_s);
    q.roles = {core::Role::Audience};
    const QByteArray csv = core::PeopleCsv::write({p, q});
    auto read = core::PeopleCsv::read(csv);
    MODERATO_VERIFY_OK(read);
    // A name that is only spaces (or nothing) is a row without a name; a name has at most 200 characters.
    const bool secondKept = !value.simplified().isEmpty() && value.simplified().size() <= 200;
    QCOMPARE(read.value().warnings.size(), secondKept ? 0 : 1);
    const auto &people = read.value().people;
    QCOMPARE(people.size(), secondKept ? 2 : 1);
    QCOMPARE(people.at(0).name, p.name);
    QCOMPARE(people.at(0).organization, value);
    QCOMPARE(people.at(0).stakeholderGroup, value);
    QCOMPARE(people.at(0).region, value);
    QCOMPARE(people.at(0).gender, value);
    QCOMPARE(people.at(0).hub, value);
    QCOMPARE(people.at(0).channel, p.channel);
    QCOMPARE(people.at(0).roles, p.roles);
    if (secondKept) {
        QCOMPARE(people.at(1).name, value);
        QCOMPARE(people.at(1).organization, u"second"_s);
    }
    // No cell of the file starts a formula or a control, even after the spaces a spreadsheet could trim.
    for (const QString &cell : csvCells(QString::fromUtf8(csv))) {
        const QString trimmed = cell.trimmed();
        QVERIFY2(trimmed.isEmpty() || !QStringView(u"=+-@").contains(trimmed.front()) || cell.front() == u'\'',
                 qPrintable(cell.left(40)));
        QVERIFY2(cell.isEmpty() || (cell.front() != u'\t' && cell.front() != u'\r' && cell.front() != u'\n'),
                 qPrintable(cell.left(40)));
    }
}

void TestPeopleCsv::read_keepsAnApostropheATypistPut()
{
    auto read = core::PeopleCsv::read("name,organization,region\n'Ana,'Quoted org,''=x\nBo,'=y,'\n");
    MODERATO_VERIFY_OK(read);
    const auto &people = read.value().people;
    QCOMPARE(people.size(), 2);
    QCOMPARE(people.at(0).name, u"'Ana"_s); // not what the writer adds: it stays
    QCOMPARE(people.at(0).organization, u"'Quoted org"_s);
    QCOMPARE(people.at(0).region, u"'=x"_s);      // the writer's apostrophe goes, the typed one stays
    QCOMPARE(people.at(1).organization, u"=y"_s); // as older versions wrote it
    QCOMPARE(people.at(1).region, u"'"_s);
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
