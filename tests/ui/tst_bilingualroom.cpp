// SPDX-License-Identifier: MIT
// The room display in two languages: every scene's own texts in both, the session's content in both where a
// translation exists (never an empty line where there is none), right to left where a language is, and the
// console's second-language menu and translations dialog.
#include "core/io/proposalimporter.h"
#include "core/session/session.h"
#include "tests/support/fakeclock.h"
#include "tests/support/helpers.h"
#include "ui/commands/sessionundo.h"
#include "ui/glossarydialog.h"
#include "ui/roomcontrol.h"
#include "ui/roomrenderer.h"
#include "ui/translationsdialog.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {

const char *const Context = "ui::RoomRenderer";

/// A room text in a language, as the shipped translation has it.
QString translated(const QString &language, const char *source)
{
    QTranslator translator;
    if (!translator.load(u":/i18n/moderato_"_s + language)) {
        return QString::fromUtf8(source);
    }
    const QString text = translator.translate(Context, source);
    return text.isEmpty() ? QString::fromUtf8(source) : text;
}

bool paints(const ui::RoomRenderer &renderer, const QString &text)
{
    for (const auto &painted : renderer.paintedTexts()) {
        if (painted.text.contains(text)) {
            return true;
        }
    }
    return false;
}

const ui::RoomRenderer::PaintedText *find(const ui::RoomRenderer &renderer, const QString &text)
{
    for (const auto &painted : renderer.paintedTexts()) {
        if (painted.text.contains(text)) {
            return &painted;
        }
    }
    return nullptr;
}

QString describe(const ui::RoomRenderer &renderer)
{
    QStringList texts;
    for (const auto &painted : renderer.paintedTexts()) {
        texts.append(painted.text);
    }
    return texts.join(u" | "_s);
}

} // namespace

class TestBilingualRoom : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void everyScene_showsBothLanguages_data();
    void everyScene_showsBothLanguages();
    void content_translatedWhereATranslationExists();
    void rightToLeft_secondLanguageUnderTheFirst();
    void sameLanguageTwice_showsOne();
    void textFits_atBothSizes_data();
    void textFits_atBothSizes();
    void console_secondLanguageMenuAndTranslations();
    void takeawayApproval_carriesItsTranslation();
    void glossary_sceneAndOneTermOverTheScene();
    void glossary_editedInTheConsole();
    void glossary_saveIsOneUndoStep();

private:
    void showScene(const QString &scene);

    QTemporaryDir m_dir;
    int m_files = 0;
    tests::FakeClock m_clock;
    std::unique_ptr<core::Session> m_session;
    std::unique_ptr<ui::RoomRenderer> m_renderer;
};

void TestBilingualRoom::init()
{
    auto session = core::Session::create(
        m_dir.filePath(u"b%1.moderato"_s.arg(++m_files)), core::ProposalImporter::demoWorkshop().value(), m_clock);
    MODERATO_VERIFY_OK(session);
    m_session = std::move(session).value();
    m_renderer = std::make_unique<ui::RoomRenderer>();
    m_renderer->setSession(m_session.get());
}

