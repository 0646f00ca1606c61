// SPDX-License-Identifier: MIT
#include "core/agenda/breakoutassignment.h"

#include "core/base/vocabulary.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <climits>
#include <numeric>
#include <vector>

using namespace Qt::StringLiterals;

namespace core {
namespace {

constexpr int Dimensions = 3; // stakeholder group, region, gender

const QString &valueOf(const BreakOutPerson &person, int dimension)
{
    switch (dimension) {
    case 0:
        return person.stakeholderGroup;
    case 1:
        return person.region;
    default:
        return person.gender;
    }
}

/// People and groups as small numbers: each dimension's values interned, counts per group and value.
struct Board
{
    struct Member
    {
        int person = 0; // index into people
        std::array<int, Dimensions> values{};
        bool fixed = false; // a leader or a kept choice: never moved
    };

    QList<BreakOutPerson> people;
    std::array<QHash<QString, int>, Dimensions> valueIds;
    std::vector<int> groupOf;                                    // per person, -1: none yet
    std::vector<std::array<std::vector<int>, Dimensions>> count; // per group, dimension, value
    std::vector<int> size;                                       // per group
    std::vector<std::array<int, Dimensions>> values;             // per person

    Board(const QList<BreakOutPerson> &who, int groups)
        : people(who)
        , groupOf(size_t(who.size()), -1)
        , count(size_t(groups))
        , size(size_t(groups), 0)
        , values(size_t(who.size()))
    {
        for (qsizetype p = 0; p < who.size(); ++p) {
            for (int d = 0; d < Dimensions; ++d) {
                const QString value = valueOf(who.at(p), d).trimmed().toCaseFolded();
                auto it = valueIds[d].find(value);
                if (it == valueIds[d].end()) {
                    it = valueIds[d].insert(value, int(valueIds[d].size()));
                }
                values[size_t(p)][size_t(d)] = it.value();
            }
        }
        for (auto &group : count) {
            for (int d = 0; d < Dimensions; ++d) {
                group[size_t(d)].assign(size_t(valueIds[d].size()), 0);
            }
        }
    }

    void place(int person, int group, int delta = 1)
    {
        const auto &v = values[size_t(person)];
        for (int d = 0; d < Dimensions; ++d) {
            count[size_t(group)][size_t(d)][size_t(v[size_t(d)])] += delta;
        }
        size[size_t(group)] += delta;
        groupOf[size_t(person)] = delta > 0 ? group : -1;
    }

    /// How many people like `person` the group has already, over the dimensions (lower spreads better).
    [[nodiscard]] int likeness(int person, int group) const
    {
        int total = 0;
        const auto &v = values[size_t(person)];
        for (int d = 0; d < Dimensions; ++d) {
            total += count[size_t(group)][size_t(d)][size_t(v[size_t(d)])];
        }
        return total;
    }

