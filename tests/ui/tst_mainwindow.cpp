// SPDX-License-Identifier: MIT
#include "core/io/proposalimporter.h"
#include "core/session/session.h"
#include "tests/support/fakeclock.h"
#include "tests/support/helpers.h"
#include "ui/chime.h"
#include "ui/countdownwidget.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <chrono>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void space_startsPausesAndResumes();
    void keys_moveThroughTheAgenda_data();
    void keys_moveThroughTheAgenda();
    void clickerKeys_startPauseAndNavigate();
    void plusAndMinus_changeTheCurrentItemByAMinute_data();
    void plusAndMinus_changeTheCurrentItemByAMinute();
    void digits_goToTopLevelItems();
    void everyAction_isInAMenuWithItsShortcut();
    void phases_colourTheCountdownAndFlashAtZero();
    void chime_withoutDevice_isSilentAndTheFlashRemains();
    void sessionClock_showsElapsedRemainingAndOffset();
    void rebalanceBanner_acceptAndDecline();
    void openingABrokenFile_keepsTheCurrentSession();
    void reopening_continuesTheRunningClock();
    void userText_isPlainText();
    void saveAs_continuesInTheCopyAndRemembersIt();

private:
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    [[nodiscard]] QString labelText(const char *name) const;

    QTemporaryDir m_dir;
    std::unique_ptr<tests::FakeClock> m_clock;
    std::unique_ptr<ui::MainWindow> m_window;
    int m_count = 0;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(u"config"_s).toUtf8()); // QSettings stays out of the user's files
    QApplication::setOrganizationName(u"ModeratoTest"_s);
    QApplication::setApplicationName(u"tst_mainwindow"_s);
}

void TestMainWindow::init()
{
    m_clock = std::make_unique<tests::FakeClock>();
    m_window = std::make_unique<ui::MainWindow>(*m_clock);
    MODERATO_VERIFY_OK(m_window->createSession(m_dir.filePath(u"s%1.moderato"_s.arg(++m_count)),
                                               core::ProposalImporter::demoWorkshop().value()));
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_clock.reset();
}

void TestMainWindow::press(int key, Qt::KeyboardModifiers modifiers)
{
    QTest::keyClick(m_window.get(), Qt::Key(key), modifiers);
    m_window->session()->tick();
}

QString TestMainWindow::labelText(const char *name) const
{
    auto *label = m_window->findChild<QLabel *>(QString::fromLatin1(name));
    return label ? label->text() : u"<no label %1>"_s.arg(QString::fromLatin1(name));
}

void TestMainWindow::space_startsPausesAndResumes()
{
    core::Session *session = m_window->session();
    QCOMPARE(session->state().runState(), core::RunState::NotStarted);
    press(Qt::Key_Space);
    QCOMPARE(session->state().runState(), core::RunState::Running);
    m_clock->advance(90s);
    press(Qt::Key_Space);
    QCOMPARE(session->state().runState(), core::RunState::Paused);
    QCOMPARE(m_window->countdown()->text(), u"8:30"_s);
    m_clock->advance(5min);
    QCOMPARE(m_window->countdown()->text(), u"8:30"_s);
    press(Qt::Key_Space);
    QCOMPARE(session->state().runState(), core::RunState::Running);
    auto *start = m_window->findChild<QPushButton *>(u"startButton"_s);
    QVERIFY(start);
    QCOMPARE(start->text(), u"Pause"_s);
    QTest::mouseClick(start, Qt::LeftButton);
    QCOMPARE(session->state().runState(), core::RunState::Paused);
}

void TestMainWindow::keys_moveThroughTheAgenda_data()
{
    QTest::addColumn<int>("forward");
    QTest::addColumn<int>("back");
    QTest::newRow("N and P") << int(Qt::Key_N) << int(Qt::Key_P);
    QTest::newRow("arrows") << int(Qt::Key_Right) << int(Qt::Key_Left);
    QTest::newRow("clicker pages") << int(Qt::Key_PageDown) << int(Qt::Key_PageUp);
}

