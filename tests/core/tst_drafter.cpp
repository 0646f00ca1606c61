// SPDX-License-Identifier: MIT
#include "core/rapporteur/drafter.h"
#include "core/rapporteur/draftlanguage.h"
#include "tests/support/helpers.h"
#include "tests/support/slowinputs.h"

#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

/// A small workshop discussion: housekeeping, two repeated points, an appeal, a question.
const QString Discussion = uR"(Moderator: Good morning and welcome to the workshop. Thank you all for coming.
Eva Schulz-Kamm: Supply chain security depends on baseline requirements for every supplier. Baseline requirements for suppliers must cover identity, encryption and updates.
Paula Iwaniuk: Small suppliers cannot afford security certification without support. Certification costs hit small suppliers hardest in the supply chain.
Moderator: Thank you, Paula. You have the floor, Sergio.
Sergio Lomban: Updates and patches must be offered for the whole lifecycle of connected devices. Devices without security updates put the whole supply chain at risk.
Amina Diallo: Governments should fund certification for small suppliers so that baseline requirements are affordable.
Jean Dupont: I agree that baseline requirements for suppliers matter for supply chain security, and certification must be affordable.
Eva Schulz-Kamm: Supply chain security depends on baseline requirements for every supplier.
Moderator: We have two minutes left. Thank you very much.
)"_s;

/// The same discussion as said in French and in Spanish: each line says what the English line says.
const QString DiscussionFr = uR"(Modératrice: Bonjour et bienvenue à cet atelier. Merci à toutes et à tous d'être venus.
Eva Schulz-Kamm: La sécurité de la chaîne d'approvisionnement dépend d'exigences minimales pour chaque fournisseur. Les exigences minimales pour les fournisseurs doivent couvrir l'identité, le chiffrement et les mises à jour.
Paula Iwaniuk: Les petits fournisseurs ne peuvent pas payer la certification de sécurité sans soutien. Le coût de la certification frappe d'abord les petits fournisseurs de la chaîne d'approvisionnement.
Modératrice: Merci, Paula. Vous avez la parole, Sergio.
Sergio Lomban: Les correctifs et les mises à jour doivent être fournis pendant toute la vie des appareils connectés. Des appareils sans mises à jour de sécurité mettent en danger toute la chaîne d'approvisionnement.
Amina Diallo: Les gouvernements devraient financer la certification des petits fournisseurs afin que les exigences minimales restent abordables.
Jean Dupont: Je suis d'accord : les exigences minimales pour les fournisseurs comptent pour la sécurité de la chaîne d'approvisionnement, et la certification doit rester abordable.
Eva Schulz-Kamm: La sécurité de la chaîne d'approvisionnement dépend d'exigences minimales pour chaque fournisseur.
Modératrice: Il nous reste deux minutes. Merci beaucoup.
)"_s;

const QString DiscussionEs = uR"(Moderadora: Buenos días y bienvenidos a este taller. Muchas gracias a todos por venir.
Eva Schulz-Kamm: La seguridad de la cadena de suministro depende de requisitos mínimos para cada proveedor. Los requisitos mínimos para los proveedores deben cubrir la identidad, el cifrado y las actualizaciones.
Paula Iwaniuk: Los pequeños proveedores no pueden pagar la certificación de seguridad sin apoyo. El costo de la certificación golpea primero a los pequeños proveedores de la cadena de suministro.
Moderadora: Gracias, Paula. Tiene la palabra, Sergio.
Sergio Lomban: Los parches y las actualizaciones deben ofrecerse durante toda la vida de los dispositivos conectados. Los dispositivos sin actualizaciones de seguridad ponen en riesgo toda la cadena de suministro.
Amina Diallo: Los gobiernos deberían financiar la certificación de los pequeños proveedores para que los requisitos mínimos sean asequibles.
Jean Dupont: Estoy de acuerdo en que los requisitos mínimos para los proveedores importan para la seguridad de la cadena de suministro, y la certificación debe ser asequible.
Eva Schulz-Kamm: La seguridad de la cadena de suministro depende de requisitos mínimos para cada proveedor.
Moderadora: Nos quedan dos minutos. Muchas gracias.
)"_s;

