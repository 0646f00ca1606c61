// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/jsonnumber.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <cmath>
#include <optional>
#include <tuple>
#include <type_traits>
#include <utility>

namespace core {

/// The JSON kind of one field of a payload (an event's or a command's).
enum class FieldKind : quint8
{
    Integer,  ///< an id, a count, a page
    Duration, ///< milliseconds (a JSON number; whole, at most a day unless said)
    Time,     ///< milliseconds on the session's axis or UTC since the epoch
    Boolean,
    Text,   ///< plain text, or a key from a fixed set
    List,   ///< a JSON array
    Object, ///< a JSON object
};

namespace json {

template<typename T>
struct OptionalTraits
{
    static constexpr bool isOptional = false;
    using Value = T;
};

template<typename T>
struct OptionalTraits<std::optional<T>>
{
    static constexpr bool isOptional = true;
    using Value = T;
};

/// Whether a member is a std::optional: absent from the JSON when it holds no value.
template<typename T>
inline constexpr bool IsOptional = OptionalTraits<T>::isOptional;

/// The type a member holds (T for std::optional<T>).
template<typename T>
using ValueOf = typename OptionalTraits<T>::Value;

template<typename T>
struct IsQList : std::false_type
{};

template<typename E>
struct IsQList<QList<E>> : std::true_type
{};

/// A payload struct: it lists its fields (see field()).
template<typename S>
concept HasFields = requires
{
    S::fields();
};

/// The kind a member of type T has unless its field says otherwise (a qint64 is a duration unless it is
/// declared a time or an integer).
template<typename T>
constexpr FieldKind defaultKind()
{
    using V = ValueOf<T>;
    if constexpr (std::is_same_v<V, bool>) {
        return FieldKind::Boolean;
    } else if constexpr (std::is_same_v<V, int>) {
        return FieldKind::Integer;
    } else if constexpr (std::is_same_v<V, qint64>) {
        return FieldKind::Duration;
    } else if constexpr (std::is_same_v<V, QString>) {
        return FieldKind::Text;
    } else if constexpr (std::is_same_v<V, QJsonArray> || IsQList<V>::value) {
        return FieldKind::List;
    } else {
        return FieldKind::Object;
    }
}

/// Whether a kind suits a member of type T (an integer, a duration and a time are all whole numbers).
template<typename T>
constexpr bool kindFits(FieldKind kind)
{
    using V = ValueOf<T>;
    if constexpr (std::is_same_v<V, int> || std::is_same_v<V, qint64>) {
        return kind == FieldKind::Integer || kind == FieldKind::Duration || kind == FieldKind::Time;
    } else {
        return kind == defaultKind<T>();
    }
}

} // namespace json

/**
 * A field of a payload struct (a command's or an event's): its JSON key, the member, whether a payload
 * must have it, its kind, and, for the documentation, what it holds and since which vocabulary it exists.
 * Declared with field() and refined in place: field("limit_ms", &S::limitMs).about("the turn's limit").
 */
template<typename Struct, typename T>
struct Field
{
    const char *key;
    T Struct::*member;
    bool required = true;
    FieldKind kind = FieldKind::Object;
    const char *description = "";
    int vocabulary = 1; ///< the event vocabulary that introduced the field

    /// The same field with another kind of the same JSON type (a time rather than a duration).
    [[nodiscard]] constexpr Field as(FieldKind newKind) const
    {
        Field f = *this;
        f.kind = newKind;
        return f;
    }

    [[nodiscard]] constexpr Field about(const char *text) const
    {
        Field f = *this;
        f.description = text;
        return f;
    }

