// sagedesk-local words its ValidationExceptions as AWS does ("1 validation error detected: Value
// 'x' at 'member' failed to satisfy constraint: ..."), seen through boto3 (Debian's), since scripts
// match on those texts; the GUI and the CLI keep the shared validator's own sentences.
#include "support/LocalTestEndpoint.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace SageDesk::Test {
namespace {

// Each case is CreateNotebookInstance with the given members over a valid base; the script prints
// {"case": "Code: message"} as JSON.
const char* const kScript = R"PY(
import json, os, boto3, botocore.exceptions
sm = boto3.client("sagemaker", endpoint_url=os.environ["AWS_ENDPOINT_URL"])
base = {"NotebookInstanceName": "fine", "InstanceType": "ml.t3.medium",
        "RoleArn": "arn:aws:iam::123456789012:role/SageDeskTestRole"}
cases = {
    "bad_name": {"NotebookInstanceName": "bad_name!"},
    "too_long": {"NotebookInstanceName": "a" * 64},
    "bad_enum": {"InstanceType": "ml.bogus"},
    "two": {"NotebookInstanceName": "bad_name!", "RootAccess": "Maybe"},
    "retired": {"PlatformIdentifier": "notebook-al2-v1"},
    "family": {"PlatformIdentifier": "notebook-al2023-v1", "InstanceType": "ml.p3.2xlarge"},
    "default_family": {"InstanceType": "ml.inf1.xlarge"},
}
answers = {}
for name, members in cases.items():
    try:
        sm.create_notebook_instance(**{**base, **members})
        answers[name] = "accepted"
    except botocore.exceptions.ClientError as error:
        answers[name] = error.response["Error"]["Code"] + ": " + error.response["Error"]["Message"]
print(json.dumps(answers))
)PY";

class LocalValidationWireTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!QFile::exists(QStringLiteral("/usr/bin/python3"))) {
            GTEST_SKIP() << "/usr/bin/python3 is not installed";
        }
        ASSERT_TRUE(m_endpoint.start()) << m_endpoint.error().toStdString();
    }

    LocalTestEndpoint m_endpoint;
};

TEST_F(LocalValidationWireTest, Boto3SeesAwsWording)
{
    const auto run = m_endpoint.python({QStringLiteral("-c"), QString::fromUtf8(kScript)});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject answers = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const auto answer = [&](const char* name) { return answers.value(QLatin1String(name)).toString(); };

    EXPECT_EQ(answer("bad_name"),
              QStringLiteral("ValidationException: 1 validation error detected: Value 'bad_name!' at "
                             "'notebookInstanceName' failed to satisfy constraint: Member must satisfy "
                             "regular expression pattern: ^[a-zA-Z0-9](-*[a-zA-Z0-9])*"));
    EXPECT_EQ(answer("too_long"),
              QStringLiteral("ValidationException: 1 validation error detected: Value '%1' at "
                             "'notebookInstanceName' failed to satisfy constraint: Member must have length "
                             "less than or equal to 63")
                  .arg(QString(64, QLatin1Char('a'))));

    const QString badEnum = answer("bad_enum");
    EXPECT_TRUE(badEnum.startsWith(
        QStringLiteral("ValidationException: 1 validation error detected: Value 'ml.bogus' at 'instanceType' "
                       "failed to satisfy constraint: Member must satisfy enum value set: [")))
        << badEnum.toStdString();
    EXPECT_TRUE(badEnum.contains(QLatin1String("ml.t3.medium, "))) << badEnum.toStdString();
    EXPECT_TRUE(badEnum.endsWith(QLatin1Char(']'))) << badEnum.toStdString();

    EXPECT_EQ(answer("two"),
              QStringLiteral("ValidationException: 2 validation errors detected: Value 'bad_name!' at "
                             "'notebookInstanceName' failed to satisfy constraint: Member must satisfy "
                             "regular expression pattern: ^[a-zA-Z0-9](-*[a-zA-Z0-9])*; Value 'Maybe' at "
                             "'rootAccess' failed to satisfy constraint: Member must satisfy enum value set: "
                             "[Enabled, Disabled]"));

    // Values the model allows but AWS no longer creates: refused after the model's checks, in
    // AWS's own words.
    EXPECT_EQ(
        answer("retired"),
        QStringLiteral("ValidationException: Platform identifier (notebook-al2-v1) is not supported for "
                       "this service."));
    EXPECT_EQ(answer("family"), QStringLiteral("ValidationException: Instance type (ml.p3.2xlarge) is not "
                                               "supported for platform identifier (notebook-al2023-v1)."));
    EXPECT_EQ(answer("default_family"),
              QStringLiteral("ValidationException: Instance type (ml.inf1.xlarge) is "
                             "not supported for platform identifier "
                             "(notebook-al2023-v1)."));
}

} // namespace
} // namespace SageDesk::Test
