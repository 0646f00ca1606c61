// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/event.h"
#include "core/base/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace core {

/**
 * Where a session's log lives: an append-only list of events, the media they announce, and the notes'
 * search index derived from them. Session works on this interface only. SessionStore keeps it in the
 * SQLite session file; MemoryStore keeps it in memory (tests, and copies of a session that live only
 * as long as the window showing them).
 *
 * The contract, checked for every implementation by tst_eventstore: sequence numbers start at 1 and
 * have no gap; append() returns only once the event is stored; appendAll() and appendWithMedia() store
 * all or nothing; readAll() returns the events as appended; searchNotes() matches every word of the
 * query as a word prefix, case-insensitively, and never interprets the query as syntax.
 */
class EventStore
{
public:
    /// The most one media file may weigh, and all of a session's media together.
    static constexpr qint64 MaxMediaBytes = 100LL * 1024 * 1024;
    static constexpr qint64 MaxSessionMediaBytes = 500LL * 1024 * 1024;

    EventStore() = default;
    virtual ~EventStore() = default;
    EventStore(const EventStore &) = delete;
    EventStore &operator=(const EventStore &) = delete;

    /// The file the log is kept in; empty for a store without one.
    [[nodiscard]] virtual QString path() const = 0;

    /// What opening found and repaired without loss, for the user.
    [[nodiscard]] virtual QStringList warnings() const { return {}; }

    [[nodiscard]] virtual bool isWritable() const = 0;

    /// Switches a store that has been read and checked to writing (a file: WAL mode, migrations).
    [[nodiscard]] virtual Result<void> beginWriting() { return {}; }

    /// Stores one event; returns its sequence number.
    [[nodiscard]] virtual Result<qint64> append(const Event &event) = 0;
    /// Stores one event and sets values beside the log (setValue) together: all or none. A shared session's
    /// host keeps which of a device's commands ran this way, so a command resent after a crash runs once.
    [[nodiscard]] virtual Result<qint64> appendKeeping(const Event &event,
                                                       const QList<std::pair<QString, QString>> &values) = 0;
    /// Stores many events at once (a log being imported): all or none.
    [[nodiscard]] virtual Result<void> appendAll(const QList<Event> &events) = 0;
    /// The whole log, in order.
    [[nodiscard]] virtual Result<QList<Event>> readAll() const = 0;

    /// Stores a media file's bytes and the event announcing it together.
    [[nodiscard]] virtual Result<qint64> appendWithMedia(const Event &event, int mediaId, const QByteArray &bytes) = 0;
    [[nodiscard]] virtual Result<QByteArray> readMedia(int mediaId) const = 0;
    /// The bytes of all media stored, for the session limit.
    [[nodiscard]] virtual Result<qint64> mediaBytes() const = 0;

    /// The notes' search index, kept in step with the log by Session.
    [[nodiscard]] virtual Result<void> indexNote(int noteId, const QString &text) = 0;
    [[nodiscard]] virtual Result<void> unindexNote(int noteId) = 0;
    [[nodiscard]] virtual Result<void> clearNoteIndex() = 0;
    /// Replaces the whole index (id, text).
    [[nodiscard]] virtual Result<void> rebuildNoteIndex(const QList<std::pair<int, QString>> &notes) = 0;
    /// Note ids whose text matches every word of query (as word prefixes), best match first.
    [[nodiscard]] virtual Result<QList<int>> searchNotes(const QString &query) const = 0;

    /// Writes the whole session to a session file at target (replacing an existing one atomically).
    [[nodiscard]] virtual Result<void> saveCopyAs(const QString &target) const = 0;

    /// The newest event vocabulary among the stored events as the store records it (0: the first one).
    [[nodiscard]] virtual int eventVocabulary() const = 0;

    /// A value the session keeps beside its log, outside the events (e.g. the join codes of a shared
    /// session); empty when not set. Keys are short ASCII names.
    [[nodiscard]] virtual Result<QString> value(const QString &key) const = 0;
    [[nodiscard]] virtual Result<void> setValue(const QString &key, const QString &value) = 0;

    /// The words of a search query: runs of letters and digits, as the note index splits text.
    [[nodiscard]] static QStringList searchWords(const QString &query);
};

} // namespace core
