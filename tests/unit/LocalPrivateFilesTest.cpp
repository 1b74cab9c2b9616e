#include "console/cache/InstanceCache.h"
#include "core/PrivateFiles.h"
#include "discovery/LocalCredentials.h"
#include "discovery/LocalEndpointInfo.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTcpServer>
#include <QTemporaryDir>

#include <future>
#include <vector>

#include <sys/stat.h>
#include <unistd.h>

namespace SageDesk::Local {
namespace {

constexpr auto kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

mode_t modeOf(const QString& path)
{
    struct stat status = {};
    EXPECT_EQ(::stat(QFile::encodeName(path).constData(), &status), 0) << path.toStdString();
    return status.st_mode & 0777;
}

// Runs with the umask most desktops have, so that only code that creates its files private passes.
class LocalPrivateFilesTest : public ::testing::Test
{
protected:
    void SetUp() override { m_oldUmask = ::umask(022); }
    void TearDown() override { ::umask(m_oldUmask); }

    QTemporaryDir m_dir;
    mode_t m_oldUmask = 0;
};

TEST_F(LocalPrivateFilesTest, FoldersAreCreatedOwnerOnlyAllTheWayDown)
{
    const QString deep = m_dir.filePath(QStringLiteral("a/b/c"));
    ASSERT_TRUE(PrivateFiles::makePath(deep));
    for (const QString& folder : {QStringLiteral("a"), QStringLiteral("a/b"), QStringLiteral("a/b/c")}) {
        EXPECT_EQ(modeOf(m_dir.filePath(folder)), 0700u) << folder.toStdString();
    }
    EXPECT_TRUE(PrivateFiles::makePath(deep)); // an existing path is fine
}

TEST_F(LocalPrivateFilesTest, TheGuiCacheAndItsFolderAreOwnerOnly)
{
    const QString path = m_dir.filePath(QStringLiteral("app/data/cache.sqlite"));
    InstanceCache cache;
    ASSERT_TRUE(cache.open(path));
    EXPECT_EQ(modeOf(m_dir.filePath(QStringLiteral("app"))), 0700u);
    EXPECT_EQ(modeOf(m_dir.filePath(QStringLiteral("app/data"))), 0700u);
    EXPECT_EQ(modeOf(path), 0600u);
}

TEST_F(LocalPrivateFilesTest, ANewKeyIsOwnerOnlyAndReadBack)
{
    const auto created = LocalCredentials::loadOrCreate(m_dir.path());
    ASSERT_TRUE(created);
    EXPECT_EQ(modeOf(LocalCredentials::filePath(m_dir.path())), 0600u);
    const auto loaded = LocalCredentials::load(m_dir.path());
    ASSERT_TRUE(loaded);
    EXPECT_EQ(loaded->secretAccessKey, created->secretAccessKey);
}

TEST_F(LocalPrivateFilesTest, AKeyOthersCanReadIsRefusedWithTheReason)
{
    ASSERT_TRUE(LocalCredentials::loadOrCreate(m_dir.path()));
    const QString file = LocalCredentials::filePath(m_dir.path());
    ASSERT_TRUE(QFile::setPermissions(file, kOwnerOnly | QFileDevice::ReadOther));
    QString error;
    EXPECT_FALSE(LocalCredentials::load(m_dir.path(), &error));
    EXPECT_TRUE(error.contains(QDir::toNativeSeparators(file))) << error.toStdString();
    EXPECT_TRUE(error.contains(QLatin1String("other users"))) << error.toStdString();
    // loadOrCreate neither uses it nor replaces it.
    EXPECT_FALSE(LocalCredentials::loadOrCreate(m_dir.path(), &error));
    EXPECT_TRUE(QFile::exists(file));
}

TEST_F(LocalPrivateFilesTest, AKeyOfAnotherUserIsRefused)
{
    if (::geteuid() != 0) {
        GTEST_SKIP() << "changing a file's owner needs root";
    }
    ASSERT_TRUE(LocalCredentials::loadOrCreate(m_dir.path()));
    const QString file = LocalCredentials::filePath(m_dir.path());
    ASSERT_EQ(::chown(QFile::encodeName(file).constData(), 65534, 65534), 0);
    QString error;
    EXPECT_FALSE(LocalCredentials::load(m_dir.path(), &error));
    EXPECT_TRUE(error.contains(QLatin1String("another user"))) << error.toStdString();
}

TEST_F(LocalPrivateFilesTest, TwoFirstStartsRacingMakeOneKey)
{
    constexpr int kStarts = 8;
    std::promise<void> go;
    std::shared_future<void> ready = go.get_future().share();
    std::vector<std::future<std::optional<LocalCredentials>>> starts;
    for (int i = 0; i < kStarts; ++i) {
        starts.push_back(std::async(std::launch::async, [&, ready] {
            ready.wait();
            return LocalCredentials::loadOrCreate(m_dir.path());
        }));
    }
    go.set_value();
    const auto onDisk = [&] {
        std::vector<std::optional<LocalCredentials>> results;
        for (auto& start : starts) {
            results.push_back(start.get());
        }
        return results;
    }();
    const auto stored = LocalCredentials::load(m_dir.path());
    ASSERT_TRUE(stored);
    for (const auto& result : onDisk) {
        ASSERT_TRUE(result);
        EXPECT_EQ(result->secretAccessKey, stored->secretAccessKey);
    }
    // No temporary file is left beside the key.
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files).size(), 1);
}

