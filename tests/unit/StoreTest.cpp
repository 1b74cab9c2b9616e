#include "console/cache/InstanceCache.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace SageDesk;

namespace {

NotebookInstance sample(const QString& name, NotebookInstanceStatus status)
{
    NotebookInstance instance;
    instance.notebookInstanceName = name;
    instance.notebookInstanceStatus = status;
    instance.instanceType = QStringLiteral("ml.t3.medium");
    instance.volumeSizeInGB = 5;
    instance.creationTime = QDateTime(QDate(2026, 11, 1), QTime(9, 30), Qt::UTC);
    instance.lastModifiedTime = QDateTime(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC);
    return instance;
}

} // namespace

TEST(Store, SavesAndLoadsTheLastListPerScope)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nested/cache.sqlite"));
    const QDateTime fetched(QDate(2026, 11, 27), QTime(10, 15), Qt::UTC);
    {
        InstanceCache cache;
        ASSERT_TRUE(cache.open(path)) << cache.lastError().toStdString();
        EXPECT_EQ(cache.schemaVersion(), InstanceCache::kSchemaVersion);
        ASSERT_TRUE(cache.saveList(QStringLiteral("111/eu-west-1"),
                                   {sample(QStringLiteral("a"), NotebookInstanceStatus::InService),
                                    sample(QStringLiteral("b"), NotebookInstanceStatus::Stopped)},
                                   fetched));
        ASSERT_TRUE(cache.saveList(QStringLiteral("111/us-east-1"), {}, fetched));
    }
    InstanceCache reopened;
    ASSERT_TRUE(reopened.open(path));
    const auto list = reopened.loadList(QStringLiteral("111/eu-west-1"));
    ASSERT_TRUE(list.has_value());
    EXPECT_EQ(list->fetchedAt, fetched);
    ASSERT_EQ(list->instances.size(), 2);
    EXPECT_EQ(list->instances.at(0), sample(QStringLiteral("a"), NotebookInstanceStatus::InService));
    const auto empty = reopened.loadList(QStringLiteral("111/us-east-1"));
    ASSERT_TRUE(empty.has_value());
    EXPECT_TRUE(empty->instances.isEmpty());
    EXPECT_FALSE(reopened.loadList(QStringLiteral("222/eu-west-1")).has_value());

    // A new list replaces the old one entirely.
    ASSERT_TRUE(reopened.saveList(QStringLiteral("111/eu-west-1"),
                                  {sample(QStringLiteral("c"), NotebookInstanceStatus::Pending)}, fetched));
    EXPECT_EQ(reopened.loadList(QStringLiteral("111/eu-west-1"))->instances.size(), 1);
}

TEST(Store, KeepsTheStatusHistoryInOrder)
{
    InstanceCache cache;
    ASSERT_TRUE(cache.open(QStringLiteral(":memory:")));
    const QDateTime t0(QDate(2026, 11, 27), QTime(8, 0), Qt::UTC);
    const QString scope = QStringLiteral("local/us-east-1");
    ASSERT_TRUE(cache.recordEvent(
        scope, {QStringLiteral("nb"), std::nullopt, NotebookInstanceStatus::Pending, {}, t0}));
    ASSERT_TRUE(cache.recordEvent(scope, {QStringLiteral("nb"), NotebookInstanceStatus::Pending,
                                          NotebookInstanceStatus::Failed,
                                          QStringLiteral("took longer than 5 minutes"), t0.addSecs(300)}));
    ASSERT_TRUE(
        cache.recordEvent(QStringLiteral("other/us-east-1"),
                          {QStringLiteral("nb"), std::nullopt, NotebookInstanceStatus::Stopped, {}, t0}));
    const QList<StatusEvent> events = cache.history(scope, QStringLiteral("nb"));
    ASSERT_EQ(events.size(), 2);
    EXPECT_FALSE(events.at(0).previous.has_value());
    EXPECT_EQ(events.at(1).previous, NotebookInstanceStatus::Pending);
    EXPECT_EQ(events.at(1).status, NotebookInstanceStatus::Failed);
    EXPECT_EQ(events.at(1).failureReason, QStringLiteral("took longer than 5 minutes"));
    EXPECT_EQ(events.at(1).at, t0.addSecs(300));
}

TEST(Store, WritesNoSecretToTheFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
    const QByteArray token = "AbCdEfSecretToken123456789";
    {
        InstanceCache cache;
        ASSERT_TRUE(cache.open(path));
        auto instance = sample(QStringLiteral("a"), NotebookInstanceStatus::InService);
        instance.url =
            QStringLiteral("a.notebook.us-east-1.sagemaker.aws/tree?authToken=") + QString::fromLatin1(token);
        ASSERT_TRUE(cache.saveList(QStringLiteral("s"), {instance}, QDateTime::currentDateTimeUtc()));
        ASSERT_TRUE(cache.recordEvent(
            QStringLiteral("s"),
            {QStringLiteral("a"), std::nullopt, NotebookInstanceStatus::Failed,
             QStringLiteral("Jupyter at http://127.0.0.1:8888/?token=") + QString::fromLatin1(token),
             QDateTime::currentDateTimeUtc()}));
    }
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    QFile wal(path + QStringLiteral("-wal"));
    if (wal.open(QIODevice::ReadOnly)) {
        bytes += wal.readAll();
    }
    EXPECT_FALSE(bytes.contains(token));
    EXPECT_TRUE(bytes.contains("a.notebook.us-east-1.sagemaker.aws"));
}

TEST(Store, MigratesAnEmptyDatabaseAndRefusesNothingOnReopen)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
    {
        // A database from before the cache existed: user_version 0, unrelated content.
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("pre-existing"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery(db).exec(QStringLiteral("CREATE TABLE unrelated (x INTEGER)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pre-existing"));
    InstanceCache cache;
    ASSERT_TRUE(cache.open(path)) << cache.lastError().toStdString();
    EXPECT_EQ(cache.schemaVersion(), InstanceCache::kSchemaVersion);
    InstanceCache second;
    ASSERT_TRUE(second.open(path));
    EXPECT_EQ(second.schemaVersion(), InstanceCache::kSchemaVersion);
}