    [[nodiscard]] constexpr Field since(int version) const
    {
        Field f = *this;
        f.vocabulary = version;
        return f;
    }
};

template<typename Struct, typename T>
constexpr Field<Struct, T> field(const char *key, T Struct::*member, bool required = true)
{
    return {key, member, required, json::defaultKind<T>()};
}

namespace json {

// What a command may carry (events are checked by their folds): a whole number is a JSON number without
// a fraction, within what a double holds exactly; a duration is one within a day either way.
inline constexpr qint64 DayMs = 24 * 3'600'000LL;
inline constexpr qsizetype MaxTextLength = 100'000;
inline constexpr qsizetype MaxListLength = 10'000;

inline bool isWhole(const QJsonValue &value, double limit)
{
    if (!value.isDouble()) {
        return false;
    }
    const double number = value.toDouble();
    return std::isfinite(number) && std::floor(number) == number && std::fabs(number) <= limit;
}

/**
 * JSON for one type of member. kind names it in a command's description; write() gives its JSON;
 * read() takes a command's value strictly (false: not of the kind, or out of bounds); readLoose() takes
 * an event's value as the folds always have: a value that does not fit leaves the member as it was (its
 * default), a time or duration is clamped (jsonMs), and a list keeps what its entries give.
 */
template<typename T>
struct Codec;

template<>
struct Codec<int>
{
    static constexpr const char *kind = "integer";

    static QJsonValue write(int value) { return value; }

    static bool read(const QJsonValue &json, int *value)
    {
        if (!isWhole(json, 2'147'483'647.0)) {
            return false;
        }
        *value = int(json.toDouble());
        return true;
    }

    static void readLoose(const QJsonValue &json, int *value) { *value = json.toInt(*value); }
};

template<>
struct Codec<qint64>
{
    static constexpr const char *kind = "duration";

    static QJsonValue write(qint64 value) { return double(value); }

    static bool read(const QJsonValue &json, qint64 *value)
    {
        if (!isWhole(json, double(DayMs))) {
            return false;
        }
        *value = qint64(json.toDouble());
        return true;
    }

    static void readLoose(const QJsonValue &json, qint64 *value) { *value = jsonMs(json, *value); }
};

template<>
struct Codec<bool>
{
    static constexpr const char *kind = "boolean";

    static QJsonValue write(bool value) { return value; }

    static bool read(const QJsonValue &json, bool *value)
    {
        if (!json.isBool()) {
            return false;
        }
        *value = json.toBool();
        return true;
    }

    static void readLoose(const QJsonValue &json, bool *value) { *value = json.toBool(*value); }
};

template<>
struct Codec<QString>
{
    static constexpr const char *kind = "text";

    static QJsonValue write(const QString &value) { return value; }

    static bool read(const QJsonValue &json, QString *value)
    {
        if (!json.isString() || json.toString().size() > MaxTextLength) {
            return false;
        }
        *value = json.toString();
        return true;
    }

    static void readLoose(const QJsonValue &json, QString *value) { *value = json.toString(*value); }
};

/// A list of ids; in an event, an entry that is not a whole number reads as -1 (no such id).
template<>
struct Codec<QList<int>>
{
    static constexpr const char *kind = "list";

    static QJsonValue write(const QList<int> &value)
    {
        QJsonArray array;
        for (int id : value) {
            array.append(id);
        }
        return array;
    }

    static bool read(const QJsonValue &json, QList<int> *value)
    {
        if (!json.isArray() || json.toArray().size() > MaxListLength) {
            return false;
        }
        QList<int> list;
        for (const QJsonValue &entry : json.toArray()) {
            int id = 0;
            if (!Codec<int>::read(entry, &id)) {
                return false;
            }
            list.append(id);
        }
        *value = list;
        return true;
    }

    static void readLoose(const QJsonValue &json, QList<int> *value)
    {
        QList<int> list;
        for (const QJsonValue &entry : json.toArray()) {
            list.append(entry.toInt(-1));
        }
        *value = list;
    }
};

/// A list of texts; in an event, an entry that is not text reads as empty text.
template<>
struct Codec<QStringList>
{
    static constexpr const char *kind = "list";

    static QJsonValue write(const QStringList &value) { return QJsonArray::fromStringList(value); }

    static bool read(const QJsonValue &json, QStringList *value)
    {
        if (!json.isArray() || json.toArray().size() > MaxListLength) {
            return false;
        }
        QStringList list;
        for (const QJsonValue &entry : json.toArray()) {
            QString text;
            if (!Codec<QString>::read(entry, &text)) {
                return false;
            }
            list.append(text);
        }
        *value = list;
        return true;
    }

