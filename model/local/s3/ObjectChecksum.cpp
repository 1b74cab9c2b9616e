#include "local/s3/ObjectChecksum.h"

#include <QList>
#include <QtEndian>

#include <array>

namespace SageDesk::Local {

namespace {

// Reflected CRC tables, one set per polynomial, for slicing by 8: a table per byte of an 8-byte word,
// so a word costs 8 lookups and no dependency from byte to byte (several times the speed of one
// table, which S3 bodies with a checksum header pass through).
template <typename T>
using CrcTables = std::array<std::array<T, 256>, 8>;

template <typename T>
CrcTables<T> crcTables(T polynomial)
{
    CrcTables<T> tables{};
    for (unsigned i = 0; i < 256; ++i) {
        T crc = i;
        for (int bit = 0; bit < 8; ++bit) {
            crc = (crc & 1) ? (crc >> 1) ^ polynomial : crc >> 1;
        }
        tables[0][i] = crc;
    }
    for (size_t k = 1; k < 8; ++k) {
        for (size_t i = 0; i < 256; ++i) {
            tables[k][i] = (tables[k - 1][i] >> 8) ^ tables[0][tables[k - 1][i] & 0xFF];
        }
    }
    return tables;
}

template <typename T>
T crcUpdate(const CrcTables<T>& tables, T crc, const unsigned char* bytes, qsizetype size)
{
    qsizetype i = 0;
    for (; i + 8 <= size; i += 8) {
        const quint64 word = qFromLittleEndian<quint64>(bytes + i) ^ static_cast<quint64>(crc);
        crc = tables[7][word & 0xFF] ^ tables[6][(word >> 8) & 0xFF] ^ tables[5][(word >> 16) & 0xFF] ^
              tables[4][(word >> 24) & 0xFF] ^ tables[3][(word >> 32) & 0xFF] ^
              tables[2][(word >> 40) & 0xFF] ^ tables[1][(word >> 48) & 0xFF] ^ tables[0][word >> 56];
    }
    for (; i < size; ++i) {
        crc = tables[0][(crc ^ bytes[i]) & 0xFF] ^ (crc >> 8);
    }
    return crc;
}

const CrcTables<quint32>& crc32Tables()
{
    static const auto tables = crcTables<quint32>(0xEDB88320u);
    return tables;
}

const CrcTables<quint32>& crc32cTables()
{
    static const auto tables = crcTables<quint32>(0x82F63B78u);
    return tables;
}

const CrcTables<quint64>& crc64NvmeTables()
{
    static const auto tables = crcTables<quint64>(0x9A6C9329AC4BC9B5ull);
    return tables;
}

} // namespace

std::optional<ObjectChecksum::Algorithm> ObjectChecksum::algorithmNamed(QByteArrayView name)
{
    QByteArray lower = name.toByteArray().toLower();
    if (lower.startsWith("x-amz-checksum-")) {
        lower = lower.mid(15);
    }
    if (lower == "crc32") {
        return Algorithm::Crc32;
    }
    if (lower == "crc32c") {
        return Algorithm::Crc32c;
    }
    if (lower == "crc64nvme") {
        return Algorithm::Crc64Nvme;
    }
    if (lower == "sha1") {
        return Algorithm::Sha1;
    }
    if (lower == "sha256") {
        return Algorithm::Sha256;
    }
    return std::nullopt;
}

QString ObjectChecksum::displayName(Algorithm algorithm)
{
    switch (algorithm) {
    case Algorithm::Crc32:
        return QStringLiteral("CRC32");
    case Algorithm::Crc32c:
        return QStringLiteral("CRC32C");
    case Algorithm::Crc64Nvme:
        return QStringLiteral("CRC64NVME");
    case Algorithm::Sha1:
        return QStringLiteral("SHA1");
    case Algorithm::Sha256:
        return QStringLiteral("SHA256");
    }
    return {};
}

QByteArray ObjectChecksum::headerName(Algorithm algorithm)
{
    return "x-amz-checksum-" + displayName(algorithm).toLower().toLatin1();
}

QString ObjectChecksum::xmlElement(Algorithm algorithm)
{
    return QStringLiteral("Checksum") + displayName(algorithm);
}

ObjectChecksum::ObjectChecksum(Algorithm algorithm)
    : m_algorithm(algorithm)
{
    switch (algorithm) {
    case Algorithm::Crc32:
    case Algorithm::Crc32c:
        m_crc = 0xFFFFFFFFu;
        break;
    case Algorithm::Crc64Nvme:
        m_crc = ~0ull;
        break;
    case Algorithm::Sha1:
        m_hash = std::make_unique<Digest>(Digest::Algorithm::Sha1);
        break;
    case Algorithm::Sha256:
        m_hash = std::make_unique<Digest>(Digest::Algorithm::Sha256);
        break;
    }
}

void ObjectChecksum::addData(const char* data, qsizetype size)
{
    const auto* bytes = reinterpret_cast<const unsigned char*>(data);
    switch (m_algorithm) {
    case Algorithm::Crc32:
    case Algorithm::Crc32c:
        m_crc = crcUpdate<quint32>(m_algorithm == Algorithm::Crc32 ? crc32Tables() : crc32cTables(),
                                   static_cast<quint32>(m_crc), bytes, size);
        break;
    case Algorithm::Crc64Nvme:
        m_crc = crcUpdate<quint64>(crc64NvmeTables(), m_crc, bytes, size);
        break;
    case Algorithm::Sha1:
    case Algorithm::Sha256:
        m_hash->addData(QByteArrayView(data, size));
        break;
    }
}

QByteArray ObjectChecksum::base64() const
{
    if (m_hash) {
        return m_hash->result().toBase64();
    }
    if (m_algorithm == Algorithm::Crc64Nvme) {
        QByteArray digest(8, Qt::Uninitialized);
        qToBigEndian<quint64>(~m_crc, digest.data());
        return digest.toBase64();
    }
    QByteArray digest(4, Qt::Uninitialized);
    qToBigEndian<quint32>(~static_cast<quint32>(m_crc), digest.data());
    return digest.toBase64();
}

QByteArray ObjectChecksum::composite(Algorithm algorithm, const QList<QByteArray>& partValues)
{
    ObjectChecksum total(algorithm);
    for (const QByteArray& value : partValues) {
        const QByteArray raw = QByteArray::fromBase64(value);
        total.addData(raw.constData(), raw.size());
    }
    return total.base64() + '-' + QByteArray::number(partValues.size());
}

} // namespace SageDesk::Local
