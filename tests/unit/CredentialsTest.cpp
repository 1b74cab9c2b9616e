// Credential sources read as the AWS CLI reads them, each from a temporary HOME: environment,
// profile keys, credential_process (with refresh before Expiration), role_arn refusals (the STS calls of
// role_arn profiles run against moto: CredentialsAssumeRoleMoto).
#include "aws/credentials/CredentialsProviderFactory.h"
#include "aws/credentials/ProcessCredentialsProvider.h"
#include "aws/credentials/StaticCredentialsProvider.h"
#include "local/runtime/InstanceProcesses.h"
#include "support/AskCredentials.h"
#include "support/AwsConfigTestHome.h"
#include "support/FixedClock.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

using SageDesk::Test::askCredentials;
using SageDesk::Test::FixedClock;

using namespace SageDesk;
using namespace SageDesk::Aws;

namespace {

const QDateTime kNow(QDate(2026, 1, 15), QTime(10, 0), QTimeZone::utc());

AwsConfig loadConfig(const QString& profile = {})
{
    AwsConfigOverrides overrides;
    overrides.profile = profile;
    return AwsConfig::load(overrides, QProcessEnvironment::systemEnvironment());
}

// For role_arn profiles that must be refused before any STS call: the success paths run against
// moto's STS (CredentialsAssumeRoleMoto, integration).
AssumeRoleFunction stsMustNotBeCalled()
{
    return [](const Credentials&, const AssumeRoleParameters& parameters,
              const CredentialsProvider::Callback& done) {
        ADD_FAILURE() << "AssumeRole was called for " << parameters.roleArn.toStdString();
        done(CredentialsResult::failure(QStringLiteral("unexpected AssumeRole")));
    };
}

} // namespace

TEST(Credentials, DescribeNeverShowsSecrets)
{
    Credentials credentials;
    credentials.accessKeyId = QStringLiteral("AKIAIOSFODNN7EXAMPLE");
    credentials.secretAccessKey = QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
    credentials.sessionToken = QStringLiteral("FwoGZXIvYXdzEXAMPLETOKEN");
    credentials.source = QStringLiteral("environment");
    const QString text = credentials.describe();
    EXPECT_FALSE(text.contains(credentials.secretAccessKey));
    EXPECT_FALSE(text.contains(credentials.sessionToken));
    EXPECT_TRUE(text.contains(QStringLiteral("AKIA")));
}

TEST(Credentials, EnvironmentKeysComeFirstUnlessProfileIsExplicit)
{
    AwsConfigTestHome home;
    home.writeCredentials("[default]\naws_access_key_id = AKIDFILE\naws_secret_access_key = file-secret\n"
                          "[other]\naws_access_key_id = AKIDOTHER\naws_secret_access_key = other-secret\n"
                          "aws_session_token = other-token\n");
    home.setEnv("AWS_ACCESS_KEY_ID", "AKIDENV");
    home.setEnv("AWS_SECRET_ACCESS_KEY", "env-secret");
    home.setEnv("AWS_SESSION_TOKEN", "env-token");
    home.setEnv("AWS_CREDENTIAL_EXPIRATION", "2026-01-15T11:00:00Z");
    home.setEnv("AWS_PROFILE", "other");
    FixedClock clock(kNow);
    auto fromEnvironment = CredentialsProviderFactory::create(loadConfig(), {}, clock);
    const CredentialsResult env = askCredentials(*fromEnvironment);
    ASSERT_TRUE(env.ok()) << env.error.toStdString();
    EXPECT_EQ(env.credentials.accessKeyId, QStringLiteral("AKIDENV"));
    EXPECT_EQ(env.credentials.sessionToken, QStringLiteral("env-token"));
    EXPECT_EQ(env.credentials.expiration, kNow.addSecs(3600));

    auto explicitProfile = CredentialsProviderFactory::create(loadConfig(QStringLiteral("other")), {}, clock);
    const CredentialsResult other = askCredentials(*explicitProfile);
    ASSERT_TRUE(other.ok()) << other.error.toStdString();
    EXPECT_EQ(other.credentials.accessKeyId, QStringLiteral("AKIDOTHER"));
    EXPECT_EQ(other.credentials.sessionToken, QStringLiteral("other-token"));
}

