// Idle auto-stop through the SageMaker API: the tag sagedesk:idle-stop-minutes makes sagedesk-local
// itself stop an instance nobody uses. The hidden test option --test-idle-minute-ms makes the
// endpoint's "minute" one second long. The exact status sequence, Stopping included, is proven on the
// runtime's own signals by LocalRuntimeIdle.IdleInstanceStopsItself; over the API, a status as short as
// Stopping can only be sampled, and a loaded machine misses a sample, so these tests wait for the real
// end state instead.
#include "support/LocalTestEndpoint.h"

#include <gtest/gtest.h>

#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace SageDesk::Test {
namespace {

class LocalIdleStopEndpointTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (const QString missing = LocalTestEndpoint::missingTools(); !missing.isEmpty()) {
            GTEST_SKIP() << missing.toStdString();
        }
        ASSERT_TRUE(m_endpoint.start({QStringLiteral("--test-idle-minute-ms"), QStringLiteral("1000")}))
            << m_endpoint.error().toStdString();
        m_role = m_endpoint.executionRoleArn();
    }

    LocalTestEndpoint::Run sagemaker(const QString& operation, const QString& name,
                                     const QStringList& more = {}) const
    {
        return m_endpoint.aws(QStringList{QStringLiteral("sagemaker"), operation,
                                          QStringLiteral("--notebook-instance-name"), name} +
                              more);
    }

    QStringList createArguments() const
    {
        return {QStringLiteral("--instance-type"), QStringLiteral("ml.t3.medium"),
                QStringLiteral("--role-arn"), m_role};
    }

    // Creates `name` with the idle-stop tag set to `value`.
    void createTagged(const QString& name, const QString& value) const
    {
        const auto run = sagemaker(
            QStringLiteral("create-notebook-instance"), name,
            createArguments() + QStringList{QStringLiteral("--tags"),
                                            QStringLiteral("Key=sagedesk:idle-stop-minutes,Value=") + value});
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    }

    // Waits for `name` to reach Stopped by itself, and checks how it got there: no failure, and no
    // status out of the order Pending, InService, Stopping, Stopped among those seen on the way.
    void expectStopsByItself(const QString& name) const
    {
        const QStringList order{QStringLiteral("Pending"), QStringLiteral("InService"),
                                QStringLiteral("Stopping"), QStringLiteral("Stopped")};
        QStringList seen;
        QJsonObject described;
        const bool stopped = QTest::qWaitFor(
            [&] {
                described = m_endpoint.quickSageMakerCall("DescribeNotebookInstance", name);
                const QString status = described.value(QLatin1String("NotebookInstanceStatus")).toString();
                if (!status.isEmpty() && (seen.isEmpty() || seen.last() != status)) {
                    seen.append(status);
                }
                return status == QLatin1String("Stopped");
            },
            120000);
        ASSERT_TRUE(stopped) << seen.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(described.value(QLatin1String("FailureReason")).toString().isEmpty());
        qsizetype previous = -1;
        for (const QString& status : seen) {
            const qsizetype at = order.indexOf(status);
            EXPECT_GT(at, previous) << seen.join(QLatin1Char(' ')).toStdString();
            previous = at;
        }
    }

    LocalTestEndpoint m_endpoint;
    QString m_role;
};

TEST_F(LocalIdleStopEndpointTest, CreateTagStopsTheIdleInstance)
{
    const QString name = QStringLiteral("idle-created");
    ASSERT_NO_FATAL_FAILURE(createTagged(name, QStringLiteral("1")));
    expectStopsByItself(name);
}

