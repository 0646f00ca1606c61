// SPDX-License-Identifier: MIT
#include "core/transcript.h"
#include "tests/support/helpers.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestTranscript : public QObject
{
    Q_OBJECT

private slots:
    void speakerLines_areTurns();
    void captioningStyle_isRead();
    void tolerant_ofWhatPeoplePaste();
    void empty_isAnError_data();
    void empty_isAnError();
};

void TestTranscript::speakerLines_areTurns()
{
    const auto turns = core::Transcript::parse(
        u"The Chair (Hon. Anthony Rota (NipissingTimiskaming, Lib.)): I call this meeting to order.\n"
        "Hon. Chrystia Freeland: Thank you. We will act: quickly.\n"
        "and this line continues her turn\n"
        "At 10:30 the sitting resumed.\n"
        "Mr. Dave Epp: A question.\n"_s);
    MODERATO_VERIFY_OK(turns);
    QCOMPARE(turns.value().size(), 3);
    QCOMPARE(turns.value().at(0).speaker, u"The Chair (Hon. Anthony Rota (NipissingTimiskaming, Lib.))"_s);
    QCOMPARE(turns.value().at(1).speaker, u"Hon. Chrystia Freeland"_s);
    QCOMPARE(turns.value().at(1).text,
             u"Thank you. We will act: quickly. and this line continues her turn At 10:30 the sitting resumed."_s);
    QCOMPARE(turns.value().at(2).line, 5);
}

void TestTranscript::captioningStyle_isRead()
{
    const auto turns = core::Transcript::parse(u">> DANIEL BRINKWERTH: Good morning, everyone.\n"
                                               "Welcome to the workshop.\n"
                                               ">> Thank you. I have a question\n"
                                               "about patches.\n"
                                               ">> EVA SCHULZ-KAMM: Companies must offer updates.\n"_s);
    MODERATO_VERIFY_OK(turns);
    QCOMPARE(turns.value().size(), 3);
    QCOMPARE(turns.value().at(0).speaker, u"DANIEL BRINKWERTH"_s);
    QCOMPARE(turns.value().at(0).text, u"Good morning, everyone. Welcome to the workshop."_s);
    QCOMPARE(turns.value().at(1).speaker, QString());
    QCOMPARE(turns.value().at(1).text, u"Thank you. I have a question about patches."_s);
    QCOMPARE(turns.value().at(2).speaker, u"EVA SCHULZ-KAMM"_s);
    QCOMPARE(turns.value().at(2).line, 5);
}

void TestTranscript::tolerant_ofWhatPeoplePaste()
{
    const auto turns =
        core::Transcript::parse(u"\uFEFFAmina: First point.\r\n\r\n   \r\nJean Dupont:   Second point.  \r\n"_s);
    MODERATO_VERIFY_OK(turns);
    QCOMPARE(turns.value().size(), 2);
    QCOMPARE(turns.value().at(0).speaker, u"Amina"_s);
    QCOMPARE(turns.value().at(1).text, u"Second point."_s);
}

void TestTranscript::empty_isAnError_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank lines") << u"\n \r\n\t\n"_s;
    QTest::newRow("labels only") << u"Amina: \nJean:\n"_s;
}

void TestTranscript::empty_isAnError()
{
    QFETCH(QString, text);
    const auto turns = core::Transcript::parse(text);
    QVERIFY(!turns.has_value());
    QCOMPARE(turns.error().code, core::ErrorCode::Parse);
}

QTEST_APPLESS_MAIN(TestTranscript)
#include "tst_transcript.moc"
