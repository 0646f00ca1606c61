// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace core {

/// One turn of a transcript: who spoke and what, with the line it starts on (1-based).
struct TranscriptTurn
{
    int line = 0;
    QString speaker; ///< as written; empty when the transcript does not say
    QString text;
};

/**
 * Reads a transcript in either of two plain-text styles:
 * - one turn a line, `Speaker: text` (lines without a label continue the turn before);
 * - the IGF live-captioning style, where `>>` starts a turn, optionally with an upper-case label
 *   (`>> DANIEL BRINKWERTH: Thank you.`), and the lines up to the next `>>` continue it.
 * Windows line ends, a UTF-8 byte order mark and blank lines are accepted. Text that holds no turn
 * at all is an error (ErrorCode::Parse), and so is text longer than MaxFileBytes characters
 * (ErrorCode::InvalidArgument), each with a translated detail. Stateless and reentrant.
 */
class Transcript final
{
    Q_DECLARE_TR_FUNCTIONS(core::Transcript)

public:
    /// The largest transcript accepted. The captions of a 90-minute session weigh about 100 KB
    /// (15,000 words) and a full day of one room's captions about 1 MB; 8 MiB leaves room for
    /// anything real, and summarizing it takes seconds, not minutes.
    static constexpr qint64 MaxFileBytes = 8LL * 1024 * 1024;

    [[nodiscard]] static Result<QList<TranscriptTurn>> parse(const QString &text);

    /// Reads and parses a UTF-8 transcript file. The size is checked before anything is read and
    /// at most MaxFileBytes are read (so a pipe or a growing file cannot exhaust memory either).
    /// Errors: FileNotFound, Io, InvalidArgument (too large, with the limit in the detail), Parse
    /// (not text, or no turns).
    [[nodiscard]] static Result<QList<TranscriptTurn>> readFile(const QString &path);

    /// Reads a UTF-8 text file of at most maxBytes, checking the size before reading (also used
    /// for the rapporteur's notes). Errors: FileNotFound, Io, InvalidArgument (too large, the
    /// detail names the file and the limit), Parse (a NUL byte: not a text file).
    [[nodiscard]] static Result<QString> readText(const QString &path, qint64 maxBytes);
};

} // namespace core
