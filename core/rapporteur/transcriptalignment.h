// SPDX-License-Identifier: MIT
#pragma once

#include "core/floor/floorstate.h"
#include "core/rapporteur/transcript.h"

#include <QList>
#include <QString>

namespace core {

/// One stretch of time an agenda item was the current one, on the session's axis: from when it became
/// current (or the clock first started on it) until another did or the session ended. Pauses count
/// with the item current during them.
struct ItemSpan
{
    int item = -1; ///< the agenda item's id (a leaf)
    qint64 startMs = 0;
    qint64 endMs = 0; ///< exclusive
};

/**
 * Pure functions that relate a transcript to a session: which agenda item each turn falls in, from the
 * turns' times and the items' actual times; and which participant a speaker label names. Nothing is
 * owned and nothing fails: what cannot be placed or matched is said as -1 or 0. Stateless, reentrant.
 */
class TranscriptAlignment final
{
public:
    /// The agenda item (id) each turn falls in, parallel to turns: the span holding zeroMs + the turn's
    /// start; -1 for a turn without a time, or before, between or after the spans. zeroMs is when the
    /// file's 00:00 was, on the same axis as the spans; a negative zeroMs places no turn.
    [[nodiscard]] static QList<int>
    itemsOf(const QList<TranscriptTurn> &turns, qint64 zeroMs, const QList<ItemSpan> &spans);

    /// A name reduced for comparison: case folded, accents and punctuation taken out, spaces collapsed,
    /// leading honorifics (Mr, Mrs, Ms, Mx, Miss, Dr, Prof, Professor) dropped. "Dr. José  ÁLVAREZ" →
    /// "jose alvarez".
    [[nodiscard]] static QString normalizedName(const QString &name);

    /// The participant (id) a speaker label names, or 0: the one whose name is the same once normalized,
    /// else the only participant whose name holds the label's words in a row ("Brinkwerth" for "Daniel
    /// Brinkwerth", "Schulz-Kamm" for "Eva Schulz-Kamm"). Two participants that fit equally well match
    /// neither.
    [[nodiscard]] static int matchSpeaker(const QString &label, const QList<Participant> &participants);
};

} // namespace core
