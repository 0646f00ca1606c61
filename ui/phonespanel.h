// SPDX-License-Identifier: MIT
#pragma once

#include "core/session/command.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTreeWidget;

namespace core {
class Session;
}

namespace ui {

class Sharing;

/**
 * Participants' phones, on the console (and on the online moderator's device): joining open or closed, the
 * room PIN and the page's address with its QR code (on the host, while sharing), the inbox of written
 * questions to read out, show to the room, add to the prepared questions or dismiss, the reactions to each
 * takeaway, the takeaways participants shared, and the phones (block one). Everything goes through the
 * session's commands, so a joined device's limits apply.
 */
class PhonesPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit PhonesPanel(QWidget *parent = nullptr);

    void setSession(core::Session *session);
    /// The host's sharing (the PIN, the page's address, the phones connected); none on a joined device.
    void setSharing(Sharing *sharing);

    [[nodiscard]] QTreeWidget *inbox() const { return m_inbox; }

    [[nodiscard]] QTreeWidget *reactions() const { return m_reactions; }

    [[nodiscard]] QTreeWidget *phones() const { return m_phones; }

    [[nodiscard]] QListWidget *sharedTakeaways() const { return m_shared; }

    /// Accepts the selected inbox question: "read", "display" (also shown to the room) or "bank" (also added
    /// to the prepared questions).
    void acceptSelected(const QString &as);
    void dismissSelected();
    void blockSelected(bool blocked);

    void refresh();

signals:
    void actionFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refreshHost();
    void updateButtons();
    [[nodiscard]] bool run(const core::Command &command);
    [[nodiscard]] QString who(int participant) const;

    QPointer<core::Session> m_session;
    QPointer<Sharing> m_sharing;
    QCheckBox *m_joiningCheck;
    QLabel *m_pinLabel;
    QPushButton *m_renewPinButton;
    QLabel *m_connectedLabel;
    QLabel *m_pageLabel;
    QLabel *m_qrLabel;
    QTabWidget *m_tabs;
    QTreeWidget *m_inbox;
    QPushButton *m_readButton;
    QPushButton *m_displayButton;
    QPushButton *m_bankButton;
    QPushButton *m_dismissButton;
    QTreeWidget *m_reactions;
    QListWidget *m_shared;
    QTreeWidget *m_phones;
    QPushButton *m_blockButton;
    QPushButton *m_unblockButton;
    QLabel *m_intervalLabel;
    QSpinBox *m_intervalSpin;
    QLabel *m_pendingLabel;
    QSpinBox *m_pendingSpin;
    QPushButton *m_limitsButton;
    bool m_updating = false;
};

} // namespace ui
