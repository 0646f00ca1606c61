// SPDX-License-Identifier: MIT
#pragma once

#include <QPointer>
#include <QScreen>
#include <QWidget>

namespace ui {

class RoomRenderer;

/**
 * The room display: a window that paints the renderer's scene, full screen on a second screen, or
 * a normal window (to share online) when there is one screen. When its screen is unplugged it
 * comes back as a window on the primary screen, so the display is never lost.
 */
class RoomDisplayWindow final : public QWidget
{
    Q_OBJECT

public:
    explicit RoomDisplayWindow(RoomRenderer *renderer, QWidget *parent = nullptr);

    /// Full screen on screen; nullptr (or the console's own screen) shows a normal window instead.
    void showOn(QScreen *screen, QScreen *consoleScreen);

    [[nodiscard]] QScreen *targetScreen() const { return m_target; }

    [[nodiscard]] bool isOnItsOwnScreen() const { return m_fullScreen; }

    /// The screen is gone: fall back to a window on the primary screen.
    void handleScreenRemoved(QScreen *screen);

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    RoomRenderer *m_renderer;
    QPointer<QScreen> m_target;
    bool m_fullScreen = false;
};

} // namespace ui
