// SPDX-License-Identifier: MIT
#include "core/transcript.h"

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

Result<QList<TranscriptTurn>> Transcript::parse(const QString &input)
{
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