void TestBilingualRoom::showScene(const QString &scene)
{
    MODERATO_VERIFY_OK(m_session->start());
    if (scene == u"speaker-open") {
        MODERATO_VERIFY_OK(m_session->pinScene(core::Scene::Speaker));
    } else if (scene == u"speaker") {
        MODERATO_VERIFY_OK(m_session->giveFloor(m_session->state().floor().participants().constFirst().id));
        MODERATO_VERIFY_OK(m_session->pinScene(core::Scene::Speaker));
    } else if (scene == u"chair") {
        MODERATO_VERIFY_OK(m_session->openChair());
    } else if (scene == u"media") {
        // A picture that cannot be decoded: the placeholder with its reason.
        const QString path = m_dir.filePath(u"broken%1.png"_s.arg(m_files));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray::fromHex("89504e470d0a1a0a") + QByteArray(64, 'x'));
        file.close();
        auto media = m_session->addMedia(path);
        MODERATO_VERIFY_OK(media);
        MODERATO_VERIFY_OK(m_session->showMedia(media.value()));
    } else if (scene == u"takeaways") {
        MODERATO_VERIFY_OK(m_session->approveTakeaway(u"Baseline requirements along the whole chain."_s));
        MODERATO_VERIFY_OK(m_session->pinScene(core::Scene::Takeaways));
    } else if (scene == u"message") {
        MODERATO_VERIFY_OK(m_session->showMessage(u"Coffee break"_s));
        MODERATO_VERIFY_OK(m_session->translateContent(u"message"_s, 0, u"ar"_s, u"استراحة قهوة"_s));
        MODERATO_VERIFY_OK(m_session->translateContent(u"message"_s, 0, u"fr"_s, u"Pause café"_s));
    } else if (scene == u"join") {
        m_renderer->setPhoneJoin(u"http://127.0.0.1:8080/"_s, u"123456"_s);
        MODERATO_VERIFY_OK(m_session->pinScene(core::Scene::Join));
    } else {
        MODERATO_VERIFY_OK(m_session->pinScene(core::Scene::Agenda));
    }
}

void TestBilingualRoom::everyScene_showsBothLanguages_data()
{
    QTest::addColumn<QString>("scene");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<QString>("source"); // a room text the scene shows
    const QList<std::pair<const char *, const char *>> scenes{
        {"agenda", "Agenda"},
        {"speaker-open", "Ask the moderator for the floor"},
        {"speaker", "Now: %1"},
        {"chair", "The empty chair"},
        {"media", "This file cannot be shown"},
        {"takeaways", "Key takeaways"},
        {"join", "Join from your phone"},
    };
    // Left to right with right to left, both ways round, and Chinese with English.
    const QList<std::pair<QString, QString>> pairs{{u"en"_s, u"ar"_s}, {u"ar"_s, u"fr"_s}, {u"zh_CN"_s, u"en"_s}};
    for (const auto &[scene, source] : scenes) {
        for (const auto &[first, second] : pairs) {
            QTest::addRow("%s %s+%s", scene, qPrintable(first), qPrintable(second))
                << QString::fromLatin1(scene) << first << second << QString::fromLatin1(source);
        }
    }
    for (const auto &[first, second] : pairs) {
        QTest::addRow("message %s+%s", qPrintable(first), qPrintable(second))
            << u"message"_s << first << second << QString();
    }
}

