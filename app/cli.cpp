// SPDX-License-Identifier: MIT
// moderato-cli: the same session files as the app, for scripts and tests. No display needed.
#include "core/base/clock.h"
#include "core/io/eventlog.h"
#include "core/io/proposalimporter.h"
#include "core/io/replayscript.h"
#include "core/io/report.h"
#include "core/rapporteur/drafter.h"
#include "core/rapporteur/draftlanguage.h"
#include "core/session/command.h"
#include "core/session/session.h"
#include "core/session/sessionstats.h"
#include "core/session/sessiontranscript.h"
#include "core/share/joincodes.h"
#include "core/store/filelock.h"
#include "core/store/workfolder.h"
#include "net/phoneserver.h"
#include "net/sharingconnection.h"
#include "net/sharingserver.h"
#include "reportwriter/reportexporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <cstring>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static int run(const QStringList &arguments);

private:
    static int importProposal(const QStringList &arguments);
    static int replay(const QStringList &arguments);
    static int stats(const QStringList &arguments);
    static int exportLog(const QStringList &arguments);
    static int importLog(const QStringList &arguments);
    static int summarize(const QStringList &arguments);
    static int transcript(const QStringList &arguments);
    static int report(const QStringList &arguments);
    static int briefing(const QStringList &arguments);
    static int command(const QStringList &arguments);
    static int commands(const QStringList &arguments);
    static int share(const QStringList &arguments);
    static int join(const QStringList &arguments);
    static int usageError(const QString &message);
    /// Parses a command's arguments; returns an exit code when done (bad usage, --help), else -1.
    static int parseCommand(QCommandLineParser &parser, const QStringList &arguments);
    static int fail(const QString &message);
    /// Whether outputPath may be written: absent, or present with --force and not open anywhere.
    /// Returns an exit code when it may not, else -1.
    static int checkOutput(const QString &outputPath, bool force);
    /// Opens a session read-only for a command, printing what the open found (a stray log ignored).
    static core::Result<std::unique_ptr<core::Session>> openForReading(const QString &path, const core::Clock &clock);
    static QString commandsHelp();
};

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int Cli::usageError(const QString &message)
{
    err() << u"moderato-cli: "_s << message << u'\n' << tr("Try 'moderato-cli --help'.") << u'\n';
    err().flush();
    return 2;
}

int Cli::parseCommand(QCommandLineParser &parser, const QStringList &arguments)
{
    if (!parser.parse(arguments)) {
        return usageError(parser.errorText());
    }
    if (parser.isSet(u"help"_s)) {
        out() << parser.helpText();
        return 0;
    }
    return -1;
}

int Cli::fail(const QString &message)
{
    err() << u"moderato-cli: "_s << message << u'\n';
    err().flush();
    return 1;
}

int Cli::checkOutput(const QString &outputPath, bool force)
{
    const QFileInfo info(outputPath);
    if (!info.exists() && !info.isSymLink()) {
        return -1;
    }
    if (!force) {
        return fail(core::errorMessage({core::ErrorCode::FileExists, outputPath}));
    }
    if (!info.isFile()) {
        return fail(core::errorMessage({core::ErrorCode::InvalidArgument, tr("%1 is not a file").arg(outputPath)}));
    }
    // Refuse now rather than after the work: a file open in a window is never replaced (checked again at the end).
    auto lock = core::FileLock::acquire(outputPath, core::FileLock::Kind::Exclusive);
    if (!lock) {
        return fail(core::errorMessage(lock.error()));
    }
    if (core::SessionFiles::inUseBySqlite(outputPath)) {
        return fail(core::errorMessage({core::ErrorCode::Locked, outputPath}));
    }
    return -1;
}

core::Result<std::unique_ptr<core::Session>> Cli::openForReading(const QString &path, const core::Clock &clock)
{
    auto session = core::Session::open(path, clock, core::SessionStore::Mode::ReadOnly);
    if (session) {
        for (const QString &warning : session.value()->openWarnings()) {
            err() << tr("warning: %1").arg(warning) << u'\n';
        }
        err().flush();
    }
    return session;
}

QString Cli::commandsHelp()
{
    return tr("Commands:\n"
              "  import-proposal FILE [-o SESSION] [--force]\n"
              "                 Read an IGF workshop proposal (plain text) and print it as JSON;\n"
              "                 with -o, also create a session file from it.\n"
              "  replay SCRIPT -o SESSION [--from SESSION] [--force]\n"
              "                 Apply a timed script of moderator actions to a new session\n"
              "                 (built from the demo workshop, or from --from SESSION).\n"
              "  stats SESSION [--json]\n"
              "                 Planned and actual time of the session and of each agenda item;\n"
              "                 speaking time by person, stakeholder group, region, gender, channel.\n"
              "  export-log SESSION\n"
              "                 Print the session's event log as JSON Lines.\n"
              "  import-log JSONL -o SESSION [--force]\n"
              "                 Rebuild a session file from an event log.\n"
              "  summarize TRANSCRIPT [--notes FILE] [--words N] [--language CODE] [--json]\n"
              "                 Draft a discussion summary, key takeaways, calls to action and topics.\n"
              "  transcript import SESSION FILE [--offset HH:MM[:SS] | --at-start]\n"
              "                 Import a transcript (plain text, SRT or WebVTT) into a session; timed\n"
              "                 turns are placed in the agenda items and speakers matched to people.\n"
              "  report SESSION --format md|html|odt|pdf -o OUT [--proposal FILE] [--sources] [--force]\n"
              "                 The IGF session report (with the proposal, its drafts also\n"
              "                 draw on the proposal's description; with --sources, where each\n"
              "                 drafted line comes from, as numbered notes).\n"
              "  report SESSION --participation [--json]\n"
              "                 Print the participation: the rapporteur's figures, else the\n"
              "                 estimate from who took part.\n"
              "  briefing SESSION --format md|html|odt|pdf -o OUT [--start HH:MM] [--no-questions]\n"
              "                 The briefing pack for speakers and co-moderators.\n"
              "  command SESSION JSON... [--as ROLE]\n"
              "                 Run commands on a session, each {\"command\": NAME, ...} and one event.\n"
              "  commands [--json]\n"
              "                 List every command, its fields and the roles that may issue it.\n"
              "  share SESSION [--listen ADDRESS:PORT] [--for SECONDS] [--phones PORT]\n"
              "                 Share a session with other devices, without a window; prints each\n"
              "                 role's join address (with --phones: the participants' page and PIN).\n"
              "  join ADDRESS --name NAME replay SCRIPT\n"
              "                 Join a shared session and send a replay script's actions as commands.\n"
              "Run 'moderato-cli COMMAND --help' for the options of a command.");
}

