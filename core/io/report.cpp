// SPDX-License-Identifier: MIT
#include "core/io/report.h"

#include "core/base/plaintext.h"
#include "core/base/timeformat.h"
#include "core/base/vocabulary.h"
#include "core/io/markup.h"
#include "core/session/session.h"
#include "core/session/sessiontranscript.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace core {

QString personLine(const Person &person)
{
    QStringList parts{balancedBidi(person.name)};
    // The IGF's own words in the report's language; anything else as given.
    for (const QString &part : {person.organization,
                                Vocabulary::displayName(Vocabulary::Kind::StakeholderGroup, person.stakeholderGroup),
                                Vocabulary::displayName(Vocabulary::Kind::Region, person.region)}) {
        const QString balanced = balancedBidi(part);
        if (!balanced.isEmpty() && !parts.contains(balanced)) {
            parts.append(balanced);
        }
    }
    return parts.join(u", "_s);
}

QList<ReportGroup> Report::groupsOf(const Session &session)
{
    const SessionState &state = session.state();
    const FloorState &floor = state.floor();
    const QStringList &questions = state.definition().policyQuestions;
    QList<ReportGroup> result;
    for (const AgendaItem &item : state.agenda().items()) {
        for (const BreakOutGroup &group : item.breakOut.groups) {
            ReportGroup out;
            out.item = item.title;
            out.name = group.name;
            out.topic = group.policyQuestion >= 0 ? questions.value(group.policyQuestion) : group.topic;
            out.place = group.online ? tr("online") : group.place;
            const auto nameOf = [&](int id) {
                const Participant *p = id > 0 ? floor.participant(id) : nullptr;
                return p ? p->name : QString();
            };
            out.facilitator = nameOf(group.facilitator);
            out.rapporteur = nameOf(group.rapporteur);
            QHash<QString, int> byGroup;
            QStringList order;
            for (int id : group.members) {
                const Participant *p = floor.participant(id);
                if (!p) {
                    continue;
                }
                if (!byGroup.contains(p->stakeholderGroup)) {
                    order.append(p->stakeholderGroup);
                }
                ++byGroup[p->stakeholderGroup];
            }
            std::stable_sort(order.begin(), order.end(), [&](const QString &a, const QString &b) {
                return byGroup.value(a) > byGroup.value(b);
            });
            for (const QString &key : std::as_const(order)) {
                out.participants.append({key, byGroup.value(key)});
            }
            // The report-back turns of the group; notes written during them are its report-back's.
            QList<const Turn *> reportBacks;
            for (const Turn &turn : floor.turns()) {
                if (turn.group == group.id) {
                    reportBacks.append(&turn);
                    out.reportBackMs = std::max<qint64>(0, out.reportBackMs) + turn.elapsedMs(session.now());
                }
            }
            QList<DraftNote> notes;
            for (const Note &note : state.notes().notes()) {
                if (note.deleted || note.group != group.id) {
                    continue;
                }
                const bool duringReportBack =
                    std::any_of(reportBacks.begin(), reportBacks.end(), [&](const Turn *turn) {
                        return note.typedAtMs >= turn->startedAtMs
                               && (turn->endedAtMs < 0 || note.typedAtMs < turn->endedAtMs);
                    });
                if (duringReportBack) {
                    out.reportBackNotes.append(plainText(note.text));
                    continue;
                }
                DraftNote draftNote;
                draftNote.line = note.id;
                draftNote.text = note.text;
                draftNote.tag = note.hasTag(NoteTag::Takeaway)       ? DraftNote::Tag::Takeaway
                                : note.hasTag(NoteTag::CallToAction) ? DraftNote::Tag::CallToAction
                                                                     : DraftNote::Tag::None;
                draftNote.itemId = note.itemId;
                draftNote.timeMs = note.typedAtMs;
                notes.append(draftNote);
            }
            if (!notes.isEmpty()) {
                const Draft draft = Drafter::draft({}, notes, Drafter::DefaultWords);
                for (const DraftSentence &sentence : draft.takeaways) {
                    out.keyPoints.append(plainText(sentence.text));
                }
                for (const DraftSentence &sentence : draft.summarySentences) {
                    if (out.keyPoints.size() >= 5) {
                        break;
                    }
                    if (!out.keyPoints.contains(plainText(sentence.text))) {
                        out.keyPoints.append(plainText(sentence.text));
                    }
                }
            }
            result.append(out);
        }
    }
    return result;
}

Draft Report::draftFor(const Session &session, int words)
{
    const FloorState &floor = session.state().floor();
    DraftOptions options;
    options.words = words;
    for (const Participant &p : floor.participants()) {
        if (p.hasRole(Role::Moderator) || p.hasRole(Role::OnlineModerator)) {
            options.moderators.append(p.name);
        }
        if (!p.stakeholderGroup.isEmpty()) {
            options.groups.insert(p.name, p.stakeholderGroup);
        }
    }
    // Notes keep who held the floor when they were written, the agenda item and the time.
    QList<DraftNote> notes;
    for (const Note &note : session.state().notes().notes()) {
        if (note.deleted) {
            continue;
        }
        DraftNote draftNote;
        draftNote.line = note.id;
        draftNote.text = note.text;
        draftNote.tag = note.hasTag(NoteTag::Takeaway)       ? DraftNote::Tag::Takeaway
                        : note.hasTag(NoteTag::CallToAction) ? DraftNote::Tag::CallToAction
                                                             : DraftNote::Tag::None;
        if (const Participant *holder = note.holderId > 0 ? floor.participant(note.holderId) : nullptr) {
            draftNote.speaker = holder->name;
            draftNote.group = holder->stakeholderGroup;
        }
        draftNote.itemId = note.itemId;
        draftNote.timeMs = note.typedAtMs;
        notes.append(draftNote);
    }
    // Transcript turns with their speakers matched to participants and placed on the session's clock.
    const QList<AlignedTurn> aligned = SessionTranscript::align(session);
    QList<TranscriptTurn> turns;
    QHash<int, int> itemOfLine;
    turns.reserve(aligned.size());
    for (const AlignedTurn &a : aligned) {
        TranscriptTurn turn = a.turn;
        turn.speaker = a.speaker;
        turn.startMs = a.atMs;
        turns.append(turn);
        if (a.item > 0) {
            itemOfLine.insert(a.turn.line, a.item);
        }
    }
    Draft draft = Drafter::draft(turns, notes, options);
    auto place = [&](QList<DraftSentence> &sentences) {
        for (DraftSentence &sentence : sentences) {
            if (!sentence.fromNotes && sentence.itemId == 0 && !sentence.lines.isEmpty()) {
                sentence.itemId = itemOfLine.value(sentence.lines.constFirst());
            }
        }
    };
    place(draft.summarySentences);
    place(draft.takeaways);
    place(draft.callsToAction);
    return draft;
}

namespace {

/// A time of day in the locale's short format, to the minute.
QString clockTime(qint64 wallMs)
{
    if (wallMs < 0) {
        return {};
    }
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(u":ss"_s);
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(wallMs).time(), format);
}