void TestBilingualRoom::everyScene_showsBothLanguages()
{
    QFETCH(QString, scene);
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(QString, source);
    showScene(scene);
    MODERATO_VERIFY_OK(m_session->setRoomLanguage(first));
    QVERIFY(!m_renderer->render(QSize(1920, 1080)).isNull());
    const QList<ui::RoomRenderer::PaintedText> alone = m_renderer->paintedTexts();
    MODERATO_VERIFY_OK(m_session->setRoomSecondLanguage(second));
    QCOMPARE(m_renderer->secondLanguage(), second);
    const QImage image = m_renderer->render(QSize(1920, 1080));
    QVERIFY(!image.isNull());
    if (scene == u"message") {
        // The message's translations: the room's language large, the second's under it.
        const QString firstText = first == u"en" ? u"Coffee break"_s : first == u"ar" ? u"استراحة قهوة"_s : u""_s;
        const QString secondText = second == u"ar" ? u"استراحة قهوة"_s : second == u"fr" ? u"Pause café"_s : u""_s;
        if (!firstText.isEmpty()) {
            QVERIFY2(paints(*m_renderer, firstText), qPrintable(describe(*m_renderer)));
        }
        if (!secondText.isEmpty()) {
            const auto *top = find(*m_renderer, firstText);
            const auto *under = find(*m_renderer, secondText);
            QVERIFY2(under, qPrintable(describe(*m_renderer)));
            QVERIFY(top && under->rect.top() >= top->rect.bottom() - 1);
            QVERIFY(under->pixelSize < top->pixelSize);
        } else {
            // No translation into the second language: nothing added, never an empty line.
            QCOMPARE(m_renderer->paintedTexts().size(), alone.size());
        }
        return;
    }
    const QByteArray sourceText = source.toUtf8();
    const QString inFirst = translated(first, sourceText.constData()).section(u"%1"_s, 0, 0).trimmed();
    const QString inSecond = translated(second, sourceText.constData()).section(u"%1"_s, 0, 0).trimmed();
    QVERIFY2(inFirst != inSecond, qPrintable(inFirst)); // the languages really differ
    QVERIFY2(paints(*m_renderer, inFirst), qPrintable(inFirst + u" in: "_s + describe(*m_renderer)));
    QVERIFY2(paints(*m_renderer, inSecond), qPrintable(inSecond + u" in: "_s + describe(*m_renderer)));
    QVERIFY(m_renderer->paintedTexts().size() > alone.size() || scene == u"speaker"); // a second line was added
    // Every text stays on the canvas, above the bottom edge.
    for (const auto &painted : m_renderer->paintedTexts()) {
        QVERIFY2(QRectF(0, 0, 1920, 1080).contains(painted.rect), qPrintable(painted.text));
    }
    // Back to one language: the second-language texts go.
    MODERATO_VERIFY_OK(m_session->setRoomSecondLanguage(QString()));
    QVERIFY(!m_renderer->render(QSize(1920, 1080)).isNull());
    QVERIFY2(!paints(*m_renderer, inSecond) || paints(*m_renderer, inFirst + u"  ·  "_s) == false,
             qPrintable(describe(*m_renderer)));
    QCOMPARE(m_renderer->paintedTexts().size(), alone.size());
}

void TestBilingualRoom::content_translatedWhereATranslationExists()
{
    const core::Agenda &agenda = m_session->state().agenda();
    const core::AgendaItem opening = agenda.item(0);
    const core::AgendaItem second = agenda.item(1);
    MODERATO_VERIFY_OK(m_session->translateContent(u"item"_s, opening.id, u"fr"_s, u"Ouverture de la séance"_s));
    MODERATO_VERIFY_OK(m_session->translateContent(u"item"_s, opening.id, u"ar"_s, u"افتتاح الجلسة"_s));
    MODERATO_VERIFY_OK(m_session->pinScene(core::Scene::Agenda));
    // One language (French): the translation replaces the original; an item without one shows as written.
    MODERATO_VERIFY_OK(m_session->setRoomLanguage(u"fr"_s));
    QVERIFY(!m_renderer->render(QSize(1920, 1080)).isNull());
    QVERIFY(paints(*m_renderer, u"Ouverture de la séance"_s));
    QVERIFY(!paints(*m_renderer, opening.title));
    QVERIFY(paints(*m_renderer, second.title.left(20)));
    // French with Arabic: the Arabic title under the French one, smaller; the untranslated item has one line.
    MODERATO_VERIFY_OK(m_session->setRoomSecondLanguage(u"ar"_s));
    QVERIFY(!m_renderer->render(QSize(1920, 1080)).isNull());
    const auto *french = find(*m_renderer, u"Ouverture de la séance"_s);
    const auto *arabic = find(*m_renderer, u"افتتاح الجلسة"_s);
    QVERIFY2(french && arabic, qPrintable(describe(*m_renderer)));
    QVERIFY(arabic->rect.top() >= french->rect.bottom() - 1);
    QVERIFY(arabic->pixelSize < french->pixelSize);
    int secondTitles = 0;
    for (const auto &painted : m_renderer->paintedTexts()) {
        secondTitles += painted.text.contains(second.title.left(20)) ? 1 : 0;
        QVERIFY2(!painted.text.trimmed().isEmpty(), "an empty line was painted");
    }
    QCOMPARE(secondTitles, 1);
    // A takeaway: the second language's wording under the first.
    auto takeaway = m_session->approveTakeaway(u"Security by design."_s);
    MODERATO_VERIFY_OK(takeaway);
    MODERATO_VERIFY_OK(m_session->translateContent(u"takeaway"_s, takeaway.value(), u"ar"_s, u"الأمن منذ التصميم."_s));
    MODERATO_VERIFY_OK(m_session->pinScene(core::Scene::Takeaways));
    QVERIFY(!m_renderer->render(QSize(1920, 1080)).isNull());
    QVERIFY(paints(*m_renderer, u"Security by design."_s)); // no French translation: the original
    QVERIFY(paints(*m_renderer, u"الأمن منذ التصميم."_s));
    // Hostile translations are painted as the plain text they are.
    MODERATO_VERIFY_OK(m_session->translateContent(u"takeaway"_s, takeaway.value(), u"ar"_s, u"<b>bold</b>"_s));
    QVERIFY(!m_renderer->render(QSize(1920, 1080)).isNull());
    QVERIFY(paints(*m_renderer, u"<b>bold</b>"_s));
}

