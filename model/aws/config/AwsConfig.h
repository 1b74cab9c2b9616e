#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

#include "aws/config/AwsConfigOverrides.h"
#include "aws/config/ConfigFileError.h"
#include "aws/config/Profile.h"

namespace SageDesk::Aws {

// Profile, region and endpoints resolved the way the AWS CLI v2 resolves them:
// overrides (--profile, --region, --endpoint-url) > environment > shared config and credentials files.
//
// Files: AWS_CONFIG_FILE (default ~/.aws/config) and AWS_SHARED_CREDENTIALS_FILE (default
// ~/.aws/credentials). Profile: override, AWS_PROFILE, then "default". Region: override, AWS_REGION,
// AWS_DEFAULT_REGION, the profile's `region`. Endpoints: override, then (unless
// AWS_IGNORE_CONFIGURED_ENDPOINT_URLS or the profile's ignore_configured_endpoint_urls is true)
// AWS_ENDPOINT_URL_<SERVICE>, AWS_ENDPOINT_URL, the profile's `services` section, the profile's
// `endpoint_url`; otherwise the public AWS endpoint.
//
// Malformed files do not stop loading: what could be read is used and errors() tells what could not.
class AwsConfig final
{
    Q_DECLARE_TR_FUNCTIONS(SageDesk::Aws::AwsConfig)

public:
    AwsConfig() = default;

    static AwsConfig load(const AwsConfigOverrides& overrides = {},
                          const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());

    // The active profile's name ("default" when nothing chose one).
    QString profileName() const { return m_profileName; }
    // The active profile; nullopt when it is in neither file (fine for "default" with env credentials).
    std::optional<Profile> activeProfile() const { return profile(m_profileName); }
    std::optional<Profile> profile(const QString& name) const;
    // Every profile in either file, "default" first, the rest sorted: for a profile picker.
    QStringList profileNames() const;
    // The [sso-session NAME] section.
    std::optional<QHash<QString, QString>> ssoSession(const QString& name) const;

    // Empty when none is configured anywhere.
    QString region() const { return m_region; }

    // The endpoint to call for a service id ("sagemaker", "iam", "sts", "s3", "ec2", "kms", ...).
    QUrl endpointUrl(const QString& serviceId) const;
    // Only a configured endpoint (override, environment, profile); nullopt means the AWS default.
    std::optional<QUrl> configuredEndpointUrl(const QString& serviceId) const;
    // Whether `region` can stand in a host name as AWS's do (botocore's host-label rule: letters,
    // digits and inner hyphens, at most 63): a region from a config file or the environment is
    // checked before any URL is built from it, so that "x.evil.example#" cannot choose the host.
    static bool isValidRegion(const QString& region);
    // The public AWS endpoint of a service in a region; empty for an invalid region.
    static QUrl defaultEndpointUrl(const QString& serviceId, const QString& region);
    // The region to sign with: us-east-1 for the global IAM endpoint, region() otherwise.
    QString signingRegion(const QString& serviceId) const;
    // "AWS_ENDPOINT_URL_" + service id upper-cased, spaces and dashes to underscores.
    static QString endpointEnvironmentVariable(const QString& serviceId);

    QString configFilePath() const { return m_configFile; }
    QString credentialsFilePath() const { return m_credentialsFile; }
    QString homePath() const { return m_home; }
    const QProcessEnvironment& environment() const { return m_environment; }
    const AwsConfigOverrides& overrides() const { return m_overrides; }

    const QList<ConfigFileError>& errors() const { return m_errors; }
    // Errors of the files the given profile was read from.
    QList<ConfigFileError> errorsFor(const Profile& profile) const;

private:
    QString environmentValue(const QString& name) const;
    bool ignoresConfiguredEndpoints() const;

    AwsConfigOverrides m_overrides;
    QProcessEnvironment m_environment;
    QString m_home;
    QString m_configFile;
    QString m_credentialsFile;
    QString m_profileName;
    QString m_region;
    QHash<QString, Profile> m_profiles;
    QHash<QString, QHash<QString, QString>> m_ssoSessions;
    // [services NAME] sections: NAME -> service id -> key -> value.
    QHash<QString, QHash<QString, QHash<QString, QString>>> m_servicesSections;
    QList<ConfigFileError> m_errors;
};

} // namespace SageDesk::Aws
