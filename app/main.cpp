// SPDX-License-Identifier: MIT
// moderato: the moderator's console. Parses the command line and builds the object graph.
#include "core/base/clock.h"
#include "core/io/proposalimporter.h"
#include "core/session/session.h"
#include "core/store/filelock.h"
#include "net/sharingconnection.h"
#include "ui/languagemanager.h"
#include "ui/mainwindow.h"
#include "ui/plainmessage.h"
#include "ui/roomcontrol.h"
#include "ui/roomdisplaywindow.h"
#include "ui/screenshot.h"
#include "ui/singleinstance.h"
#include "ui/windowlink.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QIcon>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <future>

using namespace Qt::StringLiterals;

namespace {

/// Prints the wall-clock time of the first paint of a widget, then quits: for the start-up benchmark.
class FirstPaintProbe final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            std::printf("first-paint-epoch-ms %lld\n", static_cast<long long>(QDateTime::currentMSecsSinceEpoch()));
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};

QtMessageHandler previousHandler = nullptr;

/// Qt Multimedia reports a machine without a sound server as a warning; the console stays silent and
/// flashes instead, so that one message is not an error for the user.
void messageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(u"PulseAudioService: pa_context_connect() failed"_s)) {
        return;
    }
    if (previousHandler) {
        previousHandler(type, context, message);
        return;
    }
    std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
    if (type == QtFatalMsg) {
        std::abort();
    }
}

bool hasArgument(int argc, char *argv[], const char *name)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], name) == 0) {
            return true;
        }
    }
    return false;
}

/// The value of `--name VALUE` or `--name=VALUE` before Qt reads the command line (the last one given), or an
/// empty string.
QString argumentValue(int argc, char *argv[], const char *name)
{
    QString value;
    const std::size_t length = std::strlen(name);
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--") == 0) {
            break;
        }
        if (std::strcmp(argv[i], name) == 0 && i + 1 < argc) {
            value = QString::fromLocal8Bit(argv[++i]);
        } else if (std::strncmp(argv[i], name, length) == 0 && argv[i][length] == '=') {
            value = QString::fromLocal8Bit(argv[i] + length + 1);
        }
    }
    return value;
}

} // namespace