void TestBilingualRoom::rightToLeft_secondLanguageUnderTheFirst()
{
    // Arabic first: the header starts on the right; French under it, also from the right edge of the block.
    MODERATO_VERIFY_OK(m_session->setRoomLanguage(u"ar"_s));
    MODERATO_VERIFY_OK(m_session->setRoomSecondLanguage(u"fr"_s));
    MODERATO_VERIFY_OK(m_session->pinScene(core::Scene::Takeaways));
    const QImage image = m_renderer->render(QSize(1920, 1080));
    const QString arabicTitle = translated(u"ar"_s, "Key takeaways");
    const QString frenchTitle = translated(u"fr"_s, "Key takeaways");
    const auto *top = find(*m_renderer, arabicTitle);
    const auto *under = find(*m_renderer, frenchTitle);
    QVERIFY2(top && under, qPrintable(describe(*m_renderer)));
    QVERIFY(under->rect.top() >= top->rect.bottom() - 1);
    // The header's ink lies in the right half in Arabic.
    int left = 0;
    int right = 0;
    for (int y = int(top->rect.top()); y < int(top->rect.bottom()); y += 2) {
        for (int x = 0; x < 1920; x += 2) {
            if (image.pixelColor(x, y).lightness() > 200) {
                (x < 960 ? left : right) += 1;
            }
        }
    }
    QVERIFY2(right > left * 3, qPrintable(u"left %1, right %2"_s.arg(left).arg(right)));
}

void TestBilingualRoom::sameLanguageTwice_showsOne()
{
    MODERATO_VERIFY_OK(m_session->setRoomLanguage(u"de"_s));
    QVERIFY(!m_renderer->render(QSize(1920, 1080)).isNull());
    const qsizetype alone = m_renderer->paintedTexts().size();
    MODERATO_VERIFY_OK(m_session->setRoomSecondLanguage(u"de"_s));
    QVERIFY(!m_renderer->render(QSize(1920, 1080)).isNull());
    QCOMPARE(m_renderer->secondLanguage(), QString());
    QCOMPARE(m_renderer->paintedTexts().size(), alone);
}

void TestBilingualRoom::textFits_atBothSizes_data()
{
    QTest::addColumn<QString>("scene");
    for (const char *scene : {"agenda", "speaker-open", "speaker", "chair", "media", "takeaways", "message", "join"}) {
        QTest::newRow(scene) << QString::fromLatin1(scene);
    }
}

