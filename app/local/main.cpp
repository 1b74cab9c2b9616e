#include "core/LabBuild.h"
#include "core/Translations.h"
#include "core/Version.h"
#include "discovery/LocalEndpointInfo.h"
#include "local/LocalEndpoint.h"
#include "local/SignalWatcher.h"
#include "local/runtime/JupyterServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <chrono>
#include <optional>

#include <sys/stat.h>

using SageDesk::Local::LocalEndpoint;
using SageDesk::Local::LocalEndpointInfo;

namespace {

// How long `--print-env` waits for an endpoint that another process is starting: generous, since
// a loaded machine can take seconds to start one, and only paid when none ever comes.
constexpr std::chrono::seconds kStartingEndpointWait{30};

// What --version adds to the version number: whether notebook instances can open JupyterLab.
QString labAvailability()
{
    const QString state = !SageDesk::Local::JupyterServer::labServerScript().isEmpty()
                              ? QCoreApplication::translate("SageDesk::Local::LocalEndpoint", "available")
                          : SageDesk::kHasLab
                              ? QCoreApplication::translate("SageDesk::Local::LocalEndpoint", "not installed")
                              : QCoreApplication::translate("SageDesk::Local::LocalEndpoint", "not built");
    return QCoreApplication::translate("SageDesk::Local::LocalEndpoint", "JupyterLab: %1").arg(state);
}

// Prints the environment of the endpoint that serves `dataDir`, waiting up to `wait` for one that is
// starting; false when none came.
bool printRunningEnvironment(const QString& dataDir, std::chrono::milliseconds wait, QTextStream& out)
{
    QDeadlineTimer deadline(wait);
    for (;;) {
        if (const auto running = LocalEndpointInfo::read(dataDir)) {
            if (const auto credentials = SageDesk::Local::LocalCredentials::load(dataDir)) {
                out << running->environmentLines(*credentials);
                return true;
            }
        }
        if (deadline.hasExpired()) {
            return false;
        }
        QThread::msleep(100);
    }
}

// An option for tests, which --help does not list.
QCommandLineOption hiddenOption(const QString& name, const QString& description, const QString& valueName)
{
    QCommandLineOption option(name, description, valueName);
    option.setFlags(QCommandLineOption::HiddenFromHelp);
    return option;
}

// The milliseconds of a hidden test option, from `shortest` to `longest`; nothing (after saying why on
// `err`) when the value is not a number in that range.
std::optional<std::chrono::milliseconds> testMilliseconds(const QCommandLineParser& parser,
                                                          const QCommandLineOption& option, int shortest,
                                                          int longest, QTextStream& err)
{
    bool valid = false;
    const int milliseconds = parser.value(option).toInt(&valid);
    if (!valid || milliseconds < shortest || milliseconds > longest) {
        err << QStringLiteral("Invalid --%1: %2 (from %3 to %4)")
                   .arg(option.names().constFirst(), parser.value(option))
                   .arg(shortest)
                   .arg(longest)
            << Qt::endl;
        return std::nullopt;
    }
    return std::chrono::milliseconds(milliseconds);
}

} // namespace

