// SPDX-License-Identifier: MIT
#include "core/models/notesmodel.h"

#include "core/session/session.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace core {

NotesModel::NotesModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void NotesModel::setSession(Session *session)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
    }
    m_session = session;
    if (m_session) {
        // A note shows its agenda item's title and the name of who held the floor.
        connect(m_session, &Session::changed, this, [this](Areas areas) {
            if (areas & (Area::Notes | Area::People | Area::Agenda)) {
                rebuild();
            }
        });
        connect(m_session, &QObject::destroyed, this, [this] {
            beginResetModel();
            m_ids.clear();
            endResetModel();
        });
    }
    rebuild();
}

void NotesModel::setHolderFilter(int participantId)
{
    m_holder = participantId;
    rebuild();
}

void NotesModel::setItemFilter(int itemId)
{
    m_item = itemId;
    rebuild();
}

void NotesModel::setTagFilter(int tag)
{
    m_tag = tag;
    rebuild();
}

void NotesModel::setSearchResult(const QList<int> &ids, bool active)
{
    m_searchIds = ids;
    m_searchActive = active;
    rebuild();
}

void NotesModel::rebuild()
{
    QList<int> ids;
    if (m_session) {
        const NoteState &notes = m_session->state().notes();
        auto accepted = [this](const Note &note) {
            return !note.deleted && (m_holder == 0 || note.holderId == m_holder)
                   && (m_item == 0 || note.itemId == m_item) && (m_tag < 0 || note.hasTag(NoteTag(m_tag)));
        };
        if (m_searchActive) {
            for (int id : std::as_const(m_searchIds)) {
                if (const Note *note = notes.note(id); note && accepted(*note)) {
                    ids.append(id);
                }
            }
        } else {
            for (const Note &note : notes.notes()) {
                if (accepted(note)) {
                    ids.append(note.id);
                }
            }
        }
    }
    // Keep the views' selection: data changes and appended notes are not resets.
    if (std::equal(ids.begin(), ids.end(), m_ids.begin(), m_ids.end())) {
        if (!ids.isEmpty()) {
            emit dataChanged(index(0), index(int(ids.size()) - 1));
        }
        return;
    }
    if (ids.size() > m_ids.size() && std::equal(m_ids.begin(), m_ids.end(), ids.begin(), ids.begin() + m_ids.size())) {
        beginInsertRows({}, int(m_ids.size()), int(ids.size()) - 1);
        m_ids = ids;
        endInsertRows();
        return;
    }
    beginResetModel();
    m_ids = ids;
    endResetModel();
}

int NotesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

QVariant NotesModel::data(const QModelIndex &index, int role) const
{
    if (!m_session || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const SessionState &state = m_session->state();
    const Note *note = state.notes().note(m_ids.at(index.row()));
    if (!note) {
        return {};
    }
    const int itemIndex = state.agenda().indexOf(note->itemId);
    const QString itemTitle = itemIndex >= 0 ? state.agenda().item(itemIndex).title : QString();
    const Participant *holder = state.floor().participant(note->holderId);
    switch (role) {
    case Qt::DisplayRole: {
        const QString time =
            QLocale().toString(QDateTime::fromMSecsSinceEpoch(note->wallMs).time(), QLocale::ShortFormat);
        QStringList context{time, itemTitle};
        if (const BreakOutGroup *group = note->group != 0 ? state.agenda().group(note->group) : nullptr) {
            context.append(group->name); // a break-out group's note
        }
        if (holder) {
            context.append(note->fromChair ? tr("%1 (empty chair)").arg(holder->name) : holder->name);
        }
        QStringList tags;
        for (NoteTag tag : note->tags) {
            tags.append(u'#' + noteTagKey(tag));
        }
        const QString line = tr("%1: %2").arg(context.join(u" · "_s), note->text);
        return tags.isEmpty() ? line : line + u"  "_s + tags.join(u' ');
    }
    case IdRole:
        return note->id;
    case TextRole:
        return note->text;
    case TagsRole: {
        QStringList tags;
        for (NoteTag tag : note->tags) {
            tags.append(noteTagKey(tag));
        }
        return tags;
    }
    case TypedAtWallRole:
        return note->wallMs;
    case ItemIdRole:
        return note->itemId;
    case ItemTitleRole:
        return itemTitle;
    case HolderIdRole:
        return note->holderId;
    case HolderNameRole:
        return holder ? holder->name : QString();
    case FromChairRole:
        return note->fromChair;
    default:
        return {};
    }
}

} // namespace core