void TestBilingualRoom::textFits_atBothSizes()
{
    // Long languages together (German with Arabic): each text's type is chosen so that it fits its box at
    // the canvas size, and the canvas is letterboxed, so what fits at 1920×1080 fits at 1280×720.
    QFETCH(QString, scene);
    showScene(scene);
    MODERATO_VERIFY_OK(m_session->setRoomLanguage(u"de"_s));
    MODERATO_VERIFY_OK(m_session->setRoomSecondLanguage(u"ar"_s));
    for (const QSize size : {QSize(1920, 1080), QSize(1280, 720)}) {
        QVERIFY(!m_renderer->render(size).isNull());
        const auto texts = m_renderer->paintedTexts();
        for (qsizetype i = 0; i < texts.size(); ++i) {
            QVERIFY2(QRectF(0, 0, 1920, 1080).contains(texts.at(i).rect), qPrintable(texts.at(i).text));
            QVERIFY2(texts.at(i).pixelSize >= 18, qPrintable(texts.at(i).text));
            // Two lines never share a box (a second-language line has its own under the first).
            for (qsizetype j = i + 1; j < texts.size(); ++j) {
                const QRectF overlap = texts.at(i).rect.intersected(texts.at(j).rect);
                QVERIFY2(overlap.height() <= 2 || overlap.width() <= 2,
                         qPrintable(texts.at(i).text + u" / "_s + texts.at(j).text));
            }
        }
    }
}

void TestBilingualRoom::console_secondLanguageMenuAndTranslations()
{
    QMainWindow console;
    ui::RoomControl control(&console);
    control.setSession(m_session.get());
    auto *menu = control.menu()->findChild<QMenu *>(u"roomSecondLanguageMenu"_s);
    QVERIFY(menu);
    QAction *arabic = menu->findChild<QAction *>(u"actionRoomSecondLanguage_ar"_s);
    QVERIFY(arabic);
    QVERIFY(menu->menuAction()->isEnabled());
    arabic->trigger();
    QCOMPARE(m_session->state().display().secondLanguage(), u"ar"_s);
    QVERIFY(menu->findChild<QAction *>(u"actionRoomSecondLanguage_ar"_s)->isChecked());
    menu->findChild<QAction *>(u"actionRoomSecondLanguage_none"_s)->trigger();
    QCOMPARE(m_session->state().display().secondLanguage(), QString());

    // The translations dialog: the items are listed; a typed translation is recorded on Save.
    MODERATO_VERIFY_OK(m_session->setRoomSecondLanguage(u"fr"_s));
    auto takeaway = m_session->approveTakeaway(u"Security by design."_s);
    MODERATO_VERIFY_OK(takeaway);
    ui::TranslationsDialog dialog(m_session.get(), nullptr);
    QCOMPARE(dialog.languageCombo()->currentData().toString(), u"fr"_s);
    const int rows = dialog.table()->rowCount();
    // The items, then the policy questions, then the takeaway.
    const int items = m_session->state().agenda().size();
    QVERIFY(!m_session->state().definition().policyQuestions.isEmpty());
    QCOMPARE(rows, items + m_session->state().definition().policyQuestions.size() + 1);
    QCOMPARE(dialog.table()->item(items, 1)->text(), m_session->state().definition().policyQuestions.at(0));
    dialog.table()->item(items, 2)->setText(u"Quelles exigences de base ?"_s);
    dialog.table()->item(0, 2)->setText(u"Ouverture"_s);
    dialog.table()->item(rows - 1, 2)->setText(u"La sécurité dès la conception."_s);
    QVERIFY(dialog.save());
    const core::DisplayState &display = m_session->state().display();
    QCOMPARE(display.translation(u"item"_s, m_session->state().agenda().item(0).id, u"fr"_s), u"Ouverture"_s);
    QCOMPARE(display.translation(u"takeaway"_s, takeaway.value(), u"fr"_s), u"La sécurité dès la conception."_s);
    QCOMPARE(display.translation(u"question"_s, 0, u"fr"_s), u"Quelles exigences de base ?"_s);
    // Another language shows its own (empty) column; clearing one removes it.
    dialog.languageCombo()->setCurrentIndex(dialog.languageCombo()->findData(u"de"_s));
    QCOMPARE(dialog.table()->item(0, 2)->text(), QString());
    dialog.languageCombo()->setCurrentIndex(dialog.languageCombo()->findData(u"fr"_s));
    QCOMPARE(dialog.table()->item(0, 2)->text(), u"Ouverture"_s);
    dialog.table()->item(0, 2)->setText(QString());
    QVERIFY(dialog.save());
    QCOMPARE(display.translation(u"item"_s, m_session->state().agenda().item(0).id, u"fr"_s), QString());
    // A refused translation (too long) is named in the dialog, not lost silently.
    dialog.table()->item(1, 2)->setText(QString(600, u'x'));
    QVERIFY(!dialog.save());
    QVERIFY(!dialog.errorLabel()->isHidden());
    QVERIFY(!dialog.errorLabel()->text().isEmpty());
}

