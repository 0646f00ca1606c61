// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace core {

enum class ItemKind
{
    Opening,
    Speaker,
    AudienceInput,
    EmptyChair,
    Summary,
    Other,
    /// The room splits into groups (AgendaItem::breakOut); the item's time is the group work.
    BreakOut,
};

/// The stable, untranslated name used in files and JSON ("opening", "speaker", ...).
[[nodiscard]] QString kindKey(ItemKind kind);
[[nodiscard]] bool kindFromKey(const QString &key, ItemKind *kind);

/// One group of a break-out item. Participants are named by their ids (0: nobody).
struct BreakOutGroup
{
    int id = 0;              ///< unique in the agenda (notes and report-back turns name it); 0: given on reading
    QString name;            ///< plain text, never empty
    int policyQuestion = -1; ///< its topic: an index into the session's policy questions, -1: `topic`
    QString topic;           ///< its topic as free text, when it is not a policy question
    QString place;           ///< where in the room ("table 2"); empty for an online group
    bool online = false;     ///< a group for the remote participants, led by the online moderator
    int facilitator = 0;
    int rapporteur = 0; ///< reports back for the group
    QList<int> members; ///< the facilitator and the rapporteur included once assigned
    QList<int> wishes;  ///< people who chose this group themselves (the assignment keeps them here)

    friend bool operator==(const BreakOutGroup &, const BreakOutGroup &) = default;
};

/// What a break-out item holds beyond its time: its groups and the report-back's turn limit.
struct BreakOut
{
    static constexpr qint64 DefaultWarningMs = 2 * 60'000;
    static constexpr qint64 DefaultReportBackMs = 3 * 60'000;

    QList<BreakOutGroup> groups;
    qint64 reportBackLimitMs = DefaultReportBackMs; ///< each group's report-back turn
    QList<int> reportOrder; ///< group ids in the order they report back; groups not named follow in order

    /// The group with this id, or nullptr.
    [[nodiscard]] const BreakOutGroup *group(int id) const;
    /// The groups' ids in the order they report back.
    [[nodiscard]] QList<int> reportBackOrder() const;
    /// The group a participant belongs to (member, facilitator or rapporteur), or 0.
    [[nodiscard]] int groupOf(int participantId) const;

    friend bool operator==(const BreakOut &, const BreakOut &) = default;
};

/// One agenda item. Items with children ("blocks") take their planned time from their children.
struct AgendaItem
{
    int id = 0;
    int parentId = -1;
    int depth = 0;
    QString title;
    ItemKind kind = ItemKind::Other;
    qint64 plannedMs = 0; ///< leaves only; a block's plan is the sum of its children
    qint64 warningMs = 60'000;
    QString speaker;   ///< for speaker items: who presents
    QString note;      ///< what the item is about, for the briefing pack (plain text, may be empty)
    BreakOut breakOut; ///< break-out items only: the groups (warningMs is then the group work's warning)
};

/**
 * The agenda as a tree stored in pre-order (a parent comes before its children).
 * A value type: copy freely. Only leaves are ever "current"; the clock moves over leaves.
 */
class Agenda final
{
    Q_DECLARE_TR_FUNCTIONS(core::Agenda)

public:
    static constexpr qint64 MinimumItemMs = 60'000;

    /// The two forms of an agenda's JSON, both read by fromJson().
    enum class JsonForm
    {
        Stored,   ///< in the log: ids, planned_ms and warning_ms, exact to the millisecond
        Authored, ///< for people to read and write (proposal import, templates, the editor): minutes
    };

    /// Reads `[{"title", "kind", "minutes" | "planned_ms", "warning_ms"?, "speaker"?, "note"?, "id"?, "children"?}]`.
    [[nodiscard]] static Result<Agenda> fromJson(const QJsonArray &json);
    [[nodiscard]] QJsonArray toJson(JsonForm form = JsonForm::Stored) const;
    /// One item with its children, already written: the one place that writes an agenda's keys, for
    /// whoever builds an agenda's JSON without an Agenda (the importer, the templates, the editor).
    /// Authored: "minutes" when plannedMs is set (a block's is informative), no warning unless changed.
    [[nodiscard]] static QJsonObject
    itemToJson(const AgendaItem &item, const QJsonArray &children = {}, JsonForm form = JsonForm::Stored);

    /// A break-out item's `break_out` object, as fromJson reads and itemToJson writes it (groups without
    /// an id keep id 0: setBreakOut gives them one).
    [[nodiscard]] static Result<BreakOut> breakOutFromJson(const QJsonObject &json);
    [[nodiscard]] static QJsonObject breakOutToJson(const BreakOut &breakOut);

    [[nodiscard]] const QList<AgendaItem> &items() const { return m_items; }

    [[nodiscard]] int size() const { return int(m_items.size()); }

    [[nodiscard]] int indexOf(int id) const;

    /// The break-out item that holds a group (its index), or -1.
    [[nodiscard]] int indexOfGroup(int groupId) const;
    /// A group by id, or nullptr.
    [[nodiscard]] const BreakOutGroup *group(int groupId) const;
    /// Whether the other agenda is this one with only break-out groups changed (what may change after the start).
    [[nodiscard]] bool differsOnlyInGroups(const Agenda &other) const;
    /// The number of break-out items that have groups (an agenda with any needs event vocabulary 6).
    [[nodiscard]] int breakOutCount() const;
    /// Replaces a break-out item's groups and settings; new groups (id 0) get ids.
    [[nodiscard]] Result<void> setBreakOut(int itemId, BreakOut breakOut);
    /// An item kind's default warning time (two minutes for the group work of a break-out, else one).
    [[nodiscard]] static qint64 defaultWarningMs(ItemKind kind);

    [[nodiscard]] const AgendaItem &item(int index) const { return m_items.at(index); }

    [[nodiscard]] bool isLeaf(int index) const;
    [[nodiscard]] QList<int> childIndexes(int parentIndex) const; ///< -1: top level
    [[nodiscard]] QList<int> leafIndexes() const;
    [[nodiscard]] QList<int> leafIndexesUnder(int index) const; ///< the item itself if it is a leaf
    [[nodiscard]] qint64 plannedMs(int index) const;
    [[nodiscard]] qint64 plannedTotalMs() const;

    void setPlannedMs(int index, qint64 ms) { m_items[index].plannedMs = ms; }

private:
    QList<AgendaItem> m_items;
};

} // namespace core
