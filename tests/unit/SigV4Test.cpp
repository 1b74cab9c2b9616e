// The SigV4 pieces on their own: encoding, canonical forms, the signing key cache, Authorization
// parsing and the whole-request helpers' header handling.
#include "aws/SigV4.h"

#include <gtest/gtest.h>

#include <QThread>
#include <QTimeZone>

#include <atomic>
#include <vector>

using namespace SageDesk::Aws;

namespace {

const QDateTime kTime(QDate(2015, 8, 30), QTime(12, 36), QTimeZone::utc());

Credentials exampleCredentials()
{
    Credentials credentials;
    credentials.accessKeyId = QStringLiteral("AKIDEXAMPLE");
    credentials.secretAccessKey = QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
    return credentials;
}

SignableRequest vanillaRequest()
{
    SignableRequest request;
    request.method = "GET";
    request.path = "/";
    request.headers = {{"Host", "example.amazonaws.com"}};
    return request;
}

} // namespace

TEST(SigV4, AmzDateRoundTrips)
{
    EXPECT_EQ(SigV4::amzDate(kTime), "20150830T123600Z");
    EXPECT_EQ(SigV4::amzDate(kTime.toTimeZone(QTimeZone("Asia/Seoul"))), "20150830T123600Z");
    EXPECT_EQ(SigV4::parseAmzDate("20150830T123600Z"), kTime);
    EXPECT_FALSE(SigV4::parseAmzDate("2015-08-30").has_value());
}

TEST(SigV4, UriEncodingKeepsOnlyUnreserved)
{
    EXPECT_EQ(SigV4::uriEncode("a-b_c.d~e", false), "a-b_c.d~e");
    EXPECT_EQ(SigV4::uriEncode("a b/c+d=é", false), "a%20b%2Fc%2Bd%3D%C3%A9");
    EXPECT_EQ(SigV4::uriEncode("a b/c", true), "a%20b/c");
    EXPECT_EQ(SigV4::uriDecode("a%20b%2fc+%zz%"), "a b/c+%zz%");
}

TEST(SigV4, CanonicalUriNormalizesAndEncodes)
{
    EXPECT_EQ(SigV4::canonicalUri("", true, true), "/");
    EXPECT_EQ(SigV4::canonicalUri("//a/./b/../c//", true, true), "/a/c/");
    EXPECT_EQ(SigV4::canonicalUri("//a/./b/../c//", false, true), "//a/./b/../c//");
    // Every service but S3 encodes the wire path once more.
    EXPECT_EQ(SigV4::canonicalUri("/a%20b/ሴ", true, true), "/a%2520b/%E1%88%B4");
    // S3 signs the wire path as sent.
    EXPECT_EQ(SigV4::canonicalUri("/bucket/a%20b!/../k ey", false, false), "/bucket/a%20b!/../k%20ey");
}

TEST(SigV4, CanonicalQuerySortsRepeatedAndUnsortedKeys)
{
    EXPECT_EQ(SigV4::canonicalQuery(""), "");
    EXPECT_EQ(SigV4::canonicalQuery("b=2&a=9&a=1&c"), "a=1&a=9&b=2&c=");
    EXPECT_EQ(SigV4::canonicalQuery("k=a%2fb&sp=a+b&x=%E1%88%B4"), "k=a%2Fb&sp=a%2Bb&x=%E1%88%B4");
    // Sorted by the encoded bytes, so upper case comes before lower case.
    EXPECT_EQ(SigV4::canonicalQuery("a=1&B=2&_=3"), "B=2&_=3&a=1");
}

TEST(SigV4, CanonicalHeadersTrimJoinAndFilter)
{
    const HttpHeaders headers{{"Host", "example.com"},
                              {"X-Multi", " b  c "},
                              {"x-multi", "a"},
                              {"User-Agent", "SageDesk/0.1"},
                              {"X-Tab", "a\t\tb"}};
    const auto all = SigV4::canonicalHeaders(headers, SigV4Options().unsignedHeaders);
    EXPECT_EQ(all.block, "host:example.com\nx-multi:b c,a\nx-tab:a b\n");
    EXPECT_EQ(all.signedHeaders, "host;x-multi;x-tab");
    const auto only = SigV4::canonicalHeaders(headers, {}, {"host", "user-agent"});
    EXPECT_EQ(only.signedHeaders, "host;user-agent");
}

