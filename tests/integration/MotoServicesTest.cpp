// IamClient, StsClient, S3Client, Ec2Client and KmsClient against a real moto_server.
#include "aws/client/JsonProtocol.h"
#include "aws/services/Ec2Client.h"
#include "aws/services/IamClient.h"
#include "aws/services/KmsClient.h"
#include "aws/services/LogsClient.h"
#include "aws/services/NotebookInstanceLogs.h"
#include "aws/services/S3Client.h"
#include "aws/services/StsClient.h"
#include "support/MotoServer.h"
#include "support/MotoSuite.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace SageDesk;
using namespace SageDesk::Aws;
using Moto = SageDesk::Test::MotoServer;

namespace {

const QString kTrustPolicy = QStringLiteral(
    R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"sagemaker.amazonaws.com"},"Action":"sts:AssumeRole"}]})");
const QString kS3Policy = QStringLiteral(
    R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:GetObject"],"Resource":["arn:aws:s3:::*"]}]})");

class MotoServicesTest : public SageDesk::Test::MotoContextSuite
{
protected:
    QString region() const override { return QStringLiteral("eu-west-1"); }
    void attemptSent(const AwsRequest& request, int, const QUrl& url) override
    {
        m_sent.append({request, url});
    }

    QList<QPair<AwsRequest, QUrl>> m_sent;
};

} // namespace

TEST_F(MotoServicesTest, IamRoleWithAttachedAndInlinePolicies)
{
    IamClient iam(m_context.get());
    CreateRoleRequest roleRequest;
    roleRequest.roleName = QStringLiteral("AmazonSageMaker-ExecutionRole-20261127T120000");
    roleRequest.path = QStringLiteral("/service-role/");
    roleRequest.assumeRolePolicyDocument = kTrustPolicy;
    roleRequest.description = QStringLiteral("SageMaker execution role created by SageDesk.");
    roleRequest.maxSessionDuration = 3600;
    const auto role = iam.createRole(roleRequest).wait();
    ASSERT_TRUE(role.ok()) << role.error().toDisplayString().toStdString();
    EXPECT_EQ(
        role->arn,
        QStringLiteral(
            "arn:aws:iam::123456789012:role/service-role/AmazonSageMaker-ExecutionRole-20261127T120000"));
    EXPECT_EQ(role->path, QStringLiteral("/service-role/"));

    const auto fetched = iam.getRole(roleRequest.roleName).wait();
    ASSERT_TRUE(fetched.ok()) << fetched.error().toDisplayString().toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(fetched->assumeRolePolicyDocument.toUtf8()),
              QJsonDocument::fromJson(kTrustPolicy.toUtf8()));
    EXPECT_EQ(fetched->description, roleRequest.description);
    EXPECT_EQ(fetched->maxSessionDuration, 3600);

    CreatePolicyRequest policyRequest;
    policyRequest.policyName = QStringLiteral("AmazonSageMaker-ExecutionPolicy-20261127T120000");
    policyRequest.path = QStringLiteral("/service-role/");
    policyRequest.policyDocument = kS3Policy;
    const auto policy = iam.createPolicy(policyRequest).wait();
    ASSERT_TRUE(policy.ok()) << policy.error().toDisplayString().toStdString();
    EXPECT_EQ(policy->arn,
              QStringLiteral("arn:aws:iam::123456789012:policy/service-role/") + policyRequest.policyName);

    ASSERT_TRUE(iam.attachRolePolicy(roleRequest.roleName, policy->arn).wait().ok());
    ASSERT_TRUE(iam.putRolePolicy(roleRequest.roleName, QStringLiteral("inline"), kS3Policy).wait().ok());
    const auto attached = iam.listAttachedRolePolicies(roleRequest.roleName).wait();
    ASSERT_TRUE(attached.ok()) << attached.error().toDisplayString().toStdString();
    ASSERT_EQ(attached->size(), 1);
    EXPECT_EQ(attached->first(), (AttachedPolicy{policyRequest.policyName, policy->arn}));

    const auto roles = iam.listRoles(QStringLiteral("/service-role/")).wait();
    ASSERT_TRUE(roles.ok()) << roles.error().toDisplayString().toStdString();
    ASSERT_EQ(roles->size(), 1);
    EXPECT_EQ(roles->first().roleName, roleRequest.roleName);

    const auto duplicate = iam.createRole(roleRequest).wait();
    ASSERT_FALSE(duplicate.ok());
    EXPECT_EQ(duplicate.error().code, QStringLiteral("EntityAlreadyExists"));
    EXPECT_EQ(duplicate.error().service, QStringLiteral("iam"));

    ASSERT_TRUE(iam.detachRolePolicy(roleRequest.roleName, policy->arn).wait().ok());
    ASSERT_TRUE(iam.deletePolicy(policy->arn).wait().ok());
    const auto inUse = iam.deleteRole(roleRequest.roleName).wait();
    // moto, like IAM, refuses to delete a role that still has an inline policy.
    ASSERT_FALSE(inUse.ok());
    EXPECT_EQ(inUse.error().code, QStringLiteral("DeleteConflict"));

    const auto missing = iam.getRole(QStringLiteral("no-such-role")).wait();
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, QStringLiteral("NoSuchEntity"));
    EXPECT_EQ(missing.error().httpStatus, 404);

    // IAM is called as Query with its own version, on the one endpoint, whatever the region.
    ASSERT_FALSE(m_sent.isEmpty());
    EXPECT_TRUE(m_sent.first().first.body.startsWith("Action=CreateRole&Version=2010-05-08&"));
}

