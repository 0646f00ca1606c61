// SPDX-License-Identifier: MIT
#include "ui/questionspanel.h"

#include "core/session/session.h"
#include "ui/commands/sessionundo.h"
#include "ui/permission.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ui {

QuestionsPanel::QuestionsPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_editButton(new QPushButton(this))
{
    setObjectName(u"questionsPanel"_s);
    m_list->setObjectName(u"questionsList"_s);
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_editButton->setObjectName(u"editQuestionsButton"_s);
    m_editButton->setFocusPolicy(Qt::NoFocus);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_editButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_list, 1);
    connect(m_editButton, &QPushButton::clicked, this, &QuestionsPanel::editRequested);
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_updating || !m_session) {
            return;
        }
        const int id = item->data(Qt::UserRole).toInt();
        const bool asked = item->checkState() == Qt::Checked;
        if (auto result = m_session->execute(core::commands::MarkQuestionAsked{id, asked}); !result) {
            emit actionFailed(core::errorMessage(result.error()));
            refresh();
        }
    });
    retranslateUi();
}

void QuestionsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void QuestionsPanel::retranslateUi()
{
    m_editButton->setText(tr("Edit…")); // its tooltip: refresh()
    refresh();
}

void QuestionsPanel::setSession(core::Session *session)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
    }
    m_session = session;
    if (m_session) {
        // The questions for the current item and whoever speaks now (an agenda edit can move both).
        connect(m_session, &core::Session::changed, this, [this](core::Areas areas) {
            if (areas & (core::Area::Questions | core::Area::Floor | core::Area::Clock | core::Area::Agenda)) {
                refresh();
            }
        });
        connect(m_session, &QObject::destroyed, this, [this] {
            m_session = nullptr;
            refresh();
        });
    }
    refresh();
}

void QuestionsPanel::refresh()
{
    QList<core::PreparedQuestion> shown;
    if (m_session) {
        const core::SessionState &state = m_session->state();
        // The speaker of this moment: who holds the floor, else the current speaker item's.
        int speaker = state.assignedSpeaker(state.currentIndex());
        if (const core::Turn *turn = state.floor().currentTurn()) {
            speaker = turn->participantId;
        }
        shown = state.questions().forMoment(state.currentItemId(), speaker);
    }
    int open = 0;
    QList<int> ids;
    for (const auto &question : shown) {
        ids.append(question.id);
        open += question.asked ? 0 : 1;
    }
    m_title->setText(tr("Prepared questions (%1 not asked)").arg(open));
    allowIf(m_editButton,
            m_session,
            core::commands::SetQuestionBank{},
            m_session != nullptr,
            tr("Write the questions to ask if the conversation stalls"));
    // A role that may not mark a question as asked still sees which were.
    const QString refusal = m_session ? m_session->refusal(core::commands::MarkQuestionAsked{}) : QString();
    m_updating = true;
    if (ids != m_shownIds || m_list->count() != shown.size()) {
        m_list->clear();
        for (const auto &question : shown) {
            auto *item = new QListWidgetItem(question.text, m_list);
            item->setData(Qt::UserRole, question.id);
        }
        m_shownIds = ids;
    }
    for (int row = 0; row < shown.size(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        item->setFlags(refusal.isEmpty() ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable
                                         : Qt::ItemFlags(Qt::ItemIsEnabled));
        item->setToolTip(refusal);
        item->setCheckState(shown.at(row).asked ? Qt::Checked : Qt::Unchecked);
        QFont font = item->font();
        font.setStrikeOut(shown.at(row).asked);
        item->setFont(font);
        item->setForeground(shown.at(row).asked ? palette().color(QPalette::Disabled, QPalette::Text)
                                                : palette().color(QPalette::Text));
    }
    if (shown.isEmpty() && m_session) {
        auto *hint = new QListWidgetItem(tr("No prepared questions for this moment."), m_list);
        hint->setFlags(Qt::NoItemFlags);
        m_shownIds = {-1};
    }
    m_updating = false;
}

namespace {

enum Column
{
    TextColumn,
    ItemColumn,
    SpeakerColumn,
};

} // namespace

QuestionBankDialog::QuestionBankDialog(SessionUndo *undo, QWidget *parent)
    : QDialog(parent)
    , m_undo(undo)
    , m_session(undo ? undo->session() : nullptr)
    , m_table(new QTableWidget(0, 3, this))
    , m_errorLabel(new QLabel(this))
{
    setObjectName(u"questionBankDialog"_s);
    setWindowTitle(tr("Prepared questions"));
    m_table->setObjectName(u"questionTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Question"), tr("Agenda item"), tr("For speaker")});
    m_table->horizontalHeader()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ItemColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SpeakerColumn, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(u"color: #B00020;"_s);
    m_errorLabel->hide();
    auto *hint = new QLabel(tr("Questions to ask if the conversation stalls. The console shows those of the current "
                               "item, of the speaker who has the floor, and those for any moment."),
                            this);
    hint->setWordWrap(true);
    auto *add = new QPushButton(tr("&Add question"), this);
    add->setObjectName(u"addQuestionButton"_s);
    add->setAutoDefault(false);
    auto *remove = new QPushButton(tr("&Remove"), this);
    remove->setObjectName(u"removeQuestionButton"_s);
    remove->setAutoDefault(false);
    connect(add, &QPushButton::clicked, this, [this] {
        addQuestion(tr("New question"));
        m_table->setCurrentCell(m_table->rowCount() - 1, TextColumn);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, TextColumn));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const auto rows = m_table->selectionModel()->selectedRows();
        if (!rows.isEmpty()) {
            m_table->removeRow(rows.constFirst().row());
        }
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    allowIf(buttons->button(QDialogButtonBox::Save), m_session, core::commands::SetQuestionBank{}, true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QuestionBankDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *row = new QHBoxLayout;
    row->addWidget(add);
    row->addWidget(remove);
    row->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addLayout(row);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
    if (m_session) {
        for (const auto &question : m_session->state().questions().questions()) {
            addRow(question);
        }
    }
    resize(820, 480);
}

