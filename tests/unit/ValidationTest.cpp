#include "domain/Validation.h"
#include "domain/InstanceTypeCatalog.h"
#include "domain/PlatformCatalog.h"

#include <gtest/gtest.h>

using SageDesk::CreateNotebookInstanceRequest;
using SageDesk::NotebookInstance;
using SageDesk::Tag;
using SageDesk::UpdateNotebookInstanceRequest;
using SageDesk::Validation;
using SageDesk::ValidationIssues;

namespace {

CreateNotebookInstanceRequest validRequest()
{
    CreateNotebookInstanceRequest request;
    request.notebookInstanceName = QStringLiteral("my-notebook-1");
    request.instanceType = QStringLiteral("ml.t3.medium");
    request.roleArn =
        QStringLiteral("arn:aws:iam::123456789012:role/service-role/AmazonSageMaker-ExecutionRole-1");
    return request;
}

QStringList fields(const ValidationIssues& issues)
{
    QStringList result;
    for (const auto& issue : issues) {
        result.append(issue.field);
    }
    return result;
}

} // namespace

TEST(Validation, AcceptsTheConsoleDefaults)
{
    EXPECT_TRUE(Validation::createNotebookInstance(validRequest()).isEmpty());
}

TEST(Validation, NotebookInstanceNameMessageNamesFieldAndRule)
{
    const auto issue = Validation::notebookInstanceName(QStringLiteral("-bad"));
    ASSERT_TRUE(issue);
    EXPECT_EQ(issue->field, QStringLiteral("NotebookInstanceName"));
    EXPECT_EQ(issue->message,
              QStringLiteral("NotebookInstanceName: must be 1–63 characters of letters, digits "
                             "and hyphens, starting and ending with a letter or digit"));
}

TEST(Validation, NotebookInstanceNameBounds)
{
    EXPECT_FALSE(Validation::notebookInstanceName(QStringLiteral("a")));
    EXPECT_FALSE(Validation::notebookInstanceName(QStringLiteral("a--b")));
    EXPECT_FALSE(Validation::notebookInstanceName(QString(63, QLatin1Char('x'))));
    EXPECT_TRUE(Validation::notebookInstanceName(QString(64, QLatin1Char('x'))));
    EXPECT_TRUE(Validation::notebookInstanceName(QString()));
    EXPECT_TRUE(Validation::notebookInstanceName(QStringLiteral("ends-")));
    EXPECT_TRUE(Validation::notebookInstanceName(QStringLiteral("under_score")));
    EXPECT_TRUE(Validation::notebookInstanceName(QStringLiteral("dot.name")));
}

TEST(Validation, InstanceTypeComesFromTheCatalog)
{
    EXPECT_FALSE(Validation::instanceType(QStringLiteral("ml.g5.xlarge")));
    EXPECT_TRUE(Validation::instanceType(QStringLiteral("ml.t3.nano")));
    EXPECT_TRUE(Validation::instanceType(QStringLiteral("t3.medium")));
    EXPECT_TRUE(
        SageDesk::InstanceTypeCatalog::all().contains(SageDesk::InstanceTypeCatalog::defaultInstanceType()));
    EXPECT_EQ(SageDesk::InstanceTypeCatalog::family(QStringLiteral("ml.p3dn.24xlarge")),
              QStringLiteral("p3dn"));
}

TEST(Validation, RoleArnPattern)
{
    EXPECT_FALSE(Validation::roleArn(QStringLiteral("arn:aws:iam::123456789012:role/MyRole")));
    EXPECT_FALSE(Validation::roleArn(QStringLiteral("arn:aws-cn:iam::123456789012:role/a/b/c@d")));
    EXPECT_TRUE(Validation::roleArn(QStringLiteral("arn:aws:iam::12345678901:role/MyRole")));
    EXPECT_TRUE(Validation::roleArn(QStringLiteral("arn:aws:iam::123456789012:user/MyRole")));
    EXPECT_TRUE(Validation::roleArn(QStringLiteral("MyRole")));
    EXPECT_EQ(Validation::roleArn(QString())->field, QStringLiteral("RoleArn"));
}

