// SPDX-License-Identifier: MIT
// The EventStore contract, checked on every implementation: the session file and the memory store.
#include "core/base/eventcatalogue.h"
#include "core/io/proposalimporter.h"
#include "core/session/session.h"
#include "core/store/memorystore.h"
#include "core/store/sessionstore.h"
#include "tests/support/fakeclock.h"
#include "tests/support/helpers.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

core::Event makeEvent(core::EventType type, qint64 ms, QJsonObject data = {})
{
    core::Event e;
    e.type = type;
    e.sessionMs = ms;
    e.wallMs = 1'700'000'000'000 + ms;
    e.data = std::move(data);
    return e;
}

} // namespace

class TestEventStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void appendAndReadAll_data();
    void appendAndReadAll();
    void media_data();
    void media();
    void noteSearch_data();
    void noteSearch();
    void vocabulary_data();
    void vocabulary();
    void values_data();
    void values();
    void memoryStore_refusesWhenReadOnly();
    void memoryStore_refusesGapsInGivenEvents();
    void sessionInMemory_savesAsAFileThatReopensAlike();
    void sessionInMemory_searchesNotesReadOnly();

private:
    void addKinds();
    [[nodiscard]] std::unique_ptr<core::EventStore> makeStore(const QString &name);

    QTemporaryDir m_dir;
};

void TestEventStore::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    QVERIFY(m_dir.isValid());
}

void TestEventStore::addKinds()
{
    QTest::addColumn<bool>("file");
    QTest::newRow("session file") << true;
    QTest::newRow("memory") << false;
}

std::unique_ptr<core::EventStore> TestEventStore::makeStore(const QString &name)
{
    QFETCH(bool, file);
    if (!file) {
        return std::make_unique<core::MemoryStore>();
    }
    auto store = core::SessionStore::create(tests::freshPath(m_dir.path(), name + u".moderato"_s));
    if (!store) {
        qWarning("%s", qPrintable(tests::describe(store.error())));
        return {};
    }
    return std::move(store).value();
}

void TestEventStore::appendAndReadAll_data()
{
    addKinds();
}

void TestEventStore::appendAndReadAll()
{
    auto store = makeStore(u"events"_s);
    QVERIFY(store);
    QVERIFY(store->isWritable());
    MODERATO_VERIFY_OK(store->beginWriting());
    auto empty = store->readAll();
    MODERATO_VERIFY_OK(empty);
    QVERIFY(empty.value().isEmpty());

    auto first = store->append(makeEvent(core::EventType::ClockStarted, 0));
    MODERATO_VERIFY_OK(first);
    QCOMPARE(first.value(), 1);
    const QJsonObject text{{u"note"_s, u"plain <b>text</b> & \"quotes\" ✓ \u202e"_s}, {u"n"_s, 3}};
    MODERATO_VERIFY_OK(store->appendAll(
        {makeEvent(core::EventType::ClockPaused, 1500, text), makeEvent(core::EventType::ClockResumed, 2500)}));
    auto second = store->append(makeEvent(core::EventType::AgendaEntered, 4000));
    MODERATO_VERIFY_OK(second);
    QCOMPARE(second.value(), 4);

    auto events = store->readAll();
    MODERATO_VERIFY_OK(events);
    QCOMPARE(events.value().size(), 4);
    const QList<core::EventType> types{core::EventType::ClockStarted,
                                       core::EventType::ClockPaused,
                                       core::EventType::ClockResumed,
                                       core::EventType::AgendaEntered};
    for (int i = 0; i < events.value().size(); ++i) {
        const core::Event &event = events.value().at(i);
        QCOMPARE(event.seq, i + 1);
        QCOMPARE(event.type, types.at(i));
    }
    QCOMPARE(events.value().at(1).data, text);
    QCOMPARE(events.value().at(1).sessionMs, 1500);
    QCOMPARE(events.value().at(1).wallMs, 1'700'000'001'500);
}

void TestEventStore::media_data()
{
    addKinds();
}

