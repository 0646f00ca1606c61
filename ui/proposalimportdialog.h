// SPDX-License-Identifier: MIT
#pragma once

#include "core/io/proposalimporter.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QTreeWidget;

namespace ui {

/// What an imported proposal gave, before the session is made: the summary, the agenda with its
/// minutes, whether it fits the session's length, and every warning.
class ProposalImportDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ProposalImportDialog(const core::ProposalImport &proposal, QWidget *parent = nullptr);

    [[nodiscard]] QString summaryText() const;
    [[nodiscard]] QString noticeText() const;

    [[nodiscard]] QTreeWidget *agendaTree() const { return m_agenda; }

    [[nodiscard]] QListWidget *warningsList() const { return m_warnings; }

private:
    QLabel *m_summary;
    QLabel *m_notice;
    QTreeWidget *m_agenda;
    QLabel *m_warningsLabel;
    QListWidget *m_warnings;
};

} // namespace ui
