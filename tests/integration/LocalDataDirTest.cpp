#include "core/Redaction.h"
#include "discovery/LocalCredentials.h"
#include "discovery/LocalEndpointInfo.h"
#include "support/LocalEndpointTest.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <array>

#include <sys/stat.h>

namespace SageDesk::Test {
namespace {

QByteArray contentsOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct Finished
{
    int exitCode = -1;
    QString out;
    QString err;
};

// A second sagedesk-local on `dataDir`, which is expected to exit by itself.
Finished runSecondEndpoint(const QString& dataDir, const QStringList& extraArguments = {})
{
    QProcess process;
    process.start(
        QStringLiteral(SAGEDESK_LOCAL_PATH),
        QStringList{QStringLiteral("--data-dir"), dataDir, QStringLiteral("--port"), QStringLiteral("0")} +
            extraArguments);
    Finished finished;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        finished.err = QStringLiteral("did not exit: ") + QString::fromUtf8(process.readAllStandardError());
        return finished;
    }
    finished.exitCode = process.exitCode();
    finished.out = QString::fromUtf8(process.readAllStandardOutput());
    finished.err = QString::fromUtf8(process.readAllStandardError());
    return finished;
}

using LocalDataDirTest = LocalEndpointTest;

TEST_F(LocalDataDirTest, ASecondEndpointOnTheSameDataDirExitsAndLeavesTheFirstAlone)
{
    const QString dataDir = m_endpoint.dataDir();
    const auto first = Local::LocalEndpointInfo::read(dataDir);
    ASSERT_TRUE(first);
    const QByteArray runtimeFile = contentsOf(Local::LocalEndpointInfo::filePath(dataDir));
    const QByteArray key = contentsOf(Local::LocalCredentials::filePath(dataDir));
    const auto created = m_endpoint.aws(
        {QStringLiteral("sagemaker"), QStringLiteral("create-code-repository"),
         QStringLiteral("--code-repository-name"), QStringLiteral("kept"), QStringLiteral("--git-config"),
         QStringLiteral("RepositoryUrl=https://github.com/aws/amazon-sagemaker-examples")});
    ASSERT_EQ(created.exitCode, 0) << created.err.toStdString();

    const Finished second = runSecondEndpoint(dataDir);
    EXPECT_EQ(second.exitCode, 1) << second.err.toStdString();
    EXPECT_TRUE(second.err.contains(QString::number(m_endpoint.pid()))) << second.err.toStdString();
    EXPECT_TRUE(second.err.contains(QStringLiteral("port %1").arg(first->port))) << second.err.toStdString();

    EXPECT_EQ(contentsOf(Local::LocalEndpointInfo::filePath(dataDir)), runtimeFile);
    EXPECT_EQ(contentsOf(Local::LocalCredentials::filePath(dataDir)), key);
    const auto listed =
        m_endpoint.aws({QStringLiteral("sagemaker"), QStringLiteral("list-code-repositories")});
    EXPECT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    EXPECT_TRUE(listed.out.contains(QLatin1String("\"kept\""))) << listed.out.toStdString();

    // With --print-env it prints the running endpoint's environment instead.
    const Finished printing = runSecondEndpoint(dataDir, {QStringLiteral("--print-env")});
    EXPECT_EQ(printing.exitCode, 0) << printing.err.toStdString();
    EXPECT_TRUE(printing.out.contains(QStringLiteral("AWS_ENDPOINT_URL=%1\n").arg(m_endpoint.endpointUrl())))
        << printing.out.toStdString();
    EXPECT_EQ(contentsOf(Local::LocalEndpointInfo::filePath(dataDir)), runtimeFile);
}

TEST_F(LocalDataDirTest, ALockWhoseOwnerIsNotWrittenYetStillHoldsTheDataDir)
{
    // QLockFile creates the lock file before it writes its owner into it. A second endpoint that
    // looked in between once took the empty lock for "no owner" and, with --print-env, exited 1
    // ("process 0 is starting") instead of printing the first one's environment: LocalDataDirRace
    // failed so under load. Here that moment is held still: the lock emptied and the first
    // endpoint's runtime file put aside, as while it starts; the file comes back once the second
    // one is waiting.
    const QString dataDir = m_endpoint.dataDir();
    const QString lock = QDir(dataDir).filePath(QStringLiteral("sagedesk-local.lock"));
    const QString info = Local::LocalEndpointInfo::filePath(dataDir);
    QFile lockFile(lock);
    ASSERT_TRUE(lockFile.resize(0));
    ASSERT_TRUE(QFile::rename(info, info + QStringLiteral(".aside")));
    QProcess second;
    second.start(QStringLiteral(SAGEDESK_LOCAL_PATH),
                 {QStringLiteral("--data-dir"), dataDir, QStringLiteral("--port"), QStringLiteral("0"),
                  QStringLiteral("--print-env")});
    ASSERT_TRUE(second.waitForStarted(10000));
    const bool exitedEarly = second.waitForFinished(500);
    ASSERT_TRUE(QFile::rename(info + QStringLiteral(".aside"), info));
    ASSERT_FALSE(exitedEarly) << "exit " << second.exitCode() << ": "
                              << second.readAllStandardError().constData();
    ASSERT_TRUE(second.waitForFinished(60000));
    EXPECT_EQ(second.exitCode(), 0) << second.readAllStandardError().constData();
    EXPECT_TRUE(second.readAllStandardOutput().contains(
        QStringLiteral("AWS_ENDPOINT_URL=%1\n").arg(m_endpoint.endpointUrl()).toUtf8()));
    EXPECT_TRUE(QFileInfo::exists(lock)) << "the first endpoint's lock was taken for stale and removed";
}

TEST_F(LocalDataDirTest, EverythingTheEndpointCreatesIsOwnerOnly)
{
    // The endpoint was started with this test's umask (022 here, as on most desktops).
    auto run =
        m_endpoint.aws({QStringLiteral("s3"), QStringLiteral("mb"), QStringLiteral("s3://private-bucket")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QString name = QStringLiteral("private-nb");
    run = m_endpoint.aws({QStringLiteral("sagemaker"), QStringLiteral("create-notebook-instance"),
                          QStringLiteral("--notebook-instance-name"), name, QStringLiteral("--instance-type"),
                          QStringLiteral("ml.t3.medium"), QStringLiteral("--role-arn"),
                          m_endpoint.executionRoleArn()});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    ASSERT_TRUE(m_endpoint.waitForStatus(name, QStringLiteral("InService")))
        << m_endpoint.status(name).toStdString();

    QStringList seen;
    QStringList open;
    QDirIterator it(m_endpoint.dataDir(),
                    QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    const auto check = [&](const QString& path) {
        struct stat status = {};
        if (::lstat(QFile::encodeName(path).constData(), &status) != 0 || S_ISLNK(status.st_mode) ||
            S_ISSOCK(status.st_mode)) {
            return;
        }
        seen << QFileInfo(path).fileName();
        if ((status.st_mode & 077) != 0) {
            open << QStringLiteral("%1 %2").arg(status.st_mode & 0777, 3, 8).arg(path);
        }
    };
    check(m_endpoint.dataDir());
    while (it.hasNext()) {
        check(it.next());
    }
    EXPECT_TRUE(open.isEmpty()) << open.join(QLatin1Char('\n')).toStdString();
    for (const QString& expected :
         {QStringLiteral("state.sqlite"), QStringLiteral("state.sqlite-wal"),
          QStringLiteral("state.sqlite-shm"), QStringLiteral("credentials.json"),
          QStringLiteral("endpoint.json"), QStringLiteral("private-bucket"), name}) {
        EXPECT_TRUE(seen.contains(expected)) << expected.toStdString() << " not found";
    }
}

TEST(LocalDataDirRace, TwoFirstStartsRacingShareOneEndpointAndOneKey)
{
    QTemporaryDir dataDir;
    std::array<QProcess, 2> starts;
    for (QProcess& start : starts) {
        start.start(QStringLiteral(SAGEDESK_LOCAL_PATH),
                    {QStringLiteral("--data-dir"), dataDir.path(), QStringLiteral("--port"),
                     QStringLiteral("0"), QStringLiteral("--print-env")});
    }
    std::array<QByteArray, 2> printed;
    const bool bothPrinted = QTest::qWaitFor(
        [&] {
            for (std::size_t i = 0; i < starts.size(); ++i) {
                printed[i] += starts[i].readAllStandardOutput();
            }
            return printed[0].contains("AWS_ENDPOINT_URL=") && printed[1].contains("AWS_ENDPOINT_URL=");
        },
        60000);
    for (QProcess& start : starts) {
        start.terminate();
        start.waitForFinished(20000);
    }
    ASSERT_TRUE(bothPrinted) << Redaction::redact(printed[0]).constData() << "\n---\n"
                             << Redaction::redact(printed[1]).constData() << "\n"
                             << starts[0].readAllStandardError().constData()
                             << starts[1].readAllStandardError().constData();
    // The same endpoint and the same key for both, and that key is the one on disk.
    EXPECT_EQ(printed[0], printed[1]);
    const auto key = Local::LocalCredentials::load(dataDir.path());
    ASSERT_TRUE(key);
    EXPECT_TRUE(printed[0].contains("AWS_SECRET_ACCESS_KEY=" + key->secretAccessKey.toLatin1() + '\n'));
}

} // namespace
} // namespace SageDesk::Test
