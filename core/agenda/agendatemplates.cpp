// SPDX-License-Identifier: MIT
#include "core/agenda/agendatemplates.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace core {
namespace {

constexpr int StandardSpeakerSlots = 3;

/// An item of a plan: a block when it has children, else a leaf with its minutes.
struct Node
{
    QString title;
    ItemKind kind = ItemKind::Other;
    int minutes = 0;
    QString speaker;
    QList<Node> children;
};

/// A speaker's place in a plan: titled with the person's name, or "Speaker 1" while nobody is named.
struct SpeakerSlot
{
    QString title;
    QString speaker;
};

QList<SpeakerSlot> namedSlots(const QStringList &speakers)
{
    QList<SpeakerSlot> speakerSlots;
    for (const QString &name : speakers) {
        speakerSlots.append({name, name});
    }
    return speakerSlots;
}

QJsonObject nodeToJson(const Node &node)
{
    AgendaItem item;
    item.title = node.title;
    item.kind = node.kind;
    item.speaker = node.speaker;
    QJsonArray children;
    for (const Node &child : node.children) {
        children.append(nodeToJson(child));
    }
    item.plannedMs = children.isEmpty() ? qint64(node.minutes) * 60'000 : 0;
    return Agenda::itemToJson(item, children, Agenda::JsonForm::Authored);
}

Agenda toAgenda(const QList<Node> &nodes)
{
    QJsonArray array;
    for (const Node &node : nodes) {
        array.append(nodeToJson(node));
    }
    auto agenda = Agenda::fromJson(array);
    Q_ASSERT(agenda.has_value());
    return std::move(agenda).value();
}

void collectLeaves(QList<Node> &nodes, QList<Node *> &leaves)
{
    for (Node &node : nodes) {
        if (node.children.isEmpty()) {
            leaves.append(&node);
        } else {
            collectLeaves(node.children, leaves);
        }
    }
}

/// Makes the leaves add up to exactly `minutes`, each at least one minute; false when they cannot.
bool fitLeaves(QList<Node> &nodes, int minutes)
{
    QList<Node *> leaves;
    collectLeaves(nodes, leaves);
    if (leaves.isEmpty() || minutes < leaves.size()) {
        return false;
    }
    int total = 0;
    for (Node *leaf : leaves) {
        leaf->minutes = std::max(1, leaf->minutes);
        total += leaf->minutes;
    }
    while (total != minutes) {
        Node *largest = *std::max_element(
            leaves.cbegin(), leaves.cend(), [](const Node *a, const Node *b) { return a->minutes < b->minutes; });
        const int change = total > minutes ? -std::min(total - minutes, largest->minutes - 1) : minutes - total;
        largest->minutes += change;
        total += change;
    }
    return true;
}

Node leaf(const QString &title, ItemKind kind, int minutes)
{
    Node node;
    node.title = title;
    node.kind = kind;
    node.minutes = minutes;
    return node;
}

Node speakerLeaf(const SpeakerSlot &speakerSlot, int minutes)
{
    Node node = leaf(speakerSlot.title, ItemKind::Speaker, minutes);
    node.speaker = speakerSlot.speaker;
    return node;
}

Node speakersWithAudience(const QList<SpeakerSlot> &speakerSlots, int minutes)
{
    Node block = leaf(AgendaTemplates::speakersAndAudienceInput(), ItemKind::Other, 0);
    const QList<int> split = AgendaTemplates::shares(minutes, int(speakerSlots.size()) * 2);
    for (qsizetype i = 0; i < speakerSlots.size(); ++i) {
        block.children.append(speakerLeaf(speakerSlots.at(i), split.at(2 * i)));
        block.children.append(leaf(AgendaTemplates::audienceInput(), ItemKind::AudienceInput, split.at(2 * i + 1)));
    }
    return block;
}

/// A block with one slot for each speaker, sharing the minutes.
Node blockOfSlots(const QString &title, const QList<SpeakerSlot> &speakerSlots, int minutes)
{
    Node block = leaf(title, ItemKind::Other, 0);
    const QList<int> split = AgendaTemplates::shares(minutes, int(speakerSlots.size()));
    for (qsizetype i = 0; i < speakerSlots.size(); ++i) {
        block.children.append(speakerLeaf(speakerSlots.at(i), split.at(i)));
    }
    return block;
}

enum class FormatFamily
{
    Panel,
    RoundTable,
    BirdsOfAFeather,
    Workshop, ///< break-out group discussions and anything else
};

FormatFamily familyOf(const QString &formatType)
{
    QString key = formatType.toLower().simplified();
    key.replace(u'-', u' ');
    while (!key.isEmpty() && (key.endsWith(u'.') || key.endsWith(u';'))) {
        key.chop(1);
    }
    key = key.simplified();
    if (key.contains(u"panel")) {
        return FormatFamily::Panel;
    }
    if (key.contains(u"round table") || key.contains(u"roundtable")) {
        return FormatFamily::RoundTable;
    }
    if (key.contains(u"birds of a feather") || key == u"bof") {
        return FormatFamily::BirdsOfAFeather;
    }
    return FormatFamily::Workshop;
}

/// Moves what does not divide evenly among `count` items from `middle` to `summary`.
void evenOut(int &middle, int &summary, int count)
{
    if (count > 0 && middle > count) {
        const int remainder = middle % count;
        middle -= remainder;
        summary += remainder;
    }
}

/// The standard workshop: opening 10, the speakers each followed by audience input, summary ~20%.
QList<Node> workshopPlan(int minutes, const QList<SpeakerSlot> &speakerSlots)
{
    const int opening = std::min(10, qRound(minutes / 9.0));
    int summary = qRound(minutes * 0.20);
    int middle = minutes - opening - summary;
    evenOut(middle, summary, 2 * int(speakerSlots.size()));
    QList<Node> nodes;
    nodes.append(leaf(AgendaTemplates::introduction(), ItemKind::Opening, opening));
    if (!speakerSlots.isEmpty()) {
        nodes.append(speakersWithAudience(speakerSlots, middle));
    } else {
        nodes.append(leaf(AgendaTemplates::presentationsAndAudienceInput(), ItemKind::Other, middle));
    }
    nodes.append(leaf(AgendaTemplates::summary(), ItemKind::Summary, summary));
    return nodes;
}

QList<Node> formatPlan(FormatFamily family, int minutes, const QList<SpeakerSlot> &speakerSlots)
{
    const int n = int(speakerSlots.size());
    QList<Node> nodes;
    switch (family) {
    case FormatFamily::Panel: {
        // Opening ~10%, each speaker's presentation, audience questions, summary ~15%.
        const int opening = qRound(minutes * 0.10);
        int summary = qRound(minutes * 0.15);
        const int middle = minutes - opening - summary;
        int questions = qRound(middle * 0.4);
        int presentations = middle - questions;
        evenOut(presentations, questions, n);
        nodes.append(leaf(AgendaTemplates::introduction(), ItemKind::Opening, opening));
        nodes.append(n > 0 ? blockOfSlots(AgendaTemplates::tr("Presentations"), speakerSlots, presentations)
                           : leaf(AgendaTemplates::tr("Panel presentations"), ItemKind::Other, presentations));
        nodes.append(leaf(AgendaTemplates::tr("Audience questions and answers"), ItemKind::AudienceInput, questions));
        nodes.append(leaf(AgendaTemplates::summary(), ItemKind::Summary, summary));
        break;
    }
    case FormatFamily::RoundTable: {
        // Opening, a round of short interventions, open discussion, summary.
        const int opening = qRound(minutes * 0.10);
        const int summary = qRound(minutes * 0.15);
        const int middle = minutes - opening - summary;
        int round = qRound(middle * 0.4);
        int discussion = middle - round;
        evenOut(round, discussion, n);
        nodes.append(leaf(AgendaTemplates::introduction(), ItemKind::Opening, opening));
        nodes.append(n > 0 ? blockOfSlots(AgendaTemplates::tr("Round of interventions"), speakerSlots, round)
                           : leaf(AgendaTemplates::tr("Round of interventions"), ItemKind::Other, round));
        nodes.append(leaf(AgendaTemplates::openDiscussion(), ItemKind::AudienceInput, discussion));
        nodes.append(leaf(AgendaTemplates::summary(), ItemKind::Summary, summary));
        break;
    }
    case FormatFamily::BirdsOfAFeather: {
        // Opening, open discussion in groups, the groups report back, summary.
        const int opening = qRound(minutes * 0.10);
        const int report = qRound(minutes * 0.20);
        const int summary = qRound(minutes * 0.15);
        const int discussion = minutes - opening - report - summary;
        nodes.append(leaf(AgendaTemplates::introduction(), ItemKind::Opening, opening));
        nodes.append(leaf(AgendaTemplates::tr("Open discussion in groups"), ItemKind::AudienceInput, discussion));
        nodes.append(leaf(AgendaTemplates::tr("Report back from the groups"), ItemKind::Other, report));
        nodes.append(leaf(AgendaTemplates::summary(), ItemKind::Summary, summary));
        break;
    }
    case FormatFamily::Workshop:
        nodes = workshopPlan(minutes, speakerSlots);
        break;
    }
    return nodes;
}

} // namespace

