// SPDX-License-Identifier: MIT
#include "ui/commands/currentvalue.h"

#include "core/session/sessionstate.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ui {

using namespace core::commands;

EditAgenda currentValue(const core::SessionState &state, const EditAgenda &)
{
    return {state.agenda().toJson()};
}

SetBreakOut currentValue(const core::SessionState &state, const SetBreakOut &like)
{
    const int index = state.agenda().indexOf(like.item);
    if (index < 0) {
        return {like.item, QJsonObject()};
    }
    return {like.item, core::Agenda::breakOutToJson(state.agenda().item(index).breakOut)};
}

EditDetails currentValue(const core::SessionState &state, const EditDetails &)
{
    QJsonObject details = state.definition().toJson();
    details.remove(u"agenda"_s);
    return {details};
}

SetQuestionBank currentValue(const core::SessionState &state, const SetQuestionBank &)
{
    return {core::QuestionBank::toJson(state.questions().questions())};
}

SetFloorSettings currentValue(const core::SessionState &state, const SetFloorSettings &)
{
    const core::FloorSettings &settings = state.floor().settings();
    return {settings.audienceLimitMs, settings.chairLimitMs, settings.warningMs, settings.chime};
}

SetQueuePolicy currentValue(const core::SessionState &state, const SetQueuePolicy &)
{
    return {core::policyKey(state.floor().policy())};
}

SetRotation currentValue(const core::SessionState &state, const SetRotation &)
{
    const QSet<int> &skippedSet = state.floor().skippedSpeakers();
    QList<int> skipped(skippedSet.begin(), skippedSet.end());
    std::sort(skipped.begin(), skipped.end());
    return {state.floor().rotationOrder(), skipped};
}

SetRoomLanguage currentValue(const core::SessionState &state, const SetRoomLanguage &)
{
    return {state.display().language()};
}

SetRoomSecondLanguage currentValue(const core::SessionState &state, const SetRoomSecondLanguage &)
{
    return {state.display().secondLanguage()};
}

TranslateContent currentValue(const core::SessionState &state, const TranslateContent &like)
{
    return {like.kind, like.id, like.language, state.display().translation(like.kind, like.id, like.language)};
}

SetReportField currentValue(const core::SessionState &state, const SetReportField &like)
{
    return {like.key, state.report().field(like.key)};
}

SetParticipation currentValue(const core::SessionState &state, const SetParticipation &)
{
    const core::ReportState &report = state.report();
    return {report.onsite(), report.online(), report.women()};
}

UpdateParticipant currentValue(const core::SessionState &state, const UpdateParticipant &like)
{
    const core::Participant *participant = state.floor().participant(like.participant.value(u"id").toInt());
    return {participant ? core::participantToJson(*participant) : QJsonObject()};
}

EditNote currentValue(const core::SessionState &state, const EditNote &like)
{
    const core::Note *note = state.notes().note(like.id);
    if (!note) {
        return {like.id, {}, {}, -1};
    }
    QStringList tags;
    for (core::NoteTag tag : note->tags) {
        tags.append(core::noteTagKey(tag));
    }
    return {note->id, note->text, tags, note->policyQuestion};
}

} // namespace ui
