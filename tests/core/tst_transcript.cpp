// SPDX-License-Identifier: MIT
#include "core/io/proposalimporter.h"
#include "core/rapporteur/transcript.h"
#include "core/rapporteur/transcriptalignment.h"
#include "core/session/session.h"
#include "core/session/sessiontranscript.h"
#include "tests/support/fakeclock.h"
#include "tests/support/helpers.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

/// A transcript fixture of tests/data/transcripts.
QString fixture(const QString &name)
{
    return QDir(QStringLiteral(MODERATO_TRANSCRIPTS_DIR)).filePath(name);
}

QList<qint64> startsOf(const QList<core::TranscriptTurn> &turns)
{
    QList<qint64> starts;
    for (const core::TranscriptTurn &turn : turns) {
        starts.append(turn.startMs);
    }
    return starts;
}

core::Participant person(int id, const QString &name)
{
    core::Participant participant;
    participant.id = id;
    participant.name = name;
    return participant;
}

} // namespace

class TestTranscript : public QObject
{
    Q_OBJECT

private slots:
    void init();
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
    void plainText_hasNoTimes();
    void detectFormat_fromContent_data();
    void detectFormat_fromContent();
    void srt_cuesMergeIntoTurns();
    void webVtt_voiceTagsAndBlocksLeftOut();
    void captions_brokenTimings_areParseErrorsWithTheirLine_data();
    void captions_brokenTimings_areParseErrorsWithTheirLine();
    void captions_textAfterABlankLineContinuesTheCue();
    void itemsOf_placesTurnsInTheItemCurrentThen();
    void normalizedName_data();
    void normalizedName();
    void matchSpeaker_data();
    void matchSpeaker();
    void session_keepsTimesAndAlignsTurns();
    void session_offsetBeforeStart_isRefused();

private:
    QString write(const QString &name, const QByteArray &bytes);

    QTemporaryDir m_dir;
};

void TestTranscript::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

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

void TestTranscript::plainText_hasNoTimes()
{
    const auto turns = core::Transcript::parse(u"Amina: First point.\n>> not a marker here\nJean: Second.\n"_s);
    MODERATO_VERIFY_OK(turns);
    QCOMPARE(core::Transcript::detectFormat(u"Amina: First point.\n"_s), core::Transcript::Format::Plain);
    QCOMPARE(startsOf(turns.value()), (QList<qint64>{-1, -1}));
}

void TestTranscript::detectFormat_fromContent_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<core::Transcript::Format>("format");
    using F = core::Transcript::Format;
    QTest::newRow("webvtt") << u"WEBVTT\n\n00:01.000 --> 00:02.000\nHi\n"_s << F::WebVtt;
    QTest::newRow("webvtt with title and bom") << u"\uFEFFWEBVTT - title\r\n"_s << F::WebVtt;
    QTest::newRow("webvtt alone") << u"WEBVTT"_s << F::WebVtt;
    QTest::newRow("not webvtt") << u"WEBVTTX: hello\n"_s << F::Plain;
    QTest::newRow("srt") << u"\n\n1\n00:00:01,000 --> 00:00:02,000\nHi\n"_s << F::Srt;
    QTest::newRow("srt broken first timing") << u"1\n00:00:01,000 - 00:00:02,000\nHi\n"_s << F::Srt;
    QTest::newRow("srt without numbers") << u"00:00:01,000 --> 00:00:02,000\nHi\n"_s << F::Srt;
    QTest::newRow("numbered list") << u"1\nAmina: first\n"_s << F::Plain;
    QTest::newRow("speaker lines") << u"Amina: At 10:30 we start.\n"_s << F::Plain;
    QTest::newRow("captioning") << u">> AMINA: Hello.\n"_s << F::Plain;
}

void TestTranscript::detectFormat_fromContent()
{
    QFETCH(QString, text);
    QFETCH(core::Transcript::Format, format);
    QCOMPARE(core::Transcript::detectFormat(text), format);
}

