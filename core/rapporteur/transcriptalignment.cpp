// SPDX-License-Identifier: MIT
#include "core/rapporteur/transcriptalignment.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace core {

QList<int> TranscriptAlignment::itemsOf(const QList<TranscriptTurn> &turns, qint64 zeroMs, const QList<ItemSpan> &spans)
{
    QList<int> items;
    items.reserve(turns.size());
    for (const TranscriptTurn &turn : turns) {
        int item = -1;
        if (turn.startMs >= 0 && zeroMs >= 0) {
            const qint64 at = zeroMs + turn.startMs;
            for (const ItemSpan &span : spans) {
                if (at >= span.startMs && at < span.endMs) {
                    item = span.item;
                    break;
                }
            }
        }
        items.append(item);
    }
    return items;
}

QString TranscriptAlignment::normalizedName(const QString &name)
{
    // Full case folding would also make "ß" "ss"; Qt folds one character to one.
    const QString decomposed =
        name.normalized(QString::NormalizationForm_KD).toCaseFolded().replace(QChar(0x00DF), u"ss"_s);
    QString reduced;
    reduced.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing || c == u'\'' || c == QChar(0x2019)) {
            continue; // accents; O'Brien and OBrien are one name
        }
        reduced.append(c.isLetterOrNumber() ? c : QChar(u' '));
    }
    QStringList words = reduced.split(u' ', Qt::SkipEmptyParts);
    static const QStringList honorifics{
        u"mr"_s, u"mrs"_s, u"ms"_s, u"mx"_s, u"miss"_s, u"dr"_s, u"prof"_s, u"professor"_s};
    while (words.size() > 1 && honorifics.contains(words.constFirst())) {
        words.removeFirst();
    }
    return words.join(u' ');
}

int TranscriptAlignment::matchSpeaker(const QString &label, const QList<Participant> &participants)
{
    const QString wanted = normalizedName(label);
    if (wanted.isEmpty()) {
        return 0;
    }
    // Whole words only: "brinkwerth" is part of "daniel brinkwerth", "brink" is not.
    const QString padded = u' ' + wanted + u' ';
    QList<int> same;
    QList<int> part;
    for (const Participant &participant : participants) {
        const QString name = normalizedName(participant.name);
        if (name == wanted) {
            same.append(participant.id);
        } else if (!name.isEmpty() && QString(u' ' + name + u' ').contains(padded)) {
            part.append(participant.id);
        }
    }
    if (!same.isEmpty()) {
        return same.size() == 1 ? same.constFirst() : 0;
    }
    return part.size() == 1 ? part.constFirst() : 0;
}

} // namespace core
