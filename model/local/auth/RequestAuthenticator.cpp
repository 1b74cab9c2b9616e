#include "local/auth/RequestAuthenticator.h"

#include "aws/SigV4.h"
#include "local/auth/ConstantTime.h"

#include <QRandomGenerator>

#include <algorithm>

namespace SageDesk::Local {

namespace {

constexpr qint64 kMaxSkewSecs = 15 * 60;

const auto kInvalidToken = QStringLiteral("The security token included in the request is invalid.");
const auto kSignatureMismatch = QStringLiteral(
    "The request signature we calculated does not match the signature you provided. Check your AWS Secret "
    "Access Key and signing method. Consult the service documentation for details.");

WireError missingAuthentication(WireProtocol protocol)
{
    switch (protocol) {
    case WireProtocol::Json:
        return {400, QStringLiteral("MissingAuthenticationTokenException"),
                QStringLiteral("Missing Authentication Token")};
    case WireProtocol::Query:
    case WireProtocol::Ec2Query:
        return {403, QStringLiteral("MissingAuthenticationToken"),
                QStringLiteral("Request is missing Authentication Token")};
    case WireProtocol::RestXml:
        break;
    }
    return {403, QStringLiteral("AccessDenied"), QStringLiteral("Access Denied")};
}

WireError unknownKey(WireProtocol protocol)
{
    switch (protocol) {
    case WireProtocol::Json:
        return {400, QStringLiteral("UnrecognizedClientException"), kInvalidToken};
    case WireProtocol::Query:
    case WireProtocol::Ec2Query:
        return {403, QStringLiteral("InvalidClientTokenId"), kInvalidToken};
    case WireProtocol::RestXml:
        break;
    }
    return {403, QStringLiteral("InvalidAccessKeyId"),
            QStringLiteral("The AWS Access Key Id you provided does not exist in our records.")};
}

WireError badSignature(WireProtocol protocol, const QString& message)
{
    switch (protocol) {
    case WireProtocol::Json:
        return {400, QStringLiteral("InvalidSignatureException"), message};
    case WireProtocol::Query:
    case WireProtocol::Ec2Query:
        return {403, QStringLiteral("SignatureDoesNotMatch"), message};
    case WireProtocol::RestXml:
        break;
    }
    return {403, QStringLiteral("SignatureDoesNotMatch"),
            QStringLiteral("The request signature we calculated does not match the signature you provided. "
                           "Check your key and signing method.")};
}

WireError skewed(WireProtocol protocol, const QDateTime& requestTime, const QDateTime& now)
{
    if (protocol == WireProtocol::RestXml) {
        return {403, QStringLiteral("RequestTimeTooSkewed"),
                QStringLiteral("The difference between the request time and the current time is too large.")};
    }
    const auto date = [](const QDateTime& time) { return QString::fromLatin1(Aws::SigV4::amzDate(time)); };
    const QString message =
        requestTime < now
            ? QStringLiteral("Signature expired: %1 is now earlier than %2 (%3 - 15 min.)")
                  .arg(date(requestTime), date(now.addSecs(-kMaxSkewSecs)), date(now))
            : QStringLiteral("Signature not yet current: %1 is still later than %2 (%3 + 15 min.)")
                  .arg(date(requestTime), date(now.addSecs(kMaxSkewSecs)), date(now));
    return badSignature(protocol, message);
}

WireError expiredToken(WireProtocol protocol)
{
    const auto message = QStringLiteral("The security token included in the request is expired");
    switch (protocol) {
    case WireProtocol::Json:
        return {400, QStringLiteral("ExpiredTokenException"), message};
    case WireProtocol::Query:
    case WireProtocol::Ec2Query:
        return {403, QStringLiteral("ExpiredToken"), message};
    case WireProtocol::RestXml:
        break;
    }
    return {400, QStringLiteral("ExpiredToken"), QStringLiteral("The provided token has expired.")};
}

WireError incompleteSignature(WireProtocol protocol, const QString& message)
{
    return protocol == WireProtocol::Json
               ? WireError{400, QStringLiteral("IncompleteSignatureException"), message}
               : WireError{400, QStringLiteral("IncompleteSignature"), message};
}

// The headers AWS insists are signed, so that a captured request cannot be sent again with any of
// them changed: the host, the date the signature is for, the operation of a JSON service and, for
// S3, every x-amz-* header present.
std::optional<WireError> unsignedRequiredHeader(const HttpRequest& request,
                                                const QList<QByteArray>& signedHeaders, WireProtocol protocol)
{
    const auto isSigned = [&](const QByteArray& name) { return signedHeaders.contains(name); };
    const QByteArray dateHeader = request.hasHeader("X-Amz-Date") ? "x-amz-date" : "date";
    if (protocol == WireProtocol::RestXml) {
        bool allSigned = isSigned("host") && isSigned(dateHeader);
        for (const auto& header : request.headers) {
            const QByteArray name = header.first.toLower();
            allSigned = allSigned && (!name.startsWith("x-amz-") || isSigned(name));
        }
        if (!allSigned) {
            return WireError{
                403, QStringLiteral("AccessDenied"),
                QStringLiteral("There were headers present in the request which were not signed")};
        }
        return std::nullopt;
    }
    if (!isSigned("host")) {
        return incompleteSignature(
            protocol,
            QStringLiteral("'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization."));
    }
    if (!isSigned(dateHeader)) {
        return incompleteSignature(
            protocol, QStringLiteral("'%1' must be a 'SignedHeader' in the AWS Authorization.")
                          .arg(dateHeader == "date" ? QStringLiteral("Date") : QStringLiteral("X-Amz-Date")));
    }
    if (protocol == WireProtocol::Json && request.hasHeader("X-Amz-Target") && !isSigned("x-amz-target")) {
        return incompleteSignature(
            protocol, QStringLiteral("'X-Amz-Target' must be a 'SignedHeader' in the AWS Authorization."));
    }
    return std::nullopt;
}

// The time a request was signed for: X-Amz-Date, or the Date header when there is none (as AWS reads it).
std::optional<QDateTime> requestDate(const HttpRequest& request)
{
    if (request.hasHeader("X-Amz-Date")) {
        return Aws::SigV4::parseAmzDate(request.header("X-Amz-Date"));
    }
    QDateTime date = QDateTime::fromString(QString::fromLatin1(request.header("Date")), Qt::RFC2822Date);
    if (!date.isValid()) {
        return std::nullopt;
    }
    return date.toUTC();
}

QString randomText(int length, QLatin1String alphabet)
{
    QString text;
    for (int i = 0; i < length; ++i) {
        text += alphabet[static_cast<qsizetype>(
            QRandomGenerator::system()->bounded(static_cast<quint32>(alphabet.size())))];
    }
    return text;
}

} // namespace

RequestAuthenticator::RequestAuthenticator(LocalCredentials credentials, const Clock& clock)
    : m_credentials(std::move(credentials))
    , m_clock(clock)
{}

QByteArray RequestAuthenticator::signedService(const HttpRequest& request)
{
    const auto authorization = Aws::SigV4::parseAuthorization(request.header("Authorization"));
    return authorization ? authorization->scope.service : QByteArray();
}

QString RequestAuthenticator::RoleSession::assumedRoleArn() const
{
    // arn:aws:iam::123456789012:role/path/Name → arn:aws:sts::123456789012:assumed-role/Name/session
    return QStringLiteral("%1:sts::%2:assumed-role/%3/%4")
        .arg(roleArn.section(QLatin1Char(':'), 0, 1), roleArn.section(QLatin1Char(':'), 4, 4), roleName(),
             sessionName);
}

std::optional<WireError> RequestAuthenticator::verify(const HttpRequest& request, WireProtocol protocol,
                                                      std::optional<RoleSession>* session) const
{
    if (session) {
        session->reset();
    }
    const QByteArray header = request.header("Authorization");
    if (header.isEmpty()) {
        return missingAuthentication(protocol);
    }
    const auto authorization = Aws::SigV4::parseAuthorization(header);
    if (!authorization) {
        return badSignature(protocol, kSignatureMismatch);
    }
    QByteArray secret = m_credentials.secretAccessKey.toLatin1();
    if (authorization->accessKeyId != m_credentials.accessKeyId.toLatin1()) {
        if (auto error = checkTemporary(request, authorization->accessKeyId, protocol, secret, session)) {
            return error;
        }
    }
    const auto requestTime = requestDate(request);
    if (!requestTime) {
        return badSignature(protocol, kSignatureMismatch);
    }
    const QDateTime now = m_clock.currentDateTimeUtc();
    if (qAbs(requestTime->secsTo(now)) > kMaxSkewSecs) {
        return skewed(protocol, *requestTime, now);
    }
    if (authorization->scope.date != requestTime->date()) {
        return badSignature(protocol, kSignatureMismatch);
    }
    if (auto error = unsignedRequiredHeader(request, authorization->signedHeaders, protocol)) {
        return error;
    }

    const bool s3 = protocol == WireProtocol::RestXml;
    const Aws::SigV4Options options = s3 ? Aws::SigV4Options::forS3() : Aws::SigV4Options{};
    Aws::SignableRequest signable;
    signable.method = request.method;
    signable.path = request.path;
    signable.query = request.query;
    for (const auto& [name, value] : request.headers) {
        signable.headers.append({name, value});
    }
    // Only S3 takes the payload hash from x-amz-content-sha256 (and so UNSIGNED-PAYLOAD); the other
    // services hash the body they received, so that a new body never passes under an old signature.
    const QByteArray contentHash = s3 ? request.header("x-amz-content-sha256") : QByteArray();
    signable.payloadHash = !contentHash.isEmpty() ? contentHash : Aws::SigV4::sha256Hex(request.body);
    // A streamed body is checked against the declared hash (or its chunk signatures) by its sink.
    const bool bodyChecked = request.bodySink || (s3 && AwsChunkedDecoder::modeFor(contentHash));
    if (!contentHash.isEmpty() && contentHash != Aws::SigV4::kUnsignedPayload && !bodyChecked &&
        contentHash != Aws::SigV4::sha256Hex(request.body)) {
        return WireError{
            400, QStringLiteral("XAmzContentSHA256Mismatch"),
            QStringLiteral("The provided 'x-amz-content-sha256' header does not match what was computed.")};
    }

    const QByteArray canonical =
        Aws::SigV4::canonicalRequest(signable, options, authorization->signedHeaders);
    const QByteArray toSign =
        Aws::SigV4::stringToSign(Aws::SigV4::amzDate(*requestTime), authorization->scope, canonical);
    const QByteArray key = Aws::SigV4::deriveSigningKey(secret, authorization->scope);
    if (!equalInConstantTime(Aws::SigV4::signature(key, toSign), authorization->signature)) {
        return badSignature(protocol, kSignatureMismatch);
    }
    return std::nullopt;
}

std::optional<WireError> RequestAuthenticator::precheck(const HttpRequest& head, WireProtocol protocol) const
{
    const QByteArray header = head.header("Authorization");
    if (header.isEmpty()) {
        return missingAuthentication(protocol);
    }
    const auto authorization = Aws::SigV4::parseAuthorization(header);
    if (!authorization || authorization->signature.size() != 64 ||
        !std::all_of(authorization->signature.cbegin(), authorization->signature.cend(),
                     [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); })) {
        return badSignature(protocol, kSignatureMismatch);
    }
    if (authorization->accessKeyId != m_credentials.accessKeyId.toLatin1()) {
        QByteArray secret;
        return checkTemporary(head, authorization->accessKeyId, protocol, secret, nullptr);
    }
    return std::nullopt;
}

