// SPDX-License-Identifier: MIT
#include "core/rapporteur/notestate.h"

#include "core/base/eventcatalogue.h"

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

Result<Note>
NoteState::content(const QString &text, const QStringList &tagNames, int policyQuestion, int policyQuestionCount)
{
    Note note;
    note.text = text.trimmed();
    if (note.text.isEmpty() || note.text.size() > MaxNoteLength) {
        return Error{ErrorCode::InvalidArgument, tr("a note has 1 to %1 characters").arg(MaxNoteLength)};
    }
    for (const QString &key : tagNames) {
        NoteTag tag{};
        if (!noteTagFromKey(key, &tag)) {
            return Error{ErrorCode::InvalidArgument, tr("unknown note tag \"%1\"").arg(key)};
        }
        if (!note.tags.contains(tag)) {
            note.tags.append(tag);
        }
    }
    if (policyQuestion < -1 || policyQuestion >= policyQuestionCount) {
        return Error{ErrorCode::InvalidArgument, tr("there is no such policy question")};
    }
    note.policyQuestion = policyQuestion;
    return note;
}

Result<void> NoteState::apply(const Event &event, int policyQuestionCount)
{
    switch (event.type) {
    case EventType::NoteAdded:
        return events::dispatch(
            this, &NoteState::applyNoteAdded, event, event.sessionMs, event.wallMs, policyQuestionCount);
    case EventType::NoteEdited:
        return events::dispatch(this, &NoteState::applyNoteEdited, event, policyQuestionCount);
    case EventType::NoteDeleted:
        return events::dispatch(this, &NoteState::applyNoteDeleted, event);
    case EventType::NoteRestored:
        return events::dispatch(this, &NoteState::applyNoteRestored, event);
    default:
        return Error{ErrorCode::Corrupt, tr("unknown event \"%1\"").arg(EventCatalogue::name(event.type))};
    }
}

Result<void>
NoteState::applyNoteAdded(const events::NoteAdded &added, qint64 sessionMs, qint64 wallMs, int policyQuestionCount)
{
    auto note = content(added.text, added.tags, added.policyQuestion, policyQuestionCount);
    if (!note) {
        return note.error();
    }
    const int id = added.id;
    if (id <= 0 || this->note(id)) {
        return Error{ErrorCode::InvalidArgument, tr("note %1 exists already").arg(id)};
    }
    Note &made = note.value();
    made.id = id;
    made.typedAtMs = added.typedAtMs.value_or(sessionMs);
    made.wallMs = added.typedAtWallMs.value_or(wallMs);
    made.itemId = added.item;
    made.holderId = added.holder;
    made.fromChair = added.chair;
    made.group = std::max(0, added.group.value_or(0));
    if (made.typedAtMs > sessionMs) {
        return Error{ErrorCode::InvalidArgument, tr("a note cannot be typed after it is saved")};
    }
    m_indexById.insert(id, m_notes.size());
    m_maxId = std::max(m_maxId, id);
    m_notes.append(made);
    return {};
}

Result<void> NoteState::applyNoteEdited(const events::NoteEdited &edited, int policyQuestionCount)
{
    auto note = content(edited.text, edited.tags, edited.policyQuestion, policyQuestionCount);
    if (!note) {
        return note.error();
    }
    if (const qsizetype index = indexOf(edited.id); index >= 0 && !m_notes.at(index).deleted) {
        Note &existing = m_notes[index];
        existing.text = note.value().text;
        existing.tags = note.value().tags;
        existing.policyQuestion = note.value().policyQuestion;
        if (edited.group) {
            existing.group = std::max(0, *edited.group);
        }
        return {};
    }
    return Error{ErrorCode::InvalidArgument, tr("there is no such note")};
}

Result<void> NoteState::applyNoteDeleted(const events::NoteDeleted &deleted)
{
    return setDeleted(deleted.id, true);
}

Result<void> NoteState::applyNoteRestored(const events::NoteRestored &restored)
{
    return setDeleted(restored.id, false);
}

Result<void> NoteState::setDeleted(int id, bool deleted)
{
    if (const qsizetype index = indexOf(id); index >= 0 && m_notes.at(index).deleted != deleted) {
        m_notes[index].deleted = deleted;
        return {};
    }
    return Error{ErrorCode::InvalidArgument, tr("there is no such note")};
}

} // namespace core
