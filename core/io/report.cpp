// SPDX-License-Identifier: MIT
#include "core/io/report.h"

#include "core/base/plaintext.h"
#include "core/base/timeformat.h"
#include "core/io/markup.h"
#include "core/session/session.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace core {

QString personLine(const Person &person)
{
    QStringList parts{balancedBidi(person.name)};
    for (const QString &part : {person.organization, person.stakeholderGroup, person.region}) {
        const QString balanced = balancedBidi(part);
        if (!balanced.isEmpty() && !parts.contains(balanced)) {
            parts.append(balanced);
        }
    }
    return parts.join(u", "_s);
}

Draft Report::draftFor(const Session &session, int words)
{
    QList<DraftNote> notes;
    for (const Note &note : session.state().notes().notes()) {
        if (note.deleted) {
            continue;
        }
        DraftNote draftNote;
        draftNote.line = note.id;
        draftNote.text = note.text;
        draftNote.tag = note.hasTag(NoteTag::Takeaway)       ? DraftNote::Tag::Takeaway
                        : note.hasTag(NoteTag::CallToAction) ? DraftNote::Tag::CallToAction
                                                             : DraftNote::Tag::None;
        notes.append(draftNote);
    }
    return Drafter::draft(session.state().report().transcript(), notes, words);
}

Report Report::build(const Session &session)
{
    const SessionState &state = session.state();
    const SessionDefinition &definition = state.definition();
    Report report;
    report.title = definition.code.isEmpty() ? definition.title : definition.code + u' ' + definition.title;
    const qint64 startWall = state.startedAtWallMs() >= 0 ? state.startedAtWallMs() : session.wallMsAt(session.now());
    report.date = QLocale().toString(QDateTime::fromMSecsSinceEpoch(startWall).date(), QLocale::LongFormat);
    for (const Person &person : definition.organizers) {
        report.organizers.append(personLine(person));
    }
    // The people as they stand in the session (edited after the import), in the speaking order.
    const FloorState &floor = state.floor();
    auto asPerson = [](const Participant &p) { return Person{p.name, p.organization, p.stakeholderGroup, p.region}; };
    for (const Participant &p : floor.participants()) {
        if ((p.hasRole(Role::Moderator) || p.hasRole(Role::OnlineModerator))
            && !report.moderators.contains(personLine(asPerson(p)))) {
            report.moderators.append(personLine(asPerson(p)));
        }
        if (p.hasRole(Role::Rapporteur) && report.rapporteur.isEmpty()) {
            report.rapporteur = personLine(asPerson(p));
        }
    }
    for (int id : floor.rotationOrder()) {
        if (const Participant *p = floor.participant(id)) {
            report.speakers.append(personLine(asPerson(*p)));
        }
    }

    const Draft draft = draftFor(session);
    const ReportState &written = state.report();
    const QStringList keys = ReportState::fieldKeys();
    const char *const titles[] = {
        QT_TRANSLATE_NOOP("core::Report", "Key policy questions and expectations"),
            QT_TRANSLATE_NOOP("core::Report", "Discussion areas"),
                QT_TRANSLATE_NOOP("core::Report", "Policy recommendations or suggestions for the way forward"),
                    QT_TRANSLATE_NOOP("core::Report", "Other initiatives addressing the session issues"),
                        QT_TRANSLATE_NOOP("core::Report", "Making progress for tackled issues"),
                            QT_TRANSLATE_NOOP("core::Report", "Estimated participation"),
                                              QT_TRANSLATE_NOOP("core::Report", "Reflection to gender issues"),
                                                                QT_TRANSLATE_NOOP("core::Report", "Session outputs"),
                                              };
    for (qsizetype i = 0; i < keys.size(); ++i) {
        report.fieldTitles.append(tr(titles[i]));
        QString text = written.field(keys.at(i)).trimmed();
        if (text.isEmpty()) {
            // Drafts where the session knows the answer; the rapporteur edits them.
            if (keys.at(i) == u"policy_questions") {
                text = definition.policyQuestions.join(u'\n');
            } else if (keys.at(i) == u"discussion_areas") {
                text = draft.topics.join(u'\n');
            } else if (keys.at(i) == u"recommendations") {
                QStringList actions;
                for (const DraftSentence &sentence : draft.callsToAction) {
                    actions.append(sentence.text);
                }
                text = actions.join(u'\n');
            } else if (keys.at(i) == u"participation") {
                text = tr("Onsite: %1. Online: %2. Of whom women: %3.")
                           .arg(written.onsite())
                           .arg(written.online())
                           .arg(written.women());
            } else if (keys.at(i) == u"outputs") {
                text = draft.summary;
            }
        }
        report.fields.append(text);
    }
    for (const Takeaway &takeaway : state.display().takeaways()) {
        if (report.takeaways.size() < 3) {
            report.takeaways.append(takeaway.text);
        }
    }
    for (const DraftSentence &sentence : draft.takeaways) {
        if (report.takeaways.size() < 3 && !report.takeaways.contains(sentence.text)) {
            report.takeaways.append(sentence.text);
        }
    }
    for (const DraftSentence &sentence : draft.callsToAction) {
        if (report.callsToAction.size() < 3) {
            report.callsToAction.append(sentence.text);
        }
    }
    // What participants said from their phones.
    const AudienceState &audience = state.audience();
    auto from = [&floor](int participant) {
        const Participant *p = floor.participant(participant);
        return p && !p->stakeholderGroup.isEmpty() ? p->stakeholderGroup : tr("stakeholder group not given");
    };
    if (!audience.phones().isEmpty()) {
        int answered = 0;
        for (const InboxItem &item : audience.inbox()) {
            answered += item.status == InboxItem::Status::Read || item.status == InboxItem::Status::Displayed
                                || item.status == InboxItem::Status::Banked
                            ? 1
                            : 0;
        }
        report.phoneSummary = tr("%n participant(s) joined from their phones", nullptr, int(audience.phones().size()))
                              + u"; "_s + tr("%n written question(s) sent", nullptr, int(audience.inbox().size()))
                              + u", "_s + tr("%n taken up by the moderator", nullptr, answered) + u'.';
        for (const Takeaway &takeaway : state.display().takeaways()) {
            const auto [agree, disagree] = audience.stanceCounts(takeaway.id);
            QStringList comments;
            for (const Reaction &reaction : audience.reactions()) {
                if (reaction.takeaway == takeaway.id && reaction.reaction == u"comment") {
                    comments.append(tr("\"%1\" (%2)").arg(oneLine(reaction.text), from(reaction.participant)));
                }
            }
            if (agree + disagree == 0 && comments.isEmpty()) {
                continue;
            }
            QString line = tr("%1 — agree: %2, disagree: %3").arg(oneLine(takeaway.text)).arg(agree).arg(disagree);
            if (!comments.isEmpty()) {
                line += u". "_s + tr("Comments: %1").arg(comments.join(u"; "_s));
            }
            report.reactions.append(line);
        }
        for (const SharedTakeaway &shared : audience.sharedTakeaways()) {
            report.participantTakeaways.append(tr("%1 (%2)").arg(oneLine(shared.text), from(shared.participant)));
        }
    }
    report.balance = FloorBalance::compute(state, session.now());
    const Agenda &agenda = state.agenda();
    for (int index = 0; index < agenda.size(); ++index) {
        report.agenda.append({agenda.item(index).title,
                              agenda.item(index).depth,
                              agenda.plannedMs(index),
                              state.elapsedMs(index, session.now())});
    }
    return report;
}

