// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/result.h"
#include "core/io/briefing.h"
#include "core/io/report.h"

#include <QImage>

// In namespace ui since it moved here from ui/: its translations are filed under ui::ReportExporter.
namespace ui {

/// Writes a core::Report (or a core::Briefing) as Markdown, HTML, ODT or PDF; the report's ODT and PDF carry
/// the floor-time chart as a picture. Qt GUI only (no widgets): ODT and PDF need a QGuiApplication, which
/// may run on the offscreen platform.
class ReportExporter final
{
    Q_DECLARE_TR_FUNCTIONS(ui::ReportExporter)

public:
    enum class Format
    {
        Markdown,
        Html,
        Odt,
        Pdf,
    };

    [[nodiscard]] static bool formatFromName(const QString &name, Format *format);
    /// Writes to path (replacing it through a temporary file, so a failed export leaves the old file).
    [[nodiscard]] static core::Result<void> write(const core::Report &report, Format format, const QString &path);
    /// The briefing pack for speakers and co-moderators, in the same formats.
    [[nodiscard]] static core::Result<void>
    writeBriefing(const core::Briefing &briefing, Format format, const QString &path);
    /// The balance of floor time by stakeholder group, as horizontal bars.
    [[nodiscard]] static QImage balanceChart(const core::Report &report, const QSize &size = {900, 320});
};

} // namespace ui
