// SPDX-License-Identifier: MIT
#include "core/share/protocol.h"

#include "core/base/eventcatalogue.h"
#include "core/base/plaintext.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <array>

using namespace Qt::StringLiterals;

namespace core::share {
namespace {

enum class Kind : quint8
{
    Integer,
    Number,
    Text,
    Boolean,
    Object,
    Array,
};

struct FieldRule
{
    const char *key;
    Kind kind;
    bool required;
    qsizetype maxLength = 0; ///< text only
};

struct TypeRule
{
    Protocol::Type type;
    const char *name;
    bool fromDevice;
    QList<FieldRule> fields;
};

const QList<TypeRule> &rules()
{
    using T = Protocol::Type;
    static const QList<TypeRule> table{
        {T::Hello,
         "hello",
         true,
         {{"protocol", Kind::Integer, true},
          {"code", Kind::Text, true, Protocol::MaxIdLength},
          {"name", Kind::Text, true, Protocol::MaxNameLength},
          {"device", Kind::Text, true, Protocol::MaxIdLength},
          {"last_seq", Kind::Integer, true},
          {"last_digest", Kind::Text, false, Protocol::MaxIdLength}}},
        {T::Welcome,
         "welcome",
         false,
         {{"protocol", Kind::Integer, true},
          {"role", Kind::Text, true},
          {"device", Kind::Text, true},
          {"title", Kind::Text, false},
          {"host_ms", Kind::Integer, true}}},
        {T::Refused, "refused", false, {{"reason", Kind::Text, true}, {"protocol", Kind::Integer, false}}},
        {T::Events, "events", false, {{"reset", Kind::Boolean, true}, {"events", Kind::Array, true}}},
        {T::Command,
         "command",
         true,
         {{"id", Kind::Text, true, Protocol::MaxIdLength}, {"command", Kind::Object, true}}},
        {T::Outcome,
         "outcome",
         false,
         {{"id", Kind::Text, true},
          {"ok", Kind::Boolean, true},
          {"error", Kind::Text, false},
          {"seq", Kind::Integer, false},
          {"value", Kind::Integer, false}}},
        {T::Ping, "ping", true, {{"t", Kind::Integer, true}}},
        {T::Pong, "pong", false, {{"t", Kind::Integer, true}, {"host_ms", Kind::Integer, true}}},
        {T::Chat,
         "chat",
         true,
         {{"text", Kind::Text, true, Protocol::MaxChatLength},
          {"from", Kind::Text, false},
          {"role", Kind::Text, false},
          {"to", Kind::Text, false, Protocol::MaxIdLength}}},
        {T::Devices, "devices", false, {{"devices", Kind::Array, true}}},
    };
    return table;
}

bool hasKind(const QJsonValue &value, Kind kind)
{
    switch (kind) {
    case Kind::Integer: {
        if (!value.isDouble()) {
            return false;
        }
        // The range first: converting a number beyond qint64 (1e20) to an integer is undefined behaviour.
        const double number = value.toDouble();
        return std::abs(number) <= 9'007'199'254'740'992.0 && number == double(qint64(number));
    }
    case Kind::Number:
        return value.isDouble();
    case Kind::Text:
        return value.isString();
    case Kind::Boolean:
        return value.isBool();
    case Kind::Object:
        return value.isObject();
    case Kind::Array:
        return value.isArray();
    }
    return false;
}

Result<Protocol::Message> readMessage(const QByteArray &bytes, bool fromDevice)
{
    if (fromDevice && bytes.size() > Protocol::MaxDeviceMessageBytes) {
        return Error{ErrorCode::InvalidArgument,
                     Protocol::tr("the message is larger than %1 bytes").arg(Protocol::MaxDeviceMessageBytes)};
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return Error{ErrorCode::Parse, Protocol::tr("the message is not a JSON object")};
    }
    const QJsonObject json = document.object();
    const QString typeName = json.value(u"type").toString();
    for (const TypeRule &rule : rules()) {
        if (typeName != QLatin1StringView(rule.name)) {
            continue;
        }
        if (fromDevice && !rule.fromDevice) {
            return Error{ErrorCode::InvalidArgument, Protocol::tr("a device may not send \"%1\"").arg(typeName)};
        }
        for (const FieldRule &field : rule.fields) {
            const QJsonValue value = json.value(QLatin1StringView(field.key));
            if (value.isUndefined()) {
                if (field.required) {
                    return Error{ErrorCode::InvalidArgument,
                                 Protocol::tr("\"%1\" needs \"%2\"").arg(typeName, QLatin1StringView(field.key))};
                }
                continue;
            }
            if (!hasKind(value, field.kind)) {
                return Error{ErrorCode::InvalidArgument,
                             Protocol::tr("\"%1\" has a wrong \"%2\"").arg(typeName, QLatin1StringView(field.key))};
            }
            if (field.maxLength > 0 && value.toString().size() > field.maxLength) {
                return Error{ErrorCode::InvalidArgument,
                             Protocol::tr("\"%2\" of \"%1\" is longer than %3 characters")
                                 .arg(typeName, QLatin1StringView(field.key))
                                 .arg(field.maxLength)};
            }
        }
        return Protocol::Message{rule.type, json};
    }
    return Error{ErrorCode::InvalidArgument, Protocol::tr("unknown message \"%1\"").arg(typeName.left(40))};
}

} // namespace

QString Protocol::typeName(Type type)
{
    for (const TypeRule &rule : rules()) {
        if (rule.type == type) {
            return QString::fromLatin1(rule.name);
        }
    }
    return {};
}

Result<Protocol::Message> Protocol::readDeviceMessage(const QByteArray &bytes)
{
    return readMessage(bytes, true);
}

Result<Protocol::Message> Protocol::readHostMessage(const QByteArray &bytes)
{
    return readMessage(bytes, false);
}

QByteArray Protocol::write(Type type, QJsonObject json)
{
    json.insert(u"type"_s, typeName(type));
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

QJsonObject Protocol::eventToJson(const Event &event)
{
    return {{u"seq"_s, double(event.seq)},
            {u"session_ms"_s, double(event.sessionMs)},
            {u"wall_ms"_s, double(event.wallMs)},
            {u"type"_s, EventCatalogue::name(event.type)},
            {u"data"_s, event.data}};
}

Result<Event> Protocol::eventFromJson(const QJsonValue &value)
{
    const QJsonObject json = value.toObject();
    for (const char *key : {"seq", "session_ms", "wall_ms"}) {
        if (!hasKind(json.value(QLatin1StringView(key)), Kind::Integer)) {
            return Error{ErrorCode::Parse, tr("an event has a wrong \"%1\"").arg(QLatin1StringView(key))};
        }
    }
    if (!json.value(u"data").isObject()) {
        return Error{ErrorCode::Parse, tr("an event has no data")};
    }
    auto type = EventCatalogue::parseName(json.value(u"type").toString());
    if (!type) {
        return type.error();
    }
    Event event;
    event.seq = qint64(json.value(u"seq").toDouble());
    event.sessionMs = qint64(json.value(u"session_ms").toDouble());
    event.wallMs = qint64(json.value(u"wall_ms").toDouble());
    event.type = type.value();
    event.data = json.value(u"data").toObject();
    return event;
}

QString Protocol::digest(const Event &event)
{
    const QByteArray bytes = QJsonDocument(eventToJson(event)).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(32));
}

QString Protocol::cleanText(const QString &text, qsizetype max)
{
    return truncated(oneLine(plainText(text)).trimmed(), max);
}

} // namespace core::share
