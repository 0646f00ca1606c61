// SPDX-License-Identifier: MIT
#include "core/floor/questionbank.h"

#include "core/agenda/agenda.h"
#include "core/base/eventcatalogue.h"
#include "core/base/eventpayloads.h"
#include "core/floor/floorstate.h"

#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace core {

bool QuestionBank::handles(EventType type)
{
    return type >= EventType::QuestionBankReplaced && type <= EventType::QuestionAsked;
}

const PreparedQuestion *QuestionBank::question(int id) const
{
    for (const auto &question : m_questions) {
        if (question.id == id) {
            return &question;
        }
    }
    return nullptr;
}

int QuestionBank::nextId() const
{
    int id = 0;
    for (const auto &question : m_questions) {
        id = std::max(id, question.id);
    }
    return id + 1;
}

QJsonArray QuestionBank::toJson(const QList<PreparedQuestion> &questions)
{
    QJsonArray array;
    for (const auto &question : questions) {
        QJsonObject object{{u"id"_s, question.id}, {u"text"_s, question.text}};
        if (question.itemId > 0) {
            object.insert(u"item"_s, question.itemId);
        }
        if (question.speakerId > 0) {
            object.insert(u"speaker"_s, question.speakerId);
        }
        array.append(object);
    }
    return array;
}

Result<QList<PreparedQuestion>> QuestionBank::fromJson(const QJsonArray &array)
{
    if (array.size() > MaxQuestions) {
        return Error{ErrorCode::InvalidArgument,
                     tr("a session can have at most %1 prepared questions").arg(MaxQuestions)};
    }
    QList<PreparedQuestion> questions;
    for (const auto &value : array) {
        if (!value.isObject() || !value.toObject().value(u"text").isString()) {
            return Error{ErrorCode::InvalidArgument, tr("a prepared question needs a text")};
        }
        const QJsonObject object = value.toObject();
        PreparedQuestion question;
        question.id = std::max(0, object.value(u"id").toInt(0));
        question.text = object.value(u"text").toString();
        question.itemId = std::max(0, object.value(u"item").toInt(0));
        question.speakerId = std::max(0, object.value(u"speaker").toInt(0));
        questions.append(question);
    }
    return questions;
}

Result<void> QuestionBank::apply(const Event &event, const Agenda &agenda, const FloorState &floor)
{
    if (event.type == EventType::QuestionBankReplaced) {
        auto replaced = events::read<events::QuestionBankReplaced>(event);
        if (!replaced) {
            return replaced.error();
        }
        const QJsonArray &array = replaced->questions;
        if (array.size() > MaxQuestions) {
            return Error{ErrorCode::InvalidArgument,
                         tr("a session can have at most %1 prepared questions").arg(MaxQuestions)};
        }
        QList<PreparedQuestion> bank;
        QSet<int> ids;
        for (const auto &value : array) {
            const QJsonObject object = value.toObject();
            PreparedQuestion question;
            question.id = object.value(u"id").toInt(0);
            question.text = object.value(u"text").toString().trimmed();
            question.itemId = object.value(u"item").toInt(0);
            question.speakerId = object.value(u"speaker").toInt(0);
            if (question.id <= 0 || ids.contains(question.id)) {
                return Error{ErrorCode::InvalidArgument, tr("a prepared question has an invalid id")};
            }
            if (question.text.isEmpty() || question.text.size() > MaxQuestionLength) {
                return Error{ErrorCode::InvalidArgument,
                             tr("a prepared question needs a text of 1 to %1 characters").arg(MaxQuestionLength)};
            }
            if (question.itemId != 0 && agenda.indexOf(question.itemId) < 0) {
                return Error{ErrorCode::InvalidArgument, tr("a prepared question belongs to no agenda item")};
            }
            if (question.speakerId != 0 && !floor.participant(question.speakerId)) {
                return Error{ErrorCode::InvalidArgument, tr("a prepared question is for no participant")};
            }
            if (const PreparedQuestion *old = this->question(question.id)) {
                question.asked = old->asked;
                question.askedAtMs = old->askedAtMs;
            }
            ids.insert(question.id);
            bank.append(question);
        }
        m_questions = bank;
        return {};
    }
    if (event.type == EventType::QuestionAsked) {
        auto marked = events::read<events::QuestionAsked>(event);
        if (!marked) {
            return marked.error();
        }
        const int id = marked->id;
        const bool asked = marked->asked;
        for (auto &question : m_questions) {
            if (question.id == id) {
                question.asked = asked;
                question.askedAtMs = asked ? event.sessionMs : -1;
                return {};
            }
        }
        return Error{ErrorCode::InvalidArgument, tr("there is no such prepared question")};
    }
    return Error{ErrorCode::Corrupt, tr("unknown event \"%1\"").arg(EventCatalogue::name(event.type))};
}

void QuestionBank::detachMissingItems(const Agenda &agenda)
{
    for (auto &question : m_questions) {
        if (question.itemId != 0 && agenda.indexOf(question.itemId) < 0) {
            question.itemId = 0;
        }
    }
}

void QuestionBank::detachMissingSpeakers(const FloorState &floor)
{
    for (auto &question : m_questions) {
        if (question.speakerId != 0 && !floor.participant(question.speakerId)) {
            question.speakerId = 0;
        }
    }
}

QList<PreparedQuestion> QuestionBank::forMoment(int itemId, int speakerId) const
{
    QList<PreparedQuestion> open;
    QList<PreparedQuestion> asked;
    for (const auto &question : m_questions) {
        const bool forItem = question.itemId != 0 && question.itemId == itemId;
        const bool forSpeaker = question.speakerId != 0 && question.speakerId == speakerId;
        const bool general = question.itemId == 0 && question.speakerId == 0;
        // A question for an item and a speaker shows at that item; one for a speaker only, whenever they speak.
        const bool shown = forItem || (question.itemId == 0 && forSpeaker) || general;
        if (shown) {
            (question.asked ? asked : open).append(question);
        }
    }
    return open + asked;
}

} // namespace core
