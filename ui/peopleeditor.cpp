// SPDX-License-Identifier: MIT
#include "ui/peopleeditor.h"

#include "core/base/vocabulary.h"
#include "core/io/peoplecsv.h"
#include "core/session/preparationchecks.h"
#include "core/session/session.h"
#include "ui/commands/sessionundo.h"
#include "ui/plainmessage.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ui {
namespace {

constexpr core::Role roles[] = {core::Role::Speaker,
                                core::Role::Moderator,
                                core::Role::OnlineModerator,
                                core::Role::Rapporteur,
                                core::Role::Audience};

enum Column
{
    NameColumn,
    OrganizationColumn,
    GroupColumn,
    RegionColumn,
    GenderColumn,
    ChannelColumn,
    RolesColumn,
    ColumnCount,
};

QString channelLabel(const core::Participant &p)
{
    switch (p.channel) {
    case core::Channel::Onsite:
        return PeopleEditor::tr("onsite");
    case core::Channel::Online:
        return PeopleEditor::tr("online");
    case core::Channel::Hub:
        break;
    }
    return PeopleEditor::tr("hub: %1").arg(p.hub);
}

} // namespace

void addButtonShortcut(QAbstractButton *button, const QList<QKeySequence> &keys)
{
    // A button's own shortcut is replaced by its text's mnemonic: the keys go to an action of the window.
    auto *action = new QAction(button);
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WindowShortcut);
    button->window()->addAction(action);
    QObject::connect(action, &QAction::triggered, button, &QAbstractButton::click);
}

QString roleLabel(core::Role role)
{
    switch (role) {
    case core::Role::Speaker:
        return PeopleEditor::tr("Speaker");
    case core::Role::Moderator:
        return PeopleEditor::tr("Onsite moderator");
    case core::Role::OnlineModerator:
        return PeopleEditor::tr("Online moderator");
    case core::Role::Rapporteur:
        return PeopleEditor::tr("Rapporteur");
    case core::Role::Audience:
        break;
    }
    return PeopleEditor::tr("Audience");
}

