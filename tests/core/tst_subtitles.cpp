// SPDX-License-Identifier: MIT
#include "core/rapporteur/subtitles.h"
#include "tests/support/helpers.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSubtitles : public QObject
{
    Q_OBJECT

private slots:
    void srt_cuesShowFromStartToEnd();
    void webVtt_headerNotesAndTagsLeftOut();
    void overlappingAndUnsortedCues();
    void hostileText_staysPlainText();
    void notSubtitles_refusedWithAReason_data();
    void notSubtitles_refusedWithAReason();
    void bytes_tooLargeOrBinary();
    void language_fromTheFileName_data();
    void language_fromTheFileName();
    void besideVideo_findsItsOwnFilesOnly();
    void lookup_findsEveryCueOfALongFile();
};

void TestSubtitles::srt_cuesShowFromStartToEnd()
{
    auto subtitles = core::Subtitles::parse(u"\uFEFF1\r\n"
                                            "00:00:01,000 --> 00:00:02,500\r\n"
                                            "<i>Welcome</i> to the session,\r\n"
                                            "{\\an8}everyone.\r\n"
                                            "\r\n"
                                            "2\r\n"
                                            "00:00:03,000 --> 00:00:04,000\r\n"
                                            "<font color=\"#ff0000\">Baseline</font> requirements\r\n"_s);
    MODERATO_VERIFY_OK(subtitles);
    const core::Subtitles &s = subtitles.value();
    QCOMPARE(s.cues().size(), 2);
    QCOMPARE(s.textAt(0), QString());
    QCOMPARE(s.textAt(999), QString());
    // Its lines as they were broken, its tags taken out; the start counts, the end does not.
    QCOMPARE(s.textAt(1000), u"Welcome to the session,\neveryone."_s);
    QCOMPARE(s.textAt(2499), u"Welcome to the session,\neveryone."_s);
    QCOMPARE(s.textAt(2500), QString());
    QCOMPARE(s.textAt(3500), u"Baseline requirements"_s);
    QCOMPARE(s.textAt(4000), QString());
    QCOMPARE(s.textAt(3'600'000), QString());
    QCOMPARE(s.textAt(-5), QString());
}

void TestSubtitles::webVtt_headerNotesAndTagsLeftOut()
{
    auto subtitles = core::Subtitles::parse(u"WEBVTT - the session\n"
                                            "Kind: captions\n"
                                            "\n"
                                            "NOTE this is not shown\n"
                                            "\n"
                                            "STYLE\n"
                                            "::cue { color: yellow }\n"
                                            "\n"
                                            "intro\n"
                                            "00:01.000 --> 00:02.000 line:90%\n"
                                            "<v Amina Diallo>Bonjour à <b>tous</b> &amp; bienvenue\n"
                                            "\n"
                                            "01:00:00.000 --> 01:00:01.500\n"
                                            "<c.yellow>Une heure</c> <00:00:05.000>plus tard\n"_s);
    MODERATO_VERIFY_OK(subtitles);
    const core::Subtitles &s = subtitles.value();
    QCOMPARE(s.cues().size(), 2);
    QCOMPARE(s.textAt(1500), u"Bonjour à tous & bienvenue"_s);
    QCOMPARE(s.textAt(3'600'500), u"Une heure plus tard"_s);
    QCOMPARE(s.textAt(2000), QString());
}

