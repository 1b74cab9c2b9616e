#pragma once

#include "core/Digest.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace SageDesk::Local {

// S3's additional checksums (x-amz-checksum-crc32, -crc32c, -crc64nvme, -sha1, -sha256), computed
// incrementally; values are base64 of the big-endian digest, as on the wire.
class ObjectChecksum final
{
public:
    enum class Algorithm
    {
        Crc32,
        Crc32c,
        Crc64Nvme,
        Sha1,
        Sha256,
    };

    // "crc32" or "CRC32" (also the tail of a header name "x-amz-checksum-crc32"), or nullopt.
    static std::optional<Algorithm> algorithmNamed(QByteArrayView name);
    static QByteArray headerName(Algorithm algorithm); // "x-amz-checksum-crc32"
    static QString displayName(Algorithm algorithm);   // "CRC32", as in ChecksumAlgorithm
    static QString xmlElement(Algorithm algorithm);    // "ChecksumCRC32"
    // The checksum of checksums S3 gives a multipart object: the algorithm over the parts' raw
    // digests, base64, then "-<parts>".
    static QByteArray composite(Algorithm algorithm, const QList<QByteArray>& partValues);

    explicit ObjectChecksum(Algorithm algorithm);
    Algorithm algorithm() const { return m_algorithm; }
    void addData(const char* data, qsizetype size);
    QByteArray base64() const;

private:
    Algorithm m_algorithm;
    quint64 m_crc = 0;
    std::unique_ptr<Digest> m_hash;
};

} // namespace SageDesk::Local
