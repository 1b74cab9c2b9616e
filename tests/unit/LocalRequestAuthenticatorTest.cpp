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

} // namespace
} // namespace SageDesk::Local