TEST_F(MotoServicesTest, StsCallerIdentityAndAssumeRole)
{
    StsClient sts(m_context.get());
    const auto identity = sts.getCallerIdentity().wait();
    ASSERT_TRUE(identity.ok()) << identity.error().toDisplayString().toStdString();
    EXPECT_EQ(identity->account, QStringLiteral("123456789012"));
    EXPECT_FALSE(identity->arn.isEmpty());

    // The function the credential providers take, as a role_arn profile would call it.
    const AssumeRoleFunction assumeRole = StsClient::assumeRoleFunction(m_context.get());
    AssumeRoleParameters parameters;
    parameters.roleArn = QStringLiteral("arn:aws:iam::123456789012:role/Admin");
    parameters.roleSessionName = QStringLiteral("sagedesk-test");
    parameters.durationSeconds = 900;
    std::optional<CredentialsResult> assumed;
    assumeRole(Moto::testCredentials(), parameters,
               [&](const CredentialsResult& result) { assumed = result; });
    QEventLoop loop;
    while (!assumed) {
        loop.processEvents(QEventLoop::WaitForMoreEvents);
    }
    ASSERT_TRUE(assumed->ok()) << assumed->error.toStdString();
    EXPECT_FALSE(assumed->credentials.accessKeyId.isEmpty());
    EXPECT_FALSE(assumed->credentials.secretAccessKey.isEmpty());
    EXPECT_FALSE(assumed->credentials.sessionToken.isEmpty());
    EXPECT_TRUE(assumed->credentials.expiration.isValid());
}

TEST_F(MotoServicesTest, S3BucketsWithLocationConstraint)
{
    S3Client s3(m_context.get());
    ASSERT_TRUE(
        s3.createBucket(QStringLiteral("sagedesk-eu-bucket"), QStringLiteral("eu-west-1")).wait().ok());
    const auto location = s3.getBucketLocation(QStringLiteral("sagedesk-eu-bucket")).wait();
    ASSERT_TRUE(location.ok()) << location.error().toDisplayString().toStdString();
    EXPECT_EQ(location.value(), QStringLiteral("eu-west-1"));

    const auto buckets = s3.listBuckets().wait();
    ASSERT_TRUE(buckets.ok()) << buckets.error().toDisplayString().toStdString();
    ASSERT_EQ(buckets->size(), 1);
    EXPECT_EQ(buckets->first().name, QStringLiteral("sagedesk-eu-bucket"));
    EXPECT_TRUE(buckets->first().creationDate.isValid());

    const auto missing = s3.getBucketLocation(QStringLiteral("no-such-bucket")).wait();
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, QStringLiteral("NoSuchBucket"));

    // Path-style, with the body's hash signed.
    const auto& createBucket = m_sent.first().first;
    EXPECT_EQ(createBucket.method, "PUT");
    EXPECT_EQ(createBucket.path, QStringLiteral("/sagedesk-eu-bucket"));
    EXPECT_TRUE(createBucket.body.contains("<LocationConstraint>eu-west-1</LocationConstraint>"));
}

