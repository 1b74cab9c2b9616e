// IAM Identity Center profiles against a tiny loopback HTTP server standing in for
// portal.sso.<region>.amazonaws.com, with the token cache in a temporary HOME.
#include "aws/credentials/CredentialsProviderFactory.h"
#include "aws/credentials/SsoCredentialsProvider.h"
#include "support/AskCredentials.h"
#include "support/AwsConfigTestHome.h"
#include "support/FixedClock.h"

#include <gtest/gtest.h>

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimeZone>

using SageDesk::Test::askCredentials;
using SageDesk::Test::FixedClock;

using namespace SageDesk;
using namespace SageDesk::Aws;

namespace {

const QDateTime kNow(QDate(2026, 1, 15), QTime(10, 0), QTimeZone::utc());

// Answers every request with one canned response and remembers what was asked.
class PortalServer
{
public:
    PortalServer()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            QTcpSocket* socket = m_server.nextPendingConnection();
            auto buffer = std::make_shared<QByteArray>();
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                *buffer += socket->readAll();
                if (!buffer->contains("\r\n\r\n")) {
                    return;
                }
                m_requests.append(*buffer);
                socket->write("HTTP/1.1 " + QByteArray::number(status) +
                              " X\r\nContent-Type: application/json\r\n"
                              "Content-Length: " +
                              QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                socket->disconnectFromHost();
            });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        });
    }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    const QList<QByteArray>& requests() const { return m_requests; }

    int status = 200;
    QByteArray body;

private:
    QTcpServer m_server;
    QList<QByteArray> m_requests;
};

QString cacheFile(const AwsConfigTestHome& home, const QString& key)
{
    return home.path() + QStringLiteral("/.aws/sso/cache/") +
           QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex()) +
           QStringLiteral(".json");
}

void writeToken(const AwsConfigTestHome& home, const QString& key, const QString& expiresAt)
{
    const QJsonObject token{{QStringLiteral("accessToken"), QStringLiteral("sso-access-token")},
                            {QStringLiteral("expiresAt"), expiresAt},
                            {QStringLiteral("region"), QStringLiteral("eu-west-1")}};
    home.write(cacheFile(home, key), QJsonDocument(token).toJson());
}

std::unique_ptr<CredentialsProvider> create(const PortalServer& server, const QString& profile,
                                            const Clock& clock)
{
    AwsConfigOverrides overrides;
    overrides.profile = profile;
    CredentialsProviderHooks hooks;
    hooks.ssoPortalEndpoint = server.url();
    return CredentialsProviderFactory::create(
        AwsConfig::load(overrides, QProcessEnvironment::systemEnvironment()), hooks, clock);
}

constexpr auto kConfig = "[sso-session corp]\n"
                         "sso_region = eu-west-1\n"
                         "sso_start_url = https://corp.awsapps.com/start\n"
                         "[profile dev]\n"
                         "sso_session = corp\n"
                         "sso_account_id = 111122223333\n"
                         "sso_role_name = DataScientist\n"
                         "[profile legacy]\n"
                         "sso_start_url = https://legacy.awsapps.com/start\n"
                         "sso_region = us-east-1\n"
                         "sso_account_id = 444455556666\n"
                         "sso_role_name = Admin\n";

} // namespace

