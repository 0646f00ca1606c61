// SPDX-License-Identifier: MIT
#include "core/rapporteur/reportstate.h"

#include "core/base/eventcatalogue.h"

#include <QJsonArray>
#include <QJsonObject>

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

bool ReportState::handles(EventType type)
{
    return type >= EventType::TranscriptImported && type <= EventType::ReportParticipation;
}

Result<void> ReportState::apply(const Event &event)
{
    const QJsonObject &data = event.data;
    if (event.type == EventType::ReportField) {
        const QString key = data.value(u"key").toString();
        if (!fieldKeys().contains(key)) {
            return Error{ErrorCode::InvalidArgument, tr("the report has no field \"%1\"").arg(key)};
        }
        const QString text = data.value(u"text").toString();
        if (text.size() > 20'000) {
            return Error{ErrorCode::InvalidArgument, tr("a report field has at most 20,000 characters")};
        }
        m_fields.insert(key, text);
        return {};
    }
    if (event.type == EventType::ReportParticipation) {
        const int onsite = data.value(u"onsite").toInt(-1);
        const int online = data.value(u"online").toInt(-1);
        const int women = data.value(u"women").toInt(-1);
        if (onsite < 0 || online < 0 || women < 0 || women > onsite + online || onsite > 100'000 || online > 100'000) {
            return Error{ErrorCode::InvalidArgument,
                         tr("participation counts are 0 or more, and women are at most everyone counted")};
        }
        m_onsite = onsite;
        m_online = online;
        m_women = women;
        return {};
    }
    if (event.type == EventType::TranscriptImported) {
        QList<TranscriptTurn> turns;
        for (const auto &value : data.value(u"turns").toArray()) {
            const QJsonObject turn = value.toObject();
            turns.append(
                {turn.value(u"line").toInt(), turn.value(u"speaker").toString(), turn.value(u"text").toString()});
        }
        if (turns.isEmpty()) {
            return Error{ErrorCode::InvalidArgument, tr("the transcript holds no turns")};
        }
        m_transcript = turns;
        m_transcriptName = data.value(u"name").toString();
        return {};
    }
    return Error{ErrorCode::Corrupt, tr("unknown event \"%1\"").arg(EventCatalogue::name(event.type))};
}

} // namespace core
