// Crash safety: an endpoint that dies leaves its Jupyter servers running; the next one adopts the
// wanted ones, ends the others and reports the ones that are gone.
#include "support/LocalRuntimeTestSupport.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QProcessEnvironment>

#include <cstdio>
#include <cstdlib>

using namespace SageDesk;
using namespace SageDesk::Local;
using namespace SageDesk::Test;

namespace {

const auto kCrashDataDirVariable = QStringLiteral("SAGEDESK_RUNTIME_CRASH_DATA_DIR");
const auto kCrashNameVariable = QStringLiteral("SAGEDESK_RUNTIME_CRASH_NAME");

// When a test re-runs this executable with the variables above, the copy acts as an endpoint that
// starts one instance and is killed (SIGKILL, no destructors) as soon as it is InService. It runs
// before main() so that it never reaches GoogleTest.
const bool kRunsAsCrashingEndpoint = [] {
    const QString dataDir = qEnvironmentVariable("SAGEDESK_RUNTIME_CRASH_DATA_DIR");
    if (dataDir.isEmpty()) {
        return false;
    }
    int argc = 1;
    char program[] = "crashing-endpoint";
    char* argv[] = {program, nullptr};
    QCoreApplication app(argc, argv);
    NotebookRuntime runtime(dataDir);
    QObject::connect(&runtime, &NotebookRuntime::statusChanged, &app,
                     [](const QString&, NotebookInstanceStatus status, const QString& reason) {
                         if (status == NotebookInstanceStatus::InService) {
                             std::puts("InService");
                             std::fflush(stdout);
                             InstanceProcesses::send({QCoreApplication::applicationPid()},
                                                     InstanceProcesses::Signal::Kill);
                         }
                         if (status == NotebookInstanceStatus::Failed) {
                             std::printf("Failed: %s\n", qPrintable(reason));
                             std::fflush(stdout);
                             std::_Exit(2);
                         }
                     });
    NotebookRuntimeSpec spec;
    spec.name = qEnvironmentVariable("SAGEDESK_RUNTIME_CRASH_NAME");
    spec.firstStart = true;
    spec.idleStopMinutes = 30;
    runtime.start(spec);
    app.exec();
    std::_Exit(3);
}();

class LocalRuntimeReconcile : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!jupyterInstalled()) {
            GTEST_SKIP() << "jupyter-notebook is not installed";
        }
    }

    // Starts `name` in a separate endpoint process that then crashes.
    void startInCrashingEndpoint(const QString& name)
    {
        QProcess endpoint;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(kCrashDataDirVariable, m_data.path());
        environment.insert(kCrashNameVariable, name);
        endpoint.setProcessEnvironment(environment);
        endpoint.setProcessChannelMode(QProcess::MergedChannels);
        endpoint.start(QCoreApplication::applicationFilePath(), {});
        ASSERT_TRUE(endpoint.waitForFinished(120000));
        const QByteArray output = endpoint.readAll();
        ASSERT_EQ(endpoint.exitStatus(), QProcess::CrashExit) << output.toStdString();
        ASSERT_TRUE(output.contains("InService")) << output.toStdString();
    }

    QString marker(const QString& name) const { return m_data.path() + QStringLiteral("/instances/") + name; }

    QTemporaryDir m_data;
};

} // namespace

TEST_F(LocalRuntimeReconcile, AdoptsRunningEndsOrphansAndReportsGone)
{
    ASSERT_FALSE(kRunsAsCrashingEndpoint);
    startInCrashingEndpoint(QStringLiteral("kept"));
    startInCrashingEndpoint(QStringLiteral("deleted"));
    startInCrashingEndpoint(QStringLiteral("died"));
    ASSERT_FALSE(InstanceProcesses::find(marker(QStringLiteral("kept"))).isEmpty())
        << "Jupyter outlives the crash";
    const QList<qint64> died = InstanceProcesses::find(marker(QStringLiteral("died")));
    ASSERT_FALSE(died.isEmpty());
    InstanceProcesses::send(died, InstanceProcesses::Signal::Kill);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return InstanceProcesses::find(marker(QStringLiteral("died"))).isEmpty(); }));

    NotebookRuntime runtime(m_data.path());
    RuntimeStatusLog log(runtime);
    const RuntimeReconcileReport report =
        runtime.reconcile({QStringLiteral("kept"), QStringLiteral("died"), QStringLiteral("never-started")});
    EXPECT_EQ(report.adopted, QStringList{QStringLiteral("kept")});
    EXPECT_EQ(report.endedOrphans, QStringList{QStringLiteral("deleted")});
    EXPECT_EQ(report.gone, (QStringList{QStringLiteral("died"), QStringLiteral("never-started")}));
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return InstanceProcesses::find(marker(QStringLiteral("deleted"))).isEmpty(); }));

    EXPECT_TRUE(runtime.isServing(QStringLiteral("kept")));
    EXPECT_TRUE(runtime.signIn(QStringLiteral("kept"), 1800).has_value());
    ASSERT_TRUE(runtime.stop(QStringLiteral("kept")));
    ASSERT_TRUE(log.waitFor(QStringLiteral("kept"), NotebookInstanceStatus::Stopped, 10000));
    EXPECT_TRUE(InstanceProcesses::find(marker(QStringLiteral("kept"))).isEmpty());
}

TEST_F(LocalRuntimeReconcile, DetachedServerOutlivesTheRuntimeAndIsAdoptedAgain)
{
    const QString name = QStringLiteral("detached");
    QList<qint64> processes;
    {
        NotebookRuntime runtime(m_data.path());
        RuntimeStatusLog log(runtime);
        NotebookRuntimeSpec spec;
        spec.name = name;
        spec.firstStart = true;
        ASSERT_TRUE(runtime.start(spec));
        ASSERT_TRUE(log.waitForSettled(name));
        ASSERT_EQ(log.last(name)->status, NotebookInstanceStatus::InService);
        processes = InstanceProcesses::find(marker(name));
        ASSERT_FALSE(processes.isEmpty());

        EXPECT_EQ(runtime.detachServing(), QStringList{name});
        EXPECT_FALSE(runtime.isRunning(name));
        EXPECT_FALSE(runtime.signIn(name, 1800).has_value());
        EXPECT_EQ(log.statuses(name).size(), 2) << "detaching reports no Stopping";
    }
    EXPECT_EQ(InstanceProcesses::find(marker(name)), processes)
        << "the runtime went away without stopping it";

    NotebookRuntime runtime(m_data.path());
    RuntimeStatusLog log(runtime);
    EXPECT_EQ(runtime.reconcile({name}).adopted, QStringList{name});
    ASSERT_TRUE(runtime.stop(name));
    ASSERT_TRUE(log.waitFor(name, NotebookInstanceStatus::Stopped, 10000));
    EXPECT_TRUE(InstanceProcesses::find(marker(name)).isEmpty());
}
