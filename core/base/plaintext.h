// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

/*
 * User text placed among other text: a participant's name before their speaking time, an agenda
 * title in a table row, a note in a report. Three things can go wrong there, and these functions
 * are the one place that prevents them for every export and the room display:
 *
 * - control characters: NUL, escape sequences and the like have no place in a document or on a
 *   projector; they become U+FFFD, so nothing disappears silently and no two words are joined;
 * - line breaks where the format has none (a heading, a table cell, a line of the room display);
 * - bidirectional formatting characters (U+202A-U+202E, U+2066-U+2069) left open: an unclosed
 *   RIGHT-TO-LEFT OVERRIDE in a name would reverse the times printed after it. Each piece of user
 *   text is therefore balanced (closers without an opener are dropped, openers left open are
 *   closed) and wrapped in FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE, line by line, since a
 *   line break ends every embedding anyway (Unicode Standard Annex #9).
 *
 * All functions are pure and thread-safe.
 */

namespace core {

inline constexpr char16_t FirstStrongIsolate = 0x2068;
inline constexpr char16_t PopDirectionalIsolate = 0x2069;

/// The characters that change the direction of the text around them: embeddings, overrides, isolates and their ends.
[[nodiscard]] bool isBidiControl(QChar c);

/// The text without control characters: CR LF and CR become LF, vertical tab, form feed, NEL and
/// U+2028/U+2029 become LF; TAB and LF stay; every other C0 or C1 control, DEL and a lone surrogate
/// becomes U+FFFD.
[[nodiscard]] QString plainText(const QString &text);

/// plainText() on one line: line breaks and tabs become spaces.
[[nodiscard]] QString oneLine(const QString &text);

/// The bidirectional controls balanced: a PDF or PDI without its opener is dropped, an opener left
/// open is closed at the end of its line. Text without bidi controls comes back unchanged.
[[nodiscard]] QString balancedBidi(const QString &text);

/// plainText(), each non-empty line balanced and wrapped in FSI ... PDI. Empty for empty text.
[[nodiscard]] QString isolated(const QString &text);

/// isolated(oneLine(text)).
[[nodiscard]] QString isolatedLine(const QString &text);

/// Whether the text can reorder what stands around it: it holds bidi controls, right-to-left
/// letters or Arabic digits. Left-to-right text, digits and punctuation cannot.
[[nodiscard]] bool mayReorder(QStringView text);

/// At most maxChars characters (an ellipsis last when cut), never splitting a surrogate pair.
[[nodiscard]] QString truncated(const QString &text, qsizetype maxChars);

} // namespace core
