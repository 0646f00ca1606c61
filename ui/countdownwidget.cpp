// SPDX-License-Identifier: MIT
#include "ui/countdownwidget.h"

#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

using namespace Qt::StringLiterals;

namespace ui {
namespace {
constexpr int FlashDurationMs = 1500;
constexpr int FlashPulses = 3;
} // namespace

CountdownWidget::CountdownWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"countdown"_s);
    setMinimumSize(240, 120);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_flashTimer.setInterval(40);
    connect(&m_flashTimer, &QTimer::timeout, this, [this] {
        if (m_flashClock.elapsed() >= FlashDurationMs) {
            m_flashTimer.stop();
        }
        update();
    });
}

QColor CountdownWidget::phaseColor(core::Phase phase)
{
    switch (phase) {
    case core::Phase::Normal:
        return QColor(0xE8, 0xF0, 0xE8);
    case core::Phase::Warning:
        return QColor(0xFF, 0xB3, 0x00); // amber
    case core::Phase::Overtime:
        return QColor(0xFF, 0x45, 0x3A); // red
    }
    return Qt::white;
}

void CountdownWidget::setTime(const QString &text, core::Phase phase, bool dimmed)
{
    if (text == m_text && phase == m_phase && dimmed == m_dimmed) {
        return;
    }
    m_text = text;
    m_phase = phase;
    m_dimmed = dimmed;
    setAccessibleName(text);
    update();
}

void CountdownWidget::flash()
{
    m_flashClock.start();
    m_flashTimer.start();
    update();
}

QSize CountdownWidget::sizeHint() const
{
    return {520, 220};
}

void CountdownWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QColor background(0x1B, 0x1F, 0x24);
    QColor foreground = phaseColor(m_phase);
    if (m_flashTimer.isActive()) {
        // Square pulses: alternate inverted and normal colours.
        const qint64 t = m_flashClock.elapsed();
        const bool on = (t * FlashPulses * 2 / FlashDurationMs) % 2 == 0;
        if (on) {
            std::swap(background, foreground);
        }
    }
    painter.fillRect(rect(), background);
    if (m_dimmed) {
        foreground.setAlphaF(0.55);
    }
    QFont font = this->font();
    font.setBold(true);
    font.setStyleHint(QFont::Monospace);
    // Scale the text to fill the widget with a margin, whatever the digits.
    const QString sample = m_text.isEmpty() ? u"0:00:00"_s : m_text;
    font.setPixelSize(100);
    const QFontMetricsF metrics(font);
    const QRectF bounds = metrics.boundingRect(sample);
    const double scale =
        std::min((width() * 0.86) / std::max(1.0, bounds.width()), (height() * 0.80) / std::max(1.0, metrics.height()));
    font.setPixelSize(std::max(8, int(100 * scale)));
    painter.setFont(font);
    painter.setPen(foreground);
    painter.drawText(rect(), Qt::AlignCenter, m_text);
}

} // namespace ui
