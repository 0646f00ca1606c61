// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>
#include <QTime>

namespace core {

class SessionState;

/// One agenda item in the briefing, with its planned clock times.
struct BriefingItem
{
    QString title;
    QString note; ///< what the item is about (from the proposal or the agenda editor)
    QString speaker;
    int depth = 0;
    QTime from;
    QTime to;
    qint64 plannedMs = 0;
};

/// An invited speaker's turn in the speaking order.
struct BriefingSlot
{
    QString person; ///< name, organisation, group, region
    QTime from;
    qint64 plannedMs = 0;
};

/// A moment when the room is invited to the empty chair.
struct ChairMoment
{
    QTime at;
    QString after; ///< what it follows ("after Eva Schulz-Kamm's presentation") or the item's title
};

/// A prepared question with what it belongs to.
struct BriefingQuestion
{
    QString context; ///< the item and/or the speaker it is for; empty: any moment
    QString text;
};

/**
 * The briefing pack for speakers and co-moderators: session details, people, policy questions,
 * the agenda with planned clock times from a chosen start, the speaking order with each slot's
 * length, the empty-chair moments, how online participants join and, optionally, the prepared
 * questions. Markdown and HTML here (user text escaped and isolated, see core/plaintext.h); PDF in ui.
 */
class Briefing final
{
    Q_DECLARE_TR_FUNCTIONS(core::Briefing)

public:
    struct Options
    {
        QTime start = QTime(9, 0);
        QDate date; ///< shown when valid
        bool includeQuestions = true;
    };

    QString title;
    QString format;
    QString when;
    QStringList organizers;
    QStringList moderators;
    QStringList onlineModerators;
    QStringList rapporteurs;
    QStringList policyQuestions;
    QList<BriefingItem> agenda;
    QList<BriefingSlot> speakingOrder;
    QList<ChairMoment> chairMoments;
    QString onlineParticipation;
    QString discussionFacilitation;
    bool includeQuestions = true;
    QList<BriefingQuestion> questions;

    [[nodiscard]] static Briefing build(const SessionState &state, const Options &options);

    [[nodiscard]] QString toMarkdown() const;
    [[nodiscard]] QString toHtml() const;
};

} // namespace core
