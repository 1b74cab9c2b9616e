#include "local/auth/AwsChunkedDecoder.h"

#include "aws/SigV4.h"

#include <gtest/gtest.h>

namespace SageDesk::Local {
namespace {

// The example of AWS's "Signature Calculations for the Authorization Header: Transferring Payload in
// Multiple Chunks" (PUT examplebucket/chunkObject.txt, 66560 bytes of 'a' in chunks of 65536 and 1024).
AwsChunkedDecoder::Signing exampleSigning()
{
    Aws::SigV4Scope scope{QDate(2013, 5, 24), "us-east-1", "s3"};
    return {Aws::SigV4::deriveSigningKey("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", scope),
            "20130524T000000Z", scope.toByteArray(),
            "4f232c4386841ef735655705268965c44a0e4690baa4adea153f7db9fa80a0a9"};
}

QByteArray exampleBody()
{
    return "10000;chunk-signature=ad80c730a21e5b8d04586a2213dd63b9a0e99e0e2307b0ade35a65485a288648\r\n" +
           QByteArray(65536, 'a') +
           "\r\n400;chunk-signature=0055627c9e194cb4542bae2aa5492e3c1575bbb81b612b7d234b86a503ef5497\r\n" +
           QByteArray(1024, 'a') +
           "\r\n0;chunk-signature=b6c6ea8a5354eaf15b3cb7646744f4275b71ea724fed81ceb9323e279d449df9\r\n\r\n";
}

TEST(LocalAwsChunkedDecoderTest, VerifiesTheChunkSignaturesOfAwsExample)
{
    QByteArray decoded;
    AwsChunkedDecoder decoder(AwsChunkedDecoder::Mode::SignedChunks, exampleSigning(),
                              [&decoded](const char* data, qsizetype size) {
                                  decoded.append(data, size);
                                  return true;
                              });
    const QByteArray body = exampleBody();
    // In uneven pieces, as reads come.
    for (qsizetype at = 0; at < body.size(); at += 7777) {
        ASSERT_TRUE(decoder.feed(body.constData() + at, qMin<qsizetype>(7777, body.size() - at)));
    }
    EXPECT_TRUE(decoder.finish());
    EXPECT_EQ(decoded, QByteArray(66560, 'a'));
}

TEST(LocalAwsChunkedDecoderTest, RefusesAChangedChunk)
{
    QByteArray body = exampleBody();
    body[200] = 'b';
    AwsChunkedDecoder decoder(AwsChunkedDecoder::Mode::SignedChunks, exampleSigning(),
                              [](const char*, qsizetype) { return true; });
    EXPECT_FALSE(decoder.feed(body.constData(), body.size()));
    EXPECT_EQ(decoder.failure(), AwsChunkedDecoder::Failure::SignatureMismatch);
}

TEST(LocalAwsChunkedDecoderTest, ReadsUnsignedChunksWithTheirTrailer)
{
    QByteArray decoded;
    AwsChunkedDecoder decoder(AwsChunkedDecoder::Mode::UnsignedWithTrailer, {},
                              [&decoded](const char* data, qsizetype size) {
                                  decoded.append(data, size);
                                  return true;
                              });
    const QByteArray body = "5\r\nhello\r\n0\r\nx-amz-checksum-crc32:NhCmhg==\r\n\r\n";
    ASSERT_TRUE(decoder.feed(body.constData(), body.size()));
    ASSERT_TRUE(decoder.finish());
    EXPECT_EQ(decoded, "hello");
    ASSERT_EQ(decoder.trailers().size(), 1);
    EXPECT_EQ(decoder.trailers().first().first, "x-amz-checksum-crc32");
    EXPECT_EQ(decoder.trailers().first().second, "NhCmhg==");
}

TEST(LocalAwsChunkedDecoderTest, SignedTrailerMustMatch)
{
    const auto signing = exampleSigning();
    const QByteArray data = "hello";
    const QByteArray first =
        AwsChunkedDecoder::chunkSignature(signing, signing.seedSignature, Aws::SigV4::sha256Hex(data));
    const QByteArray last = AwsChunkedDecoder::chunkSignature(signing, first, Aws::SigV4::kEmptyPayloadHash);
    const QByteArray trailer = "x-amz-checksum-crc32:NhCmhg==";
    const QByteArray trailerSignature = AwsChunkedDecoder::trailerSignature(signing, last, trailer + '\n');
    const auto body = [&](const QByteArray& signature) {
        return "5;chunk-signature=" + first + "\r\nhello\r\n0;chunk-signature=" + last + "\r\n" + trailer +
               "\r\nx-amz-trailer-signature:" + signature + "\r\n\r\n";
    };
    for (const auto& [signature, valid] :
         {std::pair{trailerSignature, true}, std::pair{QByteArray(64, '0'), false}}) {
        AwsChunkedDecoder decoder(AwsChunkedDecoder::Mode::SignedChunksWithTrailer, signing,
                                  [](const char*, qsizetype) { return true; });
        const QByteArray bytes = body(signature);
        EXPECT_EQ(decoder.feed(bytes.constData(), bytes.size()) && decoder.finish(), valid);
    }
}

} // namespace
} // namespace SageDesk::Local
