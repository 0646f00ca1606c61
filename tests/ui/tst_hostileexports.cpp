// SPDX-License-Identifier: MIT
#include "core/base/plaintext.h"
#include "reportwriter/reportexporter.h"
#include "tests/support/helpers.h"
#include "tests/support/hostiletext.h"

#include <QFile>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

#include <algorithm>
#include <zlib.h>

using namespace Qt::StringLiterals;

namespace {

/// One file of a ZIP archive (an ODT), inflated; empty when absent.
QByteArray zipEntry(const QByteArray &zip, const QByteArray &name)
{
    qsizetype at = 0;
    while ((at = zip.indexOf(QByteArray("PK\x03\x04", 4), at)) >= 0) {
        auto u16 = [&](qsizetype offset) {
            return quint16(quint8(zip.at(at + offset)) | quint8(zip.at(at + offset + 1)) << 8);
        };
        auto u32 = [&](qsizetype offset) { return quint32(u16(offset)) | quint32(u16(offset + 2)) << 16; };
        const quint16 method = u16(8);
        const quint32 compressed = u32(18);
        const quint32 size = u32(22);
        const quint16 nameLength = u16(26);
        const quint16 extraLength = u16(28);
        const QByteArray entry = zip.mid(at + 30, nameLength);
        const qsizetype data = at + 30 + nameLength + extraLength;
        if (entry == name) {
            if (method == 0) {
                return zip.mid(data, size);
            }
            QByteArray out(qsizetype(size), '\0');
            z_stream stream{};
            inflateInit2(&stream, -MAX_WBITS);
            stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(zip.constData() + data));
            stream.avail_in = compressed;
            stream.next_out = reinterpret_cast<Bytef *>(out.data());
            stream.avail_out = size;
            inflate(&stream, Z_FINISH);
            inflateEnd(&stream);
            return out;
        }
        at = data + compressed;
    }
    return {};
}

