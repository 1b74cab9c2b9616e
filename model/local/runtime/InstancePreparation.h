#pragma once

#include "local/runtime/BoundedProcess.h"
#include "local/runtime/InstanceFolder.h"
#include "local/runtime/NotebookRuntimeOptions.h"
#include "local/runtime/NotebookRuntimeSpec.h"

#include <QList>
#include <QObject>
#include <QProcessEnvironment>

#include <functional>

namespace SageDesk::Local {

// Everything an instance needs before its Jupyter server can start: the volume and log folders,
// the SageMaker/s3 bucket links, the code repositories cloned into the volume, and the OnCreate and
// OnStart lifecycle scripts. Clones and scripts run one at a time as children marked as the
// instance's, each with its own time limit and log file.
class InstancePreparation final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstancePreparation)

public:
    InstancePreparation(InstanceFolder folder, const NotebookRuntimeOptions& options,
                        QObject* parent = nullptr);

    // Creates the volume, log and script folders and makes the instance folder owner-only (it holds
    // the Jupyter token and cookie secret). False with AWS's FailureReason text in `failure`.
    bool createFolders(QString* failure);
    // Makes SageMaker/s3 hold exactly one link per usable bucket of `links`.
    void linkBuckets(const QList<BucketLink>& links);

    // The environment of clones and lifecycle scripts (NotebookEnvironment); the endpoint's own
    // when none is set.
    void setEnvironment(const QProcessEnvironment& environment) { m_environment = environment; }

    // Clones the repositories the volume does not have yet, then runs the lifecycle scripts of
    // `spec`; starts once the caller has returned, and ends in finished() or failed().
    void run(const NotebookRuntimeSpec& spec);
    // Stops what runs (and everything it started) without reporting either outcome.
    void cancel();

signals:
    void finished();
    // `reason` is the FailureReason AWS shows for the same failure.
    void failed(const QString& reason);

private:
    using Step = std::function<void()>;

    void queueClone(const QString& repository);
    void queueLifecycleScript(const QByteArray& script, const QString& hook, const QString& prefix);
    void runStep(const QString& program, const QStringList& arguments, const QString& logFile,
                 std::chrono::milliseconds timeout,
                 std::function<QString(BoundedProcess::Outcome, const QString& lastLine)> failureOf,
                 const QList<QPair<QString, QString>>& environment = {});
    void nextStep();
    void fail(const QString& reason);

    InstanceFolder m_folder;
    NotebookRuntimeOptions m_options;
    QList<Step> m_steps;
    bool m_running = false;
    BoundedProcess* m_step = nullptr;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
};

} // namespace SageDesk::Local
