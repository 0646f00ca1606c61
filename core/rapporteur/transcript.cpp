// SPDX-License-Identifier: MIT
#include "core/rapporteur/transcript.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace core {
namespace {

constexpr int MaxLabelLength = 120;

/// "Speaker: text" → the label, if the prefix looks like a name rather than a sentence.
QString labelOf(const QString &line, qsizetype *textStart)
{
    qsizetype colon = line.indexOf(u": "_s);
    if (colon < 0 && line.endsWith(u':')) {
        colon = line.size() - 1; // a label alone on its line: the turn's text follows on the next lines
    }
    if (colon <= 0 || colon > MaxLabelLength) {
        return {};
    }
    const QString label = line.left(colon).trimmed();
    // A clock time ("At 10:30 we ...") or a sentence ending before the colon is not a label.
    if (label.isEmpty() || label.back().isDigit() || label.endsWith(u'.') || label.count(u' ') > 12) {
        return {};
    }
    *textStart = std::min(colon + 2, line.size());
    return label;
}

} // namespace

Result<QString> Transcript::readText(const QString &path, qint64 maxBytes)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.exists()) {
        return Error{ErrorCode::FileNotFound, path};
    }
    const QString limit = QLocale().formattedDataSize(maxBytes);
    if (file.size() > maxBytes) {
        //: %1 is a file name, %2 its size, %3 the largest size accepted (both like "8.4 MB")
        return Error{ErrorCode::InvalidArgument,
                     tr("%1 is too large (%2); at most %3 can be read")
                         .arg(name, QLocale().formattedDataSize(file.size()), limit)};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{ErrorCode::Io, file.errorString()};
    }
    // The size may not be known (a pipe) or may grow while reading: never read more than the limit.
    const QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes) {
        //: %1 is a file name, %2 the largest size accepted (like "8.4 MB")
        return Error{ErrorCode::InvalidArgument,
                     tr("%1 is larger than %2, the most that can be read").arg(name, limit)};
    }
    if (bytes.contains('\0')) {
        return Error{ErrorCode::Parse, tr("%1 is not a text file").arg(name)};
    }
    return QString::fromUtf8(bytes);
}

Result<QList<TranscriptTurn>> Transcript::readFile(const QString &path)
{
    auto text = readText(path, MaxFileBytes);
    if (!text) {
        return text.error();
    }
    return parse(text.value());
}

Result<QList<TranscriptTurn>> Transcript::parse(const QString &input)
{
    if (input.size() > MaxFileBytes) {
        //: %1 is the largest transcript accepted, like "8.4 MB"
        return Error{ErrorCode::InvalidArgument,
                     tr("the transcript is longer than %1, the most a transcript may have")
                         .arg(QLocale().formattedDataSize(MaxFileBytes))};
    }
    QString text = input;
    if (text.startsWith(QChar(0xFEFF))) {
        text.remove(0, 1);
    }
    const QStringList lines = text.split(u'\n');
    QList<TranscriptTurn> turns;
    bool captioning = false;
    for (const QString &raw : lines) {
        if (raw.trimmed().startsWith(u">>"_s)) {
            captioning = true;
            break;
        }
    }
    static const QRegularExpression capsLabel(u"^([A-Z][A-Z .,'\\-()]{1,80}):\\s*(.*)$"_s);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(u'\r')) {
            line.chop(1);
        }
        line = line.trimmed();
        if (line.isEmpty()) {
            continue;
        }
        const int lineNumber = int(i + 1);
        if (captioning) {
            if (line.startsWith(u">>"_s)) {
                TranscriptTurn turn;
                turn.line = lineNumber;
                const QString rest = line.mid(2).trimmed();
                const auto match = capsLabel.match(rest);
                if (match.hasMatch()) {
                    turn.speaker = match.captured(1).trimmed();
                    turn.text = match.captured(2).trimmed();
                } else {
                    turn.text = rest;
                }
                turns.append(turn);
            } else if (!turns.isEmpty()) {
                turns.last().text += (turns.last().text.isEmpty() ? QString() : u" "_s) + line;
            } else {
                turns.append({lineNumber, QString(), line});
            }
            continue;
        }
        qsizetype start = 0;
        const QString label = labelOf(line, &start);
        if (!label.isEmpty()) {
            turns.append({lineNumber, label, line.mid(start).trimmed()});
        } else if (!turns.isEmpty()) {
            turns.last().text += u' ' + line;
        } else {
            turns.append({lineNumber, QString(), line});
        }
    }
    turns.removeIf([](const TranscriptTurn &turn) { return turn.text.trimmed().isEmpty(); });
    if (turns.isEmpty()) {
        return Error{ErrorCode::Parse, tr("the transcript holds no turns")};
    }
    return turns;
}

} // namespace core
