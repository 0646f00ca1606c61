// SPDX-License-Identifier: MIT
#include "core/store/memorystore.h"

#include "core/base/eventcatalogue.h"
#include "core/store/filelock.h"
#include "core/store/sessionstore.h"
#include "core/store/workfolder.h"

#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace core {
namespace {

/// A word as the search compares it: case folded, accents removed (as the file's index does).
QString folded(const QString &word)
{
    const QString decomposed = word.toCaseFolded().normalized(QString::NormalizationForm_KD);
    QString plain;
    plain.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing && c.category() != QChar::Mark_SpacingCombining
            && c.category() != QChar::Mark_Enclosing) {
            plain.append(c);
        }
    }
    return plain;
}

QStringList foldedWords(const QString &text)
{
    QStringList words = EventStore::searchWords(text);
    for (QString &word : words) {
        word = folded(word);
    }
    return words;
}

} // namespace

MemoryStore::MemoryStore(bool writable)
    : m_writable(writable)
{}

MemoryStore::~MemoryStore() = default;

Result<std::unique_ptr<MemoryStore>> MemoryStore::withEvents(const QList<Event> &events, bool writable)
{
    auto store = std::make_unique<MemoryStore>(true);
    for (const Event &event : events) {
        if (event.seq != store->m_events.size() + 1) {
            return Error{ErrorCode::Corrupt,
                         tr("event %1 does not follow event %2").arg(event.seq).arg(store->m_events.size())};
        }
        store->store(event);
    }
    store->m_writable = writable;
    return store;
}

Result<void> MemoryStore::checkWritable() const
{
    if (!m_writable) {
        return Error{ErrorCode::InvalidState, tr("the session is open read-only")};
    }
    return {};
}

void MemoryStore::store(const Event &event)
{
    Event stored = event;
    stored.seq = m_events.size() + 1;
    const int since = EventCatalogue::vocabularyOf(event.type, event.data);
    if (since > 1) {
        m_vocabulary = std::max(m_vocabulary, since);
    }
    m_events.append(stored);
}

Result<qint64> MemoryStore::append(const Event &event)
{
    if (auto ok = checkWritable(); !ok) {
        return ok.error();
    }
    store(event);
    return m_events.size();
}

Result<qint64> MemoryStore::appendKeeping(const Event &event, const QList<std::pair<QString, QString>> &values)
{
    if (auto ok = checkWritable(); !ok) {
        return ok.error();
    }
    store(event);
    for (const auto &[key, value] : values) {
        m_values.insert(key, value);
    }
    return m_events.size();
}

Result<void> MemoryStore::appendAll(const QList<Event> &events)
{
    if (auto ok = checkWritable(); !ok) {
        return ok;
    }
    for (const Event &event : events) {
        store(event);
    }
    return {};
}

Result<qint64> MemoryStore::appendWithMedia(const Event &event, int mediaId, const QByteArray &bytes)
{
    if (auto ok = checkWritable(); !ok) {
        return ok.error();
    }
    if (m_media.contains(mediaId)) {
        return Error{ErrorCode::Database, tr("media %1 is stored already").arg(mediaId)};
    }
    store(event);
    m_media.insert(mediaId, bytes);
    m_mediaOfEvent.insert(m_events.size(), mediaId);
    return m_events.size();
}

Result<void> MemoryStore::setValue(const QString &key, const QString &value)
{
    if (auto ok = checkWritable(); !ok) {
        return ok;
    }
    m_values.insert(key, value);
    return {};
}

Result<QByteArray> MemoryStore::readMedia(int mediaId) const
{
    const auto found = m_media.constFind(mediaId);
    if (found == m_media.cend()) {
        return Error{ErrorCode::FileNotFound, u"media %1"_s.arg(mediaId)};
    }
    return *found;
}

Result<qint64> MemoryStore::mediaBytes() const
{
    qint64 total = 0;
    for (const QByteArray &bytes : m_media) {
        total += bytes.size();
    }
    return total;
}