TEST(Credentials, EnvironmentWithoutSecretIsAnError)
{
    AwsConfigTestHome home;
    home.setEnv("AWS_ACCESS_KEY_ID", "AKIDENV");
    auto provider = CredentialsProviderFactory::create(loadConfig(), {});
    const CredentialsResult result = askCredentials(*provider);
    EXPECT_FALSE(result.ok());
    EXPECT_TRUE(result.error.contains(QStringLiteral("AWS_SECRET_ACCESS_KEY")));
}

TEST(Credentials, MissingProfileAndNothingConfigured)
{
    AwsConfigTestHome home;
    auto nothing = CredentialsProviderFactory::create(loadConfig(), {});
    EXPECT_TRUE(askCredentials(*nothing).error.contains(QStringLiteral("aws configure")));
    auto missing = CredentialsProviderFactory::create(loadConfig(QStringLiteral("ghost")), {});
    const QString error = askCredentials(*missing).error;
    EXPECT_TRUE(error.contains(QStringLiteral("ghost")));
    EXPECT_TRUE(error.contains(home.awsPath(QStringLiteral("credentials"))));
}

TEST(Credentials, MalformedFileErrorNamesFileAndLine)
{
    AwsConfigTestHome home;
    home.writeConfig("[profile broken]\nregion = eu-west-1\naws_access_key_id AKID\n");
    auto provider = CredentialsProviderFactory::create(loadConfig(QStringLiteral("broken")), {});
    const QString error = askCredentials(*provider).error;
    EXPECT_TRUE(error.contains(home.awsPath(QStringLiteral("config")) + QStringLiteral(", line 3")))
        << error.toStdString();
}

TEST(Credentials, CredentialProcessIsRunAgainBeforeExpiration)
{
    AwsConfigTestHome home;
    const QString script = home.path() + QStringLiteral("/creds.sh");
    const QString counter = home.path() + QStringLiteral("/count");
    home.write(script,
               "#!/bin/sh\n"
               "echo x >> \"$1\"\n"
               "n=$(wc -l < \"$1\" | tr -d ' ')\n"
               "printf '{\"Version\": 1, \"AccessKeyId\": \"AKIDPROC%s\", \"SecretAccessKey\": \"s\", "
               "\"SessionToken\": \"t\", \"Expiration\": \"2026-01-15T11:00:00Z\"}' \"$n\"\n");
    home.writeConfig(QByteArray("[profile proc]\ncredential_process = /bin/sh \"") + script.toUtf8() +
                     "\" \"" + counter.toUtf8() + "\"\n");
    FixedClock clock(kNow);
    auto provider = CredentialsProviderFactory::create(loadConfig(QStringLiteral("proc")), {}, clock);
    QSignalSpy refreshed(provider.get(), &CredentialsProvider::credentialsRefreshed);

    CredentialsResult first = askCredentials(*provider);
    ASSERT_TRUE(first.ok()) << first.error.toStdString();
    EXPECT_EQ(first.credentials.accessKeyId, QStringLiteral("AKIDPROC1"));
    EXPECT_EQ(first.credentials.expiration, kNow.addSecs(3600));
    clock.advanceSecs(30 * 60);
    EXPECT_EQ(askCredentials(*provider).credentials.accessKeyId, QStringLiteral("AKIDPROC1")); // cached
    clock.advanceSecs(26 * 60); // 4 minutes before Expiration: inside the refresh margin
    EXPECT_EQ(askCredentials(*provider).credentials.accessKeyId, QStringLiteral("AKIDPROC2"));
    EXPECT_EQ(refreshed.count(), 2);
}

