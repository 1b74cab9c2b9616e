// A server a test started must not outlive the test when ctest's timeout (or a crash) kills it with
// no destructor run: it would hold its port, memory and CPU under every test after it.
#include "local/runtime/InstanceProcesses.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QThread>

#include <gtest/gtest.h>

#include <csignal>

namespace SageDesk::Test {
namespace {

TEST(ServerProcessOwnerTest, AServerEndsWithTheKilledTestThatStartedIt)
{
    QProcess owner;
    owner.start(QStringLiteral(SAGEDESK_SERVER_OWNER_PATH), {});
    ASSERT_TRUE(owner.waitForStarted(10000)) << owner.errorString().toStdString();
    QByteArray printed;
    QDeadlineTimer started(30000);
    while (!printed.contains('\n') && owner.waitForReadyRead(static_cast<int>(started.remainingTime()))) {
        printed += owner.readAllStandardOutput();
    }
    const qint64 server = printed.trimmed().toLongLong();
    ASSERT_GT(server, 0) << "the owner printed \"" << printed.constData() << "\" and "
                         << owner.readAllStandardError().constData();
    ASSERT_TRUE(Local::InstanceProcesses::isAlive(server));

    ::kill(static_cast<pid_t>(owner.processId()), SIGKILL);
    ASSERT_TRUE(owner.waitForFinished(10000));
    QDeadlineTimer deadline(30000);
    while (Local::InstanceProcesses::isAlive(server) && !deadline.hasExpired()) {
        QThread::msleep(20);
    }
    const bool survived = Local::InstanceProcesses::isAlive(server);
    if (survived) {
        ::kill(static_cast<pid_t>(server), SIGKILL);
    }
    EXPECT_FALSE(survived) << "the server " << server << " outlived its killed owner";
}

} // namespace
} // namespace SageDesk::Test
