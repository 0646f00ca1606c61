// SPDX-License-Identifier: MIT
#include "ui/breakoutdialog.h"

#include "core/floor/floorstate.h"
#include "core/session/session.h"
#include "ui/commands/sessionundo.h"
#include "ui/permission.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDrag>
#include <QDropEvent>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace ui {
namespace {

constexpr int IdRole = Qt::UserRole;

QList<int> idsFromMime(const QMimeData *mime)
{
    QList<int> ids;
    if (!mime || !mime->hasFormat(QString::fromLatin1(BreakOutDialog::MimeType))) {
        return ids;
    }
    const QByteArray data = mime->data(QString::fromLatin1(BreakOutDialog::MimeType));
    for (const QByteArray &part : data.split(',')) {
        bool ok = false;
        const int id = part.trimmed().toInt(&ok);
        if (ok && id > 0) {
            ids.append(id);
        }
    }
    return ids;
}

/// A member list: people are dragged out of it into another group's list.
class MemberList final : public QListWidget
{
public:
    MemberList(int groupId, QWidget *parent)
        : QListWidget(parent)
        , m_groupId(groupId)
    {
        setSelectionMode(QAbstractItemView::SingleSelection);
        setDragEnabled(true);
        setAcceptDrops(true);
        setDragDropMode(QAbstractItemView::DragDrop);
        setDefaultDropAction(Qt::MoveAction);
        setMinimumWidth(150);
        setWordWrap(true); // long names and "(facilitator)" wrap rather than scroll
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    }

    int m_groupId;
    std::function<void(const QList<int> &, int)> onDrop;

protected:
    void startDrag(Qt::DropActions) override
    {
        QList<int> ids;
        for (const QListWidgetItem *item : selectedItems()) {
            ids.append(item->data(IdRole).toInt());
        }
        if (ids.isEmpty()) {
            return;
        }
        auto *drag = new QDrag(this);
        drag->setMimeData(BreakOutDialog::mimeData(ids));
        drag->exec(Qt::MoveAction); // the dialog moves the person; the list is refilled
    }

    void dragEnterEvent(QDragEnterEvent *event) override { acceptIfPeople(event); }

    void dragMoveEvent(QDragMoveEvent *event) override { acceptIfPeople(event); }

    void dropEvent(QDropEvent *event) override
    {
        const QList<int> ids = idsFromMime(event->mimeData());
        if (ids.isEmpty() || event->source() == this) {
            event->ignore();
            return;
        }
        event->setDropAction(Qt::MoveAction);
        event->accept();
        if (onDrop) {
            onDrop(ids, m_groupId);
        }
    }

private:
    void acceptIfPeople(QDropEvent *event)
    {
        if (!idsFromMime(event->mimeData()).isEmpty() && event->source() != this) {
            event->setDropAction(Qt::MoveAction);
            event->accept();
        } else {
            event->ignore();
        }
    }
};

core::BreakOutPerson personOf(const core::Participant &p)
{
    return {p.id, p.isRemote(), p.stakeholderGroup, p.region, p.gender};
}

/// The item's index if it is a break-out item, else -1.
int breakOutIndex(const core::Session *session, int itemId)
{
    if (!session) {
        return -1;
    }
    const core::Agenda &agenda = session->state().agenda();
    const int index = agenda.indexOf(itemId);
    return index >= 0 && agenda.item(index).kind == core::ItemKind::BreakOut ? index : -1;
}

} // namespace

QMimeData *BreakOutDialog::mimeData(const QList<int> &participantIds)
{
    QByteArrayList parts;
    for (int id : participantIds) {
        parts.append(QByteArray::number(id));
    }
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(MimeType), parts.join(','));
    return mime;
}

