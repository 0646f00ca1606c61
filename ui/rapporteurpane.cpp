// SPDX-License-Identifier: MIT
#include "ui/rapporteurpane.h"

#include "core/models/notesmodel.h"
#include "core/session/session.h"
#include "ui/commands/sessionundo.h"
#include "ui/permission.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ui {
RapporteurPane::RapporteurPane(QWidget *parent)
    : QWidget(parent)
    , m_model(new core::NotesModel(this))
{
    setObjectName(u"rapporteurPane"_s);
    auto *layout = new QVBoxLayout(this);

    m_noteEdit = new QLineEdit(this);
    m_noteEdit->setObjectName(u"noteEdit"_s);
    m_noteEdit->setMaxLength(core::NoteState::MaxNoteLength);
    m_noteEdit->installEventFilter(this);
    layout->addWidget(m_noteEdit);

    auto *tagRow = new QHBoxLayout;
    for (core::NoteTag tag : core::allNoteTags()) {
        auto *button = new QToolButton(this);
        button->setObjectName(u"tagButton_"_s + core::noteTagKey(tag));
        button->setCheckable(true);
        button->setFocusPolicy(Qt::NoFocus);
        m_tagButtons.append(button);
        tagRow->addWidget(button);
    }
    tagRow->addStretch();
    layout->addLayout(tagRow);
    m_questionCombo = new QComboBox(this);
    m_questionCombo->setObjectName(u"policyQuestionCombo"_s);
    m_questionCombo->setFocusPolicy(Qt::NoFocus);
    // The break-out group a note is for (shown when the agenda has groups): a group's rapporteur, on the console
    // or on a joined device, picks the group once and every note goes to it until another is picked.
    m_groupCombo = new QComboBox(this);
    m_groupCombo->setObjectName(u"noteGroupCombo"_s);
    m_groupCombo->setFocusPolicy(Qt::NoFocus);
    m_groupCombo->setVisible(false);
    auto *questionRow = new QHBoxLayout;
    questionRow->addWidget(m_questionCombo, 1);
    questionRow->addWidget(m_groupCombo, 1);
    layout->addLayout(questionRow);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);

    auto *filters = new QGridLayout;
    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(u"noteSearchEdit"_s);
    // The clear button is added when the field is first shown (eventFilter): its icon is looked up in
    // the icon theme, milliseconds that the console's first paint (the pane starts hidden) can skip.
    m_searchEdit->installEventFilter(this);
    m_speakerFilter = new QComboBox(this);
    m_speakerFilter->setObjectName(u"noteSpeakerFilter"_s);
    m_itemFilter = new QComboBox(this);
    m_itemFilter->setObjectName(u"noteItemFilter"_s);
    m_tagFilter = new QComboBox(this);
    m_tagFilter->setObjectName(u"noteTagFilter"_s);
    for (QComboBox *combo : {m_speakerFilter, m_itemFilter, m_tagFilter}) {
        combo->setFocusPolicy(Qt::NoFocus);
    }
    filters->addWidget(m_searchEdit, 0, 0, 1, 3);
    filters->addWidget(m_speakerFilter, 1, 0);
    filters->addWidget(m_itemFilter, 1, 1);
    filters->addWidget(m_tagFilter, 1, 2);
    layout->addLayout(filters);

    m_notesView = new QListView(this);
    m_notesView->setObjectName(u"notesView"_s);
    m_notesView->setModel(m_model);
    m_notesView->setWordWrap(true);
    m_notesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_notesView, 1);

    auto *buttons = new QHBoxLayout;
    m_editButton = new QPushButton(this);
    m_editButton->setObjectName(u"editNoteButton"_s);
    m_deleteButton = new QPushButton(this);
    m_deleteButton->setObjectName(u"deleteNoteButton"_s);
    for (QPushButton *button : {m_editButton, m_deleteButton}) {
        button->setFocusPolicy(Qt::NoFocus);
        buttons->addWidget(button);
    }
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(m_noteEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (!m_session) {
            return;
        }
        // The stamp is when typing began, not when Enter was pressed.
        if (text.isEmpty()) {
            m_typingStartedMs = -1;
        } else if (m_typingStartedMs < 0) {
            m_typingStartedMs = m_session->now();
        }
    });
    connect(m_noteEdit, &QLineEdit::returnPressed, this, &RapporteurPane::commitNote);
    connect(m_groupCombo, &QComboBox::activated, this, [this] {
        // A group about a policy question files its notes under that question too.
        const int group = m_groupCombo->currentData().toInt();
        const core::BreakOutGroup *found = m_session ? m_session->state().agenda().group(group) : nullptr;
        if (found && found->policyQuestion >= 0) {
            m_questionCombo->setCurrentIndex(std::max(0, m_questionCombo->findData(found->policyQuestion)));
        }
    });
    connect(m_searchEdit, &QLineEdit::textChanged, this, &RapporteurPane::applySearch);
    connect(m_speakerFilter, &QComboBox::activated, this, [this] {
        m_model->setHolderFilter(m_speakerFilter->currentData().toInt());
    });
    connect(m_itemFilter, &QComboBox::activated, this, [this] {
        m_model->setItemFilter(m_itemFilter->currentData().toInt());
    });
    connect(m_tagFilter, &QComboBox::activated, this, [this] {
        m_model->setTagFilter(m_tagFilter->currentData().toInt());
    });
    connect(m_editButton, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_notesView->currentIndex();
        if (!current.isValid()) {
            return;
        }
        bool ok = false;
        const QString text = QInputDialog::getText(this,
                                                   tr("Edit note"),
                                                   tr("Note:"),
                                                   QLineEdit::Normal,
                                                   current.data(core::NotesModel::TextRole).toString(),
                                                   &ok);
        if (ok) {
            run(editSelected(text));
        }
    });
    connect(m_deleteButton, &QPushButton::clicked, this, &RapporteurPane::deleteSelected);
    retranslateUi();
}

