// A notebook instance as a real Jupyter server: volume, repositories, lifecycle scripts, bucket
// links, readiness, stop, and the failures AWS reports.
#include "support/LocalRuntimeTestSupport.h"

#include <gtest/gtest.h>

#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace SageDesk;
using namespace SageDesk::Local;
using namespace SageDesk::Test;

namespace {

const QString kName = QStringLiteral("nb-one");
const QString kInstanceArn =
    QStringLiteral("arn:aws:sagemaker:us-east-1:123456789012:notebook-instance/nb-one");
const QString kConfigArn =
    QStringLiteral("arn:aws:sagemaker:us-east-1:123456789012:notebook-instance-lifecycle-config/setup");

class LocalRuntimeStart : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!jupyterInstalled()) {
            GTEST_SKIP() << "jupyter-notebook is not installed";
        }
        ASSERT_TRUE(m_data.isValid());
    }

    NotebookRuntimeSpec spec() const
    {
        NotebookRuntimeSpec spec;
        spec.name = kName;
        spec.notebookInstanceArn = kInstanceArn;
        spec.lifecycleConfigArn = kConfigArn;
        spec.firstStart = true;
        return spec;
    }

    QString path(const QString& relative) const { return m_data.filePath(relative); }

    QTemporaryDir m_data;
};

int httpStatus(const QUrl& url)
{
    QNetworkAccessManager network;
    QNetworkReply* reply = network.get(QNetworkRequest(url));
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000)) {
        reply->abort();
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    delete reply;
    return status;
}

} // namespace

