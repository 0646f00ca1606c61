// SPDX-License-Identifier: MIT
#include "core/store/sessionstore.h"

#include "core/base/eventcatalogue.h"
#include "core/store/workfolder.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

#include <functional>
#include <unistd.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcStore, "moderato.core.store")

namespace core {
namespace {

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return u"moderato-store-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

Error sqlError(ErrorCode code, const QSqlError &error)
{
    return {code, error.text()};
}

/// Runs one statement; on failure returns the error.
Result<void> exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        return sqlError(ErrorCode::Database, query.lastError());
    }
    return {};
}

Result<int> pragmaInt(QSqlDatabase &db, const QString &name)
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA "_s + name) || !query.next()) {
        return sqlError(ErrorCode::NotASession, query.lastError());
    }
    return query.value(0).toInt();
}

/// Runs work in one transaction: committed when it succeeds, rolled back otherwise.
Result<void> inTransaction(QSqlDatabase &db, const std::function<Result<void>()> &work)
{
    if (!db.transaction()) {
        return sqlError(ErrorCode::Database, db.lastError());
    }
    if (auto ok = work(); !ok) {
        db.rollback();
        return ok;
    }
    if (!db.commit()) {
        const Error error = sqlError(ErrorCode::Database, db.lastError());
        db.rollback();
        return error;
    }
    return {};
}

/// Closes and unregisters a connection that never became a store.
void dropConnection(const QString &name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

/// Opens a connection; uriQuery (e.g. "mode=ro") opens the file through an SQLite URI with that query.
Result<void> openConnection(const QString &name, const QString &path, const QString &uriQuery)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        if (uriQuery.isEmpty()) {
            db.setDatabaseName(path);
        } else {
            const QString absolute = QFileInfo(path).absoluteFilePath();
            db.setDatabaseName(u"file:"_s + QString::fromLatin1(QUrl::toPercentEncoding(absolute, "/")) + u'?'
                               + uriQuery);
            db.setConnectOptions(u"QSQLITE_OPEN_URI"_s
                                 + (uriQuery.contains(u"mode=ro"_s) || uriQuery.contains(u"immutable"_s)
                                        ? u";QSQLITE_OPEN_READONLY"_s
                                        : QString()));
        }
        if (db.open()) {
            return {};
        }
    }
    const Error error = sqlError(ErrorCode::Io, QSqlDatabase::database(name, false).lastError());
    dropConnection(name);
    return error;
}

quint32 bigEndian32(const QByteArray &bytes, int at)
{
    return (quint32(quint8(bytes.at(at))) << 24) | (quint32(quint8(bytes.at(at + 1))) << 16)
           | (quint32(quint8(bytes.at(at + 2))) << 8) | quint32(quint8(bytes.at(at + 3)));
}

/**
 * Tells from the file's own header what it is, before SQLite reads it: true for a Moderato file,
 * false for an SQLite file whose identity is still in its -wal (a file created and never
 * checkpointed); NotASession for anything else, Corrupt for a Moderato file cut short.
 */
Result<bool> identify(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{file.error() == QFileDevice::PermissionsError ? ErrorCode::ReadOnlyFile : ErrorCode::Io, path};
    }
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() < 100 || !header.startsWith(magic)) {
        return Error{ErrorCode::NotASession, path};
    }
    const quint32 applicationId = bigEndian32(header, 68);
    if (applicationId != quint32(SessionStore::ApplicationId)) {
        if (applicationId != 0 || !QFileInfo::exists(path + u"-wal"_s)) {
            return Error{ErrorCode::NotASession, path};
        }
        return false;
    }
    // The page count in the header is valid when its "version valid for" matches the change counter.
    const quint32 pageSizeField = (quint32(quint8(header.at(16))) << 8) | quint32(quint8(header.at(17)));
    const qint64 pageSize = pageSizeField == 1 ? 65536 : qint64(pageSizeField);
    const qint64 pages = bigEndian32(header, 28);
    // With a write-ahead log beside it the file may be mid-checkpoint (page 1 already says the new size, later
    // pages still only in the log): then only SQLite, reading both, can tell.
    const QFileInfo wal(path + u"-wal"_s);
    const bool logBeside = wal.exists() && wal.size() > 0;
    if (!logBeside && bigEndian32(header, 92) == bigEndian32(header, 24) && pages > 0 && pageSize >= 512) {
        const qint64 expected = pages * pageSize;
        if (file.size() < expected) {
            return Error{ErrorCode::Corrupt,
                         SessionStore::tr("the file is cut short: it has %1 bytes of the %2 that its header gives")
                             .arg(file.size())
                             .arg(expected)};
        }
    }
    return true;
}