PeopleEditor::PeopleEditor(SessionUndo *undo, QWidget *parent)
    : QDialog(parent)
    , m_undo(undo)
    , m_session(undo ? undo->session() : nullptr)
{
    setObjectName(u"peopleEditor"_s);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(u"peopleTable"_s);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_hintLabel = new QLabel(this);
    m_hintLabel->setWordWrap(true);
    // The preparation checks on the team's roles, as the people change.
    m_warningsLabel = new QLabel(this);
    m_warningsLabel->setObjectName(u"peopleWarningsLabel"_s);
    m_warningsLabel->setTextFormat(Qt::PlainText);
    m_warningsLabel->setWordWrap(true);
    m_warningsLabel->setStyleSheet(u"background: #FFF3E0; color: #3E2723; padding: 4px; border: 1px solid #EF6C00;"_s);

    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(u"personNameEdit"_s);
    m_nameEdit->setMaxLength(200);
    m_organizationEdit = new QLineEdit(this);
    m_organizationEdit->setObjectName(u"personOrganizationEdit"_s);
    m_organizationEdit->setMaxLength(200);
    // The IGF's words are offered; anything else can be typed.
    m_groupCombo = new QComboBox(this);
    m_groupCombo->setObjectName(u"personGroupCombo"_s);
    m_groupCombo->setEditable(true);
    // Shown in the interface's language (retranslateUi), stored as language-neutral keys (core::Vocabulary).
    m_groupCombo->addItem(QString());
    for (const QString &key : core::Vocabulary::keys(core::Vocabulary::Kind::StakeholderGroup)) {
        m_groupCombo->addItem(key, key);
    }
    m_regionCombo = new QComboBox(this);
    m_regionCombo->setObjectName(u"personRegionCombo"_s);
    m_regionCombo->setEditable(true);
    m_regionCombo->addItem(QString());
    for (const QString &key : core::Vocabulary::keys(core::Vocabulary::Kind::Region)) {
        m_regionCombo->addItem(key, key);
    }
    m_genderEdit = new QLineEdit(this);
    m_genderEdit->setObjectName(u"personGenderEdit"_s);
    m_genderEdit->setMaxLength(60);
    m_channelCombo = new QComboBox(this);
    m_channelCombo->setObjectName(u"personChannelCombo"_s);
    m_channelCombo->addItems({QString(), QString(), QString()});
    m_hubEdit = new QLineEdit(this);
    m_hubEdit->setObjectName(u"personHubEdit"_s);
    m_hubEdit->setMaxLength(200);
    auto *roleRow = new QHBoxLayout;
    for (core::Role role : roles) {
        auto *box = new QCheckBox(this);
        box->setObjectName(u"role_"_s + core::roleKey(role));
        roleRow->addWidget(box);
        m_roleBoxes.append(box);
        connect(box, &QCheckBox::clicked, this, &PeopleEditor::applyForm);
    }
    roleRow->addStretch();
    auto *form = new QFormLayout;
    const QList<QWidget *> fields{
        m_nameEdit, m_organizationEdit, m_groupCombo, m_regionCombo, m_genderEdit, m_channelCombo, m_hubEdit};
    for (QWidget *field : fields) {
        auto *caption = new QLabel(this);
        caption->setBuddy(field);
        m_captions.append(caption);
        form->addRow(caption, field);
    }
    auto *rolesCaption = new QLabel(this);
    m_captions.append(rolesCaption);
    form->addRow(rolesCaption, roleRow);

    auto makeButton = [this](const char *name) {
        auto *button = new QPushButton(this);
        button->setObjectName(QString::fromLatin1(name));
        button->setAutoDefault(false);
        return button;
    };
    m_addButton = makeButton("peopleAddButton");
    m_removeButton = makeButton("peopleRemoveButton");
    m_importButton = makeButton("peopleImportButton");
    m_exportButton = makeButton("peopleExportButton");
    m_undoButton = makeButton("peopleUndoButton");
    m_redoButton = makeButton("peopleRedoButton");
    m_closeButton = makeButton("peopleCloseButton");
    addButtonShortcut(m_undoButton, QKeySequence::keyBindings(QKeySequence::Undo));
    addButtonShortcut(m_redoButton,
                      {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    addButtonShortcut(m_addButton, {QKeySequence(Qt::CTRL | Qt::Key_N)});
    addButtonShortcut(m_removeButton, {QKeySequence(QKeySequence::Delete)});
    auto *side = new QVBoxLayout;
    for (auto *button : {m_addButton, m_removeButton, m_importButton, m_exportButton}) {
        side->addWidget(button);
    }
    side->addStretch();
    side->addWidget(m_undoButton);
    side->addWidget(m_redoButton);
    auto *top = new QHBoxLayout;
    top->addWidget(m_table, 1);
    top->addLayout(side);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_hintLabel, 1);
    bottom->addWidget(m_closeButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(m_warningsLabel);
    layout->addLayout(form);
    layout->addLayout(bottom);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &PeopleEditor::updateForm);
    for (QLineEdit *edit : {m_nameEdit, m_organizationEdit, m_genderEdit, m_hubEdit}) {
        connect(edit, &QLineEdit::editingFinished, this, &PeopleEditor::applyForm);
    }
    for (QComboBox *combo : {m_groupCombo, m_regionCombo}) {
        connect(combo->lineEdit(), &QLineEdit::editingFinished, this, &PeopleEditor::applyForm);
        connect(combo, &QComboBox::activated, this, &PeopleEditor::applyForm);
    }
    connect(m_channelCombo, &QComboBox::activated, this, &PeopleEditor::applyForm);
    connect(m_addButton, &QPushButton::clicked, this, [this] {
        core::Participant person;
        person.name = tr("New participant");
        for (int n = 2; m_session && m_session->state().floor().participantByName(person.name); ++n) {
            person.name = tr("New participant %1").arg(n);
        }
        if (const int id = addPerson(person)) {
            selectPerson(id);
            m_nameEdit->setFocus();
            m_nameEdit->selectAll();
        }
    });
    connect(m_removeButton, &QPushButton::clicked, this, [this] { removePerson(selectedPersonId()); });
    connect(m_importButton, &QPushButton::clicked, this, &PeopleEditor::importDialog);
    connect(m_exportButton, &QPushButton::clicked, this, &PeopleEditor::exportDialog);
    if (m_undo) {
        QUndoStack *stack = m_undo->stack();
        connect(m_undoButton, &QPushButton::clicked, stack, &QUndoStack::undo);
        connect(m_redoButton, &QPushButton::clicked, stack, &QUndoStack::redo);
        for (auto signal : {&QUndoStack::canUndoChanged, &QUndoStack::canRedoChanged}) {
            connect(stack, signal, this, &PeopleEditor::updateUndoButtons);
        }
        for (auto signal : {&QUndoStack::undoTextChanged, &QUndoStack::redoTextChanged}) {
            connect(stack, signal, this, &PeopleEditor::updateUndoButtons);
        }
    }
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::accept);
    if (m_session) {
        connect(m_session, &core::Session::stateChanged, this, &PeopleEditor::rebuildTable);
    }
    updateUndoButtons();
    retranslateUi();
    rebuildTable();
    resize(900, 600);
}

