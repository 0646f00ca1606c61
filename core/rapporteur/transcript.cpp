// SPDX-License-Identifier: MIT
#include "core/rapporteur/transcript.h"

#include "core/rapporteur/transcriptalignment.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace core {
namespace {

constexpr int MaxLabelLength = 120;

/// "Speaker: text" → the label, if the prefix looks like a name rather than a sentence.
QString labelOf(const QString &line, qsizetype *textStart)
{
    qsizetype colon = line.indexOf(u": "_s);
    if (colon < 0 && line.endsWith(u':')) {
        colon = line.size() - 1; // a label alone on its line: the turn's text follows on the next lines
    }
    if (colon <= 0 || colon > MaxLabelLength) {
        return {};
    }
    const QString label = line.left(colon).trimmed();
    // A clock time ("At 10:30 we ...") or a sentence ending before the colon is not a label.
    if (label.isEmpty() || label.back().isDigit() || label.endsWith(u'.') || label.count(u' ') > 12) {
        return {};
    }
    *textStart = std::min(colon + 2, line.size());
    return label;
}

/// `>> DANIEL BRINKWERTH: Thank you.` → the upper-case label and the text after it.
const QRegularExpression &captioningLabel()
{
    static const QRegularExpression pattern(u"^([A-Z][A-Z .,'\\-()]{1,80}):\\s*(.*)$"_s);
    return pattern;
}

/// A cue time, "01:02:03,456", "01:02:03.456" or "02:03.456", in milliseconds; -1 when it is none.
qint64 cueTime(const QString &text)
{
    static const QRegularExpression pattern(u"^(?:(\\d{1,2}):)?(\\d{1,2}):(\\d{2})[,.](\\d{1,3})$"_s);
    const auto match = pattern.match(text);
    if (!match.hasMatch()) {
        return -1;
    }
    const qint64 hours = match.capturedView(1).isEmpty() ? 0 : match.capturedView(1).toLongLong();
    const qint64 minutes = match.capturedView(2).toLongLong();
    const qint64 seconds = match.capturedView(3).toLongLong();
    // A fraction of fewer than three digits is tenths or hundredths: "1.5" is 1,500 ms.
    const QString fraction = match.captured(4).leftJustified(3, u'0');
    if (minutes > 59 || seconds > 59) {
        return -1;
    }
    return ((hours * 60 + minutes) * 60 + seconds) * 1000 + fraction.toLongLong();
}

/// A cue's text as plain text: its tags (<v Speaker>, <i>, <c.x>, <00:00:01.000>, SRT's <font> and
/// {\an8}) taken out and the few character references WebVTT uses read.
QString cueText(const QString &line)
{
    static const QRegularExpression tag(u"<[^>]*>|\\{\\\\[^}]*\\}"_s);
    QString text = line;
    text.remove(tag);
    text.replace(u"&lt;"_s, u"<"_s)
        .replace(u"&gt;"_s, u">"_s)
        .replace(u"&nbsp;"_s, u" "_s)
        .replace(u"&lrm;"_s, QString(QChar(0x200E)))
        .replace(u"&rlm;"_s, QString(QChar(0x200F)))
        .replace(u"&quot;"_s, u"\""_s)
        .replace(u"&apos;"_s, u"'"_s)
        .replace(u"&#39;"_s, u"'"_s)
        .replace(u"&amp;"_s, u"&"_s);
    return text.simplified();
}

/// The speaker of a WebVTT voice tag in a cue line (`<v Daniel Brinkwerth>`, `<v.loud Amina>`), or empty.
QString voiceOf(const QString &line)
{
    static const QRegularExpression voice(u"<v(?:\\.[^\\s>]*)?[ \\t]+([^>]*)>"_s);
    const auto match = voice.match(line);
    return match.hasMatch() ? cueText(match.captured(1)) : QString();
}

/// Whether two speaker labels name the same person as written (case, accents, spacing and titles aside).
bool sameLabel(const QString &a, const QString &b)
{
    return TranscriptAlignment::normalizedName(a) == TranscriptAlignment::normalizedName(b);
}

/// Whether a cue's leading "label:" reads as a name: at most six words, each capitalised but for short
/// particles (de, van, al). Captions cut sentences anywhere, so "Security by default matters: it" is not.
bool looksLikeName(const QString &label)
{
    const QStringList words = label.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty() || words.size() > 6 || words.constFirst().front().isLower()) {
        return false;
    }
    return std::all_of(
        words.cbegin(), words.cend(), [](const QString &word) { return !word.front().isLower() || word.size() <= 3; });
}

} // namespace

