#pragma once

#include <QPointer>
#include <QUrl>

#include "aws/credentials/CredentialsProvider.h"

class QNetworkAccessManager;

namespace SageDesk::Aws {

// IAM Identity Center (SSO) profiles, new style (sso_session = NAME with an [sso-session NAME]
// section) and legacy (sso_start_url / sso_region in the profile). Reads the access token that
// `aws sso login` left in ~/.aws/sso/cache/<sha1 of session name or start URL>.json and exchanges it
// for role credentials with GetRoleCredentials. It never signs in itself: an expired or missing token
// gives an error that says to run `aws sso login --profile NAME`.
class SsoCredentialsProvider final : public CredentialsProvider
{
    Q_OBJECT

public:
    struct Settings
    {
        QString profile;
        QString accountId;      // sso_account_id
        QString roleName;       // sso_role_name
        QString region;         // sso_region
        QString startUrl;       // sso_start_url
        QString sessionName;    // sso_session; empty for legacy profiles
        QString cacheDirectory; // ~/.aws/sso/cache
        QUrl portalEndpoint;    // empty: https://portal.sso.<region>.amazonaws.com
    };

    SsoCredentialsProvider(Settings settings, QNetworkAccessManager* network,
                           const Clock& clock = Clock::system(), QObject* parent = nullptr);

    QString name() const override;
    // ~/.aws/sso/cache/<sha1>.json for these settings.
    QString tokenCachePath() const;
    // The access token of a token cache file (as `aws sso login` writes it), or empty when it has
    // none or it expires at or before `now`.
    static QString accessTokenOf(const QByteArray& cacheFile, const QDateTime& now);

protected:
    void fetch(Callback done) override;

private:
    QString signInAgainError() const;

    Settings m_settings;
    QPointer<QNetworkAccessManager> m_network;
};

} // namespace SageDesk::Aws
