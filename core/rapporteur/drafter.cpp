// SPDX-License-Identifier: MIT
#include "core/rapporteur/drafter.h"

#include "core/rapporteur/porterstemmer.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace core {
namespace {

// Tuned on the QMSum committee meetings with tests/benchmarks/bench_summarize (see README).
constexpr double OpeningShare = 0.06;
constexpr double OpeningBonus = 0.6;

/// Words that carry no topic.
const QSet<QString> &stopwords()
{
    static const QSet<QString> words = [] {
        const QString list =
            u"a about above after again against all almost also am an and any are aren as at be because "
            "been before being below between both but by can cannot could couldn did didn do does doesn "
            "doing don down during each either else even ever every few for from further get gets getting "
            "go going gone got had hadn has hasn have haven having he her here hers herself him himself his "
            "how however i if in into is isn it its itself just let like ll made make many may me might more "
            "most much must mustn my myself no nor not now of off on once one only or other our ours "
            "ourselves out over own per quite rather re really said same say says see she should shouldn "
            "so some such than that the their theirs them themselves then there these they thing things "
            "think this those though through thus to too under until up upon us ve very want was wasn way "
            "we well were weren what when where whether which while who whom whose why will with within "
            "without won would wouldn yes yet you your yours yourself yourselves also already always "
            "another around back came come comes could done first give given gone know known last lot "
            "lots maybe mean means mr mrs ms dr hon okay ok oh right sure take taken tell today two three "
            "us use used using yeah"_s;
        QSet<QString> set;
        for (const QString &word : list.split(u' ', Qt::SkipEmptyParts)) {
            set.insert(word);
        }
        return set;
    }();
    return words;
}

/// A distinct sentence: repetitions of the same text from the same source are merged into one unit.
struct Unit
{
    QString text;
    QString speaker;     // of the first occurrence
    QList<int> lines;    // every line it occurs on, ascending
    int position = 0;    // of the first occurrence, among all sentences
    int occurrences = 1; // how many times it occurs; weighs its terms as that many sentences would
    bool fromNotes = false;
    DraftNote::Tag tag = DraftNote::Tag::None;
    QHash<QString, double> vector; // stem → tf-idf
    QStringList stems;             // content stems in order
    QStringList surface;           // the content words as written, parallel to stems
    int wordCount = 0;
    bool housekeeping = false;
    bool action = false;
    double score = 0;
    double norm = 0;
};

QString clean(QString text)
{
    static const QRegularExpression brackets(u"\\[[^\\]]{0,80}\\]|\\((?:translation|interpretation|inaudible|crosstalk|"
                                             "applause|laughter|motion agreed to|[a-z ]*speaking)[^)]{0,60}\\)"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression fillers(u"\\b(?:um+|uh+|erm|er|ah|hmm+|you know|i mean)\\b,?\\s*"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression repeats(u"\\b(\\w+)(?:\\s+\\1\\b)+"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression spaces(u"\\s+"_s);
    text.replace(brackets, u" "_s);
    text.replace(fillers, QString());
    text.replace(repeats, u"\\1"_s);
    text.replace(spaces, u" "_s);
    return text.trimmed();
}

QStringList splitSentences(const QString &text)
{
    static const QSet<QString> abbreviations{u"mr"_s, u"mrs"_s, u"ms"_s,   u"dr"_s,  u"hon"_s, u"st"_s,  u"no"_s,
                                             u"vs"_s, u"etc"_s, u"prof"_s, u"lib"_s, u"e.g"_s, u"i.e"_s, u"jr"_s,
                                             u"sr"_s, u"gov"_s, u"inc"_s,  u"ltd"_s, u"co"_s,  u"p.m"_s, u"a.m"_s};
    QStringList sentences;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != u'.' && c != u'?' && c != u'!') {
            continue;
        }
        if (i + 1 < text.size() && !text.at(i + 1).isSpace()) {
            continue; // 3.5, e.g.
        }
        if (c == u'.') {
            qsizetype w = i - 1;
            while (w >= start && !text.at(w).isSpace()) {
                --w;
            }
            const QString word = text.mid(w + 1, i - w - 1).toLower();
            if (abbreviations.contains(word) || (word.size() == 1 && word.at(0).isLetter())) {
                continue;
            }
        }
        qsizetype next = i + 1;
        while (next < text.size() && text.at(next).isSpace()) {
            ++next;
        }
        if (next < text.size() && text.at(next).isLower()) {
            continue;
        }
        const QString sentence = text.mid(start, i + 1 - start).trimmed();
        if (!sentence.isEmpty()) {
            sentences.append(sentence);
        }
        start = i + 1;
    }
    const QString rest = text.mid(start).trimmed();
    if (!rest.isEmpty()) {
        sentences.append(rest);
    }
    return sentences;
}

/// Cuts a stretch longer than Drafter::MaxSentenceWords (captions without punctuation) into pieces of that many words.
void appendBounded(QStringList *pieces, const QString &sentence)
{
    qsizetype start = 0;
    int words = 0;
    bool inWord = false;
    for (qsizetype i = 0; i < sentence.size(); ++i) {
        const bool space = sentence.at(i) == u' ';
        if (!space && !inWord && ++words > Drafter::MaxSentenceWords) {
            pieces->append(sentence.mid(start, i - start).trimmed());
            start = i;
            words = 1;
        }
        inWord = !space;
    }
    if (start == 0) {
        pieces->append(sentence);
    } else {
        pieces->append(sentence.mid(start).trimmed());
    }
}

bool isHousekeeping(const QString &lower)
{
    // "Welcome to this meeting of the committee on ..." says what the meeting is about: not housekeeping.
    if (lower.contains(u"welcome"_s) || lower.contains(u"meeting of"_s)) {
        return false;
    }
    static const QRegularExpression pattern(
        u"\\b(?:thank you|thanks|mr\\.? chair|madam chair|chairman|chairperson|mr\\.? speaker|madam speaker|point of "
        "order|call (?:this|the) meeting to order|meeting to order|you have the floor|the floor is|the floor to|"
        "(?:minutes?|seconds?) (?:left|remaining)|time is up|over to you|welcome (?:to|back)|good (?:morning|afternoon|"
        "evening)|apologi[sz]e|can you hear|on mute|unmute|next question|go ahead|the honourable member|we will now|"
        "i will now|adjourn|order,? please|i'?ll pass|let me turn|i'?d like to thank|on behalf of|interpretation|"
        "i'?m sorry|sorry|the member for|questions? (?:for|to) the minister|my question|i have a question|"
        "thanks? very much|is that okay|we'?ll move on|moving on|next speaker|you'?re muted|item \\d|can i (?:just "
        ")?ask|"
        "before we move on|i'?ll come to|i'?ll bring in|let'?s move|okay)"_s);
    return pattern.match(lower).hasMatch();
}

bool isCallToAction(const QString &text)
{
    static const QRegularExpression obligation(
        u"\\b(?:should|must|need(?:s)? to|have to|has to|ought to|call(?:s|ed)? (?:on|upon)|urge(?:s|d)?|appeal(?:s)? "
        u"to|"
        "we ask|ask(?:s)? (?:the|all|every)|recommend(?:s|ed)?|encourage(?:s|d)?|it is (?:essential|important|crucial|"
        "vital|necessary) (?:to|that)|let(?:'s| us)|commit(?:s)? to|make sure|ensure)\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression imperative(
        u"^(?:please\\s+)?(?:ensure|make|invest|support|create|stop|give|provide|consider|adopt|establish|develop|"
        "strengthen|include|protect|involve|fund|set up|work|build|share|join|start|reform|implement|require|enforce)\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    return obligation.match(text).hasMatch() || imperative.match(text).hasMatch();
}

double cosine(const Unit &a, const Unit &b)
{
    if (a.norm <= 0 || b.norm <= 0) {
        return 0;
    }
    const Unit &small = a.vector.size() < b.vector.size() ? a : b;
    const Unit &large = &small == &a ? b : a;
    double dot = 0;
    for (auto it = small.vector.begin(); it != small.vector.end(); ++it) {
        if (const auto found = large.vector.constFind(it.key()); found != large.vector.constEnd()) {
            dot += it.value() * found.value();
        }
    }
    return dot / (a.norm * b.norm);
}

/// The best-scored Drafter::MaxSelectionCandidates of the candidates (ties: the earlier), in their original order.
QList<int> bestScored(const QList<Unit> &units, const QList<int> &candidates)
{
    if (candidates.size() <= Drafter::MaxSelectionCandidates) {
        return candidates;
    }
    QList<int> best = candidates;
    const auto kept = best.begin() + Drafter::MaxSelectionCandidates;
    std::nth_element(best.begin(), kept, best.end(), [&](int a, int b) {
        return units.at(a).score != units.at(b).score ? units.at(a).score > units.at(b).score : a < b;
    });
    best.erase(kept, best.end());
    std::sort(best.begin(), best.end());
    return best;
}

/**
 * Maximal marginal relevance: the best-scored unit, minus its likeness to what was picked already.
 * Each candidate's greatest likeness to the picks is kept up to date as picks are made (one cosine
 * per candidate and pick), so a round costs one pass over the pool rather than pool × picks cosines.
 */
QList<int> pickMmr(const QList<Unit> &units, const QList<int> &candidates, double lambda, int maxCount, int wordBudget)
{
    QList<int> picked;
    QHash<QString, int> bySpeaker;
    int words = 0;
    QList<int> pool = bestScored(units, candidates);
    QList<double> similar(pool.size(), 0.0); // parallel to pool: the greatest cosine to a picked unit
    while (!pool.isEmpty() && picked.size() < maxCount && (wordBudget <= 0 || words < wordBudget)) {
        double best = -1e9;
        qsizetype bestAt = -1;
        for (qsizetype i = 0; i < pool.size(); ++i) {
            const Unit &unit = units.at(pool.at(i));
            // Spread the picks over speakers: each pick from the same speaker costs a little.
            const double speakerCost = 0.04 * bySpeaker.value(unit.speaker);
            const double value = lambda * unit.score - (1 - lambda) * similar.at(i) - speakerCost;
            if (value > best) {
                best = value;
                bestAt = i;
            }
        }
        const int chosen = pool.takeAt(bestAt);
        const double chosenSimilar = similar.takeAt(bestAt);
        // A near-duplicate of something picked adds nothing.
        if (chosenSimilar > 0.7) {
            continue;
        }
        picked.append(chosen);
        ++bySpeaker[units.at(chosen).speaker];
        words += units.at(chosen).wordCount;
        for (qsizetype i = 0; i < pool.size(); ++i) {
            similar[i] = std::max(similar.at(i), cosine(units.at(pool.at(i)), units.at(chosen)));
        }
    }
    return picked;
}

DraftSentence toSentence(const Unit &unit)
{
    return {unit.text, unit.speaker, unit.lines, unit.fromNotes};
}

} // namespace

QStringList Drafter::words(const QString &text)
{
    QStringList result;
    QString current;
    for (const QChar c : text) {
        const QChar lower = c.toLower();
        if ((lower >= u'a' && lower <= u'z') || (lower >= u'0' && lower <= u'9')) {
            current.append(lower);
        } else if (!current.isEmpty()) {
            result.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty()) {
        result.append(current);
    }
    return result;
}

QString Drafter::cutToWords(const QString &text, int words)
{
    const QStringList parts = text.split(u' ', Qt::SkipEmptyParts);
    if (parts.size() <= words) {
        return text.trimmed();
    }
    return parts.mid(0, words).join(u' ');
}

QList<DraftNote> Drafter::parseNotes(const QString &text)
{
    QList<DraftNote> notes;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i).trimmed();
        if (line.isEmpty()) {
            continue;
        }
        DraftNote note;
        note.line = int(i + 1);
        if (line.contains(u"#takeaway"_s, Qt::CaseInsensitive)) {
            note.tag = DraftNote::Tag::Takeaway;
        } else if (line.contains(u"#action"_s, Qt::CaseInsensitive)) {
            note.tag = DraftNote::Tag::CallToAction;
        }
        static const QRegularExpression tags(u"#(?:takeaway|action|question|agree|disagree|quote)\\b"_s,
                                             QRegularExpression::CaseInsensitiveOption);
        line.remove(tags);
        note.text = line.simplified();
        if (!note.text.isEmpty()) {
            notes.append(note);
        }
    }
    return notes;
}

Draft Drafter::draft(const QList<TranscriptTurn> &turns, const QList<DraftNote> &notes, int wordBudget)
{
    // Sentences, each distinct text once: a repetition only adds its line and its weight, so
    // everything after this step grows with the distinct text, not with the pasted copies.
    QList<Unit> units;
    QHash<QString, int> distinct; // source + tag + text → index in units
    int position = 0;
    auto add = [&](const QString &sentence, const QString &speaker, int line, bool fromNotes, DraftNote::Tag tag) {
        const QString key = QString(fromNotes ? u'n' : u't') + QString::number(int(tag)) + u'|' + sentence;
        if (const auto found = distinct.constFind(key); found != distinct.constEnd()) {
            Unit &unit = units[found.value()];
            ++unit.occurrences;
            if (unit.lines.constLast() != line) {
                unit.lines.append(line);
            }
            ++position;
            return;
        }
        Unit unit;
        unit.text = sentence;
        unit.speaker = speaker;
        unit.lines = {line};
        unit.position = position++;
        unit.fromNotes = fromNotes;
        unit.tag = tag;
        distinct.insert(key, int(units.size()));
        units.append(unit);
    };
    for (const TranscriptTurn &turn : turns) {
        QStringList sentences;
        for (const QString &sentence : splitSentences(clean(turn.text))) {
            appendBounded(&sentences, sentence);
        }
        for (const QString &sentence : std::as_const(sentences)) {
            add(sentence, turn.speaker, turn.line, false, DraftNote::Tag::None);
        }
    }
    for (const DraftNote &note : notes) {
        QStringList sentences;
        for (const QString &sentence : splitSentences(clean(note.text))) {
            appendBounded(&sentences, sentence);
        }
        for (const QString &sentence : std::as_const(sentences)) {
            add(sentence, QString(), note.line, true, note.tag);
        }
    }
    distinct.clear();

    // Content stems, housekeeping and calls to action per sentence; document frequencies, where a
    // sentence said n times counts n times, as if each repetition were a sentence of its own.
    QHash<QString, int> df;
    QHash<QString, int> tf;
    QHash<QString, QString> stemOf; // each word is stemmed once
    const QSet<QString> &stop = stopwords();
    for (Unit &unit : units) {
        const QStringList tokens = words(unit.text);
        unit.wordCount = int(unit.text.count(u' ') + 1);
        const QString lower = unit.text.toLower();
        unit.housekeeping = !unit.fromNotes && isHousekeeping(lower);
        unit.action = isCallToAction(unit.text) || unit.tag == DraftNote::Tag::CallToAction;
        QSet<QString> seen;
        for (const QString &token : tokens) {
            if (token.size() < 3 || token.size() > MaxWordLength || stop.contains(token) || token.at(0).isDigit()) {
                continue;
            }
            auto cached = stemOf.constFind(token);
            if (cached == stemOf.constEnd()) {
                cached = stemOf.insert(token, PorterStemmer::stem(token));
            }
            const QString &stem = cached.value();
            unit.stems.append(stem);
            unit.surface.append(token);
            if (!seen.contains(stem)) {
                seen.insert(stem);
                df[stem] += unit.occurrences;
            }
            if (!unit.housekeeping) {
                tf[stem] += unit.occurrences;
            }
        }
    }
    stemOf.clear();
    const double count = std::max(1, position);
    // A damped idf (its square root): within one meeting the words of its subject recur in many
    // sentences, and a full idf would push them out of the summary.
    auto idf = [&](const QString &stem) { return std::sqrt(std::max(0.0, std::log(count / (1.0 + df.value(stem))))); };
    QHash<QString, double> centroid;
    for (Unit &unit : units) {
        QHash<QString, int> local;
        for (const QString &stem : std::as_const(unit.stems)) {
            ++local[stem];
        }
        double norm = 0;
        for (auto it = local.begin(); it != local.end(); ++it) {
            const double weight = (1.0 + std::log(double(it.value()))) * idf(it.key());
            unit.vector.insert(it.key(), weight);
            norm += weight * weight;
        }
        unit.norm = std::sqrt(norm);
    }
    // The centroid of the discussion: the terms that recur across it, weighted by their rarity.
    for (auto it = tf.begin(); it != tf.end(); ++it) {
        if (df.value(it.key()) >= 2) {
            centroid.insert(it.key(), it.value() * idf(it.key()));
        }
    }
    QList<std::pair<double, QString>> ranked;
    for (auto it = centroid.begin(); it != centroid.end(); ++it) {
        ranked.append({it.value(), it.key()});
    }
    // Only the 60 weightiest terms are used (the centre, then at most 12 for the topics): sort just those.
    constexpr qsizetype CentreTerms = 60;
    const auto centreEnd = ranked.begin() + std::min(ranked.size(), CentreTerms);
    std::partial_sort(ranked.begin(), centreEnd, ranked.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    ranked.erase(centreEnd, ranked.end());
    Unit center;
    double centerNorm = 0;
    for (qsizetype i = 0; i < ranked.size(); ++i) {
        center.vector.insert(ranked.at(i).second, ranked.at(i).first);
        centerNorm += ranked.at(i).first * ranked.at(i).first;
    }
    center.norm = std::sqrt(centerNorm);

    QList<int> candidates;
    QList<int> actionCandidates;
    for (int i = 0; i < units.size(); ++i) {
        Unit &unit = units[i];
        const int size = int(unit.stems.size());
        double score = cosine(unit, center);
        // The opening (the chair's or moderator's introduction) names the subject, as a report's first line does.
        if (!unit.fromNotes && double(unit.position) < OpeningShare * count) {
            score += OpeningBonus;
        }
        // Prefer sentences of a readable length; notes are the rapporteur's own judgement.
        if (unit.wordCount < 8 || unit.wordCount > 60) {
            score *= 0.5;
        }
        // Fragments (a sentence cut by an interruption) read badly in a summary.
        if (!unit.fromNotes && (!unit.text.at(0).isUpper() && !unit.text.at(0).isDigit())) {
            score *= 0.3;
        }
        if (unit.fromNotes) {
            score += unit.tag == DraftNote::Tag::None ? 0.3 : 0.8;
        }
        unit.score = score;
        if ((unit.housekeeping || size < 4) && !unit.fromNotes) {
            continue;
        }
        candidates.append(i);
        if (unit.action) {
            actionCandidates.append(i);
        }
    }

    Draft result;
    QList<int> summaryPicks = pickMmr(units, candidates, 0.9, int(units.size()), wordBudget);
    std::sort(summaryPicks.begin(), summaryPicks.end(), [&](int a, int b) {
        return units.at(a).position < units.at(b).position;
    });
    QStringList summaryTexts;
    for (int pick : std::as_const(summaryPicks)) {
        result.summarySentences.append(toSentence(units.at(pick)));
        summaryTexts.append(units.at(pick).text);
    }
    result.summary = cutToWords(summaryTexts.join(u' '), wordBudget);

    // Takeaways: the most central points, distinct from each other; tagged notes first.
    QList<int> takeawayPool;
    for (int i : std::as_const(candidates)) {
        if (units.at(i).tag != DraftNote::Tag::CallToAction) {
            takeawayPool.append(i);
        }
    }
    for (Unit &unit : units) {
        if (unit.tag == DraftNote::Tag::Takeaway) {
            unit.score += 1.0;
        }
    }
    for (int pick : pickMmr(units, takeawayPool, 0.6, 3, 0)) {
        result.takeaways.append(toSentence(units.at(pick)));
    }
    for (Unit &unit : units) {
        if (unit.tag == DraftNote::Tag::CallToAction) {
            unit.score += 1.0;
        }
    }
    for (int pick : pickMmr(units, actionCandidates, 0.6, 3, 0)) {
        result.callsToAction.append(toSentence(units.at(pick)));
    }

    // Topics: the weightiest stems, shown as their most frequent written form; pairs that recur together first.
    QHash<QString, QHash<QString, int>> surfaceForms;
    QHash<QString, double> pairWeight;
    QHash<QString, int> pairSentences; // how many sentences hold the pair (a repeated one counts each time)
    for (int i : std::as_const(candidates)) {
        const Unit &unit = units.at(i);
        QSet<QString> pairsHere;
        for (qsizetype k = 0; k < unit.stems.size(); ++k) {
            surfaceForms[unit.stems.at(k)][unit.surface.at(k)] += unit.occurrences;
            if (k + 1 < unit.stems.size() && unit.stems.at(k) != unit.stems.at(k + 1)) {
                const QString key = unit.stems.at(k) + u' ' + unit.stems.at(k + 1);
                pairWeight[key] +=
                    unit.occurrences * (centroid.value(unit.stems.at(k)) + centroid.value(unit.stems.at(k + 1)));
                if (!pairsHere.contains(key)) {
                    pairsHere.insert(key);
                    pairSentences[key] += unit.occurrences;
                }
            }
        }
    }
    // A pair counts as a topic only if it recurs.
    QList<std::pair<double, QString>> pairs;
    for (auto it = pairWeight.begin(); it != pairWeight.end(); ++it) {
        if (pairSentences.value(it.key()) >= 2) {
            pairs.append({it.value(), it.key()});
        }
    }
    std::sort(pairs.begin(), pairs.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    QSet<QString> usedStems;
    auto bestSurface = [&](const QString &stem) {
        const QHash<QString, int> &forms = surfaceForms.value(stem);
        QString best;
        int most = -1;
        for (auto it = forms.begin(); it != forms.end(); ++it) {
            if (it.value() > most || (it.value() == most && it.key() < best)) {
                best = it.key();
                most = it.value();
            }
        }
        return best;
    };
    for (const auto &[weight, key] : std::as_const(pairs)) {
        if (result.topics.size() >= 3) {
            break;
        }
        const QStringList stems = key.split(u' ');
        if (usedStems.contains(stems.at(0)) || usedStems.contains(stems.at(1))) {
            continue;
        }
        usedStems.insert(stems.at(0));
        usedStems.insert(stems.at(1));
        result.topics.append(bestSurface(stems.at(0)) + u' ' + bestSurface(stems.at(1)));
    }
    for (const auto &[weight, stem] : std::as_const(ranked)) {
        if (result.topics.size() >= 6) {
            break;
        }
        if (!usedStems.contains(stem)) {
            usedStems.insert(stem);
            result.topics.append(bestSurface(stem));
        }
    }
    return result;
}

QJsonObject Drafter::toJson(const Draft &draft)
{
    auto sentences = [](const QList<DraftSentence> &list) {
        QJsonArray array;
        for (const DraftSentence &sentence : list) {
            QJsonArray lines;
            for (int line : sentence.lines) {
                lines.append(line);
            }
            array.append(QJsonObject{{u"text"_s, sentence.text},
                                     {u"speaker"_s, sentence.speaker},
                                     {u"source"_s, sentence.fromNotes ? u"notes"_s : u"transcript"_s},
                                     {u"lines"_s, lines}});
        }
        return array;
    };
    return {{u"summary"_s, draft.summary},
            {u"summary_sentences"_s, sentences(draft.summarySentences)},
            {u"takeaways"_s, sentences(draft.takeaways)},
            {u"calls_to_action"_s, sentences(draft.callsToAction)},
            {u"topics"_s, QJsonArray::fromStringList(draft.topics)}};
}

} // namespace core
