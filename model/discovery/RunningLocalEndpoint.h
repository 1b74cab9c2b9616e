#pragma once

#include "aws/credentials/Credentials.h"
#include "discovery/ConsoleScope.h"
#include "discovery/LocalCredentials.h"
#include "discovery/LocalEndpointInfo.h"

#include <QUrl>

#include <optional>

namespace SageDesk::Local {

// A sagedesk-local running on a data directory together with the key that signs requests to it:
// everything the GUI and the CLI need to talk to it.
struct RunningLocalEndpoint
{
    LocalEndpointInfo info;
    LocalCredentials credentials;

    // nullopt when nothing runs on `dataDir` (no runtime file, a stale one) or its key is unreadable.
    static std::optional<RunningLocalEndpoint> find(const QString& dataDir);

    QUrl endpointUrl() const { return QUrl(info.endpointUrl()); }
    // Local, in the region the endpoint answers for.
    ConsoleScope scope() const { return ConsoleScope::local(info.region); }
    QString region() const { return scope().region(); }
    Aws::Credentials awsCredentials() const;
};

} // namespace SageDesk::Local
