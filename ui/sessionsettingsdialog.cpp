// SPDX-License-Identifier: MIT
#include "ui/sessionsettingsdialog.h"

#include "core/session/session.h"
#include "ui/commands/sessionundo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ui {

SessionSettingsDialog::SessionSettingsDialog(SessionUndo *undo, QWidget *parent)
    : QDialog(parent)
    , m_undo(undo)
    , m_session(undo ? undo->session() : nullptr)
{
    setObjectName(u"sessionSettingsDialog"_s);
    setWindowTitle(tr("Session settings"));
    auto makeSpin = [this](const char *name, int min, int max, const QString &suffix) {
        auto *spin = new QSpinBox(this);
        spin->setObjectName(QString::fromLatin1(name));
        spin->setRange(min, max);
        spin->setSuffix(suffix);
        return spin;
    };
    m_audienceSpin = makeSpin("audienceLimitSpin", 10, 3600, tr(" s"));
    m_chairSpin = makeSpin("chairLimitSpin", 10, 3600, tr(" s"));
    m_audienceSpin->setSingleStep(15);
    m_chairSpin->setSingleStep(15);
    m_warningSpin = makeSpin("warningSpin", 0, 1800, tr(" s"));
    m_warningSpin->setSingleStep(15);
    m_warningOwnBox = new QCheckBox(tr("Each item's own (one minute)"), this);
    m_warningOwnBox->setObjectName(u"warningOwnBox"_s);
    connect(m_warningOwnBox, &QCheckBox::toggled, m_warningSpin, &QWidget::setDisabled);
    m_chimeBox = new QCheckBox(tr("Chime when time is up (the flash is always shown)"), this);
    m_chimeBox->setObjectName(u"chimeBox"_s);
    m_policyCombo = new QComboBox(this);
    m_policyCombo->setObjectName(u"policyCombo"_s);
    m_policyCombo->addItem(tr("In order of request"), int(core::QueuePolicy::RequestOrder));
    m_policyCombo->addItem(tr("First-time speakers first"), int(core::QueuePolicy::FirstTimeFirst));
    m_policyCombo->addItem(tr("Onsite and online in turn"), int(core::QueuePolicy::AlternateChannels));
    m_policyCombo->addItem(tr("Least-heard stakeholder groups first"), int(core::QueuePolicy::LeastSpokenGroups));
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(u"settingsErrorLabel"_s);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(u"color: #B00020;"_s);
    m_errorLabel->hide();

    auto *warningRow = new QHBoxLayout;
    warningRow->addWidget(m_warningSpin);
    warningRow->addWidget(m_warningOwnBox, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("Audience &turn limit:"), m_audienceSpin);
    form->addRow(tr("Empty-&chair turn limit:"), m_chairSpin);
    form->addRow(tr("&Warning before the end of an item:"), warningRow);
    form->addRow(QString(), m_chimeBox);
    form->addRow(tr("&Queue order:"), m_policyCombo);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SessionSettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *note = new QLabel(
        tr("An invited speaker's limit is their agenda slot. These settings are kept in the session file."), this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);

    if (m_session) {
        setSettings(m_session->state().floor().settings(), m_session->state().floor().policy());
    } else {
        setSettings({}, core::QueuePolicy::RequestOrder);
    }
}

core::FloorSettings SessionSettingsDialog::settings() const
{
    core::FloorSettings settings;
    settings.audienceLimitMs = m_audienceSpin->value() * 1000LL;
    settings.chairLimitMs = m_chairSpin->value() * 1000LL;
    settings.warningMs = m_warningOwnBox->isChecked() ? -1 : m_warningSpin->value() * 1000LL;
    settings.chime = m_chimeBox->isChecked();
    return settings;
}

core::QueuePolicy SessionSettingsDialog::policy() const
{
    return core::QueuePolicy(m_policyCombo->currentData().toInt());
}

void SessionSettingsDialog::setSettings(const core::FloorSettings &settings, core::QueuePolicy policy)
{
    m_audienceSpin->setValue(int(settings.audienceLimitMs / 1000));
    m_chairSpin->setValue(int(settings.chairLimitMs / 1000));
    m_warningOwnBox->setChecked(settings.warningMs < 0);
    m_warningSpin->setValue(settings.warningMs < 0 ? 60 : int(settings.warningMs / 1000));
    m_warningSpin->setDisabled(settings.warningMs < 0);
    m_chimeBox->setChecked(settings.chime);
    m_policyCombo->setCurrentIndex(std::max(0, m_policyCombo->findData(int(policy))));
}

bool SessionSettingsDialog::save()
{
    if (!m_session || !m_undo) {
        return false;
    }
    // What changed, as one step (nothing changed: nothing written, no step).
    const core::FloorSettings wanted = settings();
    m_undo->beginGroup(tr("Change the session settings"));
    core::Result<int> result = m_undo->change(
        QString(),
        core::commands::SetFloorSettings{wanted.audienceLimitMs, wanted.chairLimitMs, wanted.warningMs, wanted.chime});
    if (result) {
        result = m_undo->change(QString(), core::commands::SetQueuePolicy{core::policyKey(policy())});
    }
    m_undo->endGroup();
    if (!result) {
        m_errorLabel->setText(core::errorMessage(result.error()));
        m_errorLabel->show();
        return false;
    }
    return true;
}

void SessionSettingsDialog::accept()
{
    if (save()) {
        QDialog::accept();
    }
}

} // namespace ui