int Cli::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Moderato on the command line: works on .moderato session files.") + u"\n\n"_s
                                     + commandsHelp());
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help."));
    const QCommandLineOption version({u"v"_s, u"version"_s}, tr("Show the version."));
    parser.addOption(help);
    parser.addOption(version);
    parser.addPositionalArgument(
        u"command"_s,
        tr("import-proposal, replay, stats, export-log, import-log, summarize, transcript, report, briefing, "
           "command, commands, share or join"));
    if (!parser.parse(arguments)) {
        return usageError(parser.errorText());
    }
    if (parser.isSet(version)) {
        out() << u"moderato-cli " MODERATO_VERSION "\n"_s;
        return 0;
    }
    const QStringList rest = parser.positionalArguments();
    if (parser.isSet(help) || rest.isEmpty()) {
        out() << parser.helpText();
        return rest.isEmpty() && !parser.isSet(help) ? 2 : 0;
    }
    const QString command = rest.constFirst();
    const QStringList commandArguments = QStringList{u"moderato-cli "_s + command} + rest.mid(1);
    if (command == u"import-proposal") {
        return importProposal(commandArguments);
    }
    if (command == u"replay") {
        return replay(commandArguments);
    }
    if (command == u"stats") {
        return stats(commandArguments);
    }
    if (command == u"export-log") {
        return exportLog(commandArguments);
    }
    if (command == u"import-log") {
        return importLog(commandArguments);
    }
    if (command == u"summarize") {
        return summarize(commandArguments);
    }
    if (command == u"transcript") {
        return transcript(commandArguments);
    }
    if (command == u"report") {
        return report(commandArguments);
    }
    if (command == u"briefing") {
        return briefing(commandArguments);
    }
    if (command == u"command") {
        return Cli::command(commandArguments);
    }
    if (command == u"commands") {
        return commands(commandArguments);
    }
    if (command == u"share") {
        return share(commandArguments);
    }
    if (command == u"join") {
        return join(commandArguments);
    }
    return usageError(tr("unknown command \"%1\"").arg(command));
}

int Cli::importProposal(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Read an IGF workshop proposal (plain text, as copied from the IGF website) and print the session it "
           "describes as JSON. What could not be read is reported as warnings on standard error."));
    parser.addHelpOption();
    const QCommandLineOption output({u"o"_s, u"output"_s}, tr("Also create this session file."), tr("SESSION"));
    const QCommandLineOption force(u"force"_s, tr("Replace the output file if it exists."));
    parser.addOptions({output, force});
    parser.addPositionalArgument(u"proposal"_s, tr("The proposal, a UTF-8 text file."));
    if (const int done = parseCommand(parser, arguments); done >= 0) {
        return done;
    }
    if (parser.positionalArguments().size() != 1) {
        return usageError(tr("import-proposal needs exactly one proposal file"));
    }
    const QString proposalPath = parser.positionalArguments().constFirst();
    const QString outputPath = parser.value(output);
    if (parser.isSet(output)) {
        if (const int refused = checkOutput(outputPath, parser.isSet(force)); refused >= 0) {
            return refused;
        }
    }
    auto imported = core::ProposalImporter::fromFile(proposalPath);
    if (!imported) {
        const core::Error &error = imported.error();
        return fail(error.code == core::ErrorCode::FileNotFound
                        ? core::errorMessage(error)
                        : u"%1: %2"_s.arg(proposalPath, core::errorMessage(error)));
    }
    for (const QString &warning : std::as_const(imported->warnings)) {
        err() << tr("warning: %1").arg(warning) << u'\n';
    }
    err().flush();

    if (parser.isSet(output)) {
        // Build in a temporary file next to the output; it becomes the output only when complete.
        auto work = core::WorkFolder::create(QFileInfo(outputPath).absolutePath(), u"import"_s);
        if (!work) {
            return fail(core::errorMessage(work.error()));
        }
        core::SystemClock clock;
        auto session =
            core::Session::create(work.value()->filePath(u"proposal.moderato"_s), imported->definition, clock);
        if (!session) {
            return fail(core::errorMessage(session.error()));
        }
        if (auto ok = session.value()->saveCopyAs(outputPath); !ok) {
            return fail(core::errorMessage(ok.error()));
        }
    }
    out() << QString::fromUtf8(QJsonDocument(imported->toJson()).toJson(QJsonDocument::Indented));
    return 0;
}

