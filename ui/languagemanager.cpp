// SPDX-License-Identifier: MIT
#include "ui/languagemanager.h"

#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace ui {

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{}

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

QStringList LanguageManager::availableLanguages()
{
    return {u"en"_s, u"ar"_s, u"de"_s, u"es"_s, u"fr"_s, u"pt_BR"_s, u"ru"_s, u"zh_CN"_s};
}

QString LanguageManager::resolve(const QString &requested)
{
    const QStringList available = availableLanguages();
    auto match = [&](const QString &name) -> QString {
        QString code = name;
        code.replace(u'-', u'_');
        if (available.contains(code)) {
            return code;
        }
        const QString base = code.section(u'_', 0, 0);
        if (available.contains(base)) {
            return base;
        }
        // "pt" or "pt_PT" → pt_BR, "zh" or "zh_Hans_CN" → zh_CN: the one variant we ship.
        for (const auto &candidate : available) {
            if (candidate.section(u'_', 0, 0) == base) {
                return candidate;
            }
        }
        return {};
    };
    if (!requested.isEmpty()) {
        return match(requested);
    }
    const QString saved = QSettings().value(u"language"_s).toString();
    if (!saved.isEmpty()) {
        if (const QString code = match(saved); !code.isEmpty()) {
            return code;
        }
    }
    for (const auto &name : QLocale::system().uiLanguages()) {
        if (const QString code = match(name); !code.isEmpty()) {
            return code;
        }
    }
    return u"en"_s;
}

void LanguageManager::removeTranslators()
{
    for (QTranslator *translator : std::as_const(m_translators)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    m_translators.clear();
}

bool LanguageManager::apply(const QString &language)
{
    if (!availableLanguages().contains(language)) {
        return false;
    }
    removeTranslators();
    auto install = [this](const QString &name, const QString &directory) {
        auto *translator = new QTranslator;
        if (translator->load(name, directory)) {
            QCoreApplication::installTranslator(translator);
            m_translators.append(translator);
        } else {
            delete translator;
        }
    };
    if (language != u"en") {
        install(u"qtbase_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    }
    // English plurals first, the language after: the last installed is searched first.
    install(u"moderato_en"_s, u":/i18n"_s);
    if (language != u"en") {
        install(u"moderato_"_s + language, u":/i18n"_s);
    }
    const QLocale locale(language);
    QLocale::setDefault(locale);
    QGuiApplication::setLayoutDirection(locale.textDirection());
    m_current = language;
    return true;
}

} // namespace ui
