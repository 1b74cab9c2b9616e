// Notebook code calls AWS as the instance's execution role, as on AWS: a real Jupyter kernel, a
// Jupyter terminal and a lifecycle script of a local instance see none of the endpoint's own AWS
// identity, reach sagedesk-local with unchanged code (Debian's boto3 1.26 and the aws CLI 2.9, the
// newer pyenv boto3 and aws CLI), get the role's credentials from the credentials URL, and IAM
// decides by the role's policies what they may do in S3, one test per S3 choice of the recipe.
#include "support/ExecutionRoleSupport.h"
#include "support/LocalTestEndpoint.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace SageDesk::Test {
namespace {

const QString kClientScript = QStringLiteral(SAGEDESK_SOURCE_DIR "/tests/integration/LocalNotebookClient.py");
const QString kCanaryKey = QStringLiteral("AKIACANARYDONOTLEAK01");
const QString kCanarySecret = QStringLiteral("canary/secret/that/must/not/leak");

// Run in the kernel: what each python3 of the machine sees and may do, one RESULT= line each
// (Debian's in the kernel itself, the pyenv one as a child of it). BUCKETS is filled in per test.
const char* const kProbe = R"PY(
PROBE = r'''
import json, os, sys
import boto3, botocore
from botocore.exceptions import ClientError

def outcome(call):
    try:
        call()
        return "ok"
    except ClientError as error:
        return error.response["Error"]["Code"] + ": " + error.response["Error"].get("Message", "")

s3 = boto3.client("s3")
result = {
    "python": sys.executable,
    "botocore": botocore.__version__,
    "arn": boto3.client("sts").get_caller_identity()["Arn"],
    "instances": [item["NotebookInstanceName"]
                  for item in boto3.client("sagemaker").list_notebook_instances()["NotebookInstances"]],
    "environ": dict(os.environ),
    "s3": {},
}
for bucket in BUCKETS:
    result["s3"][bucket] = {
        "put": outcome(lambda: s3.put_object(Bucket=bucket, Key="notebook/hello.txt", Body=b"hello")),
        "get": outcome(lambda: s3.get_object(Bucket=bucket, Key="notebook/hello.txt")["Body"].read()),
        "list": outcome(lambda: s3.list_objects_v2(Bucket=bucket, Prefix="notebook/")),
    }
print("RESULT=" + json.dumps(result))
'''
exec(PROBE)
import subprocess
probe = subprocess.run([PYENV_PYTHON, "-c", "BUCKETS = %r\n" % (BUCKETS,) + PROBE], capture_output=True,
                       text=True, timeout=120)
# Its errors too, so that a failing newer boto3 says why in the test's output.
print(probe.stdout + probe.stderr[-3000:])
)PY";

QString quotedList(const QStringList& items)
{
    QStringList quoted;
    for (const QString& item : items) {
        quoted.append(QLatin1Char('"') + item + QLatin1Char('"'));
    }
    return QLatin1Char('[') + quoted.join(QLatin1Char(',')) + QLatin1Char(']');
}

class LocalNotebookRoleTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (const QString missing = LocalTestEndpoint::missingTools(); !missing.isEmpty()) {
            GTEST_SKIP() << missing.toStdString();
        }
        // The person's own AWS identity, in every form the endpoint could pass on: keys and a profile
        // in its environment, and a credentials file in its home.
        QDir(m_home.path()).mkpath(QStringLiteral(".aws"));
        QFile credentials(m_home.filePath(QStringLiteral(".aws/credentials")));
        ASSERT_TRUE(credentials.open(QIODevice::WriteOnly));
        credentials.write(QStringLiteral("[default]\naws_access_key_id = %1\naws_secret_access_key = %2\n"
                                         "[canary]\naws_access_key_id = %1\naws_secret_access_key = %2\n")
                              .arg(kCanaryKey, kCanarySecret)
                              .toUtf8());
        credentials.close();
        m_endpoint.setServerEnvironmentValue(QStringLiteral("HOME"), m_home.path());
        m_endpoint.setServerEnvironmentValue(QStringLiteral("AWS_ACCESS_KEY_ID"), kCanaryKey);
        m_endpoint.setServerEnvironmentValue(QStringLiteral("AWS_SECRET_ACCESS_KEY"), kCanarySecret);
        m_endpoint.setServerEnvironmentValue(QStringLiteral("AWS_PROFILE"), QStringLiteral("canary"));
        ASSERT_TRUE(m_endpoint.start()) << m_endpoint.error().toStdString();
        m_context = m_endpoint.createContext();
        m_pyenvPython = pyenvPython();
        for (const QString& bucket : m_buckets) {
            const auto made = m_endpoint.aws({QStringLiteral("s3api"), QStringLiteral("create-bucket"),
                                              QStringLiteral("--bucket"), bucket});
            ASSERT_EQ(made.exitCode, 0) << made.err.toStdString();
        }
    }

    // The newer python3 of this machine (pyenv's, first on PATH), or Debian's when there is none.
    static QString pyenvPython()
    {
        QProcess process;
        process.start(QStringLiteral("python3"),
                      {QStringLiteral("-c"), QStringLiteral("import sys; print(sys.executable)")});
        process.waitForFinished(30000);
        const QString path = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
        return path.isEmpty() ? QStringLiteral("/usr/bin/python3") : path;
    }

    // Creates `name` with a role of the recipe for `access` (and `onStart` as its lifecycle
    // script), waits for InService and returns a presigned URL; empty on failure.
    QString startNotebook(const QString& name, const Aws::S3Access& access, const QByteArray& onStart = {})
    {
        m_roleArn = makeExecutionRole(m_context.get(), access);
        if (m_roleArn.isEmpty()) {
            ADD_FAILURE() << "the recipe made no role";
            return {};
        }
        QStringList create = QStringLiteral("sagemaker create-notebook-instance --instance-type ml.t3.medium")
                                 .split(QLatin1Char(' '));
        create << QStringLiteral("--notebook-instance-name") << name << QStringLiteral("--role-arn")
               << m_roleArn;
        if (!onStart.isEmpty()) {
            const auto config = m_endpoint.aws(
                {QStringLiteral("sagemaker"), QStringLiteral("create-notebook-instance-lifecycle-config"),
                 QStringLiteral("--notebook-instance-lifecycle-config-name"), name,
                 QStringLiteral("--on-start"),
                 QStringLiteral("Content=") + QString::fromLatin1(onStart.toBase64())});
            EXPECT_EQ(config.exitCode, 0) << config.err.toStdString();
            create << QStringLiteral("--lifecycle-config-name") << name;
        }
        const auto created = m_endpoint.aws(create);
        EXPECT_EQ(created.exitCode, 0) << created.err.toStdString();
        if (!m_endpoint.waitForStatus(name, QStringLiteral("InService"), std::chrono::seconds(180))) {
            ADD_FAILURE() << "not InService: " << m_endpoint.status(name).toStdString();
            return {};
        }
        return presign(name);
    }

    // A presigned URL signs in once, as on AWS: each browser-like client needs one of its own.
    QString presign(const QString& name)
    {
        const auto url = m_endpoint.aws({QStringLiteral("sagemaker"),
                                         QStringLiteral("create-presigned-notebook-instance-url"),
                                         QStringLiteral("--notebook-instance-name"), name});
        return QJsonDocument::fromJson(url.out.toUtf8())
            .object()
            .value(QLatin1String("AuthorizedUrl"))
            .toString();
    }

    QString assumedRoleArn() const
    {
        return QStringLiteral("arn:aws:sts::%1:assumed-role/%2/SageMaker")
            .arg(m_roleArn.section(QLatin1Char(':'), 4, 4), m_roleArn.section(QLatin1Char('/'), -1));
    }

    // The probe's answers in a kernel of `url`: Debian's python3 first, then pyenv's.
    QList<QJsonObject> probeInKernel(const QString& url)
    {
        QTemporaryDir dir;
        QFile code(dir.filePath(QStringLiteral("probe.py")));
        EXPECT_TRUE(code.open(QIODevice::WriteOnly));
        code.write(QStringLiteral("BUCKETS = %1\nPYENV_PYTHON = \"%2\"\n")
                       .arg(quotedList(m_buckets), m_pyenvPython)
                       .toUtf8() +
                   kProbe);
        code.close();
        const auto run = m_endpoint.python({kClientScript, QStringLiteral("kernel"), url, code.fileName()});
        EXPECT_EQ(run.exitCode, 0) << run.out.toStdString() << run.err.toStdString();
        QList<QJsonObject> results;
        for (const QString& line : run.out.split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("RESULT="))) {
                results.append(QJsonDocument::fromJson(line.mid(7).toUtf8()).object());
            }
        }
        EXPECT_EQ(results.size(), 2) << run.out.toStdString();
        return results;
    }

    QTemporaryDir m_home;
    LocalTestEndpoint m_endpoint;
    std::unique_ptr<Aws::AwsClientContext> m_context;
    QString m_pyenvPython;
    QString m_roleArn;
    const QStringList m_buckets{QStringLiteral("team-data"), QStringLiteral("other-data"),
                                QStringLiteral("shared-sagemaker-data")};
};