/// A report with the text where each kind of user text goes: title, a list, a field, a table cell.
core::Report hostileReport(const QString &text)
{
    core::Report report;
    report.title = text;
    report.date = u"26 November 2019"_s;
    report.speakers = {text};
    report.fieldTitles = {u"Field"_s};
    report.fields = {text};
    report.takeaways = {u"Before "_s + text + u" after"_s};
    report.balance.totalMs = 60'000;
    report.balance.rows[core::FloorBalance::StakeholderGroup] = {{text, 60'000, 1}};
    report.agenda = {{text, 0, 600'000, 540'000}};
    return report;
}

core::Briefing hostileBriefing(const QString &text)
{
    core::Briefing briefing;
    briefing.title = text;
    briefing.format = text;
    briefing.when = u"14:30 to 16:00"_s;
    briefing.agenda = {{text, text, QString(), 0, QTime(14, 30), QTime(14, 40), 600'000}};
    briefing.speakingOrder = {{text, QTime(14, 40), 300'000}};
    briefing.questions = {{text, text}};
    return briefing;
}

QString pdfText(const QString &path)
{
    QPdfDocument pdf;
    if (pdf.load(path) != QPdfDocument::Error::None) {
        return {};
    }
    QString text;
    for (int page = 0; page < pdf.pageCount(); ++page) {
        text += pdf.getAllText(page).text();
    }
    return text;
}

} // namespace

class TestHostileExports : public QObject
{
    Q_OBJECT

private slots:
    void everyFormat_showsTheTextAsText_data();
    void everyFormat_showsTheTextAsText();
    void htmlLaidOut_showsMarkupLiterally();

private:
    QTemporaryDir m_dir;
    int m_files = 0;
};

void TestHostileExports::everyFormat_showsTheTextAsText_data()
{
    QTest::addColumn<QString>("text");
    for (const auto &[name, text] : tests::hostileStrings()) {
        QTest::newRow(name) << text;
    }
}

void TestHostileExports::everyFormat_showsTheTextAsText()
{
    QFETCH(QString, text);
    const core::Report report = hostileReport(text);
    const core::Briefing briefing = hostileBriefing(text);
    const QString stem = m_dir.filePath(u"h%1"_s.arg(++m_files));
    for (const auto &[format, suffix] : {std::pair{ui::ReportExporter::Format::Markdown, u".md"_s},
                                         std::pair{ui::ReportExporter::Format::Html, u".html"_s},
                                         std::pair{ui::ReportExporter::Format::Odt, u".odt"_s},
                                         std::pair{ui::ReportExporter::Format::Pdf, u".pdf"_s}}) {
        MODERATO_VERIFY_OK(ui::ReportExporter::write(report, format, stem + suffix));
        MODERATO_VERIFY_OK(ui::ReportExporter::writeBriefing(briefing, format, stem + u"-b"_s + suffix));
        for (const QString &path : QStringList{stem + suffix, stem + u"-b"_s + suffix}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            if (format == ui::ReportExporter::Format::Pdf) {
                QPdfDocument pdf;
                QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
                QVERIFY(pdf.pageCount() >= 1);
                continue;
            }
            const QByteArray raw = format == ui::ReportExporter::Format::Odt ? zipEntry(bytes, "content.xml") : bytes;
            const QString content = QString::fromUtf8(raw);
            QVERIFY(!content.isEmpty());
            // Well-formed UTF-8 with no control characters (XML forbids them; a NUL ends C strings).
            QCOMPARE(content.toUtf8(), raw);
            QVERIFY2(tests::controlCharacter(content).isEmpty(), qPrintable(tests::controlCharacter(content)));
            if (format == ui::ReportExporter::Format::Markdown) {
                // Markdown shows "<" as text only after a backslash.
                static const QRegularExpression bareTag(u"(?<!\\\\)<"_s);
                QVERIFY(!content.contains(bareTag));
            } else {
                QVERIFY(!content.contains(u"<script"_s, Qt::CaseInsensitive));
                QVERIFY(!content.contains(u"<img src=x"_s));
            }
        }
    }
    if (text.contains(u"<script>"_s)) {
        // Shown as text in the PDF, in every place the report puts user text.
        const QString shown = pdfText(stem + u".pdf"_s);
        QVERIFY2(shown.count(u"<script>alert(1)</script>"_s) >= 4, qPrintable(shown.left(500)));
        const QString content = QString::fromUtf8([&] {
            QFile odt(stem + u".odt"_s);
            return odt.open(QIODevice::ReadOnly) ? zipEntry(odt.readAll(), "content.xml") : QByteArray();
        }());
        QVERIFY(content.contains(u"&lt;script&gt;alert(1)&lt;/script&gt;"_s));
    }
}

void TestHostileExports::htmlLaidOut_showsMarkupLiterally()
{
    // ODT and PDF are the HTML laid out by QTextDocument: markup in user text must stay text there.
    const QString hostile = u"<b>bold</b> **x** ~~y~~ [z](javascript:alert(1)) &amp;"_s;
    QTextDocument document;
    document.setHtml(hostileReport(hostile).toHtml());
    const QString plain = document.toPlainText();
    QVERIFY2(plain.count(hostile) >= 4, qPrintable(plain.left(400)));
    QVERIFY(!plain.contains(u"<bdi>"_s));
    // Every piece of user text is isolated in the laid-out text too (QTextDocument has no <bdi>).
    QVERIFY(plain.contains(QChar(core::FirstStrongIsolate) + hostile + QChar(core::PopDirectionalIsolate)));

    // An override left open in a title cannot reach the times in its row, nor anything else.
    document.setHtml(hostileReport(u"Opening \u202Eevil"_s).toHtml());
    const QStringList lines = document.toPlainText().split(u'\n');
    for (const QString &line : lines) {
        QVERIFY2(tests::bidiLeak(line).isEmpty(), qPrintable(tests::bidiLeak(line) + u": "_s + line));
    }
    QVERIFY(
        std::any_of(lines.begin(), lines.end(), [](const QString &line) { return line.contains(u"\u202Eevil"_s); }));
}

QTEST_MAIN(TestHostileExports)
#include "tst_hostileexports.moc"
