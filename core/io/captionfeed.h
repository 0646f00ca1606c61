// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/result.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>

class QFileSystemWatcher;
class QTimer;

namespace core {

/// One caption line read from a caption file.
struct FedCaption
{
    QString text;        ///< plain text on one line, never empty, at most CaptionFeed::MaxLineChars
    QString speaker;     ///< the speaker it names or continues; empty when not known
    qint64 startMs = -1; ///< the cue's start from the file's 00:00 (SRT, WebVTT); -1 when the file does not say
};

/**
 * A caption source that follows a text file as a captioning service writes it, and emits each caption
 * line once it is complete. It reads:
 * - plain text, one caption a line, and the live-captioning style within it (`>> NAME: text` starts a
 *   new speaker's line, `>>` alone changes the speaker, other lines continue the speaker before);
 * - WebVTT (the file starts with `WEBVTT`) and SubRip (numbered cues with `-->` timings): each line of
 *   a cue's text is a caption line with the cue's start; speakers from `<v Name>`, `>> NAME:` or a
 *   leading `Name:` (as Transcript reads them); NOTE, STYLE and REGION blocks are left out.
 *
 * The file is read from where the last read stopped, in chunks of at most ChunkBytes and at most
 * PollBudgetBytes at a time (then the rest a moment later), so a file of any size is never held in
 * memory; a line is read only once its line end has arrived, and a line longer than MaxLineBytes keeps
 * only its start. A file that shrinks, or whose first bytes change (it was rewritten or replaced), is
 * read again from its start: restarted() is emitted and the parsing state is reset. Changes are noticed
 * through QFileSystemWatcher and, where that misses them (network file systems, editors replacing
 * the file), a poll every PollIntervalMs.
 *
 * Every caption is treated as plain text: control characters are taken out, blanks collapsed and its
 * length bounded; invalid UTF-8 becomes U+FFFD. Nothing read can fail the feed; only a file that cannot
 * be opened is an error (from follow(), or failed() while following).
 */
class CaptionFeed final : public QObject
{
    Q_OBJECT

public:
    enum class Format
    {
        Auto, ///< told from the first lines: WEBVTT, an SRT cue, else plain text
        Text, ///< one caption a line, with the `>>` captioning style
        Srt,
        WebVtt,
    };

    /// Where following starts in a file that already holds text.
    enum class Start
    {
        Beginning, ///< every line the file holds, then what is added
        End,       ///< only what is added from now on
    };

    static constexpr qint64 ChunkBytes = 64 * 1024;
    static constexpr qint64 PollBudgetBytes = 4 * 1024 * 1024;
    static constexpr qint64 MaxLineBytes = 16 * 1024;
    static constexpr int MaxLineChars = 1000;
    static constexpr int MaxSpeakerChars = 200;
    static constexpr int PollIntervalMs = 500;
    static constexpr qint64 HeadBytes = 256;

    explicit CaptionFeed(QObject *parent = nullptr);
    ~CaptionFeed() override;

    /// Starts following a file (stopping any other). Errors: FileNotFound, Io (it cannot be opened).
    [[nodiscard]] Result<void>
    follow(const QString &path, Start start = Start::Beginning, Format format = Format::Auto);
    void stop();

    [[nodiscard]] bool isFollowing() const { return !m_path.isEmpty(); }

    [[nodiscard]] const QString &path() const { return m_path; }

    /// The format being read: the one asked for, or the one told from the file (Auto until it can be told).
    [[nodiscard]] Format format() const { return m_format; }

    /// How many bytes of the file have been read.
    [[nodiscard]] qint64 offset() const { return m_offset; }

    /// Reads what was added since the last read, at most PollBudgetBytes; true when more is waiting
    /// (another read is then scheduled). The watcher and the timer call it; tests may call it directly.
    bool poll();

    /// Reads the given bytes as if they had been appended to the file (for sources that are not files).
    void feed(const QByteArray &bytes);

signals:
    void caption(const core::FedCaption &caption);
    /// The file was truncated or rewritten: it is read again from its start.
    void restarted();
    /// The file could no longer be read (it was removed, or its permissions changed); following goes on.
    void failed(const QString &message);

private:
    enum class Block
    {
        Header,  ///< WebVTT's header, up to the first blank line
        Between, ///< between cues
        CueHead, ///< a cue's number or identifier was read, its timing is awaited
        CueText, ///< the lines of a cue's text
        Skipped, ///< a WebVTT NOTE, STYLE or REGION block
    };

    void reset();
    void takeBytes(const QByteArray &bytes);
    void takeLine(QByteArray line);
    void readLine(const QString &line);
    void readCueLine(const QString &line);
    void emitCaption(const QString &text, qint64 startMs);
    [[nodiscard]] bool checkRewritten(qint64 size);

    QString m_path;
    Format m_asked = Format::Auto;
    Format m_format = Format::Auto;
    qint64 m_offset = 0;
    QByteArray m_head;    ///< the file's first bytes as read, to notice a rewrite
    QByteArray m_tail;    ///< the bytes just before offset, to notice a rewrite with the same head
    QByteArray m_partial; ///< the start of a line whose end has not arrived
    bool m_overlong = false;
    bool m_firstLine = true;
    QStringList m_undecided; ///< lines read while the format cannot be told yet
    Block m_block = Block::Between;
    bool m_firstOfCue = false;
    qint64 m_cueStartMs = -1;
    QString m_speaker;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_timer = nullptr;
    bool m_scheduled = false;
    bool m_failing = false;
    bool m_silent = false; ///< reading what was there before following began: no captions
};

} // namespace core
