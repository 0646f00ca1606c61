// SPDX-License-Identifier: MIT
#include "core/sessionstore.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <filesystem>
#include <system_error>

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

/// Closes and unregisters a connection that never became a store.
void dropConnection(const QString &name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

SessionStore::SessionStore(QString path, QString connection)
    : m_path(std::move(path))
    , m_connection(std::move(connection))
{}

SessionStore::~SessionStore()
{
    dropConnection(m_connection);
}

Result<std::unique_ptr<SessionStore>> SessionStore::create(const QString &path)
{
    if (QFileInfo::exists(path)) {
        return Error{ErrorCode::FileExists, path};
    }
    const QString name = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (!db.open()) {
            const Error error = sqlError(ErrorCode::Io, db.lastError());
            db = {};
            dropConnection(name);
            return error;
        }
    }
    std::unique_ptr<SessionStore> store(new SessionStore(path, name));
    QSqlDatabase db = QSqlDatabase::database(name, false);
    for (const auto &pragma : {u"PRAGMA journal_mode = WAL"_s,
                               u"PRAGMA synchronous = FULL"_s,
                               u"PRAGMA foreign_keys = ON"_s,
                               u"PRAGMA application_id = %1"_s.arg(ApplicationId)}) {
        if (auto ok = exec(db, pragma); !ok) {
            return ok.error();
        }
    }
    if (auto ok = store->migrate(0); !ok) {
        return ok.error();
    }
    return store;
}

Result<std::unique_ptr<SessionStore>> SessionStore::open(const QString &path, Mode mode)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return Error{ErrorCode::FileNotFound, path};
    }
    if (!info.isFile()) {
        return Error{ErrorCode::NotASession, path};
    }

    // Look at the file read-only first: a foreign or newer file must not be modified at all.
    int version = 0;
    {
        const QString probe = nextConnectionName();
        Error error{ErrorCode::NotASession, path};
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, probe);
            db.setDatabaseName(path);
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            if (db.open()) {
                const auto appId = pragmaInt(db, u"application_id"_s);
                const auto userVersion = pragmaInt(db, u"user_version"_s);
                if (appId && userVersion && appId.value() == ApplicationId) {
                    version = userVersion.value();
                    if (version > SchemaVersion) {
                        error = Error{ErrorCode::NewerVersion, path};
                    } else if (version < 1) {
                        error = Error{ErrorCode::Corrupt, path};
                    } else {
                        ok = true;
                    }
                }
            }
        }
        dropConnection(probe);
        if (!ok) {
            return error;
        }
    }

    const QString name = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (mode == Mode::ReadOnly) {
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        }
        if (!db.open()) {
            const Error error = sqlError(ErrorCode::Io, db.lastError());
            db = {};
            dropConnection(name);
            return error;
        }
    }
    std::unique_ptr<SessionStore> store(new SessionStore(path, name));
    store->m_openedVersion = version;
    if (mode == Mode::ReadWrite) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        for (const auto &pragma :
             {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = FULL"_s, u"PRAGMA foreign_keys = ON"_s}) {
            if (auto ok = exec(db, pragma); !ok) {
                return ok.error();
            }
        }
        if (version < SchemaVersion) {
            if (auto ok = store->migrate(version); !ok) {
                return ok.error();
            }
        }
    }
    return store;
}

Result<void> SessionStore::migrate(int fromVersion)
{
    Q_ASSERT(fromVersion >= 0 && fromVersion < SchemaVersion);
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction()) {
        return sqlError(ErrorCode::Database, db.lastError());
    }
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
    if (auto ok = run(); !ok) {
        qCWarning(lcStore) << "migration from version" << fromVersion << "failed:" << ok.error().detail;
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

Result<qint64> SessionStore::append(const Event &event)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO events (session_ms, wall_ms, type, data) VALUES (?, ?, ?, ?)"_s);
    query.addBindValue(event.sessionMs);
    query.addBindValue(event.wallMs);
    query.addBindValue(event.type);
    query.addBindValue(QString::fromUtf8(QJsonDocument(event.data).toJson(QJsonDocument::Compact)));
    if (!query.exec()) {
        return sqlError(ErrorCode::Database, query.lastError());
    }
    return query.lastInsertId().toLongLong();
}

Result<qint64> SessionStore::appendWithMedia(const Event &event, int mediaId, const QByteArray &bytes)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction()) {
        return sqlError(ErrorCode::Database, db.lastError());
    }
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO media (id, size, data) VALUES (?, ?, ?)"_s);
    query.addBindValue(mediaId);
    query.addBindValue(qint64(bytes.size()));
    query.addBindValue(bytes);
    if (!query.exec()) {
        const Error error = sqlError(ErrorCode::Database, query.lastError());
        db.rollback();
        return error;
    }
    auto seq = append(event);
    if (!seq) {
        db.rollback();
        return seq.error();
    }
    if (!db.commit()) {
        const Error error = sqlError(ErrorCode::Database, db.lastError());
        db.rollback();
        return error;
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
    QString word;
    auto flush = [&] {
        if (!word.isEmpty()) {
            terms.append(u'"' + word + u"\"*"_s);
            word.clear();
        }
    };
    for (const QChar c : userQuery) {
        if (c.isLetterOrNumber()) {
            word.append(c);
        } else {
            flush();
        }
    }
    flush();
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
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT seq, session_ms, wall_ms, type, data FROM events ORDER BY seq"_s)) {
        return sqlError(ErrorCode::Database, query.lastError());
    }
    QList<Event> events;
    while (query.next()) {
        Event event;
        event.seq = query.value(0).toLongLong();
        event.sessionMs = query.value(1).toLongLong();
        event.wallMs = query.value(2).toLongLong();
        event.type = query.value(3).toString();
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(query.value(4).toString().toUtf8(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            return Error{ErrorCode::Corrupt, u"event %1: %2"_s.arg(event.seq).arg(parseError.errorString())};
        }
        event.data = doc.object();
        events.append(std::move(event));
    }
    if (query.lastError().isValid()) {
        return sqlError(ErrorCode::Database, query.lastError());
    }
    return events;
}

Result<void> SessionStore::saveCopyAs(const QString &target) const
{
    const QFileInfo targetInfo(target);
    if (targetInfo.exists() && targetInfo.canonicalFilePath() == QFileInfo(m_path).canonicalFilePath()) {
        return Error{ErrorCode::InvalidArgument, target};
    }
    // VACUUM INTO writes a consistent snapshot; it must not exist yet, so write next to the target and rename.
    const QString temporary = target + u".part"_s;
    QFile::remove(temporary);
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(db);
    query.prepare(u"VACUUM INTO ?"_s);
    query.addBindValue(temporary);
    if (!query.exec()) {
        QFile::remove(temporary);
        return sqlError(ErrorCode::Io, query.lastError());
    }
    std::error_code ec;
    std::filesystem::rename(
        std::filesystem::path(temporary.toStdU16String()), std::filesystem::path(target.toStdU16String()), ec);
    if (ec) {
        QFile::remove(temporary);
        return Error{ErrorCode::Io, QString::fromStdString(ec.message())};
    }
    return {};
}

} // namespace core
