#include "discovery/StartupPolicy.h"

#include "aws/config/AwsConfig.h"

namespace SageDesk {

namespace {

const auto kDefaultProfile = QStringLiteral("default");

QString environmentValue(const QProcessEnvironment& environment, const char* name)
{
    return environment.value(QLatin1String(name));
}

} // namespace

QStringList StartupPolicy::offeredProfiles(const Aws::AwsConfig& config)
{
    QStringList profiles = config.profileNames();
    // Keys in the environment work as the "default" profile even without any file.
    if (!environmentValue(config.environment(), "AWS_ACCESS_KEY_ID").isEmpty() &&
        !profiles.contains(kDefaultProfile)) {
        profiles.prepend(kDefaultProfile);
    }
    return profiles;
}

StartupChoice StartupPolicy::choose(const StartupInputs& inputs)
{
    using Reason = StartupChoice::Reason;
    const bool console = inputs.caller == StartupCaller::Console;
    const QProcessEnvironment& environment = inputs.environment;
    const Aws::AwsConfig config = Aws::AwsConfig::load(inputs.overrides, environment);

    StartupChoice choice;
    choice.profiles = offeredProfiles(config);
    choice.localDataDir =
        inputs.localDataDir.isEmpty() ? Local::LocalEndpointInfo::defaultDataDir() : inputs.localDataDir;
    choice.regionConfigured = !config.region().isEmpty();

    const auto chosen = [&](const ConsoleScope& scope, Reason reason) {
        choice.scope = scope;
        choice.reason = reason;
        return choice;
    };
    // --region, else the remembered one, else what the environment or the profile itself says.
    const auto regionOf = [&](const QString& profile, const QString& remembered = {}) {
        if (!inputs.overrides.region.isEmpty()) {
            return inputs.overrides.region;
        }
        if (!remembered.isEmpty()) {
            return remembered;
        }
        return Aws::AwsConfig::load({profile, {}, {}}, environment).region();
    };
    // The console can only show a profile its account bar offers. A command uses the name it was
    // given, and the missing profile is reported when it signs.
    const auto usable = [&](const QString& profile) { return !console || choice.profiles.contains(profile); };
    // Local in the running endpoint's region; looked up once, so that the answer stays consistent.
    const auto local = [&](Reason reason) {
        if (!choice.local) {
            choice.local = Local::RunningLocalEndpoint::find(choice.localDataDir);
        }
        return chosen(choice.local ? choice.local->scope() : ConsoleScope::local(), reason);
    };

    const QString& explicitProfile = inputs.overrides.profile;
    if (!explicitProfile.isEmpty() && usable(explicitProfile)) {
        return chosen(ConsoleScope::profile(explicitProfile, regionOf(explicitProfile)),
                      Reason::ExplicitProfile);
    }
    if (console && inputs.remembered) {
        const ConsoleScope& remembered = *inputs.remembered;
        if (remembered.isLocal()) {
            return local(Reason::Remembered);
        }
        if (usable(remembered.profileName())) {
            return chosen(ConsoleScope::profile(remembered.profileName(),
                                                regionOf(remembered.profileName(), remembered.region())),
                          Reason::Remembered);
        }
    }
    QString variableProfile = environmentValue(environment, "AWS_PROFILE");
    if (variableProfile.isEmpty()) {
        variableProfile = environmentValue(environment, "AWS_DEFAULT_PROFILE");
    }
    if (!variableProfile.isEmpty() && usable(variableProfile)) {
        return chosen(ConsoleScope::profile(variableProfile, regionOf(variableProfile)),
                      Reason::ProfileVariable);
    }
    if (!environmentValue(environment, "AWS_ACCESS_KEY_ID").isEmpty()) {
        return chosen(ConsoleScope::environment(regionOf(kDefaultProfile)), Reason::EnvironmentKeys);
    }
    if (config.profile(kDefaultProfile)) {
        return chosen(ConsoleScope::profile(kDefaultProfile, regionOf(kDefaultProfile)),
                      Reason::DefaultProfile);
    }
    // Someone pointed commands at an endpoint of their own (moto, a proxy): not ours to replace. The
    // console needs an account to show, which an endpoint alone does not give.
    if (!console && config.configuredEndpointUrl(QStringLiteral("sagemaker"))) {
        return chosen(ConsoleScope::environment(config.region()), Reason::ConfiguredEndpoint);
    }
    if (console && !choice.profiles.isEmpty()) {
        const QString first = choice.profiles.first();
        return chosen(ConsoleScope::profile(first, regionOf(first)), Reason::FirstProfile);
    }
    choice.local = Local::RunningLocalEndpoint::find(choice.localDataDir);
    return local(choice.local ? Reason::LocalRunning : Reason::NothingConfigured);
}

QProcessEnvironment StartupChoice::commandEnvironment(QProcessEnvironment base) const
{
    if (!scope.isLocal() || !local) {
        return base;
    }
    base.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), local->credentials.accessKeyId);
    base.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), local->credentials.secretAccessKey);
    base.insert(QStringLiteral("AWS_ENDPOINT_URL"), local->info.endpointUrl());
    if (!regionConfigured) {
        base.insert(QStringLiteral("AWS_REGION"), scope.region());
        base.insert(QStringLiteral("AWS_DEFAULT_REGION"), scope.region());
    }
    return base;
}

} // namespace SageDesk
