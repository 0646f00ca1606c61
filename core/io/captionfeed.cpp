// SPDX-License-Identifier: MIT
#include "core/io/captionfeed.h"

#include "core/base/plaintext.h"
#include "core/rapporteur/transcript.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QRegularExpression>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace core {
namespace {

/// Bytes kept from before the read position, to notice a file rewritten with the same beginning.
constexpr qint64 TailBytes = 64;

/// The text as one line of plain text: control characters and lone surrogates taken out, tabs and
/// line or paragraph separators made blanks, blanks collapsed, at most maxChars characters.
QString cleanLine(const QString &text, int maxChars)
{
    QString clean;
    clean.reserve(std::min<qsizetype>(text.size(), qsizetype(maxChars) * 2));
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            clean.append(c);
            clean.append(text.at(++i));
        } else if (c.isSurrogate()) {
            continue;
        } else if (c == u'\t' || c == QChar(0x2028) || c == QChar(0x2029)) {
            clean.append(u' ');
        } else if (c.category() != QChar::Other_Control) {
            clean.append(c);
        }
        if (clean.size() > qsizetype(maxChars) * 2) {
            break; // enough to fill the line once blanks are collapsed
        }
    }
    return truncated(clean.simplified(), maxChars);
}

bool isWebVttBlockToSkip(const QString &head)
{
    return head == u"NOTE" || head.startsWith(u"NOTE ") || head.startsWith(u"NOTE\t") || head == u"STYLE"
           || head == u"REGION";
}

} // namespace

CaptionFeed::CaptionFeed(QObject *parent)
    : QObject(parent)
    , m_watcher(new QFileSystemWatcher(this))
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(PollIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &CaptionFeed::poll);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &CaptionFeed::poll);
}

CaptionFeed::~CaptionFeed() = default;

Result<void> CaptionFeed::follow(const QString &path, Start start, Format format)
{
    stop();
    QFile file(path);
    if (!file.exists()) {
        return Error{ErrorCode::FileNotFound, path};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{ErrorCode::Io, file.errorString()};
    }
    m_path = path;
    m_asked = format;
    reset();
    if (start == Start::End) {
        const qint64 size = file.size();
        // What the file holds already is not shown, but tells its format; a line whose end has not
        // arrived yet is read once it has.
        if (m_format == Format::Auto && size > 0) {
            const QString first = QString::fromUtf8(file.read(4096));
            if (first.contains(u'\n')) {
                const Transcript::Format detected = Transcript::detectFormat(first);
                m_format = detected == Transcript::Format::WebVtt ? Format::WebVtt
                           : detected == Transcript::Format::Srt  ? Format::Srt
                                                                  : Format::Text;
            }
        }
        const qint64 from = std::max<qint64>(0, size - MaxLineBytes);
        file.seek(from);
        const QByteArray last = file.read(size - from);
        const qsizetype lineEnd = last.lastIndexOf('\n');
        m_offset = lineEnd >= 0 ? from + lineEnd + 1 : from;
        // The lines before are read without a caption, so that the speaker and the cue being written are
        // known (the first of them may be cut, unless the file starts there).
        if (m_format != Format::Auto && lineEnd >= 0) {
            const qsizetype begin = from == 0 ? 0 : last.indexOf('\n') + 1;
            m_block = m_format == Format::WebVtt && from == 0 ? Block::Header : Block::Between;
            m_firstLine = from == 0;
            m_silent = true;
            takeBytes(last.mid(begin, lineEnd + 1 - begin));
            m_silent = false;
        }
        m_firstLine = m_offset == 0;
        file.seek(0);
        m_head = file.read(std::min(size, HeadBytes));
        file.seek(std::max<qint64>(0, m_offset - TailBytes));
        m_tail = file.read(std::min(m_offset, TailBytes));
    }
    m_watcher->addPath(path);
    m_timer->start();
    QTimer::singleShot(0, this, &CaptionFeed::poll);
    return {};
}

void CaptionFeed::stop()
{
    if (!m_watcher->files().isEmpty()) {
        m_watcher->removePaths(m_watcher->files());
    }
    m_timer->stop();
    m_path.clear();
    reset();
}

void CaptionFeed::reset()
{
    m_format = m_asked;
    m_offset = 0;
    m_head.clear();
    m_tail.clear();
    m_partial.clear();
    m_overlong = false;
    m_firstLine = true;
    m_undecided.clear();
    m_block = m_format == Format::WebVtt ? Block::Header : Block::Between;
    m_firstOfCue = false;
    m_cueStartMs = -1;
    m_speaker.clear();
    m_failing = false;
}

bool CaptionFeed::checkRewritten(qint64 size)
{
    if (size < m_offset) {
        return true; // truncated
    }
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        return false;
    }
    if (!m_head.isEmpty() && file.read(m_head.size()) != m_head) {
        return true; // rewritten, or replaced by another file
    }
    // The bytes just before the read position: a file rewritten with the same first bytes.
    if (!m_tail.isEmpty() && (!file.seek(m_offset - m_tail.size()) || file.read(m_tail.size()) != m_tail)) {
        return true;
    }
    return false;
}

