// SPDX-License-Identifier: MIT
// core::Transcript::parse on arbitrary text, in both styles it reads (one `Speaker: text` turn a line, and
// the live-captioning style with `>>` turn markers): the seeds hold both. The bytes are decoded as UTF-8,
// as `moderato-cli summarize` and the report editor's transcript import do.
#include "core/rapporteur/transcript.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto turns = core::Transcript::parse(QString::fromUtf8(fuzz::bytes(data, size)));
    if (!turns) {
        return 0;
    }
    if (turns->isEmpty()) {
        fuzz::fail("a transcript parsed without error holds no turn");
    }
    int previousLine = 0;
    for (const core::TranscriptTurn &turn : turns.value()) {
        if (turn.line <= previousLine) {
            fuzz::fail("the turns' line numbers do not increase");
        }
        if (turn.text.trimmed().isEmpty()) {
            fuzz::fail("a turn without text");
        }
        previousLine = turn.line;
    }
    return 0;
}
