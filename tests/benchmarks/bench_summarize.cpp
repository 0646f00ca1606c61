// SPDX-License-Identifier: MIT
// Summary quality and speed on real committee meetings (QMSum): ROUGE-1, -2 and -L F1 of the drafted
// summary cut to the reference's word count, against the human whole-meeting summary, next to the lead
// baseline (the transcript's first N words) computed in the same run; and the drafting time (median of
// several runs) per transcript. Tokens are lowercase alphanumeric, Porter-stemmed when longer than 3 letters,
// as Google's rouge-score computes them.
// When Open Text Summarizer is installed (Debian package ots), `ots -r 2` runs on each transcript in the same
// go as a second baseline.
// Usage: bench_summarize [DATA_DIR] [--runs N]   (default: the project's ../shared/data/qmsum-committee;
//        skips cleanly when the folder is absent)
#include "core/rapporteur/drafter.h"
#include "core/rapporteur/porterstemmer.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

QStringList rougeTokens(const QString &text)
{
    QStringList tokens = core::Drafter::words(text);
    for (QString &token : tokens) {
        if (token.size() > 3) {
            token = core::PorterStemmer::stem(token);
        }
    }
    return tokens;
}

struct Score
{
    double r1 = 0;
    double r2 = 0;
    double rl = 0;
};

double f1(double overlap, double candidate, double reference)
{
    if (overlap <= 0 || candidate <= 0 || reference <= 0) {
        return 0;
    }
    const double p = overlap / candidate;
    const double r = overlap / reference;
    return 2 * p * r / (p + r);
}

double rougeN(const QStringList &candidate, const QStringList &reference, int n)
{
    auto grams = [n](const QStringList &tokens) {
        QHash<QString, int> counts;
        for (qsizetype i = 0; i + n <= tokens.size(); ++i) {
            ++counts[tokens.mid(i, n).join(u' ')];
        }
        return counts;
    };
    const QHash<QString, int> c = grams(candidate);
    const QHash<QString, int> r = grams(reference);
    double overlap = 0;
    for (auto it = c.begin(); it != c.end(); ++it) {
        overlap += std::min(it.value(), r.value(it.key()));
    }
    return f1(overlap,
              double(std::max<qsizetype>(0, candidate.size() - n + 1)),
              double(std::max<qsizetype>(0, reference.size() - n + 1)));
}

double rougeL(const QStringList &candidate, const QStringList &reference)
{
    std::vector<int> previous(size_t(reference.size()) + 1, 0);
    std::vector<int> current(size_t(reference.size()) + 1, 0);
    for (const QString &token : candidate) {
        for (qsizetype j = 1; j <= reference.size(); ++j) {
            current[size_t(j)] = token == reference.at(j - 1) ? previous[size_t(j - 1)] + 1
                                                              : std::max(previous[size_t(j)], current[size_t(j - 1)]);
        }
        std::swap(previous, current);
    }
    return f1(previous.back(), double(candidate.size()), double(reference.size()));
}

