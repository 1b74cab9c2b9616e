#include "aws/credentials/CredentialsProviderFactory.h"

#include <QDateTime>
#include <QSet>

#include "aws/credentials/AssumeRoleCredentialsProvider.h"
#include "aws/credentials/EnvironmentCredentialsProvider.h"
#include "aws/credentials/ProcessCredentialsProvider.h"
#include "aws/credentials/SsoCredentialsProvider.h"
#include "aws/credentials/StaticCredentialsProvider.h"

namespace SageDesk::Aws {

namespace {

using ProviderPtr = std::unique_ptr<CredentialsProvider>;

QString profileLabel(const QString& profile)
{
    return CredentialsProviderFactory::tr("profile %1").arg(profile);
}

ProviderPtr failing(const QString& error, const QString& profile)
{
    return ProviderPtr(StaticCredentialsProvider::failing(error, profileLabel(profile)));
}

QString joinedErrors(const QList<ConfigFileError>& errors)
{
    QStringList lines;
    for (const ConfigFileError& error : errors) {
        lines.append(error.toString());
    }
    return lines.join(QLatin1Char('\n'));
}

ProviderPtr forProfile(const AwsConfig& config, const QString& name, const CredentialsProviderHooks& hooks,
                       const Clock& clock, QSet<QString> visited);

ProviderPtr assumeRole(const AwsConfig& config, const Profile& profile, const CredentialsProviderHooks& hooks,
                       const Clock& clock, const QSet<QString>& visited)
{
    ProviderPtr source;
    const QString sourceProfile = profile.value(QStringLiteral("source_profile"));
    const QString credentialSource = profile.value(QStringLiteral("credential_source"));
    if (!sourceProfile.isEmpty()) {
        if (sourceProfile == profile.name) {
            // A profile may name itself as source when it also holds static keys (the CLI allows it).
            Credentials keys;
            keys.accessKeyId = profile.value(QStringLiteral("aws_access_key_id"));
            keys.secretAccessKey = profile.value(QStringLiteral("aws_secret_access_key"));
            keys.sessionToken = profile.value(QStringLiteral("aws_session_token"));
            keys.source = profileLabel(profile.name);
            source = std::make_unique<StaticCredentialsProvider>(keys, keys.source, clock);
        } else {
            source = forProfile(config, sourceProfile, hooks, clock, visited);
        }
    } else if (credentialSource.compare(QLatin1String("Environment"), Qt::CaseInsensitive) == 0) {
        source = std::make_unique<EnvironmentCredentialsProvider>(config.environment(), clock);
    } else if (!credentialSource.isEmpty()) {
        return failing(
            CredentialsProviderFactory::tr("Profile %1 uses credential_source = %2; SageDesk supports "
                                           "only Environment (or a source_profile).")
                .arg(profile.name, credentialSource),
            profile.name);
    } else {
        return failing(
            CredentialsProviderFactory::tr("Profile %1 has role_arn but neither source_profile nor "
                                           "credential_source.")
                .arg(profile.name),
            profile.name);
    }
    AssumeRoleParameters parameters;
    parameters.roleArn = profile.value(QStringLiteral("role_arn"));
    parameters.roleSessionName = profile.value(QStringLiteral("role_session_name"));
    if (parameters.roleSessionName.isEmpty()) {
        parameters.roleSessionName =
            QStringLiteral("sagedesk-session-%1").arg(clock.currentDateTimeUtc().toSecsSinceEpoch());
    }
    parameters.externalId = profile.value(QStringLiteral("external_id"));
    parameters.serialNumber = profile.value(QStringLiteral("mfa_serial"));
    const QString duration = profile.value(QStringLiteral("duration_seconds"));
    if (!duration.isEmpty()) {
        bool ok = false;
        parameters.durationSeconds = duration.toInt(&ok);
        if (!ok || parameters.durationSeconds < 900 || parameters.durationSeconds > 43200) {
            return failing(
                CredentialsProviderFactory::tr("Profile %1 has duration_seconds = %2; it must be a "
                                               "number of seconds from 900 to 43200.")
                    .arg(profile.name, duration),
                profile.name);
        }
    }
    parameters.region = profile.value(QStringLiteral("region"));
    if (parameters.region.isEmpty()) {
        parameters.region = config.region();
    }
    return std::make_unique<AssumeRoleCredentialsProvider>(profile.name, parameters, std::move(source),
                                                           hooks.assumeRole, hooks.mfaCodePrompt, clock);
}

ProviderPtr sso(const AwsConfig& config, const Profile& profile, const CredentialsProviderHooks& hooks,
                const Clock& clock)
{
    SsoCredentialsProvider::Settings settings;
    settings.profile = profile.name;
    settings.accountId = profile.value(QStringLiteral("sso_account_id"));
    settings.roleName = profile.value(QStringLiteral("sso_role_name"));
    settings.sessionName = profile.value(QStringLiteral("sso_session"));
    if (settings.sessionName.isEmpty()) {
        settings.region = profile.value(QStringLiteral("sso_region"));
        settings.startUrl = profile.value(QStringLiteral("sso_start_url"));
    } else {
        const auto session = config.ssoSession(settings.sessionName);
        if (!session) {
            return failing(CredentialsProviderFactory::tr("Profile %1 uses sso_session %2, but %3 has no "
                                                          "[sso-session %2] section.")
                               .arg(profile.name, settings.sessionName, config.configFilePath()),
                           profile.name);
        }
        settings.region = session->value(QStringLiteral("sso_region"));
        settings.startUrl = session->value(QStringLiteral("sso_start_url"));
    }
    settings.cacheDirectory = config.homePath() + QStringLiteral("/.aws/sso/cache");
    settings.portalEndpoint = hooks.ssoPortalEndpoint;
    return std::make_unique<SsoCredentialsProvider>(settings, hooks.network, clock);
}

ProviderPtr forProfile(const AwsConfig& config, const QString& name, const CredentialsProviderHooks& hooks,
                       const Clock& clock, QSet<QString> visited)
{
    if (visited.contains(name)) {
        return failing(CredentialsProviderFactory::tr("The source_profile chain of profile %1 loops back to "
                                                      "itself.")
                           .arg(name),
                       name);
    }
    visited.insert(name);
    const std::optional<Profile> profile = config.profile(name);
    if (!profile) {
        QString error = CredentialsProviderFactory::tr("The profile %1 is not in %2 or %3.")
                            .arg(name, config.configFilePath(), config.credentialsFilePath());
        if (!config.errors().isEmpty()) {
            error += QLatin1Char('\n') + joinedErrors(config.errors());
        }
        return failing(error, name);
    }
    if (profile->has(QStringLiteral("role_arn"))) {
        return assumeRole(config, *profile, hooks, clock, visited);
    }
    if (profile->has(QStringLiteral("sso_session")) || profile->has(QStringLiteral("sso_start_url")) ||
        profile->has(QStringLiteral("sso_account_id"))) {
        return sso(config, *profile, hooks, clock);
    }
    const QString accessKeyId = profile->value(QStringLiteral("aws_access_key_id"));
    if (!accessKeyId.isEmpty()) {
        Credentials keys;
        keys.accessKeyId = accessKeyId;
        keys.secretAccessKey = profile->value(QStringLiteral("aws_secret_access_key"));
        keys.sessionToken = profile->value(QStringLiteral("aws_session_token"));
        keys.source = profileLabel(name);
        if (keys.secretAccessKey.isEmpty()) {
            return failing(CredentialsProviderFactory::tr("Profile %1 has aws_access_key_id but no "
                                                          "aws_secret_access_key.")
                               .arg(name),
                           name);
        }
        return std::make_unique<StaticCredentialsProvider>(keys, keys.source, clock);
    }
    const QString process = profile->value(QStringLiteral("credential_process"));
    if (!process.isEmpty()) {
        return std::make_unique<ProcessCredentialsProvider>(process, name, config.environment(), clock);
    }
    QString error = CredentialsProviderFactory::tr("Profile %1 has no credentials (aws_access_key_id, "
                                                   "credential_process, role_arn or sso_session).")
                        .arg(name);
    const QList<ConfigFileError> errors = config.errorsFor(*profile);
    if (!errors.isEmpty()) {
        error += QLatin1Char('\n') + joinedErrors(errors);
    }
    return failing(error, name);
}

} // namespace

std::unique_ptr<CredentialsProvider> CredentialsProviderFactory::create(const AwsConfig& config,
                                                                        const CredentialsProviderHooks& hooks,
                                                                        const Clock& clock)
{
    // An explicit --profile wins over keys in the environment, as in the AWS CLI.
    if (config.overrides().profile.isEmpty() && EnvironmentCredentialsProvider::read(config.environment())) {
        return std::make_unique<EnvironmentCredentialsProvider>(config.environment(), clock);
    }
    if (!config.profile(config.profileName()) && config.profileName() == QLatin1String("default")) {
        QString error =
            tr("No AWS credentials were found. Set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, run "
               "\"aws configure\", or choose a profile.");
        if (!config.errors().isEmpty()) {
            error += QLatin1Char('\n') + joinedErrors(config.errors());
        }
        return failing(error, config.profileName());
    }
    return forProfile(config, config.profileName(), hooks, clock, {});
}

std::unique_ptr<CredentialsProvider>
CredentialsProviderFactory::createForProfile(const AwsConfig& config, const QString& profile,
                                             const CredentialsProviderHooks& hooks, const Clock& clock)
{
    return forProfile(config, profile, hooks, clock, {});
}

} // namespace SageDesk::Aws
