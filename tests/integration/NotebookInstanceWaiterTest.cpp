// NotebookInstanceWaiter against real endpoints: moto_server for the acceptors and the limits (its
// instances change status at once), sagedesk-local for a real Pending -> InService start and a
// start that fails; and its definitions against botocore's own waiters-2.json.
#include "support/LocalEndpointTest.h"
#include "support/LocalTestEndpoint.h"

#include "aws/client/AwsClientContext.h"
#include "aws/config/AwsConfig.h"
#include "aws/services/SageMakerClient.h"
#include "aws/waiters/NotebookInstanceWaiter.h"
#include "cli/CliConnection.h"
#include "support/MotoServer.h"
#include "support/MotoSuite.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace SageDesk;
using namespace SageDesk::Aws;
using namespace std::chrono_literals;

using Until = NotebookInstanceWaiter::Until;

namespace {

const QString kRoleArn = QStringLiteral("arn:aws:iam::123456789012:role/service-role/SageDeskTest");

// The botocore data directories on this machine: Debian's and the one of the python3 on PATH.
QStringList botocoreWaiterFiles()
{
    QStringList directories{QStringLiteral("/usr/lib/python3/dist-packages/botocore")};
    QProcess python;
    python.start(QStringLiteral("python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import botocore,os;print(os.path.dirname(botocore.__file__))")});
    if (python.waitForFinished(30000) && python.exitCode() == 0) {
        directories.append(QString::fromUtf8(python.readAllStandardOutput()).trimmed());
    }
    QStringList files;
    for (const QString& directory : directories) {
        const QString file = directory + QStringLiteral("/data/sagemaker/2017-07-24/waiters-2.json");
        if (QFile::exists(file) && !files.contains(file)) {
            files.append(file);
        }
    }
    return files;
}

WaiterAcceptor acceptorFromJson(const QJsonObject& json)
{
    const QString matcher = json.value(QLatin1String("matcher")).toString();
    const QString state = json.value(QLatin1String("state")).toString();
    WaiterAcceptor acceptor;
    acceptor.matcher =
        matcher == QLatin1String("error") ? WaiterAcceptor::Matcher::Error : WaiterAcceptor::Matcher::Path;
    acceptor.argument = json.value(QLatin1String("argument")).toString();
    acceptor.expected = json.value(QLatin1String("expected")).toString();
    acceptor.state = state == QLatin1String("success")   ? WaiterAcceptor::State::Success
                     : state == QLatin1String("failure") ? WaiterAcceptor::State::Failure
                                                         : WaiterAcceptor::State::Retry;
    // A matcher or state this reader does not know must fail the comparison, not pass it.
    EXPECT_TRUE(matcher == QLatin1String("path") || matcher == QLatin1String("error"))
        << matcher.toStdString();
    EXPECT_TRUE(state == QLatin1String("success") || state == QLatin1String("failure") ||
                state == QLatin1String("retry"))
        << state.toStdString();
    return acceptor;
}

} // namespace

TEST(NotebookInstanceWaiterDefinition, IsBotocoresOwn)
{
    const QStringList files = botocoreWaiterFiles();
    if (files.isEmpty()) {
        GTEST_SKIP() << "no botocore data directory on this machine";
    }
    for (const QString& path : files) {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
        const QJsonObject waiters =
            QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("waiters")).toObject();
        for (const Until until : {Until::InService, Until::Stopped, Until::Deleted}) {
            const WaiterDefinition ours = NotebookInstanceWaiter::definition(until);
            const QJsonObject theirs = waiters.value(ours.name).toObject();
            ASSERT_FALSE(theirs.isEmpty()) << path.toStdString() << ": " << ours.name.toStdString();
            WaiterDefinition expected;
            expected.name = ours.name;
            expected.operation = theirs.value(QLatin1String("operation")).toString();
            expected.delay = std::chrono::seconds(theirs.value(QLatin1String("delay")).toInt());
            expected.maxAttempts = theirs.value(QLatin1String("maxAttempts")).toInt();
            for (const auto& acceptor : theirs.value(QLatin1String("acceptors")).toArray()) {
                expected.acceptors.append(acceptorFromJson(acceptor.toObject()));
            }
            EXPECT_EQ(ours, expected) << path.toStdString() << ": " << ours.name.toStdString();
        }
    }
}

