// SPDX-License-Identifier: MIT
#include "core/rapporteur/notestate.h"

#include "core/base/eventcatalogue.h"
#include "core/base/jsonnumber.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace core {
namespace {

struct TagKey
{
    NoteTag tag;
    const char16_t *key;
};

constexpr TagKey tagKeys[] = {
    {NoteTag::Takeaway, u"takeaway"},
    {NoteTag::CallToAction, u"action"},
    {NoteTag::Question, u"question"},
    {NoteTag::Agreement, u"agree"},
    {NoteTag::Disagreement, u"disagree"},
    {NoteTag::Quote, u"quote"},
};

} // namespace

QString noteTagKey(NoteTag tag)
{
    for (const auto &entry : tagKeys) {
        if (entry.tag == tag) {
            return QString::fromUtf16(entry.key);
        }
    }
    return {};
}

bool noteTagFromKey(const QString &key, NoteTag *tag)
{
    for (const auto &entry : tagKeys) {
        if (key == QStringView(entry.key)) {
            *tag = entry.tag;
            return true;
        }
    }
    return false;
}

QList<NoteTag> allNoteTags()
{
    QList<NoteTag> tags;
    for (const auto &entry : tagKeys) {
        tags.append(entry.tag);
    }
    return tags;
}

bool NoteState::handles(EventType type)
{
    return type >= EventType::NoteAdded && type <= EventType::NoteRestored;
}

qsizetype NoteState::indexOf(int id) const
{
    return m_indexById.value(id, -1);
}

const Note *NoteState::note(int id) const
{
    const qsizetype index = indexOf(id);
    return index < 0 ? nullptr : &m_notes.at(index);
}

int NoteState::nextId() const
{
    return m_maxId + 1;
}

Result<QList<NoteTag>> NoteState::tagsFromData(const QJsonObject &data)
{
    QList<NoteTag> tags;
    for (const auto &value : data.value(u"tags").toArray()) {
        NoteTag tag{};
        if (!noteTagFromKey(value.toString(), &tag)) {
            return Error{ErrorCode::InvalidArgument, tr("unknown note tag \"%1\"").arg(value.toString())};
        }
        if (!tags.contains(tag)) {
            tags.append(tag);
        }
    }
    return tags;
}

Result<void> NoteState::apply(const Event &event, int policyQuestionCount)
{
    const QJsonObject &data = event.data;
    const EventType type = event.type;
    if (type == EventType::NoteAdded || type == EventType::NoteEdited) {
        const QString text = data.value(u"text").toString().trimmed();
        if (text.isEmpty() || text.size() > MaxNoteLength) {
            return Error{ErrorCode::InvalidArgument, tr("a note has 1 to %1 characters").arg(MaxNoteLength)};
        }
        auto tags = tagsFromData(data);
        if (!tags) {
            return tags.error();
        }
        const int question = data.value(u"policy_question").toInt(-1);
        if (question < -1 || question >= policyQuestionCount) {
            return Error{ErrorCode::InvalidArgument, tr("there is no such policy question")};
        }
        const int id = data.value(u"id").toInt(-1);
        if (type == EventType::NoteAdded) {
            if (id <= 0 || note(id)) {
                return Error{ErrorCode::InvalidArgument, tr("note %1 exists already").arg(id)};
            }
            Note added;
            added.id = id;
            added.text = text;
            added.tags = tags.value();
            added.typedAtMs = jsonMs(data.value(u"typed_at_ms"), event.sessionMs);
            added.wallMs = jsonMs(data.value(u"typed_at_wall_ms"), event.wallMs);
            added.itemId = data.value(u"item").toInt(0);
            added.holderId = data.value(u"holder").toInt(0);
            added.fromChair = data.value(u"chair").toBool(false);
            added.policyQuestion = question;
            if (added.typedAtMs > event.sessionMs) {
                return Error{ErrorCode::InvalidArgument, tr("a note cannot be typed after it is saved")};
            }
            m_indexById.insert(id, m_notes.size());
            m_maxId = std::max(m_maxId, id);
            m_notes.append(added);
            return {};
        }
        if (const qsizetype index = indexOf(id); index >= 0 && !m_notes.at(index).deleted) {
            Note &existing = m_notes[index];
            existing.text = text;
            existing.tags = tags.value();
            existing.policyQuestion = question;
            return {};
        }
        return Error{ErrorCode::InvalidArgument, tr("there is no such note")};
    }
    if (type == EventType::NoteDeleted || type == EventType::NoteRestored) {
        const int id = data.value(u"id").toInt(-1);
        const bool deleting = type == EventType::NoteDeleted;
        if (const qsizetype index = indexOf(id); index >= 0 && m_notes.at(index).deleted != deleting) {
            m_notes[index].deleted = deleting;
            return {};
        }
        return Error{ErrorCode::InvalidArgument, tr("there is no such note")};
    }
    return Error{ErrorCode::Corrupt, tr("unknown event \"%1\"").arg(EventCatalogue::name(type))};
}

} // namespace core
