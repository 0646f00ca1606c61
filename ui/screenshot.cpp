// SPDX-License-Identifier: MIT
#include "ui/screenshot.h"

#include "core/clock.h"
#include "core/session.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QTemporaryDir>

#include <chrono>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace ui {

core::Result<void> renderDemoScreenshots(const QString &directory)
{
    if (!QDir().mkpath(directory)) {
        return core::Error{core::ErrorCode::Io, directory};
    }
    auto definition = core::SessionDefinition::demo();
    if (!definition) {
        return definition.error();
    }
    QTemporaryDir work;
    if (!work.isValid()) {
        return core::Error{core::ErrorCode::Io, work.errorString()};
    }
    // 14:30 local time on the day of the workshop, so the projected end reads like a real afternoon.
    core::FakeClock clock(QDateTime(QDate(2019, 11, 26), QTime(14, 30)).toMSecsSinceEpoch());
    MainWindow window(clock);
    if (auto ok = window.createSession(work.filePath(u"demo.moderato"_s), definition.value()); !ok) {
        return ok;
    }
    window.setDemo(true);
    core::Session *session = window.session();
    // The introduction ran 2:10 over; Eva Schulz-Kamm kept to time; the audience input has 42 s left.
    if (auto ok = session->start(); !ok) {
        return ok;
    }
    clock.advance(12min + 10s);
    if (auto ok = session->next(); !ok) {
        return ok;
    }
    clock.advance(10min);
    if (auto ok = session->next(); !ok) {
        return ok;
    }
    clock.advance(9min + 18s);
    session->tick();
    window.refresh();
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.resize(1440, 900);
    window.show();
    QApplication::processEvents();
    const QString target = QDir(directory).filePath(u"console.png"_s);
    if (!window.grab().save(target)) {
        return core::Error{core::ErrorCode::Io, target};
    }
    return {};
}

} // namespace ui
