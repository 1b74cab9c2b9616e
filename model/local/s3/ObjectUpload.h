#pragma once

#include "core/Digest.h"
#include "local/auth/AwsChunkedDecoder.h"
#include "local/http/HttpBodySink.h"
#include "local/protocol/WireError.h"
#include "local/s3/ObjectChecksum.h"

#include <QFile>

#include <memory>
#include <optional>

namespace SageDesk::Local {

struct HttpRequest;

// The body of a PutObject or UploadPart on its way to a temporary file: decoded from aws-chunked
// when the client sent it so, and checked as it comes against everything the request promised
// (x-amz-content-sha256, Content-MD5, an x-amz-checksum-* header or trailer, the decoded length).
// It holds one read's worth of bytes at a time, whatever the object's size.
class ObjectUpload final : public HttpBodySink
{
public:
    static constexpr qint64 kMaxObjectBytes = 5LL * 1024 * 1024 * 1024;

    // Refuses what the head alone shows to be wrong (a malformed Content-MD5 or checksum header, a
    // declared size over 5 GiB, no length at all) with S3's error.
    static std::optional<WireError> checkHead(const HttpRequest& head);

    // `signing` is needed for STREAMING-AWS4-HMAC-SHA256-PAYLOAD(-TRAILER) bodies.
    ObjectUpload(const HttpRequest& head, QString temporaryPath,
                 std::optional<AwsChunkedDecoder::Signing> signing);
    ~ObjectUpload() override;
    Q_DISABLE_COPY_MOVE(ObjectUpload)

    // The signing that chains the chunk signatures of a STREAMING-AWS4-HMAC-SHA256-PAYLOAD body; known
    // once the request's signature is verified, before any body byte.
    void setChunkSigning(const AwsChunkedDecoder::Signing& signing);

    bool write(const char* data, qsizetype size) override;
    void finish() override;
    // A request handed over with its body in memory (in-process callers): the same checks.
    void writeAll(const QByteArray& body);

    bool finished() const { return m_finished; }
    const std::optional<WireError>& error() const { return m_error; }
    QString temporaryPath() const { return m_path; }
    qint64 size() const { return m_size; }
    QByteArray md5Hex() const { return m_md5.result().toHex(); }
    std::optional<ObjectChecksum::Algorithm> checksumAlgorithm() const;
    QByteArray checksumBase64() const { return m_checksum ? m_checksum->base64() : QByteArray(); }
    // The file now belongs to someone else (it was moved into place).
    void release() { m_path.clear(); }

private:
    bool consume(const char* data, qsizetype size);
    bool failWith(WireError error);
    bool failFromDecoder();

    QString m_path;
    QFile m_file;
    std::optional<AwsChunkedDecoder::Mode> m_chunkedMode;
    std::unique_ptr<AwsChunkedDecoder> m_decoder;
    QByteArray m_expectedSha256; // hex, when the payload was signed by its hash
    std::unique_ptr<Digest> m_sha256;
    QByteArray m_expectedMd5; // raw
    Digest m_md5{Digest::Algorithm::Md5};
    std::unique_ptr<ObjectChecksum> m_checksum;
    QByteArray m_expectedChecksum; // base64 from a header; a trailer's comes at the end
    QByteArray m_trailerName;
    qint64 m_expectedSize = -1;
    qint64 m_size = 0;
    bool m_finished = false;
    std::optional<WireError> m_error;
};

} // namespace SageDesk::Local
