#pragma once

#include "aws/client/AwsClientContext.h"
#include "aws/credentials/AssumeRole.h"
#include "aws/credentials/CredentialsProvider.h"

#include <QString>
#include <QUrl>

#include <memory>

namespace SageDesk::Aws {

// The credentials of one account and region and the client context that signs with them, owned
// together so that the context, and with it every call still pending, goes before the credentials
// it signs with. Service clients (SageMakerClient, StsClient, ...) are made on context().
class AwsConnection final
{
    Q_DISABLE_COPY_MOVE(AwsConnection)

public:
    // `endpoint` empty: the public AWS endpoints of `region`; otherwise one endpoint for every
    // service (sagedesk-local, a test server).
    AwsConnection(std::unique_ptr<CredentialsProvider> credentials, const QString& region,
                  const QUrl& endpoint = {});
    ~AwsConnection();

    // A named profile of the shared AWS files in `region`, with the CLI's credential chain (role_arn
    // profiles assume their role through STS, asking `mfaCodePrompt` for the code when they name an
    // mfa_serial) and any endpoint the profile or environment configures.
    static std::unique_ptr<AwsConnection> forProfile(const QString& profile, const QString& region,
                                                     MfaCodePrompt mfaCodePrompt = {});

    AwsClientContext* context() const { return m_context.get(); }
    CredentialsProvider* credentials() const { return m_credentials.get(); }
    QString region() const { return m_context->region(); }

private:
    AwsConnection() = default;

    // Declared first so that it goes last: the context refers to it.
    std::unique_ptr<CredentialsProvider> m_credentials;
    std::unique_ptr<AwsClientContext> m_context;
};

} // namespace SageDesk::Aws