QString Report::toMarkdown() const
{
    QString md;
    md += u"# "_s + markdownLine(title) + u"\n\n"_s;
    auto list = [&md](const QString &heading, const QStringList &items) { md += markdownList(heading, items); };
    md += tr("Date: %1").arg(date) + u"\n\n"_s;
    list(tr("Organizers"), organizers);
    list(tr("Moderators"), moderators);
    if (!rapporteur.isEmpty()) {
        list(tr("Rapporteur"), {rapporteur});
    }
    list(tr("Speakers"), speakers);
    md += u"## "_s + tr("Short report") + u"\n\n"_s;
    list(tr("Key takeaways"), takeaways);
    list(tr("Calls to action"), callsToAction);
    if (!phoneSummary.isEmpty()) {
        md += u"## "_s + tr("From participants' phones") + u"\n\n"_s + markdownLine(phoneSummary) + u"\n\n"_s;
        list(tr("Reactions to the key takeaways"), reactions);
        list(tr("Participants' own key takeaways"), participantTakeaways);
    }
    md += u"## "_s + tr("Long report") + u"\n\n"_s;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        md += u"### "_s + QString::number(i + 1) + u". "_s + fieldTitles.at(i) + u"\n\n"_s;
        for (const QString &line : plainText(fields.at(i)).split(u'\n', Qt::SkipEmptyParts)) {
            md += markdownLine(line) + u"\n\n"_s;
        }
    }
    md += u"## "_s + tr("Floor time by stakeholder group") + u"\n\n"_s;
    md += u"| "_s + tr("Stakeholder group") + u" | "_s + tr("Time") + u" | "_s + tr("Turns")
          + u" |\n| --- | ---: | ---: |\n"_s;
    for (const BalanceRow &row : balance.rows[FloorBalance::StakeholderGroup]) {
        md += u"| "_s + (row.key == u"unknown" ? tr("not given") : markdownLine(row.key)) + u" | "_s
              + formatDuration(row.ms) + u" | "_s + QString::number(row.turns) + u" |\n"_s;
    }
    md += u"\n## "_s + tr("Planned and actual time") + u"\n\n"_s;
    md += u"| "_s + tr("Agenda item") + u" | "_s + tr("Planned") + u" | "_s + tr("Actual")
          + u" |\n| --- | ---: | ---: |\n"_s;
    for (const ReportItem &item : agenda) {
        md += u"| "_s + QString(item.depth * 2, QChar(0x00A0)) + markdownLine(item.title) + u" | "_s
              + formatDuration(item.plannedMs) + u" | "_s + formatDuration(item.actualMs) + u" |\n"_s;
    }
    return md;
}