    static void readLoose(const QJsonValue &json, QStringList *value)
    {
        QStringList list;
        for (const QJsonValue &entry : json.toArray()) {
            list.append(entry.toString());
        }
        *value = list;
    }
};

template<>
struct Codec<QJsonObject>
{
    static constexpr const char *kind = "object";

    static QJsonValue write(const QJsonObject &value) { return value; }

    static bool read(const QJsonValue &json, QJsonObject *value)
    {
        if (!json.isObject()) {
            return false;
        }
        *value = json.toObject();
        return true;
    }

    static void readLoose(const QJsonValue &json, QJsonObject *value) { *value = json.toObject(); }
};

template<>
struct Codec<QJsonArray>
{
    static constexpr const char *kind = "list";

    static QJsonValue write(const QJsonArray &value) { return value; }

    static bool read(const QJsonValue &json, QJsonArray *value)
    {
        if (!json.isArray()) {
            return false;
        }
        *value = json.toArray();
        return true;
    }

    static void readLoose(const QJsonValue &json, QJsonArray *value) { *value = json.toArray(); }
};

template<HasFields S>
QJsonObject writeFields(const S &payload);
template<HasFields S>
S readFieldsLoose(const QJsonObject &json);

/// A list of small payload structs, as JSON objects ([{item, planned_ms}, ...]); an entry that is not an
/// object reads as one with every member at its default.
template<HasFields S>
struct Codec<QList<S>>
{
    static constexpr const char *kind = "list";

    static QJsonValue write(const QList<S> &value)
    {
        QJsonArray array;
        for (const S &entry : value) {
            array.append(writeFields(entry));
        }
        return array;
    }

    static void readLoose(const QJsonValue &json, QList<S> *value)
    {
        QList<S> list;
        for (const QJsonValue &entry : json.toArray()) {
            list.append(readFieldsLoose<S>(entry.toObject()));
        }
        *value = list;
    }
};

/// Calls f with each field a payload struct declares, in order.
template<HasFields S, typename F>
void forEachField(F &&f)
{
    std::apply([&](const auto &...fields) { (f(fields), ...); }, S::fields());
}

/// Writes one field: always, or for a std::optional member only when it holds a value.
template<typename S, typename T>
void writeField(const Field<S, T> &f, const S &payload, QJsonObject *json)
{
    const T &value = payload.*(f.member);
    if constexpr (IsOptional<T>) {
        if (value) {
            json->insert(QString::fromLatin1(f.key), Codec<ValueOf<T>>::write(*value));
        }
    } else {
        json->insert(QString::fromLatin1(f.key), Codec<T>::write(value));
    }
}

/// The JSON object of a payload struct.
template<HasFields S>
QJsonObject writeFields(const S &payload)
{
    QJsonObject json;
    forEachField<S>([&](const auto &f) { writeField(f, payload, &json); });
    return json;
}

/// A payload struct from the fields a JSON object has, read loosely (Codec::readLoose): a field it lacks
/// keeps its member's default (a std::optional stays empty). Checking the kinds is the caller's part.
template<HasFields S>
S readFieldsLoose(const QJsonObject &json)
{
    S payload{};
    forEachField<S>([&](const auto &f) {
        using T = std::remove_cvref_t<decltype(payload.*(f.member))>;
        const QJsonValue value = json.value(QLatin1StringView(f.key));
        if (value.isUndefined()) {
            return;
        }
        if constexpr (IsOptional<T>) {
            ValueOf<T> held{};
            Codec<ValueOf<T>>::readLoose(value, &held);
            payload.*(f.member) = std::move(held);
        } else {
            Codec<T>::readLoose(value, &(payload.*(f.member)));
        }
    });
    return payload;
}

/// Whether every field of a payload struct is declared consistently: a std::optional member is not
/// required, and each field's kind suits its member.
template<HasFields S>
constexpr bool fieldsAreConsistent()
{
    return std::apply(
        [](const auto &...fields) {
            return ([](const auto &f) {
                using T = std::remove_cvref_t<decltype(std::declval<S>().*(f.member))>;
                return (!IsOptional<T> || !f.required) && kindFits<T>(f.kind);
            }(fields)
                    && ... && true);
        },
        S::fields());
}

} // namespace json
} // namespace core
