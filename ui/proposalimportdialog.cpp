// SPDX-License-Identifier: MIT
#include "ui/proposalimportdialog.h"

#include "core/base/timeformat.h"
#include "ui/agendaeditor.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ui {

ProposalImportDialog::ProposalImportDialog(const core::ProposalImport &proposal, QWidget *parent)
    : QDialog(parent)
    , m_summary(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_agenda(new QTreeWidget(this))
    , m_warningsLabel(new QLabel(this))
    , m_warnings(new QListWidget(this))
{
    setObjectName(u"proposalImportDialog"_s);
    setWindowTitle(tr("Import workshop proposal"));
    const core::SessionDefinition &definition = proposal.definition;
    const core::Agenda &agenda = definition.agenda;

    QStringList summary;
    summary.append(definition.code.isEmpty() ? definition.title : definition.code + u' ' + definition.title);
    QStringList format;
    for (const QString &part : {definition.formatType, definition.formatLayout}) {
        if (!part.isEmpty()) {
            format.append(part);
        }
    }
    summary.append(tr("Format: %1").arg(format.join(u" - "_s)));
    summary.append(tr("%Ln speaker(s), %1 policy question(s)", nullptr, int(definition.speakers.size()))
                       .arg(definition.policyQuestions.size()));
    summary.append(tr("Agenda: %Ln item(s), %1", nullptr, int(agenda.leafIndexes().size()))
                       .arg(core::formatDuration(agenda.plannedTotalMs())));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setText(summary.join(u'\n'));
    QFont bold = m_summary->font();
    bold.setBold(true);

    // The agenda as it will be; a difference from the session's length is shown, never corrected.
    QStringList notice;
    if (proposal.agendaGenerated) {
        notice.append(
            tr("The proposal has no agenda: one was built for its format. Check it in Prepare > Edit the agenda."));
    }
    const qint64 difference = proposal.agendaDifferenceMs;
    if (difference > 0) {
        notice.append(
            tr("The agenda is %1 longer than the session; nothing was changed.").arg(core::formatDuration(difference)));
    } else if (difference < 0) {
        notice.append(tr("The agenda is %1 shorter than the session; nothing was changed.")
                          .arg(core::formatDuration(-difference)));
    }
    m_notice->setObjectName(u"proposalNotice"_s);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setWordWrap(true);
    m_notice->setText(notice.join(u'\n'));
    m_notice->setFont(bold);
    m_notice->setStyleSheet(difference != 0 ? u"color: #B00020;"_s : u"color: #8A5A00;"_s);
    m_notice->setVisible(!notice.isEmpty());

    m_agenda->setObjectName(u"proposalAgenda"_s);
    m_agenda->setColumnCount(2);
    m_agenda->setHeaderLabels({AgendaEditor::tr("Item"), AgendaEditor::tr("Length")});
    m_agenda->header()->setStretchLastSection(false);
    m_agenda->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_agenda->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_agenda->setSelectionMode(QAbstractItemView::NoSelection);
    QHash<int, QTreeWidgetItem *> rows;
    for (int i = 0; i < agenda.size(); ++i) {
        const core::AgendaItem &item = agenda.item(i);
        QTreeWidgetItem *parentRow = rows.value(item.parentId);
        auto *row = parentRow ? new QTreeWidgetItem(parentRow) : new QTreeWidgetItem(m_agenda);
        row->setText(0, item.title);
        row->setToolTip(0, item.note);
        row->setText(1, core::formatDuration(agenda.plannedMs(i)));
        row->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        rows.insert(item.id, row);
    }
    m_agenda->expandAll();

    m_warningsLabel->setText(
        tr("%Ln thing(s) could not be read; see the details.", nullptr, int(proposal.warnings.size())));
    m_warnings->setObjectName(u"proposalWarnings"_s);
    m_warnings->setWordWrap(true);
    m_warnings->addItems(proposal.warnings); // plain text: list items never render markup
    m_warningsLabel->setVisible(!proposal.warnings.isEmpty());
    m_warnings->setVisible(!proposal.warnings.isEmpty());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *create = buttons->addButton(tr("Create the session…"), QDialogButtonBox::AcceptRole);
    create->setObjectName(u"createSessionButton"_s);
    create->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_notice);
    layout->addWidget(m_agenda, 2);
    layout->addWidget(m_warningsLabel);
    layout->addWidget(m_warnings, 1);
    layout->addWidget(buttons);
    resize(680, 560);
}

QString ProposalImportDialog::summaryText() const
{
    return m_summary->text();
}

QString ProposalImportDialog::noticeText() const
{
    return m_notice->isVisibleTo(this) ? m_notice->text() : QString();
}

} // namespace ui
