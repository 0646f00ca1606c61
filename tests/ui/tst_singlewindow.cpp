// SPDX-License-Identifier: MIT
// The window and the one-writer rule: a file open in another Moderato window brings that window to the
// front; a file held by another program opens read-only on request; Save as continues in a copy.
#include "core/base/clock.h"
#include "core/io/proposalimporter.h"
#include "core/session/session.h"
#include "core/store/filelock.h"
#include "tests/support/helpers.h"
#include "ui/mainwindow.h"
#include "ui/windowlink.h"

#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

class TestSingleWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void fileOpenInAnotherWindow_bringsThatWindowToTheFront();
    void fileHeldByAnotherProgram_opensReadOnlyOnRequest();
    void fileHeldByAnotherProgram_cancel_leavesTheWindowAsItWas();
    void readOnlySession_saveAs_continuesInTheCopy();
    void saveAs_ontoAFileOpenElsewhere_isRefused();
    void openingTheOpenFileAgain_keepsTheOneConnection();
    void failureMessage_quotingAMarkupFileName_isPlainText();

private:
    QString makeSession(const QString &name);
    bool startHolder(QProcess &holder, const QString &path);
    /// Clicks a button of the lock dialog as soon as it shows.
    void answerLockDialog(const QString &buttonName);

    core::SystemClock m_clock;
    QTemporaryDir m_dir;
    QProcessEnvironment m_environment;
};

void TestSingleWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(u"config"_s).toUtf8()); // QSettings stays out of the user's files
    QApplication::setOrganizationName(u"ModeratoTest"_s);
    m_environment = QProcessEnvironment::systemEnvironment();
    m_environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    m_environment.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
}

void TestSingleWindow::init()
{
    for (const QString &name : QDir(m_dir.path()).entryList({u"*.moderato*"_s}, QDir::Files)) {
        QFile::remove(m_dir.filePath(name));
    }
}

void TestSingleWindow::cleanup()
{
    if (QWidget *modal = QApplication::activeModalWidget()) {
        modal->close();
    }
}

QString TestSingleWindow::makeSession(const QString &name)
{
    const QString path = m_dir.filePath(name);
    auto session = core::Session::create(path, core::ProposalImporter::demoWorkshop().value(), m_clock);
    return session ? path : QString();
}

bool TestSingleWindow::startHolder(QProcess &holder, const QString &path)
{
    holder.setProcessEnvironment(m_environment);
    holder.start(QStringLiteral(MODERATO_SESSIONWRITER_PATH), {u"hold"_s, path});
    if (!holder.waitForStarted(10'000)) {
        return false;
    }
    while (!holder.canReadLine()) {
        if (!holder.waitForReadyRead(20'000)) {
            return false;
        }
    }
    return holder.readLine().startsWith("ready");
}

void TestSingleWindow::answerLockDialog(const QString &buttonName)
{
    // Polls for the dialog (it is modal: the test's own code runs again only once it is closed).
    auto *timer = new QTimer(this);
    timer->setInterval(25);
    auto attempts = std::make_shared<int>(0);
    connect(timer, &QTimer::timeout, this, [timer, buttonName, attempts] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box && box->objectName() == u"sessionLockedDialog") {
            // MODERATO_TEST_SHOTS=DIR keeps a picture of the dialog, to look at it as a user would.
            if (const QString shots = qEnvironmentVariable("MODERATO_TEST_SHOTS"); !shots.isEmpty()) {
                box->grab().save(QDir(shots).filePath(u"session-locked-dialog.png"_s));
            }
            if (auto *button = box->findChild<QPushButton *>(buttonName)) {
                button->click();
            } else {
                box->reject();
            }
            timer->deleteLater();
        } else if (++*attempts > 400) {
            timer->deleteLater();
        }
    });
    timer->start();
}

