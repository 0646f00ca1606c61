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
};

/// The stable, untranslated name used in files and JSON ("opening", "speaker", ...).
[[nodiscard]] QString kindKey(ItemKind kind);
[[nodiscard]] bool kindFromKey(const QString &key, ItemKind *kind);

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
    QString speaker; ///< for speaker items: who presents
    QString note;    ///< what the item is about, for the briefing pack (plain text, may be empty)
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

    [[nodiscard]] const QList<AgendaItem> &items() const { return m_items; }

    [[nodiscard]] int size() const { return int(m_items.size()); }

    [[nodiscard]] int indexOf(int id) const;

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