/// The events table through one connection; a gap in the sequence is damage.
/// The event vocabulary the file was last written with (0 for files older than the record).
int fileVocabulary(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT value FROM meta WHERE key = 'event_vocabulary'"_s) || !query.next()) {
        return 0;
    }
    return query.value(0).toString().toInt();
}

Result<QList<Event>> readEvents(const QString &connection, const QString &path)
{
    QSqlDatabase db = QSqlDatabase::database(connection, false);
    const int vocabulary = fileVocabulary(db);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT seq, session_ms, wall_ms, type, data FROM events ORDER BY seq"_s)) {
        return sqlError(ErrorCode::Corrupt, query.lastError());
    }
    QList<Event> events;
    while (query.next()) {
        Event event;
        event.seq = query.value(0).toLongLong();
        event.sessionMs = query.value(1).toLongLong();
        event.wallMs = query.value(2).toLongLong();
        auto type = EventCatalogue::parseName(query.value(3).toString(), vocabulary);
        if (!type) {
            return Error{type.error().code, u"%1 (%2)"_s.arg(path, type.error().detail)};
        }
        event.type = type.value();
        const qint64 expected = events.isEmpty() ? 1 : events.constLast().seq + 1;
        if (event.seq != expected) {
            return Error{
                ErrorCode::Corrupt,
                event.seq > expected
                    ? SessionStore::tr("events %1 to %2 are missing from the log").arg(expected).arg(event.seq - 1)
                    : SessionStore::tr("event %1 is out of order").arg(event.seq)};
        }
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(query.value(4).toString().toUtf8(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            return Error{ErrorCode::Corrupt, u"event %1: %2"_s.arg(event.seq).arg(parseError.errorString())};
        }
        event.data = doc.object();
        events.append(std::move(event));
    }
    if (query.lastError().isValid()) {
        return sqlError(ErrorCode::Corrupt, query.lastError());
    }
    return events;
}

bool sameEvent(const Event &a, const Event &b)
{
    return a.seq == b.seq && a.sessionMs == b.sessionMs && a.wallMs == b.wallMs && a.type == b.type && a.data == b.data;
}

/// The log as a connection of the given kind reads it (empty query: as SQLite reads it with its -wal).
Result<QList<Event>> readLogThrough(const QString &path, const QString &uriQuery)
{
    const QString name = nextConnectionName();
    if (auto ok = openConnection(name, path, uriQuery); !ok) {
        return Error{ErrorCode::Corrupt, ok.error().detail};
    }
    auto events = readEvents(name, path);
    dropConnection(name);
    return events;
}

/**
 * Whether the -wal beside the file continues the file's own log. SQLite applies any write-ahead log
 * whose frames are intact (their salts and checksums match the log's own header), even one copied
 * from another session; so the log read with it must extend the log read without it. True: it
 * belongs; false: it is stray (the file alone reads well); Corrupt when neither reads.
 */