/// The UN Sustainable Development Goals, 1 to 17.
const char *const goalTitles[] = {
    QT_TRANSLATE_NOOP("core::Report", "No Poverty"),
        QT_TRANSLATE_NOOP("core::Report", "Zero Hunger"),
            QT_TRANSLATE_NOOP("core::Report", "Good Health and Well-Being"),
                QT_TRANSLATE_NOOP("core::Report", "Quality Education"),
                    QT_TRANSLATE_NOOP("core::Report", "Gender Equality"),
                        QT_TRANSLATE_NOOP("core::Report", "Clean Water and Sanitation"),
                            QT_TRANSLATE_NOOP("core::Report", "Affordable and Clean Energy"),
                                QT_TRANSLATE_NOOP("core::Report", "Decent Work and Economic Growth"),
                                    QT_TRANSLATE_NOOP("core::Report", "Industry, Innovation and Infrastructure"),
                                        QT_TRANSLATE_NOOP("core::Report", "Reduced Inequalities"),
                                            QT_TRANSLATE_NOOP("core::Report", "Sustainable Cities and Communities"),
                                                QT_TRANSLATE_NOOP("core::Report", "Responsible Consumption and Production"),
                                                    QT_TRANSLATE_NOOP("core::Report", "Climate Action"),
                                                        QT_TRANSLATE_NOOP("core::Report", "Life Below Water"),
                                                            QT_TRANSLATE_NOOP("core::Report", "Life on Land"),
                                                                QT_TRANSLATE_NOOP("core::Report", "Peace, Justice and Strong Institutions"),
                                                                    QT_TRANSLATE_NOOP("core::Report", "Partnerships for the Goals"),
};

/// What names an initiative when it ends or starts a capitalized name ("Budapest Convention", "Charter of Trust").
bool isHeadWord(const QString &word)
{
    static const QStringList heads{
        u"initiative"_s,  u"convention"_s, u"call"_s,        u"charter"_s,       u"act"_s,      u"framework"_s,
        u"partnership"_s, u"agreement"_s,  u"declaration"_s, u"principles"_s,    u"accord"_s,   u"pact"_s,
        u"treaty"_s,      u"alliance"_s,   u"coalition"_s,   u"compact"_s,       u"strategy"_s, u"programme"_s,
        u"protocol"_s,    u"guidelines"_s, u"roadmap"_s,     u"recommendation"_s};
    return heads.contains(word.toLower());
}

/// Small words inside a name ("Charter of Trust", "Ministry for the Environment").
bool isConnector(const QString &word)
{
    static const QStringList connectors{u"of"_s, u"for"_s, u"on"_s, u"and"_s, u"the"_s, u"de"_s, u"to"_s};
    return connectors.contains(word);
}

/// Capitalized words that start a name only because they start a sentence or a phrase.
bool isLeadingFunctionWord(const QString &word)
{
    static const QStringList words{u"The"_s,   u"A"_s,        u"An"_s,     u"This"_s,  u"That"_s,    u"These"_s,
                                   u"Those"_s, u"Our"_s,      u"Its"_s,    u"Their"_s, u"In"_s,      u"At"_s,
                                   u"On"_s,    u"For"_s,      u"Of"_s,     u"And"_s,   u"To"_s,      u"By"_s,
                                   u"With"_s,  u"From"_s,     u"As"_s,     u"Under"_s, u"Through"_s, u"Taking"_s,
                                   u"While"_s, u"Although"_s, u"During"_s, u"After"_s, u"Before"_s,  u"Both"_s,
                                   u"Each"_s,  u"Every"_s,    u"Such"_s,   u"Some"_s,  u"All"_s,     u"Like"_s};
    return words.contains(word);
}

bool isCapitalized(const QString &word)
{
    return !word.isEmpty() && word.at(0).isUpper();
}

bool isNumber(const QString &word)
{
    return !word.isEmpty() && std::all_of(word.begin(), word.end(), [](QChar c) { return c.isDigit(); });
}

bool isAcronym(const QString &word)
{
    return word.size() >= 2 && std::all_of(word.begin(), word.end(), [](QChar c) { return c.isUpper(); });
}

/// The sentences of a text: split after . ! ? before a capital, a digit or a bracket, and at line ends.
QStringList sentencesOf(const QString &text)
{
    static const QRegularExpression boundary(u"(?<=[.!?])\\s+(?=[\\p{Lu}\\d(\"\u201C])|\\s*\\n\\s*"_s);
    QStringList sentences;
    for (const QString &sentence : text.split(boundary, Qt::SkipEmptyParts)) {
        const QString trimmed = sentence.simplified();
        if (!trimmed.isEmpty()) {
            sentences.append(trimmed);
        }
    }
    return sentences;
}

/// The initiatives named in one sentence, in order.
QStringList namesInSentence(const QString &sentence)
{
    static const QRegularExpression wordPattern(u"[\\p{L}\\p{N}][\\p{L}\\p{N}\\-\u2019']*"_s);

    struct Word
    {
        QString text;
        qsizetype start;
        qsizetype end;
    };

    QList<Word> words;
    for (auto it = wordPattern.globalMatch(sentence); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        words.append({match.captured(), match.capturedStart(), match.capturedEnd()});
    }
    // Two words belong to one name only with nothing but a space between them.
    auto adjacent = [&](qsizetype a) {
        return a + 1 < words.size() && words.at(a + 1).start - words.at(a).end == 1
               && sentence.at(words.at(a).end) == u' ';
    };
    QStringList names;
    qsizetype i = 0;
    while (i < words.size()) {
        if (!isCapitalized(words.at(i).text)) {
            ++i;
            continue;
        }
        // A run of capitalized words (and numbers), with small connecting words between capitalized ones.
        qsizetype end = i;
        while (adjacent(end)) {
            const QString &next = words.at(end + 1).text;
            if (isCapitalized(next) || isNumber(next)) {
                ++end;
            } else if (isConnector(next) && adjacent(end + 1) && isCapitalized(words.at(end + 2).text)) {
                end += 2;
            } else {
                break;
            }
        }
        qsizetype first = i;
        while (first <= end && (isLeadingFunctionWord(words.at(first).text) || isConnector(words.at(first).text))) {
            ++first;
        }
        QString name;
        for (qsizetype h = first; h <= end && name.isEmpty(); ++h) {
            if (!isHeadWord(words.at(h).text)) {
                continue;
            }
            if (h == end && h > first) { // "Paris Peace Call", "Budapest Convention"
                name = sentence.mid(words.at(first).start, words.at(h).end - words.at(first).start);
            } else if (h < end && isConnector(words.at(h + 1).text)) { // "Charter of Trust"
                // With the capitalized words right before the head ("Global Partnership on AI"), not
                // those joined by a small word ("Relevance of Charter of Trust").
                qsizetype from = h;
                while (from > first && !isConnector(words.at(from - 1).text)) {
                    --from;
                }
                name = sentence.mid(words.at(from).start, words.at(end).end - words.at(from).start);
            }
        }
        // A name followed by a head word in lower case: "EU framework", "Cyber act". One capitalized
        // word at the start of the sentence is only a capital letter, unless it is an acronym.
        if (name.isEmpty() && first <= end && adjacent(end) && isHeadWord(words.at(end + 1).text)
            && (first > 0 || end > first || isAcronym(words.at(first).text))) {
            name = sentence.mid(words.at(first).start, words.at(end + 1).end - words.at(first).start);
            ++end;
        }
        if (!name.isEmpty()) {
            names.append(name);
        }
        i = end + 1;
    }
    return names;
}

