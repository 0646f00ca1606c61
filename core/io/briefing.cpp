// SPDX-License-Identifier: MIT
#include "core/io/briefing.h"

#include "core/base/plaintext.h"
#include "core/base/timeformat.h"
#include "core/io/markup.h"
#include "core/io/report.h"
#include "core/session/sessionstate.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace core {
namespace {

Person asPerson(const Participant &p)
{
    return Person{p.name, p.organization, p.stakeholderGroup, p.region};
}

QString clock(QTime time)
{
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(u":ss"_s); // some locales (C) show seconds even in the short format
    return QLocale().toString(time, format);
}

QTime after(QTime start, qint64 ms)
{
    return start.addMSecs(int(ms % (24 * 3'600'000LL)));
}

/// Each line of the text its own Markdown paragraph.
QString markdownParagraphs(const QString &text)
{
    QStringList paragraphs;
    for (const QString &line : plainText(text).split(u'\n', Qt::SkipEmptyParts)) {
        paragraphs.append(markdownLine(line));
    }
    return paragraphs.join(u"\n\n"_s);
}

} // namespace

Briefing Briefing::build(const SessionState &state, const Options &options)
{
    const SessionDefinition &definition = state.definition();
    const Agenda &agenda = state.agenda();
    const FloorState &floor = state.floor();
    Briefing briefing;
    briefing.includeQuestions = options.includeQuestions;
    briefing.title = definition.code.isEmpty() ? definition.title : definition.code + u' ' + definition.title;
    QStringList format;
    for (const QString &part : {definition.formatType, definition.formatLayout}) {
        if (!part.isEmpty()) {
            format.append(balancedBidi(part));
        }
    }
    const qint64 total = agenda.plannedTotalMs();
    format.append(tr("%1 min").arg(QLocale().toString(total / 60'000)));
    briefing.format = format.join(u" - "_s);
    const QString times = tr("%1 to %2").arg(clock(options.start), clock(after(options.start, total)));
    briefing.when =
        options.date.isValid() ? QLocale().toString(options.date, QLocale::LongFormat) + u", "_s + times : times;

    for (const Person &person : definition.organizers) {
        briefing.organizers.append(personLine(person));
    }
    for (const Participant &p : floor.participants()) {
        if (p.hasRole(Role::Moderator)) {
            briefing.moderators.append(personLine(asPerson(p)));
        }
        if (p.hasRole(Role::OnlineModerator)) {
            briefing.onlineModerators.append(personLine(asPerson(p)));
        }
        if (p.hasRole(Role::Rapporteur)) {
            briefing.rapporteurs.append(personLine(asPerson(p)));
        }
    }
    briefing.policyQuestions = definition.policyQuestions;
    briefing.onlineParticipation = definition.onlineParticipation;
    briefing.discussionFacilitation = definition.discussionFacilitation;

    // The agenda with clock times: leaves follow one another; a block spans its leaves.
    QHash<int, QTime> startOf;
    QTime at = options.start;
    for (int index : agenda.leafIndexes()) {
        startOf.insert(index, at);
        at = at.addMSecs(int(agenda.plannedMs(index)));
    }
    for (int i = 0; i < agenda.size(); ++i) {
        const AgendaItem &item = agenda.item(i);
        const QList<int> leaves = agenda.leafIndexesUnder(i);
        BriefingItem entry;
        entry.title = item.title;
        entry.note = item.note;
        entry.speaker = item.kind == ItemKind::Speaker ? item.speaker : QString();
        entry.depth = item.depth;
        entry.from = startOf.value(leaves.constFirst());
        entry.plannedMs = agenda.plannedMs(i);
        entry.to = entry.from.addMSecs(int(entry.plannedMs));
        briefing.agenda.append(entry);

        if (!agenda.isLeaf(i)) {
            continue;
        }
        if (item.kind == ItemKind::Speaker) {
            if (const Participant *p = floor.participantByName(item.speaker)) {
                briefing.speakingOrder.append({personLine(asPerson(*p)), entry.from, entry.plannedMs});
            } else if (!item.speaker.isEmpty()) {
                briefing.speakingOrder.append({item.speaker, entry.from, entry.plannedMs});
            }
            // User text inside a phrase is balanced, so it cannot turn the phrase around; exports isolate the whole.
            briefing.chairMoments.append(
                {entry.to,
                 item.speaker.isEmpty() ? tr("after \"%1\"").arg(balancedBidi(oneLine(item.title)))
                                        : tr("after %1's presentation").arg(balancedBidi(oneLine(item.speaker)))});
        } else if (item.kind == ItemKind::EmptyChair) {
            briefing.chairMoments.append({entry.from, item.title});
        }
    }
    // Invited speakers without an item of their own still appear in the speaking order.
    for (int id : floor.rotation()) {
        const Participant *p = floor.participant(id);
        const QString line = p ? personLine(asPerson(*p)) : QString();
        const bool listed = std::any_of(briefing.speakingOrder.begin(),
                                        briefing.speakingOrder.end(),
                                        [&](const BriefingSlot &slot) { return slot.person == line; });
        if (p && !listed) {
            briefing.speakingOrder.append({line, QTime(), 0});
        }
    }

    if (options.includeQuestions) {
        for (const PreparedQuestion &question : state.questions().questions()) {
            QStringList context;
            if (const int index = agenda.indexOf(question.itemId); index >= 0) {
                context.append(balancedBidi(oneLine(agenda.item(index).title)));
            }
            if (const Participant *p = floor.participant(question.speakerId)) {
                context.append(tr("for %1").arg(balancedBidi(oneLine(p->name))));
            }
            briefing.questions.append({context.join(u", "_s), question.text});
        }
    }
    return briefing;
}

QString Briefing::toMarkdown() const
{
    QString md = u"# "_s + markdownLine(title) + u"\n\n"_s;
    md += u"*"_s + tr("Briefing for speakers and co-moderators") + u"*\n\n"_s;
    md += u"- **"_s + tr("Format") + u":** "_s + markdownLine(format) + u'\n';
    md += u"- **"_s + tr("When") + u":** "_s + markdownText(when) + u"\n\n"_s;
    md += markdownList(tr("Organizers"), organizers) + markdownList(tr("Onsite moderator"), moderators)
          + markdownList(tr("Online moderator"), onlineModerators) + markdownList(tr("Rapporteur"), rapporteurs);
    if (!policyQuestions.isEmpty()) {
        md += u"## "_s + tr("Policy questions") + u"\n\n"_s;
        for (qsizetype i = 0; i < policyQuestions.size(); ++i) {
            md += QString::number(i + 1) + u". "_s + markdownLine(policyQuestions.at(i)) + u'\n';
        }
        md += u'\n';
    }
    md += u"## "_s + tr("Agenda") + u"\n\n"_s;
    md += u"| "_s + tr("Time") + u" | "_s + tr("Item") + u" | "_s + tr("Length") + u" |\n| --- | --- | ---: |\n"_s;
    for (const BriefingItem &item : agenda) {
        md += u"| "_s + clock(item.from) + u"–"_s + clock(item.to) + u" | "_s + QString(item.depth * 2, QChar(0x00A0))
              + markdownLine(item.title) + u" | "_s + formatDuration(item.plannedMs) + u" |\n"_s;
    }
    md += u'\n';
    for (const BriefingItem &item : agenda) {
        if (!item.note.isEmpty()) {
            md += u"- **"_s + markdownLine(item.title) + u"**: "_s + markdownLine(item.note) + u'\n';
        }
    }
    md += u"\n## "_s + tr("Speaking order") + u"\n\n"_s;
    if (speakingOrder.isEmpty()) {
        md += tr("No invited speakers yet.") + u"\n"_s;
    }
    for (qsizetype i = 0; i < speakingOrder.size(); ++i) {
        const BriefingSlot &slot = speakingOrder.at(i);
        md += QString::number(i + 1) + u". "_s + markdownLine(slot.person);
        if (slot.plannedMs > 0) {
            md += u" — "_s + tr("%1, from %2").arg(formatDuration(slot.plannedMs), clock(slot.from));
        }
        md += u'\n';
    }
    md += u"\n## "_s + tr("The empty chair") + u"\n\n"_s;
    md += tr("An empty chair stands next to the speakers. The moderator invites the audience to take it "
             "to bring new perspectives or to challenge the speakers; the online moderator takes it on "
             "behalf of online participants whenever they wish to join.")
          + u"\n\n"_s;
    for (const ChairMoment &moment : chairMoments) {
        md += u"- "_s + clock(moment.at) + u" "_s + markdownLine(moment.after) + u'\n';
    }
    md += u"\n## "_s + tr("How online participants join") + u"\n\n"_s;
    md += onlineParticipation.isEmpty() ? tr("The proposal does not say; agree on it with the online moderator.")
                                        : markdownParagraphs(onlineParticipation);
    md += u"\n\n"_s;
    if (!discussionFacilitation.isEmpty()) {
        md += u"## "_s + tr("Discussion facilitation") + u"\n\n"_s + markdownParagraphs(discussionFacilitation)
              + u"\n\n"_s;
    }
    if (includeQuestions) {
        md += u"## "_s + tr("Prepared questions") + u"\n\n"_s;
        if (questions.isEmpty()) {
            md += tr("None yet.") + u"\n"_s;
        }
        for (const BriefingQuestion &question : questions) {
            md += u"- "_s
                  + (question.context.isEmpty() ? QString() : u"*"_s + markdownLine(question.context) + u"*: "_s)
                  + markdownLine(question.text) + u'\n';
        }
    }
    return md;
}

QString Briefing::toHtml() const
{
    auto e = [](const QString &text) { return text.toHtmlEscaped(); };
    QString html = htmlStart(title);
    html += u"<h1 dir=\"auto\">"_s + htmlText(title) + u"</h1>\n<p style=\"color:#555\">"_s
            + e(tr("Briefing for speakers and co-moderators")) + u"</p>\n<p><b>"_s + e(tr("Format")) + u":</b> "_s
            + htmlText(format) + u"<br><b>"_s + e(tr("When")) + u":</b> "_s + e(when) + u"</p>\n"_s;
    html += htmlList(tr("Organizers"), organizers) + htmlList(tr("Onsite moderator"), moderators)
            + htmlList(tr("Online moderator"), onlineModerators) + htmlList(tr("Rapporteur"), rapporteurs);
    if (!policyQuestions.isEmpty()) {
        html += u"<h2>"_s + e(tr("Policy questions")) + u"</h2>\n<ol>\n"_s;
        for (const QString &question : policyQuestions) {
            html += u"<li dir=\"auto\">"_s + htmlText(question) + u"</li>\n"_s;
        }
        html += u"</ol>\n"_s;
    }
    html += u"<h2>"_s + e(tr("Agenda")) + u"</h2>\n<table>\n<tr><th>"_s + e(tr("Time")) + u"</th><th>"_s + e(tr("Item"))
            + u"</th><th>"_s + e(tr("Length")) + u"</th></tr>\n"_s;
    for (const BriefingItem &item : agenda) {
        html += u"<tr><td>"_s + e(clock(item.from) + u"–"_s + clock(item.to))
                + u"</td><td dir=\"auto\" style=\"padding-inline-start:"_s + QString::number(0.6 + item.depth * 1.5)
                + u"em\">"_s + (item.depth == 0 ? u"<b>"_s + htmlText(item.title) + u"</b>"_s : htmlText(item.title));
        if (!item.note.isEmpty()) {
            html += u"<br><small>"_s + htmlText(item.note) + u"</small>"_s;
        }
        html += u"</td><td class=\"n\">"_s + e(formatDuration(item.plannedMs)) + u"</td></tr>\n"_s;
    }
    html += u"</table>\n<h2>"_s + e(tr("Speaking order")) + u"</h2>\n"_s;
    if (speakingOrder.isEmpty()) {
        html += u"<p>"_s + e(tr("No invited speakers yet.")) + u"</p>\n"_s;
    } else {
        html += u"<ol>\n"_s;
        for (const BriefingSlot &slot : speakingOrder) {
            html += u"<li dir=\"auto\">"_s + htmlText(slot.person);
            if (slot.plannedMs > 0) {
                html += u" — "_s + e(tr("%1, from %2").arg(formatDuration(slot.plannedMs), clock(slot.from)));
            }
            html += u"</li>\n"_s;
        }
        html += u"</ol>\n"_s;
    }
    html += u"<h2>"_s + e(tr("The empty chair")) + u"</h2>\n<p>"_s
            + e(tr("An empty chair stands next to the speakers. The moderator invites the audience to take it "
                   "to bring new perspectives or to challenge the speakers; the online moderator takes it on "
                   "behalf of online participants whenever they wish to join."))
            + u"</p>\n<ul>\n"_s;
    for (const ChairMoment &moment : chairMoments) {
        html += u"<li dir=\"auto\">"_s + e(clock(moment.at)) + u" "_s + htmlText(moment.after) + u"</li>\n"_s;
    }
    html += u"</ul>\n<h2>"_s + e(tr("How online participants join")) + u"</h2>\n"_s;
    auto paragraphs = [&](const QString &text) {
        for (const QString &line : plainText(text).split(u'\n', Qt::SkipEmptyParts)) {
            html += u"<p dir=\"auto\">"_s + htmlText(line) + u"</p>\n"_s;
        }
    };
    if (onlineParticipation.isEmpty()) {
        html += u"<p>"_s + e(tr("The proposal does not say; agree on it with the online moderator.")) + u"</p>\n"_s;
    } else {
        paragraphs(onlineParticipation);
    }
    if (!discussionFacilitation.isEmpty()) {
        html += u"<h2>"_s + e(tr("Discussion facilitation")) + u"</h2>\n"_s;
        paragraphs(discussionFacilitation);
    }
    if (includeQuestions) {
        html += u"<h2>"_s + e(tr("Prepared questions")) + u"</h2>\n"_s;
        if (questions.isEmpty()) {
            html += u"<p>"_s + e(tr("None yet.")) + u"</p>\n"_s;
        } else {
            html += u"<ul>\n"_s;
            for (const BriefingQuestion &question : questions) {
                html += u"<li dir=\"auto\">"_s
                        + (question.context.isEmpty() ? QString() : u"<b>"_s + htmlText(question.context) + u"</b>: "_s)
                        + htmlText(question.text) + u"</li>\n"_s;
            }
            html += u"</ul>\n"_s;
        }
    }
    html += u"</body>\n</html>\n"_s;
    return html;
}

} // namespace core