TEST(CredentialsSso, SessionProfileGetsRoleCredentials)
{
    AwsConfigTestHome home;
    home.writeConfig(kConfig);
    writeToken(home, QStringLiteral("corp"), QStringLiteral("2026-01-15T18:00:00Z"));
    PortalServer server;
    const qint64 expiration = kNow.addSecs(3600).toMSecsSinceEpoch();
    server.body = R"({"roleCredentials":{"accessKeyId":"ASIASSO","secretAccessKey":"sso-secret",)"
                  R"("sessionToken":"sso-token","expiration":)" +
                  QByteArray::number(expiration) + "}}";
    FixedClock clock(kNow);
    auto provider = create(server, QStringLiteral("dev"), clock);
    const CredentialsResult result = askCredentials(*provider);
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    EXPECT_EQ(result.credentials.accessKeyId, QStringLiteral("ASIASSO"));
    EXPECT_EQ(result.credentials.sessionToken, QStringLiteral("sso-token"));
    EXPECT_EQ(result.credentials.expiration, kNow.addSecs(3600));
    ASSERT_EQ(server.requests().size(), 1);
    const QByteArray request = server.requests().first();
    EXPECT_TRUE(request.startsWith(
        "GET /federation/credentials?role_name=DataScientist&account_id=111122223333 HTTP/1.1\r\n"))
        << request.toStdString();
    EXPECT_TRUE(request.toLower().contains("x-amz-sso_bearer_token: sso-access-token\r\n"));

    // Cached until shortly before expiration.
    EXPECT_TRUE(askCredentials(*provider).ok());
    EXPECT_EQ(server.requests().size(), 1);
}

TEST(CredentialsSso, LegacyProfileUsesStartUrlForTheCacheKey)
{
    AwsConfigTestHome home;
    home.writeConfig(kConfig);
    writeToken(home, QStringLiteral("https://legacy.awsapps.com/start"),
               QStringLiteral("2026-01-15T18:00:00UTC"));
    PortalServer server;
    server.body =
        R"({"roleCredentials":{"accessKeyId":"ASIALEGACY","secretAccessKey":"s","sessionToken":"t",)"
        R"("expiration":1768478400000}})";
    FixedClock clock(kNow);
    const CredentialsResult result = askCredentials(*create(server, QStringLiteral("legacy"), clock));
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    EXPECT_EQ(result.credentials.accessKeyId, QStringLiteral("ASIALEGACY"));
    EXPECT_TRUE(server.requests().first().contains("account_id=444455556666"));
}

TEST(CredentialsSso, ExpiredOrMissingTokenAsksToSignInAgain)
{
    AwsConfigTestHome home;
    home.writeConfig(kConfig);
    PortalServer server;
    FixedClock clock(kNow);
    const QString missing = askCredentials(*create(server, QStringLiteral("dev"), clock)).error;
    EXPECT_TRUE(missing.contains(QStringLiteral("aws sso login --profile dev"))) << missing.toStdString();

    writeToken(home, QStringLiteral("corp"), QStringLiteral("2026-01-15T09:59:59Z"));
    const QString expired = askCredentials(*create(server, QStringLiteral("dev"), clock)).error;
    EXPECT_TRUE(expired.contains(QStringLiteral("aws sso login --profile dev"))) << expired.toStdString();
    EXPECT_TRUE(server.requests().isEmpty());
}

TEST(CredentialsSso, RejectedTokenAsksToSignInAgain)
{
    AwsConfigTestHome home;
    home.writeConfig(kConfig);
    writeToken(home, QStringLiteral("corp"), QStringLiteral("2026-01-15T18:00:00Z"));
    PortalServer server;
    server.status = 401;
    server.body = R"({"message":"Session token not found or invalid"})";
    FixedClock clock(kNow);
    const QString error = askCredentials(*create(server, QStringLiteral("dev"), clock)).error;
    EXPECT_TRUE(error.contains(QStringLiteral("aws sso login --profile dev"))) << error.toStdString();
    EXPECT_EQ(server.requests().size(), 1);

    server.status = 500;
    server.body = R"({"message":"Internal failure"})";
    const QString serverError = askCredentials(*create(server, QStringLiteral("dev"), clock)).error;
    EXPECT_TRUE(serverError.contains(QStringLiteral("HTTP 500"))) << serverError.toStdString();
    EXPECT_TRUE(serverError.contains(QStringLiteral("Internal failure")));
}

TEST(CredentialsSso, MissingSessionSectionIsExplained)
{
    AwsConfigTestHome home;
    home.writeConfig("[profile orphan]\nsso_session = gone\nsso_account_id = 1\nsso_role_name = R\n");
    PortalServer server;
    const QString error = askCredentials(*create(server, QStringLiteral("orphan"), Clock::system())).error;
    EXPECT_TRUE(error.contains(QStringLiteral("[sso-session gone]"))) << error.toStdString();
}
