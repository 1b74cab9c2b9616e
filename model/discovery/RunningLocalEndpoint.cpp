#include "discovery/RunningLocalEndpoint.h"

namespace SageDesk::Local {

std::optional<RunningLocalEndpoint> RunningLocalEndpoint::find(const QString& dataDir)
{
    std::optional<LocalEndpointInfo> info = LocalEndpointInfo::read(dataDir);
    if (!info) {
        return std::nullopt;
    }
    std::optional<LocalCredentials> credentials = LocalCredentials::load(dataDir);
    if (!credentials) {
        return std::nullopt;
    }
    return RunningLocalEndpoint{std::move(*info), std::move(*credentials)};
}

Aws::Credentials RunningLocalEndpoint::awsCredentials() const
{
    Aws::Credentials keys;
    keys.accessKeyId = credentials.accessKeyId;
    keys.secretAccessKey = credentials.secretAccessKey;
    keys.source = QStringLiteral("sagedesk-local");
    return keys;
}

} // namespace SageDesk::Local
