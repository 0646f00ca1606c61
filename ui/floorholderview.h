// SPDX-License-Identifier: MIT
#pragma once

#include "ui/floorpart.h"

namespace ui {

class CountdownWidget;

/**
 * Who holds the floor (name, what their turn is, their group, organization and channel) and their
 * turn's countdown; gives the floor to the speaker the agenda offers next (S) and ends the turn (Y).
 */
class FloorHolderView final : public FloorPart
{
    Q_OBJECT

public:
    explicit FloorHolderView(QWidget *parent = nullptr);

    /// The turn's countdown.
    void refreshLive() override;

    /// Give the floor to the offered speaker, end the turn.
    [[nodiscard]] QList<QAction *> actions() const { return {m_offerAction, m_endTurnAction}; }

    [[nodiscard]] CountdownWidget *turnCountdown() const { return m_turnCountdown; }

    [[nodiscard]] core::Areas areas() const override;

protected:
    void showState(const core::SessionState &state, qint64 now) override;
    void retranslateUi() override;

private:
    void showHolder(const core::SessionState &state);

    QAction *m_offerAction;
    QAction *m_endTurnAction;
    QLabel *m_holderLabel;
    QLabel *m_holderDetail;
    CountdownWidget *m_turnCountdown;
    QPushButton *m_offerButton;
    QPushButton *m_endTurnButton;
};

} // namespace ui
