// SPDX-License-Identifier: MIT
#pragma once

#include "core/transcript.h"

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
    QList<int> lines; ///< transcript or notes lines (1-based)
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
 */
class Drafter final
{
    Q_DECLARE_TR_FUNCTIONS(core::Drafter)

public:
    static constexpr int DefaultWords = 250;

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