TEST_F(MotoServicesTest, Ec2NetworkPickersAndKmsAliases)
{
    Ec2Client ec2(m_context.get());
    const auto vpcs = ec2.describeVpcs().wait();
    ASSERT_TRUE(vpcs.ok()) << vpcs.error().toDisplayString().toStdString();
    ASSERT_FALSE(vpcs->isEmpty());
    const auto defaultVpc =
        std::find_if(vpcs->begin(), vpcs->end(), [](const Vpc& vpc) { return vpc.isDefault; });
    ASSERT_NE(defaultVpc, vpcs->end());
    EXPECT_TRUE(defaultVpc->vpcId.startsWith(QStringLiteral("vpc-")));

    const auto subnets = ec2.describeSubnets(defaultVpc->vpcId).wait();
    ASSERT_TRUE(subnets.ok()) << subnets.error().toDisplayString().toStdString();
    ASSERT_FALSE(subnets->isEmpty());
    for (const Subnet& subnet : subnets.value()) {
        EXPECT_EQ(subnet.vpcId, defaultVpc->vpcId);
        EXPECT_TRUE(subnet.availabilityZone.startsWith(QStringLiteral("eu-west-1")));
    }

    const auto groups = ec2.describeSecurityGroups(defaultVpc->vpcId).wait();
    ASSERT_TRUE(groups.ok()) << groups.error().toDisplayString().toStdString();
    ASSERT_FALSE(groups->isEmpty());
    EXPECT_TRUE(std::any_of(groups->begin(), groups->end(), [](const SecurityGroup& group) {
        return group.groupName == QLatin1String("default");
    }));

    const auto aliases = KmsClient(m_context.get()).listAliases().wait();
    ASSERT_TRUE(aliases.ok()) << aliases.error().toDisplayString().toStdString();
    for (const KmsAlias& alias : aliases.value()) {
        EXPECT_TRUE(alias.aliasName.startsWith(QStringLiteral("alias/")));
    }

    // EC2 carries its own version; KMS its JSON target.
    bool sawEc2 = false;
    bool sawKms = false;
    for (const auto& [request, url] : m_sent) {
        if (request.service == QLatin1String("ec2")) {
            sawEc2 = true;
            EXPECT_TRUE(request.body.contains("&Version=2016-11-15"));
        }
        if (request.service == QLatin1String("kms")) {
            sawKms = true;
            EXPECT_TRUE(request.headers.contains(
                qMakePair(QByteArray("X-Amz-Target"), QByteArray("TrentService.ListAliases"))));
        }
    }
    EXPECT_TRUE(sawEc2);
    EXPECT_TRUE(sawKms);
}

TEST_F(MotoServicesTest, LogsClientPagesThroughAStreamOfMoreThanOnePage)
{
    // What SageMaker does when a lifecycle script runs: the group, the stream and its lines.
    const QString group = NotebookInstanceLogs::kLogGroupName;
    const QString stream =
        NotebookInstanceLogs::logStreamName(QStringLiteral("nb"), NotebookInstanceLogs::Script::OnStart);
    const auto put = [this](const QString& operation, const QJsonObject& input) {
        const auto result = AwsRequestJob::call<AwsEmpty>(
                                m_context.get(),
                                JsonProtocol::request(QStringLiteral("logs"), QStringLiteral("Logs_20140328"),
                                                      operation, input),
                                [](const AwsHttpResponse&) { return AwsEmpty{}; })
                                .wait();
        ASSERT_TRUE(result.ok()) << result.error().toDisplayString().toStdString();
    };
    LogsClient logs(m_context.get());
    GetLogEventsRequest request;
    request.logGroupName = group;
    request.logStreamName = stream;
    request.startFromHead = true;
    // Before SageMaker wrote anything: "no log yet".
    const auto missing = logs.getLogEvents(request).wait();
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, QStringLiteral("ResourceNotFoundException"));
    EXPECT_TRUE(missing.error().isNotFound());

    put(QStringLiteral("CreateLogGroup"), {{QStringLiteral("logGroupName"), group}});
    put(QStringLiteral("CreateLogStream"),
        {{QStringLiteral("logGroupName"), group}, {QStringLiteral("logStreamName"), stream}});
    QJsonArray events;
    QStringList lines;
    const qint64 start = QDateTime::currentMSecsSinceEpoch() - 60000;
    for (int i = 0; i < 25; ++i) {
        lines << QStringLiteral("line %1").arg(i + 1);
        events.append(QJsonObject{{QStringLiteral("timestamp"), static_cast<double>(start + i)},
                                  {QStringLiteral("message"), lines.last()}});
    }
    put(QStringLiteral("PutLogEvents"), {{QStringLiteral("logGroupName"), group},
                                         {QStringLiteral("logStreamName"), stream},
                                         {QStringLiteral("logEvents"), events}});

    m_sent.clear();
    request.limit = 10;
    const auto all = logs.getAllLogEvents(request).wait();
    ASSERT_TRUE(all.ok()) << all.error().toDisplayString().toStdString();
    QStringList read;
    for (const OutputLogEvent& event : all.value()) {
        read << event.message;
    }
    EXPECT_EQ(read, lines);
    // Three pages of events and the one that answers the same forward token: the end.
    EXPECT_GE(m_sent.size(), 3);
    for (const auto& [sent, url] : m_sent) {
        EXPECT_TRUE(sent.headers.contains(
            qMakePair(QByteArray("X-Amz-Target"), QByteArray("Logs_20140328.GetLogEvents"))));
    }

    DescribeLogStreamsRequest streams;
    streams.logGroupName = group;
    streams.logStreamNamePrefix = QStringLiteral("nb/");
    const auto described = logs.describeAllLogStreams(streams).wait();
    ASSERT_TRUE(described.ok()) << described.error().toDisplayString().toStdString();
    ASSERT_EQ(described->size(), 1);
    EXPECT_EQ(described->first().logStreamName, stream);

    FilterLogEventsRequest filter;
    filter.logGroupName = group;
    filter.limit = 10;
    const auto filtered = logs.filterAllLogEvents(filter).wait();
    ASSERT_TRUE(filtered.ok()) << filtered.error().toDisplayString().toStdString();
    EXPECT_EQ(filtered->size(), 25);
}
