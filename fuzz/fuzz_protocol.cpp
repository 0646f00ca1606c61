// SPDX-License-Identifier: MIT
// The sharing protocol on arbitrary bytes. The input is split into lines, each one message from a device to
// core::share::ShareHost (a first byte with its low bit set joins with a valid code first, so that commands,
// pings and chat are reached); the host must answer or cut the device off, never crash, and every event it
// broadcasts must apply to a device's copy (core::share::ShareClient), which also reads the raw input as if a
// broken host had sent it.
#include "core/io/proposalimporter.h"
#include "core/session/session.h"
#include "core/share/joincodes.h"
#include "core/share/protocol.h"
#include "core/share/shareclient.h"
#include "core/share/sharehost.h"
#include "core/store/memorystore.h"
#include "fuzzsupport.h"

#include <QJsonDocument>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

struct Host
{
    core::FakeClock clock{1'700'000'000'000};
    std::unique_ptr<core::Session> session;
    std::unique_ptr<core::share::ShareHost> host;
    std::unique_ptr<core::share::ShareClient> copy; ///< a joined observer, fed what the host sends it
    int runs = 0;
    int connection = 100;
};

Host &host()
{
    static Host *shared = new Host;
    // A fresh session now and then, so the log does not grow without end.
    if (!shared->session || ++shared->runs % 500 == 0) {
        shared->copy.reset();
        shared->host.reset();
        auto session = core::Session::create(
            std::make_unique<core::MemoryStore>(), core::ProposalImporter::demoWorkshop().value(), shared->clock);
        if (!session) {
            fuzz::fail("the demo session cannot be created");
        }
        shared->session = std::move(session).value();
        shared->host = std::make_unique<core::share::ShareHost>(*shared->session, core::share::JoinCodes::generate());
        shared->copy = std::make_unique<core::share::ShareClient>(
            shared->clock, shared->host->codes().code(core::TeamRole::Observer), u"Copy"_s, u"copy"_s);
        QObject::connect(shared->host.get(),
                         &core::share::ShareHost::send,
                         shared->host.get(),
                         [](int connection, const QByteArray &message) {
                             if (connection == 1) {
                                 host().copy->hostMessage(message);
                             }
                         });
        QObject::connect(shared->copy.get(),
                         &core::share::ShareClient::sendMessage,
                         shared->host.get(),
                         [](const QByteArray &message) { host().host->deviceMessage(1, message); });
        shared->host->deviceConnected(1, u"127.0.0.1"_s);
        shared->copy->connected();
        if (!shared->copy->session()) {
            fuzz::fail("the observer did not get the host's log");
        }
    }
    return *shared;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    Host &shared = host();
    const int connection = ++shared.connection;
    const core::TeamRole roles[] = {core::TeamRole::CoModerator,
                                    core::TeamRole::OnlineModerator,
                                    core::TeamRole::Rapporteur,
                                    core::TeamRole::Observer};
    shared.host->deviceConnected(connection, u"10.0.0.1"_s);
    if (size > 0 && (data[0] & 1)) {
        const QJsonObject hello{{u"protocol"_s, core::share::Protocol::Version},
                                {u"code"_s, shared.host->codes().code(roles[(data[0] >> 1) % 4])},
                                {u"name"_s, u"Fuzz"_s},
                                {u"device"_s, u"fuzz-%1"_s.arg(connection)},
                                {u"last_seq"_s, 0}};
        shared.host->deviceMessage(connection, QJsonDocument(hello).toJson(QJsonDocument::Compact));
    }
    int messages = 0;
    for (const QByteArray &line : input.split('\n')) {
        if (++messages > 64) {
            break;
        }
        shared.host->deviceMessage(connection, line);
        shared.clock.advance(std::chrono::milliseconds(20));
    }
    shared.host->deviceDisconnected(connection);
    // The observer's copy follows every event the host recorded.
    if (shared.copy->session()->events().size() != shared.session->events().size()) {
        fuzz::fail("the observer's copy is not the host's log");
    }
    // A device must survive whatever a broken host sends.
    (void)core::share::Protocol::readHostMessage(input);
    core::share::ShareClient device(shared.clock, u"ABCDEFGHIJKLMNOPQRSTUVWXYZ"_s, u"Device"_s, u"device"_s);
    device.connected();
    for (const QByteArray &line : input.split('\n')) {
        device.hostMessage(line);
    }
    return 0;
}
