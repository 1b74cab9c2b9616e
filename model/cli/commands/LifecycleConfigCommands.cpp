#include "cli/commands/CliHandlers.h"

#include "aws/services/SageMakerClient.h"
#include "cli/CliApplication.h"
#include "cli/CliOutput.h"
#include "cli/CliRequests.h"
#include "domain/Validation.h"

#include <QFile>

namespace SageDesk::Cli::LifecycleConfigCommands {

int list(CliApplication& cli)
{
    const CliInvocation& invocation = cli.invocation();
    if (!cli.connect()) {
        return CliApplication::kUsageError;
    }
    Aws::SageMakerClient sageMaker(cli.context());
    Aws::ListNotebookInstanceLifecycleConfigsRequest request;
    QJsonArray rows;
    do {
        const auto page = cli.await(sageMaker.listNotebookInstanceLifecycleConfigs(request),
                                    QStringLiteral("ListNotebookInstanceLifecycleConfigs"));
        if (!page) {
            return CliApplication::kServiceError;
        }
        for (const auto& config : page->configs) {
            rows.append(CliOutput::toJson(config));
        }
        request.nextToken = page->nextToken;
    } while (!request.nextToken.isEmpty());
    cli.out() << CliOutput::list(
        invocation.global.output, QStringLiteral("NotebookInstanceLifecycleConfigs"), rows,
        {QStringLiteral("NotebookInstanceLifecycleConfigName"), QStringLiteral("CreationTime")});
    return CliApplication::kSuccess;
}

int create(CliApplication& cli)
{
    const CliInvocation& invocation = cli.invocation();
    Aws::NotebookInstanceLifecycleConfig config;
    config.notebookInstanceLifecycleConfigName = invocation.positionals.value(0);
    ValidationIssues issues;
    if (const auto issue =
            Validation::lifecycleConfigName(config.notebookInstanceLifecycleConfigName, true,
                                            QStringLiteral("NotebookInstanceLifecycleConfigName"))) {
        issues.append(*issue);
    }
    const auto readScript = [&](const QString& option, const QString& field, QByteArray* script) {
        if (!invocation.isSet(option)) {
            return true;
        }
        QFile file(invocation.value(option));
        if (!file.open(QIODevice::ReadOnly)) {
            cli.usageError(CliApplication::tr("--%1: cannot read %2: %3")
                               .arg(option, file.fileName(), file.errorString()));
            return false;
        }
        *script = file.readAll();
        issues += Validation::lifecycleScript(field, *script);
        return true;
    };
    if (!readScript(QStringLiteral("on-create"), QStringLiteral("OnCreate"), &config.onCreate) ||
        !readScript(QStringLiteral("on-start"), QStringLiteral("OnStart"), &config.onStart)) {
        return CliApplication::kUsageError;
    }
    if (!issues.isEmpty()) {
        return cli.usageError(CliRequests::describe(issues));
    }
    if (!cli.connect()) {
        return CliApplication::kUsageError;
    }
    const auto arn =
        cli.await(Aws::SageMakerClient(cli.context()).createNotebookInstanceLifecycleConfig(config),
                  QStringLiteral("CreateNotebookInstanceLifecycleConfig"));
    if (!arn) {
        return CliApplication::kServiceError;
    }
    cli.out() << CliOutput::object(invocation.global.output,
                                   {{QStringLiteral("NotebookInstanceLifecycleConfigArn"), *arn}});
    return CliApplication::kSuccess;
}

} // namespace SageDesk::Cli::LifecycleConfigCommands
