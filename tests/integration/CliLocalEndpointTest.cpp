// sagedesk-cli against sagedesk-local, found through AWS_ENDPOINT_URL as `--print-env` sets it:
// what moto lacks (presigned URLs, listing lifecycle configurations) with a real Jupyter behind.
#include "support/CliTestSupport.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QRegularExpression>

using SageDesk::Test::CliRun;
using SageDesk::Test::ServerProcess;

namespace {

class CliLocalEndpoint : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (SageDesk::Test::findExecutable(QStringLiteral("jupyter")).isEmpty()) {
            GTEST_SKIP() << "jupyter is not on PATH";
        }
        ASSERT_TRUE(m_dataDir.isValid());
        // Port 0: --print-env below reads the port the endpoint got from its runtime file.
        m_endpoint = std::make_unique<ServerProcess>(
            QStringLiteral(SAGEDESK_LOCAL_PATH), QStringList{QStringLiteral("--port"), QStringLiteral("0"),
                                                             QStringLiteral("--data-dir"), m_dataDir.path()});
        ASSERT_TRUE(m_endpoint->startAndWaitForOutput(QStringLiteral("Listening on")))
            << m_endpoint->error().toStdString();

        QProcess printEnv;
        printEnv.start(QStringLiteral(SAGEDESK_LOCAL_PATH),
                       {QStringLiteral("--print-env"), QStringLiteral("--data-dir"), m_dataDir.path()});
        ASSERT_TRUE(printEnv.waitForFinished(30000));
        m_environment = QProcessEnvironment::systemEnvironment();
        for (const QString& name : m_environment.keys()) {
            if (name.startsWith(QLatin1String("AWS_"))) {
                m_environment.remove(name);
            }
        }
        m_environment.insert(QStringLiteral("HOME"), m_home.path());
        const QRegularExpression exportLine(QStringLiteral("^export (AWS_\\w+)=(\\S+)$"),
                                            QRegularExpression::MultilineOption);
        auto matches = exportLine.globalMatch(QString::fromUtf8(printEnv.readAllStandardOutput()));
        while (matches.hasNext()) {
            const auto match = matches.next();
            m_environment.insert(match.captured(1), match.captured(2));
        }
        ASSERT_TRUE(m_environment.contains(QStringLiteral("AWS_ENDPOINT_URL")));
        m_endpointUrl = m_environment.value(QStringLiteral("AWS_ENDPOINT_URL"));
    }

    CliRun cli(const QStringList& arguments) const
    {
        QProcess process;
        process.setProcessEnvironment(m_environment);
        process.start(QStringLiteral(SAGEDESK_CLI_PATH), arguments);
        process.waitForFinished(180000);
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }
    CliRun cli(const char* line) const
    {
        return cli(QString::fromUtf8(line).split(QLatin1Char(' '), Qt::SkipEmptyParts));
    }

    QTemporaryDir m_dataDir;
    QTemporaryDir m_home;
    std::unique_ptr<ServerProcess> m_endpoint;
    QProcessEnvironment m_environment;
    QString m_endpointUrl;
};

} // namespace

