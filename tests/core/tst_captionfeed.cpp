// SPDX-License-Identifier: MIT
#include "core/io/captionfeed.h"
#include "tests/support/helpers.h"

#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool UnderAddressSanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool UnderAddressSanitizer = true;
#else
constexpr bool UnderAddressSanitizer = false;
#endif
#else
constexpr bool UnderAddressSanitizer = false;
#endif

/// The peak resident memory of this process so far, in bytes (VmHWM); -1 where /proc does not say, and under
/// AddressSanitizer, whose quarantine keeps freed memory resident on purpose (so the figure says nothing of ours).
qint64 peakResidentBytes()
{
    if (UnderAddressSanitizer) {
        return -1;
    }
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    static const QRegularExpression line(u"^VmHWM:\\s+(\\d+)\\s+kB"_s, QRegularExpression::MultilineOption);
    const auto match = line.match(QString::fromLatin1(status.readAll()));
    return match.hasMatch() ? match.captured(1).toLongLong() * 1024 : -1;
}

} // namespace

class TestCaptionFeed : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void text_readsLinesAndTheCaptioningStyle();
    void srt_readsCuesWithTheirStarts();
    void webVtt_readsCuesAndLeavesNotesOut();
    void growingFile_isReadIncrementally();
    void partialLine_waitsForItsEnd();
    void start_atTheEnd_readsOnlyWhatIsAdded();
    void truncatedFile_isReadAgainFromItsStart();
    void rewrittenFile_isReadAgainFromItsStart();
    void rewrittenFile_withTheSameHead_isNoticed();
    void watcher_readsAppendedLinesByItself();
    void largeFile_isReadInBoundedChunks();
    void longLine_isBounded();
    void hostileText_isPlainText();
    void missingFile_isAnError();

private:
    /// Follows path from its start, with every caption collected in m_captions.
    void follow(core::CaptionFeed &feed,
                const QString &path,
                core::CaptionFeed::Start start = core::CaptionFeed::Start::Beginning);
    void write(const QString &path, const QByteArray &bytes, bool append = true);
    /// Reads until nothing more waits.
    void drain(core::CaptionFeed &feed);

    QTemporaryDir m_dir;
    QList<core::FedCaption> m_captions;
};

void TestCaptionFeed::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_captions.clear();
}

void TestCaptionFeed::follow(core::CaptionFeed &feed, const QString &path, core::CaptionFeed::Start start)
{
    connect(&feed, &core::CaptionFeed::caption, this, [this](const core::FedCaption &caption) {
        m_captions.append(caption);
    });
    MODERATO_VERIFY_OK(feed.follow(path, start));
}

void TestCaptionFeed::write(const QString &path, const QByteArray &bytes, bool append)
{
    QFile file(path);
    QVERIFY(file.open(append ? QIODevice::Append : (QIODevice::WriteOnly | QIODevice::Truncate)));
    QCOMPARE(file.write(bytes), bytes.size());
}

void TestCaptionFeed::drain(core::CaptionFeed &feed)
{
    for (int i = 0; i < 1000 && feed.poll(); ++i) {
    }
}

void TestCaptionFeed::text_readsLinesAndTheCaptioningStyle()
{
    const QString path = m_dir.filePath(u"live.txt"_s);
    write(path,
          "\xEF\xBB\xBFGood afternoon, everyone.\r\n"
          "\n"
          ">> DANIEL BRINKWERTH: Thank you. Let us begin.\n"
          "The supply chain is long.\n"
          ">>\n"
          "A question from the floor.\n"
          ">> AMINA DIALLO:\n"
          "Who certifies the certifiers?\n",
          false);
    core::CaptionFeed feed;
    follow(feed, path);
    drain(feed);
    QCOMPARE(feed.format(), core::CaptionFeed::Format::Text);
    QCOMPARE(m_captions.size(), 5);
    QCOMPARE(m_captions.at(0).text, u"Good afternoon, everyone."_s);
    QCOMPARE(m_captions.at(0).speaker, QString());
    QCOMPARE(m_captions.at(0).startMs, -1);
    QCOMPARE(m_captions.at(1).text, u"Thank you. Let us begin."_s);
    QCOMPARE(m_captions.at(1).speaker, u"DANIEL BRINKWERTH"_s);
    QCOMPARE(m_captions.at(2).text, u"The supply chain is long."_s);
    QCOMPARE(m_captions.at(2).speaker, u"DANIEL BRINKWERTH"_s); // continues the speaker
    QCOMPARE(m_captions.at(3).text, u"A question from the floor."_s);
    QCOMPARE(m_captions.at(3).speaker, QString()); // ">>" alone: someone else, not named
    QCOMPARE(m_captions.at(4).text, u"Who certifies the certifiers?"_s);
    QCOMPARE(m_captions.at(4).speaker, u"AMINA DIALLO"_s);
}

