// SPDX-License-Identifier: MIT
// core::ProposalImporter on arbitrary bytes, as `moderato-cli import-proposal` reads a file. What it imports
// is printed as JSON, and its session definition must survive the JSON round trip a session file makes.
#include "core/io/proposalimporter.h"
#include "fuzzsupport.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto imported = core::ProposalImporter::fromBytes(fuzz::bytes(data, size));
    if (!imported) {
        return 0;
    }
    if (QJsonDocument(imported->toJson()).toJson().isEmpty()) {
        fuzz::fail("an imported proposal gives empty JSON");
    }
    const core::SessionDefinition &definition = imported->definition;
    const QJsonObject stored = definition.toJson();
    const auto reread = core::SessionDefinition::fromJson(stored);
    if (!reread) {
        fuzz::fail("the definition of an imported proposal cannot be read back from its JSON");
    }
    if (reread->toJson() != stored) {
        fuzz::fail("the definition of an imported proposal changes in a JSON round trip");
    }
    QStringList speakers;
    for (const core::Person &speaker : definition.speakers) {
        speakers.append(speaker.name);
    }
    (void)core::ProposalImporter::agendaForFormat(definition.formatType, definition.formatMinutes, speakers);
    return 0;
}
