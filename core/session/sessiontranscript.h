// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/event.h"
#include "core/rapporteur/transcriptalignment.h"

#include <QList>
#include <QString>

namespace core {

class Session;
class SessionState;

/// A turn of a session's transcript placed in the session: when, in which agenda item, and by whom.
struct AlignedTurn
{
    TranscriptTurn turn;
    qint64 atMs = -1;    ///< when it started, on the session's axis; -1 when the transcript does not say
    int item = -1;       ///< the agenda item (a leaf's id) it falls in; -1: none (no time, or outside the items)
    int participant = 0; ///< the participant its speaker label names; 0: none matched
    QString speaker;     ///< the participant's name when matched, else the label as written
};

/**
 * The transcript of a session, the imported one (transcript.imported) and then its caption lines
 * (caption.line), related to the session: each turn's agenda item from the items' actual times, and its
 * speaker matched to a participant (see TranscriptAlignment). The file's 00:00 is where the import placed
 * it, else the clock's first start; a caption line is placed at the moment it was said. Read-only functions of
 * the session's events and state; nothing fails (what cannot be placed stays -1 or 0).
 */
class SessionTranscript final
{
public:
    /// The stretches each agenda item was current, from a session's events (folded as the session folds
    /// them); a stretch still open at the end of the events ends at nowMs.
    [[nodiscard]] static QList<ItemSpan> itemSpans(const QList<Event> &events, qint64 nowMs);

    /// The transcript of state (its report's), placed with the spans of its events.
    [[nodiscard]] static QList<AlignedTurn> align(const SessionState &state, const QList<Event> &events, qint64 nowMs);

    /// The same for an open session, as of now: what the report builder calls.
    [[nodiscard]] static QList<AlignedTurn> align(const Session &session);
};

} // namespace core
