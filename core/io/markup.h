// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

/*
 * User text in the exported Markdown and HTML (the report, the briefing): escaped so it shows as
 * written, and isolated (see core/base/plaintext.h) so it cannot turn the text around it.
 */

namespace core {

/// Markdown that shows user text as written: a backslash goes only before a character that would
/// change the meaning where it stands (a heading, quote or list marker at the start of a line, a `*`
/// or `_` that could open or close emphasis, backticks, a pair of brackets, `<` before a tag, a
/// table's `|`, `~~`, a reference's `&`, a backslash before punctuation or at the end). Parentheses,
/// `#` and a full stop after a digit in the middle of a line stay as they are.
[[nodiscard]] QString markdownText(const QString &text);
/// One piece of user text for a Markdown line (a heading, a list item, a table cell): control
/// characters replaced, line breaks made spaces, escaped, isolated (FSI ... PDI).
[[nodiscard]] QString markdownLine(const QString &text);
/// One piece of user text in HTML: control characters replaced, escaped, isolated, in a <bdi>.
[[nodiscard]] QString htmlText(const QString &text);
/// The start of the exported HTML documents up to <body>: language, charset, the title, the shared style.
[[nodiscard]] QString htmlStart(const QString &title, const QString &extraStyle = {});
/// A heading and a list of plain-text items, escaped, each dir="auto"; empty when there are no items.
/// `notes`, parallel to the items, gives a note number to put after an item (0: none).
[[nodiscard]] QString
htmlList(const QString &heading, const QStringList &items, bool ordered = false, const QList<int> &notes = {});
/// A bold heading and a bullet list of plain-text items, escaped; empty when there are no items.
/// `notes`, parallel to the items, gives a note number to put after an item, as " [N]" (0: none).
[[nodiscard]] QString markdownList(const QString &heading, const QStringList &items, const QList<int> &notes = {});

} // namespace core