BreakOutDialog::BreakOutDialog(SessionUndo *undo, int itemId, QWidget *parent)
    : QDialog(parent)
    , m_undo(undo)
    , m_session(undo ? undo->session() : nullptr)
    , m_itemId(itemId)
{
    setObjectName(u"breakOutDialog"_s);
    if (const int index = breakOutIndex(m_session, itemId); index >= 0) {
        m_breakOut = m_session->state().agenda().item(index).breakOut;
    }

    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(u"breakOutTitleLabel"_s);
    m_titleLabel->setTextFormat(Qt::PlainText);
    m_titleLabel->setWordWrap(true);
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);

    m_groupList = new QListWidget(this);
    m_groupList->setObjectName(u"breakOutGroupList"_s);
    m_groupList->setSelectionMode(QAbstractItemView::SingleSelection);
    auto makeButton = [this](const char *name) {
        auto *button = new QPushButton(this);
        button->setObjectName(QString::fromLatin1(name));
        button->setAutoDefault(false);
        return button;
    };
    m_addButton = makeButton("breakOutAddButton");
    m_removeButton = makeButton("breakOutRemoveButton");
    m_earlierButton = makeButton("breakOutEarlierButton");
    m_laterButton = makeButton("breakOutLaterButton");
    m_moveButton = makeButton("breakOutMoveButton");
    m_assignButton = makeButton("breakOutAssignButton");
    m_latecomerButton = makeButton("breakOutLatecomerButton");
    m_okButton = makeButton("breakOutOkButton");
    m_okButton->setDefault(true);
    m_cancelButton = makeButton("breakOutCancelButton");

    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(u"breakOutNameEdit"_s);
    m_nameEdit->setMaxLength(200);
    m_topicCombo = new QComboBox(this);
    m_topicCombo->setObjectName(u"breakOutTopicCombo"_s);
    m_topicCombo->setEditable(true);
    m_topicCombo->setInsertPolicy(QComboBox::NoInsert);
    m_topicCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_topicCombo->setMinimumContentsLength(30);
    m_placeEdit = new QLineEdit(this);
    m_placeEdit->setObjectName(u"breakOutPlaceEdit"_s);
    m_placeEdit->setMaxLength(200);
    m_onlineCheck = new QCheckBox(this);
    m_onlineCheck->setObjectName(u"breakOutOnlineCheck"_s);
    m_facilitatorCombo = new QComboBox(this);
    m_facilitatorCombo->setObjectName(u"breakOutFacilitatorCombo"_s);
    m_rapporteurCombo = new QComboBox(this);
    m_rapporteurCombo->setObjectName(u"breakOutRapporteurCombo"_s);
    m_latecomerCombo = new QComboBox(this);
    m_latecomerCombo->setObjectName(u"breakOutLatecomerCombo"_s);
    m_nameCaption = new QLabel(this);
    m_topicCaption = new QLabel(this);
    m_placeCaption = new QLabel(this);
    m_facilitatorCaption = new QLabel(this);
    m_rapporteurCaption = new QLabel(this);
    m_membersCaption = new QLabel(this);
    m_assignmentLabel = new QLabel(this);
    m_assignmentLabel->setObjectName(u"breakOutAssignmentLabel"_s);
    m_assignmentLabel->setTextFormat(Qt::PlainText);
    m_assignmentLabel->setWordWrap(true);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(u"breakOutErrorLabel"_s);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(u"color: #B00020;"_s);
    m_errorLabel->hide();

    auto *groupButtons = new QVBoxLayout;
    for (auto *button : {m_addButton, m_removeButton, m_earlierButton, m_laterButton}) {
        groupButtons->addWidget(button);
    }
    groupButtons->addStretch();
    auto *place = new QHBoxLayout;
    place->addWidget(m_placeEdit, 1);
    place->addWidget(m_onlineCheck);
    auto *form = new QFormLayout;
    form->addRow(m_nameCaption, m_nameEdit);
    form->addRow(m_topicCaption, m_topicCombo);
    form->addRow(m_placeCaption, place);
    form->addRow(m_facilitatorCaption, m_facilitatorCombo);
    form->addRow(m_rapporteurCaption, m_rapporteurCombo);
    auto *top = new QHBoxLayout;
    top->addWidget(m_groupList, 1);
    top->addLayout(groupButtons);
    top->addLayout(form, 2);

    auto *membersArea = new QScrollArea(this);
    membersArea->setWidgetResizable(true);
    auto *membersWidget = new QWidget(membersArea);
    m_membersLayout = new QHBoxLayout(membersWidget);
    m_membersLayout->setContentsMargins(0, 0, 0, 0);
    membersArea->setWidget(membersWidget);
    auto *memberButtons = new QHBoxLayout;
    memberButtons->addWidget(m_moveButton);
    memberButtons->addWidget(m_assignButton);
    memberButtons->addStretch();
    memberButtons->addWidget(m_latecomerCombo);
    memberButtons->addWidget(m_latecomerButton);
    auto *bottom = new QHBoxLayout;
    bottom->addStretch();
    bottom->addWidget(m_okButton);
    bottom->addWidget(m_cancelButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addLayout(top, 2);
    layout->addWidget(m_membersCaption);
    layout->addWidget(membersArea, 3);
    layout->addLayout(memberButtons);
    layout->addWidget(m_assignmentLabel);
    layout->addWidget(m_errorLabel);
    layout->addLayout(bottom);

    connect(m_groupList, &QListWidget::currentRowChanged, this, [this] {
        if (!m_updating) {
            updateForm();
        }
    });
    connect(m_addButton, &QPushButton::clicked, this, &BreakOutDialog::addGroup);
    connect(m_removeButton, &QPushButton::clicked, this, &BreakOutDialog::removeSelectedGroup);
    connect(m_earlierButton, &QPushButton::clicked, this, [this] { moveReportBack(-1); });
    connect(m_laterButton, &QPushButton::clicked, this, [this] { moveReportBack(1); });
    connect(m_nameEdit, &QLineEdit::editingFinished, this, [this] { renameSelectedGroup(m_nameEdit->text()); });
    connect(m_topicCombo, &QComboBox::activated, this, [this](int index) {
        setSelectedTopic(m_topicCombo->itemText(index));
    });
    connect(m_topicCombo->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        setSelectedTopic(m_topicCombo->currentText());
    });
    connect(m_placeEdit, &QLineEdit::editingFinished, this, [this] { setSelectedPlace(m_placeEdit->text()); });
    connect(m_onlineCheck, &QCheckBox::toggled, this, &BreakOutDialog::setSelectedOnline);
    connect(m_facilitatorCombo, &QComboBox::activated, this, [this](int index) {
        setSelectedFacilitator(m_facilitatorCombo->itemData(index).toInt());
    });
    connect(m_rapporteurCombo, &QComboBox::activated, this, [this](int index) {
        setSelectedRapporteur(m_rapporteurCombo->itemData(index).toInt());
    });
    connect(m_moveButton, &QPushButton::clicked, this, &BreakOutDialog::showMoveMenu);
    connect(m_assignButton, &QPushButton::clicked, this, &BreakOutDialog::assignAutomatically);
    connect(m_latecomerButton, &QPushButton::clicked, this, [this] {
        addLatecomer(m_latecomerCombo->currentData().toInt());
    });
    connect(m_okButton, &QPushButton::clicked, this, &BreakOutDialog::accept);
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    if (m_session) {
        // People who arrive while the dialog is open can be placed; the phase's start closes the assignment.
        connect(m_session, &core::Session::changed, this, [this](core::Areas areas) {
            if (areas & core::Area::People) {
                rebuildMembers();
            }
            if (areas & core::Area::Clock) {
                updateButtons();
            }
        });
    }

    retranslateUi();
    rebuildGroups();
    if (m_groupList->count() > 0) {
        m_groupList->setCurrentRow(0);
    }
    resize(900, 680);
}

void BreakOutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void BreakOutDialog::retranslateUi()
{
    setWindowTitle(tr("Break-out groups"));
    const int index = breakOutIndex(m_session, m_itemId);
    m_titleLabel->setText(index >= 0 ? m_session->state().agenda().item(index).title
                                     : tr("This agenda item is not a break-out item."));
    m_addButton->setText(tr("&Add group"));
    m_removeButton->setText(tr("&Remove group"));
    m_earlierButton->setText(tr("Report back &earlier"));
    m_laterButton->setText(tr("Report back &later"));
    m_nameCaption->setText(tr("&Name:"));
    m_nameCaption->setBuddy(m_nameEdit);
    m_topicCaption->setText(tr("&Topic:"));
    m_topicCaption->setBuddy(m_topicCombo);
    m_topicCombo->lineEdit()->setPlaceholderText(tr("A policy question, or your own words"));
    m_placeCaption->setText(tr("&Place:"));
    m_placeCaption->setBuddy(m_placeEdit);
    m_placeEdit->setPlaceholderText(tr("table 2, left corner…"));
    m_onlineCheck->setText(tr("&Online"));
    m_facilitatorCaption->setText(tr("&Facilitator:"));
    m_facilitatorCaption->setBuddy(m_facilitatorCombo);
    m_rapporteurCaption->setText(tr("Ra&pporteur:"));
    m_rapporteurCaption->setBuddy(m_rapporteurCombo);
    m_membersCaption->setText(tr("Who is in which group (drag people between the lists):"));
    m_moveButton->setText(tr("&Move to…"));
    m_assignButton->setText(tr("Assign a&utomatically"));
    m_assignButton->setToolTip(tr("Balanced groups that spread stakeholder groups, regions and genders; "
                                  "possible until the group phase starts"));
    m_latecomerButton->setText(tr("Add a &latecomer"));
    m_okButton->setText(tr("OK"));
    m_cancelButton->setText(tr("Cancel"));
    rebuildMembers();
    updateForm();
}

