#include "discovery/LocalEndpointLauncher.h"

#include "discovery/LocalEndpointInfo.h"

#include <QCoreApplication>
#include <QProcess>
#include <QStandardPaths>

namespace SageDesk::Local {

namespace {
constexpr int kCheckIntervalMs = 100;
constexpr int kMaxChecks = LocalEndpointLauncher::startTimeoutSeconds() * 1000 / kCheckIntervalMs;
} // namespace

LocalEndpointLauncher::LocalEndpointLauncher(QString dataDir, QString program, QObject* parent)
    : QObject(parent)
    , m_dataDir(dataDir.isEmpty() ? LocalEndpointInfo::defaultDataDir() : std::move(dataDir))
    , m_program(std::move(program))
{
    m_wait.setInterval(kCheckIntervalMs);
    connect(&m_wait, &QTimer::timeout, this, &LocalEndpointLauncher::checkStarted);
}

LocalEndpointLauncher::~LocalEndpointLauncher() = default;

QString LocalEndpointLauncher::program() const
{
    if (!m_program.isEmpty()) {
        return m_program;
    }
    // The one installed with us first: a sagedesk-local elsewhere on the PATH may be another version.
    // (findExecutable adds Windows' ".exe".)
    const QString besideUs = QStandardPaths::findExecutable(QStringLiteral("sagedesk-local"),
                                                            {QCoreApplication::applicationDirPath()});
    if (!besideUs.isEmpty()) {
        return besideUs;
    }
    return QStandardPaths::findExecutable(QStringLiteral("sagedesk-local"));
}

bool LocalEndpointLauncher::isRunning() const
{
    return LocalEndpointInfo::read(m_dataDir).has_value();
}

void LocalEndpointLauncher::start()
{
    if (isRunning()) {
        emit ready();
        return;
    }
    if (m_wait.isActive()) {
        return; // already starting one: its ready() or failed() answers this call too
    }
    m_starting = program();
    if (m_starting.isEmpty()) {
        emit failed(Failure::NotFound, m_starting);
        return;
    }
    // Detached with its output discarded: it must outlive us without holding our pipes.
    QProcess process;
    process.setProgram(m_starting);
    process.setArguments({QStringLiteral("--data-dir"), m_dataDir});
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    if (!process.startDetached(&m_startedPid)) {
        emit failed(Failure::NotStarted, m_starting);
        return;
    }
    m_checks = 0;
    m_wait.start();
}

void LocalEndpointLauncher::checkStarted()
{
    if (isRunning()) {
        m_wait.stop();
        emit ready();
        return;
    }
    if (++m_checks >= kMaxChecks) {
        m_wait.stop();
        emit failed(Failure::TimedOut, m_starting);
    }
}

} // namespace SageDesk::Local
