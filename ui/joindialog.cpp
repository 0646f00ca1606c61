// SPDX-License-Identifier: MIT
#include "ui/joindialog.h"

#include "core/share/protocol.h"
#include "net/sharingconnection.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ui {

JoinDialog::JoinDialog(QWidget *parent)
    : QDialog(parent)
    , m_address(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"joinDialog"_s);
    setWindowTitle(tr("Join a shared session"));
    m_address->setObjectName(u"joinAddress"_s);
    m_address->setPlaceholderText(u"moderato://192.168.1.20:%1/…"_s.arg(core::share::Protocol::DefaultPort));
    m_address->setMaxLength(300);
    m_name->setObjectName(u"joinName"_s);
    m_name->setMaxLength(core::share::Protocol::MaxNameLength);
    m_problem->setObjectName(u"joinProblem"_s);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Join"));

    auto *intro = new QLabel(tr("The moderator's Moderato shows an address for each role under File › Share on the "
                                "network. Type or paste the one for your role; it decides what you can do."),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    auto *form = new QFormLayout;
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("Your &name:"), m_name);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_address, &QLineEdit::textChanged, this, &JoinDialog::validate);
    connect(m_name, &QLineEdit::textChanged, this, &JoinDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

QString JoinDialog::address() const
{
    return m_address->text().trimmed();
}

QString JoinDialog::name() const
{
    return m_name->text().trimmed();
}

void JoinDialog::setAddress(const QString &address)
{
    m_address->setText(address);
}

void JoinDialog::setName(const QString &name)
{
    m_name->setText(name);
}

void JoinDialog::validate()
{
    QString problem;
    if (!address().isEmpty()) {
        if (auto parsed = net::JoinAddress::parse(address()); !parsed) {
            problem = parsed.error().detail;
        }
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty() && !address().isEmpty() && !name().isEmpty());
}

} // namespace ui