QString AgendaTemplates::introduction()
{
    return tr("Introduction");
}

QString AgendaTemplates::speakerSlot(int number)
{
    return tr("Speaker %1").arg(number);
}

QString AgendaTemplates::audienceInput()
{
    return tr("Audience input");
}

QString AgendaTemplates::speakersAndAudienceInput()
{
    return tr("Speakers and audience input");
}

QString AgendaTemplates::presentationsAndAudienceInput()
{
    return tr("Presentations and audience input");
}

QString AgendaTemplates::openDiscussion()
{
    return tr("Open discussion");
}

QString AgendaTemplates::summary()
{
    return tr("Summary and key takeaways");
}

Agenda AgendaTemplates::standardWorkshop()
{
    QList<SpeakerSlot> speakerSlots;
    for (int number = 1; number <= StandardSpeakerSlots; ++number) {
        speakerSlots.append({speakerSlot(number), QString()});
    }
    return toAgenda(workshopPlan(StandardWorkshopMinutes, speakerSlots));
}

QJsonObject AgendaTemplates::speakersBlock(const QStringList &speakers, int minutes)
{
    return nodeToJson(speakersWithAudience(namedSlots(speakers), minutes));
}

Agenda AgendaTemplates::forFormat(const QString &formatType, int minutes, const QStringList &speakers)
{
    if (minutes <= 0) {
        minutes = StandardWorkshopMinutes;
    }
    const FormatFamily family = familyOf(formatType);
    QList<Node> nodes = formatPlan(family, minutes, namedSlots(speakers));
    if (!fitLeaves(nodes, minutes)) {
        // Too many speakers for the time: the same plan without a slot per speaker.
        nodes = formatPlan(family, minutes, {});
        if (!fitLeaves(nodes, minutes)) {
            nodes = {leaf(tr("Session"), ItemKind::Other, minutes)};
        }
    }
    return toAgenda(nodes);
}

QList<int> AgendaTemplates::shares(int total, int count)
{
    QList<int> result;
    if (count <= 0) {
        return result;
    }
    const int each = std::max(1, total / count);
    const int remainder = total >= count ? total % count : 0;
    for (int i = 0; i < count; ++i) {
        result.append(each + (i >= count - remainder ? 1 : 0));
    }
    return result;
}

} // namespace core