bool BreakOutDialog::phaseStarted() const
{
    const int index = breakOutIndex(m_session, m_itemId);
    if (index < 0) {
        return false;
    }
    const core::SessionState &state = m_session->state();
    return state.runState() != core::RunState::NotStarted && state.currentIndex() >= index;
}

QList<core::BreakOutPerson> BreakOutDialog::pool() const
{
    // As Session::breakOutPeople, with the leaders as edited here.
    QList<core::BreakOutPerson> people;
    if (!m_session) {
        return people;
    }
    QSet<int> leaders;
    for (const auto &group : m_breakOut.groups) {
        leaders << group.facilitator << group.rapporteur;
    }
    for (const core::Participant &p : m_session->state().floor().participants()) {
        const bool team = core::isModerator(p) || p.hasRole(core::Role::Rapporteur);
        if (!team || leaders.contains(p.id)) {
            people.append(personOf(p));
        }
    }
    return people;
}

QString BreakOutDialog::personName(int participantId) const
{
    const core::Participant *p = m_session ? m_session->state().floor().participant(participantId) : nullptr;
    return p ? p->name : tr("Participant %1").arg(participantId);
}

int BreakOutDialog::nextGroupId() const
{
    int id = 0;
    if (m_session) {
        for (const auto &item : m_session->state().agenda().items()) {
            for (const auto &group : item.breakOut.groups) {
                id = std::max(id, group.id);
            }
        }
        for (const auto &turn : m_session->state().floor().turns()) {
            id = std::max(id, turn.group);
        }
    }
    for (const auto &group : m_breakOut.groups) {
        id = std::max(id, group.id);
    }
    return id + 1;
}

void BreakOutDialog::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
}

QString BreakOutDialog::errorText() const
{
    return m_errorLabel->text();
}

QString BreakOutDialog::assignmentText() const
{
    return m_assignmentLabel->text();
}

core::BreakOutGroup *BreakOutDialog::selectedGroup()
{
    const int id = selectedGroupId();
    for (auto &group : m_breakOut.groups) {
        if (group.id == id && id > 0) {
            return &group;
        }
    }
    return nullptr;
}

int BreakOutDialog::selectedGroupId() const
{
    const QListWidgetItem *item = m_groupList->currentItem();
    return item ? item->data(IdRole).toInt() : 0;
}

void BreakOutDialog::selectGroup(int groupId)
{
    for (int i = 0; i < m_groupList->count(); ++i) {
        if (m_groupList->item(i)->data(IdRole).toInt() == groupId) {
            m_groupList->setCurrentRow(i);
            return;
        }
    }
}

QListWidget *BreakOutDialog::memberList(int groupId) const
{
    for (QListWidget *list : m_memberLists) {
        if (static_cast<MemberList *>(list)->m_groupId == groupId) {
            return list;
        }
    }
    return nullptr;
}

void BreakOutDialog::rebuildGroups()
{
    const int selected = selectedGroupId();
    m_updating = true;
    m_groupList->clear();
    for (int id : m_breakOut.reportBackOrder()) {
        const core::BreakOutGroup *group = m_breakOut.group(id);
        QString text = group->name;
        if (group->online) {
            text += u" · "_s + tr("online");
        } else if (!group->place.isEmpty()) {
            text += u" · "_s + group->place;
        }
        auto *item = new QListWidgetItem(text, m_groupList);
        item->setData(IdRole, id);
    }
    m_updating = false;
    selectGroup(selected);
    rebuildMembers();
    updateForm();
}

