// SPDX-License-Identifier: MIT
#include "ui/floorpanel.h"

#include "core/session/session.h"
#include "ui/countdownwidget.h"
#include "ui/emptychairview.h"
#include "ui/floorholderview.h"
#include "ui/rotationview.h"
#include "ui/speakerqueueview.h"

#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ui {

FloorPanel::FloorPanel(QWidget *parent)
    : QWidget(parent)
    , m_holder(new FloorHolderView(this))
    , m_queue(new SpeakerQueueView(this))
    , m_chair(new EmptyChairView(this))
    , m_rotation(new RotationView(this))
{
    setObjectName(u"floorPanel"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_holder);
    layout->addWidget(m_queue, 1);
    layout->addWidget(m_chair);
    layout->addWidget(m_rotation);
    for (FloorPart *part : parts()) {
        connect(part, &FloorPart::actionFailed, this, &FloorPanel::actionFailed);
    }
}

FloorPanel::~FloorPanel() = default;

QList<FloorPart *> FloorPanel::parts() const
{
    return {m_holder, m_queue, m_chair, m_rotation};
}

QList<QAction *> FloorPanel::floorActions() const
{
    return m_holder->actions() + m_queue->actions() + m_chair->actions();
}

CountdownWidget *FloorPanel::turnCountdown() const
{
    return m_holder->turnCountdown();
}

void FloorPanel::setSession(core::Session *session)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
    }
    m_session = session;
    if (m_session) {
        connect(m_session, &core::Session::changed, this, &FloorPanel::refreshAreas);
        connect(m_session, &core::Session::ticked, this, &FloorPanel::refreshLive);
        connect(m_session, &core::Session::turnPhaseChanged, this, [this](core::Phase phase) {
            if (phase == core::Phase::Overtime) {
                m_holder->turnCountdown()->flash();
            }
        });
    }
    for (FloorPart *part : parts()) {
        part->setSession(session);
    }
}

void FloorPanel::refresh()
{
    for (FloorPart *part : parts()) {
        part->refresh();
    }
}

void FloorPanel::refreshAreas(core::Areas areas)
{
    for (FloorPart *part : parts()) {
        if (areas & part->areas()) {
            part->refresh();
        }
    }
}

void FloorPanel::refreshLive()
{
    for (FloorPart *part : parts()) {
        part->refreshLive();
    }
}

} // namespace ui
