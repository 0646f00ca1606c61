// SPDX-License-Identifier: MIT
#pragma once

#include "core/agenda/sessiondefinition.h"
#include "core/rapporteur/drafter.h"
#include "core/session/floorbalance.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace core {

class Session;

/// "Name, Organization, Stakeholder group, Region", leaving out what is empty or repeated; the bidi
/// controls of each part are balanced, so one part cannot turn the next around.
[[nodiscard]] QString personLine(const Person &person);

/// Planned against actual time of one agenda item, for the report.
struct ReportItem
{
    QString title;
    int depth = 0;
    qint64 plannedMs = 0;
    qint64 actualMs = 0;
};

/**
 * The IGF session report, filled from the session: title, date, organisers, moderators, rapporteur,
 * speakers with their groups; the eight fields of the IGF 2019 long report (the rapporteur's text,
 * else a draft: the policy questions, the discussion areas from the drafted topics, the
 * participation counters); the short report's three key takeaways (approved ones first, then
 * drafted) and three calls to action; the balance of floor time; planned vs actual per item.
 * Markdown and HTML here (user text escaped and isolated, see core/io/markup.h); ODT and PDF in
 * reportwriter/.
 */
class Report final
{
    Q_DECLARE_TR_FUNCTIONS(core::Report)

public:
    QString title;
    QString date;
    QStringList organizers;
    QStringList moderators;
    QString rapporteur;
    QStringList speakers;
    QStringList fieldTitles; ///< translated, parallel to ReportState::fieldKeys()
    QStringList fields;      ///< the text of each field
    QStringList takeaways;
    QStringList callsToAction;
    /// From participants' phones: each approved takeaway with its agree and disagree counts and comments.
    QStringList reactions;
    /// The key takeaways participants shared from their phones, each with their stakeholder group.
    QStringList participantTakeaways;
    /// How many phones joined and how many questions they sent (empty when no phone joined).
    QString phoneSummary;
    FloorBalance balance;
    QList<ReportItem> agenda;

    [[nodiscard]] static Report build(const Session &session);

    [[nodiscard]] QString toMarkdown() const;
    [[nodiscard]] QString toHtml() const;

    /// The drafter's view of a session: its transcript and the rapporteur's notes.
    [[nodiscard]] static Draft draftFor(const Session &session, int words = Drafter::DefaultWords);
};

} // namespace core