TEST(Validation, RetiredPlatformsAreAWarningNotARefusal)
{
    EXPECT_FALSE(Validation::platformIdentifier(QString()));
    EXPECT_FALSE(Validation::platformIdentifier(QStringLiteral("notebook-al2023-v1")));
    EXPECT_FALSE(Validation::platformIdentifier(QStringLiteral("notebook-al2-v3")));
    EXPECT_FALSE(Validation::retiredPlatform(QStringLiteral("notebook-al2023-v1")));
    for (const char* retired : {"notebook-al1-v1", "notebook-al2-v1", "notebook-al2-v2"}) {
        EXPECT_FALSE(Validation::platformIdentifier(QLatin1String(retired))) << retired;
        auto request = validRequest();
        request.platformIdentifier = QLatin1String(retired);
        EXPECT_TRUE(Validation::createNotebookInstance(request).isEmpty()) << retired;
        const auto warnings = Validation::createNotebookInstanceWarnings(request);
        ASSERT_EQ(fields(warnings), QStringList{QStringLiteral("PlatformIdentifier")}) << retired;
        EXPECT_TRUE(warnings.first().message.contains(QLatin1String("can no longer")))
            << warnings.first().message.toStdString();
    }
    EXPECT_TRUE(Validation::platformIdentifier(QStringLiteral("notebook-al3-v1")));
    EXPECT_EQ(SageDesk::PlatformCatalog::defaultPlatform(), QStringLiteral("notebook-al2023-v1"));
}

TEST(Validation, Al2023LacksOldAcceleratorFamilies)
{
    for (const char* type : {"ml.p2.xlarge", "ml.p3.2xlarge", "ml.p3dn.24xlarge", "ml.inf1.xlarge"}) {
        auto request = validRequest();
        request.instanceType = QLatin1String(type);
        EXPECT_TRUE(Validation::createNotebookInstance(request).isEmpty()) << type;
        EXPECT_EQ(fields(Validation::createNotebookInstanceWarnings(request)),
                  QStringList{QStringLiteral("InstanceType")})
            << type;
        request.platformIdentifier = QStringLiteral("notebook-al2-v3");
        EXPECT_TRUE(Validation::createNotebookInstanceWarnings(request).isEmpty()) << type;
    }
    EXPECT_FALSE(Validation::platformSupportsInstanceType(QStringLiteral("notebook-al2023-v1"),
                                                          QStringLiteral("ml.p4d.24xlarge")));
    EXPECT_TRUE(Validation::platformSupportsInstanceType(QStringLiteral("notebook-al2023-v1"),
                                                         QStringLiteral("ml.g3.4xlarge")));
}

TEST(Validation, VolumeSizeRangeAndNeverShrink)
{
    EXPECT_TRUE(Validation::volumeSizeInGB(4));
    EXPECT_FALSE(Validation::volumeSizeInGB(5));
    EXPECT_FALSE(Validation::volumeSizeInGB(16384));
    EXPECT_TRUE(Validation::volumeSizeInGB(16385));

    NotebookInstance current;
    current.notebookInstanceName = QStringLiteral("nb");
    current.instanceType = QStringLiteral("ml.t3.medium");
    current.volumeSizeInGB = 50;
    UpdateNotebookInstanceRequest update;
    update.notebookInstanceName = QStringLiteral("nb");
    update.volumeSizeInGB = 20;
    const auto issues = Validation::updateNotebookInstance(update, current);
    ASSERT_EQ(fields(issues), QStringList{QStringLiteral("VolumeSizeInGB")});
    EXPECT_TRUE(issues.first().message.contains(QLatin1String("50"))) << issues.first().message.toStdString();
    update.volumeSizeInGB = 60;
    EXPECT_TRUE(Validation::updateNotebookInstance(update, current).isEmpty());
}

TEST(Validation, UpdateChecksInstanceTypeAgainstTheCurrentPlatform)
{
    NotebookInstance current;
    current.platformIdentifier = QStringLiteral("notebook-al2023-v1");
    current.instanceType = QStringLiteral("ml.t3.medium");
    current.volumeSizeInGB = 5;
    UpdateNotebookInstanceRequest update;
    update.notebookInstanceName = QStringLiteral("nb");
    update.instanceType = QStringLiteral("ml.p3.2xlarge");
    EXPECT_TRUE(Validation::updateNotebookInstance(update, current).isEmpty());
    EXPECT_EQ(fields(Validation::updateNotebookInstanceWarnings(update, current)),
              QStringList{QStringLiteral("InstanceType")});
    current.platformIdentifier = QStringLiteral("notebook-al2-v3");
    EXPECT_TRUE(Validation::updateNotebookInstanceWarnings(update, current).isEmpty());
}

