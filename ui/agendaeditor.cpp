// SPDX-License-Identifier: MIT
#include "ui/agendaeditor.h"

#include "core/base/timeformat.h"
#include "core/session/session.h"
#include "ui/breakoutdialog.h"
#include "ui/commands/sessionundo.h"
#include "ui/peopleeditor.h"
#include "ui/permission.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDropEvent>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <functional>

using namespace Qt::StringLiterals;

namespace ui {
namespace {

enum Column
{
    TitleColumn,
    KindColumn,
    LengthColumn,
    SpeakerColumn,
};

enum Role
{
    IdRole = Qt::UserRole,
    KindRole,
    MinutesRole,
    SpeakerRole,
    NoteRole,
    WarningRole, ///< the item's warning time, kept through edits
};

constexpr core::ItemKind kinds[] = {core::ItemKind::Opening,
                                    core::ItemKind::Speaker,
                                    core::ItemKind::AudienceInput,
                                    core::ItemKind::EmptyChair,
                                    core::ItemKind::Summary,
                                    core::ItemKind::BreakOut,
                                    core::ItemKind::Other};

QString kindLabel(core::ItemKind kind)
{
    switch (kind) {
    case core::ItemKind::Opening:
        return AgendaEditor::tr("Opening");
    case core::ItemKind::Speaker:
        return AgendaEditor::tr("Speaker");
    case core::ItemKind::AudienceInput:
        return AgendaEditor::tr("Audience input");
    case core::ItemKind::EmptyChair:
        return AgendaEditor::tr("Empty chair");
    case core::ItemKind::Summary:
        return AgendaEditor::tr("Summary");
    case core::ItemKind::BreakOut:
        return AgendaEditor::tr("Break-out groups");
    case core::ItemKind::Other:
        break;
    }
    return AgendaEditor::tr("Other");
}

/// A tree whose internal drag and drop reports when it moved something.
class DropTree final : public QTreeWidget
{
public:
    using QTreeWidget::QTreeWidget;
    std::function<void()> onDrop;

protected:
    void dropEvent(QDropEvent *event) override
    {
        QTreeWidget::dropEvent(event);
        if (onDrop) {
            onDrop();
        }
    }
};

} // namespace

AgendaEditor::AgendaEditor(SessionUndo *undo, QWidget *parent)
    : QDialog(parent)
    , m_undo(undo)
    , m_session(undo ? undo->session() : nullptr)
{
    setObjectName(u"agendaEditor"_s);
    auto *tree = new DropTree(this);
    m_tree = tree;
    m_tree->setObjectName(u"agendaEditorTree"_s);
    m_tree->setColumnCount(4);
    m_tree->setDragDropMode(QAbstractItemView::InternalMove);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(LengthColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(SpeakerColumn, QHeaderView::ResizeToContents);
    tree->onDrop = [this] { applyTree(); };

    m_totalLabel = new QLabel(this);
    m_totalLabel->setObjectName(u"agendaTotalLabel"_s);
    m_totalLabel->setTextFormat(Qt::PlainText);
    m_lockedLabel = new QLabel(this);
    m_lockedLabel->setObjectName(u"agendaLockedLabel"_s);
    m_lockedLabel->setWordWrap(true);
    m_lockedLabel->setTextFormat(Qt::PlainText);

    m_titleEdit = new QLineEdit(this);
    m_titleEdit->setObjectName(u"agendaTitleEdit"_s);
    m_titleEdit->setMaxLength(200);
    m_kindCombo = new QComboBox(this);
    m_kindCombo->setObjectName(u"agendaKindCombo"_s);
    for (core::ItemKind kind : kinds) {
        m_kindCombo->addItem(QString(), core::kindKey(kind));
    }
    m_groupsButton = new QPushButton(this);
    m_groupsButton->setObjectName(u"agendaGroupsButton"_s);
    m_groupsButton->setAutoDefault(false);
    m_minutesSpin = new QSpinBox(this);
    m_minutesSpin->setObjectName(u"agendaMinutesSpin"_s);
    m_minutesSpin->setRange(1, 24 * 60);
    m_speakerCombo = new QComboBox(this);
    m_speakerCombo->setObjectName(u"agendaSpeakerCombo"_s);
    m_titleCaption = new QLabel(this);
    m_kindCaption = new QLabel(this);
    m_minutesCaption = new QLabel(this);
    m_speakerCaption = new QLabel(this);
    m_noteEdit = new QLineEdit(this);
    m_noteEdit->setObjectName(u"agendaNoteEdit"_s);
    m_noteEdit->setMaxLength(2000);
    m_noteCaption = new QLabel(this);
    auto *form = new QFormLayout;
    form->addRow(m_titleCaption, m_titleEdit);
    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(m_kindCombo, 1);
    kindRow->addWidget(m_groupsButton);
    form->addRow(m_kindCaption, kindRow);
    form->addRow(m_minutesCaption, m_minutesSpin);
    form->addRow(m_speakerCaption, m_speakerCombo);
    form->addRow(m_noteCaption, m_noteEdit);

    auto makeButton = [this](const char *name) {
        auto *button = new QPushButton(this);
        button->setObjectName(QString::fromLatin1(name));
        button->setAutoDefault(false);
        return button;
    };
    m_addButton = makeButton("agendaAddButton");
    m_removeButton = makeButton("agendaRemoveButton");
    m_upButton = makeButton("agendaUpButton");
    m_downButton = makeButton("agendaDownButton");
    m_indentButton = makeButton("agendaIndentButton");
    m_outdentButton = makeButton("agendaOutdentButton");
    m_undoButton = makeButton("agendaUndoButton");
    m_redoButton = makeButton("agendaRedoButton");
    m_closeButton = makeButton("agendaCloseButton");
    addButtonShortcut(m_undoButton, QKeySequence::keyBindings(QKeySequence::Undo));
    addButtonShortcut(m_redoButton,
                      {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    addButtonShortcut(m_removeButton, {QKeySequence(QKeySequence::Delete)});
    addButtonShortcut(m_upButton, {QKeySequence(Qt::ALT | Qt::Key_Up)});
    addButtonShortcut(m_downButton, {QKeySequence(Qt::ALT | Qt::Key_Down)});
    addButtonShortcut(m_indentButton, {QKeySequence(Qt::ALT | Qt::Key_Right)});
    addButtonShortcut(m_outdentButton, {QKeySequence(Qt::ALT | Qt::Key_Left)});
    addButtonShortcut(m_addButton, {QKeySequence(Qt::CTRL | Qt::Key_N)});

    auto *side = new QVBoxLayout;
    for (auto *button : {m_addButton, m_removeButton, m_upButton, m_downButton, m_indentButton, m_outdentButton}) {
        side->addWidget(button);
    }
    side->addStretch();
    side->addWidget(m_undoButton);
    side->addWidget(m_redoButton);
    auto *top = new QHBoxLayout;
    top->addWidget(m_tree, 1);
    top->addLayout(side);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_totalLabel, 1);
    bottom->addWidget(m_closeButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_lockedLabel);
    layout->addLayout(top, 1);
    layout->addLayout(form);
    layout->addLayout(bottom);

    connect(m_addButton, &QPushButton::clicked, this, &AgendaEditor::addItem);
    connect(m_removeButton, &QPushButton::clicked, this, &AgendaEditor::removeSelected);
    connect(m_upButton, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_downButton, &QPushButton::clicked, this, [this] { moveSelected(1); });
    connect(m_indentButton, &QPushButton::clicked, this, &AgendaEditor::indentSelected);
    connect(m_outdentButton, &QPushButton::clicked, this, &AgendaEditor::outdentSelected);
    if (m_undo) {
        QUndoStack *stack = m_undo->stack();
        connect(m_undoButton, &QPushButton::clicked, stack, &QUndoStack::undo);
        connect(m_redoButton, &QPushButton::clicked, stack, &QUndoStack::redo);
        for (auto signal : {&QUndoStack::canUndoChanged, &QUndoStack::canRedoChanged}) {
            connect(stack, signal, this, &AgendaEditor::updateUndoButtons);
        }
        for (auto signal : {&QUndoStack::undoTextChanged, &QUndoStack::redoTextChanged}) {
            connect(stack, signal, this, &AgendaEditor::updateUndoButtons);
        }
    }
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &AgendaEditor::updateForm);
    connect(m_titleEdit, &QLineEdit::editingFinished, this, [this] { setSelectedTitle(m_titleEdit->text()); });
    connect(m_kindCombo, &QComboBox::activated, this, [this](int index) {
        core::ItemKind kind{};
        if (core::kindFromKey(m_kindCombo->itemData(index).toString(), &kind)) {
            setSelectedKind(kind);
        }
    });
    connect(m_groupsButton, &QPushButton::clicked, this, [this] { editSelectedGroups(); });
    connect(m_minutesSpin, &QSpinBox::editingFinished, this, [this] { setSelectedMinutes(m_minutesSpin->value()); });
    connect(m_noteEdit, &QLineEdit::editingFinished, this, [this] { setSelectedNote(m_noteEdit->text()); });
    connect(m_speakerCombo, &QComboBox::activated, this, [this](int index) {
        setSelectedSpeaker(m_speakerCombo->itemData(index).toString());
    });
    if (m_session) {
        connect(m_session, &core::Session::stateChanged, this, &AgendaEditor::updateForm);
        // An edit, or its undo or redo from here or the window's Edit menu.
        connect(m_session, &core::Session::agendaReplaced, this, &AgendaEditor::rebuildTree);
    }
    m_undoButton->setEnabled(false);
    m_redoButton->setEnabled(false);
    retranslateUi();
    rebuildTree();
    resize(760, 560);
}

void AgendaEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void AgendaEditor::retranslateUi()
{
    setWindowTitle(tr("Edit the agenda"));
    m_tree->setHeaderLabels({tr("Item"), tr("Kind"), tr("Length"), tr("Speaker")});
    m_titleCaption->setText(tr("&Title:"));
    m_kindCaption->setText(tr("&Kind:"));
    m_groupsButton->setText(tr("&Groups…"));
    m_minutesCaption->setText(tr("&Minutes:"));
    m_speakerCaption->setText(tr("S&peaker:"));
    m_titleCaption->setBuddy(m_titleEdit);
    m_kindCaption->setBuddy(m_kindCombo);
    m_minutesCaption->setBuddy(m_minutesSpin);
    m_speakerCaption->setBuddy(m_speakerCombo);
    m_noteCaption->setText(tr("N&ote:"));
    m_noteCaption->setBuddy(m_noteEdit);
    for (int i = 0; i < m_kindCombo->count(); ++i) {
        m_kindCombo->setItemText(i, kindLabel(kinds[i]));
    }
    m_minutesSpin->setSuffix(tr(" min"));
    m_addButton->setText(tr("&Add item"));
    m_removeButton->setText(tr("&Remove"));
    m_upButton->setText(tr("Move &up"));
    m_downButton->setText(tr("Move &down"));
    m_indentButton->setText(tr("&Nest"));
    m_outdentButton->setText(tr("Un-n&est"));
    m_undoButton->setText(tr("Undo"));
    m_redoButton->setText(tr("Redo"));
    m_closeButton->setText(tr("&Close"));
    m_lockedLabel->setText(tr("The clock has started: the agenda can no longer be edited. Lengthen, shorten or "
                              "re-balance items from the console."));
    rebuildTree();
}

qint64 AgendaEditor::sessionLengthMs() const
{
    if (!m_session) {
        return 0;
    }
    const int minutes = m_session->state().definition().formatMinutes;
    return minutes > 0 ? minutes * 60'000LL : 90 * 60'000LL;
}

int AgendaEditor::nextId() const
{
    int id = 0;
    if (m_session) {
        for (const auto &item : m_session->state().agenda().items()) {
            id = std::max(id, item.id);
        }
    }
    std::function<void(QTreeWidgetItem *)> visit = [&](QTreeWidgetItem *item) {
        id = std::max(id, item->data(TitleColumn, IdRole).toInt());
        for (int i = 0; i < item->childCount(); ++i) {
            visit(item->child(i));
        }
    };
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        visit(m_tree->topLevelItem(i));
    }
    return id + 1;
}

void AgendaEditor::rebuildTree()
{
    if (!m_session) {
        return;
    }
    const int selected = selectedItemId();
    m_updating = true;
    m_tree->clear();
    const core::Agenda &agenda = m_session->state().agenda();
    QHash<int, QTreeWidgetItem *> byId;
    for (int i = 0; i < agenda.size(); ++i) {
        const core::AgendaItem &item = agenda.item(i);
        QTreeWidgetItem *parent = byId.value(item.parentId);
        auto *row = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
        row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled);
        row->setData(TitleColumn, IdRole, item.id);
        row->setData(TitleColumn, KindRole, core::kindKey(item.kind));
        row->setData(TitleColumn, MinutesRole, int(std::max<qint64>(1, item.plannedMs / 60'000)));
        row->setData(TitleColumn, SpeakerRole, item.speaker);
        row->setData(TitleColumn, NoteRole, item.note);
        row->setData(TitleColumn, WarningRole, item.warningMs);
        row->setText(TitleColumn, item.title);
        row->setToolTip(TitleColumn, item.note);
        row->setText(KindColumn, agenda.isLeaf(i) ? kindLabel(item.kind) : tr("Block"));
        row->setText(LengthColumn, core::formatDuration(agenda.plannedMs(i)));
        row->setTextAlignment(LengthColumn, Qt::AlignRight | Qt::AlignVCenter);
        row->setText(SpeakerColumn, item.kind == core::ItemKind::Speaker ? item.speaker : QString());
        byId.insert(item.id, row);
    }
    m_tree->expandAll();
    if (QTreeWidgetItem *row = byId.value(selected)) {
        m_tree->setCurrentItem(row);
    }
    m_updating = false;
    updateTotal();
    updateForm();
}

QJsonArray AgendaEditor::treeToJson() const
{
    std::function<QJsonObject(QTreeWidgetItem *)> write = [&](QTreeWidgetItem *row) {
        core::AgendaItem item;
        item.id = row->data(TitleColumn, IdRole).toInt();
        item.title = row->text(TitleColumn);
        if (!core::kindFromKey(row->data(TitleColumn, KindRole).toString(), &item.kind)) {
            item.kind = core::ItemKind::Other;
        }
        item.speaker = row->data(TitleColumn, SpeakerRole).toString();
        item.note = row->data(TitleColumn, NoteRole).toString();
        if (const QVariant warning = row->data(TitleColumn, WarningRole); warning.isValid()) {
            item.warningMs = warning.toLongLong();
        }
        // A break-out item keeps its groups (the break-out dialog edits them).
        if (const int index = m_session ? m_session->state().agenda().indexOf(item.id) : -1;
            index >= 0 && item.kind == core::ItemKind::BreakOut) {
            item.breakOut = m_session->state().agenda().item(index).breakOut;
        }
        QJsonArray children;
        for (int i = 0; i < row->childCount(); ++i) {
            children.append(write(row->child(i)));
        }
        if (children.isEmpty()) {
            item.plannedMs = qint64(std::max(1, row->data(TitleColumn, MinutesRole).toInt())) * 60'000;
        }
        return core::Agenda::itemToJson(item, children, core::Agenda::JsonForm::Authored);
    };
    QJsonArray array;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        array.append(write(m_tree->topLevelItem(i)));
    }
    return array;
}

bool AgendaEditor::apply(const QJsonArray &after, const QString &description)
{
    if (!m_session || !m_undo) {
        return false;
    }
    // The step's undo is the same edit with the agenda as it was.
    auto result = m_undo->change(description, core::commands::EditAgenda{after});
    if (!result) {
        emit actionFailed(core::errorMessage(result.error()));
    }
    rebuildTree(); // refused: the tree goes back to the session's agenda
    return result.has_value();
}

bool AgendaEditor::applyTree()
{
    const int selected = selectedItemId();
    if (!apply(treeToJson(), tr("Move item"))) {
        rebuildTree(); // the tree goes back to the session's agenda
        return false;
    }
    selectItem(selected);
    return true;
}

QTreeWidgetItem *AgendaEditor::selectedTreeItem() const
{
    const auto selected = m_tree->selectedItems();
    return selected.isEmpty() ? nullptr : selected.constFirst();
}

int AgendaEditor::selectedItemId() const
{
    const QTreeWidgetItem *row = selectedTreeItem();
    return row ? row->data(TitleColumn, IdRole).toInt() : 0;
}

void AgendaEditor::selectItem(int itemId)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(TitleColumn, IdRole).toInt() == itemId) {
            m_tree->setCurrentItem(*it);
            return;
        }
    }
}

