#include "local/s3/ObjectUpload.h"

#include "aws/SigV4.h"
#include "local/http/HttpRequest.h"

namespace SageDesk::Local {

namespace {

WireError badDigest(const QString& message)
{
    return {400, QStringLiteral("BadDigest"), message};
}

// The algorithm and value of an x-amz-checksum-* header, if the request has one.
std::optional<QPair<ObjectChecksum::Algorithm, QByteArray>> checksumHeader(const HttpRequest& head)
{
    for (const auto& [name, value] : head.headers) {
        const QByteArray lower = name.toLower();
        if (lower.startsWith("x-amz-checksum-") && lower != "x-amz-checksum-mode" &&
            lower != "x-amz-checksum-algorithm" && lower != "x-amz-checksum-type") {
            if (const auto algorithm = ObjectChecksum::algorithmNamed(lower)) {
                return QPair<ObjectChecksum::Algorithm, QByteArray>{*algorithm, value};
            }
        }
    }
    return std::nullopt;
}

} // namespace

std::optional<WireError> ObjectUpload::checkHead(const HttpRequest& head)
{
    if (head.hasHeader("Content-MD5") &&
        QByteArray::fromBase64(head.header("Content-MD5"), QByteArray::AbortOnBase64DecodingErrors).size() !=
            16) {
        return WireError{400, QStringLiteral("InvalidDigest"),
                         QStringLiteral("The Content-MD5 you specified was invalid.")};
    }
    if (const auto checksum = checksumHeader(head)) {
        if (QByteArray::fromBase64(checksum->second, QByteArray::AbortOnBase64DecodingErrors).isEmpty()) {
            return WireError{400, QStringLiteral("InvalidRequest"),
                             QStringLiteral("Value for %1 header is invalid.")
                                 .arg(QString::fromLatin1(ObjectChecksum::headerName(checksum->first)))};
        }
    }
    if (!head.hasHeader("Content-Length") && !head.hasHeader("Transfer-Encoding")) {
        return WireError{411, QStringLiteral("MissingContentLength"),
                         QStringLiteral("You must provide the Content-Length HTTP header.")};
    }
    const QByteArray declared = head.hasHeader("x-amz-decoded-content-length")
                                    ? head.header("x-amz-decoded-content-length")
                                    : head.header("Content-Length");
    if (declared.toLongLong() > kMaxObjectBytes) {
        return WireError{400, QStringLiteral("EntityTooLarge"),
                         QStringLiteral("Your proposed upload exceeds the maximum allowed size")};
    }
    return std::nullopt;
}

ObjectUpload::ObjectUpload(const HttpRequest& head, QString temporaryPath,
                           std::optional<AwsChunkedDecoder::Signing> signing)
    : m_path(std::move(temporaryPath))
    , m_file(m_path)
{
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered)) {
        failWith({500, QStringLiteral("InternalError"),
                  QStringLiteral("We encountered an internal error. Please try again.")});
    }
    const QByteArray contentSha256 = head.header("x-amz-content-sha256");
    m_chunkedMode = AwsChunkedDecoder::modeFor(contentSha256);
    if (m_chunkedMode) {
        setChunkSigning(signing.value_or(AwsChunkedDecoder::Signing{}));
        if (head.hasHeader("x-amz-decoded-content-length")) {
            m_expectedSize = head.header("x-amz-decoded-content-length").toLongLong();
        }
        m_trailerName = head.header("x-amz-trailer").trimmed().toLower();
    } else {
        if (contentSha256.size() == 64) {
            m_expectedSha256 = contentSha256.toLower();
            m_sha256 = std::make_unique<Digest>(Digest::Algorithm::Sha256);
        }
        if (head.hasHeader("Content-Length")) {
            m_expectedSize = head.header("Content-Length").toLongLong();
        }
    }
    if (head.hasHeader("Content-MD5")) {
        m_expectedMd5 = QByteArray::fromBase64(head.header("Content-MD5"));
    }
    std::optional<ObjectChecksum::Algorithm> algorithm;
    if (const auto checksum = checksumHeader(head)) {
        algorithm = checksum->first;
        m_expectedChecksum = checksum->second;
    } else if (!m_trailerName.isEmpty()) {
        algorithm = ObjectChecksum::algorithmNamed(m_trailerName);
    } else if (head.hasHeader("x-amz-sdk-checksum-algorithm")) {
        algorithm = ObjectChecksum::algorithmNamed(head.header("x-amz-sdk-checksum-algorithm"));
    }
    if (algorithm) {
        m_checksum = std::make_unique<ObjectChecksum>(*algorithm);
    }
}

