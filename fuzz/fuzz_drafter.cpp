// SPDX-License-Identifier: MIT
// core::Drafter on a transcript read by core::Transcript, as `moderato-cli summarize --notes` drafts.
// The input is the transcript, optionally followed by a form feed (\f) and the rapporteur's notes.
// The draft must keep its documented bounds: the word budget, the tagged notes (up to twelve of each tag) or else at
// most three takeaways and three calls to action, and sentences that point to lines of the transcript or the notes.
#include "core/rapporteur/drafter.h"
#include "fuzzsupport.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const qsizetype split = input.indexOf('\f');
    const QString transcriptText = QString::fromUtf8(split < 0 ? input : input.left(split));
    const QString notesText = split < 0 ? QString() : QString::fromUtf8(input.mid(split + 1));

    const auto turns = core::Transcript::parse(transcriptText);
    if (!turns) {
        return 0;
    }
    const QList<core::DraftNote> notes = core::Drafter::parseNotes(notesText);
    const int budget = core::Drafter::DefaultWords;
    const core::Draft draft = core::Drafter::draft(turns.value(), notes, budget);

    static const QRegularExpression blanks(QStringLiteral("\\s+"));
    if (draft.summary.split(blanks, Qt::SkipEmptyParts).size() > budget) {
        fuzz::fail("the summary is longer than the word budget");
    }
    // Every tagged note is listed (up to Drafter::MaxTaggedNotes of each tag), then drafted ones up to three in all.
    qsizetype taggedTakeaways = 0;
    qsizetype taggedActions = 0;
    for (const core::DraftNote &note : notes) {
        taggedTakeaways += note.tag == core::DraftNote::Tag::Takeaway ? 1 : 0;
        taggedActions += note.tag == core::DraftNote::Tag::CallToAction ? 1 : 0;
    }
    auto most = [](qsizetype tagged) {
        return std::max<qsizetype>(3, std::min<qsizetype>(tagged, core::Drafter::MaxTaggedNotes));
    };
    if (draft.takeaways.size() > most(taggedTakeaways) || draft.callsToAction.size() > most(taggedActions)) {
        fuzz::fail("more takeaways or calls to action than the tagged notes, or three when fewer are tagged");
    }
    for (const auto *sentences : {&draft.summarySentences, &draft.takeaways, &draft.callsToAction}) {
        for (const core::DraftSentence &sentence : *sentences) {
            if (sentence.lines.isEmpty()) {
                fuzz::fail("a drafted sentence without the lines it came from");
            }
        }
    }
    if (QJsonDocument(core::Drafter::toJson(draft)).toJson().isEmpty()) {
        fuzz::fail("a draft gives empty JSON");
    }
    return 0;
}
