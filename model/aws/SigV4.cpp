#include "aws/SigV4.h"

#include "core/Digest.h"

#include <QTimeZone>

#include <algorithm>
#include <map>

namespace SageDesk::Aws::SigV4 {

namespace {

constexpr auto kAmzDateFormat = "yyyyMMdd'T'HHmmss'Z'";

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '.' || c == '_' || c == '~';
}

// RFC 3986 pchar besides the unreserved ones, plus '/' and the '%' of an existing escape.
bool isAllowedInWirePath(char c)
{
    return QByteArrayView("!$&'()*+,;=:@/%").contains(c);
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    return -1;
}

// Trimall from the SigV4 documentation: no outer whitespace, inner runs become one space.
QByteArray trimAll(QByteArrayView value)
{
    QByteArray result;
    result.reserve(value.size());
    bool pendingSpace = false;
    for (const char c : value) {
        if (isSpace(c)) {
            pendingSpace = !result.isEmpty();
            continue;
        }
        if (pendingSpace) {
            result += ' ';
            pendingSpace = false;
        }
        result += c;
    }
    return result;
}

// RFC 3986 5.2.4, plus the removal of empty segments that AWS services expect (as botocore does).
QByteArray removeDotSegments(QByteArrayView path)
{
    if (path.isEmpty()) {
        return "/";
    }
    QList<QByteArrayView> output;
    qsizetype start = 0;
    while (start <= path.size()) {
        qsizetype end = path.indexOf('/', start);
        if (end < 0) {
            end = path.size();
        }
        const QByteArrayView segment = path.sliced(start, end - start);
        if (segment == "..") {
            if (!output.isEmpty()) {
                output.removeLast();
            }
        } else if (!segment.isEmpty() && segment != ".") {
            output.append(segment);
        }
        start = end + 1;
    }
    QByteArray result = path.front() == '/' ? QByteArray("/") : QByteArray();
    for (qsizetype i = 0; i < output.size(); ++i) {
        if (i > 0) {
            result += '/';
        }
        result += output.at(i);
    }
    if (path.back() == '/' && !output.isEmpty()) {
        result += '/';
    }
    return result;
}

QList<std::pair<QByteArray, QByteArray>> splitQuery(QByteArrayView query)
{
    QList<std::pair<QByteArray, QByteArray>> pairs;
    for (const QByteArray& piece : query.toByteArray().split('&')) {
        if (piece.isEmpty()) {
            continue;
        }
        const qsizetype equals = piece.indexOf('=');
        if (equals < 0) {
            pairs.append({uriDecode(piece), {}});
        } else {
            pairs.append({uriDecode(piece.first(equals)), uriDecode(piece.sliced(equals + 1))});
        }
    }
    return pairs;
}

QByteArray appendQuery(const QByteArray& query, QByteArrayView key, QByteArrayView value)
{
    QByteArray result = query;
    if (!result.isEmpty()) {
        result += '&';
    }
    return result + key.toByteArray() + '=' + uriEncode(value, false);
}

} // namespace

QByteArray amzDate(const QDateTime& time)
{
    return time.toUTC().toString(QLatin1String(kAmzDateFormat)).toLatin1();
}

std::optional<QDateTime> parseAmzDate(QByteArrayView text)
{
    // Read by hand: QDateTime::fromString validates in local time, a time zone lookup per field on
    // every request the endpoint verifies.
    if (text.size() != 16 || text[8] != 'T' || text[15] != 'Z') {
        return std::nullopt;
    }
    for (qsizetype i = 0; i < 15; ++i) {
        if (i != 8 && (text[i] < '0' || text[i] > '9')) {
            return std::nullopt;
        }
    }
    const auto number = [&](qsizetype at, qsizetype length) {
        int value = 0;
        for (qsizetype i = at; i < at + length; ++i) {
            value = value * 10 + (text[i] - '0');
        }
        return value;
    };
    const QDate date(number(0, 4), number(4, 2), number(6, 2));
    const QTime clock(number(9, 2), number(11, 2), number(13, 2));
    if (!date.isValid() || !clock.isValid()) {
        return std::nullopt;
    }
    return QDateTime(date, clock, QTimeZone::utc());
}

QByteArray sha256Hex(QByteArrayView data)
{
    return Digest::hash(data, Digest::Algorithm::Sha256).toHex();
}

