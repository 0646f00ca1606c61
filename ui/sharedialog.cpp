// SPDX-License-Identifier: MIT
#include "ui/sharedialog.h"

#include "core/base/plaintext.h"
#include "core/base/timeformat.h"
#include "core/session/session.h"
#include "core/share/joincodes.h"
#include "core/share/protocol.h"
#include "net/phoneserver.h"
#include "net/sharingserver.h"
#include "ui/qrcode.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ui {

QString teamRoleLabel(core::TeamRole role)
{
    switch (role) {
    case core::TeamRole::OnsiteModerator:
        return ShareDialog::tr("Onsite moderator");
    case core::TeamRole::CoModerator:
        return ShareDialog::tr("Co-moderator");
    case core::TeamRole::OnlineModerator:
        return ShareDialog::tr("Online moderator");
    case core::TeamRole::Rapporteur:
        return ShareDialog::tr("Rapporteur");
    case core::TeamRole::Observer:
        return ShareDialog::tr("Observer");
    case core::TeamRole::RoomDisplay:
        return ShareDialog::tr("Room display");
    case core::TeamRole::Translator:
        return ShareDialog::tr("Translator");
    case core::TeamRole::Captioner:
        return ShareDialog::tr("Captioner");
    }
    return {};
}

Sharing::Sharing(QObject *parent)
    : QObject(parent)
{}

Sharing::~Sharing() = default;

void Sharing::setSession(core::Session *session)
{
    if (session != m_session) {
        stop();
        m_session = session;
    }
}

core::Result<void>
Sharing::start(const QHostAddress &address, quint16 port, const QString &certificate, const QString &key)
{
    stop();
    if (!m_session || !m_session->isWritable()) {
        return core::Error{core::ErrorCode::InvalidState, tr("only a session open for writing can be shared")};
    }
    auto codes = core::share::JoinCodes::forSession(*m_session);
    if (!codes) {
        return codes.error();
    }
    auto server = std::make_unique<net::SharingServer>(*m_session, codes.value());
    if (!certificate.isEmpty() || !key.isEmpty()) {
        if (certificate.isEmpty() || key.isEmpty()) {
            return core::Error{core::ErrorCode::InvalidArgument,
                               tr("for TLS, give both the certificate and its private key")};
        }
        if (auto ok = server->useTls(certificate, key); !ok) {
            return ok;
        }
    }
    if (auto ok = server->listen(address, port); !ok) {
        return ok;
    }
    // The participants' page, on the same address: the next port (any free one when the team's is).
    auto phones = std::make_unique<net::PhoneServer>(*m_session);
    const quint16 phonePort = port == 0 || port == 65535 ? 0 : quint16(server->port() + 1);
    if (auto ok = phones->listen(address, phonePort); !ok) {
        return ok;
    }
    m_server = std::move(server);
    m_phones = std::move(phones);
    m_address = address;
    connect(&m_phones->host(), &core::share::PhoneHost::phonesChanged, this, &Sharing::phonesChanged);
    connect(&m_server->host(), &core::share::ShareHost::devicesChanged, this, &Sharing::devicesChanged);
    connect(&m_server->host(), &core::share::ShareHost::codesChanged, this, &Sharing::stateChanged);
    connect(&m_server->host(),
            &core::share::ShareHost::chatReceived,
            this,
            [this](int, const QString &name, core::TeamRole role, const QString &text) {
                emit messageReceived(name, role, text);
            });
    emit stateChanged();
    return {};
}

QStringList Sharing::phonePageUrls() const
{
    if (!m_phones) {
        return {};
    }
    QStringList urls;
    if (m_address == QHostAddress::Any || m_address == QHostAddress::AnyIPv4 || m_address == QHostAddress::AnyIPv6) {
        for (const QHostAddress &machine : net::SharingServer::machineAddresses()) {
            if (machine.protocol() == QAbstractSocket::IPv4Protocol) { // what a phone's browser reaches most easily
                urls.append(m_phones->pageUrl(machine.toString()));
            }
        }
    }
    if (urls.isEmpty()) {
        urls.append(m_phones->pageUrl());
    }
    return urls;
}

core::Result<void> Sharing::renewPhonePin()
{
    if (!m_phones) {
        return core::Error{core::ErrorCode::InvalidState, tr("the session is not shared")};
    }
    if (auto ok = m_phones->host().renewPin(); !ok) {
        return ok;
    }
    emit stateChanged();
    return {};
}

void Sharing::stop()
{
    if (m_server) {
        m_phones.reset();
        m_server.reset();
        emit stateChanged();
        emit devicesChanged();
    }
}