TEST(NotebookInstanceWaiterOptions, ShortDelayOnlyOnALoopbackEndpoint)
{
    AwsClientContext context(nullptr, QStringLiteral("eu-west-1"));
    const NotebookInstanceWaiter waiter(&context);
    const auto aws = waiter.defaultOptions(Until::InService);
    EXPECT_EQ(aws.delay, 30s);
    EXPECT_EQ(aws.maxAttempts, 60);
    EXPECT_FALSE(aws.timeout);

    for (const char* url : {"http://127.0.0.1:4566", "http://localhost:8080", "http://[::1]:9000"}) {
        context.setEndpointOverride(QUrl(QLatin1String(url)));
        const auto local = waiter.defaultOptions(Until::Stopped);
        EXPECT_EQ(local.delay, NotebookInstanceWaiter::kLocalDelay) << url;
        // The same patience in time as botocore's 60 attempts 30 s apart.
        EXPECT_EQ(local.delay * local.maxAttempts, 30s * 60) << url;
    }
    context.setEndpointOverride(QUrl(QStringLiteral("https://sagemaker.example.internal")));
    EXPECT_EQ(waiter.defaultOptions(Until::Deleted).delay, 30s);
}

namespace {

class NotebookInstanceWaiterMoto : public SageDesk::Test::MotoContextSuite
{
protected:
    void attemptSent(const AwsRequest& request, int, const QUrl&) override
    {
        if (request.operation == QLatin1String("DescribeNotebookInstance")) {
            ++m_describes;
        }
    }

    // An instance that moto puts in service at once.
    void create(const QString& name) const
    {
        CreateNotebookInstanceRequest request;
        request.notebookInstanceName = name;
        request.instanceType = QStringLiteral("ml.t3.medium");
        request.roleArn = kRoleArn;
        const auto created = SageMakerClient(m_context.get()).createNotebookInstance(request).wait();
        ASSERT_TRUE(created) << created.error().toDisplayString().toStdString();
    }

    // Waits for `name` to stop, polling every millisecond, at most `maxAttempts` times or until
    // `timeout`.
    auto waitForStopped(const QString& name, int maxAttempts,
                        std::optional<std::chrono::milliseconds> timeout = std::nullopt) const
    {
        NotebookInstanceWaiter waiter(m_context.get());
        NotebookInstanceWaiter::Options options;
        options.delay = 1ms;
        options.maxAttempts = maxAttempts;
        options.timeout = timeout;
        return waiter.wait(name, Until::Stopped, options).wait();
    }

    int m_describes = 0;
};

} // namespace

TEST_F(NotebookInstanceWaiterMoto, SuccessAnswersTheLastDescription)
{
    create(QStringLiteral("waiter-ok"));
    NotebookInstanceWaiter waiter(m_context.get());
    QStringList seen;
    waiter.setProgressHandler([&seen](const NotebookInstance& instance) {
        seen.append(NotebookInstanceStatuses::toString(instance.notebookInstanceStatus));
    });
    const auto result = waiter.wait(QStringLiteral("waiter-ok"), Until::InService).wait();
    ASSERT_TRUE(result) << result.error().toDisplayString().toStdString();
    ASSERT_TRUE(result.value());
    EXPECT_EQ(result.value()->notebookInstanceName, QStringLiteral("waiter-ok"));
    EXPECT_EQ(result.value()->notebookInstanceStatus, NotebookInstanceStatus::InService);
    EXPECT_EQ(seen, QStringList{QStringLiteral("InService")});
    EXPECT_EQ(m_describes, 1);
}

TEST_F(NotebookInstanceWaiterMoto, MaxAttemptsExhausted)
{
    create(QStringLiteral("waiter-running"));
    const auto result = waitForStopped(QStringLiteral("waiter-running"), 3);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, QStringLiteral("WaiterTimeout"));
    EXPECT_EQ(result.error().message, QStringLiteral("waiter-running is still InService after 3 attempts"));
    EXPECT_EQ(result.error().attempts, 3);
    EXPECT_EQ(m_describes, 3);
}

TEST_F(NotebookInstanceWaiterMoto, TimeoutReplacesTheAttemptLimit)
{
    create(QStringLiteral("waiter-deadline"));
    // A deadline that has passed by the first answer: the wait ends there, with the seconds the
    // caller asked for in the message (sagedesk-cli's --timeout text).
    const auto result = waitForStopped(QStringLiteral("waiter-deadline"), 1, 0s);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, QStringLiteral("WaiterTimeout"));
    EXPECT_EQ(result.error().message, QStringLiteral("waiter-deadline is still InService after 0 seconds"));
}

TEST_F(NotebookInstanceWaiterMoto, DeletedTreatsNotFoundAsSuccess)
{
    create(QStringLiteral("waiter-gone"));
    SageMakerClient sageMaker(m_context.get());
    ASSERT_TRUE(sageMaker.stopNotebookInstance(QStringLiteral("waiter-gone")).wait());
    ASSERT_TRUE(sageMaker.deleteNotebookInstance(QStringLiteral("waiter-gone")).wait());
    NotebookInstanceWaiter waiter(m_context.get());
    const auto result = waiter.wait(QStringLiteral("waiter-gone"), Until::Deleted).wait();
    ASSERT_TRUE(result) << result.error().toDisplayString().toStdString();
    EXPECT_FALSE(result.value());
    EXPECT_EQ(m_describes, 1);
}

