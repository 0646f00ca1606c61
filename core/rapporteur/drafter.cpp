// SPDX-License-Identifier: MIT
#include "core/rapporteur/drafter.h"

#include "core/rapporteur/draftlanguage.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace Qt::StringLiterals;

namespace core {
namespace {

/// A distinct sentence: repetitions of the same text from the same source are merged into one unit.
struct Unit
{
    QString text;
    QString speaker;     // of the first occurrence
    QString group;       // the speaker's stakeholder group
    int itemId = 0;      // of the first occurrence
    qint64 timeMs = -1;  // of the first occurrence
    QList<int> lines;    // every line it occurs on, ascending
    int position = 0;    // of the first occurrence, among all sentences
    int occurrences = 1; // how many times it occurs; weighs its terms as that many sentences would
    bool fromNotes = false;
    DraftNote::Tag tag = DraftNote::Tag::None;
    std::vector<std::pair<int, double>> vector; // stem id → tf-idf, ascending by id
    QStringList stems;                          // content stems in order
    QStringList surface;                        // the content words as written, parallel to stems
    int wordCount = 0;
    bool housekeeping = false;
    bool action = false;
    double norm = 0;
};

QString clean(QString text, const DraftLanguage &language)
{
    // [inaudible], (applause), and the annotations of meeting corpora in braces: {vocalsound}, {pause}, {gap}.
    static const QRegularExpression brackets(
        u"\\[[^\\]]{0,80}\\]|\\{[a-z ]{1,30}\\}|\\((?:translation|interpretation|inaudible|crosstalk|"
        "applause|laughter|motion agreed to|[a-z ]*speaking)[^)]{0,60}\\)"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression repeats(u"\\b(\\w+)(?:\\s+\\1\\b)+"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression spaces(u"\\s+"_s);
    text.replace(brackets, u" "_s);
    text.replace(language.fillers, u" "_s);
    text.replace(repeats, u"\\1"_s);
    text.replace(spaces, u" "_s);
    return text.trimmed();
}

QStringList splitSentences(const QString &text, const QSet<QString> &abbreviations)
{
    QStringList sentences;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != u'.' && c != u'?' && c != u'!' && c != u'\u061F' && c != u'\u3002' && c != u'\uFF1F'
            && c != u'\uFF01') {
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

/// The content words of a text: letters and digits in any script, lower case, not stop words, not numbers.
QStringList contentTokens(const QString &text, const DraftLanguage &language)
{
    QStringList result;
    QString current;
    auto flush = [&] {
        if (current.size() >= 2 && current.size() <= Drafter::MaxWordLength && !current.at(0).isDigit()
            && !language.stopwords.contains(current) && (current.size() >= 3 || current.at(0).unicode() > 0x2000)) {
            result.append(current);
        }
        current.clear();
    };
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c.isMark()) {
            // Han and kana have no spaces between words: each character is a token of its own, joined
            // with the next one into a pair below.
            const bool ideograph = c.unicode() >= 0x3040 && c.unicode() <= 0x9FFF;
            if (ideograph) {
                flush();
                result.append(QString(c));
                continue;
            }
            current.append(c.toLower());
        } else {
            flush();
        }
    }
    flush();
    return result;
}

int contentWords(const QString &text, const DraftLanguage &language)
{
    return int(contentTokens(text, language).size());
}

double cosine(const Unit &a, const Unit &b)
{
    if (a.norm <= 0 || b.norm <= 0) {
        return 0;
    }
    // Both vectors are sorted by stem id: one merge pass.
    double dot = 0;
    auto i = a.vector.cbegin();
    auto j = b.vector.cbegin();
    while (i != a.vector.cend() && j != b.vector.cend()) {
        if (i->first < j->first) {
            ++i;
        } else if (j->first < i->first) {
            ++j;
        } else {
            dot += i->second * j->second;
            ++i;
            ++j;
        }
    }
    return dot / (a.norm * b.norm);
}

/// The best-scored Drafter::MaxSelectionCandidates of the candidates (ties: the earlier), in their original order.
QList<int> bestScored(const QList<double> &scores, const QList<int> &candidates)
{
    if (candidates.size() <= Drafter::MaxSelectionCandidates) {
        return candidates;
    }
    QList<int> best = candidates;
    const auto kept = best.begin() + Drafter::MaxSelectionCandidates;
    std::nth_element(best.begin(), kept, best.end(), [&](int a, int b) {
        return scores.at(a) != scores.at(b) ? scores.at(a) > scores.at(b) : a < b;
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
QList<int> pickMmr(const QList<Unit> &units,
                   const QList<double> &scores,
                   const QList<int> &candidates,
                   double lambda,
                   double speakerCostStep,
                   int maxCount,
                   int wordBudget,
                   const QList<int> &already = {})
{
    QList<int> picked;
    QHash<QString, int> bySpeaker;
    int words = 0;
    QList<int> pool = bestScored(scores, candidates);
    QList<double> similar(pool.size(), 0.0); // parallel to pool: the greatest cosine to a picked unit
    for (int earlier : already) {
        for (qsizetype i = 0; i < pool.size(); ++i) {
            similar[i] = std::max(similar.at(i), cosine(units.at(pool.at(i)), units.at(earlier)));
        }
    }
    while (!pool.isEmpty() && picked.size() < maxCount && (wordBudget <= 0 || words < wordBudget)) {
        double best = -1e9;
        qsizetype bestAt = -1;
        for (qsizetype i = 0; i < pool.size(); ++i) {
            const Unit &unit = units.at(pool.at(i));
            // Spread the picks over speakers: each pick from the same speaker costs a little.
            const double speakerCost = speakerCostStep * bySpeaker.value(unit.speaker);
            const double value = lambda * scores.at(pool.at(i)) - (1 - lambda) * similar.at(i) - speakerCost;
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
    return {unit.text, unit.speaker, unit.lines, unit.fromNotes, unit.group, unit.itemId, unit.timeMs};
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

/// The sentences of a transcript and notes with their stems and weights: what no parameter changes.
class PreparedDraft
{
public:
    QList<Unit> units;
    QHash<QString, double> centroid;
    QList<std::pair<double, QString>> ranked; ///< the weightiest terms of the centroid, weightiest first
    Unit center;
    int count = 1; ///< sentences, repetitions included
    QString language;
};

namespace {

/// How many different phrases of a meeting's mechanics a sentence names.
int procedureTerms(const QString &sentence, const DraftLanguage &language)
{
    QSet<QString> terms;
    QRegularExpressionMatchIterator it = language.procedure.globalMatch(sentence);
    while (it.hasNext()) {
        terms.insert(it.next().captured().toLower());
    }
    return int(terms.size());
}

bool housekeepingIn(const QString &sentence, const DraftLanguage &language, bool byModerator)
{
    // Two of a meeting's mechanics in one sentence ("members joining by video conference should unmute their
    // microphone") make it about running the meeting, however many other words it has.
    if (procedureTerms(sentence, language) >= 2) {
        return true;
    }
    QRegularExpressionMatchIterator it = language.courtesy.globalMatch(sentence);
    if (!it.hasNext()) {
        return false;
    }
    // What is left once the courtesy is taken out decides: thanks followed by a point is kept.
    QString remainder;
    qsizetype last = 0;
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        remainder += sentence.mid(last, match.capturedStart() - last) + u' ';
        last = match.capturedEnd();
    }
    remainder += sentence.mid(last);
    // A moderator's lines are mostly procedure: they must say more to count as a point.
    return contentWords(remainder, language) < (byModerator ? 6 : 4);
}

QString withoutCourtesyIn(QString sentence, const DraftLanguage &language)
{
    static const QRegularExpression clauseEnd(u"[,;:.!\u060C]"_s);
    bool stripped = false;
    for (int round = 0; round < 3; ++round) {
        const qsizetype end = sentence.indexOf(clauseEnd);
        if (end < 0) {
            break;
        }
        const QString clause = sentence.left(end);
        const QRegularExpressionMatch match = language.courtesy.match(clause);
        const bool courtesy =
            match.hasMatch() && match.capturedStart() <= 2
            && contentWords(QString(clause).remove(match.capturedStart(), match.capturedLength()), language) < 3;
        // After thanks, a short address ("Chair,", "Eva,") goes with them.
        const bool address = stripped && clause.count(u' ') < 2 && !clause.isEmpty() && clause.at(0).isUpper();
        if (!courtesy && !address) {
            break;
        }
        const QString rest = sentence.mid(end + 1).trimmed();
        if (contentWords(rest, language) < 3) {
            break;
        }
        sentence = rest;
        stripped = true;
    }
    if (stripped && !sentence.isEmpty() && sentence.at(0).isLower()) {
        sentence[0] = sentence.at(0).toUpper();
    }
    return sentence;
}

bool callToActionIn(const QString &sentence, const DraftLanguage &language)
{
    return language.obligation.match(sentence).hasMatch() || language.imperative.match(sentence).hasMatch();
}

/// Chairs and moderators by their label in a transcript ("The Chair (Hon. Anthony Rota)", "MODERATOR").
bool isModeratorLabel(const QString &speaker)
{
    static const QRegularExpression label(u"\\b(?:chair|chairman|chairwoman|chairperson|moderator|moderatora?|"
                                          "président|présidente|presidente|vorsitzende[r]?|председатель|модератор|"
                                          "رئيس|مدير الجلسة)\\b"_s,
                                          QRegularExpression::CaseInsensitiveOption
                                              | QRegularExpression::UseUnicodePropertiesOption);
    return label.match(speaker).hasMatch();
}

QString nameKey(const QString &name)
{
    return name.simplified().toLower();
}

} // namespace

Draft Drafter::draft(const QList<TranscriptTurn> &turns, const QList<DraftNote> &notes, int wordBudget)
{
    DraftOptions options;
    options.words = wordBudget;
    return draft(turns, notes, options);
}

Draft Drafter::draft(const QList<TranscriptTurn> &turns, const QList<DraftNote> &notes, const DraftOptions &options)
{
    return select(*prepare(turns, notes, options), options.params, options.words);
}

QString Drafter::detectLanguage(const QList<TranscriptTurn> &turns, const QList<DraftNote> &notes)
{
    QString sample;
    for (const TranscriptTurn &turn : turns) {
        if (sample.size() > 20'000) {
            break;
        }
        sample += turn.text + u'\n';
    }
    for (const DraftNote &note : notes) {
        if (sample.size() > 40'000) {
            break;
        }
        sample += note.text + u'\n';
    }
    return DraftLanguage::detect(sample);
}

bool Drafter::isHousekeeping(const QString &sentence, const QString &language, bool byModerator)
{
    return housekeepingIn(sentence, DraftLanguage::forCode(language), byModerator);
}

QString Drafter::withoutCourtesy(const QString &sentence, const QString &language)
{
    return withoutCourtesyIn(sentence, DraftLanguage::forCode(language));
}

bool Drafter::isCallToAction(const QString &sentence, const QString &language)
{
    return callToActionIn(sentence, DraftLanguage::forCode(language));
}

std::shared_ptr<const PreparedDraft>
Drafter::prepare(const QList<TranscriptTurn> &turns, const QList<DraftNote> &notes, const DraftOptions &options)
{
    const DraftLanguage &language =
        DraftLanguage::forCode(options.language.isEmpty() ? detectLanguage(turns, notes) : options.language);
    auto prepared = std::make_shared<PreparedDraft>();
    prepared->language = language.code;
    QList<Unit> &units = prepared->units;
    QSet<QString> moderators;
    for (const QString &name : options.moderators) {
        moderators.insert(nameKey(name));
    }
    QHash<QString, QString> groups;
    for (auto it = options.groups.begin(); it != options.groups.end(); ++it) {
        groups.insert(nameKey(it.key()), it.value());
    }
    // Sentences, each distinct text once: a repetition only adds its line and its weight, so
    // everything after this step grows with the distinct text, not with the pasted copies.
    QHash<QString, int> distinct; // source + tag + text → index in units
    QSet<int> moderatorUnits;
    int position = 0;
    auto add = [&](const QString &sentence, const QString &speaker, int line, const DraftNote *note, qint64 timeMs) {
        const bool fromNotes = note != nullptr;
        const DraftNote::Tag tag = note ? note->tag : DraftNote::Tag::None;
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
        unit.group = note ? note->group : groups.value(nameKey(speaker));
        unit.itemId = note ? note->itemId : 0;
        unit.timeMs = timeMs;
        unit.lines = {line};
        unit.position = position++;
        unit.fromNotes = fromNotes;
        unit.tag = tag;
        const QString speakerKey = nameKey(speaker);
        if (!fromNotes && (moderators.contains(speakerKey) || isModeratorLabel(speaker))) {
            moderatorUnits.insert(int(units.size()));
        }
        distinct.insert(key, int(units.size()));
        units.append(unit);
    };
    for (const TranscriptTurn &turn : turns) {
        QStringList sentences;
        for (const QString &sentence : splitSentences(clean(turn.text, language), language.abbreviations)) {
            appendBounded(&sentences, sentence);
        }
        for (const QString &sentence : std::as_const(sentences)) {
            add(sentence, turn.speaker, turn.line, nullptr, turn.startMs);
        }
    }
    // A note is one unit, with or without a full stop: the rapporteur wrote it as one point.
    for (const DraftNote &note : notes) {
        QStringList pieces;
        appendBounded(&pieces, clean(note.text, language));
        for (const QString &piece : std::as_const(pieces)) {
            if (!piece.isEmpty()) {
                add(piece, note.speaker, note.line, &note, note.timeMs);
            }
        }
    }
    distinct.clear();

    // Content stems, housekeeping and calls to action per sentence; document frequencies, where a
    // sentence said n times counts n times, as if each repetition were a sentence of its own.
    QHash<QString, int> df;
    QHash<QString, int> tf;
    QHash<QString, QString> stemOf; // each word is stemmed once
    Stemmer stemmer(language.snowball);
    for (int i = 0; i < units.size(); ++i) {
        Unit &unit = units[i];
        // Most sentences hold no courtesy at all: one search says so, and only the others are looked at closely.
        if (!unit.fromNotes
            && (language.courtesy.match(unit.text).hasMatch() || language.procedure.match(unit.text).hasMatch())) {
            unit.housekeeping = housekeepingIn(unit.text, language, moderatorUnits.contains(i));
            if (!unit.housekeeping) {
                unit.text = withoutCourtesyIn(unit.text, language);
            }
        }
        unit.wordCount = int(unit.text.count(u' ') + 1);
        unit.action = unit.tag == DraftNote::Tag::CallToAction
                      || (unit.tag == DraftNote::Tag::None && callToActionIn(unit.text, language));
        QStringList tokens = contentTokens(unit.text, language);
        // Scripts without spaces: a pair of neighbouring characters is the unit of meaning.
        for (qsizetype k = 0; k + 1 < tokens.size(); ++k) {
            if (tokens.at(k).size() == 1 && tokens.at(k + 1).size() == 1 && tokens.at(k).at(0).unicode() >= 0x3040) {
                tokens[k] += tokens.at(k + 1);
            }
        }
        QSet<QString> seen;
        for (const QString &token : std::as_const(tokens)) {
            auto cached = stemOf.constFind(token);
            if (cached == stemOf.constEnd()) {
                cached = stemOf.insert(token, stemmer.stem(token));
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
    prepared->count = std::max(1, position);
    QHash<QString, int> stemIds; // each stem gets a number, so vectors compare by merging sorted ids
    auto stemId = [&stemIds](const QString &stem) {
        const auto found = stemIds.constFind(stem);
        return found != stemIds.constEnd() ? found.value() : stemIds.insert(stem, int(stemIds.size())).value();
    };
    // A damped idf (its square root): within one meeting the words of its subject recur in many
    // sentences, and a full idf would push them out of the summary.
    auto idf = [&](const QString &stem) { return std::sqrt(std::max(0.0, std::log(count / (1.0 + df.value(stem))))); };
    for (Unit &unit : units) {
        QHash<QString, int> local;
        for (const QString &stem : std::as_const(unit.stems)) {
            ++local[stem];
        }
        double norm = 0;
        for (auto it = local.begin(); it != local.end(); ++it) {
            const double weight = (1.0 + std::log(double(it.value()))) * idf(it.key());
            unit.vector.emplace_back(stemId(it.key()), weight);
            norm += weight * weight;
        }
        std::sort(unit.vector.begin(), unit.vector.end());
        unit.norm = std::sqrt(norm);
    }
    // The centroid of the discussion: the terms that recur across it, weighted by their rarity.
    QHash<QString, double> &centroid = prepared->centroid;
    for (auto it = tf.begin(); it != tf.end(); ++it) {
        if (df.value(it.key()) >= 2) {
            centroid.insert(it.key(), it.value() * idf(it.key()));
        }
    }
    QList<std::pair<double, QString>> &ranked = prepared->ranked;
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
    double centerNorm = 0;
    for (qsizetype i = 0; i < ranked.size(); ++i) {
        prepared->center.vector.emplace_back(stemId(ranked.at(i).second), ranked.at(i).first);
        centerNorm += ranked.at(i).first * ranked.at(i).first;
    }
    std::sort(prepared->center.vector.begin(), prepared->center.vector.end());
    prepared->center.norm = std::sqrt(centerNorm);
    return prepared;
}

QSet<QString> Drafter::stemsOf(const PreparedDraft &prepared)
{
    QSet<QString> stems;
    for (const Unit &unit : prepared.units) {
        for (const QString &stem : unit.stems) {
            stems.insert(stem);
        }
    }
    return stems;
}

Draft Drafter::select(const PreparedDraft &prepared, const DrafterParams &params, int wordBudget)
{
    const QList<Unit> &units = prepared.units;
    const double count = prepared.count;
    const QHash<QString, double> &summaryWords =
        params.summaryWords ? *params.summaryWords : DraftLanguage::forCode(prepared.language).summaryWords;
    QList<double> scores(units.size(), 0.0);
    QList<int> candidates;
    QList<int> takeawayCandidates;
    QList<int> actionCandidates;
    QList<int> taggedTakeaways;
    QList<int> taggedActions;
    for (int i = 0; i < units.size(); ++i) {
        const Unit &unit = units.at(i);
        const int size = int(unit.stems.size());
        double score = cosine(unit, prepared.center);
        // Words a human summary keeps more often than the average word (the subject, decisions, who is
        // concerned) against the words of talk that summaries leave out.
        if (params.summaryWordWeight != 0 && !summaryWords.isEmpty() && size > 0) {
            double sum = 0;
            for (const QString &stem : unit.stems) {
                sum += summaryWords.value(stem);
            }
            score += params.summaryWordWeight * sum / double(size);
        }
        // The opening (the chair's or moderator's introduction) names the subject, as a report's first line does.
        if (!unit.fromNotes && double(unit.position) < params.openingShare * count) {
            score += params.openingBonus;
        }
        // Prefer sentences of a readable length; notes are the rapporteur's own judgement.
        if (unit.wordCount < params.minWords || unit.wordCount > 60) {
            score *= params.shortFactor;
        }
        // Fragments (a sentence cut by an interruption) read badly in a summary.
        if (!unit.fromNotes && (!unit.text.at(0).isUpper() && !unit.text.at(0).isDigit())) {
            score *= params.fragmentFactor;
        }
        if (unit.text.endsWith(u'?') || unit.text.endsWith(u'\u061F')) {
            score *= params.questionFactor;
        }
        score += params.densityWeight * double(size) / double(std::max(1, unit.wordCount));
        if (unit.fromNotes) {
            score += unit.tag == DraftNote::Tag::None ? 0.3 : 0.8;
        }
        scores[i] = score;
        if (unit.tag == DraftNote::Tag::Takeaway && taggedTakeaways.size() < MaxTaggedNotes) {
            taggedTakeaways.append(i);
        } else if (unit.tag == DraftNote::Tag::CallToAction && taggedActions.size() < MaxTaggedNotes) {
            taggedActions.append(i);
        }
        if ((unit.housekeeping || size < 4) && !unit.fromNotes) {
            continue;
        }
        candidates.append(i);
        // A question is neither a takeaway nor a call to action.
        const bool question = unit.text.endsWith(u'?') || unit.text.endsWith(u'\u061F');
        if (unit.tag == DraftNote::Tag::None && !question) {
            (unit.action ? actionCandidates : takeawayCandidates).append(i);
        }
    }

    Draft result;
    result.language = prepared.language;
    QList<int> summaryPicks =
        pickMmr(units, scores, candidates, params.lambda, params.speakerCost, int(units.size()), wordBudget);
    std::sort(summaryPicks.begin(), summaryPicks.end(), [&](int a, int b) {
        return units.at(a).position < units.at(b).position;
    });
    QStringList summaryTexts;
    for (int pick : std::as_const(summaryPicks)) {
        result.summarySentences.append(toSentence(units.at(pick)));
        summaryTexts.append(units.at(pick).text);
    }
    result.summary = cutToWords(summaryTexts.join(u' '), wordBudget);

    // Takeaways and calls to action, each from its own evidence: every tagged note first (a tagged note
    // is never dropped for a drafted sentence), then drafted ones up to three, distinct from the notes.
    // A sentence that asks someone to act is a call to action, never a takeaway.
    constexpr int Drafted = 3;
    for (int i : std::as_const(taggedTakeaways)) {
        result.takeaways.append(toSentence(units.at(i)));
    }
    for (int pick : pickMmr(units,
                            scores,
                            takeawayCandidates,
                            0.6,
                            params.speakerCost,
                            Drafted - int(taggedTakeaways.size()),
                            0,
                            taggedTakeaways)) {
        result.takeaways.append(toSentence(units.at(pick)));
    }
    for (int i : std::as_const(taggedActions)) {
        result.callsToAction.append(toSentence(units.at(i)));
    }
    for (int pick : pickMmr(units,
                            scores,
                            actionCandidates,
                            0.6,
                            params.speakerCost,
                            Drafted - int(taggedActions.size()),
                            0,
                            taggedActions)) {
        result.callsToAction.append(toSentence(units.at(pick)));
    }

    // Topics: the weightiest stems, shown as their most frequent written form; pairs that recur together first.
    const QHash<QString, double> &centroid = prepared.centroid;
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
    for (const auto &[weight, stem] : std::as_const(prepared.ranked)) {
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
            QJsonObject object{{u"text"_s, sentence.text},
                               {u"speaker"_s, sentence.speaker},
                               {u"source"_s, sentence.fromNotes ? u"notes"_s : u"transcript"_s},
                               {u"lines"_s, lines}};
            if (!sentence.group.isEmpty()) {
                object.insert(u"group"_s, sentence.group);
            }
            if (sentence.itemId > 0) {
                object.insert(u"item"_s, sentence.itemId);
            }
            if (sentence.timeMs >= 0) {
                object.insert(u"time_ms"_s, sentence.timeMs);
            }
            array.append(object);
        }
        return array;
    };
    return {{u"summary"_s, draft.summary},
            {u"summary_sentences"_s, sentences(draft.summarySentences)},
            {u"takeaways"_s, sentences(draft.takeaways)},
            {u"calls_to_action"_s, sentences(draft.callsToAction)},
            {u"topics"_s, QJsonArray::fromStringList(draft.topics)},
            {u"language"_s, draft.language}};
}

} // namespace core
