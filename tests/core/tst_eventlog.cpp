// SPDX-License-Identifier: MIT
#include "core/io/eventlog.h"
#include "core/io/proposalimporter.h"
#include "core/session/session.h"
#include "core/session/sessionstats.h"
#include "tests/support/fakeclock.h"
#include "tests/support/helpers.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class TestEventLog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void roundTrip_rebuildsAnIdenticalSession();
    void brokenLine_isRefusedWithItsNumber_data();
    void brokenLine_isRefusedWithItsNumber();
    void readFile_readsTheLog();
    void readFile_tooLarge_isRefusedBeforeReading();
    void longLine_isRefusedWithItsNumber();
    void tooManyEvents_areRefused();
    void fuzzCorpus_isReadWithoutUndefinedBehaviour();

private:
    /// A log of a defined session followed by `participations` report.participation events.
    static QByteArray logOf(int participations);

    QTemporaryDir m_dir;
};

void TestEventLog::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

void TestEventLog::roundTrip_rebuildsAnIdenticalSession()
{
    tests::FakeClock clock;
    auto created = core::Session::create(
        m_dir.filePath(u"original.moderato"_s), core::ProposalImporter::demoWorkshop().value(), clock);
    MODERATO_VERIFY_OK(created);
    core::Session &session = *created.value();
    MODERATO_VERIFY_OK(session.start());
    auto amina = session.findOrAddParticipant(u"Amina \"the\" <Diallo>"_s, core::Channel::Online, u"Civil Society"_s);
    MODERATO_VERIFY_OK(amina);
    MODERATO_VERIFY_OK(session.requestToSpeak(amina.value()));
    clock.advance(3min);
    MODERATO_VERIFY_OK(session.giveFloorFromQueue());
    clock.advance(2min);
    MODERATO_VERIFY_OK(session.openChair());
    MODERATO_VERIFY_OK(session.takeChair(amina.value()));
    clock.advance(1min);
    MODERATO_VERIFY_OK(session.next());
    MODERATO_VERIFY_OK(session.end());

    const QByteArray lines = core::EventLog::toJsonLines(session.events());
    QCOMPARE(lines.count('\n'), session.events().size());
    auto events = core::EventLog::fromJsonLines(lines);
    MODERATO_VERIFY_OK(events);
    const QString copy = m_dir.filePath(u"copy.moderato"_s);
    MODERATO_VERIFY_OK(core::EventLog::writeSession(copy, events.value()));
    auto reopened = core::Session::open(copy, clock, core::SessionStore::Mode::ReadOnly);
    MODERATO_VERIFY_OK(reopened);
    QCOMPARE(core::EventLog::toJsonLines(reopened.value()->events()), lines);
    QCOMPARE(core::SessionStats::toJson(reopened.value()->state(), reopened.value()->now()),
             core::SessionStats::toJson(session.state(), session.now()));
    QCOMPARE(core::EventLog::writeSession(copy, events.value()).error().code, core::ErrorCode::FileExists);
}

void TestEventLog::brokenLine_isRefusedWithItsNumber_data()
{
    QTest::addColumn<QByteArray>("tail");
    QTest::addColumn<int>("line");
    // Line 1 is a valid definition; each row appends lines after it.
    QTest::newRow("not json") << QByteArray("{\"seq\": 2,\n") << 2;
    QTest::newRow("not an object") << QByteArray("[1, 2]\n") << 2;
    QTest::newRow("missing type") << QByteArray("{\"seq\":2,\"session_ms\":1,\"wall_ms\":1,\"data\":{}}\n") << 2;
    QTest::newRow("fractional time") << QByteArray(
        "{\"seq\":2,\"session_ms\":1.5,\"wall_ms\":1,\"type\":\"clock.started\",\"data\":{}}\n")
                                     << 2;
    QTest::newRow("gap in numbering") << QByteArray(
        "{\"seq\":3,\"session_ms\":1,\"wall_ms\":1,\"type\":\"clock.started\",\"data\":{}}\n")
                                      << 2;
    QTest::newRow("impossible event") << QByteArray(
        "\n{\"seq\":2,\"session_ms\":1,\"wall_ms\":1,\"type\":\"clock.paused\",\"data\":{}}\n")
                                      << 3;
    QTest::newRow("unknown event") << QByteArray(
        "{\"seq\":2,\"session_ms\":1,\"wall_ms\":1,\"type\":\"rm -rf\",\"data\":{}}\n")
                                   << 2;
}

