// sagedesk-local driven by real, unchanged clients: Debian's aws CLI, boto3 (waiter and paginator),
// and a cookie-jar HTTP client that follows the presigned URL into Jupyter and runs a cell.
#include "support/LocalEndpointTest.h"
#include "support/LocalTestEndpoint.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>

namespace SageDesk::Test {
namespace {

const QString kClientScript = QStringLiteral(SAGEDESK_SOURCE_DIR "/tests/integration/LocalNotebookClient.py");

QJsonObject json(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QStringList sagemaker(const QString& operation, const QString& name)
{
    return {QStringLiteral("sagemaker"), operation, QStringLiteral("--notebook-instance-name"), name};
}

QStringList iam(const QString& operation, const QStringList& arguments)
{
    return QStringList{QStringLiteral("iam"), operation} + arguments;
}

// Status of a GET that is not followed.
int httpStatus(const QString& url)
{
    QNetworkAccessManager manager;
    QNetworkRequest request{QUrl(url)};
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply* reply = manager.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(10000);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

class LocalEndToEndTest : public SageDesk::Test::LocalEndpointTest
{
protected:
    // Updating and Deleting long enough to be seen by the next aws CLI call (a Python start-up,
    // seconds on a loaded machine), not the three seconds a person gets.
    QStringList endpointArguments() const override
    {
        return {QStringLiteral("--test-transition-ms"), QStringLiteral("20000")};
    }
};

TEST_F(LocalEndToEndTest, AwsCliDrivesTheWholeLifecycle)
{
    const QString role = m_endpoint.executionRoleArn();
    ASSERT_TRUE(role.startsWith(QLatin1String("arn:aws:iam::"))) << role.toStdString();

    auto run = m_endpoint.aws({QStringLiteral("s3api"), QStringLiteral("create-bucket"),
                               QStringLiteral("--bucket"), QStringLiteral("sagemaker-e2e-data")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    run = m_endpoint.aws({QStringLiteral("s3api"), QStringLiteral("list-buckets")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(json(run.out)
                  .value(QLatin1String("Buckets"))
                  .toArray()
                  .first()
                  .toObject()
                  .value(QLatin1String("Name")),
              QStringLiteral("sagemaker-e2e-data"));

    const QString name = QStringLiteral("cli-nb");
    run = m_endpoint.aws(sagemaker(QStringLiteral("create-notebook-instance"), name) +
                         QStringList{QStringLiteral("--instance-type"), QStringLiteral("ml.t3.medium"),
                                     QStringLiteral("--role-arn"), role});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(json(run.out)
                    .value(QLatin1String("NotebookInstanceArn"))
                    .toString()
                    .endsWith(QLatin1String("/cli-nb")));
    ASSERT_TRUE(m_endpoint.waitForStatus(name, QStringLiteral("InService")))
        << m_endpoint.status(name).toStdString();

    run = m_endpoint.aws(sagemaker(QStringLiteral("describe-notebook-instance"), name));
    const QJsonObject described = json(run.out);
    EXPECT_EQ(described.value(QLatin1String("InstanceType")).toString(), QStringLiteral("ml.t3.medium"));
    EXPECT_EQ(described.value(QLatin1String("RoleArn")).toString(), role);
    EXPECT_FALSE(described.value(QLatin1String("Url")).toString().isEmpty());

    run = m_endpoint.aws({QStringLiteral("sagemaker"), QStringLiteral("list-notebook-instances")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(json(run.out).value(QLatin1String("NotebookInstances")).toArray().size(), 1);

    // A file in the volume must survive stop and start.
    const QString volumeFile = m_endpoint.dataDir() + QStringLiteral("/instances/cli-nb/SageMaker/kept.txt");
    QFile file(volumeFile);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("kept");
    file.close();

    run = m_endpoint.aws(sagemaker(QStringLiteral("create-presigned-notebook-instance-url"), name));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QString url = json(run.out).value(QLatin1String("AuthorizedUrl")).toString();
    EXPECT_TRUE(url.startsWith(m_endpoint.endpointUrl() + QStringLiteral("/notebook/cli-nb?authToken=")));

    run = m_endpoint.aws(sagemaker(QStringLiteral("delete-notebook-instance"), name));
    EXPECT_NE(run.exitCode, 0);
    EXPECT_TRUE(
        run.err.contains(QLatin1String("Status (InService) not in ([Stopped, Failed]). Unable to transition "
                                       "to (Deleting) for Notebook Instance")))
        << run.err.toStdString();

    const QStringList grow{QStringLiteral("--volume-size-in-gb"), QStringLiteral("10")};
    run = m_endpoint.aws(sagemaker(QStringLiteral("update-notebook-instance"), name) + grow);
    EXPECT_TRUE(run.err.contains(QLatin1String("Status (InService) not in ([Stopped])")))
        << run.err.toStdString();

    run = m_endpoint.aws(sagemaker(QStringLiteral("stop-notebook-instance"), name));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    ASSERT_TRUE(m_endpoint.waitForStatus(name, QStringLiteral("Stopped")));
    run = m_endpoint.aws(sagemaker(QStringLiteral("update-notebook-instance"), name) + grow);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    run = m_endpoint.aws(sagemaker(QStringLiteral("describe-notebook-instance"), name));
    EXPECT_EQ(json(run.out).value(QLatin1String("VolumeSizeInGB")).toInt(), 10);
    EXPECT_EQ(json(run.out).value(QLatin1String("NotebookInstanceStatus")).toString(),
              QStringLiteral("Updating"));
    ASSERT_TRUE(m_endpoint.waitForStatus(name, QStringLiteral("Stopped")));
    run = m_endpoint.aws(sagemaker(QStringLiteral("start-notebook-instance"), name));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    ASSERT_TRUE(m_endpoint.waitForStatus(name, QStringLiteral("InService")));
    EXPECT_TRUE(QFile::exists(volumeFile));
    run = m_endpoint.aws(sagemaker(QStringLiteral("stop-notebook-instance"), name));
    ASSERT_TRUE(m_endpoint.waitForStatus(name, QStringLiteral("Stopped")));

    run = m_endpoint.aws(sagemaker(QStringLiteral("delete-notebook-instance"), name));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    run = m_endpoint.aws(sagemaker(QStringLiteral("describe-notebook-instance"), name));
    EXPECT_EQ(json(run.out).value(QLatin1String("NotebookInstanceStatus")).toString(),
              QStringLiteral("Deleting"));
    // The CLI's waiter: Deleting is retried, RecordNotFound ends the wait (after its 30-second pause).
    run = m_endpoint.aws(QStringList{QStringLiteral("sagemaker"), QStringLiteral("wait"),
                                     QStringLiteral("notebook-instance-deleted"),
                                     QStringLiteral("--notebook-instance-name"), name},
                         std::chrono::seconds(120));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    run = m_endpoint.aws(sagemaker(QStringLiteral("describe-notebook-instance"), name));
    EXPECT_NE(run.exitCode, 0);
    EXPECT_TRUE(run.err.contains(QLatin1String("(ValidationException)")) &&
                run.err.contains(QLatin1String("RecordNotFound")))
        << run.err.toStdString();
    EXPECT_FALSE(QDir(m_endpoint.dataDir() + QStringLiteral("/instances/cli-nb")).exists());
}

TEST_F(LocalEndToEndTest, Boto3WaiterPaginatorAndPresignedBrowserRunACell)
{
    const QString role = m_endpoint.executionRoleArn();
    auto run =
        m_endpoint.aws(sagemaker(QStringLiteral("create-notebook-instance"), QStringLiteral("other-nb")) +
                       QStringList{QStringLiteral("--instance-type"), QStringLiteral("ml.t3.medium"),
                                   QStringLiteral("--role-arn"), role});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();

    run = m_endpoint.python({kClientScript, QStringLiteral("boto3"), QStringLiteral("boto-nb"), role});
    ASSERT_EQ(run.exitCode, 0) << run.out.toStdString() << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QLatin1String("LISTED=boto-nb,other-nb"))) << run.out.toStdString();
    const QString url = run.out.section(QStringLiteral("URL="), 1).trimmed();
    ASSERT_FALSE(url.isEmpty());

    run = m_endpoint.python({kClientScript, QStringLiteral("browser"), url});
    ASSERT_EQ(run.exitCode, 0) << run.out.toStdString() << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QLatin1String("TREE=ok")));
    EXPECT_TRUE(run.out.contains(QLatin1String("RESULT=42"))) << run.out.toStdString();

    // Single use: the same URL is refused now.
    EXPECT_EQ(httpStatus(url), 403);
    // The JupyterLab form of the URL: LocalLabNoticeTest.
}

TEST_F(LocalEndToEndTest, IamRolesPoliciesAndS3BucketLocation)
{
    const QString role = m_endpoint.executionRoleArn();
    const QString document =
        QStringLiteral(R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow",)"
                       R"("Action":"s3:ListBucket","Resource":["arn:aws:s3:::data"]}]})");
    auto run = m_endpoint.aws(
        iam(QStringLiteral("create-policy"),
            {QStringLiteral("--policy-name"), QStringLiteral("Data"), QStringLiteral("--path"),
             QStringLiteral("/service-role/"), QStringLiteral("--policy-document"), document}));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QString policy =
        json(run.out).value(QLatin1String("Policy")).toObject().value(QLatin1String("Arn")).toString();
    EXPECT_TRUE(policy.endsWith(QLatin1String(":policy/service-role/Data"))) << policy.toStdString();

    const QStringList roleName{QStringLiteral("--role-name"), QStringLiteral("SageDeskTestRole")};
    for (const QString& arn : {policy, QStringLiteral("arn:aws:iam::aws:policy/AmazonSageMakerFullAccess")}) {
        run = m_endpoint.aws(iam(QStringLiteral("attach-role-policy"),
                                 roleName + QStringList{QStringLiteral("--policy-arn"), arn}));
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    }
    run = m_endpoint.aws(iam(QStringLiteral("list-attached-role-policies"), roleName));
    EXPECT_EQ(json(run.out).value(QLatin1String("AttachedPolicies")).toArray().size(), 2)
        << run.out.toStdString();
    run = m_endpoint.aws(iam(QStringLiteral("put-role-policy"),
                             roleName + QStringList{QStringLiteral("--policy-name"), QStringLiteral("Inline"),
                                                    QStringLiteral("--policy-document"), document}));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();

    run = m_endpoint.aws(iam(QStringLiteral("delete-role"), roleName));
    EXPECT_TRUE(run.err.contains(QLatin1String("(DeleteConflict)"))) << run.err.toStdString();
    run = m_endpoint.aws(iam(QStringLiteral("delete-policy"), {QStringLiteral("--policy-arn"), policy}));
    EXPECT_TRUE(run.err.contains(QLatin1String("(DeleteConflict)"))) << run.err.toStdString();
    run = m_endpoint.aws(iam(QStringLiteral("detach-role-policy"),
                             roleName + QStringList{QStringLiteral("--policy-arn"), policy}));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    run = m_endpoint.aws(iam(QStringLiteral("delete-policy"), {QStringLiteral("--policy-arn"), policy}));
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    run = m_endpoint.aws(iam(QStringLiteral("list-roles"), {}));
    EXPECT_EQ(json(run.out)
                  .value(QLatin1String("Roles"))
                  .toArray()
                  .first()
                  .toObject()
                  .value(QLatin1String("Arn"))
                  .toString(),
              role);

    run = m_endpoint.aws({QStringLiteral("s3api"), QStringLiteral("create-bucket"),
                          QStringLiteral("--bucket"), QStringLiteral("located")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    run = m_endpoint.aws({QStringLiteral("s3api"), QStringLiteral("get-bucket-location"),
                          QStringLiteral("--bucket"), QStringLiteral("located")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    run = m_endpoint.aws({QStringLiteral("s3api"), QStringLiteral("create-bucket"),
                          QStringLiteral("--bucket"), QStringLiteral("located")});
    EXPECT_TRUE(run.err.contains(QLatin1String("BucketAlreadyOwnedByYou"))) << run.err.toStdString();
}

TEST_F(LocalEndToEndTest, WrongKeysGetTheServicesOwnErrors)
{
    LocalTestEndpoint::Run run;
    m_endpoint.setEnvironmentValue(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("wrong-secret"));
    run = m_endpoint.aws({QStringLiteral("sagemaker"), QStringLiteral("list-notebook-instances")});
    EXPECT_TRUE(run.err.contains(QLatin1String("(InvalidSignatureException)"))) << run.err.toStdString();
    run = m_endpoint.aws({QStringLiteral("iam"), QStringLiteral("list-roles")});
    EXPECT_TRUE(run.err.contains(QLatin1String("(SignatureDoesNotMatch)"))) << run.err.toStdString();

    m_endpoint.setEnvironmentValue(QStringLiteral("AWS_ACCESS_KEY_ID"),
                                   QStringLiteral("AKIAUNKNOWNUNKNOWN00"));
    run = m_endpoint.aws({QStringLiteral("sagemaker"), QStringLiteral("list-notebook-instances")});
    EXPECT_TRUE(run.err.contains(QLatin1String("(UnrecognizedClientException)"))) << run.err.toStdString();
    run = m_endpoint.aws({QStringLiteral("iam"), QStringLiteral("list-roles")});
    EXPECT_TRUE(run.err.contains(QLatin1String("(InvalidClientTokenId)"))) << run.err.toStdString();
    run = m_endpoint.aws({QStringLiteral("s3api"), QStringLiteral("list-buckets")});
    EXPECT_TRUE(run.err.contains(QLatin1String("(InvalidAccessKeyId)"))) << run.err.toStdString();
}

TEST_F(LocalEndToEndTest, InvalidInputGetsValidationErrors)
{
    auto run =
        m_endpoint.aws(sagemaker(QStringLiteral("create-notebook-instance"), QStringLiteral("bad_name!")) +
                       QStringList{QStringLiteral("--instance-type"), QStringLiteral("ml.t3.medium"),
                                   QStringLiteral("--role-arn"), m_endpoint.executionRoleArn()});
    EXPECT_NE(run.exitCode, 0);
    EXPECT_TRUE(run.err.contains(QLatin1String("(ValidationException)")) &&
                run.err.contains(QLatin1String("at 'notebookInstanceName' failed to satisfy constraint")))
        << run.err.toStdString();

    run = m_endpoint.aws(
        sagemaker(QStringLiteral("create-notebook-instance"), QStringLiteral("no-role")) +
        QStringList{QStringLiteral("--instance-type"), QStringLiteral("ml.t3.medium"),
                    QStringLiteral("--role-arn"),
                    QStringLiteral("arn:aws:iam::%1:role/Missing").arg(m_endpoint.accountId())});
    EXPECT_TRUE(run.err.contains(QLatin1String("Could not assume role"))) << run.err.toStdString();

    run = m_endpoint.aws({QStringLiteral("sagemaker"), QStringLiteral("list-notebook-instances"),
                          QStringLiteral("--status-equals"), QStringLiteral("Sleeping")});
    EXPECT_NE(run.exitCode, 0);

    run = m_endpoint.aws({QStringLiteral("iam"), QStringLiteral("get-role"), QStringLiteral("--role-name"),
                          QStringLiteral("Nobody")});
    EXPECT_TRUE(run.err.contains(QLatin1String("(NoSuchEntity)"))) << run.err.toStdString();

    run = m_endpoint.aws({QStringLiteral("s3api"), QStringLiteral("create-bucket"),
                          QStringLiteral("--bucket"), QStringLiteral("Not_A_Bucket")});
    EXPECT_NE(run.exitCode, 0);
}

TEST_F(LocalEndToEndTest, AssumedRoleCredentialsSignRequests)
{
    const QString role = m_endpoint.executionRoleArn();
    // What the role's session may do is what its policies allow.
    auto run = m_endpoint.aws(iam(QStringLiteral("attach-role-policy"),
                                  {QStringLiteral("--role-name"), QStringLiteral("SageDeskTestRole"),
                                   QStringLiteral("--policy-arn"),
                                   QStringLiteral("arn:aws:iam::aws:policy/AmazonSageMakerFullAccess")}));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    run = m_endpoint.aws({QStringLiteral("sts"), QStringLiteral("assume-role"), QStringLiteral("--role-arn"),
                          role, QStringLiteral("--role-session-name"), QStringLiteral("e2e")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject credentials = json(run.out).value(QLatin1String("Credentials")).toObject();
    EXPECT_TRUE(json(run.out)
                    .value(QLatin1String("AssumedRoleUser"))
                    .toObject()
                    .value(QLatin1String("Arn"))
                    .toString()
                    .endsWith(QLatin1String(":assumed-role/SageDeskTestRole/e2e")));
    m_endpoint.setEnvironmentValue(QStringLiteral("AWS_ACCESS_KEY_ID"),
                                   credentials.value(QLatin1String("AccessKeyId")).toString());
    m_endpoint.setEnvironmentValue(QStringLiteral("AWS_SECRET_ACCESS_KEY"),
                                   credentials.value(QLatin1String("SecretAccessKey")).toString());
    m_endpoint.setEnvironmentValue(QStringLiteral("AWS_SESSION_TOKEN"),
                                   credentials.value(QLatin1String("SessionToken")).toString());
    run = m_endpoint.aws({QStringLiteral("sagemaker"), QStringLiteral("list-notebook-instances")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    run = m_endpoint.aws({QStringLiteral("sts"), QStringLiteral("get-caller-identity")});
    EXPECT_EQ(json(run.out).value(QLatin1String("Arn")).toString(),
              QStringLiteral("arn:aws:sts::%1:assumed-role/SageDeskTestRole/e2e")
                  .arg(role.section(QLatin1Char(':'), 4, 4)))
        << run.err.toStdString();
    run = m_endpoint.aws(iam(QStringLiteral("create-role"),
                             {QStringLiteral("--role-name"), QStringLiteral("Escalated"),
                              QStringLiteral("--assume-role-policy-document"), QStringLiteral("{}")}));
    EXPECT_TRUE(run.err.contains(
        QStringLiteral(
            "(AccessDenied) when calling the CreateRole operation: User: arn:aws:sts::%1:assumed-role/"
            "SageDeskTestRole/e2e is not authorized to perform: iam:CreateRole on resource: "
            "arn:aws:iam::%1:role/Escalated because no identity-based policy allows the "
            "iam:CreateRole action")
            .arg(role.section(QLatin1Char(':'), 4, 4))))
        << run.err.toStdString();

    run = m_endpoint.aws({QStringLiteral("sts"), QStringLiteral("assume-role"), QStringLiteral("--role-arn"),
                          role + QStringLiteral("-missing"), QStringLiteral("--role-session-name"),
                          QStringLiteral("e2e")});
    EXPECT_TRUE(run.err.contains(QLatin1String("(AccessDenied)"))) << run.err.toStdString();
}

TEST_F(LocalEndToEndTest, PrintEnvOfARunningEndpointNamesItAndExits)
{
    QProcess second;
    second.start(QStringLiteral(SAGEDESK_LOCAL_PATH),
                 {QStringLiteral("--data-dir"), m_endpoint.dataDir(), QStringLiteral("--print-env")});
    ASSERT_TRUE(second.waitForFinished(30000));
    EXPECT_EQ(second.exitCode(), 0);
    const QString out = QString::fromUtf8(second.readAllStandardOutput());
    EXPECT_TRUE(out.contains(QStringLiteral("export AWS_ENDPOINT_URL=") + m_endpoint.endpointUrl()))
        << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("export AWS_ACCESS_KEY_ID=") +
                             m_endpoint.environment().value(QStringLiteral("AWS_ACCESS_KEY_ID"))));
    EXPECT_TRUE(out.contains(QLatin1String("export AWS_REGION=us-east-1")));
    const QFileInfo credentials(m_endpoint.dataDir() + QStringLiteral("/credentials.json"));
    EXPECT_EQ(credentials.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
              QFileDevice::Permissions());
}

} // namespace
} // namespace SageDesk::Test
