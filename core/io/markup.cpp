// SPDX-License-Identifier: MIT
#include "core/io/markup.h"

#include "core/base/plaintext.h"

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

} // namespace

QString markdownText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        // "&amp;" would show as "&": only an ampersand that starts a reference needs the backslash.
        if (QStringView(u"\\`*_{}[]<>()#+-.!|~").contains(c) || (c == u'&' && startsEntity(text, i + 1))) {
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

QString htmlList(const QString &heading, const QStringList &items, bool ordered)
{
    if (items.isEmpty()) {
        return {};
    }
    QString html = u"<h3>"_s + heading.toHtmlEscaped() + (ordered ? u"</h3>\n<ol>\n"_s : u"</h3>\n<ul>\n"_s);
    for (const QString &item : items) {
        html += u"<li dir=\"auto\">"_s + htmlText(item) + u"</li>\n"_s;
    }
    return html + (ordered ? u"</ol>\n"_s : u"</ul>\n"_s);
}

QString markdownList(const QString &heading, const QStringList &items)
{
    if (items.isEmpty()) {
        return {};
    }
    QString md = u"**"_s + heading + u"**\n\n"_s;
    for (const QString &item : items) {
        md += u"- "_s + markdownLine(item) + u'\n';
    }
    return md + u'\n';
}

} // namespace core
