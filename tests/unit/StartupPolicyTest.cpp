// The start-up policy, branch by branch, for the console and for sagedesk-cli: against AWS files in
// a temporary home, and a local endpoint's data directory holding the runtime file and key a
// running sagedesk-local leaves (this process stands in for it: the runtime file names its pid and
// a port it listens on).
#include "discovery/StartupPolicy.h"
#include "cli/CliStartup.h"
#include "discovery/ConsoleScope.h"
#include "discovery/LocalCredentials.h"
#include "discovery/LocalEndpointInfo.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>

namespace SageDesk {
namespace {

using Reason = StartupChoice::Reason;

class StartupPolicyTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_home.isValid());
        QDir(m_home.path()).mkpath(QStringLiteral(".aws"));
        // Only what a test puts here: none of the AWS_* variables of whoever runs the tests.
        m_environment.insert(QStringLiteral("HOME"), m_home.path());
    }

    QString dataDir() const { return m_home.filePath(QStringLiteral("sagedesk-local")); }

    void writeAwsFile(const QString& name, const QByteArray& text) const
    {
        QFile file(m_home.filePath(QStringLiteral(".aws/") + name));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Append));
        file.write(text);
    }

    // What a running sagedesk-local leaves in its data directory.
    void runLocalEndpoint(const QString& region = QStringLiteral("us-east-1"))
    {
        ASSERT_TRUE(Local::LocalCredentials::loadOrCreate(dataDir()));
        ASSERT_TRUE(m_listening.isListening() || m_listening.listen(QHostAddress::LocalHost));
        ASSERT_TRUE((Local::LocalEndpointInfo{m_listening.serverPort(), QCoreApplication::applicationPid(), region}
                         .write(dataDir())));
    }
    QString localUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_listening.serverPort()); }

    StartupChoice choose(StartupCaller caller, const Aws::AwsConfigOverrides& overrides = {},
                         std::optional<ConsoleScope> remembered = std::nullopt) const
    {
        StartupInputs inputs;
        inputs.caller = caller;
        inputs.overrides = overrides;
        inputs.remembered = std::move(remembered);
        inputs.environment = m_environment;
        inputs.localDataDir = dataDir();
        return StartupPolicy::choose(inputs);
    }

    QTemporaryDir m_home;
    QProcessEnvironment m_environment;
    QTcpServer m_listening;
};

TEST(ConsoleScopeTest, CacheKeysNameTheKindTheProfileAndTheRegion)
{
    EXPECT_EQ(ConsoleScope::local().cacheKey(), QStringLiteral("local/us-east-1"));
    EXPECT_EQ(ConsoleScope().cacheKey(), QStringLiteral("local/us-east-1"));
    EXPECT_EQ(ConsoleScope::local(QStringLiteral("eu-west-1")).cacheKey(), QStringLiteral("local/eu-west-1"));
    const ConsoleScope dev = ConsoleScope::profile(QStringLiteral("dev"), QStringLiteral("eu-west-1"));
    EXPECT_EQ(dev.kind(), ConsoleScope::Kind::Profile);
    EXPECT_EQ(dev.cacheKey(), QStringLiteral("profile:dev/eu-west-1"));
    EXPECT_FALSE(dev.isLocal());
    // The environment's keys are signed through the default chain, and were always cached under it.
    const ConsoleScope keys = ConsoleScope::environment(QStringLiteral("ap-south-1"));
    EXPECT_EQ(keys.kind(), ConsoleScope::Kind::Environment);
    EXPECT_EQ(keys.profileName(), QStringLiteral("default"));
    EXPECT_EQ(keys.cacheKey(), QStringLiteral("profile:default/ap-south-1"));
    EXPECT_NE(keys, ConsoleScope::profile(QStringLiteral("default"), QStringLiteral("ap-south-1")));
    // No region named: the default one, never an empty key part.
    EXPECT_EQ(ConsoleScope::profile(QStringLiteral("dev")).region(), QStringLiteral("us-east-1"));
    EXPECT_TRUE(ConsoleScope::local().profileName().isEmpty());
}

