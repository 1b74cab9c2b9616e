// role_arn + source_profile end to end: the factory's AssumeRole provider wired to the real STS client,
// against moto_server on loopback.
#include "aws/credentials/CredentialsProviderFactory.h"
#include "aws/services/StsClient.h"
#include "support/AwsConfigTestHome.h"
#include "support/MotoServer.h"

#include <gtest/gtest.h>

#include <QTest>

using namespace SageDesk;
using namespace SageDesk::Aws;

TEST(CredentialsAssumeRoleMoto, RoleProfileGetsTemporaryCredentialsFromSts)
{
    if (const QString why = SageDesk::Test::MotoServer::unavailableReason(); !why.isEmpty()) {
        GTEST_SKIP() << why.toStdString();
    }
    SageDesk::Test::MotoServer moto;
    ASSERT_TRUE(moto.start()) << moto.error().toStdString();
    const auto context = moto.createContext();

    AwsConfigTestHome home;
    home.writeCredentials("[base]\naws_access_key_id = AKIDBASE\naws_secret_access_key = base-secret\n");
    home.writeConfig("[profile analyst]\n"
                     "role_arn = arn:aws:iam::123456789012:role/Analyst\n"
                     "source_profile = base\n"
                     "role_session_name = analyst-session\n"
                     "external_id = ext-1\n"
                     "duration_seconds = 1800\n"
                     "region = us-east-1\n");
    AwsConfigOverrides overrides;
    overrides.profile = QStringLiteral("analyst");
    CredentialsProviderHooks hooks;
    hooks.assumeRole = StsClient::assumeRoleFunction(context.get());
    auto provider = CredentialsProviderFactory::create(
        AwsConfig::load(overrides, QProcessEnvironment::systemEnvironment()), hooks);

    std::optional<CredentialsResult> answer;
    provider->credentials([&answer](const CredentialsResult& result) { answer = result; });
    ASSERT_TRUE(QTest::qWaitFor([&answer] { return answer.has_value(); }, 30000));
    ASSERT_TRUE(answer->ok()) << answer->error.toStdString();
    const Credentials& role = answer->credentials;
    EXPECT_NE(role.accessKeyId, QStringLiteral("AKIDBASE"));
    EXPECT_FALSE(role.sessionToken.isEmpty());
    ASSERT_TRUE(role.expires());
    const qint64 lifetime = QDateTime::currentDateTimeUtc().secsTo(role.expiration);
    EXPECT_GT(lifetime, 1800 - 300);
    EXPECT_LE(lifetime, 1800 + 60);

    // Cached: a second request does not call STS again.
    std::optional<CredentialsResult> again;
    provider->credentials([&again](const CredentialsResult& result) { again = result; });
    ASSERT_TRUE(again.has_value());
    EXPECT_EQ(again->credentials.accessKeyId, role.accessKeyId);
}