void TestCaptionFeed::srt_readsCuesWithTheirStarts()
{
    const QString path = m_dir.filePath(u"live.srt"_s);
    write(path,
          "1\r\n00:00:01,000 --> 00:00:04,000\r\nDaniel Brinkwerth: Welcome to the workshop.\r\n\r\n"
          "2\n00:00:05,500 --> 00:00:07,000\nLet us <i>begin</i>.\nTwo lines here.\n\n"
          "3\n01:02:03,004 --> 01:02:05,000\n>> EVA SCHULZ-KAMM: Thank you.\n\n",
          false);
    core::CaptionFeed feed;
    follow(feed, path);
    drain(feed);
    QCOMPARE(feed.format(), core::CaptionFeed::Format::Srt);
    QCOMPARE(m_captions.size(), 4);
    QCOMPARE(m_captions.at(0).text, u"Welcome to the workshop."_s);
    QCOMPARE(m_captions.at(0).speaker, u"Daniel Brinkwerth"_s);
    QCOMPARE(m_captions.at(0).startMs, 1000);
    QCOMPARE(m_captions.at(1).text, u"Let us begin."_s);
    QCOMPARE(m_captions.at(1).speaker, u"Daniel Brinkwerth"_s);
    QCOMPARE(m_captions.at(1).startMs, 5500);
    QCOMPARE(m_captions.at(2).text, u"Two lines here."_s);
    QCOMPARE(m_captions.at(2).startMs, 5500);
    QCOMPARE(m_captions.at(3).text, u"Thank you."_s);
    QCOMPARE(m_captions.at(3).speaker, u"EVA SCHULZ-KAMM"_s);
    QCOMPARE(m_captions.at(3).startMs, ((1 * 60 + 2) * 60 + 3) * 1000 + 4);
}

void TestCaptionFeed::webVtt_readsCuesAndLeavesNotesOut()
{
    const QString path = m_dir.filePath(u"live.vtt"_s);
    write(path,
          "WEBVTT - live\nKind: captions\n\n"
          "NOTE written by the captioner\nnot a caption\n\n"
          "STYLE\n::cue { color: lime }\n\n"
          "00:01.000 --> 00:02.000 align:start\n<v Amina Diallo>Hello <b>all</b> &amp; welcome\nsecond line\n\n"
          "cue-2\n00:00:03.000 --> 00:00:04.000\n>> LI WEI: Thanks.\n\n",
          false);
    core::CaptionFeed feed;
    follow(feed, path);
    drain(feed);
    QCOMPARE(feed.format(), core::CaptionFeed::Format::WebVtt);
    QCOMPARE(m_captions.size(), 3);
    QCOMPARE(m_captions.at(0).text, u"Hello all & welcome"_s);
    QCOMPARE(m_captions.at(0).speaker, u"Amina Diallo"_s);
    QCOMPARE(m_captions.at(0).startMs, 1000);
    QCOMPARE(m_captions.at(1).text, u"second line"_s);
    QCOMPARE(m_captions.at(1).speaker, u"Amina Diallo"_s);
    QCOMPARE(m_captions.at(2).text, u"Thanks."_s);
    QCOMPARE(m_captions.at(2).speaker, u"LI WEI"_s);
    QCOMPARE(m_captions.at(2).startMs, 3000);
}