TEST_F(StartupPolicyTest, AnExplicitProfileWinsOverTheEnvironmentAndARunningEndpoint)
{
    writeAwsFile(QStringLiteral("config"), "[profile dev]\nregion = eu-west-1\n[profile ops]\n");
    m_environment.insert(QStringLiteral("AWS_PROFILE"), QStringLiteral("ops"));
    m_environment.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIDEXAMPLE"));
    runLocalEndpoint();
    for (const StartupCaller caller : {StartupCaller::CommandLine, StartupCaller::Console}) {
        const StartupChoice choice = choose(caller, {QStringLiteral("dev"), {}, {}});
        EXPECT_EQ(choice.reason, Reason::ExplicitProfile);
        EXPECT_EQ(choice.scope, ConsoleScope::profile(QStringLiteral("dev"), QStringLiteral("eu-west-1")));
        EXPECT_FALSE(choice.needsLocalStart());
        EXPECT_EQ(choice.commandEnvironment(m_environment), m_environment);
    }
    // --region beats the profile's own.
    EXPECT_EQ(choose(StartupCaller::CommandLine, {QStringLiteral("dev"), QStringLiteral("sa-east-1"), {}})
                  .scope.region(),
              QStringLiteral("sa-east-1"));
    // A command uses a profile no file names (and reports it when it signs); the console, which can
    // only show what its account bar offers, goes on to AWS_PROFILE.
    EXPECT_EQ(choose(StartupCaller::CommandLine, {QStringLiteral("typo"), {}, {}}).scope.profileName(),
              QStringLiteral("typo"));
    const StartupChoice console = choose(StartupCaller::Console, {QStringLiteral("typo"), {}, {}});
    EXPECT_EQ(console.reason, Reason::ProfileVariable);
    EXPECT_EQ(console.scope.profileName(), QStringLiteral("ops"));
}

TEST_F(StartupPolicyTest, AwsProfileInTheEnvironmentNamesTheProfile)
{
    writeAwsFile(QStringLiteral("config"),
                 "[default]\nregion = us-west-2\n[profile ops]\nregion = eu-north-1\n");
    m_environment.insert(QStringLiteral("AWS_PROFILE"), QStringLiteral("ops"));
    runLocalEndpoint();
    for (const StartupCaller caller : {StartupCaller::CommandLine, StartupCaller::Console}) {
        const StartupChoice choice = choose(caller);
        EXPECT_EQ(choice.reason, Reason::ProfileVariable);
        EXPECT_EQ(choice.scope, ConsoleScope::profile(QStringLiteral("ops"), QStringLiteral("eu-north-1")));
        EXPECT_EQ(choice.profiles, (QStringList{QStringLiteral("default"), QStringLiteral("ops")}));
        EXPECT_EQ(choice.commandEnvironment(m_environment), m_environment);
    }
    // AWS_DEFAULT_PROFILE, the older name, counts as well.
    m_environment.remove(QStringLiteral("AWS_PROFILE"));
    m_environment.insert(QStringLiteral("AWS_DEFAULT_PROFILE"), QStringLiteral("ops"));
    EXPECT_EQ(choose(StartupCaller::CommandLine).scope.profileName(), QStringLiteral("ops"));
}

TEST_F(StartupPolicyTest, KeysInTheEnvironmentAreTheEnvironmentScope)
{
    m_environment.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIDEXAMPLE"));
    m_environment.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("secret"));
    m_environment.insert(QStringLiteral("AWS_REGION"), QStringLiteral("eu-central-1"));
    runLocalEndpoint();
    for (const StartupCaller caller : {StartupCaller::CommandLine, StartupCaller::Console}) {
        const StartupChoice choice = choose(caller);
        EXPECT_EQ(choice.reason, Reason::EnvironmentKeys);
        EXPECT_EQ(choice.scope, ConsoleScope::environment(QStringLiteral("eu-central-1")));
        // No file names a profile, yet the account bar offers "default" for the keys.
        EXPECT_EQ(choice.profiles, QStringList{QStringLiteral("default")});
        EXPECT_EQ(choice.commandEnvironment(m_environment), m_environment);
    }
}

TEST_F(StartupPolicyTest, ADefaultProfileInTheFilesIsUsed)
{
    writeAwsFile(QStringLiteral("credentials"), "[default]\naws_access_key_id = AKIDEXAMPLE\n");
    writeAwsFile(QStringLiteral("config"), "[default]\nregion = ca-central-1\n[profile zeta]\n");
    runLocalEndpoint();
    for (const StartupCaller caller : {StartupCaller::CommandLine, StartupCaller::Console}) {
        const StartupChoice choice = choose(caller);
        EXPECT_EQ(choice.reason, Reason::DefaultProfile);
        EXPECT_EQ(choice.scope,
                  ConsoleScope::profile(QStringLiteral("default"), QStringLiteral("ca-central-1")));
    }
}

