// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"

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
 * at all is an error.
 */
class Transcript final
{
    Q_DECLARE_TR_FUNCTIONS(core::Transcript)

public:
    [[nodiscard]] static Result<QList<TranscriptTurn>> parse(const QString &text);
};

} // namespace core
