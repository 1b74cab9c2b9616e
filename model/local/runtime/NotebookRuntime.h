#pragma once

#include "core/Clock.h"
#include "domain/NotebookInstanceStatus.h"
#include "local/runtime/JupyterSignIn.h"
#include "local/runtime/NotebookRuntimeOptions.h"
#include "local/runtime/NotebookRuntimeSpec.h"
#include "local/runtime/RuntimeReconcileReport.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

#include <optional>

namespace SageDesk::Local {

class RuntimeInstance;

// Runs every notebook instance of one sagedesk-local data directory as a real Jupyter server.
//
// Layout per instance, under <dataDir>/instances/<name>/:
//   SageMaker/            the volume (survives stop/start; repositories and s3/<bucket> links live here)
//   logs/                 LifecycleConfigOnCreate.log, LifecycleConfigOnStart.log, jupyter.log
//   runtime.json (0600)   pid, process group, port, token, start time: what reconcile() adopts
//   jupyter_cookie_secret (0600)
//
// start() and stop() return at once; progress arrives as statusChanged(): Pending → InService or
// Failed, and Stopping → Stopped. Every child runs in its own process group, so stopping an
// instance also ends its kernels and terminals.
class NotebookRuntime final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotebookRuntime)

public:
    explicit NotebookRuntime(QString dataDir, NotebookRuntimeOptions options = {},
                             const Clock& clock = Clock::system(), QObject* parent = nullptr);
    // Stops every instance it still runs (their process groups end with it).
    ~NotebookRuntime() override;

    QString dataDir() const { return m_dataDir; }
    QString instanceDir(const QString& name) const;
    QString volumeDir(const QString& name) const;
    QString logDir(const QString& name) const;

    // Pending at once (signalled), then InService when Jupyter's /api answers, or Failed with AWS's
    // FailureReason text. Ignored (returns false) when the instance is already running or starting.
    bool start(const NotebookRuntimeSpec& spec);
    // Stopping at once, then Stopped. Also cancels a start that is still Pending. Returns false when
    // nothing of that name runs.
    bool stop(const QString& name);
    // Deletes the instance's folder (volume, logs). Refused (false) while it runs.
    bool remove(const QString& name);

    // For `sagedesk-local --keep-running`: lets go of every serving instance without stopping it.
    // Their Jupyter servers keep running with their runtime files, for reconcile() of the next
    // endpoint to adopt; they are no longer isRunning() here. Instances still starting or stopping
    // cannot be adopted and stay, for the destructor to stop. Returns the names let go of.
    QStringList detachServing();

    // A changed idle auto-stop limit for a running instance (see NotebookRuntimeSpec); a serving one
    // counts its idle time from now. False when nothing of that name runs.
    bool setIdleStopMinutes(const QString& name, int minutes);

    // Starting or InService.
    bool isRunning(const QString& name) const;
    // True only once InService.
    bool isServing(const QString& name) const;
    // JupyterServer::url() of a serving instance (without any token).
    std::optional<QUrl> jupyterUrl(const QString& name) const;
    // The token of a serving instance, for the endpoint's own calls (e.g. a health check). It is a
    // secret: never log it.
    std::optional<QByteArray> jupyterToken(const QString& name) const;

    // The presigned-URL sign-in: Set-Cookie headers that log the browser in to the instance's
    // Jupyter for `sessionSeconds`, and where to redirect (/tree, or /lab when `lab` and the server
    // has JupyterLab). Empty when the instance is not serving. Jupyter checks the cookie's timestamp
    // against the wall clock, so the injected clock must follow real time here.
    std::optional<JupyterSignIn> signIn(const QString& name, qint64 sessionSeconds, bool lab = false) const;

    // After an endpoint restart: adopts the Jupyter servers of `expectedRunning` that still answer,
    // ends the process groups of everything else that has a runtime file, and reports what is gone.
    // Blocks for at most about a second per instance.
    RuntimeReconcileReport reconcile(const QSet<QString>& expectedRunning);

signals:
    void statusChanged(const QString& name, SageDesk::NotebookInstanceStatus status,
                       const QString& failureReason);
    // Emitted just before the Stopping of an idle auto-stop, so the endpoint can record why.
    void idleStopTriggered(const QString& name);

private:
    void track(RuntimeInstance* instance);
    void forget(const QString& name);

    QString m_dataDir;
    NotebookRuntimeOptions m_options;
    const Clock& m_clock;
    QHash<QString, RuntimeInstance*> m_instances;
};

} // namespace SageDesk::Local
