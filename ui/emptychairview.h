// SPDX-License-Identifier: MIT
#pragma once

#include "ui/floorpart.h"

class QCheckBox;
class QComboBox;
class QFrame;

namespace core {
class FloorState;
}

namespace ui {

/**
 * The empty chair: its state and the prompt at the chair moment; opens and closes it (C), seats
 * someone by name, claims it for a remote participant on behalf of the online moderator, accepts (A)
 * or declines such a claim, lets an invited speaker reply, and lists who has sat in it.
 */
class EmptyChairView final : public FloorPart
{
    Q_OBJECT

public:
    explicit EmptyChairView(QWidget *parent = nullptr);

    /// Open or close the chair, accept the claim.
    [[nodiscard]] QList<QAction *> actions() const { return {m_chairAction, m_acceptClaimAction}; }

    [[nodiscard]] core::Areas areas() const override;

protected:
    void showState(const core::SessionState &state, qint64 now) override;
    void retranslateUi() override;

private:
    void createWidgets();
    void takeChair();
    void claimChair();
    void toggleChair();
    void showChairState(const core::SessionState &state);
    void showClaim(const core::SessionState &state);
    void showReplyChoices(const core::FloorState &floor);
    void showHistory(const core::FloorState &floor, qint64 now);

    QAction *m_chairAction;
    QAction *m_acceptClaimAction;
    QLabel *m_chairState;
    QLabel *m_chairPrompt;
    QPushButton *m_chairButton;
    QFrame *m_claimFrame;
    QLabel *m_claimLabel;
    QPushButton *m_acceptClaimButton;
    QPushButton *m_declineClaimButton;
    QLineEdit *m_chairName;
    QCheckBox *m_chairOnline;
    QPushButton *m_takeChairButton;
    QLineEdit *m_claimName;
    QPushButton *m_claimButton;
    QComboBox *m_replyCombo;
    QPushButton *m_replyButton;
    QLabel *m_chairHistory;
};

} // namespace ui
