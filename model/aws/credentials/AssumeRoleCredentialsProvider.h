#pragma once

#include <memory>

#include "aws/credentials/AssumeRole.h"
#include "aws/credentials/CredentialsProvider.h"

namespace SageDesk::Aws {

// role_arn with source_profile (or credential_source = Environment): gets the source credentials,
// asks for the MFA code when mfa_serial is set, and calls STS AssumeRole through the injected
// function. The role credentials are kept until shortly before their Expiration.
class AssumeRoleCredentialsProvider final : public CredentialsProvider
{
    Q_OBJECT

public:
    AssumeRoleCredentialsProvider(QString profile, AssumeRoleParameters parameters,
                                  std::unique_ptr<CredentialsProvider> source, AssumeRoleFunction assumeRole,
                                  MfaCodePrompt mfaCodePrompt, const Clock& clock = Clock::system(),
                                  QObject* parent = nullptr);

    QString name() const override;
    const AssumeRoleParameters& parameters() const { return m_parameters; }

protected:
    void fetch(Callback done) override;

private:
    void assume(const Credentials& source, AssumeRoleParameters parameters, const Callback& done);

    QString m_profile;
    AssumeRoleParameters m_parameters;
    std::unique_ptr<CredentialsProvider> m_source;
    AssumeRoleFunction m_assumeRole;
    MfaCodePrompt m_mfaCodePrompt;
};

} // namespace SageDesk::Aws
