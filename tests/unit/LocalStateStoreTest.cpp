#include "local/store/LocalStateStore.h"

#include <gtest/gtest.h>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace SageDesk::Local {
namespace {

TEST(LocalStateStoreTest, MigratesAndKeepsDocumentsAcrossReopen)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("state.sqlite"));
    NotebookInstance instance;
    instance.notebookInstanceName = QStringLiteral("nb");
    instance.notebookInstanceArn =
        QStringLiteral("arn:aws:sagemaker:us-east-1:123456789012:notebook-instance/nb");
    instance.notebookInstanceStatus = NotebookInstanceStatus::InService;
    instance.creationTime = QDateTime(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC);
    {
        LocalStateStore store;
        ASSERT_TRUE(store.open(path)) << store.errorString().toStdString();
        EXPECT_EQ(store.schemaVersion(), LocalStateStore::latestSchemaVersion());
        ASSERT_TRUE(store.putNotebookInstance(instance));
        ASSERT_TRUE(
            store.setTags(instance.notebookInstanceArn, {Tag{QStringLiteral("team"), QStringLiteral("ml")}}));
        ASSERT_TRUE(store.put(LocalStateStore::Kind::Role, QStringLiteral("r"),
                              QJsonObject{{QStringLiteral("a"), 1}}));
        ASSERT_TRUE(store.remove(LocalStateStore::Kind::Role, QStringLiteral("r")));
    }
    LocalStateStore reopened;
    ASSERT_TRUE(reopened.open(path));
    EXPECT_EQ(reopened.notebookInstance(QStringLiteral("nb")), instance);
    EXPECT_EQ(reopened.tags(instance.notebookInstanceArn).size(), 1);
    EXPECT_FALSE(reopened.contains(LocalStateStore::Kind::Role, QStringLiteral("r")));
    EXPECT_TRUE(reopened.all(LocalStateStore::Kind::LifecycleConfig).isEmpty());
}

TEST(LocalStateStoreTest, UsesWriteAheadLogging)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("state.sqlite"));
    {
        LocalStateStore store;
        ASSERT_TRUE(store.open(path));
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("wal-check"));
    db.setDatabaseName(path);
    ASSERT_TRUE(db.open());
    {
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
        EXPECT_EQ(query.value(0).toString(), QStringLiteral("wal"));
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("wal-check"));
}

TEST(LocalStateStoreTest, ReportsADatabaseItCannotOpen)
{
    LocalStateStore store;
    EXPECT_FALSE(store.open(QStringLiteral("/proc/no/such/dir/state.sqlite")));
    EXPECT_FALSE(store.errorString().isEmpty());
}

} // namespace
} // namespace SageDesk::Local
