// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/event.h"
#include "core/base/jsonfields.h"
#include "core/base/result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringView>

#include <optional>

namespace core {

struct EventField
{
    const char *key;
    FieldKind kind;
    bool required;
    const char *about;
    int since = 1; ///< the vocabulary version that introduced the field
};

struct EventSpec
{
    EventType type;
    const char *name; ///< as written in the file and in JSON Lines logs
    Areas areas;
    int since; ///< the vocabulary version that introduced it
    const char *about;
    QList<EventField> fields; ///< from the payload struct of the type (eventpayloads.h)
};

/**
 * The event vocabulary: the one table that names each event type, says what its payload holds (the
 * fields of its payload struct in eventpayloads.h), what it changes and since which vocabulary version it
 * exists. Readers of files and logs turn names into
 * EventType here; a name this build does not know means the file was made by a newer version.
 */
class EventCatalogue final
{
    Q_DECLARE_TR_FUNCTIONS(core::EventCatalogue)

public:
    /// The vocabulary this build writes and reads; files record the highest they were written with.
    static constexpr int Vocabulary = 6;

    [[nodiscard]] static const QList<EventSpec> &all();
    [[nodiscard]] static const EventSpec &spec(EventType type);
    [[nodiscard]] static QString name(EventType type);
    [[nodiscard]] static std::optional<EventType> fromName(QStringView name);
    /// The type for a name read from a file or a log; a name not in the vocabulary is an error saying
    /// the data was made by a newer version (ErrorCode::NewerVersion).
    [[nodiscard]] static Result<EventType> parseName(QStringView name, int fileVocabulary = 0);
    /// Checks that the payload has every required field and that each field it has is of its kind.
    [[nodiscard]] static Result<void> checkPayload(EventType type, const QJsonObject &data);

    [[nodiscard]] static Areas areas(EventType type) { return spec(type).areas; }

    /// The vocabulary an event needs to be read: its type's, or a newer field's it uses.
    [[nodiscard]] static int vocabularyOf(EventType type, const QJsonObject &data);

    [[nodiscard]] static QString fieldKindName(FieldKind kind);
};

} // namespace core