int Cli::replay(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Apply a timed replay script to a new session file."));
    parser.addHelpOption();
    const QCommandLineOption output({u"o"_s, u"output"_s}, tr("The session file to write."), tr("SESSION"));
    const QCommandLineOption from(u"from"_s, tr("Build the new session from this session's plan."), tr("SESSION"));
    const QCommandLineOption force(u"force"_s, tr("Replace the output file if it exists."));
    parser.addOptions({output, from, force});
    parser.addPositionalArgument(u"script"_s, tr("The replay script."));
    if (const int done = parseCommand(parser, arguments); done >= 0) {
        return done;
    }
    if (parser.positionalArguments().size() != 1) {
        return usageError(tr("replay needs exactly one script"));
    }
    if (!parser.isSet(output)) {
        return usageError(tr("replay needs -o SESSION"));
    }
    const QString scriptPath = parser.positionalArguments().constFirst();
    const QString outputPath = parser.value(output);
    if (const int refused = checkOutput(outputPath, parser.isSet(force)); refused >= 0) {
        return refused;
    }

    QFile scriptFile(scriptPath);
    if (!scriptFile.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return fail(core::errorMessage({core::ErrorCode::FileNotFound, scriptPath}));
    }
    auto script = core::ReplayScript::parse(QString::fromUtf8(scriptFile.readAll()));
    if (!script) {
        return fail(u"%1: %2"_s.arg(scriptPath, script.error().detail));
    }

    core::SessionDefinition definition;
    if (parser.isSet(from)) {
        core::SystemClock systemClock;
        auto source = openForReading(parser.value(from), systemClock);
        if (!source) {
            return fail(core::errorMessage(source.error()));
        }
        definition = source.value()->state().definition();
    } else {
        auto demo = core::ProposalImporter::demoWorkshop();
        if (!demo) {
            return fail(core::errorMessage(demo.error()));
        }
        definition = std::move(demo).value();
    }

    // Build in a temporary file next to the output; it replaces the output only when every line worked.
    const QFileInfo outputInfo(outputPath);
    auto work = core::WorkFolder::create(outputInfo.absolutePath(), u"replay"_s);
    if (!work) {
        return fail(core::errorMessage(work.error()));
    }
    const QString temporary = work.value()->filePath(u"replay.moderato"_s);
    {
        // The script ends "now": a session left running keeps running when opened later.
        core::FakeClock clock(QDateTime::currentMSecsSinceEpoch() - script->durationMs());
        auto session = core::Session::create(temporary, definition, clock);
        if (!session) {
            return fail(core::errorMessage(session.error()));
        }
        if (auto ok = script->run(*session.value(), clock); !ok) {
            return fail(u"%1: %2"_s.arg(scriptPath, ok.error().detail));
        }
        if (auto ok = session.value()->saveCopyAs(outputPath); !ok) {
            return fail(core::errorMessage(ok.error()));
        }
    }
    out() << tr("Wrote %1 (%Ln action(s))", nullptr, int(script->actions().size())).arg(outputPath) << u'\n';
    return 0;
}

int Cli::stats(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Print planned and actual times of a session."));
    parser.addHelpOption();
    const QCommandLineOption json(u"json"_s, tr("Print JSON."));
    parser.addOption(json);
    parser.addPositionalArgument(u"session"_s, tr("The session file."));
    if (const int done = parseCommand(parser, arguments); done >= 0) {
        return done;
    }
    if (parser.positionalArguments().size() != 1) {
        return usageError(tr("stats needs exactly one session file"));
    }
    core::SystemClock clock;
    auto session = openForReading(parser.positionalArguments().constFirst(), clock);
    if (!session) {
        return fail(core::errorMessage(session.error()));
    }
    const core::SessionState &state = session.value()->state();
    const qint64 now = session.value()->now();
    if (parser.isSet(json)) {
        out() << QString::fromUtf8(
            QJsonDocument(core::SessionStats::toJson(state, now)).toJson(QJsonDocument::Indented));
    } else {
        out() << core::SessionStats::toText(state, now);
    }
    return 0;
}

int Cli::command(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Run commands on a session file, in order; each records one event. A refused command stops the "
           "run; those before it stay recorded."));
    parser.addHelpOption();
    const QCommandLineOption as(u"as"_s, tr("The role to act in (default onsite_moderator)."), tr("ROLE"));
    parser.addOption(as);
    parser.addPositionalArgument(u"session"_s, tr("The session file."));
    parser.addPositionalArgument(u"json"_s, tr("A command as JSON, e.g. {\"command\": \"start\"}."));
    if (const int done = parseCommand(parser, arguments); done >= 0) {
        return done;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2) {
        return usageError(tr("command needs a session file and at least one command"));
    }
    core::TeamRole role = core::TeamRole::OnsiteModerator;
    if (parser.isSet(as)) {
        const auto named = core::teamRoleFromKey(parser.value(as));
        if (!named) {
            QStringList roles;
            for (core::TeamRole known : core::allTeamRoles()) {
                roles.append(core::teamRoleKey(known));
            }
            return usageError(tr("unknown role \"%1\"; roles: %2").arg(parser.value(as), roles.join(u", "_s)));
        }
        role = *named;
    }
    // Every command is checked before the first runs, so a typo changes nothing.
    QList<core::Command> commands;
    for (qsizetype i = 1; i < positional.size(); ++i) {
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(positional.at(i).toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            return usageError(tr("command %1 is not a JSON object").arg(i));
        }
        auto parsed = core::CommandCatalogue::fromJson(document.object());
        if (!parsed) {
            return usageError(tr("command %1: %2").arg(i).arg(parsed.error().detail));
        }
        if (!core::CommandCatalogue::mayIssue(role, parsed.value())) {
            return fail(tr("command %1: %2").arg(i).arg(core::CommandCatalogue::refusal(role, parsed.value().index())));
        }
        commands.append(parsed.value());
    }
    core::SystemClock clock;
    auto session = core::Session::open(positional.constFirst(), clock);
    if (!session) {
        return fail(core::errorMessage(session.error()));
    }
    for (qsizetype i = 0; i < commands.size(); ++i) {
        auto done = session.value()->execute(commands.at(i), role);
        if (!done) {
            return fail(tr("command %1 (%2): %3")
                            .arg(i + 1)
                            .arg(core::CommandCatalogue::name(commands.at(i)), core::errorMessage(done.error())));
        }
        const QJsonObject result{{u"command"_s, core::CommandCatalogue::name(commands.at(i))},
                                 {u"id"_s, done.value()},
                                 {u"seq"_s, double(session.value()->events().constLast().seq)}};
        out() << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)) << u'\n';
    }
    return 0;
}