TEST_F(LocalRuntimeStart, CreateClonesRunsScriptsLinksBucketsAndServesJupyter)
{
    ASSERT_TRUE(makeGitRepository(path(QStringLiteral("git/analysis.git")), QStringLiteral("analysis")));
    ASSERT_TRUE(makeGitRepository(path(QStringLiteral("git/extra")), QStringLiteral("extra")));
    QDir().mkpath(path(QStringLiteral("buckets/sagemaker-data")));
    QDir().mkpath(path(QStringLiteral("buckets/raw-logs")));

    NotebookRuntime runtime(path(QStringLiteral("data")));
    RuntimeStatusLog log(runtime);
    NotebookRuntimeSpec create = spec();
    create.codeRepositories = {path(QStringLiteral("git/analysis.git")), path(QStringLiteral("git/extra"))};
    create.bucketLinks = {{QStringLiteral("sagemaker-data"), path(QStringLiteral("buckets/sagemaker-data"))},
                          {QStringLiteral("raw-logs"), path(QStringLiteral("buckets/raw-logs"))}};
    create.onCreateScript =
        "#!/bin/bash\nset -e\necho created >> on-create-ran.txt\necho 'OnCreate says hi'\n";
    // The background sleep stands for the long task AWS advises to start with nohup.
    create.onStartScript = "#!/bin/bash\nset -e\necho started >> on-start-ran.txt\necho 'OnStart says hi'\n"
                           "nohup sleep 300 >/dev/null 2>&1 &\n";
    ASSERT_TRUE(runtime.start(create));
    EXPECT_FALSE(runtime.start(create)) << "a second start of a running instance is refused";
    EXPECT_EQ(log.last(kName)->status, NotebookInstanceStatus::Pending);
    EXPECT_FALSE(runtime.isServing(kName));

    ASSERT_TRUE(log.waitForSettled(kName)) << "no InService/Failed in time";
    ASSERT_EQ(log.last(kName)->status, NotebookInstanceStatus::InService)
        << log.last(kName)->failureReason.toStdString();
    EXPECT_EQ(log.statuses(kName),
              (QList{NotebookInstanceStatus::Pending, NotebookInstanceStatus::InService}));

    const QString volume = runtime.volumeDir(kName);
    EXPECT_EQ(volume, path(QStringLiteral("data/instances/nb-one/SageMaker")));
    EXPECT_EQ(readText(volume + QStringLiteral("/analysis/README.md")), QStringLiteral("analysis"));
    EXPECT_EQ(readText(volume + QStringLiteral("/extra/README.md")), QStringLiteral("extra"));
    EXPECT_EQ(readText(volume + QStringLiteral("/on-create-ran.txt")), QStringLiteral("created\n"));
    EXPECT_EQ(readText(volume + QStringLiteral("/on-start-ran.txt")), QStringLiteral("started\n"));
    EXPECT_TRUE(readText(runtime.logDir(kName) + QStringLiteral("/LifecycleConfigOnCreate.log"))
                    .contains(QStringLiteral("OnCreate says hi")));
    EXPECT_TRUE(readText(runtime.logDir(kName) + QStringLiteral("/LifecycleConfigOnStart.log"))
                    .contains(QStringLiteral("OnStart says hi")));
    EXPECT_GE(InstanceProcesses::find(runtime.instanceDir(kName)).size(), 2)
        << "Jupyter and the script's background task both run";
    const QFileInfo link(volume + QStringLiteral("/s3/sagemaker-data"));
    EXPECT_TRUE(link.isSymLink());
    EXPECT_EQ(link.symLinkTarget(), path(QStringLiteral("buckets/sagemaker-data")));
    EXPECT_TRUE(QFileInfo(volume + QStringLiteral("/s3/raw-logs")).isSymLink());

    const QString runtimeFile = runtime.instanceDir(kName) + QStringLiteral("/runtime.json");
    EXPECT_EQ(QFileInfo(runtimeFile).permissions() & 0x0077, QFileDevice::Permissions())
        << "runtime.json holds the token and must be private";
    const std::optional<QUrl> url = runtime.jupyterUrl(kName);
    ASSERT_TRUE(url.has_value());
    EXPECT_EQ(url->host(), QStringLiteral("127.0.0.1"));
    EXPECT_EQ(httpStatus(url->resolved(QUrl(QStringLiteral("api")))), 200);
    EXPECT_EQ(httpStatus(url->resolved(QUrl(QStringLiteral("api/status")))), 403)
        << "the API needs the token";
    const QString jupyterLog = readText(runtime.logDir(kName) + QStringLiteral("/jupyter.log"));
    EXPECT_FALSE(jupyterLog.contains(QString::fromLatin1(*runtime.jupyterToken(kName))))
        << "the Jupyter token never reaches a log";

    ASSERT_TRUE(runtime.stop(kName));
    EXPECT_EQ(log.last(kName)->status, NotebookInstanceStatus::Stopping);
    ASSERT_TRUE(log.waitFor(kName, NotebookInstanceStatus::Stopped, 10000));
    EXPECT_FALSE(runtime.isRunning(kName));
    EXPECT_FALSE(QFileInfo::exists(runtimeFile));
    EXPECT_TRUE(InstanceProcesses::find(runtime.instanceDir(kName)).isEmpty())
        << "nothing of the instance runs";
    EXPECT_NE(httpStatus(url->resolved(QUrl(QStringLiteral("api")))), 200);

    // The second start: OnStart again, OnCreate not, the clone kept, a revoked bucket unlinked.
    NotebookRuntimeSpec restart = create;
    restart.firstStart = false;
    restart.bucketLinks.removeLast();
    ASSERT_TRUE(runtime.start(restart));
    ASSERT_TRUE(log.waitForSettled(kName));
    ASSERT_EQ(log.last(kName)->status, NotebookInstanceStatus::InService)
        << log.last(kName)->failureReason.toStdString();
    EXPECT_EQ(readText(volume + QStringLiteral("/on-create-ran.txt")), QStringLiteral("created\n"));
    EXPECT_EQ(readText(volume + QStringLiteral("/on-start-ran.txt")), QStringLiteral("started\nstarted\n"));
    EXPECT_TRUE(QFileInfo(volume + QStringLiteral("/s3/sagemaker-data")).isSymLink());
    EXPECT_FALSE(QFileInfo(volume + QStringLiteral("/s3/raw-logs")).isSymLink());
    EXPECT_FALSE(runtime.remove(kName)) << "a running instance keeps its volume";
    runtime.stop(kName);
    ASSERT_TRUE(log.waitFor(kName, NotebookInstanceStatus::Stopped, 10000));

    QFile bucketObject(path(QStringLiteral("buckets/sagemaker-data/object.csv")));
    ASSERT_TRUE(bucketObject.open(QIODevice::WriteOnly));
    bucketObject.close();
    EXPECT_TRUE(runtime.remove(kName));
    EXPECT_FALSE(QFileInfo::exists(runtime.instanceDir(kName)));
    EXPECT_TRUE(bucketObject.exists()) << "deleting the volume never follows a bucket link";
}