TEST(Credentials, ConcurrentRequestsShareOneProcessRun)
{
    AwsConfigTestHome home;
    const QString counter = home.path() + QStringLiteral("/count");
    home.writeConfig(QByteArray("[profile proc]\ncredential_process = /bin/sh -c 'echo x >> ") +
                     counter.toUtf8() +
                     "; echo {\\\"Version\\\": 1, \\\"AccessKeyId\\\": \\\"A\\\", \\\"SecretAccessKey\\\": "
                     "\\\"S\\\"}'\n");
    auto provider = CredentialsProviderFactory::create(loadConfig(QStringLiteral("proc")), {});
    int answers = 0;
    for (int i = 0; i < 3; ++i) {
        provider->credentials([&answers](const CredentialsResult& result) {
            EXPECT_TRUE(result.ok()) << result.error.toStdString();
            ++answers;
        });
    }
    EXPECT_TRUE(QTest::qWaitFor([&answers] { return answers == 3; }, 20000));
    QFile count(counter);
    ASSERT_TRUE(count.open(QIODevice::ReadOnly));
    EXPECT_EQ(count.readAll(), "x\n");
}

TEST(Credentials, CredentialProcessFailuresAreExplainedWithoutSecrets)
{
    AwsConfigTestHome home;
    home.writeConfig(
        "[profile fails]\n"
        "credential_process = /bin/sh -c 'echo \"aws_secret_access_key = wJalrXUtnFEMI/K7MDENG\" >&2; "
        "exit 3'\n"
        "[profile garbage]\ncredential_process = /bin/echo not json\n"
        "[profile v2]\ncredential_process = /bin/echo '{\"Version\":2}'\n"
        "[profile missing]\ncredential_process = /nonexistent/credential-helper\n");
    const QString fails =
        askCredentials(*CredentialsProviderFactory::create(loadConfig(QStringLiteral("fails")), {})).error;
    EXPECT_TRUE(fails.contains(QStringLiteral("exit code 3"))) << fails.toStdString();
    EXPECT_FALSE(fails.contains(QStringLiteral("wJalrXUtnFEMI"))) << fails.toStdString();
    EXPECT_TRUE(askCredentials(*CredentialsProviderFactory::create(loadConfig(QStringLiteral("garbage")), {}))
                    .error.contains(QStringLiteral("JSON")));
    EXPECT_TRUE(askCredentials(*CredentialsProviderFactory::create(loadConfig(QStringLiteral("v2")), {}))
                    .error.contains(QStringLiteral("Version")));
    EXPECT_TRUE(askCredentials(*CredentialsProviderFactory::create(loadConfig(QStringLiteral("missing")), {}))
                    .error.contains(QStringLiteral("could not be started")));
}

TEST(Credentials, ProcessOutputParsing)
{
    const CredentialsResult ok = ProcessCredentialsProvider::parseOutput(
        R"({"Version":1,"AccessKeyId":"A","SecretAccessKey":"S","SessionToken":"T",
            "Expiration":"2026-01-15T11:00:00.000Z"})",
        QStringLiteral("p"));
    ASSERT_TRUE(ok.ok());
    EXPECT_EQ(ok.credentials.expiration, kNow.addSecs(3600));
    EXPECT_FALSE(
        ProcessCredentialsProvider::parseOutput(R"({"Version":1,"AccessKeyId":"A"})", QStringLiteral("p"))
            .ok());
    EXPECT_FALSE(ProcessCredentialsProvider::parseOutput(
                     R"({"Version":1,"AccessKeyId":"A","SecretAccessKey":"S","Expiration":"soon"})",
                     QStringLiteral("p"))
                     .ok());
}