ShareDialog::ShareDialog(Sharing *sharing, QWidget *parent)
    : QDialog(parent)
    , m_sharing(sharing)
{
    setObjectName(u"shareDialog"_s);
    setWindowTitle(tr("Share on the network"));

    auto *listenBox = new QGroupBox(tr("Sharing"), this);
    m_listenCombo = new QComboBox(listenBox);
    m_listenCombo->setObjectName(u"listenCombo"_s);
    m_listenCombo->addItem(tr("Every address of this computer"), QHostAddress(QHostAddress::Any).toString());
    m_listenCombo->addItem(tr("This computer only (a rehearsal)"), QHostAddress(QHostAddress::LocalHost).toString());
    m_portSpin = new QSpinBox(listenBox);
    m_portSpin->setObjectName(u"portSpin"_s);
    m_portSpin->setRange(0, 65535);
    m_portSpin->setSpecialValueText(tr("any free port"));
    m_portSpin->setValue(core::share::Protocol::DefaultPort);
    m_startButton = new QPushButton(listenBox);
    m_startButton->setObjectName(u"startSharingButton"_s);
    m_stateLabel = new QLabel(listenBox);
    m_stateLabel->setObjectName(u"sharingStateLabel"_s);
    m_stateLabel->setTextFormat(Qt::PlainText);
    m_stateLabel->setWordWrap(true);
    m_certificateEdit = new QLineEdit(QSettings().value(u"share/tlsCertificate"_s).toString(), listenBox);
    m_certificateEdit->setObjectName(u"tlsCertificateEdit"_s);
    m_keyEdit = new QLineEdit(QSettings().value(u"share/tlsKey"_s).toString(), listenBox);
    m_keyEdit->setObjectName(u"tlsKeyEdit"_s);
    for (QLineEdit *edit : {m_certificateEdit, m_keyEdit}) {
        edit->setPlaceholderText(tr("optional: a PEM file; devices then connect encrypted"));
    }
    const auto fileRow = [this, listenBox](QLineEdit *edit, const QString &title) {
        auto *row = new QWidget(listenBox);
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        auto *browse = new QPushButton(tr("Choose…"), row);
        browse->setAutoDefault(false);
        layout->addWidget(edit, 1);
        layout->addWidget(browse);
        connect(browse, &QPushButton::clicked, this, [this, edit, title] {
            const QString path = QFileDialog::getOpenFileName(
                this, title, edit->text(), tr("PEM files (*.pem *.crt *.key);;All files (*)"));
            if (!path.isEmpty()) {
                edit->setText(path);
            }
        });
        return row;
    };
    auto *listenLayout = new QFormLayout(listenBox);
    listenLayout->addRow(tr("Listen on:"), m_listenCombo);
    listenLayout->addRow(tr("Port:"), m_portSpin);
    listenLayout->addRow(tr("TLS certificate:"), fileRow(m_certificateEdit, tr("TLS certificate")));
    listenLayout->addRow(tr("TLS private key:"), fileRow(m_keyEdit, tr("TLS private key")));
    listenLayout->addRow(m_startButton, m_stateLabel);

    auto *codesBox = new QGroupBox(tr("How to join"), this);
    m_hostCombo = new QComboBox(codesBox);
    m_hostCombo->setObjectName(u"hostCombo"_s);
    auto *codesLayout = new QGridLayout(codesBox);
    codesLayout->addWidget(new QLabel(tr("Address of this computer:"), codesBox), 0, 0);
    codesLayout->addWidget(m_hostCombo, 0, 1, 1, 2);
    int row = 1;
    for (const core::TeamRole role : core::share::JoinCodes::joinableRoles()) {
        auto *label = new QLabel(teamRoleLabel(role), codesBox);
        auto *address = new QLineEdit(codesBox);
        address->setReadOnly(true);
        address->setObjectName(u"joinAddress_"_s + core::teamRoleKey(role));
        // Wide enough for a whole address: moderato://, an IPv4 address, the port and the 26-character code.
        address->setMinimumWidth(
            address->fontMetrics().horizontalAdvance(u"moderato://255.255.255.255:47195/ABCDEFGHIJKLMNOPQRSTUVWXYZ"_s)
            + 16);
        auto *qr = new QLabel(codesBox);
        qr->setObjectName(u"joinQr_"_s + core::teamRoleKey(role));
        qr->setMinimumSize(132, 132);
        auto *renew = new QPushButton(tr("Renew"), codesBox);
        renew->setObjectName(u"renew_"_s + core::teamRoleKey(role));
        renew->setToolTip(tr("A new code for this role: the devices that joined with the old one are disconnected."));
        connect(renew, &QPushButton::clicked, this, [this, role] {
            if (m_sharing->server()) {
                m_sharing->server()->host().renewCode(role);
            }
        });
        codesLayout->addWidget(label, row, 0);
        codesLayout->addWidget(address, row, 1);
        codesLayout->addWidget(qr, row, 2);
        codesLayout->addWidget(renew, row, 3);
        m_addressEdits.insert(role, address);
        m_qrLabels.insert(role, qr);
        m_renewButtons.insert(role, renew);
        ++row;
    }

    auto *devicesBox = new QGroupBox(tr("Devices"), this);
    m_devices = new QTreeWidget(devicesBox);
    m_devices->setObjectName(u"devicesList"_s);
    m_devices->setRootIsDecorated(false);
    m_devices->setHeaderLabels({tr("Name"), tr("Role"), tr("Address"), tr("Round trip"), tr("Last seen")});
    m_devices->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_disconnectButton = new QPushButton(tr("Disconnect"), devicesBox);
    m_disconnectButton->setObjectName(u"disconnectButton"_s);
    auto *devicesLayout = new QVBoxLayout(devicesBox);
    devicesLayout->addWidget(m_devices);
    devicesLayout->addWidget(m_disconnectButton, 0, Qt::AlignRight);

    auto *messagesBox = new QGroupBox(tr("Messages with the team"), this);
    m_messages = new QListWidget(messagesBox);
    m_messages->setObjectName(u"backChannel"_s);
    m_messages->setWordWrap(true);
    m_messages->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_messageEdit = new QLineEdit(messagesBox);
    m_messageEdit->setObjectName(u"messageEdit"_s);
    m_messageEdit->setMaxLength(int(core::share::Protocol::MaxChatLength));
    m_messageEdit->setPlaceholderText(tr("A message to every joined device"));
    m_sendButton = new QPushButton(tr("Send"), messagesBox);
    auto *sendLayout = new QHBoxLayout;
    sendLayout->addWidget(m_messageEdit, 1);
    sendLayout->addWidget(m_sendButton);
    auto *messagesLayout = new QVBoxLayout(messagesBox);
    messagesLayout->addWidget(m_messages);
    messagesLayout->addLayout(sendLayout);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QGridLayout(this);
    layout->addWidget(listenBox, 0, 0);
    layout->addWidget(codesBox, 1, 0, 2, 1);
    layout->addWidget(devicesBox, 0, 1, 2, 1);
    layout->addWidget(messagesBox, 2, 1);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(1, 1);
    layout->setRowStretch(1, 2);
    layout->setRowStretch(2, 1);
    layout->addWidget(buttons, 3, 0, 1, 2);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_startButton, &QPushButton::clicked, this, [this] {
        if (m_sharing->isSharing()) {
            m_sharing->stop();
        } else {
            startSharing();
        }
    });
    connect(m_hostCombo, &QComboBox::currentIndexChanged, this, &ShareDialog::updateCodes);
    connect(m_disconnectButton, &QPushButton::clicked, this, [this] {
        QTreeWidgetItem *item = m_devices->currentItem();
        if (item && m_sharing->server()) {
            m_sharing->server()->host().disconnectDevice(item->data(0, Qt::UserRole).toInt(),
                                                         tr("The moderator disconnected this device."));
        }
    });
    connect(m_sendButton, &QPushButton::clicked, this, &ShareDialog::sendMessage);
    connect(m_messageEdit, &QLineEdit::returnPressed, this, &ShareDialog::sendMessage);
    connect(m_sharing, &Sharing::stateChanged, this, &ShareDialog::updateState);
    connect(m_sharing, &Sharing::devicesChanged, this, &ShareDialog::updateDevices);
    connect(m_sharing,
            &Sharing::messageReceived,
            this,
            [this](const QString &name, core::TeamRole role, const QString &text) {
                m_messages->addItem(
                    tr("%1 (%2): %3").arg(core::isolatedLine(name), teamRoleLabel(role), core::isolatedLine(text)));
                m_messages->scrollToBottom();
            });
    // Return in the message line sends the message: no button here may take it as the dialog's default
    // (it would stop sharing or close the dialog).
    for (QPushButton *button : findChildren<QPushButton *>()) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    m_refresh.setInterval(1000);
    connect(&m_refresh, &QTimer::timeout, this, &ShareDialog::updateDevices);
    m_refresh.start();
    updateState();
}

