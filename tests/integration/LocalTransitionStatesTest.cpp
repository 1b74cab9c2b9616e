// UpdateNotebookInstance passes through Updating and DeleteNotebookInstance through Deleting, long
// enough for a Describe right after the call to see them, as on AWS; the endpoint refuses what AWS
// refuses in those states (its own refusal texts); boto3's waiters and the app's
// NotebookInstanceWaiter ride both out, and the volume goes only while Deleting.
#include "aws/services/SageMakerClient.h"
#include "aws/waiters/NotebookInstanceWaiter.h"
#include "support/LocalEndpointTest.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace SageDesk::Test {
namespace {

using Until = Aws::NotebookInstanceWaiter::Until;

// Create, wait InService, stop, wait Stopped (boto3's waiters, one-second pauses), then update and
// delete with a Describe and the refused calls right after each; prints what it saw as JSON.
const char* const kScript = R"PY(
import json, os, sys, boto3, botocore.exceptions
sm = boto3.client("sagemaker", endpoint_url=os.environ["AWS_ENDPOINT_URL"])
name = "transitions"
fast = {"Delay": 1, "MaxAttempts": 120}
def status():
    return sm.describe_notebook_instance(NotebookInstanceName=name)["NotebookInstanceStatus"]
def refusal(call, **kwargs):
    try:
        call(NotebookInstanceName=name, **kwargs)
        return "accepted"
    except botocore.exceptions.ClientError as error:
        return error.response["Error"]["Code"] + ": " + error.response["Error"]["Message"]
out = {}
sm.create_notebook_instance(NotebookInstanceName=name, InstanceType="ml.t3.medium",
                            RoleArn=os.environ["ROLE_ARN"])
sm.get_waiter("notebook_instance_in_service").wait(NotebookInstanceName=name, WaiterConfig=fast)
sm.stop_notebook_instance(NotebookInstanceName=name)
sm.get_waiter("notebook_instance_stopped").wait(NotebookInstanceName=name, WaiterConfig=fast)
sm.update_notebook_instance(NotebookInstanceName=name, VolumeSizeInGB=10)
out["after_update"] = status()
out["update_start"] = refusal(sm.start_notebook_instance)
out["update_update"] = refusal(sm.update_notebook_instance, VolumeSizeInGB=12)
out["update_delete"] = refusal(sm.delete_notebook_instance)
out["update_stop"] = refusal(sm.stop_notebook_instance)
sm.get_waiter("notebook_instance_stopped").wait(NotebookInstanceName=name, WaiterConfig=fast)
described = sm.describe_notebook_instance(NotebookInstanceName=name)
out["updated"] = [described["NotebookInstanceStatus"], described["VolumeSizeInGB"]]
sm.delete_notebook_instance(NotebookInstanceName=name)
out["after_delete"] = status()
out["volume_while_deleting"] = os.path.isdir(os.environ["VOLUME"])
out["delete_start"] = refusal(sm.start_notebook_instance)
out["delete_delete"] = refusal(sm.delete_notebook_instance)
out["delete_url"] = refusal(sm.create_presigned_notebook_instance_url)
sm.get_waiter("notebook_instance_deleted").wait(NotebookInstanceName=name, WaiterConfig=fast)
out["gone"] = refusal(sm.describe_notebook_instance)
out["volume_after"] = os.path.isdir(os.environ["VOLUME"])
print(json.dumps(out))
)PY";

class LocalTransitionStatesTest : public LocalContextTest
{
protected:
    QString arnOf(const QString& name)
    {
        return QStringLiteral("arn:aws:sagemaker:%1:%2:notebook-instance/%3")
            .arg(m_endpoint.environment().value(QStringLiteral("AWS_DEFAULT_REGION")), m_endpoint.accountId(),
                 name);
    }
    QString refusal(const char* status, const char* acceptedFrom, const char* target, const QString& name)
    {
        return QStringLiteral(
                   "ValidationException: Status (%1) not in (%2). Unable to transition to (%3) for "
                   "Notebook Instance (%4).")
            .arg(QLatin1String(status), QLatin1String(acceptedFrom), QLatin1String(target), arnOf(name));
    }
};

