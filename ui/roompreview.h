// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

namespace ui {

class RoomRenderer;

/// The console's live preview of the room display: the same renderer, painted small.
class RoomPreview final : public QWidget
{
    Q_OBJECT

public:
    explicit RoomPreview(RoomRenderer *renderer, QWidget *parent = nullptr);

    [[nodiscard]] QSize sizeHint() const override { return {384, 216}; }

    [[nodiscard]] bool hasHeightForWidth() const override { return true; }

    [[nodiscard]] int heightForWidth(int width) const override { return width * 9 / 16; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    RoomRenderer *m_renderer;
};

} // namespace ui
