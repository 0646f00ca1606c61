// SPDX-License-Identifier: MIT
// Summary quality on meetings the drafter was not tuned on, and its speed. ROUGE-1, -2 and -L F1 of the
// drafted summary cut to the reference's word count, against the human whole-meeting summary (tokens
// lowercase alphanumeric, Porter-stemmed when longer than 3 letters, as Google's rouge-score computes them).
//
// The drafter's weights (core::DrafterParams) are tuned by k-fold cross-validation: the meetings (the
// committee meetings of qmsum-committee and the research and product meetings of qmsum-other) are dealt into
// K folds, each domain spread evenly; for each fold the weights are tuned (coordinate search over a fixed
// grid from every weight neutral, until a pass changes nothing, maximizing the mean of (R-1 + R-2) / 2, each
// domain weighing the same) on the other folds only, and scored on the fold. Every meeting is scored exactly once, by
// weights that never saw it: the figures printed are those held-out scores, per fold and in the mean, next to the lead
// baseline (the transcript's first N words) and Open Text Summarizer (`ots -r 2`, Debian package ots, when installed)
// on the same meetings in the same run, and the shipped defaults on the same meetings. Last, the weights tuned on all
// meetings: the defaults to ship (the procedure whose held-out figure is reported above). The summary words
// (core::DraftLanguage::summaryWords: how much more often than the average stem a human summary keeps a stem)
// are learned the same way, each fold's from its training meetings only.
// Speed: drafting (prepare + select) of each committee meeting with the shipped defaults, median of --runs,
// and the time scaled to 20,000 words.
// Usage: bench_summarize [DATA_ROOT] [--runs N] [--folds K] [--no-tuning] [--write-summary-words FILE]
//        --no-tuning: the shipped defaults on every meeting instead of the cross-validation (not a held-out figure)
//        --write-summary-words FILE: write the summary words learned from all meetings (the table to ship,
//        resources/drafter/summary-words-en.tsv); each fold of the cross-validation learns its own from its
//        training meetings only
//        (DATA_ROOT default: the project's ../shared/data; skips cleanly when it is absent)
#include "core/rapporteur/drafter.h"
#include "tests/support/porterstemmer.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QStandardPaths>

#include <algorithm>
#include <array>
#include <cstdio>
#include <functional>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

