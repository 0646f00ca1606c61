// SPDX-License-Identifier: MIT
#include "core/io/eventlog.h"

#include "core/base/eventcatalogue.h"
#include "core/session/sessionstate.h"
#include "core/store/sessionstore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace core {
namespace {

bool isWholeNumber(const QJsonValue &value)
{
    if (!value.isDouble()) {
        return false;
    }
    const double number = value.toDouble();
    return std::isfinite(number) && std::floor(number) == number && std::fabs(number) < 9.0e15;
}

} // namespace

QByteArray EventLog::toJsonLines(const QList<Event> &events)
{
    QByteArray out;
    for (const Event &event : events) {
        const QJsonObject line{{u"seq"_s, double(event.seq)},
                               {u"session_ms"_s, double(event.sessionMs)},
                               {u"wall_ms"_s, double(event.wallMs)},
                               {u"type"_s, EventCatalogue::name(event.type)},
                               {u"data"_s, event.data}};
        out += QJsonDocument(line).toJson(QJsonDocument::Compact);
        out += '\n';
    }
    return out;
}

Result<QList<Event>> EventLog::fromJsonLines(const QByteArray &text)
{
    if (text.size() > MaxFileBytes) {
        //: %1 is the largest log accepted, like "67.1 MB"
        return Error{
            ErrorCode::InvalidArgument,
            tr("the log is larger than %1, the most a log may have").arg(QLocale().formattedDataSize(MaxFileBytes))};
    }
    QList<Event> events;
    SessionState state;
    int lineNumber = 0;
    for (qsizetype start = 0; start < text.size();) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0) {
            end = text.size();
        }
        ++lineNumber;
        const QByteArrayView raw(text.constData() + start, end - start);
        start = end + 1;
        auto fail = [lineNumber](const QString &message) {
            return Error{ErrorCode::Parse, tr("line %1: %2").arg(lineNumber).arg(message)};
        };
        if (raw.size() > MaxLineBytes) {
            //: %1 is the longest line accepted, like "33.6 MB"
            return fail(
                tr("longer than %1, the most one event may take").arg(QLocale().formattedDataSize(MaxLineBytes)));
        }
        const QByteArrayView line = raw.trimmed();
        if (line.isEmpty()) {
            continue;
        }
        if (events.size() >= MaxEvents) {
            return fail(tr("more than %1 events, the most a log may hold").arg(QLocale().toString(MaxEvents)));
        }
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(line.toByteArray(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            return fail(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                     : tr("not a JSON object"));
        }
        const QJsonObject object = doc.object();
        for (const char16_t *key : {u"seq", u"session_ms", u"wall_ms"}) {
            if (!isWholeNumber(object.value(QStringView(key)))) {
                return fail(tr("\"%1\" must be a whole number").arg(QString::fromUtf16(key)));
            }
        }
        if (!object.value(u"type").isString() || !object.value(u"data").isObject()) {
            return fail(tr("an event needs a \"type\" text and a \"data\" object"));
        }
        Event event;
        event.seq = qint64(object.value(u"seq").toDouble());
        event.sessionMs = qint64(object.value(u"session_ms").toDouble());
        event.wallMs = qint64(object.value(u"wall_ms").toDouble());
        auto type = EventCatalogue::parseName(object.value(u"type").toString());
        if (!type) {
            return fail(tr("%1: the log was made by a newer version of Moderato").arg(type.error().detail));
        }
        event.type = type.value();
        event.data = object.value(u"data").toObject();
        if (event.seq != qint64(events.size()) + 1) {
            return fail(tr("event number %1 where %2 was expected").arg(event.seq).arg(events.size() + 1));
        }
        if (auto ok = state.apply(event); !ok) {
            return fail(errorMessage(ok.error()));
        }
        events.append(event);
    }
    if (events.isEmpty()) {
        return Error{ErrorCode::Parse, tr("the log holds no events")};
    }
    return events;
}

Result<QList<Event>> EventLog::readFile(const QString &path)
{
    QFile file(path);
    if (!file.exists()) {
        return Error{ErrorCode::FileNotFound, path};
    }
    const QString name = QFileInfo(path).fileName();
    const QString limit = QLocale().formattedDataSize(MaxFileBytes);
    if (file.size() > MaxFileBytes) {
        //: %1 is a file name, %2 its size, %3 the largest log accepted (both like "67.1 MB")
        return Error{ErrorCode::InvalidArgument,
                     tr("%1 is too large (%2); an event log may have at most %3")
                         .arg(name, QLocale().formattedDataSize(file.size()), limit)};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{ErrorCode::Io, file.errorString()};
    }
    // The size may not be known (a pipe) or may grow while reading: never read more than the limit.
    const QByteArray bytes = file.read(MaxFileBytes + 1);
    if (bytes.size() > MaxFileBytes) {
        //: %1 is a file name, %2 the largest log accepted (like "67.1 MB")
        return Error{ErrorCode::InvalidArgument,
                     tr("%1 is larger than %2, the most an event log may have").arg(name, limit)};
    }
    return fromJsonLines(bytes);
}

Result<void> EventLog::writeSession(const QString &path, const QList<Event> &events)
{
    auto store = SessionStore::create(path);
    if (!store) {
        return store.error();
    }
    // One transaction: one sync for the whole log rather than one per event.
    return store.value()->appendAll(events);
}

} // namespace core
