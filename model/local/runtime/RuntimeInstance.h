#pragma once

#include "core/Clock.h"
#include "domain/NotebookInstanceStatus.h"
#include "local/runtime/BoundedProcess.h"
#include "local/runtime/JupyterSignIn.h"
#include "local/runtime/NotebookRuntimeOptions.h"
#include "local/runtime/NotebookRuntimeSpec.h"
#include "local/runtime/RuntimeRecord.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QTimer>

#include <functional>
#include <memory>

namespace SageDesk::Local {

class IdleMonitor;

// One notebook instance from Pending to Stopped/Failed: prepares the volume, clones repositories,
// runs the lifecycle scripts, launches Jupyter and waits for /api, watches for idleness, and stops
// everything the instance started. NotebookRuntime owns one per running instance.
class RuntimeInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuntimeInstance)

public:
    // `instanceDir` is <data>/instances/<name>; it also marks every process of the instance.
    RuntimeInstance(QString name, QString instanceDir, const NotebookRuntimeOptions& options,
                    const Clock& clock, QObject* parent = nullptr);
    ~RuntimeInstance() override;

    QString name() const { return m_name; }
    QString volumeDir() const;
    QString logDir() const;
    QString runtimeFile() const;
    QString cookieSecretFile() const;

    void begin(const NotebookRuntimeSpec& spec);
    // Takes over a Jupyter that a previous endpoint started and that still answers.
    void adopt(const RuntimeRecord& record);
    void stop();
    // For the endpoint's own shutdown: stop now, blocking for at most the grace period.
    void stopBlocking();
    // For a shutdown that keeps the instance running: stops watching it and lets go of its Jupyter
    // without ending it. The runtime file stays for the next endpoint to adopt.
    void detach();
    // The idle auto-stop limit in "minutes" (0: none), from now on; a serving instance starts
    // counting its idle time again.
    void setIdleStopMinutes(int minutes);

    bool isServing() const { return m_phase == Phase::Serving; }
    quint16 port() const { return m_record.port; }
    QByteArray token() const { return m_record.token; }
    std::optional<JupyterSignIn> signIn(qint64 sessionSeconds, bool lab) const;

signals:
    void statusChanged(const QString& name, SageDesk::NotebookInstanceStatus status,
                       const QString& failureReason);
    void idleStopTriggered(const QString& name);
    // Stopped or Failed: nothing of the instance runs any more.
    void ended(const QString& name);

private:
    enum class Phase
    {
        Idle,
        Preparing,
        Launching,
        Serving,
        Stopping,
        Ended,
    };

    using Step = std::function<void()>;

    bool prepareVolume(QString* failure);
    void linkBuckets();
    void queueClone(const QString& repository);
    void queueLifecycleScript(const QByteArray& script, const QString& hook);
    void runStep(const QString& program, const QStringList& arguments, const QString& logFile,
                 std::chrono::milliseconds timeout,
                 std::function<QString(BoundedProcess::Outcome, const QString& lastLine)> failureOf);
    void nextStep();
    void launchJupyter();
    void probeReadiness();
    void becomeServing();
    void startWatching();
    void watchIdleness();
    // Learns whether the server has JupyterLab, then calls `then` (if any).
    void probeLab(const std::function<void()>& then);
    void fail(const QString& reason);
    void finishStopping();
    void killEverything();
    bool jupyterGone() const;
    qint64 jupyterPid() const;
    void writeRecord();

    QString m_name;
    QString m_instanceDir;
    NotebookRuntimeOptions m_options;
    const Clock& m_clock;
    NotebookRuntimeSpec m_spec;
    Phase m_phase = Phase::Idle;
    RuntimeRecord m_record;
    QByteArray m_cookieSigningKey;
    QList<Step> m_steps;
    BoundedProcess* m_step = nullptr;
    std::unique_ptr<QProcess> m_jupyter;
    QNetworkAccessManager m_network;
    QTimer m_readinessTimer;
    QElapsedTimer m_launchElapsed;
    bool m_probeInFlight = false;
    QTimer m_watchTimer;
    QTimer m_graceTimer;
    IdleMonitor* m_idleMonitor = nullptr;
    bool m_servesLab = false;
};

} // namespace SageDesk::Local