Result<bool> checkWriteAheadLog(const QString &path)
{
    const auto merged = readLogThrough(path, u"mode=ro"_s);
    const auto base = readLogThrough(path, u"immutable=1"_s);
    if (merged) {
        if (!base) {
            return true; // a checkpoint interrupted half-way: only the two together are whole
        }
        const QList<Event> &before = base.value();
        const QList<Event> &after = merged.value();
        if (before.size() <= after.size() && std::equal(before.cbegin(), before.cend(), after.cbegin(), &sameEvent)) {
            return true;
        }
        return false;
    }
    if (base) {
        return false;
    }
    return merged.error();
}

} // namespace

SessionStore::SessionStore(QString path, QString connection)
    : m_path(std::move(path))
    , m_connection(std::move(connection))
{}

SessionStore::~SessionStore()
{
    dropConnection(m_connection); // before m_lock is released (see FileLock)
    // A writer that never began writing (its log was refused after the checks here, e.g. an event of a
    // newer version) removes the side files that reading made, as openChecked() does for its own refusals.
    if (m_tidySideFiles && !m_writable && m_lock.isLocked()) {
        if (!m_hadShm) {
            QFile::remove(m_path + u"-shm"_s);
        }
        if (const QFileInfo wal(m_path + u"-wal"_s); !m_hadWal && wal.exists() && wal.size() == 0) {
            QFile::remove(wal.filePath());
        }
    }
}