void ShareDialog::setLoopbackOnly(bool loopback)
{
    m_listenCombo->setCurrentIndex(loopback ? 1 : 0);
}

void ShareDialog::setPort(quint16 port)
{
    m_portSpin->setValue(port);
}

void ShareDialog::setTlsFiles(const QString &certificate, const QString &key)
{
    m_certificateEdit->setText(certificate);
    m_keyEdit->setText(key);
}

void ShareDialog::startSharing()
{
    const QHostAddress address(m_listenCombo->currentData().toString());
    const QString certificate = m_certificateEdit->text().trimmed();
    const QString key = m_keyEdit->text().trimmed();
    if (auto ok = m_sharing->start(address, quint16(m_portSpin->value()), certificate, key); !ok) {
        m_stateLabel->setText(core::errorMessage(ok.error()));
        return;
    }
    QSettings().setValue(u"share/tlsCertificate"_s, certificate);
    QSettings().setValue(u"share/tlsKey"_s, key);
}

void ShareDialog::updateState()
{
    const bool sharing = m_sharing->isSharing();
    m_startButton->setText(sharing ? tr("Stop sharing") : tr("Start sharing"));
    m_listenCombo->setEnabled(!sharing);
    m_portSpin->setEnabled(!sharing);
    m_certificateEdit->setEnabled(!sharing);
    m_keyEdit->setEnabled(!sharing);
    m_hostCombo->clear();
    if (sharing) {
        const net::SharingServer *server = m_sharing->server();
        QStringList hosts;
        if (server->address() == QHostAddress(QHostAddress::Any)) {
            for (const QHostAddress &address : net::SharingServer::machineAddresses()) {
                hosts.append(address.toString());
            }
        }
        if (hosts.isEmpty()) {
            hosts.append(server->address().toString());
        }
        m_hostCombo->addItems(hosts);
        m_stateLabel->setText(
            server->tlsFingerprint().isEmpty()
                ? tr("Sharing on port %1. Each role joins with its own address.").arg(server->port())
                : tr("Sharing on port %1, encrypted (TLS). Each role joins with its own address, which names this "
                     "computer's certificate.")
                      .arg(server->port()));
    } else {
        m_stateLabel->setText(tr("Not shared: nobody can join."));
    }
    for (QPushButton *button : std::as_const(m_renewButtons)) {
        button->setEnabled(sharing);
    }
    m_sendButton->setEnabled(sharing);
    m_messageEdit->setEnabled(sharing);
    updateCodes();
    updateDevices();
}

