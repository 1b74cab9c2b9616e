// CliApplication in-process: what it decides before any request leaves (exit codes 0 and 2), and
// against sagedesk-local in-process, the one line a service error prints (exit 1).
#include "cli/CliApplication.h"
#include "local/LocalEndpoint.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

using SageDesk::Cli::CliApplication;

namespace {

struct Outcome
{
    int exitCode;
    QString out;
    QString err;
};

Outcome run(const QStringList& arguments, const QProcessEnvironment& environment)
{
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    CliApplication cli(outStream, errStream, environment);
    const int code = cli.run(arguments);
    return {code, out, err};
}

QProcessEnvironment emptyConfiguration(const QTemporaryDir& home)
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("AWS_CONFIG_FILE"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"),
                       home.filePath(QStringLiteral("credentials")));
    return environment;
}

} // namespace

TEST(CliApplication, HelpAndVersionExitZero)
{
    QTemporaryDir home;
    const auto help = run({QStringLiteral("--help")}, emptyConfiguration(home));
    EXPECT_EQ(help.exitCode, CliApplication::kSuccess);
    EXPECT_TRUE(help.out.contains(QLatin1String("create-lifecycle-config")));
    EXPECT_TRUE(help.err.isEmpty());
    const auto version = run({QStringLiteral("--version")}, emptyConfiguration(home));
    EXPECT_EQ(version.exitCode, CliApplication::kSuccess);
    EXPECT_TRUE(version.out.startsWith(QLatin1String("sagedesk-cli ")));
}

TEST(CliApplication, UsageErrorsGoToStderrWithExitTwo)
{
    QTemporaryDir home;
    const auto missing = run({QStringLiteral("describe")}, emptyConfiguration(home));
    EXPECT_EQ(missing.exitCode, CliApplication::kUsageError);
    EXPECT_EQ(missing.err, QStringLiteral("error: NAME: missing argument of 'describe'\n"));
    EXPECT_TRUE(missing.out.isEmpty());
    const auto badName =
        run({QStringLiteral("stop"), QStringLiteral("my_notebook")}, emptyConfiguration(home));
    EXPECT_EQ(badName.exitCode, CliApplication::kUsageError);
    EXPECT_TRUE(badName.err.startsWith(QLatin1String("error: NAME: NotebookInstanceName: ")))
        << badName.err.toStdString();
    const auto nothing = run({}, emptyConfiguration(home));
    EXPECT_EQ(nothing.exitCode, CliApplication::kUsageError);
    EXPECT_TRUE(nothing.err.contains(QLatin1String("Usage: sagedesk-cli")));
}

TEST(CliApplication, NoRegionAndNoEndpointIsAUsageError)
{
    QTemporaryDir home;
    const auto outcome = run({QStringLiteral("list")}, emptyConfiguration(home));
    EXPECT_EQ(outcome.exitCode, CliApplication::kUsageError);
    EXPECT_TRUE(outcome.err.startsWith(QLatin1String("error: --region: "))) << outcome.err.toStdString();
}

TEST(CliApplication, LifecycleScriptsAreCheckedBeforeSending)
{
    QTemporaryDir home;
    QFile script(home.filePath(QStringLiteral("crlf.sh")));
    ASSERT_TRUE(script.open(QIODevice::WriteOnly));
    script.write("#!/bin/bash\r\necho hi\r\n");
    script.close();
    auto environment = emptyConfiguration(home);
    environment.insert(QStringLiteral("AWS_REGION"), QStringLiteral("us-east-1"));
    const auto outcome = run({QStringLiteral("create-lifecycle-config"), QStringLiteral("lcc"),
                              QStringLiteral("--on-create"), script.fileName()},
                             environment);
    EXPECT_EQ(outcome.exitCode, CliApplication::kUsageError);
    EXPECT_TRUE(
        outcome.err.contains(QLatin1String("--on-create: OnCreate: the script has Windows line endings")))
        << outcome.err.toStdString();
    const auto unreadable = run({QStringLiteral("create-lifecycle-config"), QStringLiteral("lcc"),
                                 QStringLiteral("--on-start"), home.filePath(QStringLiteral("missing.sh"))},
                                environment);
    EXPECT_EQ(unreadable.exitCode, CliApplication::kUsageError);
    EXPECT_TRUE(unreadable.err.startsWith(QLatin1String("error: --on-start: cannot read")))
        << unreadable.err.toStdString();
}

namespace {

// sagedesk-local on this thread (the CLI's waits run the event loop that serves it), with the
// environment `--print-env` would export.
class CliApplicationAgainstLocal : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_home.isValid());
        SageDesk::Local::LocalEndpoint::Options options;
        options.dataDir = m_home.filePath(QStringLiteral("local"));
        options.runtime.jupyterProgram = m_home.filePath(QStringLiteral("no-jupyter-here"));
        m_endpoint = std::make_unique<SageDesk::Local::LocalEndpoint>(options);
        ASSERT_TRUE(m_endpoint->start()) << m_endpoint->errorString().toStdString();
        m_environment = emptyConfiguration(m_home);
        m_environment.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), m_endpoint->credentials().accessKeyId);
        m_environment.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"),
                             m_endpoint->credentials().secretAccessKey);
        m_environment.insert(QStringLiteral("AWS_REGION"), m_endpoint->options().region);
        m_environment.insert(QStringLiteral("AWS_ENDPOINT_URL"), m_endpoint->endpointUrl());
    }

    QTemporaryDir m_home;
    std::unique_ptr<SageDesk::Local::LocalEndpoint> m_endpoint;
    QProcessEnvironment m_environment;
};

} // namespace

TEST_F(CliApplicationAgainstLocal, AServiceErrorIsOneLineWithCodeMessageAndRequestId)
{
    // Scripts parse this line: its form stays "error: <Code>: <Message> (request id <id>)".
    const auto outcome = run({QStringLiteral("describe"), QStringLiteral("no-such-instance")}, m_environment);
    EXPECT_EQ(outcome.exitCode, CliApplication::kServiceError);
    EXPECT_TRUE(outcome.out.isEmpty()) << outcome.out.toStdString();
    EXPECT_TRUE(
        QRegularExpression(
            QStringLiteral(R"(^error: ValidationException: RecordNotFound \(request id [^\s()]+\)\n$)"))
            .match(outcome.err)
            .hasMatch())
        << outcome.err.toStdString();
}

TEST_F(CliApplicationAgainstLocal, WaitingUntilDeletedSucceedsWhenTheEndpointFindsNoRecord)
{
    // As botocore's NotebookInstanceDeleted waiter: RecordNotFound means the instance is gone.
    const auto outcome =
        run({QStringLiteral("wait"), QStringLiteral("no-such-instance"), QStringLiteral("--until"),
             QStringLiteral("Deleted"), QStringLiteral("--timeout"), QStringLiteral("30")},
            m_environment);
    EXPECT_EQ(outcome.exitCode, CliApplication::kSuccess) << outcome.err.toStdString();
    EXPECT_TRUE(outcome.err.isEmpty()) << outcome.err.toStdString();
}