Result<std::unique_ptr<SessionStore>> SessionStore::create(const QString &path)
{
    if (QFileInfo::exists(path) || QFileInfo(path).isSymLink()) {
        return Error{ErrorCode::FileExists, path};
    }
    auto lock = FileLock::createExclusive(path);
    if (!lock) {
        return lock.error();
    }
    QStringList warnings;
    // Side files with no file: left by a session that was deleted. SQLite would apply its log to the new file.
    for (const QString &suffix : SessionFiles::SideSuffixes) {
        if (QFileInfo::exists(path + suffix)) {
            auto moved = SessionFiles::setAside(path, suffix);
            if (!moved) {
                QFile::remove(path);
                return moved.error();
            }
            warnings.append(
                tr("%1 was left from an earlier file and has been moved to %2.").arg(path + suffix, moved.value()));
        }
    }
    const QString name = nextConnectionName();
    if (auto ok = openConnection(name, path, {}); !ok) {
        QFile::remove(path);
        return Error{ErrorCode::Io, ok.error().detail};
    }
    std::unique_ptr<SessionStore> store(new SessionStore(path, name));
    store->m_lock = std::move(lock).value();
    store->m_warnings = warnings;
    store->m_writable = true;
    QSqlDatabase db = QSqlDatabase::database(name, false);
    // The identity and the schema go to the file itself (rollback journal) before it switches to WAL, so the
    // file on disk is a complete, identifiable Moderato file from its first moment.
    if (auto ok = exec(db, u"PRAGMA application_id = %1"_s.arg(ApplicationId)); !ok) {
        return ok.error();
    }
    if (auto ok = store->migrate(0); !ok) {
        return ok.error();
    }
    for (const auto &pragma :
         {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = FULL"_s, u"PRAGMA foreign_keys = ON"_s}) {
        if (auto ok = exec(db, pragma); !ok) {
            return ok.error();
        }
    }
    return store;
}

Result<std::unique_ptr<SessionStore>> SessionStore::open(const QString &path, Mode mode)
{
    auto store = openChecked(path, mode);
    if (!store || mode == Mode::ReadOnly) {
        return store;
    }
    if (auto events = store.value()->readAll(); !events) {
        return events.error();
    }
    if (auto ok = store.value()->beginWriting(); !ok) {
        return ok.error();
    }
    return store;
}

Result<std::unique_ptr<SessionStore>> SessionStore::openChecked(const QString &path, Mode mode)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return Error{ErrorCode::FileNotFound, path};
    }
    if (!info.isFile()) {
        return Error{ErrorCode::NotASession, path};
    }

    // A writer locks the file before anything else; a reader only checks that no writer has it, which
    // tells whether a -wal beside it is live (a writer's) or left over (to be checked).
    FileLock lock;
    bool writerActive = false;
    if (mode == Mode::ReadWrite) {
        auto acquired = FileLock::acquire(path, FileLock::Kind::Exclusive);
        if (!acquired) {
            return acquired.error();
        }
        lock = std::move(acquired).value();
        // SQLite writes its -wal and -shm beside the file: a folder that cannot be written makes it read-only too.
        if (::access(QFile::encodeName(info.absolutePath()).constData(), W_OK) != 0) {
            return Error{ErrorCode::ReadOnlyFile, path};
        }
    } else {
        auto shared = FileLock::acquire(path, FileLock::Kind::Shared);
        if (!shared && shared.error().code == ErrorCode::Locked) {
            writerActive = true;
        }
    }

    const auto identity = identify(path);
    if (!identity) {
        return identity.error();
    }
    const bool moderatoHeader = identity.value();

    // Reading a WAL file makes SQLite create its -shm index (and an empty -wal). A writer that refuses the file removes
    // the one it made (it holds the lock, so nobody else uses it), leaving the folder as it was. Declared before the
    // store below, so it runs after the store's connection is closed.
    const bool hadShm = QFileInfo::exists(path + u"-shm"_s);
    const bool hadWal = QFileInfo::exists(path + u"-wal"_s);
    bool accepted = false;
    auto tidy = qScopeGuard([&] {
        if (accepted || mode != Mode::ReadWrite) {
            return;
        }
        if (!hadShm) {
            QFile::remove(path + u"-shm"_s);
        }
        if (const QFileInfo wal(path + u"-wal"_s); !hadWal && wal.exists() && wal.size() == 0) {
            QFile::remove(wal.filePath()); // an empty log SQLite opened for reading
        }
    });

    QStringList warnings;
    bool baseOnly = false; // read the file without its -wal (a stray one, in read-only mode)
    const QFileInfo wal(path + u"-wal"_s);
    if (!writerActive && wal.exists() && wal.size() > 0) {
        auto verdict = checkWriteAheadLog(path);
        if (!verdict) {
            return verdict.error();
        }
        if (!verdict.value()) {
            if (mode == Mode::ReadWrite) {
                auto moved = SessionFiles::setAside(path, u"-wal"_s);
                if (!moved) {
                    return moved.error();
                }
                QFile::remove(path + u"-shm"_s); // its index described the log set aside
                warnings.append(tr("A write-ahead log beside the file did not belong to it; it was not applied and has "
                                   "been moved to %1.")
                                    .arg(moved.value()));
            } else {
                baseOnly = true;
                warnings.append(tr("A write-ahead log beside the file does not belong to it; it was ignored."));
            }
        }
    }

    const QString name = nextConnectionName();
    auto opened = baseOnly ? openConnection(name, path, u"immutable=1"_s) : openConnection(name, path, u"mode=ro"_s);
    if (!baseOnly && !wal.exists()) {
        // A read-only folder or medium where SQLite cannot make its -shm file fails at the first read: with no
        // log beside it, the file alone is the whole session.
        QSqlDatabase probe = QSqlDatabase::database(name, false);
        if (!opened || !pragmaInt(probe, u"application_id"_s)) {
            probe = {};
            dropConnection(name);
            opened = openConnection(name, path, u"immutable=1"_s);
        }
    }
    if (!opened) {
        return Error{moderatoHeader ? ErrorCode::Corrupt : ErrorCode::NotASession,
                     moderatoHeader ? opened.error().detail : path};
    }
    std::unique_ptr<SessionStore> store(new SessionStore(path, name));
    QSqlDatabase db = QSqlDatabase::database(name, false);
    const auto appId = pragmaInt(db, u"application_id"_s);
    const auto userVersion = pragmaInt(db, u"user_version"_s);
    if (!appId || !userVersion) {
        return Error{moderatoHeader ? ErrorCode::Corrupt : ErrorCode::NotASession,
                     moderatoHeader ? (appId ? userVersion : appId).error().detail : path};
    }
    if (appId.value() != ApplicationId) {
        return Error{ErrorCode::NotASession, path};
    }
    if (userVersion.value() > SchemaVersion) {
        return Error{ErrorCode::NewerVersion, path};
    }
    if (userVersion.value() < 1) {
        return Error{ErrorCode::Corrupt, tr("the file has no schema version")};
    }
    store->m_openedVersion = userVersion.value();
    store->m_tidySideFiles = mode == Mode::ReadWrite;
    store->m_hadShm = hadShm;
    store->m_hadWal = hadWal;
    store->m_lock = std::move(lock);
    store->m_warnings = warnings;
    accepted = true;
    return store;
}

