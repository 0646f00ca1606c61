// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/event.h"
#include "core/base/eventpayloads.h"
#include "core/base/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace core {

/// A participant's phone that joined with the room PIN.
struct Phone
{
    QString device; ///< public id, 8 characters (the phone's secret token is never in the log)
    int participant = 0;
    bool blocked = false;
    qint64 joinedAtMs = 0;
};

/// A written question or comment from a phone, in the moderator's inbox.
struct InboxItem
{
    enum class Status
    {
        Waiting,
        Read,      ///< read out by the moderator
        Displayed, ///< shown to the room as a message
        Banked,    ///< added to the prepared questions
        Dismissed,
    };

    int id = 0;
    QString device;
    int participant = 0;
    QString text;
    int policyQuestion = -1;
    int speaker = 0;
    qint64 sentAtMs = 0;
    Status status = Status::Waiting;
};

/// A reaction to an approved takeaway: agree, disagree, or a comment.
struct Reaction
{
    QString device;
    int participant = 0;
    int takeaway = 0;
    QString reaction; ///< agree, disagree or comment
    QString text;
    qint64 atMs = 0;
};

/// A participant's own key takeaway, shared from their phone.
struct SharedTakeaway
{
    int id = 0;
    QString device;
    int participant = 0;
    QString text;
    qint64 atMs = 0;
};

struct PhoneLimits
{
    qint64 questionIntervalMs = 60'000; ///< the least time between two questions of one phone
    int pendingQuestions = 3;           ///< questions of one phone that may wait in the inbox
};

[[nodiscard]] QString inboxStatusKey(InboxItem::Status status);

/**
 * What participants did from their phones, folded from "phone.*", "inbox.*", "takeaway.reaction" and
 * "takeaway.shared" events: the phones that joined (and which are blocked), whether joining is open, the
 * limits per phone, the inbox of written questions, the reactions to takeaways and the takeaways
 * participants shared. Like the other states, apply() changes everything or nothing.
 */
class AudienceState final
{
    Q_DECLARE_TR_FUNCTIONS(core::AudienceState)

public:
    [[nodiscard]] static bool handles(EventType type);
    /// Applies an event at time t (the participant of a phone.joined has been admitted by the floor).
    [[nodiscard]] Result<void> apply(const Event &event);

    [[nodiscard]] bool joiningOpen() const { return m_joiningOpen; }

    [[nodiscard]] const PhoneLimits &limits() const { return m_limits; }

    [[nodiscard]] const QList<Phone> &phones() const { return m_phones; }

    [[nodiscard]] const Phone *phone(const QString &device) const;
    [[nodiscard]] const Phone *phoneOf(int participant) const;

    [[nodiscard]] const QList<InboxItem> &inbox() const { return m_inbox; }

    [[nodiscard]] const InboxItem *inboxItem(int id) const;

    [[nodiscard]] int nextInboxId() const { return int(m_inbox.size()) + 1; }

    /// The questions of a phone still waiting in the inbox.
    [[nodiscard]] int waitingQuestions(const QString &device) const;
    /// When the phone last sent a question, or -1.
    [[nodiscard]] qint64 lastQuestionMs(const QString &device) const;

    [[nodiscard]] const QList<Reaction> &reactions() const { return m_reactions; }

    /// The phone's standing reaction to a takeaway: agree, disagree or empty.
    [[nodiscard]] QString stance(const QString &device, int takeaway) const;
    /// How many phones agree and disagree with a takeaway now (a phone's latest stance counts).
    [[nodiscard]] std::pair<int, int> stanceCounts(int takeaway) const;

    [[nodiscard]] const QList<SharedTakeaway> &sharedTakeaways() const { return m_shared; }

    [[nodiscard]] int nextSharedId() const { return int(m_shared.size()) + 1; }

private:
    [[nodiscard]] Result<void> applyPhoneJoined(const events::PhoneJoined &joined, qint64 t);
    [[nodiscard]] Result<void> applyPhoneBlocked(const events::PhoneBlocked &blocked);
    [[nodiscard]] Result<void> applyPhoneJoining(const events::PhoneJoining &joining);
    [[nodiscard]] Result<void> applyPhoneLimits(const events::PhoneLimits &limits);
    [[nodiscard]] Result<void> applyInboxQuestion(const events::InboxQuestion &question, qint64 t);
    [[nodiscard]] Result<void> applyInboxAccepted(const events::InboxAccepted &accepted);
    [[nodiscard]] Result<void> applyInboxDismissed(const events::InboxDismissed &dismissed);
    [[nodiscard]] Result<void> applyTakeawayReaction(const events::TakeawayReaction &reaction, qint64 t);
    [[nodiscard]] Result<void> applyTakeawayShared(const events::TakeawayShared &shared, qint64 t);
    [[nodiscard]] Result<const Phone *> knownPhone(const QString &device, int participant) const;

    bool m_joiningOpen = false;
    PhoneLimits m_limits;
    QList<Phone> m_phones;
    QHash<QString, qsizetype> m_phoneIndex;
    QList<InboxItem> m_inbox;
    QList<Reaction> m_reactions;
    /// Per device and takeaway, the latest stance (agree or disagree).
    QHash<QString, QHash<int, QString>> m_stances;
    QList<SharedTakeaway> m_shared;
};

} // namespace core
