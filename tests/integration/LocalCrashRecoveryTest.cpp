// sagedesk-local killed with SIGKILL in each notebook instance state, or stopped with SIGTERM, and
// started again on the same data directory: statuses reconciled, no Jupyter left behind unowned,
// no volume file lost, no zombie.
#include "support/LocalTestEndpoint.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace SageDesk::Test {
namespace {

// Live processes whose command line (arguments joined by spaces) mentions `text`; zombies have
// none, so they never match.
QList<qint64> processesMentioning(const QString& text)
{
    QList<qint64> pids;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& entry : entries) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(entry));
        if (ok && cmdline.open(QIODevice::ReadOnly) &&
            QString::fromUtf8(cmdline.readAll().replace('\0', ' ')).contains(text)) {
            pids << pid;
        }
    }
    return pids;
}

// Zombies whose parent is `parent`.
QList<qint64> zombieChildrenOf(qint64 parent)
{
    QList<qint64> pids;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& entry : entries) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(entry));
        if (!stat.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QByteArray text = stat.readAll();
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && fields[0] == "Z" && fields[1].toLongLong() == parent) {
            pids << entry.toLongLong();
        }
    }
    return pids;
}

// The deadline is real time, however slowly a loaded machine lets the killed processes go.
bool waitUntilNoProcesses(const QString& text, int milliseconds = 30000)
{
    return QTest::qWaitFor([&] { return processesMentioning(text).isEmpty(); }, milliseconds);
}

QStringList createArguments(const QString& name, const QString& role)
{
    return {QStringLiteral("sagemaker"),
            QStringLiteral("create-notebook-instance"),
            QStringLiteral("--notebook-instance-name"),
            name,
            QStringLiteral("--instance-type"),
            QStringLiteral("ml.t3.medium"),
            QStringLiteral("--role-arn"),
            role};
}

class LocalCrashRecoveryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (const QString missing = LocalTestEndpoint::missingTools(); !missing.isEmpty()) {
            GTEST_SKIP() << missing.toStdString();
        }
        m_first = std::make_unique<LocalTestEndpoint>(m_dir.path());
        ASSERT_TRUE(m_first->start()) << m_first->error().toStdString();
        m_role = m_first->executionRoleArn();
    }

    void createInService(const QString& name)
    {
        const auto run = m_first->aws(createArguments(name, m_role));
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
        ASSERT_TRUE(m_first->waitForStatus(name, QStringLiteral("InService")))
            << m_first->status(name).toStdString();
        QFile file(volumeFile(name));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("survives");
    }

    QString volumeFile(const QString& name) const
    {
        return m_dir.path() + QStringLiteral("/instances/%1/SageMaker/notes.txt").arg(name);
    }
    QString instanceDir(const QString& name) const
    {
        return m_dir.path() + QStringLiteral("/instances/") + name;
    }

    void restart(const QStringList& arguments = {})
    {
        m_second = std::make_unique<LocalTestEndpoint>(m_dir.path());
        ASSERT_TRUE(m_second->start(arguments)) << m_second->error().toStdString();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<LocalTestEndpoint> m_first;
    std::unique_ptr<LocalTestEndpoint> m_second;
    QString m_role;
};