void TestMainWindow::keys_moveThroughTheAgenda()
{
    QFETCH(int, forward);
    QFETCH(int, back);
    core::Session *session = m_window->session();
    press(Qt::Key_Space);
    press(forward);
    QCOMPARE(session->state().currentItemId(), 3);
    QCOMPARE(labelText("currentItemLabel"), u"Eva Schulz-Kamm"_s);
    press(forward);
    QCOMPARE(session->state().currentItemId(), 4);
    press(back);
    press(back);
    QCOMPARE(session->state().currentItemId(), 1);
    // At the first item, back does nothing (the action is disabled) and nothing is recorded.
    const auto events = session->events().size();
    press(back);
    QCOMPARE(session->events().size(), events);
}

void TestMainWindow::clickerKeys_startPauseAndNavigate()
{
    core::Session *session = m_window->session();
    press(Qt::Key_F5);
    QCOMPARE(session->state().runState(), core::RunState::Running);
    press(Qt::Key_F5); // already running: no change, no error
    QCOMPARE(session->state().runState(), core::RunState::Running);
    press(Qt::Key_Escape);
    QCOMPARE(session->state().runState(), core::RunState::Paused);
    press(Qt::Key_Escape);
    QCOMPARE(session->state().runState(), core::RunState::Paused);
    press(Qt::Key_F5);
    QCOMPARE(session->state().runState(), core::RunState::Running);
    press(Qt::Key_PageDown);
    QCOMPARE(session->state().currentItemId(), 3);
}

