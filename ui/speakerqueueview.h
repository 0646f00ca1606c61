// SPDX-License-Identifier: MIT
#pragma once

#include "ui/floorpart.h"

class QCheckBox;
class QComboBox;
class QListView;

namespace core {
class SpeakerQueueModel;
}

namespace ui {

/**
 * The queue of requests to speak in the order its policy gives (drag to reorder): adds a request by
 * name (I), gives the floor to the head of the queue (Q) or to the selected request, removes one.
 */
class SpeakerQueueView final : public FloorPart
{
    Q_OBJECT

public:
    explicit SpeakerQueueView(QWidget *parent = nullptr);
    ~SpeakerQueueView() override;

    void setSession(core::Session *session) override;

    /// Next from the queue, add a request.
    [[nodiscard]] QList<QAction *> actions() const { return {m_queueNextAction, m_requestAction}; }

    [[nodiscard]] core::Areas areas() const override;

protected:
    void showState(const core::SessionState &state, qint64 now) override;
    void retranslateUi() override;

private:
    void createWidgets();
    void addRequest();
    /// The selected request's id, or 0.
    [[nodiscard]] int selectedRequest() const;

    core::SpeakerQueueModel *m_model;
    QAction *m_queueNextAction;
    QAction *m_requestAction;
    QComboBox *m_policyCombo;
    QListView *m_queueView;
    QLineEdit *m_requestName;
    QCheckBox *m_requestOnline;
    QPushButton *m_addRequestButton;
    QPushButton *m_queueNextButton;
    QPushButton *m_giveSelectedButton;
    QPushButton *m_removeRequestButton;
};

} // namespace ui