int Cli::commands(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List every command a session takes, its fields and who may issue it."));
    parser.addHelpOption();
    const QCommandLineOption json(u"json"_s, tr("Print JSON."));
    parser.addOption(json);
    if (const int done = parseCommand(parser, arguments); done >= 0) {
        return done;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(tr("commands takes no arguments"));
    }
    QJsonArray list;
    for (qsizetype i = 0; i < core::CommandCatalogue::count(); ++i) {
        const core::CommandSpec &spec = core::CommandCatalogue::spec(i);
        QJsonArray roles;
        for (core::TeamRole role : spec.roles) {
            roles.append(core::teamRoleKey(role));
        }
        QJsonArray fields;
        QStringList shown;
        for (const auto &field : spec.fields) {
            fields.append(QJsonObject{{u"key"_s, field.key}, {u"kind"_s, field.kind}, {u"required"_s, field.required}});
            shown.append(field.required ? field.key : u"[%1]"_s.arg(field.key));
        }
        list.append(
            QJsonObject{{u"name"_s, spec.name}, {u"about"_s, spec.about}, {u"roles"_s, roles}, {u"fields"_s, fields}});
        if (!parser.isSet(json)) {
            QStringList roleNames;
            for (const auto &role : std::as_const(roles)) {
                roleNames.append(role.toString());
            }
            out() << spec.name << u' ' << shown.join(u' ') << u"\n    "_s << spec.about << u"\n    "_s
                  << (roleNames.isEmpty() ? tr("roles: none (a participant's phone sends it, through the phone host)")
                                          : tr("roles: %1").arg(roleNames.join(u", "_s)))
                  << u'\n';
        }
    }
    if (parser.isSet(json)) {
        out() << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
    }
    return 0;
}

int Cli::exportLog(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Print a session's event log as JSON Lines."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"session"_s, tr("The session file."));
    if (const int done = parseCommand(parser, arguments); done >= 0) {
        return done;
    }
    if (parser.positionalArguments().size() != 1) {
        return usageError(tr("export-log needs exactly one session file"));
    }
    core::SystemClock clock;
    auto session = openForReading(parser.positionalArguments().constFirst(), clock);
    if (!session) {
        return fail(core::errorMessage(session.error()));
    }
    out().flush();
    const QByteArray lines = core::EventLog::toJsonLines(session.value()->events());
    std::fwrite(lines.constData(), 1, size_t(lines.size()), stdout);
    return 0;
}

int Cli::importLog(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Rebuild a session file from an event log in JSON Lines."));
    parser.addHelpOption();
    const QCommandLineOption output({u"o"_s, u"output"_s}, tr("The session file to write."), tr("SESSION"));
    const QCommandLineOption force(u"force"_s, tr("Replace the output file if it exists."));
    parser.addOptions({output, force});
    parser.addPositionalArgument(u"log"_s, tr("The event log (JSON Lines)."));
    if (const int done = parseCommand(parser, arguments); done >= 0) {
        return done;
    }
    if (parser.positionalArguments().size() != 1) {
        return usageError(tr("import-log needs exactly one log file"));
    }
    if (!parser.isSet(output)) {
        return usageError(tr("import-log needs -o SESSION"));
    }
    const QString logPath = parser.positionalArguments().constFirst();
    const QString outputPath = parser.value(output);
    if (const int refused = checkOutput(outputPath, parser.isSet(force)); refused >= 0) {
        return refused;
    }
    // Read with limits on the file's size, a line's length and the number of events.
    auto events = core::EventLog::readFile(logPath);
    if (!events) {
        const core::Error &error = events.error();
        return fail(error.code == core::ErrorCode::FileNotFound || error.code == core::ErrorCode::Io
                        ? core::errorMessage(error)
                        : u"%1: %2"_s.arg(logPath, error.detail));
    }
    auto work = core::WorkFolder::create(QFileInfo(outputPath).absolutePath(), u"import"_s);
    if (!work) {
        return fail(core::errorMessage(work.error()));
    }
    const QString temporary = work.value()->filePath(u"import.moderato"_s);
    if (auto ok = core::EventLog::writeSession(temporary, events.value()); !ok) {
        return fail(core::errorMessage(ok.error()));
    }
    {
        core::SystemClock clock;
        auto session = core::Session::open(temporary, clock, core::SessionStore::Mode::ReadOnly);
        if (!session) {
            return fail(core::errorMessage(session.error()));
        }
        if (auto ok = session.value()->saveCopyAs(outputPath); !ok) {
            return fail(core::errorMessage(ok.error()));
        }
    }
    out() << tr("Wrote %1 (%Ln event(s))", nullptr, int(events.value().size())).arg(outputPath) << u'\n';
    return 0;
}

int Cli::summarize(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Draft a discussion summary, key takeaways, calls to action and topics from a transcript "
           "(one turn a line as \"Speaker: text\", or the live-captioning style with \">>\" turn markers)."));
    parser.addHelpOption();
    const QCommandLineOption notes(
        u"notes"_s, tr("The rapporteur's notes, one a line; #takeaway and #action weigh most."), tr("FILE"));
    const QCommandLineOption words(
        u"words"_s, tr("The most words the summary may have (default %1).").arg(core::Drafter::DefaultWords), tr("N"));
    const QCommandLineOption json(u"json"_s, tr("Print JSON."));
    const QCommandLineOption language(u"language"_s,
                                      tr("The transcript's language: %1 (default: found from the text).")
                                          .arg(core::DraftLanguage::codes().join(u", "_s)),
                                      tr("CODE"));
    parser.addOptions({notes, words, json, language});
    parser.addPositionalArgument(u"transcript"_s, tr("The transcript."));
    if (const int done = parseCommand(parser, arguments); done >= 0) {
        return done;
    }
    if (parser.positionalArguments().size() != 1) {
        return usageError(tr("summarize needs exactly one transcript"));
    }
    int budget = core::Drafter::DefaultWords;
    if (parser.isSet(words)) {
        bool ok = false;
        budget = parser.value(words).toInt(&ok);
        if (!ok || budget < 10 || budget > 10000) {
            return usageError(tr("--words needs a number from 10 to 10000"));
        }
    }
    core::DraftOptions options;
    options.words = budget;
    if (parser.isSet(language)) {
        options.language = parser.value(language);
        if (!core::DraftLanguage::codes().contains(options.language)) {
            return usageError(tr("--language needs one of %1").arg(core::DraftLanguage::codes().join(u", "_s)));
        }
    }
    // Both files are size-checked before they are read (Transcript::MaxFileBytes, Drafter::MaxNotesBytes).
    auto turns = core::Transcript::readFile(parser.positionalArguments().constFirst());
    if (!turns) {
        return fail(core::errorMessage(turns.error()));
    }
    QList<core::DraftNote> noteList;
    if (parser.isSet(notes)) {
        auto notesText = core::Transcript::readText(parser.value(notes), core::Drafter::MaxNotesBytes);
        if (!notesText) {
            return fail(core::errorMessage(notesText.error()));
        }
        noteList = core::Drafter::parseNotes(notesText.value());
    }
    const core::Draft draft = core::Drafter::draft(turns.value(), noteList, options);
    if (parser.isSet(json)) {
        out() << QString::fromUtf8(QJsonDocument(core::Drafter::toJson(draft)).toJson(QJsonDocument::Indented));
    } else {
        out() << draft.summary << u'\n';
    }
    return 0;
}

