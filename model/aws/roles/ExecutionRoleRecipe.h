#pragma once

#include "aws/client/AwsCall.h"
#include "aws/roles/S3Access.h"
#include "aws/services/IamTypes.h"
#include "core/Clock.h"

#include <QCoreApplication>

namespace SageDesk::Aws {

class AwsClientContext;

// What the recipe made: the role, and the customer policy when S3 access was Specific or Any.
struct ExecutionRole
{
    IamRole role;
    QString executionPolicyArn; // empty for S3Access::None
    QStringList attachedPolicyArns;
};

// The AWS console's "Create an IAM role" as one operation: GetCallerIdentity (for the account and
// partition of the trust policy's aws:SourceArn), CreateRole under /service-role/, attach
// AmazonSageMakerFullAccess and, for Specific/Any, CreatePolicy + attach the execution policy.
// The role and policy are named AmazonSageMaker-Execution{Role,Policy}-<UTC time to the second> as
// the console names them; while a role of that name exists, the next second is taken instead.
// When a step fails, what was made so far is undone (detach, delete policy, delete role) and the
// call ends with the error of the failed step.
class ExecutionRoleRecipe final
{
    Q_DECLARE_TR_FUNCTIONS(SageDesk::Aws::ExecutionRoleRecipe)

public:
    explicit ExecutionRoleRecipe(AwsClientContext* context, const Clock& clock = Clock::system());

    AwsCall<ExecutionRole> create(const S3Access& access) const;
    // Undoes a finished create(): detach its policies, delete its execution policy, delete the role
    // (e.g. when the notebook instance it was made for could not be created). Every step is tried;
    // the call ends with the first error, if any.
    AwsCall<AwsEmpty> remove(const ExecutionRole& executionRole) const;

private:
    AwsClientContext* m_context;
    const Clock& m_clock;
};

} // namespace SageDesk::Aws
