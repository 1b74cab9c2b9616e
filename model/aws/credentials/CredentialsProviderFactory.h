#pragma once

#include <QCoreApplication>
#include <QUrl>

#include <memory>

#include "aws/config/AwsConfig.h"
#include "aws/credentials/AssumeRole.h"
#include "aws/credentials/CredentialsProvider.h"
#include "core/Clock.h"

class QNetworkAccessManager;

namespace SageDesk::Aws {

// What the credential providers need from the rest of the application.
struct CredentialsProviderHooks
{
    AssumeRoleFunction assumeRole;            // required for role_arn profiles
    MfaCodePrompt mfaCodePrompt;              // required for role_arn profiles with mfa_serial
    QNetworkAccessManager* network = nullptr; // for SSO; null: the provider makes its own
    // Replaces https://portal.sso.<region>.amazonaws.com (tests point it at a local server).
    QUrl ssoPortalEndpoint;
};

// The AWS CLI's credential chain for a resolved configuration: --profile given explicitly skips the
// environment keys; otherwise AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY(/AWS_SESSION_TOKEN) come first,
// then the profile: role_arn (with source_profile, recursively), sso_session / sso_* keys,
// credential_process, static keys.
class CredentialsProviderFactory final
{
    Q_DECLARE_TR_FUNCTIONS(SageDesk::Aws::CredentialsProviderFactory)

public:
    // Never null: when nothing is configured, the provider answers with an error that says so.
    static std::unique_ptr<CredentialsProvider> create(const AwsConfig& config,
                                                       const CredentialsProviderHooks& hooks,
                                                       const Clock& clock = Clock::system());
    // The provider of one named profile (no environment keys), as source_profile needs.
    static std::unique_ptr<CredentialsProvider> createForProfile(const AwsConfig& config,
                                                                 const QString& profile,
                                                                 const CredentialsProviderHooks& hooks,
                                                                 const Clock& clock = Clock::system());
};

} // namespace SageDesk::Aws
