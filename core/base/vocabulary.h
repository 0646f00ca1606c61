// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QTranslator;

namespace core {

/**
 * The fixed words of the IGF that the program knows: the stakeholder groups, the UN regional groups
 * and the genders people most often give. Files keep them as language-neutral keys (their English
 * form: "Civil Society", "GRULAC", "woman"), so a session made in one language opens in another; the
 * interface and the room display show them in their own language. Anything else a person typed
 * (their own words for their group, region or gender) is shown as it was typed.
 */
class Vocabulary final
{
    Q_DECLARE_TR_FUNCTIONS(core::Vocabulary)

public:
    enum class Kind
    {
        StakeholderGroup,
        Region,
        Gender,
    };

    /// The keys of a kind, in the order the IGF lists them.
    [[nodiscard]] static QStringList keys(Kind kind);
    /**
     * A stored value as shown: a key's name in the current language (or in `translator`'s, for the
     * room display in a language of its own); any other value as it is.
     */
    [[nodiscard]] static QString displayName(Kind kind, const QString &value, const QTranslator *translator = nullptr);
    /**
     * What to store for a value typed or chosen in the interface: the key when the text is a key or a
     * key's name in the current language (case and spaces aside), else the text itself, simplified.
     */
    [[nodiscard]] static QString keyFor(Kind kind, const QString &text);
};

} // namespace core
