// Idle auto-stop through the SageMaker API: the tag sagedesk:idle-stop-minutes makes sagedesk-local
// itself stop an instance nobody uses, seen by DescribeNotebookInstance as Stopping, then Stopped.
// SAGEDESK_LOCAL_IDLE_MINUTE_MS makes the endpoint's "minute" one second long.
#include "support/LocalTestEndpoint.h"

#include <gtest/gtest.h>

#include <QDeadlineTimer>
#include <QJsonObject>
#include <QThread>

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
        m_endpoint.setServerEnvironmentValue(QStringLiteral("SAGEDESK_LOCAL_IDLE_MINUTE_MS"),
                                             QStringLiteral("1000"));
        ASSERT_TRUE(m_endpoint.start()) << m_endpoint.error().toStdString();
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

    // Every status DescribeNotebookInstance shows, each once in the order seen, until `last` or the
    // timeout. Raw calls every few milliseconds, so that the short Stopping is not missed.
    QStringList statusesUntil(const QString& name, const QString& last) const
    {
        QStringList seen;
        QDeadlineTimer deadline(std::chrono::seconds(90));
        while (!deadline.hasExpired() && (seen.isEmpty() || seen.last() != last)) {
            const QString status = m_endpoint.quickSageMakerCall("DescribeNotebookInstance", name)
                                       .value(QLatin1String("NotebookInstanceStatus"))
                                       .toString();
            if (!status.isEmpty() && (seen.isEmpty() || seen.last() != status)) {
                seen.append(status);
            }
            QThread::msleep(5);
        }
        return seen;
    }

    LocalTestEndpoint m_endpoint;
    QString m_role;
};

TEST_F(LocalIdleStopEndpointTest, CreateTagStopsTheIdleInstance)
{
    const QString name = QStringLiteral("idle-created");
    const auto run =
        sagemaker(QStringLiteral("create-notebook-instance"), name,
                  createArguments() + QStringList{QStringLiteral("--tags"),
                                                  QStringLiteral("Key=sagedesk:idle-stop-minutes,Value=1")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(statusesUntil(name, QStringLiteral("Stopped")),
              (QStringList{QStringLiteral("Pending"), QStringLiteral("InService"), QStringLiteral("Stopping"),
                           QStringLiteral("Stopped")}));
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
    EXPECT_EQ(
        statusesUntil(name, QStringLiteral("Stopped")),
        (QStringList{QStringLiteral("InService"), QStringLiteral("Stopping"), QStringLiteral("Stopped")}));
}

} // namespace
} // namespace SageDesk::Test