int wordCount(const QString &text)
{
    return int(text.split(u' ', Qt::SkipEmptyParts).size());
}

} // namespace

class TestDrafter : public QObject
{
    Q_OBJECT

private slots:
    void summary_keepsTheBudget_data();
    void summary_keepsTheBudget();
    void summary_skipsHousekeeping_andRepeats();
    void transcriptAnnotations_areLeftOut();
    void callsToAction_areFound();
    void takeaways_atMostThree_andDistinct();
    void taggedNotes_weighMost();
    void topics_nameTheDiscussion();
    void sentences_linkBackToTheirLines();
    void repeatedSentence_keepsTheLinesOfEveryRepetition();
    void isDeterministic();
    void words_areRougeTokens();
    void housekeeping_detector_data();
    void housekeeping_detector();
    void courtesy_isCutFromAPoint();
    void taggedTakeaway_isNeverACallToAction();
    void taggedNotes_areNeverDropped();
    void note_isOneUnit_withoutPunctuation();
    void notes_keepWhoSaidIt();
    void summaryWords_tipTheBalance();
    void summaryWords_areEnglishAndBounded();
    void otherLanguages_draftAsEnglishDoes_data();
    void otherLanguages_draftAsEnglishDoes();
    // The inputs that once took minutes (tests/support/slowinputs.h): each must finish with a sane draft.
    void slow_repeatedCaptionLine_isScoredOnce_data();
    void slow_repeatedCaptionLine_isScoredOnce();
    void slow_distinctSentences_keepTheBudget();
    void slow_hugeLine_isCutIntoSentences();
    void slow_manySpeakers_saySomethingOnce();
    void slow_nearDuplicates_keepTheBudget();
};

void TestDrafter::summary_keepsTheBudget_data()
{
    QTest::addColumn<int>("budget");
    QTest::newRow("10") << 10;
    QTest::newRow("30") << 30;
    QTest::newRow("60") << 60;
    QTest::newRow("1000") << 1000;
}

void TestDrafter::summary_keepsTheBudget()
{
    QFETCH(int, budget);
    const auto turns = core::Transcript::parse(Discussion);
    MODERATO_VERIFY_OK(turns);
    const core::Draft draft = core::Drafter::draft(turns.value(), {}, budget);
    QVERIFY(!draft.summary.isEmpty());
    QVERIFY2(wordCount(draft.summary) <= budget, qPrintable(draft.summary));
    if (budget >= 60) {
        QVERIFY(wordCount(draft.summary) >= 40);
    }
}

void TestDrafter::summary_skipsHousekeeping_andRepeats()
{
    const auto turns = core::Transcript::parse(Discussion);
    const core::Draft draft = core::Drafter::draft(turns.value(), {}, 1000);
    QVERIFY(!draft.summary.contains(u"Thank you, Paula"_s));
    QVERIFY(!draft.summary.contains(u"You have the floor"_s));
    QVERIFY(!draft.summary.contains(u"two minutes left"_s));
    // Eva's repeated sentence appears once.
    QCOMPARE(draft.summary.count(u"Supply chain security depends on baseline requirements for every supplier."_s), 1);
}

void TestDrafter::transcriptAnnotations_areLeftOut()
{
    // Meeting corpora mark sounds and hesitations in braces, and captions in brackets: none is a word said.
    const auto turns = core::Transcript::parse(
        uR"(Grad A: So {disfmarker} the new remote needs {vocalsound} a larger battery and a simpler interface.
Grad B: {pause} Older users found the buttons too small [inaudible] in the last test {gap} of the prototype.
)"_s);
    MODERATO_VERIFY_OK(turns);
    const core::Draft draft = core::Drafter::draft(turns.value(), {}, 1000);
    QVERIFY2(draft.summary.contains(u"the new remote needs a larger battery and a simpler interface."_s),
             qPrintable(draft.summary));
    QVERIFY2(draft.summary.contains(u"Older users found the buttons too small in the last test of the prototype."_s),
             qPrintable(draft.summary));
    QVERIFY2(!draft.summary.contains(u'{') && !draft.summary.contains(u'['), qPrintable(draft.summary));
    QVERIFY(!draft.topics.contains(u"vocalsound"_s) && !draft.topics.contains(u"disfmarker"_s));
}

