// SPDX-License-Identifier: MIT
#include "core/base/timeformat.h"
#include "core/io/proposalimporter.h"
#include "core/session/session.h"
#include "tests/support/fakeclock.h"
#include "tests/support/helpers.h"
#include "ui/balancepanel.h"
#include "ui/countdownwidget.h"
#include "ui/floorpanel.h"
#include "ui/floorpart.h"
#include "ui/mainwindow.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class TestFloorPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void s_givesTheFloorToTheOfferedSpeaker_andYEndsIt();
    void i_typesARequest_andQGivesTheFloor();
    void escape_inANameField_leavesItWithoutPausing();
    void c_opensTheChairAtTheChairMoment();
    void remoteClaim_isHighlighted_andAAccepts();
    void policyCombo_reordersTheQueue();
    void turnCountdown_followsTheTurn();
    void balancePanel_showsFloorTimeByGroupAndChannel();
    void floorMenu_listsTheActionsWithShortcuts();
    void nameActions_recordOneEventEach();
    void giveSelected_isOneEvent();
    void parts_refreshOnlyForWhatTheyShow();
    void i_takesGroupsRegionGenderAndChannelInOneLine();
    void i_refusesALineWithoutAName();
    void chair_threeOccupantsShowTheirGroups();
    void moderatorsSummary_doesNotGoRedAtTwoMinutes();

private:
    void press(int key);
    /// Types a name into a field and presses Return.
    void enterName(const char *field, const QString &name);

    [[nodiscard]] const core::Event &lastEvent() const { return m_window->session()->events().constLast(); }

    template<typename T>
    T *child(const char *name)
    {
        return m_window->findChild<T *>(QString::fromLatin1(name));
    }

    QTemporaryDir m_dir;
    int m_count = 0;
    std::unique_ptr<tests::FakeClock> m_clock;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestFloorPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(u"config"_s).toUtf8());
}

void TestFloorPanel::init()
{
    m_clock = std::make_unique<tests::FakeClock>();
    m_window = std::make_unique<ui::MainWindow>(*m_clock);
    MODERATO_VERIFY_OK(m_window->createSession(m_dir.filePath(u"p%1.moderato"_s.arg(++m_count)),
                                               core::ProposalImporter::demoWorkshop().value()));
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QCOMPARE(QApplication::focusWidget(), m_window.get()); // the console's keys work from the start
    press(Qt::Key_Space);                                  // the clock runs
    QCOMPARE(m_window->session()->state().runState(), core::RunState::Running);
}

void TestFloorPanel::cleanup()
{
    m_window.reset();
    m_clock.reset();
}

void TestFloorPanel::press(int key)
{
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get(), Qt::Key(key));
    m_window->session()->tick();
}

void TestFloorPanel::enterName(const char *field, const QString &name)
{
    auto *edit = child<QLineEdit>(field);
    QTest::keyClicks(edit, name);
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(edit->text().isEmpty()); // done, and the field is free for the next name
}