void ShareDialog::updateCodes()
{
    const net::SharingServer *server = m_sharing->server();
    for (auto it = m_addressEdits.cbegin(); it != m_addressEdits.cend(); ++it) {
        const QString url = server ? server->joinUrl(it.key(), m_hostCombo->currentText()) : QString();
        it.value()->setText(url);
        it.value()->setCursorPosition(0);
        QLabel *qr = m_qrLabels.value(it.key());
        qr->setPixmap(url.isEmpty() ? QPixmap() : QPixmap::fromImage(qrCodeImage(url, 3)));
        qr->setToolTip(url);
    }
}

void ShareDialog::updateDevices()
{
    const int selected = m_devices->currentItem() ? m_devices->currentItem()->data(0, Qt::UserRole).toInt() : 0;
    m_devices->clear();
    net::SharingServer *server = m_sharing->server();
    if (server) {
        const qint64 now = server->host().now();
        for (const auto &device : server->host().devices()) {
            auto *item = new QTreeWidgetItem(m_devices);
            item->setText(0, device.name);
            item->setText(1, teamRoleLabel(device.role));
            item->setText(2, device.address);
            item->setText(3, device.roundTripMs >= 0 ? tr("%1 ms").arg(device.roundTripMs) : tr("not yet"));
            const qint64 since = std::max<qint64>(0, now - device.lastSeenMs);
            item->setText(4, since < 5000 ? tr("now") : tr("%1 ago").arg(core::formatDuration(since)));
            item->setData(0, Qt::UserRole, device.connection);
            if (device.connection == selected) {
                m_devices->setCurrentItem(item);
            }
        }
    }
    m_disconnectButton->setEnabled(server && m_devices->topLevelItemCount() > 0);
}

void ShareDialog::sendMessage()
{
    const QString text = m_messageEdit->text().trimmed();
    if (text.isEmpty() || !m_sharing->server()) {
        return;
    }
    m_sharing->server()->host().sendChat(text);
    m_messages->addItem(tr("You: %1").arg(core::isolatedLine(text)));
    m_messages->scrollToBottom();
    m_messageEdit->clear();
}

} // namespace ui
