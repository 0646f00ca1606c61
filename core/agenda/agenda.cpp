// SPDX-License-Identifier: MIT
#include "core/agenda/agenda.h"

#include "core/base/jsonnumber.h"

#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace core {
namespace {

struct KindName
{
    ItemKind kind;
    const char16_t *key;
};

constexpr KindName kindNames[] = {
    {ItemKind::Opening, u"opening"},
    {ItemKind::Speaker, u"speaker"},
    {ItemKind::AudienceInput, u"audience_input"},
    {ItemKind::EmptyChair, u"empty_chair"},
    {ItemKind::Summary, u"summary"},
    {ItemKind::Other, u"other"},
    {ItemKind::BreakOut, u"break_out"},
};

constexpr int MaxGroups = 200;

QJsonArray idsToJson(const QList<int> &ids)
{
    QJsonArray array;
    for (int id : ids) {
        array.append(id);
    }
    return array;
}

/// A list of positive ids, or false when an entry is not one.
bool idsFromJson(const QJsonValue &value, QList<int> *ids)
{
    for (const auto &entry : value.toArray()) {
        const int id = entry.toInt(0);
        if (!entry.isDouble() || id <= 0 || double(id) != entry.toDouble()) {
            return false;
        }
        ids->append(id);
    }
    return true;
}

QJsonObject groupToJson(const BreakOutGroup &group)
{
    QJsonObject object{{u"name"_s, group.name}};
    if (group.id > 0) {
        object.insert(u"id"_s, group.id);
    }
    if (group.policyQuestion >= 0) {
        object.insert(u"policy_question"_s, group.policyQuestion);
    }
    if (!group.topic.isEmpty()) {
        object.insert(u"topic"_s, group.topic);
    }
    if (!group.place.isEmpty()) {
        object.insert(u"place"_s, group.place);
    }
    if (group.online) {
        object.insert(u"online"_s, true);
    }
    if (group.facilitator > 0) {
        object.insert(u"facilitator"_s, group.facilitator);
    }
    if (group.rapporteur > 0) {
        object.insert(u"rapporteur"_s, group.rapporteur);
    }
    if (!group.members.isEmpty()) {
        object.insert(u"members"_s, idsToJson(group.members));
    }
    if (!group.wishes.isEmpty()) {
        object.insert(u"wishes"_s, idsToJson(group.wishes));
    }
    return object;
}

QJsonObject writeBreakOut(const BreakOut &breakOut)
{
    QJsonArray groups;
    for (const auto &group : breakOut.groups) {
        groups.append(groupToJson(group));
    }
    QJsonObject object{{u"groups"_s, groups}};
    if (breakOut.reportBackLimitMs != BreakOut::DefaultReportBackMs) {
        object.insert(u"report_back_ms"_s, double(breakOut.reportBackLimitMs));
    }
    if (!breakOut.reportOrder.isEmpty()) {
        object.insert(u"report_order"_s, idsToJson(breakOut.reportOrder));
    }
    return object;
}

} // namespace

const BreakOutGroup *BreakOut::group(int id) const
{
    for (const auto &group : groups) {
        if (group.id == id) {
            return &group;
        }
    }
    return nullptr;
}

QList<int> BreakOut::reportBackOrder() const
{
    QList<int> order;
    for (int id : reportOrder) {
        if (group(id) && !order.contains(id)) {
            order.append(id);
        }
    }
    for (const auto &group : groups) {
        if (!order.contains(group.id)) {
            order.append(group.id);
        }
    }
    return order;
}

int BreakOut::groupOf(int participantId) const
{
    for (const auto &group : groups) {
        if (group.members.contains(participantId) || group.facilitator == participantId
            || group.rapporteur == participantId) {
            return group.id;
        }
    }
    return 0;
}