int Cli::transcript(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Import a transcript into a session, as the report dialog does: plain text (\"Speaker: text\" lines or "
           "the live-captioning style with \">>\" turn markers), SRT or WebVTT captions. The captions' times are "
           "placed on the session's clock: the file's 00:00 is when the clock was first started, unless --offset "
           "says at what time of day it was."));
    parser.addHelpOption();
    const QCommandLineOption offset(u"offset"_s,
                                    tr("The time of day, on the session's day and in local time, that the file's "
                                       "00:00 corresponds to."),
                                    tr("HH:MM[:SS]"));
    const QCommandLineOption atStart(u"at-start"_s,
                                     tr("The file's 00:00 is when the clock was first started (the default once "
                                        "the session has started)."));
    parser.addOptions({offset, atStart});
    parser.addPositionalArgument(u"import"_s, tr("What to do: import."));
    parser.addPositionalArgument(u"session"_s, tr("The session file."));
    parser.addPositionalArgument(u"file"_s, tr("The transcript."));
    if (const int done = parseCommand(parser, arguments); done >= 0) {
        return done;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 3 || positional.constFirst() != u"import") {
        return usageError(tr("transcript needs import SESSION FILE"));
    }
    if (parser.isSet(offset) && parser.isSet(atStart)) {
        return usageError(tr("--offset and --at-start cannot go together"));
    }
    QTime zero;
    if (parser.isSet(offset)) {
        const QString value = parser.value(offset);
        zero = QTime::fromString(value, u"H:mm:ss"_s);
        if (!zero.isValid()) {
            zero = QTime::fromString(value, u"H:mm"_s);
        }
        if (!zero.isValid()) {
            return usageError(tr("--offset needs a time of day such as 14:30 or 14:30:15"));
        }
    }
    core::SystemClock clock;
    auto opened = core::Session::open(positional.at(1), clock);
    if (!opened) {
        return fail(core::errorMessage(opened.error()));
    }
    core::Session &session = *opened.value();
    std::optional<qint64> offsetMs;
    if (parser.isSet(offset) || parser.isSet(atStart)) {
        const qint64 startWall = session.state().startedAtWallMs();
        if (session.state().startedAtMs() < 0 || startWall < 0) {
            return fail(tr("the session has not started, so the transcript's times cannot be placed; leave out "
                           "--offset and --at-start to import it without placing them"));
        }
        offsetMs = 0;
        if (zero.isValid()) {
            // The given time on the day the clock started; a session that ran across midnight takes the
            // nearer of the two days.
            const QDateTime started = QDateTime::fromMSecsSinceEpoch(startWall);
            qint64 ms = QDateTime(started.date(), zero).toMSecsSinceEpoch() - startWall;
            constexpr qint64 HalfDayMs = 12 * 3'600'000LL;
            if (ms > HalfDayMs) {
                ms -= 2 * HalfDayMs;
            } else if (ms < -HalfDayMs) {
                ms += 2 * HalfDayMs;
            }
            offsetMs = ms;
        }
    }
    const QString file = positional.at(2);
    if (auto done = session.execute(core::commands::ImportTranscript{file, offsetMs.value_or(0)}); !done) {
        return fail(core::errorMessage(done.error()));
    }
    // What was read: the turns, those with a time, and the speakers (a person named two ways counts once).
    const QList<core::AlignedTurn> turns = core::SessionTranscript::align(session);
    const auto timed = std::count_if(
        turns.cbegin(), turns.cend(), [](const core::AlignedTurn &turn) { return turn.turn.startMs >= 0; });
    QSet<int> matched;
    QSet<QString> unmatched;
    for (const core::AlignedTurn &turn : turns) {
        if (turn.participant > 0) {
            matched.insert(turn.participant);
        } else if (const QString name = core::TranscriptAlignment::normalizedName(turn.turn.speaker); !name.isEmpty()) {
            unmatched.insert(name);
        }
    }
    const int speakers = int(matched.size() + unmatched.size());
    out() << tr("Imported %Ln turn(s) from %1.", nullptr, int(turns.size())).arg(QFileInfo(file).fileName()) << u'\n'
          << tr("%Ln turn(s) with times.", nullptr, int(timed)) << u'\n'
          << tr("%1 of %Ln speaker(s) matched to participants.", nullptr, speakers).arg(matched.size()) << u'\n';
    return 0;
}