int main(int argc, char *argv[])
{
    // Screenshots are rendered off screen: no window, no display needed.
    // --version and --help work without a display too.
    const bool noWindow = hasArgument(argc, argv, "--screenshot") || hasArgument(argc, argv, "--version")
                          || hasArgument(argc, argv, "-v") || hasArgument(argc, argv, "--help")
                          || hasArgument(argc, argv, "-h");
    if (noWindow && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    previousHandler = qInstallMessageHandler(messageHandler);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Moderato"_s);
    QApplication::setApplicationName(u"Moderato"_s);
    QApplication::setApplicationVersion(u"" MODERATO_VERSION ""_s);
    // The installed desktop entry, icon and metainfo carry this id (packaging/).
    QGuiApplication::setDesktopFileName(u"org.moderato.Moderato"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/org.moderato.Moderato.svg"_s));

    // The interface's language comes first, so that --help speaks it too.
    ui::LanguageManager languages;
    const QString earlyLanguage = argumentValue(argc, argv, "--lang");
    const QString earlyCode = ui::LanguageManager::resolve(earlyLanguage);
    languages.apply(earlyCode.isEmpty() ? u"en"_s : earlyCode);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "The moderator's console for multi-stakeholder workshops."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(u"demo"_s, QCoreApplication::translate("main", "Open the built-in demo workshop."));
    const QCommandLineOption screenshot(
        u"screenshot"_s,
        QCoreApplication::translate("main",
                                    "Render the console to PNG files in DIR without showing a window, then exit."),
        QCoreApplication::translate("main", "DIR"));
    const QCommandLineOption language(
        u"lang"_s,
        QCoreApplication::translate("main", "The language of the interface (en, ar, de, es, fr, pt_BR, ru, zh_CN)."),
        QCoreApplication::translate("main", "LANG"));
    const QCommandLineOption roomMedia(
        u"room-media"_s,
        QCoreApplication::translate(
            "main", "Add FILE (image, SVG, PDF, video) to the session and show it on the room display."),
        QCoreApplication::translate("main", "FILE"));
    const QCommandLineOption firstPaint(
        u"exit-after-first-paint"_s,
        QCoreApplication::translate("main", "Print the time of the first paint and exit (start-up benchmark)."));
    const QCommandLineOption join(
        u"join"_s,
        QCoreApplication::translate("main",
                                    "Join the session a moderator shares, at ADDRESS (moderato://HOST:PORT/CODE)."),
        QCoreApplication::translate("main", "ADDRESS"));
    const QCommandLineOption joinName(
        u"name"_s,
        QCoreApplication::translate("main", "The name to join with (asked for when not given)."),
        QCoreApplication::translate("main", "NAME"));
    const QCommandLineOption newSession(
        u"new"_s, QCoreApplication::translate("main", "Ask where to save a new, blank session and open it."));
    const QCommandLineOption newWindow(
        u"new-window"_s,
        QCoreApplication::translate("main", "Open FILE in a new window, even when a Moderato window is running."));
    parser.addOptions({demo, newSession, newWindow, screenshot, language, roomMedia, firstPaint, join, joinName});
    parser.addPositionalArgument(u"file"_s,
                                 QCoreApplication::translate("main", "A session file to open (.moderato)."),
                                 QCoreApplication::translate("main", "[FILE]"));
    parser.process(app);

    const QString requested = parser.value(language);
    const QString code = ui::LanguageManager::resolve(requested);
    if (!requested.isEmpty() && code.isEmpty()) {
        std::fprintf(stderr,
                     "moderato: %s\n",
                     qPrintable(QCoreApplication::translate("main", "unknown language \"%1\"; available: %2")
                                    .arg(requested, ui::LanguageManager::availableLanguages().join(u", "_s))));
        return 2;
    }
    if (code != earlyCode) {
        languages.apply(code.isEmpty() ? u"en"_s : code);
    }

    if (parser.isSet(screenshot)) {
        if (auto ok = ui::renderDemoScreenshots(parser.value(screenshot)); !ok) {
            std::fprintf(stderr, "moderato: %s\n", qPrintable(core::errorMessage(ok.error())));
            return 1;
        }
        return 0;
    }

    const QStringList files = parser.positionalArguments();
    // One window per user takes the files that later runs are given, as a file manager starts them; a run with
    // the demo, a new session, media, a join or the benchmark is a window of its own (SingleInstance).
    const QString instanceName = ui::SingleInstance::serverName();
    const bool listens = !instanceName.isEmpty() && !parser.isSet(join) && !parser.isSet(firstPaint);
    if (listens && files.size() == 1 && !parser.isSet(newWindow) && !parser.isSet(demo) && !parser.isSet(newSession)
        && !parser.isSet(roomMedia)) {
        const QString &file = files.constFirst();
        // The window that has the file comes to the front, as when a window opens it; else the running one opens it.
        if (ui::WindowLink::askToShow(core::FileLock::holderPid(file), file)) {
            std::fprintf(
                stderr,
                "moderato: %s\n",
                qPrintable(QCoreApplication::translate(
                               "main", "%1 is open in another Moderato window, which has been brought to the front.")
                               .arg(file)));
            return 0;
        }
        if (ui::SingleInstance::forward(file, instanceName)) {
            std::fprintf(stderr,
                         "moderato: %s\n",
                         qPrintable(QCoreApplication::translate(
                                        "main", "%1 has been handed to the Moderato window that is running.")
                                        .arg(file)));
            return 0;
        }
    }
    // The demo is read while the window is built, on another core: the importer compiles its regular
    // expressions on first use. The importer needs only Qt Core; the translators are installed already.
    std::future<core::Result<core::SessionDefinition>> demoDefinition;
    if ((files.isEmpty() && !parser.isSet(join)) || parser.isSet(demo)) {
        demoDefinition = std::async(std::launch::async, &core::ProposalImporter::demoWorkshop);
    }
    core::SystemClock clock;
    ui::MainWindow window(clock, &languages);
    if (files.size() > 1) {
        std::fprintf(stderr,
                     "moderato: %s\n",
                     qPrintable(QCoreApplication::translate("main", "open one session file at a time")));
        return 2;
    }
    if (parser.isSet(joinName) && !parser.isSet(join)) {
        std::fprintf(
            stderr, "moderato: %s\n", qPrintable(QCoreApplication::translate("main", "--name goes with --join")));
        return 2;
    }
    if (parser.isSet(join) && (!files.isEmpty() || parser.isSet(demo))) {
        std::fprintf(stderr,
                     "moderato: %s\n",
                     qPrintable(QCoreApplication::translate("main", "--join opens a shared session: give no file")));
        return 2;
    }
    if (parser.isSet(join)) {
        if (auto address = net::JoinAddress::parse(parser.value(join)); !address) {
            std::fprintf(stderr, "moderato: %s\n", qPrintable(core::errorMessage(address.error())));
            return 2;
        }
        if (parser.isSet(joinName)) {
            if (auto ok = window.joinSession(parser.value(join), parser.value(joinName)); !ok) {
                std::fprintf(stderr, "moderato: %s\n", qPrintable(core::errorMessage(ok.error())));
                return 2;
            }
        } else {
            window.show();
            window.showJoinDialog(parser.value(join));
        }
    } else if (!files.isEmpty() && !parser.isSet(demo)) {
        QString message;
        switch (window.openSessionFromUser(files.constFirst(), &message)) {
        case ui::MainWindow::OpenOutcome::Opened:
        case ui::MainWindow::OpenOutcome::OpenedReadOnly:
            break;
        case ui::MainWindow::OpenOutcome::ShownElsewhere:
            std::fprintf(
                stderr,
                "moderato: %s\n",
                qPrintable(QCoreApplication::translate(
                               "main", "%1 is open in another Moderato window, which has been brought to the front.")
                               .arg(files.constFirst())));
            return 0;
        case ui::MainWindow::OpenOutcome::Cancelled:
            return 0;
        case ui::MainWindow::OpenOutcome::Failed:
            // Started from a file manager, nobody reads stderr: say it in a window too.
            std::fprintf(stderr, "moderato: %s\n", qPrintable(message));
            if (!parser.isSet(firstPaint)) {
                ui::showPlainMessage(
                    nullptr, QCoreApplication::translate("main", "Moderato"), message, QMessageBox::Critical);
            }
            return 1;
        }
    } else {
        // The demo lives in a new temporary file each time; Save as keeps it.
        const QString directory = QStandardPaths::writableLocation(QStandardPaths::TempLocation);
        const QString path =
            QDir(directory).filePath(u"moderato-demo-%1-%2.moderato"_s.arg(QCoreApplication::applicationPid())
                                         .arg(QDateTime::currentMSecsSinceEpoch()));
        auto definition = demoDefinition.get();
        if (!definition) {
            std::fprintf(stderr, "moderato: %s\n", qPrintable(core::errorMessage(definition.error())));
            return 1;
        }
        if (auto ok = window.createDemoSession(path, definition.value()); !ok) {
            std::fprintf(stderr, "moderato: %s\n", qPrintable(core::errorMessage(ok.error())));
            return 1;
        }
    }
    window.show();
    ui::SingleInstance instance;
    if (listens) {
        QObject::connect(&instance, &ui::SingleInstance::openRequested, &window, [&window](const QString &path) {
            // As File › Open does, in front of the user.
            if (window.isMinimized()) {
                window.showNormal();
            }
            window.raise();
            window.activateWindow();
            QString message;
            if (window.openSessionFromUser(path, &message) == ui::MainWindow::OpenOutcome::Failed) {
                ui::showPlainMessage(
                    &window, QCoreApplication::translate("main", "Moderato"), message, QMessageBox::Critical);
            }
        });
        instance.listen(instanceName); // not when another window listens already: this one is a new window
    }
    if (parser.isSet(newSession)) {
        QTimer::singleShot(0, &window, [&window] {
            if (auto *action = window.findChild<QAction *>(u"actionNew"_s)) {
                action->trigger();
            }
        });
    }
    FirstPaintProbe probe;
    if (parser.isSet(roomMedia)) {
        if (auto ok = window.room()->addAndShowMedia(parser.value(roomMedia)); !ok) {
            std::fprintf(stderr, "moderato: %s\n", qPrintable(core::errorMessage(ok.error())));
            return 1;
        }
        window.room()->showDisplay(true);
    }
    if (parser.isSet(firstPaint)) {
        // With media on the room display, wait for the room's own first paint (the page rendered).
        QWidget *watched = parser.isSet(roomMedia) ? static_cast<QWidget *>(window.room()->window()) : &window;
        watched->installEventFilter(&probe);
    }
    return QApplication::exec();
}
