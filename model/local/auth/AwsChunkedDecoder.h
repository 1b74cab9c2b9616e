#pragma once

#include "core/Digest.h"
#include <QByteArray>

#include <QList>
#include <QPair>

#include <functional>
#include <optional>

namespace SageDesk::Local {

// The aws-chunked content encoding of S3 uploads, decoded as the bytes arrive: the SDKs send it with
// x-amz-content-sha256 STREAMING-AWS4-HMAC-SHA256-PAYLOAD (each chunk signed, chained from the
// request's signature), STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER (the same plus a signed trailer
// with the checksum) or STREAMING-UNSIGNED-PAYLOAD-TRAILER (plain chunks, then the checksum trailer).
class AwsChunkedDecoder final
{
public:
    enum class Mode
    {
        SignedChunks,
        SignedChunksWithTrailer,
        UnsignedWithTrailer,
    };
    enum class Failure
    {
        None,
        Malformed,
        SignatureMismatch,
        OutputRefused,
    };
    // What chains the chunk signatures: the signing key of the request and its signature (the seed).
    struct Signing
    {
        QByteArray signingKey;
        QByteArray amzDate;
        QByteArray scope; // "20130524/us-east-1/s3/aws4_request"
        QByteArray seedSignature;
    };
    using Output = std::function<bool(const char* data, qsizetype size)>;

    // The mode an x-amz-content-sha256 value names, or nullopt when it names none.
    static std::optional<Mode> modeFor(QByteArrayView contentSha256);
    // The signature of one chunk given the previous one (lower-case hex).
    static QByteArray chunkSignature(const Signing& signing, QByteArrayView previousSignature,
                                     QByteArrayView chunkSha256Hex);
    static QByteArray trailerSignature(const Signing& signing, QByteArrayView previousSignature,
                                       QByteArrayView canonicalTrailers);

    AwsChunkedDecoder(Mode mode, Signing signing, Output output);

    // False once the encoding is malformed, a signature does not match or the output refused.
    bool feed(const char* data, qsizetype size);
    // After the last byte: whether the final chunk (and trailer) came complete.
    bool finish();
    Failure failure() const { return m_failure; }
    // Trailer fields, names in lower case (x-amz-checksum-crc32, ...), without the trailer signature.
    const QList<QPair<QByteArray, QByteArray>>& trailers() const { return m_trailers; }
    qint64 decodedBytes() const { return m_decoded; }

private:
    enum class Part
    {
        SizeLine,
        Data,
        DataEnd,
        TrailerLine,
        Done,
    };
    bool fail(Failure failure);
    bool sizeLine(const QByteArray& line);
    bool trailerLine(const QByteArray& line);
    bool endChunk();

    Mode m_mode;
    Signing m_signing;
    Output m_output;
    Part m_part = Part::SizeLine;
    QByteArray m_line;
    qint64 m_remaining = 0;
    qint64 m_decoded = 0;
    bool m_lastChunk = false;
    QByteArray m_declaredSignature;
    QByteArray m_previousSignature;
    QByteArray m_trailerSignature;
    Digest m_chunkHash{Digest::Algorithm::Sha256};
    QList<QPair<QByteArray, QByteArray>> m_trailers;
    Failure m_failure = Failure::None;
};

} // namespace SageDesk::Local
