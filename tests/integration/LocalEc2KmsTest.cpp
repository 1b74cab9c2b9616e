// Local mode answers the wizard's network and key pickers as EC2 and KMS do: one default VPC, a
// default subnet per availability zone and the default security group; the AWS-managed KMS keys.
// Seen through Debian's aws CLI, boto3 and the app's own Ec2Client and KmsClient; ids that do not
// exist are refused, by EC2 and by CreateNotebookInstance, with AWS's codes and texts.
#include "aws/services/Ec2Client.h"
#include "aws/services/KmsClient.h"
#include "support/LocalEndpointTest.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace SageDesk::Test {
namespace {

QJsonObject json(const LocalTestEndpoint::Run& run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

class LocalEc2KmsTest : public LocalContextTest
{
protected:
    QString region() const { return m_endpoint.environment().value(QStringLiteral("AWS_DEFAULT_REGION")); }
};

TEST_F(LocalEc2KmsTest, AwsCliSeesTheDefaultNetwork)
{
    const auto vpcs = m_endpoint.aws({QStringLiteral("ec2"), QStringLiteral("describe-vpcs")});
    ASSERT_EQ(vpcs.exitCode, 0) << vpcs.err.toStdString();
    const QJsonArray vpcList = json(vpcs).value(QLatin1String("Vpcs")).toArray();
    ASSERT_EQ(vpcList.size(), 1) << vpcs.out.toStdString();
    const QJsonObject vpc = vpcList.first().toObject();
    EXPECT_TRUE(vpc.value(QLatin1String("IsDefault")).toBool());
    EXPECT_EQ(vpc.value(QLatin1String("CidrBlock")).toString(), QStringLiteral("172.31.0.0/16"));
    EXPECT_EQ(vpc.value(QLatin1String("State")).toString(), QStringLiteral("available"));
    const QString vpcId = vpc.value(QLatin1String("VpcId")).toString();
    EXPECT_TRUE(vpcId.startsWith(QLatin1String("vpc-"))) << vpcId.toStdString();

    const auto subnets =
        m_endpoint.aws({QStringLiteral("ec2"), QStringLiteral("describe-subnets"),
                        QStringLiteral("--filters"), QStringLiteral("Name=vpc-id,Values=") + vpcId});
    ASSERT_EQ(subnets.exitCode, 0) << subnets.err.toStdString();
    const QJsonArray subnetList = json(subnets).value(QLatin1String("Subnets")).toArray();
    ASSERT_GE(subnetList.size(), 2) << subnets.out.toStdString();
    QSet<QString> zones;
    for (const QJsonValue& value : subnetList) {
        const QJsonObject subnet = value.toObject();
        EXPECT_EQ(subnet.value(QLatin1String("VpcId")).toString(), vpcId);
        EXPECT_TRUE(subnet.value(QLatin1String("DefaultForAz")).toBool());
        const QString zone = subnet.value(QLatin1String("AvailabilityZone")).toString();
        EXPECT_TRUE(zone.startsWith(region())) << zone.toStdString();
        zones.insert(zone);
    }
    EXPECT_EQ(zones.size(), subnetList.size()) << "one subnet per availability zone";

    const auto groups = m_endpoint.aws({QStringLiteral("ec2"), QStringLiteral("describe-security-groups")});
    ASSERT_EQ(groups.exitCode, 0) << groups.err.toStdString();
    const QJsonArray groupList = json(groups).value(QLatin1String("SecurityGroups")).toArray();
    ASSERT_EQ(groupList.size(), 1) << groups.out.toStdString();
    EXPECT_EQ(groupList.first().toObject().value(QLatin1String("GroupName")).toString(),
              QStringLiteral("default"));
    EXPECT_EQ(groupList.first().toObject().value(QLatin1String("VpcId")).toString(), vpcId);

    const auto missing =
        m_endpoint.aws({QStringLiteral("ec2"), QStringLiteral("describe-subnets"),
                        QStringLiteral("--subnet-ids"), QStringLiteral("subnet-0123456789abcdef0")});
    EXPECT_NE(missing.exitCode, 0);
    EXPECT_TRUE(missing.err.contains(
        QLatin1String("(InvalidSubnetID.NotFound) when calling the DescribeSubnets operation: The subnet ID "
                      "'subnet-0123456789abcdef0' does not exist")))
        << missing.err.toStdString();
}

// boto3: paging through the paginators (subnets two at a time, aliases one at a time), the KMS
// keys, and CreateNotebookInstance refusing ids that do not exist.
const char* const kScript = R"PY(
import json, os, boto3, botocore.exceptions
url = os.environ["AWS_ENDPOINT_URL"]
ec2 = boto3.client("ec2", endpoint_url=url)
kms = boto3.client("kms", endpoint_url=url)
sm = boto3.client("sagemaker", endpoint_url=url)
out = {}
pages = list(ec2.get_paginator("describe_subnets").paginate(PaginationConfig={"PageSize": 5}))
out["subnet_pages"] = len(pages)
out["subnets"] = [s["SubnetId"] for p in pages for s in p["Subnets"]]
out["all_subnets"] = [s["SubnetId"] for s in ec2.describe_subnets()["Subnets"]]
out["group"] = ec2.describe_security_groups(GroupNames=["default"])["SecurityGroups"][0]["GroupId"]
out["keys"] = [k["KeyId"] for k in kms.list_keys()["Keys"]]
out["aliases"] = {a["AliasName"]: a.get("TargetKeyId") for p in
                  kms.get_paginator("list_aliases").paginate(PaginationConfig={"PageSize": 1})
                  for a in p["Aliases"]}
out["alias_pages"] = len(list(kms.get_paginator("list_aliases").paginate(PaginationConfig={"PageSize": 1})))
out["describe_key"] = kms.describe_key(KeyId="alias/aws/sagemaker")["KeyMetadata"]["KeyManager"]
def refusal(call, **kwargs):
    try:
        call(**kwargs)
        return "accepted"
    except botocore.exceptions.ClientError as error:
        return error.response["Error"]["Code"] + ": " + error.response["Error"]["Message"]
out["unknown_key"] = refusal(kms.describe_key, KeyId="1234abcd-12ab-34cd-56ef-1234567890ab")
out["bad_filter"] = refusal(ec2.describe_vpcs, Filters=[{"Name": "colour", "Values": ["blue"]}])
base = {"InstanceType": "ml.t3.medium", "RoleArn": os.environ["ROLE_ARN"]}
out["create_subnet"] = refusal(sm.create_notebook_instance, NotebookInstanceName="nb-subnet",
                               SubnetId="subnet-0123456789abcdef0", **base)
out["create_group"] = refusal(sm.create_notebook_instance, NotebookInstanceName="nb-group",
                              SubnetId=out["subnets"][0], SecurityGroupIds=["sg-0123456789abcdef0"], **base)
out["create_key"] = refusal(sm.create_notebook_instance, NotebookInstanceName="nb-key",
                            KmsKeyId="1234abcd-12ab-34cd-56ef-1234567890ab", **base)
out["create_fine"] = refusal(sm.create_notebook_instance, NotebookInstanceName="nb-fine",
                             SubnetId=out["subnets"][0], SecurityGroupIds=[out["group"]],
                             KmsKeyId="alias/aws/sagemaker", DirectInternetAccess="Disabled", **base)
print(json.dumps(out))
)PY";

TEST_F(LocalEc2KmsTest, Boto3PagesAndCreateRefusesUnknownIds)
{
    m_endpoint.setEnvironmentValue(QStringLiteral("ROLE_ARN"), m_endpoint.executionRoleArn());
    const auto run = m_endpoint.python({QStringLiteral("-c"), QString::fromUtf8(kScript)});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject out = json(run);
    const QString account = m_endpoint.accountId();

    EXPECT_EQ(out.value(QLatin1String("subnets")), out.value(QLatin1String("all_subnets")));
    EXPECT_EQ(out.value(QLatin1String("subnet_pages")).toInt(),
              (out.value(QLatin1String("all_subnets")).toArray().size() + 4) / 5);
    const QJsonObject aliases = out.value(QLatin1String("aliases")).toObject();
    for (const char* alias : {"alias/aws/sagemaker", "alias/aws/s3", "alias/aws/ebs"}) {
        EXPECT_TRUE(out.value(QLatin1String("keys"))
                        .toArray()
                        .contains(aliases.value(QLatin1String(alias)).toString()))
            << alias;
    }
    EXPECT_EQ(out.value(QLatin1String("alias_pages")).toInt(), aliases.size());
    EXPECT_EQ(out.value(QLatin1String("describe_key")).toString(), QStringLiteral("AWS"));
    EXPECT_EQ(
        out.value(QLatin1String("unknown_key")).toString(),
        QStringLiteral("NotFoundException: Key 'arn:aws:kms:%1:%2:key/1234abcd-12ab-34cd-56ef-1234567890ab' "
                       "does not exist")
            .arg(region(), account));
    EXPECT_EQ(out.value(QLatin1String("bad_filter")).toString(),
              QStringLiteral("InvalidParameterValue: The filter 'colour' is invalid"));

    EXPECT_EQ(out.value(QLatin1String("create_subnet")).toString(),
              QStringLiteral("ValidationException: The subnet ID 'subnet-0123456789abcdef0' does not exist"));
    EXPECT_EQ(
        out.value(QLatin1String("create_group")).toString(),
        QStringLiteral("ValidationException: The security group 'sg-0123456789abcdef0' does not exist"));
    EXPECT_EQ(out.value(QLatin1String("create_key")).toString(),
              QStringLiteral(
                  "ValidationException: Key 'arn:aws:kms:%1:%2:key/1234abcd-12ab-34cd-56ef-1234567890ab' "
                  "does not exist")
                  .arg(region(), account));
    EXPECT_EQ(out.value(QLatin1String("create_fine")).toString(), QStringLiteral("accepted"));
}

TEST_F(LocalEc2KmsTest, WizardClientsListTheDefaults)
{
    Aws::Ec2Client ec2(m_context.get());
    const auto vpcs = ec2.describeVpcs().wait();
    ASSERT_TRUE(vpcs.ok()) << vpcs.error().toDisplayString().toStdString();
    ASSERT_EQ(vpcs->size(), 1);
    EXPECT_TRUE(vpcs->first().isDefault);
    const auto subnets = ec2.describeSubnets(vpcs->first().vpcId).wait();
    ASSERT_TRUE(subnets.ok()) << subnets.error().toDisplayString().toStdString();
    ASSERT_FALSE(subnets->isEmpty());
    EXPECT_EQ(subnets->first().vpcId, vpcs->first().vpcId);
    EXPECT_EQ(subnets->first().availabilityZone, region() + QLatin1Char('a'));
    const auto groups = ec2.describeSecurityGroups(vpcs->first().vpcId).wait();
    ASSERT_TRUE(groups.ok()) << groups.error().toDisplayString().toStdString();
    ASSERT_EQ(groups->size(), 1);
    EXPECT_EQ(groups->first().description, QStringLiteral("default VPC security group"));
    // Another VPC has nothing in it.
    const auto none = ec2.describeSubnets(QStringLiteral("vpc-0123456789abcdef0")).wait();
    ASSERT_TRUE(none.ok()) << none.error().toDisplayString().toStdString();
    EXPECT_TRUE(none->isEmpty());

    Aws::KmsClient kms(m_context.get());
    const auto aliases = kms.listAliases().wait();
    ASSERT_TRUE(aliases.ok()) << aliases.error().toDisplayString().toStdString();
    const auto sageMaker = std::find_if(aliases->cbegin(), aliases->cend(), [](const Aws::KmsAlias& alias) {
        return alias.aliasName == QLatin1String("alias/aws/sagemaker");
    });
    ASSERT_NE(sageMaker, aliases->cend());
    EXPECT_EQ(sageMaker->aliasArn,
              QStringLiteral("arn:aws:kms:%1:%2:alias/aws/sagemaker").arg(region(), m_endpoint.accountId()));
    EXPECT_FALSE(sageMaker->targetKeyId.isEmpty());
}

} // namespace
} // namespace SageDesk::Test
