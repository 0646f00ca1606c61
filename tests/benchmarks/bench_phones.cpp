// SPDX-License-Identifier: MIT
// Participants' phones benchmark: a host (moderato-cli share --phones, its own process, on loopback) with a
// co-moderator's device and PHONES phones, all simulated in this process (the phones as the page talks:
// docs/phones.md). The co-moderator approves three takeaways; then, spread over WINDOW seconds, each phone asks for
// the floor, withdraws, sends a question and reacts to the three takeaways (a message every half second), while the
// co-moderator gives the floor FLOORS times, every two seconds. Prints "key: value" lines (phones.sh reads them):
// - console sees a request: from a phone's message to its event in the co-moderator's copy, p50/p99/max;
// - update to all phones: from a floor command to the state naming the new speaker on each phone, p50/p99/max;
// - the host's resident memory before the phones joined and its peak increase after, and its CPU time;
// - from the host's log afterwards (export-log): each phone's events lost or duplicated (exit status 1 if any).
// Run it with --phones 1 for the baseline. The session file is in TMPDIR and the host syncs every event to disk before
// it answers: that disk's sync latency counts (TMPDIR=/dev/shm leaves it out).
// Usage: bench_phones --cli PATH [--phones N] [--floors N] [--window SECONDS]
#include "core/base/eventcatalogue.h"
#include "core/session/session.h"
#include "net/sharingconnection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <numeric>
#include <optional>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr int TakeawayCount = 3;
/// A phone's messages after it joined: floor, withdraw, question, then a reaction to each takeaway.
constexpr int ScriptSteps = 3 + TakeawayCount;
/// Between two messages of one phone (the host takes ten a second from a connection).
constexpr qint64 StepGapUs = 500'000;
/// Between two floor changes.
constexpr qint64 FloorGapUs = 2'000'000;

/// Latencies in ms, and how many never came.
struct Latencies
{
    std::vector<double> ms;
    int missed = 0;

    [[nodiscard]] double percentile(double p) const
    {
        if (ms.empty()) {
            return 0;
        }
        std::vector<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        return sorted[std::min(sorted.size() - 1, size_t(p * double(sorted.size() - 1) + 0.5))];
    }

    /// Prints the percentiles (none without a sample), the count and the missed.
    void print(const char *what) const
    {
        if (!ms.empty()) {
            std::printf("%s p50 ms: %.2f\n", what, percentile(0.5));
            std::printf("%s p99 ms: %.2f\n", what, percentile(0.99));
            std::printf("%s max ms: %.2f\n", what, percentile(1.0));
        }
        std::printf("%s count: %zu\n", what, ms.size());
        std::printf("%s missed: %d\n", what, missed);
    }
};

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

/// A memory line of /proc/PID/status ("VmRSS:", "VmHWM:") in MiB; -1 when unreadable.
double memoryMiB(qint64 pid, const QByteArray &key)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key)) {
            return line.mid(key.size()).trimmed().split(' ').value(0).toDouble() / 1024.0;
        }
    }
    return -1;
}

