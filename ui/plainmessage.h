// SPDX-License-Identifier: MIT
#pragma once

#include <QMessageBox>

namespace ui {

/**
 * A modal message whose text is shown as plain text. QMessageBox's static functions guess the format
 * (Qt::AutoText), so a message quoting a file name or a person's name that looks like markup would be
 * rendered as rich text; messages here always quote user text.
 */
inline void showPlainMessage(QWidget *parent,
                             const QString &title,
                             const QString &text,
                             QMessageBox::Icon icon = QMessageBox::Warning)
{
    QMessageBox box(icon, title, text, QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("plainMessage"));
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

} // namespace ui