void TestSubtitles::overlappingAndUnsortedCues()
{
    // A long cue under two short ones, written out of order: all that show at a moment show, in order of start.
    auto subtitles = core::Subtitles::parse(u"3\n00:00:05,000 --> 00:00:06,000\nthird\n\n"
                                            "1\n00:00:00,000 --> 00:00:10,000\nlong\n\n"
                                            "2\n00:00:02,000 --> 00:00:03,000\nsecond\n"_s);
    MODERATO_VERIFY_OK(subtitles);
    const core::Subtitles &s = subtitles.value();
    QCOMPARE(s.textAt(1000), u"long"_s);
    QCOMPARE(s.textAt(2500), u"long\nsecond"_s);
    QCOMPARE(s.textAt(4000), u"long"_s);
    QCOMPARE(s.textAt(5500), u"long\nthird"_s);
    QCOMPARE(s.textAt(9999), u"long"_s);
    QCOMPARE(s.textAt(10'000), QString());
}

void TestSubtitles::hostileText_staysPlainText()
{
    auto subtitles =
        core::Subtitles::parse(u"WEBVTT\n\n"
                               "00:00.000 --> 00:01.000\n"
                               "<script>alert(1)</script> &lt;b&gt;not bold&lt;/b&gt; \u202Eevil %1 <img src=x>\n"_s);
    MODERATO_VERIFY_OK(subtitles);
    // Markup is taken out or read as the characters it stands for: never interpreted, and nothing dropped silently.
    QCOMPARE(subtitles.value().textAt(500), u"alert(1) <b>not bold</b> \u202Eevil %1"_s);
}

void TestSubtitles::notSubtitles_refusedWithAReason_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("detail");
    QTest::newRow("plain transcript") << u"Amina: hello\nJean: hi\n"_s << u"neither SRT nor WebVTT"_s;
    QTest::newRow("empty") << QString() << u"neither SRT nor WebVTT"_s;
    QTest::newRow("webvtt without cues") << u"WEBVTT\n\nNOTE nothing\n"_s << u"no cue"_s;
    QTest::newRow("broken timing") << u"1\n00:00:01,000 --> soon\nhi\n"_s << u"line 2"_s;
    QTest::newRow("ends before it starts") << u"1\n00:00:05,000 --> 00:00:01,000\nhi\n"_s << u"line 2"_s;
    QTest::newRow("cue without timing") << u"WEBVTT\n\njust text\n"_s << u"line 3"_s;
}

void TestSubtitles::notSubtitles_refusedWithAReason()
{
    QFETCH(QString, text);
    QFETCH(QString, detail);
    auto subtitles = core::Subtitles::parse(text);
    QVERIFY(!subtitles);
    QCOMPARE(subtitles.error().code, core::ErrorCode::Parse);
    QVERIFY2(subtitles.error().detail.contains(detail), qPrintable(subtitles.error().detail));
}

void TestSubtitles::bytes_tooLargeOrBinary()
{
    const QByteArray cue = "1\n00:00:01,000 --> 00:00:02,000\nhello\n\n";
    MODERATO_VERIFY_OK(core::Subtitles::fromBytes(cue));
    auto binary = core::Subtitles::fromBytes(cue + QByteArray("\0\x01", 2));
    QVERIFY(!binary);
    QCOMPARE(binary.error().code, core::ErrorCode::Parse);
    QByteArray huge = cue;
    huge.append(QByteArray(core::Subtitles::MaxFileBytes, 'x'));
    auto large = core::Subtitles::fromBytes(huge);
    QVERIFY(!large);
    QCOMPARE(large.error().code, core::ErrorCode::InvalidArgument);
}

void TestSubtitles::language_fromTheFileName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("language");
    QTest::newRow("none") << u"talk.srt"_s << QString();
    QTest::newRow("fr") << u"talk.fr.vtt"_s << u"fr"_s;
    QTest::newRow("upper case") << u"talk.EN.SRT"_s << u"en"_s;
    QTest::newRow("region with a dash") << u"talk.pt-BR.srt"_s << u"pt_BR"_s;
    QTest::newRow("region with an underscore") << u"talk.zh_cn.vtt"_s << u"zh_CN"_s;
    QTest::newRow("three letters") << u"talk.fil.srt"_s << u"fil"_s;
    QTest::newRow("a word") << u"talk.english.srt"_s << QString();
    QTest::newRow("not subtitles") << u"talk.fr.mp4"_s << QString();
}

void TestSubtitles::language_fromTheFileName()
{
    QFETCH(QString, name);
    QFETCH(QString, language);
    QCOMPARE(core::Subtitles::languageFromFileName(name), language);
}

void TestSubtitles::besideVideo_findsItsOwnFilesOnly()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const QString &name : {u"talk.mp4"_s,
                                u"talk.srt"_s,
                                u"talk.en.srt"_s,
                                u"talk.fr.vtt"_s,
                                u"talk2.srt"_s,
                                u"talk2.en.srt"_s,
                                u"talk.director's cut.srt"_s,
                                u"talk.fr.txt"_s,
                                u"other.srt"_s}) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QStringList found;
    for (const QString &path : core::Subtitles::besideVideo(dir.filePath(u"talk.mp4"_s))) {
        found.append(QFileInfo(path).fileName());
    }
    QCOMPARE(found, (QStringList{u"talk.en.srt"_s, u"talk.fr.vtt"_s, u"talk.srt"_s}));
    QVERIFY(core::Subtitles::besideVideo(dir.filePath(u"missing/none.mp4"_s)).isEmpty());
}

void TestSubtitles::lookup_findsEveryCueOfALongFile()
{
    // Ten hours of cues of 1.5 s every 2 s: each found at its time, none between.
    QString text;
    constexpr int Cues = 18'000;
    for (int i = 0; i < Cues; ++i) {
        const int start = i * 2;
        text += u"%1\n%2 --> %3\ncue %1\n\n"_s.arg(i + 1)
                    .arg(u"%1:%2:%3,000"_s.arg(start / 3600, 2, 10, QChar(u'0'))
                             .arg(start / 60 % 60, 2, 10, QChar(u'0'))
                             .arg(start % 60, 2, 10, QChar(u'0')))
                    .arg(u"%1:%2:%3,500"_s.arg((start + 1) / 3600, 2, 10, QChar(u'0'))
                             .arg((start + 1) / 60 % 60, 2, 10, QChar(u'0'))
                             .arg((start + 1) % 60, 2, 10, QChar(u'0')));
    }
    auto subtitles = core::Subtitles::parse(text);
    MODERATO_VERIFY_OK(subtitles);
    QCOMPARE(subtitles.value().cues().size(), Cues);
    for (int i = 0; i < Cues; ++i) {
        QCOMPARE(subtitles.value().textAt(qint64(i) * 2000 + 700), u"cue %1"_s.arg(i + 1));
        QVERIFY(subtitles.value().textAt(qint64(i) * 2000 + 1600).isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestSubtitles)
#include "tst_subtitles.moc"