void TestDrafter::callsToAction_areFound()
{
    const auto turns = core::Transcript::parse(Discussion);
    const core::Draft draft = core::Drafter::draft(turns.value(), {}, 100);
    QVERIFY(!draft.callsToAction.isEmpty());
    QVERIFY(draft.callsToAction.size() <= 3);
    QStringList texts;
    for (const auto &action : draft.callsToAction) {
        texts.append(action.text);
    }
    QVERIFY2(
        texts.contains(u"Governments should fund certification for small suppliers so that baseline requirements are "
                       "affordable."_s),
        qPrintable(texts.join(u'\n')));
    for (const QString &text : texts) {
        QVERIFY2(text.contains(u"should"_s) || text.contains(u"must"_s), qPrintable(text));
    }
}

void TestDrafter::takeaways_atMostThree_andDistinct()
{
    const auto turns = core::Transcript::parse(Discussion);
    const core::Draft draft = core::Drafter::draft(turns.value(), {}, 100);
    QVERIFY(!draft.takeaways.isEmpty());
    QVERIFY(draft.takeaways.size() <= 3);
    QSet<QString> unique;
    for (const auto &takeaway : draft.takeaways) {
        unique.insert(takeaway.text);
    }
    QCOMPARE(unique.size(), draft.takeaways.size());
}

void TestDrafter::taggedNotes_weighMost()
{
    const auto turns = core::Transcript::parse(Discussion);
    const QList<core::DraftNote> notes =
        core::Drafter::parseNotes(u"Participants want a shared label for secure devices. #takeaway\n"
                                  "\n"
                                  "Ask regulators to publish one checklist for suppliers #action\n"
                                  "A plain note without tags\n"_s);
    QCOMPARE(notes.size(), 3);
    QCOMPARE(notes.at(0).tag, core::DraftNote::Tag::Takeaway);
    QCOMPARE(notes.at(1).tag, core::DraftNote::Tag::CallToAction);
    QCOMPARE(notes.at(1).line, 3);
    QCOMPARE(notes.at(1).text, u"Ask regulators to publish one checklist for suppliers"_s);
    const core::Draft draft = core::Drafter::draft(turns.value(), notes, 100);
    QCOMPARE(draft.takeaways.constFirst().text, u"Participants want a shared label for secure devices."_s);
    QVERIFY(draft.takeaways.constFirst().fromNotes);
    QCOMPARE(draft.callsToAction.constFirst().text, u"Ask regulators to publish one checklist for suppliers"_s);
}

void TestDrafter::topics_nameTheDiscussion()
{
    const auto turns = core::Transcript::parse(Discussion);
    const core::Draft draft = core::Drafter::draft(turns.value(), {}, 100);
    QVERIFY(!draft.topics.isEmpty());
    const QString joined = draft.topics.join(u' ');
    QVERIFY2(joined.contains(u"supplier"_s) || joined.contains(u"baseline"_s) || joined.contains(u"certification"_s),
             qPrintable(joined));
}

void TestDrafter::sentences_linkBackToTheirLines()
{
    const auto turns = core::Transcript::parse(Discussion);
    const core::Draft draft = core::Drafter::draft(turns.value(), {}, 1000);
    for (const auto &sentence : draft.summarySentences) {
        QVERIFY(!sentence.lines.isEmpty());
        for (const int line : sentence.lines) {
            const QString source = Discussion.split(u'\n').at(line - 1);
            QVERIFY2(source.contains(sentence.text.left(30)), qPrintable(sentence.text));
        }
        const QString first = Discussion.split(u'\n').at(sentence.lines.constFirst() - 1);
        QVERIFY(first.startsWith(sentence.speaker));
    }
    const QJsonObject json = core::Drafter::toJson(draft);
    for (const char16_t *key : {u"summary", u"takeaways", u"calls_to_action", u"topics"}) {
        QVERIFY(json.contains(QStringView(key)));
    }
    QVERIFY(json.value(u"takeaways").toArray().at(0).toObject().contains(u"lines"));
}

