#include "local/runtime/RuntimeRecord.h"

#include <gtest/gtest.h>

#include <QFileInfo>
#include <QTemporaryDir>

using namespace SageDesk::Local;

TEST(LocalRuntimeRecord, RoundTripsInAPrivateFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("runtime.json"));
    RuntimeRecord record;
    record.phase = RuntimeRecord::Phase::Serving;
    record.pid = 4242;
    record.port = 45678;
    record.token = "0123abcd";
    record.startedAt = QDateTime::fromMSecsSinceEpoch(1795000000123, Qt::UTC);
    record.idleStopMinutes = 45;
    ASSERT_TRUE(record.write(path));
    EXPECT_EQ(QFileInfo(path).permissions() & 0x0077, QFileDevice::Permissions());

    const std::optional<RuntimeRecord> read = RuntimeRecord::read(path);
    ASSERT_TRUE(read.has_value());
    EXPECT_EQ(read->phase, RuntimeRecord::Phase::Serving);
    EXPECT_EQ(read->pid, 4242);
    EXPECT_EQ(read->port, 45678);
    EXPECT_EQ(read->token, QByteArray("0123abcd"));
    EXPECT_EQ(read->startedAt, record.startedAt);
    EXPECT_EQ(read->idleStopMinutes, 45);
}

TEST(LocalRuntimeRecord, MissingOrBrokenFileReadsAsNothing)
{
    QTemporaryDir dir;
    EXPECT_FALSE(RuntimeRecord::read(dir.filePath(QStringLiteral("absent.json"))).has_value());
    QFile broken(dir.filePath(QStringLiteral("broken.json")));
    ASSERT_TRUE(broken.open(QIODevice::WriteOnly));
    broken.write("{not json");
    broken.close();
    EXPECT_FALSE(RuntimeRecord::read(broken.fileName()).has_value());
}
