// SPDX-License-Identifier: MIT
#pragma once

#include "core/agenda/agenda.h"
#include "core/base/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace core {

/// A person named in a session's plan. All fields are plain user text.
struct Person
{
    QString name;
    QString organization;
    QString stakeholderGroup;
    QString region;

    [[nodiscard]] bool isEmpty() const { return name.isEmpty(); }
};

/**
 * What a session is about: its title, format, people, policy questions and agenda.
 * Stored as the payload of the first event of every session file.
 */
struct SessionDefinition
{
    Q_DECLARE_TR_FUNCTIONS(core::SessionDefinition)

public:
    QString code;  ///< "IGF 2019 WS #195"
    QString title; ///< "IT security in the global supply chain"
    QString formatType;
    QString formatLayout;
    int formatMinutes = 0;
    QList<Person> organizers;
    QList<Person> speakers;
    Person onsiteModerator;
    Person onlineModerator;
    Person rapporteur;
    QStringList policyQuestions;
    QString discussionFacilitation; ///< how the discussion will be facilitated (plain text)
    QString onlineParticipation;    ///< how online participants take part (plain text)
    QList<int> sdgs;                ///< the UN Sustainable Development Goals addressed (1..17)
    QString room;                   ///< where it takes place, "Room VI" (empty: not given)
    Agenda agenda;

    [[nodiscard]] static Result<SessionDefinition> fromJson(const QJsonObject &json);
    [[nodiscard]] QJsonObject toJson() const;

    /// An empty standard 90-minute workshop (introduction, three speakers with audience input, summary).
    [[nodiscard]] static SessionDefinition blankWorkshop();
};

} // namespace core
