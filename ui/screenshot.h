// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/result.h"

#include <QString>

namespace ui {

/**
 * Renders the console, with the demo workshop 31 minutes in (an overrun, the warning phase and
 * the re-balancing proposal showing), to DIR/console.png without showing a window.
 */
[[nodiscard]] core::Result<void> renderDemoScreenshots(const QString &directory);

} // namespace ui