void TestSingleWindow::fileOpenInAnotherWindow_bringsThatWindowToTheFront()
{
    const QString path = makeSession(u"shared.moderato"_s);
    QVERIFY(!path.isEmpty());
    QProcess first;
    first.setProcessEnvironment(m_environment);
    first.start(QStringLiteral(MODERATO_APP_PATH), {path});
    QVERIFY(first.waitForStarted(10'000));
    // Wait until the first window has the file and listens for other windows.
    QTRY_COMPARE_WITH_TIMEOUT(core::FileLock::holderPid(path), first.processId(), 30'000);
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(ui::WindowLink::serverName(first.processId())), 30'000);
    const QByteArray before = tests::fileHash(path);

    ui::MainWindow window(m_clock);
    QCOMPARE(window.openSessionFromUser(path), ui::MainWindow::OpenOutcome::ShownElsewhere);
    QVERIFY(!window.session()); // nothing opened here: the file has one writer

    // A second `moderato FILE`, as a file manager starts it, leaves too, saying where the session is.
    QProcess second;
    second.setProcessEnvironment(m_environment);
    second.start(QStringLiteral(MODERATO_APP_PATH), {path});
    QVERIFY(second.waitForFinished(30'000));
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QCOMPARE(second.exitCode(), 0);
    QVERIFY2(second.readAllStandardError().contains("brought to the front"), "no message on standard error");

    QCOMPARE(first.state(), QProcess::Running);
    first.terminate();
    QVERIFY(first.waitForFinished(20'000));
    QCOMPARE(tests::fileHash(path), before);
}

void TestSingleWindow::fileHeldByAnotherProgram_opensReadOnlyOnRequest()
{
    const QString path = makeSession(u"held.moderato"_s);
    QProcess holder;
    QVERIFY(startHolder(holder, path));
    const QByteArray before = tests::fileHash(path);

    ui::MainWindow window(m_clock);
    answerLockDialog(u"openReadOnlyButton"_s);
    QCOMPARE(window.openSessionFromUser(path), ui::MainWindow::OpenOutcome::OpenedReadOnly);
    QVERIFY(window.session());
    QVERIFY(!window.session()->isWritable());
    QVERIFY(window.windowTitle().contains(u"read-only"_s));
    auto *label = window.findChild<QLabel *>(u"readOnlyLabel"_s);
    QVERIFY(label);
    QVERIFY(!label->isHidden());

    // The console's keys do nothing to the file: the refusal is said, nothing is written.
    QSignalSpy failures(&window, &ui::MainWindow::actionFailed);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_Space);
    QCOMPARE(failures.size(), 1);
    QVERIFY(failures.constFirst().constFirst().toString().contains(u"read-only"_s));
    QCOMPARE(window.session()->state().runState(), core::RunState::NotStarted);
    QCOMPARE(tests::fileHash(path), before);

    holder.closeWriteChannel();
    QVERIFY(holder.waitForFinished(20'000));
}

void TestSingleWindow::fileHeldByAnotherProgram_cancel_leavesTheWindowAsItWas()
{
    const QString own = makeSession(u"own.moderato"_s);
    const QString held = makeSession(u"held.moderato"_s);
    QProcess holder;
    QVERIFY(startHolder(holder, held));
    ui::MainWindow window(m_clock);
    MODERATO_VERIFY_OK(window.openSession(own));
    core::Session *before = window.session();
    answerLockDialog(u"no such button"_s);
    QCOMPARE(window.openSessionFromUser(held), ui::MainWindow::OpenOutcome::Cancelled);
    QCOMPARE(window.session(), before);
    QVERIFY(window.session()->isWritable());
    holder.closeWriteChannel();
    QVERIFY(holder.waitForFinished(20'000));
}

void TestSingleWindow::readOnlySession_saveAs_continuesInTheCopy()
{
    const QString path = makeSession(u"original.moderato"_s);
    ui::MainWindow window(m_clock);
    MODERATO_VERIFY_OK(window.openSession(path, core::SessionStore::Mode::ReadOnly));
    QVERIFY(!window.session()->isWritable());
    const QString copy = m_dir.filePath(u"copy.moderato"_s);
    MODERATO_VERIFY_OK(window.saveSessionCopy(copy));
    QVERIFY(window.session()->isWritable());
    QCOMPARE(QFileInfo(window.session()->filePath()).fileName(), u"copy.moderato"_s);
    QVERIFY(!window.windowTitle().contains(u"read-only"_s));
    MODERATO_VERIFY_OK(window.session()->start());
}

void TestSingleWindow::saveAs_ontoAFileOpenElsewhere_isRefused()
{
    const QString own = makeSession(u"own.moderato"_s);
    const QString target = makeSession(u"target.moderato"_s);
    QProcess holder;
    QVERIFY(startHolder(holder, target));
    const QByteArray before = tests::fileHash(target);
    ui::MainWindow window(m_clock);
    MODERATO_VERIFY_OK(window.openSession(own));
    auto saved = window.saveSessionCopy(target);
    QVERIFY(!saved);
    QCOMPARE(saved.error().code, core::ErrorCode::Locked);
    QCOMPARE(tests::fileHash(target), before);
    QCOMPARE(QFileInfo(window.session()->filePath()).fileName(), u"own.moderato"_s); // still working in its own
    // Save as onto the file open in this very window is refused too.
    auto ontoItself = window.saveSessionCopy(own);
    QVERIFY(!ontoItself);
    holder.closeWriteChannel();
    QVERIFY(holder.waitForFinished(20'000));
}

void TestSingleWindow::openingTheOpenFileAgain_keepsTheOneConnection()
{
    const QString path = makeSession(u"again.moderato"_s);
    ui::MainWindow window(m_clock);
    MODERATO_VERIFY_OK(window.openSession(path));
    core::Session *first = window.session();
    QCOMPARE(window.openSessionFromUser(path), ui::MainWindow::OpenOutcome::Opened);
    QCOMPARE(window.session(), first);
    MODERATO_VERIFY_OK(window.session()->start());
}

void TestSingleWindow::failureMessage_quotingAMarkupFileName_isPlainText()
{
    // A file whose name looks like markup, and is not a session: the message quotes the name as written.
    const QString path = m_dir.filePath(u"<b>agenda<b>.moderato"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a session");
    file.close();
    QSettings().setValue(u"recentFiles"_s, QStringList{path});
    ui::MainWindow window(m_clock);
    auto *recent = window.findChild<QMenu *>(u"recentMenu"_s);
    QVERIFY(recent);
    QCOMPARE(recent->actions().size(), 1);
    QString shownText;
    Qt::TextFormat shownFormat = Qt::AutoText;
    QTimer::singleShot(0, this, [&] {
        QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        shownText = box->text();
        shownFormat = box->textFormat();
        box->accept();
    });
    recent->actions().constFirst()->trigger();
    QCOMPARE(shownFormat, Qt::PlainText);
    QVERIFY2(shownText.contains(u"<b>agenda<b>.moderato"_s), qPrintable(shownText));
    QVERIFY(!window.session());
    QFile::remove(path);
}

QTEST_MAIN(TestSingleWindow)
#include "tst_singlewindow.moc"