std::pair<qint64, qint64> Transcript::cueTiming(const QString &line)
{
    static const QRegularExpression timing(u"^\\s*(\\S+)\\s+-->\\s+(\\S+)(?:\\s.*)?$"_s);
    const auto times = timing.match(line);
    if (!times.hasMatch()) {
        return {-1, -1};
    }
    const qint64 startMs = cueTime(times.captured(1));
    const qint64 endMs = cueTime(times.captured(2));
    if (startMs < 0 || endMs < 0) {
        return {-1, -1};
    }
    return {startMs, endMs};
}

Result<std::pair<qint64, qint64>>
Transcript::checkedCueTiming(const QString &line, int lineNumber, const QString &example)
{
    const auto [startMs, endMs] = cueTiming(line);
    if (startMs < 0 || endMs < 0) {
        //: %1 is a line number, %2 an example of a cue timing (keep it as it is)
        return Error{
            ErrorCode::Parse,
            tr("line %1: the cue timing is not valid; a valid one reads like %2").arg(lineNumber).arg(example)};
    }
    if (endMs < startMs) {
        //: %1 is a line number
        return Error{ErrorCode::Parse, tr("line %1: the cue ends before it starts").arg(lineNumber)};
    }
    return std::pair{startMs, endMs};
}

Transcript::CaptionText Transcript::cueLine(const QString &line, bool firstOfCue)
{
    CaptionText read;
    read.speaker = voiceOf(line);
    read.text = cueText(line);
    read.newSpeaker = !read.speaker.isEmpty();
    if (read.speaker.isEmpty() && read.text.startsWith(u">>"_s)) {
        read.newSpeaker = true; // the captioners' mark of a new speaker, named or not
        read.text = read.text.mid(2).trimmed();
        if (const auto label = captioningLabel().match(read.text); label.hasMatch()) {
            read.speaker = label.captured(1).trimmed();
            read.text = label.captured(2).trimmed();
        }
    } else if (read.speaker.isEmpty() && firstOfCue) {
        // "Name: text" at the start of a cue; a caption cut mid-sentence ("the risk: we") is not a name.
        qsizetype start = 0;
        const QString label = labelOf(read.text, &start);
        if (!label.isEmpty() && looksLikeName(label)) {
            read.speaker = label;
            read.text = read.text.mid(start).trimmed();
        }
    }
    return read;
}

Transcript::CaptionText Transcript::captioningLine(const QString &line)
{
    CaptionText read;
    const QString trimmed = line.trimmed();
    if (!trimmed.startsWith(u">>"_s)) {
        read.text = trimmed;
        return read;
    }
    read.newSpeaker = true;
    const QString rest = trimmed.mid(2).trimmed();
    if (const auto match = captioningLabel().match(rest); match.hasMatch()) {
        read.speaker = match.captured(1).trimmed();
        read.text = match.captured(2).trimmed();
    } else {
        read.text = rest;
    }
    return read;
}