void QuestionBankDialog::addRow(const core::PreparedQuestion &question)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *text = new QTableWidgetItem(question.text);
    text->setData(Qt::UserRole, question.id);
    m_table->setItem(row, TextColumn, text);
    auto *items = new QComboBox(m_table);
    items->addItem(tr("any item"), 0);
    auto *speakers = new QComboBox(m_table);
    speakers->addItem(tr("anyone"), 0);
    if (m_session) {
        const core::Agenda &agenda = m_session->state().agenda();
        for (int i = 0; i < agenda.size(); ++i) {
            items->addItem(QString(agenda.item(i).depth * 2, u' ') + agenda.item(i).title, agenda.item(i).id);
        }
        for (const auto &p : m_session->state().floor().participants()) {
            if (p.hasRole(core::Role::Speaker) || p.id == question.speakerId) {
                speakers->addItem(p.name, p.id);
            }
        }
    }
    items->setCurrentIndex(std::max(0, items->findData(question.itemId)));
    speakers->setCurrentIndex(std::max(0, speakers->findData(question.speakerId)));
    m_table->setCellWidget(row, ItemColumn, items);
    m_table->setCellWidget(row, SpeakerColumn, speakers);
}

void QuestionBankDialog::addQuestion(const QString &text, int itemId, int speakerId)
{
    core::PreparedQuestion question;
    question.text = text;
    question.itemId = itemId;
    question.speakerId = speakerId;
    addRow(question);
}

QList<core::PreparedQuestion> QuestionBankDialog::questions() const
{
    QList<core::PreparedQuestion> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        core::PreparedQuestion question;
        question.id = m_table->item(row, TextColumn)->data(Qt::UserRole).toInt();
        question.text = m_table->item(row, TextColumn)->text().trimmed();
        question.itemId = static_cast<QComboBox *>(m_table->cellWidget(row, ItemColumn))->currentData().toInt();
        question.speakerId = static_cast<QComboBox *>(m_table->cellWidget(row, SpeakerColumn))->currentData().toInt();
        if (!question.text.isEmpty()) {
            result.append(question);
        }
    }
    return result;
}

bool QuestionBankDialog::save()
{
    if (!m_session || !m_undo) {
        return false;
    }
    if (auto result = m_undo->change(tr("Edit the prepared questions"),
                                     core::commands::SetQuestionBank{core::QuestionBank::toJson(questions())});
        !result) {
        m_errorLabel->setText(core::errorMessage(result.error()));
        m_errorLabel->show();
        return false;
    }
    return true;
}

void QuestionBankDialog::accept()
{
    if (save()) {
        QDialog::accept();
    }
}

} // namespace ui