void PeopleEditor::updateUndoButtons()
{
    // The session's one stack: the step on top may be another editor's, named in the tooltip.
    const QUndoStack *stack = m_undo ? m_undo->stack() : nullptr;
    m_undoButton->setEnabled(stack && stack->canUndo());
    m_redoButton->setEnabled(stack && stack->canRedo());
    m_undoButton->setToolTip(stack ? stack->undoText() : QString());
    m_redoButton->setToolTip(stack ? stack->redoText() : QString());
}

void PeopleEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void PeopleEditor::retranslateUi()
{
    setWindowTitle(tr("People"));
    m_table->setHorizontalHeaderLabels({tr("Name"),
                                        tr("Organization"),
                                        tr("Stakeholder group"),
                                        tr("Region"),
                                        tr("Gender"),
                                        tr("Channel"),
                                        tr("Roles")});
    const QStringList captions{tr("&Name:"),
                               tr("&Organization:"),
                               tr("Stakeholder &group:"),
                               tr("&Region:"),
                               tr("Gen&der:"),
                               tr("&Channel:"),
                               tr("&Hub:"),
                               tr("Roles:")};
    for (int i = 0; i < m_captions.size(); ++i) {
        m_captions[i]->setText(captions.at(i));
    }
    m_channelCombo->setItemText(0, tr("onsite"));
    m_channelCombo->setItemText(1, tr("online"));
    m_channelCombo->setItemText(2, tr("remote hub"));
    for (int i = 0; i < m_roleBoxes.size(); ++i) {
        m_roleBoxes[i]->setText(roleLabel(roles[i]));
    }
    m_genderEdit->setPlaceholderText(tr("as the person describes it; optional"));
    for (auto [combo, kind] : {std::pair{m_groupCombo, core::Vocabulary::Kind::StakeholderGroup},
                               std::pair{m_regionCombo, core::Vocabulary::Kind::Region}}) {
        for (int i = 1; i < combo->count(); ++i) {
            combo->setItemText(i, core::Vocabulary::displayName(kind, combo->itemData(i).toString()));
        }
    }
    m_addButton->setText(tr("&Add"));
    m_removeButton->setText(tr("Remove"));
    m_importButton->setText(tr("&Import CSV…"));
    m_exportButton->setText(tr("E&xport CSV…"));
    m_undoButton->setText(tr("Undo"));
    m_redoButton->setText(tr("Redo"));
    m_closeButton->setText(tr("Close"));
    m_hintLabel->setText(tr("Who has spoken, asked to speak or claimed the chair stays in the session's record."));
    rebuildTable();
}

bool PeopleEditor::record(const core::Result<int> &result)
{
    if (!result) {
        emit actionFailed(core::errorMessage(result.error()));
        return false;
    }
    return true;
}

int PeopleEditor::addPerson(core::Participant person)
{
    if (!m_session || !m_undo) {
        return 0;
    }
    if (person.roles.isEmpty()) {
        person.roles = {core::Role::Audience};
    }
    // The session gives the id. Undo removes the participant; redo brings them back with that id.
    auto id = m_undo->run(tr("Add %1").arg(person.name),
                          core::commands::AddParticipant{core::participantToJson(person)},
                          [](const core::SessionState &state, int added) {
                              const core::Participant *participant = state.floor().participant(added);
                              return UndoStep{core::commands::RemoveParticipant{added},
                                              core::commands::RestoreParticipant{
                                                  participant ? core::participantToJson(*participant) : QJsonObject()}};
                          });
    return record(id) ? id.value() : 0;
}

bool PeopleEditor::updatePerson(const core::Participant &person)
{
    const core::Participant *old = m_session ? m_session->state().floor().participant(person.id) : nullptr;
    if (!old || !m_undo) {
        return false;
    }
    return record(m_undo->change(tr("Edit %1").arg(person.name),
                                 core::commands::UpdateParticipant{core::participantToJson(person)}));
}