Result<QString> Transcript::readText(const QString &path, qint64 maxBytes)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.exists()) {
        return Error{ErrorCode::FileNotFound, path};
    }
    const QString limit = QLocale().formattedDataSize(maxBytes);
    if (file.size() > maxBytes) {
        //: %1 is a file name, %2 its size, %3 the largest size accepted (both like "8.4 MB")
        return Error{ErrorCode::InvalidArgument,
                     tr("%1 is too large (%2); at most %3 can be read")
                         .arg(name, QLocale().formattedDataSize(file.size()), limit)};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{ErrorCode::Io, file.errorString()};
    }
    // The size may not be known (a pipe) or may grow while reading: never read more than the limit.
    const QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes) {
        //: %1 is a file name, %2 the largest size accepted (like "8.4 MB")
        return Error{ErrorCode::InvalidArgument,
                     tr("%1 is larger than %2, the most that can be read").arg(name, limit)};
    }
    if (bytes.contains('\0')) {
        return Error{ErrorCode::Parse, tr("%1 is not a text file").arg(name)};
    }
    return QString::fromUtf8(bytes);
}

Result<QList<TranscriptTurn>> Transcript::readFile(const QString &path)
{
    auto text = readText(path, MaxFileBytes);
    if (!text) {
        return text.error();
    }
    return parse(text.value());
}

Transcript::Format Transcript::detectFormat(const QString &input)
{
    const QStringView text = QStringView(input).startsWith(QChar(0xFEFF)) ? QStringView(input).mid(1) : input;
    if (text.startsWith(u"WEBVTT"_s) && (text.size() == 6 || text.at(6).isSpace())) {
        return Format::WebVtt;
    }
    // SRT: the first non-blank line is a cue number and the next one a timing (even a broken one, so that
    // it is reported rather than read as prose), or the file starts with a timing line right away.
    QStringList firstLines;
    qsizetype from = 0;
    while (firstLines.size() < 2 && from < text.size()) {
        qsizetype end = text.indexOf(u'\n', from);
        if (end < 0) {
            end = text.size();
        }
        const QString line = text.mid(from, std::min<qsizetype>(end - from, 200)).trimmed().toString();
        if (!line.isEmpty() || !firstLines.isEmpty()) {
            firstLines.append(line);
        }
        from = end + 1;
    }
    static const QRegularExpression cueNumber(u"^\\d{1,9}$"_s);
    static const QRegularExpression timeLike(u"^\\d+:\\d"_s);
    if (firstLines.size() == 2 && cueNumber.match(firstLines.at(0)).hasMatch()
        && timeLike.match(firstLines.at(1)).hasMatch()) {
        return Format::Srt;
    }
    if (!firstLines.isEmpty() && timeLike.match(firstLines.at(0)).hasMatch() && firstLines.at(0).contains(u"-->"_s)) {
        return Format::Srt;
    }
    return Format::Plain;
}

Result<QList<TranscriptTurn>> Transcript::parse(const QString &input)
{
    if (input.size() > MaxFileBytes) {
        //: %1 is the largest transcript accepted, like "8.4 MB"
        return Error{ErrorCode::InvalidArgument,
                     tr("the transcript is longer than %1, the most a transcript may have")
                         .arg(QLocale().formattedDataSize(MaxFileBytes))};
    }
    QString text = input;
    if (text.startsWith(QChar(0xFEFF))) {
        text.remove(0, 1);
    }
    const Format format = detectFormat(text);
    auto turns = format == Format::Plain ? parsePlain(text) : parseCues(text, format);
    if (!turns) {
        return turns;
    }
    turns.value().removeIf([](const TranscriptTurn &turn) { return turn.text.trimmed().isEmpty(); });
    if (turns.value().isEmpty()) {
        return Error{ErrorCode::Parse, tr("the transcript holds no turns")};
    }
    return turns;
}

