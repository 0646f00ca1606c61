// SPDX-License-Identifier: MIT
#pragma once

#include "core/report.h"
#include "core/result.h"

#include <QImage>

namespace ui {

/// Writes a core::Report as Markdown, HTML, ODT or PDF; ODT and PDF carry the floor-time chart as a picture.
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
    /// The balance of floor time by stakeholder group, as horizontal bars.
    [[nodiscard]] static QImage balanceChart(const core::Report &report, const QSize &size = {900, 320});
};

} // namespace ui