bool PeopleEditor::removePerson(int participantId)
{
    const core::Participant *old = m_session ? m_session->state().floor().participant(participantId) : nullptr;
    if (!old || !m_undo) {
        return false;
    }
    return record(m_undo->run(tr("Remove %1").arg(old->name),
                              core::commands::RemoveParticipant{participantId},
                              core::commands::RestoreParticipant{core::participantToJson(*old)}));
}

core::Result<QStringList> PeopleEditor::importCsv(const QString &path)
{
    if (!m_session || !m_undo) {
        return core::Error{core::ErrorCode::InvalidState, tr("no session is open")};
    }
    auto read = core::PeopleCsv::readFile(path);
    if (!read) {
        return read.error();
    }
    QStringList warnings = read.value().warnings;
    m_undo->beginGroup(tr("Import people"));
    int added = 0;
    int updated = 0;
    for (core::Participant person : read.value().people) {
        if (const core::Participant *existing = m_session->state().floor().participantByName(person.name)) {
            // What the file gives replaces; what it leaves empty stays.
            core::Participant merged = *existing;
            for (auto [field, value] : {std::pair{&merged.organization, person.organization},
                                        std::pair{&merged.stakeholderGroup, person.stakeholderGroup},
                                        std::pair{&merged.region, person.region},
                                        std::pair{&merged.gender, person.gender}}) {
                if (!value.isEmpty()) {
                    *field = value;
                }
            }
            merged.channel = person.channel;
            merged.hub = person.hub;
            for (core::Role role : person.roles) {
                if (role != core::Role::Audience && !merged.roles.contains(role)) {
                    merged.roles.append(role);
                }
            }
            if (updatePerson(merged)) {
                ++updated;
            } else {
                warnings.append(tr("\"%1\" could not be updated").arg(person.name));
            }
        } else if (addPerson(person)) {
            ++added;
        } else {
            warnings.append(tr("\"%1\" could not be added").arg(person.name));
        }
    }
    m_undo->endGroup();
    warnings.prepend(tr("%1 added, %2 updated.").arg(added).arg(updated));
    return warnings;
}

core::Result<void> PeopleEditor::exportCsv(const QString &path) const
{
    if (!m_session) {
        return core::Error{core::ErrorCode::InvalidState, tr("no session is open")};
    }
    QSaveFile file(path);
    const QByteArray bytes = core::PeopleCsv::write(m_session->state().floor().participants());
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return core::Error{core::ErrorCode::Io, tr("cannot write \"%1\": %2").arg(path, file.errorString())};
    }
    return {};
}

void PeopleEditor::importDialog()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import people"), QString(), tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    auto result = importCsv(path);
    if (!result) {
        showPlainMessage(this, tr("Import people"), core::errorMessage(result.error()));
        return;
    }
    QMessageBox box(QMessageBox::Information, tr("Import people"), result.value().constFirst(), QMessageBox::Ok, this);
    box.setTextFormat(Qt::PlainText);
    if (result.value().size() > 1) {
        box.setDetailedText(result.value().mid(1).join(u'\n'));
    }
    box.exec();
}

void PeopleEditor::exportDialog()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Export people"), QString(), tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    if (!path.endsWith(u".csv"_s, Qt::CaseInsensitive)) {
        path += u".csv"_s;
    }
    if (auto result = exportCsv(path); !result) {
        showPlainMessage(this, tr("Export people"), core::errorMessage(result.error()));
    }
}

int PeopleEditor::selectedPersonId() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return 0;
    }
    return m_table->item(rows.constFirst().row(), NameColumn)->data(Qt::UserRole).toInt();
}

void PeopleEditor::selectPerson(int participantId)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, NameColumn)->data(Qt::UserRole).toInt() == participantId) {
            m_table->selectRow(row);
            return;
        }
    }
}