std::optional<AwsChunkedDecoder::Signing> RequestAuthenticator::chunkSigning(const HttpRequest& request) const
{
    const auto authorization = Aws::SigV4::parseAuthorization(request.header("Authorization"));
    if (!authorization) {
        return std::nullopt;
    }
    QByteArray secret = m_credentials.secretAccessKey.toLatin1();
    if (authorization->accessKeyId != m_credentials.accessKeyId.toLatin1()) {
        const auto temporary = m_temporary.constFind(authorization->accessKeyId);
        if (temporary == m_temporary.constEnd()) {
            return std::nullopt;
        }
        secret = temporary->secretAccessKey.toLatin1();
    }
    return AwsChunkedDecoder::Signing{Aws::SigV4::deriveSigningKey(secret, authorization->scope),
                                      request.header("X-Amz-Date"), authorization->scope.toByteArray(),
                                      authorization->signature};
}

std::optional<WireError> RequestAuthenticator::checkTemporary(const HttpRequest& request,
                                                              const QByteArray& accessKeyId,
                                                              WireProtocol protocol, QByteArray& secret,
                                                              std::optional<RoleSession>* session) const
{
    const auto temporary = m_temporary.constFind(accessKeyId);
    if (temporary == m_temporary.constEnd() ||
        !equalInConstantTime(request.header("X-Amz-Security-Token"), temporary->sessionToken.toLatin1())) {
        return unknownKey(protocol);
    }
    if (temporary->expiration <= m_clock.currentDateTimeUtc()) {
        return expiredToken(protocol);
    }
    secret = temporary->secretAccessKey.toLatin1();
    if (session) {
        *session = temporary->session;
    }
    return std::nullopt;
}

RequestAuthenticator::TemporaryCredentials RequestAuthenticator::issueTemporary(qint64 durationSeconds,
                                                                                const RoleSession& session)
{
    const QDateTime now = m_clock.currentDateTimeUtc();
    m_temporary.removeIf([&now](const auto& item) { return item.value().expiration <= now; });
    TemporaryCredentials credentials{
        QStringLiteral("ASIA") + randomText(16, QLatin1String("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")),
        randomText(40, QLatin1String("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")),
        randomText(172, QLatin1String("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")),
        now.addSecs(durationSeconds), session};
    m_temporary.insert(credentials.accessKeyId.toLatin1(), credentials);
    return credentials;
}

} // namespace SageDesk::Local