Result<void> SessionStore::beginWriting()
{
    if (m_writable) {
        return {};
    }
    if (!m_lock.isLocked()) {
        return Error{ErrorCode::InvalidState, tr("the file was opened read-only")};
    }
    dropConnection(m_connection);
    if (auto ok = openConnection(m_connection, m_path, {}); !ok) {
        return ok;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    for (const auto &pragma :
         {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = FULL"_s, u"PRAGMA foreign_keys = ON"_s}) {
        if (auto ok = exec(db, pragma); !ok) {
            return ok;
        }
    }
    if (m_openedVersion < SchemaVersion) {
        if (auto ok = migrate(m_openedVersion); !ok) {
            return ok;
        }
    }
    m_writable = true;
    return {};
}

Result<void> SessionStore::migrate(int fromVersion)
{
    Q_ASSERT(fromVersion >= 0 && fromVersion < SchemaVersion);
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    auto run = [&]() -> Result<void> {
        if (fromVersion < 1) {
            if (auto ok = exec(db,
                               u"CREATE TABLE events ("
                               "seq INTEGER PRIMARY KEY AUTOINCREMENT, "
                               "session_ms INTEGER NOT NULL, "
                               "wall_ms INTEGER NOT NULL, "
                               "type TEXT NOT NULL, "
                               "data TEXT NOT NULL)"_s);
                !ok) {
                return ok;
            }
        }
        if (fromVersion < 2) {
            // Version 2: a key/value table describing the file, and an index for per-type queries.
            if (auto ok = exec(db, u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s); !ok) {
                return ok;
            }
            if (auto ok = exec(db, u"CREATE INDEX events_by_type ON events (type, seq)"_s); !ok) {
                return ok;
            }
            QSqlQuery query(db);
            query.prepare(u"INSERT INTO meta (key, value) VALUES ('migrated_to_2_by', ?)"_s);
            query.addBindValue(u"Moderato " MODERATO_VERSION ""_s);
            if (!query.exec()) {
                return sqlError(ErrorCode::Database, query.lastError());
            }
        }
        if (fromVersion < 3) {
            // Version 3: media (images, slides, video) travel inside the session file.
            if (auto ok = exec(db,
                               u"CREATE TABLE media (id INTEGER PRIMARY KEY, size INTEGER NOT NULL, "
                               "data BLOB NOT NULL)"_s);
                !ok) {
                return ok;
            }
        }
        if (fromVersion < 4) {
            // Version 4: full-text search over the rapporteur's notes (an index, rebuilt from the log on open).
            if (auto ok = exec(
                    db,
                    u"CREATE VIRTUAL TABLE notes_fts USING fts5(text, tokenize = 'unicode61 remove_diacritics 2')"_s);
                !ok) {
                return ok;
            }
        }
        return exec(db, u"PRAGMA user_version = %1"_s.arg(SchemaVersion));
    };
    auto ok = inTransaction(db, run);
    if (!ok) {
        qCWarning(lcStore) << "migration from version" << fromVersion << "failed:" << ok.error().detail;
    }
    return ok;
}

int SessionStore::eventVocabulary() const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    return fileVocabulary(db);
}

Result<QString> SessionStore::value(const QString &key) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(db);
    query.prepare(u"SELECT value FROM meta WHERE key = ?"_s);
    query.addBindValue(key);
    if (!query.exec()) {
        return sqlError(ErrorCode::Database, query.lastError());
    }
    return query.next() ? query.value(0).toString() : QString();
}

