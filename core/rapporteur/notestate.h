// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/event.h"
#include "core/base/eventpayloads.h"
#include "core/base/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

namespace core {

/// What a note is about, as the rapporteur tags it.
enum class NoteTag
{
    Takeaway,
    CallToAction,
    Question,
    Agreement,
    Disagreement,
    Quote,
};

[[nodiscard]] QString noteTagKey(NoteTag tag); ///< "takeaway", "action", "question", "agree", "disagree", "quote"
[[nodiscard]] bool noteTagFromKey(const QString &key, NoteTag *tag);
[[nodiscard]] QList<NoteTag> allNoteTags();

/// A rapporteur's note, stamped with when typing began, the agenda item and who held the floor.
struct Note
{
    int id = 0;
    QString text; ///< plain user text
    QList<NoteTag> tags;
    qint64 typedAtMs = 0;    ///< session time when typing began
    qint64 wallMs = 0;       ///< wall time of that moment
    int itemId = 0;          ///< the agenda item then
    int holderId = 0;        ///< who held the floor then (the empty chair's occupant included), 0: nobody
    bool fromChair = false;  ///< the holder sat in the empty chair
    int policyQuestion = -1; ///< index into the session's policy questions, -1: none
    int group = 0;           ///< the break-out group it was written for (an agenda group id), 0: none
    bool deleted = false;

    [[nodiscard]] bool hasTag(NoteTag tag) const { return tags.contains(tag); }
};

/// The rapporteur's notes folded from "note.*" events. Deleting keeps the note (for undo and the record).
class NoteState final
{
    Q_DECLARE_TR_FUNCTIONS(core::NoteState)

public:
    static constexpr int MaxNoteLength = 4000;

    [[nodiscard]] static bool handles(EventType type);
    [[nodiscard]] Result<void> apply(const Event &event, int policyQuestionCount);

    [[nodiscard]] const QList<Note> &notes() const { return m_notes; } ///< deleted ones included, in order

    [[nodiscard]] const Note *note(int id) const;
    [[nodiscard]] int nextId() const;

private:
    /// A note's text, tags and policy question as an added or edited note has them, checked.
    [[nodiscard]] static Result<Note>
    content(const QString &text, const QStringList &tagNames, int policyQuestion, int policyQuestionCount);

    // One per note event; apply() dispatches to them.
    [[nodiscard]] Result<void>
    applyNoteAdded(const events::NoteAdded &added, qint64 sessionMs, qint64 wallMs, int policyQuestionCount);
    [[nodiscard]] Result<void> applyNoteEdited(const events::NoteEdited &edited, int policyQuestionCount);
    [[nodiscard]] Result<void> applyNoteDeleted(const events::NoteDeleted &deleted);
    [[nodiscard]] Result<void> applyNoteRestored(const events::NoteRestored &restored);
    [[nodiscard]] Result<void> setDeleted(int id, bool deleted);

    [[nodiscard]] qsizetype indexOf(int id) const;

    QList<Note> m_notes;
    /// Where each id sits in m_notes, and the largest id: a long session's fold stays linear.
    QHash<int, qsizetype> m_indexById;
    int m_maxId = 0;
};

} // namespace core
