// SPDX-License-Identifier: MIT
#include "core/io/proposalimporter.h"
#include "core/session/session.h"
#include "reportwriter/reportexporter.h"
#include "tests/support/fakeclock.h"
#include "tests/support/helpers.h"

#include <QFile>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <zlib.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

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

} // namespace

class TestReportExporter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void pdf_opensAndHoldsTheTakeaways();
    void odt_holdsTheTakeawaysAndTheChart();
    void markdownAndHtml_areWritten();
    void chart_showsTheGroups();
    void failedExport_keepsTheOldFile();
    void formats_byName();

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    tests::FakeClock m_clock;
    std::unique_ptr<core::Session> m_session;
};

void TestReportExporter::init()
{
    m_clock = tests::FakeClock();
    auto session = core::Session::create(
        m_dir.filePath(u"e%1.moderato"_s.arg(++m_files)), core::ProposalImporter::demoWorkshop().value(), m_clock);
    MODERATO_VERIFY_OK(session);
    m_session = std::move(session).value();
    MODERATO_VERIFY_OK(m_session->start());
    MODERATO_VERIFY_OK(m_session->giveFloor(1));
    m_clock.advance(6min);
    MODERATO_VERIFY_OK(m_session->giveFloor(3));
    m_clock.advance(3min);
    MODERATO_VERIFY_OK(m_session->approveTakeaway(u"Baseline requirements reach every supplier"_s));
    MODERATO_VERIFY_OK(m_session->addNote(u"Governments should fund certification"_s, {core::NoteTag::CallToAction}));
}

void TestReportExporter::pdf_opensAndHoldsTheTakeaways()
{
    const QString path = m_dir.filePath(u"report.pdf"_s);
    MODERATO_VERIFY_OK(
        ui::ReportExporter::write(core::Report::build(*m_session), ui::ReportExporter::Format::Pdf, path));
    QPdfDocument pdf;
    QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
    QVERIFY(pdf.pageCount() >= 1);
    QString text;
    for (int page = 0; page < pdf.pageCount(); ++page) {
        text += pdf.getAllText(page).text();
    }
    QVERIFY2(text.contains(u"Baseline requirements reach every supplier"_s), qPrintable(text.left(400)));
    QVERIFY(text.contains(u"Governments should fund certification"_s));
    QVERIFY(text.contains(u"Key takeaways"_s));
}

void TestReportExporter::odt_holdsTheTakeawaysAndTheChart()
{
    const QString path = m_dir.filePath(u"report.odt"_s);
    MODERATO_VERIFY_OK(
        ui::ReportExporter::write(core::Report::build(*m_session), ui::ReportExporter::Format::Odt, path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray zip = file.readAll();
    QCOMPARE(zipEntry(zip, "mimetype"), QByteArray("application/vnd.oasis.opendocument.text"));
    const QString content = QString::fromUtf8(zipEntry(zip, "content.xml"));
    QVERIFY2(content.contains(u"Baseline requirements reach every supplier"_s), qPrintable(content.left(300)));
    QVERIFY(content.contains(u"Governments should fund certification"_s));
    QVERIFY(zip.contains("Pictures/"));
}

void TestReportExporter::markdownAndHtml_areWritten()
{
    for (const auto &[format, name] : {std::pair{ui::ReportExporter::Format::Markdown, u"r.md"_s},
                                       std::pair{ui::ReportExporter::Format::Html, u"r.html"_s}}) {
        const QString path = m_dir.filePath(name);
        MODERATO_VERIFY_OK(ui::ReportExporter::write(core::Report::build(*m_session), format, path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(file.readAll()).contains(u"Baseline requirements reach every supplier"_s));
    }
}

void TestReportExporter::chart_showsTheGroups()
{
    const QImage chart = ui::ReportExporter::balanceChart(core::Report::build(*m_session));
    QSet<QRgb> colours;
    for (int y = 0; y < chart.height(); y += 3) {
        for (int x = 0; x < chart.width(); x += 3) {
            colours.insert(chart.pixel(x, y));
        }
    }
    QVERIFY(colours.size() > 5);
    QVERIFY(colours.contains(qRgb(0x1E, 0x88, 0xE5))); // the bars
}

void TestReportExporter::failedExport_keepsTheOldFile()
{
    const QString path = m_dir.filePath(u"missing-folder/report.pdf"_s);
    const auto result =
        ui::ReportExporter::write(core::Report::build(*m_session), ui::ReportExporter::Format::Pdf, path);
    QVERIFY(!result.has_value());
    QCOMPARE(result.error().code, core::ErrorCode::Io);
}

void TestReportExporter::formats_byName()
{
    ui::ReportExporter::Format format{};
    QVERIFY(ui::ReportExporter::formatFromName(u"PDF"_s, &format));
    QCOMPARE(format, ui::ReportExporter::Format::Pdf);
    QVERIFY(ui::ReportExporter::formatFromName(u"md"_s, &format));
    QCOMPARE(format, ui::ReportExporter::Format::Markdown);
    QVERIFY(!ui::ReportExporter::formatFromName(u"docx"_s, &format));
}

QTEST_MAIN(TestReportExporter)
#include "tst_reportexporter.moc"