void TestFloorPanel::s_givesTheFloorToTheOfferedSpeaker_andYEndsIt()
{
    auto *offer = child<QPushButton>("offerSpeakerButton");
    QVERIFY(!offer->isEnabled()); // the introduction: no speaker offered
    press(Qt::Key_N);
    QVERIFY(offer->isEnabled());
    QCOMPARE(offer->text(), u"Give the floor to Eva Schulz-Kamm (S)"_s);
    press(Qt::Key_S);
    const core::FloorState &floor = m_window->session()->state().floor();
    QVERIFY(floor.currentTurn());
    QCOMPARE(child<QLabel>("floorHolderLabel")->text(), u"Eva Schulz-Kamm"_s);
    QVERIFY(!offer->isEnabled());
    m_clock->advance(2min);
    press(Qt::Key_Y);
    QVERIFY(!floor.currentTurn());
    QCOMPARE(child<QLabel>("floorHolderLabel")->text(), u"Nobody holds the floor"_s);
    QCOMPARE(floor.speakingMs(1, m_window->session()->now()), 2 * 60'000);
}

void TestFloorPanel::i_typesARequest_andQGivesTheFloor()
{
    press(Qt::Key_I);
    auto *name = child<QLineEdit>("requestNameEdit");
    QCOMPARE(QApplication::focusWidget(), name);
    // Keys that are shortcuts elsewhere are text here.
    QTest::keyClicks(name, u"Nadia Q. Nyambura"_s);
    QTest::keyClick(name, Qt::Key_Return);
    QVERIFY(QApplication::focusWidget() != name);
    QCOMPARE(m_window->session()->state().runState(), core::RunState::Running); // nothing typed reached the clock
    const core::FloorState &floor = m_window->session()->state().floor();
    QCOMPARE(floor.requests().size(), 1);
    QCOMPARE(floor.participant(floor.requests().constFirst().participantId)->name, u"Nadia Q. Nyambura"_s);
    auto *view = child<QListView>("queueView");
    QCOMPARE(view->model()->rowCount(), 1);
    QVERIFY(view->model()->index(0, 0).data().toString().contains(u"first time"_s));
    QCOMPARE(child<QPushButton>("queueNextButton")->text(), u"Next: Nadia Q. Nyambura (Q)"_s);
    press(Qt::Key_Q);
    QCOMPARE(floor.requests().size(), 0);
    QCOMPARE(floor.participant(floor.currentTurn()->participantId)->name, u"Nadia Q. Nyambura"_s);
    QCOMPARE(floor.currentTurn()->limitMs, 2 * 60'000);
}

void TestFloorPanel::escape_inANameField_leavesItWithoutPausing()
{
    press(Qt::Key_I);
    auto *name = child<QLineEdit>("requestNameEdit");
    QCOMPARE(QApplication::focusWidget(), name);
    QTest::keyClick(name, Qt::Key_Escape);
    QVERIFY(QApplication::focusWidget() != name);
    QCOMPARE(m_window->session()->state().runState(), core::RunState::Running);
    press(Qt::Key_Escape); // now it is the clicker's pause key again
    QCOMPARE(m_window->session()->state().runState(), core::RunState::Paused);
}

void TestFloorPanel::c_opensTheChairAtTheChairMoment()
{
    auto *prompt = child<QLabel>("chairPromptLabel");
    press(Qt::Key_N); // Eva
    QVERIFY(prompt->isHidden());
    press(Qt::Key_N); // the audience input after her: the chair moment
    QVERIFY(prompt->isVisible());
    press(Qt::Key_C);
    QCOMPARE(m_window->session()->state().floor().chairState(), core::ChairState::Open);
    QVERIFY(prompt->isHidden());
    QVERIFY(child<QLabel>("chairStateLabel")->text().contains(u"online participants"_s));
    auto *name = child<QLineEdit>("chairNameEdit");
    QTest::keyClicks(name, u"Marta Ruiz"_s);
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(m_window->session()->state().floor().chairState(), core::ChairState::Taken);
    QCOMPARE(child<QLabel>("chairStateLabel")->text(), u"Marta Ruiz sits in the empty chair (in the room)."_s);
    QCOMPARE(child<QLabel>("floorHolderLabel")->text(), u"Marta Ruiz"_s);
    press(Qt::Key_C); // release
    QCOMPARE(m_window->session()->state().floor().chairState(), core::ChairState::Closed);
    QVERIFY(child<QLabel>("chairHistoryLabel")->text().contains(u"Marta Ruiz"_s));
}

void TestFloorPanel::remoteClaim_isHighlighted_andAAccepts()
{
    auto *frame = child<QWidget>("chairClaimFrame");
    QVERIFY(frame->isHidden());
    auto *claim = child<QLineEdit>("claimNameEdit");
    QTest::keyClicks(claim, u"Kofi Mensah"_s);
    QTest::keyClick(claim, Qt::Key_Return);
    QVERIFY(frame->isVisible());
    QCOMPARE(child<QLabel>("chairClaimLabel")->text(),
             u"The online moderator claims the empty chair for Kofi Mensah (online)."_s);
    press(Qt::Key_A);
    const core::FloorState &floor = m_window->session()->state().floor();
    QVERIFY(frame->isHidden());
    QCOMPARE(floor.chairState(), core::ChairState::Taken);
    QVERIFY(floor.currentTurn()->viaOnlineModerator);
    QVERIFY(child<QLabel>("floorHolderDetail")->text().contains(u"through the online moderator"_s));
}

void TestFloorPanel::policyCombo_reordersTheQueue()
{
    core::Session *session = m_window->session();
    auto a = session->findOrAddParticipant(u"A"_s);
    auto b = session->findOrAddParticipant(u"B"_s);
    MODERATO_VERIFY_OK(session->giveFloor(a.value()));
    MODERATO_VERIFY_OK(session->endTurn());
    MODERATO_VERIFY_OK(session->requestToSpeak(a.value()));
    MODERATO_VERIFY_OK(session->requestToSpeak(b.value()));
    auto *view = child<QListView>("queueView");
    QVERIFY(view->model()->index(0, 0).data().toString().startsWith(u"A "_s));
    auto *combo = child<QComboBox>("queuePolicyCombo");
    combo->setCurrentIndex(1);
    emit combo->activated(1);
    QCOMPARE(session->state().floor().policy(), core::QueuePolicy::FirstTimeFirst);
    QVERIFY(view->model()->index(0, 0).data().toString().startsWith(u"B "_s));
}

void TestFloorPanel::turnCountdown_followsTheTurn()
{
    ui::CountdownWidget *turn = m_window->floorPanel()->turnCountdown();
    QCOMPARE(turn->text(), QString());
    auto jean = m_window->session()->findOrAddParticipant(u"Jean Dupont"_s);
    MODERATO_VERIFY_OK(m_window->session()->giveFloor(jean.value()));
    QCOMPARE(turn->text(), u"2:00"_s);
    m_clock->advance(100s);
    m_window->session()->tick();
    QCOMPARE(turn->text(), u"0:20"_s);
    QCOMPARE(turn->phase(), core::Phase::Warning);
    m_clock->advance(25s);
    m_window->session()->tick();
    QCOMPARE(turn->text(), u"-0:05"_s);
    QCOMPARE(turn->phase(), core::Phase::Overtime);
    QVERIFY(turn->isFlashing());
}

void TestFloorPanel::balancePanel_showsFloorTimeByGroupAndChannel()
{
    core::Session *session = m_window->session();
    core::Participant amina;
    amina.name = u"Amina Diallo"_s;
    amina.channel = core::Channel::Online;
    amina.stakeholderGroup = u"Civil Society"_s;
    auto id = session->addParticipant(amina);
    MODERATO_VERIFY_OK(id);
    MODERATO_VERIFY_OK(session->giveFloor(id.value()));
    m_clock->advance(90s);
    MODERATO_VERIFY_OK(session->giveFloor(1)); // Eva, Private Sector, onsite
    m_clock->advance(30s);
    MODERATO_VERIFY_OK(session->endTurn());
    const QStringList rows = m_window->balancePanel()->shownRows();
    QVERIFY2(rows.contains(u"0|Civil Society|90|1"_s), qPrintable(rows.join(u'\n')));
    QVERIFY(rows.contains(u"0|Private Sector|30|1"_s));
    QVERIFY(rows.contains(u"3|online|90|1"_s));
    QVERIFY(rows.contains(u"3|onsite|30|1"_s));
    QVERIFY(rows.contains(u"4|invited_speakers|30|1"_s));
    QVERIFY(rows.contains(u"4|audience|90|1"_s));
    QVERIFY(m_window->findChild<QLabel *>(u"balanceEmptyLabel"_s)->isHidden());
}

void TestFloorPanel::floorMenu_listsTheActionsWithShortcuts()
{
    QMenu *floorMenu = nullptr;
    for (QAction *action : m_window->menuBar()->actions()) {
        if (action->menu()
            && action->menu()->actions().contains(m_window->findChild<QAction *>(u"actionQueueNext"_s))) {
            floorMenu = action->menu();
        }
    }
    QVERIFY(floorMenu);
    const QList<std::pair<const char *, QKeySequence>> expected{
        {"actionGiveFloorToSpeaker", QKeySequence(Qt::Key_S)},
        {"actionEndTurn", QKeySequence(Qt::Key_Y)},
        {"actionQueueNext", QKeySequence(Qt::Key_Q)},
        {"actionAddRequest", QKeySequence(Qt::Key_I)},
        {"actionEmptyChair", QKeySequence(Qt::Key_C)},
        {"actionAcceptClaim", QKeySequence(Qt::Key_A)},
    };
    for (const auto &[name, key] : expected) {
        auto *action = m_window->findChild<QAction *>(QString::fromLatin1(name));
        QVERIFY2(action && floorMenu->actions().contains(action), name);
        QCOMPARE(action->shortcut(), key);
        QVERIFY(!action->text().isEmpty());
    }
}

void TestFloorPanel::nameActions_recordOneEventEach()
{
    // Someone new asks to speak, takes the chair, is claimed for: each is one event that adds them.
    const core::Session *session = m_window->session();
    const core::FloorState &floor = session->state().floor();
    qsizetype events = session->events().size();
    enterName("requestNameEdit", u"Nadia Q. Nyambura"_s);
    QCOMPARE(session->events().size(), ++events);
    QCOMPARE(lastEvent().type, core::EventType::QueueRequested);
    QVERIFY(lastEvent().data.contains(u"walk_in"_s));
    QCOMPARE(floor.requests().size(), 1);

    press(Qt::Key_Q);
    QCOMPARE(session->events().size(), ++events);
    QCOMPARE(lastEvent().type, core::EventType::FloorGiven);
    QVERIFY(floor.requests().isEmpty());

    child<QCheckBox>("requestOnlineCheck")->setChecked(true);
    enterName("requestNameEdit", u"Nadia Q. Nyambura"_s); // known now: asks again, nobody is added
    QCOMPARE(session->events().size(), ++events);
    QVERIFY(!lastEvent().data.contains(u"walk_in"_s));
    QVERIFY(!child<QCheckBox>("requestOnlineCheck")->isChecked());

    enterName("claimNameEdit", u"Kofi Mensah"_s);
    QCOMPARE(session->events().size(), ++events);
    QCOMPARE(lastEvent().type, core::EventType::ChairClaimed);
    QCOMPARE(lastEvent().data.value(u"walk_in"_s).toObject().value(u"channel"_s).toString(), u"online"_s);
    MODERATO_VERIFY_OK(m_window->session()->declineChairClaim());
    ++events;

    press(Qt::Key_C); // open the chair
    QCOMPARE(session->events().size(), ++events);
    enterName("chairNameEdit", u"Marta Ruiz"_s);
    QCOMPARE(session->events().size(), ++events);
    QCOMPARE(lastEvent().type, core::EventType::ChairTaken);
    QVERIFY(lastEvent().data.contains(u"walk_in"_s));
    QCOMPARE(floor.participant(floor.currentTurn()->participantId)->name, u"Marta Ruiz"_s);
}

void TestFloorPanel::giveSelected_isOneEvent()
{
    core::Session *session = m_window->session();
    MODERATO_VERIFY_OK(session->requestToSpeak(core::Who{0, u"A"_s, {}, {}, {}, {}, {}}));
    MODERATO_VERIFY_OK(session->requestToSpeak(core::Who{0, u"B"_s, {}, {}, {}, {}, {}}));
    auto *view = child<QListView>("queueView");
    QCOMPARE(view->model()->rowCount(), 2);
    view->setCurrentIndex(view->model()->index(1, 0));
    const qsizetype events = session->events().size();
    QTest::mouseClick(child<QPushButton>("giveSelectedButton"), Qt::LeftButton);
    QCOMPARE(session->events().size(), events + 1); // not a withdrawal and then the floor
    QCOMPARE(lastEvent().type, core::EventType::FloorGiven);
    QVERIFY(lastEvent().data.contains(u"request"_s));
    const core::FloorState &floor = session->state().floor();
    QCOMPARE(floor.participant(floor.currentTurn()->participantId)->name, u"B"_s);
    QCOMPARE(floor.requests().size(), 1);
    QCOMPARE(view->model()->rowCount(), 1);
}

void TestFloorPanel::parts_refreshOnlyForWhatTheyShow()
{
    core::Session *session = m_window->session();
    const QList<ui::FloorPart *> parts = m_window->floorPanel()->parts();
    QCOMPARE(parts.size(), 4);
    std::vector<std::unique_ptr<QSignalSpy>> partSpies;
    for (ui::FloorPart *part : parts) {
        partSpies.push_back(std::make_unique<QSignalSpy>(part, &ui::FloorPart::refreshed));
    }
    auto partRefreshes = [&] {
        int count = 0;
        for (const auto &spy : partSpies) {
            count += int(spy->count());
        }
        return count;
    };
    // The rapporteur's filters are filled again on each refresh of the pane.
    auto *speakerFilter = m_window->findChild<QComboBox *>(u"noteSpeakerFilter"_s);
    QVERIFY(speakerFilter);
    QSignalSpy rapporteurRefreshes(speakerFilter->model(), &QAbstractItemModel::rowsInserted);

    MODERATO_VERIFY_OK(session->addNote(u"Baseline requirements along the supply chain"_s, {}));
    QCOMPARE(partRefreshes(), 0);
    QVERIFY(rapporteurRefreshes.count() > 0);

    rapporteurRefreshes.clear();
    MODERATO_VERIFY_OK(session->giveFloor(1));
    QCOMPARE(rapporteurRefreshes.count(), 0);
    for (const auto &spy : partSpies) {
        QCOMPARE(spy->count(), 1); // each part once
    }
    QCOMPARE(child<QLabel>("floorHolderLabel")->text(), u"Eva Schulz-Kamm"_s);

    // A tick moves only the countdown.
    for (const auto &spy : partSpies) {
        spy->clear();
    }
    m_clock->advance(10s);
    session->tick();
    QCOMPARE(partRefreshes(), 0);
    QCOMPARE(m_window->floorPanel()->turnCountdown()->text(), u"1:50"_s);

    // A new name given the floor is a new speaker for the rapporteur's filter too.
    MODERATO_VERIFY_OK(session->giveFloor(core::Who{0, u"Jean Dupont"_s, {}, {}, {}, {}, {}}));
    QVERIFY(rapporteurRefreshes.count() > 0);
    QVERIFY(speakerFilter->findText(u"Jean Dupont"_s) >= 0);
}

void TestFloorPanel::i_takesGroupsRegionGenderAndChannelInOneLine()
{
    press(Qt::Key_I);
    auto *name = child<QLineEdit>("requestNameEdit");
    QCOMPARE(QApplication::focusWidget(), name);
    QVERIFY(name->toolTip().contains(u"GRULAC"_s)); // the syntax, where the field is
    QVERIFY(name->completer());
    QTest::keyClicks(name, u"Ana P"_s);
    name->insert(u"é"_s); // the test's keys are ASCII only
    QTest::keyClicks(name, u"rez, civil society, GRULAC, woman, online"_s);
    QTest::keyClick(name, Qt::Key_Return);
    const core::FloorState &floor = m_window->session()->state().floor();
    QCOMPARE(floor.requests().size(), 1);
    const core::Participant *ana = floor.participant(floor.requests().constFirst().participantId);
    QCOMPARE(ana->name, u"Ana Pérez"_s);
    QCOMPARE(ana->stakeholderGroup, u"Civil Society"_s);
    QCOMPARE(ana->region, u"GRULAC"_s);
    QCOMPARE(ana->gender, u"woman"_s);
    QCOMPARE(ana->channel, core::Channel::Online);
    QCOMPARE(lastEvent().type, core::EventType::QueueRequested); // one event: the request with its walk-in
    QVERIFY(name->text().isEmpty());
    QVERIFY(QApplication::focusWidget() != name); // back to the console's keys

    // Slashes too; what no vocabulary knows stays with the name. The completer offers the vocabulary
    // after a separator, and never for the name.
    press(Qt::Key_I);
    QCompleter *completer = name->completer();
    QTest::keyClicks(name, u"Li Wei / ISOC / tech"_s);
    QCOMPARE(completer->completionPrefix(), u"Li Wei / ISOC / tech"_s);
    QCOMPARE(completer->currentIndex().data().toString(), u"Technical Community"_s);
    QCOMPARE(completer->currentCompletion(), u"Li Wei / ISOC / Technical Community"_s);
    if (completer->popup()->isVisible()) {
        QTest::keyClick(completer->popup(), Qt::Key_Escape);
    }
    QTest::keyClicks(name, u"nical/Asia-Pacific/man"_s);
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(floor.requests().size(), 2);
    const core::Participant *li = floor.participant(floor.requests().constLast().participantId);
    QCOMPARE(li->name, u"Li Wei, ISOC"_s);
    QCOMPARE(li->stakeholderGroup, u"Technical Community"_s);
    QCOMPARE(li->region, u"Asia-Pacific Group"_s);
    QCOMPARE(li->channel, core::Channel::Onsite);

    // Least-heard groups first works for walk-ins: Ana's group has not spoken, Eva's has.
    MODERATO_VERIFY_OK(m_window->session()->giveFloor(1));
    m_clock->advance(60s);
    MODERATO_VERIFY_OK(m_window->session()->endTurn());
    core::Participant pia;
    pia.name = u"Pia Berg"_s;
    pia.stakeholderGroup = u"Private Sector"_s;
    auto piaId = m_window->session()->addParticipant(pia);
    MODERATO_VERIFY_OK(piaId);
    MODERATO_VERIFY_OK(m_window->session()->requestToSpeak(piaId.value()));
    MODERATO_VERIFY_OK(m_window->session()->reorderQueue({3, 2, 1}));
    auto *combo = child<QComboBox>("queuePolicyCombo");
    combo->setCurrentIndex(3);
    emit combo->activated(3);
    QCOMPARE(floor.policy(), core::QueuePolicy::LeastSpokenGroups);
    QCOMPARE(floor.orderedQueue(m_window->session()->now()).constLast().participantId, piaId.value());
}

void TestFloorPanel::i_refusesALineWithoutAName()
{
    press(Qt::Key_I);
    auto *name = child<QLineEdit>("requestNameEdit");
    const qsizetype events = m_window->session()->events().size();
    QTest::keyClicks(name, u", civil society"_s);
    if (name->completer()->popup()->isVisible()) {
        QTest::keyClick(name->completer()->popup(), Qt::Key_Escape);
    }
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(m_window->session()->events().size(), events);
    QCOMPARE(name->text(), u", civil society"_s); // kept, to be corrected
    QVERIFY2(m_window->statusBar()->currentMessage().contains(u"name"_s),
             qPrintable(m_window->statusBar()->currentMessage()));
}

void TestFloorPanel::chair_threeOccupantsShowTheirGroups()
{
    // A scripted run: after each of the three presentations the chair opens and someone typed in one line sits.
    const QStringList occupants{u"Marta Ruiz, civil society, GRULAC, woman"_s,
                                u"Kofi Mensah / government / Africa / man / online"_s,
                                u"Jon Berg, technical, WEOG, man, hub Oslo"_s};
    auto *name = child<QLineEdit>("chairNameEdit");
    for (const QString &line : occupants) {
        press(Qt::Key_N); // the speaker
        press(Qt::Key_N); // the audience input after them
        press(Qt::Key_C);
        QCOMPARE(m_window->session()->state().floor().chairState(), core::ChairState::Open);
        QTest::keyClicks(name, line);
        if (name->completer()->popup()->isVisible()) {
            QTest::keyClick(name->completer()->popup(), Qt::Key_Escape);
        }
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(m_window->session()->state().floor().chairState(), core::ChairState::Taken);
        m_clock->advance(60s);
        press(Qt::Key_C);
    }
    const QString history = child<QLabel>("chairHistoryLabel")->text();
    for (const QString &shown : {u"Marta Ruiz, Civil Society, GRULAC"_s,
                                 u"Kofi Mensah, Government, African Group"_s,
                                 u"Jon Berg, Technical Community, WEOG, hub Oslo"_s}) {
        QVERIFY2(history.contains(shown), qPrintable(history));
    }
    const QStringList rows = m_window->balancePanel()->shownRows();
    for (const QString &row : {u"0|Civil Society|60|1"_s,
                               u"0|Government|60|1"_s,
                               u"0|Technical Community|60|1"_s,
                               u"2|woman|60|1"_s,
                               u"2|man|120|2"_s,
                               u"3|online|60|1"_s,
                               u"3|hub:Oslo|60|1"_s}) {
        QVERIFY2(rows.contains(row), qPrintable(rows.join(u'\n')));
    }
    for (const QString &row : rows) {
        QVERIFY2(!row.contains(u"|unknown|"_s), qPrintable(row)); // nobody reads "not given"
    }
}

void TestFloorPanel::moderatorsSummary_doesNotGoRedAtTwoMinutes()
{
    core::Session *session = m_window->session();
    const core::SessionState &state = session->state();
    const int daniel = state.floor().participantByName(u"Daniel Brinkwerth"_s)->id;
    const core::Agenda &agenda = state.agenda();
    const int summary = agenda.leafIndexes().constLast();
    QCOMPARE(agenda.item(summary).kind, core::ItemKind::Summary);
    MODERATO_VERIFY_OK(session->enterItem(agenda.item(summary).id));
    MODERATO_VERIFY_OK(session->giveFloor(daniel));
    ui::CountdownWidget *turn = m_window->floorPanel()->turnCountdown();
    QCOMPARE(turn->text(), core::formatDuration(agenda.plannedMs(summary), core::Rounding::Countdown));
    QVERIFY(child<QLabel>("floorHolderDetail")->text().contains(u"moderation"_s));
    m_clock->advance(150s);
    session->tick();
    QCOMPARE(turn->phase(), core::Phase::Normal);
    QVERIFY(!turn->text().startsWith(u'-'));
    // The balance keeps the moderator's time apart: not Private Sector floor time.
    const QStringList rows = m_window->balancePanel()->shownRows();
    QVERIFY2(rows.contains(u"moderation|150|1"_s), qPrintable(rows.join(u'\n')));
    QVERIFY(!rows.contains(u"0|Private Sector|150|1"_s));
    QVERIFY(m_window->findChild<QLabel *>(u"balanceModerationLabel"_s)->isVisible());
}

QTEST_MAIN(TestFloorPanel)
#include "tst_floorpanel.moc"