bool CaptionFeed::poll()
{
    if (m_path.isEmpty()) {
        return false;
    }
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (!m_failing) {
            m_failing = true;
            //: %1 is a file name, %2 why it cannot be read
            emit failed(QCoreApplication::translate("core::CaptionFeed", "%1 cannot be read: %2")
                            .arg(QFileInfo(m_path).fileName(), file.errorString()));
        }
        return false;
    }
    m_failing = false;
    if (!m_watcher->files().contains(m_path)) {
        m_watcher->addPath(m_path); // the file was replaced: watch the new one
    }
    const qint64 size = file.size();
    if (checkRewritten(size)) {
        const QString path = m_path;
        reset();
        emit restarted();
        if (m_path != path) {
            return false; // a receiver stopped following
        }
    }
    if (m_head.size() < HeadBytes && size > m_head.size()) {
        file.seek(0);
        m_head = file.read(std::min(size, HeadBytes));
    }
    qint64 budget = PollBudgetBytes;
    const QString path = m_path;
    while (m_offset < size && budget > 0 && m_path == path) {
        if (!file.seek(m_offset)) {
            break;
        }
        const QByteArray chunk = file.read(std::min({ChunkBytes, size - m_offset, budget}));
        if (chunk.isEmpty()) {
            break;
        }
        m_offset += chunk.size();
        budget -= chunk.size();
        m_tail = chunk.size() >= TailBytes ? chunk.right(TailBytes) : QByteArray(m_tail + chunk).right(TailBytes);
        takeBytes(chunk);
    }
    const bool more = m_path == path && m_offset < size;
    if (more && !m_scheduled) {
        m_scheduled = true;
        QTimer::singleShot(0, this, [this] {
            m_scheduled = false;
            poll();
        });
    }
    return more;
}

void CaptionFeed::feed(const QByteArray &bytes)
{
    for (qsizetype at = 0; at < bytes.size(); at += ChunkBytes) {
        takeBytes(bytes.mid(at, ChunkBytes));
    }
}

void CaptionFeed::takeBytes(const QByteArray &bytes)
{
    qsizetype from = 0;
    while (from < bytes.size()) {
        const qsizetype end = bytes.indexOf('\n', from);
        const qsizetype stop = end < 0 ? bytes.size() : end;
        const qsizetype room = MaxLineBytes - m_partial.size();
        if (stop - from > room) {
            m_overlong = true;
        }
        m_partial.append(bytes.constData() + from, std::min(stop - from, std::max<qsizetype>(room, 0)));
        if (end < 0) {
            break;
        }
        QByteArray line;
        line.swap(m_partial);
        m_overlong = false;
        takeLine(std::move(line));
        from = end + 1;
    }
}

void CaptionFeed::takeLine(QByteArray line)
{
    if (line.endsWith('\r')) {
        line.chop(1);
    }
    if (m_firstLine) {
        m_firstLine = false;
        if (line.startsWith("\xEF\xBB\xBF")) {
            line.remove(0, 3);
        }
    }
    readLine(QString::fromUtf8(line));
}

void CaptionFeed::readLine(const QString &line)
{
    if (m_format == Format::Auto) {
        if (line.trimmed().isEmpty() && m_undecided.isEmpty()) {
            return;
        }
        m_undecided.append(line);
        static const QRegularExpression cueNumber(u"^\\d{1,9}$"_s);
        if (m_undecided.size() == 1 && cueNumber.match(line.trimmed()).hasMatch()) {
            return; // an SRT cue's number, or a caption that is a number: the next line tells
        }
        const Transcript::Format detected = Transcript::detectFormat(m_undecided.join(u'\n'));
        m_format = detected == Transcript::Format::WebVtt ? Format::WebVtt
                   : detected == Transcript::Format::Srt  ? Format::Srt
                                                          : Format::Text;
        m_block = m_format == Format::WebVtt ? Block::Header : Block::Between;
        const QStringList lines = std::exchange(m_undecided, {});
        for (const QString &undecided : lines) {
            readLine(undecided);
        }
        return;
    }
    if (m_format != Format::Text) {
        readCueLine(line);
        return;
    }
    if (line.trimmed().isEmpty()) {
        return;
    }
    const Transcript::CaptionText read = Transcript::captioningLine(line);
    if (read.newSpeaker) {
        m_speaker = cleanLine(read.speaker, MaxSpeakerChars);
    }
    emitCaption(read.text, -1);
}

void CaptionFeed::readCueLine(const QString &line)
{
    const QString trimmed = line.trimmed();
    if (trimmed.isEmpty()) {
        m_block = Block::Between;
        return;
    }
    switch (m_block) {
    case Block::Header:
    case Block::Skipped:
        return;
    case Block::Between:
    case Block::CueHead:
        if (trimmed.contains(u"-->"_s)) {
            m_cueStartMs = Transcript::cueTiming(trimmed).first; // -1 for a broken timing: text without a time
            m_block = Block::CueText;
            m_firstOfCue = true;
            return;
        }
        if (m_block == Block::Between) {
            m_block = m_format == Format::WebVtt && isWebVttBlockToSkip(trimmed) ? Block::Skipped : Block::CueHead;
            return;
        }
        // A cue without a timing: its lines are captions without a time.
        m_block = Block::CueText;
        m_cueStartMs = -1;
        m_firstOfCue = true;
        break;
    case Block::CueText:
        break;
    }
    const Transcript::CaptionText read = Transcript::cueLine(line, m_firstOfCue);
    m_firstOfCue = false;
    if (read.newSpeaker || !read.speaker.isEmpty()) {
        m_speaker = cleanLine(read.speaker, MaxSpeakerChars);
    }
    emitCaption(read.text, m_cueStartMs);
}

void CaptionFeed::emitCaption(const QString &text, qint64 startMs)
{
    if (m_silent) {
        return;
    }
    FedCaption fed;
    fed.text = cleanLine(text, MaxLineChars);
    if (fed.text.isEmpty()) {
        return;
    }
    fed.speaker = m_speaker;
    fed.startMs = startMs;
    emit caption(fed);
}

} // namespace core
