// SPDX-License-Identifier: MIT
// Break-out assignment benchmark (not a ctest test): PEOPLE participants (every tenth online, five stakeholder
// groups, six regions, three genders, at different paces) into GROUPS groups (one online group per 10 online
// people, the rest in the room), RUNS times. Prints the median and the slowest run in ms, the group sizes and the
// balance figures (the largest difference between two groups in the count of any stakeholder group, region and
// gender). Exit status 1 when the assignment fails or its runs differ (it must be deterministic).
// Usage: bench_breakout [--people N] [--groups N] [--runs N]
#include "core/agenda/breakoutassignment.h"
#include "core/base/vocabulary.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

int option(const QStringList &arguments, const QString &name, int fallback)
{
    const qsizetype at = arguments.indexOf(name);
    return at >= 0 && at + 1 < arguments.size() ? std::max(1, arguments.at(at + 1).toInt()) : fallback;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const int people = option(arguments, u"--people"_s, 300);
    const int groupCount = option(arguments, u"--groups"_s, 30);
    const int runs = option(arguments, u"--runs"_s, 9);

    const QStringList stakeholders = core::Vocabulary::keys(core::Vocabulary::Kind::StakeholderGroup);
    const QStringList regions = core::Vocabulary::keys(core::Vocabulary::Kind::Region);
    const QStringList genders{u"woman"_s, u"man"_s, u"non-binary"_s};
    QList<core::BreakOutPerson> who;
    int online = 0;
    for (int i = 0; i < people; ++i) {
        const bool remote = i % 10 == 9;
        online += remote ? 1 : 0;
        who.append({i + 1,
                    remote,
                    stakeholders.at((i * 7 / 3) % stakeholders.size()),
                    regions.at((i / 2) % regions.size()),
                    genders.at((i * 5 / 4) % genders.size())});
    }
    const int onlineGroups = std::clamp(online / 10, online > 0 ? 1 : 0, groupCount - 1);
    core::BreakOut breakOut;
    for (int g = 0; g < groupCount; ++g) {
        core::BreakOutGroup group;
        group.id = g + 1;
        group.name = u"Group %1"_s.arg(g + 1);
        group.online = g >= groupCount - onlineGroups;
        breakOut.groups.append(group);
    }

    std::vector<double> times;
    std::optional<core::BreakOutAssignment> first;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto assigned = core::BreakOutAssigner::assign(breakOut, who);
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!assigned) {
            std::fprintf(stderr, "assignment failed: %s\n", qPrintable(assigned.error().detail));
            return 1;
        }
        if (!first) {
            first = assigned.value();
        } else if (first->breakOut != assigned->breakOut) {
            std::fprintf(stderr, "run %d differs from the first\n", run + 1);
            return 1;
        }
    }
    std::sort(times.begin(), times.end());
    const core::BreakOutBalance &b = first->balance;
    std::printf("people: %d (%d online)\n", people, online);
    std::printf("groups: %d (%d online)\n", groupCount, onlineGroups);
    std::printf("runs: %d\n", runs);
    std::printf("median ms: %.2f\n", times[times.size() / 2]);
    std::printf("max ms: %.2f\n", times.back());
    std::printf("sizes in the room: %d-%d\n", b.minSize, b.maxSize);
    std::printf("size spread: %d\n", b.sizeSpread);
    std::printf("stakeholder spread: %d\n", b.stakeholderSpread);
    std::printf("region spread: %d\n", b.regionSpread);
    std::printf("gender spread: %d\n", b.genderSpread);
    std::printf("explanation: %s\n", qPrintable(first->explanation));
    return 0;
}
