// SPDX-License-Identifier: MIT
#include "ui/glossarydialog.h"

#include "core/session/command.h"
#include "core/session/session.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ui {
namespace {
constexpr int IdRole = Qt::UserRole;

enum Column
{
    TermColumn,
    ExplanationColumn,
};
} // namespace

GlossaryDialog::GlossaryDialog(core::Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_table(new QTableWidget(0, 2, this))
    , m_error(new QLabel(this))
{
    setObjectName(u"glossaryDialog"_s);
    setWindowTitle(tr("Glossary"));
    auto *hint = new QLabel(tr("Key terms of the session with short explanations, for the room's non-native "
                               "speakers. The room display shows them as a scene, or one at a time."),
                            this);
    hint->setWordWrap(true);
    hint->setTextFormat(Qt::PlainText);
    m_table->setObjectName(u"glossaryTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Term"), tr("Explanation")});
    m_table->horizontalHeader()->setSectionResizeMode(TermColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ExplanationColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto *add = new QPushButton(tr("&Add a term"), this);
    add->setObjectName(u"addTermButton"_s);
    auto *remove = new QPushButton(tr("&Remove the term"), this);
    remove->setObjectName(u"removeTermButton"_s);
    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch();
    m_error->setObjectName(u"glossaryError"_s);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020"_s);
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_table);
    layout->addLayout(rowButtons);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(820, 480);
    connect(add, &QPushButton::clicked, this, &GlossaryDialog::addRow);
    connect(remove, &QPushButton::clicked, this, &GlossaryDialog::removeSelected);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save()) {
            accept();
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fill();
}

void GlossaryDialog::fill()
{
    m_table->setRowCount(0);
    for (const core::GlossaryTerm &term : m_session->state().display().glossary()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *word = new QTableWidgetItem(term.term);
        word->setData(IdRole, term.id);
        m_table->setItem(row, TermColumn, word);
        m_table->setItem(row, ExplanationColumn, new QTableWidgetItem(term.explanation));
    }
}

void GlossaryDialog::addRow()
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *word = new QTableWidgetItem;
    word->setData(IdRole, 0);
    m_table->setItem(row, TermColumn, word);
    m_table->setItem(row, ExplanationColumn, new QTableWidgetItem);
    m_table->setCurrentItem(word);
    m_table->editItem(word);
}

void GlossaryDialog::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0) {
        return;
    }
    if (const int id = m_table->item(row, TermColumn)->data(IdRole).toInt(); id > 0) {
        m_removed.append(id);
    }
    m_table->removeRow(row);
}

bool GlossaryDialog::save()
{
    m_error->hide();
    auto refused = [this](const core::Error &error, int row) {
        m_error->setText(core::errorMessage(error));
        m_error->show();
        if (row >= 0) {
            m_table->setCurrentCell(row, TermColumn);
        }
        return false;
    };
    while (!m_removed.isEmpty()) {
        if (auto done = m_session->execute(core::commands::RemoveGlossaryTerm{m_removed.constFirst()}); !done) {
            return refused(done.error(), -1);
        }
        m_removed.removeFirst();
    }
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QTableWidgetItem *word = m_table->item(row, TermColumn);
        const QString term = word->text().trimmed();
        const QString explanation = m_table->item(row, ExplanationColumn)->text().trimmed();
        const int id = word->data(IdRole).toInt();
        if (id == 0 && term.isEmpty() && explanation.isEmpty()) {
            continue; // a row added and left empty
        }
        auto done = m_session->execute(core::commands::SetGlossaryTerm{id, term, explanation});
        if (!done) {
            return refused(done.error(), row);
        }
        word->setData(IdRole, done.value());
    }
    return true;
}

} // namespace ui
