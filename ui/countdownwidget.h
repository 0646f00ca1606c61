// SPDX-License-Identifier: MIT
#pragma once

#include "core/session/sessionstate.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

namespace ui {

/// The large countdown of the current agenda item: text scaled to the widget, coloured by phase, flashing at zero.
class CountdownWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit CountdownWidget(QWidget *parent = nullptr);

    void setTime(const QString &text, core::Phase phase, bool dimmed);

    [[nodiscard]] QString text() const { return m_text; }

    [[nodiscard]] core::Phase phase() const { return m_phase; }

    [[nodiscard]] bool isFlashing() const { return m_flashTimer.isActive(); }

    /// The colour of a phase, shared with the agenda list.
    [[nodiscard]] static QColor phaseColor(core::Phase phase);

public slots:
    /// A visible flash (three pulses) — the signal at zero that works without sound.
    void flash();

protected:
    void paintEvent(QPaintEvent *event) override;
    [[nodiscard]] QSize sizeHint() const override;

private:
    QString m_text;
    core::Phase m_phase = core::Phase::Normal;
    bool m_dimmed = false;
    QTimer m_flashTimer;
    QElapsedTimer m_flashClock;
};

} // namespace ui