TEST(Validation, NetworkFields)
{
    auto request = validRequest();
    request.directInternetAccess = QStringLiteral("Disabled");
    EXPECT_EQ(fields(Validation::createNotebookInstance(request)),
              QStringList{QStringLiteral("DirectInternetAccess")});
    request.subnetId = QStringLiteral("subnet-0abc");
    request.securityGroupIds = {QStringLiteral("sg-1"), QStringLiteral("sg-2"), QStringLiteral("sg-3"),
                                QStringLiteral("sg-4"), QStringLiteral("sg-5")};
    EXPECT_TRUE(Validation::createNotebookInstance(request).isEmpty());
    request.securityGroupIds.append(QStringLiteral("sg-6"));
    EXPECT_EQ(fields(Validation::createNotebookInstance(request)),
              QStringList{QStringLiteral("SecurityGroupIds")});
    EXPECT_TRUE(Validation::subnetId(QStringLiteral("subnet_1")));
    EXPECT_TRUE(Validation::subnetId(QString(33, QLatin1Char('a'))));
    EXPECT_TRUE(Validation::directInternetAccess(QStringLiteral("enabled"), QString()));
}

TEST(Validation, SecurityGroupsOrDualstackWithoutASubnetOnlyWarn)
{
    auto request = validRequest();
    request.securityGroupIds = {QStringLiteral("sg-1")};
    request.ipAddressType = QStringLiteral("dualstack");
    EXPECT_TRUE(Validation::createNotebookInstance(request).isEmpty());
    EXPECT_EQ(fields(Validation::createNotebookInstanceWarnings(request)),
              (QStringList{QStringLiteral("SecurityGroupIds"), QStringLiteral("IpAddressType")}));
    request.subnetId = QStringLiteral("subnet-0abc");
    EXPECT_TRUE(Validation::createNotebookInstanceWarnings(request).isEmpty());
    request.ipAddressType = QStringLiteral("ipv6");
    EXPECT_EQ(fields(Validation::createNotebookInstance(request)),
              QStringList{QStringLiteral("IpAddressType")});
}

TEST(Validation, SmallFields)
{
    EXPECT_FALSE(Validation::rootAccess(QStringLiteral("Disabled")));
    EXPECT_TRUE(Validation::rootAccess(QStringLiteral("disabled")));
    EXPECT_FALSE(Validation::kmsKeyId(QStringLiteral("arn:aws:kms:us-east-1:123456789012:key/abcd-1234")));
    EXPECT_TRUE(Validation::kmsKeyId(QStringLiteral("alias with space")));
    EXPECT_FALSE(Validation::minimumInstanceMetadataServiceVersion(QStringLiteral("2")));
    EXPECT_TRUE(Validation::minimumInstanceMetadataServiceVersion(QStringLiteral("3")));
    EXPECT_FALSE(Validation::lifecycleConfigName(QString()));
    EXPECT_TRUE(Validation::lifecycleConfigName(QString(), true));
    EXPECT_TRUE(Validation::lifecycleConfigName(QStringLiteral("bad_name")));
    EXPECT_FALSE(Validation::nameContains(QStringLiteral("my-nb")));
    EXPECT_TRUE(Validation::nameContains(QStringLiteral("my nb")));
}

