// SPDX-License-Identifier: MIT
#include "core/io/markup.h"

#include "core/base/plaintext.h"
#include "core/base/timeformat.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace core {

namespace {

/// Whether an entity or character reference ("amp;", "#60;", "#x3C;") starts at from.
bool startsEntity(const QString &text, qsizetype from)
{
    qsizetype at = from;
    if (at < text.size() && text.at(at) == u'#') {
        ++at;
    }
    const qsizetype nameStart = at;
    while (at < text.size() && at - nameStart < 32 && text.at(at).unicode() < 0x80 && text.at(at).isLetterOrNumber()) {
        ++at;
    }
    return at > nameStart && at < text.size() && text.at(at) == u';';
}

bool isSpace(QChar c)
{
    return c.isNull() || c == u' ' || c == u'\t' || c == u'\n';
}

/// Whether from `from` to the end of its line there is only `c` and spaces (a thematic break, a
/// setext underline, or the closing sequence of a heading).
bool restOfLineIs(const QString &text, qsizetype from, QChar c)
{
    for (qsizetype at = from; at < text.size() && text.at(at) != u'\n'; ++at) {
        if (text.at(at) != c && text.at(at) != u' ' && text.at(at) != u'\t') {
            return false;
        }
    }
    return true;
}

} // namespace

QString markdownText(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    bool lineStart = true;     // only spaces so far on this line
    qsizetype listMarker = -1; // the "." or ")" of an ordered list marker at the start of the line
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\n') {
            out.append(c);
            lineStart = true;
            continue;
        }
        const QChar prev = i > 0 ? text.at(i - 1) : QChar();
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
        bool escape = false;
        if (lineStart && c != u' ' && c != u'\t') {
            lineStart = false;
            // What a line may start with: a heading, a quote, a list item, a thematic break, a setext underline.
            if (c == u'#' || c == u'>') {
                escape = true;
            } else if ((c == u'-' || c == u'+' || c == u'*') && isSpace(next)) {
                escape = true;
            } else if (QStringView(u"-+*_=").contains(c) && restOfLineIs(text, i, c)) {
                escape = true;
            } else if (c.isDigit()) {
                qsizetype end = i;
                while (end < text.size() && text.at(end).isDigit() && end - i < 10) {
                    ++end;
                }
                if (end < text.size() && (text.at(end) == u'.' || text.at(end) == u')')
                    && isSpace(end + 1 < text.size() ? text.at(end + 1) : QChar())) {
                    listMarker = end;
                }
            }
        }
        if (!escape) {
            switch (c.unicode()) {
            case u'\\': // before punctuation it would escape it; at the end of a line it would break it
                escape = next.isNull() || next == u'\n' || (next.unicode() < 0x80 && next.isPunct())
                         || (next.unicode() < 0x80 && next.isSymbol());
                break;
            case u'`':
            case u'|': // a table cell's border
                escape = true;
                break;
            case u'*': // emphasis opens before and closes after something other than a space
                escape = !(isSpace(prev) && isSpace(next));
                break;
            case u'_': // inside a word (snake_case) it is only a character
                escape = !(prev.isLetterOrNumber() && next.isLetterOrNumber());
                break;
            case u'~':
                escape = prev == u'~' || next == u'~';
                break;
            case u'[':
                escape = text.indexOf(u']', i + 1) >= 0;
                break;
            case u']':
                escape = i > 0 && text.lastIndexOf(u'[', i - 1) >= 0;
                break;
            case u'<': // a tag, a comment, an instruction or an autolink
                escape = next.isLetter() || next == u'/' || next == u'!' || next == u'?';
                break;
            case u'#': // the closing sequence of a heading
                escape = isSpace(prev) && restOfLineIs(text, i, c);
                break;
            case u'&': // "&amp;" would show as "&": only an ampersand that starts a reference needs the backslash
                escape = startsEntity(text, i + 1);
                break;
            default:
                escape = i == listMarker;
                break;
            }
        }
        if (escape) {
            out.append(u'\\');
        }
        out.append(c);
    }
    return out;
}

QString markdownLine(const QString &text)
{
    return isolated(markdownText(oneLine(text)));
}

QString htmlText(const QString &text)
{
    if (text.isEmpty()) {
        return {};
    }
    return u"<bdi>"_s + isolated(text).toHtmlEscaped() + u"</bdi>"_s;
}

QString htmlStart(const QString &title, const QString &extraStyle)
{
    // Translated text can be right-to-left (Arabic); user text decides its own direction (dir="auto").
    const bool rtl = QLocale().textDirection() == Qt::RightToLeft;
    return u"<!DOCTYPE html>\n<html lang=\"%1\"%3>\n<head>\n<meta charset=\"utf-8\">\n<title>%2</title>\n"_s.arg(
               QLocale().bcp47Name(), isolatedLine(title).toHtmlEscaped(), rtl ? u" dir=\"rtl\""_s : QString())
           + u"<style>body{font-family:sans-serif;max-width:50em;margin:2em auto;line-height:1.45}"
             "table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:.25em .6em}"
             "td.n{text-align:end}"_s
           + extraStyle + u"</style>\n</head>\n<body>\n"_s;
}

QString htmlList(const QString &heading, const QStringList &items, bool ordered, const QList<int> &notes)
{
    if (items.isEmpty()) {
        return {};
    }
    QString html = u"<h3>"_s + heading.toHtmlEscaped() + (ordered ? u"</h3>\n<ol>\n"_s : u"</h3>\n<ul>\n"_s);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const int note = notes.value(i);
        html += u"<li dir=\"auto\">"_s + htmlText(items.at(i))
                + (note > 0 ? u" <sup>[%1]</sup>"_s.arg(formatCount(note)) : QString()) + u"</li>\n"_s;
    }
    return html + (ordered ? u"</ol>\n"_s : u"</ul>\n"_s);
}

QString markdownList(const QString &heading, const QStringList &items, const QList<int> &notes)
{
    if (items.isEmpty()) {
        return {};
    }
    QString md = u"**"_s + heading + u"**\n\n"_s;
    for (qsizetype i = 0; i < items.size(); ++i) {
        // "[N]" without a matching link definition stays text in Markdown.
        const int note = notes.value(i);
        md += u"- "_s + markdownLine(items.at(i)) + (note > 0 ? u" [%1]"_s.arg(formatCount(note)) : QString()) + u'\n';
    }
    return md + u'\n';
}

} // namespace core
