// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/result.h"
#include "core/io/briefing.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QPushButton;
class QTextBrowser;
class QTimeEdit;

namespace core {
class Session;
}

namespace ui {

/// The briefing pack for speakers and co-moderators: choose the start time, preview, export PDF or Markdown.
class BriefingDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit BriefingDialog(core::Session *session, QWidget *parent = nullptr);

    [[nodiscard]] core::Briefing::Options options() const;
    void setOptions(const core::Briefing::Options &options);
    [[nodiscard]] core::Briefing briefing() const;

    [[nodiscard]] QTextBrowser *preview() const { return m_preview; }

private:
    void updatePreview();
    void exportAs(bool pdf);

    core::Session *m_session;
    QTimeEdit *m_startEdit;
    QDateEdit *m_dateEdit;
    QCheckBox *m_dateBox;
    QCheckBox *m_questionsBox;
    QTextBrowser *m_preview;
    QPushButton *m_pdfButton;
    QPushButton *m_markdownButton;
};

} // namespace ui
