#pragma once

#include "aws/config/AwsConfigOverrides.h"
#include "discovery/ConsoleScope.h"
#include "discovery/RunningLocalEndpoint.h"

#include <QProcessEnvironment>
#include <QStringList>

#include <optional>

namespace SageDesk {

namespace Aws {
class AwsConfig;
}

// Who starts up. The console shows its choice in the account bar, where the person can change it,
// so it may guess a named profile and may start sagedesk-local. A command must not act on an
// account nobody named, nor leave a server running behind it.
enum class StartupCaller
{
    Console,
    CommandLine,
};

struct StartupInputs
{
    StartupCaller caller = StartupCaller::CommandLine;
    // What the command line named: --profile, --region, --endpoint-url.
    Aws::AwsConfigOverrides overrides;
    // The console's choice of the last run (the account bar remembers it); used while it is offered.
    std::optional<ConsoleScope> remembered;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QString localDataDir; // empty: LocalEndpointInfo::defaultDataDir()
};

struct StartupChoice
{
    // Why the scope was chosen, in the order the policy tries them.
    enum class Reason
    {
        ExplicitProfile,    // --profile
        Remembered,         // the console's last choice
        ProfileVariable,    // AWS_PROFILE or AWS_DEFAULT_PROFILE
        EnvironmentKeys,    // AWS_ACCESS_KEY_ID
        DefaultProfile,     // a [default] profile in the shared files
        ConfiguredEndpoint, // commands only: an endpoint configured without credentials of ours
        FirstProfile,       // the console only: the first named profile of the files
        LocalRunning,       // nothing configured, and a sagedesk-local runs
        NothingConfigured,  // nothing configured and nothing running
    };

    ConsoleScope scope;
    Reason reason = Reason::NothingConfigured;
    // What the console's account bar offers besides Local: every profile of the shared files, and
    // "default" when keys in the environment stand for it without any file.
    QStringList profiles;
    QString localDataDir;
    // The endpoint of a Local scope when one runs.
    std::optional<Local::RunningLocalEndpoint> local;
    // Whether --region, the environment or the profile names a region (a command keeps its own).
    bool regionConfigured = false;

    // Local while nothing runs yet: the console starts sagedesk-local, a command goes without.
    bool needsLocalStart() const { return scope.isLocal() && !local; }
    // The environment a command runs with: `base`, plus the running local endpoint's key and URL and,
    // unless a region is configured, its region (AWS_REGION and AWS_DEFAULT_REGION, since older SDKs
    // in the command's children read only the latter).
    QProcessEnvironment commandEnvironment(QProcessEnvironment base) const;
};

// The one answer to "where do we look at start-up": a named profile, the environment, or the local
// endpoint, and which sagedesk-local. Used by the console window and by sagedesk-cli alike.
class StartupPolicy final
{
public:
    StartupPolicy() = delete;

    static StartupChoice choose(const StartupInputs& inputs);
    // The profiles of `config` a person can pick, "default" first.
    static QStringList offeredProfiles(const Aws::AwsConfig& config);
};

} // namespace SageDesk
