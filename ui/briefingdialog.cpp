// SPDX-License-Identifier: MIT
#include "ui/briefingdialog.h"

#include "core/session/session.h"
#include "reportwriter/reportexporter.h"
#include "ui/plainmessage.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QTimeEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ui {

BriefingDialog::BriefingDialog(core::Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(u"briefingDialog"_s);
    setWindowTitle(tr("Briefing pack"));
    m_startEdit = new QTimeEdit(QTime(9, 0), this);
    m_startEdit->setObjectName(u"briefingStartEdit"_s);
    m_dateEdit = new QDateEdit(QDate::currentDate(), this);
    m_dateEdit->setObjectName(u"briefingDateEdit"_s);
    m_dateEdit->setCalendarPopup(true);
    m_dateBox = new QCheckBox(tr("Show the &date"), this);
    m_questionsBox = new QCheckBox(tr("Include the prepared &questions"), this);
    m_questionsBox->setObjectName(u"briefingQuestionsBox"_s);
    m_questionsBox->setChecked(true);
    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(u"briefingPreview"_s);
    m_preview->setOpenLinks(false);
    m_pdfButton = new QPushButton(tr("Export &PDF…"), this);
    m_pdfButton->setObjectName(u"briefingPdfButton"_s);
    m_markdownButton = new QPushButton(tr("Export &Markdown…"), this);
    m_markdownButton->setObjectName(u"briefingMarkdownButton"_s);
    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_dateEdit);
    dateRow->addWidget(m_dateBox, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Starts at:"), m_startEdit);
    form->addRow(tr("Date:"), dateRow);
    form->addRow(QString(), m_questionsBox);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_pdfButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_markdownButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);
    connect(m_startEdit, &QTimeEdit::timeChanged, this, &BriefingDialog::updatePreview);
    connect(m_dateEdit, &QDateEdit::dateChanged, this, &BriefingDialog::updatePreview);
    connect(m_dateBox, &QCheckBox::toggled, this, &BriefingDialog::updatePreview);
    connect(m_questionsBox, &QCheckBox::toggled, this, &BriefingDialog::updatePreview);
    connect(m_pdfButton, &QPushButton::clicked, this, [this] { exportAs(true); });
    connect(m_markdownButton, &QPushButton::clicked, this, [this] { exportAs(false); });
    updatePreview();
    resize(760, 680);
}

core::Briefing::Options BriefingDialog::options() const
{
    core::Briefing::Options options;
    options.start = m_startEdit->time();
    options.date = m_dateBox->isChecked() ? m_dateEdit->date() : QDate();
    options.includeQuestions = m_questionsBox->isChecked();
    return options;
}

void BriefingDialog::setOptions(const core::Briefing::Options &options)
{
    m_startEdit->setTime(options.start);
    m_dateBox->setChecked(options.date.isValid());
    if (options.date.isValid()) {
        m_dateEdit->setDate(options.date);
    }
    m_questionsBox->setChecked(options.includeQuestions);
    updatePreview();
}

core::Briefing BriefingDialog::briefing() const
{
    return m_session ? core::Briefing::build(m_session->state(), options()) : core::Briefing();
}

void BriefingDialog::updatePreview()
{
    m_preview->setHtml(briefing().toHtml());
}

void BriefingDialog::exportAs(bool pdf)
{
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export the briefing pack"), QString(), pdf ? tr("PDF documents (*.pdf)") : tr("Markdown (*.md)"));
    if (path.isEmpty()) {
        return;
    }
    const QString suffix = pdf ? u".pdf"_s : u".md"_s;
    if (!path.endsWith(suffix, Qt::CaseInsensitive)) {
        path += suffix;
    }
    const auto format = pdf ? ReportExporter::Format::Pdf : ReportExporter::Format::Markdown;
    if (auto result = ReportExporter::writeBriefing(briefing(), format, path); !result) {
        showPlainMessage(this,
                         tr("Briefing pack"),
                         tr("The briefing pack could not be written: %1").arg(core::errorMessage(result.error())));
    }
}

} // namespace ui
