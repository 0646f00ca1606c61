// SPDX-License-Identifier: MIT
#include "core/base/plaintext.h"
#include "core/io/briefing.h"
#include "core/io/markup.h"
#include "core/io/proposalimporter.h"
#include "core/io/report.h"
#include "core/session/session.h"
#include "core/session/sessionstats.h"
#include "tests/support/fakeclock.h"
#include "tests/support/helpers.h"
#include "tests/support/hostiletext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

/// Markdown's backslash escapes removed: what a renderer shows of escaped text.
QString unescapeMarkdown(const QString &markdown)
{
    QString out;
    for (qsizetype i = 0; i < markdown.size(); ++i) {
        if (markdown.at(i) == u'\\' && i + 1 < markdown.size()
            && QStringView(u"!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~").contains(markdown.at(i + 1))) {
            ++i;
        }
        out.append(markdown.at(i));
    }
    return out;
}

QString withoutIsolates(QString text)
{
    text.remove(QChar(core::FirstStrongIsolate)).remove(QChar(core::PopDirectionalIsolate));
    return text;
}

/// The pipes of a Markdown table row that are not escaped.
int cellBorders(const QString &line)
{
    int count = 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line.at(i) == u'\\') {
            ++i;
        } else if (line.at(i) == u'|') {
            ++count;
        }
    }
    return count;
}

/// Markdown characters that must never reach the output unescaped, since no template uses them.
QString unescapedMarkup(const QString &markdown)
{
    // What Markdown would read as markup: a backtick, a tag, "~~", a pair of brackets.
    auto excerpt = [&markdown](qsizetype i) { return markdown.mid(std::max<qsizetype>(0, i - 20), 40); };
    qsizetype openBracket = -1;
    for (qsizetype i = 0; i < markdown.size(); ++i) {
        const QChar c = markdown.at(i);
        const QChar next = i + 1 < markdown.size() ? markdown.at(i + 1) : QChar();
        if (c == u'\\') {
            ++i;
        } else if (c == u'\n') {
            openBracket = -1;
        } else if (c == u'`' || (c == u'~' && next == u'~')
                   || (c == u'<' && (next.isLetter() || next == u'/' || next == u'!' || next == u'?'))) {
            return excerpt(i);
        } else if (c == u'[') {
            openBracket = i;
        } else if (c == u']' && openBracket >= 0) {
            return excerpt(openBracket);
        }
    }
    static const QRegularExpression entity(u"(?<!\\\\)&#?[A-Za-z0-9]+;"_s);
    const QRegularExpressionMatch match = entity.match(markdown);
    return match.hasMatch() ? match.captured() : QString();
}

/// Every tag of an HTML export is one the templates write; user text cannot add one.
QString foreignTag(const QString &html)
{
    static const QStringList allowed{u"!DOCTYPE"_s, u"html"_s, u"head"_s,  u"meta"_s,  u"title"_s, u"style"_s,
                                     u"body"_s,     u"h1"_s,   u"h2"_s,    u"h3"_s,    u"p"_s,     u"ul"_s,
                                     u"ol"_s,       u"li"_s,   u"table"_s, u"tr"_s,    u"td"_s,    u"th"_s,
                                     u"div"_s,      u"b"_s,    u"br"_s,    u"small"_s, u"bdi"_s,   u"img"_s};
    static const QRegularExpression tag(u"<(/?)([^\\s>/]+)"_s);
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (!allowed.contains(match.captured(2))) {
            return match.captured();
        }
    }
    return {};
}

/// The text of an HTML document line by line, tags removed, as the bidi algorithm sees a paragraph.
QStringList htmlTextLines(const QString &html)
{
    QString text = html;
    static const QRegularExpression tag(u"<[^>]*>"_s);
    text.replace(tag, u"\n"_s);
    return text.split(u'\n');
}

