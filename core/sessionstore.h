// SPDX-License-Identifier: MIT
#pragma once

#include "core/event.h"
#include "core/result.h"

#include <QList>
#include <QString>

namespace core {

/**
 * The SQLite session file (`.moderato`): an append-only table of events.
 *
 * One named QSqlDatabase connection per store, removed in the destructor. The schema version is
 * in `PRAGMA user_version` and migrated forward on open (one transaction, rolled back on failure).
 * A file with a newer version, or one that is not a Moderato file, is refused before anything is
 * written to it. WAL mode with synchronous=FULL: append() returns only once the event is on disk.
 * Not thread-safe: use a store from the thread that opened it.
 */
class SessionStore final
{
public:
    static constexpr int SchemaVersion = 4;
    /// The most one media file may weigh, and all of a session's media together.
    static constexpr qint64 MaxMediaBytes = 100LL * 1024 * 1024;
    static constexpr qint64 MaxSessionMediaBytes = 500LL * 1024 * 1024;
    static constexpr int ApplicationId = 0x4D4F4452; // "MODR"

    enum class Mode
    {
        ReadWrite,
        ReadOnly,
    };

    ~SessionStore();
    SessionStore(const SessionStore &) = delete;
    SessionStore &operator=(const SessionStore &) = delete;

    /// Creates a new, empty session file. Refuses to touch an existing file.
    [[nodiscard]] static Result<std::unique_ptr<SessionStore>> create(const QString &path);

    /// Opens an existing file; ReadWrite migrates an older schema first, ReadOnly never writes.
    [[nodiscard]] static Result<std::unique_ptr<SessionStore>> open(const QString &path, Mode mode = Mode::ReadWrite);

    /// Commits one event; returns its sequence number.
    [[nodiscard]] Result<qint64> append(const Event &event);

    [[nodiscard]] Result<QList<Event>> readAll() const;

    /// Stores a media file's bytes and the event announcing it in one transaction.
    [[nodiscard]] Result<qint64> appendWithMedia(const Event &event, int mediaId, const QByteArray &bytes);
    [[nodiscard]] Result<QByteArray> readMedia(int mediaId) const;
    /// The bytes of all media stored, for the session limit.
    [[nodiscard]] Result<qint64> mediaBytes() const;

    /// The full-text index of the notes (SQLite FTS5), derived from the log: kept in step by Session.
    [[nodiscard]] Result<void> indexNote(int noteId, const QString &text);
    [[nodiscard]] Result<void> unindexNote(int noteId);
    [[nodiscard]] Result<void> clearNoteIndex();
    /// Note ids whose text matches every word of query (as word prefixes), best match first.
    [[nodiscard]] Result<QList<int>> searchNotes(const QString &query) const;

    /// Writes a consistent copy of the whole database to target (replacing it, atomically).
    [[nodiscard]] Result<void> saveCopyAs(const QString &target) const;

    [[nodiscard]] QString path() const { return m_path; }

    /// The version found in the file when it was opened, before any migration.
    [[nodiscard]] int openedVersion() const { return m_openedVersion; }

private:
    SessionStore(QString path, QString connection);

    [[nodiscard]] Result<void> migrate(int fromVersion);

    QString m_path;
    QString m_connection;
    int m_openedVersion = 0;
};

} // namespace core
