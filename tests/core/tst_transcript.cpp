// SPDX-License-Identifier: MIT
#include "core/rapporteur/transcript.h"
#include "tests/support/helpers.h"

#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
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
    void readFile_readsWhatParseReads();
    void readFile_refusesWhatIsNotATranscript_data();
    void readFile_refusesWhatIsNotATranscript();
    void readFile_tooLarge_isRefusedBeforeReading();
    void readFile_neverReadsMoreThanTheLimit();
    void parse_refusesTooLongText();

private:
    QString write(const QString &name, const QByteArray &bytes);

    QTemporaryDir m_dir;
};

QString TestTranscript::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        qFatal("cannot write %s", qPrintable(path));
    }
    return path;
}

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

void TestTranscript::readFile_readsWhatParseReads()
{
    const QByteArray text = "Amina: First point.\r\nJean Dupont: Second point.\n";
    const auto turns = core::Transcript::readFile(write(u"meeting.txt"_s, text));
    MODERATO_VERIFY_OK(turns);
    QCOMPARE(turns.value().size(), 2);
    QCOMPARE(turns.value().at(1).speaker, u"Jean Dupont"_s);
    QCOMPARE(turns.value().at(1).text, u"Second point."_s);
    // The limit is inclusive: a file of exactly maxBytes is read.
    const auto exact = core::Transcript::readText(m_dir.filePath(u"meeting.txt"_s), text.size());
    MODERATO_VERIFY_OK(exact);
    QCOMPARE(exact.value(), QString::fromUtf8(text));
}

void TestTranscript::readFile_refusesWhatIsNotATranscript_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<core::ErrorCode>("code");
    QTest::newRow("missing") << QString() << QByteArray() << core::ErrorCode::FileNotFound;
    QTest::newRow("binary") << u"binary.bin"_s << QByteArray("\x00\x01\x02garbage", 10) << core::ErrorCode::Parse;
    QTest::newRow("no turns") << u"empty.txt"_s << QByteArray("\n \n") << core::ErrorCode::Parse;
}

void TestTranscript::readFile_refusesWhatIsNotATranscript()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(core::ErrorCode, code);
    const QString path = name.isEmpty() ? m_dir.filePath(u"nowhere.txt"_s) : write(name, bytes);
    const auto turns = core::Transcript::readFile(path);
    QVERIFY(!turns.has_value());
    QCOMPARE(turns.error().code, code);
}

void TestTranscript::readFile_tooLarge_isRefusedBeforeReading()
{
    // A sparse file one byte over the limit: all zero bytes, so reading it would report "not a text file".
    const QString path = m_dir.filePath(u"huge.txt"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(core::Transcript::MaxFileBytes + 1));
    }
    const auto turns = core::Transcript::readFile(path);
    QVERIFY(!turns.has_value());
    QCOMPARE(turns.error().code, core::ErrorCode::InvalidArgument);
    QVERIFY2(turns.error().detail.contains(u"huge.txt"_s), qPrintable(turns.error().detail));
    QVERIFY2(turns.error().detail.contains(QLocale().formattedDataSize(core::Transcript::MaxFileBytes)),
             qPrintable(turns.error().detail));
    // The same limit for any text file read this way (the notes).
    const QString notes = write(u"notes.txt"_s, QByteArray(100, 'x'));
    const auto text = core::Transcript::readText(notes, 99);
    QVERIFY(!text.has_value());
    QCOMPARE(text.error().code, core::ErrorCode::InvalidArgument);
}

void TestTranscript::readFile_neverReadsMoreThanTheLimit()
{
    // A device whose size is unknown (0) and which never ends: reading stops one byte past the limit.
    const QString endless = u"/dev/zero"_s;
    if (!QFile::exists(endless)) {
        QSKIP("no /dev/zero here");
    }
    const auto text = core::Transcript::readText(endless, 1024 * 1024);
    QVERIFY(!text.has_value());
    QCOMPARE(text.error().code, core::ErrorCode::InvalidArgument);
    QVERIFY2(text.error().detail.contains(QLocale().formattedDataSize(1024 * 1024)), qPrintable(text.error().detail));
}

void TestTranscript::parse_refusesTooLongText()
{
    QString text = u"Amina: "_s;
    text += QString(core::Transcript::MaxFileBytes, u'a');
    const auto turns = core::Transcript::parse(text);
    QVERIFY(!turns.has_value());
    QCOMPARE(turns.error().code, core::ErrorCode::InvalidArgument);
    QVERIFY2(turns.error().detail.contains(QLocale().formattedDataSize(core::Transcript::MaxFileBytes)),
             qPrintable(turns.error().detail));
    text.chop(text.size() - core::Transcript::MaxFileBytes);
    MODERATO_VERIFY_OK(core::Transcript::parse(text));
}

QTEST_APPLESS_MAIN(TestTranscript)
#include "tst_transcript.moc"