TEST_F(LocalPrivateFilesTest, ARuntimeFileOthersCanReadIsRefusedWithTheReason)
{
    QTcpServer listening;
    ASSERT_TRUE(listening.listen(QHostAddress::LocalHost));
    const LocalEndpointInfo info{listening.serverPort(), QCoreApplication::applicationPid(),
                                 QStringLiteral("us-east-1")};
    ASSERT_TRUE(info.write(m_dir.path()));
    EXPECT_EQ(modeOf(LocalEndpointInfo::filePath(m_dir.path())), 0600u);
    ASSERT_TRUE(LocalEndpointInfo::read(m_dir.path()));
    ASSERT_TRUE(QFile::setPermissions(LocalEndpointInfo::filePath(m_dir.path()),
                                      kOwnerOnly | QFileDevice::ReadGroup));
    QString problem;
    EXPECT_FALSE(LocalEndpointInfo::read(m_dir.path(), &problem));
    EXPECT_TRUE(problem.contains(QLatin1String("other users"))) << problem.toStdString();
}

TEST_F(LocalPrivateFilesTest, ARuntimeFileMustNameAProcessListeningOnItsPort)
{
    QTcpServer listening;
    ASSERT_TRUE(listening.listen(QHostAddress::LocalHost));
    const quint16 port = listening.serverPort();
    const LocalEndpointInfo info{port, QCoreApplication::applicationPid(), QStringLiteral("us-east-1")};
    ASSERT_TRUE(info.write(m_dir.path()));
    EXPECT_TRUE(LocalEndpointInfo::read(m_dir.path()));
    // A live process of this user (the parent, here) that does not listen there is not the endpoint.
    const LocalEndpointInfo other{port, static_cast<qint64>(::getppid()), QStringLiteral("us-east-1")};
    ASSERT_TRUE(other.write(m_dir.path()));
    EXPECT_FALSE(LocalEndpointInfo::read(m_dir.path()));
    // Nor is this process once it has stopped listening.
    ASSERT_TRUE(info.write(m_dir.path()));
    listening.close();
    EXPECT_FALSE(LocalEndpointInfo::read(m_dir.path()));
}

TEST_F(LocalPrivateFilesTest, ARuntimeFileOfAnotherUserIsRefused)
{
    if (::geteuid() != 0) {
        GTEST_SKIP() << "changing a file's owner needs root";
    }
    QTcpServer listening;
    ASSERT_TRUE(listening.listen(QHostAddress::LocalHost));
    const LocalEndpointInfo info{listening.serverPort(), QCoreApplication::applicationPid(),
                                 QStringLiteral("us-east-1")};
    ASSERT_TRUE(info.write(m_dir.path()));
    ASSERT_EQ(::chown(QFile::encodeName(LocalEndpointInfo::filePath(m_dir.path())).constData(), 65534, 65534),
              0);
    QString problem;
    EXPECT_FALSE(LocalEndpointInfo::read(m_dir.path(), &problem));
    EXPECT_TRUE(problem.contains(QLatin1String("another user"))) << problem.toStdString();
}

} // namespace
} // namespace SageDesk::Local