QString Report::toHtml() const
{
    auto e = [](const QString &text) { return text.toHtmlEscaped(); };
    QString html = htmlStart(title, u".bar{background:#4FC3F7;height:.8em}"_s);
    html += u"<h1 dir=\"auto\">"_s + htmlText(title) + u"</h1>\n<p>"_s + e(tr("Date: %1").arg(date)) + u"</p>\n"_s;
    auto list = [&](const QString &heading, const QStringList &items, bool ordered = false) {
        html += htmlList(heading, items, ordered);
    };
    list(tr("Organizers"), organizers);
    list(tr("Moderators"), moderators);
    if (!rapporteur.isEmpty()) {
        list(tr("Rapporteur"), {rapporteur});
    }
    list(tr("Speakers"), speakers);
    html += u"<h2>"_s + e(tr("Short report")) + u"</h2>\n"_s;
    list(tr("Key takeaways"), takeaways, true);
    list(tr("Calls to action"), callsToAction, true);
    if (!phoneSummary.isEmpty()) {
        html += u"<h2>"_s + e(tr("From participants' phones")) + u"</h2>\n<p dir=\"auto\">"_s + htmlText(phoneSummary)
                + u"</p>\n"_s;
        list(tr("Reactions to the key takeaways"), reactions);
        list(tr("Participants' own key takeaways"), participantTakeaways);
    }
    html += u"<h2>"_s + e(tr("Long report")) + u"</h2>\n"_s;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        html += u"<h3>"_s + QString::number(i + 1) + u". "_s + e(fieldTitles.at(i)) + u"</h3>\n"_s;
        for (const QString &line : plainText(fields.at(i)).split(u'\n', Qt::SkipEmptyParts)) {
            html += u"<p dir=\"auto\">"_s + htmlText(line) + u"</p>\n"_s;
        }
    }
    html += u"<h2>"_s + e(tr("Floor time by stakeholder group")) + u"</h2>\n<table>\n"_s;
    for (const BalanceRow &row : balance.rows[FloorBalance::StakeholderGroup]) {
        const int width = balance.totalMs > 0 ? int(row.ms * 100 / balance.totalMs) : 0;
        html += u"<tr><td dir=\"auto\">"_s + (row.key == u"unknown" ? e(tr("not given")) : htmlText(row.key))
                + u"</td><td class=\"n\">"_s + e(formatDuration(row.ms))
                + u"</td><td style=\"width:12em\"><div class=\"bar\" style=\"width:"_s + QString::number(width)
                + u"%\"></div></td></tr>\n"_s;
    }
    html += u"</table>\n<h2>"_s + e(tr("Planned and actual time")) + u"</h2>\n<table>\n<tr><th>"_s
            + e(tr("Agenda item")) + u"</th><th>"_s + e(tr("Planned")) + u"</th><th>"_s + e(tr("Actual"))
            + u"</th></tr>\n"_s;
    for (const ReportItem &item : agenda) {
        html += u"<tr><td dir=\"auto\" style=\"padding-inline-start:"_s + QString::number(0.6 + item.depth * 1.5)
                + u"em\">"_s + htmlText(item.title) + u"</td><td class=\"n\">"_s + e(formatDuration(item.plannedMs))
                + u"</td><td class=\"n\">"_s + e(formatDuration(item.actualMs)) + u"</td></tr>\n"_s;
    }
    html += u"</table>\n</body>\n</html>\n"_s;
    return html;
}

} // namespace core