QStringList rougeTokens(const QString &text)
{
    static QHash<QString, QString> stems; // the bench is single-threaded
    QStringList tokens = core::Drafter::words(text);
    for (QString &token : tokens) {
        if (token.size() > 3) {
            auto found = stems.constFind(token);
            if (found == stems.constEnd()) {
                found = stems.insert(token, rouge::PorterStemmer::stem(token));
            }
            token = found.value();
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

struct Meeting
{
    QString name;
    QString domain; // committee, academic, product
    int fold = 0;
    int budget = 0;
    double words = 0;
    QStringList reference; // ROUGE tokens
    std::shared_ptr<const core::PreparedDraft> prepared;
    QList<core::TranscriptTurn> turns;
    QSet<QString> stems;
    QSet<QString> referenceStems;
    Score lead;
    Score ots;
    bool hasOts = false;
};

Score scoreTokens(const QString &candidate, const QStringList &reference)
{
    const QStringList c = rougeTokens(candidate);
    return {rougeN(c, reference, 1), rougeN(c, reference, 2), rougeL(c, reference)};
}

Score evaluate(const Meeting &meeting, const core::DrafterParams &params)
{
    const core::Draft draft = core::Drafter::select(*meeting.prepared, params, meeting.budget);
    return scoreTokens(core::Drafter::cutToWords(draft.summary, meeting.budget), meeting.reference);
}

/// The tuning objective: mean (R-1 + R-2) / 2, each domain weighing the same.
double objective(const std::vector<const Meeting *> &meetings, const core::DrafterParams &params)
{
    QHash<QString, std::pair<double, int>> byDomain;
    for (const Meeting *meeting : meetings) {
        const Score s = evaluate(*meeting, params);
        auto &entry = byDomain[meeting->domain];
        entry.first += (s.r1 + s.r2) / 2;
        ++entry.second;
    }
    double sum = 0;
    for (const auto &entry : std::as_const(byDomain)) {
        sum += entry.first / entry.second;
    }
    return byDomain.isEmpty() ? 0 : sum / double(byDomain.size());
}

/// One tunable weight: where it lives in DrafterParams and the values tried.
struct Knob
{
    const char *name;
    std::function<double &(core::DrafterParams &)> field;
    std::vector<double> values;
};

std::vector<Knob> knobs()
{
    // minWords is an int: tuned through a double shadow, copied in apply().
    return {
        {"openingBonus", [](core::DrafterParams &p) -> double & { return p.openingBonus; }, {0, 0.2, 0.4, 0.6, 0.9}},
        {"openingShare",
         [](core::DrafterParams &p) -> double & { return p.openingShare; },
         {0.02, 0.04, 0.06, 0.1, 0.15}},
        {"lambda", [](core::DrafterParams &p) -> double & { return p.lambda; }, {0.6, 0.75, 0.9, 1.0}},
        {"speakerCost", [](core::DrafterParams &p) -> double & { return p.speakerCost; }, {0, 0.02, 0.04, 0.08}},
        {"shortFactor", [](core::DrafterParams &p) -> double & { return p.shortFactor; }, {0.3, 0.5, 0.8, 1.0}},
        {"fragmentFactor", [](core::DrafterParams &p) -> double & { return p.fragmentFactor; }, {0.1, 0.3, 0.6, 1.0}},
        {"densityWeight", [](core::DrafterParams &p) -> double & { return p.densityWeight; }, {0, 0.1, 0.2, 0.4}},
        {"summaryWordWeight", [](core::DrafterParams &p) -> double & { return p.summaryWordWeight; }, {0, 1, 2, 4, 8}},
        {"questionFactor", [](core::DrafterParams &p) -> double & { return p.questionFactor; }, {0.5, 0.8, 1.0}},
    };
}

const std::vector<int> MinWordsValues{5, 8, 12, 16};

/// A stem seen in fewer meetings than this tells too little of what summaries keep: it is left out.
constexpr int SummaryWordMinMeetings = 3;
/// Smoothing: a stem's rate is pulled toward the average rate as if this many meetings had it at that rate.
constexpr double SummaryWordPrior = 5;

/// DraftLanguage::summaryWords learned from some meetings: for each stem the meetings say, the share of them whose
/// human summary keeps it (smoothed), less the same share over all stems.
std::shared_ptr<const QHash<QString, double>> learnSummaryWords(const std::vector<const Meeting *> &meetings)
{
    struct Count
    {
        int meetings = 0; // saying it
        int kept = 0;     // of those, whose summary keeps it
    };

    QHash<QString, Count> counts;
    for (const Meeting *meeting : meetings) {
        for (const QString &stem : meeting->stems) {
            Count &entry = counts[stem];
            ++entry.meetings;
            entry.kept += meeting->referenceStems.contains(stem) ? 1 : 0;
        }
    }
    double said = 0;
    double kept = 0;
    for (const Count &entry : std::as_const(counts)) {
        if (entry.meetings >= SummaryWordMinMeetings) {
            said += entry.meetings;
            kept += entry.kept;
        }
    }
    const double base = kept / std::max(1.0, said);
    auto words = std::make_shared<QHash<QString, double>>();
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        if (it.value().meetings >= SummaryWordMinMeetings) {
            words->insert(it.key(),
                          (it.value().kept + SummaryWordPrior * base) / (it.value().meetings + SummaryWordPrior)
                              - base);
        }
    }
    return words;
}

bool writeSummaryWords(const QString &path, const QHash<QString, double> &words, size_t meetings)
{
    QStringList stems = words.keys();
    stems.sort();
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return false;
    }
    QByteArray text =
        QStringLiteral("# Written by bench_summarize --write-summary-words from %1 meetings of QMSum (Zhong et al., "
                       "NAACL 2021; MIT licence) and their human summaries.\n# stem<TAB>how much more "
                       "often than the average stem a summary keeps it when the meeting says it\n")
            .arg(meetings)
            .toUtf8();
    for (const QString &stem : std::as_const(stems)) {
        text += stem.toUtf8() + '\t' + QByteArray::number(words.value(stem), 'f', 4) + '\n';
    }
    return file.write(text) == text.size();
}

/// Coordinate search: each weight in turn takes its best value with the others fixed, pass after pass until a
/// pass changes nothing (at most MaxPasses).
core::DrafterParams tune(const std::vector<const Meeting *> &training)
{
    // The search starts from every weight neutral, never from the shipped defaults: those were chosen on all the
    // meetings, the held-out ones included.
    core::DrafterParams best;
    best.openingBonus = 0;
    best.openingShare = 0.06;
    best.lambda = 0.75;
    best.speakerCost = 0;
    best.minWords = 5;
    best.shortFactor = 1;
    best.fragmentFactor = 1;
    best.densityWeight = 0;
    best.questionFactor = 1;
    best.summaryWordWeight = 0;
    best.summaryWords = learnSummaryWords(training);
    double bestValue = objective(training, best);
    constexpr int MaxPasses = 5;
    for (int pass = 0; pass < MaxPasses; ++pass) {
        bool changed = false;
        for (const Knob &knob : knobs()) {
            for (double value : knob.values) {
                core::DrafterParams trial = best;
                if (knob.field(trial) == value) {
                    continue;
                }
                knob.field(trial) = value;
                const double v = objective(training, trial);
                if (v > bestValue + 1e-9) {
                    bestValue = v;
                    best = trial;
                    changed = true;
                }
            }
        }
        for (int value : MinWordsValues) {
            core::DrafterParams trial = best;
            if (trial.minWords == value) {
                continue;
            }
            trial.minWords = value;
            const double v = objective(training, trial);
            if (v > bestValue + 1e-9) {
                bestValue = v;
                best = trial;
                changed = true;
            }
        }
        if (!changed) {
            break;
        }
    }
    return best;
}

QString describe(const core::DrafterParams &p)
{
    return QStringLiteral("openingBonus %1, openingShare %2, lambda %3, speakerCost %4, minWords %5, shortFactor %6, "
                          "fragmentFactor %7, densityWeight %8, questionFactor %9, summaryWordWeight %10")
        .arg(p.openingBonus)
        .arg(p.openingShare)
        .arg(p.lambda)
        .arg(p.speakerCost)
        .arg(p.minWords)
        .arg(p.shortFactor)
        .arg(p.fragmentFactor)
        .arg(p.densityWeight)
        .arg(p.questionFactor)
        .arg(p.summaryWordWeight);
}

struct Sum
{
    Score total;
    int n = 0;

    void add(const Score &s)
    {
        total = {total.r1 + s.r1, total.r2 + s.r2, total.rl + s.rl};
        ++n;
    }

    [[nodiscard]] Score mean() const { return n ? Score{total.r1 / n, total.r2 / n, total.rl / n} : Score{}; }
};

void printRow(const char *label, const Sum &sum)
{
    const Score m = sum.mean();
    std::printf("  %-34s %7.3f %7.3f %7.3f   (%d meetings)\n", label, m.r1, m.r2, m.rl, sum.n);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // a line at a time: the tuning takes minutes
    QStringList args = QCoreApplication::arguments().mid(1);
    int runs = 5;
    int folds = 5;
    bool tuning = true;
    if (const qsizetype at = args.indexOf(u"--runs"_s); at >= 0 && at + 1 < args.size()) {
        runs = std::max(1, args.at(at + 1).toInt());
        args.remove(at, 2);
    }
    if (const qsizetype at = args.indexOf(u"--folds"_s); at >= 0 && at + 1 < args.size()) {
        folds = std::max(2, args.at(at + 1).toInt());
        args.remove(at, 2);
    }
    QString summaryWordsPath;
    if (const qsizetype at = args.indexOf(u"--write-summary-words"_s); at >= 0 && at + 1 < args.size()) {
        summaryWordsPath = args.at(at + 1);
        args.remove(at, 2);
    }
    if (const qsizetype at = args.indexOf(u"--no-tuning"_s); at >= 0) {
        tuning = false;
        args.remove(at);
    }
    const QString root = args.isEmpty() ? QStringLiteral(MODERATO_SHARED_DATA) : args.constFirst();
    const QString otsPath = QStandardPaths::findExecutable(u"ots"_s);
    std::vector<Meeting> meetings;
    QHash<QString, int> perDomain;
    for (const QString &folder : {u"qmsum-committee"_s, u"qmsum-other"_s}) {
        const QDir dir(root + u'/' + folder);
        for (const QString &name : dir.entryList({u"*.transcript.txt"_s}, QDir::Files, QDir::Name)) {
            Meeting meeting;
            meeting.name = name.chopped(QStringLiteral(".transcript.txt").size());
            meeting.domain = folder == u"qmsum-committee"_s ? u"committee"_s : meeting.name.section(u'-', 0, 0);
            const QString text = readAll(dir.filePath(name));
            const QString reference = readAll(dir.filePath(meeting.name + u".summary.txt"_s)).trimmed();
            auto turns = core::Transcript::parse(text);
            if (reference.isEmpty() || !turns) {
                continue;
            }
            meeting.turns = turns.value();
            meeting.budget = int(reference.split(u' ', Qt::SkipEmptyParts).size());
            meeting.words = double(text.split(u' ', Qt::SkipEmptyParts).size());
            meeting.reference = rougeTokens(reference);
            core::DraftOptions options;
            options.words = meeting.budget;
            meeting.prepared = core::Drafter::prepare(meeting.turns, {}, options);
            meeting.stems = core::Drafter::stemsOf(*meeting.prepared);
            {
                core::TranscriptTurn summaryTurn;
                summaryTurn.speaker = u"Summary"_s;
                summaryTurn.text = reference;
                meeting.referenceStems = core::Drafter::stemsOf(*core::Drafter::prepare({summaryTurn}, {}, options));
            }
            QStringList spoken;
            for (const auto &turn : std::as_const(meeting.turns)) {
                spoken.append(turn.text);
            }
            meeting.lead = scoreTokens(core::Drafter::cutToWords(spoken.join(u' '), meeting.budget), meeting.reference);
            if (!otsPath.isEmpty()) {
                QProcess process;
                process.start(otsPath, {u"-r"_s, u"2"_s, dir.filePath(name)});
                process.waitForFinished(60'000);
                const QString summary = QString::fromUtf8(process.readAllStandardOutput()).simplified();
                meeting.ots = scoreTokens(core::Drafter::cutToWords(summary, meeting.budget), meeting.reference);
                meeting.hasOts = true;
            }
            meeting.fold = perDomain[meeting.domain]++ % folds;
            meetings.push_back(std::move(meeting));
        }
    }
    if (meetings.empty()) {
        std::printf("bench_summarize: no meetings under %s; skipping.\n", qPrintable(root));
        return 0;
    }
    std::printf("%zu meetings: %d committee, %d academic, %d product; %d folds\n\n",
                meetings.size(),
                perDomain.value(u"committee"_s),
                perDomain.value(u"academic"_s),
                perDomain.value(u"product"_s),
                folds);

    if (!summaryWordsPath.isEmpty()) {
        std::vector<const Meeting *> all;
        for (const Meeting &meeting : meetings) {
            all.push_back(&meeting);
        }
        const auto words = learnSummaryWords(all);
        if (!writeSummaryWords(summaryWordsPath, *words, all.size())) {
            std::fprintf(stderr, "bench_summarize: cannot write %s\n", qPrintable(summaryWordsPath));
            return 1;
        }
        std::printf("Summary words learned from all %zu meetings (%lld stems) written to %s\n\n",
                    all.size(),
                    static_cast<long long>(words->size()),
                    qPrintable(summaryWordsPath));
    }

    const QStringList domains{u"committee"_s, u"academic"_s, u"product"_s};
    if (tuning) {
        QHash<QString, Sum> heldOut;
        QHash<QString, Sum> leads;
        QHash<QString, Sum> otss;
        QHash<QString, Sum> defaults;
        for (int fold = 0; fold < folds; ++fold) {
            std::vector<const Meeting *> training;
            std::vector<const Meeting *> testing;
            for (const Meeting &meeting : meetings) {
                (meeting.fold == fold ? testing : training).push_back(&meeting);
            }
            const core::DrafterParams params = tune(training);
            std::printf("Fold %d: tuned on %zu meetings, scored on %zu: %s\n",
                        fold + 1,
                        training.size(),
                        testing.size(),
                        qPrintable(describe(params)));
            QHash<QString, Sum> foldDrafter;
            QHash<QString, Sum> foldLead;
            QHash<QString, Sum> foldOts;
            for (const Meeting *meeting : testing) {
                const Score s = evaluate(*meeting, params);
                foldDrafter[meeting->domain].add(s);
                heldOut[meeting->domain].add(s);
                foldLead[meeting->domain].add(meeting->lead);
                leads[meeting->domain].add(meeting->lead);
                defaults[meeting->domain].add(evaluate(*meeting, core::DrafterParams{}));
                if (meeting->hasOts) {
                    foldOts[meeting->domain].add(meeting->ots);
                    otss[meeting->domain].add(meeting->ots);
                }
            }
            for (const QString &domain : domains) {
                if (foldDrafter.value(domain).n == 0) {
                    continue;
                }
                const Score d = foldDrafter.value(domain).mean();
                const Score l = foldLead.value(domain).mean();
                const Score o = foldOts.value(domain).mean();
                std::printf(
                    "  %-10s held out: drafter %.3f / %.3f / %.3f   lead %.3f / %.3f   ots %.3f / %.3f   (%d)\n",
                    qPrintable(domain),
                    d.r1,
                    d.r2,
                    d.rl,
                    l.r1,
                    l.r2,
                    o.r1,
                    o.r2,
                    foldDrafter.value(domain).n);
            }
        }
        std::printf("\nCross-validated ROUGE F1 (every meeting scored by weights tuned without it)\n");
        std::printf("  %-34s %7s %7s %7s\n", "system", "R-1", "R-2", "R-L");
        for (const QString &domain : domains) {
            if (heldOut.value(domain).n == 0) {
                continue;
            }
            std::printf("%s meetings\n", qPrintable(domain));
            printRow("Moderato drafter (held out)", heldOut.value(domain));
            printRow("lead (first N words)", leads.value(domain));
            if (otss.value(domain).n > 0) {
                printRow("Open Text Summarizer (ots -r 2)", otss.value(domain));
            }
            printRow("shipped defaults (see below)", defaults.value(domain));
            const Score d = heldOut.value(domain).mean();
            const Score l = leads.value(domain).mean();
            std::printf("  %-34s %6.2fx %6.2fx %6.2fx\n",
                        "ratio held out / lead",
                        d.r1 / std::max(1e-9, l.r1),
                        d.r2 / std::max(1e-9, l.r2),
                        d.rl / std::max(1e-9, l.rl));
        }
        if (otsPath.isEmpty()) {
            std::printf("(Open Text Summarizer is not installed: apt-get install ots adds it as a second baseline)\n");
        }
        std::vector<const Meeting *> all;
        for (const Meeting &meeting : meetings) {
            all.push_back(&meeting);
        }
        std::printf("\nWeights tuned on all %zu meetings (the defaults to ship): %s\n",
                    all.size(),
                    qPrintable(describe(tune(all))));
        std::printf("Shipped defaults:                               %s\n",
                    qPrintable(describe(core::DrafterParams{})));
    }

    if (!tuning) {
        // A quick look while working on the drafter: the shipped defaults on every meeting. These meetings chose the
        // defaults, so this is not a held-out figure; only the cross-validated table above is.
        QHash<QString, Sum> defaults;
        QHash<QString, Sum> leads;
        for (const Meeting &meeting : meetings) {
            defaults[meeting.domain].add(evaluate(meeting, core::DrafterParams{}));
            leads[meeting.domain].add(meeting.lead);
        }
        std::printf("Shipped defaults on all meetings (not held out: these meetings chose them)\n");
        std::printf("  %-34s %7s %7s %7s\n", "system", "R-1", "R-2", "R-L");
        for (const QString &domain : domains) {
            if (defaults.value(domain).n > 0) {
                std::printf("%s meetings\n", qPrintable(domain));
                printRow("Moderato drafter (shipped defaults)", defaults.value(domain));
                printRow("lead (first N words)", leads.value(domain));
            }
        }
    }

    std::vector<double> perTwentyThousand;
    double largestWords = 0;
    double largestMs = 0;
    for (const Meeting &meeting : meetings) {
        if (meeting.domain != u"committee"_s) {
            continue;
        }
        std::vector<double> times;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            const core::Draft draft = core::Drafter::draft(meeting.turns, {}, meeting.budget);
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
            Q_UNUSED(draft);
        }
        const double ms = median(times);
        perTwentyThousand.push_back(ms * 20'000 / std::max(1.0, meeting.words));
        if (meeting.words > largestWords) {
            largestWords = meeting.words;
            largestMs = ms;
        }
    }
    if (!perTwentyThousand.empty()) {
        std::printf("\nDrafting time (shipped defaults, median of %d runs, one core): the largest committee meeting "
                    "(%.0f words) %.1f ms; per 20,000 words median %.1f ms, worst %.1f ms\n",
                    runs,
                    largestWords,
                    largestMs,
                    median(perTwentyThousand),
                    *std::max_element(perTwentyThousand.begin(), perTwentyThousand.end()));
    }
    return 0;
}
