// SPDX-License-Identifier: MIT
#include "core/base/plaintext.h"

#include <QList>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace core {
namespace {

constexpr char16_t Replacement = 0xFFFD;
constexpr char16_t PopDirectionalFormatting = 0x202C;

enum class Opener
{
    Embedding, // LRE, RLE, LRO, RLO: closed by PDF
    Isolate,   // LRI, RLI, FSI: closed by PDI
};

bool isEmbeddingOpener(char16_t c)
{
    return c == 0x202A || c == 0x202B || c == 0x202D || c == 0x202E;
}

bool isIsolateOpener(char16_t c)
{
    return c == 0x2066 || c == 0x2067 || c == 0x2068;
}

bool isLineBreak(char16_t c)
{
    return c == u'\n' || c == 0x0B || c == 0x0C || c == 0x85 || c == 0x2028 || c == 0x2029;
}

void closeAll(QList<Opener> &open, QString &out)
{
    while (!open.isEmpty()) {
        out.append(QChar(open.takeLast() == Opener::Embedding ? PopDirectionalFormatting : PopDirectionalIsolate));
    }
}

} // namespace

bool isBidiControl(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069);
}

QString plainText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (u == u'\r') {
            if (i + 1 < text.size() && text.at(i + 1) == u'\n') {
                ++i;
            }
            out.append(u'\n');
        } else if (isLineBreak(u)) {
            out.append(u'\n');
        } else if (u == u'\t') {
            out.append(c);
        } else if (u < 0x20 || (u >= 0x7F && u <= 0x9F)) {
            out.append(QChar(Replacement));
        } else if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out.append(c);
            out.append(text.at(++i));
        } else if (c.isSurrogate()) {
            out.append(QChar(Replacement));
        } else {
            out.append(c);
        }
    }
    return out;
}

QString oneLine(const QString &text)
{
    QString line = plainText(text);
    line.replace(u'\n', u' ').replace(u'\t', u' ');
    return line;
}

QString balancedBidi(const QString &text)
{
    QString out;
    out.reserve(text.size());
    QList<Opener> open;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (isEmbeddingOpener(u)) {
            open.append(Opener::Embedding);
        } else if (isIsolateOpener(u)) {
            open.append(Opener::Isolate);
        } else if (u == PopDirectionalFormatting) {
            // Within an isolate a PDF can only close an embedding opened inside it.
            if (open.isEmpty() || open.constLast() != Opener::Embedding) {
                continue;
            }
            open.removeLast();
        } else if (u == PopDirectionalIsolate) {
            if (!open.contains(Opener::Isolate)) {
                continue;
            }
            // A PDI also ends the embeddings opened since its isolate; say so for every renderer.
            while (open.constLast() == Opener::Embedding) {
                open.removeLast();
                out.append(QChar(PopDirectionalFormatting));
            }
            open.removeLast();
        } else if (isLineBreak(u) || u == u'\r') {
            closeAll(open, out);
        }
        out.append(c);
    }
    closeAll(open, out);
    return out;
}

QString isolated(const QString &text)
{
    QStringList lines = plainText(text).split(u'\n');
    for (QString &line : lines) {
        if (!line.isEmpty()) {
            line = QChar(FirstStrongIsolate) + balancedBidi(line) + QChar(PopDirectionalIsolate);
        }
    }
    return lines.join(u'\n');
}

QString isolatedLine(const QString &text)
{
    return isolated(oneLine(text));
}

bool mayReorder(QStringView text)
{
    for (const QChar c : text) {
        switch (c.direction()) {
        case QChar::DirR:
        case QChar::DirAL:
        case QChar::DirAN:
        case QChar::DirLRE:
        case QChar::DirLRO:
        case QChar::DirRLE:
        case QChar::DirRLO:
        case QChar::DirPDF:
        case QChar::DirLRI:
        case QChar::DirRLI:
        case QChar::DirFSI:
        case QChar::DirPDI:
            return true;
        default:
            break;
        }
    }
    return false;
}

QString truncated(const QString &text, qsizetype maxChars)
{
    if (text.size() <= maxChars || maxChars < 1) {
        return text.size() <= maxChars ? text : QString();
    }
    qsizetype cut = maxChars - 1;
    if (cut > 0 && text.at(cut - 1).isHighSurrogate()) {
        --cut;
    }
    return text.left(cut) + QChar(0x2026);
}

} // namespace core
