// SPDX-License-Identifier: MIT
// The break-out dialog: it edits an item's groups (names, topics, leaders, who is where), runs the
// automatic assignment, records one undoable step on OK; and the report-back action gives the floor
// to the next group's rapporteur.
#include "core/agenda/breakoutassignment.h"
#include "core/session/session.h"
#include "tests/support/fakeclock.h"
#include "tests/support/helpers.h"
#include "ui/agendaeditor.h"
#include "ui/breakoutdialog.h"
#include "ui/commands/sessionundo.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDropEvent>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString Hostile = u"<b>Bold</b> & <img src=x onerror=alert(1)>"_s;

core::SessionDefinition definition()
{
    const auto json = QJsonDocument::fromJson(R"({
        "title": "Break-out fixture",
        "policy_questions": ["How can suppliers be held to one baseline?", "Who certifies?"],
        "speakers": [{"name": "Ana", "stakeholder_group": "Government", "region": "WEOG"}],
        "onsite_moderator": {"name": "Mo"},
        "agenda": [
            {"title": "Opening", "kind": "opening", "minutes": 10},
            {"title": "Groups", "kind": "break_out", "minutes": 20,
             "break_out": {"groups": [{"name": "Table 1", "policy_question": 0, "place": "table 1"},
                                      {"name": "Table 2", "topic": "Certification", "place": "table 2"}]}},
            {"title": "Summary", "kind": "summary", "minutes": 10}
        ]})");
    auto parsed = core::SessionDefinition::fromJson(json.object());
    if (!parsed) {
        qFatal("%s", qPrintable(tests::describe(parsed.error())));
    }
    return parsed.value();
}

/// The ids of everyone in the groups' member lists.
QList<int> listed(const QListWidget *list)
{
    QList<int> ids;
    for (int i = 0; list && i < list->count(); ++i) {
        ids.append(list->item(i)->data(Qt::UserRole).toInt());
    }
    return ids;
}

} // namespace

class TestBreakOutDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void dialog_listsTheGroups();
    void addAndRenameGroup();
    void assignAutomatically_fillsGroupsAndExplains();
    void movePerson_byButtonAndByDrop();
    void ok_recordsOneUndoableStep();
    void reportBackAction_givesTheFloorToTheRapporteur();
    void hostileNames_areShownAsText();
    void agendaEditor_offersTheKindAndKeepsTheGroups();
    void agendaEditor_opensTheGroupsOfTheSelectedItem();

private:
    [[nodiscard]] int groupsItem() const { return m_session->state().agenda().item(1).id; }

    [[nodiscard]] const core::BreakOut &recorded() const { return m_session->state().agenda().item(1).breakOut; }

    QTemporaryDir m_dir;
    int m_count = 0;
    std::unique_ptr<tests::FakeClock> m_clock;
    std::unique_ptr<core::Session> m_session;
    std::unique_ptr<ui::SessionUndo> m_undo;
    QList<int> m_people;
};

void TestBreakOutDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestBreakOutDialog::init()
{
    m_clock = std::make_unique<tests::FakeClock>();
    auto session = core::Session::create(m_dir.filePath(u"g%1.moderato"_s.arg(++m_count)), definition(), *m_clock);
    MODERATO_VERIFY_OK(session);
    m_session = std::move(session).value();
    m_undo = std::make_unique<ui::SessionUndo>(m_session.get());
    const QStringList groups{u"Government"_s, u"Civil Society"_s, u"Private Sector"_s};
    m_people.clear();
    for (int i = 0; i < 9; ++i) {
        core::Participant p;
        p.name = i == 0 ? Hostile : u"Person %1"_s.arg(i);
        p.stakeholderGroup = groups.at(i % groups.size());
        p.region = i % 2 ? u"WEOG"_s : u"African Group"_s;
        p.gender = i % 2 ? u"woman"_s : u"man"_s;
        auto id = m_session->addParticipant(p);
        MODERATO_VERIFY_OK(id);
        m_people.append(id.value());
    }
}

void TestBreakOutDialog::cleanup()
{
    m_undo.reset();
    m_session.reset();
}