    /// The change in the sum of squared counts if a (in its group) and b (in another) swapped.
    [[nodiscard]] int swapDelta(int a, int b) const
    {
        const int ga = groupOf[size_t(a)];
        const int gb = groupOf[size_t(b)];
        int delta = 0;
        for (int d = 0; d < Dimensions; ++d) {
            const int va = values[size_t(a)][size_t(d)];
            const int vb = values[size_t(b)][size_t(d)];
            if (va == vb) {
                continue;
            }
            const auto &ca = count[size_t(ga)][size_t(d)];
            const auto &cb = count[size_t(gb)][size_t(d)];
            delta += 2 * (ca[size_t(vb)] - ca[size_t(va)] + cb[size_t(va)] - cb[size_t(vb)]) + 4;
        }
        return delta;
    }
};

QString joinedList(const QStringList &names)
{
    if (names.size() <= 1) {
        return names.value(0);
    }
    return BreakOutAssigner::tr("%1 and %2", "the last two of a list")
        .arg(names.mid(0, names.size() - 1).join(u", "_s), names.constLast());
}

} // namespace

Result<BreakOutAssignment> BreakOutAssigner::assign(const BreakOut &breakOut, const QList<BreakOutPerson> &people)
{
    const int groupCount = int(breakOut.groups.size());
    if (groupCount == 0) {
        return Error{ErrorCode::InvalidArgument, tr("the break-out item has no groups to assign people to")};
    }
    QHash<int, int> indexOfPerson;
    QList<BreakOutPerson> everyone = people;
    for (qsizetype p = 0; p < everyone.size(); ++p) {
        if (everyone.at(p).id <= 0 || indexOfPerson.contains(everyone.at(p).id)) {
            return Error{ErrorCode::InvalidArgument, tr("a person is named twice or has no id")};
        }
        indexOfPerson.insert(everyone.at(p).id, int(p));
    }
    // Leaders stay in their groups, and count in them, even when they are not among the people.
    for (const auto &group : breakOut.groups) {
        for (int lead : {group.facilitator, group.rapporteur}) {
            if (lead > 0 && !indexOfPerson.contains(lead)) {
                indexOfPerson.insert(lead, int(everyone.size()));
                everyone.append(BreakOutPerson{lead, group.online, {}, {}, {}});
            }
        }
    }
    if (everyone.isEmpty()) {
        return Error{ErrorCode::InvalidArgument, tr("there is nobody to put into groups")};
    }
    Board board(everyone, groupCount);

    // The leaders first: a person leads one group only.
    for (int g = 0; g < groupCount; ++g) {
        const BreakOutGroup &group = breakOut.groups.at(g);
        for (int lead : {group.facilitator, group.rapporteur}) {
            if (lead <= 0) {
                continue;
            }
            const int p = indexOfPerson.value(lead);
            if (board.groupOf[size_t(p)] == g) {
                continue;
            }
            if (board.groupOf[size_t(p)] >= 0) {
                return Error{ErrorCode::InvalidArgument,
                             tr("participant %1 leads two groups; a person can lead one group only").arg(lead)};
            }
            board.place(p, g);
        }
    }

    // Each kind of group (in the room, online) shares its people out on its own.
    QList<int> unmetWishers;
    std::vector<int> capacity(size_t(groupCount), 0);
    for (const bool online : {false, true}) {
        QList<int> groups;
        for (int g = 0; g < groupCount; ++g) {
            if (breakOut.groups.at(g).online == online) {
                groups.append(g);
            }
        }
        int headCount = 0;
        for (qsizetype p = 0; p < everyone.size(); ++p) {
            const int placed = board.groupOf[size_t(p)];
            const bool inThisKind =
                placed >= 0 ? breakOut.groups.at(placed).online == online : everyone.at(p).remote == online;
            headCount += inThisKind ? 1 : 0;
        }
        if (headCount == 0) {
            continue;
        }
        if (groups.isEmpty()) {
            return Error{ErrorCode::InvalidArgument,
                         online ? tr("%Ln person(s) take part online, but no group is online: add an online group",
                                     nullptr,
                                     headCount)
                                : tr("%Ln person(s) are in the room, but every group is online: add a group in the "
                                     "room",
                                     nullptr,
                                     headCount)};
        }
        if (groups.size() > headCount) {
            return Error{ErrorCode::InvalidArgument,
                         online ? tr("%Ln online group(s) for %1 people online: there are more groups than people",
                                     nullptr,
                                     int(groups.size()))
                                      .arg(headCount)
                                : tr("%Ln group(s) in the room for %1 people there: there are more groups than people",
                                     nullptr,
                                     int(groups.size()))
                                      .arg(headCount)};
        }
        // Sizes: everyone gets the base, the first `extra` groups by what they hold already one more.
        const int base = headCount / int(groups.size());
        int extra = headCount % int(groups.size());
        QList<int> byFixed = groups;
        std::stable_sort(byFixed.begin(), byFixed.end(), [&](int a, int b) {
            return board.size[size_t(a)] > board.size[size_t(b)];
        });
        for (int g : std::as_const(byFixed)) {
            capacity[size_t(g)] = base + (extra > 0 ? 1 : 0);
            extra = std::max(0, extra - 1);
            if (board.size[size_t(g)] > capacity[size_t(g)]) {
                return Error{ErrorCode::InvalidArgument,
                             tr("the group \"%1\" has more leaders than its share of %Ln person(s)",
                                nullptr,
                                capacity[size_t(g)])
                                 .arg(breakOut.groups.at(g).name)};
            }
        }

        // People's own choices, while the group they chose has room (by id: the order people are listed in
        // does not matter).
        QList<int> byId(everyone.size());
        std::iota(byId.begin(), byId.end(), 0);
        std::sort(byId.begin(), byId.end(), [&](int a, int b) { return everyone.at(a).id < everyone.at(b).id; });
        QList<int> waiting;
        for (const int p : std::as_const(byId)) {
            if (board.groupOf[size_t(p)] >= 0 || everyone.at(p).remote != online) {
                continue;
            }
            int chosen = -1;
            int chosenOtherKind = -1;
            for (int g = 0; g < groupCount && chosen < 0; ++g) {
                if (breakOut.groups.at(g).wishes.contains(everyone.at(p).id)) {
                    (breakOut.groups.at(g).online == online ? chosen : chosenOtherKind) = g;
                }
            }
            if (chosen >= 0 && board.size[size_t(chosen)] < capacity[size_t(chosen)]) {
                board.place(p, chosen);
            } else {
                if (chosen >= 0 || chosenOtherKind >= 0) {
                    unmetWishers.append(everyone.at(p).id);
                }
                waiting.append(p);
            }
        }
        // The rarest people first, so that what is rare is shared out before the groups fill.
        std::vector<int> frequency[Dimensions];
        for (int d = 0; d < Dimensions; ++d) {
            frequency[d].assign(size_t(board.valueIds[d].size()), 0);
        }
        for (int p : std::as_const(waiting)) {
            for (int d = 0; d < Dimensions; ++d) {
                ++frequency[d][size_t(board.values[size_t(p)][size_t(d)])];
            }
        }
        auto rarity = [&](int p) {
            int rarest = INT_MAX;
            for (int d = 0; d < Dimensions; ++d) {
                rarest = std::min(rarest, frequency[d][size_t(board.values[size_t(p)][size_t(d)])]);
            }
            return rarest;
        };
        std::stable_sort(waiting.begin(), waiting.end(), [&](int a, int b) {
            const int ra = rarity(a);
            const int rb = rarity(b);
            return ra != rb ? ra < rb : everyone.at(a).id < everyone.at(b).id;
        });
        for (int p : std::as_const(waiting)) {
            int best = -1;
            for (int g : std::as_const(groups)) {
                if (board.size[size_t(g)] >= capacity[size_t(g)]) {
                    continue;
                }
                if (best < 0) {
                    best = g;
                    continue;
                }
                const int lg = board.likeness(p, g);
                const int lb = board.likeness(p, best);
                if (lg < lb || (lg == lb && board.size[size_t(g)] < board.size[size_t(best)])) {
                    best = g;
                }
            }
            board.place(p, best);
        }
        // Then swaps between groups while they make the spread more even (sum of squared counts).
        QList<int> movable;
        for (int p : std::as_const(waiting)) {
            movable.append(p);
        }
        for (int pass = 0; pass < 8; ++pass) {
            bool improved = false;
            for (qsizetype i = 0; i < movable.size(); ++i) {
                for (qsizetype j = i + 1; j < movable.size(); ++j) {
                    const int a = movable.at(i);
                    const int b = movable.at(j);
                    const int ga = board.groupOf[size_t(a)];
                    const int gb = board.groupOf[size_t(b)];
                    if (ga == gb || board.swapDelta(a, b) >= 0) {
                        continue;
                    }
                    board.place(a, ga, -1);
                    board.place(b, gb, -1);
                    board.place(a, gb);
                    board.place(b, ga);
                    improved = true;
                }
            }
            if (!improved) {
                break;
            }
        }
    }

    BreakOutAssignment result;
    result.breakOut = breakOut;
    for (int g = 0; g < groupCount; ++g) {
        BreakOutGroup &group = result.breakOut.groups[g];
        QList<int> members;
        for (qsizetype p = 0; p < everyone.size(); ++p) {
            if (board.groupOf[size_t(p)] == g) {
                members.append(everyone.at(p).id);
            }
        }
        std::sort(members.begin(), members.end());
        // The leaders first, then the others by id.
        QList<int> ordered;
        for (int lead : {group.facilitator, group.rapporteur}) {
            if (lead > 0 && !ordered.contains(lead)) {
                ordered.append(lead);
            }
        }
        for (int id : std::as_const(members)) {
            if (!ordered.contains(id)) {
                ordered.append(id);
            }
        }
        group.members = ordered;
    }
    result.balance = measure(result.breakOut, everyone);
    result.balance.unmetWishes = int(unmetWishers.size());
    result.explanation = explain(result.breakOut, everyone, result.balance);
    return result;
}

Result<int>
BreakOutAssigner::addLate(BreakOut *breakOut, const BreakOutPerson &person, const QList<BreakOutPerson> &people)
{
    if (const int already = breakOut->groupOf(person.id); already > 0) {
        return Error{ErrorCode::InvalidArgument,
                     tr("this person is already in the group \"%1\"").arg(breakOut->group(already)->name)};
    }
    QHash<int, const BreakOutPerson *> byId;
    for (const auto &p : people) {
        byId.insert(p.id, &p);
    }
    int best = -1;
    int bestSize = 0;
    int bestLikeness = 0;
    for (int g = 0; g < breakOut->groups.size(); ++g) {
        const BreakOutGroup &group = breakOut->groups.at(g);
        if (group.online != person.remote) {
            continue;
        }
        int likeness = 0;
        for (int id : group.members) {
            if (const BreakOutPerson *other = byId.value(id)) {
                for (int d = 0; d < Dimensions; ++d) {
                    const QString mine = valueOf(person, d).trimmed().toCaseFolded();
                    likeness += mine == valueOf(*other, d).trimmed().toCaseFolded() ? 1 : 0;
                }
            }
        }
        // Their own choice counts as the least full when it is no fuller than the others.
        const int size = int(group.members.size()) - (group.wishes.contains(person.id) ? 1 : 0);
        if (best < 0 || size < bestSize || (size == bestSize && likeness < bestLikeness)) {
            best = g;
            bestSize = size;
            bestLikeness = likeness;
        }
    }
    if (best < 0) {
        return Error{ErrorCode::InvalidArgument,
                     person.remote ? tr("no group is online: add an online group for people who join online")
                                   : tr("every group is online: add a group in the room")};
    }
    breakOut->groups[best].members.append(person.id);
    return breakOut->groups.at(best).id;
}

BreakOutBalance BreakOutAssigner::measure(const BreakOut &breakOut, const QList<BreakOutPerson> &people)
{
    QHash<int, const BreakOutPerson *> byId;
    for (const auto &p : people) {
        byId.insert(p.id, &p);
    }
    BreakOutBalance balance;
    bool sizesSet = false;
    for (const bool online : {false, true}) {
        QList<const BreakOutGroup *> groups;
        for (const auto &group : breakOut.groups) {
            if (group.online == online) {
                groups.append(&group);
            }
        }
        if (groups.isEmpty()) {
            continue;
        }
        std::array<QList<QHash<QString, int>>, Dimensions> counts;
        QList<int> sizes;
        bool anyone = false;
        for (const BreakOutGroup *group : std::as_const(groups)) {
            int size = 0;
            std::array<QHash<QString, int>, Dimensions> groupCounts;
            for (int id : group->members) {
                const BreakOutPerson *person = byId.value(id);
                if (!person) {
                    continue;
                }
                ++size;
                for (int d = 0; d < Dimensions; ++d) {
                    ++groupCounts[size_t(d)][valueOf(*person, d).trimmed().toCaseFolded()];
                }
            }
            anyone = anyone || size > 0;
            sizes.append(size);
            for (int d = 0; d < Dimensions; ++d) {
                counts[size_t(d)].append(groupCounts[size_t(d)]);
            }
        }
        if (!anyone) {
            continue;
        }
        const auto [smallest, largest] = std::minmax_element(sizes.begin(), sizes.end());
        if (!sizesSet) { // the groups in the room come first
            balance.minSize = *smallest;
            balance.maxSize = *largest;
            sizesSet = true;
        }
        balance.sizeSpread = std::max(balance.sizeSpread, *largest - *smallest);
        int *spreads[Dimensions] = {&balance.stakeholderSpread, &balance.regionSpread, &balance.genderSpread};
        for (int d = 0; d < Dimensions; ++d) {
            QSet<QString> values;
            for (const auto &groupCounts : counts[size_t(d)]) {
                for (auto it = groupCounts.begin(); it != groupCounts.end(); ++it) {
                    values.insert(it.key());
                }
            }
            for (const QString &value : std::as_const(values)) {
                int low = INT_MAX;
                int high = 0;
                for (const auto &groupCounts : counts[size_t(d)]) {
                    const int n = groupCounts.value(value);
                    low = std::min(low, n);
                    high = std::max(high, n);
                }
                *spreads[d] = std::max(*spreads[d], high - low);
            }
        }
    }
    return balance;
}

QString
BreakOutAssigner::explain(const BreakOut &breakOut, const QList<BreakOutPerson> &people, const BreakOutBalance &balance)
{
    QHash<int, const BreakOutPerson *> byId;
    for (const auto &p : people) {
        byId.insert(p.id, &p);
    }
    // Groups nobody is in (an online group when nobody joins online) are left out of the sentence.
    auto sizesOf = [&](bool online, int *count) {
        int low = INT_MAX;
        int high = 0;
        *count = 0;
        const bool anyone = std::any_of(breakOut.groups.begin(), breakOut.groups.end(), [&](const auto &group) {
            return group.online == online && !group.members.isEmpty();
        });
        for (const auto &group : breakOut.groups) {
            if (group.online == online && anyone) {
                ++*count;
                low = std::min(low, int(group.members.size()));
                high = std::max(high, int(group.members.size()));
            }
        }
        return low == high ? QString::number(low) : u"%1–%2"_s.arg(low).arg(high);
    };
    int inRoom = 0;
    int online = 0;
    const QString roomSizes = sizesOf(false, &inRoom);
    const QString onlineSizes = sizesOf(true, &online);
    QString groups;
    if (inRoom > 0 && online > 0) {
        groups = tr("%1 and %2", "group counts: in the room, then online")
                     .arg(tr("%Ln group(s) of %1 in the room", nullptr, inRoom).arg(roomSizes),
                          tr("%Ln online group(s) of %1", nullptr, online).arg(onlineSizes));
    } else if (inRoom > 0) {
        groups = tr("%Ln group(s) of %1", nullptr, inRoom).arg(roomSizes);
    } else if (online > 0) {
        groups = tr("%Ln online group(s) of %1", nullptr, online).arg(onlineSizes);
    } else {
        groups = tr("%Ln group(s), nobody in them yet", nullptr, int(breakOut.groups.size()));
    }

    // The stakeholder groups every group has someone from, in the order the IGF lists them.
    QStringList common;
    QStringList candidates = Vocabulary::keys(Vocabulary::Kind::StakeholderGroup);
    for (const auto &p : people) {
        if (!p.stakeholderGroup.isEmpty() && !candidates.contains(p.stakeholderGroup)) {
            candidates.append(p.stakeholderGroup);
        }
    }
    for (const QString &value : std::as_const(candidates)) {
        bool everywhere = true;
        for (const auto &group : breakOut.groups) {
            if (group.members.isEmpty()) {
                continue;
            }
            const bool has = std::any_of(group.members.begin(), group.members.end(), [&](int id) {
                const BreakOutPerson *person = byId.value(id);
                return person && person->stakeholderGroup == value;
            });
            everywhere = everywhere && has;
        }
        if (everywhere) {
            common.append(Vocabulary::displayName(Vocabulary::Kind::StakeholderGroup, value));
        }
    }
    QString sentence = common.isEmpty()
                           ? tr("%1; the stakeholder groups' numbers differ by at most %Ln between groups.",
                                nullptr,
                                balance.stakeholderSpread)
                                 .arg(groups)
                           : tr("%1; each has at least one person from %2.").arg(groups, joinedList(common));
    if (balance.unmetWishes > 0) {
        sentence += u' '
                    + tr("%Ln person's own choice could not be kept: the group was full.",
                         "plural: people's own choices",
                         balance.unmetWishes);
    }
    return sentence;
}

} // namespace core
