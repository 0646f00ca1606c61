// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QStringList>

class QTranslator;

namespace ui {

/**
 * Installs the translators for one language: Qt's own (qtbase), English plurals, then ours,
 * sets the default QLocale and the layout direction (right-to-left for Arabic).
 */
class LanguageManager final : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    /// The languages shipped, as codes: "en", "ar", "de", ...
    [[nodiscard]] static QStringList availableLanguages();

    /// The user's saved choice, else the first system UI language we have, else "en".
    [[nodiscard]] static QString resolve(const QString &requested = {});

    /// Switches the application to a language; returns false (and stays as it was) for one we do not ship.
    bool apply(const QString &language);

    [[nodiscard]] QString current() const { return m_current; }

private:
    void removeTranslators();

    QString m_current;
    QList<QTranslator *> m_translators;
};

} // namespace ui
