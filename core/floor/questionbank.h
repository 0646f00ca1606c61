// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/event.h"
#include "core/base/result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace core {

class Agenda;
class FloorState;

/// A question written before the session, to ask "if the conversation stalls".
struct PreparedQuestion
{
    int id = 0;
    QString text;       ///< plain user text
    int itemId = 0;     ///< the agenda item it belongs to, 0: any
    int speakerId = 0;  ///< the participant it is for, 0: anyone
    bool asked = false; ///< marked as asked during the session
    qint64 askedAtMs = -1;
};

/**
 * The bank of prepared questions, folded from "question.*" events: "question.bank" replaces the
 * bank (what the editor saves; the asked marks of questions it keeps stay), "question.asked" marks
 * one as asked or not. Usable before, during and after the session.
 */
class QuestionBank final
{
    Q_DECLARE_TR_FUNCTIONS(core::QuestionBank)

public:
    static constexpr int MaxQuestionLength = 1000;
    static constexpr int MaxQuestions = 500;

    [[nodiscard]] static bool handles(EventType type);
    [[nodiscard]] Result<void> apply(const Event &event, const Agenda &agenda, const FloorState &floor);

    [[nodiscard]] const QList<PreparedQuestion> &questions() const { return m_questions; }

    [[nodiscard]] const PreparedQuestion *question(int id) const;
    [[nodiscard]] int nextId() const;

    /// The questions to show while an item runs: the item's, those for its speaker, and those for
    /// neither; not yet asked ones first, each group in the bank's order.
    [[nodiscard]] QList<PreparedQuestion> forMoment(int itemId, int speakerId) const;

    /// Questions of agenda items that no longer exist become questions for any moment.
    void detachMissingItems(const Agenda &agenda);
    /// Questions for participants who were removed become questions for anyone.
    void detachMissingSpeakers(const FloorState &floor);

    [[nodiscard]] static QJsonArray toJson(const QList<PreparedQuestion> &questions);
    /// The questions as toJson() writes them (id 0 or none: a new question); the bank checks the rest.
    [[nodiscard]] static Result<QList<PreparedQuestion>> fromJson(const QJsonArray &array);

private:
    QList<PreparedQuestion> m_questions;
};

} // namespace core