Result<void> SessionStore::setValue(const QString &key, const QString &value)
{
    if (!m_writable) {
        return Error{ErrorCode::InvalidState, tr("the file was opened read-only")};
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(db);
    query.prepare(
        u"INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec()) {
        return sqlError(ErrorCode::Database, query.lastError());
    }
    return {};
}

Result<qint64> SessionStore::append(const Event &event)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    // The file records the newest vocabulary among its events, so that a build which predates an event
    // can say the file is newer rather than damaged. Files with only the first vocabulary carry no record.
    const int since = EventCatalogue::vocabularyOf(event.type, event.data);
    if (since > 1 && since > m_vocabulary) {
        m_vocabulary = std::max(since, fileVocabulary(db));
        QSqlQuery upsert(db);
        upsert.prepare(u"INSERT INTO meta (key, value) VALUES ('event_vocabulary', ?) "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
        upsert.addBindValue(QString::number(m_vocabulary));
        if (!upsert.exec()) {
            m_vocabulary = 0;
            return sqlError(ErrorCode::Database, upsert.lastError());
        }
    }
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO events (session_ms, wall_ms, type, data) VALUES (?, ?, ?, ?)"_s);
    query.addBindValue(event.sessionMs);
    query.addBindValue(event.wallMs);
    query.addBindValue(EventCatalogue::name(event.type));
    query.addBindValue(QString::fromUtf8(QJsonDocument(event.data).toJson(QJsonDocument::Compact)));
    if (!query.exec()) {
        return sqlError(ErrorCode::Database, query.lastError());
    }
    return query.lastInsertId().toLongLong();
}

Result<qint64> SessionStore::appendKeeping(const Event &event, const QList<std::pair<QString, QString>> &values)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    qint64 seq = 0;
    auto ok = inTransaction(db, [&]() -> Result<void> {
        auto appended = append(event);
        if (!appended) {
            return appended.error();
        }
        seq = appended.value();
        for (const auto &[key, value] : values) {
            if (auto kept = setValue(key, value); !kept) {
                return kept;
            }
        }
        return {};
    });
    if (!ok) {
        return ok.error();
    }
    return seq;
}

Result<qint64> SessionStore::appendWithMedia(const Event &event, int mediaId, const QByteArray &bytes)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    qint64 seq = 0;
    auto ok = inTransaction(db, [&]() -> Result<void> {
        QSqlQuery query(db);
        query.prepare(u"INSERT INTO media (id, size, data) VALUES (?, ?, ?)"_s);
        query.addBindValue(mediaId);
        query.addBindValue(qint64(bytes.size()));
        query.addBindValue(bytes);
        if (!query.exec()) {
            return sqlError(ErrorCode::Database, query.lastError());
        }
        auto appended = append(event);
        if (!appended) {
            return appended.error();
        }
        seq = appended.value();
        return {};
    });
    if (!ok) {
        return ok.error();
    }
    return seq;
}

Result<QByteArray> SessionStore::readMedia(int mediaId) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(db);
    query.prepare(u"SELECT data FROM media WHERE id = ?"_s);
    query.addBindValue(mediaId);
    if (!query.exec()) {
        return sqlError(ErrorCode::Database, query.lastError());
    }
    if (!query.next()) {
        return Error{ErrorCode::FileNotFound, u"media %1"_s.arg(mediaId)};
    }
    return query.value(0).toByteArray();
}

Result<qint64> SessionStore::mediaBytes() const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(db);
    if (!query.exec(u"SELECT coalesce(sum(size), 0) FROM media"_s) || !query.next()) {
        return sqlError(ErrorCode::Database, query.lastError());
    }
    return query.value(0).toLongLong();
}

