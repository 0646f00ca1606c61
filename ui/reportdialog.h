// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/result.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;
class QTreeWidget;

namespace core {
class Session;
}

namespace ui {

class SessionUndo;

/**
 * The report editor: the IGF report's eight fields prefilled from the session (the rapporteur's
 * text where written, else a draft, marked as one: it is saved when edited or confirmed), the
 * participation counters with the estimate from who took part, the short report's takeaways and
 * calls to action; saves into the session (one step on its undo stack), exports Markdown, HTML, ODT
 * and PDF, copies Markdown.
 */
class ReportDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ReportDialog(SessionUndo *undo, QWidget *parent = nullptr);

    /// Records every changed or confirmed field and the counters in the session.
    [[nodiscard]] core::Result<void> save();
    /// Drafts the fields still drafted again with the workshop proposal at path (its description names
    /// other initiatives the session's details do not keep); nothing is recorded until saved.
    [[nodiscard]] core::Result<void> draftFromProposal(const QString &path);
    /// Saves, then writes the report to path in the format its suffix names (.md, .html, .odt, .pdf).
    [[nodiscard]] core::Result<void> exportTo(const QString &path);
    /// Saves, then puts the report's Markdown on the clipboard.
    [[nodiscard]] core::Result<void> copyToClipboard();
    /// Approves the drafted takeaways for the room display (those not approved yet).
    [[nodiscard]] core::Result<void> approveDraftedTakeaways();

    /// The file dialog's filter for transcripts: plain text and timed captions (SRT, WebVTT).
    [[nodiscard]] static QString transcriptFileFilter();

private:
    void fill();

    QPointer<SessionUndo> m_undo;
    QPointer<core::Session> m_session;
    QHash<QString, QPlainTextEdit *> m_fields;
    QHash<QString, QString> m_loaded; // the text shown when filled, to save only what changed
    QHash<QString, QLabel *> m_draftMarks;
    QHash<QString, QCheckBox *> m_confirms; // a draft saved as it stands
    QLabel *m_estimate;
    QString m_proposalText;   // the workshop proposal the drafts draw on, once read
    QCheckBox *m_withSources; // exports and the copy number the drafted lines and list their sources
    QSpinBox *m_onsite;
    QSpinBox *m_online;
    QSpinBox *m_women;
    /// Every drafted line (takeaways, calls to action, the summary's sentences) with who, when and where;
    /// choosing one shows its sources (the notes or transcript turns it comes from) below.
    QTreeWidget *m_sources = nullptr;
    QPlainTextEdit *m_sourceText = nullptr;
    void fillSources();
    void showSource();
};

} // namespace ui