void TestDrafter::repeatedSentence_keepsTheLinesOfEveryRepetition()
{
    // Eva says the same sentence on lines 2 and 8: one summary sentence that points to both.
    const auto turns = core::Transcript::parse(Discussion);
    const core::Draft draft = core::Drafter::draft(turns.value(), {}, 1000);
    const QString repeated = u"Supply chain security depends on baseline requirements for every supplier."_s;
    const auto found = std::find_if(draft.summarySentences.cbegin(),
                                    draft.summarySentences.cend(),
                                    [&](const core::DraftSentence &sentence) { return sentence.text == repeated; });
    QVERIFY(found != draft.summarySentences.cend());
    QCOMPARE(found->lines, (QList<int>{2, 8}));
    QCOMPARE(found->speaker, u"Eva Schulz-Kamm"_s);
}

void TestDrafter::isDeterministic()
{
    const auto turns = core::Transcript::parse(Discussion);
    QCOMPARE(core::Drafter::toJson(core::Drafter::draft(turns.value(), {}, 80)),
             core::Drafter::toJson(core::Drafter::draft(turns.value(), {}, 80)));
}

void TestDrafter::words_areRougeTokens()
{
    QCOMPARE(core::Drafter::words(u"COVID-19: it's 3.5%!"_s),
             (QStringList{u"covid"_s, u"19"_s, u"it"_s, u"s"_s, u"3"_s, u"5"_s}));
    QCOMPARE(core::Drafter::cutToWords(u"one two  three four"_s, 3), u"one two three"_s);
}

void TestDrafter::housekeeping_detector_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("drop");
    QTest::addColumn<bool>("byModerator");
    QTest::addColumn<QString>("sentence");
    QFile file(QFINDTESTDATA("../data/drafter/housekeeping.tsv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    int rows = 0;
    QSet<QString> languages;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (line.isEmpty() || line.startsWith(u'#')) {
            continue;
        }
        const QStringList parts = line.split(u'\t');
        QCOMPARE(parts.size(), 4);
        languages.insert(parts.at(0));
        QTest::addRow("%d %s", ++rows, qPrintable(parts.at(3).left(40)))
            << parts.at(0) << (parts.at(1) == u"drop"_s) << (parts.at(2) == u"1"_s) << parts.at(3);
    }
    QVERIFY(rows >= 60);
    QCOMPARE(languages.size(), 7);
}

void TestDrafter::housekeeping_detector()
{
    QFETCH(QString, language);
    QFETCH(bool, drop);
    QFETCH(bool, byModerator);
    QFETCH(QString, sentence);
    QCOMPARE(core::Drafter::isHousekeeping(sentence, language, byModerator), drop);
}

void TestDrafter::courtesy_isCutFromAPoint()
{
    QCOMPARE(core::Drafter::withoutCourtesy(
                 u"Thank you, Chair, baseline requirements for suppliers must cover identity and updates."_s, u"en"_s),
             u"Baseline requirements for suppliers must cover identity and updates."_s);
    QCOMPARE(core::Drafter::withoutCourtesy(
                 u"Merci beaucoup, les petits fournisseurs ne peuvent pas payer la certification seuls."_s, u"fr"_s),
             u"Les petits fournisseurs ne peuvent pas payer la certification seuls."_s);
    // Nothing to cut: the sentence stays as it is.
    const QString plain = u"Thanks to the Paris Call, a thousand organisations share cybersecurity principles."_s;
    QCOMPARE(core::Drafter::withoutCourtesy(plain, u"en"_s), plain);
    // In a draft, the thanks are gone from the sentence that carried a point.
    const auto turns = core::Transcript::parse(
        u"Eva: Thank you, Chair, baseline requirements for suppliers must cover identity, encryption and updates.\n"_s);
    const core::Draft draft = core::Drafter::draft(turns.value(), {}, 50);
    QCOMPARE(draft.summary, u"Baseline requirements for suppliers must cover identity, encryption and updates."_s);
}