QByteArray hmacSha256(QByteArrayView key, QByteArrayView message)
{
    return Digest::hmacSha256(key, message);
}

QByteArray uriEncode(QByteArrayView bytes, bool keepSlash)
{
    static constexpr char kHex[] = "0123456789ABCDEF";
    QByteArray result;
    result.reserve(bytes.size() * 3);
    for (const char c : bytes) {
        if (isUnreserved(c) || (keepSlash && c == '/')) {
            result += c;
        } else {
            const auto byte = static_cast<unsigned char>(c);
            result += '%';
            result += kHex[byte >> 4];
            result += kHex[byte & 0xF];
        }
    }
    return result;
}

QByteArray uriDecode(QByteArrayView bytes)
{
    QByteArray result;
    result.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes[i] == '%' && i + 2 < bytes.size()) {
            const int high = hexValue(bytes[i + 1]);
            const int low = hexValue(bytes[i + 2]);
            if (high >= 0 && low >= 0) {
                result += static_cast<char>(high * 16 + low);
                i += 2;
                continue;
            }
        }
        result += bytes[i];
    }
    return result;
}

QByteArray canonicalUri(QByteArrayView path, bool normalizePath, bool doubleEncode)
{
    const QByteArray wirePath = path.isEmpty() ? QByteArray("/") : path.toByteArray();
    const QByteArray normalized = normalizePath ? removeDotSegments(wirePath) : wirePath;
    if (doubleEncode) {
        return uriEncode(normalized, true);
    }
    // S3 signs the path exactly as sent; only bytes that cannot be sent as they are get encoded.
    QByteArray result;
    result.reserve(normalized.size());
    for (const char c : normalized) {
        if (isUnreserved(c) || isAllowedInWirePath(c)) {
            result += c;
        } else {
            result += uriEncode(QByteArrayView(&c, 1), false);
        }
    }
    return result;
}

QByteArray canonicalQuery(QByteArrayView query)
{
    QList<std::pair<QByteArray, QByteArray>> pairs;
    for (const auto& [key, value] : splitQuery(query)) {
        pairs.append({uriEncode(key, false), uriEncode(value, false)});
    }
    std::sort(pairs.begin(), pairs.end());
    QByteArray result;
    for (const auto& [key, value] : pairs) {
        if (!result.isEmpty()) {
            result += '&';
        }
        result += key + '=' + value;
    }
    return result;
}

CanonicalHeaders canonicalHeaders(const HttpHeaders& headers, const QList<QByteArray>& excluded,
                                  const QList<QByteArray>& onlyNames)
{
    // std::map keeps the names sorted; the values of a repeated name stay in their order.
    std::map<QByteArray, QByteArray> merged;
    for (const auto& [name, value] : headers) {
        const QByteArray lower = name.trimmed().toLower();
        const bool wanted = onlyNames.isEmpty() ? !excluded.contains(lower) : onlyNames.contains(lower);
        if (!wanted) {
            continue;
        }
        auto [it, inserted] = merged.try_emplace(lower, trimAll(value));
        if (!inserted) {
            it->second += ',' + trimAll(value);
        }
    }
    CanonicalHeaders result;
    for (const auto& [name, value] : merged) {
        result.block += name + ':' + value + '\n';
        if (!result.signedHeaders.isEmpty()) {
            result.signedHeaders += ';';
        }
        result.signedHeaders += name;
    }
    return result;
}

QByteArray canonicalRequest(QByteArrayView method, QByteArrayView canonicalUri, QByteArrayView canonicalQuery,
                            const CanonicalHeaders& headers, QByteArrayView payloadHash)
{
    QByteArray result;
    result.reserve(256 + headers.block.size());
    result += method.toByteArray().toUpper() + '\n';
    result += canonicalUri.toByteArray() + '\n';
    result += canonicalQuery.toByteArray() + '\n';
    result += headers.block + '\n';
    result += headers.signedHeaders + '\n';
    result += payloadHash.isEmpty() ? QByteArray(kEmptyPayloadHash) : payloadHash.toByteArray();
    return result;
}

QByteArray canonicalRequest(const SignableRequest& request, const SigV4Options& options,
                            const QList<QByteArray>& onlyNames)
{
    return canonicalRequest(
        request.method, canonicalUri(request.path, options.normalizePath, options.doubleEncodePath),
        canonicalQuery(request.query), canonicalHeaders(request.headers, options.unsignedHeaders, onlyNames),
        request.payloadHash);
}