Result<void> SessionStore::indexNote(int noteId, const QString &text)
{
    if (auto ok = unindexNote(noteId); !ok) {
        return ok;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO notes_fts (rowid, text) VALUES (?, ?)"_s);
    query.addBindValue(noteId);
    query.addBindValue(text);
    if (!query.exec()) {
        return sqlError(ErrorCode::Database, query.lastError());
    }
    return {};
}

Result<void> SessionStore::unindexNote(int noteId)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(db);
    query.prepare(u"DELETE FROM notes_fts WHERE rowid = ?"_s);
    query.addBindValue(noteId);
    if (!query.exec()) {
        return sqlError(ErrorCode::Database, query.lastError());
    }
    return {};
}

Result<void> SessionStore::clearNoteIndex()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    return exec(db, u"DELETE FROM notes_fts"_s);
}

Result<QList<int>> SessionStore::searchNotes(const QString &userQuery) const
{
    // User text never reaches FTS5 syntax: each word becomes a quoted prefix term.
    QStringList terms;
    for (const QString &word : searchWords(userQuery)) {
        terms.append(u'"' + word + u"\"*"_s);
    }
    if (terms.isEmpty()) {
        return QList<int>();
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(db);
    query.prepare(u"SELECT rowid FROM notes_fts WHERE notes_fts MATCH ? ORDER BY rank"_s);
    query.addBindValue(terms.join(u' '));
    if (!query.exec()) {
        return sqlError(ErrorCode::Database, query.lastError());
    }
    QList<int> ids;
    while (query.next()) {
        ids.append(query.value(0).toInt());
    }
    return ids;
}

Result<QList<Event>> SessionStore::readAll() const
{
    return readEvents(m_connection, m_path);
}

Result<void> SessionStore::saveCopyAs(const QString &target) const
{
    const QFileInfo targetInfo(target);
    if (targetInfo.exists()
        && (targetInfo.canonicalFilePath() == QFileInfo(m_path).canonicalFilePath()
            || FileLock::holderPid(target) == QCoreApplication::applicationPid())) {
        return Error{ErrorCode::InvalidArgument,
                     tr("%1 is the file open here: save the copy under another name").arg(target)};
    }
    // VACUUM INTO writes a consistent snapshot to a new file; it becomes the target only when complete.
    auto work = WorkFolder::create(targetInfo.absolutePath(), u"save"_s);
    if (!work) {
        return work.error();
    }
    const QString temporary = work.value()->filePath(u"copy.moderato"_s);
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(db);
    query.prepare(u"VACUUM INTO ?"_s);
    query.addBindValue(temporary);
    if (!query.exec()) {
        return sqlError(ErrorCode::Io, query.lastError());
    }
    return SessionFiles::replace(temporary, target);
}

Result<void> SessionStore::appendAll(const QList<Event> &events)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    return inTransaction(db, [&]() -> Result<void> {
        for (const Event &event : events) {
            if (auto seq = append(event); !seq) {
                return seq.error();
            }
        }
        return {};
    });
}

Result<void> SessionStore::rebuildNoteIndex(const QList<std::pair<int, QString>> &notes)
{
    // One transaction: one sync for the whole index instead of one per note.
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    return inTransaction(db, [&]() -> Result<void> {
        if (auto ok = exec(db, u"DELETE FROM notes_fts"_s); !ok) {
            return ok;
        }
        QSqlQuery query(db);
        query.prepare(u"INSERT INTO notes_fts (rowid, text) VALUES (?, ?)"_s);
        for (const auto &[id, text] : notes) {
            query.bindValue(0, id);
            query.bindValue(1, text);
            if (!query.exec()) {
                return sqlError(ErrorCode::Database, query.lastError());
            }
        }
        return {};
    });
}

} // namespace core
