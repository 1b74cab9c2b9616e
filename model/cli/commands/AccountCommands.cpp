#include "cli/commands/CliHandlers.h"

#include "aws/client/AwsClientContext.h"
#include "aws/services/StsClient.h"
#include "cli/CliApplication.h"
#include "cli/CliOutput.h"

namespace SageDesk::Cli::AccountCommands {

int whoami(CliApplication& cli)
{
    const CliInvocation& invocation = cli.invocation();
    if (!cli.connect()) {
        return CliApplication::kUsageError;
    }
    const auto identity =
        cli.await(Aws::StsClient(cli.context()).getCallerIdentity(), QStringLiteral("GetCallerIdentity"));
    if (!identity) {
        return CliApplication::kServiceError;
    }
    QJsonObject json = CliOutput::toJson(*identity);
    json.insert(QStringLiteral("Region"), cli.context()->region());
    cli.out() << CliOutput::object(invocation.global.output, json);
    return CliApplication::kSuccess;
}

} // namespace SageDesk::Cli::AccountCommands