namespace {

/// Reads a break-out item's groups; ids are checked against those already used in the agenda.
Result<BreakOut> readBreakOut(const QString &title, const QJsonObject &object, QSet<int> *usedGroupIds)
{
    auto error = [&](const QString &what) {
        return Error{ErrorCode::Parse, Agenda::tr("break-out item \"%1\": %2").arg(title, what)};
    };
    BreakOut breakOut;
    breakOut.reportBackLimitMs = jsonMs(object.value(u"report_back_ms"), BreakOut::DefaultReportBackMs);
    if (breakOut.reportBackLimitMs < 10'000 || breakOut.reportBackLimitMs > 3'600'000) {
        return error(Agenda::tr("a report-back needs a time limit between 10 seconds and an hour"));
    }
    if (!idsFromJson(object.value(u"report_order"), &breakOut.reportOrder)) {
        return error(Agenda::tr("the report-back order is not a list of groups"));
    }
    const QJsonArray groups = object.value(u"groups").toArray();
    if (groups.size() > MaxGroups) {
        return error(Agenda::tr("more than %1 groups").arg(MaxGroups));
    }
    QSet<int> placed;
    for (const auto &value : groups) {
        const QJsonObject json = value.toObject();
        BreakOutGroup group;
        group.name = json.value(u"name").toString().simplified();
        if (group.name.isEmpty()) {
            return error(Agenda::tr("a group has no name"));
        }
        group.id = json.value(u"id").toInt(0);
        if (json.contains(u"id") && (group.id <= 0 || usedGroupIds->contains(group.id))) {
            return error(Agenda::tr("the group \"%1\" has an invalid id").arg(group.name));
        }
        if (group.id > 0) {
            usedGroupIds->insert(group.id);
        }
        group.policyQuestion = json.value(u"policy_question").toInt(-1);
        if (group.policyQuestion < -1) {
            return error(Agenda::tr("the group \"%1\" names an invalid policy question").arg(group.name));
        }
        group.topic = json.value(u"topic").toString().trimmed();
        group.place = json.value(u"place").toString().simplified();
        group.online = json.value(u"online").toBool(false);
        group.facilitator = std::max(0, json.value(u"facilitator").toInt(0));
        group.rapporteur = std::max(0, json.value(u"rapporteur").toInt(0));
        if (!idsFromJson(json.value(u"members"), &group.members)
            || !idsFromJson(json.value(u"wishes"), &group.wishes)) {
            return error(Agenda::tr("the group \"%1\" lists someone who is not a participant").arg(group.name));
        }
        for (int id : std::as_const(group.members)) {
            if (placed.contains(id)) {
                return error(Agenda::tr("participant %1 is in two groups").arg(id));
            }
            placed.insert(id);
        }
        breakOut.groups.append(group);
    }
    // Someone who leads or reports for a group is its member; a leader of one group cannot be in another.
    for (const auto &group : std::as_const(breakOut.groups)) {
        for (int lead : {group.facilitator, group.rapporteur}) {
            if (lead > 0 && !group.members.contains(lead) && placed.contains(lead)) {
                return error(Agenda::tr("participant %1 leads one group and is a member of another").arg(lead));
            }
        }
    }
    return breakOut;
}

} // namespace

QString kindKey(ItemKind kind)
{
    for (const auto &name : kindNames) {
        if (name.kind == kind) {
            return QString::fromUtf16(name.key);
        }
    }
    return u"other"_s;
}

bool kindFromKey(const QString &key, ItemKind *kind)
{
    for (const auto &name : kindNames) {
        if (key == QStringView(name.key)) {
            *kind = name.kind;
            return true;
        }
    }
    return false;
}

