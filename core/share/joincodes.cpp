// SPDX-License-Identifier: MIT
#include "core/share/joincodes.h"

#include "core/session/session.h"

#include <QJsonDocument>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace core::share {
namespace {

/// RFC 4648 base32 without the letters people confuse (no padding is needed at 26 characters).
constexpr char Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/// Where a session keeps its join codes beside its log.
constexpr auto StoreKey = u"share_codes";

bool constantTimeEqual(const QString &a, const QString &b)
{
    // The length of a code is public; only its content must not leak through timing.
    if (a.size() != b.size()) {
        return false;
    }
    char16_t difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        difference |= char16_t(a.at(i).unicode() ^ b.at(i).unicode());
    }
    return difference == 0;
}

} // namespace

QList<TeamRole> JoinCodes::joinableRoles()
{
    QList<TeamRole> roles;
    for (const TeamRole role : allTeamRoles()) {
        if (role != TeamRole::OnsiteModerator) {
            roles.append(role);
        }
    }
    return roles;
}

QString JoinCodes::randomCode()
{
    QString code;
    code.reserve(CodeLength);
    QRandomGenerator *random = QRandomGenerator::system();
    for (qsizetype i = 0; i < CodeLength; ++i) {
        code.append(QChar::fromLatin1(Alphabet[random->bounded(32)]));
    }
    return code;
}

JoinCodes JoinCodes::generate()
{
    JoinCodes codes;
    for (const TeamRole role : joinableRoles()) {
        codes.m_codes.insert(role, randomCode());
    }
    return codes;
}

Result<JoinCodes> JoinCodes::fromJson(const QJsonObject &json)
{
    if (json.isEmpty()) {
        return Error{ErrorCode::Corrupt, tr("the join codes are damaged")};
    }
    JoinCodes codes;
    for (const TeamRole role : joinableRoles()) {
        if (!json.contains(teamRoleKey(role))) {
            // A role newer than the file (the room display): a code of its own, kept by forSession().
            codes.m_codes.insert(role, randomCode());
            continue;
        }
        const QString code = json.value(teamRoleKey(role)).toString();
        if (code.size() != CodeLength || !std::all_of(code.cbegin(), code.cend(), [](QChar c) {
                return c.unicode() < 128 && std::strchr(Alphabet, char(c.unicode())) != nullptr;
            })) {
            return Error{ErrorCode::Corrupt, tr("the join code for %1 is damaged").arg(teamRoleKey(role))};
        }
        codes.m_codes.insert(role, code);
    }
    return codes;
}

QJsonObject JoinCodes::toJson() const
{
    QJsonObject json;
    for (auto it = m_codes.cbegin(); it != m_codes.cend(); ++it) {
        json.insert(teamRoleKey(it.key()), it.value());
    }
    return json;
}

std::optional<TeamRole> JoinCodes::roleFor(const QString &code) const
{
    std::optional<TeamRole> found;
    for (auto it = m_codes.cbegin(); it != m_codes.cend(); ++it) {
        if (constantTimeEqual(code, it.value())) {
            found = it.key();
        }
    }
    return found;
}

Result<JoinCodes> JoinCodes::forSession(Session &session, bool renew)
{
    const auto kept = session.store().value(QString::fromUtf16(StoreKey));
    if (!kept) {
        return kept.error();
    }
    if (!kept.value().isEmpty() && !renew) {
        const QJsonObject json = QJsonDocument::fromJson(kept.value().toUtf8()).object();
        auto codes = fromJson(json);
        if (codes && codes.value().toJson().size() != json.size()) {
            if (auto ok = codes.value().keepIn(session); !ok) {
                return ok.error();
            }
        }
        return codes;
    }
    JoinCodes codes = generate();
    if (auto ok = codes.keepIn(session); !ok) {
        return ok.error();
    }
    return codes;
}

Result<void> JoinCodes::keepIn(Session &session) const
{
    return session.keepValue(QString::fromUtf16(StoreKey),
                             QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Compact)));
}

void JoinCodes::renew(TeamRole role)
{
    if (m_codes.contains(role)) {
        m_codes.insert(role, randomCode());
    }
}

} // namespace core::share
