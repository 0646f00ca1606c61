// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/result.h"
#include "core/floor/floorstate.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace core {

/// Who someone is, as typed in one line at the console: a name and what the line said of them.
struct PersonEntry
{
    QString name;
    QString organization;     ///< the parts no vocabulary knows, in their order, joined by ", "
    QString stakeholderGroup; ///< the IGF's own name ("Civil Society"), or empty
    QString region;           ///< the UN regional group's IGF name ("GRULAC", "African Group"), or empty
    QString gender;           ///< "woman", "man" or "non-binary", or empty
    std::optional<Channel> channel;
    QString hub; ///< the hub's name when channel is Hub
};

/**
 * Reads a person typed in one line: a name, then, separated by commas or slashes and in any order,
 * their IGF stakeholder group, UN regional group, gender and channel, e.g.
 * `Ana Pérez, civil society, GRULAC, woman, online` or `Li Wei / ISOC / technical / Asia-Pacific`.
 *
 * The first part is always the name. Each other part is matched case-insensitively against the
 * vocabularies (common short forms too: WEOG, GRULAC, Africa, Asia-Pacific, EEG, IGO, business,
 * room, remote, `hub NAIROBI`); a part that matches none, or a second value for what an earlier
 * part already said, stays the person's own words: their organisation. Pure: no session, no I/O.
 */
class PersonEntryParser final
{
    Q_DECLARE_TR_FUNCTIONS(core::PersonEntryParser)

public:
    /// The person, or an error for a line without a name, or a hub without its name.
    [[nodiscard]] static Result<PersonEntry> parse(const QString &line);

    /// The words a completer offers after a separator: the vocabularies' own names and the channels.
    [[nodiscard]] static QStringList vocabulary();

    /// The line's syntax, for a tooltip (translated).
    [[nodiscard]] static QString syntaxHelp();
};

} // namespace core
