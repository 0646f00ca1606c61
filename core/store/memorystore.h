// SPDX-License-Identifier: MIT
#pragma once

#include "core/store/eventstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

namespace core {

/**
 * A session log kept in memory: for tests, and for a copy of a session that needs no file of its own.
 * It keeps the EventStore contract like the session file does, including the notes' search (every
 * word a prefix of a word of the note, ignoring case and accents), and saveCopyAs() writes a real
 * session file. A store can be made read-only, as a file opened for reading is.
 */
class MemoryStore final : public EventStore
{
    Q_DECLARE_TR_FUNCTIONS(core::MemoryStore)

public:
    explicit MemoryStore(bool writable = true);
    ~MemoryStore() override;

    /// A store holding events already recorded elsewhere (their sequence must start at 1, without gaps).
    [[nodiscard]] static Result<std::unique_ptr<MemoryStore>> withEvents(const QList<Event> &events,
                                                                         bool writable = true);

    [[nodiscard]] QString path() const override { return {}; }

    [[nodiscard]] bool isWritable() const override { return m_writable; }

    [[nodiscard]] Result<qint64> append(const Event &event) override;
    [[nodiscard]] Result<qint64> appendKeeping(const Event &event,
                                               const QList<std::pair<QString, QString>> &values) override;
    [[nodiscard]] Result<void> appendAll(const QList<Event> &events) override;

    [[nodiscard]] Result<QList<Event>> readAll() const override { return m_events; }

    [[nodiscard]] Result<qint64> appendWithMedia(const Event &event, int mediaId, const QByteArray &bytes) override;
    [[nodiscard]] Result<QByteArray> readMedia(int mediaId) const override;
    [[nodiscard]] Result<qint64> mediaBytes() const override;

    [[nodiscard]] Result<void> indexNote(int noteId, const QString &text) override;
    [[nodiscard]] Result<void> unindexNote(int noteId) override;
    [[nodiscard]] Result<void> clearNoteIndex() override;
    [[nodiscard]] Result<void> rebuildNoteIndex(const QList<std::pair<int, QString>> &notes) override;
    [[nodiscard]] Result<QList<int>> searchNotes(const QString &query) const override;

    [[nodiscard]] Result<void> saveCopyAs(const QString &target) const override;

    [[nodiscard]] int eventVocabulary() const override { return m_vocabulary; }

    [[nodiscard]] Result<QString> value(const QString &key) const override { return m_values.value(key); }

    [[nodiscard]] Result<void> setValue(const QString &key, const QString &value) override;

private:
    [[nodiscard]] Result<void> checkWritable() const;
    void store(const Event &event);

    QList<Event> m_events;
    QMap<int, QByteArray> m_media;
    QHash<qint64, int> m_mediaOfEvent; ///< seq -> the media id stored with it
    QMap<QString, QString> m_values;
    QMap<int, QString> m_noteTexts;
    QMap<int, QStringList> m_noteWords; ///< note id -> its words, folded
    int m_vocabulary = 0;
    bool m_writable = true;
};

} // namespace core
