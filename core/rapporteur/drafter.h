// SPDX-License-Identifier: MIT
#pragma once

#include "core/rapporteur/transcript.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QStringList>

#include <memory>

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
    QString speaker;    ///< who held the floor when the note was written (empty: nobody)
    QString group;      ///< their stakeholder group
    int itemId = 0;     ///< the agenda item then (0: not known)
    qint64 timeMs = -1; ///< session time then (-1: not known)
};

/// A drafted sentence with where it came from, so the rapporteur can check it.
struct DraftSentence
{
    QString text;
    QString speaker;
    QList<int> lines; ///< transcript or notes lines (1-based): every line the sentence was said or written on
    bool fromNotes = false;
    QString group;      ///< the speaker's stakeholder group, when known
    int itemId = 0;     ///< the agenda item it was said or written in (0: not known)
    qint64 timeMs = -1; ///< when (session time for notes, the transcript's own time for turns; -1: not known)
};

/**
 * The drafter's weights. The defaults were chosen by tests/benchmarks/bench_summarize, which tunes
 * them with k-fold cross-validation over real meetings (committee, research and product meetings)
 * and reports only the figures of meetings left out of the tuning.
 */
struct DrafterParams
{
    double openingShare = 0.06;  ///< the first share of the sentences counts as the opening
    double openingBonus = 0.4;   ///< added to an opening sentence's score: openings name the subject
    double lambda = 0.6;         ///< maximal marginal relevance: weight of relevance against novelty
    double speakerCost = 0.04;   ///< each pick from the same speaker costs this much for the next
    int minWords = 5;            ///< shorter sentences are penalized …
    double shortFactor = 0.8;    ///< … by this factor (also longer than 60 words)
    double fragmentFactor = 1.0; ///< a sentence that starts in lower case (cut by an interruption): 1, no penalty
    double densityWeight = 0.4;  ///< added per content word share: dense sentences say more per word
    double questionFactor = 1.0; ///< a question's score is multiplied by this
    /// Added per the mean summary-word weight of a sentence's stems (DraftLanguage::summaryWords): how much
    /// likelier than the average word a human summary of a meeting is to keep them.
    double summaryWordWeight = 4.0;
    /// The summary words to weigh instead of the language's own, e.g. learned from some meetings only while
    /// tuning (an empty table weighs nothing); null: the language's.
    std::shared_ptr<const QHash<QString, double>> summaryWords;
};

/// How to draft: the word budget, the session's language and who moderates.
struct DraftOptions
{
    int words = 250;
    QString language;       ///< "en", "fr" …; empty: the language the transcript and notes are written in (detected)
    QStringList moderators; ///< speakers whose courtesy and procedure lines are dropped more readily
    QHash<QString, QString> groups; ///< speaker → stakeholder group, for the drafted lines' sources
    DrafterParams params;
};

class PreparedDraft;

struct Draft
{
    QString summary;                       ///< at most the word budget
    QList<DraftSentence> summarySentences; ///< the sentences the summary is made of, in order
    QList<DraftSentence> takeaways;        ///< the tagged notes (all of them), then drafted ones up to three
    QList<DraftSentence> callsToAction;    ///< the tagged notes (all of them), then drafted ones up to three
    QStringList topics;                    ///< the main topics, most important first
    QString language;                      ///< the language it was drafted in
};

/**
 * Drafts a discussion summary, key takeaways, calls to action and topics from a transcript and
 * the rapporteur's notes: offline, deterministic, extractive. Spoken text is cleaned of
 * disfluencies and housekeeping ("thank you, Chair", "you have the floor"), split into sentences,
 * stemmed; sentences are scored by their closeness to the discussion's centroid (tf-idf) and by
 * the words human summaries keep (DraftLanguage::summaryWords, where the language has them), then
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

    /// Tagged notes beyond this many are not listed (a session's rapporteur tags a handful).
    static constexpr int MaxTaggedNotes = 12;

    [[nodiscard]] static Draft draft(const QList<TranscriptTurn> &turns, const QList<DraftNote> &notes, int words);
    [[nodiscard]] static Draft
    draft(const QList<TranscriptTurn> &turns, const QList<DraftNote> &notes, const DraftOptions &options);

    /// The two halves of draft(), for tuning: the sentences, stems and weights (which no parameter
    /// changes), then the scoring and the picks.
    [[nodiscard]] static std::shared_ptr<const PreparedDraft>
    prepare(const QList<TranscriptTurn> &turns, const QList<DraftNote> &notes, const DraftOptions &options);
    /// Every content stem of the prepared sentences (for learning DraftLanguage::summaryWords).
    [[nodiscard]] static QSet<QString> stemsOf(const PreparedDraft &prepared);
    [[nodiscard]] static Draft select(const PreparedDraft &prepared, const DrafterParams &params, int words);

    /**
     * Whether a sentence is only courtesy or procedure (greetings, thanks, audio checks, logistics,
     * giving the floor) that a rapporteur never keeps: it holds such a phrase and too little else (fewer
     * than four content words once the phrases are taken out; six for a moderator's line). A sentence
     * that says something besides its thanks is kept, without its leading courtesy (see withoutCourtesy).
     */
    [[nodiscard]] static bool isHousekeeping(const QString &sentence, const QString &language, bool byModerator);
    /// The sentence without a leading courtesy clause ("Thank you, Chair, the supply chain …" → "The supply chain …").
    [[nodiscard]] static QString withoutCourtesy(const QString &sentence, const QString &language);
    /// Whether a sentence asks someone to act ("we call on", "should", an imperative), in the language's wording.
    [[nodiscard]] static bool isCallToAction(const QString &sentence, const QString &language);

    /// One note a line; `#takeaway` or `#action` anywhere in the line tags it (other tags are kept as text).
    [[nodiscard]] static QList<DraftNote> parseNotes(const QString &text);

    [[nodiscard]] static QJsonObject toJson(const Draft &draft);

    /// The language of a transcript and notes, as DraftLanguage::detect says from their first words.
    [[nodiscard]] static QString detectLanguage(const QList<TranscriptTurn> &turns, const QList<DraftNote> &notes);

    /// Lowercase alphanumeric tokens, as ROUGE counts them.
    [[nodiscard]] static QStringList words(const QString &text);
    /// The first `words` words of text (whitespace-separated), for a word budget.
    [[nodiscard]] static QString cutToWords(const QString &text, int words);
};

} // namespace core
