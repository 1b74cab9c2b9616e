#pragma once

#include "aws/client/AwsClientContext.h"
#include "aws/roles/ExecutionRoleRecipe.h"

#include <QString>

namespace SageDesk::Test {

// A role that SageMaker may assume, made through `context` by the console's recipe (as the wizard
// makes one): CreateNotebookInstance refuses any other. Its ARN, or empty when the recipe failed.
inline QString makeExecutionRole(Aws::AwsClientContext* context,
                                 const Aws::S3Access& access = Aws::S3Access::none())
{
    const auto& made = Aws::ExecutionRoleRecipe(context).create(access).wait();
    return made.ok() ? made.value().role.arn : QString();
}

} // namespace SageDesk::Test