TEST(SigV4, SignHeadersReplacesEarlierSignature)
{
    SignableRequest request = vanillaRequest();
    SigningKeyCache cache;
    Credentials credentials = exampleCredentials();
    credentials.sessionToken = QStringLiteral("token-1");
    SigV4::signHeaders(request, credentials, "us-east-1", "service", kTime, {}, &cache);
    credentials.sessionToken = QStringLiteral("token-2");
    const SigV4Result second =
        SigV4::signHeaders(request, credentials, "us-east-1", "service", kTime.addSecs(60), {}, &cache);
    int authorizations = 0;
    int tokens = 0;
    for (const auto& [name, value] : request.headers) {
        authorizations += name.compare("authorization", Qt::CaseInsensitive) == 0 ? 1 : 0;
        tokens += name.compare("x-amz-security-token", Qt::CaseInsensitive) == 0 ? 1 : 0;
    }
    EXPECT_EQ(authorizations, 1);
    EXPECT_EQ(tokens, 1);
    EXPECT_EQ(request.header("x-amz-security-token"), "token-2");
    EXPECT_EQ(request.header("X-Amz-Date"), "20150830T123700Z");
    EXPECT_TRUE(request.header("Authorization").endsWith("Signature=" + second.signature));
    EXPECT_EQ(second.signedHeaders, "host;x-amz-date;x-amz-security-token");
}

TEST(SigV4, S3OptionsSendContentSha256)
{
    SignableRequest request = vanillaRequest();
    request.method = "PUT";
    request.path = "/bucket/key%20name";
    request.payloadHash = SigV4::sha256Hex("hello");
    SigningKeyCache cache;
    const SigV4Result result = SigV4::signHeaders(request, exampleCredentials(), "us-east-1", "s3", kTime,
                                                  SigV4Options::forS3(), &cache);
    EXPECT_EQ(request.header("x-amz-content-sha256"), SigV4::sha256Hex("hello"));
    EXPECT_TRUE(result.canonicalRequest.startsWith("PUT\n/bucket/key%20name\n"));
    EXPECT_TRUE(result.signedHeaders.contains("x-amz-content-sha256"));
}

TEST(SigV4, PresignKeepsExistingQueryAndVerifies)
{
    SignableRequest request = vanillaRequest();
    request.query = "b=2&a=1";
    SigningKeyCache cache;
    const SigV4Result result = SigV4::presign(request, exampleCredentials(), "us-west-2", "sagemaker", kTime,
                                              std::chrono::minutes(5), {}, &cache);
    EXPECT_TRUE(request.query.startsWith("b=2&a=1&X-Amz-Algorithm=AWS4-HMAC-SHA256&"));
    EXPECT_TRUE(request.query.contains("X-Amz-Expires=300"));
    const auto authorization = SigV4::parsePresignedQuery(request.query);
    ASSERT_TRUE(authorization.has_value());
    EXPECT_EQ(authorization->signature, result.signature);
    EXPECT_EQ(authorization->scope.region, "us-west-2");
    EXPECT_EQ(authorization->signedHeaders, QList<QByteArray>{"host"});
}

