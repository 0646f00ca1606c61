// SPDX-License-Identifier: MIT
// Opening a large session: the time to open a 10,000- and a 50,000-event session read-write (check the file,
// fold the log, switch to writing, rebuild the notes' search index), as medians of several runs, next to
// baselines measured in the same go on the same file: the same file opened read-only (check and fold, no
// writing), and the notes' index rebuilt the way earlier versions did (a transaction, so a sync, per note).
// Usage: bench_open [--runs N] [--events N ...] [--keep FILE]   (--keep: build one session into FILE and exit)
#include "core/base/clock.h"
#include "core/io/proposalimporter.h"
#include "core/session/session.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

/// A session of about `events` events: notes, requests to speak, turns, pauses, as a long session has.
bool buildSession(const QString &path, int events)
{
    core::FakeClock clock(1'700'000'000'000);
    auto session = core::Session::create(path, core::ProposalImporter::demoWorkshop().value(), clock);
    if (!session) {
        std::fprintf(stderr, "bench_open: %s\n", qPrintable(core::errorMessage(session.error())));
        return false;
    }
    core::Session &s = *session.value();
    if (!s.start()) {
        return false;
    }
    QList<int> people;
    for (int i = 0; i < 20; ++i) {
        core::Participant person;
        person.name = u"Participant %1"_s.arg(i);
        auto id = s.addParticipant(person);
        if (!id) {
            return false;
        }
        people.append(id.value());
    }
    int k = 0;
    while (s.events().size() < events) {
        ++k;
        clock.advance(1s);
        bool ok = s.addNote(u"Note %1 on the supply chain: baseline requirements, certification and trust"_s.arg(k), {})
                      .has_value();
        ok = ok && s.requestToSpeak(people.at(k % people.size())).has_value();
        ok = ok && s.giveFloorFromQueue().has_value();
        clock.advance(2s);
        ok = ok && s.endTurn().has_value();
        ok = ok && s.pause().has_value();
        ok = ok && s.resume().has_value();
        if (!ok) {
            std::fprintf(stderr,
                         "bench_open: building the session failed at event %lld\n",
                         static_cast<long long>(s.events().size()));
            return false;
        }
    }
    return true;
}

/// The notes' index rebuilt as before: one statement, so one transaction and one sync, per note.
double rebuildPerNote(const QString &path, const QList<std::pair<int, QString>> &notes)
{
    QElapsedTimer timer;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"per-note"_s);
        db.setDatabaseName(path);
        db.open();
        QSqlQuery query(db);
        query.exec(u"PRAGMA journal_mode = WAL"_s);
        query.exec(u"PRAGMA synchronous = FULL"_s);
        timer.start();
        query.exec(u"DELETE FROM notes_fts"_s);
        for (const auto &[id, text] : notes) {
            query.prepare(u"DELETE FROM notes_fts WHERE rowid = ?"_s);
            query.addBindValue(id);
            query.exec();
            query.prepare(u"INSERT INTO notes_fts (rowid, text) VALUES (?, ?)"_s);
            query.addBindValue(id);
            query.addBindValue(text);
            query.exec();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"per-note"_s);
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int runs = 7;
    QList<int> sizes;
    QString keep;
    const QStringList arguments = QCoreApplication::arguments();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == u"--runs" && i + 1 < arguments.size()) {
            runs = std::max(1, arguments.at(++i).toInt());
        } else if (arguments.at(i) == u"--keep" && i + 1 < arguments.size()) {
            keep = arguments.at(++i);
        } else if (arguments.at(i) == u"--events" && i + 1 < arguments.size()) {
            sizes.append(arguments.at(++i).toInt());
        } else {
            std::fprintf(stderr, "usage: bench_open [--runs N] [--events N ...] [--keep FILE]\n");
            return 2;
        }
    }
    if (sizes.isEmpty()) {
        sizes = {10'000, 50'000};
    }
    // The sessions are built where syncs are cheap when there is such a place (building is not measured),
    // then copied next to where a user keeps sessions, where every open is measured.
    QTemporaryDir build(QDir(u"/dev/shm"_s).exists() ? u"/dev/shm/bench_open-XXXXXX"_s : QString());
    QTemporaryDir work;
    if (!build.isValid() || !work.isValid()) {
        std::fprintf(stderr, "bench_open: no temporary folder\n");
        return 1;
    }
    core::SystemClock clock;
    std::printf("%-8s %7s %14s %14s %9s %16s %16s %9s\n",
                "events",
                "notes",
                "open rw (ms)",
                "open ro (ms)",
                "rw/ro",
                "index (ms)",
                "per note (ms)",
                "speedup");
    for (const int size : sizes) {
        const QString built = build.filePath(u"built-%1.moderato"_s.arg(size));
        if (!buildSession(built, size)) {
            return 1;
        }
        if (!keep.isEmpty()) {
            // --keep FILE: only build the session, for a profiler to open it.
            QFile::remove(keep);
            return QFile::copy(built, keep) ? 0 : 1;
        }
        const QString path = work.filePath(u"session-%1.moderato"_s.arg(size));
        QFile::remove(path);
        if (!QFile::copy(built, path)) {
            return 1;
        }
        std::vector<double> readWrite;
        std::vector<double> readOnly;
        std::vector<double> perNote;
        std::vector<double> index;
        QList<std::pair<int, QString>> notes;
        qsizetype events = 0;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            {
                auto session = core::Session::open(path, clock, core::SessionStore::Mode::ReadOnly);
                if (!session) {
                    std::fprintf(stderr, "bench_open: %s\n", qPrintable(core::errorMessage(session.error())));
                    return 1;
                }
                events = session.value()->events().size();
            }
            readOnly.push_back(double(timer.nsecsElapsed()) / 1e6);
            timer.start();
            {
                auto session = core::Session::open(path, clock);
                if (!session) {
                    std::fprintf(stderr, "bench_open: %s\n", qPrintable(core::errorMessage(session.error())));
                    return 1;
                }
                readWrite.push_back(double(timer.nsecsElapsed()) / 1e6);
                notes.clear();
                for (const core::Note &note : session.value()->state().notes().notes()) {
                    notes.append({note.id, note.text});
                }
            }
            perNote.push_back(rebuildPerNote(path, notes));
        }
        // The index alone, rebuilt the current way (one transaction), on the same file.
        for (int run = 0; run < runs; ++run) {
            auto store = core::SessionStore::open(path);
            if (!store) {
                return 1;
            }
            QElapsedTimer timer;
            timer.start();
            if (!store.value()->rebuildNoteIndex(notes)) {
                return 1;
            }
            index.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        std::printf("%-8lld %7lld %14.1f %14.1f %9.2f %16.1f %16.1f %8.1fx\n",
                    static_cast<long long>(events),
                    static_cast<long long>(notes.size()),
                    median(readWrite),
                    median(readOnly),
                    median(readWrite) / median(readOnly),
                    median(index),
                    median(perNote),
                    median(perNote) / median(index));
    }
    std::printf("(medians of %d runs; the session files in %s)\n", runs, qPrintable(QDir::tempPath()));
    return 0;
}
