// SPDX-License-Identifier: MIT
#pragma once

#include "core/agenda/agenda.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace core {

/**
 * The standard agendas and the titles of their items, each written and translated here only: the
 * standard workshop a new session starts from, and the plan built for a proposal's format when the
 * proposal has no agenda.
 */
class AgendaTemplates final
{
    Q_DECLARE_TR_FUNCTIONS(core::AgendaTemplates)

public:
    /// The length of the standard workshop, and of a session whose proposal gives none.
    static constexpr int StandardWorkshopMinutes = 90;

    /// The standard items' titles, translated.
    [[nodiscard]] static QString introduction();
    [[nodiscard]] static QString speakerSlot(int number); ///< "Speaker 1": a slot not yet given to a person
    [[nodiscard]] static QString audienceInput();
    [[nodiscard]] static QString speakersAndAudienceInput();
    [[nodiscard]] static QString presentationsAndAudienceInput();
    [[nodiscard]] static QString openDiscussion();
    [[nodiscard]] static QString summary(); ///< "Summary and key takeaways"

    /// The standard workshop without people: introduction, three speaker slots each followed by
    /// audience input, summary (90 minutes).
    [[nodiscard]] static Agenda standardWorkshop();

    /// The standard workshop's speakers block, as Agenda::fromJson reads it: each speaker followed by
    /// audience input, sharing `minutes` (each slot at least one minute).
    [[nodiscard]] static QJsonObject speakersBlock(const QStringList &speakers, int minutes);

    /// An agenda that fits a format ("Panel", "Round Table", "Birds of a Feather"; break-out group
    /// discussions and others get the standard workshop) and a duration (0 or less: the standard
    /// workshop's), with the speakers' names.
    [[nodiscard]] static Agenda forFormat(const QString &formatType, int minutes, const QStringList &speakers);

    /// Equal whole shares of `total`, the remainder going to the last shares; each share at least 1.
    [[nodiscard]] static QList<int> shares(int total, int count);
};

} // namespace core