void TestCaptionFeed::growingFile_isReadIncrementally()
{
    const QString path = m_dir.filePath(u"growing.vtt"_s);
    write(path, "WEBVTT\n\n", false);
    core::CaptionFeed feed;
    follow(feed, path);
    drain(feed);
    QVERIFY(m_captions.isEmpty());
    QCOMPARE(feed.offset(), 8);
    for (int cue = 1; cue <= 5; ++cue) {
        write(path, u"00:00:%1.000 --> 00:00:%1.900\nLine %1\n\n"_s.arg(cue, 2, 10, QChar(u'0')).toUtf8());
        drain(feed);
        QCOMPARE(m_captions.size(), cue); // each cue once, as it arrives
        QCOMPARE(m_captions.constLast().text, u"Line %1"_s.arg(cue, 2, 10, QChar(u'0')));
        QCOMPARE(m_captions.constLast().startMs, cue * 1000);
        QCOMPARE(feed.offset(), QFileInfo(path).size());
    }
    // Nothing new: nothing again.
    drain(feed);
    QCOMPARE(m_captions.size(), 5);
}

void TestCaptionFeed::partialLine_waitsForItsEnd()
{
    const QString path = m_dir.filePath(u"partial.txt"_s);
    write(path, "First line\nSecond li", false);
    core::CaptionFeed feed;
    follow(feed, path);
    drain(feed);
    QCOMPARE(m_captions.size(), 1);
    QCOMPARE(m_captions.at(0).text, u"First line"_s);
    write(path, "ne, still");
    drain(feed);
    QCOMPARE(m_captions.size(), 1); // not complete yet
    write(path, " going\r");
    drain(feed);
    QCOMPARE(m_captions.size(), 1);
    write(path, "\nThird\n");
    drain(feed);
    QCOMPARE(m_captions.size(), 3);
    QCOMPARE(m_captions.at(1).text, u"Second line, still going"_s);
    QCOMPARE(m_captions.at(2).text, u"Third"_s);
    // A multi-byte character split between two writes is read whole.
    const QByteArray arabic = u"مرحبا بكم"_s.toUtf8();
    write(path, arabic.left(3));
    drain(feed);
    write(path, arabic.mid(3) + '\n');
    drain(feed);
    QCOMPARE(m_captions.size(), 4);
    QCOMPARE(m_captions.at(3).text, u"مرحبا بكم"_s);
}

void TestCaptionFeed::start_atTheEnd_readsOnlyWhatIsAdded()
{
    const QString path = m_dir.filePath(u"end.srt"_s);
    write(
        path, "1\n00:00:01,000 --> 00:00:02,000\nAlready there\n\n2\n00:00:03,000 --> 00:00:04,000\nHalf a li", false);
    core::CaptionFeed feed;
    follow(feed, path, core::CaptionFeed::Start::End);
    QCOMPARE(feed.format(), core::CaptionFeed::Format::Srt); // told from what the file holds
    drain(feed);
    QVERIFY(m_captions.isEmpty());
    write(path, "ne\n\n3\n00:00:05,000 --> 00:00:06,000\nNew\n\n");
    drain(feed);
    QCOMPARE(m_captions.size(), 2);
    QCOMPARE(m_captions.at(0).text, u"Half a line"_s); // the line whose end had not arrived
    QCOMPARE(m_captions.at(1).text, u"New"_s);
    QCOMPARE(m_captions.at(1).startMs, 5000);
}

void TestCaptionFeed::truncatedFile_isReadAgainFromItsStart()
{
    const QString path = m_dir.filePath(u"truncated.txt"_s);
    write(path, "one\ntwo\nthree\n", false);
    core::CaptionFeed feed;
    follow(feed, path);
    QSignalSpy restarted(&feed, &core::CaptionFeed::restarted);
    drain(feed);
    QCOMPARE(m_captions.size(), 3);
    write(path, QByteArray(), false); // emptied
    drain(feed);
    QCOMPARE(restarted.size(), 1);
    QCOMPARE(feed.offset(), 0);
    write(path, "four\n");
    drain(feed);
    QCOMPARE(restarted.size(), 1);
    QCOMPARE(m_captions.size(), 4);
    QCOMPARE(m_captions.at(3).text, u"four"_s);
}

