// Notebook instance names that differ only in case: AWS lower-cases the name in the ARN, so they are
// one instance and the second create is refused as a duplicate with AWS's text; hence no two
// instance folders can collide on a case-insensitive file system. Seen through boto3 (Debian's).
#include "support/LocalEndpointTest.h"
#include "support/LocalTestEndpoint.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace SageDesk::Test {
namespace {

// Creates `first`, then `second`; prints {"arn": ..., "second": "Code: message", "names": [...]}.
const char* const kScript = R"PY(
import json, os, sys, boto3, botocore.exceptions
sm = boto3.client("sagemaker", endpoint_url=os.environ["AWS_ENDPOINT_URL"])
first, second, role = sys.argv[1:4]
arn = sm.create_notebook_instance(NotebookInstanceName=first, InstanceType="ml.t3.medium",
                                  RoleArn=role)["NotebookInstanceArn"]
try:
    sm.create_notebook_instance(NotebookInstanceName=second, InstanceType="ml.t3.medium", RoleArn=role)
    answer = "accepted"
except botocore.exceptions.ClientError as error:
    answer = error.response["Error"]["Code"] + ": " + error.response["Error"]["Message"]
names = [i["NotebookInstanceName"] for i in sm.list_notebook_instances()["NotebookInstances"]]
print(json.dumps({"arn": arn, "second": answer, "names": names}))
)PY";

class LocalNameCaseTest : public SageDesk::Test::LocalEndpointTest
{};

TEST_F(LocalNameCaseTest, NamesDifferingOnlyInCaseAreOneInstance)
{
    const QString role = m_endpoint.executionRoleArn();
    ASSERT_FALSE(role.isEmpty());
    const auto run =
        m_endpoint.python({QStringLiteral("-c"), QString::fromUtf8(kScript), QStringLiteral("Case-Notebook"),
                           QStringLiteral("case-NOTEBOOK"), role});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject answer = QJsonDocument::fromJson(run.out.toUtf8()).object();

    const QString arn = QStringLiteral("arn:aws:sagemaker:us-east-1:%1:notebook-instance/case-notebook")
                            .arg(m_endpoint.accountId());
    EXPECT_EQ(answer.value(QLatin1String("arn")).toString(), arn);
    EXPECT_EQ(
        answer.value(QLatin1String("second")).toString(),
        QStringLiteral("ValidationException: Cannot create a duplicate Notebook Instance (%1)").arg(arn));
    EXPECT_EQ(answer.value(QLatin1String("names")).toArray(), QJsonArray{QStringLiteral("Case-Notebook")});
    // One instance, one folder: nothing for a case-insensitive file system to merge.
    EXPECT_EQ(QDir(m_endpoint.dataDir() + QStringLiteral("/instances"))
                  .entryList(QDir::Dirs | QDir::NoDotAndDotDot),
              QStringList{QStringLiteral("Case-Notebook")});
}

} // namespace
} // namespace SageDesk::Test