TEST_F(LocalIdleStopEndpointTest, AddTagsOnARunningInstanceStopsItOnceIdle)
{
    const QString name = QStringLiteral("idle-tagged");
    auto run = sagemaker(QStringLiteral("create-notebook-instance"), name, createArguments());
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    ASSERT_TRUE(m_endpoint.waitForStatus(name, QStringLiteral("InService")));
    const QString arn = m_endpoint.quickSageMakerCall("DescribeNotebookInstance", name)
                            .value(QLatin1String("NotebookInstanceArn"))
                            .toString();
    ASSERT_FALSE(arn.isEmpty());

    run = m_endpoint.aws({QStringLiteral("sagemaker"), QStringLiteral("add-tags"),
                          QStringLiteral("--resource-arn"), arn, QStringLiteral("--tags"),
                          QStringLiteral("Key=sagedesk:idle-stop-minutes,Value=1")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    expectStopsByItself(name);
}

// Whether auto-stop is off is judged against a control tagged alike and started later: once the
// control has stopped by itself, the one under test, still watched, would have stopped first. No fixed
// wait decides it. 30 "minutes" (seconds here) leave time to remove the tag before the first stop.
TEST_F(LocalIdleStopEndpointTest, RemovingTheTagEndsAutoStop)
{
    const QString name = QStringLiteral("idle-untagged");
    ASSERT_NO_FATAL_FAILURE(createTagged(name, QStringLiteral("30")));
    ASSERT_TRUE(m_endpoint.waitForStatus(name, QStringLiteral("InService")));
    const QString arn = m_endpoint.quickSageMakerCall("DescribeNotebookInstance", name)
                            .value(QLatin1String("NotebookInstanceArn"))
                            .toString();
    const auto run = m_endpoint.aws({QStringLiteral("sagemaker"), QStringLiteral("delete-tags"),
                                     QStringLiteral("--resource-arn"), arn, QStringLiteral("--tag-keys"),
                                     QStringLiteral("sagedesk:idle-stop-minutes")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();

    const QString control = QStringLiteral("idle-control");
    ASSERT_NO_FATAL_FAILURE(createTagged(control, QStringLiteral("30")));
    expectStopsByItself(control);
    EXPECT_EQ(m_endpoint.status(name).toStdString(), "InService");
}

// AWS takes any tag value; a value that is not a whole number of minutes is ignored (no auto-stop), and
// the instance's Jupyter log (the details pane, CloudWatch Logs) says so. The control is as above.
TEST_F(LocalIdleStopEndpointTest, AMistypedValueIsIgnoredWithAWarningInTheJupyterLog)
{
    const QString name = QStringLiteral("idle-mistyped");
    ASSERT_NO_FATAL_FAILURE(createTagged(name, QStringLiteral("1m")));
    const QString control = QStringLiteral("idle-control");
    ASSERT_NO_FATAL_FAILURE(createTagged(control, QStringLiteral("1")));
    ASSERT_TRUE(m_endpoint.waitForStatus(name, QStringLiteral("InService")));
    expectStopsByItself(control);
    EXPECT_EQ(m_endpoint.status(name).toStdString(), "InService");

    // In the aws CLI's JSON the value's quotes are escaped.
    const QString warning =
        QStringLiteral("The tag sagedesk:idle-stop-minutes has the value \\\"1m\\\", which is "
                       "not a whole number of minutes: idle auto-stop is off.");
    QString events;
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            events = m_endpoint
                         .aws({QStringLiteral("logs"), QStringLiteral("get-log-events"),
                               QStringLiteral("--log-group-name"),
                               QStringLiteral("/aws/sagemaker/NotebookInstances"),
                               QStringLiteral("--log-stream-name"), name + QStringLiteral("/jupyter.log")})
                         .out;
            return events.contains(warning);
        },
        60000))
        << events.toStdString();
}

// The option is for tests and bounded: a value outside 200 ms to one minute is refused at start, so a
// typo can neither stop instances in a blink nor silently mean "never".
TEST(LocalIdleMinuteOption, RefusesValuesOutsideItsRange)
{
    QTemporaryDir dataDir;
    for (const QString& value : {QStringLiteral("0"), QStringLiteral("50"), QStringLiteral("60001"),
                                 QStringLiteral("-1000"), QStringLiteral("soon")}) {
        QProcess endpoint;
        endpoint.start(QStringLiteral(SAGEDESK_LOCAL_PATH),
                       {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data-dir"),
                        dataDir.path(), QStringLiteral("--test-idle-minute-ms"), value});
        ASSERT_TRUE(endpoint.waitForFinished(30000)) << value.toStdString();
        EXPECT_EQ(endpoint.exitCode(), 2) << value.toStdString();
        EXPECT_TRUE(endpoint.readAllStandardError().contains("Invalid --test-idle-minute-ms"))
            << value.toStdString();
    }
}

// Hidden from --help: users see no test knob.
TEST(LocalIdleMinuteOption, IsNotInTheHelp)
{
    QProcess endpoint;
    endpoint.start(QStringLiteral(SAGEDESK_LOCAL_PATH), {QStringLiteral("--help")});
    ASSERT_TRUE(endpoint.waitForFinished(30000));
    const QByteArray help = endpoint.readAllStandardOutput();
    EXPECT_TRUE(help.contains("--data-dir")) << help.toStdString();
    EXPECT_FALSE(help.contains("idle-minute")) << help.toStdString();
}

} // namespace
} // namespace SageDesk::Test
