#include "local/s3/ObjectChecksum.h"

#include <QList>
#include <QtEndian>

#include <array>

namespace SageDesk::Local {

namespace {

// Reflected CRC tables, one per polynomial.
template <typename T>
std::array<T, 256> crcTable(T polynomial)
{
    std::array<T, 256> table{};
    for (unsigned i = 0; i < 256; ++i) {
        T crc = i;
        for (int bit = 0; bit < 8; ++bit) {
            crc = (crc & 1) ? (crc >> 1) ^ polynomial : crc >> 1;
        }
        table[i] = crc;
    }
    return table;
}

const std::array<quint32, 256>& crc32Table()
{
    static const auto table = crcTable<quint32>(0xEDB88320u);
    return table;
}

const std::array<quint32, 256>& crc32cTable()
{
    static const auto table = crcTable<quint32>(0x82F63B78u);
    return table;
}

const std::array<quint64, 256>& crc64NvmeTable()
{
    static const auto table = crcTable<quint64>(0x9A6C9329AC4BC9B5ull);
    return table;
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
        m_hash = std::make_unique<QCryptographicHash>(QCryptographicHash::Sha1);
        break;
    case Algorithm::Sha256:
        m_hash = std::make_unique<QCryptographicHash>(QCryptographicHash::Sha256);
        break;
    }
}

void ObjectChecksum::addData(const char* data, qsizetype size)
{
    const auto* bytes = reinterpret_cast<const unsigned char*>(data);
    switch (m_algorithm) {
    case Algorithm::Crc32:
    case Algorithm::Crc32c: {
        const auto& table = m_algorithm == Algorithm::Crc32 ? crc32Table() : crc32cTable();
        auto crc = static_cast<quint32>(m_crc);
        for (qsizetype i = 0; i < size; ++i) {
            crc = table[(crc ^ bytes[i]) & 0xFF] ^ (crc >> 8);
        }
        m_crc = crc;
        break;
    }
    case Algorithm::Crc64Nvme: {
        const auto& table = crc64NvmeTable();
        quint64 crc = m_crc;
        for (qsizetype i = 0; i < size; ++i) {
            crc = table[(crc ^ bytes[i]) & 0xFF] ^ (crc >> 8);
        }
        m_crc = crc;
        break;
    }
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
