// SPDX-License-Identifier: MIT
// core::PeopleCsv::read on arbitrary bytes, as the people editor imports a file; what it reads is written
// back as CSV, which must read again to the same people.
#include "core/io/peoplecsv.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto imported = core::PeopleCsv::read(fuzz::bytes(data, size));
    if (!imported || imported->people.isEmpty()) {
        return 0;
    }
    const QByteArray written = core::PeopleCsv::write(imported->people);
    const auto reread = core::PeopleCsv::read(written);
    if (!reread) {
        fuzz::fail("the CSV written for imported people cannot be read");
    }
    if (reread->people.size() != imported->people.size()) {
        fuzz::fail("the CSV written for imported people reads back to another number of people");
    }
    for (qsizetype i = 0; i < imported->people.size(); ++i) {
        const core::Participant &before = imported->people.at(i);
        const core::Participant &after = reread->people.at(i);
        if (after.name != before.name || after.organization != before.organization
            || after.stakeholderGroup != before.stakeholderGroup || after.region != before.region
            || after.gender != before.gender || after.channel != before.channel || after.hub != before.hub
            || after.roles != before.roles) {
            fuzz::fail("the CSV written for imported people reads back to other people");
        }
    }
    return 0;
}