Result<QList<TranscriptTurn>> Transcript::parsePlain(const QString &text)
{
    const QStringList lines = text.split(u'\n');
    QList<TranscriptTurn> turns;
    bool captioning = false;
    for (const QString &raw : lines) {
        if (raw.trimmed().startsWith(u">>"_s)) {
            captioning = true;
            break;
        }
    }
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(u'\r')) {
            line.chop(1);
        }
        line = line.trimmed();
        if (line.isEmpty()) {
            continue;
        }
        const int lineNumber = int(i + 1);
        if (captioning) {
            if (line.startsWith(u">>"_s)) {
                const CaptionText read = captioningLine(line);
                turns.append({lineNumber, read.speaker, read.text, -1});
            } else if (!turns.isEmpty()) {
                turns.last().text += (turns.last().text.isEmpty() ? QString() : u" "_s) + line;
            } else {
                turns.append({lineNumber, QString(), line, -1});
            }
            continue;
        }
        qsizetype start = 0;
        const QString label = labelOf(line, &start);
        if (!label.isEmpty()) {
            turns.append({lineNumber, label, line.mid(start).trimmed(), -1});
        } else if (!turns.isEmpty()) {
            turns.last().text += u' ' + line;
        } else {
            turns.append({lineNumber, QString(), line, -1});
        }
    }
    return turns;
}

Result<QList<TranscriptTurn>> Transcript::parseCues(const QString &text, Format format)
{
    QStringList lines = text.split(u'\n');
    for (QString &line : lines) {
        if (line.endsWith(u'\r')) {
            line.chop(1);
        }
    }
    static const QRegularExpression cueNumber(u"^\\d{1,9}$"_s);
    const QString example =
        format == Format::Srt ? u"00:00:01,000 --> 00:00:04,000"_s : u"00:00:01.000 --> 00:00:04.000"_s;
    QList<TranscriptTurn> turns;
    bool open = false; // whether a cue that names no one continues the last turn
    auto addText = [&](int lineNumber, qint64 startMs, const QString &speaker, bool newTurn, const QString &words) {
        if (!newTurn && speaker.isEmpty() && open) {
            // continues the turn before
        } else if (!speaker.isEmpty() && open && !turns.isEmpty() && sameLabel(turns.last().speaker, speaker)) {
            // the same speaker again: one turn
        } else if (newTurn || !speaker.isEmpty() || !open) {
            turns.append({lineNumber, speaker, QString(), startMs});
            open = true;
        }
        if (!words.isEmpty()) {
            TranscriptTurn &turn = turns.last();
            turn.text += (turn.text.isEmpty() ? QString() : u" "_s) + words;
        }
    };

    qsizetype i = 0;
    bool header = format == Format::WebVtt;
    while (i < lines.size()) {
        if (lines.at(i).trimmed().isEmpty()) {
            ++i;
            continue;
        }
        // One block: the lines up to the next blank one.
        const qsizetype first = i;
        while (i < lines.size() && !lines.at(i).trimmed().isEmpty()) {
            ++i;
        }
        const QStringList block = lines.mid(first, i - first);
        if (header) { // "WEBVTT" and its header lines
            header = false;
            continue;
        }
        const QString head = block.constFirst().trimmed();
        if (format == Format::WebVtt
            && (head == u"NOTE" || head.startsWith(u"NOTE ") || head.startsWith(u"NOTE\t") || head == u"STYLE"
                || head == u"REGION")) {
            continue;
        }
        qsizetype timingAt = -1;
        if (block.constFirst().contains(u"-->"_s)) {
            timingAt = 0;
        } else if (block.size() > 1 && block.at(1).contains(u"-->"_s)) {
            timingAt = 1; // after the cue's number (SRT) or identifier (WebVTT)
        }
        if (timingAt < 0) {
            const bool numbered = cueNumber.match(head).hasMatch();
            if (turns.isEmpty() || numbered) {
                const int lineNumber = int(first + (numbered && block.size() > 1 ? 2 : 1));
                //: %1 is a line number, %2 an example of a cue timing (keep it as it is)
                return Error{ErrorCode::Parse,
                             tr("line %1: a caption cue needs a timing such as %2").arg(lineNumber).arg(example)};
            }
            // Text after a blank line inside a cue, as some SRT writers leave it: it continues the cue.
            for (const QString &line : block) {
                addText(int(first + 1), turns.last().startMs, QString(), false, cueText(line));
            }
            continue;
        }
        const auto times = checkedCueTiming(block.at(timingAt), int(first + timingAt + 1), example);
        if (!times) {
            return times.error();
        }
        const auto [startMs, endMs] = times.value();
        for (qsizetype j = timingAt + 1; j < block.size(); ++j) {
            const QString &raw = block.at(j);
            const int lineNumber = int(first + j + 1);
            const CaptionText read = cueLine(raw, j == timingAt + 1);
            addText(lineNumber, startMs, read.speaker, read.newSpeaker, read.text);
        }
    }
    return turns;
}

