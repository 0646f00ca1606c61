// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/result.h"
#include "core/session/command.h"

#include <QDialog>
#include <QHostAddress>
#include <QPointer>
#include <QTimer>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace core {
class Session;
}

namespace net {
class PhoneServer;
class SharingServer;
} // namespace net

namespace ui {

/// The role's name for people, translated.
[[nodiscard]] QString teamRoleLabel(core::TeamRole role);

/**
 * Sharing the window's session on the network: off until the moderator starts it, on the address and
 * port chosen; stops when the session closes. The join codes are the session's own (kept in its file).
 * Messages from the team's devices (the back channel) arrive as messageReceived().
 */
class Sharing final : public QObject
{
    Q_OBJECT

public:
    explicit Sharing(QObject *parent = nullptr);
    ~Sharing() override;

    void setSession(core::Session *session);
    /// Starts sharing; with a certificate and its key (PEM files), encrypted (wss://).
    [[nodiscard]] core::Result<void> start(const QHostAddress &address,
                                           quint16 port,
                                           const QString &certificate = QString(),
                                           const QString &key = QString());
    void stop();

    [[nodiscard]] bool isSharing() const { return m_server != nullptr; }

    [[nodiscard]] net::SharingServer *server() const { return m_server.get(); }

    /// The participants' page, served beside the team's sharing (on the next port); null when not sharing.
    [[nodiscard]] net::PhoneServer *phoneServer() const { return m_phones.get(); }

    /// The page's address on each address of this machine a phone could reach (or the one listened on).
    [[nodiscard]] QStringList phonePageUrls() const;
    /// A new room PIN (phones that joined stay); stateChanged() follows.
    [[nodiscard]] core::Result<void> renewPhonePin();

signals:
    void stateChanged();
    void devicesChanged();
    /// Phones connected or left.
    void phonesChanged();
    void messageReceived(const QString &name, core::TeamRole role, const QString &text);

private:
    QPointer<core::Session> m_session;
    std::unique_ptr<net::SharingServer> m_server;
    std::unique_ptr<net::PhoneServer> m_phones;
    QHostAddress m_address;
};

/**
 * Session › Share on the network: how to join (each address of this machine with the port, and a join
 * code per role as text and as a QR code, each renewable), who is connected (name, role, address, round
 * trip, last seen; disconnect one), and the back channel with the team.
 */
class ShareDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ShareDialog(Sharing *sharing, QWidget *parent = nullptr);

    [[nodiscard]] QTreeWidget *devices() const { return m_devices; }

    [[nodiscard]] QLabel *qrLabel(core::TeamRole role) const { return m_qrLabels.value(role); }

    [[nodiscard]] QLineEdit *addressEdit(core::TeamRole role) const { return m_addressEdits.value(role); }

    [[nodiscard]] QListWidget *messages() const { return m_messages; }

    /// Listens on this computer only (127.0.0.1) instead of every address: for tests and rehearsals.
    void setLoopbackOnly(bool loopback);
    void setPort(quint16 port);
    /// The PEM certificate and key to share with over TLS (empty: unencrypted).
    void setTlsFiles(const QString &certificate, const QString &key);
    void startSharing();

private:
    void updateState();
    void updateCodes();
    void updateDevices();
    void sendMessage();

    Sharing *m_sharing;
    QComboBox *m_listenCombo;
    QSpinBox *m_portSpin;
    QLineEdit *m_certificateEdit;
    QLineEdit *m_keyEdit;
    QPushButton *m_startButton;
    QLabel *m_stateLabel;
    QComboBox *m_hostCombo;
    QMap<core::TeamRole, QLineEdit *> m_addressEdits;
    QMap<core::TeamRole, QLabel *> m_qrLabels;
    QMap<core::TeamRole, QPushButton *> m_renewButtons;
    QTreeWidget *m_devices;
    QPushButton *m_disconnectButton;
    QListWidget *m_messages;
    QLineEdit *m_messageEdit;
    QPushButton *m_sendButton;
    QTimer m_refresh;
};

} // namespace ui
