// SPDX-License-Identifier: MIT
#include "ui/reportdialog.h"

#include "core/base/plaintext.h"
#include "core/base/timeformat.h"
#include "core/io/report.h"
#include "core/session/session.h"
#include "reportwriter/reportexporter.h"
#include "ui/commands/sessionundo.h"
#include "ui/permission.h"
#include "ui/plainmessage.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ui {

ReportDialog::ReportDialog(SessionUndo *undo, QWidget *parent)
    : QDialog(parent)
    , m_undo(undo)
    , m_session(undo ? undo->session() : nullptr)
{
    setObjectName(u"reportDialog"_s);
    setWindowTitle(tr("Session report"));
    resize(900, 760);
    auto *layout = new QVBoxLayout(this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    auto *content = new QWidget(scroll);
    auto *form = new QFormLayout(content);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const core::Report report = core::Report::build(*m_session);
    // A field of the report: its text, and, while it is a draft, the mark and the box that confirms it.
    auto addField = [this, content, form](const QString &key, const QString &label) {
        auto *edit = new QPlainTextEdit(content);
        edit->setObjectName(u"reportField_"_s + key);
        edit->setTabChangesFocus(true);
        edit->setMinimumHeight(70);
        m_fields.insert(key, edit);
        auto *field = new QVBoxLayout;
        auto *mark = new QHBoxLayout;
        auto *draftMark = new QLabel(tr("Draft from the session: edit it, or confirm it as it stands."), content);
        draftMark->setObjectName(u"reportDraft_"_s + key);
        auto *confirm = new QCheckBox(tr("Confirmed"), content);
        confirm->setObjectName(u"reportConfirm_"_s + key);
        mark->addWidget(draftMark, 1);
        mark->addWidget(confirm);
        field->addLayout(mark);
        field->addWidget(edit);
        m_draftMarks.insert(key, draftMark);
        m_confirms.insert(key, confirm);
        form->addRow(label, field);
        return edit;
    };
    const QStringList keys = core::ReportState::fieldKeys();
    for (qsizetype i = 0; i < keys.size(); ++i) {
        addField(keys.at(i), tr("%1. %2").arg(core::formatCount(i + 1), report.fieldTitles.at(i)));
    }
    auto *counters = new QHBoxLayout;
    m_onsite = new QSpinBox(content);
    m_online = new QSpinBox(content);
    m_women = new QSpinBox(content);
    for (QSpinBox *box : {m_onsite, m_online, m_women}) {
        box->setRange(0, 100'000);
    }
    m_onsite->setObjectName(u"onsiteCount"_s);
    m_online->setObjectName(u"onlineCount"_s);
    m_women->setObjectName(u"womenCount"_s);
    counters->addWidget(new QLabel(tr("Onsite"), content));
    counters->addWidget(m_onsite);
    counters->addWidget(new QLabel(tr("Online"), content));
    counters->addWidget(m_online);
    counters->addWidget(new QLabel(tr("Of whom women"), content));
    counters->addWidget(m_women);
    counters->addStretch();
    form->addRow(tr("Participation"), counters);
    m_estimate = new QLabel(content);
    m_estimate->setObjectName(u"participationEstimate"_s);
    m_estimate->setTextFormat(Qt::PlainText);
    m_estimate->setWordWrap(true);
    form->addRow(QString(), m_estimate);
    // The short report: its two lists, one line each, drafted like the fields until the rapporteur saves them.
    form->addRow(new QLabel(tr("Short report"), content));
    for (const QString &key : core::ReportState::shortReportKeys()) {
        QPlainTextEdit *edit = addField(key, key == u"takeaways" ? tr("Key takeaways") : tr("Calls to action"));
        edit->setPlaceholderText(tr("One a line; the IGF asks for three."));
        edit->setMaximumHeight(110);
    }
    m_sources = new QTreeWidget(content);
    m_sources->setObjectName(u"reportSources"_s);
    m_sources->setHeaderLabels({tr("Drafted line"), tr("Who"), tr("Agenda item"), tr("Time"), tr("From")});
    m_sources->setRootIsDecorated(true);
    m_sources->setWordWrap(true);
    m_sources->setMinimumHeight(220);
    m_sources->header()->setStretchLastSection(false);
    m_sources->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_sources->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_sources->header()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_sources->header()->resizeSection(1, 200);
    m_sources->setToolTip(tr("Choose a line to see the notes or transcript turns it was drafted from."));
    m_sourceText = new QPlainTextEdit(content);
    m_sourceText->setObjectName(u"reportSourceText"_s);
    m_sourceText->setReadOnly(true);
    m_sourceText->setMaximumHeight(120);
    m_sourceText->setPlaceholderText(tr("The sources of the chosen line appear here."));
    auto *sources = new QVBoxLayout;
    sources->addWidget(m_sources);
    sources->addWidget(m_sourceText);
    // The whole width: the lines are long.
    form->addRow(new QLabel(tr("Drafted lines and their sources"), content));
    form->addRow(sources);
    connect(m_sources, &QTreeWidget::currentItemChanged, this, [this] { showSource(); });
    scroll->setWidget(content);
    layout->addWidget(scroll, 1);
    m_withSources = new QCheckBox(tr("In exports and copies, number the drafted lines and list their sources"), this);
    m_withSources->setObjectName(u"reportSourcesCheck"_s);
    m_withSources->setToolTip(tr("Who said each drafted key takeaway and call to action, during which agenda item, "
                                 "when, and from which note or transcript line."));
    layout->addWidget(m_withSources);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *saveButton = buttons->addButton(tr("Save"), QDialogButtonBox::ApplyRole);
    QPushButton *exportButton = buttons->addButton(tr("Export…"), QDialogButtonBox::ActionRole);
    QPushButton *copyButton = buttons->addButton(tr("Copy as Markdown"), QDialogButtonBox::ActionRole);
    QPushButton *approveButton = buttons->addButton(tr("Show the takeaways to the room"), QDialogButtonBox::ActionRole);
    QPushButton *transcriptButton = buttons->addButton(tr("Import transcript…"), QDialogButtonBox::ActionRole);
    QPushButton *proposalButton = buttons->addButton(tr("Draft from the proposal…"), QDialogButtonBox::ActionRole);
    proposalButton->setObjectName(u"reportProposalButton"_s);
    proposalButton->setToolTip(tr("Read the workshop proposal for the drafts, e.g. the other initiatives it names."));
    buttons->addButton(QDialogButtonBox::Close);
    saveButton->setObjectName(u"reportSaveButton"_s);
    exportButton->setObjectName(u"reportExportButton"_s);
    copyButton->setObjectName(u"reportCopyButton"_s);
    approveButton->setObjectName(u"reportApproveButton"_s);
    transcriptButton->setObjectName(u"reportTranscriptButton"_s);
    layout->addWidget(buttons);
    auto report_ = [this](const core::Result<void> &result) {
        if (!result) {
            showPlainMessage(this, windowTitle(), core::errorMessage(result.error()));
        }
    };
    connect(saveButton, &QPushButton::clicked, this, [this, report_] { report_(save()); });
    connect(exportButton, &QPushButton::clicked, this, [this, report_] {
        const QString path =
            QFileDialog::getSaveFileName(this,
                                         tr("Export the report"),
                                         QString(),
                                         tr("PDF (*.pdf);;OpenDocument text (*.odt);;HTML (*.html);;Markdown (*.md)"));
        if (!path.isEmpty()) {
            report_(exportTo(path));
        }
    });
    connect(copyButton, &QPushButton::clicked, this, [this, report_] { report_(copyToClipboard()); });
    connect(approveButton, &QPushButton::clicked, this, [this, report_] { report_(approveDraftedTakeaways()); });
    connect(transcriptButton, &QPushButton::clicked, this, [this, report_] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Import a transcript"), QString(), transcriptFileFilter());
        if (path.isEmpty() || !m_session) {
            return;
        }
        if (auto ok = save(); !ok) {
            report_(ok);
            return;
        }
        const auto imported = m_session->execute(core::commands::ImportTranscript{path, 0});
        report_(imported ? core::Result<void>() : core::Result<void>(imported.error()));
        fill();
    });
    connect(proposalButton, &QPushButton::clicked, this, [this, report_] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Draft from the workshop proposal"), QString(), tr("Text (*.txt);;All files (*)"));
        if (!path.isEmpty()) {
            report_(draftFromProposal(path));
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fill();

    // A role that may not write the report still reads, exports and copies it: its fields are read-only.
    const QString fieldRefusal = m_session ? m_session->refusal(core::commands::SetReportField{}) : QString();
    for (QPlainTextEdit *edit : std::as_const(m_fields)) {
        edit->setReadOnly(!fieldRefusal.isEmpty());
        edit->setToolTip(fieldRefusal);
    }
    for (QSpinBox *box : {m_onsite, m_online, m_women}) {
        allowIf(box, m_session, core::commands::SetParticipation{}, true);
    }
    allowIf(saveButton, m_session, core::commands::SetReportField{}, true);
    allowIf(approveButton, m_session, core::commands::ApproveTakeaway{}, true);
    allowIf(transcriptButton, m_session, core::commands::ImportTranscript{}, true);
}

void ReportDialog::fill()
{
    if (!m_session) {
        return;
    }
    const core::Report report = core::Report::build(*m_session, m_proposalText);
    const QStringList keys = core::ReportState::fieldKeys();
    for (qsizetype i = 0; i < keys.size(); ++i) {
        m_fields.value(keys.at(i))->setPlainText(report.fields.at(i));
        m_loaded.insert(keys.at(i), report.fields.at(i));
        m_draftMarks.value(keys.at(i))->setVisible(report.drafted.value(i));
        m_confirms.value(keys.at(i))->setVisible(report.drafted.value(i));
        m_confirms.value(keys.at(i))->setChecked(false);
    }
    const core::Participation estimate = core::Report::participationOf(*m_session);
    m_estimate->setText(estimate.entered ? QString() : core::Report::participationText(estimate));
    const core::ReportState &state = m_session->state().report();
    m_onsite->setValue(state.onsite());
    m_online->setValue(state.online());
    m_women->setValue(state.women());
    // The short report's lists: each line a paragraph of its own, so each takes its own direction.
    const std::pair<QString, std::pair<const QStringList *, bool>> lists[] = {
        {u"takeaways"_s, {&report.takeaways, report.takeawaysWritten}},
        {u"calls_to_action"_s, {&report.callsToAction, report.callsToActionWritten}},
    };
    for (const auto &[key, list] : lists) {
        const QString text = list.first->join(u'\n');
        const bool drafted = !list.second && !text.isEmpty();
        m_fields.value(key)->setPlainText(text);
        m_loaded.insert(key, text);
        m_draftMarks.value(key)->setVisible(drafted);
        m_confirms.value(key)->setVisible(drafted);
        m_confirms.value(key)->setChecked(false);
    }
    fillSources();
}

namespace {

enum SourceRole
{
    FromNotesRole = Qt::UserRole,
    LinesRole,
};

} // namespace

void ReportDialog::fillSources()
{
    m_sources->clear();
    m_sourceText->clear();
    const core::Draft draft = core::Report::draftFor(*m_session);
    const core::Agenda &agenda = m_session->state().agenda();
    auto addGroup = [&](const QString &title, const QList<core::DraftSentence> &sentences) {
        auto *group = new QTreeWidgetItem(m_sources, {title});
        group->setFirstColumnSpanned(true);
        for (const core::DraftSentence &sentence : sentences) {
            const QString who =
                sentence.group.isEmpty() ? sentence.speaker : tr("%1 (%2)").arg(sentence.speaker, sentence.group);
            const int index = sentence.itemId > 0 ? agenda.indexOf(sentence.itemId) : -1;
            const QString item = index >= 0 ? agenda.item(index).title : QString();
            const QString time = sentence.timeMs >= 0 ? core::formatDuration(sentence.timeMs) : QString();
            QStringList lineNumbers;
            for (int line : sentence.lines) {
                lineNumbers.append(core::formatCount(line));
            }
            const QString from = sentence.fromNotes ? tr("note %1").arg(lineNumbers.join(u", "_s))
                                                    : tr("transcript, line %1").arg(lineNumbers.join(u", "_s));
            auto *row = new QTreeWidgetItem(
                group,
                {core::isolatedLine(sentence.text), core::isolatedLine(who), core::isolatedLine(item), time, from});
            row->setToolTip(0, core::isolatedLine(sentence.text));
            row->setData(0, FromNotesRole, sentence.fromNotes);
            QVariantList lines;
            for (int line : sentence.lines) {
                lines.append(line);
            }
            row->setData(0, LinesRole, lines);
        }
        group->setExpanded(true);
    };
    addGroup(tr("Key takeaways"), draft.takeaways);
    addGroup(tr("Calls to action"), draft.callsToAction);
    addGroup(tr("Summary"), draft.summarySentences);
}

void ReportDialog::showSource()
{
    const QTreeWidgetItem *row = m_sources->currentItem();
    if (!row || !row->parent() || !m_session) {
        m_sourceText->clear();
        return;
    }
    QStringList parts;
    const QVariantList lines = row->data(0, LinesRole).toList();
    if (row->data(0, FromNotesRole).toBool()) {
        for (const QVariant &line : lines) {
            if (const core::Note *note = m_session->state().notes().note(line.toInt())) {
                parts.append(tr("Note %1, typed at %2: %3")
                                 .arg(core::formatCount(note->id),
                                      core::formatDuration(note->typedAtMs),
                                      core::isolatedLine(note->text)));
            }
        }
    } else {
        QList<core::TranscriptTurn> turns = m_session->state().report().transcript();
        for (const core::CaptionTurn &caption : m_session->state().report().captions()) {
            turns.append(caption.turn);
        }
        for (const core::TranscriptTurn &turn : std::as_const(turns)) {
            for (const QVariant &line : lines) {
                if (turn.line == line.toInt()) {
                    parts.append(
                        tr("Line %1, %2: %3")
                            .arg(core::formatCount(turn.line),
                                 turn.speaker.isEmpty() ? tr("no speaker named") : core::isolatedLine(turn.speaker),
                                 core::isolatedLine(turn.text)));
                }
            }
        }
    }
    m_sourceText->setPlainText(parts.join(u"\n\n"_s));
}

core::Result<void> ReportDialog::save()
{
    if (!m_session || !m_undo) {
        return core::Error{core::ErrorCode::InvalidState, tr("no session is open")};
    }
    // Every changed field and the counters: one step, undone field by field to what each was.
    m_undo->beginGroup(tr("Save the report"));
    core::Result<int> result = 0;
    for (auto it = m_fields.begin(); result && it != m_fields.end(); ++it) {
        const QString text = it.value()->toPlainText();
        const QCheckBox *confirm = m_confirms.value(it.key());
        if (text != m_loaded.value(it.key()) || (!confirm->isHidden() && confirm->isChecked())) {
            result = m_undo->change(QString(), core::commands::SetReportField{it.key(), text});
            if (result) {
                m_loaded.insert(it.key(), text);
                m_confirms.value(it.key())->hide();
                m_draftMarks.value(it.key())->hide();
            }
        }
    }
    if (result) {
        result = m_undo->change(
            QString(), core::commands::SetParticipation{m_onsite->value(), m_online->value(), m_women->value()});
    }
    m_undo->endGroup();
    if (!result) {
        return result.error();
    }
    return {};
}

core::Result<void> ReportDialog::draftFromProposal(const QString &path)
{
    if (!m_session) {
        return core::Error{core::ErrorCode::InvalidState, tr("no session is open")};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return core::Error{core::ErrorCode::FileNotFound, path};
    }
    const QByteArray bytes = file.read(2 * 1024 * 1024 + 1);
    if (bytes.size() > 2 * 1024 * 1024 || bytes.contains('\0')) {
        return core::Error{
            core::ErrorCode::Parse,
            tr("%1: not a workshop proposal in plain text (at most 2 MB)").arg(QFileInfo(path).fileName())};
    }
    // What the rapporteur typed stays: only the fields still drafted take the new drafts.
    QHash<QString, QString> typed;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        if (it.value()->toPlainText() != m_loaded.value(it.key())) {
            typed.insert(it.key(), it.value()->toPlainText());
        }
    }
    m_proposalText = QString::fromUtf8(bytes);
    fill();
    for (auto it = typed.cbegin(); it != typed.cend(); ++it) {
        m_fields.value(it.key())->setPlainText(it.value());
    }
    return {};
}

core::Result<void> ReportDialog::exportTo(const QString &path)
{
    if (auto ok = save(); !ok) {
        return ok;
    }
    ReportExporter::Format format{};
    if (!ReportExporter::formatFromName(QFileInfo(path).suffix(), &format)) {
        return core::Error{core::ErrorCode::InvalidArgument,
                           tr("%1: use .md, .html, .odt or .pdf").arg(QFileInfo(path).fileName())};
    }
    core::Report report = core::Report::build(*m_session, m_proposalText);
    report.withSources = m_withSources->isChecked();
    return ReportExporter::write(report, format, path);
}

core::Result<void> ReportDialog::copyToClipboard()
{
    if (auto ok = save(); !ok) {
        return ok;
    }
    core::Report report = core::Report::build(*m_session, m_proposalText);
    report.withSources = m_withSources->isChecked();
    QGuiApplication::clipboard()->setText(report.toMarkdown());
    return {};
}

QString ReportDialog::transcriptFileFilter()
{
    //: File dialog filters: keep the patterns in parentheses as they are
    return tr("Transcripts (*.txt *.srt *.vtt);;Captions (*.srt *.vtt);;Text (*.txt);;All files (*)");
}

core::Result<void> ReportDialog::approveDraftedTakeaways()
{
    if (auto ok = save(); !ok) {
        return ok;
    }
    const core::Report report = core::Report::build(*m_session);
    QStringList approved;
    for (const core::Takeaway &takeaway : m_session->state().display().takeaways()) {
        approved.append(takeaway.text);
    }
    for (const QString &text : report.takeaways) {
        if (!approved.contains(text)) {
            if (auto id = m_session->execute(core::commands::ApproveTakeaway{text}); !id) {
                return id.error();
            }
        }
    }
    fill();
    return {};
}

} // namespace ui
