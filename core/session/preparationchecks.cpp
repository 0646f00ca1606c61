// SPDX-License-Identifier: MIT
#include "core/session/preparationchecks.h"

using namespace Qt::StringLiterals;

namespace core {

QStringList PreparationChecks::warnings(const SessionState &state)
{
    return sharedTeamRoles(state.floor());
}

QStringList PreparationChecks::sharedTeamRoles(const FloorState &floor)
{
    QStringList warnings;
    for (const Participant &p : floor.participants()) {
        QStringList roles;
        if (p.hasRole(Role::Moderator)) {
            roles.append(tr("onsite moderator"));
        }
        if (p.hasRole(Role::OnlineModerator)) {
            roles.append(tr("online moderator"));
        }
        if (p.hasRole(Role::Rapporteur)) {
            roles.append(tr("rapporteur"));
        }
        if (roles.size() < 2) {
            continue;
        }
        const QString list = roles.size() == 2 ? tr("%1 and %2").arg(roles.at(0), roles.at(1))
                                               : tr("%1, %2 and %3").arg(roles.at(0), roles.at(1), roles.at(2));
        warnings.append(tr("%1 is %2 at once: one person can hardly follow the room, the online participants and "
                           "the notes together. Consider asking someone else to take one of these roles.")
                            .arg(p.name, list));
    }
    return warnings;
}

} // namespace core