QByteArray stringToSign(QByteArrayView amzDate, const SigV4Scope& scope, QByteArrayView canonicalRequest)
{
    return QByteArray(kAlgorithm) + '\n' + amzDate.toByteArray() + '\n' + scope.toByteArray() + '\n' +
           sha256Hex(canonicalRequest);
}

SigV4Scope scopeFor(const QDateTime& time, QByteArrayView region, QByteArrayView service)
{
    return {time.toUTC().date(), region.toByteArray(), service.toByteArray()};
}

QByteArray deriveSigningKey(QByteArrayView secretAccessKey, const SigV4Scope& scope)
{
    const QByteArray date = scope.date.toString(QStringLiteral("yyyyMMdd")).toLatin1();
    const QByteArray dateKey = hmacSha256(QByteArray("AWS4") + secretAccessKey.toByteArray(), date);
    const QByteArray regionKey = hmacSha256(dateKey, scope.region);
    const QByteArray serviceKey = hmacSha256(regionKey, scope.service);
    return hmacSha256(serviceKey, "aws4_request");
}

QByteArray signature(QByteArrayView signingKey, QByteArrayView stringToSign)
{
    return hmacSha256(signingKey, stringToSign).toHex();
}

QByteArray authorizationHeader(QByteArrayView accessKeyId, const SigV4Scope& scope,
                               QByteArrayView signedHeaders, QByteArrayView signature)
{
    return QByteArray(kAlgorithm) + " Credential=" + accessKeyId.toByteArray() + '/' + scope.toByteArray() +
           ", SignedHeaders=" + signedHeaders.toByteArray() + ", Signature=" + signature.toByteArray();
}

namespace {

SigV4Result signCanonical(const QByteArray& canonical, const QByteArray& signedHeaders,
                          const QByteArray& date, const SigV4Scope& scope, const Credentials& credentials,
                          SigningKeyCache* cache)
{
    SigV4Result result;
    result.canonicalRequest = canonical;
    result.signedHeaders = signedHeaders;
    result.stringToSign = stringToSign(date, scope, canonical);
    SigningKeyCache& keys = cache ? *cache : SigningKeyCache::shared();
    result.signature =
        signature(keys.signingKey(credentials.secretAccessKey.toUtf8(), scope), result.stringToSign);
    return result;
}

QList<QByteArray> excludedHeaders(const SigV4Options& options)
{
    QList<QByteArray> excluded = options.unsignedHeaders;
    if (!options.signSessionToken) {
        excluded.append("x-amz-security-token");
    }
    return excluded;
}

} // namespace

SigV4Result signHeaders(SignableRequest& request, const Credentials& credentials, QByteArrayView region,
                        QByteArrayView service, const QDateTime& now, const SigV4Options& options,
                        SigningKeyCache* cache)
{
    const QByteArray date = amzDate(now);
    const SigV4Scope scope = scopeFor(now, region, service);
    request.removeHeader("Authorization");
    request.removeHeader("X-Amz-Security-Token");
    if (!credentials.sessionToken.isEmpty()) {
        request.setHeader("X-Amz-Security-Token", credentials.sessionToken.toUtf8());
    }
    request.setHeader("X-Amz-Date", date);
    if (request.payloadHash.isEmpty()) {
        request.payloadHash = kEmptyPayloadHash;
    }
    if (options.addContentSha256Header) {
        request.setHeader("x-amz-content-sha256", request.payloadHash);
    }
    const CanonicalHeaders headers = canonicalHeaders(request.headers, excludedHeaders(options));
    const QByteArray canonical = canonicalRequest(
        request.method, canonicalUri(request.path, options.normalizePath, options.doubleEncodePath),
        canonicalQuery(request.query), headers, request.payloadHash);
    SigV4Result result = signCanonical(canonical, headers.signedHeaders, date, scope, credentials, cache);
    request.setHeader("Authorization", authorizationHeader(credentials.accessKeyId.toUtf8(), scope,
                                                           result.signedHeaders, result.signature));
    return result;
}