void TestBilingualRoom::glossary_sceneAndOneTermOverTheScene()
{
    auto baseline =
        m_session->setGlossaryTerm(0, u"baseline requirements"_s, u"The minimum security every product must meet."_s);
    MODERATO_VERIFY_OK(baseline);
    MODERATO_VERIFY_OK(m_session->setGlossaryTerm(0, u"supply chain"_s, u"Everyone who builds a part."_s));
    MODERATO_VERIFY_OK(m_session->pinScene(core::Scene::Glossary));
    QVERIFY(!m_renderer->render(QSize(1920, 1080)).isNull());
    QVERIFY2(paints(*m_renderer, u"baseline requirements"_s), qPrintable(describe(*m_renderer)));
    QVERIFY(paints(*m_renderer, u"Everyone who builds a part."_s));
    // Bilingual: the term's translation beside it, the explanation's under it.
    MODERATO_VERIFY_OK(m_session->translateContent(u"term"_s, baseline.value(), u"ar"_s, u"المتطلبات الأساسية"_s));
    MODERATO_VERIFY_OK(
        m_session->translateContent(u"explanation"_s, baseline.value(), u"ar"_s, u"الحد الأدنى من الأمان."_s));
    MODERATO_VERIFY_OK(m_session->setRoomLanguage(u"en"_s));
    MODERATO_VERIFY_OK(m_session->setRoomSecondLanguage(u"ar"_s));
    QVERIFY(!m_renderer->render(QSize(1920, 1080)).isNull());
    const auto *both = find(*m_renderer, u"المتطلبات الأساسية"_s);
    QVERIFY2(both && both->text.contains(u"baseline requirements"_s), qPrintable(describe(*m_renderer)));
    const auto *english = find(*m_renderer, u"The minimum security"_s);
    const auto *arabic = find(*m_renderer, u"الحد الأدنى من الأمان."_s);
    QVERIFY2(english && arabic, qPrintable(describe(*m_renderer)));
    QVERIFY(arabic->rect.top() >= english->rect.bottom() - 1);

    // One term over the speaker's scene, clear of the countdown; hidden again with 0.
    MODERATO_VERIFY_OK(m_session->start());
    MODERATO_VERIFY_OK(m_session->giveFloor(m_session->state().floor().participants().constFirst().id));
    MODERATO_VERIFY_OK(m_session->unpinScene());
    QVERIFY(!m_renderer->render(QSize(1920, 1080)).isNull());
    QVERIFY(!paints(*m_renderer, u"The minimum security"_s));
    MODERATO_VERIFY_OK(m_session->showGlossaryTerm(baseline.value()));
    QVERIFY(!m_renderer->render(QSize(1920, 1080)).isNull());
    const auto *banner = find(*m_renderer, u"The minimum security"_s);
    QVERIFY2(banner, qPrintable(describe(*m_renderer)));
    QVERIFY(banner->rect.bottom() <= 330); // above the speaker's countdown
    MODERATO_VERIFY_OK(m_session->showGlossaryTerm(0));
    QVERIFY(!m_renderer->render(QSize(1920, 1080)).isNull());
    QVERIFY(!paints(*m_renderer, u"The minimum security"_s));
}

