// SPDX-License-Identifier: MIT
#pragma once

#include "core/agenda/agenda.h"
#include "core/base/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace core {

/// What the assignment knows of a person (the session turns its participants into these).
struct BreakOutPerson
{
    int id = 0;
    bool remote = false;      ///< online or at a remote hub: only in an online group
    QString stakeholderGroup; ///< as stored (a Vocabulary key or the person's own words), may be empty
    QString region;
    QString gender;
};

/**
 * How even an assignment is. A dimension's spread is, over every value of it (an empty value counts
 * as one, "not given"), the largest difference between two groups of the same kind (in the room, or
 * online) in how many people with that value they have. Sizes are compared the same way.
 */
struct BreakOutBalance
{
    int minSize = 0; ///< of the groups in the room (of the online ones when there are none)
    int maxSize = 0;
    int sizeSpread = 0;        ///< the largest size difference between two groups of the same kind
    int stakeholderSpread = 0; ///< the stakeholder groups' spread
    int regionSpread = 0;
    int genderSpread = 0;
    int unmetWishes = 0; ///< people whose own choice could not be kept (their group was full)
};

struct BreakOutAssignment
{
    BreakOut breakOut; ///< the groups with their members
    BreakOutBalance balance;
    QString explanation; ///< one sentence for the screen, in the current language
};

/**
 * Puts people into a break-out item's groups, deterministically (the same input gives the same
 * groups): group sizes differ by at most one among the groups in the room (and among the online
 * ones), remote people go only to online groups and people in the room only to the others, stakeholder
 * groups, regions and genders are spread as evenly as the people allow, a person who chose a group
 * stays in it while it has room, and the facilitators and rapporteurs stay in their groups.
 */
class BreakOutAssigner final
{
    Q_DECLARE_TR_FUNCTIONS(core::BreakOutAssigner)

public:
    /// Assigns `people` (each once) to the groups of `breakOut`; their present members are replaced.
    /// A request that cannot be met (more groups than people, remote people but no online group, ...)
    /// is an error saying why, and nothing is assigned.
    [[nodiscard]] static Result<BreakOutAssignment> assign(const BreakOut &breakOut,
                                                           const QList<BreakOutPerson> &people);

    /// Adds someone who came late to the least-full group that suits them (their choice first, if they
    /// made one and it has room); returns the group's id.
    [[nodiscard]] static Result<int>
    addLate(BreakOut *breakOut, const BreakOutPerson &person, const QList<BreakOutPerson> &people);

    /// The balance of groups as they are (`people` says who is what; members not among them are left out).
    [[nodiscard]] static BreakOutBalance measure(const BreakOut &breakOut, const QList<BreakOutPerson> &people);

    /// The sentence for the screen: "4 groups of 5–6; each has at least one person from Government, Civil
    /// Society and Private Sector."
    [[nodiscard]] static QString
    explain(const BreakOut &breakOut, const QList<BreakOutPerson> &people, const BreakOutBalance &balance);
};

} // namespace core
