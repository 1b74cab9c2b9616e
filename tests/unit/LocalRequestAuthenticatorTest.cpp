#include "local/auth/RequestAuthenticator.h"

#include "local/http/HttpRequestParser.h"
#include "support/FixedClock.h"
#include "support/LocalSignedRequest.h"

#include <gtest/gtest.h>

using SageDesk::Test::FixedClock;

namespace SageDesk::Local {
namespace {

const QDateTime kNow(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC);
const LocalCredentials kCredentials{QStringLiteral("AKIALOCALTESTKEY0001"),
                                    QStringLiteral("local/secret+key"), QStringLiteral("123456789012")};

HttpRequest parse(const QByteArray& wire)
{
    HttpRequestParser parser;
    EXPECT_EQ(parser.feed(wire), HttpRequestParser::State::RequestReady);
    return parser.takeRequest();
}

HttpRequest signedListRequest(const QString& key, const QString& secret, const QDateTime& when)
{
    return parse(SageDesk::Test::LocalSignedRequest::sageMaker("ListNotebookInstances", "{}")
                     .wire(8080, key, secret, "sagemaker", when));
}

class LocalRequestAuthenticatorTest : public ::testing::Test
{
protected:
    FixedClock m_clock{kNow};
    RequestAuthenticator m_authenticator{kCredentials, m_clock};
};

TEST_F(LocalRequestAuthenticatorTest, AcceptsARequestSignedWithTheKey)
{
    const HttpRequest request =
        signedListRequest(kCredentials.accessKeyId, kCredentials.secretAccessKey, kNow);
    EXPECT_EQ(RequestAuthenticator::signedService(request), "sagemaker");
    EXPECT_FALSE(m_authenticator.verify(request, WireProtocol::Json).has_value());
}

TEST_F(LocalRequestAuthenticatorTest, UnknownKeyGetsTheProtocolsCode)
{
    const HttpRequest request =
        signedListRequest(QStringLiteral("AKIAOTHER"), kCredentials.secretAccessKey, kNow);
    EXPECT_EQ(m_authenticator.verify(request, WireProtocol::Json)->code,
              QStringLiteral("UnrecognizedClientException"));
    EXPECT_EQ(m_authenticator.verify(request, WireProtocol::Query)->code,
              QStringLiteral("InvalidClientTokenId"));
    EXPECT_EQ(m_authenticator.verify(request, WireProtocol::RestXml)->code,
              QStringLiteral("InvalidAccessKeyId"));
}

TEST_F(LocalRequestAuthenticatorTest, WrongSecretOrTamperedBodyIsASignatureMismatch)
{
    const HttpRequest wrongSecret = signedListRequest(kCredentials.accessKeyId, QStringLiteral("nope"), kNow);
    const auto error = m_authenticator.verify(wrongSecret, WireProtocol::Json);
    ASSERT_TRUE(error);
    EXPECT_EQ(error->code, QStringLiteral("InvalidSignatureException"));
    EXPECT_EQ(error->status, 400);
    EXPECT_EQ(m_authenticator.verify(wrongSecret, WireProtocol::Query)->code,
              QStringLiteral("SignatureDoesNotMatch"));

    HttpRequest tampered = signedListRequest(kCredentials.accessKeyId, kCredentials.secretAccessKey, kNow);
    tampered.body = "{\"MaxResults\":1}";
    EXPECT_EQ(m_authenticator.verify(tampered, WireProtocol::Json)->code,
              QStringLiteral("InvalidSignatureException"));
}

TEST_F(LocalRequestAuthenticatorTest, TimestampsMoreThanFifteenMinutesOffExpire)
{
    const HttpRequest inTime =
        signedListRequest(kCredentials.accessKeyId, kCredentials.secretAccessKey, kNow.addSecs(-14 * 60));
    EXPECT_FALSE(m_authenticator.verify(inTime, WireProtocol::Json).has_value());

    const HttpRequest old =
        signedListRequest(kCredentials.accessKeyId, kCredentials.secretAccessKey, kNow.addSecs(-16 * 60));
    const auto error = m_authenticator.verify(old, WireProtocol::Json);
    ASSERT_TRUE(error);
    EXPECT_EQ(error->code, QStringLiteral("InvalidSignatureException"));
    EXPECT_EQ(error->message, QStringLiteral("Signature expired: 20261127T114400Z is now earlier than "
                                             "20261127T114500Z (20261127T120000Z - 15 min.)"));

    const HttpRequest future =
        signedListRequest(kCredentials.accessKeyId, kCredentials.secretAccessKey, kNow.addSecs(16 * 60));
    EXPECT_TRUE(m_authenticator.verify(future, WireProtocol::Json)
                    ->message.startsWith(QLatin1String("Signature not yet current")));
    EXPECT_EQ(m_authenticator.verify(future, WireProtocol::RestXml)->code,
              QStringLiteral("RequestTimeTooSkewed"));
}

TEST_F(LocalRequestAuthenticatorTest, AssumedRoleCredentialsWorkWithTheirTokenUntilTheyExpire)
{
    const RequestAuthenticator::RoleSession session{
        QStringLiteral("arn:aws:iam::123456789012:role/service-role/Notebook"), QStringLiteral("AROAEXAMPLE"),
        QStringLiteral("SageMaker")};
    const auto temporary = m_authenticator.issueTemporary(900, session);
    EXPECT_TRUE(temporary.accessKeyId.startsWith(QLatin1String("ASIA")));
    const auto request = [&](const QString& token) {
        return parse(SageDesk::Test::LocalSignedRequest::sageMaker("ListNotebookInstances", "{}")
                         .wire(8080, temporary.accessKeyId, temporary.secretAccessKey, "sagemaker",
                               m_clock.currentDateTimeUtc(), token));
    };
    std::optional<RequestAuthenticator::RoleSession> caller;
    EXPECT_FALSE(
        m_authenticator.verify(request(temporary.sessionToken), WireProtocol::Json, &caller).has_value());
    ASSERT_TRUE(caller.has_value());
    EXPECT_EQ(caller->assumedRoleArn(),
              QStringLiteral("arn:aws:sts::123456789012:assumed-role/Notebook/SageMaker"));
    EXPECT_EQ(m_authenticator.verify(request(QStringLiteral("forged")), WireProtocol::Json)->code,
              QStringLiteral("UnrecognizedClientException"));
    m_clock.advanceSecs(901);
    EXPECT_EQ(m_authenticator.verify(request(temporary.sessionToken), WireProtocol::Json)->code,
              QStringLiteral("ExpiredTokenException"));
    EXPECT_EQ(m_authenticator.verify(request(temporary.sessionToken), WireProtocol::Query)->code,
              QStringLiteral("ExpiredToken"));
}

TEST_F(LocalRequestAuthenticatorTest, MissingAuthorizationIsRefused)
{
    HttpRequest request = signedListRequest(kCredentials.accessKeyId, kCredentials.secretAccessKey, kNow);
    request.headers.removeIf([](const auto& header) { return header.first == "Authorization"; });
    EXPECT_EQ(m_authenticator.verify(request, WireProtocol::Json)->code,
              QStringLiteral("MissingAuthenticationTokenException"));
    EXPECT_EQ(m_authenticator.verify(request, WireProtocol::Query)->code,
              QStringLiteral("MissingAuthenticationToken"));
}

// Signed as a careless client (or an attacker's proxy) might: with `unsigned` left out of SignedHeaders.
SageDesk::Test::LocalSignedRequest withUnsigned(SageDesk::Test::LocalSignedRequest request,
                                                const QByteArray& unsignedHeader, bool s3 = false)
{
    Aws::SigV4Options options = s3 ? Aws::SigV4Options::forS3() : Aws::SigV4Options{};
    options.unsignedHeaders.append(unsignedHeader);
    request.options = options;
    return request;
}

TEST_F(LocalRequestAuthenticatorTest, AReplayedRequestWithAnotherUnsignedTargetAndBodyIsRefused)
{
    // Captured: signed with X-Amz-Target outside SignedHeaders and UNSIGNED-PAYLOAD as its payload hash.
    auto captured = withUnsigned(SageDesk::Test::LocalSignedRequest::sageMaker("ListNotebookInstances", "{}"),
                                 "x-amz-target");
    captured.headers.append({QByteArray("x-amz-content-sha256"), QByteArray(Aws::SigV4::kUnsignedPayload)});
    captured.payloadHash = Aws::SigV4::kUnsignedPayload;
    QByteArray wire =
        captured.wire(8080, kCredentials.accessKeyId, kCredentials.secretAccessKey, "sagemaker", kNow);
    const QByteArray newBody = R"({"NotebookInstanceName":"victim"})";
    wire.replace("SageMaker.ListNotebookInstances", "SageMaker.DeleteNotebookInstance");
    wire.replace("Content-Length: 2\r\n\r\n{}",
                 "Content-Length: " + QByteArray::number(newBody.size()) + "\r\n\r\n" + newBody);
    const HttpRequest replayed = parse(wire);
    ASSERT_EQ(replayed.header("X-Amz-Target"), "SageMaker.DeleteNotebookInstance");
    ASSERT_EQ(replayed.body, newBody);
    const auto error = m_authenticator.verify(replayed, WireProtocol::Json);
    ASSERT_TRUE(error);
    EXPECT_EQ(error->code, QStringLiteral("IncompleteSignatureException"));
    EXPECT_EQ(error->status, 400);
    EXPECT_EQ(error->message,
              QStringLiteral("'X-Amz-Target' must be a 'SignedHeader' in the AWS Authorization."));
}

TEST_F(LocalRequestAuthenticatorTest, UnsignedPayloadIsForS3Only)
{
    // Everything signed, but with UNSIGNED-PAYLOAD: a JSON service hashes the body it got instead.
    auto request = SageDesk::Test::LocalSignedRequest::sageMaker("ListNotebookInstances", "{}");
    request.headers.append({QByteArray("x-amz-content-sha256"), QByteArray(Aws::SigV4::kUnsignedPayload)});
    request.payloadHash = Aws::SigV4::kUnsignedPayload;
    HttpRequest parsed =
        parse(request.wire(8080, kCredentials.accessKeyId, kCredentials.secretAccessKey, "sagemaker", kNow));
    EXPECT_EQ(m_authenticator.verify(parsed, WireProtocol::Json)->code,
              QStringLiteral("InvalidSignatureException"));
    EXPECT_EQ(m_authenticator.verify(parsed, WireProtocol::Query)->code,
              QStringLiteral("SignatureDoesNotMatch"));

    SageDesk::Test::LocalSignedRequest s3;
    s3.method = "GET";
    s3.payloadHash = Aws::SigV4::kUnsignedPayload;
    EXPECT_FALSE(
        m_authenticator
            .verify(parse(s3.wire(8080, kCredentials.accessKeyId, kCredentials.secretAccessKey, "s3", kNow)),
                    WireProtocol::RestXml)
            .has_value());
}

TEST_F(LocalRequestAuthenticatorTest, HostAndDateMustBeSigned)
{
    const auto sign = [&](const QByteArray& unsignedHeader, const QByteArray& service) {
        auto request = service == "s3"
                           ? SageDesk::Test::LocalSignedRequest{}
                           : SageDesk::Test::LocalSignedRequest::sageMaker("ListNotebookInstances", "{}");
        if (service == "s3") {
            request.method = "GET";
        }
        return parse(withUnsigned(request, unsignedHeader, service == "s3")
                         .wire(8080, kCredentials.accessKeyId, kCredentials.secretAccessKey, service, kNow));
    };
    auto error = m_authenticator.verify(sign("host", "sagemaker"), WireProtocol::Json);
    ASSERT_TRUE(error);
    EXPECT_EQ(error->code, QStringLiteral("IncompleteSignatureException"));
    EXPECT_EQ(error->message,
              QStringLiteral("'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization."));
    error = m_authenticator.verify(sign("x-amz-date", "sagemaker"), WireProtocol::Query);
    ASSERT_TRUE(error);
    EXPECT_EQ(error->code, QStringLiteral("IncompleteSignature"));
    EXPECT_EQ(error->message,
              QStringLiteral("'X-Amz-Date' must be a 'SignedHeader' in the AWS Authorization."));
    for (const char* name : {"host", "x-amz-date"}) {
        error = m_authenticator.verify(sign(name, "s3"), WireProtocol::RestXml);
        ASSERT_TRUE(error) << name;
        EXPECT_EQ(error->code, QStringLiteral("AccessDenied"));
    }
}

TEST_F(LocalRequestAuthenticatorTest, S3RefusesAnyUnsignedAmzHeader)
{
    SageDesk::Test::LocalSignedRequest request;
    request.method = "PUT";
    request.path = "/bucket";
    request.headers = {{"x-amz-acl", "private"}};
    const QByteArray wire =
        request.wire(8080, kCredentials.accessKeyId, kCredentials.secretAccessKey, "s3", kNow);
    EXPECT_FALSE(m_authenticator.verify(parse(wire), WireProtocol::RestXml).has_value());

    // The same request with an x-amz-* header added after signing.
    QByteArray added = wire;
    added.replace("\r\n\r\n", "\r\nx-amz-acl-extra: public-read\r\n\r\n");
    const auto error = m_authenticator.verify(parse(added), WireProtocol::RestXml);
    ASSERT_TRUE(error);
    EXPECT_EQ(error->status, 403);
    EXPECT_EQ(error->code, QStringLiteral("AccessDenied"));
    EXPECT_EQ(error->message,
              QStringLiteral("There were headers present in the request which were not signed"));

    // Not signed by its signer: refused the same way.
    const auto unsignedAcl =
        withUnsigned(request, "x-amz-acl", true)
            .wire(8080, kCredentials.accessKeyId, kCredentials.secretAccessKey, "s3", kNow);
    EXPECT_EQ(m_authenticator.verify(parse(unsignedAcl), WireProtocol::RestXml)->code,
              QStringLiteral("AccessDenied"));
}

TEST_F(LocalRequestAuthenticatorTest, AnS3BodyThatDoesNotMatchItsHashIsRefused)
{
    SageDesk::Test::LocalSignedRequest request;
    request.method = "PUT";
    request.path = "/bucket/key";
    request.body = "signed body";
    QByteArray wire = request.wire(8080, kCredentials.accessKeyId, kCredentials.secretAccessKey, "s3", kNow);
    wire.replace("signed body", "forged body");
    const auto error = m_authenticator.verify(parse(wire), WireProtocol::RestXml);
    ASSERT_TRUE(error);
    EXPECT_EQ(error->code, QStringLiteral("XAmzContentSHA256Mismatch"));
}

TEST_F(LocalRequestAuthenticatorTest, ADateHeaderServesWhenThereIsNoAmzDate)
{
    // Signed by hand with Date instead of X-Amz-Date, as older SDKs may.
    Aws::SignableRequest signable;
    signable.method = "POST";
    signable.path = "/";
    signable.headers = {{"Host", "127.0.0.1:8080"},
                        {"Date", kNow.toString(Qt::RFC2822Date).toLatin1()},
                        {"X-Amz-Target", "SageMaker.ListNotebookInstances"}};
    signable.payloadHash = Aws::SigV4::sha256Hex("{}");
    const auto scope = Aws::SigV4::scopeFor(kNow, "us-east-1", "sagemaker");
    const Aws::SigV4::CanonicalHeaders headers = Aws::SigV4::canonicalHeaders(signable.headers);
    const QByteArray canonical = Aws::SigV4::canonicalRequest(signable, Aws::SigV4Options{});
    const QByteArray signature =
        Aws::SigV4::signature(Aws::SigV4::deriveSigningKey(kCredentials.secretAccessKey.toLatin1(), scope),
                              Aws::SigV4::stringToSign(Aws::SigV4::amzDate(kNow), scope, canonical));
    HttpRequest request;
    request.method = "POST";
    request.path = "/";
    request.body = "{}";
    request.headers = signable.headers;
    request.headers.append({QByteArray("Authorization"),
                            Aws::SigV4::authorizationHeader(kCredentials.accessKeyId.toLatin1(), scope,
                                                            headers.signedHeaders, signature)});
    EXPECT_FALSE(m_authenticator.verify(request, WireProtocol::Json).has_value());
}

} // namespace
} // namespace SageDesk::Local
