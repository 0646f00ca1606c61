// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/result.h"
#include "core/room/displaystate.h"

#include <QObject>
#include <QPointer>

class QAction;
class QActionGroup;
class QMenu;
class QWidget;

namespace core {
class Session;
}

namespace ui {

class CaptionControl;
class RoomDisplayWindow;
class RoomPreview;
class RoomRenderer;
class SessionUndo;

/**
 * The console's control of the room display: the renderer, the projector window, the preview,
 * and the Room display menu (scenes with their shortcuts, blank, message, media library, pages,
 * video, takeaways, screen and language). Owned by the main window.
 */
class RoomControl final : public QObject
{
    Q_OBJECT

public:
    explicit RoomControl(QWidget *console);
    ~RoomControl() override;

    /// The session, and its undo stack for the room's language (without one, the change has no undo step).
    void setSession(core::Session *session, SessionUndo *undo = nullptr);

    [[nodiscard]] QMenu *menu() const { return m_menu; }

    [[nodiscard]] RoomPreview *preview() const { return m_preview; }

    [[nodiscard]] RoomRenderer *renderer() const { return m_renderer; }

    [[nodiscard]] RoomDisplayWindow *window() const { return m_window; }

    /// The captions: their menu (in the Room display menu), the field to type them and the followed file.
    [[nodiscard]] CaptionControl *captions() const { return m_captions; }

    /// The clicker's next/previous: turns the page when a PDF is on the room display; with a video, next plays
    /// or pauses it and previous goes back ten seconds; else returns false.
    bool turnPage(int delta);

    /// Adds a file to the session's media and shows it; the error, if any, as a translated message. A video takes
    /// the subtitle files beside it along ("talk.mp4": "talk.srt", "talk.fr.vtt"); one that cannot be read is
    /// reported through actionFailed() and the video shows all the same.
    [[nodiscard]] core::Result<void> addAndShowMedia(const QString &path);

    /// The video on the room display (its media id), or 0.
    [[nodiscard]] int shownVideo() const;

    void showDisplay(bool show);
    void retranslateUi();

signals:
    void actionFailed(const QString &message);

private:
    void run(const core::Result<void> &result);
    void run(const core::Result<int> &result);
    /// The id of an approved takeaway the user chooses (the only one without asking, unless `alwaysAsk`); 0 when
    /// there is none or the user cancels.
    int chooseTakeaway(const QString &title, const QString &label, bool alwaysAsk);
    /// Asks which takeaway, who and what, and records a comment from the room on it.
    void recordTakeawayComment();
    void setRoomLanguage(const QString &language);
    /// Records the shown video's playback: playing or not, from a position (clamped to the video).
    void setVideoPlayback(bool playing, qint64 positionMs);
    void changeVideoVolume(int delta);
    /// Asks for a subtitle file (and its language when its name does not say) for the shown or a chosen video.
    void addSubtitlesFromFile();
    void updateVideoActions();
    void setRoomSecondLanguage(const QString &language);
    void showTerm();
    void rebuildScreensMenu();
    void rebuildMediaMenu();
    void rebuildLanguageMenu();
    void repaint();
    void pin(core::Scene scene);
    /// Disables the actions whose command the session's role may not issue, saying why.
    void allowByRole();
    QAction *addAction(const char *objectName, const QKeySequence &key);

    QWidget *m_console;
    QPointer<core::Session> m_session;
    QPointer<SessionUndo> m_undo;
    RoomRenderer *m_renderer;
    RoomDisplayWindow *m_window;
    RoomPreview *m_preview;
    CaptionControl *m_captions;

    QMenu *m_menu;
    QMenu *m_screensMenu;
    QMenu *m_mediaMenu;
    QMenu *m_languageMenu;
    QMenu *m_secondLanguageMenu;
    QAction *m_showAction;
    QAction *m_autoAction;
    QList<std::pair<core::Scene, QAction *>> m_sceneActions;
    QAction *m_blankAction;
    QAction *m_messageAction;
    QAction *m_addMediaAction;
    QAction *m_nextPageAction;
    QAction *m_previousPageAction;
    QAction *m_videoAction;
    QAction *m_videoBackAction;
    QAction *m_videoForwardAction;
    QAction *m_volumeUpAction;
    QAction *m_volumeDownAction;
    QAction *m_muteVideoAction;
    QAction *m_addSubtitlesAction;
    QAction *m_takeawayAction;
    QAction *m_withdrawTakeawayAction;
    QAction *m_editTakeawayAction;
    QAction *m_commentTakeawayAction;
    QAction *m_translationsAction;
    QAction *m_glossaryAction;
    QAction *m_showTermAction;
};

} // namespace ui
