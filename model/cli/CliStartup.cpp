#include "cli/CliStartup.h"

#include "cli/CliParser.h"
#include "discovery/StartupPolicy.h"

namespace SageDesk::Cli {

QProcessEnvironment startupEnvironment(const QStringList& arguments, const QProcessEnvironment& environment,
                                       const QString& localDataDir)
{
    // Help, version and usage errors need no account; the parser answers them from the same line.
    const CliParseResult parsed = CliParser::parse(arguments);
    if (parsed.kind != CliParseResult::Kind::Run) {
        return environment;
    }
    const CliGlobalOptions& global = parsed.invocation.global;
    StartupInputs inputs;
    inputs.caller = StartupCaller::CommandLine;
    inputs.overrides = {global.profile, global.region, global.endpointUrl};
    inputs.environment = environment;
    inputs.localDataDir = localDataDir;
    return StartupPolicy::choose(inputs).commandEnvironment(environment);
}

} // namespace SageDesk::Cli
