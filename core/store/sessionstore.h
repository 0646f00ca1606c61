// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/event.h"
#include "core/base/result.h"
#include "core/store/eventstore.h"
#include "core/store/filelock.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace core {

/**
 * The SQLite session file (`.moderato`): an append-only table of events.
 *
 * One named QSqlDatabase connection per store, removed in the destructor. The schema version is
 * in `PRAGMA user_version` and migrated forward on open (one transaction, rolled back on failure).
 * WAL mode with synchronous=FULL: append() returns only once the event is on disk.
 *
 * One writer per file: a read-write store holds the file's exclusive FileLock from before its first
 * write until it is destroyed; a second writer, in this process or another, gets ErrorCode::Locked.
 * Opening checks before it writes: the file is identified (a foreign file and a damaged Moderato
 * file are told apart), its log is read through a read-only connection, the sequence is checked
 * complete, and a `-wal` beside it that does not continue the file's own log is set aside, never
 * merged. Only then does a read-write store switch to writing (beginWriting()). A file that fails
 * any check is left exactly as it was.
 * Not thread-safe: use a store from the thread that opened it.
 */
class SessionStore final : public EventStore
{
    Q_DECLARE_TR_FUNCTIONS(core::SessionStore)

public:
    static constexpr int SchemaVersion = 4;
    static constexpr int ApplicationId = 0x4D4F4452; // "MODR"

    enum class Mode
    {
        ReadWrite,
        ReadOnly,
    };

    ~SessionStore() override;
    SessionStore(const SessionStore &) = delete;
    SessionStore &operator=(const SessionStore &) = delete;

    /// Creates a new, empty session file. Refuses to touch an existing file.
    [[nodiscard]] static Result<std::unique_ptr<SessionStore>> create(const QString &path);

    /// Opens an existing file; ReadWrite checks it, then migrates an older schema; ReadOnly never writes.
    [[nodiscard]] static Result<std::unique_ptr<SessionStore>> open(const QString &path, Mode mode = Mode::ReadWrite);

    /// The checking half of open(): locks (ReadWrite), identifies the file and deals with a stray
    /// `-wal`, and opens it read-only. Nothing is written until beginWriting().
    [[nodiscard]] static Result<std::unique_ptr<SessionStore>> openChecked(const QString &path, Mode mode);
    /// The writing half of a ReadWrite open, once the log has been read and checked: WAL mode,
    /// synchronous writes, and the schema migrated forward.
    [[nodiscard]] Result<void> beginWriting() override;

    /// What the open found and repaired without loss (a stray `-wal` set aside), for the user.
    [[nodiscard]] QStringList warnings() const override { return m_warnings; }

    [[nodiscard]] bool isWritable() const override { return m_writable; }

    /// Commits one event; returns its sequence number.
    [[nodiscard]] Result<qint64> append(const Event &event) override;
    /// Commits many events in one transaction (a log being imported); all or none.
    [[nodiscard]] Result<qint64> appendKeeping(const Event &event,
                                               const QList<std::pair<QString, QString>> &values) override;
    [[nodiscard]] Result<void> appendAll(const QList<Event> &events) override;

    /// The whole log, in order; a gap in the sequence numbers is reported as damage.
    [[nodiscard]] Result<QList<Event>> readAll() const override;

    /// Stores a media file's bytes and the event announcing it in one transaction.
    [[nodiscard]] Result<qint64> appendWithMedia(const Event &event, int mediaId, const QByteArray &bytes) override;
    [[nodiscard]] Result<QByteArray> readMedia(int mediaId) const override;
    [[nodiscard]] Result<qint64> mediaBytes() const override;

    /// The full-text index of the notes (SQLite FTS5), derived from the log: kept in step by Session.
    [[nodiscard]] Result<void> indexNote(int noteId, const QString &text) override;
    [[nodiscard]] Result<void> unindexNote(int noteId) override;
    [[nodiscard]] Result<void> clearNoteIndex() override;
    /// Replaces the whole index in one transaction (id, text).
    [[nodiscard]] Result<void> rebuildNoteIndex(const QList<std::pair<int, QString>> &notes) override;
    [[nodiscard]] Result<QList<int>> searchNotes(const QString &query) const override;

    /// Writes a consistent copy of the whole database to target. An existing target is replaced
    /// atomically, with its side files, only if no other window or program has it open; the file
    /// this store has open is refused.
    [[nodiscard]] Result<void> saveCopyAs(const QString &target) const override;

    [[nodiscard]] QString path() const override { return m_path; }

    /// The version found in the file when it was opened, before any migration.
    [[nodiscard]] int openedVersion() const { return m_openedVersion; }

    /// The newest event vocabulary among the file's events as the file records it (0: the first one).
    [[nodiscard]] int eventVocabulary() const override;

    [[nodiscard]] Result<QString> value(const QString &key) const override;
    [[nodiscard]] Result<void> setValue(const QString &key, const QString &value) override;

private:
    SessionStore(QString path, QString connection);

    [[nodiscard]] Result<void> migrate(int fromVersion);

    // Declared first, so destroyed last: the lock is released only after the connection is closed.
    FileLock m_lock;
    QString m_path;
    QString m_connection;
    QStringList m_warnings;
    int m_openedVersion = 0;
    int m_vocabulary = 0; ///< the vocabulary recorded in the file, as far as this store has written it
    bool m_writable = false;
    bool m_tidySideFiles = false; ///< opened to write: if writing never begins, remove what reading made
    bool m_hadShm = false;
    bool m_hadWal = false;
};

} // namespace core
