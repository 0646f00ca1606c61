// SPDX-License-Identifier: MIT
#pragma once

#include "core/io/captionfeed.h"
#include "core/room/displaystate.h"

#include <QObject>
#include <QPointer>

class QAction;
class QActionGroup;
class QLabel;
class QLineEdit;
class QMenu;
class QWidget;

namespace core {
class Session;
}

namespace ui {

/**
 * The console's captions: the Captions menu of the room display (show or hide the caption strip, its
 * size, type caption lines, follow a caption file, stop following) and the small window where a
 * captioner types lines (Enter sends one). Each line, typed or read from the followed file, is sent as
 * the "caption" command, so a joined device's lines go through the host like any other command.
 */
class CaptionControl final : public QObject
{
    Q_OBJECT

public:
    explicit CaptionControl(QWidget *console, QObject *parent = nullptr);
    ~CaptionControl() override;

    void setSession(core::Session *session);

    [[nodiscard]] QMenu *menu() const { return m_menu; }

    /// The window with the caption line field (created hidden).
    [[nodiscard]] QWidget *panel() const { return m_panel; }

    [[nodiscard]] QLineEdit *lineEdit() const { return m_lineEdit; }

    [[nodiscard]] core::CaptionFeed *feed() const { return m_feed; }

    /// Follows a caption file from its current end (what it holds already is not sent again); the error,
    /// if any, as a translated message.
    [[nodiscard]] core::Result<void> followFile(const QString &path);
    void stopFollowing();

    /// Sends the line typed in the field (with its speaker, if one is typed) and clears the field.
    void sendTypedLine();

    void retranslateUi();

signals:
    void actionFailed(const QString &message);

private:
    void send(const QString &text, const QString &speaker);
    void setCaptions(bool shown, core::CaptionSize size);
    void refresh();

    QWidget *m_console;
    QPointer<core::Session> m_session;
    core::CaptionFeed *m_feed;
    QMenu *m_menu;
    QMenu *m_sizeMenu;
    QAction *m_showAction;
    QActionGroup *m_sizeGroup;
    QList<std::pair<core::CaptionSize, QAction *>> m_sizeActions;
    QAction *m_typeAction;
    QAction *m_followAction;
    QAction *m_stopAction;
    QWidget *m_panel;
    QLineEdit *m_lineEdit;
    QLineEdit *m_speakerEdit;
    QLabel *m_speakerLabel;
    QLabel *m_fileLabel;
};

} // namespace ui
