#pragma once

#include "core/Clock.h"
#include "domain/NotebookInstance.h"
#include "local/EndpointContext.h"
#include "local/runtime/NotebookRuntimeSpec.h"

#include <QObject>

#include <chrono>
#include <functional>

namespace SageDesk::Local {

class LocalBuckets;
class LocalStateStore;
class NotebookRuntime;

// Keeps the stored statuses of notebook instances in step with their Jupyter servers: it hands the
// runtime what an instance needs to start (scripts, repositories, bucket links), records every
// status the runtime reports, and after a restart reconciles what the store expected with what
// still runs.
class NotebookInstanceController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotebookInstanceController)

public:
    NotebookInstanceController(LocalStateStore& store, NotebookRuntime& runtime, const LocalBuckets& buckets,
                               const EndpointContext& context, const Clock& clock, QObject* parent = nullptr);

    // Pending now, InService or Failed later.
    void start(NotebookInstance instance, bool firstStart);
    // Stopping now, Stopped later (at once when nothing runs).
    void stop(NotebookInstance instance);
    // Stores `updated` as Updating now, Stopped after transitionDuration().
    void update(const NotebookInstance& updated);
    // Deleting now; after transitionDuration() the volume, the tags and the state are removed.
    void remove(const NotebookInstance& instance);

    // How long Updating and Deleting last: AWS takes minutes; here long enough for a Describe right
    // after the call (an aws CLI start-up) to see them, short enough not to slow anyone down.
    static constexpr std::chrono::milliseconds kTransitionDuration{3000};
    // A test's own (sagedesk-local --test-transition-ms): on a loaded machine an aws CLI start-up alone
    // can outlast the three seconds.
    void setTransitionDuration(std::chrono::milliseconds duration) { m_transitionDuration = duration; }
    std::chrono::milliseconds transitionDuration() const { return m_transitionDuration; }

    // After an endpoint restart: instances whose Jupyter still answers are adopted, the others
    // become Stopped (Failed, with a reason, if they were Pending); unfinished deletes complete.
    void reconcile();
    // SIGTERM: every instance the runtime still runs is recorded as Stopped (the runtime ends their
    // processes as it goes away). With --keep-running the serving ones were detached first and stay
    // InService.
    void recordShutdown();
    // After AddTags or DeleteTags on `resourceArn`: a running notebook instance follows a changed
    // sagedesk:idle-stop-minutes tag at once (the other tags matter only at the next start).
    void applyTags(const QString& resourceArn);

    static QString failureReasonForInterruptedStart();

private:
    void onStatusChanged(const QString& name, SageDesk::NotebookInstanceStatus status,
                         const QString& failureReason);
    // After transitionDuration(), `finish` for the instance if it is still in `status`.
    void afterTransition(const QString& name, NotebookInstanceStatus status,
                         const std::function<void(const NotebookInstance&)>& finish);
    // The end of a Deleting: what remove() announced.
    void finishRemoval(const NotebookInstance& instance);
    void setStatus(NotebookInstance instance, NotebookInstanceStatus status,
                   const QString& failureReason = {});
    NotebookRuntimeSpec specFor(const NotebookInstance& instance, bool firstStart) const;
    // The sagedesk:idle-stop-minutes tag's whole number of minutes (0: none, off). A value that is not
    // one is ignored, with a warning in the instance's Jupyter log.
    int idleStopMinutes(const NotebookInstance& instance) const;
    QList<BucketLink> bucketLinksFor(const QString& roleArn) const;
    QString repositoryUrl(const QString& nameOrUrl) const;

    LocalStateStore& m_store;
    NotebookRuntime& m_runtime;
    const LocalBuckets& m_buckets;
    const EndpointContext& m_context;
    const Clock& m_clock;
    std::chrono::milliseconds m_transitionDuration = kTransitionDuration;
};

} // namespace SageDesk::Local