void AgendaEditor::addItem()
{
    QTreeWidgetItem *selected = selectedTreeItem();
    const int id = nextId();
    auto *row = new QTreeWidgetItem;
    row->setText(TitleColumn, tr("New item"));
    row->setData(TitleColumn, IdRole, id);
    row->setData(TitleColumn, KindRole, core::kindKey(core::ItemKind::Other));
    row->setData(TitleColumn, MinutesRole, 5);
    // After the selected item, at its level; at the end when nothing is selected.
    if (selected && selected->parent()) {
        selected->parent()->insertChild(selected->parent()->indexOfChild(selected) + 1, row);
    } else if (selected) {
        m_tree->insertTopLevelItem(m_tree->indexOfTopLevelItem(selected) + 1, row);
    } else {
        m_tree->addTopLevelItem(row);
    }
    if (apply(treeToJson(), tr("Add item"))) {
        selectItem(id);
        m_titleEdit->setFocus();
        m_titleEdit->selectAll();
    }
}

void AgendaEditor::removeSelected()
{
    QTreeWidgetItem *selected = selectedTreeItem();
    if (!selected) {
        return;
    }
    if (m_tree->topLevelItemCount() == 1 && !selected->parent()) {
        emit actionFailed(tr("The agenda needs at least one item."));
        return;
    }
    QTreeWidgetItem *parent = selected->parent();
    delete selected;
    // A block that lost its last item becomes an item of its own.
    if (parent && parent->childCount() == 0) {
        parent->setData(TitleColumn, MinutesRole, std::max(1, parent->data(TitleColumn, MinutesRole).toInt()));
    }
    apply(treeToJson(), tr("Remove item"));
}

