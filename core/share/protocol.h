// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/event.h"
#include "core/base/result.h"
#include "core/session/command.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace core::share {

/**
 * The messages a shared session exchanges between the host and a joined device, one JSON object per
 * WebSocket text message: {"type": ..., ...}. docs/protocol.md describes each one. The host is the
 * only writer: a device sends commands, and changes its copy only from the events the host sends.
 *
 * Everything a device sends is read here, before anything else sees it: size, syntax, the message's
 * type and the kind and length of each field. Transport-free, so it is tested without a network.
 */
class Protocol final
{
    Q_DECLARE_TR_FUNCTIONS(core::share::Protocol)

public:
    /// The protocol this build speaks; a device of another version is told so and disconnected.
    static constexpr int Version = 1;
    /// The largest message a device may send (a command with a note of a few pages fits easily).
    static constexpr qsizetype MaxDeviceMessageBytes = 64 * 1024;
    /// The most events the host sends in one message (a resync of a long session is several messages).
    static constexpr qsizetype EventsPerMessage = 500;
    static constexpr qsizetype MaxNameLength = 80;
    static constexpr qsizetype MaxChatLength = 500;
    static constexpr qsizetype MaxIdLength = 64;
    /// The default port a host listens on.
    static constexpr quint16 DefaultPort = 47195;

    enum class Type : quint8
    {
        Hello,   ///< device -> host: protocol, join code, name, device id, the last event it holds
        Welcome, ///< host -> device: the role, the session, where the device's log continues
        Refused, ///< host -> device: why not (then the host closes the connection)
        Events,  ///< host -> device: events after the device's last one, in order
        Command, ///< device -> host: a command of the catalogue with the device's id for it
        Outcome, ///< host -> device: a command's outcome (ok with the event's number, or the error)
        Ping,    ///< device -> host: the device's clock, to estimate the host's
        Pong,    ///< host -> device: the device's clock back, with the host's session time
        Chat,    ///< both ways: the back channel between the moderator and a team member
        Devices, ///< host -> devices: who is connected
    };

    [[nodiscard]] static QString typeName(Type type);

    /// A message as read from a device: its type and the object, checked for the type's fields.
    struct Message
    {
        Type type = Type::Hello;
        QJsonObject json;
    };

    /// Reads a device's message; refuses anything too large, not a JSON object, of an unknown type,
    /// or with a field missing, of the wrong kind or too long.
    [[nodiscard]] static Result<Message> readDeviceMessage(const QByteArray &bytes);
    /// Reads a host's message (a device trusts the host, but a broken one must not crash it).
    [[nodiscard]] static Result<Message> readHostMessage(const QByteArray &bytes);

    [[nodiscard]] static QByteArray write(Type type, QJsonObject json);

    [[nodiscard]] static QJsonObject eventToJson(const Event &event);
    [[nodiscard]] static Result<Event> eventFromJson(const QJsonValue &json);
    /// A short digest of an event, to tell whether a device's copy forked from the host's log.
    [[nodiscard]] static QString digest(const Event &event);

    /// Text from a device, made safe to keep and show: trimmed, control characters removed, cut to max.
    [[nodiscard]] static QString cleanText(const QString &text, qsizetype max);
};

} // namespace core::share
