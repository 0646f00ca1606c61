// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/result.h"

#include <QDateTime>
#include <QString>

namespace core {

/**
 * The desktop's list of recently used files (the freedesktop.org "recently-used.xbel" that GTK, GNOME
 * and other desktops read), so that a session file Moderato opened or saved shows in the file
 * manager's and the desktop's recent files. Qt has no API for it.
 */
class DesktopRecent final
{
public:
    /// $XDG_DATA_HOME/recently-used.xbel (~/.local/share/recently-used.xbel).
    [[nodiscard]] static QString defaultPath();

    /**
     * Adds `file` (or refreshes it: one entry a file, its first "added" time kept) to the list in
     * `xbelPath`, creating the list when there is none. Every other entry, and everything else in
     * the file, is copied as it was. A list that is not well-formed XBEL is left untouched and
     * reported; the file is replaced atomically, never half written.
     */
    [[nodiscard]] static Result<void> add(const QString &xbelPath,
                                          const QString &file,
                                          const QString &mimeType,
                                          const QString &application,
                                          const QString &exec,
                                          const QDateTime &now);
};

} // namespace core
