// SPDX-License-Identifier: MIT
#include "ui/roomcontrol.h"

#include "core/base/vocabulary.h"
#include "core/rapporteur/subtitles.h"
#include "core/session/session.h"
#include "ui/captioncontrol.h"
#include "ui/commands/sessionundo.h"
#include "ui/glossarydialog.h"
#include "ui/languagemanager.h"
#include "ui/permission.h"
#include "ui/plainmessage.h"
#include "ui/roomdisplaywindow.h"
#include "ui/roompreview.h"
#include "ui/roomrenderer.h"
#include "ui/translationsdialog.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace ui {

RoomControl::RoomControl(QWidget *console)
    : QObject(console)
    , m_console(console)
    , m_renderer(new RoomRenderer(this))
    , m_window(new RoomDisplayWindow(m_renderer, console))
    , m_preview(new RoomPreview(m_renderer, console))
    , m_captions(new CaptionControl(console, this))
    , m_menu(new QMenu(console))
{
    m_menu->setObjectName(u"roomMenu"_s);
    m_menu->setToolTipsVisible(true); // why an action is disabled for a joined device's role
    m_showAction = addAction("actionShowRoomDisplay", QKeySequence(Qt::Key_F8));
    m_showAction->setCheckable(true);
    m_menu->addAction(m_showAction);
    m_screensMenu = m_menu->addMenu(QString());
    m_screensMenu->setObjectName(u"roomScreensMenu"_s);
    m_menu->addSeparator();

    m_autoAction = addAction("actionSceneAuto", QKeySequence(Qt::CTRL | Qt::Key_0));
    m_menu->addAction(m_autoAction);
    const std::pair<core::Scene, const char *> scenes[] = {
        {core::Scene::Agenda, "actionSceneAgenda"},
        {core::Scene::Speaker, "actionSceneSpeaker"},
        {core::Scene::Chair, "actionSceneChair"},
        {core::Scene::Media, "actionSceneMedia"},
        {core::Scene::Takeaways, "actionSceneTakeaways"},
        {core::Scene::Message, "actionSceneMessage"},
        {core::Scene::Join, "actionSceneJoin"},
        {core::Scene::Groups, "actionSceneGroups"},
        {core::Scene::Glossary, "actionSceneGlossary"},
    };
    int key = Qt::Key_1;
    for (const auto &[scene, name] : scenes) {
        QAction *action = addAction(name, QKeySequence(Qt::CTRL | Qt::Key(key++)));
        m_menu->addAction(action);
        m_sceneActions.append({scene, action});
        connect(action, &QAction::triggered, this, [this, scene = scene] { pin(scene); });
    }
    m_blankAction = addAction("actionBlank", QKeySequence(Qt::Key_B));
    m_blankAction->setCheckable(true);
    m_menu->addAction(m_blankAction);
    m_menu->addSeparator();
    m_messageAction = addAction("actionShowMessage", QKeySequence(Qt::CTRL | Qt::Key_M));
    m_menu->addAction(m_messageAction);
    m_addMediaAction = addAction("actionAddMedia", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_menu->addAction(m_addMediaAction);
    m_mediaMenu = m_menu->addMenu(QString());
    m_mediaMenu->setObjectName(u"roomMediaMenu"_s);
    m_mediaMenu->menuAction()->setObjectName(u"actionRoomMediaMenu"_s);
    m_nextPageAction = addAction("actionNextPage", QKeySequence(Qt::Key_BracketRight));
    m_previousPageAction = addAction("actionPreviousPage", QKeySequence(Qt::Key_BracketLeft));
    m_videoAction = addAction("actionPlayVideo", QKeySequence(Qt::Key_V));
    m_videoBackAction = addAction("actionVideoBack", QKeySequence(Qt::Key_J));
    m_videoForwardAction = addAction("actionVideoForward", QKeySequence(Qt::Key_L));
    m_volumeUpAction = addAction("actionVideoVolumeUp", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up));
    m_volumeDownAction = addAction("actionVideoVolumeDown", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down));
    m_muteVideoAction = addAction("actionVideoMute", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_muteVideoAction->setCheckable(true);
    m_addSubtitlesAction = addAction("actionAddSubtitles", QKeySequence());
    m_menu->addAction(m_nextPageAction);
    m_menu->addAction(m_previousPageAction);
    m_menu->addAction(m_videoAction);
    m_menu->addAction(m_videoBackAction);
    m_menu->addAction(m_videoForwardAction);
    m_menu->addAction(m_volumeUpAction);
    m_menu->addAction(m_volumeDownAction);
    m_menu->addAction(m_muteVideoAction);
    m_menu->addAction(m_addSubtitlesAction);
    m_takeawayAction = addAction("actionApproveTakeaway", QKeySequence(Qt::CTRL | Qt::Key_T));
    m_menu->addAction(m_takeawayAction);
    m_withdrawTakeawayAction = addAction("actionWithdrawTakeaway", QKeySequence());
    m_menu->addAction(m_withdrawTakeawayAction);
    m_editTakeawayAction = addAction("actionEditTakeaway", QKeySequence());
    m_menu->addAction(m_editTakeawayAction);
    m_commentTakeawayAction = addAction("actionCommentTakeaway", QKeySequence());
    m_menu->addAction(m_commentTakeawayAction);
    m_menu->addSeparator();
    m_languageMenu = m_menu->addMenu(QString());
    m_languageMenu->setObjectName(u"roomLanguageMenu"_s);
    m_languageMenu->menuAction()->setObjectName(u"actionRoomLanguageMenu"_s);
    m_secondLanguageMenu = m_menu->addMenu(QString());
    m_secondLanguageMenu->setObjectName(u"roomSecondLanguageMenu"_s);
    m_secondLanguageMenu->menuAction()->setObjectName(u"actionRoomSecondLanguageMenu"_s);
    m_translationsAction = addAction("actionRoomTranslations", QKeySequence());
    m_menu->addAction(m_translationsAction);
    m_glossaryAction = addAction("actionGlossary", QKeySequence());
    m_menu->addAction(m_glossaryAction);
    m_showTermAction = addAction("actionShowTerm", QKeySequence(Qt::CTRL | Qt::Key_G));
    m_menu->addAction(m_showTermAction);
    connect(m_glossaryAction, &QAction::triggered, this, [this] {
        if (m_session) {
            GlossaryDialog dialog(m_session, m_undo, m_console);
            dialog.exec();
        }
    });
    connect(m_showTermAction, &QAction::triggered, this, &RoomControl::showTerm);
    m_menu->addMenu(m_captions->menu());
    connect(m_captions, &CaptionControl::actionFailed, this, &RoomControl::actionFailed);
    connect(m_translationsAction, &QAction::triggered, this, [this] {
        if (m_session) {
            TranslationsDialog dialog(m_session, m_undo, m_console);
            dialog.exec();
        }
    });

    connect(m_showAction, &QAction::toggled, this, &RoomControl::showDisplay);
    connect(m_autoAction, &QAction::triggered, this, [this] {
        if (m_session) {
            run(m_session->execute(core::commands::UnpinScene{}));
        }
    });
    connect(m_blankAction, &QAction::triggered, this, [this] {
        if (m_session) {
            run(m_session->execute(core::commands::BlankDisplay{!m_session->state().display().isBlank()}));
        }
    });
    connect(m_messageAction, &QAction::triggered, this, [this] {
        if (!m_session) {
            return;
        }
        bool ok = false;
        const QString text = QInputDialog::getText(m_console,
                                                   tr("Message to the room"),
                                                   tr("Message:"),
                                                   QLineEdit::Normal,
                                                   m_session->state().display().message(),
                                                   &ok);
        if (ok && !text.trimmed().isEmpty()) {
            run(m_session->execute(core::commands::ShowMessage{text}));
        }
    });
    connect(m_addMediaAction, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            m_console,
            tr("Add media"),
            QString(),
            tr("Images, slides and video (*.png *.jpg *.jpeg *.svg *.pdf *.mp4 *.webm *.mkv *.ogv);;All files (*)"));
        if (path.isEmpty()) {
            return;
        }
        if (auto ok = addAndShowMedia(path); !ok) {
            showPlainMessage(m_console, tr("Add media"), core::errorMessage(ok.error()));
        }
    });
    connect(m_nextPageAction, &QAction::triggered, this, [this] { turnPage(+1); });
    connect(m_previousPageAction, &QAction::triggered, this, [this] { turnPage(-1); });
    connect(m_videoAction, &QAction::triggered, this, [this] {
        if (m_session && shownVideo() > 0) {
            setVideoPlayback(!m_session->state().display().isPlaying(), m_renderer->videoPositionMs());
        }
    });
    connect(m_videoBackAction, &QAction::triggered, this, [this] {
        if (m_session && shownVideo() > 0) {
            setVideoPlayback(m_session->state().display().isPlaying(), m_renderer->videoPositionMs() - 10'000);
        }
    });
    connect(m_videoForwardAction, &QAction::triggered, this, [this] {
        if (m_session && shownVideo() > 0) {
            setVideoPlayback(m_session->state().display().isPlaying(), m_renderer->videoPositionMs() + 10'000);
        }
    });
    connect(m_volumeUpAction, &QAction::triggered, this, [this] { changeVideoVolume(+10); });
    connect(m_volumeDownAction, &QAction::triggered, this, [this] { changeVideoVolume(-10); });
    connect(m_muteVideoAction, &QAction::triggered, this, [this] {
        if (m_session) {
            const core::DisplayState &display = m_session->state().display();
            run(m_session->execute(core::commands::SetVideoVolume{display.volume(), !display.isMuted()}));
        }
        updateVideoActions(); // checked as the session says, also when refused
    });
    connect(m_addSubtitlesAction, &QAction::triggered, this, &RoomControl::addSubtitlesFromFile);
    connect(m_takeawayAction, &QAction::triggered, this, [this] {
        if (!m_session) {
            return;
        }
        // The takeaway with its translation for the room (TakeawayDialog approves on OK and shows a refusal).
        TakeawayDialog dialog(m_session, m_console);
        dialog.exec();
    });
    connect(m_withdrawTakeawayAction, &QAction::triggered, this, [this] {
        // Asked even when there is only one: withdrawing takes it off the room display at once.
        const int id =
            chooseTakeaway(tr("Withdraw a key takeaway"), tr("The key takeaway to take off the room display:"), true);
        if (id > 0) {
            run(m_session->execute(core::commands::WithdrawTakeaway{id}));
        }
    });
    connect(m_editTakeawayAction, &QAction::triggered, this, [this] {
        const int id = chooseTakeaway(tr("Edit a key takeaway"), tr("The key takeaway to reword:"), false);
        const core::Takeaway *takeaway = id > 0 ? m_session->state().display().takeaway(id) : nullptr;
        if (!takeaway) {
            return;
        }
        const QString current = takeaway->text; // copied: the list may change while the dialog is open
        bool ok = false;
        const QString text = QInputDialog::getMultiLineText(
            m_console, tr("Edit a key takeaway"), tr("Key takeaway, as the room will read it:"), current, &ok);
        if (ok && !text.trimmed().isEmpty()) {
            run(m_session->execute(core::commands::EditTakeaway{id, text}));
        }
    });
    connect(m_commentTakeawayAction, &QAction::triggered, this, &RoomControl::recordTakeawayComment);
    connect(m_renderer, &RoomRenderer::changed, this, &RoomControl::repaint);
    connect(qGuiApp, &QGuiApplication::screenAdded, this, &RoomControl::rebuildScreensMenu);
    connect(qGuiApp, &QGuiApplication::screenRemoved, this, [this] {
        // After the window's own fallback has run.
        QMetaObject::invokeMethod(this, &RoomControl::rebuildScreensMenu, Qt::QueuedConnection);
    });
    retranslateUi();
}

RoomControl::~RoomControl() = default;

QAction *RoomControl::addAction(const char *objectName, const QKeySequence &key)
{
    auto *action = new QAction(m_console);
    action->setObjectName(QString::fromLatin1(objectName));
    action->setShortcut(key);
    action->setShortcutContext(Qt::WindowShortcut);
    m_console->addAction(action);
    return action;
}

void RoomControl::setSession(core::Session *session, SessionUndo *undo)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
    }
    Q_ASSERT(!undo || undo->session() == session);
    m_session = session;
    m_undo = undo;
    if (session && !session->isReplica()) {
        m_renderer->setLocalLanguage(QString()); // a display's own language is a joined device's
    }
    m_renderer->setSession(session);
    m_captions->setSession(session);
    if (m_session) {
        connect(m_session, &core::Session::ticked, this, &RoomControl::repaint);
        // Time is up for the turn, or for the item while nobody holds the floor: the room flashes too.
        connect(m_session, &core::Session::turnPhaseChanged, this, [this](core::Phase phase) {
            if (phase == core::Phase::Overtime) {
                m_renderer->flash();
            }
        });
        connect(m_session, &core::Session::phaseChanged, this, [this](int, core::Phase phase) {
            if (phase == core::Phase::Overtime && m_session && !m_session->state().floor().currentTurn()) {
                m_renderer->flash();
            }
        });
        connect(m_session, &core::Session::changed, this, [this](core::Areas areas) {
            if (areas & core::Area::Room) {
                m_blankAction->setChecked(m_session && m_session->state().display().isBlank());
                updateVideoActions();
                rebuildMediaMenu();
                rebuildLanguageMenu();
            }
            // What the room sees: its own display, the agenda and the clock, the floor and the chair, and
            // the session's title and the speakers' names. Notes, questions and the report stay in the console.
            if (areas
                & (core::Area::Room | core::Area::Clock | core::Area::Agenda | core::Area::Floor | core::Area::Chair
                   | core::Area::Details | core::Area::People)) {
                repaint();
            }
        });
    }
    m_blankAction->setChecked(m_session && m_session->state().display().isBlank());
    rebuildMediaMenu();
    rebuildLanguageMenu();
    allowByRole();
    updateVideoActions();
    repaint();
}

