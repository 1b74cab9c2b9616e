#include "local/runtime/NotebookRuntime.h"

#include "local/runtime/InstanceFolder.h"
#include "local/runtime/InstanceProcesses.h"
#include "local/runtime/JupyterProbe.h"
#include "local/runtime/JupyterServer.h"
#include "local/runtime/RuntimeInstance.h"
#include "local/runtime/RuntimeRecord.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace SageDesk::Local {

namespace {

constexpr auto kAdoptionProbeTimeout = std::chrono::milliseconds(1000);

} // namespace

NotebookRuntime::NotebookRuntime(QString dataDir, NotebookRuntimeOptions options, const Clock& clock,
                                 QObject* parent)
    : QObject(parent)
    , m_dataDir(QDir::cleanPath(QFileInfo(dataDir).absoluteFilePath()))
    , m_options(std::move(options))
    , m_clock(clock)
{}

NotebookRuntime::~NotebookRuntime()
{
    for (RuntimeInstance* instance : std::as_const(m_instances)) {
        instance->disconnect(this);
        instance->stopBlocking();
        delete instance;
    }
}

QString NotebookRuntime::instanceDir(const QString& name) const
{
    return QStringLiteral("%1/instances/%2").arg(m_dataDir, name);
}

QString NotebookRuntime::volumeDir(const QString& name) const
{
    return InstanceFolder{instanceDir(name)}.volume();
}

QString NotebookRuntime::logDir(const QString& name) const
{
    return InstanceFolder{instanceDir(name)}.logs();
}

bool NotebookRuntime::start(const NotebookRuntimeSpec& spec)
{
    if (spec.name.isEmpty() || spec.name.contains(u'/') || m_instances.contains(spec.name)) {
        return false;
    }
    auto* instance = new RuntimeInstance(spec.name, instanceDir(spec.name), m_options, m_clock, this);
    track(instance);
    instance->begin(spec);
    return true;
}

bool NotebookRuntime::stop(const QString& name)
{
    RuntimeInstance* instance = m_instances.value(name);
    if (!instance) {
        return false;
    }
    instance->stop();
    return true;
}

bool NotebookRuntime::remove(const QString& name)
{
    if (name.isEmpty() || name.contains(u'/') || m_instances.contains(name)) {
        return false;
    }
    const QDir dir(instanceDir(name));
    if (!dir.exists()) {
        return true;
    }
    // Bucket links go first so that nothing can ever follow them into the bucket folders.
    const QDir s3(volumeDir(name) + QStringLiteral("/s3"));
    const QFileInfoList links = s3.entryInfoList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot);
    for (const QFileInfo& link : links) {
        if (link.isSymLink()) {
            QFile::remove(link.filePath());
        }
    }
    return QDir(instanceDir(name)).removeRecursively();
}

QStringList NotebookRuntime::detachServing()
{
    QStringList detached;
    for (auto it = m_instances.begin(); it != m_instances.end();) {
        RuntimeInstance* instance = it.value();
        if (!instance->isServing()) {
            ++it;
            continue;
        }
        instance->disconnect(this);
        instance->detach();
        detached.append(it.key());
        delete instance;
        it = m_instances.erase(it);
    }
    detached.sort();
    return detached;
}

bool NotebookRuntime::setIdleStopMinutes(const QString& name, int minutes)
{
    RuntimeInstance* instance = m_instances.value(name);
    if (!instance) {
        return false;
    }
    instance->setIdleStopMinutes(minutes);
    return true;
}

bool NotebookRuntime::isRunning(const QString& name) const
{
    return m_instances.contains(name);
}

bool NotebookRuntime::isServing(const QString& name) const
{
    const RuntimeInstance* instance = m_instances.value(name);
    return instance && instance->isServing();
}

std::optional<QUrl> NotebookRuntime::jupyterUrl(const QString& name) const
{
    if (!isServing(name)) {
        return std::nullopt;
    }
    return JupyterServer::url(m_instances.value(name)->port());
}

std::optional<QByteArray> NotebookRuntime::jupyterToken(const QString& name) const
{
    if (!isServing(name)) {
        return std::nullopt;
    }
    return m_instances.value(name)->token();
}

std::optional<JupyterSignIn> NotebookRuntime::signIn(const QString& name, qint64 sessionSeconds,
                                                     bool lab) const
{
    const RuntimeInstance* instance = m_instances.value(name);
    return instance ? instance->signIn(sessionSeconds, lab) : std::nullopt;
}

RuntimeReconcileReport NotebookRuntime::reconcile(const QSet<QString>& expectedRunning)
{
    RuntimeReconcileReport report;
    QSet<QString> unaccounted = expectedRunning;
    const QStringList names = QDir(m_dataDir + QStringLiteral("/instances"))
                                  .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString& name : names) {
        if (m_instances.contains(name)) {
            unaccounted.remove(name);
            continue;
        }
        const InstanceFolder folder{instanceDir(name)};
        const std::optional<RuntimeRecord> record = RuntimeRecord::read(folder.runtimeFile());
        const QList<qint64> processes = InstanceProcesses::find(folder.root);
        if (!record && processes.isEmpty()) {
            continue;
        }
        const bool expected = expectedRunning.contains(name);
        if (expected && record && record->phase == RuntimeRecord::Phase::Serving &&
            processes.contains(record->pid) &&
            JupyterProbe::acceptsToken(record->port, record->token, kAdoptionProbeTimeout)) {
            auto* instance = new RuntimeInstance(name, folder.root, m_options, m_clock, this);
            track(instance);
            instance->adopt(*record);
            report.adopted.append(name);
            unaccounted.remove(name);
            continue;
        }
        // Half-started, unanswering, or no longer wanted: nothing of it may keep running.
        InstanceProcesses::send(processes, InstanceProcesses::Signal::Kill);
        QFile::remove(folder.runtimeFile());
        if (!expected && !processes.isEmpty()) {
            report.endedOrphans.append(name);
        }
    }
    report.gone = QStringList(unaccounted.cbegin(), unaccounted.cend());
    report.gone.sort();
    return report;
}

void NotebookRuntime::track(RuntimeInstance* instance)
{
    m_instances.insert(instance->name(), instance);
    connect(instance, &RuntimeInstance::statusChanged, this, &NotebookRuntime::statusChanged);
    connect(instance, &RuntimeInstance::idleStopTriggered, this, &NotebookRuntime::idleStopTriggered);
    connect(instance, &RuntimeInstance::ended, this, &NotebookRuntime::forget);
}

void NotebookRuntime::forget(const QString& name)
{
    RuntimeInstance* instance = m_instances.take(name);
    if (instance) {
        instance->deleteLater();
    }
}

} // namespace SageDesk::Local
