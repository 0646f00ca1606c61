// SPDX-License-Identifier: MIT
#include "core/io/proposalimporter.h"
#include "core/session/session.h"
#include "tests/support/fakeclock.h"
#include "tests/support/helpers.h"
#include "ui/mainwindow.h"
#include "ui/roomcontrol.h"
#include "ui/roomdisplaywindow.h"
#include "ui/roompreview.h"
#include "ui/roomrenderer.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QInputDialog>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <chrono>
#include <functional>

using namespace Qt::StringLiterals;

class TestRoomControl : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void sceneKeys_pinBlankAndFollow_data();
    void sceneKeys_pinBlankAndFollow();
    void clickerKeys_turnPdfPagesWhileSlidesAreShown();
    void displayWindow_andPreview_followTheSession();
    void timeUp_flashesTheRoom();
    void menu_listsScenesWithShortcuts();
    void approvedTakeaway_canBeEdited();
    void commentFromTheRoom_isRecordedAgainstTheTakeaway();
    void approvedTakeaway_canBeWithdrawn();

private:
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);

    QTemporaryDir m_dir;
    int m_count = 0;
    std::unique_ptr<tests::FakeClock> m_clock;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestRoomControl::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(u"config"_s).toUtf8());
}

void TestRoomControl::init()
{
    m_clock = std::make_unique<tests::FakeClock>();
    m_window = std::make_unique<ui::MainWindow>(*m_clock);
    MODERATO_VERIFY_OK(m_window->createSession(m_dir.filePath(u"c%1.moderato"_s.arg(++m_count)),
                                               core::ProposalImporter::demoWorkshop().value()));
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    press(Qt::Key_Space);
}

void TestRoomControl::cleanup()
{
    m_window.reset();
    m_clock.reset();
}

void TestRoomControl::press(int key, Qt::KeyboardModifiers modifiers)
{
    QTest::keyClick(m_window.get(), Qt::Key(key), modifiers);
}

void TestRoomControl::sceneKeys_pinBlankAndFollow_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("scene");
    QTest::newRow("ctrl+1 agenda") << int(Qt::Key_1) << int(core::Scene::Agenda);
    QTest::newRow("ctrl+2 speaker") << int(Qt::Key_2) << int(core::Scene::Speaker);
    QTest::newRow("ctrl+3 chair") << int(Qt::Key_3) << int(core::Scene::Chair);
    QTest::newRow("ctrl+5 takeaways") << int(Qt::Key_5) << int(core::Scene::Takeaways);
}

void TestRoomControl::sceneKeys_pinBlankAndFollow()
{
    QFETCH(int, key);
    QFETCH(int, scene);
    const core::SessionState &state = m_window->session()->state();
    MODERATO_VERIFY_OK(m_window->session()->giveFloor(1));
    QCOMPARE(state.roomScene(), core::Scene::Speaker); // automatic
    press(key, Qt::ControlModifier);
    QCOMPARE(int(state.roomScene()), scene);
    QVERIFY(state.display().isPinned());
    press(Qt::Key_B);
    QCOMPARE(state.roomScene(), core::Scene::Blank);
    press(Qt::Key_B);
    QCOMPARE(int(state.roomScene()), scene);
    press(Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(state.roomScene(), core::Scene::Speaker);
    QVERIFY(!state.display().isPinned());
}

void TestRoomControl::clickerKeys_turnPdfPagesWhileSlidesAreShown()
{
    const QString path = m_dir.filePath(u"deck.pdf"_s);
    {
        QPdfWriter writer(path);
        QPainter painter(&writer);
        writer.newPage();
        writer.newPage();
    }
    ui::RoomControl *room = m_window->room();
    MODERATO_VERIFY_OK(room->addAndShowMedia(path));
    const core::SessionState &state = m_window->session()->state();
    QCOMPARE(room->renderer()->pageCount(), 3);
    press(Qt::Key_PageDown);
    QCOMPARE(state.display().page(), 1);
    QCOMPARE(state.currentItemId(), 1); // the agenda did not move
    press(Qt::Key_PageDown);
    press(Qt::Key_PageDown); // the last page: stays
    QCOMPARE(state.display().page(), 2);
    QCOMPARE(state.currentItemId(), 1);
    press(Qt::Key_PageUp);
    QCOMPARE(state.display().page(), 1);
    press(Qt::Key_BracketLeft);
    QCOMPARE(state.display().page(), 0);
    // Without slides on the room display, the clicker moves the agenda again.
    press(Qt::Key_0, Qt::ControlModifier);
    press(Qt::Key_PageDown);
    QCOMPARE(state.currentItemId(), 3);
}

void TestRoomControl::displayWindow_andPreview_followTheSession()
{
    ui::RoomControl *room = m_window->room();
    QVERIFY(room->preview()->isVisible());
    QVERIFY(!room->window()->isVisible());
    press(Qt::Key_F8);
    QVERIFY(room->window()->isVisible());
    // One screen here: a window to share, not full screen over the console.
    QVERIFY(!room->window()->isOnItsOwnScreen());
    press(Qt::Key_F8);
    QVERIFY(!room->window()->isVisible());
    // The preview paints what the room sees.
    QImage preview(room->preview()->size(), QImage::Format_RGB32);
    room->preview()->render(&preview);
    QCOMPARE(preview.size(), room->preview()->size());
    const QImage expected = room->renderer()->render(room->preview()->size());
    QCOMPARE(preview, expected);
}

void TestRoomControl::timeUp_flashesTheRoom()
{
    core::Session *session = m_window->session();
    auto jean = session->findOrAddParticipant(u"Jean Dupont"_s);
    MODERATO_VERIFY_OK(session->giveFloor(jean.value()));
    QVERIFY(!m_window->room()->renderer()->isFlashing());
    m_clock->advance(std::chrono::minutes(2));
    session->tick();
    QVERIFY(m_window->room()->renderer()->isFlashing());
}

void TestRoomControl::menu_listsScenesWithShortcuts()
{
    QMenu *menu = m_window->room()->menu();
    QVERIFY(m_window->menuBar()->actions().contains(menu->menuAction()));
    const QList<std::pair<const char *, QKeySequence>> expected{
        {"actionShowRoomDisplay", QKeySequence(Qt::Key_F8)},
        {"actionSceneAuto", QKeySequence(Qt::CTRL | Qt::Key_0)},
        {"actionSceneAgenda", QKeySequence(Qt::CTRL | Qt::Key_1)},
        {"actionSceneMessage", QKeySequence(Qt::CTRL | Qt::Key_6)},
        {"actionSceneGlossary", QKeySequence(Qt::CTRL | Qt::Key_9)},
        {"actionShowTerm", QKeySequence(Qt::CTRL | Qt::Key_G)},
        {"actionBlank", QKeySequence(Qt::Key_B)},
        {"actionNextPage", QKeySequence(Qt::Key_BracketRight)},
        {"actionPlayVideo", QKeySequence(Qt::Key_V)},
    };
    for (const auto &[name, key] : expected) {
        auto *action = m_window->findChild<QAction *>(QString::fromLatin1(name));
        QVERIFY2(action && menu->actions().contains(action), name);
        QCOMPARE(action->shortcut(), key);
        QVERIFY(!action->text().isEmpty());
    }
}

void TestRoomControl::approvedTakeaway_canBeWithdrawn()
{
    core::Session *session = m_window->session();
    QVERIFY(session);
    MODERATO_VERIFY_OK(session->approveTakeaway(u"Baseline requirements reach every supplier"_s));
    MODERATO_VERIFY_OK(session->approveTakeaway(u"Certification must be affordable"_s));
    auto *action = m_window->findChild<QAction *>(u"actionWithdrawTakeaway"_s);
    QVERIFY(action && action->isEnabled());
    // The console asks which one: choose the second.
    bool asked = false;
    QTimer::singleShot(0, this, [&asked] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QCOMPARE(dialog->comboBoxItems(),
                 (QStringList{u"Baseline requirements reach every supplier"_s, u"Certification must be affordable"_s}));
        dialog->setTextValue(u"Certification must be affordable"_s);
        asked = true;
        dialog->accept();
    });
    action->trigger();
    QVERIFY(asked);
    const QList<core::Takeaway> &left = session->state().display().takeaways();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.constFirst().text, u"Baseline requirements reach every supplier"_s);
}

