#include "cli/commands/CliHandlers.h"

#include "aws/services/S3Client.h"
#include "cli/CliApplication.h"
#include "cli/CliOutput.h"

namespace SageDesk::Cli::BucketCommands {

int list(CliApplication& cli)
{
    const CliInvocation& invocation = cli.invocation();
    if (!cli.connect()) {
        return CliApplication::kUsageError;
    }
    const auto buckets = cli.await(Aws::S3Client(cli.context()).listBuckets(), QStringLiteral("ListBuckets"));
    if (!buckets) {
        return CliApplication::kServiceError;
    }
    QJsonArray rows;
    for (const auto& bucket : *buckets) {
        rows.append(CliOutput::toJson(bucket));
    }
    cli.out() << CliOutput::list(invocation.global.output, QStringLiteral("Buckets"), rows,
                                 {QStringLiteral("Name"), QStringLiteral("CreationDate")});
    return CliApplication::kSuccess;
}

} // namespace SageDesk::Cli::BucketCommands
