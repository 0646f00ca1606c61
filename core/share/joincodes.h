// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/result.h"
#include "core/session/command.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

namespace core {
class Session;
}

namespace core::share {

/**
 * The codes that let a device join a shared session, one per role: 26 characters of base32 holding
 * 130 bits from the system's random generator. The onsite moderator has none (that is the host's own
 * window). A code is compared in constant time; renewing one makes the old one worthless.
 */
class JoinCodes final
{
    Q_DECLARE_TR_FUNCTIONS(core::share::JoinCodes)

public:
    static constexpr qsizetype CodeLength = 26;

    /// Fresh codes for every role that can join.
    [[nodiscard]] static JoinCodes generate();
    [[nodiscard]] static Result<JoinCodes> fromJson(const QJsonObject &json);
    [[nodiscard]] QJsonObject toJson() const;

    /// The codes a session is shared with: those kept beside its log, or new ones (kept there), so that a
    /// host that restarts shares with the same codes. renew: new codes whatever was kept.
    [[nodiscard]] static Result<JoinCodes> forSession(Session &session, bool renew = false);
    /// Keeps these codes beside the session's log (after renew()).
    [[nodiscard]] Result<void> keepIn(Session &session) const;

    /// The roles a device can join as (every team role but the onsite moderator).
    [[nodiscard]] static QList<TeamRole> joinableRoles();

    [[nodiscard]] QString code(TeamRole role) const { return m_codes.value(role); }

    /// The role a code gives, if any; every code is compared, in constant time.
    [[nodiscard]] std::optional<TeamRole> roleFor(const QString &code) const;
    void renew(TeamRole role);

private:
    [[nodiscard]] static QString randomCode();

    QMap<TeamRole, QString> m_codes;
};

} // namespace core::share
