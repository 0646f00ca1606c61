// SPDX-License-Identifier: MIT
#include "ui/sessiondetailsdialog.h"

#include "core/session/session.h"
#include "ui/commands/sessionundo.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ui {

SessionDetailsDialog::SessionDetailsDialog(SessionUndo *undo, QWidget *parent)
    : QDialog(parent)
    , m_undo(undo)
    , m_session(undo ? undo->session() : nullptr)
    , m_codeEdit(new QLineEdit(this))
    , m_titleEdit(new QLineEdit(this))
    , m_typeCombo(new QComboBox(this))
    , m_layoutCombo(new QComboBox(this))
    , m_minutesSpin(new QSpinBox(this))
    , m_questionsEdit(new QPlainTextEdit(this))
    , m_facilitationEdit(new QPlainTextEdit(this))
    , m_onlineEdit(new QPlainTextEdit(this))
    , m_roomEdit(new QLineEdit(this))
    , m_errorLabel(new QLabel(this))
{
    setObjectName(u"sessionDetailsDialog"_s);
    setWindowTitle(tr("Session details"));
    m_codeEdit->setObjectName(u"detailsCodeEdit"_s);
    m_codeEdit->setMaxLength(100);
    m_codeEdit->setPlaceholderText(u"IGF 2019 WS #195"_s);
    m_titleEdit->setObjectName(u"detailsTitleEdit"_s);
    m_titleEdit->setMaxLength(300);
    m_roomEdit->setObjectName(u"detailsRoomEdit"_s);
    m_roomEdit->setMaxLength(200);
    m_roomEdit->setPlaceholderText(tr("Where it takes place, e.g. Room VI"));
    // The IGF's session formats are offered; any other can be typed.
    m_typeCombo->setEditable(true);
    m_typeCombo->addItems(
        {QString(), u"Break-out Group Discussions"_s, u"Round Table"_s, u"Panel"_s, u"Birds of a Feather"_s});
    m_layoutCombo->setEditable(true);
    m_layoutCombo->addItems({QString(), u"Flexible Seating"_s, u"U-shape"_s, u"Circle"_s, u"Auditorium"_s});
    m_minutesSpin->setObjectName(u"detailsMinutesSpin"_s);
    m_minutesSpin->setRange(1, 600);
    m_minutesSpin->setSuffix(tr(" min"));
    m_questionsEdit->setObjectName(u"detailsQuestionsEdit"_s);
    m_questionsEdit->setPlaceholderText(tr("One question a line"));
    m_questionsEdit->setTabChangesFocus(true);
    m_facilitationEdit->setTabChangesFocus(true);
    m_onlineEdit->setTabChangesFocus(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(u"color: #B00020;"_s);
    m_errorLabel->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Code:"), m_codeEdit);
    form->addRow(tr("&Title:"), m_titleEdit);
    form->addRow(tr("&Format:"), m_typeCombo);
    form->addRow(tr("&Layout:"), m_layoutCombo);
    form->addRow(tr("Le&ngth:"), m_minutesSpin);
    form->addRow(tr("&Room:"), m_roomEdit);
    form->addRow(tr("&Policy questions:"), m_questionsEdit);
    form->addRow(tr("&Discussion facilitation:"), m_facilitationEdit);
    form->addRow(tr("&Online participation:"), m_onlineEdit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SessionDetailsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);

    if (m_session) {
        setDetails(m_session->state().definition());
        if (m_session->state().runState() != core::RunState::NotStarted) {
            m_errorLabel->setText(tr("The clock has started: the session's details can no longer be edited."));
            m_errorLabel->show();
            for (QWidget *field : findChildren<QWidget *>()) {
                if (qobject_cast<QLineEdit *>(field) || qobject_cast<QPlainTextEdit *>(field)
                    || qobject_cast<QComboBox *>(field) || qobject_cast<QSpinBox *>(field)) {
                    field->setEnabled(false);
                }
            }
            buttons->button(QDialogButtonBox::Save)->setEnabled(false);
        }
    }
    resize(640, 620);
}

core::SessionDefinition SessionDetailsDialog::details() const
{
    core::SessionDefinition details = m_session ? m_session->state().definition() : core::SessionDefinition();
    details.code = m_codeEdit->text().simplified();
    details.title = m_titleEdit->text().simplified();
    details.formatType = m_typeCombo->currentText().simplified();
    details.formatLayout = m_layoutCombo->currentText().simplified();
    details.formatMinutes = m_minutesSpin->value();
    details.policyQuestions.clear();
    for (const QString &line : m_questionsEdit->toPlainText().split(u'\n')) {
        if (!line.simplified().isEmpty()) {
            details.policyQuestions.append(line.simplified());
        }
    }
    details.discussionFacilitation = m_facilitationEdit->toPlainText().trimmed();
    details.onlineParticipation = m_onlineEdit->toPlainText().trimmed();
    details.room = m_roomEdit->text().simplified();
    return details;
}

void SessionDetailsDialog::setDetails(const core::SessionDefinition &details)
{
    m_codeEdit->setText(details.code);
    m_titleEdit->setText(details.title);
    m_typeCombo->setCurrentText(details.formatType);
    m_layoutCombo->setCurrentText(details.formatLayout);
    m_minutesSpin->setValue(details.formatMinutes > 0 ? details.formatMinutes : 90);
    m_questionsEdit->setPlainText(details.policyQuestions.join(u'\n'));
    m_facilitationEdit->setPlainText(details.discussionFacilitation);
    m_onlineEdit->setPlainText(details.onlineParticipation);
    m_roomEdit->setText(details.room);
}

bool SessionDetailsDialog::save()
{
    if (!m_session || !m_undo) {
        return false;
    }
    QJsonObject wanted = details().toJson();
    wanted.remove(u"agenda"_s); // the details keep the session's agenda
    // Unchanged: nothing written. Undo is the same edit with the details before.
    if (auto result = m_undo->change(tr("Edit the session details"), core::commands::EditDetails{wanted}); !result) {
        m_errorLabel->setText(core::errorMessage(result.error()));
        m_errorLabel->show();
        return false;
    }
    return true;
}

void SessionDetailsDialog::accept()
{
    if (save()) {
        QDialog::accept();
    }
}

} // namespace ui
