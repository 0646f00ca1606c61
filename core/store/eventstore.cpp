// SPDX-License-Identifier: MIT
#include "core/store/eventstore.h"

namespace core {

QStringList EventStore::searchWords(const QString &query)
{
    QStringList words;
    QString word;
    for (const QChar c : query) {
        if (c.isLetterOrNumber()) {
            word.append(c);
        } else if (!word.isEmpty()) {
            words.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty()) {
        words.append(word);
    }
    return words;
}

} // namespace core