Score score(const QString &candidate, const QString &reference)
{
    const QStringList c = rougeTokens(candidate);
    const QStringList r = rougeTokens(reference);
    return {rougeN(c, r, 1), rougeN(c, r, 2), rougeL(c, r)};
}

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

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
    QStringList args = QCoreApplication::arguments().mid(1);
    int runs = 5;
    if (const qsizetype at = args.indexOf(u"--runs"_s); at >= 0 && at + 1 < args.size()) {
        runs = std::max(1, args.at(at + 1).toInt());
        args.remove(at, 2);
    }
    const QString dataDir =
        args.isEmpty() ? QStringLiteral(MODERATO_SHARED_DATA "/qmsum-committee") : args.constFirst();
    const QDir dir(dataDir);
    const QStringList transcripts = dir.entryList({u"*.transcript.txt"_s}, QDir::Files, QDir::Name);
    if (!dir.exists() || transcripts.isEmpty()) {
        std::printf("bench_summarize: no transcripts in %s; skipping.\n", qPrintable(dataDir));
        return 0;
    }
    Score drafted;
    Score lead;
    Score ots;
    const QString otsPath = QStandardPaths::findExecutable(u"ots"_s);
    std::vector<double> times;
    double largestWords = 0;
    double largestMs = 0;
    std::printf(
        "%-28s %7s %7s %7s %7s   %7s %7s %9s\n", "meeting", "words", "R-1", "R-2", "R-L", "lead R1", "lead R2", "ms");
    for (const QString &name : transcripts) {
        const QString base = name.chopped(QStringLiteral(".transcript.txt").size());
        const QString transcriptText = readAll(dir.filePath(name));
        const QString reference = readAll(dir.filePath(base + u".summary.txt"_s)).trimmed();
        if (reference.isEmpty()) {
            continue;
        }
        const int budget = int(reference.split(u' ', Qt::SkipEmptyParts).size());
        auto turns = core::Transcript::parse(transcriptText);
        if (!turns) {
            std::printf("%-28s cannot be read: %s\n", qPrintable(base), qPrintable(turns.error().detail));
            continue;
        }
        std::vector<double> runTimes;
        core::Draft draft;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            draft = core::Drafter::draft(turns.value(), {}, budget);
            runTimes.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        const double ms = median(runTimes);
        times.push_back(ms);
        const double words = double(transcriptText.split(u' ', Qt::SkipEmptyParts).size());
        if (words > largestWords) {
            largestWords = words;
            largestMs = ms;
        }
        QStringList spoken;
        for (const auto &turn : turns.value()) {
            spoken.append(turn.text);
        }
        const Score s = score(core::Drafter::cutToWords(draft.summary, budget), reference);
        const Score l = score(core::Drafter::cutToWords(spoken.join(u' '), budget), reference);
        if (!otsPath.isEmpty()) {
            QProcess process;
            process.start(otsPath, {u"-r"_s, u"2"_s, dir.filePath(name)});
            process.waitForFinished(60'000);
            const QString summary = QString::fromUtf8(process.readAllStandardOutput()).simplified();
            const Score o = score(core::Drafter::cutToWords(summary, budget), reference);
            ots = {ots.r1 + o.r1, ots.r2 + o.r2, ots.rl + o.rl};
        }
        drafted = {drafted.r1 + s.r1, drafted.r2 + s.r2, drafted.rl + s.rl};
        lead = {lead.r1 + l.r1, lead.r2 + l.r2, lead.rl + l.rl};
        std::printf("%-28s %7.0f %7.3f %7.3f %7.3f   %7.3f %7.3f %9.1f\n",
                    qPrintable(base),
                    words,
                    s.r1,
                    s.r2,
                    s.rl,
                    l.r1,
                    l.r2,
                    ms);
    }
    const double n = double(times.size());
    if (n == 0) {
        return 0;
    }
    std::printf("\nMean ROUGE F1 over %.0f meetings (summary cut to the reference's word count)\n", n);
    std::printf("%-40s %7s %7s %7s\n", "system", "R-1", "R-2", "R-L");
    std::printf("%-40s %7.3f %7.3f %7.3f\n", "Moderato drafter", drafted.r1 / n, drafted.r2 / n, drafted.rl / n);
    std::printf("%-40s %7.3f %7.3f %7.3f\n", "lead (first N words), same run", lead.r1 / n, lead.r2 / n, lead.rl / n);
    if (!otsPath.isEmpty()) {
        std::printf("%-40s %7.3f %7.3f %7.3f\n",
                    "Open Text Summarizer (ots -r 2), same run",
                    ots.r1 / n,
                    ots.r2 / n,
                    ots.rl / n);
        std::printf("%-40s %6.2fx %6.2fx %6.2fx\n",
                    "ratio drafter/ots",
                    drafted.r1 / std::max(1e-9, ots.r1),
                    drafted.r2 / std::max(1e-9, ots.r2),
                    drafted.rl / std::max(1e-9, ots.rl));
    } else {
        std::printf("(Open Text Summarizer is not installed: apt-get install ots adds it as a second baseline)\n");
    }
    std::printf("%-40s %6.2fx %6.2fx %6.2fx\n",
                "ratio drafter/lead",
                drafted.r1 / std::max(1e-9, lead.r1),
                drafted.r2 / std::max(1e-9, lead.r2),
                drafted.rl / std::max(1e-9, lead.rl));
    std::printf(
        "\nDrafting time: median %.1f ms per meeting; the largest (%.0f words) %.1f ms (median of %d runs, one core)\n",
        median(times),
        largestWords,
        largestMs,
        runs);
    return 0;
}