void TestEventLog::brokenLine_isRefusedWithItsNumber()
{
    QFETCH(QByteArray, tail);
    QFETCH(int, line);
    core::Event defined;
    defined.seq = 1;
    defined.type = core::EventType::SessionDefined;
    defined.data = {{u"definition"_s, core::ProposalImporter::demoWorkshop().value().toJson()}};
    const QByteArray text = core::EventLog::toJsonLines({defined}) + tail;
    const auto events = core::EventLog::fromJsonLines(text);
    QVERIFY(!events.has_value());
    QVERIFY2(events.error().detail.startsWith(u"line %1:"_s.arg(line)), qPrintable(events.error().detail));
    QVERIFY(!core::EventLog::fromJsonLines(QByteArray()).has_value());
}

QByteArray TestEventLog::logOf(int participations)
{
    core::Event defined;
    defined.seq = 1;
    defined.type = core::EventType::SessionDefined;
    defined.data = {{u"definition"_s, core::ProposalImporter::demoWorkshop().value().toJson()}};
    QByteArray text = core::EventLog::toJsonLines({defined});
    for (int i = 0; i < participations; ++i) {
        text += "{\"seq\":" + QByteArray::number(i + 2)
                + ",\"session_ms\":0,\"wall_ms\":0,\"type\":\"report.participation\","
                  "\"data\":{\"onsite\":1,\"online\":0,\"women\":0}}\n";
    }
    return text;
}

void TestEventLog::readFile_readsTheLog()
{
    const QString path = m_dir.filePath(u"log.jsonl"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(logOf(3)) > 0);
    }
    const auto events = core::EventLog::readFile(path);
    MODERATO_VERIFY_OK(events);
    QCOMPARE(events.value().size(), 4);
    QCOMPARE(events.value().constLast().type, core::EventType::ReportParticipation);
    QCOMPARE(core::EventLog::readFile(m_dir.filePath(u"nowhere.jsonl"_s)).error().code, core::ErrorCode::FileNotFound);
}

void TestEventLog::readFile_tooLarge_isRefusedBeforeReading()
{
    // A sparse file one byte over the limit: reading it would fail on line 1 as not JSON instead.
    const QString path = m_dir.filePath(u"huge.jsonl"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(core::EventLog::MaxFileBytes + 1));
    }
    const auto events = core::EventLog::readFile(path);
    QVERIFY(!events.has_value());
    QCOMPARE(events.error().code, core::ErrorCode::InvalidArgument);
    QVERIFY2(events.error().detail.contains(u"huge.jsonl"_s), qPrintable(events.error().detail));
    QVERIFY2(events.error().detail.contains(QLocale().formattedDataSize(core::EventLog::MaxFileBytes)),
             qPrintable(events.error().detail));
    QFile::remove(path);
}

void TestEventLog::longLine_isRefusedWithItsNumber()
{
    // Line 2 is one byte too long; it is refused for its length before any JSON parsing.
    const QByteArray text = logOf(0) + QByteArray(core::EventLog::MaxLineBytes + 1, ' ') + '\n';
    const auto events = core::EventLog::fromJsonLines(text);
    QVERIFY(!events.has_value());
    QCOMPARE(events.error().code, core::ErrorCode::Parse);
    QVERIFY2(events.error().detail.startsWith(u"line 2:"_s), qPrintable(events.error().detail));
    QVERIFY2(events.error().detail.contains(QLocale().formattedDataSize(core::EventLog::MaxLineBytes)),
             qPrintable(events.error().detail));
}

void TestEventLog::tooManyEvents_areRefused()
{
    const int limit = int(core::EventLog::MaxEvents);
    const QByteArray full = logOf(limit - 1);
    const auto atTheLimit = core::EventLog::fromJsonLines(full);
    MODERATO_VERIFY_OK(atTheLimit);
    QCOMPARE(atTheLimit.value().size(), core::EventLog::MaxEvents);
    const auto over = core::EventLog::fromJsonLines(logOf(limit));
    QVERIFY(!over.has_value());
    QCOMPARE(over.error().code, core::ErrorCode::Parse);
    QVERIFY2(over.error().detail.startsWith(u"line %1:"_s.arg(limit + 1)), qPrintable(over.error().detail));
    QVERIFY2(over.error().detail.contains(QLocale().toString(core::EventLog::MaxEvents)),
             qPrintable(over.error().detail));
}

void TestEventLog::fuzzCorpus_isReadWithoutUndefinedBehaviour()
{
    // The fuzzer's corpus holds the logs it found that broke the fold (numbers such as 1e300 converted to
    // integers). Under the sanitizers (the asan preset) reading any of them must stay defined; everywhere it
    // must give a session or a clear error.
    const QDir corpus(QStringLiteral(MODERATO_EVENTLOG_CORPUS));
    const QStringList files = corpus.entryList(QDir::Files);
    QVERIFY(files.size() >= 10);
    for (const QString &name : files) {
        QFile file(corpus.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto events = core::EventLog::fromJsonLines(file.readAll());
        QVERIFY2(events || !events.error().detail.isEmpty(), qPrintable(name));
    }
}

QTEST_GUILESS_MAIN(TestEventLog)
#include "tst_eventlog.moc"
