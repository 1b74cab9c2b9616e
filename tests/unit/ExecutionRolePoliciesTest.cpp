#include "aws/roles/ExecutionRolePolicies.h"

#include <gtest/gtest.h>

#include <QJsonDocument>
#include <QTimeZone>

namespace Policies = SageDesk::Aws::ExecutionRolePolicies;
using SageDesk::Aws::S3Access;

TEST(ExecutionRolePolicies, NamesFromTheClock)
{
    const QDateTime time(QDate(2026, 1, 15), QTime(9, 30, 5), QTimeZone::utc());
    const QString suffix = Policies::nameSuffix(time);
    EXPECT_EQ(suffix, QStringLiteral("20260115T093005"));
    EXPECT_EQ(Policies::roleName(suffix), QStringLiteral("AmazonSageMaker-ExecutionRole-20260115T093005"));
    EXPECT_EQ(Policies::policyName(suffix),
              QStringLiteral("AmazonSageMaker-ExecutionPolicy-20260115T093005"));
    EXPECT_EQ(Policies::managedPolicyArn(),
              QStringLiteral("arn:aws:iam::aws:policy/AmazonSageMakerFullAccess"));
    EXPECT_TRUE(Policies::description().contains(QLatin1String("SageDesk")));
}

TEST(ExecutionRolePolicies, TrustPolicyIsTheConsolesWithSourceArnHardening)
{
    EXPECT_EQ(
        Policies::trustPolicy(QStringLiteral("aws"), QStringLiteral("eu-west-1"),
                              QStringLiteral("123456789012")),
        QStringLiteral(R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":)"
                       R"("sagemaker.amazonaws.com"},"Action":"sts:AssumeRole","Condition":{"ArnLike":)"
                       R"({"aws:SourceArn":"arn:aws:sagemaker:eu-west-1:123456789012:*"}}}]})"));
}

TEST(ExecutionRolePolicies, AnyBucket)
{
    EXPECT_EQ(Policies::executionPolicy(S3Access::any()),
              QStringLiteral(
                  R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:GetObject",)"
                  R"("s3:PutObject","s3:DeleteObject","s3:ListBucket"],"Resource":["arn:aws:s3:::*"]}]})"));
}

TEST(ExecutionRolePolicies, SpecificBuckets)
{
    const QString policy = Policies::executionPolicy(S3Access::parse(QStringLiteral("b1, b2")));
    EXPECT_EQ(policy, QStringLiteral(
                          R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":)"
                          R"(["s3:ListBucket"],"Resource":["arn:aws:s3:::b1","arn:aws:s3:::b2"]},)"
                          R"({"Effect":"Allow","Action":["s3:GetObject","s3:PutObject",)"
                          R"("s3:DeleteObject"],"Resource":["arn:aws:s3:::b1/*","arn:aws:s3:::b2/*"]}]})"));
    QJsonParseError error;
    QJsonDocument::fromJson(policy.toUtf8(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError);
}

TEST(ExecutionRolePolicies, NoneHasNoPolicy)
{
    EXPECT_TRUE(Policies::executionPolicy(S3Access::none()).isEmpty());
}

TEST(ExecutionRolePolicies, ParsesTheS3Choice)
{
    EXPECT_EQ(S3Access::parse(QStringLiteral("any")), S3Access::any());
    EXPECT_EQ(S3Access::parse(QStringLiteral("none")), S3Access::none());
    std::optional<SageDesk::ValidationIssue> issue;
    const auto access = S3Access::parse(QStringLiteral("good-bucket,Bad_Bucket"), &issue);
    EXPECT_EQ(access.kind, S3Access::Kind::Specific);
    ASSERT_TRUE(issue);
    EXPECT_TRUE(issue->message.contains(QLatin1String("Bad_Bucket")));
    EXPECT_EQ(Policies::partitionOf(QStringLiteral("arn:aws-cn:sts::123456789012:assumed-role/x")),
              QStringLiteral("aws-cn"));
}
