// SPDX-License-Identifier: MIT
#include "core/io/proposalimporter.h"

#include "core/agenda/agendatemplates.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace core {
namespace {

constexpr qint64 MaxBytes = 2 * 1024 * 1024;
constexpr int DefaultMinutes = AgendaTemplates::StandardWorkshopMinutes;
constexpr int MaxFormatMinutes = 600;
constexpr int ShortTitleChars = 70;
constexpr int ClauseTitleChars = 60;
// A workshop has a handful of speakers and agenda items; these bounds keep pasted nonsense from
// growing an agenda without end (each speaker gets a slot in every speakers block).
constexpr int MaxSpeakers = 40;
constexpr int MaxAgendaLines = 60;

QRegularExpression pattern(const QString &text)
{
    return QRegularExpression(
        text, QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

// ---------------------------------------------------------------------------------------------
// Characters and lines

/// Plain characters for what word processors and web pages put in: curly quotes, dashes, odd spaces.
QString plainCharacters(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (qsizetype at = 0; at < text.size(); ++at) {
        const char16_t c = text.at(at).unicode();
        switch (c) {
        case u'\r':
            // Windows (CR LF) and old Mac (CR) line ends.
            result.append(u'\n');
            if (at + 1 < text.size() && text.at(at + 1) == u'\n') {
                ++at;
            }
            break;
        case 0x2028:
        case 0x2029:
        case 0x0085:
            result.append(u'\n');
            break;
        case 0x2018:
        case 0x2019:
        case 0x201A:
        case 0x201B:
        case 0x2032:
            result.append(u'\'');
            break;
        case 0x201C:
        case 0x201D:
        case 0x201E:
        case 0x201F:
        case 0x2033:
            result.append(u'"');
            break;
        case 0x2010:
        case 0x2011:
        case 0x2012:
        case 0x2013:
        case 0x2014:
        case 0x2015:
        case 0x2212:
            result.append(u'-');
            break;
        case 0xFEFF: // byte order mark
        case 0x200B: // zero-width space
        case 0x200C:
        case 0x200D:
        case 0x2060:
        case 0x00AD: // soft hyphen
            break;
        default:
            if (c == u'\t' || c == u'\v' || c == u'\f' || c == 0x00A0 || c == 0x202F || c == 0x3000
                || (c >= 0x2000 && c <= 0x200A) || (c < 0x20 && c != u'\n')) {
                result.append(u' ');
            } else {
                result.append(QChar(c));
            }
        }
    }
    return result;
}

/// One line, whitespace collapsed, without the space people leave before a comma.
QString cleanLine(const QString &line)
{
    static const QRegularExpression spaceBeforeComma(u"\\s+,"_s);
    QString text = line.simplified();
    text.replace(spaceBeforeComma, u","_s);
    return text;
}

bool isBinary(const QString &text)
{
    qsizetype controls = 0;
    for (const QChar c : text) {
        if (c.isNull()) {
            return true;
        }
        const char16_t u = c.unicode();
        if (u < 0x20 && u != u'\n' && u != u'\r' && u != u'\t' && u != u'\f' && u != u'\v') {
            ++controls;
        } else if (u == 0xFFFD) {
            ++controls;
        }
    }
    return controls > 8 || controls * 100 > text.size();
}

/// Removes a list marker ("- ", "* ", "• ", "1. ", "2) ", "(a) ", "Q1: "); says whether there was one.
QString stripBullet(const QString &line, bool *bullet = nullptr)
{
    static const QRegularExpression marker =
        pattern(u"^(?:[-*+>]\\s+|[\\x{2022}\\x{00B7}\\x{25AA}\\x{2023}\\x{25E6}\\x{25CF}]\\s*|\\(?\\d{1,2}[.)]\\s+|"
                "\\([a-z]\\)\\s+|[a-z][.)]\\s+|q\\d{1,2}\\s*[.):]\\s+)"_s);
    const QRegularExpressionMatch match = marker.match(line);
    if (bullet) {
        *bullet = match.hasMatch();
    }
    return match.hasMatch() ? line.mid(match.capturedLength()).trimmed() : line;
}

QString collapse(const QString &text)
{
    return text.simplified();
}

// ---------------------------------------------------------------------------------------------
// Field labels

enum class Field
{
    Title,
    Organizer,
    Organizers,
    Speaker,
    Speakers,
    PolicyQuestions,
    Format,
    OnsiteModerator,
    OnlineModerator,
    Rapporteur,
    Facilitation,
    OnlineParticipation,
    Agenda,
    Sdgs,
    Other,
    None,
};

struct LabelPattern
{
    Field field;
    QRegularExpression expression;
};

struct Label
{
    Field field = Field::None;
    int number = 0;
    QString rest; ///< what follows the label on its line
};

const QList<LabelPattern> &labelPatterns()
{
    static const QList<LabelPattern> patterns{
        {Field::Organizer, pattern(u"^(?:co-?)?organi[sz]er\\s*#?\\s*(?<n>\\d{1,3})?\\s*:\\s*(?<rest>.*)$"_s)},
        {Field::Organizers, pattern(u"^(?:co-?)?organi[sz]ers\\s*:\\s*(?<rest>.*)$"_s)},
        {Field::Speaker, pattern(u"^speaker\\s*#?\\s*(?<n>\\d{1,3})?\\s*:\\s*(?<rest>.*)$"_s)},
        {Field::Speakers, pattern(u"^(?:invited\\s+)?(?:speakers|panel+ists)\\s*:\\s*(?<rest>.*)$"_s)},
        {Field::PolicyQuestions, pattern(u"^policy\\s+questions?\\s*(?:\\(s\\))?\\s*:\\s*(?<rest>.*)$"_s)},
        {Field::Format, pattern(u"^(?:session\\s+)?format\\s*:\\s*(?<rest>.*)$"_s)},
        {Field::OnsiteModerator, pattern(u"^(?:on-?\\s?site|in-person)\\s+moderator\\s*:\\s*(?<rest>.*)$"_s)},
        {Field::OnlineModerator, pattern(u"^(?:online|remote)\\s+moderator\\s*:\\s*(?<rest>.*)$"_s)},
        {Field::Rapporteur, pattern(u"^rapporteurs?\\s*:\\s*(?<rest>.*)$"_s)},
        {Field::Facilitation, pattern(u"^discussion\\s+facilitation\\s*:\\s*(?<rest>.*)$"_s)},
        {Field::OnlineParticipation, pattern(u"^online\\s+participation\\s*:\\s*(?<rest>.*)$"_s)},
        {Field::Agenda,
         pattern(
             u"^(?:\\(?[a-z0-9]{1,2}[).]\\s*)?(?:(?:session|proposed|draft)\\s+)?agenda\\s*(?::\\s*(?<rest>.*))?$"_s)},
        {Field::Title, pattern(u"^(?:(?:session|workshop|proposal)\\s+)?title\\s*:\\s*(?<rest>.*)$"_s)},
        {Field::Sdgs, pattern(u"^(?:sdgs?|sustainable\\s+development\\s+goals?)\\s*:\\s*(?<rest>.*)$"_s)},
        {Field::Other,
         pattern(u"^(?:relevance\\s+to\\s+(?:the\\s+)?(?:theme|internet\\s+governance)|description|expected\\s+"
                 "outcomes?|proposed\\s+additional\\s+tools|additional\\s+tools|content\\s+of\\s+the\\s+session|"
                 "issues|(?:sub-?)?themes?|interventions|diversity|reference\\s+documents?|additional\\s+reference\\s+"
                 "document\\s+link|usage\\s+of\\s+ig\\s+tool|session\\s+objectives?)\\s*:\\s*(?<rest>.*)$"_s)},
    };
    return patterns;
}

std::optional<Label> matchLabel(const QString &line)
{
    for (const auto &label : labelPatterns()) {
        const QRegularExpressionMatch match = label.expression.match(line);
        if (match.hasMatch()) {
            return Label{label.field, match.captured(u"n").toInt(), match.captured(u"rest").trimmed()};
        }
    }
    return std::nullopt;
}

/// "GOAL 4: Quality Education", "SDG 4", "Goal 4 - ..." → the goals' numbers (empty: not such a line).
QList<int> matchGoals(const QString &line)
{
    static const QRegularExpression start = pattern(u"^(?:goal|sdg)\\s*#?\\s*\\d{1,2}(?:$|[\\s:.,;-])"_s);
    static const QRegularExpression each = pattern(u"\\b(?:goal|sdg)\\s*#?\\s*(\\d{1,2})\\b"_s);
    QList<int> goals;
    if (!start.match(line).hasMatch()) {
        return goals;
    }
    for (auto it = each.globalMatch(line); it.hasNext();) {
        const int number = it.next().captured(1).toInt();
        if (number >= 1 && number <= 17 && !goals.contains(number)) {
            goals.append(number);
        }
    }
    return goals;
}

// ---------------------------------------------------------------------------------------------
// The session format

struct Format
{
    QString type;
    QString layout;
    int minutes = 0; ///< 0: not given
};

/// "roundtable" → "Round Table"; empty when the text is not one of the IGF session formats.
QString knownFormatType(const QString &text)
{
    struct Known
    {
        const char16_t *expression;
        const char16_t *canonical; ///< empty: keep the text as written
    };

    static const Known known[] = {
        {u"^round[\\s-]?tables?$", u"Round Table"},
        {u"^panel(?:\\s+discussion)?$", u"Panel"},
        {u"^birds?\\s+of\\s+a\\s+feather$", u"Birds of a Feather"},
        {u"^break[\\s-]?out\\s+(?:group\\s+)?(?:discussions?|groups?|sessions?)$", u"Break-out Group Discussions"},
        {u"^debate$", u"Debate"},
        {u"^other$", u"Other"},
        {u"^(?:tutorial|flash\\s+session|open\\s+forum|lightning\\s+talk|town\\s+hall|fishbowl|world\\s+caf.|"
         "workshop|roundtable\\s+discussion)$",
         u""},
    };
    static const QList<std::pair<QRegularExpression, QString>> compiled = [] {
        QList<std::pair<QRegularExpression, QString>> list;
        for (const auto &entry : known) {
            list.append({pattern(QString::fromUtf16(entry.expression)), QString::fromUtf16(entry.canonical)});
        }
        return list;
    }();
    for (const auto &[expression, canonical] : compiled) {
        if (expression.match(text).hasMatch()) {
            return canonical.isEmpty() ? text : canonical;
        }
    }
    return {};
}

/// Reads "Round Table - U-shape - 60 Min"; a line without a label must name a known format and a duration.
std::optional<Format> parseFormat(const QString &text, bool labelled)
{
    static const QRegularExpression minutesAtEnd =
        pattern(u"^(?<head>.*?)[\\s,:-]*(?<m>\\d{1,3})\\s*(?:minutes|minute|mins|min)\\.?$"_s);
    static const QRegularExpression separator(u"\\s+-\\s+|\\s*\\|\\s*"_s);
    if (text.isEmpty() || text.size() > 120) {
        return std::nullopt;
    }
    Format format;
    QString head = text;
    if (const QRegularExpressionMatch match = minutesAtEnd.match(text); match.hasMatch()) {
        head = match.captured(u"head").trimmed();
        format.minutes = match.captured(u"m").toInt();
        if (format.minutes < 1 || format.minutes > MaxFormatMinutes) {
            format.minutes = 0;
        }
    }
    if (!labelled && format.minutes == 0) {
        return std::nullopt;
    }
    while (head.endsWith(u'-') || head.endsWith(u',')) {
        head.chop(1);
        head = head.trimmed();
    }
    QStringList parts = head.split(separator, Qt::SkipEmptyParts);
    for (auto &part : parts) {
        part = part.trimmed();
    }
    const QString known = parts.isEmpty() ? QString() : knownFormatType(parts.constFirst());
    if (!labelled && (known.isEmpty() || format.minutes == 0 || parts.size() > 2)) {
        return std::nullopt;
    }
    if (!parts.isEmpty()) {
        format.type = known.isEmpty() ? parts.constFirst() : known;
        format.layout = parts.mid(1).join(u" - "_s);
    }
    return format;
}

// ---------------------------------------------------------------------------------------------
// People

QString plainKey(const QString &text)
{
    QString key = text.toLower().simplified();
    key.replace(u'-', u' ');
    while (!key.isEmpty() && (key.endsWith(u'.') || key.endsWith(u';'))) {
        key.chop(1);
    }
    return key.simplified();
}

/// The IGF name of a regional group, or empty when the text is not one.
QString canonicalRegion(const QString &text)
{
    const QString key = plainKey(text);
    if (key.contains(u"weog") || key.startsWith(u"western european")) {
        return u"WEOG"_s;
    }
    if (key.contains(u"grulac") || key.startsWith(u"latin america")) {
        return u"GRULAC"_s;
    }
    if (key.startsWith(u"eastern europe") || key == u"eeg") {
        return u"Eastern European Group"_s;
    }
    if (key.startsWith(u"african") || key == u"africa" || key == u"africa group") {
        return u"African Group"_s;
    }
    if (key.startsWith(u"asia pacific") || key.startsWith(u"asia and the pacific") || key == u"apg") {
        return u"Asia-Pacific Group"_s;
    }
    if (key.startsWith(u"intergovernmental organi") || key == u"igo") {
        return u"Intergovernmental Organization"_s;
    }
    return {};
}

/// The IGF name of a stakeholder group, or empty when the text is not one.
QString canonicalGroup(const QString &text)
{
    const QString key = plainKey(text);
    if (key == u"government" || key == u"governments" || key == u"governmental") {
        return u"Government"_s;
    }
    if (key == u"private sector" || key == u"business" || key == u"private sector/business") {
        return u"Private Sector"_s;
    }
    if (key == u"civil society") {
        return u"Civil Society"_s;
    }
    if (key == u"technical community" || key == u"technical") {
        return u"Technical Community"_s;
    }
    if (key.startsWith(u"intergovernmental organi") || key == u"igo") {
        return u"Intergovernmental Organization"_s;
    }
    return {};
}

bool isKnownRegion(const QString &text)
{
    return !canonicalRegion(text).isEmpty();
}

bool isKnownGroupName(const QString &text)
{
    return !canonicalGroup(text).isEmpty();
}

bool isPlaceholder(const QString &text)
{
    static const QRegularExpression placeholder =
        pattern(u"^(?:tbd|tbc|tba|to be (?:confirmed|determined|announced|defined)|n/?a|none|nobody|-+|\\?+)\\.?$"_s);
    return placeholder.match(text.trimmed()).hasMatch();
}

/// "Name, Stakeholder group, Regional group" (organisation parts allowed in between).
Person parsePerson(const QString &text)
{
    QStringList parts;
    for (const QString &part : text.split(u',')) {
        const QString trimmed = collapse(part);
        if (!trimmed.isEmpty()) {
            parts.append(trimmed);
        }
    }
    Person person;
    if (parts.isEmpty()) {
        return person;
    }
    person.name = parts.takeFirst();
    if (parts.isEmpty()) {
        return person;
    }
    const qsizetype given = parts.size();
    if (isKnownRegion(parts.constLast()) && (given >= 2 || !isKnownGroupName(parts.constLast()))) {
        person.region = ProposalImporter::normalizeRegion(parts.takeLast());
    }
    if (!parts.isEmpty() && isKnownGroupName(parts.constLast())) {
        person.stakeholderGroup = ProposalImporter::normalizeStakeholderGroup(parts.takeLast());
    }
    if (person.region.isEmpty() && person.stakeholderGroup.isEmpty()) {
        // Nothing known: read the fields by position, as the IGF form lists them.
        if (parts.size() >= 2) {
            person.region = ProposalImporter::normalizeRegion(parts.takeLast());
        }
        person.stakeholderGroup = ProposalImporter::normalizeStakeholderGroup(parts.takeLast());
    } else if (person.stakeholderGroup.isEmpty() && !parts.isEmpty()) {
        person.stakeholderGroup = ProposalImporter::normalizeStakeholderGroup(parts.takeLast());
    }
    person.organization = parts.join(u", "_s);
    return person;
}

/// "Name, Organization": the organisation is everything after the first comma.
Person parseOrganizer(const QString &text)
{
    Person person;
    const qsizetype comma = text.indexOf(u',');
    person.name = collapse(comma < 0 ? text : text.left(comma));
    person.organization = comma < 0 ? QString() : collapse(text.mid(comma + 1));
    return person;
}

bool isNameLike(const QString &name)
{
    static const QRegularExpression particle =
        pattern(u"^(?:van|von|de|der|den|del|della|da|das|do|dos|du|di|la|le|y|e|al|el|bin|bint|ibn|and|&)$"_s);
    const QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty() || words.size() > 6 || name.size() > 80) {
        return false;
    }
    for (const QString &word : words) {
        const QChar first = word.at(0);
        if (!(first.isUpper() || first.isDigit() || !first.isLetter()) && !particle.match(word).hasMatch()) {
            return false;
        }
    }
    return true;
}

/// A line that can only be a person: "Name, Private Sector, WEOG" or a bare name.
bool looksLikePerson(const QString &line)
{
    if (line.isEmpty() || line.size() > 200 || line.contains(u':') || line.endsWith(u'.') || line.endsWith(u'?')
        || line.endsWith(u'!')) {
        return false;
    }
    bool bullet = false;
    stripBullet(line, &bullet);
    if (bullet) {
        return false;
    }
    const QStringList parts = line.split(u',', Qt::SkipEmptyParts);
    if (!isNameLike(collapse(parts.constFirst()))) {
        return false;
    }
    if (parts.size() == 1) {
        return true;
    }
    return std::any_of(parts.cbegin() + 1, parts.cend(), [](const QString &part) {
        return isKnownGroupName(collapse(part)) || isKnownRegion(collapse(part));
    });
}

/// A person given as a field's value: too long or too wordy for a name means it is not one.
bool isReadablePerson(const Person &person)
{
    return !person.name.isEmpty() && person.name.size() <= 80 && person.name.split(u' ').size() <= 10;
}

// ---------------------------------------------------------------------------------------------
// Agenda lines

struct Duration
{
    int minutes = -1;
    qsizetype start = -1;
    qsizetype length = 0;
};

/// The duration an agenda line gives: "(10 minutes)", "(20 mins)", "10 min", "10'", "0:10", "10:00-10:10".
Duration findDuration(const QString &text)
{
    static const QRegularExpression range(
        u"(?<![\\d.:])(\\d{1,2})[:.h](\\d{2})\\s*-\\s*(\\d{1,2})[:.h](\\d{2})(?![\\d:])"_s);
    static const QRegularExpression minutes =
        pattern(u"(?<![\\d.:])(?:\\d{1,3}\\s*-\\s*)?(\\d{1,3})\\s*-?\\s*(?:minutes|minute|mins|min)\\b\\.?"_s);
    static const QRegularExpression apostrophe(u"(?<![\\d.:])(\\d{1,3})\\s?'(?![\\w'])"_s);
    static const QRegularExpression clock(u"(?<![\\d.:])([0-3]):([0-5]\\d)(?![\\d:])"_s);
    static const QRegularExpression hours =
        pattern(u"(?<![\\d.:])(\\d{1,2}(?:[.,]\\d{1,2})?)\\s*(?:hours|hour|hrs|hr|h)\\b"_s);

    QList<Duration> found;
    QString masked = text;
    for (auto it = range.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const int from = match.captured(1).toInt() * 60 + match.captured(2).toInt();
        const int to = match.captured(3).toInt() * 60 + match.captured(4).toInt();
        if (to > from && to - from <= MaxFormatMinutes) {
            found.append({to - from, match.capturedStart(), match.capturedLength()});
        }
        masked.replace(match.capturedStart(), match.capturedLength(), QString(match.capturedLength(), u' '));
    }
    const auto collect = [&](const QRegularExpression &expression, auto toMinutes) {
        for (auto it = expression.globalMatch(masked); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            const int value = toMinutes(match);
            if (value >= 1 && value <= MaxFormatMinutes) {
                found.append({value, match.capturedStart(), match.capturedLength()});
            }
        }
    };
    collect(minutes, [](const QRegularExpressionMatch &match) { return match.captured(1).toInt(); });
    collect(apostrophe, [](const QRegularExpressionMatch &match) { return match.captured(1).toInt(); });
    collect(clock, [](const QRegularExpressionMatch &match) {
        return match.captured(1).toInt() * 60 + match.captured(2).toInt();
    });
    collect(hours, [](const QRegularExpressionMatch &match) {
        QString number = match.captured(1);
        number.replace(u',', u'.');
        return qRound(number.toDouble() * 60);
    });
    Duration last;
    for (const Duration &duration : found) {
        if (duration.start > last.start) {
            last = duration;
        }
    }
    return last;
}

/// The line without its duration and the punctuation left around it.
QString withoutDuration(const QString &text, const Duration &duration)
{
    static const QRegularExpression emptyParentheses(u"\\(\\s*[,;:-]*\\s*\\)"_s);
    static const QRegularExpression leadingInParentheses(u"\\(\\s*[,;:-]+\\s*"_s);
    static const QRegularExpression trailingInParentheses(u"\\s*[,;:-]+\\s*\\)"_s);
    QString result = text;
    if (duration.start >= 0) {
        result.remove(duration.start, duration.length);
    }
    result.replace(emptyParentheses, QString());
    result.replace(leadingInParentheses, u"("_s);
    result.replace(trailingInParentheses, u")"_s);
    result = collapse(result);
    static const QString edge = u" ,;:-."_s;
    while (!result.isEmpty() && edge.contains(result.back())) {
        result.chop(1);
    }
    while (!result.isEmpty() && edge.contains(result.front())) {
        result.remove(0, 1);
    }
    return result;
}

struct Classified
{
    ItemKind kind = ItemKind::Other;
    bool speakersBlock = false;
};

Classified classify(const QString &text)
{
    static const QRegularExpression opening =
        pattern(u"\\b(?:introductions?|introduc(?:e|es|ed|ing)|welcom(?:e|es|ing)|opening|opens\\s+the\\s+session|"
                "ice[\\s-]?breakers?|kick[\\s-]?off|setting\\s+the\\s+scene)\\b"_s);
    static const QRegularExpression summary =
        pattern(u"\\b(?:summary|summari[sz](?:e|es|ed|ing)|take[\\s-]?aways?|wrap[\\s-]?up|conclusions?|conclud(?:e|es|"
                "ing)|closing|closes\\s+the\\s+session|next\\s+steps)\\b"_s);
    static const QRegularExpression speakers =
        pattern(u"\\b(?:speakers?|panel+ists?|presenters?|discussants?|invited\\s+experts?)\\b"_s);
    static const QRegularExpression audience =
        pattern(u"\\b(?:audience|q\\s*&\\s*a|q\\s+and\\s+a|questions\\s+from|from\\s+the\\s+(?:floor|room)|"
                "participants|attendees)\\b"_s);
    static const QRegularExpression discussion =
        pattern(u"\\b(?:discussions?|debate|open\\s+floor|questions|interventions)\\b"_s);

    // Group work ("break-out groups", "breakout sessions", "small groups"), but not the report-back after it.
    static const QRegularExpression breakOut = pattern(u"\\b(?:break[\\s-]?outs?|(?:small|working)\\s+groups?)\\b"_s);
    static const QRegularExpression reportBack = pattern(u"\\breport(?:s|ing)?[\\s-]*(?:back|out)\\b"_s);

    const qsizetype openingAt = opening.match(text).capturedStart();
    const qsizetype summaryAt = summary.match(text).capturedStart();
    if (breakOut.match(text).hasMatch() && !reportBack.match(text).hasMatch() && openingAt < 0 && summaryAt < 0) {
        return {ItemKind::BreakOut, false};
    }
    if (openingAt >= 0 && (summaryAt < 0 || openingAt <= summaryAt)) {
        return {ItemKind::Opening, false};
    }
    if (summaryAt >= 0) {
        return {ItemKind::Summary, false};
    }
    const bool hasAudience = audience.match(text).hasMatch();
    if (speakers.match(text).hasMatch() && hasAudience) {
        return {ItemKind::Other, true};
    }
    if (hasAudience || discussion.match(text).hasMatch()) {
        return {ItemKind::AudienceInput, false};
    }
    return {ItemKind::Other, false};
}

/// The first clause, cut at a word boundary, for an item whose text is too long to be a title.
QString clauseTitle(const QString &text)
{
    static const QRegularExpression clauseEnd(u"[,;:.!?(]|\\s-\\s"_s);
    QString clause = text;
    if (const qsizetype end = clause.indexOf(clauseEnd); end > 0) {
        clause = clause.left(end).trimmed();
    }
    if (clause.size() > ClauseTitleChars) {
        const qsizetype space = clause.lastIndexOf(u' ', ClauseTitleChars);
        clause = clause.left(space > 0 ? space : ClauseTitleChars).trimmed();
    }
    return clause + u'\u2026';
}

// ---------------------------------------------------------------------------------------------
// Agenda building

/// An agenda item read from the proposal (a leaf; a speakers block comes from AgendaTemplates).
struct Node
{
    QString title;
    ItemKind kind = ItemKind::Other;
    int minutes = 0;
    QString note;
    BreakOut breakOut; ///< a break-out item's groups
};

QJsonObject nodeToJson(const Node &node)
{
    AgendaItem item;
    item.title = node.title;
    item.kind = node.kind;
    item.plannedMs = qint64(node.minutes) * 60'000;
    item.note = node.note;
    item.breakOut = node.breakOut;
    return Agenda::itemToJson(item, {}, Agenda::JsonForm::Authored);
}

/**
 * The groups of a break-out item the agenda describes: as many as the text says ("in 4 groups"), else one
 * per policy question (each discussing its question), else two; and an online group when the session has
 * an online moderator to lead it.
 */
BreakOut breakOutFor(const QString &text, const SessionDefinition &definition)
{
    static const QRegularExpression counted = pattern(
        u"\\b(\\d{1,2}|two|three|four|five|six|seven|eight)\\s+(?:break[\\s-]?out\\s+|small\\s+|working\\s+)?groups\\b"_s);
    static const QStringList words{u"two"_s, u"three"_s, u"four"_s, u"five"_s, u"six"_s, u"seven"_s, u"eight"_s};
    int count = 0;
    if (const auto match = counted.match(text); match.hasMatch()) {
        const QString number = match.captured(1).toLower();
        count = words.contains(number) ? int(words.indexOf(number)) + 2 : number.toInt();
    }
    const bool perQuestion = count <= 0 && !definition.policyQuestions.isEmpty();
    if (perQuestion) {
        count = int(definition.policyQuestions.size());
    }
    count = std::clamp(count <= 0 ? 2 : count, 1, 20);
    BreakOut breakOut;
    for (int i = 0; i < count; ++i) {
        BreakOutGroup group;
        group.name = ProposalImporter::tr("Group %1").arg(i + 1);
        group.policyQuestion = perQuestion ? i : -1;
        breakOut.groups.append(group);
    }
    if (!definition.onlineModerator.isEmpty()) {
        BreakOutGroup online;
        online.name = ProposalImporter::tr("Online group");
        online.online = true;
        online.policyQuestion = perQuestion && count == 1 ? 0 : -1;
        breakOut.groups.append(online);
    }
    return breakOut;
}

// ---------------------------------------------------------------------------------------------
// The proposal, section by section

struct Section
{
    Field field = Field::None;
    int number = 0;
    int order = 0;     ///< position in the text, to keep people in order when numbers tie
    QStringList lines; ///< the text after the label first, then the following lines (empty lines kept)
};

/// User text inside a list of names in a warning.
QString quoted(const QString &text)
{
    return u"\"%1\""_s.arg(text);
}

QStringList nonEmpty(const QStringList &lines)
{
    QStringList result;
    for (const QString &line : lines) {
        if (!line.isEmpty()) {
            result.append(line);
        }
    }
    return result;
}

QStringList parseQuestions(const QStringList &lines)
{
    bool anyBullet = false;
    for (const QString &line : lines) {
        bool bullet = false;
        stripBullet(line, &bullet);
        anyBullet = anyBullet || bullet;
    }
    QStringList questions;
    bool blankAfterItem = false;
    for (const QString &line : lines) {
        if (line.isEmpty()) {
            blankAfterItem = !questions.isEmpty();
            continue;
        }
        bool bullet = false;
        const QString text = stripBullet(line, &bullet);
        if (!anyBullet || bullet) {
            if (!text.isEmpty()) {
                questions.append(text);
            }
        } else if (blankAfterItem) {
            break; // a paragraph after the list is not part of it
        } else if (!questions.isEmpty()) {
            questions.last() += u' ' + text; // a wrapped line
        } else if (text.endsWith(u'?')) {
            questions.append(text);
        }
        blankAfterItem = false;
    }
    return questions;
}

struct RawItem
{
    QString text;
    Duration duration;
};

QList<RawItem> parseAgendaLines(const QStringList &lines)
{
    QList<RawItem> items;
    bool previousEmpty = true;
    for (const QString &line : lines) {
        if (line.isEmpty()) {
            previousEmpty = true;
            continue;
        }
        bool bullet = false;
        const QString text = stripBullet(line, &bullet);
        const Duration duration = findDuration(text);
        if (bullet || duration.minutes > 0) {
            items.append({text, duration});
        } else if (!items.isEmpty() && !previousEmpty) {
            RawItem &last = items.last();
            last.text += u' ' + text; // a wrapped line
            if (last.duration.minutes <= 0) {
                last.duration = findDuration(last.text);
            }
        } else if (!items.isEmpty()) {
            break; // text after the list
        }
        previousEmpty = false;
    }
    return items;
}

/// Reads one proposal: splits the text into labelled sections, then reads each field from its sections.
class Reader
{
public:
    explicit Reader(const QString &text)
    {
        const QString plain = plainCharacters(text);
        for (const QString &line : plain.split(u'\n')) {
            m_lines.append(cleanLine(line));
        }
    }

    Result<ProposalImport> read();

private:
    void split();
    void readHeader();
    void readPeople();
    void readModerators();
    void readQuestionsAndTexts();
    [[nodiscard]] Result<void> readAgenda();

    void warn(const QString &warning) { m_import.warnings.append(warning); }

    [[nodiscard]] QList<const Section *> sections(Field field) const;
    [[nodiscard]] QString firstValue(Field field) const;

    QStringList m_lines;
    QList<Section> m_sections;
    int m_headerLine = -1;
    std::optional<Format> m_format;
    int m_strongFields = 0;
    ProposalImport m_import;
    SessionDefinition &m_definition = m_import.definition;
};

QList<const Section *> Reader::sections(Field field) const
{
    QList<const Section *> result;
    for (const Section &section : m_sections) {
        if (section.field == field) {
            result.append(&section);
        }
    }
    return result;
}

QString Reader::firstValue(Field field) const
{
    for (const Section *section : sections(field)) {
        for (const QString &line : section->lines) {
            if (!line.isEmpty()) {
                return line;
            }
        }
    }
    return {};
}

void Reader::split()
{
    Section current;
    bool seenText = false;
    for (int i = 0; i < m_lines.size(); ++i) {
        const QString &line = m_lines.at(i);
        if (line.isEmpty()) {
            current.lines.append(line);
            continue;
        }
        const bool first = !seenText;
        seenText = true;
        if (const auto label = matchLabel(line)) {
            m_sections.append(current);
            current = Section{label->field, label->number, int(m_sections.size()), {label->rest}};
            if (label->field != Field::Other) {
                ++m_strongFields;
            }
            continue;
        }
        if (const QList<int> goals = matchGoals(line); !goals.isEmpty()) {
            for (int goal : goals) {
                if (!m_definition.sdgs.contains(goal)) {
                    m_definition.sdgs.append(goal);
                }
            }
            ++m_strongFields;
            m_sections.append(current);
            current = Section{Field::None, 0, int(m_sections.size()), {}};
            continue;
        }
        bool bullet = false;
        stripBullet(line, &bullet);
        if (!bullet) {
            // Inside an agenda, "Panel - 20 min" is an item: there, only a full format line counts.
            auto format = parseFormat(line, false);
            if (format && current.field == Field::Agenda && format->layout.isEmpty()) {
                format.reset();
            }
            if (format) {
                if (!m_format) {
                    m_format = format;
                }
                ++m_strongFields;
                m_sections.append(current);
                current = Section{Field::None, 0, int(m_sections.size()), {}};
                continue;
            }
        }
        if (first) {
            m_headerLine = i;
            continue;
        }
        current.lines.append(line);
    }
    m_sections.append(current);
}

void Reader::readHeader()
{
    static const QRegularExpression code = pattern(
        u"^(?:igf\\s*(?<year>\\d{4})\\s*)?(?:ws\\s*#?\\s*|workshop\\s*#\\s*)(?<n>\\d{1,4})\\b[\\s:.,-]*(?<title>.*)$"_s);
    QString title;
    if (m_headerLine >= 0) {
        const QString line = m_lines.at(m_headerLine);
        if (const QRegularExpressionMatch match = code.match(line); match.hasMatch()) {
            const QString year = match.captured(u"year");
            m_definition.code = year.isEmpty() ? u"WS #%1"_s.arg(match.captured(u"n"))
                                               : u"IGF %1 WS #%2"_s.arg(year, match.captured(u"n"));
            title = match.captured(u"title").trimmed();
            ++m_strongFields;
            if (title.isEmpty()) {
                // The title on the line after the code.
                for (int i = m_headerLine + 1; i < m_lines.size(); ++i) {
                    if (!m_lines.at(i).isEmpty()) {
                        if (!matchLabel(m_lines.at(i)) && m_lines.at(i).size() <= 200) {
                            title = m_lines.at(i);
                            for (Section &section : m_sections) {
                                section.lines.removeOne(title);
                            }
                        }
                        break;
                    }
                }
            }
        } else if (line.size() <= 200) {
            title = line;
        }
    }
    if (const QString labelled = firstValue(Field::Title); title.isEmpty() && !labelled.isEmpty()) {
        title = labelled;
    }
    m_definition.title = title;
    if (m_definition.code.isEmpty() && !title.isEmpty()) {
        warn(ProposalImporter::tr("The title \"%1\" has no workshop code such as \"IGF 2019 WS #195\".").arg(title));
    }
}

void Reader::readPeople()
{
    QList<const Section *> organizerSections = sections(Field::Organizer);
    QList<const Section *> speakerSections = sections(Field::Speaker);
    const auto byNumber = [](const Section *a, const Section *b) {
        const int left = a->number > 0 ? a->number : 1000;
        const int right = b->number > 0 ? b->number : 1000;
        return left != right ? left < right : a->order < b->order;
    };
    std::stable_sort(organizerSections.begin(), organizerSections.end(), byNumber);
    std::stable_sort(speakerSections.begin(), speakerSections.end(), byNumber);

    const auto firstLine = [](const Section *section) {
        const QStringList lines = nonEmpty(section->lines);
        return lines.isEmpty() ? QString() : lines.constFirst();
    };
    const auto addOrganizer = [this](const QString &text) {
        const Person person = parseOrganizer(text);
        if (text.isEmpty() || isPlaceholder(person.name)) {
            return;
        }
        if (isKnownGroupName(person.name) || !isReadablePerson(person)) {
            warn(ProposalImporter::tr("The organizer line \"%1\" names no person; it was left out.").arg(text));
            return;
        }
        m_definition.organizers.append(person);
    };
    const auto addSpeaker = [this](const QString &text) {
        const Person person = parsePerson(text);
        if (text.isEmpty() || isPlaceholder(person.name)) {
            return;
        }
        if (isKnownGroupName(person.name) || !isReadablePerson(person)) {
            warn(ProposalImporter::tr("The speaker line \"%1\" names no person; it was left out.").arg(text));
            return;
        }
        if (m_definition.speakers.size() == MaxSpeakers) {
            warn(ProposalImporter::tr("Only the first %1 speakers were read.").arg(MaxSpeakers));
        }
        if (m_definition.speakers.size() >= MaxSpeakers) {
            return;
        }
        m_definition.speakers.append(person);
    };
    for (const Section *section : organizerSections) {
        addOrganizer(firstLine(section));
    }
    for (const Section *section : sections(Field::Organizers)) {
        for (const QString &line : nonEmpty(section->lines)) {
            bool bullet = false;
            const QString text = stripBullet(line, &bullet);
            if (!bullet && (text.size() > 200 || text.endsWith(u'.'))) {
                break;
            }
            addOrganizer(text);
        }
    }
    for (const Section *section : speakerSections) {
        addSpeaker(firstLine(section));
    }
    for (const Section *section : sections(Field::Speakers)) {
        // A list of people, one a line, up to the first line that is not one.
        for (const QString &line : nonEmpty(section->lines)) {
            bool bullet = false;
            const QString text = stripBullet(line, &bullet);
            if (!bullet && !looksLikePerson(text)) {
                break;
            }
            addSpeaker(text);
        }
    }
}

void Reader::readModerators()
{
    const auto personOf = [this](const QString &text, Field field) {
        if (text.isEmpty() || isPlaceholder(text)) {
            return Person{};
        }
        Person person = parsePerson(text);
        if (!isReadablePerson(person)) {
            switch (field) {
            case Field::OnsiteModerator:
                warn(ProposalImporter::tr("Could not read the onsite moderator from \"%1\".").arg(text));
                break;
            case Field::OnlineModerator:
                warn(ProposalImporter::tr("Could not read the online moderator from \"%1\".").arg(text));
                break;
            default:
                warn(ProposalImporter::tr("Could not read the rapporteur from \"%1\".").arg(text));
            }
            return Person{};
        }
        return person;
    };
    m_definition.onsiteModerator = personOf(firstValue(Field::OnsiteModerator), Field::OnsiteModerator);
    m_definition.rapporteur = personOf(firstValue(Field::Rapporteur), Field::Rapporteur);

    // The online moderator, and maybe the rapporteur: the IGF website drops the "Rapporteur:" label and
    // leaves the rapporteur's line right after the online moderator's.
    for (const Section *section : sections(Field::OnlineModerator)) {
        const QStringList lines = nonEmpty(section->lines);
        if (lines.isEmpty()) {
            continue;
        }
        m_definition.onlineModerator = personOf(lines.constFirst(), Field::OnlineModerator);
        if (lines.size() >= 2 && m_definition.rapporteur.isEmpty() && sections(Field::Rapporteur).isEmpty()
            && looksLikePerson(lines.at(1))) {
            m_definition.rapporteur = parsePerson(lines.at(1));
            warn(ProposalImporter::tr("The line \"%1\" after the online moderator has no \"Rapporteur:\" label; "
                                      "it was read as the rapporteur.")
                     .arg(lines.at(1)));
        }
        break;
    }
}

void Reader::readQuestionsAndTexts()
{
    for (const Section *section : sections(Field::PolicyQuestions)) {
        m_definition.policyQuestions += parseQuestions(section->lines);
    }
    const auto paragraphs = [this](Field field) {
        QStringList result;
        for (const Section *section : sections(field)) {
            result += nonEmpty(section->lines);
        }
        return result.join(u'\n');
    };
    m_definition.discussionFacilitation = paragraphs(Field::Facilitation);
    m_definition.onlineParticipation = paragraphs(Field::OnlineParticipation);
    for (const Section *section : sections(Field::Sdgs)) {
        static const QRegularExpression number(u"\\b(\\d{1,2})\\b"_s);
        for (const QString &line : nonEmpty(section->lines)) {
            for (auto it = number.globalMatch(line); it.hasNext();) {
                const int goal = it.next().captured(1).toInt();
                if (goal >= 1 && goal <= 17 && !m_definition.sdgs.contains(goal)) {
                    m_definition.sdgs.append(goal);
                }
            }
        }
    }
}

Result<void> Reader::readAgenda()
{
    const int duration = m_definition.formatMinutes;
    QStringList speakerNames;
    for (const Person &speaker : std::as_const(m_definition.speakers)) {
        speakerNames.append(speaker.name);
    }

    QList<RawItem> raw;
    for (const Section *section : sections(Field::Agenda)) {
        raw += parseAgendaLines(section->lines);
    }
    if (raw.size() > MaxAgendaLines) {
        warn(ProposalImporter::tr("Only the first %1 agenda lines were read.").arg(MaxAgendaLines));
        raw.resize(MaxAgendaLines);
    }
    if (raw.isEmpty()) {
        m_import.agendaGenerated = true;
        m_definition.agenda = ProposalImporter::agendaForFormat(m_definition.formatType, duration, speakerNames);
        warn(m_definition.formatType.isEmpty()
                 ? ProposalImporter::tr("The proposal has no agenda; one was built for %L1 minutes.").arg(duration)
                 : ProposalImporter::tr("The proposal has no agenda; one was built for the format \"%1\" and %L2 "
                                        "minutes.")
                       .arg(m_definition.formatType)
                       .arg(duration));
        return {};
    }

    struct Planned
    {
        Node node;
        bool speakersBlock = false;
        int minutes = -1;
    };

    QList<Planned> planned;
    for (int i = 0; i < raw.size(); ++i) {
        const RawItem &item = raw.at(i);
        const QString text = withoutDuration(item.text, item.duration);
        const Classified kind = classify(text);
        Planned entry;
        entry.node.kind = kind.kind;
        entry.node.note = item.text;
        entry.minutes = item.duration.minutes;
        entry.speakersBlock = kind.speakersBlock;
        if (kind.kind == ItemKind::BreakOut) {
            entry.node.breakOut = breakOutFor(text, m_definition);
        }
        if (kind.speakersBlock) {
            entry.node.title = speakerNames.isEmpty() ? AgendaTemplates::presentationsAndAudienceInput()
                                                      : AgendaTemplates::speakersAndAudienceInput();
        } else if (!text.isEmpty() && text.size() <= ShortTitleChars) {
            entry.node.title = text;
        } else {
            switch (kind.kind) {
            case ItemKind::Opening: {
                static const QRegularExpression speakers =
                    pattern(u"\\b(?:speakers?|panel+ists?|presenters?|discussants?)\\b"_s);
                static const QRegularExpression iceBreaker = pattern(u"\\bice[\\s-]?breakers?\\b"_s);
                const bool both = speakers.match(text).hasMatch() && iceBreaker.match(text).hasMatch();
                entry.node.title = both ? ProposalImporter::tr("Introduction of speakers and ice-breaker")
                                        : AgendaTemplates::introduction();
                break;
            }
            case ItemKind::Summary:
                entry.node.title = AgendaTemplates::summary();
                break;
            case ItemKind::AudienceInput:
                entry.node.title = AgendaTemplates::openDiscussion();
                break;
            default:
                entry.node.title =
                    text.isEmpty() ? ProposalImporter::tr("Agenda item %1").arg(i + 1) : clauseTitle(text);
            }
        }
        planned.append(entry);
    }

    // Items without a duration share what the others leave of the session.
    QStringList untimed;
    int given = 0;
    for (const Planned &entry : std::as_const(planned)) {
        if (entry.minutes > 0) {
            given += entry.minutes;
        } else {
            untimed.append(quoted(entry.node.title));
        }
    }
    if (!untimed.isEmpty()) {
        const QList<int> split = AgendaTemplates::shares(std::max(0, duration - given), int(untimed.size()));
        int next = 0;
        for (Planned &entry : planned) {
            if (entry.minutes <= 0) {
                entry.minutes = split.at(next++);
            }
        }
        warn(ProposalImporter::tr("%Ln agenda item(s) give no duration: %1. They share the minutes the other items "
                                  "leave of the session.",
                                  nullptr,
                                  int(untimed.size()))
                 .arg(QLocale().createSeparatedList(untimed)));
    }

    QJsonArray items;
    for (const Planned &entry : std::as_const(planned)) {
        // Each speaker and each audience input needs a whole minute; otherwise the item stays whole,
        // so the proposal's minutes are never changed.
        const bool fits = entry.minutes >= 2 * speakerNames.size();
        if (entry.speakersBlock && !speakerNames.isEmpty() && fits) {
            QJsonObject block = AgendaTemplates::speakersBlock(speakerNames, entry.minutes);
            if (!entry.node.note.isEmpty()) {
                block.insert(u"note"_s, entry.node.note);
            }
            items.append(block);
        } else {
            if (entry.speakersBlock && !speakerNames.isEmpty()) {
                warn(ProposalImporter::tr("%1 minutes are too few for a slot for each of the %2 speakers and the "
                                          "audience after each; \"%3\" was kept as one item.")
                         .arg(entry.minutes)
                         .arg(speakerNames.size())
                         .arg(entry.node.title));
            } else if (entry.speakersBlock) {
                warn(ProposalImporter::tr("The agenda gives the floor to the speakers, but the proposal names none; "
                                          "\"%1\" was kept as one item.")
                         .arg(entry.node.title));
            }
            Node node = entry.node;
            node.minutes = std::max(1, entry.minutes);
            items.append(nodeToJson(node));
        }
    }
    auto agenda = Agenda::fromJson(items);
    if (!agenda) {
        return agenda.error();
    }
    m_definition.agenda = std::move(agenda).value();

    const qint64 difference = m_definition.agenda.plannedTotalMs() - qint64(duration) * 60'000;
    m_import.agendaDifferenceMs = difference;
    if (difference != 0) {
        const int total = int(m_definition.agenda.plannedTotalMs() / 60'000);
        const int off = int(std::abs(difference) / 60'000);
        warn(difference > 0
                 ? ProposalImporter::tr("The agenda adds up to %L1 minutes; the format says %L2 (%L3 more).")
                       .arg(total)
                       .arg(duration)
                       .arg(off)
                 : ProposalImporter::tr("The agenda adds up to %L1 minutes; the format says %L2 (%L3 fewer).")
                       .arg(total)
                       .arg(duration)
                       .arg(off));
    }
    return {};
}

Result<ProposalImport> Reader::read()
{
    split();
    readHeader();
    if (m_strongFields == 0) {
        return Error{ErrorCode::Parse,
                     ProposalImporter::tr("the text is not an IGF workshop proposal: it has no title with a workshop "
                                          "code and none of the fields such as \"Speaker 1:\"")};
    }
    if (m_definition.title.isEmpty()) {
        m_definition.title =
            m_definition.code.isEmpty() ? ProposalImporter::tr("Untitled workshop") : m_definition.code;
        warn(ProposalImporter::tr("The proposal has no title; the session is called \"%1\".").arg(m_definition.title));
    }

    readPeople();
    if (m_definition.speakers.isEmpty()) {
        warn(ProposalImporter::tr("The proposal names no speakers."));
    }

    // A "Session Format:" label wins over a format line found elsewhere.
    if (const QString labelled = firstValue(Field::Format); !labelled.isEmpty()) {
        if (auto format = parseFormat(labelled, true)) {
            m_format = format;
        }
    }
    if (!m_format) {
        m_definition.formatMinutes = DefaultMinutes;
        warn(ProposalImporter::tr("The proposal names no session format; %L1 minutes were assumed.")
                 .arg(DefaultMinutes));
    } else {
        m_definition.formatType = m_format->type;
        m_definition.formatLayout = m_format->layout;
        m_definition.formatMinutes = m_format->minutes > 0 ? m_format->minutes : DefaultMinutes;
        if (m_format->minutes <= 0) {
            warn(ProposalImporter::tr("The session format \"%1\" gives no duration; %L2 minutes were assumed.")
                     .arg(m_format->type)
                     .arg(DefaultMinutes));
        }
    }

    readModerators();
    if (m_definition.onsiteModerator.isEmpty()) {
        warn(ProposalImporter::tr("The proposal names no onsite moderator."));
    }
    if (m_definition.onlineModerator.isEmpty()) {
        warn(ProposalImporter::tr("The proposal names no online moderator."));
    }
    if (m_definition.rapporteur.isEmpty()) {
        warn(ProposalImporter::tr("The proposal names no rapporteur."));
    }

    readQuestionsAndTexts();
    if (m_definition.policyQuestions.isEmpty()) {
        warn(ProposalImporter::tr("The proposal has no policy questions."));
    }

    if (auto ok = readAgenda(); !ok) {
        return ok.error();
    }
    return std::move(m_import);
}

Error tooLarge(qint64 size)
{
    return {ErrorCode::Parse,
            ProposalImporter::tr("%L1 MB is too large for a proposal (at most 2 MB)")
                .arg(double(size) / (1024.0 * 1024.0), 0, 'f', 1)};
}

} // namespace

QJsonObject ProposalImport::toJson() const
{
    QJsonObject json = definition.toJson();
    json.insert(u"agenda"_s, definition.agenda.toJson(Agenda::JsonForm::Authored));
    json.insert(u"agenda_generated"_s, agendaGenerated);
    json.insert(u"agenda_difference_minutes"_s, double(agendaDifferenceMs) / 60'000.0);
    json.insert(u"warnings"_s, QJsonArray::fromStringList(warnings));
    return json;
}

Result<ProposalImport> ProposalImporter::fromText(const QString &text)
{
    if (text.size() > MaxBytes) {
        return tooLarge(text.size());
    }
    if (text.trimmed().isEmpty() || QStringView(text).trimmed() == QStringView(u"\uFEFF")) {
        return Error{ErrorCode::Parse, tr("the proposal is empty")};
    }
    if (isBinary(text)) {
        return Error{ErrorCode::Parse, tr("the proposal holds binary data, not text")};
    }
    Reader reader(text);
    return reader.read();
}

Result<ProposalImport> ProposalImporter::fromBytes(const QByteArray &bytes)
{
    if (bytes.size() > MaxBytes) {
        return tooLarge(bytes.size());
    }
    if (bytes.contains('\0')) {
        return Error{ErrorCode::Parse, tr("the proposal holds binary data, not text")};
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        return Error{ErrorCode::Parse, tr("the proposal is not UTF-8 text")};
    }
    return fromText(text);
}

Result<ProposalImport> ProposalImporter::fromFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return Error{ErrorCode::FileNotFound, path};
    }
    if (info.size() > MaxBytes) {
        return tooLarge(info.size());
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{ErrorCode::Io, u"%1: %2"_s.arg(path, file.errorString())};
    }
    const QByteArray bytes = file.read(MaxBytes + 1);
    if (bytes.size() > MaxBytes) {
        return tooLarge(bytes.size());
    }
    return fromBytes(bytes);
}

QString ProposalImporter::normalizeRegion(const QString &text)
{
    const QString canonical = canonicalRegion(text);
    return canonical.isEmpty() ? text.simplified() : canonical;
}

QString ProposalImporter::normalizeStakeholderGroup(const QString &text)
{
    const QString canonical = canonicalGroup(text);
    return canonical.isEmpty() ? text.simplified() : canonical;
}

Agenda ProposalImporter::agendaForFormat(const QString &formatType, int minutes, const QStringList &speakers)
{
    return AgendaTemplates::forFormat(formatType, minutes, speakers);
}

Result<SessionDefinition> ProposalImporter::demoWorkshop()
{
    // The demo is the reference proposal as published, read by the same importer as any other proposal.
    QFile file(u":/demo/ws195-proposal.txt"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{ErrorCode::FileNotFound, file.fileName()};
    }
    auto imported = fromBytes(file.readAll());
    if (!imported) {
        return imported.error();
    }
    return std::move(imported).value().definition;
}

} // namespace core
