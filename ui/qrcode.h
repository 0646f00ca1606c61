// SPDX-License-Identifier: MIT
#pragma once

#include <QImage>
#include <QString>

namespace ui {

/// The QR code of a text (error correction M), black modules on white with the quiet zone of four
/// modules the standard asks for, each module scale pixels wide. Null when the text does not fit.
[[nodiscard]] QImage qrCodeImage(const QString &text, int scale = 4);

} // namespace ui
