// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

struct sb_stemmer; // Snowball's, from libstemmer.h

namespace core {

/**
 * What the drafter knows of one language: its Snowball stemmer, its stop words, the phrases of
 * courtesy and procedure a rapporteur never keeps (greetings, thanks, audio checks, logistics, giving
 * the floor), the wording of calls to action, the disfluencies of speech and the abbreviations that
 * end in a full stop. English, French, Spanish, German, Portuguese, Russian and Arabic have their
 * own; other languages (Chinese) use no stemmer and no stop words, and English phrases.
 */
struct DraftLanguage
{
    QString code;     ///< "en", "fr", "es", "de", "pt", "ru", "ar", or another code with no rules of its own
    QString snowball; ///< the Snowball algorithm's name ("english"), empty: no stemming
    QSet<QString> stopwords;
    QRegularExpression courtesy; ///< greetings, thanks, apologies, audio checks, logistics, giving the floor
    /// The mechanics of a meeting (microphones, video links, interpretation channels, speaking times, the
    /// agenda's formalities): a sentence naming two of them is about running the meeting, not its subject.
    QRegularExpression procedure;
    QRegularExpression obligation; ///< "should", "must", "we call on" …: a call to action anywhere in a sentence
    QRegularExpression imperative; ///< a sentence that starts with an imperative: "Invest in …"
    QRegularExpression fillers;    ///< "um", "you know" …: removed before anything else
    QSet<QString> abbreviations;   ///< words whose full stop does not end a sentence ("mr", "dr")
    /**
     * Stem → how much more often than the average stem a human summary of a meeting keeps it, when the
     * meeting says it (negative: less often). Learned from real meetings and their summaries by
     * tests/benchmarks/bench_summarize (--write-summary-words) and read from resources/drafter/; English
     * only for now (other languages weigh no words).
     */
    QHash<QString, double> summaryWords;

    /// The rules for a language code ("fr", "fr_FR", "pt-BR"); unknown codes get English phrases and no stemmer.
    [[nodiscard]] static const DraftLanguage &forCode(const QString &code);
    /// The codes with rules of their own.
    [[nodiscard]] static QStringList codes();
    /**
     * The language a text is written in, of those with rules of their own: the one whose stop words make up
     * the largest share of its first few thousand words (Han characters: "zh"); `fallback` when the text is
     * too short to tell (fewer than 20 words) or no language has at least 10 % of the words as stop words.
     */
    [[nodiscard]] static QString detect(const QString &text, const QString &fallback = QStringLiteral("en"));
};

/// A Snowball stemmer for one language (thread-confined: make one per thread). Words are lowercase.
class Stemmer final
{
public:
    /// `algorithm` is a Snowball name ("english", "french", "porter"); empty or unknown: words stay as they are.
    explicit Stemmer(const QString &algorithm);
    ~Stemmer();
    Stemmer(const Stemmer &) = delete;
    Stemmer &operator=(const Stemmer &) = delete;

    [[nodiscard]] bool isValid() const { return m_stemmer != nullptr; }

    [[nodiscard]] QString stem(const QString &word);

private:
    ::sb_stemmer *m_stemmer = nullptr;
};

} // namespace core
