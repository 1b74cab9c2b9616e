#include "aws/config/AwsConfig.h"
#include "cli/CliApplication.h"
#include "cli/CliParser.h"
#include "core/Version.h"
#include "discovery/LocalCredentials.h"
#include "discovery/LocalEndpointInfo.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {

// With no credentials and no endpoint configured anywhere, a running sagedesk-local (found through
// the runtime file it leaves in its default data directory) is what the person means.
QProcessEnvironment withLocalEndpoint(QProcessEnvironment environment, const QStringList& arguments)
{
    const auto parsed = SageDesk::Cli::CliParser::parse(arguments);
    if (parsed.kind != SageDesk::Cli::CliParseResult::Kind::Run) {
        return environment;
    }
    const auto& global = parsed.invocation.global;
    const auto config =
        SageDesk::Aws::AwsConfig::load({global.profile, global.region, global.endpointUrl}, environment);
    if (!global.profile.isEmpty() || environment.contains(QStringLiteral("AWS_PROFILE")) ||
        environment.contains(QStringLiteral("AWS_ACCESS_KEY_ID")) || config.activeProfile() ||
        config.configuredEndpointUrl(QStringLiteral("sagemaker"))) {
        return environment;
    }
    using SageDesk::Local::LocalEndpointInfo;
    const QString dataDir = LocalEndpointInfo::defaultDataDir();
    const auto endpoint = LocalEndpointInfo::read(dataDir);
    const auto credentials = endpoint ? SageDesk::Local::LocalCredentials::load(dataDir) : std::nullopt;
    if (!credentials) {
        return environment;
    }
    environment.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), credentials->accessKeyId);
    environment.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), credentials->secretAccessKey);
    environment.insert(QStringLiteral("AWS_ENDPOINT_URL"), endpoint->endpointUrl());
    if (config.region().isEmpty()) {
        environment.insert(QStringLiteral("AWS_REGION"), endpoint->region);
    }
    return environment;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sagedesk-cli"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(SageDesk::kVersion));
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QTextStream in(stdin);
    SageDesk::Cli::CliApplication cli(out, err,
                                      withLocalEndpoint(QProcessEnvironment::systemEnvironment(), arguments));
    cli.setInput(&in);
    return cli.run(arguments);
}
