#include "aws/config/AwsConfig.h"

#include <QDir>
#include <QRegularExpression>

#include "aws/config/ConfigFile.h"

namespace SageDesk::Aws {

namespace {

const QString kDefault = QStringLiteral("default");

QString expandHome(const QString& path, const QString& home)
{
    if (path == QLatin1String("~") || path.startsWith(QLatin1String("~/"))) {
        return home + path.mid(1);
    }
    return path;
}

bool isTrue(const QString& value)
{
    return value.trimmed().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

// How a service id appears as a key of a [services] section: "SageMaker Runtime" -> "sagemaker_runtime".
QString configKeyOf(const QString& serviceId)
{
    QString key = serviceId.trimmed().toLower();
    key.replace(QLatin1Char(' '), QLatin1Char('_')).replace(QLatin1Char('-'), QLatin1Char('_'));
    return key;
}

QString dnsSuffixOf(const QString& region)
{
    return region.startsWith(QLatin1String("cn-")) ? QStringLiteral("amazonaws.com.cn")
                                                   : QStringLiteral("amazonaws.com");
}

} // namespace

AwsConfig AwsConfig::load(const AwsConfigOverrides& overrides, const QProcessEnvironment& environment)
{
    AwsConfig config;
    config.m_overrides = overrides;
    config.m_environment = environment;
    config.m_home =
        environment.value(QStringLiteral("HOME"), environment.value(QStringLiteral("USERPROFILE")));
    if (config.m_home.isEmpty()) {
        config.m_home = QDir::homePath();
    }
    const QString awsDir = config.m_home + QStringLiteral("/.aws/");
    config.m_configFile =
        expandHome(config.environmentValue(QStringLiteral("AWS_CONFIG_FILE")), config.m_home);
    if (config.m_configFile.isEmpty()) {
        config.m_configFile = awsDir + QStringLiteral("config");
    }
    config.m_credentialsFile =
        expandHome(config.environmentValue(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE")), config.m_home);
    if (config.m_credentialsFile.isEmpty()) {
        config.m_credentialsFile = awsDir + QStringLiteral("credentials");
    }

    const ConfigFile configFile = ConfigFile::load(config.m_configFile);
    config.m_errors += configFile.errors();
    for (const ConfigFile::Section& section : configFile.sections()) {
        QString name = section.name;
        if (name.startsWith(QLatin1String("profile "))) {
            name = name.mid(8).trimmed();
        } else if (name.startsWith(QLatin1String("sso-session "))) {
            config.m_ssoSessions.insert(name.mid(12).trimmed(), section.values);
            continue;
        } else if (name.startsWith(QLatin1String("services "))) {
            config.m_servicesSections.insert(name.mid(9).trimmed(), section.subValues);
            continue;
        } else if (name != kDefault) {
            // The AWS CLI v2 ignores config sections without the "profile " prefix, except [default].
            continue;
        }
        Profile& profile = config.m_profiles[name];
        profile.name = name;
        profile.configFile = config.m_configFile;
        profile.values.insert(section.values);
        profile.subValues.insert(section.subValues);
    }

    const ConfigFile credentialsFile = ConfigFile::load(config.m_credentialsFile);
    config.m_errors += credentialsFile.errors();
    for (const ConfigFile::Section& section : credentialsFile.sections()) {
        Profile& profile = config.m_profiles[section.name];
        profile.name = section.name;
        profile.credentialsFile = config.m_credentialsFile;
        profile.values.insert(section.values); // the credentials file wins
    }

    config.m_profileName = overrides.profile;
    if (config.m_profileName.isEmpty()) {
        config.m_profileName = config.environmentValue(QStringLiteral("AWS_PROFILE"));
    }
    if (config.m_profileName.isEmpty()) {
        config.m_profileName = config.environmentValue(QStringLiteral("AWS_DEFAULT_PROFILE"));
    }
    if (config.m_profileName.isEmpty()) {
        config.m_profileName = kDefault;
    }

    config.m_region = overrides.region;
    for (const auto* variable : {"AWS_REGION", "AWS_DEFAULT_REGION"}) {
        if (config.m_region.isEmpty()) {
            config.m_region = config.environmentValue(QLatin1String(variable));
        }
    }
    if (config.m_region.isEmpty()) {
        config.m_region = config.m_profiles.value(config.m_profileName).value(QStringLiteral("region"));
    }
    if (!config.m_region.isEmpty() && !isValidRegion(config.m_region)) {
        const Profile profile = config.m_profiles.value(config.m_profileName);
        config.m_errors.append(ConfigFileError{
            profile.configFile.isEmpty() ? profile.credentialsFile : profile.configFile, 0,
            tr("Provided region_name '%1' doesn't match a supported format.").arg(config.m_region)});
        config.m_region.clear();
    }
    return config;
}

std::optional<Profile> AwsConfig::profile(const QString& name) const
{
    const auto found = m_profiles.constFind(name);
    if (found == m_profiles.cend()) {
        return std::nullopt;
    }
    return found.value();
}

QStringList AwsConfig::profileNames() const
{
    QStringList names = m_profiles.keys();
    names.removeAll(kDefault);
    names.sort(Qt::CaseInsensitive);
    if (m_profiles.contains(kDefault)) {
        names.prepend(kDefault);
    }
    return names;
}

std::optional<QHash<QString, QString>> AwsConfig::ssoSession(const QString& name) const
{
    const auto found = m_ssoSessions.constFind(name);
    if (found == m_ssoSessions.cend()) {
        return std::nullopt;
    }
    return found.value();
}

QUrl AwsConfig::endpointUrl(const QString& serviceId) const
{
    return configuredEndpointUrl(serviceId).value_or(defaultEndpointUrl(serviceId, m_region));
}

std::optional<QUrl> AwsConfig::configuredEndpointUrl(const QString& serviceId) const
{
    if (!m_overrides.endpointUrl.isEmpty()) {
        return QUrl(m_overrides.endpointUrl);
    }
    if (ignoresConfiguredEndpoints()) {
        return std::nullopt;
    }
    for (const QString& variable :
         {endpointEnvironmentVariable(serviceId), QStringLiteral("AWS_ENDPOINT_URL")}) {
        const QString value = environmentValue(variable);
        if (!value.isEmpty()) {
            return QUrl(value);
        }
    }
    const Profile active = m_profiles.value(m_profileName);
    const QString servicesName = active.value(QStringLiteral("services"));
    if (!servicesName.isEmpty()) {
        const QString value = m_servicesSections.value(servicesName)
                                  .value(configKeyOf(serviceId))
                                  .value(QStringLiteral("endpoint_url"));
        if (!value.isEmpty()) {
            return QUrl(value);
        }
    }
    const QString value = active.value(QStringLiteral("endpoint_url"));
    if (!value.isEmpty()) {
        return QUrl(value);
    }
    return std::nullopt;
}

bool AwsConfig::isValidRegion(const QString& region)
{
    static const QRegularExpression kHostLabel(
        QStringLiteral("^[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?$"));
    return kHostLabel.match(region).hasMatch();
}

QUrl AwsConfig::defaultEndpointUrl(const QString& serviceId, const QString& region)
{
    if (!region.isEmpty() && !isValidRegion(region)) {
        return {};
    }
    const QString service = configKeyOf(serviceId);
    if (service == QLatin1String("iam")) {
        if (region.startsWith(QLatin1String("cn-"))) {
            return QUrl(QStringLiteral("https://iam.cn-north-1.amazonaws.com.cn"));
        }
        if (region.startsWith(QLatin1String("us-gov-"))) {
            return QUrl(QStringLiteral("https://iam.us-gov.amazonaws.com"));
        }
        return QUrl(QStringLiteral("https://iam.amazonaws.com"));
    }
    if (region.isEmpty()) {
        return {};
    }
    QString host;
    if (service == QLatin1String("sagemaker")) {
        host = QStringLiteral("api.sagemaker.%1.%2");
    } else if (service == QLatin1String("sso")) {
        host = QStringLiteral("portal.sso.%1.%2");
    } else if (service == QLatin1String("sso_oidc")) {
        host = QStringLiteral("oidc.%1.%2");
    } else {
        host = service + QStringLiteral(".%1.%2");
    }
    return QUrl(QStringLiteral("https://") + host.arg(region, dnsSuffixOf(region)));
}

QString AwsConfig::signingRegion(const QString& serviceId) const
{
    if (configKeyOf(serviceId) == QLatin1String("iam")) {
        if (m_region.startsWith(QLatin1String("cn-"))) {
            return QStringLiteral("cn-north-1");
        }
        if (m_region.startsWith(QLatin1String("us-gov-"))) {
            return QStringLiteral("us-gov-west-1");
        }
        return QStringLiteral("us-east-1");
    }
    return m_region;
}

QString AwsConfig::endpointEnvironmentVariable(const QString& serviceId)
{
    return QStringLiteral("AWS_ENDPOINT_URL_") + configKeyOf(serviceId).toUpper();
}

QList<ConfigFileError> AwsConfig::errorsFor(const Profile& profile) const
{
    QList<ConfigFileError> result;
    for (const ConfigFileError& error : m_errors) {
        if ((!profile.configFile.isEmpty() && error.file == profile.configFile) ||
            (!profile.credentialsFile.isEmpty() && error.file == profile.credentialsFile)) {
            result.append(error);
        }
    }
    return result;
}

QString AwsConfig::environmentValue(const QString& name) const
{
    return m_environment.value(name).trimmed();
}

bool AwsConfig::ignoresConfiguredEndpoints() const
{
    const QString variable = environmentValue(QStringLiteral("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"));
    if (!variable.isEmpty()) {
        return isTrue(variable);
    }
    return isTrue(m_profiles.value(m_profileName).value(QStringLiteral("ignore_configured_endpoint_urls")));
}

} // namespace SageDesk::Aws
