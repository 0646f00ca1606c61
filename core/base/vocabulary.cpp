// SPDX-License-Identifier: MIT
#include "core/base/vocabulary.h"

#include <QTranslator>

#include <iterator>

using namespace Qt::StringLiterals;

namespace core {
namespace {

struct Entry
{
    Vocabulary::Kind kind;
    const char *key; ///< stored in files

    struct
    {
        const char *source; ///< the English name, translated
        const char *comment;
    } name;
};

// QT_TRANSLATE_NOOP3 marks the names for lupdate; the disambiguation keeps a group and a region that
// share a name apart in the translations.
constexpr Entry entries[] = {
    {Vocabulary::Kind::StakeholderGroup,
     "Government",
     QT_TRANSLATE_NOOP3("core::Vocabulary", "Government", "stakeholder group")},
    {Vocabulary::Kind::StakeholderGroup,
     "Private Sector",
     QT_TRANSLATE_NOOP3("core::Vocabulary", "Private Sector", "stakeholder group")},
    {Vocabulary::Kind::StakeholderGroup,
     "Civil Society",
     QT_TRANSLATE_NOOP3("core::Vocabulary", "Civil Society", "stakeholder group")},
    {Vocabulary::Kind::StakeholderGroup,
     "Technical Community",
     QT_TRANSLATE_NOOP3("core::Vocabulary", "Technical Community", "stakeholder group")},
    {Vocabulary::Kind::StakeholderGroup,
     "Intergovernmental Organization",
     QT_TRANSLATE_NOOP3("core::Vocabulary", "Intergovernmental Organization", "stakeholder group")},
    {Vocabulary::Kind::Region,
     "African Group",
     QT_TRANSLATE_NOOP3("core::Vocabulary", "African Group", "UN regional group")},
    {Vocabulary::Kind::Region,
     "Asia-Pacific Group",
     QT_TRANSLATE_NOOP3("core::Vocabulary", "Asia-Pacific Group", "UN regional group")},
    {Vocabulary::Kind::Region,
     "Eastern European Group",
     QT_TRANSLATE_NOOP3("core::Vocabulary", "Eastern European Group", "UN regional group")},
    {Vocabulary::Kind::Region,
     "GRULAC",
     QT_TRANSLATE_NOOP3("core::Vocabulary", "GRULAC", "UN regional group: the Latin American and Caribbean Group")},
    {Vocabulary::Kind::Region,
     "WEOG",
     QT_TRANSLATE_NOOP3("core::Vocabulary", "WEOG", "UN regional group: the Western European and Others Group")},
    {Vocabulary::Kind::Region,
     "Intergovernmental Organization",
     QT_TRANSLATE_NOOP3("core::Vocabulary", "Intergovernmental Organization", "UN regional group")},
    {Vocabulary::Kind::Gender, "woman", QT_TRANSLATE_NOOP3("core::Vocabulary", "woman", "gender")},
    {Vocabulary::Kind::Gender, "man", QT_TRANSLATE_NOOP3("core::Vocabulary", "man", "gender")},
};

QString translated(const Entry &entry, const QTranslator *translator)
{
    if (translator) {
        const QString text = translator->translate("core::Vocabulary", entry.name.source, entry.name.comment);
        return text.isEmpty() ? QString::fromUtf8(entry.name.source) : text;
    }
    return QCoreApplication::translate("core::Vocabulary", entry.name.source, entry.name.comment);
}

/// Compared without case, and with runs of spaces as one.
QString folded(const QString &text)
{
    return text.simplified().toCaseFolded();
}

} // namespace

QStringList Vocabulary::keys(Kind kind)
{
    QStringList keys;
    for (const Entry &entry : entries) {
        if (entry.kind == kind) {
            keys.append(QString::fromUtf8(entry.key));
        }
    }
    return keys;
}

QString Vocabulary::displayName(Kind kind, const QString &value, const QTranslator *translator)
{
    const QString wanted = folded(value);
    for (const Entry &entry : entries) {
        if (entry.kind == kind && folded(QString::fromUtf8(entry.key)) == wanted) {
            return translated(entry, translator);
        }
    }
    return value;
}

QString Vocabulary::keyFor(Kind kind, const QString &text)
{
    const QString wanted = folded(text);
    for (const Entry &entry : entries) {
        if (entry.kind != kind) {
            continue;
        }
        if (folded(QString::fromUtf8(entry.key)) == wanted || folded(QString::fromUtf8(entry.name.source)) == wanted
            || folded(translated(entry, nullptr)) == wanted) {
            return QString::fromUtf8(entry.key);
        }
    }
    return text.simplified();
}

} // namespace core
