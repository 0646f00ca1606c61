// SPDX-License-Identifier: MIT
// Sharing benchmark: a host (moderato-cli share, its own process, on loopback) with 3 joined team devices and
// OBSERVERS joined observers, all simulated in this process. The co-moderator, the online moderator and the
// rapporteur take turns sending COMMANDS commands, one at a time; prints the command round trip (send -> outcome)
// p50/p99, the fan-out (send -> the event in every observer's copy) p50/p99, events lost or duplicated in any
// copy, and the host process's CPU time and peak memory (VmHWM). Run it with --observers 0 for the baseline.
// Usage: bench_share --cli PATH [--observers N] [--commands N]
#include "core/io/proposalimporter.h"
#include "core/session/session.h"
#include "core/share/protocol.h"
#include "net/sharingconnection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

double percentile(std::vector<double> values, double p)
{
    if (values.empty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const size_t at = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
    return values[at];
}

/// utime + stime of a process, in seconds.
double cpuSeconds(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    return double(fields.value(11).toLongLong() + fields.value(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

/// Peak resident memory of a process, in MiB.
double peakMiB(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
        }
    }
    return -1;
}

/// Runs the event loop until the condition holds, woken by wake() (QTest::qWaitFor polls every 10 ms,
/// which would be most of what is measured here).
class Waiter
{
public:
    bool until(const std::function<bool()> &condition, int timeoutMs)
    {
        m_condition = condition;
        if (condition()) {
            return true;
        }
        QTimer timeout;
        timeout.setSingleShot(true);
        QObject::connect(&timeout, &QTimer::timeout, &m_loop, &QEventLoop::quit);
        timeout.start(timeoutMs);
        m_loop.exec();
        m_condition = nullptr;
        return condition();
    }

    void wake()
    {
        if (m_condition && m_condition()) {
            m_loop.quit();
        }
    }

private:
    QEventLoop m_loop;
    std::function<bool()> m_condition;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const QString &name, const QString &fallback) {
        const qsizetype at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
    };
    const QString cli = option(u"--cli"_s, QString());
    const int observers = option(u"--observers"_s, u"300"_s).toInt();
    const int commandCount = option(u"--commands"_s, u"300"_s).toInt();
    if (cli.isEmpty() || observers < 0 || commandCount <= 0) {
        std::fprintf(stderr, "usage: bench_share --cli PATH [--observers N] [--commands N]\n");
        return 2;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(u"shared.moderato"_s);
    core::SystemClock clock;
    {
        auto session = core::Session::create(path, core::ProposalImporter::demoWorkshop().value(), clock);
        if (!session) {
            std::fprintf(stderr, "cannot create the session\n");
            return 1;
        }
    }
    QProcess host;
    host.start(cli, {u"share"_s, path, u"--listen"_s, u"127.0.0.1:0"_s, u"--for"_s, u"600"_s});
    QString output;
    for (int i = 0; i < 100 && !output.contains(u"observer "_s); ++i) {
        host.waitForReadyRead(200);
        output += QString::fromUtf8(host.readAllStandardOutput());
    }
    QHash<QString, QString> urls;
    for (const QString &line : output.split(u'\n')) {
        urls.insert(line.section(u' ', 0, 0), line.section(u' ', 1));
    }
    if (!urls.contains(u"observer"_s)) {
        std::fprintf(stderr, "the host did not start: %s\n", qPrintable(output));
        return 1;
    }
    const double cpuAtStart = cpuSeconds(host.processId());

    auto join = [&](const QString &role, const QString &name) {
        auto connection = std::make_unique<net::SharingConnection>(
            clock, net::JoinAddress::parse(urls.value(role)).value(), name, name);
        connection->open();
        return connection;
    };
    std::vector<std::unique_ptr<net::SharingConnection>> team;
    team.push_back(join(u"co_moderator"_s, u"co"_s));
    team.push_back(join(u"online_moderator"_s, u"online"_s));
    team.push_back(join(u"rapporteur"_s, u"rapporteur"_s));
    std::vector<std::unique_ptr<net::SharingConnection>> room;
    for (int i = 0; i < observers; ++i) {
        room.push_back(join(u"observer"_s, u"observer-%1"_s.arg(i)));
        if (i % 50 == 49) {
            QCoreApplication::processEvents(); // joins in waves, as a room does
        }
    }
    auto allJoined = [&] {
        for (const auto &list : {&team, &room}) {
            for (const auto &connection : *list) {
                if (!connection->client().session()) {
                    return false;
                }
            }
        }
        return true;
    };
    Waiter waiter;
    QTimer joinCheck; // joining is measured in whole seconds: a coarse check is fine
    QObject::connect(&joinCheck, &QTimer::timeout, &app, [&] { waiter.wake(); });
    joinCheck.start(20);
    const bool joined = waiter.until(allJoined, 120'000);
    joinCheck.stop();
    if (!joined) {
        std::fprintf(stderr, "not every device joined\n");
        return 1;
    }
    const double cpuJoined = cpuSeconds(host.processId());

    QElapsedTimer timer;
    timer.start();
    std::vector<double> roundTrips;
    std::vector<double> fanOut;
    qint64 sentAt = 0;
    qint64 expectedSeq = 0;
    int arrived = 0;
    int wrongOrder = 0;
    for (const auto &connection : room) {
        QObject::connect(
            connection->client().session(), &core::Session::eventRecorded, &app, [&](const core::Event &event) {
                if (event.seq != expectedSeq) {
                    ++wrongOrder;
                    return;
                }
                fanOut.push_back(double(timer.nsecsElapsed() / 1000 - sentAt) / 1000.0);
                ++arrived;
                waiter.wake();
            });
    }
    int failed = 0;
    qint64 knownSeq = team.front()->client().session()->events().constLast().seq;
    for (int i = 0; i < commandCount; ++i) {
        net::SharingConnection &device = *team.at(size_t(i % 3));
        core::Command command = core::commands::AddNote{u"Note %1"_s.arg(i), {}};
        if (i % 3 == 0) {
            command = core::commands::ExtendItem{i % 2 ? 60'000 : -60'000};
        } else if (i % 3 == 1) {
            command = core::commands::ShowMessage{u"Message %1"_s.arg(i)};
        }
        bool answered = false;
        bool accepted = false;
        auto connection = QObject::connect(
            &device.client(), &core::share::ShareClient::outcome, &app, [&](const QString &, bool ok, const QString &) {
                answered = true;
                accepted = ok;
                failed += ok ? 0 : 1;
                waiter.wake();
            });
        // A busy session, not a flood: a command every 10 ms at most (each device stays under its 40 a second).
        const qint64 due = qint64(i) * 10'000; // microseconds since the start
        if (const qint64 early = due - timer.nsecsElapsed() / 1000; early > 0) {
            QTimer::singleShot(int(early / 1000) + 1, &app, [&] { waiter.wake(); });
            [[maybe_unused]] const bool paced = waiter.until([&] { return timer.nsecsElapsed() / 1000 >= due; }, 1'000);
        }
        expectedSeq = knownSeq + 1;
        arrived = 0;
        sentAt = timer.nsecsElapsed() / 1000;
        if (!device.client().send(command)) {
            ++failed;
            QObject::disconnect(connection);
            continue;
        }
        if (!waiter.until([&] { return answered; }, 10'000)) {
            std::fprintf(stderr, "command %d: no answer\n", i);
            return 1;
        }
        roundTrips.push_back(double(timer.nsecsElapsed() / 1000 - sentAt) / 1000.0);
        if (accepted) {
            ++knownSeq;
            if (!waiter.until([&] { return arrived >= observers; }, 10'000)) {
                std::fprintf(stderr, "command %d: not every copy got the event\n", i);
                return 1;
            }
        }
        QObject::disconnect(connection);
    }
    const double seconds = double(timer.elapsed()) / 1000.0;
    const double cpuEnd = cpuSeconds(host.processId());
    const double peak = peakMiB(host.processId());
    // Every copy must hold exactly the host's log.
    int lost = 0;
    int duplicated = 0;
    // The team's copies may still be taking the last events in.
    [[maybe_unused]] const bool settled = QTest::qWaitFor(
        [&] {
            for (const auto &connection : team) {
                if (connection->client().session()->events().constLast().seq < knownSeq) {
                    return false;
                }
            }
            return true;
        },
        10'000);
    const qint64 last = knownSeq;
    for (const auto &list : {&team, &room}) {
        for (const auto &connection : *list) {
            const QList<core::Event> &events = connection->client().session()->events();
            lost += int(last - events.size());
            for (qsizetype i = 0; i < events.size(); ++i) {
                duplicated += events.at(i).seq != i + 1 ? 1 : 0;
            }
        }
    }
    std::printf("devices: 3 team + %d observers, %d commands in %.1f s\n", observers, commandCount, seconds);
    std::printf(
        "command round trip ms: p50 %.2f p99 %.2f\n", percentile(roundTrips, 0.5), percentile(roundTrips, 0.99));
    if (observers > 0) {
        std::printf(
            "fan-out to every observer ms: p50 %.2f p99 %.2f\n", percentile(fanOut, 0.5), percentile(fanOut, 0.99));
    }
    std::printf(
        "events lost %d, duplicated or out of order %d, refused commands %d\n", lost, duplicated + wrongOrder, failed);
    std::printf("host cpu s: joining %.2f, commands %.2f (%.0f%% of one core); peak memory %.1f MiB\n",
                cpuJoined - cpuAtStart,
                cpuEnd - cpuJoined,
                100.0 * (cpuEnd - cpuJoined) / seconds,
                peak);
    team.clear();
    room.clear();
    host.terminate();
    host.waitForFinished(10'000);
    return lost == 0 && duplicated + wrongOrder == 0 ? 0 : 1;
}
