// SPDX-License-Identifier: MIT
#include "ui/screenshot.h"

#include "core/clock.h"
#include "core/session.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QTemporaryDir>

#include <chrono>
#include <functional>

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
    // Meanwhile: interventions from the room and online, the empty chair, a remote claim waiting.
    const auto person = [](const QString &name,
                           core::Channel channel,
                           const QString &group,
                           const QString &region,
                           const QString &gender) {
        core::Participant p;
        p.name = name;
        p.channel = channel;
        p.stakeholderGroup = group;
        p.region = region;
        p.gender = gender;
        return p;
    };
    const core::Participant walkIns[] = {
        person(u"Amina Diallo"_s, core::Channel::Online, u"Civil Society"_s, u"African Group"_s, u"woman"_s),
        person(u"Jean Dupont"_s, core::Channel::Onsite, u"Government"_s, u"WEOG"_s, u"man"_s),
        person(u"Li Wei"_s, core::Channel::Onsite, u"Technical Community"_s, u"Asia-Pacific Group"_s, u"man"_s),
        person(u"Marta Ruiz"_s, core::Channel::Onsite, u"Civil Society"_s, u"GRULAC"_s, u"woman"_s),
        person(u"Kofi Mensah"_s, core::Channel::Online, u"Private Sector"_s, u"African Group"_s, u"man"_s),
        person(u"Aisha Khan"_s,
               core::Channel::Online,
               u"Intergovernmental Organization"_s,
               u"Intergovernmental Organization"_s,
               u"woman"_s),
    };
    QList<int> ids;
    for (const auto &walkIn : walkIns) {
        auto id = session->addParticipant(walkIn);
        if (!id) {
            return id.error();
        }
        ids.append(id.value());
    }
    const int daniel = session->state().floor().participantByName(u"Daniel Brinkwerth"_s)->id;
    const int eva = session->state().floor().participantByName(u"Eva Schulz-Kamm"_s)->id;
    using Step = std::function<core::Result<void>()>;
    const std::pair<std::chrono::seconds, Step> script[] = {
        {0s, [&] { return session->start(); }},
        {30s, [&] { return session->giveFloor(daniel); }},
        {12min + 10s, [&] { return session->next(); }},
        {12min + 10s, [&] { return session->giveFloor(eva); }},
        {22min + 10s, [&] { return session->next(); }},
        {22min + 10s, [&] { return session->endTurn(); }},
        {22min + 15s, [&] { return session->requestToSpeak(ids[0]); }},
        {22min + 16s, [&] { return session->requestToSpeak(ids[1]); }},
        {22min + 17s, [&] { return session->requestToSpeak(ids[2]); }},
        {22min + 18s, [&] { return session->setQueuePolicy(core::QueuePolicy::AlternateChannels); }},
        {22min + 20s, [&] { return session->giveFloorFromQueue(); }},
        {24min + 20s, [&] { return session->openChair(); }},
        {24min + 30s, [&] { return session->takeChair(ids[3]); }},
        {27min, [&] { return session->replyFromChair(eva); }},
        {28min, [&] { return session->closeChair(); }},
        {29min, [&] { return session->requestToSpeak(ids[5]); }},
        {30min, [&] { return session->giveFloorFromQueue(); }},
        {31min, [&] { return session->claimChair(ids[4]); }},
    };
    std::chrono::seconds at{0};
    for (const auto &[when, step] : script) {
        clock.advance(when - at);
        at = when;
        if (auto ok = step(); !ok) {
            return ok;
        }
    }
    clock.advance(31min + 28s - at);
    session->tick();
    window.refresh();
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.resize(1600, 1000);
    window.show();
    QApplication::processEvents();
    const QString target = QDir(directory).filePath(u"console.png"_s);
    if (!window.grab().save(target)) {
        return core::Error{core::ErrorCode::Io, target};
    }
    return {};
}

} // namespace ui