Result<Agenda> Agenda::fromJson(const QJsonArray &json)
{
    Agenda agenda;
    QSet<int> usedIds;
    QSet<int> usedGroupIds;
    int nextId = 1;
    std::function<Result<void>(const QJsonArray &, int, int)> read;
    read = [&](const QJsonArray &array, int parentId, int depth) -> Result<void> {
        if (depth > 4) {
            return Error{ErrorCode::Parse, tr("agenda items are nested too deeply")};
        }
        for (const auto &value : array) {
            if (!value.isObject()) {
                return Error{ErrorCode::Parse, tr("an agenda item is not an object")};
            }
            const QJsonObject object = value.toObject();
            AgendaItem item;
            item.parentId = parentId;
            item.depth = depth;
            item.title = object.value(u"title").toString().trimmed();
            if (item.title.isEmpty()) {
                return Error{ErrorCode::Parse, tr("an agenda item has no title")};
            }
            const QString kind = object.value(u"kind").toString(u"other"_s);
            if (!kindFromKey(kind, &item.kind)) {
                return Error{ErrorCode::Parse, tr("unknown agenda item kind \"%1\"").arg(kind)};
            }
            if (object.contains(u"id")) {
                item.id = object.value(u"id").toInt(0);
                if (item.id <= 0 || usedIds.contains(item.id)) {
                    return Error{ErrorCode::Parse, tr("agenda item \"%1\" has an invalid id").arg(item.title)};
                }
            }
            if (object.contains(u"planned_ms")) {
                item.plannedMs = jsonMs(object.value(u"planned_ms"), -1);
            } else {
                item.plannedMs = jsonMs(object.value(u"minutes"), -1, 60'000);
            }
            item.warningMs = jsonMs(object.value(u"warning_ms"), defaultWarningMs(item.kind));
            if (object.contains(u"break_out")) {
                if (item.kind != ItemKind::BreakOut) {
                    return Error{ErrorCode::Parse,
                                 tr("agenda item \"%1\" has groups but is not a break-out").arg(item.title)};
                }
                auto breakOut = readBreakOut(item.title, object.value(u"break_out").toObject(), &usedGroupIds);
                if (!breakOut) {
                    return breakOut.error();
                }
                item.breakOut = std::move(breakOut).value();
            }
            item.speaker = object.value(u"speaker").toString().trimmed();
            item.note = object.value(u"note").toString().trimmed();
            const QJsonArray children = object.value(u"children").toArray();
            if (item.kind == ItemKind::BreakOut && !children.isEmpty()) {
                return Error{ErrorCode::Parse,
                             tr("the break-out item \"%1\" cannot have items of its own").arg(item.title)};
            }
            if (children.isEmpty() && (item.plannedMs < MinimumItemMs || item.plannedMs > 24 * 3'600'000LL)) {
                return Error{ErrorCode::Parse,
                             tr("agenda item \"%1\" needs a duration between 1 minute and 24 hours").arg(item.title)};
            }
            if (item.warningMs < 0) {
                return Error{ErrorCode::Parse, tr("agenda item \"%1\" has a negative warning time").arg(item.title)};
            }
            if (item.id > 0) {
                usedIds.insert(item.id);
            }
            const int index = int(agenda.m_items.size());
            agenda.m_items.append(item);
            if (!children.isEmpty()) {
                agenda.m_items[index].plannedMs = 0;
                if (auto ok = read(children, index, depth + 1); !ok) {
                    return ok;
                }
            }
        }
        return {};
    };
    if (auto ok = read(json, -1, 0); !ok) {
        return ok.error();
    }
    if (agenda.m_items.isEmpty()) {
        return Error{ErrorCode::Parse, tr("the agenda has no items")};
    }
    // Give ids to items that came without one, and turn parent indexes into parent ids.
    for (auto &item : agenda.m_items) {
        if (item.id == 0) {
            while (usedIds.contains(nextId)) {
                ++nextId;
            }
            item.id = nextId;
            usedIds.insert(nextId);
        }
    }
    for (auto &item : agenda.m_items) {
        if (item.parentId >= 0) {
            item.parentId = agenda.m_items.at(item.parentId).id;
        }
    }
    int nextGroupId = 1;
    for (auto &item : agenda.m_items) {
        for (auto &group : item.breakOut.groups) {
            if (group.id == 0) {
                while (usedGroupIds.contains(nextGroupId)) {
                    ++nextGroupId;
                }
                group.id = nextGroupId;
                usedGroupIds.insert(nextGroupId);
            }
        }
    }
    return agenda;
}

QJsonObject Agenda::itemToJson(const AgendaItem &item, const QJsonArray &children, JsonForm form)
{
    QJsonObject object{{u"title"_s, item.title}, {u"kind"_s, kindKey(item.kind)}};
    if (item.id > 0) {
        object.insert(u"id"_s, item.id);
    }
    if (!children.isEmpty()) {
        object.insert(u"children"_s, children);
    }
    if (form == JsonForm::Stored) {
        if (children.isEmpty()) {
            object.insert(u"planned_ms"_s, double(item.plannedMs));
        }
        object.insert(u"warning_ms"_s, double(item.warningMs));
    } else {
        if (item.plannedMs > 0) {
            object.insert(u"minutes"_s, double(item.plannedMs) / 60'000.0);
        }
        if (item.warningMs != defaultWarningMs(item.kind)) {
            object.insert(u"warning_ms"_s, double(item.warningMs));
        }
    }
    if (!item.speaker.isEmpty()) {
        object.insert(u"speaker"_s, item.speaker);
    }
    if (!item.note.isEmpty()) {
        object.insert(u"note"_s, item.note);
    }
    if (item.kind == ItemKind::BreakOut && item.breakOut != BreakOut()) {
        object.insert(u"break_out"_s, writeBreakOut(item.breakOut));
    }
    return object;
}

QJsonArray Agenda::toJson(JsonForm form) const
{
    std::function<QJsonArray(int)> write = [&](int parentIndex) {
        QJsonArray array;
        for (int index : childIndexes(parentIndex)) {
            AgendaItem item = m_items.at(index);
            if (form == JsonForm::Authored) {
                item.plannedMs = plannedMs(index); // a block's total, for the reader
            }
            array.append(itemToJson(item, isLeaf(index) ? QJsonArray() : write(index), form));
        }
        return array;
    };
    return write(-1);
}

int Agenda::indexOf(int id) const
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).id == id) {
            return i;
        }
    }
    return -1;
}