core::Report hostileReport(const QString &text)
{
    core::Report report;
    report.title = text;
    report.date = u"26 November 2019"_s;
    report.organizers = {text, u"Org "_s + text};
    report.moderators = {text};
    report.rapporteurs = {text};
    report.speakers = {text + u", Civil Society"_s};
    for (int i = 0; i < 8; ++i) {
        report.fieldTitles.append(u"Field %1"_s.arg(i + 1));
        report.fields.append(text);
    }
    report.takeaways = {text, text};
    report.callsToAction = {text};
    report.balance.totalMs = 120'000;
    report.balance.rows[core::FloorBalance::StakeholderGroup] = {{text, 60'000, 1}, {u"unknown"_s, 60'000, 2}};
    report.agenda = {{text, 0, 600'000, 540'000}, {u"Plain item"_s, 1, 300'000, 0}, {text, 1, 60'000, 61'000}};
    return report;
}

core::Briefing hostileBriefing(const QString &text)
{
    core::Briefing briefing;
    briefing.title = text;
    briefing.format = text;
    briefing.when = u"14:30 to 16:00"_s;
    briefing.organizers = {text};
    briefing.moderators = {text};
    briefing.onlineModerators = {text};
    briefing.rapporteurs = {text};
    briefing.policyQuestions = {text, text};
    briefing.agenda = {{text, text, text, 0, QTime(14, 30), QTime(14, 40), 600'000},
                       {u"Plain"_s, QString(), QString(), 1, QTime(14, 40), QTime(14, 45), 300'000}};
    briefing.speakingOrder = {{text, QTime(14, 40), 300'000}};
    briefing.chairMoments = {{QTime(14, 45), text}};
    briefing.onlineParticipation = text;
    briefing.discussionFacilitation = text;
    briefing.questions = {{text, text}, {QString(), text}};
    return briefing;
}

void checkMarkdown(const QString &md)
{
    QVERIFY2(tests::controlCharacter(md).isEmpty(), qPrintable(tests::controlCharacter(md)));
    const QString markup = unescapedMarkup(md);
    QVERIFY2(markup.isEmpty(), qPrintable(markup));
    const QStringList lines = md.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString leak = tests::bidiLeak(lines.at(i));
        QVERIFY2(leak.isEmpty(), qPrintable(u"line %1: "_s.arg(i + 1) + leak));
        if (lines.at(i).startsWith(u'|')) {
            QVERIFY2(cellBorders(lines.at(i)) == 4, qPrintable(lines.at(i).left(200)));
        }
    }
}

void checkHtml(const QString &html)
{
    QVERIFY2(tests::controlCharacter(html).isEmpty(), qPrintable(tests::controlCharacter(html)));
    QVERIFY(!html.contains(u"<script"_s, Qt::CaseInsensitive));
    QVERIFY(!html.contains(u"<img src=x"_s));
    const QString tag = foreignTag(html);
    QVERIFY2(tag.isEmpty(), qPrintable(tag));
    QCOMPARE(html.count(u"<bdi>"_s), html.count(u"</bdi>"_s));
    for (const QString &line : htmlTextLines(html)) {
        const QString leak = tests::bidiLeak(line);
        QVERIFY2(leak.isEmpty(), qPrintable(leak + u": "_s + line.left(80)));
    }
}

} // namespace

using tests::controlCharacter;

class TestHostileText : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void plainText_replacesControls_data();
    void plainText_replacesControls();
    void balancedBidi_closesWhatItOpens_data();
    void balancedBidi_closesWhatItOpens();
    void isolated_neverLeaks_data();
    void isolated_neverLeaks();
    void markdownLine_showsTheTextAsTyped_data();
    void markdownLine_showsTheTextAsTyped();
    void markdownLine_escapesOnlyWhatMarkdownReads();
    void reportMarkdown_keepsItsStructure_data();
    void reportMarkdown_keepsItsStructure();
    void reportHtml_holdsOnlyEscapedText_data();
    void reportHtml_holdsOnlyEscapedText();
    void briefingMarkdown_keepsItsStructure_data();
    void briefingMarkdown_keepsItsStructure();
    void briefingHtml_holdsOnlyEscapedText_data();
    void briefingHtml_holdsOnlyEscapedText();
    void stats_textIsolatesAndJsonKeeps_data();
    void stats_textIsolatesAndJsonKeeps();
    void truncated_neverSplitsAPair();
    void mayReorder_onlyForRightToLeftAndControls();

private:
    QTemporaryDir m_dir;
    int m_files = 0;
};

void TestHostileText::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

void TestHostileText::plainText_replacesControls_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("plain");
    QTest::addColumn<QString>("line");
    QTest::newRow("plain") << u"Ana Diallo"_s << u"Ana Diallo"_s << u"Ana Diallo"_s;
    QTest::newRow("nul") << QString(u"a\0b"_s) << u"a\uFFFDb"_s << u"a\uFFFDb"_s;
    QTest::newRow("escape sequence") << u"\u001B[31mred"_s << u"\uFFFD[31mred"_s << u"\uFFFD[31mred"_s;
    QTest::newRow("del and c1") << u"a\u007Fb\u009Bc"_s << u"a\uFFFDb\uFFFDc"_s << u"a\uFFFDb\uFFFDc"_s;
    QTest::newRow("tab stays, not on a line") << u"a\tb"_s << u"a\tb"_s << u"a b"_s;
    QTest::newRow("crlf and cr") << u"a\r\nb\rc"_s << u"a\nb\nc"_s << u"a b c"_s;
    QTest::newRow("other line breaks") << u"a\u000Bb\u000Cc\u0085d\u2028e\u2029f"_s << u"a\nb\nc\nd\ne\nf"_s
                                       << u"a b c d e f"_s;
    QTest::newRow("lone surrogates") << QString(QChar(0xDC00)) + u"x"_s + QString(QChar(0xD800)) << u"\uFFFDx\uFFFD"_s
                                     << u"\uFFFDx\uFFFD"_s;
    QTest::newRow("pair stays") << u"\U0001F600"_s << u"\U0001F600"_s << u"\U0001F600"_s;
    QTest::newRow("invalid utf-8") << QString::fromUtf8("a\xffz") << u"a\uFFFDz"_s << u"a\uFFFDz"_s;
}

void TestHostileText::plainText_replacesControls()
{
    QFETCH(QString, input);
    QFETCH(QString, plain);
    QFETCH(QString, line);
    QCOMPARE(core::plainText(input), plain);
    QCOMPARE(core::oneLine(input), line);
}

void TestHostileText::balancedBidi_closesWhatItOpens_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("balanced");
    QTest::newRow("nothing to do") << u"abc \u200F\u061C"_s << u"abc \u200F\u061C"_s;
    QTest::newRow("already balanced") << u"a\u202Eb\u202Cc\u2067d\u2069"_s << u"a\u202Eb\u202Cc\u2067d\u2069"_s;
    QTest::newRow("open override") << u"\u202Eevil"_s << u"\u202Eevil\u202C"_s;
    QTest::newRow("open isolates") << u"\u2066a\u2067b"_s << u"\u2066a\u2067b\u2069\u2069"_s;
    QTest::newRow("closers without openers") << u"\u2069a\u202Cb"_s << u"ab"_s;
    QTest::newRow("pdi ends embeddings in its isolate") << u"\u2068\u202Ea\u2069b"_s << u"\u2068\u202Ea\u202C\u2069b"_s;
    QTest::newRow("pdf cannot leave an isolate") << u"\u202B\u2068\u202C"_s << u"\u202B\u2068\u2069\u202C"_s;
    QTest::newRow("closed at each line end") << u"\u202Ea\nb\u202C"_s << u"\u202Ea\u202C\nb"_s;
}

void TestHostileText::balancedBidi_closesWhatItOpens()
{
    QFETCH(QString, input);
    QFETCH(QString, balanced);
    QCOMPARE(core::balancedBidi(input), balanced);
}

void TestHostileText::isolated_neverLeaks_data()
{
    QTest::addColumn<QString>("text");
    for (const auto &[name, text] : tests::hostileStrings()) {
        QTest::newRow(name) << text;
    }
}

void TestHostileText::isolated_neverLeaks()
{
    QFETCH(QString, text);
    const QString isolated = core::isolated(text);
    QVERIFY2(controlCharacter(isolated).isEmpty(), qPrintable(controlCharacter(isolated)));
    const QStringList lines = isolated.split(u'\n');
    QCOMPARE(lines.size(), core::plainText(text).split(u'\n').size());
    for (const QString &line : lines) {
        QVERIFY2(tests::bidiLeak(line).isEmpty(), qPrintable(tests::bidiLeak(line)));
        QVERIFY(
            line.isEmpty()
            || (line.front() == QChar(core::FirstStrongIsolate) && line.back() == QChar(core::PopDirectionalIsolate)));
    }
    // Text after the isolate is outside every embedding the user text opened.
    const QString sentence = core::isolatedLine(text) + u" 10:00"_s;
    QVERIFY2(tests::bidiLeak(sentence).isEmpty(), qPrintable(tests::bidiLeak(sentence)));
    const QString line = core::isolatedLine(text);
    QVERIFY(!line.contains(u'\n'));
    // Nothing is lost: without the isolates, text free of bidi controls comes back as it was (cleaned).
    if (std::none_of(text.begin(), text.end(), core::isBidiControl)) {
        QCOMPARE(withoutIsolates(isolated), core::plainText(text));
    }
}

void TestHostileText::markdownLine_showsTheTextAsTyped_data()
{
    isolated_neverLeaks_data();
}

void TestHostileText::markdownLine_showsTheTextAsTyped()
{
    QFETCH(QString, text);
    const QString md = core::markdownLine(text);
    QVERIFY(!md.contains(u'\n'));
    QVERIFY2(unescapedMarkup(md).isEmpty(), qPrintable(unescapedMarkup(md)));
    QVERIFY2(tests::bidiLeak(md).isEmpty(), qPrintable(tests::bidiLeak(md)));
    if (std::none_of(text.begin(), text.end(), core::isBidiControl)) {
        QCOMPARE(withoutIsolates(unescapeMarkdown(md)), core::oneLine(text));
    }
}

void TestHostileText::markdownLine_escapesOnlyWhatMarkdownReads()
{
    const QChar fsi(core::FirstStrongIsolate);
    const QChar pdi(core::PopDirectionalIsolate);
    QCOMPARE(core::markdownLine(u"~~x~~"_s), fsi + u"\\~\\~x\\~\\~"_s + pdi);
    QCOMPARE(core::markdownLine(u"a | b"_s), fsi + u"a \\| b"_s + pdi);
    QCOMPARE(core::markdownLine(u"line\nbreak"_s), fsi + u"line break"_s + pdi);
    // An ampersand needs a backslash only where it starts a reference.
    QCOMPARE(core::markdownLine(u"AT&T & co &amp; &#60;"_s), fsi + u"AT&T & co \\&amp; \\&#60;"_s + pdi);
    QCOMPARE(core::markdownLine(u"Ana, 50% = \"quoted\" é"_s), fsi + u"Ana, 50% = \"quoted\" é"_s + pdi);
    // Only what would change the meaning where it stands.
    QCOMPARE(core::markdownText(u"Charter of Trust (GPLUS) at 0. and 1.5, WS #195, a < b > c, 3 * 4"_s),
             u"Charter of Trust (GPLUS) at 0. and 1.5, WS #195, a < b > c, 3 * 4"_s);
    QCOMPARE(core::markdownText(u"snake_case, _em_, *strong*, `code`, [a](b), <b>, C:\\"_s),
             u"snake_case, \\_em\\_, \\*strong\\*, \\`code\\`, \\[a\\](b), \\<b>, C:\\\\"_s);
    QCOMPARE(core::markdownText(u"# a\n> b\n- c\n+ d\n* e\n1. f\n2) g\n---\n-d\n10.5 h\nTitle ##"_s),
             u"\\# a\n\\> b\n\\- c\n\\+ d\n\\* e\n1\\. f\n2\\) g\n\\---\n-d\n10.5 h\nTitle \\##"_s);
    QCOMPARE(core::markdownLine(QString()), QString());
}

void TestHostileText::reportMarkdown_keepsItsStructure_data()
{
    isolated_neverLeaks_data();
}

void TestHostileText::reportMarkdown_keepsItsStructure()
{
    QFETCH(QString, text);
    const core::Report report = hostileReport(text);
    const QString md = report.toMarkdown();
    checkMarkdown(md);
    if (QTest::currentTestFailed()) {
        return;
    }
    // Both tables keep a header, a separator and one row each: 2 + 2 rows and 2 + 3 rows.
    const QStringList lines = md.split(u'\n');
    QCOMPARE(std::count_if(lines.begin(), lines.end(), [](const QString &l) { return l.startsWith(u'|'); }), 9);
    QVERIFY(md.contains(u"## Short report"_s));
    QVERIFY(md.contains(u"### 8. Field 8"_s));
}

void TestHostileText::reportHtml_holdsOnlyEscapedText_data()
{
    isolated_neverLeaks_data();
}

void TestHostileText::reportHtml_holdsOnlyEscapedText()
{
    QFETCH(QString, text);
    const QString html = hostileReport(text).toHtml();
    checkHtml(html);
    // Two tables: a header row and two rows, and a header row and three rows.
    QCOMPARE(html.count(u"<tr>"_s), 2 + 4);
    if (text.contains(u"<script>"_s)) {
        QVERIFY(html.contains(u"&lt;script&gt;alert(1)&lt;/script&gt;"_s));
    }
}

void TestHostileText::briefingMarkdown_keepsItsStructure_data()
{
    isolated_neverLeaks_data();
}

void TestHostileText::briefingMarkdown_keepsItsStructure()
{
    QFETCH(QString, text);
    const QString md = hostileBriefing(text).toMarkdown();
    checkMarkdown(md);
    if (QTest::currentTestFailed()) {
        return;
    }
    const QStringList lines = md.split(u'\n');
    QCOMPARE(std::count_if(lines.begin(), lines.end(), [](const QString &l) { return l.startsWith(u'|'); }), 4);
    QVERIFY(md.contains(u"## Speaking order"_s));
    QVERIFY(md.contains(u"## Prepared questions"_s));
}

void TestHostileText::briefingHtml_holdsOnlyEscapedText_data()
{
    isolated_neverLeaks_data();
}

void TestHostileText::briefingHtml_holdsOnlyEscapedText()
{
    QFETCH(QString, text);
    const QString html = hostileBriefing(text).toHtml();
    checkHtml(html);
    QCOMPARE(html.count(u"<tr>"_s), 3);
}

void TestHostileText::stats_textIsolatesAndJsonKeeps_data()
{
    isolated_neverLeaks_data();
}

void TestHostileText::stats_textIsolatesAndJsonKeeps()
{
    QFETCH(QString, text);
    core::SessionDefinition definition = core::ProposalImporter::demoWorkshop().value();
    definition.code = text.left(200);
    definition.title = text;
    QJsonArray items = definition.agenda.toJson();
    for (qsizetype i = 0; i < items.size(); i += 2) {
        QJsonObject item = items.at(i).toObject();
        item.insert(u"title"_s, text);
        items.replace(i, item);
    }
    auto agenda = core::Agenda::fromJson(items);
    MODERATO_VERIFY_OK(agenda);
    definition.agenda = agenda.value();
    tests::FakeClock clock;
    auto session = core::Session::create(m_dir.filePath(u"s%1.moderato"_s.arg(++m_files)), definition, clock);
    MODERATO_VERIFY_OK(session);
    MODERATO_VERIFY_OK(session.value()->start());
    const core::SessionState &state = session.value()->state();
    const QString stats = core::SessionStats::toText(state, session.value()->now());
    QVERIFY2(controlCharacter(stats).isEmpty(), qPrintable(controlCharacter(stats)));
    const QStringList lines = stats.split(u'\n');
    // The title, the totals, a blank line, one line per agenda item and the final line end.
    QCOMPARE(lines.size(), 3 + state.agenda().size() + 1);
    for (const QString &line : lines) {
        QVERIFY2(tests::bidiLeak(line).isEmpty(), qPrintable(tests::bidiLeak(line)));
    }
    QVERIFY(lines.at(1).startsWith(u"Planned "_s));
    // The floor balance, once someone with such a name and group has spoken, leaks nothing either.
    core::Participant speaker;
    speaker.name = core::oneLine(text).left(80);
    speaker.stakeholderGroup = speaker.name;
    speaker.roles = {core::Role::Audience};
    const auto id = session.value()->addParticipant(speaker);
    MODERATO_VERIFY_OK(id);
    MODERATO_VERIFY_OK(session.value()->giveFloor(id.value()));
    const QString floor = core::SessionStats::toText(state, session.value()->now());
    QVERIFY(floor.contains(u"By stakeholder group"_s));
    QVERIFY2(controlCharacter(floor).isEmpty(), qPrintable(controlCharacter(floor)));
    for (const QString &line : floor.split(u'\n')) {
        QVERIFY2(tests::bidiLeak(line).isEmpty(), qPrintable(tests::bidiLeak(line)));
    }
    // JSON is data: the title comes back exactly as the session holds it.
    const QByteArray json = QJsonDocument(core::SessionStats::toJson(state, session.value()->now())).toJson();
    QJsonParseError error{};
    const QJsonDocument parsed = QJsonDocument::fromJson(json, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(parsed.object().value(u"session"_s).toObject().value(u"title"_s).toString(), state.definition().title);
}

void TestHostileText::truncated_neverSplitsAPair()
{
    QCOMPARE(core::truncated(u"abcdef"_s, 10), u"abcdef"_s);
    QCOMPARE(core::truncated(u"abcdef"_s, 4), u"abc\u2026"_s);
    const QString emoji = u"ab\U0001F600cd"_s; // a b, a pair, c d
    QCOMPARE(core::truncated(emoji, 4), u"ab\u2026"_s);
    QCOMPARE(core::truncated(emoji, 5), u"ab\U0001F600\u2026"_s);
    QCOMPARE(core::truncated(emoji, 0), QString());
}

void TestHostileText::mayReorder_onlyForRightToLeftAndControls()
{
    QVERIFY(!core::mayReorder(u"IT security in the global supply chain: 10:00 - 11:30 (#195)"_s));
    QVERIFY(!core::mayReorder(u"Zoë Ñúñez, 日本"_s));
    QVERIFY(core::mayReorder(u"\u0645\u062D\u0645\u062F"_s)); // Arabic letters
    QVERIFY(core::mayReorder(u"\u05D0"_s));                   // Hebrew
    QVERIFY(core::mayReorder(u"\u0661\u0662"_s));             // Arabic-Indic digits
    QVERIFY(core::mayReorder(u"x\u202Ey"_s));
    QVERIFY(core::mayReorder(u"x\u2069"_s));
    QVERIFY(core::mayReorder(u"\u200F"_s)); // RIGHT-TO-LEFT MARK
}

QTEST_GUILESS_MAIN(TestHostileText)
#include "tst_hostiletext.moc"