void TestBilingualRoom::glossary_saveIsOneUndoStep()
{
    ui::SessionUndo undo(m_session.get());
    const core::DisplayState &display = m_session->state().display();
    auto terms = [&display] {
        QStringList list;
        for (const core::GlossaryTerm &term : display.glossary()) {
            list.append(QString::number(term.id) + u' ' + term.term + u'=' + term.explanation);
        }
        return list;
    };
    auto chain = m_session->setGlossaryTerm(0, u"supply chain"_s, u"Everyone who builds a part."_s);
    auto audit = m_session->setGlossaryTerm(0, u"audit"_s, u"A check by a third party."_s);
    MODERATO_VERIFY_OK(chain);
    MODERATO_VERIFY_OK(audit);
    MODERATO_VERIFY_OK(m_session->translateContent(u"term"_s, chain.value(), u"fr"_s, u"chaîne d'approvisionnement"_s));
    MODERATO_VERIFY_OK(m_session->translateContent(u"explanation"_s, chain.value(), u"ar"_s, u"كل من يصنع جزءا."_s));
    const QStringList before = terms();

    // One Save: the first term removed (its translations with it), the second changed, a third added.
    {
        ui::GlossaryDialog dialog(m_session.get(), &undo);
        dialog.table()->setCurrentCell(0, 0);
        dialog.removeSelected();
        dialog.table()->item(0, 1)->setText(u"An independent check."_s);
        dialog.addRow();
        dialog.table()->item(1, 0)->setText(u"baseline"_s);
        QVERIFY(dialog.save());
    }
    const QStringList after = terms();
    QCOMPARE(after.size(), 2);
    QVERIFY2(after.at(0).endsWith(u"audit=An independent check."_s), qPrintable(after.join(u", ")));
    QVERIFY(after.at(1).endsWith(u"baseline="_s));
    QCOMPARE(display.translation(u"term"_s, chain.value(), u"fr"_s), QString());
    QCOMPARE(undo.stack()->count(), 1);
    QCOMPARE(undo.stack()->undoText(), ui::GlossaryDialog::tr("Edit the glossary"));

    // Undone: the removed term is back with its id, in its place, with its translations; the new one is gone.
    undo.stack()->undo();
    QCOMPARE(terms(), before);
    QCOMPARE(display.translation(u"term"_s, chain.value(), u"fr"_s), u"chaîne d'approvisionnement"_s);
    QCOMPARE(display.translation(u"explanation"_s, chain.value(), u"ar"_s), u"كل من يصنع جزءا."_s);
    // Redone: the same again, the added term with the id it had.
    undo.stack()->redo();
    QCOMPARE(terms(), after);
    QCOMPARE(display.translation(u"term"_s, chain.value(), u"fr"_s), QString());
    QCOMPARE(undo.stack()->count(), 1);

    // A Save that changes nothing adds no step.
    {
        ui::GlossaryDialog dialog(m_session.get(), &undo);
        QVERIFY(dialog.save());
    }
    QCOMPARE(undo.stack()->count(), 1);
}