int Cli::report(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Write the IGF session report of a session, or print its participation."));
    parser.addHelpOption();
    const QCommandLineOption format(u"format"_s, tr("md, html, odt or pdf."), tr("FORMAT"));
    const QCommandLineOption output({u"o"_s, u"output"_s}, tr("The report file to write."), tr("OUT"));
    const QCommandLineOption force(u"force"_s, tr("Replace the output file if it exists."));
    const QCommandLineOption proposal(
        u"proposal"_s, tr("The workshop proposal (plain text), for the drafts (e.g. other initiatives)."), tr("FILE"));
    const QCommandLineOption participation(u"participation"_s,
                                           tr("Print the participation instead of writing a report."));
    const QCommandLineOption json(u"json"_s, tr("With --participation: print JSON."));
    const QCommandLineOption sources(
        u"sources"_s,
        tr("Number the drafted key takeaways and calls to action and list where each comes from (who, agenda item, "
           "time, note or transcript line)."));
    parser.addOptions({format, output, force, proposal, participation, json, sources});
    parser.addPositionalArgument(u"session"_s, tr("The session file."));
    if (const int done = parseCommand(parser, arguments); done >= 0) {
        return done;
    }
    if (parser.positionalArguments().size() != 1) {
        return usageError(tr("report needs exactly one session file"));
    }
    if (parser.isSet(participation)) {
        if (parser.isSet(format) || parser.isSet(output) || parser.isSet(proposal) || parser.isSet(sources)) {
            return usageError(
                tr("report --participation writes no file: leave out --format, -o, --proposal and --sources"));
        }
        core::SystemClock clock;
        auto session = openForReading(parser.positionalArguments().constFirst(), clock);
        if (!session) {
            return fail(core::errorMessage(session.error()));
        }
        const core::Participation counts = core::Report::participationOf(*session.value());
        if (parser.isSet(json)) {
            const QJsonObject object{{u"source"_s, counts.entered ? u"entered"_s : u"estimated"_s},
                                     {u"onsite"_s, counts.onsite},
                                     {u"online"_s, counts.online},
                                     {u"hub"_s, counts.hub},
                                     {u"women"_s, counts.women},
                                     {u"gender_known"_s, counts.genderKnown},
                                     {u"total"_s, counts.total()}};
            out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        } else {
            out() << core::Report::participationText(counts) << u'\n';
        }
        return 0;
    }
    if (parser.isSet(json)) {
        return usageError(tr("--json goes with --participation"));
    }
    ui::ReportExporter::Format chosen{};
    if (!ui::ReportExporter::formatFromName(parser.value(format), &chosen)) {
        return usageError(tr("report needs --format md, html, odt or pdf"));
    }
    if (!parser.isSet(output)) {
        return usageError(tr("report needs -o OUT"));
    }
    const QString outputPath = parser.value(output);
    if (QFileInfo::exists(outputPath) && !parser.isSet(force)) {
        return fail(core::errorMessage({core::ErrorCode::FileExists, outputPath}));
    }
    QString proposalText;
    if (parser.isSet(proposal)) {
        QFile file(parser.value(proposal));
        if (!file.open(QIODevice::ReadOnly)) {
            return fail(core::errorMessage({core::ErrorCode::FileNotFound, file.fileName()}));
        }
        const QByteArray bytes = file.read(2 * 1024 * 1024 + 1);
        if (bytes.size() > 2 * 1024 * 1024 || bytes.contains('\0')) {
            return fail(tr("%1: not a workshop proposal in plain text (at most 2 MB)").arg(file.fileName()));
        }
        proposalText = QString::fromUtf8(bytes);
    }
    core::SystemClock clock;
    auto session = openForReading(parser.positionalArguments().constFirst(), clock);
    if (!session) {
        return fail(core::errorMessage(session.error()));
    }
    core::Report report = core::Report::build(*session.value(), proposalText);
    report.withSources = parser.isSet(sources);
    if (auto ok = ui::ReportExporter::write(report, chosen, outputPath); !ok) {
        return fail(core::errorMessage(ok.error()));
    }
    return 0;
}

int Cli::briefing(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Write the briefing pack of a session for its speakers and co-moderators."));
    parser.addHelpOption();
    const QCommandLineOption format(u"format"_s, tr("md, html, odt or pdf."), tr("FORMAT"));
    const QCommandLineOption output({u"o"_s, u"output"_s}, tr("The file to write."), tr("OUT"));
    const QCommandLineOption start(u"start"_s, tr("When the session starts (default 09:00)."), tr("HH:MM"));
    const QCommandLineOption date(u"date"_s, tr("The day of the session."), tr("YYYY-MM-DD"));
    const QCommandLineOption noQuestions(u"no-questions"_s, tr("Leave out the prepared questions."));
    const QCommandLineOption force(u"force"_s, tr("Replace the output file if it exists."));
    parser.addOptions({format, output, start, date, noQuestions, force});
    parser.addPositionalArgument(u"session"_s, tr("The session file."));
    if (const int done = parseCommand(parser, arguments); done >= 0) {
        return done;
    }
    if (parser.positionalArguments().size() != 1) {
        return usageError(tr("briefing needs exactly one session file"));
    }
    ui::ReportExporter::Format chosen{};
    if (!ui::ReportExporter::formatFromName(parser.value(format), &chosen)) {
        return usageError(tr("briefing needs --format md, html, odt or pdf"));
    }
    if (!parser.isSet(output)) {
        return usageError(tr("briefing needs -o OUT"));
    }
    core::Briefing::Options options;
    if (parser.isSet(start)) {
        options.start = QTime::fromString(parser.value(start), u"H:mm"_s);
        if (!options.start.isValid()) {
            return usageError(tr("--start needs a time such as 14:30"));
        }
    }
    if (parser.isSet(date)) {
        options.date = QDate::fromString(parser.value(date), Qt::ISODate);
        if (!options.date.isValid()) {
            return usageError(tr("--date needs a day such as 2019-11-26"));
        }
    }
    options.includeQuestions = !parser.isSet(noQuestions);
    const QString outputPath = parser.value(output);
    if (QFileInfo::exists(outputPath) && !parser.isSet(force)) {
        return fail(core::errorMessage({core::ErrorCode::FileExists, outputPath}));
    }
    core::SystemClock clock;
    auto session = openForReading(parser.positionalArguments().constFirst(), clock);
    if (!session) {
        return fail(core::errorMessage(session.error()));
    }
    const core::Briefing pack = core::Briefing::build(session.value()->state(), options);
    if (auto ok = ui::ReportExporter::writeBriefing(pack, chosen, outputPath); !ok) {
        return fail(core::errorMessage(ok.error()));
    }
    return 0;
}