void TestDrafter::taggedTakeaway_isNeverACallToAction()
{
    const auto turns = core::Transcript::parse(Discussion);
    // A takeaway that is worded as an obligation stays a takeaway; an action note without "should" is an action.
    const QList<core::DraftNote> notes =
        core::Drafter::parseNotes(u"#takeaway Governments should fund certification for small suppliers\n"
                                  "#action Regulators publish one checklist for suppliers\n"_s);
    const core::Draft draft = core::Drafter::draft(turns.value(), notes, 100);
    auto texts = [](const QList<core::DraftSentence> &list) {
        QStringList result;
        for (const core::DraftSentence &sentence : list) {
            result.append(sentence.text);
        }
        return result;
    };
    const QStringList takeaways = texts(draft.takeaways);
    const QStringList actions = texts(draft.callsToAction);
    QVERIFY2(takeaways.contains(u"Governments should fund certification for small suppliers"_s),
             qPrintable(takeaways.join(u'|')));
    QVERIFY2(!actions.contains(u"Governments should fund certification for small suppliers"_s),
             qPrintable(actions.join(u'|')));
    QCOMPARE(actions.constFirst(), u"Regulators publish one checklist for suppliers"_s);
    // A question note is neither.
    const core::Draft asked = core::Drafter::draft(
        turns.value(), core::Drafter::parseNotes(u"Who checks the baseline requirements across borders?\n"_s), 100);
    for (const core::DraftSentence &sentence : asked.takeaways + asked.callsToAction) {
        QVERIFY2(!sentence.text.endsWith(u'?'), qPrintable(sentence.text));
    }
    for (const QString &text : takeaways) {
        QVERIFY2(!actions.contains(text), qPrintable(text)); // never in both lists
        QVERIFY2(!core::Drafter::isCallToAction(text, u"en"_s) || text.startsWith(u"Governments should"_s),
                 qPrintable(text));
    }
}

void TestDrafter::taggedNotes_areNeverDropped()
{
    const auto turns = core::Transcript::parse(Discussion);
    QString text;
    for (int i = 1; i <= 5; ++i) {
        text += u"#takeaway Point %1 about supply chain security and baseline requirements\n"_s.arg(i);
    }
    text += u"#action Fund certification\n#action Fund certification\n"_s; // said twice: listed once
    const core::Draft draft = core::Drafter::draft(turns.value(), core::Drafter::parseNotes(text), 100);
    QCOMPARE(draft.takeaways.size(), 5);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(draft.takeaways.at(i).text,
                 u"Point %1 about supply chain security and baseline requirements"_s.arg(i + 1));
        QVERIFY(draft.takeaways.at(i).fromNotes);
    }
    QCOMPARE(draft.callsToAction.constFirst().text, u"Fund certification"_s);
    QCOMPARE(draft.callsToAction.constFirst().lines, (QList<int>{6, 7}));
    QVERIFY(draft.callsToAction.size() <= 3);
}

void TestDrafter::note_isOneUnit_withoutPunctuation()
{
    const auto turns = core::Transcript::parse(Discussion);
    const QString note = u"labels for secure devices. governments to fund small suppliers certification next year"_s;
    const core::Draft draft =
        core::Drafter::draft(turns.value(), core::Drafter::parseNotes(u"#takeaway "_s + note), 100);
    QCOMPARE(draft.takeaways.constFirst().text, note);
}

