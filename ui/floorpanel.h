// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/event.h"

#include <QPointer>
#include <QWidget>

class QAction;

namespace core {
class Session;
} // namespace core

namespace ui {

class CountdownWidget;
class EmptyChairView;
class FloorHolderView;
class FloorPart;
class RotationView;
class SpeakerQueueView;

/**
 * The floor in the console, in four parts, top to bottom: who holds it and their turn's countdown, the
 * speaker the agenda offers next (FloorHolderView); the queue of requests to speak with its order policy
 * (SpeakerQueueView); the empty chair with its invitation, occupant and remote claims (EmptyChairView);
 * the speaking order of the invited speakers (RotationView).
 * Each part refreshes only when an event changed what it shows, and on a tick only what time changes.
 * Every control is also an action with a shortcut; see floorActions().
 */
class FloorPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit FloorPanel(QWidget *parent = nullptr);
    ~FloorPanel() override;

    void setSession(core::Session *session);
    /// Every part, from the session as it is.
    void refresh();
    /// Only what time changes: the turn's countdown.
    void refreshLive();

    /// The panel's actions, for the Floor menu: offer, end turn, next from queue, request, chair, accept claim.
    [[nodiscard]] QList<QAction *> floorActions() const;

    [[nodiscard]] CountdownWidget *turnCountdown() const;

    /// The parts, top to bottom.
    [[nodiscard]] QList<FloorPart *> parts() const;

signals:
    void actionFailed(const QString &message);

private:
    /// Refreshes the parts that show one of these areas.
    void refreshAreas(core::Areas areas);

    QPointer<core::Session> m_session;
    FloorHolderView *m_holder;
    SpeakerQueueView *m_queue;
    EmptyChairView *m_chair;
    RotationView *m_rotation;
};

} // namespace ui