/// The initiatives of a text, each under its shortest name, with the first sentence naming it that
/// says something (ten words or more, not a heading or a list of names), else the first one.
QList<std::pair<QString, QString>> initiativesOf(const QString &text)
{
    QList<std::pair<QString, QString>> found;
    auto saysSomething = [](const QString &sentence) { return sentence.count(u' ') >= 9; };
    for (const QString &sentence : sentencesOf(text)) {
        for (const QString &name : namesInSentence(sentence)) {
            bool known = false;
            for (auto &[knownName, knownSentence] : found) {
                if (knownName.startsWith(name, Qt::CaseInsensitive)) {
                    knownName = name; // "Charter of Trust Secretariat", then "Charter of Trust"
                } else if (!name.startsWith(knownName, Qt::CaseInsensitive)) {
                    continue;
                }
                known = true;
                if (!saysSomething(knownSentence) && saysSomething(sentence)) {
                    knownSentence = sentence;
                }
            }
            if (!known) {
                found.append({name, sentence});
            }
        }
    }
    return found;
}

/// The people who took part: took the floor, asked to speak, claimed the chair, or joined by phone.
QList<int> peopleWhoTookPart(const Session &session)
{
    const SessionState &state = session.state();
    QList<int> ids;
    auto add = [&ids](int id) {
        if (id > 0 && !ids.contains(id)) {
            ids.append(id);
        }
    };
    for (const Turn &turn : state.floor().turns()) {
        add(turn.participantId);
    }
    for (const Event &event : session.events()) {
        if (event.type == EventType::QueueRequested || event.type == EventType::ChairClaimed
            || event.type == EventType::PhoneJoined) {
            add(event.data.value(u"participant").toInt());
        }
    }
    for (const Phone &phone : state.audience().phones()) {
        add(phone.participant);
    }
    return ids;
}

int percent(qint64 part, qint64 whole)
{
    return whole > 0 ? int((part * 100 + whole / 2) / whole) : 0;
}

/// The gender balance of the participants' floor time (the moderators' own turns left out, as in the
/// floor balance) as a few sentences, empty when nobody took the floor.
QString genderReflection(const Session &session)
{
    const FloorState &floor = session.state().floor();
    const qint64 now = session.now();
    QList<int> people;
    QHash<int, qint64> ms;
    qint64 total = 0;
    for (const Turn &turn : floor.turns()) {
        if (turn.kind == TurnKind::Moderation) {
            continue; // the moderators' own turns are not the participants' floor time (as in the balance)
        }
        if (!people.contains(turn.participantId)) {
            people.append(turn.participantId);
        }
        ms[turn.participantId] += turn.elapsedMs(now);
        total += turn.elapsedMs(now);
    }
    if (people.isEmpty()) {
        return {};
    }
    int count[4] = {0, 0, 0, 0};
    qint64 time[4] = {0, 0, 0, 0};
    for (int id : std::as_const(people)) {
        const Participant *p = floor.participant(id);
        const int g = int(Report::genderOf(p ? p->gender : QString()));
        ++count[g];
        time[g] += ms.value(id);
    }
    const int unknown = int(Report::Gender::Unknown);
    const int woman = int(Report::Gender::Woman);
    const int man = int(Report::Gender::Man);
    const int other = int(Report::Gender::Other);
    QStringList lines;
    lines.append(Report::tr("Women: %1 of the %2 people who took the floor (%3 % of the floor time).")
                     .arg(formatCount(count[woman]))
                     .arg(formatCount(people.size()))
                     .arg(formatCount(percent(time[woman], total))));
    lines.append(Report::tr("Men: %1 (%2 %). Gender described otherwise: %3 (%4 %). Gender not given: %5 (%6 %).")
                     .arg(formatCount(count[man]))
                     .arg(formatCount(percent(time[man], total)))
                     .arg(formatCount(count[other]))
                     .arg(formatCount(percent(time[other], total)))
                     .arg(formatCount(count[unknown]))
                     .arg(formatCount(percent(time[unknown], total))));
    int speakers = 0;
    int womenSpeakers = 0;
    int unknownSpeakers = 0;
    for (const Participant &p : floor.participants()) {
        if (p.hasRole(Role::Speaker)) {
            ++speakers;
            womenSpeakers += Report::genderOf(p.gender) == Report::Gender::Woman ? 1 : 0;
            unknownSpeakers += Report::genderOf(p.gender) == Report::Gender::Unknown ? 1 : 0;
        }
    }
    if (speakers > 0 && unknownSpeakers > 0) {
        // Not "0 of 3" when nobody said: the rapporteur fills in what the session does not know.
        lines.append(Report::tr("Invited speakers who are women: %1 of %2; gender not given for %3.")
                         .arg(formatCount(womenSpeakers))
                         .arg(formatCount(speakers))
                         .arg(formatCount(unknownSpeakers)));
    } else if (speakers > 0) {
        lines.append(Report::tr("Invited speakers who are women: %1 of %2.")
                         .arg(formatCount(womenSpeakers))
                         .arg(formatCount(speakers)));
    }
    return lines.join(u'\n');
}

} // namespace

Report::Gender Report::genderOf(const QString &gender)
{
    const QString g = gender.trimmed().toLower();
    if (g.isEmpty() || g == u"-" || g == u"unknown" || g == u"not given" || g == u"prefer not to say") {
        return Gender::Unknown;
    }
    static const QStringList women{u"f"_s, u"w"_s, u"female"_s, u"woman"_s, u"women"_s, u"she"_s, u"she/her"_s};
    static const QStringList men{u"m"_s, u"male"_s, u"man"_s, u"men"_s, u"he"_s, u"he/him"_s};
    if (women.contains(g) || g.startsWith(u"female") || g.startsWith(u"woman") || g.startsWith(u"she/")) {
        return Gender::Woman;
    }
    if (men.contains(g) || g.startsWith(u"male") || g.startsWith(u"man ") || g.startsWith(u"he/")) {
        return Gender::Man;
    }
    return Gender::Other;
}

QStringList Report::initiativeNames(const QString &text)
{
    QStringList names;
    for (const auto &[name, sentence] : initiativesOf(text)) {
        names.append(name);
    }
    return names;
}

QStringList Report::initiativeSentences(const QString &text)
{
    // One line per sentence: the initiatives it names, then the sentence.
    QStringList sentences;
    QList<QStringList> names;
    for (const auto &[name, sentence] : initiativesOf(text)) {
        const qsizetype at = sentences.indexOf(sentence);
        if (at >= 0) {
            names[at].append(name);
        } else {
            sentences.append(sentence);
            names.append({name});
        }
    }
    QStringList lines;
    for (qsizetype i = 0; i < sentences.size(); ++i) {
        //: Other initiatives: the names of the initiatives a sentence names, then the sentence
        lines.append(tr("%1: %2").arg(names.at(i).join(u", "_s), sentences.at(i)));
    }
    return lines;
}

