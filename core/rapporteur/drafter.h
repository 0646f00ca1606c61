// SPDX-License-Identifier: MIT
#pragma once

#include "core/rapporteur/transcript.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace core {

/// A rapporteur's note given to the drafter; tagged notes weigh most.
struct DraftNote
{
    enum class Tag
    {
        None,
        Takeaway,
        CallToAction,
    };

    int line = 0;
    QString text;
    Tag tag = Tag::None;
};

/// A drafted sentence with where it came from, so the rapporteur can check it.
struct DraftSentence
{
    QString text;
    QString speaker;
    QList<int> lines; ///< transcript or notes lines (1-based): every line the sentence was said or written on
    bool fromNotes = false;
};

struct Draft
{
    QString summary;                       ///< at most the word budget
    QList<DraftSentence> summarySentences; ///< the sentences the summary is made of, in order
    QList<DraftSentence> takeaways;        ///< at most three
    QList<DraftSentence> callsToAction;    ///< at most three: who should do what
    QStringList topics;                    ///< the main topics, most important first
};

/**
 * Drafts a discussion summary, key takeaways, calls to action and topics from a transcript and
 * the rapporteur's notes: offline, deterministic, extractive. Spoken text is cleaned of
 * disfluencies and housekeeping ("thank you, Chair", "you have the floor"), split into sentences,
 * stemmed; sentences are scored by their closeness to the discussion's centroid (tf-idf), then
 * picked with maximal marginal relevance, which avoids repeating a point and spreads the picks
 * over speakers. Calls to action come from a detector for obligations and appeals. Notes tagged
 * as takeaways or calls to action weigh most.
 *
 * Stateless and reentrant; it cannot fail. The work is near-linear in the size of the input,
 * whatever the input: a sentence said many times (a caption line pasted over and over) is scored
 * once and keeps the lines of all its repetitions, an unpunctuated stretch is cut into sentences of
 * at most MaxSentenceWords, and the selection considers at most MaxSelectionCandidates sentences.
 */
class Drafter final
{
    Q_DECLARE_TR_FUNCTIONS(core::Drafter)

public:
    static constexpr int DefaultWords = 250;
    /// Longer stretches without a sentence end are cut into pieces of this many words. The longest
    /// sentence in 220 real meetings (QMSum) has 228 words, so real sentences are never cut.
    static constexpr int MaxSentenceWords = 250;
    /// The selection (maximal marginal relevance) compares each candidate with the picks, so it looks
    /// only at this many of the best-scored distinct sentences. The largest QMSum meeting (25,000
    /// words) has about 1,000 candidates and the drafts of all 220 are the same with or without the
    /// cap; it binds only on input many times longer than a meeting.
    static constexpr int MaxSelectionCandidates = 2000;
    /// Tokens longer than this are not words (the longest English word in a dictionary has 45
    /// letters): identifiers, encoded data. They count for the word budget but carry no topic.
    static constexpr int MaxWordLength = 45;
    /// The rapporteur's notes file, for callers that read one: notes are typed during one session.
    static constexpr qint64 MaxNotesBytes = 1024 * 1024;

    [[nodiscard]] static Draft draft(const QList<TranscriptTurn> &turns, const QList<DraftNote> &notes, int words);

    /// One note a line; `#takeaway` or `#action` anywhere in the line tags it (other tags are kept as text).
    [[nodiscard]] static QList<DraftNote> parseNotes(const QString &text);

    [[nodiscard]] static QJsonObject toJson(const Draft &draft);

    /// Lowercase alphanumeric tokens, as ROUGE counts them.
    [[nodiscard]] static QStringList words(const QString &text);
    /// The first `words` words of text (whitespace-separated), for a word budget.
    [[nodiscard]] static QString cutToWords(const QString &text, int words);
};

} // namespace core