void TestDrafter::notes_keepWhoSaidIt()
{
    const auto turns = core::Transcript::parse(Discussion);
    core::DraftNote note;
    note.line = 4;
    note.text = u"Small suppliers need public money for certification"_s;
    note.tag = core::DraftNote::Tag::Takeaway;
    note.speaker = u"Amina Diallo"_s;
    note.group = u"Civil Society"_s;
    note.itemId = 7;
    note.timeMs = 125'000;
    core::DraftOptions options;
    options.words = 100;
    options.groups.insert(u"Eva Schulz-Kamm"_s, u"Private Sector"_s);
    const core::Draft draft = core::Drafter::draft(turns.value(), {note}, options);
    const core::DraftSentence &first = draft.takeaways.constFirst();
    QCOMPARE(first.text, note.text);
    QCOMPARE(first.speaker, u"Amina Diallo"_s);
    QCOMPARE(first.group, u"Civil Society"_s);
    QCOMPARE(first.itemId, 7);
    QCOMPARE(first.timeMs, 125'000);
    QCOMPARE(first.lines, (QList<int>{4}));
    bool evaSeen = false;
    for (const core::DraftSentence &sentence : draft.summarySentences) {
        if (sentence.speaker == u"Eva Schulz-Kamm"_s) {
            QCOMPARE(sentence.group, u"Private Sector"_s);
            evaSeen = true;
        }
    }
    QVERIFY(evaSeen);
}

void TestDrafter::summaryWords_tipTheBalance()
{
    // Two sentences alike but for one word, each word said twice: only the summary words tell them apart.
    const QString text = uR"(Ana Silva: The committee discussed funding for rural schools this year.
Ben Okafor: The committee discussed paperwork for rural schools this year.
Ana Silva: Rural schools need funding.
Ben Okafor: Rural schools need paperwork.
)"_s;
    const auto turns = core::Transcript::parse(text);
    MODERATO_VERIFY_OK(turns);
    core::DraftOptions options;
    options.language = u"en"_s;
    const auto prepared = core::Drafter::prepare(turns.value(), {}, options);
    core::Stemmer stemmer(u"english"_s);
    const QString funding = stemmer.stem(u"funding"_s);
    const QString paperwork = stemmer.stem(u"paperwork"_s);
    QVERIFY(core::Drafter::stemsOf(*prepared).contains(funding));
    QVERIFY(core::Drafter::stemsOf(*prepared).contains(paperwork));
    auto firstLine = [&](double weight, const QHash<QString, double> &words) {
        core::DrafterParams params;
        params.openingBonus = 0;
        params.summaryWordWeight = weight;
        params.summaryWords = std::make_shared<const QHash<QString, double>>(words);
        const core::Draft draft = core::Drafter::select(*prepared, params, 9);
        return draft.summarySentences.isEmpty() ? 0 : draft.summarySentences.constFirst().lines.constFirst();
    };
    const QHash<QString, double> keepsFunding{{funding, 0.3}, {paperwork, -0.2}};
    const QHash<QString, double> keepsPaperwork{{funding, -0.2}, {paperwork, 0.3}};
    QCOMPARE(firstLine(4, keepsFunding), 1);
    QCOMPARE(firstLine(4, keepsPaperwork), 2);
    // Weighed at nothing, or with an empty table, the table changes nothing: the earlier sentence wins the tie.
    QCOMPARE(firstLine(0, keepsPaperwork), 1);
    QCOMPARE(firstLine(4, {}), 1);
}

void TestDrafter::summaryWords_areEnglishAndBounded()
{
    // The shipped table (resources/drafter/summary-words-en.tsv) is read, and only its well-formed weights.
    const QHash<QString, double> &english = core::DraftLanguage::forCode(u"en"_s).summaryWords;
    QVERIFY2(english.size() > 1000, qPrintable(QString::number(english.size())));
    int kept = 0;
    for (auto it = english.begin(); it != english.end(); ++it) {
        QVERIFY(!it.key().isEmpty() && !it.key().contains(u' '));
        QVERIFY2(std::isfinite(it.value()) && std::abs(it.value()) <= 1.0, qPrintable(it.key()));
        kept += it.value() > 0 ? 1 : 0;
    }
    // Some words are kept more often than average, some less.
    QVERIFY(kept > 0 && kept < english.size());
    // Other languages weigh no words: these stems are English.
    for (const QString &code : {u"fr"_s, u"es"_s, u"ar"_s, u"zh"_s}) {
        QVERIFY2(core::DraftLanguage::forCode(code).summaryWords.isEmpty(), qPrintable(code));
    }
    // Without a table of its own, a draft weighs the language's.
    const auto turns = core::Transcript::parse(Discussion);
    core::DraftOptions options;
    options.words = 40;
    const auto prepared = core::Drafter::prepare(turns.value(), {}, options);
    core::DrafterParams own;
    own.summaryWords = std::make_shared<const QHash<QString, double>>(english);
    QCOMPARE(core::Drafter::toJson(core::Drafter::select(*prepared, {}, 40)),
             core::Drafter::toJson(core::Drafter::select(*prepared, own, 40)));
}

