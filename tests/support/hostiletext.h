// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <utility>

// Text a participant, a proposal or a transcript could carry into an export, and checks on what comes out.
namespace tests {

/// Named hostile strings: markup of every format, bidi controls, control characters, invalid UTF-8, 100 KB.
inline QList<std::pair<const char *, QString>> hostileStrings()
{
    using namespace Qt::StringLiterals;
    QString huge;
    huge.reserve(100 * 1024);
    while (huge.size() < 100 * 1024) {
        huge += u"word|*x*~~<b>\u202E "_s;
    }
    return {
        {"html script", u"<script>alert(1)</script><img src=x onerror=alert(2)>"_s},
        {"markdown emphasis", u"**bold** __under__ *it* _it_"_s},
        {"strikethrough", u"~~gone~~ and ~single~"_s},
        {"table pipes", u"a | b || c \\| d |"_s},
        {"links", u"[x](javascript:alert(1)) ![i](http://e/x.png) <javascript:alert(1)> [r]: /u"_s},
        {"backticks", u"`code` ```fence"_s},
        {"line starts", u"# Heading\n## Two\n---\n===\n> quote\n- item\n1. one\n    code"_s},
        {"entities", u"&lt;script&gt; &amp; &#60;b&#62; &#x3C; AT&T"_s},
        {"line breaks", u"first\r\nsecond\rthird\nfourth\u2028fifth\u2029sixth\u0085seventh"_s},
        {"override", u"\u202Eevil\u202C ok \u202Eunclosed"_s},
        {"every bidi control", u"\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C"_s},
        {"closers first", u"\u2069\u2069\u202C\u202C escape"_s},
        {"deep nesting", QString(200, QChar(0x202E)) + QString(200, QChar(0x2067)) + u"deep"_s},
        {"nul and controls", QString(u"a\0b"_s) + u"\u0001\u0007\u001B[31mred\u007F\u009B\u000B\u000C\tend"_s},
        {"invalid utf-8", QString::fromUtf8("\xff\xfe bad \xc3\x28 \xed\xa0\x80 end \xf0\x9f")},
        {"lone surrogates", QString(QChar(0xD800)) + u"x"_s + QString(QChar(0xDC00))},
        {"arg markers", u"%1 %2 %L1 %% %n"_s},
        {"right to left", u"\u0645\u062D\u0645\u062F \u0639\u0644\u064A 12"_s},
        {"emoji", u"\U0001F469\U0001F3FD\u200D\U0001F4BB"_s},
        {"100 KB", huge},
    };
}

/// Where the bidi controls of one line of output could reach text that is not user text: an
/// embedding or override opened outside every isolate, an isolate or embedding left open at the
/// end of the line, a PDI or PDF with nothing to close. Empty when there is no such place.
inline QString bidiLeak(QStringView line)
{
    enum Open
    {
        Embedding,
        Isolate
    };

    QList<Open> open;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char16_t c = line.at(i).unicode();
        const bool inIsolate = open.contains(Isolate);
        if (c == 0x202A || c == 0x202B || c == 0x202D || c == 0x202E) {
            if (!inIsolate) {
                return QStringLiteral("an embedding or override opens outside an isolate at %1").arg(i);
            }
            open.append(Embedding);
        } else if (c == 0x2066 || c == 0x2067 || c == 0x2068) {
            open.append(Isolate);
        } else if (c == 0x202C) {
            if (open.isEmpty() || open.constLast() != Embedding) {
                return QStringLiteral("a PDF without its embedding at %1").arg(i);
            }
            open.removeLast();
        } else if (c == 0x2069) {
            if (!inIsolate) {
                return QStringLiteral("a PDI without its isolate at %1").arg(i);
            }
            while (open.takeLast() != Isolate) {
            }
        } else if (c == u'\n' || c == u'\r' || c == 0x2029) {
            if (!open.isEmpty()) {
                return QStringLiteral("%1 bidi controls left open at the line break at %2").arg(open.size()).arg(i);
            }
        }
    }
    return open.isEmpty() ? QString() : QStringLiteral("%1 bidi controls left open at the end").arg(open.size());
}

/// The first control character (other than LF and TAB) or lone surrogate in text, as "U+XXXX at N"; empty if none.
inline QString controlCharacter(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        const bool pair = c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
        if (pair) {
            ++i;
            continue;
        }
        if ((u < 0x20 && u != u'\n' && u != u'\t') || (u >= 0x7F && u <= 0x9F) || c.isSurrogate()) {
            return QStringLiteral("U+%1 at %2").arg(u, 4, 16, QLatin1Char('0')).arg(i);
        }
    }
    return {};
}

} // namespace tests
