#include "aws/credentials/AssumeRoleCredentialsProvider.h"

#include <QPointer>

namespace SageDesk::Aws {

AssumeRoleCredentialsProvider::AssumeRoleCredentialsProvider(QString profile, AssumeRoleParameters parameters,
                                                             std::unique_ptr<CredentialsProvider> source,
                                                             AssumeRoleFunction assumeRole,
                                                             MfaCodePrompt mfaCodePrompt, const Clock& clock,
                                                             QObject* parent)
    : CredentialsProvider(clock, parent)
    , m_profile(std::move(profile))
    , m_parameters(std::move(parameters))
    , m_source(std::move(source))
    , m_assumeRole(std::move(assumeRole))
    , m_mfaCodePrompt(std::move(mfaCodePrompt))
{}

QString AssumeRoleCredentialsProvider::name() const
{
    return tr("profile %1 (role %2)").arg(m_profile, m_parameters.roleArn);
}

void AssumeRoleCredentialsProvider::fetch(Callback done)
{
    if (!m_assumeRole) {
        done(CredentialsResult::failure(
            tr("Profile %1 assumes a role, but STS is not available here.").arg(m_profile)));
        return;
    }
    QPointer<AssumeRoleCredentialsProvider> self(this);
    m_source->credentials([self, done](const CredentialsResult& source) {
        if (!self) {
            return;
        }
        if (!source.ok()) {
            done(CredentialsResult::failure(
                tr("Profile %1 cannot assume its role: %2").arg(self->m_profile, source.error)));
            return;
        }
        AssumeRoleParameters parameters = self->m_parameters;
        if (parameters.serialNumber.isEmpty()) {
            self->assume(source.credentials, parameters, done);
            return;
        }
        if (!self->m_mfaCodePrompt) {
            done(CredentialsResult::failure(
                tr("Profile %1 needs an MFA code, but nothing here can ask for one.").arg(self->m_profile)));
            return;
        }
        const Credentials sourceCredentials = source.credentials;
        self->m_mfaCodePrompt(parameters.serialNumber, [self, parameters, sourceCredentials,
                                                        done](const QString& code) mutable {
            if (!self) {
                return;
            }
            if (code.trimmed().isEmpty()) {
                done(CredentialsResult::failure(
                    tr("No MFA code was entered for profile %1.").arg(self->m_profile)));
                return;
            }
            parameters.tokenCode = code.trimmed();
            self->assume(sourceCredentials, parameters, done);
        });
    });
}

void AssumeRoleCredentialsProvider::assume(const Credentials& source, AssumeRoleParameters parameters,
                                           const Callback& done)
{
    QPointer<AssumeRoleCredentialsProvider> self(this);
    m_assumeRole(source, parameters, [self, done](const CredentialsResult& result) {
        if (!self) {
            return;
        }
        if (!result.ok()) {
            done(CredentialsResult::failure(
                tr("AssumeRole for profile %1 failed: %2").arg(self->m_profile, result.error)));
            return;
        }
        Credentials credentials = result.credentials;
        credentials.source = self->name();
        done(CredentialsResult::success(credentials));
    });
}

} // namespace SageDesk::Aws
