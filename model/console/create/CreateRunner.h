#pragma once

#include "aws/client/AwsError.h"
#include "console/create/CreatePlan.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>
#include <optional>

namespace SageDesk {

namespace Aws {
class AwsClientContext;
}

// Runs a CreatePlan asynchronously (every call an AwsCall answered on this thread, nothing
// blocks): one step after another, stopping at the first failure with its AwsError. Retry runs
// again from the failed step; Clean up deletes exactly what this run created, newest first, and
// nothing else (an existing role or lifecycle configuration the plan only names is never touched).
class CreateRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateRunner)

public:
    enum class State
    {
        Idle,
        Running,
        Failed,
        Succeeded,
        Cancelled, // stopped waiting for InService; the instance goes on without us
        CleaningUp,
        CleanedUp,
    };
    Q_ENUM(State)

    // What the run made, in the order it made it: what Clean up undoes.
    struct Created
    {
        enum class Kind
        {
            Role,
            Policy,
            Attachment, // `name` is the role, `arn` the policy
            LifecycleConfig,
            NotebookInstance,
        };
        Kind kind;
        QString name;
        QString arn;
    };

    // `context` must outlive the runner's calls; when it goes first, pending calls never answer.
    CreateRunner(Aws::AwsClientContext* context, CreatePlan plan, QObject* parent = nullptr);
    ~CreateRunner() override;

    const CreatePlan& plan() const { return m_plan; }
    State state() const { return m_state; }
    // The step running, or the one that failed.
    int currentStep() const { return m_step; }
    std::optional<Aws::AwsError> lastError() const { return m_error; }
    QString instanceArn() const { return m_instanceArn; }
    const QList<Created>& created() const { return m_created; }

    // How often DescribeNotebookInstance is asked while waiting (AWS takes minutes, the local
    // endpoint under two seconds).
    void setPollInterval(std::chrono::milliseconds interval) { m_pollInterval = interval; }
    // The back-off of CreateNotebookInstance while IAM propagates a brand-new role.
    void setRolePropagationDelays(QList<std::chrono::milliseconds> delays)
    {
        m_roleDelays = std::move(delays);
    }

    void start();
    // Only from a failure or a cancelled wait, and never once Clean up has begun (what the
    // failed step needs may be gone).
    bool canRetry() const { return (m_state == State::Failed || m_state == State::Cancelled) && !m_cleaning; }
    void retry();
    // Stops waiting for InService (the only step that can take long); the instance is created.
    void cancel();
    void cleanUp();

    // "Deleting the role X" and the like, for the progress view.
    static QString describe(const Created& created);

signals:
    void stateChanged(SageDesk::CreateRunner::State state);
    void stepStarted(int index, const QString& apiCall);
    void stepSucceeded(int index);
    void stepFailed(int index, const SageDesk::Aws::AwsError& error);
    void succeeded(const QString& instanceArn);
    // One call of Clean up, e.g. ("iam:DeleteRole", "AmazonSageMaker-ExecutionRole-...").
    void cleanupCall(const QString& apiCall, const QString& target);
    void cleanedUp(const QList<SageDesk::Aws::AwsError>& errors);

private:
    using Done = std::function<void(std::optional<Aws::AwsError>)>;

    void setState(State state);
    void runStep();
    void finishStep(std::optional<Aws::AwsError> error);
    void pollInService();
    bool takeNextRoleName(const Aws::AwsError& error);
    void cleanNext(QList<Aws::AwsError> errors);
    void removeInstance(const QString& name, bool deleteSent, const Done& done);
    QString actual(const QString& predicted) const { return m_actual.value(predicted, predicted); }

    QPointer<Aws::AwsClientContext> m_context;
    CreatePlan m_plan;
    State m_state = State::Idle;
    int m_step = 0;
    std::optional<Aws::AwsError> m_error;
    QString m_instanceArn;
    QList<Created> m_created;
    QHash<QString, QString> m_actual; // predicted ARN -> the ARN the service answered
    std::chrono::milliseconds m_pollInterval{2000};
    QList<std::chrono::milliseconds> m_roleDelays;
    bool m_cancelled = false;
    bool m_cleaning = false;
    int m_nameAttempts = 0;
};

} // namespace SageDesk