void TestTranscript::srt_cuesMergeIntoTurns()
{
    const auto turns = core::Transcript::readFile(fixture(u"ws195-captions.srt"_s));
    MODERATO_VERIFY_OK(turns);
    const QList<core::TranscriptTurn> &t = turns.value();
    QCOMPARE(t.size(), 5);
    QCOMPARE(t.at(0).speaker, u"DANIEL BRINKWERTH"_s);
    QCOMPARE(t.at(0).text,
             u"Good afternoon, everyone, and welcome to our workshop. We will talk about supply chain security."_s);
    QCOMPARE(t.at(0).line, 3);
    QCOMPARE(t.at(1).speaker, u"EVA SCHULZ-KAMM"_s);
    // A cue cut at a colon mid-sentence continues the turn; {\an8} and <i> are gone.
    QCOMPARE(t.at(1).text, u"Thank you, Daniel. Security by default matters: it costs less later."_s);
    QCOMPARE(t.at(1).line, 12);
    // "Ms. Paula Iwaniuk:" and "<font>Paula Iwaniuk:</font>" name one person: one turn, as first written.
    QCOMPARE(t.at(2).speaker, u"Ms. Paula Iwaniuk"_s);
    QCOMPARE(t.at(2).text, u"From the East, a different view. Standards must travel."_s);
    // ">>" alone: a new, unnamed speaker.
    QCOMPARE(t.at(3).speaker, QString());
    QCOMPARE(t.at(3).text, u"Can I add something from the floor?"_s);
    QCOMPARE(t.at(4).speaker, u"BRINKWERTH"_s);
    QCOMPARE(startsOf(t), (QList<qint64>{5'000, 70'000, 750'000, 1'200'000, 1'203'000}));
}

void TestTranscript::webVtt_voiceTagsAndBlocksLeftOut()
{
    const auto turns = core::Transcript::readFile(fixture(u"ws195-captions.vtt"_s));
    MODERATO_VERIFY_OK(turns);
    const QList<core::TranscriptTurn> &t = turns.value();
    QCOMPARE(t.size(), 3);
    QCOMPARE(t.at(0).speaker, u"Daniel Brinkwerth"_s);
    QCOMPARE(t.at(0).text, u"Welcome to IGF 2019 WS #195. Let us begin."_s);
    QCOMPARE(t.at(0).line, 14);
    QCOMPARE(t.at(1).speaker, u"Sergio Lomban"_s);
    QCOMPARE(t.at(1).text, u"Thanks. Trust & security go together. Standards matter."_s);
    // A second voice inside one cue starts its own turn, at the cue's start.
    QCOMPARE(t.at(2).speaker, u"Eva Schulz-Kamm"_s);
    QCOMPARE(t.at(2).text, u"They do."_s);
    QCOMPARE(t.at(2).line, 27);
    QCOMPARE(startsOf(t), (QList<qint64>{5'000, 70'000, 76'000}));
    // Nothing of the header, the NOTE, STYLE and REGION blocks, the cue settings or identifiers.
    for (const core::TranscriptTurn &turn : t) {
        for (const QString &word : {u"captioning"_s,
                                    u"names"_s,
                                    u"cue"_s,
                                    u"fred"_s,
                                    u"align"_s,
                                    u"intro"_s,
                                    u"remark"_s,
                                    u"<"_s,
                                    u"&amp;"_s}) {
            QVERIFY2(!turn.text.contains(word) && !turn.speaker.contains(word), qPrintable(turn.text));
        }
    }
}

void TestTranscript::captions_brokenTimings_areParseErrorsWithTheirLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QString broken;
    {
        QFile file(fixture(u"broken-timing.srt"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        broken = QString::fromUtf8(file.readAll());
    }
    QTest::newRow("fixture") << broken << 6;
    QTest::newRow("end before start") << u"1\n00:00:05,000 --> 00:00:04,000\nHi\n"_s << 2;
    QTest::newRow("minute 61") << u"1\n00:61:00,000 --> 00:62:00,000\nHi\n"_s << 2;
    QTest::newRow("no arrow") << u"1\n00:00:01,000 - 00:00:02,000\nHi\n"_s << 2;
    QTest::newRow("number without timing") << u"1\n00:00:01,000 --> 00:00:02,000\nHi\n\n2\nThere\n"_s << 6;
    QTest::newRow("hours beyond 99") << u"100:00:00,000 --> 100:00:01,000\nHi\n"_s << 1;
    QTest::newRow("webvtt text before any cue") << u"WEBVTT\n\nHello there\n"_s << 3;
    QTest::newRow("webvtt letters") << u"WEBVTT\n\nid\n00:aa.000 --> 00:01.000\nHi\n"_s << 4;
    QTest::newRow("webvtt arrow only") << u"WEBVTT\r\n\r\n-->\r\nHi\r\n"_s << 3;
}

void TestTranscript::captions_brokenTimings_areParseErrorsWithTheirLine()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    const auto turns = core::Transcript::parse(text);
    QVERIFY(!turns.has_value());
    QCOMPARE(turns.error().code, core::ErrorCode::Parse);
    QVERIFY2(turns.error().detail.startsWith(u"line %1:"_s.arg(line)), qPrintable(turns.error().detail));
}

void TestTranscript::captions_textAfterABlankLineContinuesTheCue()
{
    const auto turns =
        core::Transcript::parse(u"1\n00:00:01,000 --> 00:00:03,000\nAmina Diallo: First part\n\nand the rest.\n\n"
                                "2\n00:00:03,000 --> 00:00:05,000\nJon Berg: Mine.\n"_s);
    MODERATO_VERIFY_OK(turns);
    QCOMPARE(turns.value().size(), 2);
    QCOMPARE(turns.value().at(0).text, u"First part and the rest."_s);
    QCOMPARE(turns.value().at(1).speaker, u"Jon Berg"_s);
    QCOMPARE(turns.value().at(1).startMs, 3'000);
}

void TestTranscript::itemsOf_placesTurnsInTheItemCurrentThen()
{
    // Item 1 from 100 s to 700 s, item 2 until 1,000 s; a gap; item 5 (entered again later) from 1,200 s.
    const QList<core::ItemSpan> spans{{1, 100'000, 700'000}, {2, 700'000, 1'000'000}, {5, 1'200'000, 1'300'000}};
    QList<core::TranscriptTurn> turns;
    for (qint64 start : {-1LL, 0LL, 10'000LL, 610'000LL, 1'000'000LL, 1'150'000LL, 1'250'000LL}) {
        turns.append({1, QString(), u"text"_s, start});
    }
    // The file's 00:00 at 90 s: its 10 s is 100 s, the first moment of item 1; its 610 s is item 2's first.
    QCOMPARE(core::TranscriptAlignment::itemsOf(turns, 90'000, spans), (QList<int>{-1, -1, 1, 2, -1, 5, -1}));
    QCOMPARE(core::TranscriptAlignment::itemsOf(turns, 0, spans), (QList<int>{-1, -1, -1, 1, -1, -1, 5}));
    QCOMPARE(core::TranscriptAlignment::itemsOf(turns, -1, spans), (QList<int>(7, -1)));
    QCOMPARE(core::TranscriptAlignment::itemsOf(turns, 0, {}), (QList<int>(7, -1)));
}

void TestTranscript::normalizedName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("normalized");
    QTest::newRow("capitals") << u"DANIEL BRINKWERTH"_s << u"daniel brinkwerth"_s;
    QTest::newRow("spaces") << u"  Daniel \t  Brinkwerth "_s << u"daniel brinkwerth"_s;
    QTest::newRow("accents") << u"Dr. José ÁLVAREZ"_s << u"jose alvarez"_s;
    QTest::newRow("honorifics") << u"Prof. Dr. Mrs Ana Ruiz"_s << u"ana ruiz"_s;
    QTest::newRow("honorific alone") << u"Mr."_s << u"mr"_s;
    QTest::newRow("hyphen") << u"Eva Schulz-Kamm "_s << u"eva schulz kamm"_s;
    QTest::newRow("apostrophe") << u"Aoife O’Brien"_s << u"aoife obrien"_s;
    QTest::newRow("german") << u"Jürgen Groß"_s << u"jurgen gross"_s;
    QTest::newRow("arabic") << u"محمد علي"_s << u"محمد علي"_s;
    QTest::newRow("empty") << u" . "_s << QString();
}

void TestTranscript::normalizedName()
{
    QFETCH(QString, name);
    QFETCH(QString, normalized);
    QCOMPARE(core::TranscriptAlignment::normalizedName(name), normalized);
}

void TestTranscript::matchSpeaker_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<int>("participant");
    QTest::newRow("upper case") << u"DANIEL BRINKWERTH"_s << 1;
    QTest::newRow("as written") << u"Daniel Brinkwerth"_s << 1;
    QTest::newRow("family name alone") << u"Brinkwerth"_s << 1;
    QTest::newRow("honorific and spaces") << u"Mr.  Daniel   Brinkwerth"_s << 1;
    QTest::newRow("honorific and family name") << u"Ms Schulz-Kamm"_s << 2;
    QTest::newRow("words not in a row") << u"Daniel Brinkwerth Schulz"_s << 0;
    QTest::newRow("accents ignored") << u"JOSE ALVAREZ"_s << 3;
    QTest::newRow("accents in the label") << u"Dr José Álvarez"_s << 3;
    QTest::newRow("shared family name") << u"Iwaniuk"_s << 0;
    QTest::newRow("shared family name in full") << u"Paula Iwaniuk"_s << 4;
    QTest::newRow("first name") << u"Eva"_s << 2;
    QTest::newRow("hyphenated in full") << u"EVA SCHULZ-KAMM"_s << 2;
    QTest::newRow("unknown") << u"Sergio Lomban"_s << 0;
    QTest::newRow("part of a word") << u"Brink"_s << 0;
    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("two people of one name") << u"Li Wei"_s << 0;
}

void TestTranscript::matchSpeaker()
{
    QFETCH(QString, label);
    QFETCH(int, participant);
    const QList<core::Participant> people{person(1, u"Daniel Brinkwerth"_s),
                                          person(2, u"Eva Schulz-Kamm "_s),
                                          person(3, u"José Álvarez"_s),
                                          person(4, u"Paula Iwaniuk"_s),
                                          person(5, u"Piotr Iwaniuk"_s),
                                          person(6, u"Li Wei"_s),
                                          person(7, u"LI  WEI"_s)};
    QCOMPARE(core::TranscriptAlignment::matchSpeaker(label, people), participant);
}

void TestTranscript::session_keepsTimesAndAlignsTurns()
{
    const QString path = m_dir.filePath(u"aligned.moderato"_s);
    tests::FakeClock clock;
    QList<int> items;
    {
        auto created = core::Session::create(path, core::ProposalImporter::demoWorkshop().value(), clock);
        MODERATO_VERIFY_OK(created);
        core::Session &session = *created.value();
        clock.advance(3min); // before the start: no item
        MODERATO_VERIFY_OK(session.start());
        items.append(session.state().currentItemId());
        clock.advance(10min);
        MODERATO_VERIFY_OK(session.next());
        items.append(session.state().currentItemId());
        clock.advance(10min);
        MODERATO_VERIFY_OK(session.pause()); // a pause counts with the item current during it
        clock.advance(5min);
        MODERATO_VERIFY_OK(session.resume());
        MODERATO_VERIFY_OK(session.next());
        items.append(session.state().currentItemId());
        clock.advance(5min);
        MODERATO_VERIFY_OK(session.end());
        QCOMPARE(QSet<int>(items.cbegin(), items.cend()).size(), 3);
        // The recording began five minutes after the clock: the file's 20:00 is 25:00 into the session,
        // the moment the third item began.
        MODERATO_VERIFY_OK(session.importTranscript(fixture(u"ws195-captions.srt"_s), 5 * 60'000));
        QCOMPARE(session.store().eventVocabulary(), 4); // the turns' times came with vocabulary 4
        const core::Event &imported = session.events().constLast();
        QCOMPARE(imported.type, core::EventType::TranscriptImported);
        QCOMPARE(imported.data.value(u"zero_at_ms"_s).toDouble(), double(session.state().startedAtMs() + 5 * 60'000));
        QCOMPARE(imported.data.value(u"starts_ms"_s).toArray().size(), 5);
    }
    auto reopened = core::Session::open(path, clock, core::SessionStore::Mode::ReadOnly);
    MODERATO_VERIFY_OK(reopened);
    const core::Session &session = *reopened.value();
    QCOMPARE(startsOf(session.state().report().transcript()),
             (QList<qint64>{5'000, 70'000, 750'000, 1'200'000, 1'203'000}));
    const QList<core::ItemSpan> spans = core::SessionTranscript::itemSpans(session.events(), session.now());
    QCOMPARE(spans.size(), 3);
    QCOMPARE(spans.at(0).startMs, session.state().startedAtMs());
    QCOMPARE(spans.at(2).endMs, session.state().endedAtMs());
    const QList<core::AlignedTurn> turns = core::SessionTranscript::align(session);
    QCOMPARE(turns.size(), 5);
    QCOMPARE(turns.at(0).item, items.at(0)); // 05:05 into the session
    QCOMPARE(turns.at(1).item, items.at(0)); // 06:10
    QCOMPARE(turns.at(2).item, items.at(1)); // 17:30
    QCOMPARE(turns.at(3).item, items.at(2)); // 25:00, the first moment of the third item
    QCOMPARE(turns.at(4).item, items.at(2));
    QCOMPARE(turns.at(0).atMs, session.state().startedAtMs() + 5 * 60'000 + 5'000);
    // Speakers matched to the demo's participants, by their names as the session has them.
    const core::FloorState &floor = session.state().floor();
    QVERIFY(floor.participantByName(u"Daniel Brinkwerth"_s));
    QCOMPARE(turns.at(0).participant, floor.participantByName(u"Daniel Brinkwerth"_s)->id);
    QCOMPARE(turns.at(0).speaker, u"Daniel Brinkwerth"_s);
    QCOMPARE(turns.at(1).participant, floor.participantByName(u"Eva Schulz-Kamm"_s)->id);
    QCOMPARE(turns.at(2).participant, floor.participantByName(u"Paula Iwaniuk"_s)->id);
    QCOMPARE(turns.at(3).participant, 0);
    QCOMPARE(turns.at(3).speaker, QString());
    QCOMPARE(turns.at(4).participant, turns.at(0).participant); // "BRINKWERTH" alone
}

void TestTranscript::session_offsetBeforeStart_isRefused()
{
    tests::FakeClock clock;
    auto created = core::Session::create(
        m_dir.filePath(u"early.moderato"_s), core::ProposalImporter::demoWorkshop().value(), clock);
    MODERATO_VERIFY_OK(created);
    core::Session &session = *created.value();
    const auto refused = session.importTranscript(fixture(u"ws195-captions.vtt"_s), 60'000);
    QVERIFY(!refused.has_value());
    QCOMPARE(refused.error().code, core::ErrorCode::InvalidState);
    QVERIFY(session.state().report().transcript().isEmpty());
    // Without an offset it is read, with its times; its 00:00 is then the clock's first start.
    MODERATO_VERIFY_OK(session.importTranscript(fixture(u"ws195-captions.vtt"_s)));
    QVERIFY(!session.state().report().transcriptZeroAtMs());
    clock.advance(1min);
    MODERATO_VERIFY_OK(session.start());
    clock.advance(2min);
    const QList<core::AlignedTurn> turns = core::SessionTranscript::align(session);
    QCOMPARE(turns.size(), 3);
    QCOMPARE(turns.at(0).atMs, session.state().startedAtMs() + 5'000);
    QCOMPARE(turns.at(0).item, session.state().currentItemId());
    QCOMPARE(turns.at(2).item, session.state().currentItemId()); // 01:16, the open item runs until now
    QVERIFY(session.state().floor().participantByName(u"Sergio Lomban"_s));
    QCOMPARE(turns.at(1).participant, session.state().floor().participantByName(u"Sergio Lomban"_s)->id);
    // A plain transcript has no times: no zero, no items.
    MODERATO_VERIFY_OK(session.importTranscript(write(u"plain.txt"_s, "Daniel Brinkwerth: Hello.\n"), 0));
    QCOMPARE(session.events().constLast().data.contains(u"starts_ms"_s), false);
    QCOMPARE(session.events().constLast().data.contains(u"zero_at_ms"_s), false);
    QCOMPARE(core::SessionTranscript::align(session).constFirst().item, -1);
}

QTEST_GUILESS_MAIN(TestTranscript)
#include "tst_transcript.moc"