TEST_F(LocalNotebookRoleTest, KernelTerminalAndLifecycleScriptRunAsTheRoleAndNeverSeeTheEndpointsKeys)
{
    const QByteArray onStart = "#!/bin/bash\nset -e\nenv\n/usr/bin/aws sts get-caller-identity --output text "
                               "--query Arn\naws sts get-caller-identity --output text --query Arn\n";
    const QString url = startNotebook(QStringLiteral("role-nb"),
                                      Aws::S3Access::specific({QStringLiteral("team-data")}), onStart);
    ASSERT_FALSE(url.isEmpty());
    const QString arn = assumedRoleArn();

    const QList<QJsonObject> results = probeInKernel(url);
    ASSERT_EQ(results.size(), 2);
    for (const QJsonObject& result : results) {
        SCOPED_TRACE(result.value(QLatin1String("python")).toString().toStdString() + " botocore " +
                     result.value(QLatin1String("botocore")).toString().toStdString());
        EXPECT_EQ(result.value(QLatin1String("arn")).toString(), arn);
        EXPECT_EQ(result.value(QLatin1String("instances")).toVariant().toStringList(),
                  QStringList{QStringLiteral("role-nb")});
        const QJsonObject environ = result.value(QLatin1String("environ")).toObject();
        const QString text = QString::fromUtf8(QJsonDocument(environ).toJson());
        EXPECT_FALSE(text.contains(kCanaryKey)) << text.toStdString();
        EXPECT_FALSE(text.contains(kCanarySecret));
        EXPECT_FALSE(environ.contains(QLatin1String("AWS_PROFILE")));
        EXPECT_FALSE(environ.contains(QLatin1String("AWS_ACCESS_KEY_ID")));
        EXPECT_EQ(environ.value(QLatin1String("AWS_DEFAULT_REGION")).toString(),
                  m_endpoint.environment().value(QStringLiteral("AWS_REGION")));
        EXPECT_TRUE(environ.value(QLatin1String("AWS_CONTAINER_CREDENTIALS_FULL_URI"))
                        .toString()
                        .startsWith(m_endpoint.endpointUrl() + QStringLiteral("/_sagedesk/credentials/")));
        EXPECT_FALSE(environ.value(QLatin1String("AWS_CONTAINER_AUTHORIZATION_TOKEN")).toString().isEmpty());
    }
    EXPECT_TRUE(
        results.first().value(QLatin1String("botocore")).toString().startsWith(QLatin1String("1.29")));

    const auto terminal = m_endpoint.python(
        {kClientScript, QStringLiteral("terminal"), presign(QStringLiteral("role-nb")),
         // No pager: in a terminal the aws CLI v2 pages its output through less.
         QStringLiteral("export AWS_PAGER=; env; aws sts get-caller-identity --output text --query Arn; "
                        "/usr/bin/aws sts get-caller-identity --output text --query Arn")});
    ASSERT_EQ(terminal.exitCode, 0) << terminal.out.toStdString() << terminal.err.toStdString();
    EXPECT_FALSE(terminal.out.contains(kCanaryKey)) << terminal.out.toStdString();
    EXPECT_TRUE(terminal.out.contains(QLatin1String("AWS_CONTAINER_CREDENTIALS_FULL_URI=")));
    EXPECT_EQ(terminal.out.count(arn), 2) << terminal.out.toStdString();

    const QString log = [&] {
        QFile file(m_endpoint.dataDir() +
                   QStringLiteral("/instances/role-nb/logs/LifecycleConfigOnStart.log"));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }();
    EXPECT_TRUE(log.contains(QLatin1String("AWS_CONTAINER_AUTHORIZATION_TOKEN="))) << log.toStdString();
    EXPECT_FALSE(log.contains(kCanaryKey)) << log.toStdString();
    EXPECT_FALSE(log.contains(kCanarySecret));
    EXPECT_EQ(log.count(arn), 2) << log.toStdString();
}

