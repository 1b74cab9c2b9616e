#include "aws/credentials/StaticCredentialsProvider.h"
#include "console/ConsoleSession.h"
#include "console/SageMakerInstanceSource.h"
#include "console/models/InstanceTableModel.h"
#include "support/FixedClock.h"
#include "support/ServerProcess.h"

#include <gtest/gtest.h>

#include <QSignalSpy>
#include <QTest>

using SageDesk::Test::FixedClock;

using namespace SageDesk;
using namespace std::chrono_literals;

namespace {

std::unique_ptr<SageMakerInstanceSource> sourceAt(quint16 port, const QString& scope)
{
    Aws::Credentials keys;
    keys.accessKeyId = QStringLiteral("AKIAIOSFODNN7EXAMPLE");
    keys.secretAccessKey = QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
    return std::make_unique<SageMakerInstanceSource>(
        std::make_unique<Aws::StaticCredentialsProvider>(keys, QStringLiteral("test")),
        QStringLiteral("us-east-1"), QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), scope);
}

} // namespace

TEST(PollSession, JupyterLabUrlInsertsLabBeforeTheQuery)
{
    const QUrl presigned(QStringLiteral("https://nb-abc1.notebook.eu-west-1.sagemaker.aws?authToken=secret"));
    const QUrl lab = ConsoleSession::jupyterLabUrl(presigned);
    EXPECT_EQ(lab.host(), presigned.host());
    EXPECT_EQ(lab.path(), QStringLiteral("/lab"));
    EXPECT_EQ(lab.query(), QStringLiteral("authToken=secret"));
    EXPECT_EQ(
        ConsoleSession::jupyterLabUrl(QUrl(QStringLiteral("http://127.0.0.1:9/notebook/nb/?token=t"))).path(),
        QStringLiteral("/notebook/nb/lab"));
}

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
    NotebookInstance cached;
    cached.notebookInstanceName = QStringLiteral("remembered");
    cached.notebookInstanceStatus = NotebookInstanceStatus::InService;
    cached.volumeSizeInGB = 5;
    const QDateTime fetched(QDate(2026, 11, 27), QTime(9, 41), Qt::UTC);
    const QString scope = QStringLiteral("profile:test/us-east-1");
    ASSERT_TRUE(cache.saveList(scope, {cached}, fetched));

    FixedClock clock(fetched.addSecs(3600));
    ConsoleSession session(clock, &cache, {20ms, 200ms, 80ms});
    QSignalSpy states(&session, &ConsoleSession::connectionStateChanged);
    // A port held bound but never listening: connection refused, a real network failure.
    const SageDesk::Test::RefusingLoopbackPort refusing;
    ASSERT_NE(refusing.port(), 0);
    session.setSource(sourceAt(refusing.port(), scope));
    EXPECT_EQ(session.model()->rowCount(), 1); // at once, before any answer
    EXPECT_EQ(session.listFetchedAt(), fetched);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return session.connectionState() == ConsoleSession::ConnectionState::Offline; }, 30000));
    ASSERT_TRUE(session.lastError().has_value());
    EXPECT_TRUE(session.lastError()->unreachable);
    EXPECT_EQ(session.model()->rowCount(), 1);
    EXPECT_EQ(session.listFetchedAt(), fetched);
    // Keeps retrying, further apart each time.
    ASSERT_TRUE(QTest::qWaitFor([&] { return session.scheduler()->consecutiveErrors() >= 2; }, 30000));
    EXPECT_GT(session.scheduler()->currentInterval(), 20ms);
}
