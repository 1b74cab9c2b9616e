#include "aws/AwsConnection.h"
#include "aws/credentials/StaticCredentialsProvider.h"
#include "console/ConsoleSession.h"
#include "console/models/InstanceTableModel.h"
#include "discovery/ConsoleScope.h"
#include "local/LocalEndpoint.h"
#include "support/FixedClock.h"
#include "support/ServerProcess.h"

#include <gtest/gtest.h>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using SageDesk::Test::FixedClock;

using namespace SageDesk;
using namespace std::chrono_literals;

namespace {

std::unique_ptr<Aws::AwsConnection>
connectionTo(quint16 port, const QString& accessKeyId = QStringLiteral("AKIAIOSFODNN7EXAMPLE"),
             const QString& secretAccessKey = QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"))
{
    Aws::Credentials keys;
    keys.accessKeyId = accessKeyId;
    keys.secretAccessKey = secretAccessKey;
    return std::make_unique<Aws::AwsConnection>(
        std::make_unique<Aws::StaticCredentialsProvider>(keys, QStringLiteral("test")),
        QStringLiteral("us-east-1"), QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
}

// An instance as the offline cache keeps a described one (only a describe fills in the volume).
NotebookInstance describedInstance(const QString& name, NotebookInstanceStatus status)
{
    NotebookInstance instance;
    instance.notebookInstanceName = name;
    instance.notebookInstanceStatus = status;
    instance.volumeSizeInGB = 5;
    return instance;
}

const QDateTime kFetched(QDate(2026, 11, 27), QTime(9, 41), Qt::UTC);

} // namespace

TEST(PollSession, MergesListSummariesOverTheLastDescribe)
{
    NotebookInstance described;
    described.notebookInstanceName = QStringLiteral("nb");
    described.notebookInstanceStatus = NotebookInstanceStatus::Stopped;
    described.volumeSizeInGB = 50;
    described.platformIdentifier = QStringLiteral("notebook-al2023-v1");
    described.roleArn = QStringLiteral("arn:aws:iam::123456789012:role/r");
    NotebookInstance summary;
    summary.notebookInstanceName = QStringLiteral("nb");
    summary.notebookInstanceStatus = NotebookInstanceStatus::Pending;
    summary.instanceType = QStringLiteral("ml.t3.large");
    summary.lastModifiedTime = QDateTime(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC);
    const NotebookInstance merged = ConsoleSession::mergeSummary(described, summary);
    EXPECT_EQ(merged.notebookInstanceStatus, NotebookInstanceStatus::Pending);
    EXPECT_EQ(merged.instanceType, QStringLiteral("ml.t3.large"));
    EXPECT_EQ(merged.lastModifiedTime, summary.lastModifiedTime);
    EXPECT_EQ(merged.volumeSizeInGB, 50);
    EXPECT_EQ(merged.platformIdentifier, described.platformIdentifier);
    EXPECT_EQ(merged.roleArn, described.roleArn);
}

TEST(PollSession, ShowsTheCachedListAndGoesOfflineWhenNothingListens)
{
    InstanceCache cache;
    ASSERT_TRUE(cache.open(QStringLiteral(":memory:")));
    const NotebookInstance cached =
        describedInstance(QStringLiteral("remembered"), NotebookInstanceStatus::InService);
    const QDateTime fetched = kFetched;
    const QString scope = QStringLiteral("profile:test/us-east-1");
    ASSERT_EQ(ConsoleScope::profile(QStringLiteral("test"), QStringLiteral("us-east-1")).cacheKey(), scope);
    ASSERT_TRUE(cache.saveList(scope, {cached}, fetched));

    FixedClock clock(fetched.addSecs(3600));
    ConsoleSession session(clock, &cache, {20ms, 200ms, 80ms});
    QSignalSpy states(&session, &ConsoleSession::connectionStateChanged);
    // A port held bound but never listening: connection refused, a real network failure.
    const SageDesk::Test::RefusingLoopbackPort refusing;
    ASSERT_NE(refusing.port(), 0);
    session.setConnection(connectionTo(refusing.port()), scope);
    EXPECT_EQ(session.model()->rowCount(), 1); // at once, before any answer
    ASSERT_EQ(session.instances().size(), 1);
    EXPECT_EQ(session.instances().first().notebookInstanceName, cached.notebookInstanceName);
    EXPECT_EQ(session.listFetchedAt(), fetched);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return session.connectionState() == ConsoleSession::ConnectionState::Offline; }, 30000));
    ASSERT_TRUE(session.lastError().has_value());
    EXPECT_TRUE(session.lastError()->isUnreachable());
    EXPECT_EQ(session.model()->rowCount(), 1);
    EXPECT_EQ(session.listFetchedAt(), fetched);
    // Keeps retrying, further apart each time.
    ASSERT_TRUE(QTest::qWaitFor([&] { return session.scheduler().consecutiveErrors() >= 2; }, 30000));
    EXPECT_GT(session.scheduler().currentInterval(), 20ms);
}

TEST(PollSession, ForgetsAnInstanceTheEndpointAnswersRecordNotFoundFor)
{
    // sagedesk-local in-process: it answers an unknown name with ValidationException "RecordNotFound",
    // as AWS does.
    QTemporaryDir dir;
    Local::LocalEndpoint::Options options;
    options.dataDir = dir.filePath(QStringLiteral("local"));
    options.runtime.jupyterProgram = dir.filePath(QStringLiteral("no-jupyter-here"));
    Local::LocalEndpoint endpoint(options);
    ASSERT_TRUE(endpoint.start()) << endpoint.errorString().toStdString();

    InstanceCache cache;
    ASSERT_TRUE(cache.open(QStringLiteral(":memory:")));
    const NotebookInstance ghost =
        describedInstance(QStringLiteral("ghost"), NotebookInstanceStatus::Stopped);
    const QString scope = QStringLiteral("local/us-east-1");
    ASSERT_TRUE(cache.saveList(scope, {ghost}, kFetched));

    FixedClock clock(kFetched.addSecs(60));
    ConsoleSession session(clock, &cache, {20ms, 200ms, 80ms});
    // Hidden, so that no list is polled: only the describe after the failed action can tell the
    // session that the cached instance is gone.
    session.setVisible(false);
    EXPECT_FALSE(session.isVisible());
    session.setConnection(connectionTo(endpoint.port(), endpoint.credentials().accessKeyId,
                                       endpoint.credentials().secretAccessKey),
                          scope);
    ASSERT_EQ(session.model()->rowCount(), 1);
    std::optional<Aws::AwsError> failure;
    QObject::connect(
        &session, &ConsoleSession::actionFailed,
        [&](NotebookInstanceAction, const QString&, const Aws::AwsError& error) { failure = error; });

    session.stopInstances({ghost.notebookInstanceName});
    ASSERT_TRUE(QTest::qWaitFor([&] { return session.model()->rowCount() == 0; }, 10000));
    ASSERT_TRUE(failure.has_value());
    EXPECT_EQ(failure->code, QStringLiteral("ValidationException"));
    EXPECT_EQ(failure->message, QStringLiteral("RecordNotFound"));
    EXPECT_TRUE(session.instances().isEmpty());
    EXPECT_EQ(session.instance(ghost.notebookInstanceName), nullptr);
    EXPECT_EQ(session.actionsInFlight(), 0);
    const std::optional<CachedInstanceList> saved = cache.loadList(scope);
    ASSERT_TRUE(saved.has_value());
    EXPECT_TRUE(saved->instances.isEmpty());
}
