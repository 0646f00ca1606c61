// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/event.h"
#include "core/base/result.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

namespace core {
class Session;
}

namespace core::share {

/**
 * The host's side of participants' phones (docs/phones.md), without a network: the transport (moderato_net's
 * web server, or a test) reports connections and their text messages, and sends what send() asks for.
 *
 * A phone joins with the room PIN and gets a random token (kept on the phone) and a public device id (in the
 * session's events). Nothing it sends is trusted: every message is read here, checked (its size, its fields,
 * their lengths, the rate), and what it asks for becomes one of the few commands a phone may run
 * (Session::executeFromPhone), always for the phone's own participant. Wrong PINs are limited per address.
 * Each phone gets the state the page shows, at most five times a second, when something it shows changed.
 */
class PhoneHost final : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxPhones = 2000;
    static constexpr int MaxFailedPinsPerMinute = 5;
    static constexpr int MaxMessagesPerSecond = 10;
    static constexpr int MaxMessageBytes = 4096;
    static constexpr int StateIntervalMs = 200;
    /// The least time between two comments or shared takeaways of one phone.
    static constexpr int TextIntervalMs = 5000;
    static constexpr int PinDigits = 6;

    explicit PhoneHost(Session &session, QObject *parent = nullptr);
    ~PhoneHost() override;

    /// The room PIN: the one kept beside the session's log, or a new one (kept there).
    [[nodiscard]] QString pin() const { return m_pin; }

    /// A new PIN (kept beside the log); phones that joined stay.
    [[nodiscard]] Result<void> renewPin();

    /// Phones connected now (joined; a phone with two tabs counts once per tab).
    [[nodiscard]] int connectedPhones() const;

    // The transport's reports.
    void phoneConnected(int connection, const QString &address);
    void phoneMessage(int connection, const QByteArray &bytes);
    void phoneDisconnected(int connection);

    /// The state a phone's page shows, as sent (for tests).
    [[nodiscard]] QJsonObject stateFor(const QString &device) const;

signals:
    void send(int connection, const QByteArray &message);
    void closeConnection(int connection);
    /// Phones connected or left.
    void phonesChanged();

private:
    struct Connection
    {
        QString address;
        QString device; ///< empty until it joined or resumed
        QList<qint64> recent;
    };

    void onEventRecorded(const core::Event &event);
    void sendStates();
    void sendTo(int connection, const QJsonObject &message);
    void answer(int connection,
                const QJsonValue &ref,
                const QString &code = {},
                const QString &reason = {},
                qint64 waitMs = -1);
    void handleJoin(int connection, const QJsonObject &json);
    void handleResume(int connection, const QJsonObject &json);
    void handleRequest(int connection, const QString &type, const QJsonObject &json);
    void welcome(int connection, const QString &device, const QString &token);
    void dropPhone(const QString &device, const QString &code);
    void afterBlock(const QString &device);
    [[nodiscard]] QJsonObject commonState() const;
    [[nodiscard]] QJsonObject stateFor(const QString &device, const QJsonObject &common) const;
    [[nodiscard]] bool withinRate(Connection &connection);
    [[nodiscard]] qint64 pinWaitMs(const QString &address);
    [[nodiscard]] static QString tokenHash(const QString &token);
    /// The device a token was given to, as kept beside the log (empty: none).
    [[nodiscard]] QString deviceOfToken(const QString &token) const;

    Session &m_session;
    QString m_pin;
    QHash<int, Connection> m_connections;
    QHash<QString, QList<qint64>> m_failedPins; ///< per address, when (monotonic ms)
    QHash<QString, qint64> m_lastText;          ///< per device: its last comment or shared takeaway (session ms)
    QTimer m_stateTimer;
    QElapsedTimer m_sinceState; ///< since the last state went out
};

} // namespace core::share
