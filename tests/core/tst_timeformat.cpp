// SPDX-License-Identifier: MIT
#include "core/base/timeformat.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestTimeFormat : public QObject
{
    Q_OBJECT

private slots:
    void formatDuration_data();
    void formatDuration();
    void formatOffset_data();
    void formatOffset();
    void arabic_usesArabicIndicDigits();
};

void TestTimeFormat::formatDuration_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<int>("rounding");
    QTest::addColumn<QString>("expected");
    const int elapsed = int(core::Rounding::Elapsed);
    const int countdown = int(core::Rounding::Countdown);
    QTest::newRow("zero") << qint64(0) << elapsed << u"0:00"_s;
    QTest::newRow("elapsed rounds down") << qint64(59'900) << elapsed << u"0:59"_s;
    QTest::newRow("countdown rounds up") << qint64(59'100) << countdown << u"1:00"_s;
    QTest::newRow("countdown exact") << qint64(60'000) << countdown << u"1:00"_s;
    QTest::newRow("countdown last tenth") << qint64(100) << countdown << u"0:01"_s;
    QTest::newRow("ten minutes") << qint64(600'000) << elapsed << u"10:00"_s;
    QTest::newRow("an hour") << qint64(3'600'000) << elapsed << u"1:00:00"_s;
    QTest::newRow("ninety minutes and 5 s") << qint64(5'405'000) << elapsed << u"1:30:05"_s;
    QTest::newRow("overtime") << qint64(-65'000) << countdown << u"-1:05"_s;
    QTest::newRow("overtime under a second") << qint64(-400) << countdown << u"0:00"_s;
}

void TestTimeFormat::formatDuration()
{
    QFETCH(qint64, ms);
    QFETCH(int, rounding);
    QFETCH(QString, expected);
    QCOMPARE(core::formatDuration(ms, core::Rounding(rounding), QLocale::c()), expected);
}

void TestTimeFormat::formatOffset_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("expected");
    QTest::newRow("behind") << qint64(130'000) << u"+2:10"_s;
    QTest::newRow("ahead") << qint64(-61'000) << u"-1:01"_s;
    QTest::newRow("on time") << qint64(0) << u"+0:00"_s;
}

void TestTimeFormat::formatOffset()
{
    QFETCH(qint64, ms);
    QFETCH(QString, expected);
    QCOMPARE(core::formatOffset(ms, QLocale::c()), expected);
}

void TestTimeFormat::arabic_usesArabicIndicDigits()
{
    // Decision: the countdown follows the locale's digits, so an Arabic room reads ٩:٠٥.
    const QLocale arabic(QLocale::Arabic, QLocale::Egypt);
    const QString text = core::formatDuration(545'000, core::Rounding::Elapsed, arabic);
    QCOMPARE(text, QString(arabic.toString(9) + u':' + arabic.zeroDigit() + arabic.toString(5)));
    QVERIFY(!text.contains(u'9'));
    QCOMPARE(text.at(0), QChar(0x0669)); // ARABIC-INDIC DIGIT NINE
    // Counts too, and never with a group separator (a list of line numbers would read wrong).
    QCOMPARE(core::formatCount(1234, arabic), u"\u0661\u0662\u0663\u0664"_s);
    QCOMPARE(core::formatCount(1234, QLocale(QLocale::English, QLocale::UnitedStates)), u"1234"_s);
    QCOMPARE(core::formatCount(-5, QLocale::c()), u"-5"_s);
}

QTEST_APPLESS_MAIN(TestTimeFormat)
#include "tst_timeformat.moc"
