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

    // nullopt when the request is authentic. A request whose body streams to a sink (request.bodySink)
    // is verified from its head: the sink checks the body against x-amz-content-sha256 as it comes.
    std::optional<WireError> verify(const HttpRequest& request, WireProtocol protocol) const;
    // What can be known from the head before a body is read or 100 Continue sent: an Authorization
    // header in AWS4-HMAC-SHA256 form with a 64-digit signature, by a key (and session token) this
    // endpoint issued.
    std::optional<WireError> precheck(const HttpRequest& head, WireProtocol protocol) const;
    // For aws-chunked uploads: the request's signing key, date, scope and seed signature. Call after
    // verify() succeeded.
    std::optional<AwsChunkedDecoder::Signing> chunkSigning(const HttpRequest& request) const;

    // STS AssumeRole: temporary credentials (an ASIA key, its secret and a session token) that this
    // authenticator accepts until `expiration`. They live in memory only.
    struct TemporaryCredentials
    {
        QString accessKeyId;
        QString secretAccessKey;
        QString sessionToken;
        QDateTime expiration;
    };
    TemporaryCredentials issueTemporary(qint64 durationSeconds);

private:
    std::optional<WireError> checkTemporary(const HttpRequest& request, const QByteArray& accessKeyId,
                                            WireProtocol protocol, QByteArray& secret) const;

    LocalCredentials m_credentials;
    const Clock& m_clock;
    QHash<QByteArray, TemporaryCredentials> m_temporary;
};

} // namespace SageDesk::Local
