// SPDX-License-Identifier: MIT
// Bounded work for any input: the drafting time of each slow input (tests/support/slowinputs.h) at a few
// sizes, so the growth with the size is visible, next to a baseline from the same run: reading the
// transcript (Transcript::parse: splitting lines and turns), which is linear. Times are the median of
// several runs, in milliseconds; "x base" is the drafting time over the baseline's.
// Usage: bench_bounded [--runs N] [--sizes KB,KB,...] [--give-up SECONDS]
//        (defaults: 3 runs; 50,250,1000,4000 KB; an input's larger sizes are skipped once one run took longer
//        than the give-up time, 120 s, so the benchmark also finishes against a quadratic drafter)
#include "core/rapporteur/drafter.h"
#include "tests/support/slowinputs.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n == 0 ? 0 : (n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    auto option = [&](const QString &name, const QString &fallback) {
        const qsizetype at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
    };
    const int runs = std::max(1, option(u"--runs"_s, u"3"_s).toInt());
    const double giveUpMs = 1000.0 * std::max(1, option(u"--give-up"_s, u"120"_s).toInt());
    QList<qsizetype> sizes;
    for (const QString &kb : option(u"--sizes"_s, u"50,250,1000,4000"_s).split(u',', Qt::SkipEmptyParts)) {
        sizes.append(qsizetype(kb.toLongLong()) * 1000);
    }

    std::printf("%-20s %9s %8s %8s %11s %11s %8s %7s\n",
                "input",
                "KB",
                "turns",
                "picked",
                "parse ms",
                "draft ms",
                "x base",
                "ms/MB");
    for (const tests::slow::Input &input : tests::slow::inputs()) {
        bool gaveUp = false;
        for (const qsizetype bytes : std::as_const(sizes)) {
            if (gaveUp) {
                std::printf("%-20s %9.0f   skipped: a smaller size took longer than %.0f s\n",
                            input.name,
                            double(bytes) / 1000,
                            giveUpMs / 1000);
                continue;
            }
            const QString text = input.make(bytes);
            std::vector<double> parseTimes;
            std::vector<double> draftTimes;
            qsizetype turnCount = 0;
            qsizetype picked = 0;
            for (int run = 0; run < runs && !gaveUp; ++run) {
                QElapsedTimer timer;
                timer.start();
                const auto turns = core::Transcript::parse(text);
                parseTimes.push_back(double(timer.nsecsElapsed()) / 1e6);
                if (!turns) {
                    std::printf("%-20s cannot be read: %s\n", input.name, qPrintable(turns.error().detail));
                    return 1;
                }
                turnCount = turns.value().size();
                timer.restart();
                const core::Draft draft = core::Drafter::draft(turns.value(), {}, core::Drafter::DefaultWords);
                draftTimes.push_back(double(timer.nsecsElapsed()) / 1e6);
                picked = draft.summarySentences.size();
                gaveUp = draftTimes.back() > giveUpMs;
            }
            const double parseMs = median(parseTimes);
            const double draftMs = median(draftTimes);
            std::printf("%-20s %9.0f %8lld %8lld %11.1f %11.1f %8.1f %7.0f%s\n",
                        input.name,
                        double(text.toUtf8().size()) / 1000,
                        static_cast<long long>(turnCount),
                        static_cast<long long>(picked),
                        parseMs,
                        draftMs,
                        draftMs / std::max(parseMs, 1e-3),
                        draftMs / (double(text.toUtf8().size()) / 1e6),
                        gaveUp ? "  (one run only: it took too long)" : "");
            std::fflush(stdout);
        }
    }
    std::printf("\nmedian of %d runs; ms/MB stays about flat when the drafting time grows linearly with the size\n",
                runs);
    return 0;
}