Result<BreakOut> Agenda::breakOutFromJson(const QJsonObject &json)
{
    QSet<int> used;
    return readBreakOut(tr("Break-out"), json, &used);
}

QJsonObject Agenda::breakOutToJson(const BreakOut &breakOut)
{
    return writeBreakOut(breakOut);
}

int Agenda::indexOfGroup(int groupId) const
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (groupId > 0 && m_items.at(i).breakOut.group(groupId)) {
            return i;
        }
    }
    return -1;
}

const BreakOutGroup *Agenda::group(int groupId) const
{
    const int index = indexOfGroup(groupId);
    return index < 0 ? nullptr : m_items.at(index).breakOut.group(groupId);
}

bool Agenda::differsOnlyInGroups(const Agenda &other) const
{
    if (other.m_items.size() != m_items.size()) {
        return false;
    }
    for (int i = 0; i < m_items.size(); ++i) {
        AgendaItem mine = m_items.at(i);
        AgendaItem theirs = other.m_items.at(i);
        mine.breakOut = theirs.breakOut = {};
        if (itemToJson(mine) != itemToJson(theirs) || mine.parentId != theirs.parentId) {
            return false;
        }
    }
    return true;
}

int Agenda::breakOutCount() const
{
    return int(std::count_if(m_items.begin(), m_items.end(), [](const AgendaItem &item) {
        return item.kind == ItemKind::BreakOut && !item.breakOut.groups.isEmpty();
    }));
}

Result<void> Agenda::setBreakOut(int itemId, BreakOut breakOut)
{
    const int index = indexOf(itemId);
    if (index < 0 || m_items.at(index).kind != ItemKind::BreakOut) {
        return Error{ErrorCode::InvalidArgument, tr("there is no such break-out item")};
    }
    // Through the JSON, so that the groups are checked as a file's would be and new groups get ids.
    AgendaItem item = m_items.at(index);
    item.breakOut = std::move(breakOut);
    QJsonArray json = toJson();
    std::function<bool(QJsonArray &)> replace = [&](QJsonArray &array) {
        for (qsizetype i = 0; i < array.size(); ++i) {
            QJsonObject object = array.at(i).toObject();
            if (object.value(u"id").toInt() == itemId) {
                object.remove(u"break_out"_s);
                const QJsonObject written = itemToJson(item);
                if (written.contains(u"break_out")) {
                    object.insert(u"break_out"_s, written.value(u"break_out"));
                }
                array[i] = object;
                return true;
            }
            QJsonArray children = object.value(u"children").toArray();
            if (!children.isEmpty() && replace(children)) {
                object.insert(u"children"_s, children);
                array[i] = object;
                return true;
            }
        }
        return false;
    };
    replace(json);
    auto read = fromJson(json);
    if (!read) {
        return read.error();
    }
    *this = std::move(read).value();
    return {};
}

qint64 Agenda::defaultWarningMs(ItemKind kind)
{
    return kind == ItemKind::BreakOut ? BreakOut::DefaultWarningMs : AgendaItem().warningMs;
}

bool Agenda::isLeaf(int index) const
{
    return index + 1 >= m_items.size() || m_items.at(index + 1).parentId != m_items.at(index).id;
}

QList<int> Agenda::childIndexes(int parentIndex) const
{
    const int parentId = parentIndex < 0 ? -1 : m_items.at(parentIndex).id;
    QList<int> result;
    for (int i = parentIndex + 1; i < m_items.size(); ++i) {
        if (m_items.at(i).parentId == parentId) {
            result.append(i);
        }
    }
    return result;
}

QList<int> Agenda::leafIndexes() const
{
    QList<int> result;
    for (int i = 0; i < m_items.size(); ++i) {
        if (isLeaf(i)) {
            result.append(i);
        }
    }
    return result;
}

QList<int> Agenda::leafIndexesUnder(int index) const
{
    // Pre-order: the descendants of index are the following items deeper than it.
    QList<int> result;
    if (isLeaf(index)) {
        result.append(index);
        return result;
    }
    const int depth = m_items.at(index).depth;
    for (int i = index + 1; i < m_items.size() && m_items.at(i).depth > depth; ++i) {
        if (isLeaf(i)) {
            result.append(i);
        }
    }
    return result;
}

qint64 Agenda::plannedMs(int index) const
{
    qint64 total = 0;
    for (int leaf : leafIndexesUnder(index)) {
        total += m_items.at(leaf).plannedMs;
    }
    return total;
}

qint64 Agenda::plannedTotalMs() const
{
    qint64 total = 0;
    for (int leaf : leafIndexes()) {
        total += m_items.at(leaf).plannedMs;
    }
    return total;
}

} // namespace core