TEST_F(StartupPolicyTest, AConfiguredEndpointKeepsCommandsOffTheLocalOne)
{
    m_environment.insert(QStringLiteral("AWS_ENDPOINT_URL"), QStringLiteral("http://127.0.0.1:5000"));
    runLocalEndpoint();
    const StartupChoice command = choose(StartupCaller::CommandLine);
    EXPECT_EQ(command.reason, Reason::ConfiguredEndpoint);
    EXPECT_EQ(command.scope.kind(), ConsoleScope::Kind::Environment);
    EXPECT_EQ(command.commandEnvironment(m_environment), m_environment);
    // So does --endpoint-url.
    m_environment.remove(QStringLiteral("AWS_ENDPOINT_URL"));
    EXPECT_EQ(choose(StartupCaller::CommandLine, {{}, {}, QStringLiteral("http://127.0.0.1:5000")}).reason,
              Reason::ConfiguredEndpoint);
    // The console has no account to show for an endpoint alone: it opens on the local one.
    m_environment.insert(QStringLiteral("AWS_ENDPOINT_URL"), QStringLiteral("http://127.0.0.1:5000"));
    const StartupChoice console = choose(StartupCaller::Console);
    EXPECT_EQ(console.reason, Reason::LocalRunning);
    EXPECT_TRUE(console.scope.isLocal());
}

TEST_F(StartupPolicyTest, WithNothingConfiguredARunningLocalEndpointIsUsed)
{
    runLocalEndpoint(QStringLiteral("eu-west-2"));
    const auto key = Local::LocalCredentials::load(dataDir());
    ASSERT_TRUE(key);
    for (const StartupCaller caller : {StartupCaller::CommandLine, StartupCaller::Console}) {
        const StartupChoice choice = choose(caller);
        EXPECT_EQ(choice.reason, Reason::LocalRunning);
        EXPECT_EQ(choice.scope, ConsoleScope::local(QStringLiteral("eu-west-2")));
        EXPECT_EQ(choice.scope.cacheKey(), QStringLiteral("local/eu-west-2"));
        ASSERT_TRUE(choice.local);
        EXPECT_EQ(choice.local->endpointUrl(), QUrl(localUrl()));
        EXPECT_FALSE(choice.needsLocalStart());
    }
    const QProcessEnvironment command = choose(StartupCaller::CommandLine).commandEnvironment(m_environment);
    EXPECT_EQ(command.value(QStringLiteral("AWS_ACCESS_KEY_ID")), key->accessKeyId);
    EXPECT_EQ(command.value(QStringLiteral("AWS_SECRET_ACCESS_KEY")), key->secretAccessKey);
    EXPECT_EQ(command.value(QStringLiteral("AWS_ENDPOINT_URL")), localUrl());
    // Both region variables: tools started from the command may read either.
    EXPECT_EQ(command.value(QStringLiteral("AWS_REGION")), QStringLiteral("eu-west-2"));
    EXPECT_EQ(command.value(QStringLiteral("AWS_DEFAULT_REGION")), QStringLiteral("eu-west-2"));
    EXPECT_EQ(command.value(QStringLiteral("HOME")), m_home.path());

    // A region of the person's own stays, in both variables as they set them.
    m_environment.insert(QStringLiteral("AWS_DEFAULT_REGION"), QStringLiteral("eu-south-1"));
    const QProcessEnvironment own = choose(StartupCaller::CommandLine).commandEnvironment(m_environment);
    EXPECT_EQ(own.value(QStringLiteral("AWS_ENDPOINT_URL")), localUrl());
    EXPECT_FALSE(own.contains(QStringLiteral("AWS_REGION")));
    EXPECT_EQ(own.value(QStringLiteral("AWS_DEFAULT_REGION")), QStringLiteral("eu-south-1"));
}

TEST_F(StartupPolicyTest, WithNothingAtAllTheConsoleStartsLocalAndCommandsGoWithout)
{
    for (const StartupCaller caller : {StartupCaller::CommandLine, StartupCaller::Console}) {
        const StartupChoice choice = choose(caller);
        EXPECT_EQ(choice.reason, Reason::NothingConfigured);
        EXPECT_EQ(choice.scope, ConsoleScope::local());
        EXPECT_TRUE(choice.profiles.isEmpty());
        EXPECT_FALSE(choice.local);
        EXPECT_TRUE(choice.needsLocalStart());
        EXPECT_EQ(choice.commandEnvironment(m_environment), m_environment);
    }
    // A runtime file whose process has gone (a SIGKILLed endpoint) is nothing running either.
    ASSERT_TRUE(Local::LocalCredentials::loadOrCreate(dataDir()));
    ASSERT_TRUE((Local::LocalEndpointInfo{4567, 999999999, QStringLiteral("us-east-1")}.write(dataDir())));
    EXPECT_EQ(choose(StartupCaller::CommandLine).reason, Reason::NothingConfigured);
}