void PeopleEditor::rebuildTable()
{
    if (!m_session) {
        return;
    }
    const int selected = selectedPersonId();
    m_updating = true;
    const auto &people = m_session->state().floor().participants();
    m_table->setRowCount(int(people.size()));
    for (int row = 0; row < people.size(); ++row) {
        const core::Participant &p = people.at(row);
        QStringList roleNames;
        for (core::Role role : p.roles) {
            roleNames.append(roleLabel(role));
        }
        const QStringList cells{
            p.name,
            p.organization,
            core::Vocabulary::displayName(core::Vocabulary::Kind::StakeholderGroup, p.stakeholderGroup),
            core::Vocabulary::displayName(core::Vocabulary::Kind::Region, p.region),
            core::Vocabulary::displayName(core::Vocabulary::Kind::Gender, p.gender),
            channelLabel(p),
            roleNames.join(u", "_s)};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, p.id);
            m_table->setItem(row, column, item);
        }
    }
    m_updating = false;
    selectPerson(selected);
    updateForm();
    const QStringList warnings = core::PreparationChecks::warnings(m_session->state());
    m_warningsLabel->setText(warnings.join(u'\n'));
    m_warningsLabel->setVisible(!warnings.isEmpty());
}

void PeopleEditor::updateForm()
{
    if (m_updating) {
        return;
    }
    const core::Participant *p = m_session ? m_session->state().floor().participant(selectedPersonId()) : nullptr;
    m_updating = true;
    m_nameEdit->setText(p ? p->name : QString());
    m_organizationEdit->setText(p ? p->organization : QString());
    m_groupCombo->setCurrentText(
        p ? core::Vocabulary::displayName(core::Vocabulary::Kind::StakeholderGroup, p->stakeholderGroup) : QString());
    m_regionCombo->setCurrentText(p ? core::Vocabulary::displayName(core::Vocabulary::Kind::Region, p->region)
                                    : QString());
    m_genderEdit->setText(p ? core::Vocabulary::displayName(core::Vocabulary::Kind::Gender, p->gender) : QString());
    m_channelCombo->setCurrentIndex(p ? int(p->channel) : 0);
    m_hubEdit->setText(p ? p->hub : QString());
    for (int i = 0; i < m_roleBoxes.size(); ++i) {
        m_roleBoxes[i]->setChecked(p && p->hasRole(roles[i]));
    }
    for (QWidget *w : {static_cast<QWidget *>(m_nameEdit),
                       static_cast<QWidget *>(m_organizationEdit),
                       static_cast<QWidget *>(m_groupCombo),
                       static_cast<QWidget *>(m_regionCombo),
                       static_cast<QWidget *>(m_genderEdit),
                       static_cast<QWidget *>(m_channelCombo)}) {
        w->setEnabled(p != nullptr);
    }
    m_hubEdit->setEnabled(p && p->channel == core::Channel::Hub);
    for (auto *box : std::as_const(m_roleBoxes)) {
        box->setEnabled(p != nullptr);
    }
    m_removeButton->setEnabled(p && !m_session->state().floor().hasTakenPart(p->id));
    m_updating = false;
}

void PeopleEditor::applyForm()
{
    if (m_updating || !m_session) {
        return;
    }
    const core::Participant *old = m_session->state().floor().participant(selectedPersonId());
    if (!old) {
        return;
    }
    core::Participant p = *old;
    p.name = m_nameEdit->text().simplified();
    if (p.name.isEmpty()) {
        emit actionFailed(tr("A participant needs a name."));
        updateForm();
        return;
    }
    p.organization = m_organizationEdit->text().simplified();
    p.stakeholderGroup =
        core::Vocabulary::keyFor(core::Vocabulary::Kind::StakeholderGroup, m_groupCombo->currentText());
    p.region = core::Vocabulary::keyFor(core::Vocabulary::Kind::Region, m_regionCombo->currentText());
    p.gender = core::Vocabulary::keyFor(core::Vocabulary::Kind::Gender, m_genderEdit->text());
    p.hub = m_hubEdit->text().simplified();
    p.channel = core::Channel(m_channelCombo->currentIndex());
    if (p.channel == core::Channel::Hub && p.hub.isEmpty()) {
        p.hub = tr("Remote hub");
    }
    if (p.channel != core::Channel::Hub) {
        p.hub.clear();
    }
    p.roles.clear();
    for (int i = 0; i < m_roleBoxes.size(); ++i) {
        if (m_roleBoxes[i]->isChecked()) {
            p.roles.append(roles[i]);
        }
    }
    if (p.roles.isEmpty()) {
        p.roles.append(core::Role::Audience);
    }
    const auto json = core::participantToJson(p);
    if (json == core::participantToJson(*old)) {
        return;
    }
    if (!updatePerson(p)) {
        updateForm();
    }
}

} // namespace ui
