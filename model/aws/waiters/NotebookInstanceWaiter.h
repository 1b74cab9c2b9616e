#pragma once

#include "aws/client/AwsCall.h"
#include "aws/waiters/WaiterDefinition.h"
#include "domain/NotebookInstance.h"

#include <QCoreApplication>

#include <chrono>
#include <functional>
#include <optional>

namespace SageDesk::Aws {

class AwsClientContext;

// DescribeNotebookInstance until the instance reaches a status, as botocore's SageMaker waiters
// (NotebookInstanceInService, NotebookInstanceStopped, NotebookInstanceDeleted) do: the same
// acceptors, a pause between attempts and a limit. Asynchronous: the pauses are timers, so the GUI
// thread may use it too.
//
// The call answers the last description (empty once the instance is deleted). It fails with
// - code "NotebookInstanceFailed" and the FailureReason when a failure acceptor matches,
// - code "WaiterTimeout" when the attempts (or the timeout) run out; `attempts` says how many,
// - the error of DescribeNotebookInstance when no acceptor matches it (botocore does the same).
class NotebookInstanceWaiter final
{
    Q_DECLARE_TR_FUNCTIONS(SageDesk::Aws::NotebookInstanceWaiter)

public:
    enum class Until
    {
        InService,
        Stopped,
        Deleted,
    };

    // On a loopback endpoint (sagedesk-local, moto) a transition is seconds away, not minutes, and
    // a describe costs a millisecond: polling this often lets a script go on right after it.
    static constexpr std::chrono::milliseconds kLocalDelay{100};

    struct Options
    {
        std::chrono::milliseconds delay{0};
        int maxAttempts = 0;
        // With a timeout, the deadline ends the wait instead of maxAttempts: sagedesk-cli's
        // --timeout promises seconds, whatever the pause between attempts.
        std::optional<std::chrono::milliseconds> timeout;
    };

    // botocore's definition, as in sagemaker/2017-07-24/waiters-2.json.
    static WaiterDefinition definition(Until until);
    // "InService", "Stopped", "Deleted".
    static std::optional<Until> untilFromString(const QString& text);

    explicit NotebookInstanceWaiter(AwsClientContext* context);

    // botocore's delay and attempts; on a loopback endpoint kLocalDelay, with as many attempts as
    // fill the same total time, so that a slow local start is not given up on sooner.
    Options defaultOptions(Until until) const;
    static bool isLoopbackEndpoint(const QUrl& endpoint);

    // Told the status after every describe that answered one (for a --debug log).
    void setProgressHandler(std::function<void(const NotebookInstance&)> handler)
    {
        m_progress = std::move(handler);
    }

    AwsCall<std::optional<NotebookInstance>> wait(const QString& notebookInstanceName, Until until) const;
    AwsCall<std::optional<NotebookInstance>> wait(const QString& notebookInstanceName, Until until,
                                                  const Options& options) const;

private:
    AwsClientContext* m_context;
    std::function<void(const NotebookInstance&)> m_progress;
};

} // namespace SageDesk::Aws