TEST_F(NotebookInstanceWaiterMoto, AnErrorNoAcceptorExpectsEndsTheWait)
{
    // Waiting for InService, "RecordNotFound" matches no acceptor: botocore gives up at once.
    NotebookInstanceWaiter waiter(m_context.get());
    const auto result = waiter.wait(QStringLiteral("waiter-never-made"), Until::InService).wait();
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, QStringLiteral("ValidationException"));
    EXPECT_EQ(m_describes, 1);
}

namespace {

class NotebookInstanceWaiterLocal : public SageDesk::Test::LocalEndpointTest
{
protected:
    void setUpWithEndpoint() override
    {
        QString error;
        m_connection =
            Cli::CliConnection::open(AwsConfig::load({}, m_endpoint.environment()), Clock::system(), &error);
        ASSERT_TRUE(m_connection) << error.toStdString();
    }

    void create(const QString& name, const QString& lifecycleConfig = {})
    {
        CreateNotebookInstanceRequest request;
        request.notebookInstanceName = name;
        request.instanceType = QStringLiteral("ml.t3.medium");
        request.roleArn = m_endpoint.executionRoleArn();
        request.lifecycleConfigName = lifecycleConfig;
        const auto created = SageMakerClient(context()).createNotebookInstance(request).wait();
        ASSERT_TRUE(created) << created.error().toDisplayString().toStdString();
    }

    AwsClientContext* context() const { return m_connection->context.get(); }

    std::unique_ptr<Cli::CliConnection> m_connection;
};

} // namespace

TEST_F(NotebookInstanceWaiterLocal, SeesARealStartAndStop)
{
    create(QStringLiteral("waiter-local"));
    NotebookInstanceWaiter waiter(context());
    EXPECT_EQ(waiter.defaultOptions(Until::InService).delay, NotebookInstanceWaiter::kLocalDelay);
    QStringList seen;
    waiter.setProgressHandler([&seen](const NotebookInstance& instance) {
        seen.append(NotebookInstanceStatuses::toString(instance.notebookInstanceStatus));
    });
    auto result = waiter.wait(QStringLiteral("waiter-local"), Until::InService).wait();
    ASSERT_TRUE(result) << result.error().toDisplayString().toStdString();
    ASSERT_FALSE(seen.isEmpty());
    EXPECT_EQ(seen.first(), QStringLiteral("Pending"));
    EXPECT_EQ(seen.last(), QStringLiteral("InService"));

    ASSERT_TRUE(SageMakerClient(context()).stopNotebookInstance(QStringLiteral("waiter-local")).wait());
    result = waiter.wait(QStringLiteral("waiter-local"), Until::Stopped).wait();
    ASSERT_TRUE(result) << result.error().toDisplayString().toStdString();
    EXPECT_EQ(result.value()->notebookInstanceStatus, NotebookInstanceStatus::Stopped);
}

TEST_F(NotebookInstanceWaiterLocal, FailedStartEndsWithTheFailureReason)
{
    NotebookInstanceLifecycleConfig config;
    config.notebookInstanceLifecycleConfigName = QStringLiteral("waiter-fails");
    config.onStart = "#!/bin/bash\nexit 3\n";
    const auto made = SageMakerClient(context()).createNotebookInstanceLifecycleConfig(config).wait();
    ASSERT_TRUE(made) << made.error().toDisplayString().toStdString();
    create(QStringLiteral("waiter-failed"), config.notebookInstanceLifecycleConfigName);

    NotebookInstanceWaiter waiter(context());
    const auto result = waiter.wait(QStringLiteral("waiter-failed"), Until::InService).wait();
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, QStringLiteral("NotebookInstanceFailed"));
    const auto described =
        SageMakerClient(context()).describeNotebookInstance(QStringLiteral("waiter-failed")).wait();
    ASSERT_TRUE(described);
    EXPECT_EQ(described->notebookInstanceStatus, NotebookInstanceStatus::Failed);
    EXPECT_FALSE(described->failureReason.isEmpty());
    EXPECT_EQ(result.error().message, described->failureReason);

    // Failed is a failure state of the Stopped waiter too; and a failed instance can be deleted.
    EXPECT_EQ(waiter.wait(QStringLiteral("waiter-failed"), Until::Stopped).wait().error().code,
              QStringLiteral("NotebookInstanceFailed"));
    ASSERT_TRUE(SageMakerClient(context()).deleteNotebookInstance(QStringLiteral("waiter-failed")).wait());
    const auto deleted = waiter.wait(QStringLiteral("waiter-failed"), Until::Deleted).wait();
    EXPECT_TRUE(deleted) << deleted.error().toDisplayString().toStdString();
}