Result<QList<TimedCue>> Transcript::parseTimedCues(const QString &input)
{
    if (input.size() > MaxFileBytes) {
        //: %1 is the largest transcript accepted, like "8.4 MB"
        return Error{ErrorCode::InvalidArgument,
                     tr("the transcript is longer than %1, the most a transcript may have")
                         .arg(QLocale().formattedDataSize(MaxFileBytes))};
    }
    const QString text = input.startsWith(QChar(0xFEFF)) ? input.mid(1) : input;
    const Format format = detectFormat(text);
    if (format == Format::Plain) {
        return Error{ErrorCode::Parse, tr("the text is neither SRT nor WebVTT captions")};
    }
    QStringList lines = text.split(u'\n');
    for (QString &line : lines) {
        if (line.endsWith(u'\r')) {
            line.chop(1);
        }
    }
    const QString example =
        format == Format::Srt ? u"00:00:01,000 --> 00:00:04,000"_s : u"00:00:01.000 --> 00:00:04.000"_s;
    QList<TimedCue> cues;
    bool header = format == Format::WebVtt;
    qsizetype i = 0;
    while (i < lines.size()) {
        if (lines.at(i).trimmed().isEmpty()) {
            ++i;
            continue;
        }
        const qsizetype first = i;
        while (i < lines.size() && !lines.at(i).trimmed().isEmpty()) {
            ++i;
        }
        const QStringList block = lines.mid(first, i - first);
        if (header) {
            header = false;
            continue;
        }
        const QString head = block.constFirst().trimmed();
        if (format == Format::WebVtt
            && (head == u"NOTE" || head.startsWith(u"NOTE ") || head.startsWith(u"NOTE\t") || head == u"STYLE"
                || head == u"REGION")) {
            continue;
        }
        qsizetype timingAt = -1;
        if (block.constFirst().contains(u"-->"_s)) {
            timingAt = 0;
        } else if (block.size() > 1 && block.at(1).contains(u"-->"_s)) {
            timingAt = 1;
        }
        if (timingAt < 0) {
            if (cues.isEmpty()) {
                //: %1 is a line number, %2 an example of a cue timing (keep it as it is)
                return Error{ErrorCode::Parse,
                             tr("line %1: a caption cue needs a timing such as %2").arg(first + 1).arg(example)};
            }
            // Text after a blank line inside a cue, as some SRT writers leave it: it continues the cue.
            for (const QString &line : block) {
                const QString words = cueText(line);
                if (!words.isEmpty()) {
                    cues.last().text += (cues.last().text.isEmpty() ? QString() : u"\n"_s) + words;
                }
            }
            continue;
        }
        const auto times = checkedCueTiming(block.at(timingAt), int(first + timingAt + 1), example);
        if (!times) {
            return times.error();
        }
        const auto [startMs, endMs] = times.value();
        QStringList words;
        for (qsizetype j = timingAt + 1; j < block.size(); ++j) {
            const QString line = cueText(block.at(j));
            if (!line.isEmpty()) {
                words.append(line);
            }
        }
        cues.append({startMs, endMs, words.join(u'\n')});
    }
    if (cues.isEmpty()) {
        return Error{ErrorCode::Parse, tr("the captions hold no cue")};
    }
    return cues;
}

} // namespace core
