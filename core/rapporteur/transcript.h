// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

namespace core {

/// One turn of a transcript: who spoke and what, with the line it starts on (1-based) and, for timed
/// captions (SRT, WebVTT), when it starts.
struct TranscriptTurn
{
    int line = 0;
    QString speaker; ///< as written; empty when the transcript does not say
    QString text;
    qint64 startMs = -1; ///< from the start of the file (its 00:00); -1 when the transcript does not say
};

/// One cue of timed captions (SRT, WebVTT) as subtitles show it: when, and its lines as plain text.
struct TimedCue
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    QString text; ///< the cue's lines, tags taken out, joined with '\n'
};

/**
 * Reads a transcript in one of four styles, told apart by its content:
 * - one turn a line, `Speaker: text` (lines without a label continue the turn before);
 * - the IGF live-captioning style, where `>>` starts a turn, optionally with an upper-case label
 *   (`>> DANIEL BRINKWERTH: Thank you.`), and the lines up to the next `>>` continue it;
 * - WebVTT captions (the text starts with `WEBVTT`);
 * - SubRip (SRT) captions (numbered cues with `00:00:01,000 --> 00:00:04,000` timings).
 * Of timed captions each cue's start is kept, its tags (`<v Speaker>`, `<i>`, `<c.x>`, timestamps)
 * are taken out, and the speaker comes from a `<v Name>` tag, a leading `Name:` label or `>> NAME:`;
 * a cue that names no one continues the turn before, and consecutive cues of one speaker make one
 * turn that starts with the first. WebVTT NOTE, STYLE and REGION blocks are left out.
 * Windows line ends, a UTF-8 byte order mark and blank lines are accepted. Text that holds no turn
 * at all is an error (ErrorCode::Parse), and so is a broken cue timing (with its line); text longer
 * than MaxFileBytes characters is ErrorCode::InvalidArgument; each with a translated detail.
 * Stateless and reentrant.
 */
class Transcript final
{
    Q_DECLARE_TR_FUNCTIONS(core::Transcript)

public:
    /// The largest transcript accepted. The captions of a 90-minute session weigh about 100 KB
    /// (15,000 words) and a full day of one room's captions about 1 MB; 8 MiB leaves room for
    /// anything real, and summarizing it takes seconds, not minutes.
    static constexpr qint64 MaxFileBytes = 8LL * 1024 * 1024;

    /// The style of a transcript, as parse() tells it from the text.
    enum class Format
    {
        Plain, ///< `Speaker: text` lines or the live-captioning style
        WebVtt,
        Srt,
    };

    /// The latest cue time accepted (99:59:59.999), so that every time fits the session's records.
    static constexpr qint64 MaxTimeMs = 100LL * 3'600'000 - 1;

    [[nodiscard]] static Format detectFormat(const QString &text);

    [[nodiscard]] static Result<QList<TranscriptTurn>> parse(const QString &text);

    /// The cues of SRT or WebVTT captions one by one, each with its end and its line breaks (what subtitles
    /// show), in the file's order. Text in neither style, or without a cue, is ErrorCode::Parse; a broken
    /// timing is ErrorCode::Parse with its line, as in parse().
    [[nodiscard]] static Result<QList<TimedCue>> parseTimedCues(const QString &text);

    /// Reads and parses a UTF-8 transcript file. The size is checked before anything is read and
    /// at most MaxFileBytes are read (so a pipe or a growing file cannot exhaust memory either).
    /// Errors: FileNotFound, Io, InvalidArgument (too large, with the limit in the detail), Parse
    /// (not text, or no turns).
    [[nodiscard]] static Result<QList<TranscriptTurn>> readFile(const QString &path);

    /// Reads a UTF-8 text file of at most maxBytes, checking the size before reading (also used
    /// for the rapporteur's notes). Errors: FileNotFound, Io, InvalidArgument (too large, the
    /// detail names the file and the limit), Parse (a NUL byte: not a text file).
    [[nodiscard]] static Result<QString> readText(const QString &path, qint64 maxBytes);

    /// One line of caption text as the parsers read it (also used by the live caption feed).
    struct CaptionText
    {
        QString speaker;         ///< the speaker it names; empty when it names no one
        QString text;            ///< the words, tags taken out, blanks collapsed
        bool newSpeaker = false; ///< whether it starts a new speaker's turn (`>>`, `<v Name>`)
    };

    /// A cue timing line (`00:00:01,000 --> 00:00:04,000` and WebVTT's settings after it): its start
    /// and end in milliseconds; -1, -1 when the line is not a valid timing.
    [[nodiscard]] static std::pair<qint64, qint64> cueTiming(const QString &line);
    /// cueTiming(), or the error for the cue timing on that line: not valid, or ending before it starts.
    [[nodiscard]] static Result<std::pair<qint64, qint64>>
    checkedCueTiming(const QString &line, int lineNumber, const QString &example);

    /// A line of a caption cue's text: its tags taken out; the speaker from a `<v Name>` tag, from
    /// `>> NAME:` or, on the first line of a cue (firstOfCue), from a leading `Name:` label.
    [[nodiscard]] static CaptionText cueLine(const QString &line, bool firstOfCue);

    /// A line in the live-captioning style: `>> NAME: text` names a new speaker, `>> text` and `>>`
    /// alone change the speaker without naming them; any other line continues the speaker before.
    [[nodiscard]] static CaptionText captioningLine(const QString &line);

private:
    [[nodiscard]] static Result<QList<TranscriptTurn>> parsePlain(const QString &text);
    [[nodiscard]] static Result<QList<TranscriptTurn>> parseCues(const QString &text, Format format);
};

} // namespace core