void TestBreakOutDialog::dialog_listsTheGroups()
{
    ui::BreakOutDialog dialog(m_undo.get(), groupsItem());
    QCOMPARE(dialog.groupList()->count(), 2);
    QVERIFY(dialog.groupList()->item(0)->text().startsWith(u"Table 1"_s));
    QVERIFY(dialog.groupList()->item(1)->text().startsWith(u"Table 2"_s));
    // A list per group, and one for the people in none: everyone is there before the assignment.
    for (const auto &group : recorded().groups) {
        QVERIFY(dialog.memberList(group.id));
        QCOMPARE(dialog.memberList(group.id)->count(), 0);
    }
    const QList<int> nobody = listed(dialog.memberList(0));
    for (int id : std::as_const(m_people)) {
        QVERIFY(nobody.contains(id));
    }
    // Someone who arrives while the dialog is open is listed at once.
    core::Participant late;
    late.name = u"Late Comer"_s;
    auto lateId = m_session->addParticipant(late);
    MODERATO_VERIFY_OK(lateId);
    QVERIFY(listed(dialog.memberList(0)).contains(lateId.value()));
    // The selected group's form: its policy question as the topic, its place.
    dialog.selectGroup(recorded().groups.at(0).id);
    QCOMPARE(dialog.findChild<QComboBox *>(u"breakOutTopicCombo"_s)->currentText(),
             u"How can suppliers be held to one baseline?"_s);
    QCOMPARE(dialog.findChild<QLineEdit *>(u"breakOutPlaceEdit"_s)->text(), u"table 1"_s);
    dialog.selectGroup(recorded().groups.at(1).id);
    QCOMPARE(dialog.findChild<QComboBox *>(u"breakOutTopicCombo"_s)->currentText(), u"Certification"_s);
}

void TestBreakOutDialog::addAndRenameGroup()
{
    ui::BreakOutDialog dialog(m_undo.get(), groupsItem());
    dialog.addGroup();
    QCOMPARE(dialog.groupList()->count(), 3);
    const int id = dialog.selectedGroupId();
    QVERIFY(id > 0);
    QVERIFY(id != recorded().groups.at(0).id && id != recorded().groups.at(1).id);
    QVERIFY(dialog.memberList(id));
    dialog.renameSelectedGroup(u"  Left   corner "_s);
    QCOMPARE(dialog.breakOut().group(id)->name, u"Left corner"_s);
    QCOMPARE(dialog.groupList()->item(2)->text(), u"Left corner"_s);
    dialog.setSelectedTopic(u"Who certifies?"_s); // a policy question's text: that question
    QCOMPARE(dialog.breakOut().group(id)->policyQuestion, 1);
    dialog.setSelectedTopic(u"Labels for devices"_s);
    QCOMPARE(dialog.breakOut().group(id)->policyQuestion, -1);
    QCOMPARE(dialog.breakOut().group(id)->topic, u"Labels for devices"_s);
    dialog.setSelectedOnline(true);
    QVERIFY(dialog.breakOut().group(id)->online);
    QVERIFY(dialog.groupList()->item(2)->text().startsWith(u"Left corner"_s));
    // A name cannot be empty: the reason is shown, the name stays.
    dialog.renameSelectedGroup(u"   "_s);
    QCOMPARE(dialog.breakOut().group(id)->name, u"Left corner"_s);
    QVERIFY(!dialog.errorText().isEmpty());
    // Nothing is recorded before OK.
    QCOMPARE(recorded().groups.size(), 2);
    dialog.removeSelectedGroup();
    QCOMPARE(dialog.groupList()->count(), 2);
    QVERIFY(!dialog.memberList(id));
}

void TestBreakOutDialog::assignAutomatically_fillsGroupsAndExplains()
{
    ui::BreakOutDialog dialog(m_undo.get(), groupsItem());
    QVERIFY(dialog.findChild<QPushButton *>(u"breakOutAssignButton"_s)->isEnabled());
    QVERIFY(dialog.assignAutomatically());
    const auto expected = core::BreakOutAssigner::assign(recorded(), m_session->breakOutPeople(groupsItem()));
    MODERATO_VERIFY_OK(expected);
    QVERIFY(!expected.value().explanation.isEmpty());
    QVERIFY2(dialog.assignmentText().contains(expected.value().explanation), qPrintable(dialog.assignmentText()));
    QVERIFY(dialog.assignmentText().contains(
        u"%1–%2"_s.arg(expected.value().balance.minSize).arg(expected.value().balance.maxSize)));
    QCOMPARE(dialog.breakOut(), expected.value().breakOut);
    // Everyone is in one list, and nobody in the list of no group.
    QSet<int> seen;
    for (const auto &group : dialog.breakOut().groups) {
        const QList<int> ids = listed(dialog.memberList(group.id));
        QCOMPARE(ids.size(), group.members.size());
        for (int id : ids) {
            QVERIFY(!seen.contains(id));
            seen.insert(id);
        }
    }
    for (int id : std::as_const(m_people)) {
        QVERIFY(seen.contains(id));
    }
    QCOMPARE(dialog.memberList(0)->count(), 0);
    // More groups than people: the reason, as text, and the groups as they were.
    const core::BreakOut before = dialog.breakOut();
    for (int i = 0; i < 10; ++i) {
        dialog.addGroup();
    }
    QVERIFY(!dialog.assignAutomatically());
    QVERIFY(!dialog.errorText().isEmpty());
    QCOMPARE(dialog.breakOut().groups.size(), before.groups.size() + 10);
}

