// SPDX-License-Identifier: MIT
#include "ui/languagemanager.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {
const char *const PluralSource = "Running %1 behind. Shorten %Ln item(s) not yet started so the session ends on time; "
                                 "the summary keeps its time.";
}

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void everyLanguage_loadsFromResources_data();
    void everyLanguage_loadsFromResources();
    void everyTsFile_isCompletelyTranslated_data();
    void everyTsFile_isCompletelyTranslated();
    void apply_setsDirection();
    void apply_refusesUnknownLanguage();
    void resolve_mapsSystemNames_data();
    void resolve_mapsSystemNames();
    void english_hasRealPlurals();
    void arabic_hasSixPluralForms();
    void german_translatesTheConsole();
};

void TestTranslations::everyLanguage_loadsFromResources_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : ui::LanguageManager::availableLanguages()) {
        QTest::newRow(qPrintable(language)) << language;
    }
}

void TestTranslations::everyLanguage_loadsFromResources()
{
    QFETCH(QString, language);
    QTranslator translator;
    QVERIFY2(translator.load(u":/i18n/moderato_"_s + language), qPrintable(language));
    QVERIFY(!translator.isEmpty());
}

void TestTranslations::everyTsFile_isCompletelyTranslated_data()
{
    everyLanguage_loadsFromResources_data();
}

void TestTranslations::everyTsFile_isCompletelyTranslated()
{
    QFETCH(QString, language);
    QFile file(QDir(QStringLiteral(MODERATO_TS_DIR)).filePath(u"moderato_%1.ts"_s.arg(language)));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QXmlStreamReader xml(&file);
    int messages = 0;
    QStringList problems;
    QString source;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        if (xml.name() == u"message") {
            ++messages;
            numerus = xml.attributes().value(u"numerus"_s) == u"yes";
        } else if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            const auto type = xml.attributes().value(u"type"_s).toString();
            if (type == u"unfinished" || type == u"vanished" || type == u"obsolete") {
                problems.append(u"%1 (%2)"_s.arg(source, type));
            }
            if (!numerus && xml.readElementText().trimmed().isEmpty()) {
                problems.append(u"%1 (empty)"_s.arg(source));
            }
        } else if (xml.name() == u"numerusform") {
            if (xml.readElementText().trimmed().isEmpty()) {
                problems.append(u"%1 (empty plural form)"_s.arg(source));
            }
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY2(messages > 50, qPrintable(u"only %1 messages"_s.arg(messages)));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 10).join(u"\n"_s)));
}

void TestTranslations::apply_setsDirection()
{
    ui::LanguageManager manager;
    QVERIFY(manager.apply(u"ar"_s));
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
    QCOMPARE(QLocale().language(), QLocale::Arabic);
    QVERIFY(manager.apply(u"de"_s));
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
    QCOMPARE(QLocale().language(), QLocale::German);
    QVERIFY(manager.apply(u"en"_s));
}

void TestTranslations::apply_refusesUnknownLanguage()
{
    ui::LanguageManager manager;
    QVERIFY(manager.apply(u"fr"_s));
    QVERIFY(!manager.apply(u"xx"_s));
    QVERIFY(!manager.apply(u"../../etc/passwd"_s));
    QCOMPARE(manager.current(), u"fr"_s);
    QVERIFY(manager.apply(u"en"_s));
}

void TestTranslations::resolve_mapsSystemNames_data()
{
    QTest::addColumn<QString>("requested");
    QTest::addColumn<QString>("expected");
    QTest::newRow("exact") << u"de"_s << u"de"_s;
    QTest::newRow("region") << u"de-AT"_s << u"de"_s;
    QTest::newRow("portuguese of portugal") << u"pt-PT"_s << u"pt_BR"_s;
    QTest::newRow("chinese script") << u"zh-Hans-CN"_s << u"zh_CN"_s;
    QTest::newRow("arabic of morocco") << u"ar_MA"_s << u"ar"_s;
    QTest::newRow("unknown") << u"tlh"_s << QString();
}

void TestTranslations::resolve_mapsSystemNames()
{
    QFETCH(QString, requested);
    QFETCH(QString, expected);
    QCOMPARE(ui::LanguageManager::resolve(requested), expected);
}

void TestTranslations::english_hasRealPlurals()
{
    ui::LanguageManager manager;
    QVERIFY(manager.apply(u"en"_s));
    const QString one = QCoreApplication::translate("ui::MainWindow", PluralSource, nullptr, 1);
    const QString four = QCoreApplication::translate("ui::MainWindow", PluralSource, nullptr, 4);
    QVERIFY2(one.contains(u"1 item "_s), qPrintable(one));
    QVERIFY2(four.contains(u"4 items "_s), qPrintable(four));
}

void TestTranslations::arabic_hasSixPluralForms()
{
    ui::LanguageManager manager;
    QVERIFY(manager.apply(u"ar"_s));
    QStringList forms;
    for (int n : {0, 1, 2, 3, 11, 100}) {
        QString text = QCoreApplication::translate("ui::MainWindow", PluralSource, nullptr, n);
        QVERIFY(!text.isEmpty());
        QVERIFY2(text != QLatin1String(PluralSource), "not translated");
        // Compare the forms without the number itself.
        text.remove(QLocale().toString(n));
        text.remove(QString::number(n));
        forms.append(text);
    }
    forms.removeDuplicates();
    QCOMPARE(forms.size(), 6);
    QVERIFY(manager.apply(u"en"_s));
}

void TestTranslations::german_translatesTheConsole()
{
    ui::LanguageManager manager;
    QVERIFY(manager.apply(u"de"_s));
    const QString elapsed = QCoreApplication::translate("ui::MainWindow", "Elapsed");
    QVERIFY(!elapsed.isEmpty());
    QVERIFY(elapsed != u"Elapsed"_s);
    QVERIFY(manager.apply(u"en"_s));
    QCOMPARE(QCoreApplication::translate("ui::MainWindow", "Elapsed"), u"Elapsed"_s);
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
