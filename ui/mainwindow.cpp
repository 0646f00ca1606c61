// SPDX-License-Identifier: MIT
#include "ui/mainwindow.h"

#include "core/base/clock.h"
#include "core/base/plaintext.h"
#include "core/base/timeformat.h"
#include "core/io/desktoprecent.h"
#include "core/io/proposalimporter.h"
#include "core/models/agendamodel.h"
#include "core/session/session.h"
#include "core/share/shareclient.h"
#include "core/store/filelock.h"
#include "net/phoneserver.h"
#include "net/sharingconnection.h"
#include "ui/agendaeditor.h"
#include "ui/agendastyleproxy.h"
#include "ui/balancepanel.h"
#include "ui/breakoutdialog.h"
#include "ui/briefingdialog.h"
#include "ui/chime.h"
#include "ui/commands/sessionundo.h"
#include "ui/countdownwidget.h"
#include "ui/floorpanel.h"
#include "ui/joindialog.h"
#include "ui/languagemanager.h"
#include "ui/peopleeditor.h"
#include "ui/permission.h"
#include "ui/phonespanel.h"
#include "ui/plainmessage.h"
#include "ui/proposalimportdialog.h"
#include "ui/questionspanel.h"
#include "ui/rapporteurpane.h"
#include "ui/reportdialog.h"
#include "ui/roomcontrol.h"
#include "ui/roompreview.h"
#include "ui/roomrenderer.h"
#include "ui/sessiondetailsdialog.h"
#include "ui/sessionsettingsdialog.h"
#include "ui/sharedialog.h"
#include "ui/windowlink.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoStack>
#include <QUuid>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ui {
namespace {

constexpr int TickIntervalMs = 200;
constexpr int MaxRecentFiles = 8;

QLabel *makeLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText); // session text is user text, never rich text
    return label;
}

QPushButton *makeButton(const QString &objectName, QAction *action, QWidget *parent)
{
    auto *button = new QPushButton(parent);
    button->setObjectName(objectName);
    button->setFocusPolicy(Qt::NoFocus); // keys belong to the console's shortcuts, not to a focused button
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
    return button;
}

} // namespace

MainWindow::MainWindow(const core::Clock &clock, LanguageManager *languages, QWidget *parent)
    : QMainWindow(parent)
    , m_clock(clock)
    , m_languages(languages)
    , m_undoGroup(new QUndoGroup(this))
    , m_agendaModel(new core::AgendaModel(this))
    , m_agendaProxy(new AgendaStyleProxy(this))
    , m_chime(new Chime(this))
{
    setObjectName(u"mainWindow"_s);
    // The window itself holds the keyboard, so the console's single-key shortcuts work from the start
    // (and not a text field that happens to come first in the focus chain).
    setFocusPolicy(Qt::StrongFocus);
    m_agendaProxy->setSourceModel(m_agendaModel);
    createActions();
    createCentralWidget();
    createMenus();
    retranslateUi();
    resize(1440, 900);

    m_tickTimer.setInterval(TickIntervalMs);
    connect(&m_tickTimer, &QTimer::timeout, this, [this] {
        if (m_session) {
            m_session->tick();
        }
        if (m_connection) {
            updateOnlineLabel(); // "offline since" and what waits to be sent
        }
    });
    m_tickTimer.start();
    refresh();
    setFocus(Qt::OtherFocusReason); // given when the window becomes active
    m_link = new WindowLink([this](const QString &path) { return showIfOpen(path); }, this);
}

bool MainWindow::showIfOpen(const QString &path)
{
    if (!m_session) {
        return false;
    }
    const QFileInfo asked(path);
    const QFileInfo open(m_session->filePath());
    if (asked.canonicalFilePath().isEmpty() || asked.canonicalFilePath() != open.canonicalFilePath()) {
        return false;
    }
    if (isMinimized()) {
        showNormal();
    }
    show();
    raise();
    activateWindow();
    statusBar()->showMessage(tr("Another Moderato window asked to open this session, which is open here."), 6000);
    return true;
}

MainWindow::~MainWindow()
{
    closeSession();
}

void MainWindow::closeSession()
{
    detachSession();
    if (m_connection) {
        m_connection->close();
        m_connection.reset(); // and the copy of the session it holds
    }
    updateOnlineLabel();
}

void MainWindow::detachSession()
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
    }
    m_agendaModel->setSession(nullptr);
    m_floorPanel->setSession(nullptr);
    if (m_breakOutActions) {
        m_breakOutActions->setSession(nullptr, nullptr);
    }
    m_balancePanel->setSession(nullptr);
    m_room->setSession(nullptr);
    m_rapporteur->setSession(nullptr);
    m_sharing->setSession(nullptr); // sharing ends with the session
    const QString path = m_session ? m_session->filePath() : QString();
    m_undo.reset(); // its steps are this session's
    m_session = nullptr;
    m_ownedSession.reset();
    // The demo lives in a temporary file: it goes when it is closed (Save as keeps a copy).
    if (!path.isEmpty() && path == m_demoPath) {
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s}) {
            QFile::remove(path + suffix);
        }
        m_demoPath.clear();
    }
}

QAction *MainWindow::addAction(const char *objectName, const QList<QKeySequence> &shortcuts)
{
    auto *action = new QAction(this);
    action->setObjectName(QString::fromLatin1(objectName));
    action->setShortcuts(shortcuts);
    action->setShortcutContext(Qt::WindowShortcut);
    QWidget::addAction(action); // active even when the menu bar is hidden
    return action;
}