void TestBreakOutDialog::movePerson_byButtonAndByDrop()
{
    ui::BreakOutDialog dialog(m_undo.get(), groupsItem());
    QVERIFY(dialog.assignAutomatically());
    const int first = dialog.breakOut().groups.at(0).id;
    const int second = dialog.breakOut().groups.at(1).id;
    const int person = dialog.breakOut().groups.at(0).members.constFirst();
    QVERIFY(dialog.movePerson(person, second));
    QVERIFY(!dialog.breakOut().group(first)->members.contains(person));
    QVERIFY(dialog.breakOut().group(second)->members.contains(person));
    QVERIFY(listed(dialog.memberList(second)).contains(person));
    QVERIFY(!listed(dialog.memberList(first)).contains(person));

    // Dragged back onto the first group's list.
    QListWidget *target = dialog.memberList(first);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    std::unique_ptr<QMimeData> mime(ui::BreakOutDialog::mimeData({person}));
    const QPointF at = target->viewport()->rect().center();
    QDragEnterEvent enter(at.toPoint(), Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(at, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target->viewport(), &drop);
    QVERIFY(drop.isAccepted());
    QVERIFY(dialog.breakOut().group(first)->members.contains(person));
    QVERIFY(!dialog.breakOut().group(second)->members.contains(person));
    QVERIFY(listed(dialog.memberList(first)).contains(person));

    // Into no group; and someone who leaves a group no longer leads it.
    dialog.selectGroup(first);
    dialog.setSelectedRapporteur(person);
    QCOMPARE(dialog.breakOut().group(first)->rapporteur, person);
    QVERIFY(dialog.movePerson(person, 0));
    QCOMPARE(dialog.breakOut().group(first)->rapporteur, 0);
    QVERIFY(listed(dialog.memberList(0)).contains(person));
    QVERIFY(!dialog.movePerson(99'999, first));
    QVERIFY(!dialog.errorText().isEmpty());
}

void TestBreakOutDialog::ok_recordsOneUndoableStep()
{
    const core::BreakOut original = recorded();
    ui::BreakOutDialog dialog(m_undo.get(), groupsItem());
    QVERIFY(dialog.assignAutomatically());
    dialog.selectGroup(dialog.breakOut().groups.at(0).id);
    dialog.renameSelectedGroup(u"Baseline"_s);
    dialog.moveReportBack(1); // the first group now reports back second
    const QList<int> order = dialog.breakOut().reportBackOrder();
    QCOMPARE(order.at(1), dialog.breakOut().groups.at(0).id);
    const core::BreakOut edited = dialog.breakOut();
    const int steps = m_undo->stack()->count();
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(m_undo->stack()->count(), steps + 1);
    QCOMPARE(recorded(), edited);
    QCOMPARE(recorded().reportBackOrder(), order);
    m_undo->stack()->undo();
    QCOMPARE(recorded(), original);
    m_undo->stack()->redo();
    QCOMPARE(recorded(), edited);
}

void TestBreakOutDialog::reportBackAction_givesTheFloorToTheRapporteur()
{
    QWidget window;
    ui::BreakOutActions actions(&window);
    actions.setSession(m_session.get(), m_undo.get());
    QCOMPARE(actions.breakOutItemId(), groupsItem());
    QVERIFY(!actions.reportBackAction()->isEnabled()); // the clock has not started
    {
        ui::BreakOutDialog dialog(m_undo.get(), groupsItem());
        QVERIFY(dialog.assignAutomatically());
        for (const auto &group : dialog.breakOut().groups) {
            dialog.selectGroup(group.id);
            dialog.setSelectedRapporteur(group.members.constLast());
        }
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    MODERATO_VERIFY_OK(m_session->execute(core::commands::StartClock{}));
    QVERIFY(!actions.reportBackAction()->isEnabled()); // the opening: no group phase yet
    MODERATO_VERIFY_OK(m_session->execute(core::commands::EnterItem{groupsItem()}));
    QVERIFY(actions.reportBackAction()->isEnabled());
    const QList<int> order = recorded().reportBackOrder();
    actions.reportBackAction()->trigger();
    const core::Turn *turn = m_session->state().floor().currentTurn();
    QVERIFY(turn);
    QCOMPARE(turn->group, order.at(0));
    QCOMPARE(turn->participantId, recorded().group(order.at(0))->rapporteur);
    QCOMPARE(m_session->reportedGroups(groupsItem()), QList<int>{order.at(0)});
    // The next one; then every group has reported, and the action says so instead of failing silently.
    MODERATO_VERIFY_OK(m_session->execute(core::commands::EndTurn{}));
    actions.reportBackAction()->trigger();
    QCOMPARE(m_session->state().floor().currentTurn()->group, order.at(1));
    MODERATO_VERIFY_OK(m_session->execute(core::commands::EndTurn{}));
    QString failure;
    connect(&actions, &ui::BreakOutActions::actionFailed, this, [&failure](const QString &m) { failure = m; });
    actions.reportBackAction()->trigger();
    QVERIFY(!failure.isEmpty());
}

void TestBreakOutDialog::hostileNames_areShownAsText()
{
    ui::BreakOutDialog dialog(m_undo.get(), groupsItem());
    const int hostile = m_people.constFirst();
    QVERIFY(dialog.movePerson(hostile, recorded().groups.at(0).id));
    const QListWidget *list = dialog.memberList(recorded().groups.at(0).id);
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->text(), Hostile);
    dialog.selectGroup(recorded().groups.at(0).id);
    dialog.renameSelectedGroup(Hostile);
    QCOMPARE(dialog.breakOut().group(recorded().groups.at(0).id)->name, Hostile.simplified());
    QVERIFY(dialog.groupList()->item(0)->text().startsWith(Hostile.simplified()));
    auto *rapporteur = dialog.findChild<QComboBox *>(u"breakOutRapporteurCombo"_s);
    QVERIFY(rapporteur->findText(Hostile) >= 0);
    for (const char *name : {"breakOutTitleLabel", "breakOutAssignmentLabel", "breakOutErrorLabel"}) {
        QCOMPARE(dialog.findChild<QLabel *>(QString::fromLatin1(name))->textFormat(), Qt::PlainText);
    }
    dialog.accept();
    QCOMPARE(m_session->state().agenda().item(1).breakOut.groups.at(0).name, Hostile.simplified());
}

void TestBreakOutDialog::agendaEditor_offersTheKindAndKeepsTheGroups()
{
    MODERATO_VERIFY_OK(m_session->assignBreakOut(groupsItem()));
    const core::BreakOut assigned = recorded();
    ui::AgendaEditor editor(m_undo.get());
    auto *kinds = editor.findChild<QComboBox *>(u"agendaKindCombo"_s);
    QVERIFY(kinds->findData(core::kindKey(core::ItemKind::BreakOut)) >= 0);
    // Editing the agenda around a break-out item keeps its groups.
    editor.selectItem(groupsItem());
    editor.setSelectedTitle(u"Group work"_s);
    QCOMPARE(m_session->state().agenda().item(1).title, u"Group work"_s);
    QCOMPARE(recorded(), assigned);
    editor.selectItem(m_session->state().agenda().item(0).id);
    editor.setSelectedKind(core::ItemKind::BreakOut);
    QCOMPARE(m_session->state().agenda().item(0).kind, core::ItemKind::BreakOut);
    QCOMPARE(recorded(), assigned);
}

void TestBreakOutDialog::agendaEditor_opensTheGroupsOfTheSelectedItem()
{
    ui::AgendaEditor editor(m_undo.get());
    auto *button = editor.findChild<QPushButton *>(u"agendaGroupsButton"_s);
    QVERIFY(button);
    // Another kind of item: no groups to edit, and the tooltip says how to get them.
    editor.selectItem(m_session->state().agenda().item(0).id);
    QVERIFY(!button->isEnabled());
    QVERIFY(!button->toolTip().isEmpty());
    QVERIFY(!editor.editSelectedGroups());
    QVERIFY(!editor.findChild<ui::BreakOutDialog *>());
    // The break-out item: the button opens its groups.
    editor.selectItem(groupsItem());
    QVERIFY(button->isEnabled());
    button->click();
    auto *dialog = editor.findChild<ui::BreakOutDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->itemId(), groupsItem());
    QCOMPARE(dialog->groupList()->count(), 2);
    dialog->reject();
    // An item made a break-out item in the editor gets the button at once; after the start, the groups still open
    // (latecomers, the report-back order).
    editor.selectItem(m_session->state().agenda().item(2).id);
    QVERIFY(!button->isEnabled());
    editor.setSelectedKind(core::ItemKind::BreakOut);
    QVERIFY(button->isEnabled());
    MODERATO_VERIFY_OK(m_session->execute(core::commands::StartClock{}));
    editor.selectItem(groupsItem());
    QVERIFY(button->isEnabled());
}

QTEST_MAIN(TestBreakOutDialog)
#include "tst_breakoutdialog.moc"
