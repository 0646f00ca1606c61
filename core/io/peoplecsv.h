// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/result.h"
#include "core/floor/floorstate.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace core {

/// Participants read from a CSV file, and what could not be read (with line numbers).
struct PeopleCsvImport
{
    QList<Participant> people; ///< ids are 0: the caller matches them by name
    QStringList warnings;
};

/**
 * Participants as CSV (RFC 4180: a header row, commas, quotes doubled; UTF-8).
 *
 * Columns: name, organization, stakeholder_group, region, gender, channel (onsite, online, hub),
 * hub, roles (keys separated by ";": speaker, moderator, online_moderator, rapporteur, audience).
 * Reading accepts the columns in any order and case, a ";" delimiter, a BOM, CRLF, quoted line
 * breaks, and missing columns except name; spaces around an unquoted cell are dropped.
 *
 * A cell that a spreadsheet would run as a formula (starting with =, +, -, @, a tab, a carriage
 * return or a line feed, or with spaces and then =, +, - or @) is written with a leading apostrophe.
 * So is a cell that starts with an apostrophe itself, and reading removes exactly one leading
 * apostrophe only when what follows would have been given one: read(write(x)) gives back every
 * field exactly as it was, whatever it holds. Cells with spaces at either end are quoted.
 */
class PeopleCsv final
{
    Q_DECLARE_TR_FUNCTIONS(core::PeopleCsv)

public:
    static constexpr qint64 MaxFileBytes = 5 * 1024 * 1024;
    static constexpr int MaxRows = 10'000;

    [[nodiscard]] static QByteArray write(const QList<Participant> &people);
    [[nodiscard]] static Result<PeopleCsvImport> read(const QByteArray &bytes);
    [[nodiscard]] static Result<PeopleCsvImport> readFile(const QString &path);
};

} // namespace core