void MainWindow::createActions()
{
    m_newAction = addAction("actionNew", QKeySequence::keyBindings(QKeySequence::New));
    m_openAction = addAction("actionOpen", QKeySequence::keyBindings(QKeySequence::Open));
    m_saveAsAction = addAction("actionSaveAs", QKeySequence::keyBindings(QKeySequence::SaveAs));
    m_quitAction = addAction("actionQuit", QKeySequence::keyBindings(QKeySequence::Quit));
    m_undoAction = addAction("actionUndo", QKeySequence::keyBindings(QKeySequence::Undo));
    m_redoAction = addAction("actionRedo", QKeySequence::keyBindings(QKeySequence::Redo));
    m_reportAction = addAction("actionReport", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)});
    m_importProposalAction = addAction("actionImportProposal", {QKeySequence(Qt::CTRL | Qt::Key_I)});
    m_editAgendaAction = addAction("actionEditAgenda", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)});
    m_detailsAction = addAction("actionSessionDetails", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)});
    m_peopleAction = addAction("actionPeople", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)});
    m_questionsAction = addAction("actionQuestions", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q)});
    m_settingsAction = addAction("actionSessionSettings", {QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    m_briefingAction = addAction("actionBriefing", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B)});
    m_shareAction = addAction("actionShare", {});
    m_joinAction = addAction("actionJoin", {});
    m_messageHostAction = addAction("actionMessageHost", {QKeySequence(Qt::CTRL | Qt::Key_M)});
    m_startPauseAction = addAction("actionStartPause", {QKeySequence(Qt::Key_Space)});
    m_startResumeAction = addAction("actionStartResume", {QKeySequence(Qt::Key_F5)});
    m_pauseAction = addAction("actionPause", {QKeySequence(Qt::Key_Escape)});
    m_nextAction = addAction("actionNext", {QKeySequence(Qt::Key_N), QKeySequence(Qt::Key_Right)});
    m_previousAction = addAction("actionPrevious", {QKeySequence(Qt::Key_P), QKeySequence(Qt::Key_Left)});
    // A presentation clicker's keys: the next page while slides are on the room display, else the agenda.
    m_clickerNextAction = addAction("actionClickerNext", {QKeySequence(Qt::Key_PageDown)});
    m_clickerPreviousAction = addAction("actionClickerPrevious", {QKeySequence(Qt::Key_PageUp)});
    m_extendAction = addAction(
        "actionExtend",
        {QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Equal), QKeySequence(Qt::KeypadModifier | Qt::Key_Plus)});
    m_shortenAction =
        addAction("actionShorten", {QKeySequence(Qt::Key_Minus), QKeySequence(Qt::KeypadModifier | Qt::Key_Minus)});
    m_rebalanceAction = addAction("actionRebalance", {QKeySequence(Qt::Key_R)});
    m_endAction = addAction("actionEndSession");
    m_muteAction = addAction("actionMute", {QKeySequence(Qt::Key_M)});
    m_muteAction->setCheckable(true);
    m_aboutAction = addAction("actionAbout");
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_aboutAction->setMenuRole(QAction::AboutRole);

    connect(m_newAction, &QAction::triggered, this, &MainWindow::newSession);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openSessionDialog);
    connect(m_saveAsAction, &QAction::triggered, this, &MainWindow::saveSessionAs);
    connect(m_reportAction, &QAction::triggered, this, [this] {
        if (!m_session) {
            return;
        }
        auto *dialog = new ReportDialog(m_undo.get(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    // The open session's stack (a text field with the focus undoes its own typing first).
    connect(m_undoAction, &QAction::triggered, m_undoGroup, &QUndoGroup::undo);
    connect(m_redoAction, &QAction::triggered, m_undoGroup, &QUndoGroup::redo);
    for (auto signal : {&QUndoGroup::canUndoChanged, &QUndoGroup::canRedoChanged}) {
        connect(m_undoGroup, signal, this, &MainWindow::updateUndoActions);
    }
    for (auto signal : {&QUndoGroup::undoTextChanged, &QUndoGroup::redoTextChanged}) {
        connect(m_undoGroup, signal, this, &MainWindow::updateUndoActions);
    }
    connect(m_importProposalAction, &QAction::triggered, this, &MainWindow::importProposal);
    connect(m_editAgendaAction, &QAction::triggered, this, [this] {
        if (m_session) {
            auto *editor = new AgendaEditor(m_undo.get(), this);
            connect(editor, &AgendaEditor::actionFailed, this, &MainWindow::showFailure);
            openDialog(editor);
        }
    });
    connect(m_peopleAction, &QAction::triggered, this, [this] {
        if (m_session) {
            auto *editor = new PeopleEditor(m_undo.get(), this);
            connect(editor, &PeopleEditor::actionFailed, this, &MainWindow::showFailure);
            openDialog(editor);
        }
    });
    connect(m_questionsAction, &QAction::triggered, this, [this] {
        if (m_session) {
            openDialog(new QuestionBankDialog(m_undo.get(), this));
        }
    });
    connect(m_detailsAction, &QAction::triggered, this, [this] {
        if (m_session) {
            openDialog(new SessionDetailsDialog(m_undo.get(), this));
        }
    });
    connect(m_settingsAction, &QAction::triggered, this, [this] {
        if (m_session) {
            openDialog(new SessionSettingsDialog(m_undo.get(), this));
        }
    });
    connect(m_shareAction, &QAction::triggered, this, &MainWindow::showShareDialog);
    connect(m_joinAction, &QAction::triggered, this, [this] { showJoinDialog(); });
    connect(m_messageHostAction, &QAction::triggered, this, [this] {
        if (!m_connection) {
            return;
        }
        bool ok = false;
        const QString text = QInputDialog::getText(this,
                                                   tr("Message to the moderator"),
                                                   tr("A short message for the moderator's console:"),
                                                   QLineEdit::Normal,
                                                   QString(),
                                                   &ok);
        if (ok) {
            messageHost(text);
        }
    });
    connect(m_briefingAction, &QAction::triggered, this, [this] {
        if (m_session) {
            openDialog(new BriefingDialog(m_session, this));
        }
    });
    connect(m_startPauseAction, &QAction::triggered, this, [this] {
        if (m_session) {
            run(m_session->execute(core::commands::ToggleClock{}));
        }
    });
    connect(m_startResumeAction, &QAction::triggered, this, &MainWindow::startOrResume);
    connect(m_pauseAction, &QAction::triggered, this, &MainWindow::pauseIfRunning);
    connect(m_nextAction, &QAction::triggered, this, [this] {
        if (m_session) {
            run(m_session->execute(core::commands::NextItem{}));
        }
    });
    connect(m_previousAction, &QAction::triggered, this, [this] {
        if (m_session) {
            run(m_session->execute(core::commands::PreviousItem{}));
        }
    });
    connect(m_clickerNextAction, &QAction::triggered, this, [this] {
        if (m_session && !m_room->turnPage(+1)) {
            run(m_session->execute(core::commands::NextItem{}));
        }
    });
    connect(m_clickerPreviousAction, &QAction::triggered, this, [this] {
        if (m_session && !m_room->turnPage(-1)) {
            run(m_session->execute(core::commands::PreviousItem{}));
        }
    });
    connect(m_extendAction, &QAction::triggered, this, [this] {
        if (m_session) {
            run(m_session->execute(core::commands::ExtendItem{60'000}));
        }
    });
    connect(m_shortenAction, &QAction::triggered, this, [this] {
        if (m_session) {
            run(m_session->execute(core::commands::ExtendItem{-60'000}));
        }
    });
    connect(m_rebalanceAction, &QAction::triggered, this, &MainWindow::showRebalanceNow);
    connect(m_endAction, &QAction::triggered, this, &MainWindow::confirmEndSession);
    connect(m_muteAction, &QAction::toggled, this, [this](bool muted) {
        m_chime->setMuted(muted);
        QSettings().setValue(u"muted"_s, muted);
    });
    m_muteAction->setChecked(QSettings().value(u"muted"_s, false).toBool());
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addAction(m_openAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(u"recentMenu"_s);
    m_fileMenu->addAction(m_importProposalAction);
    m_fileMenu->addAction(m_saveAsAction);
    m_fileMenu->addAction(m_reportAction);
    m_fileMenu->addAction(m_briefingAction);
    m_fileMenu->addAction(m_shareAction);
    m_fileMenu->addAction(m_joinAction);
    m_fileMenu->addAction(m_messageHostAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);

    m_prepareMenu = menuBar()->addMenu(QString());
    m_prepareMenu->addAction(m_detailsAction);
    m_prepareMenu->addAction(m_editAgendaAction);
    m_prepareMenu->addAction(m_peopleAction);
    m_prepareMenu->addAction(m_questionsAction);
    m_prepareMenu->addAction(m_settingsAction);
    m_prepareMenu->addSeparator();
    m_prepareMenu->addAction(m_briefingAction);

    m_clockMenu = menuBar()->addMenu(QString());
    m_clockMenu->addAction(m_startPauseAction);
    m_clockMenu->addAction(m_startResumeAction);
    m_clockMenu->addAction(m_pauseAction);
    m_clockMenu->addSeparator();
    m_clockMenu->addAction(m_nextAction);
    m_clockMenu->addAction(m_previousAction);
    m_clockMenu->addAction(m_clickerNextAction);
    m_clockMenu->addAction(m_clickerPreviousAction);
    m_gotoMenu = m_clockMenu->addMenu(QString());
    m_gotoMenu->setObjectName(u"gotoMenu"_s);
    m_clockMenu->addSeparator();
    m_clockMenu->addAction(m_extendAction);
    m_clockMenu->addAction(m_shortenAction);
    m_clockMenu->addAction(m_rebalanceAction);
    m_clockMenu->addSeparator();
    m_clockMenu->addAction(m_endAction);

    m_floorMenu = menuBar()->addMenu(QString());
    for (QAction *action : m_floorPanel->floorActions()) {
        m_floorMenu->addAction(action);
    }
    m_breakOutActions = new BreakOutActions(this);
    connect(m_breakOutActions, &BreakOutActions::actionFailed, this, &MainWindow::showFailure);
    m_floorMenu->addSeparator();
    for (QAction *action : m_breakOutActions->actions()) {
        QWidget::addAction(action);
        m_floorMenu->addAction(action);
    }

    menuBar()->addMenu(m_room->menu());

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_muteAction);
    QAction *rapporteurAction = m_rapporteurDock->toggleViewAction();
    rapporteurAction->setObjectName(u"actionRapporteurPane"_s);
    rapporteurAction->setShortcut(QKeySequence(Qt::Key_F9));
    QWidget::addAction(rapporteurAction);
    m_viewMenu->addAction(rapporteurAction);
    QAction *phonesAction = m_phonesDock->toggleViewAction();
    phonesAction->setObjectName(u"actionPhonesPane"_s);
    phonesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    QWidget::addAction(phonesAction);
    m_viewMenu->addAction(phonesAction);
    m_languageMenu = m_viewMenu->addMenu(QString());
    auto *languageGroup = new QActionGroup(this);
    for (const QString &code : LanguageManager::availableLanguages()) {
        auto *action = m_languageMenu->addAction(QLocale(code).nativeLanguageName());
        action->setObjectName(u"actionLanguage_"_s + code);
        action->setData(code);
        action->setCheckable(true);
        action->setChecked(m_languages && m_languages->current() == code);
        languageGroup->addAction(action);
        m_languageActions.append(action);
        connect(action, &QAction::triggered, this, [this, code] {
            if (m_languages && m_languages->apply(code)) {
                QSettings().setValue(u"language"_s, code);
            }
        });
    }
    m_languageMenu->setEnabled(m_languages != nullptr);

    // A joined device's disabled actions say why in their tooltips.
    for (QMenu *menu : {m_fileMenu, m_prepareMenu, m_clockMenu, m_gotoMenu, m_floorMenu}) {
        menu->setToolTipsVisible(true);
    }
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
    rebuildRecentMenu();
}

void MainWindow::createCentralWidget()
{
    auto *splitter = new QSplitter(this);
    splitter->setObjectName(u"consoleSplitter"_s);

    auto *left = new QSplitter(Qt::Vertical, splitter);
    left->setObjectName(u"leftSplitter"_s);
    m_agendaView = new QTreeView(left);
    m_agendaView->setObjectName(u"agendaView"_s);
    m_agendaView->setModel(m_agendaProxy);
    m_agendaView->setFocusPolicy(Qt::NoFocus);
    m_agendaView->setRootIsDecorated(true);
    m_agendaView->setUniformRowHeights(true);
    m_agendaView->setSelectionMode(QAbstractItemView::NoSelection);
    m_agendaView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_agendaView->header()->setStretchLastSection(false);
    m_agendaView->header()->setSectionResizeMode(core::AgendaModel::TitleColumn, QHeaderView::Stretch);
    m_agendaView->header()->setSectionResizeMode(core::AgendaModel::PlannedColumn, QHeaderView::ResizeToContents);
    m_agendaView->header()->setSectionResizeMode(core::AgendaModel::ActualColumn, QHeaderView::ResizeToContents);
    // A double click on an item makes it current.
    connect(m_agendaView, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (m_session) {
            run(m_session->execute(core::commands::EnterItem{index.data(core::AgendaModel::ItemIdRole).toInt()}));
        }
    });

    auto *balanceBox = new QWidget(left);
    auto *balanceLayout = new QVBoxLayout(balanceBox);
    balanceLayout->setContentsMargins(0, 0, 0, 0);
    m_balanceTitle = makeLabel(u"balanceTitle"_s, balanceBox);
    QFont balanceFont = m_balanceTitle->font();
    balanceFont.setBold(true);
    m_balanceTitle->setFont(balanceFont);
    auto *balanceScroll = new QScrollArea(balanceBox);
    balanceScroll->setWidgetResizable(true);
    balanceScroll->setFocusPolicy(Qt::NoFocus);
    m_balancePanel = new BalancePanel(balanceScroll);
    balanceScroll->setWidget(m_balancePanel);
    balanceLayout->addWidget(m_balanceTitle);
    balanceLayout->addWidget(balanceScroll, 1);
    m_sharing = new Sharing(this);
    // The back channel: a team member's message shows in the status bar, without a dialog in the way.
    connect(m_sharing,
            &Sharing::messageReceived,
            this,
            [this](const QString &name, core::TeamRole role, const QString &text) {
                statusBar()->showMessage(
                    tr("%1 (%2): %3").arg(core::isolatedLine(name), teamRoleLabel(role), core::isolatedLine(text)),
                    20'000);
            });
    m_room = new RoomControl(this);
    connect(m_room, &RoomControl::actionFailed, this, &MainWindow::showFailure);
    left->addWidget(m_agendaView);
    left->addWidget(m_room->preview());
    left->addWidget(balanceBox);
    left->setSizes({300, 214, 320});

    auto *right = new QWidget(splitter);
    auto *layout = new QVBoxLayout(right);

    m_itemTitle = makeLabel(u"currentItemLabel"_s, right);
    QFont titleFont = m_itemTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    m_itemTitle->setFont(titleFont);
    m_itemTitle->setWordWrap(true);
    m_itemDetail = makeLabel(u"currentItemDetail"_s, right);
    m_stateLabel = makeLabel(u"stateLabel"_s, right);
    QFont stateFont = m_stateLabel->font();
    stateFont.setBold(true);
    m_stateLabel->setFont(stateFont);

    m_countdown = new CountdownWidget(right);
    m_itemProgress = new QProgressBar(right);
    m_itemProgress->setObjectName(u"itemProgress"_s);
    m_itemProgress->setRange(0, 1000);
    m_itemProgress->setTextVisible(false);
    m_nextLabel = makeLabel(u"nextItemLabel"_s, right);

    // Buttons mirror the main actions, for mouse users.
    auto *buttons = new QHBoxLayout;
    m_previousButton = makeButton(u"previousButton"_s, m_previousAction, right);
    m_startButton = makeButton(u"startButton"_s, m_startPauseAction, right);
    m_nextButton = makeButton(u"nextButton"_s, m_nextAction, right);
    m_shortenButton = makeButton(u"shortenButton"_s, m_shortenAction, right);
    m_extendButton = makeButton(u"extendButton"_s, m_extendAction, right);
    m_muteButton = new QPushButton(right);
    m_muteButton->setObjectName(u"muteButton"_s);
    m_muteButton->setCheckable(true);
    m_muteButton->setFocusPolicy(Qt::NoFocus);
    m_muteButton->setChecked(m_muteAction->isChecked());
    connect(m_muteButton, &QPushButton::toggled, m_muteAction, &QAction::setChecked);
    connect(m_muteAction, &QAction::toggled, m_muteButton, &QPushButton::setChecked);
    for (auto *button : {m_previousButton, m_startButton, m_nextButton, m_shortenButton, m_extendButton}) {
        buttons->addWidget(button);
    }
    buttons->addStretch();
    buttons->addWidget(m_muteButton);

    m_rebalanceBanner = new QFrame(right);
    m_rebalanceBanner->setObjectName(u"rebalanceBanner"_s);
    m_rebalanceBanner->setFrameShape(QFrame::StyledPanel);
    m_rebalanceBanner->setStyleSheet(u"#rebalanceBanner { background: #FFF3CD; border: 1px solid #E0A800; }"
                                     "#rebalanceBanner QLabel { color: #3D2E00; }"_s);
    auto *bannerLayout = new QHBoxLayout(m_rebalanceBanner);
    m_rebalanceText = makeLabel(u"rebalanceText"_s, m_rebalanceBanner);
    m_rebalanceText->setWordWrap(true);
    m_acceptRebalanceButton = new QPushButton(m_rebalanceBanner);
    m_acceptRebalanceButton->setObjectName(u"acceptRebalanceButton"_s);
    m_declineRebalanceButton = new QPushButton(m_rebalanceBanner);
    m_declineRebalanceButton->setObjectName(u"declineRebalanceButton"_s);
    for (auto *button : {m_acceptRebalanceButton, m_declineRebalanceButton}) {
        button->setFocusPolicy(Qt::NoFocus);
    }
    bannerLayout->addWidget(m_rebalanceText, 1);
    bannerLayout->addWidget(m_acceptRebalanceButton);
    bannerLayout->addWidget(m_declineRebalanceButton);
    connect(m_acceptRebalanceButton, &QPushButton::clicked, this, &MainWindow::acceptRebalance);
    connect(m_declineRebalanceButton, &QPushButton::clicked, this, &MainWindow::declineRebalance);
    m_rebalanceBanner->hide();

    auto *clockGrid = new QGridLayout;
    m_elapsedCaption = makeLabel(u"elapsedCaption"_s, right);
    m_remainingCaption = makeLabel(u"remainingCaption"_s, right);
    m_projectedEndCaption = makeLabel(u"projectedEndCaption"_s, right);
    m_offsetCaption = makeLabel(u"offsetCaption"_s, right);
    m_elapsedValue = makeLabel(u"elapsedValue"_s, right);
    m_remainingValue = makeLabel(u"remainingValue"_s, right);
    m_projectedEndValue = makeLabel(u"projectedEndValue"_s, right);
    m_offsetValue = makeLabel(u"offsetValue"_s, right);
    QFont valueFont = m_elapsedValue->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.6);
    valueFont.setBold(true);
    int column = 0;
    for (auto [caption, value] : {std::pair{m_elapsedCaption, m_elapsedValue},
                                  std::pair{m_remainingCaption, m_remainingValue},
                                  std::pair{m_projectedEndCaption, m_projectedEndValue},
                                  std::pair{m_offsetCaption, m_offsetValue}}) {
        value->setFont(valueFont);
        clockGrid->addWidget(caption, 0, column);
        clockGrid->addWidget(value, 1, column);
        ++column;
    }

    layout->addWidget(m_stateLabel);
    layout->addWidget(m_itemTitle);
    layout->addWidget(m_itemDetail);
    layout->addWidget(m_countdown, 1);
    layout->addWidget(m_itemProgress);
    layout->addWidget(m_nextLabel);
    layout->addLayout(buttons);
    layout->addWidget(m_rebalanceBanner);
    layout->addLayout(clockGrid);
    m_questionsPanel = new QuestionsPanel(right);
    m_questionsPanel->setMaximumHeight(170);
    layout->addWidget(m_questionsPanel);
    connect(m_questionsPanel, &QuestionsPanel::editRequested, m_questionsAction, &QAction::trigger);
    connect(m_questionsPanel, &QuestionsPanel::actionFailed, this, &MainWindow::showFailure);

    auto *floorScroll = new QScrollArea(splitter);
    floorScroll->setWidgetResizable(true);
    floorScroll->setFocusPolicy(Qt::NoFocus);
    floorScroll->setFrameShape(QFrame::NoFrame);
    m_floorPanel = new FloorPanel(floorScroll);
    floorScroll->setWidget(m_floorPanel);
    connect(m_floorPanel, &FloorPanel::actionFailed, this, &MainWindow::showFailure);

    // The rapporteur's pane: beside the console, or floating as its own window.
    m_rapporteurDock = new QDockWidget(this);
    m_rapporteurDock->setObjectName(u"rapporteurDock"_s);
    m_rapporteur = new RapporteurPane(m_rapporteurDock);
    m_rapporteurDock->setWidget(m_rapporteur);
    addDockWidget(Qt::RightDockWidgetArea, m_rapporteurDock);
    m_rapporteurDock->hide();
    connect(m_rapporteur, &RapporteurPane::actionFailed, this, &MainWindow::showFailure);

    // Participants' phones: the inbox, reactions, their takeaways, joining and the PIN.
    m_phonesDock = new QDockWidget(this);
    m_phonesDock->setObjectName(u"phonesDock"_s);
    m_phones = new PhonesPanel(m_phonesDock);
    m_phones->setSharing(m_sharing);
    m_phonesDock->setWidget(m_phones);
    addDockWidget(Qt::RightDockWidgetArea, m_phonesDock);
    m_phonesDock->hide();
    connect(m_phones, &PhonesPanel::actionFailed, this, &MainWindow::showFailure);
    connect(m_sharing, &Sharing::stateChanged, this, [this] {
        if (m_sharing->isSharing()) {
            m_phonesDock->show(); // phones can join from now on
        }
        // The room display shows how to join (while joining is open) on this machine's projector.
        net::PhoneServer *phones = m_sharing->phoneServer();
        m_room->renderer()->setPhoneJoin(phones ? m_sharing->phonePageUrls().value(0) : QString(),
                                         phones ? phones->host().pin() : QString());
    });

    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->addWidget(floorScroll);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    splitter->setSizes({380, 620, 440});
    setCentralWidget(splitter);
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &recent"));
    m_editMenu->setTitle(tr("&Edit"));
    updateUndoActions();
    m_clockMenu->setTitle(tr("&Clock"));
    m_prepareMenu->setTitle(tr("&Prepare"));
    m_importProposalAction->setText(tr("&Import workshop proposal…"));
    m_importProposalAction->setToolTip(tr("Make a new session from an IGF workshop proposal copied as text"));
    m_editAgendaAction->setText(tr("Edit the &agenda…"));
    m_detailsAction->setText(tr("Session &details…"));
    m_peopleAction->setText(tr("&People…"));
    m_questionsAction->setText(tr("Prepared &questions…"));
    m_settingsAction->setText(tr("Session &settings…"));
    m_briefingAction->setText(tr("&Briefing pack…"));
    m_shareAction->setText(tr("S&hare on the network…"));
    m_joinAction->setText(tr("&Join a shared session…"));
    m_messageHostAction->setText(tr("&Message to the moderator…"));
    m_gotoMenu->setTitle(tr("&Go to agenda item"));
    m_viewMenu->setTitle(tr("&View"));
    m_floorMenu->setTitle(tr("F&loor"));
    m_balanceTitle->setText(tr("Balance of the floor"));
    m_rapporteurDock->setWindowTitle(tr("Rapporteur's notes"));
    m_phonesDock->setWindowTitle(tr("Participants' phones"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));

    m_newAction->setText(tr("&New session…"));
    m_openAction->setText(tr("&Open session…"));
    m_saveAsAction->setText(tr("Save &as…"));
    m_reportAction->setText(tr("Session re&port…"));
    m_saveAsAction->setToolTip(tr("Write a copy of the session file and continue in the copy"));
    m_quitAction->setText(tr("&Quit"));
    m_startPauseAction->setText(tr("&Start or pause"));
    m_startResumeAction->setText(tr("Start or &resume"));
    m_pauseAction->setText(tr("&Pause"));
    m_nextAction->setText(tr("&Next agenda item"));
    m_previousAction->setText(tr("&Previous agenda item"));
    m_clickerNextAction->setText(tr("Next page or agenda item (clicker)"));
    m_clickerPreviousAction->setText(tr("Previous page or agenda item (clicker)"));
    m_extendAction->setText(tr("Add one &minute"));
    m_shortenAction->setText(tr("Remove one m&inute"));
    m_rebalanceAction->setText(tr("Re-&balance the agenda"));
    m_endAction->setText(tr("&End the session…"));
    m_muteAction->setText(tr("&Mute chimes"));
    m_aboutAction->setText(tr("&About Moderato"));

    m_previousButton->setText(tr("Previous"));
    m_nextButton->setText(tr("Next"));
    m_shortenButton->setText(tr("−1 min"));
    m_extendButton->setText(tr("+1 min"));
    m_muteButton->setText(tr("Mute"));
    m_acceptRebalanceButton->setText(tr("Accept"));
    m_declineRebalanceButton->setText(tr("Decline"));
    m_elapsedCaption->setText(tr("Elapsed"));
    m_remainingCaption->setText(tr("Remaining"));
    m_projectedEndCaption->setText(tr("Projected end"));
    m_offsetCaption->setText(tr("Against plan"));
    for (QAction *action : std::as_const(m_languageActions)) {
        action->setChecked(m_languages && m_languages->current() == action->data().toString());
    }
    m_room->retranslateUi();
    rebuildRecentMenu();
    rebuildGotoMenu();
    updateTitle();
    refresh();
}

void MainWindow::updateUndoActions()
{
    // The step's name, as the editor that made it named it.
    const QString undo = m_undoGroup->undoText();
    const QString redo = m_undoGroup->redoText();
    m_undoAction->setText(tr("&Undo"));
    m_redoAction->setText(tr("&Redo"));
    if (!undo.isEmpty()) {
        //: Edit menu; %1 names the step, such as "Rename item"
        m_undoAction->setText(tr("&Undo %1").arg(undo));
    }
    if (!redo.isEmpty()) {
        //: Edit menu; %1 names the step, such as "Rename item"
        m_redoAction->setText(tr("&Redo %1").arg(redo));
    }
    m_undoAction->setEnabled(m_undoGroup->canUndo());
    m_redoAction->setEnabled(m_undoGroup->canRedo());
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Nothing to save: every action is already in the file.
    event->accept();
}

core::Result<void> MainWindow::openSession(const QString &path, core::SessionStore::Mode mode)
{
    if (m_session && QFileInfo(path).canonicalFilePath() == QFileInfo(m_session->filePath()).canonicalFilePath()
        && (mode == core::SessionStore::Mode::ReadOnly || m_session->isWritable())) {
        showIfOpen(path); // already open here: a second connection would be a second writer
        return {};
    }
    auto session = core::Session::open(path, m_clock, mode);
    if (!session) {
        return session.error();
    }
    setSession(std::move(session).value());
    m_demo = false;
    addRecentFile(path);
    updateTitle();
    reportOpenWarnings();
    return {};
}

void MainWindow::reportOpenWarnings()
{
    if (!m_session || m_session->openWarnings().isEmpty()) {
        return;
    }
    auto *box = new QMessageBox(
        QMessageBox::Information, tr("Open session"), m_session->openWarnings().join(u"\n\n"_s), QMessageBox::Ok, this);
    box->setObjectName(u"openWarningsDialog"_s);
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

MainWindow::OpenOutcome MainWindow::openSessionFromUser(const QString &path, QString *message)
{
    auto opened = openSession(path);
    if (opened) {
        return OpenOutcome::Opened;
    }
    const core::Error error = opened.error();
    if (error.code == core::ErrorCode::ReadOnlyFile) {
        if (auto readOnly = openSession(path, core::SessionStore::Mode::ReadOnly); readOnly) {
            return OpenOutcome::OpenedReadOnly;
        }
    }
    if (error.code != core::ErrorCode::Locked) {
        if (message) {
            *message = core::errorMessage(error);
        }
        return OpenOutcome::Failed;
    }
    // One writer per file. On this machine, the Moderato window that has it comes to the front.
    const qint64 holder = core::FileLock::holderPid(path);
    if (WindowLink::askToShow(holder, path)) {
        return OpenOutcome::ShownElsewhere;
    }
    QMessageBox box(QMessageBox::Warning,
                    tr("Open session"),
                    tr("%1 is open in another window or on another computer, which is the only one that may write "
                       "to it.\n\nYou can look at it here without changing it, or save a copy and continue in the "
                       "copy.")
                        .arg(QFileInfo(path).fileName()),
                    QMessageBox::Cancel,
                    this);
    box.setObjectName(u"sessionLockedDialog"_s);
    box.setTextFormat(Qt::PlainText);
    QPushButton *readOnly = box.addButton(tr("Open &read-only"), QMessageBox::AcceptRole);
    readOnly->setObjectName(u"openReadOnlyButton"_s);
    QPushButton *copy = box.addButton(tr("&Save a copy…"), QMessageBox::ActionRole);
    copy->setObjectName(u"saveCopyButton"_s);
    box.setDefaultButton(readOnly);
    box.exec();
    if (box.clickedButton() != readOnly && box.clickedButton() != copy) {
        return OpenOutcome::Cancelled;
    }
    if (auto ok = openSession(path, core::SessionStore::Mode::ReadOnly); !ok) {
        if (message) {
            *message = core::errorMessage(ok.error());
        }
        return OpenOutcome::Failed;
    }
    if (box.clickedButton() == copy) {
        saveSessionAs();
        return m_session && m_session->isWritable() ? OpenOutcome::Opened : OpenOutcome::OpenedReadOnly;
    }
    return OpenOutcome::OpenedReadOnly;
}

core::Result<void> MainWindow::createSession(const QString &path, const core::SessionDefinition &definition)
{
    return startNewSession(path, definition, false);
}

core::Result<void> MainWindow::createDemoSession(const QString &path, const core::SessionDefinition &definition)
{
    // The demo is never a recent file: adding it and taking it out again wrote the settings file twice.
    return startNewSession(path, definition, true);
}

core::Result<void>
MainWindow::startNewSession(const QString &path, const core::SessionDefinition &definition, bool demo)
{
    auto session = core::Session::create(path, definition, m_clock);
    if (!session) {
        return session.error();
    }
    setSession(std::move(session).value());
    m_demo = demo;
    if (demo) {
        m_demoPath = m_session->filePath();
    } else {
        addRecentFile(path);
    }
    updateTitle();
    reportOpenWarnings(); // side files of an earlier file of that name, set aside
    return {};
}

void MainWindow::setDemo(bool demo)
{
    m_demo = demo;
    if (demo && m_session) {
        m_demoPath = m_session->filePath();
        removeRecentFile(m_demoPath);
    }
    updateTitle();
}

void MainWindow::setSession(std::unique_ptr<core::Session> session)
{
    closeSession();
    m_ownedSession = std::move(session);
    attachSession(m_ownedSession.get());
}

void MainWindow::attachSession(core::Session *session)
{
    m_session = session;
    if (m_session) {
        m_undo = std::make_unique<SessionUndo>(m_session);
        m_undoGroup->addStack(m_undo->stack());
        m_undoGroup->setActiveStack(m_undo->stack());
        connect(m_undo.get(), &SessionUndo::failed, this, &MainWindow::showFailure);
    }
    updateUndoActions();
    m_agendaModel->setSession(m_session);
    m_floorPanel->setSession(m_session);
    if (m_breakOutActions) {
        m_breakOutActions->setSession(m_session, m_undo.get());
    }
    m_balancePanel->setSession(m_session);
    m_room->setSession(m_session, m_undo.get());
    m_rapporteur->setSession(m_session, m_undo.get());
    m_questionsPanel->setSession(m_session);
    m_phones->setSession(m_session);
    m_sharing->setSession(m_session && !m_session->isReplica() ? m_session : nullptr); // only the host shares
    m_agendaView->expandAll();
    m_shownPlan = {};
    m_rebalanceRequested = false;
    if (m_session) {
        connect(m_session, &core::Session::ticked, this, &MainWindow::refresh);
        // The clock, the current item and the plan; the panels follow the areas they show themselves.
        connect(m_session, &core::Session::changed, this, [this](core::Areas areas) {
            if (areas & (core::Area::Clock | core::Area::Agenda)) {
                refresh();
            }
        });
        connect(m_session, &core::Session::phaseChanged, this, &MainWindow::onPhaseChanged);
        connect(m_session, &core::Session::planChanged, this, &MainWindow::updateTitle);
        connect(m_session, &core::Session::agendaReplaced, this, [this] {
            m_agendaView->expandAll();
            rebuildGotoMenu();
        });
        connect(m_session, &core::Session::turnPhaseChanged, this, [this](core::Phase phase) {
            if (phase == core::Phase::Overtime) {
                playChime(); // the turn's own countdown flashes in the floor panel
            }
        });
    }
    rebuildGotoMenu();
    refresh();
    updateTitle();
}

void MainWindow::showPhonesPane()
{
    m_phonesDock->show();
    resizeDocks({m_phonesDock}, {width() * 2 / 5}, Qt::Horizontal);
}

ShareDialog *MainWindow::showShareDialog()
{
    if (!m_shareDialog) {
        m_shareDialog = new ShareDialog(m_sharing, this);
        m_shareDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_shareDialog->show();
    m_shareDialog->raise();
    return m_shareDialog;
}

void MainWindow::run(const core::Result<void> &result)
{
    if (!result) {
        showFailure(core::errorMessage(result.error()));
    }
}

void MainWindow::run(const core::Result<int> &result)
{
    if (!result) {
        showFailure(core::errorMessage(result.error()));
    }
}

void MainWindow::startOrResume()
{
    if (!m_session) {
        return;
    }
    switch (m_session->state().runState()) {
    case core::RunState::NotStarted:
        run(m_session->execute(core::commands::StartClock{}));
        break;
    case core::RunState::Paused:
        run(m_session->execute(core::commands::ResumeClock{}));
        break;
    case core::RunState::Running:
    case core::RunState::Ended:
        break;
    }
}

void MainWindow::showFailure(const QString &message)
{
    statusBar()->showMessage(message, 6000);
    emit actionFailed(message);
}

void MainWindow::playChime()
{
    if (m_session && m_session->state().floor().settings().chime) {
        m_chime->play();
    }
}

void MainWindow::openDialog(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // A dialog belongs to the session it was opened for.
    connect(m_session, &QObject::destroyed, dialog, &QDialog::close);
    dialog->open();
}

void MainWindow::pauseIfRunning()
{
    if (m_session && m_session->state().runState() == core::RunState::Running) {
        run(m_session->execute(core::commands::PauseClock{}));
    }
}

void MainWindow::onPhaseChanged(int, core::Phase phase)
{
    switch (phase) {
    case core::Phase::Warning:
        playChime();
        break;
    case core::Phase::Overtime:
        // At zero: the chime where there is sound, and always the flash.
        playChime();
        m_countdown->flash();
        break;
    case core::Phase::Normal:
        break;
    }
}

void MainWindow::refresh()
{
    if (!m_session) {
        m_itemTitle->clear();
        m_itemDetail->clear();
        m_nextLabel->clear();
        m_stateLabel->setText(tr("No session is open."));
        m_countdown->setTime(QString(), core::Phase::Normal, true);
        for (auto *label : {m_elapsedValue, m_remainingValue, m_projectedEndValue, m_offsetValue}) {
            label->clear();
        }
        m_rebalanceBanner->hide();
        updatePermissions();
        return;
    }
    const core::SessionState &state = m_session->state();
    const qint64 now = m_session->now();
    const core::Agenda &agenda = state.agenda();
    const int current = state.currentIndex();
    const core::AgendaItem &item = agenda.item(current);
    const core::RunState runState = state.runState();

    switch (runState) {
    case core::RunState::NotStarted:
        m_stateLabel->setText(tr("Not started: press Space to start the clock."));
        m_startButton->setText(tr("Start"));
        break;
    case core::RunState::Running:
        m_stateLabel->setText(tr("Running"));
        m_startButton->setText(tr("Pause"));
        break;
    case core::RunState::Paused:
        m_stateLabel->setText(tr("Paused for %1").arg(core::formatDuration(now - state.lastEventMs())));
        m_startButton->setText(tr("Resume"));
        break;
    case core::RunState::Ended:
        m_stateLabel->setText(tr("The session has ended."));
        m_startButton->setText(tr("Start"));
        break;
    }
    m_startButton->setEnabled(runState != core::RunState::Ended);

    m_itemTitle->setText(item.title);
    QStringList detail;
    if (item.parentId >= 0) {
        detail.append(agenda.item(agenda.indexOf(item.parentId)).title);
    }
    detail.append(tr("planned %1").arg(core::formatDuration(agenda.plannedMs(current))));
    m_itemDetail->setText(detail.join(u" · "_s));

    const qint64 remaining = state.remainingMs(current, now);
    const core::Phase phase = state.phase(current, now);
    m_countdown->setTime(
        core::formatDuration(remaining, core::Rounding::Countdown), phase, runState != core::RunState::Running);
    const qint64 planned = std::max<qint64>(1, agenda.plannedMs(current));
    m_itemProgress->setValue(int(std::clamp<qint64>(state.elapsedMs(current, now) * 1000 / planned, 0, 1000)));

    const auto leaves = agenda.leafIndexes();
    const qsizetype at = leaves.indexOf(current);
    if (at + 1 < leaves.size()) {
        const int next = leaves.at(at + 1);
        m_nextLabel->setText(
            tr("Next: %1 (%2)").arg(agenda.item(next).title, core::formatDuration(agenda.plannedMs(next))));
    } else {
        m_nextLabel->setText(tr("Next: end of the session"));
    }

    m_elapsedValue->setText(core::formatDuration(state.sessionElapsedMs(now)));
    m_remainingValue->setText(core::formatDuration(state.sessionRemainingMs(now), core::Rounding::Countdown));
    const QDateTime projectedEnd = QDateTime::fromMSecsSinceEpoch(m_session->wallMsAt(state.projectedEndMs(now)));
    m_projectedEndValue->setText(QLocale().toString(projectedEnd.time(), QLocale::ShortFormat));
    const qint64 offset = state.offsetMs(now);
    if (offset >= 30'000) {
        m_offsetValue->setText(tr("%1 behind").arg(core::formatDuration(offset)));
        m_offsetValue->setStyleSheet(u"color: #C62828;"_s);
    } else if (offset <= -30'000) {
        m_offsetValue->setText(tr("%1 ahead").arg(core::formatDuration(-offset)));
        m_offsetValue->setStyleSheet(u"color: #2E7D32;"_s);
    } else {
        m_offsetValue->setText(tr("On time"));
        m_offsetValue->setStyleSheet(QString());
    }

    m_previousAction->setEnabled(at > 0 && runState != core::RunState::Ended);
    m_nextAction->setEnabled(at + 1 < leaves.size() && runState != core::RunState::Ended);
    m_clickerPreviousAction->setEnabled(runState != core::RunState::Ended);
    m_clickerNextAction->setEnabled(runState != core::RunState::Ended);
    m_endAction->setEnabled(runState == core::RunState::Running || runState == core::RunState::Paused);
    updateRebalanceBanner();
    updatePermissions();
}

void MainWindow::updatePermissions()
{
    using namespace core::commands;
    const core::Session *session = m_session;
    // refresh() has just set these from the clock's state; the role may narrow it.
    for (const auto &[action, command] : std::initializer_list<std::pair<QAction *, core::Command>>{
             {m_nextAction, NextItem{}},
             {m_previousAction, PreviousItem{}},
             {m_clickerNextAction, NextItem{}},
             {m_clickerPreviousAction, PreviousItem{}},
             {m_endAction, EndSession{}},
         }) {
        allowIf(action, session, command, session && action->isEnabled());
    }
    allowIf(m_startButton, session, ToggleClock{}, session && m_startButton->isEnabled());
    // These are open whenever a session is.
    for (const auto &[action, command] : std::initializer_list<std::pair<QAction *, core::Command>>{
             {m_startPauseAction, ToggleClock{}},
             {m_startResumeAction, StartClock{}},
             {m_pauseAction, PauseClock{}},
             {m_extendAction, ExtendItem{}},
             {m_shortenAction, ExtendItem{}},
             {m_rebalanceAction, AcceptRebalance{}},
             {m_editAgendaAction, EditAgenda{}},
             {m_detailsAction, EditDetails{}},
             {m_peopleAction, AddParticipant{}},
             {m_questionsAction, SetQuestionBank{}},
             {m_settingsAction, SetFloorSettings{}},
         }) {
        allowIf(action, session, command, session != nullptr);
    }
    // The console's buttons look as their actions do.
    for (const auto &[button, action] : {std::pair{m_previousButton, m_previousAction},
                                         std::pair{m_nextButton, m_nextAction},
                                         std::pair{m_shortenButton, m_shortenAction},
                                         std::pair{m_extendButton, m_extendAction}}) {
        button->setEnabled(action->isEnabled());
        button->setToolTip(action->isEnabled() ? QString() : action->toolTip());
    }
    allowIf(m_acceptRebalanceButton, session, AcceptRebalance{}, true);
    allowIf(m_declineRebalanceButton, session, DeclineRebalance{}, true);
    const bool replica = session && session->isReplica();
    // Only the host shares, and imports a proposal (a file on this machine).
    m_shareAction->setEnabled(!replica);
    m_shareAction->setToolTip(replica ? tr("Only the moderator's own Moderato shares the session.") : QString());
    m_importProposalAction->setEnabled(!replica);
    m_messageHostAction->setVisible(m_connection != nullptr);
}

void MainWindow::updateRebalanceBanner()
{
    const core::RebalancePlan plan = m_session->state().proposeRebalance(m_session->now());
    if (plan.isEmpty() || !(m_session->state().isRebalanceDue(plan) || m_rebalanceRequested)) {
        m_shownPlan = {};
        m_rebalanceBanner->hide();
        return;
    }
    m_shownPlan = plan;
    const core::Agenda &agenda = m_session->state().agenda();
    QStringList changes;
    for (const auto &change : plan.changes) {
        changes.append(tr("%1: %2 → %3")
                           .arg(agenda.item(agenda.indexOf(change.itemId)).title,
                                core::formatDuration(change.fromMs),
                                core::formatDuration(change.toMs)));
    }
    QString text = tr("Running %1 behind. Shorten %Ln item(s) not yet started so the session ends on time; "
                      "the summary keeps its time.",
                      nullptr,
                      int(plan.changes.size()))
                       .arg(core::formatDuration(plan.overrunMs));
    if (plan.unabsorbedMs > 0) {
        text += u' ' + tr("Even so, the session ends %1 late.").arg(core::formatDuration(plan.unabsorbedMs));
    }
    m_rebalanceText->setText(text + u'\n' + changes.join(u'\n'));
    m_rebalanceBanner->show();
}

void MainWindow::showRebalanceNow()
{
    if (!m_session) {
        return;
    }
    if (m_session->state().proposeRebalance(m_session->now()).isEmpty()) {
        statusBar()->showMessage(tr("Nothing to re-balance: the session is on time or no item can be shortened."),
                                 6000);
        return;
    }
    m_rebalanceRequested = true;
    updateRebalanceBanner();
}

void MainWindow::acceptRebalance()
{
    if (!m_session || m_shownPlan.isEmpty()) {
        return;
    }
    // Accept what the moderator saw, recomputed at this instant so the session ends exactly on time.
    m_rebalanceRequested = false;
    run(m_session->execute(core::commands::AcceptRebalance{}));
    refresh();
}

void MainWindow::declineRebalance()
{
    // Recorded, so that reopening the file (or another device) proposes it again only after another minute.
    if (m_session && !m_shownPlan.isEmpty() && !m_session->state().proposeRebalance(m_session->now()).isEmpty()) {
        run(m_session->execute(core::commands::DeclineRebalance{}));
    }
    m_rebalanceRequested = false;
    m_shownPlan = {};
    m_rebalanceBanner->hide();
}

void MainWindow::updateTitle()
{
    if (!m_session) {
        setWindowTitle(m_connection ? tr("Joining a shared session — Moderato") : tr("Moderato"));
        if (m_readOnlyLabel) {
            m_readOnlyLabel->hide();
        }
        return;
    }
    const core::SessionDefinition &definition = m_session->state().definition();
    const QString name =
        definition.code.isEmpty() ? definition.title : tr("%1: %2").arg(definition.code, definition.title);
    if (m_session->isReplica()) {
        //: %1 is the session's name, %2 the role ("Rapporteur") this window joined in
        setWindowTitle(tr("%1 — joined as %2 — Moderato").arg(name, teamRoleLabel(m_session->role())));
        if (m_readOnlyLabel) {
            m_readOnlyLabel->hide();
        }
        return;
    }
    if (m_demo) {
        setWindowTitle(tr("%1 (demo, kept only until you quit; use Save as to keep it) — Moderato").arg(name));
        statusBar()->showMessage(tr("This is the demo workshop in a temporary file."));
    } else if (!m_session->replicaOrigin().isEmpty()) {
        //: %1 is the session's name, %2 the file's
        setWindowTitle(tr("%1 — %2 (a joined device's copy, read-only) — Moderato")
                           .arg(name, QFileInfo(m_session->filePath()).fileName()));
    } else if (!m_session->isWritable()) {
        setWindowTitle(tr("%1 — %2 (read-only) — Moderato").arg(name, QFileInfo(m_session->filePath()).fileName()));
    } else {
        setWindowTitle(tr("%1 — %2 — Moderato").arg(name, QFileInfo(m_session->filePath()).fileName()));
    }
    if (!m_readOnlyLabel) {
        m_readOnlyLabel = new QLabel(this);
        m_readOnlyLabel->setObjectName(u"readOnlyLabel"_s);
        m_readOnlyLabel->setTextFormat(Qt::PlainText);
        statusBar()->addPermanentWidget(m_readOnlyLabel);
    }
    m_readOnlyLabel->setText(tr("Read-only: nothing is recorded here. Use Save as to continue in a copy."));
    m_readOnlyLabel->setVisible(!m_session->isWritable());
}

void MainWindow::rebuildGotoMenu()
{
    m_gotoMenu->clear();
    if (!m_session) {
        m_gotoMenu->setEnabled(false);
        return;
    }
    m_gotoMenu->setEnabled(true);
    const core::Agenda &agenda = m_session->state().agenda();
    const auto top = agenda.childIndexes(-1);
    for (int position = 0; position < top.size(); ++position) {
        const core::AgendaItem &item = agenda.item(top.at(position));
        auto *action = m_gotoMenu->addAction(tr("%1. %2").arg(position + 1).arg(item.title));
        action->setObjectName(u"actionGoto%1"_s.arg(position + 1));
        allowIf(action, m_session, core::commands::GotoItem{}, true);
        if (position < 9) {
            action->setShortcut(QKeySequence(Qt::Key(Qt::Key_1 + position)));
            action->setShortcutContext(Qt::WindowShortcut);
            QWidget::addAction(action);
        }
        connect(action, &QAction::triggered, this, [this, position] {
            if (m_session) {
                run(m_session->execute(core::commands::GotoItem{position + 1}));
            }
        });
    }
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = QSettings().value(u"recentFiles"_s).toStringList();
    for (const QString &file : files) {
        auto *action = m_recentMenu->addAction(QFileInfo(file).fileName());
        action->setToolTip(file);
        action->setStatusTip(file);
        connect(action, &QAction::triggered, this, [this, file] {
            QString message;
            if (openSessionFromUser(file, &message) == OpenOutcome::Failed) {
                showPlainMessage(this, tr("Open session"), message);
            }
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::addRecentFile(const QString &path)
{
    QSettings settings;
    QStringList files = settings.value(u"recentFiles"_s).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > MaxRecentFiles) {
        files.removeLast();
    }
    settings.setValue(u"recentFiles"_s, files);
    rebuildRecentMenu();
    // And in the desktop's own list, for the file manager. A list another program broke stays as it is: it is
    // theirs, and the session opens all the same.
    if (const auto added = core::DesktopRecent::add(core::DesktopRecent::defaultPath(),
                                                    absolute,
                                                    u"application/x-moderato-session"_s,
                                                    u"Moderato"_s,
                                                    u"'moderato %f'"_s,
                                                    QDateTime::currentDateTimeUtc());
        !added) {
        qInfo("recent files list not updated: %s", qPrintable(core::errorMessage(added.error())));
    }
}

void MainWindow::removeRecentFile(const QString &path)
{
    QSettings settings;
    QStringList files = settings.value(u"recentFiles"_s).toStringList();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    settings.setValue(u"recentFiles"_s, files);
    rebuildRecentMenu();
}

void MainWindow::newSession()
{
    QString path = QFileDialog::getSaveFileName(this,
                                                tr("New session"),
                                                QString(),
                                                tr("Moderato sessions (*.moderato)"),
                                                nullptr,
                                                QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty()) {
        return;
    }
    if (!path.endsWith(u".moderato"_s)) {
        path += u".moderato"_s;
    }
    if (auto ok = createSession(path, core::SessionDefinition::blankWorkshop()); !ok) {
        showPlainMessage(this, tr("New session"), core::errorMessage(ok.error()));
    }
}

void MainWindow::importProposal()
{
    const QString source = QFileDialog::getOpenFileName(
        this, tr("Import workshop proposal"), QString(), tr("Text files (*.txt);;All files (*)"));
    if (source.isEmpty()) {
        return;
    }
    auto proposal = core::ProposalImporter::fromFile(source);
    if (!proposal) {
        showPlainMessage(this,
                         tr("Import workshop proposal"),
                         tr("The proposal could not be read: %1").arg(core::errorMessage(proposal.error())));
        return;
    }
    ProposalImportDialog preview(proposal.value(), this);
    if (preview.exec() != QDialog::Accepted) {
        return;
    }
    QString path = QFileDialog::getSaveFileName(this,
                                                tr("New session"),
                                                QString(),
                                                tr("Moderato sessions (*.moderato)"),
                                                nullptr,
                                                QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty()) {
        return;
    }
    if (!path.endsWith(u".moderato"_s)) {
        path += u".moderato"_s;
    }
    if (auto ok = createSession(path, proposal.value().definition); !ok) {
        showPlainMessage(this, tr("Import workshop proposal"), core::errorMessage(ok.error()));
    }
}

void MainWindow::openSessionDialog()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open session"), QString(), tr("Moderato sessions (*.moderato)"));
    if (path.isEmpty()) {
        return;
    }
    QString message;
    if (openSessionFromUser(path, &message) == OpenOutcome::Failed) {
        showPlainMessage(this, tr("Open session"), message);
    }
}

void MainWindow::saveSessionAs()
{
    if (!m_session) {
        return;
    }
    QString path =
        QFileDialog::getSaveFileName(this, tr("Save session as"), QString(), tr("Moderato sessions (*.moderato)"));
    if (path.isEmpty()) {
        return;
    }
    if (!path.endsWith(u".moderato"_s)) {
        path += u".moderato"_s;
    }
    if (auto ok = saveSessionCopy(path); !ok) {
        showPlainMessage(this, tr("Save session as"), core::errorMessage(ok.error()));
    }
}

core::Result<void> MainWindow::saveSessionCopy(const QString &path)
{
    if (!m_session) {
        return core::Error{core::ErrorCode::InvalidState, tr("no session is open")};
    }
    if (auto ok = m_session->saveCopyAs(path); !ok) {
        return ok;
    }
    if (!m_session->replicaOrigin().isEmpty()) {
        // A copy saved on purpose is the person's own file: no longer marked as a joined device's copy.
        auto copy = core::SessionStore::open(path);
        auto unmarked = copy ? copy.value()->setValue(QString::fromUtf16(core::Session::ReplicaKey), QString())
                             : core::Result<void>(copy.error());
        if (!unmarked) {
            return unmarked;
        }
    }
    if (m_session->isReplica()) {
        // A joined window keeps following the host; the copy is what it had so far.
        statusBar()->showMessage(
            tr("Saved a copy of the shared session so far as %1; this window keeps following the host.")
                .arg(QFileInfo(path).fileName()),
            8000);
        return {};
    }
    // Continue in the copy, so what happens next is stored there.
    return openSession(path);
}

void MainWindow::confirmEndSession()
{
    if (!m_session) {
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question,
                                tr("End the session"),
                                tr("End the session now? The clock stops for good; the record stays."),
                                QMessageBox::Yes | QMessageBox::Cancel,
                                this);
    box->setObjectName(u"endSessionDialog"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box](QAbstractButton *button) {
        if (m_session && box->standardButton(button) == QMessageBox::Yes) {
            run(m_session->execute(core::commands::EndSession{}));
        }
    });
    box->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this,
                       tr("About Moderato"),
                       tr("Moderato %1\nThe moderator's console for multi-stakeholder workshops.")
                           .arg(QApplication::applicationVersion()));
}

core::Result<void> MainWindow::joinSession(const QString &address, const QString &name)
{
    auto parsed = net::JoinAddress::parse(address);
    if (!parsed) {
        return parsed.error();
    }
    const QString person = core::share::Protocol::cleanText(name, core::share::Protocol::MaxNameLength);
    if (person.isEmpty()) {
        return core::Error{core::ErrorCode::InvalidArgument, tr("give the name you join with")};
    }
    closeSession();
    m_demo = false;
    // A new device id for each join: the host runs each of this device's command ids once.
    m_connection = std::make_unique<net::SharingConnection>(
        m_clock, parsed.value(), person, QUuid::createUuid().toString(QUuid::WithoutBraces));
    core::share::ShareClient &client = m_connection->client();
    // The copy lives in a file of this device's own, marked as a copy: it can be opened (read-only) later.
    const QString folder =
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"shared"_s);
    if (QDir().mkpath(folder)) {
        QString host = parsed.value().host;
        host.replace(QRegularExpression(u"[^A-Za-z0-9.-]"_s), u"_"_s);
        const QString file =
            u"%1-%2 %3.moderato"_s.arg(host,
                                       QString::number(parsed.value().port),
                                       QDateTime::currentDateTime().toString(u"yyyy-MM-dd HH.mm.ss.zzz"_s));
        client.setReplicaFile(
            QDir(folder).filePath(file),
            u"moderato://%1:%2"_s
                .arg(parsed.value().host.contains(u':') ? u"[%1]"_s.arg(parsed.value().host) : parsed.value().host)
                .arg(parsed.value().port));
    }
    connect(&client, &core::share::ShareClient::aboutToReplaceSession, this, &MainWindow::detachSession);
    connect(&client, &core::share::ShareClient::sessionReplaced, this, [this] {
        attachSession(m_connection->client().session());
        if (m_connection->client().role() == core::TeamRole::RoomDisplay && m_session) {
            m_room->showDisplay(true); // a remote hub's projector: the room display is what it is for
        }
        if (m_connection->client().role() == core::TeamRole::Rapporteur) {
            m_rapporteurDock->show(); // the rapporteur joined to take notes
            resizeDocks({m_rapporteurDock}, {width() * 2 / 5}, Qt::Horizontal);
        }
        if (m_connection->client().role() == core::TeamRole::OnlineModerator) {
            m_phonesDock->show(); // the inbox of participants' questions is the online moderator's too
        }
        updateOnlineLabel();
    });
    connect(&client, &core::share::ShareClient::outcome, this, [this](const QString &, bool ok, const QString &error) {
        if (!ok) {
            showFailure(core::share::Protocol::cleanText(error, 400));
        }
    });
    connect(&client, &core::share::ShareClient::chatReceived, this, [this](const QString &from, const QString &text) {
        statusBar()->showMessage(tr("%1: %2").arg(core::isolatedLine(from), core::isolatedLine(text)), 20'000);
    });
    connect(&client, &core::share::ShareClient::refused, this, [this](const QString &reason) {
        showFailure(tr("The host refused this device: %1").arg(reason));
        updateOnlineLabel();
    });
    connect(&client, &core::share::ShareClient::onlineChanged, this, &MainWindow::updateOnlineLabel);
    connect(&client, &core::share::ShareClient::joined, this, [this] {
        updateTitle();
        updateOnlineLabel();
    });
    m_connection->open();
    updateTitle();
    updateOnlineLabel();
    refresh();
    return {};
}

void MainWindow::showJoinDialog(const QString &address)
{
    JoinDialog dialog(this);
    dialog.setAddress(address);
    dialog.setName(QSettings().value(u"join/name"_s).toString());
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    QSettings().setValue(u"join/name"_s, dialog.name());
    if (auto ok = joinSession(dialog.address(), dialog.name()); !ok) {
        showPlainMessage(this, tr("Join a shared session"), core::errorMessage(ok.error()));
    }
}

void MainWindow::messageHost(const QString &text)
{
    if (!m_connection || !m_connection->client().isJoined()) {
        showFailure(tr("Not connected to the host: the message was not sent."));
        return;
    }
    const QString clean = core::share::Protocol::cleanText(text, core::share::Protocol::MaxChatLength);
    if (clean.isEmpty()) {
        return;
    }
    m_connection->client().sendChat(clean);
    statusBar()->showMessage(tr("Sent to the moderator: %1").arg(core::isolatedLine(clean)), 6000);
}

void MainWindow::updateOnlineLabel()
{
    if (!m_onlineLabel) {
        m_onlineLabel = new QLabel(this);
        m_onlineLabel->setObjectName(u"onlineLabel"_s);
        m_onlineLabel->setTextFormat(Qt::PlainText);
        statusBar()->addPermanentWidget(m_onlineLabel);
    }
    if (!m_connection) {
        m_onlineLabel->hide();
        return;
    }
    const core::share::ShareClient &client = m_connection->client();
    const qsizetype waiting = client.outbox().size();
    QString text;
    QString style;
    if (!m_connection->connectionProblem().isEmpty()) {
        text = tr("Not connected: %1").arg(m_connection->connectionProblem());
        style = u"color: white; background: #C62828; padding: 2px 6px;"_s;
    } else if (m_connection->isRefused()) {
        text = tr("Not connected: the host refused this device (%1).").arg(client.refusal());
        style = u"color: white; background: #C62828; padding: 2px 6px;"_s;
    } else if (client.isJoined()) {
        text = client.roundTripMs() >= 0 ? tr("Online as %1 · %2 ms to the host")
                                               .arg(core::teamRoleName(client.role()))
                                               .arg(client.roundTripMs())
                                         : tr("Online as %1").arg(core::teamRoleName(client.role()));
        if (waiting > 0) {
            text += u" · "_s + tr("%Ln change(s) on the way", nullptr, int(waiting));
        }
        style = u"color: #2E7D32;"_s;
    } else {
        const qint64 since = client.offlineSinceMs();
        const QDateTime when =
            QDateTime::fromMSecsSinceEpoch(m_clock.wallMs() - std::max<qint64>(0, m_clock.monotonicMs() - since));
        text = m_session ? tr("Offline since %1: you keep working on the last copy; what you do is sent when the "
                              "connection returns.")
                               .arg(QLocale().toString(when.time(), QLocale::ShortFormat))
                         : tr("Connecting to the host…");
        if (m_session && waiting > 0) {
            text += u" "_s + tr("%Ln change(s) kept on this device.", nullptr, int(waiting));
        }
        style = m_session ? u"color: white; background: #C62828; padding: 2px 6px;"_s : QString();
    }
    // Called on every tick while joined: a style sheet set again would restyle the label each time.
    if (m_onlineLabel->text() != text) {
        m_onlineLabel->setText(text);
    }
    if (m_onlineLabel->styleSheet() != style) {
        m_onlineLabel->setStyleSheet(style);
    }
    m_onlineLabel->show();
}

} // namespace ui