void TestBilingualRoom::glossary_editedInTheConsole()
{
    QMainWindow console;
    ui::RoomControl control(&console);
    control.setSession(m_session.get());
    {
        ui::GlossaryDialog dialog(m_session.get());
        dialog.addRow();
        dialog.table()->item(0, 0)->setText(u"certification"_s);
        dialog.table()->item(0, 1)->setText(u"<b>A third party</b> checks."_s);
        dialog.addRow(); // left empty: ignored
        QVERIFY(dialog.save());
    }
    const core::DisplayState &display = m_session->state().display();
    QCOMPARE(display.glossary().size(), 1);
    QCOMPARE(display.glossary().at(0).explanation, u"<b>A third party</b> checks."_s);
    {
        ui::GlossaryDialog dialog(m_session.get());
        QCOMPARE(dialog.table()->rowCount(), 1);
        dialog.table()->item(0, 0)->setText(QString()); // an explanation without its term is refused
        QVERIFY(!dialog.save());
        QVERIFY(!dialog.errorLabel()->isHidden());
        QCOMPARE(display.glossary().at(0).term, u"certification"_s);
        dialog.table()->setCurrentCell(0, 0);
        dialog.removeSelected();
        QVERIFY(dialog.save());
    }
    QVERIFY(display.glossary().isEmpty());
    // The console's key hides a shown term without asking.
    auto term = m_session->setGlossaryTerm(0, u"supply chain"_s, QString());
    MODERATO_VERIFY_OK(term);
    MODERATO_VERIFY_OK(m_session->showGlossaryTerm(term.value()));
    QAction *showTerm = console.findChild<QAction *>(u"actionShowTerm"_s);
    QVERIFY(showTerm);
    QCOMPARE(showTerm->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_G));
    showTerm->trigger();
    QCOMPARE(display.shownTerm(), 0);
}

void TestBilingualRoom::takeawayApproval_carriesItsTranslation()
{
    MODERATO_VERIFY_OK(m_session->setRoomSecondLanguage(u"fr"_s));
    QMainWindow console;
    ui::RoomControl control(&console);
    control.setSession(m_session.get());
    auto *approve = console.findChild<QAction *>(u"actionApproveTakeaway"_s);
    QVERIFY(approve && approve->isEnabled());
    // The console's action: the takeaway and its translation into the room's second language, in one go.
    bool answered = false;
    QTimer::singleShot(0, this, [&answered] {
        auto *dialog = qobject_cast<ui::TakeawayDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QCOMPARE(dialog->languageCombo()->currentData().toString(), u"fr"_s);
        dialog->textEdit()->setPlainText(u"Security by design."_s);
        dialog->translationEdit()->setPlainText(u"La sécurité dès la conception."_s);
        answered = true;
        dialog->accept();
    });
    approve->trigger();
    QVERIFY(answered);
    const core::DisplayState &display = m_session->state().display();
    QCOMPARE(display.takeaways().size(), 1);
    const int id = display.takeaways().constFirst().id;
    QCOMPARE(display.takeaways().constFirst().text, u"Security by design."_s);
    QCOMPARE(display.translation(u"takeaway"_s, id, u"fr"_s), u"La sécurité dès la conception."_s);
    MODERATO_VERIFY_OK(m_session->pinScene(core::Scene::Takeaways));
    const QImage frame = m_renderer->render(QSize(1920, 1080));
    QVERIFY(!frame.isNull());
    bool shown = false;
    for (const auto &painted : m_renderer->paintedTexts()) {
        shown = shown || painted.text.contains(u"La sécurité dès la conception."_s);
    }
    QVERIFY(shown);

    // Nothing typed: the dialog says so and stays open. A refused translation (too long) keeps the approved
    // takeaway, says why, and a corrected one is sent without approving the takeaway twice.
    ui::TakeawayDialog dialog(m_session.get());
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.errorLabel()->isHidden());
    QCOMPARE(dialog.errorLabel()->textFormat(), Qt::PlainText);
    dialog.textEdit()->setPlainText(u"<b>Audits</b> by sector"_s);
    dialog.translationEdit()->setPlainText(QString(600, u'x'));
    QVERIFY(!dialog.approve());
    QCOMPARE(display.takeaways().size(), 2);
    dialog.translationEdit()->setPlainText(u"<b>Audits</b> par secteur"_s);
    auto second = dialog.approve();
    MODERATO_VERIFY_OK(second);
    QCOMPARE(display.takeaways().size(), 2);
    QCOMPARE(display.translation(u"takeaway"_s, second.value(), u"fr"_s), u"<b>Audits</b> par secteur"_s);
}

QTEST_MAIN(TestBilingualRoom)
#include "tst_bilingualroom.moc"