int Cli::share(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Share a session with other devices (co-moderator, online moderator, rapporteur, observer) without a "
           "window. Prints one join address per role, then serves until the time is up or it is interrupted. "
           "The join codes are kept in the session file, so restarting shares with the same codes."));
    parser.addHelpOption();
    const QCommandLineOption listen(
        u"listen"_s,
        tr("The address and port to listen on (default: every address of this machine, port %1).")
            .arg(core::share::Protocol::DefaultPort),
        tr("ADDRESS:PORT"));
    const QCommandLineOption duration(u"for"_s, tr("Stop after this many seconds."), tr("SECONDS"));
    const QCommandLineOption renew(u"renew"_s, tr("Make new join codes (devices with the old ones cannot join)."));
    const QCommandLineOption tlsCertificate(
        u"tls-cert"_s,
        tr("Encrypt the connections (wss://) with this PEM certificate; a self-signed one will do (the join "
           "addresses carry its fingerprint). Needs --tls-key."),
        tr("FILE"));
    const QCommandLineOption tlsKey(u"tls-key"_s, tr("The PEM private key of --tls-cert."), tr("FILE"));
    const QCommandLineOption phones(u"phones"_s,
                                    tr("Also serve the participants' page on this port of the same address (0: any "
                                       "free port) and open joining from phones; prints its address and the room "
                                       "PIN."),
                                    tr("PORT"));
    const QCommandLineOption renewPin(u"renew-pin"_s, tr("Make a new room PIN for phones."));
    parser.addOptions({listen, duration, renew, tlsCertificate, tlsKey, phones, renewPin});
    parser.addPositionalArgument(u"session"_s, tr("The session file."));
    if (const int done = parseCommand(parser, arguments); done >= 0) {
        return done;
    }
    if (parser.positionalArguments().size() != 1) {
        return usageError(tr("share needs exactly one session file"));
    }
    QHostAddress address(QHostAddress::Any);
    quint16 port = core::share::Protocol::DefaultPort;
    if (parser.isSet(listen)) {
        const QString value = parser.value(listen);
        const qsizetype colon = value.lastIndexOf(u':');
        bool portOk = false;
        const int number = colon > 0 ? value.mid(colon + 1).toInt(&portOk) : -1;
        QString host = colon > 0 ? value.left(colon) : QString();
        const bool bracketed = host.startsWith(u'[') && host.endsWith(u']');
        if (bracketed) {
            host = host.mid(1, host.size() - 2);
        } else if (host.contains(u':')) {
            host.clear(); // an IPv6 address needs its brackets: "::1:80" could be read two ways
        }
        if (!portOk || number < 0 || number > 65535 || !address.setAddress(host)) {
            return usageError(
                tr("--listen needs ADDRESS:PORT, e.g. 127.0.0.1:%1").arg(core::share::Protocol::DefaultPort));
        }
        port = quint16(number);
    }
    if (parser.isSet(tlsCertificate) != parser.isSet(tlsKey)) {
        return usageError(tr("--tls-cert and --tls-key go together"));
    }
    int seconds = -1;
    if (parser.isSet(duration)) {
        bool ok = false;
        seconds = parser.value(duration).toInt(&ok);
        if (!ok || seconds <= 0) {
            return usageError(tr("--for needs a number of seconds"));
        }
    }
    int phonePort = -1;
    if (parser.isSet(phones)) {
        bool ok = false;
        phonePort = parser.value(phones).toInt(&ok);
        if (!ok || phonePort < 0 || phonePort > 65535) {
            return usageError(tr("--phones needs a port number (0: any free port)"));
        }
    }
    if (parser.isSet(renewPin) && phonePort < 0) {
        return usageError(tr("--renew-pin goes with --phones"));
    }
    core::SystemClock clock;
    auto session = core::Session::open(parser.positionalArguments().constFirst(), clock);
    if (!session) {
        return fail(core::errorMessage(session.error()));
    }
    auto codes = core::share::JoinCodes::forSession(*session.value(), parser.isSet(renew));
    if (!codes) {
        return fail(core::errorMessage(codes.error()));
    }
    net::SharingServer server(*session.value(), codes.value());
    if (parser.isSet(tlsCertificate)) {
        if (auto ok = server.useTls(parser.value(tlsCertificate), parser.value(tlsKey)); !ok) {
            return fail(core::errorMessage(ok.error()));
        }
    }
    if (auto ok = server.listen(address, port); !ok) {
        return fail(core::errorMessage(ok.error()));
    }
    QStringList hosts;
    if (address == QHostAddress::Any || address == QHostAddress::AnyIPv4 || address == QHostAddress::AnyIPv6) {
        for (const QHostAddress &machine : net::SharingServer::machineAddresses()) {
            hosts.append(machine.toString());
        }
    }
    if (hosts.isEmpty()) {
        hosts.append(server.address().toString());
    }
    out() << tr("Sharing %1 on port %2.").arg(session.value()->state().definition().title).arg(server.port()) << u'\n';
    for (const core::TeamRole role : core::share::JoinCodes::joinableRoles()) {
        for (const QString &host : std::as_const(hosts)) {
            out() << core::teamRoleKey(role) << u' ' << server.joinUrl(role, host) << u'\n';
        }
    }
    std::unique_ptr<net::PhoneServer> phoneServer;
    if (phonePort >= 0) {
        phoneServer = std::make_unique<net::PhoneServer>(*session.value());
        if (auto ok = phoneServer->listen(address, quint16(phonePort)); !ok) {
            return fail(core::errorMessage(ok.error()));
        }
        if (parser.isSet(renewPin)) {
            if (auto ok = phoneServer->host().renewPin(); !ok) {
                return fail(core::errorMessage(ok.error()));
            }
        }
        if (!session.value()->state().audience().joiningOpen()) {
            if (auto ok = session.value()->execute(core::commands::SetPhoneJoining{true}); !ok) {
                return fail(core::errorMessage(ok.error()));
            }
        }
        for (const QString &host : std::as_const(hosts)) {
            out() << u"phones "_s << phoneServer->pageUrl(host) << u'\n';
        }
        out() << tr("Room PIN: %1").arg(phoneServer->host().pin()) << u'\n';
        QObject::connect(&phoneServer->host(), &core::share::PhoneHost::phonesChanged, [&phoneServer] {
            err() << tr("Phones connected: %1").arg(phoneServer->host().connectedPhones()) << u'\n';
            err().flush();
        });
    }
    out().flush();
    QObject::connect(&server.host(), &core::share::ShareHost::devicesChanged, [&server] {
        QStringList names;
        for (const auto &device : server.host().devices()) {
            names.append(u"%1 (%2, %3)"_s.arg(device.name, core::teamRoleKey(device.role), device.address));
        }
        err() << tr("Devices: %1").arg(names.isEmpty() ? tr("none") : names.join(u", "_s)) << u'\n';
        err().flush();
    });
    if (seconds > 0) {
        QTimer::singleShot(std::chrono::seconds(seconds), QCoreApplication::instance(), &QCoreApplication::quit);
    }
    return QCoreApplication::exec();
}