void AgendaEditor::moveSelected(int delta)
{
    QTreeWidgetItem *selected = selectedTreeItem();
    if (!selected) {
        return;
    }
    const int id = selectedItemId();
    QTreeWidgetItem *parent = selected->parent();
    const int count = parent ? parent->childCount() : m_tree->topLevelItemCount();
    const int from = parent ? parent->indexOfChild(selected) : m_tree->indexOfTopLevelItem(selected);
    const int to = from + delta;
    if (to < 0 || to >= count) {
        return;
    }
    QTreeWidgetItem *row = parent ? parent->takeChild(from) : m_tree->takeTopLevelItem(from);
    if (parent) {
        parent->insertChild(to, row);
    } else {
        m_tree->insertTopLevelItem(to, row);
    }
    if (apply(treeToJson(), tr("Move item"))) {
        selectItem(id);
    }
}

void AgendaEditor::indentSelected()
{
    QTreeWidgetItem *selected = selectedTreeItem();
    if (!selected) {
        return;
    }
    const int id = selectedItemId();
    QTreeWidgetItem *parent = selected->parent();
    const int from = parent ? parent->indexOfChild(selected) : m_tree->indexOfTopLevelItem(selected);
    if (from == 0) {
        emit actionFailed(tr("Only an item with an item before it can be nested into that item."));
        return;
    }
    QTreeWidgetItem *newParent = parent ? parent->child(from - 1) : m_tree->topLevelItem(from - 1);
    QTreeWidgetItem *row = parent ? parent->takeChild(from) : m_tree->takeTopLevelItem(from);
    if (newParent->childCount() == 0) {
        newParent->setData(TitleColumn, KindRole, core::kindKey(core::ItemKind::Other)); // it becomes a block
    }
    newParent->addChild(row);
    if (apply(treeToJson(), tr("Nest item"))) {
        selectItem(id);
    }
}

