// SPDX-License-Identifier: MIT
#include "ui/glossarydialog.h"

#include "core/session/command.h"
#include "core/session/session.h"
#include "ui/commands/sessionundo.h"

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

GlossaryDialog::GlossaryDialog(core::Session *session, SessionUndo *undo, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_undo(undo)
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
    // All that one Save changes is one step on the session's undo stack.
    if (m_undo) {
        m_undo->beginGroup(tr("Edit the glossary"));
    }
    const bool saved = saveChanges();
    if (m_undo) {
        m_undo->endGroup();
    }
    return saved;
}

bool GlossaryDialog::saveChanges()
{
    using namespace core::commands;
    auto refused = [this](const core::Error &error, int row) {
        m_error->setText(core::errorMessage(error));
        m_error->show();
        if (row >= 0) {
            m_table->setCurrentCell(row, TermColumn);
        }
        return false;
    };
    const QString step = tr("Edit the glossary");
    auto run = [&](const core::Command &command, const core::Command &inverse) {
        return m_undo ? m_undo->run(step, command, inverse) : m_session->execute(command);
    };
    while (!m_removed.isEmpty()) {
        const int id = m_removed.constFirst();
        const core::DisplayState &display = m_session->state().display();
        const core::GlossaryTerm *term = display.glossaryTerm(id);
        const core::GlossaryTerm old = term ? *term : core::GlossaryTerm{id, {}, {}};
        if (m_undo && term) {
            // Its translations go with it: taken first, so that an undo puts the term back, then them.
            for (const QString &kind : {u"term"_s, u"explanation"_s}) {
                for (const QString &language : display.translationLanguages(kind, id)) {
                    if (auto done = m_undo->change(step, TranslateContent{kind, id, language, QString()}); !done) {
                        return refused(done.error(), -1);
                    }
                }
            }
        }
        if (auto done = run(RemoveGlossaryTerm{id}, SetGlossaryTerm{id, old.term, old.explanation}); !done) {
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
        core::Result<int> done = id;
        if (id == 0 && m_undo) {
            // Undone by removing the new term; redone by putting it back with the same id.
            done =
                m_undo->run(step, SetGlossaryTerm{0, term, explanation}, [term, explanation](const auto &, int added) {
                    return UndoStep{RemoveGlossaryTerm{added}, SetGlossaryTerm{added, term, explanation}};
                });
        } else if (const core::GlossaryTerm *old = m_session->state().display().glossaryTerm(id);
                   id == 0 || !old || old->term != term || old->explanation != explanation) {
            done = old ? run(SetGlossaryTerm{id, term, explanation}, SetGlossaryTerm{id, old->term, old->explanation})
                       : m_session->execute(SetGlossaryTerm{id, term, explanation});
        }
        if (!done) {
            return refused(done.error(), row);
        }
        word->setData(IdRole, done.value());
    }
    return true;
}

} // namespace ui