void TestCaptionFeed::rewrittenFile_isReadAgainFromItsStart()
{
    const QString path = m_dir.filePath(u"rewritten.txt"_s);
    write(path, ">> ALICE: one\ntwo\n", false);
    core::CaptionFeed feed;
    follow(feed, path);
    QSignalSpy restarted(&feed, &core::CaptionFeed::restarted);
    drain(feed);
    QCOMPARE(m_captions.size(), 2);
    // Rewritten, longer than before: the speaker of the old text does not carry over.
    write(path, "uno\ndos\ntres\ncuatro\ncinco\n", false);
    drain(feed);
    QCOMPARE(restarted.size(), 1);
    QCOMPARE(m_captions.size(), 7);
    QCOMPARE(m_captions.at(2).text, u"uno"_s);
    QCOMPARE(m_captions.at(2).speaker, QString());
    QCOMPARE(m_captions.at(6).text, u"cinco"_s);
}

void TestCaptionFeed::rewrittenFile_withTheSameHead_isNoticed()
{
    const QString path = m_dir.filePath(u"samehead.vtt"_s);
    const QByteArray header = "WEBVTT\n\nNOTE " + QByteArray(400, 'x') + "\n\n";
    write(path, header + "00:01.000 --> 00:02.000\nOld words\n\n", false);
    core::CaptionFeed feed;
    follow(feed, path);
    QSignalSpy restarted(&feed, &core::CaptionFeed::restarted);
    drain(feed);
    QCOMPARE(m_captions.size(), 1);
    write(path, header + "00:01.000 --> 00:02.000\nNew words, more of them\n\n", false);
    drain(feed);
    QCOMPARE(restarted.size(), 1);
    QCOMPARE(m_captions.size(), 2);
    QCOMPARE(m_captions.at(1).text, u"New words, more of them"_s);
}

void TestCaptionFeed::watcher_readsAppendedLinesByItself()
{
    const QString path = m_dir.filePath(u"watched.txt"_s);
    write(path, QByteArray(), false);
    core::CaptionFeed feed;
    follow(feed, path);
    write(path, "Heard without asking\n");
    QTRY_COMPARE_WITH_TIMEOUT(m_captions.size(), 1, 5000);
    QCOMPARE(m_captions.at(0).text, u"Heard without asking"_s);
    feed.stop();
    write(path, "Not after stopping\n");
    QTest::qWait(core::CaptionFeed::PollIntervalMs * 2);
    QCOMPARE(m_captions.size(), 1);
}

void TestCaptionFeed::largeFile_isReadInBoundedChunks()
{
    // 100 MB of captions, written in pieces of 1 MiB; 20 MB under AddressSanitizer, whose instrumented reading
    // of 100 MB takes about a minute, the test's whole time limit (and the peak is not measured there).
    const QString path = m_dir.filePath(u"large.txt"_s);
    const qint64 target = (UnderAddressSanitizer ? 20LL : 100LL) * 1000 * 1000;
    qint64 lines = 0;
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray piece;
        qint64 written = 0;
        while (written < target) {
            piece.clear();
            while (piece.size() < 1024 * 1024) {
                piece += ">> SPEAKER " + QByteArray(1, char('A' + lines % 7))
                         + ": the supply chain needs baseline requirements, line " + QByteArray::number(lines) + '\n';
                ++lines;
            }
            QCOMPARE(file.write(piece), piece.size());
            written += piece.size();
        }
    }
    const qint64 size = QFileInfo(path).size();
    QVERIFY(size >= target);
    const qint64 peakBefore = peakResidentBytes();
    core::CaptionFeed feed;
    qint64 count = 0;
    QString last;
    connect(&feed, &core::CaptionFeed::caption, this, [&](const core::FedCaption &caption) {
        ++count;
        last = caption.text;
    });
    MODERATO_VERIFY_OK(feed.follow(path));
    qint64 offset = 0;
    int polls = 0;
    while (feed.poll()) {
        // Never more than the budget at a time.
        QVERIFY(feed.offset() - offset <= core::CaptionFeed::PollBudgetBytes);
        offset = feed.offset();
        ++polls;
    }
    QCOMPARE(feed.offset(), size);
    QVERIFY(polls >= size / core::CaptionFeed::PollBudgetBytes - 1);
    QCOMPARE(count, lines);
    QCOMPARE(last, u"the supply chain needs baseline requirements, line %1"_s.arg(lines - 1));
    const qint64 peakAfter = peakResidentBytes();
    if (peakBefore > 0 && peakAfter > 0) {
        // Reading 100 MB holds a chunk, never the file.
        QVERIFY2(peakAfter - peakBefore < 32LL * 1024 * 1024,
                 qPrintable(u"peak resident memory grew by %1 bytes"_s.arg(peakAfter - peakBefore)));
    }
}