/// Makes a process's peak resident memory (VmHWM) its resident memory now (Linux: "5" to clear_refs).
bool resetPeakMemory(qint64 pid)
{
    QFile clearRefs(u"/proc/%1/clear_refs"_s.arg(pid));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

/// Runs the event loop until the condition holds or the time is up. It looks every 5 ms: what is measured is
/// stamped where it happens, not here.
bool waitFor(const std::function<bool()> &condition, qint64 timeoutMs)
{
    QElapsedTimer waited;
    waited.start();
    while (!condition()) {
        if (waited.elapsed() >= timeoutMs) {
            return false;
        }
        QEventLoop loop;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

/// Runs moderato-cli to its end; its standard output, or a null array when it failed.
QByteArray runCli(const QString &cli, const QStringList &arguments)
{
    QProcess process;
    process.start(cli, arguments);
    if (!process.waitForFinished(120'000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        std::fprintf(stderr,
                     "moderato-cli %s failed: %s\n",
                     qPrintable(arguments.join(u' ')),
                     process.readAllStandardError().constData());
        process.kill();
        return {};
    }
    QByteArray output = process.readAllStandardOutput();
    return output.isNull() ? QByteArray("") : output;
}

/// Which phone's message an event answers, as "DEVICE KIND" (KIND: join, floor, withdraw, question or react ID);
/// empty for any other event. requestOwners keeps which phone made each request to speak.
QString phoneEventKey(core::EventType type, const QJsonObject &data, QHash<int, QString> *requestOwners)
{
    QString device = data.value(u"device").toString();
    QString kind;
    switch (type) {
    case core::EventType::PhoneJoined:
        kind = u"join"_s;
        break;
    case core::EventType::QueueRequested:
        kind = u"floor"_s;
        if (!device.isEmpty()) {
            requestOwners->insert(data.value(u"request").toInt(), device);
        }
        break;
    case core::EventType::QueueWithdrawn:
        kind = u"withdraw"_s;
        device = requestOwners->value(data.value(u"request").toInt());
        break;
    case core::EventType::InboxQuestion:
        kind = u"question"_s;
        break;
    case core::EventType::TakeawayReaction:
        kind = u"react %1"_s.arg(data.value(u"takeaway").toInt());
        break;
    default:
        return {};
    }
    return device.isEmpty() ? QString() : device + u' ' + kind;
}

/// One participant's phone: the page's WebSocket, with the page's Origin.
struct Phone
{
    std::unique_ptr<QWebSocket> socket;
    QString name;
    QString device;      ///< from the welcome
    int nextRef = 1;     ///< the ref of its next message
    int unanswered = 0;  ///< messages sent with a ref and not answered yet
    bool closed = false; ///< the connection ended or failed
    bool sawFloor = false;
};

/// One message of the script: phone's step-th message, due at dueUs.
struct PlannedMessage
{
    qint64 dueUs = 0;
    size_t phone = 0;
    int step = 0;
};

/// The index-th phone's join: some say their group and how they take part.
QJsonObject joinMessage(size_t index, const QString &name, const QString &pin)
{
    QJsonObject join{{u"t"_s, u"join"_s}, {u"pin"_s, pin}, {u"name"_s, name}};
    if (index % 4 == 1) {
        join.insert(u"group"_s, u"Civil Society"_s);
        join.insert(u"channel"_s, u"online"_s);
    } else if (index % 4 == 2) {
        join.insert(u"group"_s, u"Technical Community"_s);
        join.insert(u"channel"_s, u"hub"_s);
        join.insert(u"hub"_s, u"Nairobi"_s);
    }
    return join;
}

/// The planned message, and in kind what its event will be (as phoneEventKey names it).
QJsonObject
scriptMessage(const PlannedMessage &planned, const QString &name, const QList<int> &takeaways, QString *kind)
{
    switch (planned.step) {
    case 0:
        *kind = u"floor"_s;
        return {{u"t"_s, u"floor"_s}};
    case 1:
        *kind = u"withdraw"_s;
        return {{u"t"_s, u"withdraw"_s}};
    case 2:
        *kind = u"question"_s;
        return {{u"t"_s, u"question"_s}, {u"text"_s, u"%1 asks: who pays for the last mile?"_s.arg(name)}};
    default:
        break;
    }
    const int takeaway = takeaways.at(planned.step - 3);
    const bool agree = (planned.phone + size_t(planned.step)) % 3 != 0;
    *kind = u"react %1"_s.arg(takeaway);
    return {{u"t"_s, u"react"_s}, {u"takeaway"_s, takeaway}, {u"reaction"_s, agree ? u"agree"_s : u"disagree"_s}};
}

/// What the host printed when it started: the co-moderator's join address, the page and the room PIN.
struct HostAddresses
{
    QString coModerator;
    QString page;
    QString pin;
};

std::optional<HostAddresses> readAddresses(QProcess &host)
{
    QString output;
    for (int i = 0; i < 100 && !output.contains(u"Room PIN: "_s); ++i) {
        host.waitForReadyRead(200);
        output += QString::fromUtf8(host.readAllStandardOutput());
    }
    HostAddresses addresses;
    for (const QString &line : output.split(u'\n')) {
        if (line.startsWith(u"co_moderator "_s)) {
            addresses.coModerator = line.section(u' ', 1).trimmed();
        } else if (line.startsWith(u"phones "_s)) {
            addresses.page = line.section(u' ', 1).trimmed();
        } else if (line.startsWith(u"Room PIN: "_s)) {
            addresses.pin = line.section(u' ', 2).trimmed();
        }
    }
    if (addresses.coModerator.isEmpty() || !addresses.page.startsWith(u"http://127.0.0.1:"_s)
        || addresses.pin.isEmpty()) {
        std::fprintf(stderr, "the host did not start: %s\n", qPrintable(output));
        return std::nullopt;
    }
    return addresses;
}

/// Each phone's events in the host's log (export-log), against exactly one of each it asked for.
struct LogCount
{
    int lost = 0;
    int duplicated = 0;
    int unknown = 0; ///< events of phones the benchmark never heard of
};

LogCount countPhoneEvents(const QByteArray &log, const QStringList &devices, const QList<int> &takeaways)
{
    QHash<QString, int> logged; // phoneEventKey -> events
    QHash<int, QString> owners;
    for (const QByteArray &line : log.split('\n')) {
        const QJsonObject event = QJsonDocument::fromJson(line).object();
        if (const auto type = core::EventCatalogue::fromName(event.value(u"type").toString())) {
            if (const QString key = phoneEventKey(*type, event.value(u"data").toObject(), &owners); !key.isEmpty()) {
                ++logged[key];
            }
        }
    }
    QStringList kinds{u"join"_s, u"floor"_s, u"withdraw"_s, u"question"_s};
    for (const int takeaway : takeaways) {
        kinds.append(u"react %1"_s.arg(takeaway));
    }
    LogCount count;
    for (const QString &device : devices) {
        for (const QString &kind : std::as_const(kinds)) {
            const int events = device.isEmpty() ? 0 : logged.take(device + u' ' + kind);
            count.lost += events == 0 ? 1 : 0;
            count.duplicated += std::max(0, events - 1);
        }
    }
    for (const int events : std::as_const(logged)) {
        count.unknown += events;
    }
    return count;
}

/// The lines of the host's stderr besides its usual ones (phones connected, devices), each with how often it came.
QMap<QString, int> unusualLines(const QString &path)
{
    QMap<QString, int> lines;
    if (QFile file(path); file.open(QIODevice::ReadOnly)) {
        for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
            if (!line.isEmpty() && !line.startsWith(u"Phones connected: "_s) && !line.startsWith(u"Devices: "_s)) {
                ++lines[line];
            }
        }
    }
    return lines;
}

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
    const int phoneCount = option(u"--phones"_s, u"300"_s).toInt();
    const int floorChanges = option(u"--floors"_s, u"10"_s).toInt();
    const int windowSeconds = option(u"--window"_s, u"20"_s).toInt();
    if (cli.isEmpty() || phoneCount <= 0 || phoneCount > 1000 || floorChanges < 0 || windowSeconds < 0) {
        std::fprintf(stderr, "usage: bench_phones --cli PATH [--phones N] [--floors N] [--window SECONDS]\n");
        return 2;
    }
    QElapsedTimer stopwatch;
    stopwatch.start();
    auto nowUs = [&] { return stopwatch.nsecsElapsed() / 1000; };

    // The demo workshop as a session file, shared by a host that stops by itself.
    QTemporaryDir dir;
    const QString script = dir.filePath(u"empty.txt"_s);
    const QString path = dir.filePath(u"phones.moderato"_s);
    if (QFile empty(script); !empty.open(QIODevice::WriteOnly)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(script));
        return 1;
    }
    if (runCli(cli, {u"replay"_s, script, u"-o"_s, path}).isNull()) {
        return 1;
    }
    QProcess host;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LANG"_s, u"C"_s);
    environment.insert(u"LC_ALL"_s, u"C"_s);
    host.setProcessEnvironment(environment);
    const QString hostErrors = dir.filePath(u"host-stderr.txt"_s);
    host.setStandardErrorFile(hostErrors);
    const int hostSeconds = 300 + windowSeconds + floorChanges * int(FloorGapUs / 1'000'000);
    host.start(cli,
               {u"share"_s,
                path,
                u"--listen"_s,
                u"127.0.0.1:0"_s,
                u"--phones"_s,
                u"0"_s,
                u"--for"_s,
                QString::number(hostSeconds)});
    const auto addresses = readAddresses(host);
    const auto joinAddress = net::JoinAddress::parse(addresses ? addresses->coModerator : QString());
    if (!addresses || !joinAddress) {
        return 1;
    }
    const QString pageUrl = addresses->page;
    const QString pin = addresses->pin;
    const qint64 hostPid = host.processId();

    // The co-moderator's device: approves the takeaways, gives the floor, and its copy is the console's view.
    core::SystemClock systemClock;
    net::SharingConnection coModerator(systemClock, joinAddress.value(), u"co"_s, u"co"_s);
    core::share::ShareClient &console = coModerator.client();
    coModerator.open();
    if (!waitFor([&] { return console.session() != nullptr; }, 30'000)) {
        std::fprintf(stderr, "the co-moderator did not join\n");
        return 1;
    }
    int commandsAnswered = 0;
    int commandsRefused = 0;
    QObject::connect(
        &console, &core::share::ShareClient::outcome, &app, [&](const QString &, bool ok, const QString &e) {
            ++commandsAnswered;
            if (!ok) {
                ++commandsRefused;
                std::fprintf(stderr, "the host refused a command: %s\n", qPrintable(e));
            }
        });
    for (int i = 1; i <= TakeawayCount; ++i) {
        if (!console.send(core::commands::ApproveTakeaway{u"Takeaway %1: access needs local languages"_s.arg(i)})) {
            std::fprintf(stderr, "cannot send a takeaway\n");
            return 1;
        }
    }
    QList<int> takeaways;
    const bool approved = waitFor(
        [&] {
            takeaways.clear();
            for (const core::Event &event : console.session()->events()) {
                if (event.type == core::EventType::TakeawayApproved) {
                    takeaways.append(event.data.value(u"id").toInt());
                }
            }
            return takeaways.size() == TakeawayCount;
        },
        10'000);
    // Whom the co-moderator gives the floor: the workshop's own people, in turn.
    QList<std::pair<int, QString>> speakers;
    for (const core::Participant &participant : console.session()->state().floor().participants()) {
        if (!participant.name.isEmpty()) {
            speakers.append({participant.id, participant.name});
        }
    }
    if (!approved || speakers.size() < 2) {
        std::fprintf(stderr, "no takeaways approved, or fewer than two people to give the floor\n");
        return 1;
    }

    // The console's view: every phone's event in the co-moderator's copy, matched to the message that caused it.
    QHash<QString, qint64> awaited; // phoneEventKey -> when the phone sent its message (us)
    QHash<int, QString> liveOwners;
    Latencies consoleSees;
    int unexpectedEvents = 0;
    auto onConsoleEvent = [&](const core::Event &event) {
        if (event.type == core::EventType::PhoneJoined) {
            return;
        }
        const QString key = phoneEventKey(event.type, event.data, &liveOwners);
        if (key.isEmpty()) {
            return;
        }
        const auto it = awaited.constFind(key);
        if (it == awaited.cend()) {
            ++unexpectedEvents;
            return;
        }
        consoleSees.ms.push_back(double(nowUs() - it.value()) / 1000.0);
        awaited.erase(it);
    };
    QMetaObject::Connection consoleEvents =
        QObject::connect(console.session(), &core::Session::eventRecorded, &app, onConsoleEvent);
    int resyncs = 0;
    QObject::connect(&console, &core::share::ShareClient::sessionReplaced, &app, [&] {
        ++resyncs;
        QObject::disconnect(consoleEvents);
        consoleEvents = QObject::connect(console.session(), &core::Session::eventRecorded, &app, onConsoleEvent);
    });

    const bool peakReset = resetPeakMemory(hostPid);
    const double rssBefore = memoryMiB(hostPid, "VmRSS:");
    const double cpuBefore = cpuSeconds(hostPid);

    // The phones join, all at once (the room scans the QR code when it is shown).
    QString origin = pageUrl;
    origin.chop(origin.endsWith(u'/') ? 1 : 0);
    QUrl webSocketUrl(pageUrl);
    webSocketUrl.setScheme(u"ws"_s);
    webSocketUrl.setPath(u"/ws"_s);
    std::vector<Phone> phones(static_cast<size_t>(phoneCount));
    QMap<QString, int> refusals; // error code -> how many
    int answered = 0;
    int disconnects = 0;
    bool closing = false;
    // The floor change being measured: whose name the phones wait for, since when.
    QString floorName;
    qint64 floorSentUs = -1;
    int sawFloor = 0;
    Latencies updateAll;

    auto sendFrom = [&](Phone &phone, QJsonObject message) {
        message.insert(u"ref"_s, phone.nextRef++);
        ++phone.unanswered;
        phone.socket->sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
    };
    auto onPhoneMessage = [&](Phone &phone, const QString &text) {
        const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
        const QString type = message.value(u"t").toString();
        if (type == u"state") {
            if (floorSentUs >= 0 && !phone.sawFloor
                && message.value(u"floor").toObject().value(u"name").toString() == floorName) {
                phone.sawFloor = true;
                ++sawFloor;
                updateAll.ms.push_back(double(nowUs() - floorSentUs) / 1000.0);
            }
        } else if (type == u"ok") {
            ++answered;
            --phone.unanswered;
        } else if (type == u"error") {
            ++refusals[message.value(u"code").toString()];
            phone.unanswered -= message.contains(u"ref") ? 1 : 0;
        } else if (type == u"welcome") {
            phone.device = message.value(u"device").toString();
        } else if (type == u"bye") {
            ++refusals[u"bye "_s + message.value(u"code").toString()];
        }
    };
    const qint64 joinStartUs = nowUs();
    for (size_t i = 0; i < phones.size(); ++i) {
        Phone &phone = phones[i];
        phone.name = u"Phone %1"_s.arg(i + 1, 4, 10, QChar(u'0'));
        phone.socket = std::make_unique<QWebSocket>(origin);
        QObject::connect(phone.socket.get(), &QWebSocket::connected, &app, [&, i] {
            sendFrom(phones[i], joinMessage(i, phones[i].name, pin));
        });
        QObject::connect(phone.socket.get(), &QWebSocket::textMessageReceived, &app, [&, i](const QString &text) {
            onPhoneMessage(phones[i], text);
        });
        QObject::connect(phone.socket.get(), &QWebSocket::disconnected, &app, [&, i] {
            phones[i].closed = true;
            disconnects += closing ? 0 : 1;
        });
        phone.socket->open(webSocketUrl);
        if (i % 50 == 49) {
            QCoreApplication::processEvents();
        }
    }
    auto joinedCount = [&] {
        return int(std::count_if(phones.cbegin(), phones.cend(), [](const Phone &p) { return !p.device.isEmpty(); }));
    };
    // Until each phone joined or the host closed it (a phone the host turned away does not knock again here).
    const bool allJoined = waitFor(
                               [&] {
                                   return std::all_of(phones.cbegin(), phones.cend(), [](const Phone &p) {
                                       return !p.device.isEmpty() || p.closed;
                                   });
                               },
                               120'000)
                           && joinedCount() == phoneCount;
    const double joinSeconds = double(nowUs() - joinStartUs) / 1e6;
    const int joined = joinedCount();
    const double cpuJoined = cpuSeconds(hostPid);
    const double rssJoined = memoryMiB(hostPid, "VmRSS:");
    const double benchCpuJoined = cpuSeconds(QCoreApplication::applicationPid());
    if (!allJoined) {
        std::fprintf(stderr, "%d of %d phones joined\n", joined, phoneCount);
    }

    // The scripted session: each phone's six messages half a second apart, the phones' starts spread evenly.
    const qint64 sessionStartUs = nowUs() + 100'000;
    std::vector<PlannedMessage> plan;
    for (size_t i = 0; i < phones.size(); ++i) {
        if (phones[i].device.isEmpty()) {
            continue;
        }
        const qint64 startUs = sessionStartUs + qint64(windowSeconds) * 1'000'000 * qint64(i) / phoneCount;
        for (int step = 0; step < ScriptSteps; ++step) {
            plan.push_back({startUs + step * StepGapUs, i, step});
        }
    }
    std::stable_sort(
        plan.begin(), plan.end(), [](const PlannedMessage &a, const PlannedMessage &b) { return a.dueUs < b.dueUs; });
    int sent = 0;
    auto sendPlanned = [&](const PlannedMessage &planned) {
        Phone &phone = phones[planned.phone];
        QString kind;
        const QJsonObject message = scriptMessage(planned, phone.name, takeaways, &kind);
        awaited.insert(phone.device + u' ' + kind, nowUs());
        sendFrom(phone, message);
        ++sent;
    };
    size_t nextPlanned = 0;
    QTimer sender;
    sender.setSingleShot(true);
    sender.setTimerType(Qt::PreciseTimer);
    QObject::connect(&sender, &QTimer::timeout, &app, [&] {
        while (nextPlanned < plan.size() && plan[nextPlanned].dueUs <= nowUs()) {
            sendPlanned(plan[nextPlanned++]);
        }
        if (nextPlanned < plan.size()) {
            sender.start(int(std::max<qint64>(0, plan[nextPlanned].dueUs - nowUs()) / 1000));
        }
    });
    sender.start(int((sessionStartUs - nowUs()) / 1000));
    // This process's own delays count in what it measures: its event loop's longest stall says how much.
    qint64 lastBeatUs = nowUs();
    qint64 longestStallUs = 0;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    QObject::connect(&heartbeat, &QTimer::timeout, &app, [&] {
        longestStallUs = std::max(longestStallUs, nowUs() - lastBeatUs - 5'000);
        lastBeatUs = nowUs();
    });
    heartbeat.start(5);

    // Meanwhile the co-moderator gives the floor, each time to someone else, and every phone must show it.
    int floorsGiven = 0;
    for (int round = 0; joined > 0 && round < floorChanges; ++round) {
        const qint64 dueUs = sessionStartUs + FloorGapUs / 2 + round * FloorGapUs;
        [[maybe_unused]] const bool due = waitFor([&] { return nowUs() >= dueUs; }, 60'000);
        const auto &[speaker, name] = speakers.at(round % speakers.size());
        floorName = name;
        sawFloor = 0;
        for (Phone &phone : phones) {
            phone.sawFloor = false;
        }
        core::Who who;
        who.participant = speaker;
        floorSentUs = nowUs();
        if (!console.send(core::commands::GiveFloor{who})) {
            std::fprintf(stderr, "cannot send the floor command\n");
            return 1;
        }
        if (!waitFor([&] { return sawFloor >= joined; }, 10'000)) {
            updateAll.missed += joined - sawFloor;
        }
        floorSentUs = -1;
        ++floorsGiven;
    }

    // The end: every message answered, every event in the console's copy.
    const bool settled = waitFor(
        [&] {
            return nextPlanned == plan.size() && awaited.isEmpty()
                   && std::all_of(phones.cbegin(), phones.cend(), [](const Phone &p) { return p.unanswered <= 0; })
                   && commandsAnswered == TakeawayCount + floorsGiven;
        },
        60'000);
    const double sessionSeconds = double(std::max<qint64>(0, nowUs() - sessionStartUs)) / 1e6;
    heartbeat.stop();
    consoleSees.missed = int(awaited.size());
    const double cpuEnd = cpuSeconds(hostPid);
    const double rssEnd = memoryMiB(hostPid, "VmRSS:");
    const double peakEnd = memoryMiB(hostPid, "VmHWM:");
    const double benchCpu = cpuSeconds(QCoreApplication::applicationPid());
    if (!settled) {
        std::fprintf(stderr,
                     "not settled: %zu of %zu messages sent, %lld events not seen by the console\n",
                     nextPlanned,
                     plan.size(),
                     qlonglong(awaited.size()));
    }
    if (!peakReset) {
        std::fprintf(stderr, "the host's peak memory could not be reset: its increase is an upper bound\n");
    }

    QStringList devices;
    for (const Phone &phone : phones) {
        devices.append(phone.device); // empty for a phone that never joined
    }
    closing = true;
    for (Phone &phone : phones) {
        phone.socket->close();
    }
    [[maybe_unused]] const bool closed = waitFor(
        [&] {
            return std::all_of(phones.cbegin(), phones.cend(), [](const Phone &p) {
                return p.socket->state() == QAbstractSocket::UnconnectedState;
            });
        },
        5'000);
    phones.clear();
    coModerator.close();
    host.terminate();
    if (!host.waitForFinished(10'000)) {
        host.kill();
        host.waitForFinished(5'000);
    }

    // Exactly once, in the host's log: each phone's join, request, withdrawal, question and reactions.
    const QByteArray log = runCli(cli, {u"export-log"_s, path});
    const LogCount count = countPhoneEvents(log, devices, takeaways);

    // What the host said besides its usual lines.
    const QMap<QString, int> hostSaid = unusualLines(hostErrors);
    for (auto it = hostSaid.cbegin(); it != hostSaid.cend(); ++it) {
        std::fprintf(stderr, "host (%d times): %s\n", it.value(), qPrintable(it.key()));
    }

    std::printf("phones: %d\n", phoneCount);
    std::printf("phones joined: %d\n", joined);
    std::printf("join s: %.2f\n", joinSeconds);
    std::printf("session s: %.2f\n", sessionSeconds);
    std::printf("phone messages sent: %d\n", sent);
    std::printf("phone answers ok: %d\n", answered);
    std::printf("phone messages refused: %d\n", int(std::accumulate(refusals.cbegin(), refusals.cend(), 0)));
    for (auto it = refusals.cbegin(); it != refusals.cend(); ++it) {
        std::printf("phone refusals %s: %d\n", qPrintable(it.key()), it.value());
    }
    std::printf("phone disconnects: %d\n", disconnects);
    std::printf("floor changes: %d\n", floorsGiven);
    std::printf("commands refused: %d\n", commandsRefused);
    consoleSees.print("console sees request");
    std::printf("console unexpected events: %d\n", unexpectedEvents);
    std::printf("console resyncs: %d\n", resyncs);
    updateAll.print("update to all phones");
    std::printf("host rss before phones MiB: %.1f\n", rssBefore);
    std::printf("host rss joined MiB: %.1f\n", rssJoined);
    std::printf("host rss end MiB: %.1f\n", rssEnd);
    std::printf("host peak increase MiB: %.1f\n", peakEnd - rssBefore);
    std::printf("host cpu joining s: %.2f\n", cpuJoined - cpuBefore);
    std::printf("host cpu session s: %.2f\n", cpuEnd - cpuJoined);
    std::printf("host cpu session %%: %.0f\n", 100.0 * (cpuEnd - cpuJoined) / std::max(sessionSeconds, 0.001));
    std::printf("bench cpu session %%: %.0f\n", 100.0 * (benchCpu - benchCpuJoined) / std::max(sessionSeconds, 0.001));
    std::printf("bench loop stall max ms: %.1f\n", double(longestStallUs) / 1000.0);
    std::printf("host other messages: %d\n", int(std::accumulate(hostSaid.cbegin(), hostSaid.cend(), 0)));
    std::printf("events lost: %d\n", count.lost);
    std::printf("events duplicated: %d\n", count.duplicated);
    std::printf("events of unknown phones: %d\n", count.unknown);
    return allJoined && settled && !log.isNull() && count.lost + count.duplicated + count.unknown == 0 ? 0 : 1;
}