void TestDrafter::otherLanguages_draftAsEnglishDoes_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("topic");
    QTest::newRow("fr") << u"fr"_s << DiscussionFr << u"fournisseurs"_s;
    QTest::newRow("es") << u"es"_s << DiscussionEs << u"proveedores"_s;
}

void TestDrafter::otherLanguages_draftAsEnglishDoes()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(QString, topic);
    // The same discussion, line for line: the drafter must pick from the same lines in each language.
    auto linesOf = [](const QList<core::DraftSentence> &sentences) {
        QSet<int> lines;
        for (const core::DraftSentence &sentence : sentences) {
            lines.insert(sentence.lines.constFirst());
        }
        return lines;
    };
    core::DraftOptions english;
    english.words = 60;
    const core::Draft reference = core::Drafter::draft(core::Transcript::parse(Discussion).value(), {}, english);
    core::DraftOptions options;
    options.words = 60;
    options.language = language;
    const core::Draft draft = core::Drafter::draft(core::Transcript::parse(text).value(), {}, options);
    QCOMPARE(draft.language, language);
    // Left to itself, the drafter finds the language and drafts the same.
    core::DraftOptions detected;
    detected.words = 60;
    QCOMPARE(core::Drafter::toJson(core::Drafter::draft(core::Transcript::parse(text).value(), {}, detected)),
             core::Drafter::toJson(draft));
    const QSet<int> lines = linesOf(draft.summarySentences);
    // No greeting, thanks or floor-giving (lines 1, 4 and 9) in either.
    QVERIFY2(!lines.contains(1) && !lines.contains(4) && !lines.contains(9), qPrintable(draft.summary));
    const QSet<int> common = lines & linesOf(reference.summarySentences);
    QVERIFY2(common.size() * 3 >= linesOf(reference.summarySentences).size() * 2, qPrintable(draft.summary));
    // The call to action is Amina's (line 6) or an obligation from the same lines as in English.
    QVERIFY(!draft.callsToAction.isEmpty());
    QVERIFY2(linesOf(draft.callsToAction).contains(6), qPrintable(draft.callsToAction.constFirst().text));
    QVERIFY2(draft.topics.join(u' ').contains(topic), qPrintable(draft.topics.join(u", ")));
}

void TestDrafter::slow_repeatedCaptionLine_isScoredOnce_data()
{
    QTest::addColumn<qsizetype>("lines");
    // The report: one caption line 4,843 times (252 KB) took 15 s; 4 MB would have taken half an hour.
    QTest::newRow("252 KB") << qsizetype(tests::slow::OriginalRepetitions);
    QTest::newRow("4 MB") << qsizetype(4'000'000 / tests::slow::captionLine().size());
}

void TestDrafter::slow_repeatedCaptionLine_isScoredOnce()
{
    QFETCH(qsizetype, lines);
    const QString text = tests::slow::repeatedLine(lines * tests::slow::captionLine().size());
    QCOMPARE(text.count(u'\n'), lines);
    const auto turns = core::Transcript::parse(text);
    MODERATO_VERIFY_OK(turns);
    QCOMPARE(turns.value().size(), lines);
    const core::Draft draft = core::Drafter::draft(turns.value(), {}, core::Drafter::DefaultWords);
    const QString sentence = u"Everybody needs secure open internet."_s;
    // Said thousands of times, it is one point: once in the summary, with every line it was said on.
    QCOMPARE(draft.summary, sentence);
    QCOMPARE(draft.summarySentences.size(), 1);
    QCOMPARE(draft.summarySentences.constFirst().lines.size(), lines);
    QCOMPARE(draft.summarySentences.constFirst().lines.constFirst(), 1);
    QCOMPARE(draft.summarySentences.constFirst().lines.constLast(), int(lines));
    QCOMPARE(draft.takeaways.size(), 1);
    QCOMPARE(draft.takeaways.constFirst().text, sentence);
    QVERIFY(draft.callsToAction.isEmpty());
}

