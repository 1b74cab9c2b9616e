#include "console/create/CreateRunner.h"

#include "aws/client/AwsClientContext.h"
#include "aws/roles/ExecutionRolePolicies.h"
#include "aws/roles/NotebookInstanceCreator.h"
#include "aws/services/IamClient.h"
#include "aws/services/SageMakerClient.h"

#include <QTimer>

namespace SageDesk {

namespace {

using Aws::AwsError;

bool isNotFound(const AwsError& error)
{
    return error.code == QLatin1String("ResourceNotFound") ||
           (error.code == QLatin1String("ValidationException") &&
            error.message.contains(QLatin1String("does not exist"), Qt::CaseInsensitive));
}

AwsError failedInstance(const NotebookInstance& instance)
{
    AwsError error;
    error.service = QStringLiteral("sagemaker");
    error.code = QStringLiteral("NotebookInstanceFailed");
    error.message =
        instance.failureReason.isEmpty()
            ? CreateRunner::tr("The notebook instance %1 is Failed.").arg(instance.notebookInstanceName)
            : instance.failureReason;
    return error;
}

template <typename T>
std::optional<AwsError> errorOf(const Aws::AwsResult<T>& result)
{
    return result.ok() ? std::nullopt : std::optional<AwsError>(result.error());
}

} // namespace

CreateRunner::CreateRunner(Aws::AwsClientContext* context, CreatePlan plan, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_plan(std::move(plan))
    , m_roleDelays(Aws::NotebookInstanceCreator::defaultRetryDelays())
{}

CreateRunner::~CreateRunner() = default;

void CreateRunner::setState(State state)
{
    if (m_state != state) {
        m_state = state;
        emit stateChanged(state);
    }
}

void CreateRunner::start()
{
    if (m_state != State::Idle) {
        return;
    }
    m_step = 0;
    setState(State::Running);
    runStep();
}

void CreateRunner::retry()
{
    if (!canRetry()) {
        return;
    }
    m_error.reset();
    m_cancelled = false;
    setState(State::Running);
    runStep();
}

void CreateRunner::cancel()
{
    if (m_state == State::Running) {
        m_cancelled = true;
    }
}

void CreateRunner::runStep()
{
    if (m_step >= m_plan.steps().size()) {
        setState(State::Succeeded);
        emit succeeded(m_instanceArn);
        return;
    }
    if (!m_context) {
        AwsError gone;
        gone.kind = AwsError::Kind::Cancelled;
        gone.code = QStringLiteral("Cancelled");
        gone.message = tr("The account's connection was closed.");
        finishStep(gone);
        return;
    }
    const PlanStep& step = m_plan.steps().at(m_step);
    emit stepStarted(m_step, step.apiCall());
    const auto body = [&step](const char* key) { return step.body.value(QLatin1String(key)).toString(); };
    Aws::IamClient iam(m_context);
    Aws::SageMakerClient sageMaker(m_context);

    switch (step.kind) {
    case PlanStep::Kind::CreateRole: {
        Aws::CreateRoleRequest request;
        request.roleName = body("RoleName");
        request.path = body("Path");
        request.assumeRolePolicyDocument = body("AssumeRolePolicyDocument");
        request.description = body("Description");
        request.maxSessionDuration = step.body.value(QLatin1String("MaxSessionDuration")).toInt();
        iam.createRole(request).then(this, [this](const Aws::AwsResult<Aws::IamRole>& role) {
            if (!role && takeNextRoleName(role.error())) {
                runStep();
                return;
            }
            if (role) {
                m_created.append({Created::Kind::Role, role->roleName, role->arn});
                m_actual.insert(m_plan.predictedRoleArn(), role->arn);
            }
            finishStep(errorOf(role));
        });
        return;
    }
    case PlanStep::Kind::CreatePolicy: {
        Aws::CreatePolicyRequest request;
        request.policyName = body("PolicyName");
        request.path = body("Path");
        request.policyDocument = body("PolicyDocument");
        const QString predicted = QStringLiteral("arn:%1:iam::%2:policy%3%4")
                                      .arg(m_plan.environment().partition, m_plan.environment().accountId,
                                           request.path, request.policyName);
        iam.createPolicy(request).then(this, [this, predicted](const Aws::AwsResult<Aws::IamPolicy>& policy) {
            if (policy) {
                m_created.append({Created::Kind::Policy, policy->policyName, policy->arn});
                m_actual.insert(predicted, policy->arn);
            }
            finishStep(errorOf(policy));
        });
        return;
    }
    case PlanStep::Kind::AttachRolePolicy: {
        const QString roleName = body("RoleName");
        const QString policyArn = actual(body("PolicyArn"));
        iam.attachRolePolicy(roleName, policyArn)
            .then(this, [this, roleName, policyArn](const Aws::AwsResult<Aws::AwsEmpty>& attached) {
                if (attached) {
                    m_created.append({Created::Kind::Attachment, roleName, policyArn});
                }
                finishStep(errorOf(attached));
            });
        return;
    }
    case PlanStep::Kind::CreateLifecycleConfig: {
        const Aws::NotebookInstanceLifecycleConfig config = *m_plan.lifecycleConfig();
        sageMaker.createNotebookInstanceLifecycleConfig(config).then(
            this,
            [this, name = config.notebookInstanceLifecycleConfigName](const Aws::AwsResult<QString>& arn) {
                if (arn) {
                    m_created.append({Created::Kind::LifecycleConfig, name, arn.value()});
                }
                finishStep(errorOf(arn));
            });
        return;
    }
    case PlanStep::Kind::CreateNotebookInstance: {
        CreateNotebookInstanceRequest request = m_plan.instanceRequest();
        request.roleArn = actual(request.roleArn);
        Aws::NotebookInstanceCreator(m_context, m_roleDelays)
            .createNotebookInstance(request, m_plan.createsRole())
            .then(this, [this, name = request.notebookInstanceName](const Aws::AwsResult<QString>& arn) {
                if (arn) {
                    m_instanceArn = arn.value();
                    m_created.append({Created::Kind::NotebookInstance, name, arn.value()});
                }
                finishStep(errorOf(arn));
            });
        return;
    }
    case PlanStep::Kind::WaitForInService:
        pollInService();
        return;
    }
}

// The plan named the role after the second it was reviewed in; when another maker took that name,
// the role and its policy move on to the next second, as ExecutionRoleRecipe does. Only before
// anything was made: a later step never renames what exists.
bool CreateRunner::takeNextRoleName(const Aws::AwsError& error)
{
    if (!m_created.isEmpty() || !Aws::ExecutionRolePolicies::mayTakeNextName(error, m_nameAttempts)) {
        return false;
    }
    PlanEnvironment environment = m_plan.environment();
    environment.now = environment.now.addSecs(1);
    m_plan = CreatePlan::build(m_plan.choices(), environment);
    return true;
}

void CreateRunner::pollInService()
{
    if (m_cancelled) {
        m_cancelled = false;
        setState(State::Cancelled);
        return;
    }
    if (!m_context) {
        runStep(); // reports the closed connection
        return;
    }
    const QString name = m_plan.instanceRequest().notebookInstanceName;
    Aws::SageMakerClient(m_context).describeNotebookInstance(name).then(
        this, [this](const Aws::AwsResult<NotebookInstance>& described) {
            if (!described) {
                finishStep(described.error());
                return;
            }
            switch (described->notebookInstanceStatus) {
            case NotebookInstanceStatus::InService:
                finishStep(std::nullopt);
                return;
            case NotebookInstanceStatus::Failed:
                finishStep(failedInstance(described.value()));
                return;
            default:
                QTimer::singleShot(m_pollInterval, this, [this] { pollInService(); });
                return;
            }
        });
}

void CreateRunner::finishStep(std::optional<Aws::AwsError> error)
{
    if (error) {
        m_error = error;
        setState(State::Failed);
        emit stepFailed(m_step, *error);
        return;
    }
    emit stepSucceeded(m_step);
    ++m_step;
    runStep();
}

void CreateRunner::cleanUp()
{
    if (m_state == State::Running || m_state == State::CleaningUp || m_state == State::Idle) {
        return;
    }
    m_cleaning = true;
    setState(State::CleaningUp);
    cleanNext({});
}

// Newest first, each whether or not the one before worked: clean-up goes as far as it can, and
// what could not be removed stays in created() for another try.
void CreateRunner::cleanNext(QList<Aws::AwsError> errors)
{
    const qsizetype index = m_created.size() - 1 - errors.size();
    if (index < 0 || !m_context) {
        setState(errors.isEmpty() && m_created.isEmpty() ? State::CleanedUp : State::Failed);
        emit cleanedUp(errors);
        return;
    }
    const Created item = m_created.at(index);
    const auto next = [this, index, errors](std::optional<Aws::AwsError> error) {
        QList<Aws::AwsError> failures = errors;
        if (error) {
            failures.prepend(*error);
        } else {
            m_created.removeAt(index);
        }
        cleanNext(failures);
    };
    const auto then = [this, next](const Aws::AwsResult<Aws::AwsEmpty>& result) { next(errorOf(result)); };
    Aws::IamClient iam(m_context);
    switch (item.kind) {
    case Created::Kind::Role:
        emit cleanupCall(QStringLiteral("iam:DeleteRole"), item.name);
        iam.deleteRole(item.name).then(this, then);
        return;
    case Created::Kind::Policy:
        emit cleanupCall(QStringLiteral("iam:DeletePolicy"), item.arn);
        iam.deletePolicy(item.arn).then(this, then);
        return;
    case Created::Kind::Attachment:
        emit cleanupCall(QStringLiteral("iam:DetachRolePolicy"), item.arn);
        iam.detachRolePolicy(item.name, item.arn).then(this, then);
        return;
    case Created::Kind::LifecycleConfig:
        emit cleanupCall(QStringLiteral("sagemaker:DeleteNotebookInstanceLifecycleConfig"), item.name);
        Aws::SageMakerClient(m_context).deleteNotebookInstanceLifecycleConfig(item.name).then(this, then);
        return;
    case Created::Kind::NotebookInstance:
        removeInstance(item.name, false, next);
        return;
    }
}

// An instance can only be deleted when Stopped or Failed: stop it when InService, wait out any
// transition, delete, and wait until it is gone (the role must outlive the instance's shutdown).
void CreateRunner::removeInstance(const QString& name, bool deleteSent, const Done& done)
{
    if (!m_context) {
        done(std::nullopt);
        return;
    }
    const auto again = [this, name, done](bool sent) {
        QTimer::singleShot(m_pollInterval, this,
                           [this, name, done, sent] { removeInstance(name, sent, done); });
    };
    Aws::SageMakerClient(m_context).describeNotebookInstance(name).then(
        this, [this, name, deleteSent, done, again](const Aws::AwsResult<NotebookInstance>& described) {
            if (!described) {
                // As botocore's NotebookInstanceDeleted waiter: after the delete, any
                // ValidationException ("RecordNotFound", "does not exist") means it is gone.
                const bool gone =
                    isNotFound(described.error()) ||
                    (deleteSent && described.error().code == QLatin1String("ValidationException"));
                done(gone ? std::nullopt : std::optional(described.error()));
                return;
            }
            const auto sent = [done, again](bool deleting) {
                return [done, again, deleting](const Aws::AwsResult<Aws::AwsEmpty>& result) {
                    if (!result) {
                        done(result.error());
                        return;
                    }
                    again(deleting);
                };
            };
            Aws::SageMakerClient client(m_context);
            switch (described->notebookInstanceStatus) {
            case NotebookInstanceStatus::InService:
                emit cleanupCall(QStringLiteral("sagemaker:StopNotebookInstance"), name);
                client.stopNotebookInstance(name).then(this, sent(false));
                return;
            case NotebookInstanceStatus::Stopped:
            case NotebookInstanceStatus::Failed:
                if (!deleteSent) {
                    emit cleanupCall(QStringLiteral("sagemaker:DeleteNotebookInstance"), name);
                    client.deleteNotebookInstance(name).then(this, sent(true));
                    return;
                }
                again(deleteSent);
                return;
            default:
                again(deleteSent);
                return;
            }
        });
}

QString CreateRunner::describe(const Created& created)
{
    switch (created.kind) {
    case Created::Kind::Role:
        return tr("IAM role %1").arg(created.name);
    case Created::Kind::Policy:
        return tr("IAM policy %1").arg(created.arn);
    case Created::Kind::Attachment:
        return tr("attachment of %1 to %2").arg(created.arn, created.name);
    case Created::Kind::LifecycleConfig:
        return tr("lifecycle configuration %1").arg(created.name);
    case Created::Kind::NotebookInstance:
        return tr("notebook instance %1").arg(created.name);
    }
    return {};
}

} // namespace SageDesk