RapporteurPane::~RapporteurPane()
{
    m_model->setSession(nullptr);
}

void RapporteurPane::setSession(core::Session *session, SessionUndo *undo)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
    }
    Q_ASSERT(!undo || undo->session() == session);
    m_session = session;
    m_undo = undo;
    m_model->setSession(session);
    m_typingStartedMs = -1;
    if (m_session) {
        // The filters list the speakers, the agenda items and the policy questions; a search runs again on new notes.
        connect(m_session, &core::Session::changed, this, [this](core::Areas areas) {
            if (areas & (core::Area::Notes | core::Area::People | core::Area::Agenda | core::Area::Details)) {
                refreshFilters();
            }
        });
    }
    refreshFilters();
}

void RapporteurPane::run(const core::Result<void> &result)
{
    if (!result) {
        emit actionFailed(core::errorMessage(result.error()));
    }
}

QList<core::NoteTag> RapporteurPane::checkedTags() const
{
    QList<core::NoteTag> tags;
    const QList<core::NoteTag> all = core::allNoteTags();
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (m_tagButtons.at(i)->isChecked()) {
            tags.append(all.at(i));
        }
    }
    return tags;
}

int RapporteurPane::selectedId() const
{
    const QModelIndex current = m_notesView->currentIndex();
    return current.isValid() ? current.data(core::NotesModel::IdRole).toInt() : 0;
}

void RapporteurPane::commitNote()
{
    const QString text = m_noteEdit->text().trimmed();
    if (!m_session || !m_undo || text.isEmpty()) {
        return;
    }
    QStringList tags;
    for (core::NoteTag tag : checkedTags()) {
        tags.append(core::noteTagKey(tag));
    }
    const int question = m_questionCombo->currentData().toInt();
    const int group = m_groupCombo->currentData().toInt(); // 0: no group
    // Undo deletes the note; redo restores it, with its stamp.
    auto id = m_undo->run(tr("add note"),
                          core::commands::AddNote{text, tags, m_typingStartedMs, question, group},
                          [](const core::SessionState &, int added) {
                              return UndoStep{core::commands::DeleteNote{added}, core::commands::RestoreNote{added}};
                          });
    if (!id) {
        run(id.error());
        return;
    }
    m_noteEdit->clear();
    m_typingStartedMs = -1;
    for (QToolButton *button : std::as_const(m_tagButtons)) {
        button->setChecked(false);
    }
    m_notesView->scrollToBottom();
}