// What each bucket answered ("ok" or "Code: message") for put, get and list, per python3. Every role of
// the recipe may list every bucket (AmazonSageMakerFullAccess allows s3:ListBucket on "*"); objects
// only where a policy names the bucket.
void expectS3(const QList<QJsonObject>& results, const QString& bucket, bool allowed, const QString& arn)
{
    for (const QJsonObject& result : results) {
        SCOPED_TRACE(result.value(QLatin1String("python")).toString().toStdString() + " " +
                     bucket.toStdString());
        const QJsonObject answers = result.value(QLatin1String("s3")).toObject().value(bucket).toObject();
        EXPECT_EQ(answers.value(QLatin1String("list")).toString(), QStringLiteral("ok"));
        for (const auto& [operation, action] :
             {std::pair{"put", "s3:PutObject"}, std::pair{"get", "s3:GetObject"}}) {
            const QString answer = answers.value(QLatin1String(operation)).toString();
            EXPECT_EQ(answer,
                      allowed ? QStringLiteral("ok")
                              : QStringLiteral("AccessDenied: User: %1 is not authorized to perform: %2 on "
                                               "resource: \"arn:aws:s3:::%3/notebook/hello.txt\" because "
                                               "no identity-based policy allows the %2 action")
                                    .arg(arn, QLatin1String(action), bucket))
                << operation;
        }
    }
}

TEST_F(LocalNotebookRoleTest, SpecificBucketRoleUsesItsBucketsOnly)
{
    const QString url =
        startNotebook(QStringLiteral("specific-nb"), Aws::S3Access::specific({QStringLiteral("team-data")}));
    ASSERT_FALSE(url.isEmpty());
    const auto results = probeInKernel(url);
    expectS3(results, QStringLiteral("team-data"), true, assumedRoleArn());
    expectS3(results, QStringLiteral("other-data"), false, assumedRoleArn());
    expectS3(results, QStringLiteral("shared-sagemaker-data"), true, assumedRoleArn());
}

TEST_F(LocalNotebookRoleTest, AnyBucketRoleReachesEveryBucket)
{
    const QString url = startNotebook(QStringLiteral("any-nb"), Aws::S3Access::any());
    ASSERT_FALSE(url.isEmpty());
    const auto results = probeInKernel(url);
    for (const QString& bucket : m_buckets) {
        expectS3(results, bucket, true, assumedRoleArn());
    }
}

TEST_F(LocalNotebookRoleTest, NoneRoleReachesOnlySageMakerBuckets)
{
    const QString url = startNotebook(QStringLiteral("none-nb"), Aws::S3Access::none());
    ASSERT_FALSE(url.isEmpty());
    const auto results = probeInKernel(url);
    expectS3(results, QStringLiteral("team-data"), false, assumedRoleArn());
    expectS3(results, QStringLiteral("other-data"), false, assumedRoleArn());
    expectS3(results, QStringLiteral("shared-sagemaker-data"), true, assumedRoleArn());
}

} // namespace
} // namespace SageDesk::Test
