// SPDX-License-Identifier: MIT
#include "core/session/sessiontranscript.h"

#include "core/session/session.h"
#include "core/session/sessionstate.h"

namespace core {

QList<ItemSpan> SessionTranscript::itemSpans(const QList<Event> &events, qint64 nowMs)
{
    QList<ItemSpan> spans;
    SessionState folded;
    int open = -1;
    qint64 openedAt = 0;
    for (const Event &event : events) {
        if (!folded.apply(event)) {
            continue; // a session's own log applies; anything else changes nothing here
        }
        const bool running = folded.runState() == RunState::Running || folded.runState() == RunState::Paused;
        const int item = running ? folded.currentItemId() : -1;
        if (item == open) {
            continue;
        }
        if (open >= 0) {
            spans.append({open, openedAt, event.sessionMs});
        }
        open = item;
        openedAt = event.sessionMs;
    }
    if (open >= 0) {
        spans.append({open, openedAt, std::max(nowMs, openedAt)});
    }
    return spans;
}

QList<AlignedTurn> SessionTranscript::align(const SessionState &state, const QList<Event> &events, qint64 nowMs)
{
    const QList<TranscriptTurn> &turns = state.report().transcript();
    const qint64 zeroMs = state.report().transcriptZeroAtMs().value_or(state.startedAtMs());
    const QList<ItemSpan> spans = itemSpans(events, nowMs);
    const QList<int> items = TranscriptAlignment::itemsOf(turns, zeroMs, spans);
    const QList<Participant> &participants = state.floor().participants();
    QList<AlignedTurn> aligned;
    aligned.reserve(turns.size());
    for (qsizetype i = 0; i < turns.size(); ++i) {
        const TranscriptTurn &turn = turns.at(i);
        const int participant = TranscriptAlignment::matchSpeaker(turn.speaker, participants);
        const Participant *matched = participant > 0 ? state.floor().participant(participant) : nullptr;
        aligned.append({turn,
                        turn.startMs >= 0 && zeroMs >= 0 ? zeroMs + turn.startMs : -1,
                        items.at(i),
                        participant,
                        matched ? matched->name : turn.speaker});
    }
    // Caption lines follow, each at the moment it was said (their times are on the session's axis).
    const QList<CaptionTurn> &captions = state.report().captions();
    QList<TranscriptTurn> timed;
    timed.reserve(captions.size());
    for (const CaptionTurn &caption : captions) {
        TranscriptTurn turn = caption.turn;
        turn.startMs = caption.atMs;
        timed.append(turn);
    }
    const QList<int> captionItems = TranscriptAlignment::itemsOf(timed, 0, spans);
    for (qsizetype i = 0; i < captions.size(); ++i) {
        const CaptionTurn &caption = captions.at(i);
        const int participant = caption.participant > 0
                                    ? caption.participant
                                    : TranscriptAlignment::matchSpeaker(caption.turn.speaker, participants);
        const Participant *matched = participant > 0 ? state.floor().participant(participant) : nullptr;
        aligned.append({caption.turn,
                        caption.atMs,
                        captionItems.at(i),
                        matched ? participant : 0,
                        matched ? matched->name : caption.turn.speaker});
    }
    return aligned;
}

QList<AlignedTurn> SessionTranscript::align(const Session &session)
{
    return align(session.state(), session.events(), session.now());
}

} // namespace core
