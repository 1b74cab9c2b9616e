#include "cli/CliConnection.h"

#include "aws/credentials/CredentialsProviderFactory.h"
#include "aws/services/StsClient.h"

namespace SageDesk::Cli {

std::unique_ptr<CliConnection> CliConnection::open(const Aws::AwsConfig& config, const Clock& clock,
                                                   QString* error, Aws::MfaCodePrompt mfaCodePrompt)
{
    QString region = config.region();
    if (region.isEmpty()) {
        if (!config.configuredEndpointUrl(QStringLiteral("sagemaker"))) {
            *error =
                tr("--region: no region is configured; give --region, set AWS_REGION or add region to the "
                   "profile");
            return nullptr;
        }
        region = QStringLiteral("us-east-1");
    }
    auto connection = std::make_unique<CliConnection>();
    connection->context = std::make_unique<Aws::AwsClientContext>(nullptr, region);
    connection->context->setClock(clock);
    connection->context->setConfiguredEndpoints(config);
    Aws::CredentialsProviderHooks hooks;
    hooks.assumeRole = Aws::StsClient::assumeRoleFunction(connection->context.get());
    hooks.network = connection->context->network();
    hooks.mfaCodePrompt = std::move(mfaCodePrompt);
    connection->credentials = Aws::CredentialsProviderFactory::create(config, hooks, clock);
    connection->context->setCredentials(connection->credentials.get());
    return connection;
}

} // namespace SageDesk::Cli
