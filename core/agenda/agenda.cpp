// SPDX-License-Identifier: MIT
#include "core/agenda/agenda.h"

#include "core/base/jsonnumber.h"

#include <QJsonObject>
#include <QSet>

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
};

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
            item.warningMs = jsonMs(object.value(u"warning_ms"), 60'000);
            item.speaker = object.value(u"speaker").toString().trimmed();
            item.note = object.value(u"note").toString().trimmed();
            const QJsonArray children = object.value(u"children").toArray();
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
        if (item.warningMs != AgendaItem().warningMs) {
            object.insert(u"warning_ms"_s, double(item.warningMs));
        }
    }
    if (!item.speaker.isEmpty()) {
        object.insert(u"speaker"_s, item.speaker);
    }
    if (!item.note.isEmpty()) {
        object.insert(u"note"_s, item.note);
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