int main(int argc, char** argv)
{
    // Everything the endpoint and its notebook instances create (state, buckets, instance folders,
    // logs) is its owner's alone from the moment it exists.
    ::umask(077);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sagedesk-local"));
    // Before the options are described: --help and the errors below are in the person's language.
    SageDesk::installTranslations(app, SageDesk::languageArgument(QCoreApplication::arguments().mid(1)));
    // As --version prints it: "sagedesk-local 0.1.0 (JupyterLab: available)".
    QCoreApplication::setApplicationVersion(
        QStringLiteral("%1 (%2)").arg(QString::fromLatin1(SageDesk::kVersion), labAvailability()));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("SageDesk::Local::LocalEndpoint",
                                    "Local SageMaker endpoint of SageDesk (SageMaker, IAM, STS and S3 on "
                                    "127.0.0.1, notebook instances as Jupyter servers)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QCoreApplication::translate("SageDesk::Local::LocalEndpoint",
                                                                    "Port on 127.0.0.1 (0: any free port)."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption dataDirOption(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("SageDesk::Local::LocalEndpoint",
                                    "Directory for state, volumes and buckets."),
        QStringLiteral("DIR"), LocalEndpointInfo::defaultDataDir());
    const QCommandLineOption printEnvOption(
        QStringLiteral("print-env"),
        QCoreApplication::translate(
            "SageDesk::Local::LocalEndpoint",
            "Print AWS_* variables for a shell: of the running endpoint (waiting for one "
            "that is starting), or with --port of one started here if none runs."));
    const QCommandLineOption keepRunningOption(
        QStringLiteral("keep-running"),
        QCoreApplication::translate("SageDesk::Local::LocalEndpoint",
                                    "On SIGTERM, leave notebook instances running for the next start."));
    // Read by languageArgument() above; declared so that the parser accepts it and --help lists it.
    const QCommandLineOption languageOption(
        QStringLiteral("lang"),
        QCoreApplication::translate("main", "Use this language instead of the system's (en or ko)."),
        QStringLiteral("language"));
    // For tests only, hence hidden from --help: an idle auto-stop "minute" of this many milliseconds,
    // so that a test sees an idle stop in seconds. An option, not an environment variable, so that an
    // endpoint the GUI or the CLI starts can never inherit it; bounded, so that a typo cannot turn idle
    // stop into a hair trigger or into never.
    QCommandLineOption testIdleMinuteOption(
        QStringLiteral("test-idle-minute-ms"),
        QStringLiteral("For tests: one idle-stop minute in milliseconds."), QStringLiteral("MS"));
    testIdleMinuteOption.setFlags(QCommandLineOption::HiddenFromHelp);
    // For tests only, hidden: notebook instances run the classic jupyter-notebook (no /lab) even when
    // this build has JupyterLab, so that the notice for a build without it can be tested in any build.
    QCommandLineOption testClassicJupyterOption(
        QStringLiteral("test-classic-jupyter"),
        QStringLiteral("For tests: run the classic jupyter-notebook, without JupyterLab."));
    testClassicJupyterOption.setFlags(QCommandLineOption::HiddenFromHelp);
    // For tests only, hidden: a program launched instead of Jupyter (as jupyter-notebook is), so that a
    // test can force what no real Jupyter does on demand (dying, hanging, ignoring SIGTERM), and a
    // shorter limit for Jupyter's start-up. Options, never environment variables, so that nothing
    // the GUI or the CLI starts picks them up; the program must be an absolute path to an executable
    // file, and the limit is bounded.
    const QCommandLineOption testJupyterProgramOption = hiddenOption(
        QStringLiteral("test-jupyter-program"),
        QStringLiteral("For tests: launch this program instead of Jupyter."), QStringLiteral("PATH"));
    const QCommandLineOption testJupyterStartTimeoutOption =
        hiddenOption(QStringLiteral("test-jupyter-start-timeout-ms"),
                     QStringLiteral("For tests: how long Jupyter may take to answer, in milliseconds."),
                     QStringLiteral("MS"));
    // For tests only, hidden: how long Updating and Deleting last, for a test that must see them with
    // the aws CLI on a loaded machine; bounded like the others.
    const QCommandLineOption testTransitionOption =
        hiddenOption(QStringLiteral("test-transition-ms"),
                     QStringLiteral("For tests: how long Updating and Deleting last, in milliseconds."),
                     QStringLiteral("MS"));
    parser.addOptions({portOption, dataDirOption, printEnvOption, keepRunningOption, languageOption,
                       testIdleMinuteOption, testClassicJupyterOption, testJupyterProgramOption,
                       testJupyterStartTimeoutOption, testTransitionOption});
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535) {
        err << QCoreApplication::translate("SageDesk::Local::LocalEndpoint", "Invalid port: %1")
                   .arg(parser.value(portOption))
            << Qt::endl;
        return 2;
    }
    LocalEndpoint::Options options;
    options.dataDir = parser.value(dataDirOption);
    options.port = static_cast<quint16>(port);
    options.runtime.classicJupyterOnly = parser.isSet(testClassicJupyterOption);
    if (parser.isSet(testIdleMinuteOption)) {
        const auto idleMinute = testMilliseconds(parser, testIdleMinuteOption, 200, 60000, err);
        if (!idleMinute) {
            return 2;
        }
        // Checked four times per such minute, as a real minute is checked once.
        options.runtime.idleMinute = *idleMinute;
        options.runtime.idleCheckInterval =
            std::min(options.runtime.idleCheckInterval, options.runtime.idleMinute / 4);
    }
    if (parser.isSet(testJupyterProgramOption)) {
        const QFileInfo program(parser.value(testJupyterProgramOption));
        if (!program.isAbsolute() || !program.isFile() || !program.isExecutable()) {
            err << QStringLiteral(
                       "Invalid --test-jupyter-program: %1 (an absolute path to an executable file)")
                       .arg(parser.value(testJupyterProgramOption))
                << Qt::endl;
            return 2;
        }
        options.runtime.jupyterProgram = program.filePath();
    }
    if (parser.isSet(testJupyterStartTimeoutOption)) {
        const auto startTimeout = testMilliseconds(parser, testJupyterStartTimeoutOption, 500, 120000, err);
        if (!startTimeout) {
            return 2;
        }
        options.runtime.jupyterStartTimeout = *startTimeout;
    }
    if (parser.isSet(testTransitionOption)) {
        const auto transition = testMilliseconds(parser, testTransitionOption, 500, 60000, err);
        if (!transition) {
            return 2;
        }
        options.transitionDuration = *transition;
    }

    if (parser.isSet(printEnvOption)) {
        // Without --port, `--print-env` only reports: it is what `eval "$(sagedesk-local --print-env)"`
        // runs right after `sagedesk-local --port 0 &`, so the endpoint may still be starting, and
        // an endpoint started here would never exit and hang the shell's command substitution.
        // With --port it starts one when none runs (as the tests and scripts that read its output do).
        const bool mayStart = parser.isSet(portOption);
        if (printRunningEnvironment(options.dataDir,
                                    mayStart ? std::chrono::milliseconds(0) : kStartingEndpointWait, out)) {
            return 0;
        }
        if (!mayStart) {
            err << QCoreApplication::translate(
                       "SageDesk::Local::LocalEndpoint",
                       "No sagedesk-local serves %1. Start one (sagedesk-local --port 0 &), or give "
                       "--port to start one here.")
                       .arg(QDir::toNativeSeparators(options.dataDir))
                << Qt::endl;
            return 1;
        }
    }

    LocalEndpoint endpoint(options);
    if (!endpoint.start()) {
        // Another endpoint took the data directory first (two `--print-env --port` racing): its
        // environment is what this one would have printed.
        if (parser.isSet(printEnvOption) && endpoint.dataDirTaken() &&
            printRunningEnvironment(options.dataDir, kStartingEndpointWait, out)) {
            return 0;
        }
        err << endpoint.errorString() << Qt::endl;
        return 1;
    }
    if (parser.isSet(printEnvOption)) {
        out << endpoint.environmentLines() << Qt::flush;
    } else {
        err << QCoreApplication::translate("SageDesk::Local::LocalEndpoint", "Listening on %1")
                   .arg(endpoint.endpointUrl())
            << Qt::endl;
    }

    const bool keepRunning = parser.isSet(keepRunningOption);
    SageDesk::Local::SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &SageDesk::Local::SignalWatcher::received, &app, [&](int) {
        endpoint.shutdown(keepRunning);
        QCoreApplication::quit();
    });
    return QCoreApplication::exec();
}