void TestDrafter::slow_distinctSentences_keepTheBudget()
{
    const auto turns = core::Transcript::parse(tests::slow::distinctSentences(500'000));
    MODERATO_VERIFY_OK(turns);
    QVERIFY(turns.value().size() > 5'000);
    const core::Draft draft = core::Drafter::draft(turns.value(), {}, core::Drafter::DefaultWords);
    QVERIFY(!draft.summary.isEmpty());
    QVERIFY(wordCount(draft.summary) <= core::Drafter::DefaultWords);
    QVERIFY(draft.summarySentences.size() >= 10);
    QSet<QString> texts;
    for (const auto &sentence : draft.summarySentences) {
        texts.insert(sentence.text);
        QCOMPARE(sentence.lines.size(), 1);
        QVERIFY(sentence.speaker.startsWith(u"Delegate "_s));
    }
    QCOMPARE(texts.size(), draft.summarySentences.size());
    QVERIFY(!draft.takeaways.isEmpty() && draft.takeaways.size() <= 3);
    QVERIFY(!draft.topics.isEmpty() && draft.topics.size() <= 6);
}

void TestDrafter::slow_hugeLine_isCutIntoSentences()
{
    const QString text = tests::slow::hugeLine(500'000);
    const auto turns = core::Transcript::parse(text);
    MODERATO_VERIFY_OK(turns);
    QCOMPARE(turns.value().size(), 1);
    const core::Draft draft = core::Drafter::draft(turns.value(), {}, core::Drafter::DefaultWords);
    // Without the cut the whole half megabyte would be one "sentence", copied into every list.
    QVERIFY(!draft.summarySentences.isEmpty());
    for (const auto &list : {draft.summarySentences, draft.takeaways}) {
        for (const auto &sentence : list) {
            QVERIFY(wordCount(sentence.text) <= core::Drafter::MaxSentenceWords);
            // A piece of the line (word repeats are folded by the cleaning, so compare word by word).
            for (const QString &word : sentence.text.split(u' ')) {
                QVERIFY2(text.contains(u' ' + word + u' '), qPrintable(word));
            }
            QCOMPARE(sentence.lines, QList<int>{1});
        }
    }
    QVERIFY(wordCount(draft.summary) <= core::Drafter::DefaultWords);
}

void TestDrafter::slow_manySpeakers_saySomethingOnce()
{
    const auto turns = core::Transcript::parse(tests::slow::manySpeakers(500'000));
    MODERATO_VERIFY_OK(turns);
    QVERIFY(turns.value().size() > 3'000);
    const core::Draft draft = core::Drafter::draft(turns.value(), {}, core::Drafter::DefaultWords);
    QVERIFY(wordCount(draft.summary) <= core::Drafter::DefaultWords);
    QSet<QString> texts;
    int sharedPoints = 0;
    for (const auto &sentence : draft.summarySentences) {
        texts.insert(sentence.text);
        // A point many people made is one sentence with the lines of all who made it.
        if (sentence.lines.size() > 500) {
            ++sharedPoints;
        }
    }
    QCOMPARE(texts.size(), draft.summarySentences.size());
    QVERIFY2(sharedPoints >= 3, qPrintable(draft.summary));
    for (const auto &action : draft.callsToAction) {
        QVERIFY(action.lines.size() > 500);
    }
}

void TestDrafter::slow_nearDuplicates_keepTheBudget()
{
    const auto turns = core::Transcript::parse(tests::slow::nearDuplicates(500'000));
    MODERATO_VERIFY_OK(turns);
    QVERIFY(turns.value().size() > core::Drafter::MaxSelectionCandidates);
    const core::Draft draft = core::Drafter::draft(turns.value(), {}, core::Drafter::DefaultWords);
    // Thousands of sentences alike but for one made-up word, more than the selection considers.
    QVERIFY(!draft.summarySentences.isEmpty());
    QVERIFY(wordCount(draft.summary) <= core::Drafter::DefaultWords);
    QSet<QString> texts;
    for (const auto &sentence : draft.summarySentences) {
        QVERIFY(sentence.text.startsWith(u"Supply chain security depends on baseline requirements"_s));
        texts.insert(sentence.text);
    }
    QCOMPARE(texts.size(), draft.summarySentences.size());
    QVERIFY(draft.takeaways.size() <= 3);
}

QTEST_APPLESS_MAIN(TestDrafter)
#include "tst_drafter.moc"