TEST(Validation, CodeRepositories)
{
    EXPECT_FALSE(
        Validation::codeRepository(QStringLiteral("DefaultCodeRepository"),
                                   QStringLiteral("https://github.com/aws/amazon-sagemaker-examples")));
    EXPECT_FALSE(
        Validation::codeRepository(QStringLiteral("DefaultCodeRepository"), QStringLiteral("my-repo")));
    EXPECT_TRUE(Validation::codeRepository(QStringLiteral("DefaultCodeRepository"),
                                           QStringLiteral("http://github.com/a/b")));
    const QStringList three{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    EXPECT_TRUE(Validation::additionalCodeRepositories(three).isEmpty());
    EXPECT_EQ(Validation::additionalCodeRepositories(three + QStringList{QStringLiteral("d")}).size(), 1);
}

TEST(Validation, Tags)
{
    QList<Tag> tags{{QStringLiteral("team"), QStringLiteral("ml research")},
                    {QStringLiteral("café"), QStringLiteral("")},
                    {QStringLiteral("cost:center"), QStringLiteral("a/b=c+d-e@f")}};
    EXPECT_TRUE(Validation::tags(tags).isEmpty());
    EXPECT_EQ(fields(Validation::tags({{QString(), QStringLiteral("x")}})),
              QStringList{QStringLiteral("Tags.Key")});
    EXPECT_EQ(fields(Validation::tags({{QString(129, QLatin1Char('k')), QString()}})),
              QStringList{QStringLiteral("Tags.Key")});
    EXPECT_EQ(fields(Validation::tags({{QStringLiteral("k"), QString(257, QLatin1Char('v'))}})),
              QStringList{QStringLiteral("Tags.Value")});
    EXPECT_EQ(fields(Validation::tags({{QStringLiteral("k"), QStringLiteral("a;b")}})),
              QStringList{QStringLiteral("Tags.Value")});
    EXPECT_EQ(fields(Validation::tags({{QStringLiteral("aws:owner"), QString()}})),
              QStringList{QStringLiteral("Tags.Key")});
    QList<Tag> many;
    for (int i = 0; i < 51; ++i) {
        many.append({QStringLiteral("k%1").arg(i), QString()});
    }
    EXPECT_EQ(fields(Validation::tags(many)), QStringList{QStringLiteral("Tags")});
    many.removeLast();
    EXPECT_TRUE(Validation::tags(many).isEmpty());
}

TEST(Validation, LifecycleScripts)
{
    EXPECT_TRUE(Validation::lifecycleScript(QStringLiteral("OnStart"), "#!/bin/bash\necho hi\n").isEmpty());
    const auto crlf = Validation::lifecycleScript(QStringLiteral("OnStart"), "#!/bin/bash\r\necho hi\r\n");
    ASSERT_EQ(crlf.size(), 1);
    EXPECT_EQ(crlf.first().field, QStringLiteral("OnStart"));
    EXPECT_TRUE(crlf.first().message.contains(QLatin1String("^M: bad interpreter")));
    EXPECT_EQ(Validation::lifecycleScript(QStringLiteral("OnCreate"), QByteArray()).size(), 1);
    // 12288 bytes encode to exactly 16384 base64 characters.
    EXPECT_TRUE(Validation::lifecycleScript(QStringLiteral("OnCreate"), QByteArray(12288, 'a')).isEmpty());
    EXPECT_EQ(Validation::lifecycleScript(QStringLiteral("OnCreate"), QByteArray(12289, 'a')).size(), 1);
    EXPECT_FALSE(Validation::lifecycleContent(QStringLiteral("OnStart"), QStringLiteral("IyEvYmluL2Jhc2gK")));
    EXPECT_TRUE(Validation::lifecycleContent(QStringLiteral("OnStart"), QStringLiteral("#!/bin/bash")));
    EXPECT_TRUE(Validation::lifecycleContent(QStringLiteral("OnStart"), QString()));
}

TEST(Validation, S3BucketNames)
{
    for (const char* good : {"my-bucket", "sagemaker.data.2024", "abc"}) {
        EXPECT_FALSE(Validation::s3BucketName(QLatin1String(good))) << good;
    }
    for (const char* bad : {"ab", "My-Bucket", "-start", "end-", "a..b", "192.168.5.4", "xn--bucket",
                            "bucket-s3alias", "under_score"}) {
        const auto issue = Validation::s3BucketName(QLatin1String(bad));
        ASSERT_TRUE(issue) << bad;
        EXPECT_TRUE(issue->message.startsWith(QLatin1String("BucketName: "))) << bad;
    }
    EXPECT_TRUE(Validation::s3BucketName(QString(64, QLatin1Char('a'))));
}

TEST(Validation, IamRoleNames)
{
    EXPECT_FALSE(Validation::iamRoleName(QStringLiteral("AmazonSageMaker-ExecutionRole-20260101T120000")));
    EXPECT_FALSE(Validation::iamRoleName(QStringLiteral("a+b=c,d.e@f_g")));
    EXPECT_TRUE(Validation::iamRoleName(QString()));
    EXPECT_TRUE(Validation::iamRoleName(QString(65, QLatin1Char('r'))));
    EXPECT_TRUE(Validation::iamRoleName(QStringLiteral("role/name")));
}

TEST(Validation, DescribeJoinsMessages)
{
    auto request = validRequest();
    request.notebookInstanceName.clear();
    request.volumeSizeInGB = 1;
    const auto issues = Validation::createNotebookInstance(request);
    EXPECT_EQ(fields(issues),
              (QStringList{QStringLiteral("NotebookInstanceName"), QStringLiteral("VolumeSizeInGB")}));
    EXPECT_EQ(Validation::describe(issues).count(QLatin1Char('\n')), 1);
}
