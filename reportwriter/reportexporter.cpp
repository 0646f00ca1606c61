// SPDX-License-Identifier: MIT
#include "reportwriter/reportexporter.h"

#include "core/base/plaintext.h"
#include "core/base/timeformat.h"

#include <QBuffer>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace ui {

bool ReportExporter::formatFromName(const QString &name, Format *format)
{
    const QString lower = name.toLower();
    if (lower == u"md" || lower == u"markdown") {
        *format = Format::Markdown;
    } else if (lower == u"html") {
        *format = Format::Html;
    } else if (lower == u"odt") {
        *format = Format::Odt;
    } else if (lower == u"pdf") {
        *format = Format::Pdf;
    } else {
        return false;
    }
    return true;
}

QImage ReportExporter::balanceChart(const core::Report &report, const QSize &size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const QList<core::BalanceRow> &rows = report.balance.rows[core::FloorBalance::StakeholderGroup];
    QFont font = painter.font();
    font.setPixelSize(18);
    painter.setFont(font);
    if (rows.isEmpty()) {
        painter.setPen(Qt::darkGray);
        painter.drawText(image.rect(), Qt::AlignCenter, tr("Nobody has had the floor yet."));
        return image;
    }
    const int rowHeight = std::min(48, (size.height() - 20) / int(rows.size()));
    const int labelWidth = size.width() * 38 / 100;
    const int barSpace = size.width() - labelWidth - 140;
    int y = 10;
    for (const core::BalanceRow &row : rows) {
        painter.setPen(QColor(0x22, 0x22, 0x22));
        painter.drawText(QRect(10, y, labelWidth - 20, rowHeight),
                         Qt::AlignVCenter | Qt::AlignRight,
                         row.key == u"unknown" ? tr("not given") : core::isolatedLine(row.key));
        const int width =
            report.balance.totalMs > 0 ? int(double(row.ms) / double(report.balance.totalMs) * barSpace) : 0;
        painter.fillRect(QRect(labelWidth, y + rowHeight / 5, std::max(2, width), rowHeight * 3 / 5),
                         QColor(0x1E, 0x88, 0xE5));
        painter.drawText(QRect(labelWidth + width + 10, y, 130, rowHeight),
                         Qt::AlignVCenter | Qt::AlignLeft,
                         core::formatDuration(row.ms));
        y += rowHeight;
    }
    return image;
}

namespace {

/// Writes one of the formats; ODT and PDF are the HTML laid out by a document that already holds its pictures.
core::Result<void> writeDocument(QTextDocument &document,
                                 const QString &markdown,
                                 const QString &html,
                                 const QString &title,
                                 ReportExporter::Format format,
                                 const QString &path)
{
    QSaveFile file(path);
    if (format == ReportExporter::Format::Markdown || format == ReportExporter::Format::Html) {
        if (!file.open(QIODevice::WriteOnly)) {
            return core::Error{core::ErrorCode::Io, file.errorString()};
        }
        file.write((format == ReportExporter::Format::Markdown ? markdown : html).toUtf8());
        if (!file.commit()) {
            return core::Error{core::ErrorCode::Io, file.errorString()};
        }
        return {};
    }
    document.setHtml(html);
    if (format == ReportExporter::Format::Odt) {
        // The ODF writer closes its device, which a QSaveFile must not be: write to memory first.
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QTextDocumentWriter writer(&buffer, "odf");
        if (!writer.write(&document)) {
            return core::Error{core::ErrorCode::Io, path};
        }
        if (!file.open(QIODevice::WriteOnly) || file.write(buffer.data()) != buffer.data().size() || !file.commit()) {
            return core::Error{core::ErrorCode::Io, file.errorString()};
        }
        return {};
    }
    if (!file.open(QIODevice::WriteOnly)) {
        return core::Error{core::ErrorCode::Io, file.errorString()};
    }
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setTitle(core::oneLine(title));
        writer.setCreator(u"Moderato"_s);
        document.print(&writer);
    }
    if (!file.commit()) {
        return core::Error{core::ErrorCode::Io, file.errorString()};
    }
    return {};
}

} // namespace

core::Result<void> ReportExporter::write(const core::Report &report, Format format, const QString &path)
{
    // ODT and PDF carry the chart as an embedded picture.
    QTextDocument document;
    QString html = report.toHtml();
    if (format == Format::Odt || format == Format::Pdf) {
        const QUrl chartUrl(u"moderato-chart:balance"_s);
        document.addResource(QTextDocument::ImageResource, chartUrl, balanceChart(report));
        const QString chartTag = u"<p><img src=\"%1\" width=\"600\"></p>\n"_s.arg(chartUrl.toString());
        const qsizetype tableAt = html.indexOf(u"<table>"_s);
        html.insert(tableAt >= 0 ? tableAt : html.size(), chartTag);
    }
    return writeDocument(
        document, format == Format::Markdown ? report.toMarkdown() : QString(), html, report.title, format, path);
}

core::Result<void> ReportExporter::writeBriefing(const core::Briefing &briefing, Format format, const QString &path)
{
    QTextDocument document;
    return writeDocument(document,
                         format == Format::Markdown ? briefing.toMarkdown() : QString(),
                         briefing.toHtml(),
                         briefing.title,
                         format,
                         path);
}

} // namespace ui
