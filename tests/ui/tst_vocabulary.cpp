// SPDX-License-Identifier: MIT
// The IGF's fixed words (stakeholder groups, UN regional groups, gender): stored as language-neutral
// keys, shown in every shipped language, and typed back in any of them.
#include "core/base/vocabulary.h"
#include "core/io/proposalimporter.h"
#include "core/session/session.h"
#include "tests/support/fakeclock.h"
#include "tests/support/helpers.h"
#include "ui/commands/sessionundo.h"
#include "ui/languagemanager.h"
#include "ui/peopleeditor.h"

#include <QComboBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

using Kind = core::Vocabulary::Kind;

class TestVocabulary : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void keys_areTheStoredValues();
    void everyKey_isTranslatedInEveryLanguage_data();
    void everyKey_isTranslatedInEveryLanguage();
    void peopleEditor_showsTheLanguage_storesTheKey();

private:
    QTemporaryDir m_dir;
};

void TestVocabulary::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(u"config"_s).toUtf8());
}

void TestVocabulary::cleanup()
{
    ui::LanguageManager languages;
    QVERIFY(languages.apply(u"en"_s));
}

void TestVocabulary::keys_areTheStoredValues()
{
    QCOMPARE(core::Vocabulary::keys(Kind::StakeholderGroup),
             (QStringList{u"Government"_s,
                          u"Private Sector"_s,
                          u"Civil Society"_s,
                          u"Technical Community"_s,
                          u"Intergovernmental Organization"_s}));
    QCOMPARE(core::Vocabulary::keys(Kind::Region).size(), 6);
    QCOMPARE(core::Vocabulary::keys(Kind::Gender), (QStringList{u"woman"_s, u"man"_s}));
    // In English a key shows as itself; case and spaces do not hide a key; a person's own words stay theirs.
    QCOMPARE(core::Vocabulary::displayName(Kind::StakeholderGroup, u"Civil Society"_s), u"Civil Society"_s);
    QCOMPARE(core::Vocabulary::keyFor(Kind::StakeholderGroup, u"  civil   SOCIETY "_s), u"Civil Society"_s);
    QCOMPARE(core::Vocabulary::keyFor(Kind::StakeholderGroup, u" Academia "_s), u"Academia"_s);
    QCOMPARE(core::Vocabulary::displayName(Kind::Gender, u"non-binary"_s), u"non-binary"_s);
    QCOMPARE(core::Vocabulary::displayName(Kind::Region, u"<b>Nordic</b>"_s), u"<b>Nordic</b>"_s);
    // A group's key is no region: each kind has its own words.
    QCOMPARE(core::Vocabulary::keyFor(Kind::Region, u"Civil Society"_s), u"Civil Society"_s);
}

void TestVocabulary::everyKey_isTranslatedInEveryLanguage_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : ui::LanguageManager::availableLanguages()) {
        if (language != u"en") {
            QTest::newRow(qPrintable(language)) << language;
        }
    }
}

void TestVocabulary::everyKey_isTranslatedInEveryLanguage()
{
    QFETCH(QString, language);
    QTranslator translator;
    QVERIFY(translator.load(u"moderato_"_s + language, u":/i18n"_s));
    for (Kind kind : {Kind::StakeholderGroup, Kind::Region, Kind::Gender}) {
        for (const QString &key : core::Vocabulary::keys(kind)) {
            const QString name = core::Vocabulary::displayName(kind, key, &translator);
            QVERIFY(!name.isEmpty());
            // The UN's abbreviations may stay as they are; every other word is translated.
            if (key != u"GRULAC" && key != u"WEOG") {
                QVERIFY2(name != key, qPrintable(language + u": "_s + key));
            }
        }
    }
    // With the language installed: shown in it, and typed back in it gives the key.
    ui::LanguageManager languages;
    QVERIFY(languages.apply(language));
    for (Kind kind : {Kind::StakeholderGroup, Kind::Region, Kind::Gender}) {
        for (const QString &key : core::Vocabulary::keys(kind)) {
            const QString name = core::Vocabulary::displayName(kind, key);
            QCOMPARE(name, core::Vocabulary::displayName(kind, key, &translator));
            QCOMPARE(core::Vocabulary::keyFor(kind, name), key);
            QCOMPARE(core::Vocabulary::keyFor(kind, key), key); // the English key still works
        }
    }
}

void TestVocabulary::peopleEditor_showsTheLanguage_storesTheKey()
{
    ui::LanguageManager languages;
    QVERIFY(languages.apply(u"de"_s));
    tests::FakeClock clock;
    auto session = core::Session::create(
        m_dir.filePath(u"people.moderato"_s), core::ProposalImporter::demoWorkshop().value(), clock);
    MODERATO_VERIFY_OK(session);
    ui::SessionUndo undo(session.value().get());
    ui::PeopleEditor editor(&undo);
    // Eva Schulz-Kamm, "Private Sector" in the file: the table reads German.
    const QString privateSector = core::Vocabulary::displayName(Kind::StakeholderGroup, u"Private Sector"_s);
    QVERIFY(privateSector != u"Private Sector"_s);
    bool shown = false;
    for (int row = 0; row < editor.table()->rowCount(); ++row) {
        shown = shown || editor.table()->item(row, 2)->text() == privateSector;
    }
    QVERIFY(shown);
    auto *groups = editor.findChild<QComboBox *>(u"personGroupCombo"_s);
    QVERIFY(groups);
    const int civil = groups->findData(u"Civil Society"_s);
    QVERIFY(civil > 0);
    QCOMPARE(groups->itemText(civil), core::Vocabulary::displayName(Kind::StakeholderGroup, u"Civil Society"_s));
    // A walk-in given the German name of a group is stored with the key, so the file reads the same in any language.
    core::Participant walkIn;
    walkIn.name = u"Jana Novak"_s;
    const int id = editor.addPerson(walkIn);
    QVERIFY(id > 0);
    editor.table()->selectRow(editor.table()->rowCount() - 1);
    groups->setCurrentIndex(civil);
    emit groups->activated(civil);
    QCOMPARE(session.value()->state().floor().participant(id)->stakeholderGroup, u"Civil Society"_s);
}

QTEST_MAIN(TestVocabulary)
#include "tst_vocabulary.moc"