int Cli::join(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Join a shared session and send a replay script's actions as this device's commands, in order, each "
           "when the host has answered the one before. Prints each refusal; the exit code is 1 if any was refused."));
    parser.addHelpOption();
    const QCommandLineOption name(u"name"_s, tr("The name this device joins with."), tr("NAME"));
    const QCommandLineOption timeout(u"timeout"_s, tr("Give up after this many seconds (default 30)."), tr("SECONDS"));
    parser.addOptions({name, timeout});
    parser.addPositionalArgument(u"address"_s, tr("The join address, moderato://HOST:PORT/CODE."));
    parser.addPositionalArgument(u"replay"_s, tr("The word replay, then the script."));
    if (const int done = parseCommand(parser, arguments); done >= 0) {
        return done;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 3 || positional.at(1) != u"replay") {
        return usageError(tr("join needs ADDRESS replay SCRIPT"));
    }
    if (!parser.isSet(name) || parser.value(name).trimmed().isEmpty()) {
        return usageError(tr("join needs --name NAME"));
    }
    int seconds = 30;
    if (parser.isSet(timeout)) {
        bool ok = false;
        seconds = parser.value(timeout).toInt(&ok);
        if (!ok || seconds <= 0) {
            return usageError(tr("--timeout needs a number of seconds"));
        }
    }
    auto address = net::JoinAddress::parse(positional.at(0));
    if (!address) {
        return usageError(address.error().detail);
    }
    QFile scriptFile(positional.at(2));
    if (!scriptFile.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return fail(core::errorMessage({core::ErrorCode::FileNotFound, positional.at(2)}));
    }
    constexpr qint64 MaxScriptBytes = 4 * 1024 * 1024;
    if (scriptFile.size() > MaxScriptBytes) {
        return fail(tr("%1 is larger than 4 MiB, too large for a replay script").arg(positional.at(2)));
    }
    auto script = core::ReplayScript::parse(QString::fromUtf8(scriptFile.read(MaxScriptBytes)));
    if (!script) {
        return fail(u"%1: %2"_s.arg(positional.at(2), script.error().detail));
    }

    core::SystemClock clock;
    const QString deviceId =
        u"cli-%1-%2"_s.arg(QCoreApplication::applicationPid()).arg(QDateTime::currentMSecsSinceEpoch());
    net::SharingConnection connection(clock, address.value(), parser.value(name).trimmed(), deviceId);
    core::share::ShareClient &client = connection.client();
    int refusals = 0;
    int exitCode = -1;
    qsizetype next = 0;
    QString waiting;
    std::function<void()> sendNext = [&] {
        if (!client.session()) {
            return; // the copy is being fetched again: go on when it is back (sessionReplaced)
        }
        while (next < script->actions().size()) {
            const core::ReplayAction &action = script->actions().at(next++);
            auto json = core::ReplayScript::commandFor(action, *client.session());
            auto command =
                json ? core::CommandCatalogue::fromJson(json.value()) : core::Result<core::Command>(json.error());
            if (!command) {
                ++refusals;
                out() << tr("line %1: refused: %2").arg(action.line).arg(core::errorMessage(command.error())) << u'\n';
                continue;
            }
            auto id = client.send(command.value());
            if (!id) {
                ++refusals;
                out() << tr("line %1: refused: %2").arg(action.line).arg(core::errorMessage(id.error())) << u'\n';
                continue;
            }
            waiting = id.value();
            return;
        }
        exitCode = refusals > 0 ? 1 : 0;
        QCoreApplication::quit();
    };
    QObject::connect(&client, &core::share::ShareClient::joined, [&](core::TeamRole role) {
        out() << tr("Joined as %1.").arg(core::teamRoleKey(role)) << u'\n';
    });
    QObject::connect(&client, &core::share::ShareClient::sessionReplaced, [&] {
        if (client.session() && waiting.isEmpty() && exitCode < 0) {
            sendNext();
        }
    });
    QObject::connect(
        &client, &core::share::ShareClient::outcome, [&](const QString &id, bool ok, const QString &error) {
            if (id != waiting) {
                return;
            }
            const core::ReplayAction &action = script->actions().at(next - 1);
            if (ok) {
                out() << tr("line %1: %2 done").arg(action.line).arg(action.verb) << u'\n';
            } else {
                ++refusals;
                out() << tr("line %1: refused: %2").arg(action.line).arg(error) << u'\n';
            }
            waiting.clear();
            sendNext();
        });
    QObject::connect(&client, &core::share::ShareClient::refused, [&](const QString &reason) {
        err() << tr("The host refused: %1").arg(reason) << u'\n';
        exitCode = 1;
        QCoreApplication::quit();
    });
    QTimer::singleShot(std::chrono::seconds(seconds), QCoreApplication::instance(), [&] {
        err() << tr("Gave up after %Ln second(s).", nullptr, seconds) << u'\n';
        exitCode = 1;
        QCoreApplication::quit();
    });
    connection.open();
    QCoreApplication::exec();
    connection.close();
    out().flush();
    return exitCode < 0 ? 1 : exitCode;
}

} // namespace

int main(int argc, char *argv[])
{
    // The report's and the briefing's ODT and PDF need Qt's text layout (Qt GUI), off screen; every other
    // command is console-only.
    const bool report = argc > 1 && (std::strcmp(argv[1], "report") == 0 || std::strcmp(argv[1], "briefing") == 0);
    if (report && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    std::unique_ptr<QCoreApplication> application =
        report ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(u"moderato-cli"_s);
    QCoreApplication::setApplicationVersion(u"" MODERATO_VERSION ""_s);
    // Interrupted (Ctrl+C, a closed terminal, kill): the half-built session folders go too.
    core::WorkFolder::removeOnTerminatingSignals();
    const int code = Cli::run(QCoreApplication::arguments());
    out().flush();
    err().flush();
    return code;
}
