#include "discovery/LocalEndpointInfo.h"

#include "discovery/LocalCredentials.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QFile>
#include <QTcpServer>
#include <QTemporaryDir>

namespace SageDesk::Local {
namespace {

TEST(LocalEndpointInfoTest, ARunningEndpointIsFoundThroughItsRuntimeFile)
{
    QTemporaryDir dir;
    EXPECT_FALSE(LocalEndpointInfo::read(dir.path()));
    // This process stands in for the endpoint: it listens on the port the file names.
    QTcpServer listening;
    ASSERT_TRUE(listening.listen(QHostAddress::LocalHost));
    const quint16 port = listening.serverPort();
    const LocalEndpointInfo info{port, QCoreApplication::applicationPid(), QStringLiteral("eu-west-1")};
    ASSERT_TRUE(info.write(dir.path()));
    const auto found = LocalEndpointInfo::read(dir.path());
    ASSERT_TRUE(found);
    EXPECT_EQ(found->port, port);
    EXPECT_EQ(found->region, QStringLiteral("eu-west-1"));
    EXPECT_EQ(found->endpointUrl(), QStringLiteral("http://127.0.0.1:%1").arg(port));
    LocalEndpointInfo::remove(dir.path());
    EXPECT_FALSE(LocalEndpointInfo::read(dir.path()));
}

TEST(LocalEndpointInfoTest, AFileLeftByADeadProcessIsIgnored)
{
    QTemporaryDir dir;
    // Process ids wrap far below this on Linux (pid_max is at most 4194304).
    const LocalEndpointInfo stale{4567, 999999999, QStringLiteral("us-east-1")};
    ASSERT_TRUE(stale.write(dir.path()));
    EXPECT_FALSE(LocalEndpointInfo::read(dir.path()));
    QFile garbage(LocalEndpointInfo::filePath(dir.path()));
    ASSERT_TRUE(garbage.open(QIODevice::WriteOnly));
    garbage.write("not json");
    garbage.close();
    EXPECT_FALSE(LocalEndpointInfo::read(dir.path()));
}

TEST(LocalEndpointInfoTest, ShellLinesSetBothRegionVariables)
{
    const LocalEndpointInfo info{4567, 1, QStringLiteral("eu-west-1")};
    const QString lines =
        info.environmentLines({QStringLiteral("AKIDLOCAL"), QStringLiteral("secret"), QStringLiteral("1")});
    EXPECT_TRUE(lines.contains(QLatin1String("export AWS_ACCESS_KEY_ID=AKIDLOCAL\n")));
    EXPECT_TRUE(lines.contains(QLatin1String("export AWS_ENDPOINT_URL=http://127.0.0.1:4567\n")));
    // Older SDKs and tools read only AWS_DEFAULT_REGION.
    EXPECT_TRUE(lines.contains(QLatin1String("export AWS_REGION=eu-west-1\n")));
    EXPECT_TRUE(lines.contains(QLatin1String("export AWS_DEFAULT_REGION=eu-west-1\n")));
}

TEST(LocalEndpointInfoTest, TheDefaultDataDirIsNamedAfterSagedeskLocal)
{
    EXPECT_TRUE(LocalEndpointInfo::defaultDataDir().endsWith(QLatin1String("/sagedesk-local")));
}

} // namespace
} // namespace SageDesk::Local
