// SPDX-License-Identifier: MIT
#include "core/agenda/sessiondefinition.h"

#include "core/agenda/agendatemplates.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace core {
namespace {

Person personFromJson(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    return {object.value(u"name").toString().trimmed(),
            object.value(u"organization").toString().trimmed(),
            object.value(u"stakeholder_group").toString().trimmed(),
            object.value(u"region").toString().trimmed()};
}

QJsonValue personToJson(const Person &person)
{
    if (person.isEmpty()) {
        return QJsonValue::Null;
    }
    QJsonObject object{{u"name"_s, person.name}};
    if (!person.organization.isEmpty()) {
        object.insert(u"organization"_s, person.organization);
    }
    if (!person.stakeholderGroup.isEmpty()) {
        object.insert(u"stakeholder_group"_s, person.stakeholderGroup);
    }
    if (!person.region.isEmpty()) {
        object.insert(u"region"_s, person.region);
    }
    return object;
}

QList<Person> peopleFromJson(const QJsonValue &value)
{
    QList<Person> people;
    for (const auto &entry : value.toArray()) {
        Person person = personFromJson(entry);
        if (!person.isEmpty()) {
            people.append(person);
        }
    }
    return people;
}

QJsonArray peopleToJson(const QList<Person> &people)
{
    QJsonArray array;
    for (const auto &person : people) {
        array.append(personToJson(person));
    }
    return array;
}

} // namespace

Result<SessionDefinition> SessionDefinition::fromJson(const QJsonObject &json)
{
    SessionDefinition definition;
    definition.code = json.value(u"id").toString().trimmed();
    definition.title = json.value(u"title").toString().trimmed();
    if (definition.title.isEmpty()) {
        return Error{ErrorCode::Parse, tr("the session has no title")};
    }
    const QJsonObject format = json.value(u"format").toObject();
    definition.formatType = format.value(u"type").toString();
    definition.formatLayout = format.value(u"layout").toString();
    definition.formatMinutes = format.value(u"minutes").toInt(0);
    definition.organizers = peopleFromJson(json.value(u"organizers"));
    definition.speakers = peopleFromJson(json.value(u"speakers"));
    definition.onsiteModerator = personFromJson(json.value(u"onsite_moderator"));
    definition.onlineModerator = personFromJson(json.value(u"online_moderator"));
    definition.rapporteur = personFromJson(json.value(u"rapporteur"));
    for (const auto &question : json.value(u"policy_questions").toArray()) {
        const QString text = question.toString().trimmed();
        if (!text.isEmpty()) {
            definition.policyQuestions.append(text);
        }
    }
    definition.discussionFacilitation = json.value(u"discussion_facilitation").toString().trimmed();
    definition.onlineParticipation = json.value(u"online_participation").toString().trimmed();
    for (const auto &goal : json.value(u"sdgs").toArray()) {
        const int number = goal.toInt(0);
        if (number >= 1 && number <= 17 && !definition.sdgs.contains(number)) {
            definition.sdgs.append(number);
        }
    }
    definition.room = json.value(u"room").toString().simplified();
    auto agenda = Agenda::fromJson(json.value(u"agenda").toArray());
    if (!agenda) {
        return agenda.error();
    }
    definition.agenda = std::move(agenda).value();
    return definition;
}

QJsonObject SessionDefinition::toJson() const
{
    QJsonArray questions;
    for (const auto &question : policyQuestions) {
        questions.append(question);
    }
    QJsonArray goals;
    for (int goal : sdgs) {
        goals.append(goal);
    }
    QJsonObject json{
        {u"id"_s, code},
        {u"title"_s, title},
        {u"format"_s, QJsonObject{{u"type"_s, formatType}, {u"layout"_s, formatLayout}, {u"minutes"_s, formatMinutes}}},
        {u"organizers"_s, peopleToJson(organizers)},
        {u"speakers"_s, peopleToJson(speakers)},
        {u"onsite_moderator"_s, personToJson(onsiteModerator)},
        {u"online_moderator"_s, personToJson(onlineModerator)},
        {u"rapporteur"_s, personToJson(rapporteur)},
        {u"policy_questions"_s, questions},
        {u"discussion_facilitation"_s, discussionFacilitation},
        {u"online_participation"_s, onlineParticipation},
        {u"sdgs"_s, goals},
        {u"agenda"_s, agenda.toJson()},
    };
    // Written only when given, so the files of sessions without one stay as they were.
    if (!room.isEmpty()) {
        json.insert(u"room"_s, room);
    }
    return json;
}

SessionDefinition SessionDefinition::blankWorkshop()
{
    SessionDefinition definition;
    definition.title = tr("New workshop");
    definition.formatMinutes = AgendaTemplates::StandardWorkshopMinutes;
    definition.agenda = AgendaTemplates::standardWorkshop();
    return definition;
}

} // namespace core