namespace {

QString capitalized(const QString &text)
{
    return text.isEmpty() ? text : text.left(1).toUpper() + text.mid(1);
}

/// The first drafted line (summary, takeaways, calls to action) not used yet that holds every word of a topic,
/// a word's last letters aside ("requirement" for "requirements").
QString sentenceOnTopic(const QString &topic, const Draft &draft, const QStringList &used)
{
    QStringList stems;
    for (const QString &word : topic.toLower().split(u' ', Qt::SkipEmptyParts)) {
        stems.append(word.size() > 5 ? word.left(word.size() - 2) : word);
    }
    if (stems.isEmpty()) {
        return {};
    }
    for (const auto *list : {&draft.summarySentences, &draft.takeaways, &draft.callsToAction}) {
        for (const DraftSentence &sentence : *list) {
            const QString lower = sentence.text.toLower();
            if (!used.contains(sentence.text) && sentence.text.size() <= 300
                && std::all_of(
                    stems.cbegin(), stems.cend(), [&lower](const QString &stem) { return lower.contains(stem); })) {
                return sentence.text;
            }
        }
    }
    return {};
}

} // namespace

bool Report::isOutputLine(const QString &text)
{
    static const QRegularExpression output(
        u"https?://\\S+|\\bwww\\.\\S+|\\.(pdf|docx?|odt|pptx?)\\b"
        "|\\b(documents?|papers?|white paper|publications?|toolkits?|handbooks?|studies|study|guides?|guidelines"
        "|minutes|outcome document)\\b"
        "|\\b(commit|commits|committed|pledged?|pledges) to\\b|\\b(made|makes|make|announced?|gave) (a |an |the |new "
        "|their |its |our )?(commitments?|pledges?)\\b|\\b(agreed to|we will|will (publish|host|launch|"
        "share|circulate|convene|follow up|set up|create|develop|draft|send|organi[sz]e))\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    return output.match(text).hasMatch();
}

bool Report::isProgressLine(const QString &text)
{
    static const QRegularExpression progress(
        u"\\b(progress|milestones?|step forward|steps forward|moved forward|breakthrough)\\b"
        "|\\b(has|have|had|was|were|been) (now )?(adopted|launched|ratified|signed|implemented|introduced|"
        "established|improved|published|endorsed|set up|put in place)\\b"
        "|\\b(now in place|in force|under way|underway|is being (implemented|rolled out|developed)|since (last year|"
        "20\\d\\d))\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    return progress.match(text).hasMatch();
}

Participation Report::participationOf(const Session &session)
{
    const SessionState &state = session.state();
    const ReportState &written = state.report();
    Participation participation;
    if (written.onsite() + written.online() + written.women() > 0) {
        participation.onsite = written.onsite();
        participation.online = written.online();
        participation.women = written.women();
        participation.entered = true;
        return participation;
    }
    for (int id : peopleWhoTookPart(session)) {
        const Participant *p = state.floor().participant(id);
        if (!p) {
            continue;
        }
        switch (p->channel) {
        case Channel::Onsite:
            ++participation.onsite;
            break;
        case Channel::Online:
            ++participation.online;
            break;
        case Channel::Hub:
            ++participation.hub;
            break;
        }
        const Gender gender = genderOf(p->gender);
        participation.genderKnown += gender != Gender::Unknown ? 1 : 0;
        participation.women += gender == Gender::Woman ? 1 : 0;
    }
    return participation;
}

QString Report::participationText(const Participation &participation)
{
    if (participation.entered) {
        return tr("Entered by the rapporteur: onsite %1, online %2, of whom women %3.")
            .arg(formatCount(participation.onsite))
            .arg(formatCount(participation.online))
            .arg(formatCount(participation.women));
    }
    QString text = tr("Estimated from who took part (the floor, the queue, the empty chair, phones): %1 in the room, "
                      "%2 online, %3 at a remote hub.")
                       .arg(formatCount(participation.onsite))
                       .arg(formatCount(participation.online))
                       .arg(formatCount(participation.hub));
    text += u'\n';
    text += participation.genderKnown > 0 ? tr("Women: %1 of the %2 people whose gender is known.")
                                                .arg(formatCount(participation.women))
                                                .arg(formatCount(participation.genderKnown))
                                          : tr("Nobody's gender is known.");
    return text;
}

Report Report::build(const Session &session, const QString &proposalText)
{
    const SessionState &state = session.state();
    const SessionDefinition &definition = state.definition();
    Report report;
    report.title = definition.code.isEmpty() ? definition.title : definition.code + u' ' + definition.title;
    const qint64 startWall = state.startedAtWallMs() >= 0 ? state.startedAtWallMs() : session.wallMsAt(session.now());
    report.date = QLocale().toString(QDateTime::fromMSecsSinceEpoch(startWall).date(), QLocale::LongFormat);
    if (state.startedAtWallMs() >= 0) {
        const qint64 endWall = session.wallMsAt(state.endedAtMs() >= 0 ? state.endedAtMs() : session.now());
        //: When the session ran: its start and end time
        report.time = tr("%1–%2").arg(clockTime(startWall), clockTime(endWall));
    }
    report.room = definition.room;
    for (int goal : definition.sdgs) {
        if (goal >= 1 && goal <= 17) {
            //: A Sustainable Development Goal: its number and title
            report.goals.append(tr("Goal %1: %2").arg(goal).arg(tr(goalTitles[goal - 1])));
        }
    }
    for (const Person &person : definition.organizers) {
        report.organizers.append(personLine(person));
    }
    // The people as they stand in the session (edited after the import), in the speaking order; one
    // person may hold several roles and is listed under each.
    const FloorState &floor = state.floor();
    auto asPerson = [](const Participant &p) { return Person{p.name, p.organization, p.stakeholderGroup, p.region}; };
    for (const Participant &p : floor.participants()) {
        const std::pair<Role, QStringList *> roles[] = {{Role::Moderator, &report.moderators},
                                                        {Role::OnlineModerator, &report.onlineModerators},
                                                        {Role::Rapporteur, &report.rapporteurs}};
        for (const auto &[role, list] : roles) {
            if (p.hasRole(role) && !list->contains(personLine(asPerson(p)))) {
                list->append(personLine(asPerson(p)));
            }
        }
    }
    for (int id : floor.rotationOrder()) {
        if (const Participant *p = floor.participant(id)) {
            report.speakers.append(personLine(asPerson(*p)));
        }
    }

    const Draft draft = draftFor(session);
    const ReportState &written = state.report();
    const QList<Note> &allNotes = state.notes().notes();
    QList<const Note *> notes;
    for (const Note &note : allNotes) {
        if (!note.deleted) {
            notes.append(&note);
        }
    }
    report.participation = participationOf(session);
    const QStringList keys = ReportState::fieldKeys();
    const char *const titles[] = {
        QT_TRANSLATE_NOOP("core::Report", "Key policy questions and expectations"),
            QT_TRANSLATE_NOOP("core::Report", "Discussion areas"),
                QT_TRANSLATE_NOOP("core::Report", "Policy recommendations or suggestions for the way forward"),
                    QT_TRANSLATE_NOOP("core::Report", "Other initiatives addressing the session issues"),
                        QT_TRANSLATE_NOOP("core::Report", "Making progress for tackled issues"),
                            QT_TRANSLATE_NOOP("core::Report", "Estimated participation"),
                                              QT_TRANSLATE_NOOP("core::Report", "Reflection to gender issues"),
                                                                QT_TRANSLATE_NOOP("core::Report", "Session outputs"),
                                              };
    for (qsizetype i = 0; i < keys.size(); ++i) {
        report.fieldTitles.append(tr(titles[i]));
        const QString &key = keys.at(i);
        QString text = written.field(key).trimmed();
        const bool rapporteurs = !text.isEmpty();
        if (text.isEmpty()) {
            // Drafts where the session knows the answer; the rapporteur confirms or edits them.
            QStringList lines;
            if (key == u"policy_questions") {
                // Each question, then what the notes linked to it found.
                for (qsizetype q = 0; q < definition.policyQuestions.size(); ++q) {
                    lines.append(definition.policyQuestions.at(q));
                    for (const Note *note : std::as_const(notes)) {
                        if (note->policyQuestion == q) {
                            lines.append(tr("Finding: %1").arg(oneLine(note->text)));
                        }
                    }
                }
            } else if (key == u"discussion_areas") {
                // Each topic with the drafted sentence that says most about it, so the area reads as a point.
                QStringList used;
                for (const QString &topic : draft.topics) {
                    const QString sentence = sentenceOnTopic(topic, draft, used);
                    if (!sentence.isEmpty()) {
                        used.append(sentence);
                        lines.append(tr("%1: %2").arg(capitalized(topic), sentence));
                    } else {
                        lines.append(capitalized(topic));
                    }
                }
                for (const Note *note : std::as_const(notes)) {
                    if (note->hasTag(NoteTag::Agreement)) {
                        lines.append(tr("Agreement: %1").arg(oneLine(note->text)));
                    }
                }
                for (const Note *note : std::as_const(notes)) {
                    if (note->hasTag(NoteTag::Disagreement)) {
                        lines.append(tr("Disagreement: %1").arg(oneLine(note->text)));
                    }
                }
            } else if (key == u"recommendations") {
                for (const DraftSentence &sentence : draft.callsToAction) {
                    lines.append(sentence.text);
                }
            } else if (key == u"other_initiatives") {
                // The session's details (and the proposal, when given) and the rapporteur's notes.
                QStringList sources{proposalText, definition.title};
                sources += definition.policyQuestions;
                sources += {definition.discussionFacilitation, definition.onlineParticipation};
                for (const Note *note : std::as_const(notes)) {
                    sources.append(note->text);
                }
                lines = initiativeSentences(sources.join(u'\n'));
            } else if (key == u"progress") {
                // Lines that tell of progress: adopted, launched, under way; from the notes, the transcript and
                // the proposal.
                QStringList candidates;
                for (const Note *note : std::as_const(notes)) {
                    candidates.append(oneLine(note->text));
                }
                for (const TranscriptTurn &turn : written.transcript()) {
                    candidates += sentencesOf(turn.text);
                }
                candidates += sentencesOf(proposalText);
                for (const QString &candidate : std::as_const(candidates)) {
                    if (lines.size() < 8 && candidate.size() <= 400 && isProgressLine(candidate)
                        && !lines.contains(candidate)) {
                        lines.append(candidate);
                    }
                }
            } else if (key == u"participation") {
                lines.append(participationText(report.participation));
            } else if (key == u"gender") {
                lines.append(genderReflection(session));
            } else if (key == u"outputs") {
                // Only what the session produced: links, documents, commitments; else it stays the rapporteur's.
                QStringList candidates;
                for (const Note *note : std::as_const(notes)) {
                    candidates.append(oneLine(note->text));
                }
                for (const TranscriptTurn &turn : written.transcript()) {
                    candidates += sentencesOf(turn.text);
                }
                for (const QString &candidate : std::as_const(candidates)) {
                    if (isOutputLine(candidate) && !lines.contains(candidate)) {
                        lines.append(candidate);
                    }
                }
            }
            lines.removeAll(QString());
            text = lines.join(u'\n');
        }
        report.fields.append(text);
        report.drafted.append(!rapporteurs && !text.isEmpty());
    }
    // The short report: the rapporteur's own lists where written, else approved takeaways, then drafts.
    auto writtenLines = [&written](const QString &key) {
        QStringList lines;
        for (const QString &line : written.field(key).split(u'\n')) {
            if (!line.trimmed().isEmpty()) {
                lines.append(line.trimmed());
            }
        }
        return lines;
    };
    const Agenda &agenda = state.agenda();
    auto sourceOf = [&agenda](const DraftSentence &sentence) {
        QStringList parts;
        if (!sentence.speaker.isEmpty()) {
            parts.append(sentence.group.isEmpty() ? sentence.speaker
                                                  : tr("%1 (%2)").arg(sentence.speaker, sentence.group));
        }
        if (const int index = sentence.itemId > 0 ? agenda.indexOf(sentence.itemId) : -1; index >= 0) {
            parts.append(agenda.item(index).title);
        }
        if (sentence.timeMs >= 0) {
            //: Where a drafted line comes from: the time on the session's clock
            parts.append(tr("at %1").arg(formatDuration(sentence.timeMs)));
        }
        QStringList lines;
        for (int line : sentence.lines) {
            lines.append(formatCount(line));
        }
        parts.append(sentence.fromNotes ? tr("the rapporteur's note %1").arg(lines.join(u", "_s))
                                        : tr("transcript, line %1").arg(lines.join(u", "_s)));
        return parts.join(u"; "_s);
    };
    report.takeaways = writtenLines(u"takeaways"_s);
    report.takeawaysWritten = !report.takeaways.isEmpty();
    report.takeawaySources = QStringList(report.takeaways.size(), QString());
    if (!report.takeawaysWritten) {
        for (const Takeaway &takeaway : state.display().takeaways()) {
            if (report.takeaways.size() < 3) {
                report.takeaways.append(takeaway.text);
                report.takeawaySources.append(QString());
            }
        }
        for (const DraftSentence &sentence : draft.takeaways) {
            if (report.takeaways.size() < 3 && !report.takeaways.contains(sentence.text)) {
                report.takeaways.append(sentence.text);
                report.takeawaySources.append(sourceOf(sentence));
            }
        }
    }
    report.callsToAction = writtenLines(u"calls_to_action"_s);
    report.callsToActionWritten = !report.callsToAction.isEmpty();
    report.callToActionSources = QStringList(report.callsToAction.size(), QString());
    if (!report.callsToActionWritten) {
        for (const DraftSentence &sentence : draft.callsToAction) {
            if (report.callsToAction.size() < 3) {
                report.callsToAction.append(sentence.text);
                report.callToActionSources.append(sourceOf(sentence));
            }
        }
    }
    // What the room said about the takeaways it was shown.
    for (const Takeaway &takeaway : state.display().takeaways()) {
        for (const TakeawayComment &comment : takeaway.comments) {
            const Participant *p = comment.participant > 0 ? floor.participant(comment.participant) : nullptr;
            QString who = p ? p->name : tr("someone in the room");
            if (p && !p->stakeholderGroup.isEmpty()) {
                who = tr("%1 (%2)").arg(
                    who, Vocabulary::displayName(Vocabulary::Kind::StakeholderGroup, p->stakeholderGroup));
            }
            report.roomComments.append(tr("On \"%1\": %2: %3").arg(oneLine(takeaway.text), who, oneLine(comment.text)));
        }
    }
    // What participants said from their phones.
    const AudienceState &audience = state.audience();
    auto from = [&floor](int participant) {
        const Participant *p = floor.participant(participant);
        return p && !p->stakeholderGroup.isEmpty() ? p->stakeholderGroup : tr("stakeholder group not given");
    };
    if (!audience.phones().isEmpty()) {
        int answered = 0;
        for (const InboxItem &item : audience.inbox()) {
            answered += item.status == InboxItem::Status::Read || item.status == InboxItem::Status::Displayed
                                || item.status == InboxItem::Status::Banked
                            ? 1
                            : 0;
        }
        report.phoneSummary = tr("%Ln participant(s) joined from their phones", nullptr, int(audience.phones().size()))
                              + u"; "_s + tr("%Ln written question(s) sent", nullptr, int(audience.inbox().size()))
                              + u", "_s + tr("%Ln taken up by the moderator", nullptr, answered) + u'.';
        for (const Takeaway &takeaway : state.display().takeaways()) {
            const auto [agree, disagree] = audience.stanceCounts(takeaway.id);
            QStringList comments;
            for (const Reaction &reaction : audience.reactions()) {
                if (reaction.takeaway == takeaway.id && reaction.reaction == u"comment") {
                    comments.append(tr("\"%1\" (%2)").arg(oneLine(reaction.text), from(reaction.participant)));
                }
            }
            if (agree + disagree == 0 && comments.isEmpty()) {
                continue;
            }
            QString line = tr("%1 — agree: %2, disagree: %3").arg(oneLine(takeaway.text)).arg(agree).arg(disagree);
            if (!comments.isEmpty()) {
                line += u". "_s + tr("Comments: %1").arg(comments.join(u"; "_s));
            }
            report.reactions.append(line);
        }
        for (const SharedTakeaway &shared : audience.sharedTakeaways()) {
            report.participantTakeaways.append(tr("%1 (%2)").arg(oneLine(shared.text), from(shared.participant)));
        }
    }
    report.balance = FloorBalance::compute(state, session.now());
    // Each opening of the empty chair, and who sat there: the chair's turns in the order of the events.
    QList<const Turn *> chairTurns;
    for (const Turn &turn : floor.turns()) {
        if (turn.kind == TurnKind::Chair) {
            chairTurns.append(&turn);
        }
    }
    qsizetype nextChairTurn = 0;
    bool chairOpen = false;
    for (const Event &event : session.events()) {
        if (event.type == EventType::ChairOpened) {
            report.chair.append(ChairOpening());
            report.chair.last().openedAtWallMs = event.wallMs;
            chairOpen = true;
        } else if (event.type == EventType::ChairTaken && nextChairTurn < chairTurns.size()) {
            // Accepting a remote claim opens the chair; a second person in one opening gets a line of their own.
            if (!chairOpen || report.chair.isEmpty() || !report.chair.last().name.isEmpty()) {
                report.chair.append(ChairOpening());
                report.chair.last().openedAtWallMs = event.wallMs;
            }
            chairOpen = true;
            const Turn *turn = chairTurns.at(nextChairTurn++);
            ChairOpening &opening = report.chair.last();
            const Participant *p = floor.participant(turn->participantId);
            Participant channelOf;
            channelOf.channel = turn->channel;
            channelOf.hub = turn->hub;
            opening.name = p ? p->name : tr("participant %1").arg(turn->participantId);
            opening.stakeholderGroup = p ? p->stakeholderGroup : QString();
            opening.channel = channelOf.channelKey();
            opening.ms = turn->elapsedMs(session.now());
            opening.viaOnlineModerator = turn->viaOnlineModerator;
            const int index = state.agenda().indexOf(turn->itemId);
            opening.item = index >= 0 ? state.agenda().item(index).title : QString();
        } else if (event.type == EventType::ChairClosed) {
            chairOpen = false;
        }
    }
    report.groups = groupsOf(session);
    for (int index = 0; index < agenda.size(); ++index) {
        report.agenda.append({agenda.item(index).title,
                              agenda.item(index).depth,
                              agenda.plannedMs(index),
                              state.elapsedMs(index, session.now())});
    }
    return report;
}

namespace {

/// "in the room", "online", "hub NAME" for a channel key.
QString channelLabel(const QString &key)
{
    if (key == u"onsite") {
        return Report::tr("in the room");
    }
    if (key == u"online") {
        return Report::tr("online");
    }
    if (key.startsWith(u"hub:")) {
        return Report::tr("at the hub %1").arg(isolatedLine(key.mid(4)));
    }
    return key;
}

} // namespace

namespace {

/// The note numbers of the short report's drafted lines, when the report lists their sources.
struct SourceNotes
{
    QList<int> takeaways;
    QList<int> callsToAction;
    QStringList sources; ///< note N is sources[N - 1]
};

SourceNotes sourceNotes(const Report &report)
{
    SourceNotes notes;
    if (!report.withSources) {
        return notes;
    }
    auto number = [&notes](const QStringList &sources, QList<int> *numbers) {
        for (const QString &source : sources) {
            if (source.isEmpty()) {
                numbers->append(0);
            } else {
                notes.sources.append(source);
                numbers->append(int(notes.sources.size()));
            }
        }
    };
    number(report.takeawaySources, &notes.takeaways);
    number(report.callToActionSources, &notes.callsToAction);
    return notes;
}

} // namespace

/// "Civil Society: 3" for each stakeholder group of a break-out group's members.
static QStringList groupParticipants(const ReportGroup &group)
{
    QStringList lines;
    for (const auto &[key, count] : group.participants) {
        lines.append(Report::tr("%1: %2")
                         .arg(key.isEmpty() ? Report::tr("not given")
                                            : Vocabulary::displayName(Vocabulary::Kind::StakeholderGroup, key))
                         .arg(formatCount(count)));
    }
    return lines;
}

QString Report::chairSummary() const
{
    int taken = 0;
    qint64 ms = 0;
    for (const ChairOpening &opening : chair) {
        taken += opening.name.isEmpty() ? 0 : 1;
        ms += opening.ms;
    }
    return tr("The empty chair was opened %Ln time(s)", nullptr, int(chair.size())) + u"; "_s
           + tr("%Ln person(s) sat there", nullptr, taken) + u", "_s + tr("for %1 in all.").arg(formatDuration(ms));
}

QString Report::toMarkdown() const
{
    QString md;
    md += u"# "_s + markdownLine(title) + u"\n\n"_s;
    auto list = [&md](const QString &heading, const QStringList &items) { md += markdownList(heading, items); };
    md += tr("Date: %1").arg(date) + u"\n\n"_s;
    if (!time.isEmpty()) {
        md += tr("Time: %1").arg(time) + u"\n\n"_s;
    }
    if (!room.isEmpty()) {
        md += tr("Room: %1").arg(markdownLine(room)) + u"\n\n"_s;
    }
    list(tr("Sustainable Development Goals"), goals);
    list(tr("Organizers"), organizers);
    list(tr("Onsite moderator"), moderators);
    list(tr("Online moderator"), onlineModerators);
    list(tr("Rapporteur"), rapporteurs);
    list(tr("Speakers"), speakers);
    md += u"## "_s + tr("Short report") + u"\n\n"_s;
    const SourceNotes notes = sourceNotes(*this);
    md += markdownList(tr("Key takeaways"), takeaways, notes.takeaways);
    md += markdownList(tr("Calls to action"), callsToAction, notes.callsToAction);
    list(tr("Comments from the room on the key takeaways"), roomComments);
    if (!phoneSummary.isEmpty()) {
        md += u"## "_s + tr("From participants' phones") + u"\n\n"_s + markdownLine(phoneSummary) + u"\n\n"_s;
        list(tr("Reactions to the key takeaways"), reactions);
        list(tr("Participants' own key takeaways"), participantTakeaways);
    }
    md += u"## "_s + tr("Long report") + u"\n\n"_s;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        md += u"### "_s + formatCount(i + 1) + u". "_s + fieldTitles.at(i) + u"\n\n"_s;
        if (drafted.value(i)) {
            md += u"*"_s + tr("Draft from the session, for the rapporteur to confirm.") + u"*\n\n"_s;
        }
        for (const QString &line : plainText(fields.at(i)).split(u'\n', Qt::SkipEmptyParts)) {
            md += markdownLine(line) + u"\n\n"_s;
        }
    }
    md += u"## "_s + tr("Floor time by stakeholder group") + u"\n\n"_s;
    md += u"| "_s + tr("Stakeholder group") + u" | "_s + tr("Time") + u" | "_s + tr("Turns")
          + u" |\n| --- | ---: | ---: |\n"_s;
    for (const BalanceRow &row : balance.rows[FloorBalance::StakeholderGroup]) {
        md += u"| "_s
              + (row.key == u"unknown"
                     ? tr("not given")
                     : markdownLine(Vocabulary::displayName(Vocabulary::Kind::StakeholderGroup, row.key)))
              + u" | "_s + formatDuration(row.ms) + u" | "_s + formatCount(row.turns) + u" |\n"_s;
    }
    if (!balance.rows[FloorBalance::Channel].isEmpty()) {
        md += u"\n## "_s + tr("Floor time in the room, online and at hubs") + u"\n\n"_s;
        md += u"| "_s + tr("Where") + u" | "_s + tr("Time") + u" | "_s + tr("Share") + u" | "_s + tr("Turns")
              + u" |\n| --- | ---: | ---: | ---: |\n"_s;
        for (const BalanceRow &row : balance.rows[FloorBalance::Channel]) {
            md += u"| "_s + markdownText(channelLabel(row.key)) + u" | "_s + formatDuration(row.ms) + u" | "_s
                  + tr("%1 %").arg(formatCount(percent(row.ms, balance.totalMs))) + u" | "_s + formatCount(row.turns)
                  + u" |\n"_s;
        }
    }
    if (!chair.isEmpty()) {
        md += u"\n## "_s + tr("The empty chair") + u"\n\n"_s + chairSummary() + u"\n\n"_s;
        md += u"| "_s + tr("Opened") + u" | "_s + tr("Who sat there") + u" | "_s + tr("Stakeholder group") + u" | "_s
              + tr("Where") + u" | "_s + tr("Time") + u" | "_s + tr("Via the online moderator") + u" | "_s
              + tr("Agenda item") + u" |\n| --- | --- | --- | --- | ---: | --- | --- |\n"_s;
        for (const ChairOpening &opening : chair) {
            md += u"| "_s + clockTime(opening.openedAtWallMs) + u" | "_s
                  + (opening.name.isEmpty() ? tr("nobody") : markdownLine(opening.name)) + u" | "_s
                  + markdownLine(Vocabulary::displayName(Vocabulary::Kind::StakeholderGroup, opening.stakeholderGroup))
                  + u" | "_s + (opening.name.isEmpty() ? QString() : markdownText(channelLabel(opening.channel)))
                  + u" | "_s + (opening.name.isEmpty() ? QString() : formatDuration(opening.ms)) + u" | "_s
                  + (opening.name.isEmpty()       ? QString()
                     : opening.viaOnlineModerator ? tr("yes")
                                                  : tr("no"))
                  + u" | "_s + markdownLine(opening.item) + u" |\n"_s;
        }
    }
    if (!groups.isEmpty()) {
        md += u"\n## "_s + tr("Break-out groups") + u"\n\n"_s;
        for (const ReportGroup &group : groups) {
            md += u"### "_s + markdownLine(group.name) + u"\n\n"_s;
            if (!group.topic.isEmpty()) {
                md += tr("Topic: %1").arg(markdownLine(group.topic)) + u"\n\n"_s;
            }
            if (!group.place.isEmpty()) {
                md += tr("Where: %1").arg(markdownLine(group.place)) + u"\n\n"_s;
            }
            if (!group.facilitator.isEmpty()) {
                md += tr("Facilitator: %1").arg(markdownLine(group.facilitator)) + u"\n\n"_s;
            }
            if (!group.rapporteur.isEmpty()) {
                md += tr("Rapporteur: %1").arg(markdownLine(group.rapporteur)) + u"\n\n"_s;
            }
            md += markdownList(tr("Who took part"), groupParticipants(group));
            md += markdownList(tr("Key points"), group.keyPoints);
            if (group.reportBackMs >= 0) {
                md += tr("Report-back: %1").arg(formatDuration(group.reportBackMs)) + u"\n\n"_s;
            }
            md += markdownList(tr("Notes from the report-back"), group.reportBackNotes);
        }
    }
    md += u"\n## "_s + tr("Planned and actual time") + u"\n\n"_s;
    md += u"| "_s + tr("Agenda item") + u" | "_s + tr("Planned") + u" | "_s + tr("Actual")
          + u" |\n| --- | ---: | ---: |\n"_s;
    for (const ReportItem &item : agenda) {
        md += u"| "_s + QString(item.depth * 2, QChar(0x00A0)) + markdownLine(item.title) + u" | "_s
              + formatDuration(item.plannedMs) + u" | "_s + formatDuration(item.actualMs) + u" |\n"_s;
    }
    if (!notes.sources.isEmpty()) {
        md += u"\n## "_s + tr("Sources of the drafted lines") + u"\n\n"_s;
        for (qsizetype i = 0; i < notes.sources.size(); ++i) {
            md += u"["_s + formatCount(i + 1) + u"] "_s + markdownLine(notes.sources.at(i)) + u"\n\n"_s;
        }
    }
    return md;
}

QString Report::toHtml() const
{
    auto e = [](const QString &text) { return text.toHtmlEscaped(); };
    QString html = htmlStart(title, u".bar{background:#4FC3F7;height:.8em}.draft{color:#666}"_s);
    html += u"<h1 dir=\"auto\">"_s + htmlText(title) + u"</h1>\n<p>"_s + e(tr("Date: %1").arg(date)) + u"</p>\n"_s;
    if (!time.isEmpty()) {
        html += u"<p>"_s + e(tr("Time: %1").arg(time)) + u"</p>\n"_s;
    }
    if (!room.isEmpty()) {
        html += u"<p>"_s + tr("Room: %1").toHtmlEscaped().arg(htmlText(room)) + u"</p>\n"_s;
    }
    auto list = [&](const QString &heading, const QStringList &items, bool ordered = false) {
        html += htmlList(heading, items, ordered);
    };
    list(tr("Sustainable Development Goals"), goals);
    list(tr("Organizers"), organizers);
    list(tr("Onsite moderator"), moderators);
    list(tr("Online moderator"), onlineModerators);
    list(tr("Rapporteur"), rapporteurs);
    list(tr("Speakers"), speakers);
    html += u"<h2>"_s + e(tr("Short report")) + u"</h2>\n"_s;
    const SourceNotes notes = sourceNotes(*this);
    html += htmlList(tr("Key takeaways"), takeaways, true, notes.takeaways);
    html += htmlList(tr("Calls to action"), callsToAction, true, notes.callsToAction);
    list(tr("Comments from the room on the key takeaways"), roomComments);
    if (!phoneSummary.isEmpty()) {
        html += u"<h2>"_s + e(tr("From participants' phones")) + u"</h2>\n<p dir=\"auto\">"_s + htmlText(phoneSummary)
                + u"</p>\n"_s;
        list(tr("Reactions to the key takeaways"), reactions);
        list(tr("Participants' own key takeaways"), participantTakeaways);
    }
    html += u"<h2>"_s + e(tr("Long report")) + u"</h2>\n"_s;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        html += u"<h3>"_s + formatCount(i + 1) + u". "_s + e(fieldTitles.at(i)) + u"</h3>\n"_s;
        if (drafted.value(i)) {
            html += u"<p class=\"draft\"><small>"_s + e(tr("Draft from the session, for the rapporteur to confirm."))
                    + u"</small></p>\n"_s;
        }
        for (const QString &line : plainText(fields.at(i)).split(u'\n', Qt::SkipEmptyParts)) {
            html += u"<p dir=\"auto\">"_s + htmlText(line) + u"</p>\n"_s;
        }
    }
    html += u"<h2>"_s + e(tr("Floor time by stakeholder group")) + u"</h2>\n<table>\n"_s;
    for (const BalanceRow &row : balance.rows[FloorBalance::StakeholderGroup]) {
        const int width = balance.totalMs > 0 ? int(row.ms * 100 / balance.totalMs) : 0;
        html +=
            u"<tr><td dir=\"auto\">"_s
            + (row.key == u"unknown" ? e(tr("not given"))
                                     : htmlText(Vocabulary::displayName(Vocabulary::Kind::StakeholderGroup, row.key)))
            + u"</td><td class=\"n\">"_s + e(formatDuration(row.ms))
            + u"</td><td style=\"width:12em\"><div class=\"bar\" style=\"width:"_s + QString::number(width)
            + u"%\"></div></td></tr>\n"_s;
    }
    html += u"</table>\n"_s;
    if (!balance.rows[FloorBalance::Channel].isEmpty()) {
        html += u"<h2>"_s + e(tr("Floor time in the room, online and at hubs")) + u"</h2>\n<table>\n<tr><th>"_s
                + e(tr("Where")) + u"</th><th>"_s + e(tr("Time")) + u"</th><th>"_s + e(tr("Share")) + u"</th><th>"_s
                + e(tr("Turns")) + u"</th></tr>\n"_s;
        for (const BalanceRow &row : balance.rows[FloorBalance::Channel]) {
            html += u"<tr><td dir=\"auto\">"_s + e(channelLabel(row.key)) + u"</td><td class=\"n\">"_s
                    + e(formatDuration(row.ms)) + u"</td><td class=\"n\">"_s
                    + e(tr("%1 %").arg(formatCount(percent(row.ms, balance.totalMs)))) + u"</td><td class=\"n\">"_s
                    + formatCount(row.turns) + u"</td></tr>\n"_s;
        }
        html += u"</table>\n"_s;
    }
    if (!chair.isEmpty()) {
        html += u"<h2>"_s + e(tr("The empty chair")) + u"</h2>\n<p>"_s + e(chairSummary())
                + u"</p>\n<table>\n<tr><th>"_s + e(tr("Opened")) + u"</th><th>"_s + e(tr("Who sat there"))
                + u"</th><th>"_s + e(tr("Stakeholder group")) + u"</th><th>"_s + e(tr("Where")) + u"</th><th>"_s
                + e(tr("Time")) + u"</th><th>"_s + e(tr("Via the online moderator")) + u"</th><th>"_s
                + e(tr("Agenda item")) + u"</th></tr>\n"_s;
        for (const ChairOpening &opening : chair) {
            const bool sat = !opening.name.isEmpty();
            html += u"<tr><td>"_s + e(clockTime(opening.openedAtWallMs)) + u"</td><td dir=\"auto\">"_s
                    + (sat ? htmlText(opening.name) : e(tr("nobody"))) + u"</td><td dir=\"auto\">"_s
                    + htmlText(Vocabulary::displayName(Vocabulary::Kind::StakeholderGroup, opening.stakeholderGroup))
                    + u"</td><td dir=\"auto\">"_s + (sat ? e(channelLabel(opening.channel)) : QString())
                    + u"</td><td class=\"n\">"_s + (sat ? e(formatDuration(opening.ms)) : QString()) + u"</td><td>"_s
                    + (sat ? e(opening.viaOnlineModerator ? tr("yes") : tr("no")) : QString())
                    + u"</td><td dir=\"auto\">"_s + htmlText(opening.item) + u"</td></tr>\n"_s;
        }
        html += u"</table>\n"_s;
    }
    if (!groups.isEmpty()) {
        html += u"<h2>"_s + e(tr("Break-out groups")) + u"</h2>\n"_s;
        for (const ReportGroup &group : groups) {
            html += u"<h3 dir=\"auto\">"_s + htmlText(group.name) + u"</h3>\n"_s;
            const std::pair<QString, QString> lines[] = {{tr("Topic: %1"), group.topic},
                                                         {tr("Where: %1"), group.place},
                                                         {tr("Facilitator: %1"), group.facilitator},
                                                         {tr("Rapporteur: %1"), group.rapporteur}};
            for (const auto &[label, text] : lines) {
                if (!text.isEmpty()) {
                    html += u"<p dir=\"auto\">"_s + label.toHtmlEscaped().arg(htmlText(text)) + u"</p>\n"_s;
                }
            }
            list(tr("Who took part"), groupParticipants(group));
            list(tr("Key points"), group.keyPoints);
            if (group.reportBackMs >= 0) {
                html += u"<p>"_s + e(tr("Report-back: %1").arg(formatDuration(group.reportBackMs))) + u"</p>\n"_s;
            }
            list(tr("Notes from the report-back"), group.reportBackNotes);
        }
    }
    html += u"<h2>"_s + e(tr("Planned and actual time")) + u"</h2>\n<table>\n<tr><th>"_s + e(tr("Agenda item"))
            + u"</th><th>"_s + e(tr("Planned")) + u"</th><th>"_s + e(tr("Actual")) + u"</th></tr>\n"_s;
    for (const ReportItem &item : agenda) {
        html += u"<tr><td dir=\"auto\" style=\"padding-inline-start:"_s + QString::number(0.6 + item.depth * 1.5)
                + u"em\">"_s + htmlText(item.title) + u"</td><td class=\"n\">"_s + e(formatDuration(item.plannedMs))
                + u"</td><td class=\"n\">"_s + e(formatDuration(item.actualMs)) + u"</td></tr>\n"_s;
    }
    html += u"</table>\n"_s;
    if (!notes.sources.isEmpty()) {
        html += u"<h2>"_s + e(tr("Sources of the drafted lines")) + u"</h2>\n<ol>\n"_s;
        for (const QString &source : notes.sources) {
            html += u"<li dir=\"auto\">"_s + htmlText(source) + u"</li>\n"_s;
        }
        html += u"</ol>\n"_s;
    }
    html += u"</body>\n</html>\n"_s;
    return html;
}

} // namespace core