TEST_F(LocalTransitionStatesTest, Boto3SeesUpdatingAndDeleting)
{
    m_endpoint.setEnvironmentValue(QStringLiteral("ROLE_ARN"), m_endpoint.executionRoleArn());
    const QString volume = m_endpoint.dataDir() + QStringLiteral("/instances/transitions");
    m_endpoint.setEnvironmentValue(QStringLiteral("VOLUME"), volume);
    const auto run = m_endpoint.python({QStringLiteral("-c"), QString::fromUtf8(kScript)});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString() << m_endpoint.output().toStdString();
    const QJsonObject out = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const auto text = [&](const char* key) { return out.value(QLatin1String(key)).toString(); };
    const QString name = QStringLiteral("transitions");

    EXPECT_EQ(text("after_update"), QStringLiteral("Updating"));
    EXPECT_EQ(text("update_start"), refusal("Updating", "[Stopped, Failed]", "Pending", name));
    EXPECT_EQ(text("update_update"), refusal("Updating", "[Stopped]", "Updating", name));
    EXPECT_EQ(text("update_delete"), refusal("Updating", "[Stopped, Failed]", "Deleting", name));
    EXPECT_EQ(text("update_stop"), refusal("Updating", "[InService]", "Stopping", name));
    const QJsonArray updated = out.value(QLatin1String("updated")).toArray();
    EXPECT_EQ(updated.at(0).toString(), QStringLiteral("Stopped"));
    EXPECT_EQ(updated.at(1).toInt(), 10);

    EXPECT_EQ(text("after_delete"), QStringLiteral("Deleting"));
    EXPECT_TRUE(out.value(QLatin1String("volume_while_deleting")).toBool());
    EXPECT_EQ(text("delete_start"), refusal("Deleting", "[Stopped, Failed]", "Pending", name));
    EXPECT_EQ(text("delete_delete"), refusal("Deleting", "[Stopped, Failed]", "Deleting", name));
    EXPECT_TRUE(text("delete_url").startsWith(QLatin1String("ValidationException: Status (Deleting) not in")))
        << text("delete_url").toStdString();
    EXPECT_EQ(text("gone"), QStringLiteral("ValidationException: RecordNotFound"));
    EXPECT_FALSE(out.value(QLatin1String("volume_after")).toBool());
    EXPECT_FALSE(QDir(volume).exists());
}

TEST_F(LocalTransitionStatesTest, AppWaiterRidesOutUpdatingAndDeleting)
{
    Aws::SageMakerClient client(m_context.get());
    CreateNotebookInstanceRequest request;
    request.notebookInstanceName = QStringLiteral("waited");
    request.instanceType = QStringLiteral("ml.t3.medium");
    request.roleArn = m_endpoint.executionRoleArn();
    ASSERT_TRUE(client.createNotebookInstance(request).wait());
    Aws::NotebookInstanceWaiter waiter(m_context.get());
    QStringList seen;
    waiter.setProgressHandler([&seen](const NotebookInstance& instance) {
        seen.append(NotebookInstanceStatuses::toString(instance.notebookInstanceStatus));
    });
    ASSERT_TRUE(waiter.wait(request.notebookInstanceName, Until::InService).wait());
    ASSERT_TRUE(client.stopNotebookInstance(request.notebookInstanceName).wait());
    ASSERT_TRUE(waiter.wait(request.notebookInstanceName, Until::Stopped).wait());

    UpdateNotebookInstanceRequest update;
    update.notebookInstanceName = request.notebookInstanceName;
    update.volumeSizeInGB = 8;
    ASSERT_TRUE(client.updateNotebookInstance(update).wait());
    seen.clear();
    const auto stopped = waiter.wait(request.notebookInstanceName, Until::Stopped).wait();
    ASSERT_TRUE(stopped) << stopped.error().toDisplayString().toStdString();
    EXPECT_EQ(seen.first(), QStringLiteral("Updating"));
    EXPECT_EQ(seen.last(), QStringLiteral("Stopped"));
    EXPECT_EQ(stopped->value().volumeSizeInGB, 8);

    ASSERT_TRUE(client.deleteNotebookInstance(request.notebookInstanceName).wait());
    seen.clear();
    const auto deleted = waiter.wait(request.notebookInstanceName, Until::Deleted).wait();
    ASSERT_TRUE(deleted) << deleted.error().toDisplayString().toStdString();
    EXPECT_FALSE(deleted->has_value());
    ASSERT_FALSE(seen.isEmpty());
    EXPECT_EQ(seen.first(), QStringLiteral("Deleting"));
}

} // namespace
} // namespace SageDesk::Test
