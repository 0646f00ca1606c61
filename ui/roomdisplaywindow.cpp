// SPDX-License-Identifier: MIT
#include "ui/roomdisplaywindow.h"

#include "ui/roomrenderer.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QPainter>
#include <QScreen>

using namespace Qt::StringLiterals;

namespace ui {

RoomDisplayWindow::RoomDisplayWindow(RoomRenderer *renderer, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_renderer(renderer)
{
    setObjectName(u"roomDisplay"_s);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::NoFocus);
    setMinimumSize(320, 180);
    resize(960, 540);
    connect(qGuiApp, &QGuiApplication::screenRemoved, this, &RoomDisplayWindow::handleScreenRemoved);
}

void RoomDisplayWindow::showOn(QScreen *screen, QScreen *consoleScreen)
{
    m_target = screen;
    m_fullScreen = screen && screen != consoleScreen;
    if (m_fullScreen) {
        setScreen(screen);
        setGeometry(screen->geometry());
        showFullScreen();
    } else {
        QScreen *home = consoleScreen ? consoleScreen : QGuiApplication::primaryScreen();
        if (isFullScreen()) {
            showNormal();
        }
        if (home) {
            setScreen(home);
            const QRect available = home->availableGeometry();
            resize(std::min(960, available.width() / 2), std::min(540, available.height() / 2));
        }
        show();
    }
    update();
}

void RoomDisplayWindow::handleScreenRemoved(QScreen *screen)
{
    if (!screen || screen != m_target) {
        return;
    }
    m_target = nullptr;
    m_fullScreen = false;
    if (isVisible()) {
        showNormal();
        if (QScreen *primary = QGuiApplication::primaryScreen(); primary && primary != screen) {
            setScreen(primary);
            move(primary->availableGeometry().topLeft() + QPoint(40, 40));
        }
        resize(960, 540);
        show();
    }
}

void RoomDisplayWindow::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    m_renderer->paint(painter, rect());
}

void RoomDisplayWindow::keyPressEvent(QKeyEvent *event)
{
    // Keys pressed while the room window has focus belong to the console.
    if (parentWidget()) {
        QCoreApplication::sendEvent(parentWidget()->window(), event);
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace ui
