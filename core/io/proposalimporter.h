// SPDX-License-Identifier: MIT
#pragma once

#include "core/agenda/sessiondefinition.h"
#include "core/base/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace core {

/// What reading an IGF workshop proposal gave: the session, and what could not be read.
struct ProposalImport
{
    SessionDefinition definition;
    QStringList warnings;          ///< translated, one sentence each, for the user
    bool agendaGenerated = false;  ///< the proposal had no agenda; one was built for its format
    qint64 agendaDifferenceMs = 0; ///< the agenda's total minus the format's duration (0: they match)

    /// The JSON of `moderato-cli import-proposal`: the definition's fields (agenda items with
    /// "minutes"), people as {"name", "organization"?, "stakeholder_group"?, "region"?}, and "warnings".
    [[nodiscard]] QJsonObject toJson() const;
};

/**
 * Reads an IGF workshop proposal as copied from the IGF website (plain text).
 *
 * Tolerant of what people paste: a UTF-8 BOM, Windows line ends, extra spaces, a space before a
 * comma, curly quotes and dashes, fields missing or in another order. What it cannot read becomes a
 * warning; it never invents people. It fails only when the text has nothing of a proposal in it.
 */
class ProposalImporter final
{
    Q_DECLARE_TR_FUNCTIONS(core::ProposalImporter)

public:
    [[nodiscard]] static Result<ProposalImport> fromText(const QString &text);
    /// Reads a file (UTF-8, with or without BOM; at most 2 MB).
    [[nodiscard]] static Result<ProposalImport> fromFile(const QString &path);
    /// Bytes as read from a file: decoded as UTF-8 (binary data is refused).
    [[nodiscard]] static Result<ProposalImport> fromBytes(const QByteArray &bytes);

    /// Normalises a UN regional group as written in proposals ("Western European and Others Group
    /// (WEOG)" → "WEOG", "GRULAC", "African Group", ...); unknown text comes back trimmed.
    [[nodiscard]] static QString normalizeRegion(const QString &text);
    /// Normalises an IGF stakeholder group ("private sector" → "Private Sector", ...).
    [[nodiscard]] static QString normalizeStakeholderGroup(const QString &text);

    /// An agenda that fits a format ("Panel", "Round Table", "Birds of a Feather",
    /// "Break-out Group Discussions", others) and a duration, with the invited speakers' names:
    /// AgendaTemplates::forFormat, the plan used when a proposal has no agenda.
    [[nodiscard]] static Agenda agendaForFormat(const QString &formatType, int minutes, const QStringList &speakers);

    /// The built-in demo workshop, IGF 2019 WS #195, read from the embedded proposal like any other.
    [[nodiscard]] static Result<SessionDefinition> demoWorkshop();
};

} // namespace core
