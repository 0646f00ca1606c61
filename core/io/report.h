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

/// One opening of the empty chair: when, during which agenda item, and who sat there (if anyone).
struct ChairOpening
{
    qint64 openedAtWallMs = -1;
    QString item;             ///< the agenda item's title then
    QString name;             ///< who sat there; empty when nobody did
    QString stakeholderGroup; ///< theirs, as given (may be empty)
    QString channel;          ///< Participant::channelKey(): "onsite", "online" or "hub:NAME"
    qint64 ms = 0;            ///< how long they held the floor from the chair
    bool viaOnlineModerator = false;
};

/// How many people took part: the rapporteur's own figures when entered, else an estimate from the
/// people who took part (took the floor, asked to speak, sat in or claimed the chair, joined by phone).
struct Participation
{
    int onsite = 0;
    int online = 0;
    int hub = 0;         ///< at a remote hub (an estimate only: the rapporteur counts hubs as online)
    int women = 0;       ///< among those whose gender is known (entered: among everyone counted)
    int genderKnown = 0; ///< people whose gender is known (an estimate only)
    bool entered = false;

    [[nodiscard]] int total() const { return onsite + online + hub; }
};

/// One break-out group, for the report's section on the group work.
struct ReportGroup
{
    QString item; ///< the break-out item's title
    QString name;
    QString topic; ///< the policy question it discussed, or its own topic
    QString place; ///< where it met ("online" for an online group, translated)
    QString facilitator;
    QString rapporteur;
    /// Who took part by stakeholder group: (the group as stored, "" when not given; how many), most first.
    QList<std::pair<QString, int>> participants;
    QStringList keyPoints;       ///< drafted from the notes written for the group (tagged takeaways first)
    QStringList reportBackNotes; ///< the notes written during its report-back turn
    qint64 reportBackMs = -1;    ///< how long its report-back took (-1: it has not reported back)
};

/**
 * The IGF session report, filled from the session: title, date, time, SDGs, the people in each role
 * (one person may hold several); the eight fields of the IGF 2019 long report (the rapporteur's
 * text, else a draft the rapporteur confirms, marked as one: the policy questions with the notes
 * taken on each, the discussion areas from the drafted topics and the notes tagged #agree and
 * #disagree, the recommendations, the other initiatives named in the session's details and
 * proposal, the participation from who took part, the gender balance of the floor, the outputs
 * from notes and transcript lines with links, documents or commitments); the short report's three
 * key takeaways (approved ones first, then drafted) and three calls to action; the floor time by
 * stakeholder group and by room, online and hub; each opening of the empty chair; planned vs actual
 * per item. Markdown and HTML here (user text escaped and isolated, see core/io/markup.h); ODT and
 * PDF in reportwriter/.
 */
class Report final
{
    Q_DECLARE_TR_FUNCTIONS(core::Report)

public:
    QString title;
    QString date;
    QString time;      ///< when the session ran, "14:30–16:00" (empty before it started)
    QString room;      ///< where it took place (empty: not given)
    QStringList goals; ///< the Sustainable Development Goals, "4. Quality Education"
    QStringList organizers;
    QStringList moderators; ///< the onsite moderator(s)
    QStringList onlineModerators;
    QStringList rapporteurs;
    QStringList speakers;
    QStringList fieldTitles; ///< translated, parallel to ReportState::fieldKeys()
    QStringList fields;      ///< the text of each field
    QList<bool> drafted;     ///< parallel to fields: true where the text is a draft, not the rapporteur's
    QStringList takeaways;
    QStringList callsToAction;
    /// Parallel to takeaways and callsToAction: where a drafted line comes from (who, agenda item, time, the
    /// note or transcript line); empty for the rapporteur's own lines and approved takeaways.
    QStringList takeawaySources;
    QStringList callToActionSources;
    /// The exports number the drafted lines that have a source and list the sources at the end.
    bool withSources = false;
    bool takeawaysWritten = false;     ///< the takeaways are the rapporteur's own list, not a draft
    bool callsToActionWritten = false; ///< the calls to action are the rapporteur's own list
    /// Comments from the room on the approved takeaways, as the rapporteur recorded them.
    QStringList roomComments;
    /// From participants' phones: each approved takeaway with its agree and disagree counts and comments.
    QStringList reactions;
    /// The key takeaways participants shared from their phones, each with their stakeholder group.
    QStringList participantTakeaways;
    /// How many phones joined and how many questions they sent (empty when no phone joined).
    QString phoneSummary;
    Participation participation;
    QList<ChairOpening> chair; ///< each opening of the empty chair, in order
    QList<ReportGroup> groups; ///< the break-out groups, item by item, in their order
    FloorBalance balance;
    QList<ReportItem> agenda;

    /// The report of a session. `proposalText`, the workshop proposal as published, adds what the
    /// session's details do not keep (its description) to the drafts, e.g. the other initiatives.
    [[nodiscard]] static Report build(const Session &session, const QString &proposalText = {});

    [[nodiscard]] QString toMarkdown() const;
    /// "The empty chair was opened 3 times; 2 people sat there, for 5:10 in all."
    [[nodiscard]] QString chairSummary() const;
    [[nodiscard]] QString toHtml() const;

    /// The drafter's view of a session: its transcript and the rapporteur's notes.
    [[nodiscard]] static Draft draftFor(const Session &session, int words = Drafter::DefaultWords);

    /// The break-out groups of the session's agenda with what was noted for each.
    [[nodiscard]] static QList<ReportGroup> groupsOf(const Session &session);

    /// The participation: the rapporteur's figures when entered (any count above 0), else the estimate.
    [[nodiscard]] static Participation participationOf(const Session &session);
    /// "Estimated from who took part: ..." or "Entered by the rapporteur: ...".
    [[nodiscard]] static QString participationText(const Participation &participation);

    /// The names of initiatives, conventions, calls, charters, acts, frameworks, partnerships, ... in a
    /// text: capitalized multi-word names with such a head word ("Budapest Convention", "Charter of
    /// Trust", "Paris Peace Call", "EU framework"), each once, in order.
    [[nodiscard]] static QStringList initiativeNames(const QString &text);
    /// For each initiative named in the text, the first sentence that names it.
    [[nodiscard]] static QStringList initiativeSentences(const QString &text);
    /// Whether a line is an output of the session: it holds a link, names a document, or commits to something.
    [[nodiscard]] static bool isOutputLine(const QString &text);
    /// Whether a line tells of progress on the session's issues: something adopted, launched, achieved,
    /// improved or under way (English wording).
    [[nodiscard]] static bool isProgressLine(const QString &text);

    /// What a self-described gender says for the report's figures.
    enum class Gender
    {
        Unknown,
        Woman,
        Man,
        Other,
    };
    [[nodiscard]] static Gender genderOf(const QString &gender);
};

} // namespace core
