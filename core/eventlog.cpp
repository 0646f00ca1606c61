// SPDX-License-Identifier: MIT
#include "core/eventlog.h"

#include "core/sessionstate.h"
#include "core/sessionstore.h"

#include <QJsonDocument>
#include <QJsonObject>

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
                               {u"type"_s, event.type},
                               {u"data"_s, event.data}};
        out += QJsonDocument(line).toJson(QJsonDocument::Compact);
        out += '\n';
    }
    return out;
}

Result<QList<Event>> EventLog::fromJsonLines(const QByteArray &text)
{
    QList<Event> events;
    SessionState state;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNumber = int(i + 1);
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty()) {
            continue;
        }
        auto fail = [lineNumber](const QString &message) {
            return Error{ErrorCode::Parse, tr("line %1: %2").arg(lineNumber).arg(message)};
        };
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
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
        event.type = object.value(u"type").toString();
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

Result<void> EventLog::writeSession(const QString &path, const QList<Event> &events)
{
    auto store = SessionStore::create(path);
    if (!store) {
        return store.error();
    }
    for (const Event &event : events) {
        if (auto seq = store.value()->append(event); !seq) {
            return seq.error();
        }
    }
    return {};
}

} // namespace core
