#include "aws/roles/ExecutionRoleRecipe.h"

#include "aws/client/AwsClientContext.h"
#include "aws/credentials/CredentialsProvider.h"
#include "aws/roles/ExecutionRolePolicies.h"
#include "aws/services/IamClient.h"
#include "aws/services/StsClient.h"

#include <memory>
#include <utility>

namespace SageDesk::Aws {

namespace {

namespace Policies = ExecutionRolePolicies;

using Step = std::function<AwsCall<AwsEmpty>()>;

// Runs the steps one after another, each whether or not the one before succeeded, and hands the
// errors to `done`: clean-up goes as far as it can.
void runAll(QList<Step> steps, QObject* context, const std::function<void(const QList<AwsError>&)>& done,
            QList<AwsError> errors = {})
{
    if (steps.isEmpty()) {
        done(errors);
        return;
    }
    const Step step = steps.takeFirst();
    step().then(context, [steps, context, done, errors](const AwsResult<AwsEmpty>& result) mutable {
        if (!result) {
            errors.append(result.error());
        }
        runAll(steps, context, done, errors);
    });
}

Step detachStep(AwsClientContext* context, const QString& roleName, const QString& policyArn)
{
    return
        [context, roleName, policyArn] { return IamClient(context).detachRolePolicy(roleName, policyArn); };
}

Step deletePolicyStep(AwsClientContext* context, const QString& policyArn)
{
    return [context, policyArn] { return IamClient(context).deletePolicy(policyArn); };
}

Step deleteRoleStep(AwsClientContext* context, const QString& roleName)
{
    return [context, roleName] { return IamClient(context).deleteRole(roleName); };
}

// The state of one run; every step continues from the previous step's answer.
class RecipeRun final : public std::enable_shared_from_this<RecipeRun>
{
public:
    RecipeRun(AwsClientContext* context, AwsCall<ExecutionRole> call, S3Access access, QDateTime nameTime)
        : m_context(context)
        , m_iam(context)
        , m_sts(context)
        , m_call(std::move(call))
        , m_access(std::move(access))
        , m_nameTime(std::move(nameTime))
        , m_suffix(Policies::nameSuffix(m_nameTime))
    {}

    void start()
    {
        m_sts.getCallerIdentity().then(m_call.operation(), [self = shared_from_this()](const auto& identity) {
            if (!identity) {
                self->fail(identity.error());
                return;
            }
            self->createRole(identity.value());
        });
    }

private:
    void createRole(const CallerIdentity& identity)
    {
        m_partition = Policies::partitionOf(identity.arn);
        m_identity = identity;
        CreateRoleRequest request;
        request.roleName = Policies::roleName(m_suffix);
        request.path = QLatin1String(Policies::kPath);
        request.assumeRolePolicyDocument =
            Policies::trustPolicy(m_partition, m_context->region(), identity.account);
        request.description = Policies::description();
        request.maxSessionDuration = Policies::kMaxSessionDuration;
        m_iam.createRole(request).then(m_call.operation(), [self = shared_from_this()](const auto& role) {
            if (!role && self->mayTakeNextName(role.error())) {
                self->createRole(self->m_identity);
                return;
            }
            if (!role) {
                self->fail(role.error());
                return;
            }
            self->m_result.role = role.value();
            const QString roleName = role->roleName;
            self->m_undo.prepend(deleteRoleStep(self->m_context, roleName));
            self->attach(Policies::managedPolicyArn(self->m_partition), [self] { self->createPolicy(); });
        });
    }

    void attach(const QString& policyArn, const std::function<void()>& next)
    {
        const QString roleName = m_result.role.roleName;
        m_iam.attachRolePolicy(roleName, policyArn)
            .then(m_call.operation(),
                  [self = shared_from_this(), roleName, policyArn, next](const auto& attached) {
                      if (!attached) {
                          self->fail(attached.error());
                          return;
                      }
                      self->m_result.attachedPolicyArns.append(policyArn);
                      self->m_undo.prepend(detachStep(self->m_context, roleName, policyArn));
                      next();
                  });
    }

    void createPolicy()
    {
        const QString document = Policies::executionPolicy(m_access, m_partition);
        if (document.isEmpty()) {
            m_call.resolve(m_result);
            return;
        }
        CreatePolicyRequest request;
        request.policyName = Policies::policyName(m_suffix);
        request.path = QLatin1String(Policies::kPath);
        request.policyDocument = document;
        m_iam.createPolicy(request).then(m_call.operation(), [self = shared_from_this()](const auto& policy) {
            if (!policy) {
                self->fail(policy.error());
                return;
            }
            const QString policyArn = policy->arn;
            self->m_result.executionPolicyArn = policyArn;
            self->m_undo.prepend(deletePolicyStep(self->m_context, policyArn));
            self->attach(policyArn, [self] { self->m_call.resolve(self->m_result); });
        });
    }

    bool mayTakeNextName(const AwsError& error)
    {
        if (!Policies::mayTakeNextName(error, m_nameAttempts)) {
            return false;
        }
        m_nameTime = m_nameTime.addSecs(1);
        m_suffix = Policies::nameSuffix(m_nameTime);
        return true;
    }

    // Undoes the steps in reverse order, then ends with `error`; an undo that fails is named in
    // the message so that nobody is left with a half-made role without knowing.
    void fail(AwsError error)
    {
        runAll(std::exchange(m_undo, {}), m_call.operation(),
               [self = shared_from_this(), error](const QList<AwsError>& failures) mutable {
                   for (const AwsError& failure : failures) {
                       error.message +=
                           QLatin1Char(' ') + ExecutionRoleRecipe::tr("(cleaning up failed too: %1)")
                                                  .arg(failure.toDisplayString());
                   }
                   self->m_call.resolve(error);
               });
    }

    AwsClientContext* m_context;
    IamClient m_iam;
    StsClient m_sts;
    AwsCall<ExecutionRole> m_call;
    S3Access m_access;
    QDateTime m_nameTime;
    QString m_suffix;
    int m_nameAttempts = 0;
    CallerIdentity m_identity;
    QString m_partition;
    ExecutionRole m_result;
    QList<Step> m_undo; // most recent first
};

} // namespace

ExecutionRoleRecipe::ExecutionRoleRecipe(AwsClientContext* context, const Clock& clock)
    : m_context(context)
    , m_clock(clock)
{}

AwsCall<ExecutionRole> ExecutionRoleRecipe::create(const S3Access& access) const
{
    AwsCall<ExecutionRole> call(new AwsOperation(m_context));
    auto run = std::make_shared<RecipeRun>(m_context, call, access, m_clock.currentDateTimeUtc());
    run->start();
    return call;
}

AwsCall<AwsEmpty> ExecutionRoleRecipe::remove(const ExecutionRole& executionRole) const
{
    QList<Step> steps;
    for (auto it = executionRole.attachedPolicyArns.crbegin(); it != executionRole.attachedPolicyArns.crend();
         ++it) {
        steps.append(detachStep(m_context, executionRole.role.roleName, *it));
    }
    if (!executionRole.executionPolicyArn.isEmpty()) {
        steps.append(deletePolicyStep(m_context, executionRole.executionPolicyArn));
    }
    steps.append(deleteRoleStep(m_context, executionRole.role.roleName));
    AwsCall<AwsEmpty> call(new AwsOperation(m_context));
    runAll(steps, call.operation(), [call](const QList<AwsError>& failures) {
        call.resolve(failures.isEmpty() ? AwsResult<AwsEmpty>(AwsEmpty{})
                                        : AwsResult<AwsEmpty>(failures.first()));
    });
    return call;
}

} // namespace SageDesk::Aws
