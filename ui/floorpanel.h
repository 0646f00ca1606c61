// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/result.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QFrame;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QPushButton;

namespace core {
class Session;
class SpeakerQueueModel;
} // namespace core

namespace ui {

class CountdownWidget;

/**
 * The floor in the console: who holds it and their turn's countdown, the speaker the agenda offers
 * next, the queue of requests to speak (with its order policy), the empty chair (invitation,
 * occupant, remote claims to accept) and the speaking order of the invited speakers.
 * Every control is also an action with a shortcut; see floorActions().
 */
class FloorPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit FloorPanel(QWidget *parent = nullptr);
    ~FloorPanel() override;

    void setSession(core::Session *session);
    void refresh();
    /// Only what time changes: the turn's countdown.
    void refreshLive();

    /// The panel's actions, for the Floor menu: offer, end turn, next from queue, request, chair, accept claim.
    [[nodiscard]] QList<QAction *> floorActions() const;

    [[nodiscard]] CountdownWidget *turnCountdown() const { return m_turnCountdown; }

signals:
    void actionFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void run(const core::Result<void> &result);
    void addRequest();
    void takeChair();
    void claimChair();
    void toggleChair();
    void moveSpeaker(int delta);
    void toggleSkipSpeaker();
    [[nodiscard]] QString channelText(const QString &key) const;

    QPointer<core::Session> m_session;
    core::SpeakerQueueModel *m_queueModel;

    QAction *m_offerAction;
    QAction *m_endTurnAction;
    QAction *m_queueNextAction;
    QAction *m_requestAction;
    QAction *m_chairAction;
    QAction *m_acceptClaimAction;

    QGroupBox *m_floorBox;
    QLabel *m_holderLabel;
    QLabel *m_holderDetail;
    CountdownWidget *m_turnCountdown;
    QPushButton *m_offerButton;
    QPushButton *m_endTurnButton;

    QGroupBox *m_queueBox;
    QComboBox *m_policyCombo;
    QListView *m_queueView;
    QLineEdit *m_requestName;
    QCheckBox *m_requestOnline;
    QPushButton *m_addRequestButton;
    QPushButton *m_queueNextButton;
    QPushButton *m_giveSelectedButton;
    QPushButton *m_removeRequestButton;

    QGroupBox *m_chairBox;
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

    QGroupBox *m_rotationBox;
    QListWidget *m_rotationList;
    QPushButton *m_speakerUpButton;
    QPushButton *m_speakerDownButton;
    QPushButton *m_skipSpeakerButton;
};

} // namespace ui