Result<void> MemoryStore::indexNote(int noteId, const QString &text)
{
    m_noteTexts.insert(noteId, text);
    m_noteWords.insert(noteId, foldedWords(text));
    return {};
}

Result<void> MemoryStore::unindexNote(int noteId)
{
    m_noteTexts.remove(noteId);
    m_noteWords.remove(noteId);
    return {};
}

Result<void> MemoryStore::clearNoteIndex()
{
    m_noteTexts.clear();
    m_noteWords.clear();
    return {};
}

Result<void> MemoryStore::rebuildNoteIndex(const QList<std::pair<int, QString>> &notes)
{
    m_noteTexts.clear();
    m_noteWords.clear();
    for (const auto &[id, text] : notes) {
        m_noteTexts.insert(id, text);
        m_noteWords.insert(id, foldedWords(text));
    }
    return {};
}

Result<QList<int>> MemoryStore::searchNotes(const QString &query) const
{
    const QStringList terms = foldedWords(query);
    if (terms.isEmpty()) {
        return QList<int>();
    }
    // Best first: the share of the note's words that match a term, then the older note.
    QList<std::pair<double, int>> found;
    for (auto it = m_noteWords.cbegin(); it != m_noteWords.cend(); ++it) {
        const QStringList &words = it.value();
        int hits = 0;
        bool all = true;
        for (const QString &term : terms) {
            const auto matches =
                std::count_if(words.cbegin(), words.cend(), [&](const QString &word) { return word.startsWith(term); });
            all = all && matches > 0;
            hits += int(matches);
        }
        if (all) {
            found.append({double(hits) / double(words.size()), it.key()});
        }
    }
    std::stable_sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QList<int> ids;
    ids.reserve(found.size());
    for (const auto &entry : std::as_const(found)) {
        ids.append(entry.second);
    }
    return ids;
}

Result<void> MemoryStore::saveCopyAs(const QString &target) const
{
    const QFileInfo targetInfo(target);
    if (target.isEmpty() || targetInfo.isDir()) {
        return Error{ErrorCode::InvalidArgument, tr("\"%1\" is not a file name").arg(target)};
    }
    if (targetInfo.exists() && FileLock::holderPid(target) == QCoreApplication::applicationPid()) {
        return Error{ErrorCode::InvalidArgument, tr("%1 is open here: save the copy under another name").arg(target)};
    }
    // The copy is built beside the target and replaces it only when complete.
    auto work = WorkFolder::create(targetInfo.absolutePath(), u"save"_s);
    if (!work) {
        return work.error();
    }
    const QString temporary = work.value()->filePath(u"copy.moderato"_s);
    {
        auto file = SessionStore::create(temporary);
        if (!file) {
            return file.error();
        }
        QList<Event> run; // events without media, written in one transaction
        auto flush = [&]() -> Result<void> {
            auto ok = file.value()->appendAll(run);
            run.clear();
            return ok;
        };
        for (const Event &event : m_events) {
            const auto media = m_mediaOfEvent.constFind(event.seq);
            if (media == m_mediaOfEvent.cend()) {
                run.append(event);
                continue;
            }
            if (auto ok = flush(); !ok) {
                return ok;
            }
            if (auto seq = file.value()->appendWithMedia(event, *media, m_media.value(*media)); !seq) {
                return seq.error();
            }
        }
        if (auto ok = flush(); !ok) {
            return ok;
        }
        // The index goes too, so that the copy can be searched when it is opened read-only.
        QList<std::pair<int, QString>> notes;
        for (auto it = m_noteTexts.cbegin(); it != m_noteTexts.cend(); ++it) {
            notes.append({it.key(), it.value()});
        }
        if (auto ok = file.value()->rebuildNoteIndex(notes); !ok) {
            return ok;
        }
    }
    return SessionFiles::replace(temporary, target);
}

} // namespace core