TEST(SigV4, ParseAuthorizationRejectsMalformedHeaders)
{
    const QByteArray good = "AWS4-HMAC-SHA256 Credential=AKID/20150830/us-east-1/iam/aws4_request, "
                            "SignedHeaders=host;x-amz-date, Signature=ABCDEF";
    const auto parsed = SigV4::parseAuthorization(good);
    ASSERT_TRUE(parsed.has_value());
    EXPECT_EQ(parsed->accessKeyId, "AKID");
    EXPECT_EQ(parsed->scope.service, "iam");
    EXPECT_EQ(parsed->scope.date, QDate(2015, 8, 30));
    EXPECT_EQ(parsed->signature, "abcdef");
    EXPECT_FALSE(
        SigV4::parseAuthorization("AWS4-HMAC-SHA1 Credential=AKID/20150830/us-east-1/iam/aws4_request, "
                                  "SignedHeaders=host, Signature=ab"));
    EXPECT_FALSE(
        SigV4::parseAuthorization("AWS4-HMAC-SHA256 Credential=AKID/2015/us-east-1/iam/aws4_request, "
                                  "SignedHeaders=host, Signature=ab"));
    EXPECT_FALSE(SigV4::parseAuthorization("AWS4-HMAC-SHA256 Credential=AKID/20150830/us-east-1/iam/x, "
                                           "SignedHeaders=host, Signature=ab"));
    EXPECT_FALSE(
        SigV4::parseAuthorization("AWS4-HMAC-SHA256 Credential=AKID/20150830/us-east-1/iam/aws4_request"));
    EXPECT_FALSE(SigV4::parseAuthorization("Bearer abc"));
    EXPECT_FALSE(
        SigV4::parsePresignedQuery("X-Amz-Credential=AKID%2F20150830%2Fus-east-1%2Fs3%2Faws4_request"));
}

TEST(SigningKeyCache, DerivesOncePerDayRegionAndService)
{
    SigningKeyCache cache;
    const QByteArray secret = "secret";
    const SigV4Scope scope = SigV4::scopeFor(kTime, "us-east-1", "sagemaker");
    const QByteArray key = cache.signingKey(secret, scope);
    EXPECT_EQ(key, SigV4::deriveSigningKey(secret, scope));
    EXPECT_EQ(cache.signingKey(secret, SigV4::scopeFor(kTime.addSecs(3600), "us-east-1", "sagemaker")), key);
    EXPECT_EQ(cache.derivations(), 1U);
    EXPECT_NE(cache.signingKey(secret, SigV4::scopeFor(kTime.addDays(1), "us-east-1", "sagemaker")), key);
    EXPECT_NE(cache.signingKey(secret, SigV4::scopeFor(kTime, "eu-west-1", "sagemaker")), key);
    EXPECT_NE(cache.signingKey(secret, SigV4::scopeFor(kTime, "us-east-1", "iam")), key);
    EXPECT_NE(cache.signingKey("other secret", scope), key);
    EXPECT_EQ(cache.derivations(), 5U);
    EXPECT_EQ(cache.size(), 5);
}

TEST(SigningKeyCache, StaysBoundedAndDropsTheOldestDay)
{
    SigningKeyCache cache;
    for (int day = 0; day < SigningKeyCache::kMaxEntries + 10; ++day) {
        cache.signingKey("secret", SigV4::scopeFor(kTime.addDays(day), "us-east-1", "s3"));
    }
    EXPECT_EQ(cache.size(), SigningKeyCache::kMaxEntries);
    const quint64 before = cache.derivations();
    cache.signingKey("secret",
                     SigV4::scopeFor(kTime.addDays(SigningKeyCache::kMaxEntries + 9), "us-east-1", "s3"));
    EXPECT_EQ(cache.derivations(), before);
    cache.signingKey("secret", SigV4::scopeFor(kTime, "us-east-1", "s3"));
    EXPECT_EQ(cache.derivations(), before + 1);
}

TEST(SigningKeyCache, IsSafeToShareBetweenThreads)
{
    SigningKeyCache cache;
    const QByteArray expected = SigV4::deriveSigningKey("secret", SigV4::scopeFor(kTime, "us-east-1", "sts"));
    std::atomic<int> mismatches{0};
    std::vector<std::unique_ptr<QThread>> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back(QThread::create([&] {
            for (int i = 0; i < 500; ++i) {
                const int day = i % 3;
                const QByteArray key =
                    cache.signingKey("secret", SigV4::scopeFor(kTime.addDays(day), "us-east-1", "sts"));
                if (day == 0 && key != expected) {
                    ++mismatches;
                }
            }
        }));
        threads.back()->start();
    }
    for (auto& thread : threads) {
        thread->wait();
    }
    EXPECT_EQ(mismatches.load(), 0);
    EXPECT_EQ(cache.size(), 3);
}