void RoomControl::allowByRole()
{
    // Showing the display, choosing its screen and playing a video stay with every role: they act on this
    // device only. The rest changes the room display of the session.
    allowIf(m_autoAction, m_session, core::commands::UnpinScene{}, true);
    for (const auto &[scene, action] : std::as_const(m_sceneActions)) {
        allowIf(action, m_session, core::commands::PinScene{}, true);
    }
    allowIf(m_blankAction, m_session, core::commands::BlankDisplay{}, true);
    allowIf(m_messageAction, m_session, core::commands::ShowMessage{}, true);
    allowIf(m_addMediaAction, m_session, core::commands::AddMedia{}, true);
    allowIf(m_nextPageAction, m_session, core::commands::SetMediaPage{}, true);
    allowIf(m_previousPageAction, m_session, core::commands::SetMediaPage{}, true);
    allowIf(m_takeawayAction, m_session, core::commands::ApproveTakeaway{}, true);
    allowIf(m_withdrawTakeawayAction, m_session, core::commands::WithdrawTakeaway{}, true);
    allowIf(m_editTakeawayAction, m_session, core::commands::EditTakeaway{}, true);
    allowIf(m_commentTakeawayAction, m_session, core::commands::CommentOnTakeaway{}, true);
    allowIf(m_volumeUpAction, m_session, core::commands::SetVideoVolume{}, true);
    allowIf(m_volumeDownAction, m_session, core::commands::SetVideoVolume{}, true);
    allowIf(m_muteVideoAction, m_session, core::commands::SetVideoVolume{}, true);
    allowIf(m_translationsAction, m_session, core::commands::TranslateContent{}, true);
    allowIf(m_glossaryAction, m_session, core::commands::SetGlossaryTerm{}, true);
    allowIf(m_showTermAction, m_session, core::commands::ShowGlossaryTerm{}, true);
}