void TestEventStore::media()
{
    auto store = makeStore(u"media"_s);
    QVERIFY(store);
    QCOMPARE(store->mediaBytes().value(), 0);
    const QByteArray bytes = QByteArray(1000, 'x') + QByteArray("\0\xff", 2);
    auto seq = store->appendWithMedia(makeEvent(core::EventType::MediaAdded, 10, {{u"id"_s, 7}}), 7, bytes);
    MODERATO_VERIFY_OK(seq);
    QCOMPARE(seq.value(), 1);
    QCOMPARE(store->readMedia(7).value(), bytes);
    QCOMPARE(store->mediaBytes().value(), bytes.size());
    QCOMPARE(store->readMedia(8).error().code, core::ErrorCode::FileNotFound);
    // The same media id twice fails as a whole: neither the bytes nor the event are kept.
    QVERIFY(!store->appendWithMedia(makeEvent(core::EventType::MediaAdded, 20, {{u"id"_s, 7}}), 7, "other"));
    QCOMPARE(store->readAll().value().size(), 1);
    QCOMPARE(store->readMedia(7).value(), bytes);
}

void TestEventStore::noteSearch_data()
{
    addKinds();
}

void TestEventStore::noteSearch()
{
    auto store = makeStore(u"search"_s);
    QVERIFY(store);
    MODERATO_VERIFY_OK(store->rebuildNoteIndex({{1, u"Capacity building in the Global South"_s},
                                                {2, u"Régulation des données, capacité"_s},
                                                {3, u"Trust and capacity; trust again"_s}}));
    MODERATO_VERIFY_OK(store->indexNote(4, u"Budapest Convention (cybercrime)"_s));

    auto sorted = [&](const QString &query) {
        auto ids = store->searchNotes(query);
        if (!ids) {
            return QList<int>{-1};
        }
        QList<int> list = ids.value();
        std::sort(list.begin(), list.end());
        return list;
    };
    QCOMPARE(sorted(u"capac"_s), (QList<int>{1, 2, 3}));    // a prefix, any case, accents ignored
    QCOMPARE(sorted(u"CAPACITE"_s), (QList<int>{2}));       // accents ignored in the query too
    QCOMPARE(sorted(u"trust capacity"_s), (QList<int>{3})); // every word must match
    QCOMPARE(sorted(u"cyber"_s), (QList<int>{4}));
    QCOMPARE(sorted(u"ilding"_s), QList<int>{}); // prefixes, not infixes
    QCOMPARE(sorted(u"  ,;  "_s), QList<int>{});
    // Query syntax is never interpreted.
    QCOMPARE(sorted(u"\"trust\" OR NOT* (capacity"_s), QList<int>{});
    QCOMPARE(sorted(u"trust* XOR"_s), QList<int>{});
    QCOMPARE(sorted(u"trust*"_s), (QList<int>{3}));

    MODERATO_VERIFY_OK(store->indexNote(4, u"now about trust"_s)); // re-indexing replaces
    QCOMPARE(sorted(u"budapest"_s), QList<int>{});
    QCOMPARE(sorted(u"trust"_s), (QList<int>{3, 4}));
    MODERATO_VERIFY_OK(store->unindexNote(3));
    QCOMPARE(sorted(u"trust"_s), (QList<int>{4}));
    MODERATO_VERIFY_OK(store->clearNoteIndex());
    QCOMPARE(sorted(u"trust"_s), QList<int>{});
}

void TestEventStore::vocabulary_data()
{
    addKinds();
}