core::Result<void> RapporteurPane::editSelected(const QString &text)
{
    const int id = selectedId();
    const core::Note *note = m_session && m_undo ? m_session->state().notes().note(id) : nullptr;
    if (!note) {
        return core::Error{core::ErrorCode::InvalidState, tr("no note is selected")};
    }
    // The new text, the tags and question it has; undo is the same edit with the text before.
    core::commands::EditNote edit;
    edit.id = id;
    edit = currentValue(m_session->state(), edit);
    edit.text = text;
    if (auto ok = m_undo->change(tr("edit note"), edit); !ok) {
        return ok.error();
    }
    return {};
}

void RapporteurPane::deleteSelected()
{
    const int id = selectedId();
    if (!m_session || !m_undo || id == 0) {
        return;
    }
    if (auto done = m_undo->run(tr("delete note"), core::commands::DeleteNote{id}, core::commands::RestoreNote{id});
        !done) {
        run(done.error());
    }
}

void RapporteurPane::applySearch()
{
    const QString query = m_searchEdit->text().trimmed();
    if (!m_session || query.isEmpty()) {
        m_model->setSearchResult({}, false);
        return;
    }
    auto found = m_session->searchNotes(query);
    m_model->setSearchResult(found ? found.value() : QList<int>(), true);
}

void RapporteurPane::refreshFilters()
{
    // Keep the choices in step with the session, keeping what is chosen.
    auto refill = [](QComboBox *combo, const QString &all, const QList<std::pair<QString, int>> &entries) {
        const int allValue = combo->objectName() == u"noteTagFilter" ? -1 : 0;
        const int chosen = combo->count() == 0 ? allValue : combo->currentData().toInt();
        combo->clear();
        combo->addItem(all, allValue);
        for (const auto &[label, value] : entries) {
            combo->addItem(label, value);
        }
        combo->setCurrentIndex(std::max(0, combo->findData(chosen)));
    };
    QList<std::pair<QString, int>> speakers;
    QList<std::pair<QString, int>> items;
    QList<std::pair<QString, int>> questions;
    if (m_session) {
        for (const core::Participant &p : m_session->state().floor().participants()) {
            speakers.append({p.name, p.id});
        }
        const core::Agenda &agenda = m_session->state().agenda();
        for (int index : agenda.leafIndexes()) {
            items.append({agenda.item(index).title, agenda.item(index).id});
        }
        const QStringList &policy = m_session->state().definition().policyQuestions;
        for (int i = 0; i < policy.size(); ++i) {
            questions.append({tr("Policy question %1: %2").arg(i + 1).arg(policy.at(i)), i});
        }
    }
    refill(m_speakerFilter, tr("Every speaker"), speakers);
    refill(m_itemFilter, tr("Every agenda item"), items);
    QList<std::pair<QString, int>> tags;
    for (QToolButton *button : std::as_const(m_tagButtons)) {
        tags.append({button->text().remove(u'&'), int(tags.size())});
    }
    refill(m_tagFilter, tr("Every tag"), tags);
    const int question = m_questionCombo->currentData().toInt();
    m_questionCombo->clear();
    m_questionCombo->addItem(tr("No policy question"), -1);
    for (const auto &[label, value] : std::as_const(questions)) {
        m_questionCombo->addItem(label, value);
    }
    m_questionCombo->setCurrentIndex(std::max(0, m_questionCombo->findData(question)));
    // Every break-out item's groups; a group's name says its item when the agenda has more than one.
    const int group = m_groupCombo->currentData().toInt();
    m_groupCombo->clear();
    m_groupCombo->addItem(tr("No break-out group"), 0);
    if (m_session) {
        const core::Agenda &agenda = m_session->state().agenda();
        QList<int> breakOuts;
        for (int i = 0; i < agenda.size(); ++i) {
            if (agenda.item(i).kind == core::ItemKind::BreakOut && !agenda.item(i).breakOut.groups.isEmpty()) {
                breakOuts.append(i);
            }
        }
        for (int index : std::as_const(breakOuts)) {
            for (const core::BreakOutGroup &g : agenda.item(index).breakOut.groups) {
                m_groupCombo->addItem(
                    breakOuts.size() > 1 ? tr("%1 (%2)").arg(g.name, agenda.item(index).title) : g.name, g.id);
            }
        }
    }
    m_groupCombo->setCurrentIndex(std::max(0, m_groupCombo->findData(group)));
    m_groupCombo->setVisible(m_groupCombo->count() > 1);
    setEnabled(m_session && m_undo);
    // A role that may not write notes still reads, searches and filters them.
    allowIf(m_noteEdit, m_session, core::commands::AddNote{}, true);
    for (qsizetype i = 0; i < m_tagButtons.size(); ++i) {
        allowIf(m_tagButtons.at(i), m_session, core::commands::AddNote{}, true, tr("Alt+%1").arg(i + 1));
    }
    allowIf(m_questionCombo, m_session, core::commands::AddNote{}, true);
    allowIf(m_groupCombo, m_session, core::commands::AddNote{}, true, tr("The break-out group the next notes are for"));
    allowIf(m_editButton, m_session, core::commands::EditNote{}, true);
    allowIf(m_deleteButton, m_session, core::commands::DeleteNote{}, true);
    if (!m_searchEdit->text().trimmed().isEmpty()) {
        applySearch();
    }
}