TEST_F(LocalCrashRecoveryTest, KilledWhileInServiceAdoptsTheRunningJupyter)
{
    createInService(QStringLiteral("serving"));
    const QList<qint64> before = processesMentioning(instanceDir(QStringLiteral("serving")));
    ASSERT_FALSE(before.isEmpty());
    m_first->kill();

    restart();
    EXPECT_EQ(m_second->status(QStringLiteral("serving")), QStringLiteral("InService"));
    EXPECT_EQ(processesMentioning(instanceDir(QStringLiteral("serving"))), before);
    EXPECT_TRUE(QFile::exists(volumeFile(QStringLiteral("serving"))));

    // Adopted means owned again: it can be stopped and its processes end.
    auto run = m_second->aws({QStringLiteral("sagemaker"), QStringLiteral("stop-notebook-instance"),
                              QStringLiteral("--notebook-instance-name"), QStringLiteral("serving")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(m_second->waitForStatus(QStringLiteral("serving"), QStringLiteral("Stopped")));
    EXPECT_TRUE(waitUntilNoProcesses(instanceDir(QStringLiteral("serving"))));
    EXPECT_TRUE(zombieChildrenOf(m_second->pid()).isEmpty());
}

TEST_F(LocalCrashRecoveryTest, KilledWhilePendingFailsWithAReasonAndEndsTheScript)
{
    // An odd duration makes the script's sleep recognisable among all processes.
    const QString sleeper = QStringLiteral("sleep 119.4242");
    const QByteArray script = "#!/bin/bash\n" + sleeper.toUtf8() + '\n';
    auto run = m_first->aws({QStringLiteral("sagemaker"),
                             QStringLiteral("create-notebook-instance-lifecycle-config"),
                             QStringLiteral("--notebook-instance-lifecycle-config-name"),
                             QStringLiteral("slow"), QStringLiteral("--on-start"),
                             QStringLiteral("Content=%1").arg(QString::fromLatin1(script.toBase64()))});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    run = m_first->aws(createArguments(QStringLiteral("pending"), m_role) +
                       QStringList{QStringLiteral("--lifecycle-config-name"), QStringLiteral("slow")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    ASSERT_EQ(m_first->status(QStringLiteral("pending")), QStringLiteral("Pending"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !processesMentioning(sleeper).isEmpty(); }, 30000));
    m_first->kill();

    restart();
    run = m_second->aws({QStringLiteral("sagemaker"), QStringLiteral("describe-notebook-instance"),
                         QStringLiteral("--notebook-instance-name"), QStringLiteral("pending")});
    const QJsonObject described = QJsonDocument::fromJson(run.out.toUtf8()).object();
    EXPECT_EQ(described.value(QLatin1String("NotebookInstanceStatus")).toString(), QStringLiteral("Failed"));
    EXPECT_FALSE(described.value(QLatin1String("FailureReason")).toString().isEmpty());
    EXPECT_TRUE(waitUntilNoProcesses(sleeper));
    EXPECT_TRUE(waitUntilNoProcesses(instanceDir(QStringLiteral("pending"))));
    EXPECT_TRUE(zombieChildrenOf(m_second->pid()).isEmpty());
}

TEST_F(LocalCrashRecoveryTest, KilledWhileStoppingEndsStopped)
{
    createInService(QStringLiteral("stopping"));
    m_first->quickSageMakerCall("StopNotebookInstance", QStringLiteral("stopping"));
    const QJsonObject described =
        m_first->quickSageMakerCall("DescribeNotebookInstance", QStringLiteral("stopping"));
    m_first->kill();
    ASSERT_EQ(described.value(QLatin1String("NotebookInstanceStatus")).toString(),
              QStringLiteral("Stopping"));

    restart();
    EXPECT_EQ(m_second->status(QStringLiteral("stopping")), QStringLiteral("Stopped"));
    EXPECT_TRUE(waitUntilNoProcesses(instanceDir(QStringLiteral("stopping"))));
    EXPECT_TRUE(QFile::exists(volumeFile(QStringLiteral("stopping"))));
    EXPECT_TRUE(zombieChildrenOf(m_second->pid()).isEmpty());
}

TEST_F(LocalCrashRecoveryTest, SigtermStopsEveryInstance)
{
    createInService(QStringLiteral("term"));
    ASSERT_TRUE(m_first->terminate());
    EXPECT_TRUE(waitUntilNoProcesses(instanceDir(QStringLiteral("term"))));
    EXPECT_FALSE(QFile::exists(m_dir.path() + QStringLiteral("/endpoint.json")));

    restart();
    EXPECT_EQ(m_second->status(QStringLiteral("term")), QStringLiteral("Stopped"));
    EXPECT_TRUE(QFile::exists(volumeFile(QStringLiteral("term"))));
}

TEST_F(LocalCrashRecoveryTest, SigtermWithKeepRunningLeavesInstancesForTheNextStart)
{
    ASSERT_TRUE(m_first->terminate());
    m_first = std::make_unique<LocalTestEndpoint>(m_dir.path());
    ASSERT_TRUE(m_first->start({QStringLiteral("--keep-running")})) << m_first->error().toStdString();
    createInService(QStringLiteral("kept"));
    const QList<qint64> before = processesMentioning(instanceDir(QStringLiteral("kept")));
    ASSERT_TRUE(m_first->terminate());
    EXPECT_EQ(processesMentioning(instanceDir(QStringLiteral("kept"))), before);
    // A normal exit closes the database, which checkpoints and removes the write-ahead log.
    EXPECT_FALSE(QFile::exists(m_dir.path() + QStringLiteral("/state.sqlite-wal")));
    EXPECT_FALSE(QFile::exists(m_dir.path() + QStringLiteral("/endpoint.json")));

    restart();
    EXPECT_EQ(m_second->status(QStringLiteral("kept")), QStringLiteral("InService"));
    m_second->terminate();
    EXPECT_TRUE(waitUntilNoProcesses(instanceDir(QStringLiteral("kept"))));
}

} // namespace
} // namespace SageDesk::Test