void TestEventStore::vocabulary()
{
    auto store = makeStore(u"vocabulary"_s);
    QVERIFY(store);
    MODERATO_VERIFY_OK(store->append(makeEvent(core::EventType::ClockStarted, 0)));
    QCOMPARE(store->eventVocabulary(), 0); // the first vocabulary is not recorded
    MODERATO_VERIFY_OK(store->append(makeEvent(core::EventType::RebalanceDeclined, 10, {{u"overrun_ms"_s, 120'000}})));
    QCOMPARE(store->eventVocabulary(), 2);
    MODERATO_VERIFY_OK(store->append(makeEvent(core::EventType::PhoneJoining, 20, {{u"open"_s, true}})));
    QCOMPARE(store->eventVocabulary(), 3);
    // An event of the first vocabulary with a field of a later one: the field's vocabulary counts.
    const QJsonObject turns{
        {u"turns"_s, QJsonArray{QJsonObject{{u"line"_s, 1}, {u"speaker"_s, u"A"_s}, {u"text"_s, u"Hello."_s}}}}};
    MODERATO_VERIFY_OK(store->append(makeEvent(core::EventType::TranscriptImported, 30, turns)));
    QCOMPARE(store->eventVocabulary(), 3);
    QJsonObject timed = turns;
    timed.insert(u"starts_ms"_s, QJsonArray{5'000});
    MODERATO_VERIFY_OK(store->append(makeEvent(core::EventType::TranscriptImported, 40, timed)));
    QCOMPARE(store->eventVocabulary(), 4);
    MODERATO_VERIFY_OK(
        store->append(makeEvent(core::EventType::TakeawayEdited, 50, {{u"id"_s, 1}, {u"text"_s, u"B"_s}})));
    QCOMPARE(store->eventVocabulary(), 5);
    MODERATO_VERIFY_OK(
        store->append(makeEvent(core::EventType::GlossaryEdited,
                                60,
                                {{u"terms"_s, QJsonArray{QJsonObject{{u"id"_s, 1}, {u"term"_s, u"x"_s}}}}})));
    QCOMPARE(store->eventVocabulary(), 6);
    QCOMPARE(store->eventVocabulary(), core::EventCatalogue::Vocabulary);
}

void TestEventStore::values_data()
{
    addKinds();
}

void TestEventStore::values()
{
    auto store = makeStore(u"values"_s);
    QVERIFY(store);
    QCOMPARE(store->value(u"share_codes"_s).value(), QString());
    MODERATO_VERIFY_OK(store->setValue(u"share_codes"_s, u"{\"observer\": \"ABC\"}"_s));
    MODERATO_VERIFY_OK(store->setValue(u"other"_s, u"1"_s));
    MODERATO_VERIFY_OK(store->setValue(u"share_codes"_s, u"{}"_s)); // replaced
    QCOMPARE(store->value(u"share_codes"_s).value(), u"{}"_s);
    QCOMPARE(store->value(u"other"_s).value(), u"1"_s);
    QVERIFY(store->readAll().value().isEmpty()); // values are not events

    // An event and values together (a shared session's command ids): both are there afterwards.
    MODERATO_VERIFY_OK(store->beginWriting());
    auto seq = store->appendKeeping(makeEvent(core::EventType::ClockStarted, 0),
                                    {{u"share_done/d1"_s, u"[\"d1-1\"]"_s}, {u"other"_s, u"2"_s}});
    MODERATO_VERIFY_OK(seq);
    QCOMPARE(seq.value(), 1);
    QCOMPARE(store->readAll().value().size(), 1);
    QCOMPARE(store->value(u"share_done/d1"_s).value(), u"[\"d1-1\"]"_s);
    QCOMPARE(store->value(u"other"_s).value(), u"2"_s);
}

void TestEventStore::memoryStore_refusesWhenReadOnly()
{
    core::MemoryStore store(false);
    QVERIFY(!store.isWritable());
    QCOMPARE(store.append(makeEvent(core::EventType::ClockStarted, 0)).error().code, core::ErrorCode::InvalidState);
    QVERIFY(!store.appendAll({makeEvent(core::EventType::ClockStarted, 0)}));
    QVERIFY(!store.appendWithMedia(makeEvent(core::EventType::MediaAdded, 0, {{u"id"_s, 1}}), 1, "x"));
    QVERIFY(store.readAll().value().isEmpty());
    QCOMPARE(store.mediaBytes().value(), 0);
    QVERIFY(!store.setValue(u"key"_s, u"value"_s));
    QVERIFY(!store.appendKeeping(makeEvent(core::EventType::ClockStarted, 0), {{u"key"_s, u"value"_s}}));
    QCOMPARE(store.value(u"key"_s).value(), QString());
}

void TestEventStore::memoryStore_refusesGapsInGivenEvents()
{
    core::Event first = makeEvent(core::EventType::ClockStarted, 0);
    first.seq = 1;
    core::Event third = makeEvent(core::EventType::ClockPaused, 10);
    third.seq = 3;
    auto store = core::MemoryStore::withEvents({first, third});
    QVERIFY(!store);
    QCOMPARE(store.error().code, core::ErrorCode::Corrupt);
    third.seq = 2;
    auto whole = core::MemoryStore::withEvents({first, third}, false);
    MODERATO_VERIFY_OK(whole);
    QCOMPARE(whole.value()->readAll().value().size(), 2);
    QVERIFY(!whole.value()->isWritable());
}

void TestEventStore::sessionInMemory_savesAsAFileThatReopensAlike()
{
    tests::FakeClock clock;
    auto created = core::Session::create(
        std::make_unique<core::MemoryStore>(), core::ProposalImporter::demoWorkshop().value(), clock);
    MODERATO_VERIFY_OK(created);
    core::Session &session = *created.value();
    QVERIFY(session.filePath().isEmpty());
    MODERATO_VERIFY_OK(session.execute(core::commands::StartClock{}));
    clock.advance(std::chrono::milliseconds(65'000));
    MODERATO_VERIFY_OK(session.execute(core::commands::AddNote{u"Trust needs capacity"_s, {}}));
    const QString image = m_dir.filePath(u"slide.png"_s);
    {
        QFile file(image);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray::fromBase64(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="));
    }
    auto media = session.addMedia(image);
    MODERATO_VERIFY_OK(media);
    clock.advance(std::chrono::milliseconds(5'000));
    MODERATO_VERIFY_OK(session.execute(core::commands::NextItem{}));
    QCOMPARE(session.searchNotes(u"capac"_s).value().size(), 1);

    // A second session cannot be created in a store that holds one.
    auto events = session.store().readAll().value();
    auto again = core::Session::create(
        core::MemoryStore::withEvents(events).value(), core::ProposalImporter::demoWorkshop().value(), clock);
    QVERIFY(!again);
    QCOMPARE(again.error().code, core::ErrorCode::InvalidState);

    const QString path = m_dir.filePath(u"from-memory.moderato"_s);
    MODERATO_VERIFY_OK(session.saveCopyAs(path));
    auto reopened = core::Session::open(path, clock, core::SessionStore::Mode::ReadOnly);
    MODERATO_VERIFY_OK(reopened);
    const QList<core::Event> &copied = reopened.value()->events();
    QCOMPARE(copied.size(), session.events().size());
    for (int i = 0; i < copied.size(); ++i) {
        QCOMPARE(copied.at(i).type, session.events().at(i).type);
        QCOMPARE(copied.at(i).data, session.events().at(i).data);
        QCOMPARE(copied.at(i).sessionMs, session.events().at(i).sessionMs);
    }
    QCOMPARE(reopened.value()->mediaData(media.value()).value(), session.mediaData(media.value()).value());
    QCOMPARE(reopened.value()->state().currentItemId(), session.state().currentItemId());
    QCOMPARE(reopened.value()->searchNotes(u"trust"_s).value(), session.searchNotes(u"trust"_s).value());

    // The copy is refused where a directory stands, and the store is left as it was.
    QVERIFY(!session.saveCopyAs(m_dir.path()));
    QCOMPARE(session.store().readAll().value().size(), copied.size());
}

void TestEventStore::sessionInMemory_searchesNotesReadOnly()
{
    tests::FakeClock clock;
    QList<core::Event> events;
    {
        auto session = core::Session::create(
            std::make_unique<core::MemoryStore>(), core::ProposalImporter::demoWorkshop().value(), clock);
        MODERATO_VERIFY_OK(session);
        MODERATO_VERIFY_OK(session.value()->execute(core::commands::AddNote{u"Multistakeholder trust"_s, {}}));
        events = session.value()->store().readAll().value();
    }
    auto readOnly = core::Session::open(core::MemoryStore::withEvents(events, false).value(), clock, false);
    MODERATO_VERIFY_OK(readOnly);
    QVERIFY(!readOnly.value()->isWritable());
    QCOMPARE(readOnly.value()->searchNotes(u"multi"_s).value().size(), 1);
    QVERIFY(!readOnly.value()->execute(core::commands::StartClock{}));
    QCOMPARE(readOnly.value()->events().size(), events.size());
}

QTEST_GUILESS_MAIN(TestEventStore)
#include "tst_eventstore.moc"