void TestMainWindow::plusAndMinus_changeTheCurrentItemByAMinute_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::addColumn<qint64>("plannedMs");
    QTest::newRow("plus") << int(Qt::Key_Plus) << int(Qt::NoModifier) << qint64(11 * 60'000);
    QTest::newRow("equals (plus without shift)") << int(Qt::Key_Equal) << int(Qt::NoModifier) << qint64(11 * 60'000);
    QTest::newRow("keypad plus") << int(Qt::Key_Plus) << int(Qt::KeypadModifier) << qint64(11 * 60'000);
    QTest::newRow("minus") << int(Qt::Key_Minus) << int(Qt::NoModifier) << qint64(9 * 60'000);
    QTest::newRow("keypad minus") << int(Qt::Key_Minus) << int(Qt::KeypadModifier) << qint64(9 * 60'000);
}

void TestMainWindow::plusAndMinus_changeTheCurrentItemByAMinute()
{
    QFETCH(int, key);
    QFETCH(int, modifiers);
    QFETCH(qint64, plannedMs);
    press(key, Qt::KeyboardModifiers(modifiers));
    const core::SessionState &state = m_window->session()->state();
    QCOMPARE(state.agenda().plannedMs(state.currentIndex()), plannedMs);
}

void TestMainWindow::digits_goToTopLevelItems()
{
    press(Qt::Key_3);
    QCOMPARE(m_window->session()->state().currentItemId(), 9);
    press(Qt::Key_2);
    QCOMPARE(m_window->session()->state().currentItemId(), 3);
}

void TestMainWindow::everyAction_isInAMenuWithItsShortcut()
{
    const QList<std::pair<const char *, QKeySequence>> expected{
        {"actionStartPause", QKeySequence(Qt::Key_Space)},
        {"actionStartResume", QKeySequence(Qt::Key_F5)},
        {"actionPause", QKeySequence(Qt::Key_Escape)},
        {"actionNext", QKeySequence(Qt::Key_N)},
        {"actionPrevious", QKeySequence(Qt::Key_P)},
        {"actionExtend", QKeySequence(Qt::Key_Plus)},
        {"actionShorten", QKeySequence(Qt::Key_Minus)},
        {"actionRebalance", QKeySequence(Qt::Key_R)},
        {"actionMute", QKeySequence(Qt::Key_M)},
        {"actionUndo", QKeySequence(QKeySequence::Undo)},
        {"actionRedo", QKeySequence(QKeySequence::Redo)},
    };
    QList<QAction *> inMenus;
    std::function<void(QMenu *)> collect = [&](QMenu *menu) {
        for (QAction *action : menu->actions()) {
            inMenus.append(action);
            if (action->menu()) {
                collect(action->menu());
            }
        }
    };
    for (QAction *top : m_window->menuBar()->actions()) {
        collect(top->menu());
    }
    for (const auto &[name, shortcut] : expected) {
        auto *action = m_window->findChild<QAction *>(QString::fromLatin1(name));
        QVERIFY2(action, name);
        QCOMPARE(action->shortcut(), shortcut);
        QVERIFY2(inMenus.contains(action), name);
        QVERIFY2(!action->text().isEmpty(), name);
    }
    for (const char *name : {"actionNew", "actionOpen", "actionSaveAs", "actionEndSession", "actionQuit"}) {
        auto *action = m_window->findChild<QAction *>(QString::fromLatin1(name));
        QVERIFY2(action && inMenus.contains(action), name);
    }
}

void TestMainWindow::phases_colourTheCountdownAndFlashAtZero()
{
    ui::CountdownWidget *countdown = m_window->countdown();
    press(Qt::Key_Space);
    m_clock->advance(8min + 30s);
    m_window->session()->tick();
    QCOMPARE(countdown->phase(), core::Phase::Normal);
    QCOMPARE(countdown->text(), u"1:30"_s);
    m_clock->advance(45s);
    m_window->session()->tick();
    QCOMPARE(countdown->phase(), core::Phase::Warning);
    QCOMPARE(countdown->text(), u"0:45"_s);
    QVERIFY(!countdown->isFlashing());
    m_clock->advance(50s);
    m_window->session()->tick();
    QCOMPARE(countdown->phase(), core::Phase::Overtime);
    QCOMPARE(countdown->text(), u"-0:05"_s);
    QVERIFY(countdown->isFlashing());
    QTRY_VERIFY_WITH_TIMEOUT(!countdown->isFlashing(), 5000);
}

void TestMainWindow::chime_withoutDevice_isSilentAndTheFlashRemains()
{
    ui::Chime *chime = m_window->chime();
    press(Qt::Key_Space);
    m_clock->advance(10min);
    m_window->session()->tick();
    QVERIFY(m_window->countdown()->isFlashing());
    if (chime->isAvailable()) {
        QCOMPARE(chime->playCount(), 1); // only the zero chime: the warning was skipped in one jump
    } else {
        QCOMPARE(chime->playCount(), 0);
        QVERIFY(!chime->play());
    }
    // Muted: never plays, the flash still comes.
    press(Qt::Key_M);
    QVERIFY(chime->isMuted());
    const int played = chime->playCount();
    QVERIFY(!chime->play());
    QCOMPARE(chime->playCount(), played);
    press(Qt::Key_M);
    QVERIFY(!chime->isMuted());
}

void TestMainWindow::sessionClock_showsElapsedRemainingAndOffset()
{
    press(Qt::Key_Space);
    m_clock->advance(12min);
    press(Qt::Key_N);
    m_clock->advance(1min);
    m_window->refresh();
    QCOMPARE(labelText("elapsedValue"), u"13:00"_s);
    QCOMPARE(labelText("remainingValue"), u"1:17:00"_s);
    QCOMPARE(labelText("offsetValue"), u"2:00 behind"_s);
    QVERIFY(!labelText("projectedEndValue").isEmpty());
    QCOMPARE(labelText("nextItemLabel"), u"Next: Audience input (10:00)"_s);
}

void TestMainWindow::rebalanceBanner_acceptAndDecline()
{
    auto *banner = m_window->findChild<QWidget *>(u"rebalanceBanner"_s);
    QVERIFY(banner);
    press(Qt::Key_Space);
    m_clock->advance(10min + 30s);
    m_window->refresh();
    QVERIFY2(banner->isHidden(), "30 s late is not worth a proposal");
    m_clock->advance(1min);
    m_window->refresh();
    QVERIFY(banner->isVisible());
    QCOMPARE(m_window->shownRebalance().changes.size(), 6);

    // Decline: hidden until the session is another minute later.
    QTest::mouseClick(m_window->findChild<QPushButton *>(u"declineRebalanceButton"_s), Qt::LeftButton);
    QVERIFY(banner->isHidden());
    QCOMPARE(m_window->session()->events().constLast().type, core::EventType::RebalanceDeclined);
    QVERIFY(m_window->session()->state().declinedOverrunMs() >= core::SessionState::RebalanceThresholdMs);
    m_clock->advance(30s);
    m_window->refresh();
    QVERIFY(banner->isHidden());
    m_clock->advance(31s);
    m_window->refresh();
    QVERIFY(banner->isVisible());

    QTest::mouseClick(m_window->findChild<QPushButton *>(u"acceptRebalanceButton"_s), Qt::LeftButton);
    const core::Session *session = m_window->session();
    QCOMPARE(session->events().constLast().type, core::EventType::AgendaRebalanced);
    QCOMPARE(session->state().offsetMs(session->now()), 0);
    QVERIFY(banner->isHidden());
    QCOMPARE(labelText("offsetValue"), u"On time"_s);
}

void TestMainWindow::openingABrokenFile_keepsTheCurrentSession()
{
    const QString broken = m_dir.filePath(u"broken.moderato"_s);
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("this is not a database");
    file.close();
    core::Session *before = m_window->session();
    const auto result = m_window->openSession(broken);
    QVERIFY(!result.has_value());
    QCOMPARE(result.error().code, core::ErrorCode::NotASession);
    QCOMPARE(m_window->session(), before);
}

void TestMainWindow::reopening_continuesTheRunningClock()
{
    press(Qt::Key_Space);
    m_clock->advance(4min);
    const QString path = m_window->session()->filePath();
    m_window.reset();
    m_clock->advance(1min); // the app was closed for a minute
    m_window = std::make_unique<ui::MainWindow>(*m_clock);
    MODERATO_VERIFY_OK(m_window->openSession(path));
    m_window->refresh();
    QCOMPARE(m_window->countdown()->text(), u"5:00"_s);
    QCOMPARE(m_window->session()->state().runState(), core::RunState::Running);
}

void TestMainWindow::userText_isPlainText()
{
    core::SessionDefinition definition = core::ProposalImporter::demoWorkshop().value();
    auto json = definition.toJson();
    auto again = core::SessionDefinition::fromJson(json);
    MODERATO_VERIFY_OK(again);
    QJsonArray agenda{QJsonObject{{u"title"_s, u"<b>Bold</b> <img src=x>"_s}, {u"minutes"_s, 5}}};
    json.insert(u"agenda"_s, agenda);
    auto hostile = core::SessionDefinition::fromJson(json);
    MODERATO_VERIFY_OK(hostile);
    MODERATO_VERIFY_OK(m_window->createSession(m_dir.filePath(u"hostile.moderato"_s), hostile.value()));
    auto *label = m_window->findChild<QLabel *>(u"currentItemLabel"_s);
    QCOMPARE(label->textFormat(), Qt::PlainText);
    QCOMPARE(label->text(), u"<b>Bold</b> <img src=x>"_s);
}

void TestMainWindow::saveAs_continuesInTheCopyAndRemembersIt()
{
    press(Qt::Key_Space);
    m_clock->advance(2min);
    const QString original = m_window->session()->filePath();
    const QString copy = m_dir.filePath(u"kept.moderato"_s);
    MODERATO_VERIFY_OK(m_window->saveSessionCopy(copy));
    QCOMPARE(m_window->session()->filePath(), copy);
    QCOMPARE(m_window->session()->state().runState(), core::RunState::Running);
    press(Qt::Key_N); // stored in the copy, not in the original
    auto reopenedOriginal = core::Session::open(original, *m_clock, core::SessionStore::Mode::ReadOnly);
    MODERATO_VERIFY_OK(reopenedOriginal);
    QCOMPARE(reopenedOriginal.value()->state().currentItemId(), 1);
    QCOMPARE(m_window->session()->state().currentItemId(), 3);
    QVERIFY(m_window->windowTitle().contains(u"kept.moderato"_s));
    auto *recent = m_window->findChild<QMenu *>(u"recentMenu"_s);
    QVERIFY(recent);
    QVERIFY(!recent->actions().isEmpty());
    QCOMPARE(recent->actions().constFirst()->text(), u"kept.moderato"_s);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
