#include "local/runtime/BoundedProcess.h"

#include "local/runtime/InstanceProcesses.h"

#include <QProcessEnvironment>

namespace SageDesk::Local {

BoundedProcess::BoundedProcess(QString marker, QObject* parent)
    : QObject(parent)
    , m_marker(std::move(marker))
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
    InstanceProcesses::prepare(m_process, m_marker);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        m_ending = true;
        endEverything();
        finish(Outcome::TimedOut, -1);
    });
    connect(&m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        if (m_ending) {
            return;
        }
        // Background children stay: AWS's advice for work longer than the time limit is to run it in
        // the background (nohup ... &); they end with the instance.
        const bool ok = status == QProcess::NormalExit && exitCode == 0;
        finish(ok ? Outcome::Succeeded : Outcome::FailedToRun,
               status == QProcess::NormalExit ? exitCode : -1);
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            finish(Outcome::FailedToRun, -1);
        }
    });
}

BoundedProcess::~BoundedProcess()
{
    if (!m_finished) {
        m_ending = true;
        endEverything();
    }
}

void BoundedProcess::setWorkingDirectory(const QString& directory)
{
    m_process.setWorkingDirectory(directory);
}

void BoundedProcess::setEnvironment(const QProcessEnvironment& environment)
{
    QProcessEnvironment marked = environment;
    marked.insert(QString::fromLatin1(InstanceProcesses::markerVariable()), m_marker);
    m_process.setProcessEnvironment(marked);
}

void BoundedProcess::setEnvironmentVariable(const QString& name, const QString& value)
{
    QProcessEnvironment environment = m_process.processEnvironment();
    environment.insert(name, value);
    m_process.setProcessEnvironment(environment);
}

void BoundedProcess::start(const QString& program, const QStringList& arguments, const QString& logFile,
                           std::chrono::milliseconds timeout)
{
    m_finished = false;
    m_ending = false;
    m_process.setStandardOutputFile(logFile, QIODevice::Append);
    m_deadline.start(timeout);
    m_process.start(program, arguments);
}

void BoundedProcess::cancel()
{
    if (m_finished) {
        return;
    }
    m_ending = true;
    endEverything();
    finish(Outcome::Cancelled, -1);
}

bool BoundedProcess::isActive() const
{
    return !m_finished;
}

void BoundedProcess::endEverything()
{
    m_deadline.stop();
    QList<qint64> pids = InstanceProcesses::find(m_marker);
    if (m_process.processId() > 0) {
        pids.append(m_process.processId());
    }
    InstanceProcesses::send(pids, InstanceProcesses::Signal::Kill);
    m_process.waitForFinished(1000);
}

void BoundedProcess::finish(Outcome outcome, int exitCode)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_deadline.stop();
    emit finished(outcome, exitCode);
}

} // namespace SageDesk::Local