void BreakOutDialog::rebuildMembers()
{
    // The lists stay while the groups do (a drop comes from one of them); only their contents change.
    QList<int> ids{0};
    for (const auto &group : m_breakOut.groups) {
        ids.append(group.id);
    }
    QList<int> shown;
    for (QListWidget *list : std::as_const(m_memberLists)) {
        shown.append(static_cast<MemberList *>(list)->m_groupId);
    }
    if (ids != shown) {
        for (QGroupBox *box : std::as_const(m_memberBoxes)) {
            box->deleteLater();
            box->hide();
        }
        m_memberBoxes.clear();
        m_memberLists.clear();
        for (int id : std::as_const(ids)) {
            auto *box = new QGroupBox(m_membersLayout->parentWidget());
            auto *boxLayout = new QVBoxLayout(box);
            auto *list = new MemberList(id, box);
            list->setObjectName(u"breakOutMembers_%1"_s.arg(id));
            list->onDrop = [this](const QList<int> &people, int groupId) {
                for (int person : people) {
                    movePerson(person, groupId);
                }
            };
            boxLayout->addWidget(list);
            m_membersLayout->addWidget(box);
            m_memberBoxes.append(box);
            m_memberLists.append(list);
        }
    }
    QSet<int> placed;
    for (int i = 0; i < m_memberLists.size(); ++i) {
        QListWidget *list = m_memberLists.at(i);
        const int id = ids.at(i);
        list->clear();
        if (id == 0) {
            m_memberBoxes.at(i)->setTitle(tr("In no group"));
            continue;
        }
        const core::BreakOutGroup *group = m_breakOut.group(id);
        m_memberBoxes.at(i)->setTitle(group->name);
        QList<int> people = group->members;
        for (int lead : {group->facilitator, group->rapporteur}) {
            if (lead > 0 && !people.contains(lead)) {
                people.append(lead);
            }
        }
        for (int person : std::as_const(people)) {
            QString text = personName(person);
            if (person == group->facilitator) {
                text += u" ("_s + tr("facilitator") + u')';
            } else if (person == group->rapporteur) {
                text += u" ("_s + tr("rapporteur") + u')';
            }
            auto *item = new QListWidgetItem(text, list);
            item->setData(IdRole, person);
            placed.insert(person);
        }
    }
    if (!m_memberLists.isEmpty()) {
        QListWidget *nobody = m_memberLists.constFirst();
        for (const core::BreakOutPerson &person : pool()) {
            if (!placed.contains(person.id)) {
                auto *item = new QListWidgetItem(personName(person.id), nobody);
                item->setData(IdRole, person.id);
            }
        }
    }
    // Latecomers: the people in no group.
    const int latecomer = m_latecomerCombo->currentData().toInt();
    m_latecomerCombo->clear();
    for (const core::BreakOutPerson &person : pool()) {
        if (!placed.contains(person.id)) {
            m_latecomerCombo->addItem(personName(person.id), person.id);
        }
    }
    m_latecomerCombo->setCurrentIndex(std::max(0, m_latecomerCombo->findData(latecomer)));
    updateButtons();
}

void BreakOutDialog::updateForm()
{
    const core::BreakOutGroup *group = selectedGroup();
    m_updating = true;
    m_nameEdit->setText(group ? group->name : QString());
    m_topicCombo->clear();
    const QStringList questions = m_session ? m_session->state().definition().policyQuestions : QStringList();
    for (const QString &question : questions) {
        m_topicCombo->addItem(question);
    }
    if (group && group->policyQuestion >= 0 && group->policyQuestion < questions.size()) {
        m_topicCombo->setCurrentIndex(group->policyQuestion);
    } else {
        m_topicCombo->setCurrentIndex(-1);
        m_topicCombo->setEditText(group ? group->topic : QString());
    }
    m_topicCombo->lineEdit()->setCursorPosition(0); // a long question shows its beginning
    m_placeEdit->setText(group ? group->place : QString());
    m_onlineCheck->setChecked(group && group->online);
    for (QComboBox *combo : {m_facilitatorCombo, m_rapporteurCombo}) {
        combo->clear();
        combo->addItem(tr("(nobody)"), 0);
        if (m_session) {
            for (const core::Participant &p : m_session->state().floor().participants()) {
                combo->addItem(p.name, p.id);
            }
        }
    }
    m_facilitatorCombo->setCurrentIndex(group ? std::max(0, m_facilitatorCombo->findData(group->facilitator)) : 0);
    m_rapporteurCombo->setCurrentIndex(group ? std::max(0, m_rapporteurCombo->findData(group->rapporteur)) : 0);
    m_updating = false;
    for (QWidget *widget : std::initializer_list<QWidget *>{
             m_nameEdit, m_topicCombo, m_onlineCheck, m_facilitatorCombo, m_rapporteurCombo}) {
        widget->setEnabled(group != nullptr);
    }
    m_placeEdit->setEnabled(group && !group->online);
    updateButtons();
}

