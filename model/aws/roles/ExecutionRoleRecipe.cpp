#include "aws/roles/ExecutionRoleRecipe.h"

#include "aws/client/AwsClientContext.h"
#include "aws/credentials/CredentialsProvider.h"
#include "aws/roles/ExecutionRolePolicies.h"
#include "aws/services/IamClient.h"
#include "aws/services/StsClient.h"

#include <memory>

namespace SageDesk::Aws {

namespace {

namespace Policies = ExecutionRolePolicies;

// The state of one run; every step continues from the previous step's answer.
class RecipeRun final : public std::enable_shared_from_this<RecipeRun>
{
public:
    RecipeRun(AwsClientContext* context, AwsCall<ExecutionRole> call, S3Access access, QString suffix)
        : m_context(context)
        , m_iam(context)
        , m_sts(context)
        , m_call(std::move(call))
        , m_access(std::move(access))
        , m_suffix(std::move(suffix))
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
    // Undo steps hold a plain pointer: they run only from fail(), while a step's handler keeps the
    // run alive, and a shared pointer here would keep the run alive forever.
    using Undo = std::function<AwsCall<AwsEmpty>()>;

    void createRole(const CallerIdentity& identity)
    {
        m_partition = Policies::partitionOf(identity.arn);
        CreateRoleRequest request;
        request.roleName = Policies::roleName(m_suffix);
        request.path = QLatin1String(Policies::kPath);
        request.assumeRolePolicyDocument =
            Policies::trustPolicy(m_partition, m_context->region(), identity.account);
        request.description = Policies::description();
        request.maxSessionDuration = Policies::kMaxSessionDuration;
        m_iam.createRole(request).then(m_call.operation(), [self = shared_from_this()](const auto& role) {
            if (!role) {
                self->fail(role.error());
                return;
            }
            self->m_result.role = role.value();
            const QString roleName = role->roleName;
            self->m_undo.append([run = self.get(), roleName] { return run->m_iam.deleteRole(roleName); });
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
                      self->m_undo.append([run = self.get(), roleName, policyArn] {
                          return run->m_iam.detachRolePolicy(roleName, policyArn);
                      });
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
            self->m_undo.append([run = self.get(), policyArn] { return run->m_iam.deletePolicy(policyArn); });
            self->attach(policyArn, [self] { self->m_call.resolve(self->m_result); });
        });
    }

    // Undoes the steps in reverse order, then ends with `error`; an undo that fails is named in
    // the message so that nobody is left with a half-made role without knowing.
    void fail(AwsError error)
    {
        if (m_undo.isEmpty()) {
            m_call.resolve(error);
            return;
        }
        const Undo undo = m_undo.takeLast();
        undo().then(m_call.operation(), [self = shared_from_this(),
                                         error](const AwsResult<AwsEmpty>& undone) mutable {
            if (!undone) {
                error.message += QLatin1Char(' ') + ExecutionRoleRecipe::tr("(cleaning up failed too: %1)")
                                                        .arg(undone.error().toDisplayString());
            }
            self->fail(error);
        });
    }

    AwsClientContext* m_context;
    IamClient m_iam;
    StsClient m_sts;
    AwsCall<ExecutionRole> m_call;
    S3Access m_access;
    QString m_suffix;
    QString m_partition;
    ExecutionRole m_result;
    QList<Undo> m_undo;
};

} // namespace

ExecutionRoleRecipe::ExecutionRoleRecipe(AwsClientContext* context, const Clock& clock)
    : m_context(context)
    , m_clock(clock)
{}

AwsCall<ExecutionRole> ExecutionRoleRecipe::create(const S3Access& access) const
{
    AwsCall<ExecutionRole> call(new AwsOperation(m_context));
    auto run = std::make_shared<RecipeRun>(m_context, call, access,
                                           Policies::nameSuffix(m_clock.currentDateTimeUtc()));
    run->start();
    return call;
}

} // namespace SageDesk::Aws
