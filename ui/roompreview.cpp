// SPDX-License-Identifier: MIT
#include "ui/roompreview.h"

#include "ui/roomrenderer.h"

#include <QPainter>

using namespace Qt::StringLiterals;

namespace ui {

RoomPreview::RoomPreview(RoomRenderer *renderer, QWidget *parent)
    : QWidget(parent)
    , m_renderer(renderer)
{
    setObjectName(u"roomPreview"_s);
    setMinimumSize(192, 108);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void RoomPreview::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    m_renderer->paint(painter, rect());
}

} // namespace ui
