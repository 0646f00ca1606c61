// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/result.h"
#include "core/session/sessionstate.h"
#include "core/store/sessionstore.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QTreeView;
class QFrame;
class QDialog;
class QUndoGroup;

namespace net {
class SharingConnection;
}

namespace core {
class AgendaModel;
class Clock;
class Session;
struct SessionDefinition;
} // namespace core

namespace ui {

class AgendaStyleProxy;
class BalancePanel;
class BreakOutActions;
class FloorPanel;
class Chime;
class CountdownWidget;
class LanguageManager;
class QuestionsPanel;
class RapporteurPane;
class RoomControl;
class SessionUndo;
class ShareDialog;
class Sharing;
class WindowLink;

/**
 * The moderator's console: the agenda, the large countdown of the current item, the session
 * clock (elapsed, remaining, projected end, ahead/behind) and the re-balancing proposal; every
 * action in menus with its shortcut, and the keys a presentation clicker sends.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    /// Shows the participants' phones pane beside the console.
    void showPhonesPane();

    explicit MainWindow(const core::Clock &clock, LanguageManager *languages = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a session file in this window. ReadWrite fails with ErrorCode::Locked when another window
    /// or program has the file, and with ReadOnlyFile when it cannot be written.
    [[nodiscard]] core::Result<void> openSession(const QString &path,
                                                 core::SessionStore::Mode mode = core::SessionStore::Mode::ReadWrite);

    enum class OpenOutcome
    {
        Opened,
        OpenedReadOnly,
        /// Another Moderato window has the file: it was brought to the front, this window is unchanged.
        ShownElsewhere,
        Cancelled,
        Failed,
    };
    /// Opens a file the user chose, as a person expects: a file open in another Moderato window brings
    /// that window to the front; a file held by another program or on another machine offers a read-only
    /// view or a copy; a read-only file opens read-only. On Failed, *message says why.
    OpenOutcome openSessionFromUser(const QString &path, QString *message = nullptr);
    [[nodiscard]] core::Result<void> createSession(const QString &path, const core::SessionDefinition &definition);
    /// Creates the temporary demo session: marked as the demo (as setDemo does) and never a recent file.
    [[nodiscard]] core::Result<void> createDemoSession(const QString &path, const core::SessionDefinition &definition);
    /// Writes a consistent copy of the session to path and continues in the copy.
    [[nodiscard]] core::Result<void> saveSessionCopy(const QString &path);
    /// Marks the open session as the temporary demo (the title says so; Save As keeps it).
    void setDemo(bool demo);

    [[nodiscard]] core::Session *session() const { return m_session; }

    /// Joins a shared session, moderato://HOST:PORT/CODE, as `name`: the window shows the host's live
    /// session in the role the code gives, and its commands go to the host. Fails on a malformed
    /// address or an empty name; the connection itself is reported in the status bar.
    [[nodiscard]] core::Result<void> joinSession(const QString &address, const QString &name);

    /// The connection to the host while this window shows a joined session, else null.
    [[nodiscard]] net::SharingConnection *joined() const { return m_connection.get(); }

    /// Opens File › Join a shared session (address, filled in when given, and name).
    void showJoinDialog(const QString &address = QString());
    /// Sends a message to the host's moderator on the back channel (a joined window).
    void messageHost(const QString &text);

    /// The open session's one undo stack (Edit › Undo and Redo; the editors' buttons); a new one for each session.
    [[nodiscard]] SessionUndo *undo() const { return m_undo.get(); }

    [[nodiscard]] Chime *chime() const { return m_chime; }

    [[nodiscard]] CountdownWidget *countdown() const { return m_countdown; }

    [[nodiscard]] FloorPanel *floorPanel() const { return m_floorPanel; }

    [[nodiscard]] BalancePanel *balancePanel() const { return m_balancePanel; }

    [[nodiscard]] RoomControl *room() const { return m_room; }

    [[nodiscard]] RapporteurPane *rapporteur() const { return m_rapporteur; }

    [[nodiscard]] QuestionsPanel *questionsPanel() const { return m_questionsPanel; }

    /// Sharing the session on the network (off until the moderator starts it).
    [[nodiscard]] Sharing *sharing() const { return m_sharing; }

    /// Opens Session › Share on the network (one dialog; shown again if open).
    ShareDialog *showShareDialog();

    [[nodiscard]] const core::RebalancePlan &shownRebalance() const { return m_shownPlan; }

    /// Updates every figure from the session (also called by the tick timer).
    void refresh();

signals:
    /// A session action was refused; the message is also in the status bar.
    void actionFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createCentralWidget();
    void retranslateUi();
    void updateUndoActions();
    void setSession(std::unique_ptr<core::Session> session);
    /// Shows a session in the window (owned here or by the connection to a host).
    void attachSession(core::Session *session);
    /// Takes the session off every widget, and closes it when this window owns it.
    void detachSession();
    /// What this window's role may do: the actions the role may not use are disabled, saying why.
    void updatePermissions();
    /// The joined window's line in the status bar: online, or offline since when and what waits.
    void updateOnlineLabel();
    [[nodiscard]] core::Result<void>
    startNewSession(const QString &path, const core::SessionDefinition &definition, bool demo);
    /// Brings the window to the front if it has path open (asked by another Moderato process).
    bool showIfOpen(const QString &path);
    /// After an open: what the open repaired (a stray write-ahead log set aside), said once.
    void reportOpenWarnings();
    void run(const core::Result<void> &result);
    void run(const core::Result<int> &result);
    /// A refused action: the message in the status bar, and actionFailed.
    void showFailure(const QString &message);
    void onPhaseChanged(int itemId, core::Phase phase);
    void updateRebalanceBanner();
    void updateTitle();
    void rebuildGotoMenu();
    void rebuildRecentMenu();
    void addRecentFile(const QString &path);
    void removeRecentFile(const QString &path);
    void closeSession();
    void newSession();
    void openSessionDialog();
    void saveSessionAs();
    void confirmEndSession();
    void showRebalanceNow();
    void acceptRebalance();
    void declineRebalance();
    void startOrResume();
    void pauseIfRunning();
    void showAbout();
    /// Opens a preparation dialog for the open session (non-modal, deleted on close).
    void openDialog(QDialog *dialog);
    void importProposal();
    /// The chime, unless this session has it switched off (the flash is shown either way).
    void playChime();

    QAction *addAction(const char *objectName, const QList<QKeySequence> &shortcuts = {});

    const core::Clock &m_clock;
    LanguageManager *m_languages;
    std::unique_ptr<core::Session> m_ownedSession; ///< a file opened here (not a joined session's copy)
    core::Session *m_session = nullptr;            ///< the session shown: m_ownedSession or the joined copy
    std::unique_ptr<net::SharingConnection> m_connection;
    QLabel *m_onlineLabel = nullptr;
    QAction *m_joinAction = nullptr;
    QAction *m_messageHostAction = nullptr;
    std::unique_ptr<SessionUndo> m_undo;
    QUndoGroup *m_undoGroup;
    core::AgendaModel *m_agendaModel;
    AgendaStyleProxy *m_agendaProxy;
    Chime *m_chime;
    QTimer m_tickTimer;
    bool m_demo = false;
    QString m_demoPath; // the temporary demo file, deleted when it is closed
    core::RebalancePlan m_shownPlan;
    bool m_rebalanceRequested = false;

    // Actions
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_reportAction = nullptr;
    QAction *m_importProposalAction = nullptr;
    QAction *m_editAgendaAction = nullptr;
    QAction *m_detailsAction = nullptr;
    QAction *m_peopleAction = nullptr;
    QAction *m_questionsAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_briefingAction = nullptr;
    QAction *m_shareAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_startPauseAction = nullptr;
    QAction *m_startResumeAction = nullptr;
    QAction *m_pauseAction = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_previousAction = nullptr;
    QAction *m_clickerNextAction = nullptr;
    QAction *m_clickerPreviousAction = nullptr;
    QAction *m_extendAction = nullptr;
    QAction *m_shortenAction = nullptr;
    QAction *m_rebalanceAction = nullptr;
    QAction *m_endAction = nullptr;
    QAction *m_muteAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QList<QAction *> m_languageActions;

    // Menus
    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    WindowLink *m_link = nullptr;
    QLabel *m_readOnlyLabel = nullptr;
    QMenu *m_clockMenu = nullptr;
    QMenu *m_prepareMenu = nullptr;
    QMenu *m_gotoMenu = nullptr;
    QMenu *m_floorMenu = nullptr;
    QMenu *m_policyMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;

    // Widgets
    QTreeView *m_agendaView = nullptr;
    FloorPanel *m_floorPanel = nullptr;
    BreakOutActions *m_breakOutActions = nullptr; ///< break-out groups and report-back turns
    BalancePanel *m_balancePanel = nullptr;
    RoomControl *m_room = nullptr;
    RapporteurPane *m_rapporteur = nullptr;
    Sharing *m_sharing = nullptr;
    QPointer<ShareDialog> m_shareDialog;
    QuestionsPanel *m_questionsPanel = nullptr;
    QDockWidget *m_rapporteurDock = nullptr;
    class PhonesPanel *m_phones = nullptr;
    QDockWidget *m_phonesDock = nullptr;
    QLabel *m_balanceTitle = nullptr;
    QLabel *m_itemTitle = nullptr;
    QLabel *m_itemDetail = nullptr;
    QLabel *m_stateLabel = nullptr;
    CountdownWidget *m_countdown = nullptr;
    QProgressBar *m_itemProgress = nullptr;
    QLabel *m_nextLabel = nullptr;
    QFrame *m_rebalanceBanner = nullptr;
    QLabel *m_rebalanceText = nullptr;
    QPushButton *m_acceptRebalanceButton = nullptr;
    QPushButton *m_declineRebalanceButton = nullptr;
    QLabel *m_elapsedCaption = nullptr;
    QLabel *m_remainingCaption = nullptr;
    QLabel *m_projectedEndCaption = nullptr;
    QLabel *m_offsetCaption = nullptr;
    QLabel *m_elapsedValue = nullptr;
    QLabel *m_remainingValue = nullptr;
    QLabel *m_projectedEndValue = nullptr;
    QLabel *m_offsetValue = nullptr;
    QPushButton *m_startButton = nullptr;
    QPushButton *m_previousButton = nullptr;
    QPushButton *m_nextButton = nullptr;
    QPushButton *m_shortenButton = nullptr;
    QPushButton *m_extendButton = nullptr;
    QPushButton *m_muteButton = nullptr;
};

} // namespace ui
