// SPDX-License-Identifier: MIT
#include "core/rapporteur/draftlanguage.h"

#include <QFile>
#include <QHash>

#include <cmath>
#include <libstemmer.h>

using namespace Qt::StringLiterals;

namespace core {
namespace {

QSet<QString> wordSet(const QString &list)
{
    QSet<QString> set;
    for (const QString &word : list.split(u' ', Qt::SkipEmptyParts)) {
        set.insert(word);
    }
    return set;
}

QRegularExpression pattern(const QString &text)
{
    return QRegularExpression(
        text, QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

/// "stem<TAB>weight" lines ('#' starts a comment), as bench_summarize --write-summary-words writes them.
QHash<QString, double> readSummaryWords(const QString &path)
{
    QHash<QString, double> words;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return words;
    }
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        const qsizetype tab = line.indexOf('\t');
        if (line.startsWith('#') || tab <= 0) {
            continue;
        }
        bool ok = false;
        const double weight = line.mid(tab + 1).toDouble(&ok);
        if (ok && std::isfinite(weight) && std::abs(weight) <= 1.0) {
            words.insert(QString::fromUtf8(line.left(tab)), weight);
        }
    }
    return words;
}

DraftLanguage english()
{
    DraftLanguage l;
    l.code = u"en"_s;
    l.snowball = u"english"_s;
    l.stopwords =
        wordSet(u"a about above after again against all almost also am an and any are aren as at be because "
                "been before being below between both but by can cannot could couldn did didn do does doesn "
                "doing don down during each either else even ever every few for from further get gets getting "
                "go going gone got had hadn has hasn have haven having he her here hers herself him himself his "
                "how however i if in into is isn it its itself just let like ll made make many may me might more "
                "most much must mustn my myself no nor not now of off on once one only or other our ours "
                "ourselves out over own per quite rather re really said same say says see she should shouldn "
                "so some such than that the their theirs them themselves then there these they thing things "
                "think this those though through thus to too under until up upon us ve very want was wasn way "
                "we well were weren what when where whether which while who whom whose why will with within "
                "without won would wouldn yes yet you your yours yourself yourselves already always "
                "another around back came come comes done first give given know known last lot "
                "lots maybe mean means mr mrs ms dr hon okay ok oh right sure take taken tell today two three "
                "use used using yeah"_s);
    l.courtesy = pattern(
        u"\\b(?:thank you|thanks(?! to)|many thanks|thank (?:everyone|all)|mr\\.? ?chair|madam "
        u"chair|chairman|chairperson|"
        "mr\\.? speaker|madam speaker|point of order|call (?:this|the) meeting to order|meeting to order|"
        "you have the floor|the floor is (?:yours|open)|(?:give|pass|hand|turn) (?:the floor|it|over)(?: back)? to|"
        "(?:minutes?|seconds?) (?:left|remaining)|time is up|(?:we are|we'?re) (?:running )?out of time|over to you|"
        "welcome back|good (?:morning|afternoon|evening)|hello(?: everyone| all)?|hi everyone|apologi[sz]e|"
        "can you (?:all )?(?:hear|see) (?:me|us|my screen)|(?:you'?re|are you|i'?m|i was) (?:on )?mute[d]?|unmute|"
        "(?:your|the|my) (?:audio|microphone|mic|camera|connection|screen)|share (?:my|your) screen|"
        "next question|go ahead|the honourable member|we will now|i will now|adjourn|order,? please|"
        "let me turn|i'?d like to thank|interpretation|i'?m sorry|sorry|the member for|"
        "is that okay|we'?ll move on|moving on|next speaker|can i (?:just )?ask|before we move on|i'?ll come to|"
        "i'?ll bring in|let'?s move|okay|(?:the )?(?:coffee|lunch) break|the (?:chat|q ?& ?a) (?:box|function)|"
        "raise (?:your|their) hands?|(?:in|into) the chat|housekeeping|recording|slides? (?:please|up)|"
        "back to you|(?:a|one) (?:last|final) question|please (?:be brief|keep it short)|one minute)"_s);
    l.procedure = pattern(
        u"\\b(?:(?:by|via|through|on) (?:video ?conferenc\\w*|videoconferenc\\w*|zoom|teams|webex)|"
        "hybrid (?:meeting|sitting|format)|microphones?|mics?|earpieces?|headsets?|(?:on )?mute|unmute|"
        "interpreters?|(?:simultaneous|remote) interpretation|interpretation (?:is|will be) (?:available|provided)|"
        "(?:english|french|floor|language|interpretation) channel|speaking times?|(?:be|being) televised|webcast|"
        "live ?stream(?:ed|ing)?|in the chat|raise (?:your )?hands?|request the floor|point of order|"
        "through the chair|recogni[sz]e you by name|meeting is bilingual|quorum|apologies for absence|"
        "declarations? of interest|in camera|(?:meeting|session|proceedings) (?:is|are|will be) (?:being )?recorded|"
        "record of the proceedings|minutes of the (?:last|previous) meeting|adjourn\\w*|"
        "suspend (?:the|this) (?:meeting|sitting)|technical (?:issues?|problems?|difficult\\w*))\\b"_s);
    l.obligation =
        pattern(u"\\b(?:should|must|need(?:s)? to|have to|has to|ought to|call(?:s|ed)? (?:on|upon)|urge(?:s|d)?|"
                "appeal(?:s)? to|we ask|ask(?:s)? (?:the|all|every)|recommend(?:s|ed)?|encourage(?:s|d)?|"
                "it is (?:essential|important|crucial|vital|necessary) (?:to|that)|let(?:'s| us)|commit(?:s)? to|"
                "make sure|ensure)\\b"_s);
    l.imperative = pattern(
        u"^(?:please\\s+)?(?:ensure|make|invest|support|create|stop|give|provide|consider|adopt|establish|develop|"
        "strengthen|include|protect|involve|fund|set up|work|build|share|join|start|reform|implement|require|"
        "enforce|ask|publish)\\b"_s);
    l.fillers = pattern(u"\\b(?:um+|uh+|erm|er|ah|hmm+|you know|i mean)\\b,?\\s*"_s);
    l.abbreviations = wordSet(u"mr mrs ms dr hon st no vs etc prof lib e.g i.e jr sr gov inc ltd co p.m a.m"_s);
    l.summaryWords = readSummaryWords(u":/drafter/summary-words-en.tsv"_s);
    return l;
}

DraftLanguage french()
{
    DraftLanguage l;
    l.code = u"fr"_s;
    l.snowball = u"french"_s;
    l.stopwords = wordSet(
        u"au aux avec ce ces cet cette dans de des du elle elles en et eux il ils je la le les leur leurs lui ma "
        "mais me même mes moi mon ne nos notre nous on ou où par pas pour qu que qui sa se ses son sur ta te tes "
        "toi ton tu un une vos votre vous c d j l à m n s t y été être avoir ai as avons avez ont est sont suis "
        "était étaient sera seront serait fait faire fois plus moins très aussi alors donc car comme si tout tous "
        "toute toutes bien encore déjà ici là cela ça celui celle ceux celles dont sans sous entre vers chez peu "
        "peut peuvent pouvons doit doivent faut veux voudrais dire dit oui non voilà merci madame monsieur "
        "aujourd hui quand quoi quel quelle quels quelles leur autre autres chaque même mêmes puis ainsi"_s);
    l.courtesy = pattern(
        u"\\b(?:merci(?: beaucoup| bien)?|bonjour|bonsoir|bienvenue|mesdames et messieurs|monsieur le président|"
        "madame la présidente|vous avez la parole|je (?:vous )?(?:donne|passe|cède) la parole|la parole est à|"
        "(?:il (?:vous )?reste|plus que) (?:une|deux|\\d+) minutes?|le temps est écoulé|"
        "(?:est-ce que )?vous m'entendez|on (?:vous|m')entend|votre micro|(?:vous êtes|je suis) en sourdine|"
        "micro|partager (?:mon|votre) écran|excusez-moi|désolée?|pardon|je m'excuse|la pause(?: café)?|"
        "dans le chat|levez la main|question suivante|passons à|nous passons|je vous remercie|"
        "(?:un|une) dernière? question|soyez brefs?|à vous)"_s);
    l.procedure = pattern(
        u"\\b(?:(?:par|en) (?:visio(?:conférence)?|vidéoconférence|zoom|teams)|micro(?:phone)?s?|oreillettes?|casques?|"
        "(?:en )?sourdine|interprètes?|interprétation simultanée|l'interprétation est (?:disponible|assurée)|"
        "canal (?:français|anglais|de l'interprétation)|temps de parole|télévisée?s?|retransmise? en direct|"
        "diffusée? en direct|dans le chat|lever la main|demander la parole|rappel au règlement|quorum|"
        "déclarations? d'intérêts?|à huis clos|(?:la séance|la réunion) est enregistrée|procès-verbal|"
        "lever la séance|(?:je )?suspends la séance|problèmes? techniques?)\\b"_s);
    l.obligation =
        pattern(u"\\b(?:(?:il )?faut|faudrait|devons|devrions|devrait|devraient|doit|doivent|appel(?:ons|le|lent)? à|"
                "appelle(?:r)? à|exhort(?:ons|e)|recommand(?:ons|e|ent|é)|encourag(?:eons|e|ent)|"
                "il est (?:essentiel|important|crucial|vital|nécessaire) (?:de|que)|nous (?:nous )?engageons|veiller à|"
                "assurer que|s'assurer)\\b"_s);
    l.imperative =
        pattern(u"^(?:s'il vous plaît,?\\s+)?(?:assurez|investissez|soutenez|créez|arrêtez|donnez|fournissez|adoptez|"
                "établissez|développez|renforcez|incluez|protégez|impliquez|financez|travaillons|construisons|partagez|"
                "rejoignez|commençons|réformez|mettez en (?:place|œuvre)|exigez|publiez)\\b"_s);
    l.fillers = pattern(u"\\b(?:euh+|heu+|hum+|ben|bah|enfin bref)\\b,?\\s*"_s);
    l.abbreviations = wordSet(u"m mme mlle dr pr etc cf p ex n°"_s);
    return l;
}

DraftLanguage spanish()
{
    DraftLanguage l;
    l.code = u"es"_s;
    l.snowball = u"spanish"_s;
    l.stopwords = wordSet(
        u"a al algo algunos ante antes como con contra cual cuando de del desde donde durante e el él ella ellas "
        "ellos en entre era eran es esa esas ese eso esos esta está están estas este esto estos fue fueron ha han "
        "hay la las le les lo los más me mi mis mucho muy ni no nos nosotros o os otra otro otros para pero poco "
        "por porque que qué quien se sea ser si sí sin sobre son su sus también tanto te tiene tienen todo todos "
        "tu tus un una uno unos y ya yo he hemos puede pueden podemos debe deben hacer hace dicho decir bueno "
        "pues entonces así aquí allí cada gracias señor señora hoy vez veces"_s);
    l.courtesy =
        pattern(u"\\b(?:(?:muchas )?gracias|buen(?:os|as) (?:días|tardes|noches)|bienvenid[oa]s?|señoras y señores|"
                "señor presidente|señora presidenta|tiene (?:usted )?la palabra|(?:le )?(?:doy|paso|cedo) la palabra|"
                "(?:le )?quedan? (?:un|dos|\\d+) minutos?|se acabó el tiempo|¿?(?:me )?(?:oyen|escuchan)|"
                "(?:su|el|mi) micrófono|silenciad[oa]|compartir (?:mi|su) pantalla|disculp(?:e|en|as)|perdón|lo siento|"
                "(?:la )?pausa(?: para el café)?|en el chat|levant(?:en|ar) la mano|siguiente pregunta|pasamos a|"
                "(?:una )?última pregunta|sea breve|le agradezco)"_s);
    l.procedure = pattern(
        u"\\b(?:(?:por|mediante) (?:videoconferencia|zoom|teams)|micrófonos?|auriculares|silenciad[oa]s?|intérpretes?|"
        "interpretación simultánea|la interpretación está disponible|canal (?:en )?(?:español|inglés|de "
        "interpretación)|"
        "tiempo de (?:palabra|intervención)|televisad[oa]|transmisión en (?:directo|vivo)|en el chat|levantar la mano|"
        "pedir la palabra|cuestión de orden|quórum|declaraci(?:ón|ones) de intereses|a puerta cerrada|"
        "(?:la sesión|la reunión) (?:está siendo|será|es) grabada|acta de la (?:sesión|reunión) anterior|"
        "levant(?:a|o|ar) la sesión|suspend(?:e|o|er) la sesión|problemas? técnicos?)\\b"_s);
    l.obligation =
        pattern(u"\\b(?:debe(?:mos|n|ría(?:mos|n)?)?|tiene(?:n)? que|tenemos que|hay que|es necesario|"
                "(?:hacemos un )?llama(?:mos|do) a|insta(?:mos)? a|recomend(?:amos|amos|ó)|recomienda(?:n)?|"
                "alent(?:amos)|anima(?:mos)? a|es (?:esencial|importante|crucial|vital|fundamental) (?:que|que se)|"
                "nos comprometemos|asegurar(?:se)? (?:de )?que|garantizar)\\b"_s);
    l.imperative = pattern(
        u"^(?:por favor,?\\s+)?(?:asegúrense|inviertan|apoyen|creen|den|proporcionen|adopten|establezcan|desarrollen|"
        "fortalezcan|incluyan|protejan|involucren|financien|trabajemos|construyamos|compartan|únanse|empecemos|"
        "reformen|implementen|exijan|publiquen)\\b"_s);
    l.fillers = pattern(u"\\b(?:eh+|em+|este|o sea|bueno,)\\s*"_s);
    l.abbreviations = wordSet(u"sr sra srta dr dra etc ej núm p"_s);
    return l;
}

DraftLanguage german()
{
    DraftLanguage l;
    l.code = u"de"_s;
    l.snowball = u"german"_s;
    l.stopwords = wordSet(
        u"aber alle allem allen aller alles als also am an ander andere anderen auch auf aus bei bin bis bist da "
        "damit dann das dass dein deine dem den der des dessen dich die dies diese diesem diesen dieser dieses dir "
        "doch dort du durch ein eine einem einen einer eines er es etwas euch euer für gegen gewesen hab habe haben "
        "hat hatte hier hin hinter ich ihm ihn ihnen ihr ihre im in indem ins ist ja jede jedem jeden jeder jedes "
        "jetzt kann kein keine können könnte machen man manche mein meine mich mir mit muss müssen nach nicht "
        "nichts noch nun nur ob oder ohne sehr sein seine sich sie sind so solche soll sollte sondern sonst über "
        "um und uns unser unter viel vom von vor war waren was weil welche wenn wer werde werden wie wieder will "
        "wir wird wo wollen würde zu zum zur zwar zwischen ganz schon heute danke herr frau gut gibt"_s);
    l.courtesy = pattern(
        u"\\b(?:(?:vielen |herzlichen )?dank|danke(?: schön| sehr)?|guten (?:morgen|tag|abend)|"
        "willkommen|meine (?:sehr geehrten )?damen und herren|herr vorsitzender|frau vorsitzende|"
        "sie haben das wort|ich (?:gebe|übergebe) (?:das wort|an)|das wort hat|(?:noch )?(?:eine|zwei|\\d+) "
        "minuten?(?: übrig| verbleibend)?|die zeit ist um|(?:können|hören) sie mich|ihr mikrofon|stumm(?:geschaltet)?|"
        "bildschirm teilen|entschuldigung|entschuldigen sie|tut mir leid|(?:die )?kaffeepause|im chat|"
        "hand heben|nächste frage|kommen wir zu|(?:eine )?letzte frage|bitte kurz)"_s);
    l.procedure = pattern(
        u"\\b(?:(?:per|über|via) (?:Videokonferenz|Zoom|Teams)|Mikrofone?|Mikros?|Kopfhörer|stummgeschaltet|"
        "stumm ?schalten|Dolmetsch(?:er|erin|ung)\\w*|Simultanübersetzung|(?:deutschen|englischen) Kanal|Redezeit\\w*|"
        "im Fernsehen übertragen|Livestream\\w*|im Chat|Hand heben|(?:ums|um das) Wort bitten|zur Geschäftsordnung|"
        "beschlussfähig\\w*|Interessenkonflikte?|nichtöffentlich\\w*|(?:Sitzung|Besprechung) wird aufgezeichnet|"
        "Protokoll der (?:letzten|vorigen) Sitzung|Sitzung (?:ist )?(?:geschlossen|unterbrochen)|"
        "technischen? (?:Probleme|Schwierigkeiten))\\b"_s);
    l.obligation =
        pattern(u"\\b(?:sollte(?:n)?|müssen|muss|brauchen|ist (?:es )?(?:notwendig|wichtig|entscheidend|unerlässlich)|"
                "(?:wir )?fordern|rufen (?:\\w+ )?auf|appellieren|empfehlen|empfiehlt|ermutigen|verpflichten uns|"
                "sicherstellen|gewährleisten|lasst uns|lassen sie uns)\\b"_s);
    l.imperative =
        pattern(u"^(?:bitte\\s+)?(?:stellen sie sicher|investieren sie|unterstützen sie|schaffen sie|fördern sie|"
                "schützen sie|beteiligen sie|veröffentlichen sie|setzen sie)\\b"_s);
    l.fillers = pattern(u"\\b(?:äh+|ähm+|öh+|hm+|sozusagen|halt)\\b,?\\s*"_s);
    l.abbreviations = wordSet(u"hr fr dr prof bzw usw z.b d.h ca nr vgl"_s);
    return l;
}

DraftLanguage portuguese()
{
    DraftLanguage l;
    l.code = u"pt"_s;
    l.snowball = u"portuguese"_s;
    l.stopwords =
        wordSet(u"a ao aos as até com como da das de dela dele deles do dos e ela elas ele eles em entre era eram essa "
                "essas esse esses esta está estão estas este estes eu foi foram há isso isto já lhe lhes mais mas me "
                "mesmo meu minha muito na nas nem no nos nós num numa o os ou para pela pelas pelo pelos por porque "
                "quando que quem se sem ser seu seus sua suas também te tem têm ter todo todos tu um uma umas uns você "
                "vocês vai vamos pode podem podemos deve devem fazer faz dizer então aqui ali cada obrigado obrigada "
                "senhor senhora hoje vez bem sim não"_s);
    l.courtesy =
        pattern(u"\\b(?:(?:muito )?obrigad[oa]s?|bo[am] (?:dia|tarde|noite)|bem-vind[oa]s?|senhoras e senhores|"
                "senhor presidente|senhora presidente|tem a palavra|(?:passo|dou) a palavra|restam? (?:um|dois|\\d+) "
                "minutos?|o tempo acabou|(?:vocês )?(?:me )?(?:ouvem|escutam)|(?:seu|o|meu) microfone|no mudo|"
                "compartilhar (?:a|minha) tela|desculp(?:e|em|a)|perdão|sinto muito|(?:o )?intervalo|no chat|"
                "levant(?:em|ar) a mão|próxima pergunta|passamos (?:a|para)|(?:uma )?última pergunta|seja breve)"_s);
    l.procedure = pattern(
        u"\\b(?:(?:por|via) (?:videoconferência|zoom|teams)|microfones?|fones de ouvido|auscultadores|silenciad[oa]s?|"
        "intérpretes?|interpretação simultânea|canal (?:em )?(?:português|inglês|de interpretação)|"
        "tempo de (?:fala|palavra|intervenção)|televisionad[oa]|transmissão ao vivo|transmitid[oa] em direto|no chat|"
        "levantar a mão|pedir a palavra|questão de ordem|quórum|declarações? de interesses?|à porta fechada|"
        "(?:a sessão|a reunião) (?:está a ser|está sendo|será) gravada|ata da (?:sessão|reunião) anterior|"
        "encerr(?:o|ar|a) a (?:sessão|reunião)|suspend(?:o|er|e) a (?:sessão|reunião)|problemas? técnicos?)\\b"_s);
    l.obligation = pattern(
        u"\\b(?:deve(?:mos|m|ria(?:mos|m)?)?|tem(?:os)? que|precisa(?:mos|m)? (?:de )?|é (?:necessário|essencial|"
        "importante|crucial|fundamental) (?:que)?|apela(?:mos)? (?:a|para)|recomenda(?:mos|m)?|incentiva(?:mos|m)?|"
        "nos comprometemos|garantir|assegurar)\\b"_s);
    l.imperative =
        pattern(u"^(?:por favor,?\\s+)?(?:garantam|invistam|apoiem|criem|deem|forneçam|adotem|estabeleçam|desenvolvam|"
                "fortaleçam|incluam|protejam|envolvam|financiem|trabalhemos|construamos|compartilhem|comecemos|"
                "implementem|exijam|publiquem)\\b"_s);
    l.fillers = pattern(u"\\b(?:é+h+|hum+|tipo assim|né)\\b,?\\s*"_s);
    l.abbreviations = wordSet(u"sr sra dr dra prof etc ex p"_s);
    return l;
}

DraftLanguage russian()
{
    DraftLanguage l;
    l.code = u"ru"_s;
    l.snowball = u"russian"_s;
    l.stopwords = wordSet(
        u"и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было вот "
        "от меня еще нет о из ему теперь когда даже ну вдруг ли если уже или ни быть был него до вас нибудь "
        "опять уж вам ведь там потом себя ничего ей может они тут где есть надо ней для мы тебя их чем была сам "
        "чтоб без будто чего раз тоже себе под будет ж тогда кто этот того потому этого какой совсем ним здесь "
        "этом один почти мой тем чтобы нее сейчас были куда зачем всех никогда можно при наконец два об другой "
        "хоть после над больше тот через эти нас про всего них какая много разве три эту моя впрочем хорошо свою "
        "этой перед иногда лучше чуть том нельзя такой им более всегда конечно всю между это также очень спасибо "
        "сегодня уважаемые коллеги"_s);
    l.courtesy =
        pattern(u"(?:спасибо(?: большое)?|благодарю|добр(?:ое утро|ый день|ый вечер)|здравствуйте|добро пожаловать|"
                "уважаемые коллеги|господин председатель|госпожа председатель|вам слово|(?:передаю|предоставляю) слово|"
                "слово (?:предоставляется|имеет)|осталось? (?:одна|две|\\d+) минут|время истекло|вы меня слышите|"
                "(?:ваш|мой) микрофон|выключен звук|показать экран|извините|прошу прощения|простите|перерыв|в чате|"
                "поднимите руку|следующий вопрос|переходим к|последний вопрос|пожалуйста,? короче)"_s);
    l.procedure = pattern(
        u"\\b(?:(?:по|через) (?:видеосвязи|видеоконференц\\w*|zoom)|микрофон\\w*|наушник\\w*|(?:выключ|включ)\\w* звук|"
        "переводчик\\w*|синхронн\\w* перевод\\w*|канал\\w* перевода|время выступлени\\w*|трансляци\\w*|в чате|"
        "подним\\w* рук\\w*|попросить слово|по порядку ведения|кворум\\w*|конфликт\\w* интересов|"
        "закрыт\\w* заседани\\w*|(?:заседание|встреча) записывается|протокол\\w* (?:прошлого|предыдущего) заседания|"
        "объявляю (?:заседание )?закрытым|технические? (?:проблем\\w*|неполадк\\w*))\\b"_s);
    l.obligation = pattern(u"(?:должн(?:ы|а|о)?|нужно|необходимо|следует|надо|призыва(?:ем|ю|ет)|рекоменду(?:ем|ет)|"
                           "важно,? чтобы|обеспечить|мы обязуемся|давайте)"_s);
    l.imperative =
        pattern(u"^(?:пожалуйста,?\\s+)?(?:обеспечьте|инвестируйте|поддержите|создайте|дайте|примите|установите|"
                "развивайте|укрепляйте|защитите|финансируйте|опубликуйте)"_s);
    l.fillers = pattern(u"(?:^|\\s)(?:э+|м+|ну|как бы|так сказать)(?=[\\s,])[,]?"_s);
    l.abbreviations = wordSet(u"г т.е т.д т.п др проф им"_s);
    return l;
}

DraftLanguage arabic()
{
    DraftLanguage l;
    l.code = u"ar"_s;
    l.snowball = u"arabic"_s;
    l.stopwords =
        wordSet(u"في من إلى على عن مع هذا هذه ذلك تلك التي الذي الذين هو هي هم نحن أنا أنت أنتم كان كانت يكون تكون "
                "ما لا لم لن إن أن قد كل بعض أو ثم حتى عند بين كما لكن لقد وهو وهي أيضا جدا هناك هنا أي إذا لذلك "
                "عليه عليها فيه فيها به بها له لها منه منها و ف ب ل يا الى علي ان او شكرا السيد السيدة اليوم"_s);
    l.courtesy = pattern(
        u"(?:شكرا|شكراً|أشكر|نشكر|صباح الخير|مساء الخير|السلام عليكم|مرحبا|أهلا|أهلاً|السيد الرئيس|السيدة الرئيسة|"
        "الكلمة لكم|الكلمة لك|أعطي الكلمة|تبقى (?:دقيقة|دقيقتان|\\d+)|انتهى الوقت|هل تسمعونني|هل تسمعني|الميكروفون|"
        "كتم الصوت|مشاركة الشاشة|عذرا|عذراً|آسف|أعتذر|الاستراحة|في الدردشة|ارفعوا أيديكم|السؤال التالي|"
        "ننتقل إلى|سؤال أخير)"_s);
    l.procedure = pattern(
        u"\\b(?:(?:عبر|بواسطة) (?:الفيديو|الاتصال المرئي|زووم)|الميكروفونات|الميكروفون|سماعات الأذن|كتم "
        u"الصوت|المترجمين|"
        "الترجمة الفورية|قناة الترجمة|وقت الكلام|البث المباشر|في الدردشة|رفع اليد|طلب الكلمة|نقطة نظام|النصاب|"
        "تضارب المصالح|جلسة مغلقة|الجلسة مسجلة|محضر الجلسة السابقة|رفع الجلسة|تعليق الجلسة|مشاكل تقنية|مشكلات فنية)\\b"_s);
    l.obligation =
        pattern(u"(?:يجب|ينبغي|علينا|لا بد|من الضروري|من المهم|ندعو|نحث|نوصي|يوصي|نشجع|نلتزم|ضمان|التأكد من)"_s);
    l.imperative = pattern(u"^(?:من فضلكم\\s+)?(?:استثمروا|ادعموا|أنشئوا|اعتمدوا|عززوا|احموا|موّلوا|انشروا)"_s);
    l.fillers = pattern(u"(?:^|\\s)(?:اممم?|آه|يعني)(?=[\\s،,])[،,]?"_s);
    return l;
}

DraftLanguage plain(const QString &code)
{
    DraftLanguage l = english();
    l.code = code;
    l.snowball.clear();
    l.stopwords.clear();
    l.summaryWords.clear(); // English stems
    return l;
}

} // namespace

const DraftLanguage &DraftLanguage::forCode(const QString &code)
{
    static const QHash<QString, DraftLanguage> languages = [] {
        QHash<QString, DraftLanguage> all;
        for (const DraftLanguage &language :
             {english(), french(), spanish(), german(), portuguese(), russian(), arabic()}) {
            all.insert(language.code, language);
        }
        all.insert(u"zh"_s, plain(u"zh"_s));
        return all;
    }();
    const QString base = code.left(2).toLower();
    const auto found = languages.constFind(base);
    return found != languages.constEnd() ? found.value() : languages.constFind(u"en"_s).value();
}

QStringList DraftLanguage::codes()
{
    return {u"en"_s, u"fr"_s, u"es"_s, u"de"_s, u"pt"_s, u"ru"_s, u"ar"_s};
}

QString DraftLanguage::detect(const QString &text, const QString &fallback)
{
    constexpr int SampleWords = 3000;
    QStringList words;
    int han = 0;
    QString current;
    for (qsizetype i = 0; i < text.size() && words.size() < SampleWords; ++i) {
        const QChar c = text.at(i);
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF) {
            ++han;
        }
        if (c.isLetter() || c.isMark() || c == u'\'') {
            current.append(c.toLower());
        } else if (!current.isEmpty()) {
            words.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty()) {
        words.append(current);
    }
    if (han >= 20 && han > words.size()) {
        return u"zh"_s;
    }
    if (words.size() < 20) {
        return fallback;
    }
    QString best = fallback;
    double bestShare = 0.10;
    for (const QString &code : codes()) {
        const DraftLanguage &language = forCode(code);
        int hits = 0;
        for (const QString &word : std::as_const(words)) {
            // "l'identité", "d'accord": the part before the apostrophe is the stop word.
            const qsizetype apostrophe = word.indexOf(u'\'');
            if (language.stopwords.contains(apostrophe > 0 ? word.left(apostrophe) : word)) {
                ++hits;
            }
        }
        const double share = double(hits) / double(words.size());
        if (share > bestShare) {
            bestShare = share;
            best = code;
        }
    }
    return best;
}

Stemmer::Stemmer(const QString &algorithm)
{
    if (!algorithm.isEmpty()) {
        m_stemmer = sb_stemmer_new(algorithm.toLatin1().constData(), "UTF_8");
    }
}

Stemmer::~Stemmer()
{
    if (m_stemmer) {
        sb_stemmer_delete(m_stemmer);
    }
}

QString Stemmer::stem(const QString &word)
{
    if (!m_stemmer) {
        return word;
    }
    const QByteArray utf8 = word.toUtf8();
    const sb_symbol *stemmed =
        sb_stemmer_stem(m_stemmer, reinterpret_cast<const sb_symbol *>(utf8.constData()), int(utf8.size()));
    if (!stemmed) {
        return word; // out of memory in the stemmer: the word itself is the best we have
    }
    return QString::fromUtf8(reinterpret_cast<const char *>(stemmed), sb_stemmer_length(m_stemmer));
}

} // namespace core