TEST_F(LocalRuntimeStart, FailingCloneFailsTheInstance)
{
    NotebookRuntime runtime(path(QStringLiteral("data")));
    RuntimeStatusLog log(runtime);
    NotebookRuntimeSpec create = spec();
    create.codeRepositories = {path(QStringLiteral("no-such-repository"))};
    ASSERT_TRUE(runtime.start(create));
    ASSERT_TRUE(log.waitForSettled(kName));
    ASSERT_EQ(log.last(kName)->status, NotebookInstanceStatus::Failed);
    const QString reason = log.last(kName)->failureReason;
    EXPECT_TRUE(reason.startsWith(QStringLiteral("Failed to clone the code repository '%1': ")
                                      .arg(path(QStringLiteral("no-such-repository")))))
        << reason.toStdString();
    EXPECT_TRUE(reason.contains(QStringLiteral("does not exist"))) << reason.toStdString();
    EXPECT_FALSE(runtime.isRunning(kName));
}

TEST_F(LocalRuntimeStart, LifecycleScriptOverItsTimeLimitFailsWithAwsReason)
{
    NotebookRuntimeOptions options;
    // Long enough for bash to start and print "waiting" on a loaded machine (it failed once at 1.5 s),
    // and still far below the script's 300 s sleep.
    options.lifecycleTimeout = std::chrono::seconds(6);
    NotebookRuntime runtime(path(QStringLiteral("data")), options);
    RuntimeStatusLog log(runtime);
    NotebookRuntimeSpec create = spec();
    // The sleep runs in the background too: a timed-out script must not leave children behind.
    create.onStartScript = "#!/bin/bash\nsleep 300 &\necho waiting\nsleep 300\n";
    ASSERT_TRUE(runtime.start(create));
    ASSERT_TRUE(log.waitForSettled(kName));
    ASSERT_EQ(log.last(kName)->status, NotebookInstanceStatus::Failed);
    EXPECT_EQ(log.last(kName)->failureReason,
              QStringLiteral(
                  "Notebook Instance Lifecycle Config '%1' for Notebook Instance '%2' took longer than 5 "
                  "minutes. Please check your CloudWatch logs for more details if your Notebook Instance "
                  "has Internet access.")
                  .arg(kConfigArn, kInstanceArn));
    EXPECT_TRUE(readText(runtime.logDir(kName) + QStringLiteral("/LifecycleConfigOnStart.log"))
                    .contains(QStringLiteral("waiting")));
    EXPECT_TRUE(InstanceProcesses::find(runtime.instanceDir(kName)).isEmpty())
        << "Failed comes when nothing of the instance runs, the background sleep included";
}

