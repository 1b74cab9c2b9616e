#include "cli/commands/CliHandlers.h"

#include "aws/roles/ExecutionRoleRecipe.h"
#include "aws/roles/NotebookInstanceCreator.h"
#include "aws/roles/S3Access.h"
#include "aws/services/SageMakerClient.h"
#include "aws/waiters/NotebookInstanceWaiter.h"
#include "cli/CliApplication.h"
#include "cli/CliCommands.h"
#include "cli/CliOutput.h"
#include "cli/CliRequests.h"
#include "domain/Validation.h"

namespace SageDesk::Cli::InstanceCommands {

namespace {

// What is unwise but not refused: the person may know better, so it is said and the call goes on.
void warn(CliApplication& cli, const ValidationIssues& warnings)
{
    for (const ValidationIssue& warning : warnings) {
        cli.err() << CliApplication::tr("warning: %1").arg(warning.message) << "\n";
    }
}

// What start, stop, delete and update print: their API answers are empty, so the instance's name and
// the status a Describe right after the call sees (none once a deleted instance is gone).
int printStatusAfter(CliApplication& cli, const QString& name)
{
    QJsonObject json{{QStringLiteral("NotebookInstanceName"), name}};
    const auto described = Aws::SageMakerClient(cli.context()).describeNotebookInstance(name).wait();
    if (described) {
        json.insert(QStringLiteral("NotebookInstanceStatus"),
                    NotebookInstanceStatuses::toString(described.value().notebookInstanceStatus));
    } else if (!described.error().isNotFound()) {
        cli.debug(
            QStringLiteral("DescribeNotebookInstance failed: %1").arg(described.error().toDisplayString()));
    }
    cli.out() << CliOutput::object(cli.invocation().global.output, json);
    return CliApplication::kSuccess;
}

// Runs one instance action and prints the status after it.
template <typename Action>
int act(CliApplication& cli, const QString& name, const QString& operation, Action action)
{
    if (!cli.connect()) {
        return CliApplication::kUsageError;
    }
    Aws::SageMakerClient sageMaker(cli.context());
    return cli.await(action(sageMaker), operation) ? printStatusAfter(cli, name)
                                                   : CliApplication::kServiceError;
}

} // namespace

int list(CliApplication& cli)
{
    const CliInvocation& invocation = cli.invocation();
    Aws::ListNotebookInstancesRequest request;
    QString error;
    if (invocation.isSet(QStringLiteral("status"))) {
        const auto status = CliCommands::allowedValue(invocation, QStringLiteral("status"), &error);
        if (!status) {
            return cli.usageError(error);
        }
        request.statusEquals = NotebookInstanceStatuses::fromString(*status);
    }
    if (invocation.isSet(QStringLiteral("name-contains"))) {
        request.nameContains = invocation.value(QStringLiteral("name-contains"));
        if (const auto issue = Validation::nameContains(request.nameContains)) {
            return cli.usageError(CliRequests::describe({*issue}));
        }
    }
    if (invocation.isSet(QStringLiteral("sort-by"))) {
        const auto sortBy = CliCommands::allowedValue(invocation, QStringLiteral("sort-by"), &error);
        if (!sortBy) {
            return cli.usageError(error);
        }
        request.sortBy = *sortBy;
    }
    if (!cli.connect()) {
        return CliApplication::kUsageError;
    }
    const auto instances = cli.await(Aws::SageMakerClient(cli.context()).listAllNotebookInstances(request),
                                     QStringLiteral("ListNotebookInstances"));
    if (!instances) {
        return CliApplication::kServiceError;
    }
    QJsonArray rows;
    for (const auto& instance : *instances) {
        rows.append(instance.toJson());
    }
    cli.out() << CliOutput::list(invocation.global.output, QStringLiteral("NotebookInstances"), rows,
                                 {QStringLiteral("NotebookInstanceName"),
                                  QStringLiteral("NotebookInstanceStatus"), QStringLiteral("InstanceType"),
                                  QStringLiteral("CreationTime")});
    return CliApplication::kSuccess;
}

int describe(CliApplication& cli)
{
    const CliInvocation& invocation = cli.invocation();
    const QString name = invocation.positionals.value(0);
    if (!cli.connect()) {
        return CliApplication::kUsageError;
    }
    const auto instance = cli.await(Aws::SageMakerClient(cli.context()).describeNotebookInstance(name),
                                    QStringLiteral("DescribeNotebookInstance"));
    if (!instance) {
        return CliApplication::kServiceError;
    }
    cli.out() << CliOutput::object(invocation.global.output, instance->toJson());
    return CliApplication::kSuccess;
}

int create(CliApplication& cli)
{
    const CliInvocation& invocation = cli.invocation();
    QString error;
    auto request = CliRequests::createNotebookInstance(invocation, &error);
    if (!request) {
        return cli.usageError(error);
    }
    warn(cli, Validation::createNotebookInstanceWarnings(*request));
    std::optional<Aws::S3Access> newRoleAccess;
    if (invocation.isSet(QStringLiteral("create-role"))) {
        std::optional<ValidationIssue> issue;
        newRoleAccess = Aws::S3Access::parse(invocation.value(QStringLiteral("create-role")), &issue);
        if (issue) {
            return cli.usageError(QStringLiteral("--create-role: ") + issue->message);
        }
    }
    if (!cli.connect()) {
        return CliApplication::kUsageError;
    }
    QJsonObject json;
    const Aws::ExecutionRoleRecipe recipe(cli.context(), cli.clock());
    std::optional<Aws::ExecutionRole> newRole;
    if (newRoleAccess) {
        newRole = cli.await(recipe.create(*newRoleAccess), QStringLiteral("CreateExecutionRole"));
        if (!newRole) {
            return CliApplication::kServiceError;
        }
        request->roleArn = newRole->role.arn;
        json.insert(QStringLiteral("RoleArn"), newRole->role.arn);
    }
    const auto arn = cli.await(Aws::NotebookInstanceCreator(cli.context(), cli.roleRetryDelays())
                                   .createNotebookInstance(*request, newRoleAccess.has_value()),
                               QStringLiteral("CreateNotebookInstance"));
    // A role made for an instance that was never created would only pile up with every retry.
    if (!arn && newRole) {
        const auto removed = recipe.remove(*newRole).wait();
        if (!removed) {
            cli.err() << CliApplication::tr("note: the new execution role %1 could not be removed: %2")
                             .arg(newRole->role.arn, removed.error().toDisplayString())
                      << "\n";
        }
    }
    if (!arn) {
        return CliApplication::kServiceError;
    }
    json.insert(QStringLiteral("NotebookInstanceArn"), *arn);
    cli.out() << CliOutput::object(invocation.global.output, json);
    return CliApplication::kSuccess;
}

int update(CliApplication& cli)
{
    const CliInvocation& invocation = cli.invocation();
    QString error;
    const auto request = CliRequests::updateNotebookInstance(invocation, &error);
    if (!request) {
        return cli.usageError(error);
    }
    if (!cli.connect()) {
        return CliApplication::kUsageError;
    }
    Aws::SageMakerClient sageMaker(cli.context());
    // The volume may only grow and the instance type must suit the platform: both need the
    // instance as it is now.
    const auto current = cli.await(sageMaker.describeNotebookInstance(request->notebookInstanceName),
                                   QStringLiteral("DescribeNotebookInstance"));
    if (!current) {
        return CliApplication::kServiceError;
    }
    if (const auto issues = Validation::updateNotebookInstance(*request, *current); !issues.isEmpty()) {
        return cli.usageError(CliRequests::describe(issues));
    }
    warn(cli, Validation::updateNotebookInstanceWarnings(*request, *current));
    return cli.await(sageMaker.updateNotebookInstance(*request), QStringLiteral("UpdateNotebookInstance"))
               ? printStatusAfter(cli, request->notebookInstanceName)
               : CliApplication::kServiceError;
}

int start(CliApplication& cli)
{
    const QString name = cli.invocation().positionals.value(0);
    return act(cli, name, QStringLiteral("StartNotebookInstance"),
               [&name](Aws::SageMakerClient& sageMaker) { return sageMaker.startNotebookInstance(name); });
}

int stop(CliApplication& cli)
{
    const QString name = cli.invocation().positionals.value(0);
    return act(cli, name, QStringLiteral("StopNotebookInstance"),
               [&name](Aws::SageMakerClient& sageMaker) { return sageMaker.stopNotebookInstance(name); });
}

int remove(CliApplication& cli)
{
    const QString name = cli.invocation().positionals.value(0);
    return act(cli, name, QStringLiteral("DeleteNotebookInstance"),
               [&name](Aws::SageMakerClient& sageMaker) { return sageMaker.deleteNotebookInstance(name); });
}

int wait(CliApplication& cli)
{
    const CliInvocation& invocation = cli.invocation();
    const QString name = invocation.positionals.value(0);
    QString error;
    const auto untilText = CliCommands::allowedValue(invocation, QStringLiteral("until"), &error);
    if (!untilText) {
        return cli.usageError(error);
    }
    // The table allows exactly the statuses the waiter knows.
    const auto until = Aws::NotebookInstanceWaiter::untilFromString(*untilText).value();
    int timeoutSeconds = 1800;
    if (invocation.isSet(QStringLiteral("timeout"))) {
        const auto timeout = CliRequests::integer(QStringLiteral("--timeout"),
                                                  invocation.value(QStringLiteral("timeout")), 1, &error);
        if (!timeout) {
            return cli.usageError(error);
        }
        timeoutSeconds = *timeout;
    }
    if (!cli.connect()) {
        return CliApplication::kUsageError;
    }
    Aws::NotebookInstanceWaiter waiter(cli.context());
    waiter.setProgressHandler([&cli, name](const NotebookInstance& instance) {
        cli.debug(QStringLiteral("%1 is %2")
                      .arg(name, NotebookInstanceStatuses::toString(instance.notebookInstanceStatus)));
    });
    auto options = waiter.defaultOptions(until);
    options.timeout = std::chrono::seconds(timeoutSeconds);
    const auto waited = waiter.wait(name, until, options).wait();
    if (!waited) {
        return cli.serviceError(waited.error());
    }
    // The instance as the wait left it; none once a deleted one is gone.
    QJsonObject json{{QStringLiteral("NotebookInstanceName"), name}};
    if (waited.value()) {
        json = waited.value()->toJson();
    }
    cli.out() << CliOutput::object(invocation.global.output, json);
    return CliApplication::kSuccess;
}

int url(CliApplication& cli)
{
    const CliInvocation& invocation = cli.invocation();
    const QString name = invocation.positionals.value(0);
    if (!cli.connect()) {
        return CliApplication::kUsageError;
    }
    const auto authorized =
        cli.await(Aws::SageMakerClient(cli.context()).createPresignedNotebookInstanceUrl(name),
                  QStringLiteral("CreatePresignedNotebookInstanceUrl"));
    if (!authorized) {
        return CliApplication::kServiceError;
    }
    const QString text = invocation.isSet(QStringLiteral("lab"))
                             ? Aws::SageMakerClient::jupyterLabUrl(*authorized)
                             : *authorized;
    // As `aws sagemaker create-presigned-notebook-instance-url` prints it; `--output text` gives the bare
    // URL for scripts.
    cli.out() << CliOutput::object(invocation.global.output,
                                   QJsonObject{{QStringLiteral("AuthorizedUrl"), text}});
    return CliApplication::kSuccess;
}

} // namespace SageDesk::Cli::InstanceCommands