int RoomControl::chooseTakeaway(const QString &title, const QString &label, bool alwaysAsk)
{
    if (!m_session) {
        return 0;
    }
    // Copied: another device may change the list while the question is open.
    const QList<core::Takeaway> takeaways = m_session->state().display().takeaways();
    if (takeaways.isEmpty()) {
        showPlainMessage(
            m_console, title, tr("No key takeaway has been approved for the room."), QMessageBox::Information);
        return 0;
    }
    if (takeaways.size() == 1 && !alwaysAsk) {
        return takeaways.constFirst().id;
    }
    QStringList texts;
    for (const core::Takeaway &takeaway : takeaways) {
        texts.append(takeaway.text);
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(m_console, title, label, texts, 0, false, &ok);
    const qsizetype at = texts.indexOf(chosen);
    return ok && at >= 0 ? takeaways.at(at).id : 0;
}

void RoomControl::recordTakeawayComment()
{
    if (!m_session) {
        return;
    }
    const QList<core::Takeaway> &takeaways = m_session->state().display().takeaways();
    if (takeaways.isEmpty()) {
        showPlainMessage(m_console,
                         tr("Record a comment from the room"),
                         tr("No key takeaway has been approved for the room."),
                         QMessageBox::Information);
        return;
    }
    QDialog dialog(m_console);
    dialog.setObjectName(u"takeawayCommentDialog"_s);
    dialog.setWindowTitle(tr("Record a comment from the room"));
    auto *takeawayBox = new QComboBox(&dialog);
    takeawayBox->setObjectName(u"commentTakeawayCombo"_s);
    for (const core::Takeaway &takeaway : takeaways) {
        takeawayBox->addItem(takeaway.text, takeaway.id);
    }
    // The one on the room display now, when the takeaways scene shows.
    takeawayBox->setCurrentIndex(int(takeaways.size()) - 1);
    auto *whoBox = new QComboBox(&dialog);
    whoBox->setObjectName(u"commentSpeakerCombo"_s);
    whoBox->addItem(tr("Someone in the room (not named)"), 0);
    for (const core::Participant &participant : m_session->state().floor().participants()) {
        whoBox->addItem(participant.stakeholderGroup.isEmpty()
                            ? participant.name
                            : tr("%1 (%2)").arg(participant.name,
                                                core::Vocabulary::displayName(core::Vocabulary::Kind::StakeholderGroup,
                                                                              participant.stakeholderGroup)),
                        participant.id);
    }
    const int holder =
        m_session->state().floor().currentTurn() ? m_session->state().floor().currentTurn()->participantId : 0;
    if (const int at = whoBox->findData(holder); holder > 0 && at >= 0) {
        whoBox->setCurrentIndex(at);
    }
    auto *textEdit = new QPlainTextEdit(&dialog);
    textEdit->setObjectName(u"commentTextEdit"_s);
    textEdit->setTabChangesFocus(true);
    textEdit->setPlaceholderText(tr("What was said about it, for the report"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Key takeaway:"), takeawayBox);
    form->addRow(tr("&Who:"), whoBox);
    form->addRow(tr("&Comment:"), textEdit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    connect(textEdit, &QPlainTextEdit::textChanged, &dialog, [textEdit, buttons] {
        buttons->button(QDialogButtonBox::Save)->setEnabled(!textEdit->toPlainText().trimmed().isEmpty());
    });
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    dialog.resize(560, 280);
    if (dialog.exec() != QDialog::Accepted || !m_session) {
        return;
    }
    run(m_session->execute(core::commands::CommentOnTakeaway{
        takeawayBox->currentData().toInt(), textEdit->toPlainText(), whoBox->currentData().toInt()}));
}

void RoomControl::run(const core::Result<void> &result)
{
    if (!result) {
        emit actionFailed(core::errorMessage(result.error()));
    }
}

void RoomControl::run(const core::Result<int> &result)
{
    if (!result) {
        emit actionFailed(core::errorMessage(result.error()));
    }
}

void RoomControl::setRoomLanguage(const QString &language)
{
    if (!m_session) {
        return;
    }
    if (m_session->isReplica() && !m_session->mayIssue(core::commands::SetRoomLanguage{})) {
        // A joined display (a remote hub's projector) speaks its own room's language; the host's stays.
        m_renderer->setLocalLanguage(language);
        rebuildLanguageMenu();
        return;
    }
    const core::commands::SetRoomLanguage command{language};
    const core::Result<int> done =
        m_undo ? m_undo->change(tr("Change the room's language"), command) : m_session->execute(command);
    run(done ? core::Result<void>() : core::Result<void>(done.error()));
}

void RoomControl::repaint()
{
    m_preview->update();
    if (m_window->isVisible()) {
        m_window->update();
    }
}

void RoomControl::pin(core::Scene scene)
{
    if (!m_session) {
        return;
    }
    if (scene == core::Scene::Message && m_session->state().display().message().isEmpty()) {
        m_messageAction->trigger();
        return;
    }
    run(m_session->execute(core::commands::PinScene{core::sceneKey(scene)}));
}

bool RoomControl::turnPage(int delta)
{
    if (!m_session || m_renderer->scene() != core::Scene::Media) {
        return false;
    }
    if (shownVideo() > 0) {
        // A clicker has two keys: next plays or pauses, previous goes back a little to hear it again.
        const bool playing = m_session->state().display().isPlaying();
        if (delta > 0) {
            setVideoPlayback(!playing, m_renderer->videoPositionMs());
        } else {
            setVideoPlayback(playing, m_renderer->videoPositionMs() - 10'000);
        }
        return true;
    }
    const int pages = m_renderer->pageCount();
    if (pages <= 0) {
        return false;
    }
    const int page = m_session->state().display().page() + delta;
    if (page < 0 || page >= pages) {
        return true; // the first or last page: stay, and do not move the agenda by surprise
    }
    run(m_session->execute(core::commands::SetMediaPage{page}));
    return true;
}

core::Result<void> RoomControl::addAndShowMedia(const QString &path)
{
    if (!m_session) {
        return core::Error{core::ErrorCode::InvalidState, tr("no session is open")};
    }
    auto id = m_session->execute(core::commands::AddMedia{path});
    if (!id) {
        return id.error();
    }
    const core::MediaItem *item = m_session->state().display().mediaItem(id.value());
    if (item && item->kind == core::MediaKind::Video) {
        QStringList problems;
        for (const QString &subtitles : core::Subtitles::besideVideo(path)) {
            if (auto added = m_session->execute(core::commands::AddSubtitles{id.value(), subtitles, QString()});
                !added) {
                problems.append(core::errorMessage(added.error()));
            }
        }
        if (!problems.isEmpty()) {
            emit actionFailed(problems.join(u'\n'));
        }
    }
    if (auto shown = m_session->execute(core::commands::ShowMedia{id.value()}); !shown) {
        return shown.error();
    }
    return {};
}

int RoomControl::shownVideo() const
{
    if (!m_session) {
        return 0;
    }
    const core::DisplayState &display = m_session->state().display();
    const core::MediaItem *item = display.mediaItem(display.mediaId());
    return item && item->kind == core::MediaKind::Video ? item->id : 0;
}

void RoomControl::setVideoPlayback(bool playing, qint64 positionMs)
{
    if (!m_session) {
        return;
    }
    const qint64 duration = m_renderer->videoDurationMs();
    qint64 position = std::max<qint64>(0, positionMs);
    if (duration > 0) {
        position = std::min(position, duration);
    }
    run(m_session->execute(core::commands::SetVideoPlayback{playing, position}));
}

void RoomControl::changeVideoVolume(int delta)
{
    if (!m_session) {
        return;
    }
    const int volume = std::clamp(m_session->state().display().volume() + delta, 0, 100);
    // Turning it up brings the sound back; turning it down keeps a mute.
    const bool muted = delta > 0 ? false : m_session->state().display().isMuted();
    run(m_session->execute(core::commands::SetVideoVolume{volume, muted}));
}

void RoomControl::updateVideoActions()
{
    const bool video = shownVideo() > 0;
    allowIf(m_videoAction, m_session, core::commands::SetVideoPlayback{}, video);
    allowIf(m_videoBackAction, m_session, core::commands::SetVideoPlayback{}, video);
    allowIf(m_videoForwardAction, m_session, core::commands::SetVideoPlayback{}, video);
    bool hasVideos = false;
    if (m_session) {
        for (const core::MediaItem &item : m_session->state().display().media()) {
            hasVideos = hasVideos || item.kind == core::MediaKind::Video;
        }
    }
    allowIf(m_addSubtitlesAction, m_session, core::commands::AddSubtitles{}, hasVideos);
    const int volume = m_session ? m_session->state().display().volume() : 100;
    m_muteVideoAction->setChecked(m_session && m_session->state().display().isMuted());
    //: %1 is the video's volume, like "70 %"
    m_muteVideoAction->setText(
        tr("&Mute the video's sound (volume %1)").arg(QLocale().toString(volume) + u'\u00A0' + QLocale().percent()));
}

void RoomControl::addSubtitlesFromFile()
{
    if (!m_session) {
        return;
    }
    int video = shownVideo();
    if (video == 0) {
        QList<core::MediaItem> videos;
        QStringList names;
        for (const core::MediaItem &item : m_session->state().display().media()) {
            if (item.kind == core::MediaKind::Video) {
                videos.append(item);
                names.append(item.name);
            }
        }
        if (videos.isEmpty()) {
            return;
        }
        bool ok = false;
        const QString chosen = QInputDialog::getItem(
            m_console, tr("Add subtitles"), tr("The video the subtitles belong to:"), names, 0, false, &ok);
        const qsizetype at = names.indexOf(chosen);
        if (!ok || at < 0) {
            return;
        }
        video = videos.at(at).id;
    }
    const QString path = QFileDialog::getOpenFileName(
        m_console, tr("Add subtitles"), QString(), tr("Subtitles (*.srt *.vtt);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    QString language = core::Subtitles::languageFromFileName(QFileInfo(path).fileName());
    if (language.isEmpty()) {
        bool ok = false;
        language = QInputDialog::getText(m_console,
                                         tr("Add subtitles"),
                                         tr("The subtitles' language, as a code (en, fr, es, zh_CN; empty: not said):"),
                                         QLineEdit::Normal,
                                         QString(),
                                         &ok)
                       .trimmed();
        if (!ok) {
            return;
        }
    }
    if (auto added = m_session->execute(core::commands::AddSubtitles{video, path, language}); !added) {
        showPlainMessage(m_console, tr("Add subtitles"), core::errorMessage(added.error()));
    }
}

void RoomControl::showDisplay(bool show)
{
    if (m_showAction->isChecked() != show) {
        m_showAction->setChecked(show); // comes back here through toggled()
        return;
    }
    if (!show) {
        m_window->hide();
        return;
    }
    // A second screen if there is one, else a window to share.
    QScreen *console = m_console->screen();
    QScreen *target = nullptr;
    for (QScreen *screen : QGuiApplication::screens()) {
        if (screen != console) {
            target = screen;
            break;
        }
    }
    m_window->showOn(target, console);
    rebuildScreensMenu();
}

void RoomControl::rebuildScreensMenu()
{
    m_screensMenu->clear();
    auto *group = new QActionGroup(m_screensMenu);
    QAction *windowed = m_screensMenu->addAction(tr("In a window (to share online)"));
    windowed->setCheckable(true);
    windowed->setChecked(!m_window->isOnItsOwnScreen());
    group->addAction(windowed);
    connect(windowed, &QAction::triggered, this, [this] {
        m_showAction->setChecked(true);
        m_window->showOn(nullptr, m_console->screen());
    });
    for (QScreen *screen : QGuiApplication::screens()) {
        const QRect geometry = screen->geometry();
        QAction *action = m_screensMenu->addAction(
            tr("Full screen on %1 (%2×%3)").arg(screen->name()).arg(geometry.width()).arg(geometry.height()));
        action->setCheckable(true);
        action->setChecked(m_window->isOnItsOwnScreen() && m_window->targetScreen() == screen);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, screen] {
            m_showAction->setChecked(true);
            m_window->showOn(screen, nullptr);
        });
    }
}

void RoomControl::rebuildMediaMenu()
{
    m_mediaMenu->clear();
    const QList<core::MediaItem> media = m_session ? m_session->state().display().media() : QList<core::MediaItem>();
    for (const core::MediaItem &item : media) {
        if (item.kind == core::MediaKind::Subtitles) {
            continue; // shown with their video
        }
        QAction *action = m_mediaMenu->addAction(item.name);
        const int id = item.id;
        connect(action, &QAction::triggered, this, [this, id] {
            if (m_session) {
                run(m_session->execute(core::commands::ShowMedia{id}));
            }
        });
    }
    allowIf(m_mediaMenu->menuAction(), m_session, core::commands::ShowMedia{}, !media.isEmpty());
}

void RoomControl::rebuildLanguageMenu()
{
    m_languageMenu->clear();
    // A joined device whose role may not change the room's language chooses its own display's.
    const bool local = m_session && m_session->isReplica() && !m_session->mayIssue(core::commands::SetRoomLanguage{});
    const QString current = local       ? m_renderer->localLanguage()
                            : m_session ? m_session->state().display().language()
                                        : QString();
    auto *group = new QActionGroup(m_languageMenu);
    QAction *same = m_languageMenu->addAction(tr("As the console"));
    same->setCheckable(true);
    same->setChecked(current.isEmpty());
    group->addAction(same);
    connect(same, &QAction::triggered, this, [this] { setRoomLanguage(QString()); });
    for (const QString &code : LanguageManager::availableLanguages()) {
        QAction *action = m_languageMenu->addAction(QLocale(code).nativeLanguageName());
        action->setObjectName(u"actionRoomLanguage_"_s + code);
        action->setCheckable(true);
        action->setChecked(current == code);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { setRoomLanguage(code); });
    }
    if (local) {
        m_languageMenu->menuAction()->setEnabled(true);
        m_languageMenu->menuAction()->setToolTip(tr("The language of this computer's room display only"));
    } else {
        allowIf(m_languageMenu->menuAction(), m_session, core::commands::SetRoomLanguage{}, m_session != nullptr);
    }

    // The second language: shown smaller with the first, for the room's non-native speakers.
    m_secondLanguageMenu->clear();
    const QString second = m_session ? m_session->state().display().secondLanguage() : QString();
    auto *secondGroup = new QActionGroup(m_secondLanguageMenu);
    QAction *none = m_secondLanguageMenu->addAction(tr("None"));
    none->setObjectName(u"actionRoomSecondLanguage_none"_s);
    none->setCheckable(true);
    none->setChecked(second.isEmpty());
    secondGroup->addAction(none);
    connect(none, &QAction::triggered, this, [this] { setRoomSecondLanguage(QString()); });
    for (const QString &code : LanguageManager::availableLanguages()) {
        QAction *action = m_secondLanguageMenu->addAction(QLocale(code).nativeLanguageName());
        action->setObjectName(u"actionRoomSecondLanguage_"_s + code);
        action->setCheckable(true);
        action->setChecked(second == code);
        secondGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { setRoomSecondLanguage(code); });
    }
    allowIf(
        m_secondLanguageMenu->menuAction(), m_session, core::commands::SetRoomSecondLanguage{}, m_session != nullptr);
}

void RoomControl::showTerm()
{
    if (!m_session) {
        return;
    }
    const core::DisplayState &display = m_session->state().display();
    // A term shown: the key takes it away again. Else choose the term the speaker just used.
    if (display.shownTerm() != 0) {
        run(m_session->execute(core::commands::ShowGlossaryTerm{0}));
        return;
    }
    if (display.glossary().isEmpty()) {
        emit actionFailed(tr("The glossary is empty: add key terms with Room display › Glossary first."));
        return;
    }
    QStringList terms;
    for (const core::GlossaryTerm &term : display.glossary()) {
        terms.append(term.term);
    }
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(m_console, tr("Show a glossary term"), tr("Term the speaker used:"), terms, 0, true, &ok);
    if (!ok) {
        return;
    }
    const qsizetype index = terms.indexOf(chosen);
    if (index < 0) {
        emit actionFailed(tr("\"%1\" is not in the glossary.").arg(chosen.left(80)));
        return;
    }
    run(m_session->execute(core::commands::ShowGlossaryTerm{display.glossary().at(index).id}));
}

void RoomControl::setRoomSecondLanguage(const QString &language)
{
    if (!m_session) {
        return;
    }
    const core::commands::SetRoomSecondLanguage command{language};
    const core::Result<int> done =
        m_undo ? m_undo->change(tr("Change the room's second language"), command) : m_session->execute(command);
    run(done ? core::Result<void>() : core::Result<void>(done.error()));
}

void RoomControl::retranslateUi()
{
    m_menu->setTitle(tr("&Room display"));
    m_captions->retranslateUi();
    m_showAction->setText(tr("&Show the room display"));
    m_screensMenu->setTitle(tr("Show &on"));
    m_autoAction->setText(tr("Follow the session (&automatic scene)"));
    for (const auto &[scene, action] : std::as_const(m_sceneActions)) {
        switch (scene) {
        case core::Scene::Agenda:
            action->setText(tr("Scene: a&genda"));
            break;
        case core::Scene::Speaker:
            action->setText(tr("Scene: s&peaker"));
            break;
        case core::Scene::Chair:
            action->setText(tr("Scene: empty &chair"));
            break;
        case core::Scene::Media:
            action->setText(tr("Scene: &media"));
            break;
        case core::Scene::Takeaways:
            action->setText(tr("Scene: key &takeaways"));
            break;
        case core::Scene::Message:
            action->setText(tr("Scene: m&essage"));
            break;
        case core::Scene::Join:
            action->setText(tr("Scene: &join from a phone"));
            break;
        case core::Scene::Groups:
            action->setText(tr("Scene: break-out &groups"));
            break;
        case core::Scene::Glossary:
            action->setText(tr("Scene: &key terms"));
            break;
        case core::Scene::Blank:
            break;
        }
    }
    m_blankAction->setText(tr("&Blank the room display"));
    m_messageAction->setText(tr("Show a message to the &room…"));
    m_addMediaAction->setText(tr("A&dd media…"));
    m_mediaMenu->setTitle(tr("Show media &file"));
    m_nextPageAction->setText(tr("Ne&xt page"));
    m_previousPageAction->setText(tr("Previo&us page"));
    m_videoAction->setText(tr("Play or pause the &video"));
    m_videoBackAction->setText(tr("Video: back 10 seconds"));
    m_videoForwardAction->setText(tr("Video: forward 10 seconds"));
    m_volumeUpAction->setText(tr("Video: sound louder"));
    m_volumeDownAction->setText(tr("Video: sound softer"));
    m_addSubtitlesAction->setText(tr("Add su&btitles to a video…"));
    updateVideoActions();
    m_takeawayAction->setText(tr("Approve a &key takeaway…"));
    m_withdrawTakeawayAction->setText(tr("&Withdraw a key takeaway…"));
    m_editTakeawayAction->setText(tr("Ed&it a key takeaway…"));
    m_commentTakeawayAction->setText(tr("Record a comment from t&he room…"));
    m_languageMenu->setTitle(tr("Room &language"));
    m_secondLanguageMenu->setTitle(tr("Second lan&guage"));
    m_translationsAction->setText(tr("Tra&nslations for the room…"));
    m_glossaryAction->setText(tr("G&lossary…"));
    m_showTermAction->setText(tr("Show or hide a glossary &term…"));
    rebuildScreensMenu();
    rebuildLanguageMenu();
}

} // namespace ui