TEST_F(LocalRuntimeStart, StoppedAndFailedComeOnlyWhenNothingOfTheInstanceIsLeft)
{
    // A process holding memory takes milliseconds to die after SIGKILL (the kernel frees its pages
    // first); the status must wait for that, not only for the signal to be sent. CI once saw a
    // process of the instance still there right after Stopped.
    const QByteArray holder =
        "nohup python3 -c \"b = b'x' * (64 << 20); open('held', 'w').close(); import time; "
        "time.sleep(300)\" >/dev/null 2>&1 &\n"
        "while [ ! -e held ]; do sleep 0.05; done\n";
    NotebookRuntime runtime(path(QStringLiteral("data")));
    RuntimeStatusLog log(runtime);
    NotebookRuntimeSpec create = spec();
    create.onStartScript = "#!/bin/bash\n" + holder;
    for (int round = 0; round < 3; ++round) {
        create.firstStart = round == 0;
        ASSERT_TRUE(runtime.start(create));
        ASSERT_TRUE(log.waitFor(kName, NotebookInstanceStatus::InService, 60000)) << "round " << round;
        ASSERT_TRUE(runtime.stop(kName));
        ASSERT_TRUE(log.waitFor(kName, NotebookInstanceStatus::Stopped, 30000)) << "round " << round;
        EXPECT_EQ(InstanceProcesses::find(runtime.instanceDir(kName)), QList<qint64>())
            << "round " << round << ": the instance's processes outlived Stopped";
    }

    // The same when a lifecycle script fails after starting the holder.
    create.onStartScript = "#!/bin/bash\n" + holder + "exit 3\n";
    ASSERT_TRUE(runtime.start(create));
    ASSERT_TRUE(log.waitForSettled(kName));
    ASSERT_EQ(log.last(kName)->status, NotebookInstanceStatus::Failed);
    EXPECT_EQ(InstanceProcesses::find(runtime.instanceDir(kName)), QList<qint64>())
        << "the instance's processes outlived Failed";
}

TEST_F(LocalRuntimeStart, ScriptWithWindowsLineEndingsFailsAsOnAws)
{
    NotebookRuntime runtime(path(QStringLiteral("data")));
    RuntimeStatusLog log(runtime);
    NotebookRuntimeSpec create = spec();
    create.onCreateScript = "#!/bin/bash\r\necho hello\r\n";
    ASSERT_TRUE(runtime.start(create));
    ASSERT_TRUE(log.waitForSettled(kName));
    ASSERT_EQ(log.last(kName)->status, NotebookInstanceStatus::Failed);
    EXPECT_TRUE(log.last(kName)->failureReason.endsWith(QStringLiteral(
        "failed. Please check your CloudWatch logs for more details if your Notebook Instance has "
        "Internet access.")))
        << log.last(kName)->failureReason.toStdString();
    EXPECT_TRUE(readText(runtime.logDir(kName) + QStringLiteral("/LifecycleConfigOnCreate.log"))
                    .contains(QStringLiteral("bad interpreter")));
}

TEST_F(LocalRuntimeStart, FailingOnStartScriptFailsAndStopCancelsAPendingStart)
{
    NotebookRuntime runtime(path(QStringLiteral("data")));
    RuntimeStatusLog log(runtime);
    NotebookRuntimeSpec create = spec();
    create.onStartScript = "#!/bin/bash\necho broken >&2\nexit 3\n";
    ASSERT_TRUE(runtime.start(create));
    ASSERT_TRUE(log.waitForSettled(kName));
    EXPECT_EQ(log.last(kName)->status, NotebookInstanceStatus::Failed);

    create.onStartScript = "#!/bin/bash\nsleep 300\n";
    ASSERT_TRUE(runtime.start(create));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return !InstanceProcesses::find(runtime.instanceDir(kName)).isEmpty(); }, 10000));
    ASSERT_TRUE(runtime.stop(kName));
    ASSERT_TRUE(log.waitFor(kName, NotebookInstanceStatus::Stopped, 10000));
    EXPECT_TRUE(InstanceProcesses::find(runtime.instanceDir(kName)).isEmpty());
    EXPECT_FALSE(runtime.stop(kName));
}
