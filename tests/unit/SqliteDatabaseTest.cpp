#include "core/SqliteDatabase.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace SageDesk;

namespace {

// Each migration reads what the one before it wrote, so running them out of order fails, and
// running one twice either fails (CREATE TABLE) or shows in the row count (INSERT).
const char* const kThreeSteps[] = {
    "CREATE TABLE log (step INTEGER NOT NULL)",
    "INSERT INTO log (step) VALUES (2); INSERT INTO log (step) VALUES (3)",
    "CREATE TABLE summary AS SELECT count(*) AS steps, max(step) AS last FROM log",
};

const char* const kFourSteps[] = {
    kThreeSteps[0],
    kThreeSteps[1],
    kThreeSteps[2],
    "INSERT INTO log (step) SELECT last + 1 FROM summary",
};

QList<int> loggedSteps(const SqliteDatabase& db)
{
    QList<int> steps;
    QSqlQuery query(db.connection());
    query.exec(QStringLiteral("SELECT step FROM log ORDER BY rowid"));
    while (query.next()) {
        steps.append(query.value(0).toInt());
    }
    return steps;
}

QString pragma(const SqliteDatabase& db, const QString& name)
{
    QSqlQuery query(db.connection());
    return query.exec(QStringLiteral("PRAGMA ") + name) && query.next() ? query.value(0).toString()
                                                                        : QString();
}

// The permission bits of `path`, e.g. 0600; -1 when it does not exist.
int modeOf(const QString& path)
{
    struct stat info
    {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0) {
        return -1;
    }
    return static_cast<int>(info.st_mode & 0777);
}

} // namespace

TEST(SqliteDatabaseTest, RunsEachMigrationOnceInOrder)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("steps.sqlite"));
    {
        SqliteDatabase db(QStringLiteral("test"));
        ASSERT_TRUE(db.open(path, kThreeSteps)) << db.errorString().toStdString();
        EXPECT_EQ(db.userVersion(), 3);
        EXPECT_EQ(loggedSteps(db), (QList<int>{2, 3}));
        QSqlQuery summary(db.connection());
        ASSERT_TRUE(summary.exec(QStringLiteral("SELECT steps, last FROM summary")) && summary.next());
        EXPECT_EQ(summary.value(0).toInt(), 2);
        EXPECT_EQ(summary.value(1).toInt(), 3);
    }
    {
        // Reopened with the same list: nothing runs again.
        SqliteDatabase db(QStringLiteral("test"));
        ASSERT_TRUE(db.open(path, kThreeSteps)) << db.errorString().toStdString();
        EXPECT_EQ(db.userVersion(), 3);
        EXPECT_EQ(loggedSteps(db), (QList<int>{2, 3}));
    }
    // A release with one more migration runs only that one.
    SqliteDatabase db(QStringLiteral("test"));
    ASSERT_TRUE(db.open(path, kFourSteps)) << db.errorString().toStdString();
    EXPECT_EQ(db.userVersion(), 4);
    EXPECT_EQ(loggedSteps(db), (QList<int>{2, 3, 4}));
}

TEST(SqliteDatabaseTest, LeavesADatabaseNewerThanItsMigrationsAsItIs)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
    {
        SqliteDatabase db(QStringLiteral("test"));
        ASSERT_TRUE(db.open(path, kFourSteps));
    }
    SqliteDatabase older(QStringLiteral("test"));
    ASSERT_TRUE(older.open(path, kThreeSteps)) << older.errorString().toStdString();
    EXPECT_EQ(older.userVersion(), 4);
    EXPECT_EQ(loggedSteps(older), (QList<int>{2, 3, 4}));
}

TEST(SqliteDatabaseTest, RollsBackAFailedMigrationAndKeepsTheVersionsBefore)
{
    const char* const broken[] = {
        "CREATE TABLE log (step INTEGER NOT NULL)",
        "INSERT INTO log (step) VALUES (2); INSERT INTO no_such_table VALUES (1)",
    };
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.sqlite"));
    {
        SqliteDatabase db(QStringLiteral("test"));
        EXPECT_FALSE(db.open(path, broken));
        EXPECT_TRUE(db.errorString().contains(QStringLiteral("no_such_table")))
            << db.errorString().toStdString();
        EXPECT_FALSE(db.isOpen());
    }
    SqliteDatabase db(QStringLiteral("test"));
    ASSERT_TRUE(db.open(path, std::span(broken).first(1)));
    EXPECT_EQ(db.userVersion(), 1);
    EXPECT_TRUE(loggedSteps(db).isEmpty());
}

TEST(SqliteDatabaseTest, UsesWriteAheadLoggingAndABusyTimeout)
{
    QTemporaryDir dir;
    SqliteDatabase db(QStringLiteral("test"));
    ASSERT_TRUE(db.open(dir.filePath(QStringLiteral("wal.sqlite")), kThreeSteps));
    EXPECT_EQ(pragma(db, QStringLiteral("journal_mode")), QStringLiteral("wal"));
    EXPECT_EQ(pragma(db, QStringLiteral("busy_timeout")), QString::number(SqliteDatabase::kBusyTimeoutMs));
}

TEST(SqliteDatabaseTest, KeepsTheDatabaseAndItsWalAndShmOwnerOnly)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("private.sqlite"));
    SqliteDatabase db(QStringLiteral("test"));
    ASSERT_TRUE(db.open(path, kThreeSteps));
    for (const QString& file : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
        EXPECT_EQ(modeOf(file), 0600) << file.toStdString();
    }
}

TEST(SqliteDatabaseTest, TightensTheFilesOfAnOlderWorldReadableDatabase)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        SqliteDatabase db(QStringLiteral("test"));
        ASSERT_TRUE(db.open(path, kThreeSteps));
    }
    const auto worldReadable =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    ASSERT_TRUE(QFile::setPermissions(path, worldReadable));
    ASSERT_EQ(modeOf(path), 0644);
    SqliteDatabase db(QStringLiteral("test"));
    ASSERT_TRUE(db.open(path, kThreeSteps));
    for (const QString& file : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
        EXPECT_EQ(modeOf(file), 0600) << file.toStdString();
    }
}

TEST(SqliteDatabaseTest, GivesEachDatabaseItsOwnConnection)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
    QString firstName;
    {
        SqliteDatabase first(QStringLiteral("test"));
        SqliteDatabase second(QStringLiteral("test"));
        EXPECT_NE(first.connectionName(), second.connectionName());
        ASSERT_TRUE(first.open(path, kThreeSteps));
        ASSERT_TRUE(second.open(path, kThreeSteps));
        EXPECT_EQ(loggedSteps(second), (QList<int>{2, 3}));
        firstName = first.connectionName();
    }
    // Gone with its owner, so that connections do not pile up in a long-running process.
    EXPECT_FALSE(QSqlDatabase::contains(firstName));
}

TEST(SqliteDatabaseTest, OpensAnInMemoryDatabase)
{
    SqliteDatabase db(QStringLiteral("test"));
    ASSERT_TRUE(db.open(QStringLiteral(":memory:"), kThreeSteps)) << db.errorString().toStdString();
    EXPECT_EQ(db.userVersion(), 3);
    EXPECT_FALSE(QFile::exists(QStringLiteral(":memory:")));
}

TEST(SqliteDatabaseTest, ReportsADatabaseItCannotOpen)
{
    SqliteDatabase db(QStringLiteral("test"));
    EXPECT_FALSE(db.open(QStringLiteral("/proc/no/such/dir/x.sqlite"), kThreeSteps));
    EXPECT_FALSE(db.errorString().isEmpty());
    EXPECT_FALSE(db.isOpen());
}