void TestRoomControl::approvedTakeaway_canBeEdited()
{
    core::Session *session = m_window->session();
    MODERATO_VERIFY_OK(session->approveTakeaway(u"Baseline requirements reach every supplier"_s));
    const auto second = session->approveTakeaway(u"Certification must be affordable"_s);
    MODERATO_VERIFY_OK(second);
    auto *action = m_window->findChild<QAction *>(u"actionEditTakeaway"_s);
    QVERIFY(action && action->isEnabled() && m_window->room()->menu()->actions().contains(action));
    // The console asks which one, then shows its wording to change.
    int asked = 0;
    std::function<void()> answer = [&] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        if (++asked == 1) {
            QCOMPARE(dialog->comboBoxItems().size(), 2);
            dialog->setTextValue(u"Certification must be affordable"_s);
            QTimer::singleShot(0, this, answer);
        } else {
            QCOMPARE(dialog->textValue(), u"Certification must be affordable"_s);
            dialog->setTextValue(u"Certification must be affordable for small suppliers"_s);
        }
        dialog->accept();
    };
    QTimer::singleShot(0, this, answer);
    action->trigger();
    QCOMPARE(asked, 2);
    QCOMPARE(session->state().display().takeaway(second.value())->text,
             u"Certification must be affordable for small suppliers"_s);
    QCOMPARE(session->events().constLast().type, core::EventType::TakeawayEdited);
}

void TestRoomControl::commentFromTheRoom_isRecordedAgainstTheTakeaway()
{
    core::Session *session = m_window->session();
    auto *action = m_window->findChild<QAction *>(u"actionCommentTakeaway"_s);
    QVERIFY(action && action->isEnabled() && m_window->room()->menu()->actions().contains(action));
    const auto takeaway = session->approveTakeaway(u"Baseline requirements reach every supplier"_s);
    MODERATO_VERIFY_OK(takeaway);
    auto jean = session->findOrAddParticipant(u"Jean Dupont"_s);
    MODERATO_VERIFY_OK(jean);
    MODERATO_VERIFY_OK(session->giveFloor(jean.value()));
    bool asked = false;
    QTimer::singleShot(0, this, [&asked] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QCOMPARE(dialog->objectName(), u"takeawayCommentDialog"_s);
        auto *who = dialog->findChild<QComboBox *>(u"commentSpeakerCombo"_s);
        QVERIFY(who);
        QCOMPARE(who->currentText(), u"Jean Dupont"_s); // the one at the floor, ready
        auto *text = dialog->findChild<QPlainTextEdit *>(u"commentTextEdit"_s);
        text->setPlainText(u"Suppliers in Africa are left out"_s);
        asked = true;
        dialog->accept();
    });
    action->trigger();
    QVERIFY(asked);
    const core::Takeaway *commented = session->state().display().takeaway(takeaway.value());
    QCOMPARE(commented->comments.size(), 1);
    QCOMPARE(commented->comments.constFirst().text, u"Suppliers in Africa are left out"_s);
    QCOMPARE(commented->comments.constFirst().participant, jean.value());
}

QTEST_MAIN(TestRoomControl)
#include "tst_roomcontrol.moc"
