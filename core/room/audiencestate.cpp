// SPDX-License-Identifier: MIT
#include "core/room/audiencestate.h"

using namespace Qt::StringLiterals;

namespace core {

QString inboxStatusKey(InboxItem::Status status)
{
    switch (status) {
    case InboxItem::Status::Waiting:
        return u"waiting"_s;
    case InboxItem::Status::Read:
        return u"read"_s;
    case InboxItem::Status::Displayed:
        return u"display"_s;
    case InboxItem::Status::Banked:
        return u"bank"_s;
    case InboxItem::Status::Dismissed:
        return u"dismissed"_s;
    }
    return {};
}

bool AudienceState::handles(EventType type)
{
    return type >= EventType::PhoneJoined && type <= EventType::TakeawayShared;
}

Result<void> AudienceState::apply(const Event &event)
{
    const qint64 t = event.sessionMs;
    switch (event.type) {
    case EventType::PhoneJoined:
        return events::dispatch(this, &AudienceState::applyPhoneJoined, event, t);
    case EventType::PhoneBlocked:
        return events::dispatch(this, &AudienceState::applyPhoneBlocked, event);
    case EventType::PhoneJoining:
        return events::dispatch(this, &AudienceState::applyPhoneJoining, event);
    case EventType::PhoneLimits:
        return events::dispatch(this, &AudienceState::applyPhoneLimits, event);
    case EventType::InboxQuestion:
        return events::dispatch(this, &AudienceState::applyInboxQuestion, event, t);
    case EventType::InboxAccepted:
        return events::dispatch(this, &AudienceState::applyInboxAccepted, event);
    case EventType::InboxDismissed:
        return events::dispatch(this, &AudienceState::applyInboxDismissed, event);
    case EventType::TakeawayReaction:
        return events::dispatch(this, &AudienceState::applyTakeawayReaction, event, t);
    case EventType::TakeawayShared:
        return events::dispatch(this, &AudienceState::applyTakeawayShared, event, t);
    default:
        return Error{ErrorCode::Corrupt, tr("event %1 is not about participants' phones").arg(event.seq)};
    }
}

const Phone *AudienceState::phone(const QString &device) const
{
    const auto it = m_phoneIndex.constFind(device);
    return it == m_phoneIndex.cend() ? nullptr : &m_phones.at(it.value());
}

const Phone *AudienceState::phoneOf(int participant) const
{
    for (const Phone &phone : m_phones) {
        if (phone.participant == participant) {
            return &phone;
        }
    }
    return nullptr;
}

const InboxItem *AudienceState::inboxItem(int id) const
{
    return id >= 1 && id <= m_inbox.size() ? &m_inbox.at(id - 1) : nullptr;
}

int AudienceState::waitingQuestions(const QString &device) const
{
    return int(std::count_if(m_inbox.cbegin(), m_inbox.cend(), [&](const InboxItem &item) {
        return item.device == device && item.status == InboxItem::Status::Waiting;
    }));
}

qint64 AudienceState::lastQuestionMs(const QString &device) const
{
    for (auto it = m_inbox.crbegin(); it != m_inbox.crend(); ++it) {
        if (it->device == device) {
            return it->sentAtMs;
        }
    }
    return -1;
}

QString AudienceState::stance(const QString &device, int takeaway) const
{
    return m_stances.value(device).value(takeaway);
}

std::pair<int, int> AudienceState::stanceCounts(int takeaway) const
{
    int agree = 0;
    int disagree = 0;
    for (auto it = m_stances.cbegin(); it != m_stances.cend(); ++it) {
        const QString stance = it.value().value(takeaway);
        agree += stance == u"agree" ? 1 : 0;
        disagree += stance == u"disagree" ? 1 : 0;
    }
    return {agree, disagree};
}

Result<const Phone *> AudienceState::knownPhone(const QString &device, int participant) const
{
    const Phone *known = phone(device);
    if (!known || known->participant != participant) {
        return Error{ErrorCode::Corrupt,
                     tr("an event names the phone \"%1\", which did not join").arg(device.left(20))};
    }
    return known;
}

Result<void> AudienceState::applyPhoneJoined(const events::PhoneJoined &joined, qint64 t)
{
    if (joined.device.isEmpty() || joined.device.size() > 32) {
        return Error{ErrorCode::Corrupt, tr("a phone's id is 1 to 32 characters")};
    }
    if (m_phoneIndex.contains(joined.device)) {
        return Error{ErrorCode::Corrupt, tr("the phone \"%1\" joined twice").arg(joined.device)};
    }
    m_phoneIndex.insert(joined.device, m_phones.size());
    m_phones.append({joined.device, joined.participant, false, t});
    return {};
}

Result<void> AudienceState::applyPhoneBlocked(const events::PhoneBlocked &blocked)
{
    const auto it = m_phoneIndex.constFind(blocked.device);
    if (it == m_phoneIndex.cend()) {
        return Error{ErrorCode::InvalidArgument, tr("no phone \"%1\" joined").arg(blocked.device.left(20))};
    }
    m_phones[it.value()].blocked = blocked.blocked;
    return {};
}

Result<void> AudienceState::applyPhoneJoining(const events::PhoneJoining &joining)
{
    m_joiningOpen = joining.open;
    return {};
}

Result<void> AudienceState::applyPhoneLimits(const events::PhoneLimits &limits)
{
    if (limits.questionIntervalMs < 0 || limits.questionIntervalMs > 3'600'000 || limits.pendingQuestions < 1
        || limits.pendingQuestions > 100) {
        return Error{ErrorCode::InvalidArgument,
                     tr("a phone's limits are 0 to 60 minutes between questions and 1 to 100 waiting questions")};
    }
    m_limits = {limits.questionIntervalMs, limits.pendingQuestions};
    return {};
}

Result<void> AudienceState::applyInboxQuestion(const events::InboxQuestion &question, qint64 t)
{
    if (auto known = knownPhone(question.device, question.participant); !known) {
        return known.error();
    }
    if (question.id != nextInboxId()) {
        return Error{ErrorCode::Corrupt, tr("questions in the inbox are out of order")};
    }
    InboxItem item;
    item.id = question.id;
    item.device = question.device;
    item.participant = question.participant;
    item.text = question.text;
    item.policyQuestion = question.policyQuestion;
    item.speaker = question.speaker;
    item.sentAtMs = t;
    m_inbox.append(item);
    return {};
}

Result<void> AudienceState::applyInboxAccepted(const events::InboxAccepted &accepted)
{
    if (!inboxItem(accepted.id)) {
        return Error{ErrorCode::InvalidArgument, tr("no question %1 in the inbox").arg(accepted.id)};
    }
    InboxItem &item = m_inbox[accepted.id - 1];
    if (item.status != InboxItem::Status::Waiting) {
        return Error{ErrorCode::InvalidState, tr("question %1 was already answered").arg(accepted.id)};
    }
    if (accepted.as == u"read") {
        item.status = InboxItem::Status::Read;
    } else if (accepted.as == u"display") {
        item.status = InboxItem::Status::Displayed;
    } else if (accepted.as == u"bank") {
        item.status = InboxItem::Status::Banked;
    } else {
        return Error{ErrorCode::InvalidArgument,
                     tr("a question is accepted as read, display or bank, not \"%1\"").arg(accepted.as.left(20))};
    }
    return {};
}

Result<void> AudienceState::applyInboxDismissed(const events::InboxDismissed &dismissed)
{
    if (!inboxItem(dismissed.id)) {
        return Error{ErrorCode::InvalidArgument, tr("no question %1 in the inbox").arg(dismissed.id)};
    }
    InboxItem &item = m_inbox[dismissed.id - 1];
    if (item.status != InboxItem::Status::Waiting) {
        return Error{ErrorCode::InvalidState, tr("question %1 was already answered").arg(dismissed.id)};
    }
    item.status = InboxItem::Status::Dismissed;
    return {};
}

Result<void> AudienceState::applyTakeawayReaction(const events::TakeawayReaction &reaction, qint64 t)
{
    if (auto known = knownPhone(reaction.device, reaction.participant); !known) {
        return known.error();
    }
    if (reaction.reaction != u"agree" && reaction.reaction != u"disagree" && reaction.reaction != u"comment") {
        return Error{ErrorCode::InvalidArgument,
                     tr("a reaction is agree, disagree or comment, not \"%1\"").arg(reaction.reaction.left(20))};
    }
    if (reaction.reaction != u"comment") {
        m_stances[reaction.device].insert(reaction.takeaway, reaction.reaction);
    }
    m_reactions.append({reaction.device, reaction.participant, reaction.takeaway, reaction.reaction, reaction.text, t});
    return {};
}

Result<void> AudienceState::applyTakeawayShared(const events::TakeawayShared &shared, qint64 t)
{
    if (auto known = knownPhone(shared.device, shared.participant); !known) {
        return known.error();
    }
    if (shared.id != nextSharedId()) {
        return Error{ErrorCode::Corrupt, tr("shared takeaways are out of order")};
    }
    m_shared.append({shared.id, shared.device, shared.participant, shared.text, t});
    return {};
}

} // namespace core
