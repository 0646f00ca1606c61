// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QDialogButtonBox;

namespace ui {

/**
 * File › Join a shared session: the address the moderator gave (moderato://HOST:PORT/CODE, typed,
 * pasted or read from the QR code) and the name the person joins with. OK stays disabled until the
 * address reads right and a name is given; what is wrong with the address is said below it.
 */
class JoinDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit JoinDialog(QWidget *parent = nullptr);

    [[nodiscard]] QString address() const;
    [[nodiscard]] QString name() const;

    void setAddress(const QString &address);
    void setName(const QString &name);

private:
    void validate();

    QLineEdit *m_address;
    QLineEdit *m_name;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace ui
