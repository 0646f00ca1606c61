// SPDX-License-Identifier: MIT
#include "core/rapporteur/reportstate.h"

#include "core/base/eventcatalogue.h"
#include "core/base/plaintext.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace core {

QStringList ReportState::fieldKeys()
{
    return {u"policy_questions"_s,
            u"discussion_areas"_s,
            u"recommendations"_s,
            u"other_initiatives"_s,
            u"progress"_s,
            u"participation"_s,
            u"gender"_s,
            u"outputs"_s};
}

QStringList ReportState::shortReportKeys()
{
    return {u"takeaways"_s, u"calls_to_action"_s};
}

bool ReportState::handles(EventType type)
{
    return type >= EventType::TranscriptImported && type <= EventType::CaptionLine;
}

Result<void> ReportState::apply(const Event &event)
{
    switch (event.type) {
    case EventType::ReportField:
        return events::dispatch(this, &ReportState::applyReportField, event);
    case EventType::ReportParticipation:
        return events::dispatch(this, &ReportState::applyReportParticipation, event);
    case EventType::TranscriptImported:
        return events::dispatch(this, &ReportState::applyTranscriptImported, event);
    case EventType::CaptionLine:
        return events::dispatch(this, &ReportState::applyCaptionLine, event, event.sessionMs);
    default:
        return Error{ErrorCode::Corrupt, tr("unknown event \"%1\"").arg(EventCatalogue::name(event.type))};
    }
}

Result<void> ReportState::applyReportField(const events::ReportField &field)
{
    if (!fieldKeys().contains(field.key) && !shortReportKeys().contains(field.key)) {
        return Error{ErrorCode::InvalidArgument, tr("the report has no field \"%1\"").arg(field.key)};
    }
    if (field.text.size() > 20'000) {
        return Error{ErrorCode::InvalidArgument, tr("a report field has at most 20,000 characters")};
    }
    m_fields.insert(field.key, field.text);
    return {};
}

Result<void> ReportState::applyReportParticipation(const events::ReportParticipation &participation)
{
    const int onsite = participation.onsite;
    const int online = participation.online;
    const int women = participation.women;
    if (onsite < 0 || online < 0 || women < 0 || women > onsite + online || onsite > 100'000 || online > 100'000) {
        return Error{ErrorCode::InvalidArgument,
                     tr("participation counts are 0 or more, and women are at most everyone counted")};
    }
    m_onsite = onsite;
    m_online = online;
    m_women = women;
    return {};
}

Result<void> ReportState::applyTranscriptImported(const events::TranscriptImported &imported)
{
    QList<TranscriptTurn> turns;
    for (const events::TranscriptLine &turn : imported.turns) {
        turns.append({turn.line, turn.speaker, turn.text, -1});
    }
    if (turns.isEmpty()) {
        return Error{ErrorCode::InvalidArgument, tr("the transcript holds no turns")};
    }
    if (imported.startsMs) {
        const QList<int> &starts = *imported.startsMs;
        if (starts.size() != turns.size() || std::any_of(starts.cbegin(), starts.cend(), [](int start) {
                return start < -1 || start > Transcript::MaxTimeMs;
            })) {
            return Error{ErrorCode::InvalidArgument, tr("the transcript's times do not fit its turns")};
        }
        for (qsizetype i = 0; i < turns.size(); ++i) {
            turns[i].startMs = starts.at(i);
        }
    }
    m_transcript = turns;
    m_transcriptName = imported.name;
    m_transcriptZeroAtMs = imported.zeroAtMs;
    return {};
}

Result<void> ReportState::applyCaptionLine(const events::CaptionLine &caption, qint64 t)
{
    if (caption.text.trimmed().isEmpty()) {
        return Error{ErrorCode::InvalidArgument, tr("a caption line is empty")};
    }
    if (caption.text.size() > MaxCaptionChars || caption.speaker.size() > MaxCaptionSpeakerChars) {
        return Error{ErrorCode::InvalidArgument,
                     tr("a caption line has at most %1 characters and its speaker at most %2")
                         .arg(MaxCaptionChars)
                         .arg(MaxCaptionSpeakerChars)};
    }
    if (oneLine(caption.text) != caption.text || oneLine(caption.speaker) != caption.speaker) {
        return Error{ErrorCode::InvalidArgument, tr("a caption line is one line of plain text")};
    }
    if (caption.participant < 0 || (caption.atMs && (*caption.atMs < 0 || *caption.atMs > t))) {
        return Error{ErrorCode::InvalidArgument, tr("a caption line's speaker or time does not fit")};
    }
    CaptionTurn turn;
    turn.turn.line = FirstCaptionLine + int(m_captions.size());
    turn.turn.speaker = caption.speaker;
    turn.turn.text = caption.text;
    turn.atMs = caption.atMs.value_or(t);
    turn.participant = caption.participant;
    m_captions.append(turn);
    return {};
}

} // namespace core