void TestCaptionFeed::longLine_isBounded()
{
    // 20 MB without a line end, then one: one caption, cut to the longest line.
    const QString path = m_dir.filePath(u"long.txt"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray piece(1024 * 1024, 'a');
        for (int i = 0; i < 20; ++i) {
            QCOMPARE(file.write(piece), piece.size());
        }
    }
    const qint64 peakBefore = peakResidentBytes();
    core::CaptionFeed feed;
    follow(feed, path);
    drain(feed);
    QVERIFY(m_captions.isEmpty());
    write(path, " end\nnext\n");
    drain(feed);
    QCOMPARE(m_captions.size(), 2);
    QCOMPARE(m_captions.at(0).text.size(), core::CaptionFeed::MaxLineChars);
    QVERIFY(m_captions.at(0).text.startsWith(u"aaaa"_s));
    QCOMPARE(m_captions.at(1).text, u"next"_s);
    const qint64 peakAfter = peakResidentBytes();
    if (peakBefore > 0 && peakAfter > 0) {
        QVERIFY(peakAfter - peakBefore < 16LL * 1024 * 1024);
    }
}

void TestCaptionFeed::hostileText_isPlainText()
{
    const QString path = m_dir.filePath(u"hostile.txt"_s);
    QByteArray bytes;
    bytes += "\x1b[31mred\x1b[0m and a bell\x07 and a NUL";
    bytes += '\0';
    bytes += " inside\n";
    bytes += "<script>alert('x')</script> &amp; <b>bold</b>\n";
    bytes += "bad UTF-8 \xff\xfe here\n";
    bytes += "tabs\tand\x0b vertical\x0c feeds\xc2\x85 NEL\n";
    bytes += "\xe2\x80\xae"
             "desrever\n"; // RIGHT-TO-LEFT OVERRIDE left open
    bytes += ">> \x1b]0;TITLE\x07NAME: words\n";
    bytes += "\x01\x02\x03\n"; // nothing but controls: no caption
    write(path, bytes, false);
    core::CaptionFeed feed;
    follow(feed, path);
    drain(feed);
    QCOMPARE(m_captions.size(), 6);
    for (const core::FedCaption &caption : std::as_const(m_captions)) {
        for (const QString &text : {caption.text, caption.speaker}) {
            for (const QChar c : text) {
                QVERIFY2(c.category() != QChar::Other_Control,
                         qPrintable(QString::fromLatin1(text.toUtf8().toPercentEncoding())));
            }
            QVERIFY(text == text.simplified());
            QVERIFY(text.size() <= core::CaptionFeed::MaxLineChars);
        }
    }
    QCOMPARE(m_captions.at(0).text, u"[31mred[0m and a bell and a NUL inside"_s);
    QCOMPARE(m_captions.at(1).text, u"<script>alert('x')</script> &amp; <b>bold</b>"_s); // as written
    QVERIFY(m_captions.at(2).text.contains(QChar(0xFFFD)));
    QCOMPARE(m_captions.at(3).text, u"tabs and vertical feeds NEL"_s);
    QVERIFY(m_captions.at(4).text.endsWith(u"desrever"_s));    // shown as text; the display isolates it
    QCOMPARE(m_captions.at(5).text, u"]0;TITLENAME: words"_s); // no speaker label once read as text
    QCOMPARE(m_captions.at(5).speaker, QString());
}

void TestCaptionFeed::missingFile_isAnError()
{
    core::CaptionFeed feed;
    const auto followed = feed.follow(m_dir.filePath(u"nowhere.txt"_s));
    QVERIFY(!followed.has_value());
    QCOMPARE(followed.error().code, core::ErrorCode::FileNotFound);
    QVERIFY(!feed.isFollowing());
}

QTEST_GUILESS_MAIN(TestCaptionFeed)
#include "tst_captionfeed.moc"