SigV4Result presign(SignableRequest& request, const Credentials& credentials, QByteArrayView region,
                    QByteArrayView service, const QDateTime& now, std::chrono::seconds expires,
                    const SigV4Options& options, SigningKeyCache* cache)
{
    const QByteArray date = amzDate(now);
    const SigV4Scope scope = scopeFor(now, region, service);
    if (request.payloadHash.isEmpty()) {
        request.payloadHash = kEmptyPayloadHash;
    }
    const CanonicalHeaders headers = canonicalHeaders(request.headers, excludedHeaders(options));
    const QByteArray token = credentials.sessionToken.toUtf8();

    QByteArray query = request.query;
    query = appendQuery(query, "X-Amz-Algorithm", kAlgorithm);
    query =
        appendQuery(query, "X-Amz-Credential", credentials.accessKeyId.toUtf8() + '/' + scope.toByteArray());
    query = appendQuery(query, "X-Amz-Date", date);
    query = appendQuery(query, "X-Amz-SignedHeaders", headers.signedHeaders);
    query = appendQuery(query, "X-Amz-Expires", QByteArray::number(qint64(expires.count())));
    if (!token.isEmpty() && options.signSessionToken) {
        query = appendQuery(query, "X-Amz-Security-Token", token);
    }
    const QByteArray canonical = canonicalRequest(
        request.method, canonicalUri(request.path, options.normalizePath, options.doubleEncodePath),
        canonicalQuery(query), headers, request.payloadHash);
    SigV4Result result = signCanonical(canonical, headers.signedHeaders, date, scope, credentials, cache);
    if (!token.isEmpty() && !options.signSessionToken) {
        query = appendQuery(query, "X-Amz-Security-Token", token);
    }
    request.query = appendQuery(query, "X-Amz-Signature", result.signature);
    return result;
}

namespace {

std::optional<SigV4Authorization> fromParts(QByteArrayView credential, QByteArrayView signedHeaders,
                                            QByteArrayView signatureHex)
{
    const QList<QByteArray> parts = credential.toByteArray().split('/');
    if (parts.size() != 5 || parts.at(4) != "aws4_request" || parts.at(0).isEmpty() ||
        signatureHex.isEmpty() || signedHeaders.isEmpty()) {
        return std::nullopt;
    }
    const QDate date = QDate::fromString(QString::fromLatin1(parts.at(1)), QStringLiteral("yyyyMMdd"));
    if (!date.isValid()) {
        return std::nullopt;
    }
    SigV4Authorization result;
    result.accessKeyId = parts.at(0);
    result.scope = {date, parts.at(2), parts.at(3)};
    for (const QByteArray& name : signedHeaders.toByteArray().split(';')) {
        result.signedHeaders.append(name.toLower());
    }
    result.signature = signatureHex.toByteArray().toLower();
    return result;
}

} // namespace

std::optional<SigV4Authorization> parseAuthorization(QByteArrayView headerValue)
{
    const QByteArrayView value = headerValue.trimmed();
    const QByteArrayView algorithm(kAlgorithm);
    if (!value.startsWith(algorithm) || value.size() <= algorithm.size() ||
        !isSpace(value[algorithm.size()])) {
        return std::nullopt;
    }
    QByteArray credential;
    QByteArray signedHeaders;
    QByteArray signatureHex;
    for (const QByteArray& item : value.sliced(algorithm.size()).toByteArray().split(',')) {
        const QByteArray field = item.trimmed();
        const qsizetype equals = field.indexOf('=');
        if (equals < 0) {
            return std::nullopt;
        }
        const QByteArray key = field.first(equals);
        const QByteArray fieldValue = field.sliced(equals + 1);
        if (key == "Credential") {
            credential = fieldValue;
        } else if (key == "SignedHeaders") {
            signedHeaders = fieldValue;
        } else if (key == "Signature") {
            signatureHex = fieldValue;
        }
    }
    return fromParts(credential, signedHeaders, signatureHex);
}

std::optional<SigV4Authorization> parsePresignedQuery(QByteArrayView query)
{
    QByteArray algorithm;
    QByteArray credential;
    QByteArray signedHeaders;
    QByteArray signatureHex;
    for (const auto& [key, value] : splitQuery(query)) {
        if (key == "X-Amz-Algorithm") {
            algorithm = value;
        } else if (key == "X-Amz-Credential") {
            credential = value;
        } else if (key == "X-Amz-SignedHeaders") {
            signedHeaders = value;
        } else if (key == "X-Amz-Signature") {
            signatureHex = value;
        }
    }
    if (algorithm != kAlgorithm) {
        return std::nullopt;
    }
    return fromParts(credential, signedHeaders, signatureHex);
}

} // namespace SageDesk::Aws::SigV4
