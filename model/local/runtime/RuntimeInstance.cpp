#include "local/runtime/RuntimeInstance.h"

#include "local/runtime/InstanceProcesses.h"
#include "local/runtime/NotebookEnvironment.h"

#include <QFile>
#include <QThread>

namespace SageDesk::Local {

namespace {

constexpr auto kStopPollInterval = std::chrono::milliseconds(20);
// How long a stop goes on killing what is left of an instance before it says Stopped anyway (a
// process in uninterruptible sleep cannot be killed sooner).
constexpr auto kSweepLimit = std::chrono::seconds(5);

} // namespace

RuntimeInstance::RuntimeInstance(QString name, QString instanceDir, const NotebookRuntimeOptions& options,
                                 const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_name(std::move(name))
    , m_folder{std::move(instanceDir)}
    , m_options(options)
    , m_clock(clock)
    , m_preparation(m_folder, options)
    , m_server(m_folder, options, clock)
{
    connect(&m_preparation, &InstancePreparation::finished, this, &RuntimeInstance::launch);
    connect(&m_preparation, &InstancePreparation::failed, this, &RuntimeInstance::fail);
    connect(&m_server, &JupyterServer::launched, this, &RuntimeInstance::writeRecord);
    connect(&m_server, &JupyterServer::ready, this, &RuntimeInstance::becomeServing);
    connect(&m_server, &JupyterServer::failed, this, &RuntimeInstance::fail);
    connect(&m_server, &JupyterServer::idle, this, [this] {
        emit idleStopTriggered(m_name);
        stop();
    });
    // Stopped once Jupyter is gone and nothing else of the instance is left: SIGKILL is delivered
    // asynchronously, and a script's shell may fork while it is being killed.
    connect(&m_stopPollTimer, &QTimer::timeout, this, [this] {
        if (!m_server.isGone()) {
            return;
        }
        if (m_sweepDeadline.isForever()) {
            m_sweepDeadline.setRemainingTime(kSweepLimit);
        }
        if (!killEverything() || m_sweepDeadline.hasExpired()) {
            finishStopping();
        }
    });
    m_graceTimer.setSingleShot(true);
    connect(&m_graceTimer, &QTimer::timeout, this, &RuntimeInstance::killEverything);
}

RuntimeInstance::~RuntimeInstance()
{
    if (m_phase != Phase::Idle && m_phase != Phase::Ended) {
        stopBlocking();
    }
}

void RuntimeInstance::begin(const NotebookRuntimeSpec& spec)
{
    m_phase = Phase::Preparing;
    m_record = {};
    m_record.startedAt = m_clock.currentDateTimeUtc();
    m_record.idleStopMinutes = spec.idleStopMinutes;
    m_server.setIdleStopMinutes(spec.idleStopMinutes);
    emit statusChanged(m_name, NotebookInstanceStatus::Pending, {});
    QString failure;
    if (!m_preparation.createFolders(&failure) || !m_server.prepareCookieSecret(&failure) ||
        (!spec.credentialsUrl.isEmpty() && !NotebookEnvironment::prepareFiles(m_folder, &failure))) {
        fail(failure);
        return;
    }
    const QProcessEnvironment environment =
        NotebookEnvironment::build(QProcessEnvironment::systemEnvironment(), m_folder, spec);
    m_preparation.setEnvironment(environment);
    m_server.setEnvironment(environment);
    m_preparation.linkBuckets(spec.bucketLinks);
    writeRecord();
    m_preparation.run(spec);
}

void RuntimeInstance::adopt(const RuntimeRecord& record)
{
    m_record = record;
    m_phase = Phase::Serving;
    m_server.adopt(record);
}

void RuntimeInstance::launch()
{
    if (m_phase != Phase::Preparing) {
        return;
    }
    m_phase = Phase::Launching;
    m_server.launch();
}

void RuntimeInstance::becomeServing()
{
    m_phase = Phase::Serving;
    m_record.phase = RuntimeRecord::Phase::Serving;
    writeRecord();
    emit statusChanged(m_name, NotebookInstanceStatus::InService, {});
}

void RuntimeInstance::setIdleStopMinutes(int minutes)
{
    if (m_phase == Phase::Idle || m_phase == Phase::Stopping || m_phase == Phase::Ended) {
        return;
    }
    m_record.idleStopMinutes = minutes;
    // So that an endpoint adopting the instance later goes on with the new limit.
    writeRecord();
    m_server.setIdleStopMinutes(minutes);
}

void RuntimeInstance::stop()
{
    if (m_phase == Phase::Idle || m_phase == Phase::Stopping || m_phase == Phase::Ended) {
        return;
    }
    m_phase = Phase::Stopping;
    emit statusChanged(m_name, NotebookInstanceStatus::Stopping, {});
    m_preparation.cancel();
    m_server.terminate();
    m_sweepDeadline = QDeadlineTimer(QDeadlineTimer::Forever);
    m_graceTimer.start(m_options.stopGrace);
    m_stopPollTimer.start(kStopPollInterval);
}

void RuntimeInstance::stopBlocking()
{
    m_stopPollTimer.stop();
    m_graceTimer.stop();
    m_preparation.cancel();
    m_server.terminateAndWait(m_options.stopGrace);
    killEverythingAndWait();
    m_server.reap();
    QFile::remove(m_folder.runtimeFile());
    m_phase = Phase::Ended;
}

void RuntimeInstance::detach()
{
    m_stopPollTimer.stop();
    m_graceTimer.stop();
    m_server.detach();
    m_phase = Phase::Ended;
}

std::optional<JupyterSignIn> RuntimeInstance::signIn(qint64 sessionSeconds, bool lab) const
{
    if (m_phase != Phase::Serving) {
        return std::nullopt;
    }
    return m_server.signIn(sessionSeconds, lab);
}

void RuntimeInstance::fail(const QString& reason)
{
    if (m_phase == Phase::Ended) {
        return;
    }
    stopBlocking();
    // Forgotten first, so that a slot reacting to Failed may start the instance again.
    emit ended(m_name);
    emit statusChanged(m_name, NotebookInstanceStatus::Failed, reason);
}

void RuntimeInstance::finishStopping()
{
    m_graceTimer.stop();
    m_stopPollTimer.stop();
    QFile::remove(m_folder.runtimeFile());
    m_phase = Phase::Ended;
    emit ended(m_name);
    emit statusChanged(m_name, NotebookInstanceStatus::Stopped, {});
}

bool RuntimeInstance::killEverything()
{
    QList<qint64> pids = InstanceProcesses::find(m_folder.root);
    if (!m_server.isGone()) {
        pids.append(m_server.processId());
    }
    InstanceProcesses::send(pids, InstanceProcesses::Signal::Kill);
    return !pids.isEmpty();
}

void RuntimeInstance::killEverythingAndWait()
{
    const QDeadlineTimer limit(kSweepLimit);
    while (killEverything() && !limit.hasExpired()) {
        QThread::msleep(5);
    }
}

void RuntimeInstance::writeRecord()
{
    m_record.port = m_server.port();
    m_record.token = m_server.token();
    m_record.pid = m_server.launchedPid();
    m_record.write(m_folder.runtimeFile());
}

} // namespace SageDesk::Local