void AgendaEditor::outdentSelected()
{
    QTreeWidgetItem *selected = selectedTreeItem();
    if (!selected || !selected->parent()) {
        return;
    }
    const int id = selectedItemId();
    QTreeWidgetItem *parent = selected->parent();
    QTreeWidgetItem *grandParent = parent->parent();
    QTreeWidgetItem *row = parent->takeChild(parent->indexOfChild(selected));
    if (grandParent) {
        grandParent->insertChild(grandParent->indexOfChild(parent) + 1, row);
    } else {
        m_tree->insertTopLevelItem(m_tree->indexOfTopLevelItem(parent) + 1, row);
    }
    if (apply(treeToJson(), tr("Un-nest item"))) {
        selectItem(id);
    }
}

void AgendaEditor::setSelectedMinutes(int minutes)
{
    QTreeWidgetItem *selected = selectedTreeItem();
    if (m_updating || !selected || selected->childCount() > 0
        || selected->data(TitleColumn, MinutesRole).toInt() == minutes) {
        return;
    }
    selected->setData(TitleColumn, MinutesRole, minutes);
    apply(treeToJson(), tr("Change length"));
}

void AgendaEditor::setSelectedTitle(const QString &title)
{
    QTreeWidgetItem *selected = selectedTreeItem();
    const QString text = title.simplified();
    if (m_updating || !selected || text == selected->text(TitleColumn)) {
        return;
    }
    if (text.isEmpty()) {
        emit actionFailed(tr("An agenda item needs a title."));
        updateForm();
        return;
    }
    selected->setText(TitleColumn, text);
    apply(treeToJson(), tr("Rename item"));
}