ObjectUpload::~ObjectUpload()
{
    m_file.close();
    if (!m_path.isEmpty()) {
        QFile::remove(m_path);
    }
}

void ObjectUpload::setChunkSigning(const AwsChunkedDecoder::Signing& signing)
{
    if (m_chunkedMode) {
        m_decoder = std::make_unique<AwsChunkedDecoder>(
            *m_chunkedMode, signing,
            [this](const char* data, qsizetype size) { return consume(data, size); });
    }
}

std::optional<ObjectChecksum::Algorithm> ObjectUpload::checksumAlgorithm() const
{
    return m_checksum ? std::optional(m_checksum->algorithm()) : std::nullopt;
}

bool ObjectUpload::failWith(WireError error)
{
    if (!m_error) {
        m_error = std::move(error);
    }
    return false;
}

bool ObjectUpload::write(const char* data, qsizetype size)
{
    if (m_error) {
        return false;
    }
    if (!m_decoder) {
        return consume(data, size);
    }
    return m_decoder->feed(data, size) || failFromDecoder();
}

bool ObjectUpload::failFromDecoder()
{
    if (m_error) {
        return false;
    }
    if (m_decoder->failure() == AwsChunkedDecoder::Failure::SignatureMismatch) {
        return failWith(
            {403, QStringLiteral("SignatureDoesNotMatch"),
             QStringLiteral("The request signature we calculated does not match the signature you "
                            "provided. Check your key and signing method.")});
    }
    return failWith(
        {400, QStringLiteral("IncompleteBody"), QStringLiteral("The request body terminated unexpectedly")});
}

bool ObjectUpload::consume(const char* data, qsizetype size)
{
    if (m_error) {
        return false;
    }
    m_size += size;
    if (m_size > kMaxObjectBytes) {
        return failWith({400, QStringLiteral("EntityTooLarge"),
                         QStringLiteral("Your proposed upload exceeds the maximum allowed size")});
    }
    m_md5.addData(QByteArrayView(data, size));
    if (m_sha256) {
        m_sha256->addData(QByteArrayView(data, size));
    }
    if (m_checksum) {
        m_checksum->addData(data, size);
    }
    if (m_file.write(data, size) != size) {
        return failWith({500, QStringLiteral("InternalError"),
                         QStringLiteral("We encountered an internal error. Please try again.")});
    }
    return true;
}

void ObjectUpload::writeAll(const QByteArray& body)
{
    write(body.constData(), body.size());
    finish();
}

void ObjectUpload::finish()
{
    m_finished = true;
    m_file.close();
    if (m_error) {
        return;
    }
    if (m_decoder && !m_decoder->finish()) {
        failFromDecoder();
        return;
    }
    if (m_expectedSize >= 0 && m_expectedSize != m_size) {
        failWith(
            {400, QStringLiteral("IncompleteBody"),
             QStringLiteral("You did not provide the number of bytes specified by the Content-Length HTTP "
                            "header.")});
        return;
    }
    if (m_sha256 && m_sha256->result().toHex() != m_expectedSha256) {
        failWith(
            {400, QStringLiteral("XAmzContentSHA256Mismatch"),
             QStringLiteral("The provided 'x-amz-content-sha256' header does not match what was computed.")});
        return;
    }
    if (!m_expectedMd5.isEmpty() && m_md5.result() != m_expectedMd5) {
        failWith(badDigest(QStringLiteral("The Content-MD5 you specified did not match what we received.")));
        return;
    }
    if (m_checksum) {
        QByteArray expected = m_expectedChecksum;
        if (m_decoder) {
            for (const auto& [name, value] : m_decoder->trailers()) {
                if (name == ObjectChecksum::headerName(m_checksum->algorithm())) {
                    expected = value;
                }
            }
        }
        if (!expected.isEmpty() && expected != m_checksum->base64()) {
            failWith(badDigest(QStringLiteral("The %1 you specified did not match the calculated checksum.")
                                   .arg(ObjectChecksum::displayName(m_checksum->algorithm()))));
        }
    }
}

} // namespace SageDesk::Local