TEST(Credentials, AssumeRoleRefusalsComeBeforeAnyStsCall)
{
    AwsConfigTestHome home;
    home.writeCredentials("[base]\naws_access_key_id = AKIDBASE\naws_secret_access_key = base-secret\n");
    home.writeConfig("[profile loop-a]\nrole_arn = arn:aws:iam::1:role/A\nsource_profile = loop-b\n"
                     "[profile loop-b]\nrole_arn = arn:aws:iam::1:role/B\nsource_profile = loop-a\n"
                     "[profile mfa]\nrole_arn = arn:aws:iam::1:role/M\nsource_profile = base\n"
                     "mfa_serial = arn:aws:iam::1:mfa/bob\n"
                     "[profile bad-duration]\nrole_arn = arn:aws:iam::1:role/D\nsource_profile = base\n"
                     "duration_seconds = 60\n");
    CredentialsProviderHooks hooks;
    hooks.assumeRole = stsMustNotBeCalled();
    hooks.mfaCodePrompt = [](const QString&, const std::function<void(const QString&)>& done) { done({}); };

    EXPECT_TRUE(
        askCredentials(*CredentialsProviderFactory::create(loadConfig(QStringLiteral("loop-a")), hooks))
            .error.contains(QStringLiteral("loops")));
    EXPECT_TRUE(askCredentials(*CredentialsProviderFactory::create(loadConfig(QStringLiteral("mfa")), hooks))
                    .error.contains(QStringLiteral("No MFA code")));
    EXPECT_TRUE(
        askCredentials(*CredentialsProviderFactory::create(loadConfig(QStringLiteral("bad-duration")), hooks))
            .error.contains(QStringLiteral("duration_seconds")));
}

TEST(Credentials, FailuresAreSignalledAndNotCached)
{
    auto* provider = StaticCredentialsProvider::failing(QStringLiteral("nope"), QStringLiteral("test"));
    QSignalSpy failed(provider, &CredentialsProvider::credentialsFailed);
    EXPECT_EQ(askCredentials(*provider).error, QStringLiteral("nope"));
    EXPECT_EQ(askCredentials(*provider).error, QStringLiteral("nope"));
    EXPECT_EQ(failed.count(), 2);
    delete provider;
}

TEST(Credentials, CredentialProcessTimeoutKillsEverythingItStarted)
{
    QTemporaryDir dir;
    const QString pidFile = dir.filePath(QStringLiteral("child.pid"));
    ProcessCredentialsProvider provider(
        QStringLiteral("/bin/sh -c 'sleep 300 & echo $! > %1; wait'").arg(pidFile), QStringLiteral("slow"),
        QProcessEnvironment::systemEnvironment(), Clock::system());
    provider.setTimeout(std::chrono::seconds(2));
    // The hung process is waited for asynchronously: credentials() returns at once and the event loop
    // (the GUI's, whose window stays responsive) keeps running until the timeout answers.
    std::optional<CredentialsResult> answer;
    provider.credentials([&answer](const CredentialsResult& result) { answer = result; });
    EXPECT_FALSE(answer.has_value());
    int ticks = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&ticks] { ++ticks; });
    ticker.start(50);
    ASSERT_TRUE(QTest::qWaitFor([&answer] { return answer.has_value(); }, 20000));
    EXPECT_GE(ticks, 5) << "the event loop was blocked while the credential_process hung";
    const QString error = answer->error;
    EXPECT_FALSE(answer->ok());
    EXPECT_TRUE(error.contains(QLatin1String("did not finish in 2 seconds"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QLatin1String("profile slow"))) << error.toStdString();
    QFile file(pidFile);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const qint64 child = file.readAll().trimmed().toLongLong();
    ASSERT_GT(child, 0);
    EXPECT_TRUE(QTest::qWaitFor([child] { return !Local::InstanceProcesses::isAlive(child); }, 5000))
        << "sleep " << child << " survived";
}

TEST(Credentials, CredentialProcessOutputIsCapped)
{
    ProcessCredentialsProvider provider(QStringLiteral("/usr/bin/yes"), QStringLiteral("chatty"),
                                        QProcessEnvironment::systemEnvironment(), Clock::system());
    provider.setTimeout(std::chrono::seconds(15));
    const QString error = askCredentials(provider).error;
    EXPECT_TRUE(error.contains(QLatin1String("printed more than 1048576 bytes"))) << error.toStdString();
}