void BreakOutDialog::updateButtons()
{
    const bool valid = breakOutIndex(m_session, m_itemId) >= 0;
    const int row = m_groupList->currentRow();
    m_addButton->setEnabled(valid);
    m_removeButton->setEnabled(valid && row >= 0);
    m_earlierButton->setEnabled(valid && row > 0);
    m_laterButton->setEnabled(valid && row >= 0 && row + 1 < m_groupList->count());
    m_assignButton->setEnabled(valid && !phaseStarted() && !m_breakOut.groups.isEmpty());
    m_latecomerButton->setEnabled(valid && phaseStarted() && m_latecomerCombo->count() > 0);
    m_latecomerCombo->setEnabled(m_latecomerButton->isEnabled());
    m_moveButton->setEnabled(valid && !m_breakOut.groups.isEmpty());
    m_okButton->setEnabled(valid);
}

void BreakOutDialog::addGroup()
{
    if (breakOutIndex(m_session, m_itemId) < 0) {
        return;
    }
    core::BreakOutGroup group;
    group.id = nextGroupId();
    group.name = tr("Group %1").arg(m_breakOut.groups.size() + 1);
    m_breakOut.groups.append(group);
    if (!m_breakOut.reportOrder.isEmpty()) {
        m_breakOut.reportOrder.append(group.id);
    }
    rebuildGroups();
    selectGroup(group.id);
    m_nameEdit->setFocus();
    m_nameEdit->selectAll();
}

void BreakOutDialog::removeSelectedGroup()
{
    const int id = selectedGroupId();
    const int before = int(m_breakOut.groups.size());
    m_breakOut.groups.removeIf([id](const core::BreakOutGroup &group) { return group.id == id; });
    if (m_breakOut.groups.size() == before) {
        return;
    }
    m_breakOut.reportOrder.removeAll(id);
    rebuildGroups();
}

void BreakOutDialog::renameSelectedGroup(const QString &name)
{
    core::BreakOutGroup *group = selectedGroup();
    const QString text = name.simplified();
    if (m_updating || !group || text == group->name) {
        return;
    }
    if (text.isEmpty()) {
        showError(tr("A group needs a name."));
        updateForm();
        return;
    }
    group->name = text;
    showError({});
    rebuildGroups();
}

void BreakOutDialog::setSelectedTopic(const QString &text)
{
    core::BreakOutGroup *group = selectedGroup();
    if (m_updating || !group) {
        return;
    }
    const QString topic = text.trimmed();
    const QStringList questions = m_session ? m_session->state().definition().policyQuestions : QStringList();
    const int question = int(questions.indexOf(topic));
    group->policyQuestion = topic.isEmpty() ? -1 : question;
    group->topic = question >= 0 ? QString() : topic;
}

void BreakOutDialog::setSelectedPlace(const QString &place)
{
    core::BreakOutGroup *group = selectedGroup();
    if (m_updating || !group || group->place == place.simplified()) {
        return;
    }
    group->place = place.simplified();
    rebuildGroups();
}

void BreakOutDialog::setSelectedOnline(bool online)
{
    core::BreakOutGroup *group = selectedGroup();
    if (m_updating || !group || group->online == online) {
        return;
    }
    group->online = online;
    if (online) {
        group->place.clear(); // an online group has no place in the room
    }
    rebuildGroups();
}

void BreakOutDialog::setSelectedFacilitator(int participantId)
{
    core::BreakOutGroup *group = selectedGroup();
    if (m_updating || !group) {
        return;
    }
    const int id = group->id;
    if (participantId > 0 && !movePerson(participantId, id)) {
        updateForm();
        return;
    }
    group = selectedGroup();
    group->facilitator = participantId;
    rebuildMembers();
}

