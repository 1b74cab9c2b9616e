#include "aws/AwsConnection.h"

#include "aws/config/AwsConfig.h"
#include "aws/credentials/CredentialsProviderFactory.h"
#include "aws/services/StsClient.h"

namespace SageDesk::Aws {

AwsConnection::AwsConnection(std::unique_ptr<CredentialsProvider> credentials, const QString& region,
                             const QUrl& endpoint)
    : m_credentials(std::move(credentials))
    , m_context(std::make_unique<AwsClientContext>(m_credentials.get(), region))
{
    if (!endpoint.isEmpty()) {
        m_context->setEndpointOverride(endpoint);
    }
}

AwsConnection::~AwsConnection() = default;

std::unique_ptr<AwsConnection> AwsConnection::forProfile(const QString& profile, const QString& region,
                                                         MfaCodePrompt mfaCodePrompt)
{
    const AwsConfig config = AwsConfig::load({profile, region, {}});
    // The credential chain needs the context (STS for role profiles, the network for SSO) before the
    // context can have its credentials.
    std::unique_ptr<AwsConnection> connection(new AwsConnection);
    connection->m_context = std::make_unique<AwsClientContext>(nullptr, region);
    connection->m_context->setConfiguredEndpoints(config);
    CredentialsProviderHooks hooks;
    hooks.assumeRole = StsClient::assumeRoleFunction(connection->m_context.get());
    hooks.network = connection->m_context->network();
    hooks.mfaCodePrompt = std::move(mfaCodePrompt);
    connection->m_credentials = CredentialsProviderFactory::create(config, hooks);
    connection->m_context->setCredentials(connection->m_credentials.get());
    return connection;
}

} // namespace SageDesk::Aws
