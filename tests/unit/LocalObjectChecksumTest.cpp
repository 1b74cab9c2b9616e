#include "local/s3/ObjectChecksum.h"

#include "core/Digest.h"

#include <QRandomGenerator>

#include <gtest/gtest.h>

namespace SageDesk::Local {
namespace {

using Algorithm = ObjectChecksum::Algorithm;

QByteArray checksumOf(Algorithm algorithm, const QByteArray& data)
{
    ObjectChecksum checksum(algorithm);
    checksum.addData(data.constData(), data.size());
    return checksum.base64();
}

// One bit at a time, straight from the polynomial: nothing shared with the sliced tables.
QByteArray bitwiseCrc(const QByteArray& data, quint64 polynomial, int bits)
{
    const quint64 mask = bits == 64 ? ~0ull : (1ull << bits) - 1;
    quint64 crc = mask;
    for (const char c : data) {
        crc ^= static_cast<unsigned char>(c);
        for (int bit = 0; bit < 8; ++bit) {
            crc = (crc & 1) ? (crc >> 1) ^ polynomial : crc >> 1;
        }
    }
    crc ^= mask;
    QByteArray digest;
    for (int shift = bits - 8; shift >= 0; shift -= 8) {
        digest.append(static_cast<char>((crc >> shift) & 0xFF));
    }
    return digest.toBase64();
}

// The catalogue's check values ("123456789"), as S3 writes them: base64 of the big-endian digest.
TEST(LocalObjectChecksumTest, MatchesTheCheckValues)
{
    EXPECT_EQ(checksumOf(Algorithm::Crc32, "123456789"), "y/Q5Jg==");
    EXPECT_EQ(checksumOf(Algorithm::Crc32c, "123456789"), "4waSgw==");
    EXPECT_EQ(checksumOf(Algorithm::Crc64Nvme, "123456789"), "rosUhgp5mIg=");
    EXPECT_EQ(checksumOf(Algorithm::Sha256, ""), "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
    EXPECT_EQ(checksumOf(Algorithm::Sha1, "abc"), "qZk+NkcGgWq6PiVxeFDCbJzQ2J0=");
    EXPECT_EQ(Digest::hash("abc", Digest::Algorithm::Md5).toHex(), "900150983cd24fb0d6963f7d28e17f72");
}

// Bodies arrive in pieces of any size: 8-byte words and the bytes around them give one result.
TEST(LocalObjectChecksumTest, SlicedCrcsMatchBitwiseOnesForAnyPieces)
{
    QByteArray data(10007, Qt::Uninitialized);
    QRandomGenerator random(11);
    for (char& c : data) {
        c = static_cast<char>(random.bounded(256));
    }
    const struct
    {
        Algorithm algorithm;
        quint64 polynomial;
        int bits;
    } cases[] = {{Algorithm::Crc32, 0xEDB88320u, 32},
                 {Algorithm::Crc32c, 0x82F63B78u, 32},
                 {Algorithm::Crc64Nvme, 0x9A6C9329AC4BC9B5ull, 64}};
    for (const auto& [algorithm, polynomial, bits] : cases) {
        const QByteArray expected = bitwiseCrc(data, polynomial, bits);
        EXPECT_EQ(checksumOf(algorithm, data), expected) << bits;
        ObjectChecksum pieces(algorithm);
        qsizetype at = 0;
        for (const qsizetype size : {1, 7, 8, 9, 3, 1000, 15, 16, 17}) {
            pieces.addData(data.constData() + at, size);
            at += size;
        }
        pieces.addData(data.constData() + at, data.size() - at);
        EXPECT_EQ(pieces.base64(), expected) << bits;
    }
}

} // namespace
} // namespace SageDesk::Local