TEST_F(CliLocalEndpoint, PresignedUrlAndLifecycleConfigs)
{
    QFile script(m_home.filePath(QStringLiteral("on-start.sh")));
    ASSERT_TRUE(script.open(QIODevice::WriteOnly));
    script.write("#!/bin/bash\necho started\n");
    script.close();
    auto run = cli({QStringLiteral("create-lifecycle-config"), QStringLiteral("cli-local-lcc"),
                    QStringLiteral("--on-start"), script.fileName()});
    ASSERT_EQ(run.exitCode, 0) << show(run);
    run = cli("--output table lifecycle-configs");
    ASSERT_EQ(run.exitCode, 0) << show(run);
    EXPECT_TRUE(run.out.contains(QLatin1String("cli-local-lcc"))) << show(run);

    run = cli("create cli-url --instance-type ml.t3.medium --create-role none");
    ASSERT_EQ(run.exitCode, 0) << show(run);
    run = cli("wait cli-url --until InService --timeout 120");
    ASSERT_EQ(run.exitCode, 0) << show(run);

    run = cli("--debug --output text url cli-url");
    ASSERT_EQ(run.exitCode, 0) << show(run);
    const QRegularExpression classic(QRegularExpression::escape(m_endpointUrl) +
                                     QStringLiteral("/notebook/cli-url\\?authToken=(\\S+)\\n$"));
    const auto match = classic.match(run.out);
    ASSERT_TRUE(match.hasMatch()) << show(run);
    EXPECT_FALSE(run.err.contains(match.captured(1))) << "the debug log shows the authToken";

    run = cli("url cli-url --lab");
    ASSERT_EQ(run.exitCode, 0) << show(run);
    EXPECT_TRUE(run.json()[QLatin1String("AuthorizedUrl")].toString().startsWith(
        m_endpointUrl + QStringLiteral("/notebook/cli-url/lab?authToken=")))
        << show(run);
    run = cli("--output table url cli-url");
    ASSERT_EQ(run.exitCode, 0) << show(run);
    EXPECT_TRUE(run.out.startsWith(QStringLiteral("AuthorizedUrl  ") + m_endpointUrl)) << show(run);

    // Actions print the instance's name and the status a Describe right after them sees.
    run = cli("stop cli-url");
    EXPECT_EQ(run.exitCode, 0) << show(run);
    EXPECT_EQ(run.json()[QLatin1String("NotebookInstanceName")].toString(), QStringLiteral("cli-url"))
        << show(run);
    EXPECT_TRUE(QStringList({QStringLiteral("Stopping"), QStringLiteral("Stopped")})
                    .contains(run.json()[QLatin1String("NotebookInstanceStatus")].toString()))
        << show(run);
    run = cli("--output text wait cli-url --until Stopped --timeout 60");
    EXPECT_EQ(run.exitCode, 0) << show(run);
    EXPECT_TRUE(run.out.contains(QLatin1String("\tStopped\t"))) << show(run);
    // moto has no UpdateNotebookInstance; the local endpoint has.
    run = cli("update cli-url --volume-size 20");
    EXPECT_EQ(run.exitCode, 0) << show(run);
    EXPECT_TRUE(cli("describe cli-url").out.contains(QLatin1String("\"VolumeSizeInGB\": 20")));
    run = cli("update cli-url --volume-size 15");
    EXPECT_EQ(run.exitCode, 2) << show(run);
    EXPECT_TRUE(run.err.contains(QLatin1String("--volume-size: VolumeSizeInGB: can only grow"))) << show(run);
    // An update passes through Updating, as on AWS, and Delete waits for Stopped.
    EXPECT_EQ(cli("wait cli-url --until Stopped --timeout 60").exitCode, 0);
    EXPECT_EQ(cli("delete cli-url").exitCode, 0);
    run = cli("wait cli-url --until Deleted --timeout 60");
    EXPECT_EQ(run.exitCode, 0) << show(run);
}

TEST(CliLocalRuntimeFile, UsedWhenNothingIsConfigured)
{
    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString& name : environment.keys()) {
        if (name.startsWith(QLatin1String("AWS_"))) {
            environment.remove(name);
        }
    }
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    const auto whoami = [&] {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(SAGEDESK_CLI_PATH), {QStringLiteral("whoami")});
        process.waitForFinished(60000);
        return CliRun{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                      QString::fromUtf8(process.readAllStandardError())};
    };
    // Nothing configured and nothing running: the region is missing.
    EXPECT_EQ(whoami().exitCode, 2);

    // sagedesk-local in its default data directory leaves the runtime file the CLI looks for.
    ServerProcess endpoint(QStringLiteral(SAGEDESK_LOCAL_PATH),
                           {QStringLiteral("--port"), QStringLiteral("0")}, environment);
    ASSERT_TRUE(endpoint.startAndWaitForOutput(QStringLiteral("Listening on")))
        << endpoint.error().toStdString();
    const CliRun run = whoami();
    ASSERT_EQ(run.exitCode, 0) << show(run);
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^\\d{12}$"))
                    .match(run.json()[QLatin1String("Account")].toString())
                    .hasMatch())
        << show(run);
}

// Two `sagedesk-cli create-role` back to back, most often in one second, both make a role of
// their own in the console's timestamped form against the local IAM too.
TEST_F(CliLocalEndpoint, CreateRoleTwiceBackToBack)
{
    const auto first = cli("create-role --s3 any");
    const auto second = cli("create-role --s3 any");
    ASSERT_EQ(first.exitCode, 0) << show(first);
    ASSERT_EQ(second.exitCode, 0) << show(second);
    const QRegularExpression arn(QStringLiteral(
        "^arn:aws:iam::\\d{12}:role/service-role/(AmazonSageMaker-ExecutionRole-\\d{8}T\\d{6})$"));
    const auto firstMatch = arn.match(first.json()[QLatin1String("Role")][QLatin1String("Arn")].toString());
    const auto secondMatch = arn.match(second.json()[QLatin1String("Role")][QLatin1String("Arn")].toString());
    ASSERT_TRUE(firstMatch.hasMatch()) << show(first);
    ASSERT_TRUE(secondMatch.hasMatch()) << show(second);
    EXPECT_NE(firstMatch.captured(1), secondMatch.captured(1));
    const auto roles = cli("roles");
    EXPECT_TRUE(roles.out.contains(firstMatch.captured(1)) && roles.out.contains(secondMatch.captured(1)))
        << show(roles);
}