void AgendaEditor::setSelectedNote(const QString &note)
{
    QTreeWidgetItem *selected = selectedTreeItem();
    const QString text = note.simplified();
    if (m_updating || !selected || text == selected->data(TitleColumn, NoteRole).toString()) {
        return;
    }
    selected->setData(TitleColumn, NoteRole, text);
    apply(treeToJson(), tr("Change note"));
}

void AgendaEditor::setSelectedKind(core::ItemKind kind)
{
    QTreeWidgetItem *selected = selectedTreeItem();
    if (m_updating || !selected || selected->data(TitleColumn, KindRole).toString() == core::kindKey(kind)) {
        return;
    }
    selected->setData(TitleColumn, KindRole, core::kindKey(kind));
    if (kind != core::ItemKind::Speaker) {
        selected->setData(TitleColumn, SpeakerRole, QString());
    }
    apply(treeToJson(), tr("Change kind"));
}

void AgendaEditor::setSelectedSpeaker(const QString &speaker)
{
    QTreeWidgetItem *selected = selectedTreeItem();
    if (m_updating || !selected || selected->data(TitleColumn, SpeakerRole).toString() == speaker) {
        return;
    }
    selected->setData(TitleColumn, SpeakerRole, speaker);
    if (!speaker.isEmpty()) {
        selected->setData(TitleColumn, KindRole, core::kindKey(core::ItemKind::Speaker));
    }
    apply(treeToJson(), tr("Change speaker"));
}