void BreakOutDialog::setSelectedRapporteur(int participantId)
{
    core::BreakOutGroup *group = selectedGroup();
    if (m_updating || !group) {
        return;
    }
    const int id = group->id;
    if (participantId > 0 && !movePerson(participantId, id)) {
        updateForm();
        return;
    }
    group = selectedGroup();
    group->rapporteur = participantId;
    rebuildMembers();
}

bool BreakOutDialog::movePerson(int participantId, int groupId)
{
    if (!m_session || !m_session->state().floor().participant(participantId)) {
        showError(tr("There is no such participant."));
        return false;
    }
    if (groupId != 0 && !m_breakOut.group(groupId)) {
        showError(tr("There is no such group."));
        return false;
    }
    for (auto &group : m_breakOut.groups) {
        if (group.id == groupId) {
            continue;
        }
        group.members.removeAll(participantId);
        group.wishes.removeAll(participantId);
        // Leading a group means being in it: someone who leaves it no longer leads it.
        if (group.facilitator == participantId) {
            group.facilitator = 0;
        }
        if (group.rapporteur == participantId) {
            group.rapporteur = 0;
        }
    }
    for (auto &group : m_breakOut.groups) {
        if (group.id == groupId && !group.members.contains(participantId)) {
            group.members.append(participantId);
        }
    }
    showError({});
    rebuildMembers();
    updateForm();
    return true;
}

bool BreakOutDialog::assignAutomatically()
{
    if (phaseStarted()) {
        showError(tr("The group phase has started: add latecomers or move people by hand."));
        return false;
    }
    auto assignment = core::BreakOutAssigner::assign(m_breakOut, pool());
    if (!assignment) {
        showError(core::errorMessage(assignment.error()));
        return false;
    }
    m_breakOut = assignment.value().breakOut;
    const core::BreakOutBalance &b = assignment.value().balance;
    QString text = assignment.value().explanation + u'\n'
                   + tr("Group sizes %1–%2. Largest differences between groups: stakeholder groups %3, "
                        "regions %4, genders %5.")
                         .arg(b.minSize)
                         .arg(b.maxSize)
                         .arg(b.stakeholderSpread)
                         .arg(b.regionSpread)
                         .arg(b.genderSpread);
    if (b.unmetWishes > 0) {
        text += u' ' + tr("%Ln person's own choice could not be kept.", nullptr, b.unmetWishes);
    }
    m_assignmentLabel->setText(text);
    showError({});
    rebuildGroups();
    return true;
}

bool BreakOutDialog::addLatecomer(int participantId)
{
    const core::Participant *p = m_session ? m_session->state().floor().participant(participantId) : nullptr;
    if (!p) {
        showError(tr("Choose who came late."));
        return false;
    }
    auto group = core::BreakOutAssigner::addLate(&m_breakOut, personOf(*p), pool());
    if (!group) {
        showError(core::errorMessage(group.error()));
        return false;
    }
    const core::BreakOutGroup *joined = m_breakOut.group(group.value());
    m_assignmentLabel->setText(tr("%1 joins %2.").arg(p->name, joined ? joined->name : QString()));
    showError({});
    rebuildMembers();
    return true;
}

void BreakOutDialog::moveReportBack(int delta)
{
    const int id = selectedGroupId();
    QList<int> order = m_breakOut.reportBackOrder();
    const int from = int(order.indexOf(id));
    const int to = from + delta;
    if (from < 0 || to < 0 || to >= order.size()) {
        return;
    }
    order.move(from, to);
    m_breakOut.reportOrder = order;
    rebuildGroups();
}

void BreakOutDialog::showMoveMenu()
{
    // The selected person in any member list, for keyboard users.
    int person = 0;
    for (QListWidget *list : std::as_const(m_memberLists)) {
        if (list->hasFocus() || (person == 0 && list->currentItem() && list->currentItem()->isSelected())) {
            if (const QListWidgetItem *item = list->currentItem()) {
                person = item->data(IdRole).toInt();
            }
        }
    }
    if (person == 0) {
        showError(tr("Select someone in a group's list first."));
        return;
    }
    QMenu menu(this);
    menu.addAction(tr("In no group"))->setData(0);
    for (const auto &group : std::as_const(m_breakOut.groups)) {
        menu.addAction(group.name)->setData(group.id);
    }
    if (QAction *chosen = menu.exec(m_moveButton->mapToGlobal(QPoint(0, m_moveButton->height())))) {
        movePerson(person, chosen->data().toInt());
    }
}