bool RapporteurPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_searchEdit && event->type() == QEvent::Show && !m_searchEdit->isClearButtonEnabled()) {
        m_searchEdit->setClearButtonEnabled(true);
    }
    if ((watched == m_noteEdit || watched == m_searchEdit)
        && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto *key = static_cast<QKeyEvent *>(event);
        // Alt+1 … Alt+6 toggle a tag while typing.
        if (key->modifiers() == Qt::AltModifier && key->key() >= Qt::Key_1
            && key->key() < Qt::Key_1 + m_tagButtons.size()) {
            event->accept();
            if (event->type() == QEvent::KeyPress) {
                m_tagButtons.at(key->key() - Qt::Key_1)->toggle();
            }
            return event->type() == QEvent::KeyPress;
        }
        // Esc leaves the field without pausing the clock.
        if (key->key() == Qt::Key_Escape) {
            event->accept();
            if (event->type() == QEvent::KeyPress) {
                window()->setFocus(Qt::OtherFocusReason);
            }
            return event->type() == QEvent::KeyPress;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void RapporteurPane::retranslateUi()
{
    m_noteEdit->setPlaceholderText(tr("Type a note, Enter to save it"));
    const QStringList tagNames{
        tr("Key takeaway"), tr("Call to action"), tr("Question"), tr("Agreement"), tr("Disagreement"), tr("Quote")};
    for (qsizetype i = 0; i < m_tagButtons.size(); ++i) {
        m_tagButtons.at(i)->setText(tagNames.at(i)); // their tooltips: refreshFilters()
    }
    m_hint->setText(tr("Tags while typing: Alt+1 key takeaway, Alt+2 call to action, Alt+3 question, Alt+4 agreement, "
                       "Alt+5 disagreement, Alt+6 quote. Esc leaves the field."));
    m_searchEdit->setPlaceholderText(tr("Search the notes"));
    m_editButton->setText(tr("Edit…"));
    m_deleteButton->setText(tr("Delete"));
    refreshFilters();
}

void RapporteurPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

} // namespace ui