TEST_F(StartupPolicyTest, TheConsoleGuessesTheFirstNamedProfileButACommandNever)
{
    writeAwsFile(QStringLiteral("config"), "[profile moto]\nregion = eu-west-1\n[profile beta]\n");
    runLocalEndpoint();
    const StartupChoice console = choose(StartupCaller::Console);
    EXPECT_EQ(console.reason, Reason::FirstProfile);
    EXPECT_EQ(console.scope, ConsoleScope::profile(QStringLiteral("beta"), QStringLiteral("us-east-1")));
    // A command must not act on an account nobody named: it takes the running local endpoint.
    const StartupChoice command = choose(StartupCaller::CommandLine);
    EXPECT_EQ(command.reason, Reason::LocalRunning);
    EXPECT_NE(command.commandEnvironment(m_environment), m_environment);
}

TEST_F(StartupPolicyTest, TheConsolesLastChoiceWinsWhileItIsStillOffered)
{
    writeAwsFile(QStringLiteral("config"), "[profile moto]\nregion = eu-west-1\n[profile beta]\n");
    m_environment.insert(QStringLiteral("AWS_PROFILE"), QStringLiteral("beta"));
    const ConsoleScope moto = ConsoleScope::profile(QStringLiteral("moto"), QStringLiteral("ap-northeast-2"));
    StartupChoice choice = choose(StartupCaller::Console, {}, moto);
    EXPECT_EQ(choice.reason, Reason::Remembered);
    EXPECT_EQ(choice.scope, moto);
    // Local stays Local, with profiles around and nothing running yet.
    choice = choose(StartupCaller::Console, {}, ConsoleScope::local());
    EXPECT_EQ(choice.reason, Reason::Remembered);
    EXPECT_TRUE(choice.scope.isLocal());
    EXPECT_TRUE(choice.needsLocalStart());
    // A profile that has left the files: the rest of the policy decides.
    choice = choose(StartupCaller::Console, {}, ConsoleScope::profile(QStringLiteral("gone")));
    EXPECT_EQ(choice.reason, Reason::ProfileVariable);
    EXPECT_EQ(choice.scope.profileName(), QStringLiteral("beta"));
    // Commands have no last choice.
    EXPECT_EQ(choose(StartupCaller::CommandLine, {}, moto).reason, Reason::ProfileVariable);
}

TEST_F(StartupPolicyTest, TheLocalDataDirectoryDefaultsToSagedeskLocals)
{
    StartupInputs inputs;
    inputs.environment = m_environment;
    const StartupChoice choice = StartupPolicy::choose(inputs);
    EXPECT_EQ(choice.localDataDir, Local::LocalEndpointInfo::defaultDataDir());
    // Test mode (tests/main): never the data directory of whoever runs the tests.
    EXPECT_TRUE(QStandardPaths::isTestModeEnabled());
    EXPECT_TRUE(choice.localDataDir.contains(QLatin1String(".qttest"))) << choice.localDataDir.toStdString();
}

TEST_F(StartupPolicyTest, SagedeskCliAppliesThePolicyToItsCommandLine)
{
    runLocalEndpoint();
    const auto environmentFor = [&](const QString& line) {
        return Cli::startupEnvironment(line.split(QLatin1Char(' ')), m_environment, dataDir());
    };
    EXPECT_EQ(environmentFor(QStringLiteral("whoami")).value(QStringLiteral("AWS_ENDPOINT_URL")),
              localUrl());
    // Global options anywhere on the line, as the parser reads them.
    EXPECT_EQ(environmentFor(QStringLiteral("whoami --profile dev")), m_environment);
    EXPECT_EQ(environmentFor(QStringLiteral("--endpoint-url http://127.0.0.1:5000 list")), m_environment);
    // Help and usage errors need no account.
    EXPECT_EQ(environmentFor(QStringLiteral("--help")), m_environment);
    EXPECT_EQ(environmentFor(QStringLiteral("no-such-command")), m_environment);
}

} // namespace
} // namespace SageDesk
