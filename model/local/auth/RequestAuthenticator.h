#pragma once

#include "core/Clock.h"
#include "discovery/LocalCredentials.h"
#include "local/auth/AwsChunkedDecoder.h"
#include "local/http/HttpRequest.h"
#include "local/protocol/WireError.h"

#include <QHash>

#include <optional>

namespace SageDesk::Local {

// Verifies the SigV4 signature of an incoming request against the endpoint's one access key, with
// the same canonicalisation the signer uses (aws/SigV4.h), and answers with the error the real
// service would send: unknown key, signature mismatch, or a date more than 15 minutes off.
class RequestAuthenticator final
{
public:
    RequestAuthenticator(LocalCredentials credentials, const Clock& clock);

    // The credential scope's service ("sagemaker", "iam", "sts", "s3"), or empty when the request
    // carries no SigV4 authorization.
    static QByteArray signedService(const HttpRequest& request);

    // The role session that temporary credentials stand for: who IAM evaluates a request as.
    struct RoleSession
    {
        QString roleArn;     // arn:aws:iam::<account>:role/<path><name>
        QString roleId;      // AROA...
        QString sessionName; // "SageMaker" for a notebook instance's credentials
        // arn:aws:sts::<account>:assumed-role/<name>/<session>, as STS and IAM's messages name it.
        QString assumedRoleArn() const;
        QString roleName() const { return roleArn.section(QLatin1Char('/'), -1); }
    };
    // What can be known from the head before a body is read or 100 Continue sent: an Authorization
    // header in AWS4-HMAC-SHA256 form with a 64-digit signature, by a key (and session token) this
    // endpoint issued.
    std::optional<WireError> precheck(const HttpRequest& head, WireProtocol protocol) const;
    // For aws-chunked uploads: the request's signing key, date, scope and seed signature. Call after
    // verify() succeeded.
    std::optional<AwsChunkedDecoder::Signing> chunkSigning(const HttpRequest& request) const;

    // nullopt when the request is authentic. A request whose body streams to a sink (request.bodySink)
    // is verified from its head: the sink checks the body against x-amz-content-sha256 as it comes.
    // `session` (if given) receives the role session of temporary credentials, or stays empty for the
    // endpoint's own key, which may do anything.
    std::optional<WireError> verify(const HttpRequest& request, WireProtocol protocol,
                                    std::optional<RoleSession>* session = nullptr) const;

    // STS AssumeRole and a notebook instance's role credentials: temporary credentials (an ASIA key,
    // its secret and a session token) of `session` that this authenticator accepts until
    // `expiration`. They live in memory only.
    struct TemporaryCredentials
    {
        QString accessKeyId;
        QString secretAccessKey;
        QString sessionToken;
        QDateTime expiration;
        RoleSession session;
    };
    TemporaryCredentials issueTemporary(qint64 durationSeconds, const RoleSession& session);

private:
    std::optional<WireError> checkTemporary(const HttpRequest& request, const QByteArray& accessKeyId,
                                            WireProtocol protocol, QByteArray& secret,
                                            std::optional<RoleSession>* session) const;

    LocalCredentials m_credentials;
    const Clock& m_clock;
    QHash<QByteArray, TemporaryCredentials> m_temporary;
};

} // namespace SageDesk::Local
