// SPDX-License-Identifier: MIT
// core::EventLog::fromJsonLines on arbitrary bytes, as `moderato-cli import-log` reads a file. A log it
// accepts is folded into a core::SessionState, whose time queries, statistics and briefing pack are then
// computed at a few moments; the log must also survive a JSON Lines round trip.
#include "core/io/briefing.h"
#include "core/io/eventlog.h"
#include "core/session/sessionstate.h"
#include "core/session/sessionstats.h"
#include "fuzzsupport.h"

#include <QJsonDocument>

#include <limits>

namespace {

void query(const core::SessionState &state, qint64 now)
{
    const core::Agenda &agenda = state.agenda();
    for (int index = 0; index < agenda.size(); ++index) {
        (void)state.elapsedMs(index, now);
        (void)state.remainingMs(index, now);
        (void)state.phase(index, now);
        (void)state.status(index);
        (void)state.originalPlannedMs(index);
        (void)state.warningMs(index);
        (void)state.assignedSpeaker(index);
    }
    (void)state.sessionElapsedMs(now);
    (void)state.sessionRemainingMs(now);
    (void)state.pausedMs(now);
    (void)state.projectedEndMs(now);
    (void)state.offsetMs(now);
    (void)state.roomScene();
    (void)state.offeredSpeaker();
    (void)state.isChairMoment();
    (void)state.turnPhase(now);
    (void)state.proposeRebalance(now);
    (void)state.floor().orderedQueue(now);
    (void)QJsonDocument(core::SessionStats::toJson(state, now)).toJson();
    (void)core::SessionStats::toText(state, now);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto events = core::EventLog::fromJsonLines(fuzz::bytes(data, size));
    if (!events) {
        return 0;
    }
    core::SessionState state;
    for (const core::Event &event : events.value()) {
        if (!state.apply(event)) {
            fuzz::fail("an event of an accepted log does not apply");
        }
    }
    const qint64 last = state.lastEventMs();
    for (const qint64 later : {0, 1, 60'000, 3'600'000}) {
        if (last <= std::numeric_limits<qint64>::max() - later) {
            query(state, last + later);
        }
    }
    const core::Briefing briefing = core::Briefing::build(state, {});
    (void)briefing.toMarkdown();
    (void)briefing.toHtml();

    const auto reread = core::EventLog::fromJsonLines(core::EventLog::toJsonLines(events.value()));
    if (!reread || reread->size() != events->size()) {
        fuzz::fail("an accepted log does not read back from its own JSON Lines");
    }
    return 0;
}
