#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>

#include <chrono>
#include <optional>

#include "aws/credentials/Credentials.h"
#include "aws/signing/SigV4Authorization.h"
#include "aws/signing/SigV4Options.h"
#include "aws/signing/SigV4Result.h"
#include "aws/signing/SigV4Scope.h"
#include "aws/signing/SignableRequest.h"
#include "aws/signing/SigningKeyCache.h"

// AWS Signature Version 4 as pure functions: inputs in, signature out, no I/O, the time passed in.
// The pieces are public one by one because sagedesk-local uses them to verify incoming signatures.
namespace SageDesk::Aws::SigV4 {

inline constexpr auto kAlgorithm = "AWS4-HMAC-SHA256";
inline constexpr auto kUnsignedPayload = "UNSIGNED-PAYLOAD";
// SHA-256 of the empty string.
inline constexpr auto kEmptyPayloadHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

// "20150830T123600Z" (always UTC) and back.
QByteArray amzDate(const QDateTime& time);
std::optional<QDateTime> parseAmzDate(QByteArrayView text);

QByteArray sha256Hex(QByteArrayView data);
QByteArray hmacSha256(QByteArrayView key, QByteArrayView message);

// RFC 3986 percent-encoding as AWS wants it: everything but A-Z a-z 0-9 - . _ ~ (and '/' when
// `keepSlash`) becomes %XX with upper-case hex.
QByteArray uriEncode(QByteArrayView bytes, bool keepSlash);
// %XX to bytes; a '%' without two hex digits stays as it is. '+' is left alone (it is not a space here).
QByteArray uriDecode(QByteArrayView bytes);

// The canonical URI of a wire path. With `doubleEncode` the wire path is encoded once more (so "%20"
// becomes "%2520"); without it (S3) the wire path is taken as it is, only bytes that are not allowed
// in a path (spaces, non-ASCII, ...) being encoded.
QByteArray canonicalUri(QByteArrayView path, bool normalizePath, bool doubleEncode);
// "b=2&a=1&a=0" -> "a=0&a=1&b=2": each key and value decoded and re-encoded, sorted by key then value.
QByteArray canonicalQuery(QByteArrayView query);

struct CanonicalHeaders
{
    QByteArray block;         // "host:example.com\nx-amz-date:...\n"
    QByteArray signedHeaders; // "host;x-amz-date"
};
// Lower-cased names, values trimmed with inner whitespace runs collapsed to one space, repeated names
// joined with ','. With `onlyNames` empty every header not in `excluded` is taken; otherwise exactly
// the named ones (how a verifier rebuilds what the signer signed).
CanonicalHeaders canonicalHeaders(const HttpHeaders& headers, const QList<QByteArray>& excluded = {},
                                  const QList<QByteArray>& onlyNames = {});

QByteArray canonicalRequest(QByteArrayView method, QByteArrayView canonicalUri, QByteArrayView canonicalQuery,
                            const CanonicalHeaders& headers, QByteArrayView payloadHash);
// The same from a whole request. `onlyNames` as in canonicalHeaders().
QByteArray canonicalRequest(const SignableRequest& request, const SigV4Options& options,
                            const QList<QByteArray>& onlyNames = {});

QByteArray stringToSign(QByteArrayView amzDate, const SigV4Scope& scope, QByteArrayView canonicalRequest);
SigV4Scope scopeFor(const QDateTime& time, QByteArrayView region, QByteArrayView service);
// HMAC("AWS4" + secret, date) -> region -> service -> "aws4_request". Not cached; see SigningKeyCache.
QByteArray deriveSigningKey(QByteArrayView secretAccessKey, const SigV4Scope& scope);
// Lower-case hex.
QByteArray signature(QByteArrayView signingKey, QByteArrayView stringToSign);
QByteArray authorizationHeader(QByteArrayView accessKeyId, const SigV4Scope& scope,
                               QByteArrayView signedHeaders, QByteArrayView signature);

// Signs `request` in place with headers: adds X-Amz-Security-Token (when there is a session token),
// X-Amz-Date, x-amz-content-sha256 (when options.addContentSha256Header) and Authorization, replacing
// any earlier ones. `cache` null means SigningKeyCache::shared().
SigV4Result signHeaders(SignableRequest& request, const Credentials& credentials, QByteArrayView region,
                        QByteArrayView service, const QDateTime& now, const SigV4Options& options = {},
                        SigningKeyCache* cache = nullptr);

// Presigns `request` in place: appends X-Amz-Algorithm, X-Amz-Credential, X-Amz-Date,
// X-Amz-SignedHeaders, X-Amz-Expires, X-Amz-Security-Token and X-Amz-Signature to its query, in the
// order the AWS SDKs use.
SigV4Result presign(SignableRequest& request, const Credentials& credentials, QByteArrayView region,
                    QByteArrayView service, const QDateTime& now, std::chrono::seconds expires,
                    const SigV4Options& options = {}, SigningKeyCache* cache = nullptr);

// Takes apart an Authorization header value; nullopt when it is not AWS4-HMAC-SHA256 or malformed.
std::optional<SigV4Authorization> parseAuthorization(QByteArrayView headerValue);
// Takes apart the X-Amz-* parameters of a presigned query; nullopt when any is missing or malformed.
std::optional<SigV4Authorization> parsePresignedQuery(QByteArrayView query);

} // namespace SageDesk::Aws::SigV4
