#include "cli/commands/CliHandlers.h"

#include "aws/roles/ExecutionRoleRecipe.h"
#include "aws/roles/S3Access.h"
#include "aws/services/IamClient.h"
#include "cli/CliApplication.h"
#include "cli/CliOutput.h"

namespace SageDesk::Cli::RoleCommands {

int list(CliApplication& cli)
{
    const CliInvocation& invocation = cli.invocation();
    if (!cli.connect()) {
        return CliApplication::kUsageError;
    }
    const auto roles = cli.await(Aws::IamClient(cli.context()).listRoles(), QStringLiteral("ListRoles"));
    if (!roles) {
        return CliApplication::kServiceError;
    }
    QJsonArray rows;
    for (const auto& role : *roles) {
        if (role.assumeRolePolicyDocument.contains(QLatin1String("sagemaker.amazonaws.com"))) {
            rows.append(CliOutput::toJson(role));
        }
    }
    cli.out() << CliOutput::list(
        invocation.global.output, QStringLiteral("Roles"), rows,
        {QStringLiteral("RoleName"), QStringLiteral("Arn"), QStringLiteral("CreateDate")});
    return CliApplication::kSuccess;
}

int create(CliApplication& cli)
{
    const CliInvocation& invocation = cli.invocation();
    if (!invocation.isSet(QStringLiteral("s3"))) {
        return cli.usageError(
            CliApplication::tr("--s3: is required (any, none or a comma-separated list of buckets)"));
    }
    std::optional<ValidationIssue> issue;
    const auto access = Aws::S3Access::parse(invocation.value(QStringLiteral("s3")), &issue);
    if (issue) {
        return cli.usageError(QStringLiteral("--s3: ") + issue->message);
    }
    if (!cli.connect()) {
        return CliApplication::kUsageError;
    }
    const auto role = cli.await(Aws::ExecutionRoleRecipe(cli.context(), cli.clock()).create(access),
                                QStringLiteral("CreateExecutionRole"));
    if (!role) {
        return CliApplication::kServiceError;
    }
    cli.out() << CliOutput::object(invocation.global.output, CliOutput::toJson(*role));
    return CliApplication::kSuccess;
}

} // namespace SageDesk::Cli::RoleCommands