bool BreakOutDialog::apply()
{
    if (!m_undo || breakOutIndex(m_session, m_itemId) < 0) {
        showError(tr("This agenda item is not a break-out item."));
        return false;
    }
    auto result = m_undo->change(tr("Edit break-out groups"),
                                 core::commands::SetBreakOut{m_itemId, core::Agenda::breakOutToJson(m_breakOut)});
    if (!result) {
        showError(core::errorMessage(result.error()));
        return false;
    }
    return true;
}

void BreakOutDialog::accept()
{
    // A name or place being typed counts.
    renameSelectedGroup(m_nameEdit->text());
    setSelectedPlace(m_placeEdit->text());
    if (apply()) {
        QDialog::accept();
    }
}

BreakOutActions::BreakOutActions(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    m_groupsAction = new QAction(this);
    m_groupsAction->setObjectName(u"actionBreakOutGroups"_s);
    m_reportBackAction = new QAction(this);
    m_reportBackAction->setObjectName(u"actionNextReportBack"_s);
    connect(m_groupsAction, &QAction::triggered, this, [this] { openDialog(); });
    connect(m_reportBackAction, &QAction::triggered, this, [this] {
        if (auto done = nextReportBack(); !done) {
            emit actionFailed(core::errorMessage(done.error()));
        }
    });
    if (window) {
        window->installEventFilter(this);
    }
    retranslate();
    update();
}

bool BreakOutActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    return QObject::eventFilter(watched, event);
}

void BreakOutActions::retranslate()
{
    m_groupsAction->setText(tr("Break-out &groups…"));
    m_reportBackAction->setText(tr("Next &report-back"));
    update();
}

void BreakOutActions::setSession(core::Session *session, SessionUndo *undo)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
    }
    m_session = session;
    m_undo = undo;
    if (m_session) {
        connect(m_session, &core::Session::changed, this, &BreakOutActions::update);
    }
    update();
}

int BreakOutActions::breakOutItemId() const
{
    if (!m_session) {
        return 0;
    }
    const core::Agenda &agenda = m_session->state().agenda();
    const int current = m_session->state().currentIndex();
    int before = 0;
    int after = 0;
    for (int i = 0; i < agenda.size(); ++i) {
        if (agenda.item(i).kind != core::ItemKind::BreakOut) {
            continue;
        }
        if (i == current) {
            return agenda.item(i).id;
        }
        if (i < current) {
            before = agenda.item(i).id;
        } else if (after == 0) {
            after = agenda.item(i).id;
        }
    }
    return after > 0 ? after : before;
}

BreakOutDialog *BreakOutActions::openDialog()
{
    const int itemId = breakOutItemId();
    if (!m_undo || itemId == 0) {
        emit actionFailed(tr("The agenda has no break-out item: give an item the kind \"Break-out groups\" in "
                             "the agenda editor."));
        return nullptr;
    }
    auto *dialog = new BreakOutDialog(m_undo, itemId, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

core::Result<int> BreakOutActions::nextReportBack()
{
    if (!m_session) {
        return core::Error{core::ErrorCode::InvalidState, tr("No session is open.")};
    }
    return m_session->execute(core::commands::GiveReportBack{});
}

void BreakOutActions::update()
{
    bool reportBack = false;
    if (m_session && m_session->state().runState() != core::RunState::NotStarted) {
        const core::Agenda &agenda = m_session->state().agenda();
        const int current = m_session->state().currentIndex();
        for (int i = 0; i <= current && i < agenda.size(); ++i) {
            if (agenda.item(i).kind == core::ItemKind::BreakOut && !agenda.item(i).breakOut.groups.isEmpty()) {
                reportBack = true;
            }
        }
    }
    // A joined device's role narrows both: the groups are the moderator's edit, the report-back a floor turn.
    allowIf(m_groupsAction, m_session, core::commands::SetBreakOut{}, m_session && m_undo);
    allowIf(m_reportBackAction,
            m_session,
            core::commands::GiveReportBack{},
            reportBack,
            tr("Give the floor to the next break-out group's rapporteur"));
}

} // namespace ui
