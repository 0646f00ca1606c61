// SPDX-License-Identifier: MIT
#pragma once

// Transcripts that once made the drafter slow, generated on the fly (deterministically, so every run
// and every machine sees the same bytes) instead of committing megabytes. Each generator fills about
// `bytes` bytes of UTF-8 text. Used by tst_drafter (it must finish and stay sane) and by
// bench_bounded (how the time grows with the size). Header-only, so benchmarks need no extra library.

#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cstdint>

namespace tests::slow {

/// The shape of the original report's caption line: 52 bytes with its line end, two sentences (so the
/// repeated words still weigh something); repeated 4,843 times it is the 252 KB input that took 15 s.
inline const QString &captionLine()
{
    static const QString line = QStringLiteral(">> Thank you. Everybody needs secure open internet.\n");
    return line;
}

inline constexpr int OriginalRepetitions = 4843;

/// A small deterministic generator (a 64-bit LCG, Knuth's MMIX constants): the same numbers everywhere.
class Random
{
public:
    explicit Random(std::uint64_t seed)
        : m_state(seed)
    {}

    int below(int n)
    {
        m_state = m_state * 6364136223846793005ULL + 1442695040888963407ULL;
        return int((m_state >> 33) % std::uint64_t(n));
    }

private:
    std::uint64_t m_state;
};

/// A pronounceable made-up word of two to four syllables: an open vocabulary, as a long meeting has.
inline QString word(Random &random)
{
    static const QStringList syllables{
        QStringLiteral("ka"),   QStringLiteral("lo"),  QStringLiteral("mi"),  QStringLiteral("ter"),
        QStringLiteral("nu"),   QStringLiteral("sa"),  QStringLiteral("vel"), QStringLiteral("or"),
        QStringLiteral("pi"),   QStringLiteral("dan"), QStringLiteral("re"),  QStringLiteral("gu"),
        QStringLiteral("tion"), QStringLiteral("bo"),  QStringLiteral("win"), QStringLiteral("ex"),
        QStringLiteral("fa"),   QStringLiteral("ly"),  QStringLiteral("mon"), QStringLiteral("che")};
    QString result;
    const int count = 2 + random.below(3);
    for (int i = 0; i < count; ++i) {
        result += syllables.at(random.below(int(syllables.size())));
    }
    return result;
}

/// One line said over and over: the caption line repeated until about `bytes`.
inline QString repeatedLine(qsizetype bytes)
{
    QString text;
    const qsizetype lines = std::max<qsizetype>(1, bytes / captionLine().size());
    text.reserve(lines * captionLine().size());
    for (qsizetype i = 0; i < lines; ++i) {
        text += captionLine();
    }
    return text;
}

/// Thousands of distinct short sentences ("Speaker: a sentence.") from a large made-up vocabulary.
inline QString distinctSentences(qsizetype bytes)
{
    Random random(1);
    QStringList delegates;
    for (int i = 0; i < 40; ++i) {
        delegates.append(QStringLiteral("Delegate ") + word(random));
    }
    QString text;
    while (text.size() < bytes) {
        text += delegates.at(random.below(int(delegates.size()))) + QStringLiteral(": ");
        const int words = 6 + random.below(8);
        QString sentence;
        for (int i = 0; i < words; ++i) {
            sentence += (i == 0 ? QString() : QStringLiteral(" ")) + word(random);
        }
        sentence[0] = sentence.at(0).toUpper();
        text += sentence + QStringLiteral(".\n");
    }
    return text;
}

/// One line with no punctuation at all: a caption feed that never ends a sentence.
inline QString hugeLine(qsizetype bytes)
{
    Random random(2);
    QString text = QStringLiteral(">> ");
    while (text.size() < bytes) {
        text += word(random) + QStringLiteral(" ");
    }
    return text + QStringLiteral("\n");
}

/// Thousands of speakers, most saying one of a few points (the same sentences from many mouths).
inline QString manySpeakers(qsizetype bytes)
{
    static const QStringList points{
        QStringLiteral("Governments should fund security certification for small suppliers in every region."),
        QStringLiteral("Baseline requirements for connected devices must cover encryption and updates."),
        QStringLiteral("Civil society needs a seat at the table when standards for the internet are written."),
        QStringLiteral("Local languages remain missing from most online services and public platforms."),
        QStringLiteral("Rural communities still lack affordable broadband connections and digital skills training.")};
    Random random(3);
    QString text;
    int speaker = 0;
    while (text.size() < bytes) {
        // A label may not end in a digit (that reads as a clock time): number first, then a name.
        text += QStringLiteral("Participant %1 %2: ").arg(++speaker).arg(word(random));
        if (random.below(4) == 0) {
            // Now and then a point of their own.
            QString own;
            for (int i = 0; i < 8; ++i) {
                own += (i == 0 ? QString() : QStringLiteral(" ")) + word(random);
            }
            own[0] = own.at(0).toUpper();
            text += own + QStringLiteral(".\n");
        } else {
            text += points.at(random.below(int(points.size()))) + QStringLiteral("\n");
        }
    }
    return text;
}

/// Near-duplicates: one long sentence with one made-up word changed each time.
inline QString nearDuplicates(qsizetype bytes)
{
    Random random(4);
    QString text;
    while (text.size() < bytes) {
        text += QStringLiteral("Speaker: Supply chain security depends on baseline requirements for every supplier "
                               "of connected devices in the %1 region.\n")
                    .arg(word(random));
    }
    return text;
}

struct Input
{
    const char *name;
    QString (*make)(qsizetype bytes);
};

/// Every slow input, by name, for tests and benchmarks.
inline QList<Input> inputs()
{
    return {{"repeated-line", &repeatedLine},
            {"distinct-sentences", &distinctSentences},
            {"huge-line", &hugeLine},
            {"many-speakers", &manySpeakers},
            {"near-duplicates", &nearDuplicates}};
}

} // namespace tests::slow