BreakOutDialog *AgendaEditor::editSelectedGroups()
{
    updateForm();
    if (!m_groupsButton->isEnabled()) {
        return nullptr;
    }
    auto *dialog = new BreakOutDialog(m_undo, selectedItemId(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void AgendaEditor::updateForm()
{
    const bool editable = m_session && m_session->state().runState() == core::RunState::NotStarted;
    m_lockedLabel->setVisible(!editable);
    m_tree->setDragEnabled(editable);
    m_tree->setAcceptDrops(editable);
    QTreeWidgetItem *selected = selectedTreeItem();
    const bool leaf = selected && selected->childCount() == 0;
    m_updating = true;
    m_titleEdit->setText(selected ? selected->text(TitleColumn) : QString());
    m_kindCombo->setCurrentIndex(
        selected ? std::max(0, m_kindCombo->findData(selected->data(TitleColumn, KindRole).toString())) : 0);
    m_minutesSpin->setValue(selected ? selected->data(TitleColumn, MinutesRole).toInt() : 1);
    m_noteEdit->setText(selected ? selected->data(TitleColumn, NoteRole).toString() : QString());
    m_noteEdit->setCursorPosition(0);
    m_speakerCombo->clear();
    m_speakerCombo->addItem(tr("(nobody)"), QString());
    if (m_session) {
        for (const auto &participant : m_session->state().floor().participants()) {
            if (participant.hasRole(core::Role::Speaker)) {
                m_speakerCombo->addItem(participant.name, participant.name);
            }
        }
    }
    const QString speaker = selected ? selected->data(TitleColumn, SpeakerRole).toString() : QString();
    if (!speaker.isEmpty() && m_speakerCombo->findData(speaker) < 0) {
        m_speakerCombo->addItem(speaker, speaker); // named in the agenda, not (or no longer) a speaker
    }
    m_speakerCombo->setCurrentIndex(std::max(0, m_speakerCombo->findData(speaker)));
    m_updating = false;

    m_titleEdit->setEnabled(editable && selected);
    m_kindCombo->setEnabled(editable && leaf);
    // The groups stay editable after the start (latecomers, the report-back order); the item must be recorded.
    const int selectedId = selected ? selected->data(TitleColumn, IdRole).toInt() : 0;
    const int selectedIndex = m_session && selectedId > 0 ? m_session->state().agenda().indexOf(selectedId) : -1;
    const bool breakOut =
        selectedIndex >= 0 && m_session->state().agenda().item(selectedIndex).kind == core::ItemKind::BreakOut;
    allowIf(m_groupsButton,
            m_session,
            core::commands::SetBreakOut{},
            breakOut,
            breakOut ? tr("Groups, topics, places, leaders and members of this break-out item")
                     : tr("Give the item the kind \"Break-out groups\" to edit its groups"));
    m_minutesSpin->setEnabled(editable && leaf);
    m_speakerCombo->setEnabled(editable && leaf);
    m_noteEdit->setEnabled(editable && selected);
    m_addButton->setEnabled(editable);
    m_removeButton->setEnabled(editable && selected);
    m_upButton->setEnabled(editable && selected);
    m_downButton->setEnabled(editable && selected);
    m_indentButton->setEnabled(editable && selected);
    m_outdentButton->setEnabled(editable && selected && selected->parent());
    updateUndoButtons();
}

void AgendaEditor::updateUndoButtons()
{
    // The session's one stack: the step on top may be another editor's, named in the tooltip.
    const bool editable = m_session && m_session->state().runState() == core::RunState::NotStarted;
    const QUndoStack *stack = m_undo ? m_undo->stack() : nullptr;
    m_undoButton->setEnabled(editable && stack && stack->canUndo());
    m_redoButton->setEnabled(editable && stack && stack->canRedo());
    m_undoButton->setToolTip(stack ? stack->undoText() : QString());
    m_redoButton->setToolTip(stack ? stack->redoText() : QString());
}

QString AgendaEditor::totalText() const
{
    if (!m_session) {
        return {};
    }
    const qint64 total = m_session->state().agenda().plannedTotalMs();
    const qint64 length = sessionLengthMs();
    const QString text = tr("Total %1 of %2").arg(core::formatDuration(total), core::formatDuration(length));
    if (total > length) {
        return text + u' ' + tr("(%1 over)").arg(core::formatDuration(total - length));
    }
    if (total < length) {
        return text + u' ' + tr("(%1 left)").arg(core::formatDuration(length - total));
    }
    return text;
}

void AgendaEditor::updateTotal()
{
    m_totalLabel->setText(totalText());
    const bool matches = m_session && m_session->state().agenda().plannedTotalMs() == sessionLengthMs();
    m_totalLabel->setStyleSheet(matches ? QString() : u"color: #B00020; font-weight: bold;"_s);
}

} // namespace ui
