#pragma once

#include "core/Clock.h"
#include "domain/NotebookInstanceStatus.h"
#include "local/runtime/InstanceFolder.h"
#include "local/runtime/InstancePreparation.h"
#include "local/runtime/JupyterServer.h"
#include "local/runtime/JupyterSignIn.h"
#include "local/runtime/NotebookRuntimeOptions.h"
#include "local/runtime/NotebookRuntimeSpec.h"
#include "local/runtime/RuntimeRecord.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QTimer>

#include <optional>

namespace SageDesk::Local {

// One notebook instance from Pending to Stopped/Failed: the state machine that runs its
// preparation (volume, bucket links, clones, lifecycle scripts), then its Jupyter server, keeps the
// runtime file, and stops everything the instance started. NotebookRuntime owns one per running
// instance.
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
    const InstanceFolder& folder() const { return m_folder; }

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
    quint16 port() const { return m_server.port(); }
    QByteArray token() const { return m_server.token(); }
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

    void launch();
    void becomeServing();
    void fail(const QString& reason);
    void finishStopping();
    // SIGKILL to every process of the instance; answers whether there was any. A process forked
    // while the list was read, or one not dead yet, is found by the next call.
    bool killEverything();
    // Kills until nothing of the instance is left (or kSweepLimit passes), blocking.
    void killEverythingAndWait();
    void writeRecord();

    QString m_name;
    InstanceFolder m_folder;
    NotebookRuntimeOptions m_options;
    const Clock& m_clock;
    Phase m_phase = Phase::Idle;
    RuntimeRecord m_record;
    InstancePreparation m_preparation;
    JupyterServer m_server;
    QTimer m_stopPollTimer;
    QTimer m_graceTimer;
    QDeadlineTimer m_sweepDeadline{QDeadlineTimer::Forever}; // while stopping: when the sweep gives up
};

} // namespace SageDesk::Local
