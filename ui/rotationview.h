// SPDX-License-Identifier: MIT
#pragma once

#include "ui/floorpart.h"

class QListWidget;

namespace ui {

/// The speaking order of the invited speakers: moves one earlier or later, skips one or brings them back.
class RotationView final : public FloorPart
{
    Q_OBJECT

public:
    explicit RotationView(QWidget *parent = nullptr);

    [[nodiscard]] core::Areas areas() const override;

protected:
    void showState(const core::SessionState &state, qint64 now) override;
    void retranslateUi() override;

private:
    void moveSpeaker(int delta);
    void toggleSkipSpeaker();

    QListWidget *m_rotationList;
    QPushButton *m_speakerUpButton;
    QPushButton *m_speakerDownButton;
    QPushButton *m_skipSpeakerButton;
};

} // namespace ui
