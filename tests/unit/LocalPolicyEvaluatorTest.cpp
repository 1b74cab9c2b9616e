#include "local/iam/PolicyEvaluator.h"

#include "aws/roles/ExecutionRolePolicies.h"
#include "local/http/HttpRequest.h"
#include "local/s3/S3Actions.h"
#include "support/RecipePolicies.h"

#include <gtest/gtest.h>

namespace SageDesk::Local::Iam {
namespace {

using Test::RecipePolicies;

PolicyDocument document(const char* json)
{
    auto parsed = PolicyDocument::parse(QByteArray(json));
    EXPECT_TRUE(parsed.has_value()) << json;
    return parsed.value_or(PolicyDocument{});
}

Decision decide(const PolicyDocument& policy, AuthorizationRequest request)
{
    return PolicyEvaluator::evaluate({&policy}, request);
}

using Context = std::initializer_list<std::pair<const char*, const char*>>;

AuthorizationRequest asking(const char* action, const char* resource, Context context = {})
{
    AuthorizationRequest request;
    request.action = QString::fromUtf8(action);
    request.resource = QString::fromUtf8(resource);
    for (const auto& [key, value] : context) {
        request.setContext(QString::fromUtf8(key), QString::fromUtf8(value));
    }
    return request;
}

QStringList strings(std::initializer_list<const char*> texts)
{
    QStringList list;
    for (const char* text : texts) {
        list.append(QString::fromUtf8(text));
    }
    return list;
}

TEST(LocalPolicyEvaluator, NothingAllowsIsAnImplicitDenyAndAnExplicitDenyWins)
{
    const PolicyDocument policy = document(R"({"Statement":[
        {"Effect":"Allow","Action":"s3:*","Resource":"*"},
        {"Effect":"Deny","Action":"s3:DeleteObject","Resource":"arn:aws:s3:::keep/*"}]})");
    EXPECT_EQ(decide(policy, asking("s3:GetObject", "arn:aws:s3:::keep/a")), Decision::Allow);
    EXPECT_EQ(decide(policy, asking("s3:DeleteObject", "arn:aws:s3:::keep/a")), Decision::ExplicitDeny);
    EXPECT_EQ(decide(policy, asking("s3:DeleteObject", "arn:aws:s3:::other/a")), Decision::Allow);
    EXPECT_EQ(decide(policy, asking("sagemaker:ListNotebookInstances", "*")), Decision::ImplicitDeny);
    // A Deny in another document wins just the same; no document at all allows nothing.
    const PolicyDocument deny = document(R"({"Statement":{"Effect":"Deny","Action":"*","Resource":"*"}})");
    EXPECT_EQ(PolicyEvaluator::evaluate({&policy, &deny}, asking("s3:GetObject", "arn:aws:s3:::a/b")),
              Decision::ExplicitDeny);
    EXPECT_EQ(PolicyEvaluator::evaluate({}, asking("s3:GetObject", "arn:aws:s3:::a/b")),
              Decision::ImplicitDeny);
}

TEST(LocalPolicyEvaluator, ActionsAreCaseInsensitiveWildcardsAndNotActionInverts)
{
    const PolicyDocument policy = document(R"({"Statement":[
        {"Effect":"Allow","Action":["S3:get*","sagemaker:Describe?otebookInstance"],"Resource":"*"},
        {"Effect":"Allow","NotAction":["s3:*","iam:*"],"Resource":"*"}]})");
    EXPECT_EQ(decide(policy, asking("s3:GetObject", "arn:aws:s3:::b/k")), Decision::Allow);
    EXPECT_EQ(decide(policy, asking("s3:PutObject", "arn:aws:s3:::b/k")), Decision::ImplicitDeny);
    EXPECT_EQ(decide(policy, asking("sagemaker:DescribeNotebookInstance", "*")), Decision::Allow);
    EXPECT_EQ(decide(policy, asking("sts:AssumeRole", "*")), Decision::Allow);
    EXPECT_EQ(decide(policy, asking("iam:PassRole", "*")), Decision::ImplicitDeny);
}

TEST(LocalPolicyEvaluator, ResourcesAreCaseSensitiveWildcardsAndNotResourceInverts)
{
    const PolicyDocument policy = document(R"({"Statement":[
        {"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::*sagemaker*"},
        {"Effect":"Allow","Action":"sagemaker:*","NotResource":"arn:aws:sagemaker:*:*:domain/*"}]})");
    EXPECT_EQ(decide(policy, asking("s3:GetObject", "arn:aws:s3:::my-sagemaker-data/x")), Decision::Allow);
    EXPECT_EQ(decide(policy, asking("s3:GetObject", "arn:aws:s3:::my-SAGEMAKER-data/x")),
              Decision::ImplicitDeny);
    EXPECT_EQ(decide(policy, asking("sagemaker:StopNotebookInstance",
                                    "arn:aws:sagemaker:us-east-1:123456789012:notebook-instance/nb")),
              Decision::Allow);
    EXPECT_EQ(decide(policy, asking("sagemaker:DescribeDomain",
                                    "arn:aws:sagemaker:us-east-1:123456789012:domain/d-1")),
              Decision::ImplicitDeny);
}

TEST(LocalPolicyEvaluator, ConditionOperatorsOfTheRecipes)
{
    const PolicyDocument policy = document(R"({"Statement":[
        {"Effect":"Allow","Action":"iam:PassRole","Resource":"*",
         "Condition":{"StringEquals":{"iam:PassedToService":"sagemaker.amazonaws.com"}}},
        {"Effect":"Allow","Action":"s3:GetObject","Resource":"*",
         "Condition":{"StringEqualsIgnoreCase":{"s3:ExistingObjectTag/SageMaker":"true"}}},
        {"Effect":"Allow","Action":"sagemaker:CreateApp","Resource":"*",
         "Condition":{"Null":{"sagemaker:OwnerUserProfileArn":"true"}}},
        {"Effect":"Allow","Action":"s3:ListBucket","Resource":"*",
         "Condition":{"StringLike":{"s3:prefix":["home/*","shared/?"]}, "Bool":{"aws:SecureTransport":"false"}}},
        {"Effect":"Deny","Action":"s3:PutObject","Resource":"*",
         "Condition":{"StringNotEquals":{"s3:x-amz-server-side-encryption":"AES256"}}},
        {"Effect":"Allow","Action":"sagemaker:CreateNotebookInstance","Resource":"*",
         "Condition":{"ForAllValues:StringLike":{"sagemaker:InstanceTypes":["ml.t3.*"]},
                      "NumericLessThanEquals":{"sagemaker:VolumeSizeInGB":"50"},
                      "IpAddress":{"aws:SourceIp":"127.0.0.0/8"}}}]})");
    EXPECT_EQ(
        decide(policy, asking("iam:PassRole", "r", {{"iam:PassedToService", "sagemaker.amazonaws.com"}})),
        Decision::Allow);
    EXPECT_EQ(decide(policy, asking("iam:PassRole", "r", {{"iam:PassedToService", "glue.amazonaws.com"}})),
              Decision::ImplicitDeny);
    EXPECT_EQ(decide(policy, asking("iam:PassRole", "r")), Decision::ImplicitDeny);
    EXPECT_EQ(decide(policy, asking("s3:GetObject", "o", {{"s3:ExistingObjectTag/SageMaker", "TRUE"}})),
              Decision::Allow);
    EXPECT_EQ(decide(policy, asking("s3:GetObject", "o")), Decision::ImplicitDeny);
    EXPECT_EQ(decide(policy, asking("sagemaker:CreateApp", "a")), Decision::Allow);
    EXPECT_EQ(
        decide(policy, asking("sagemaker:CreateApp", "a", {{"sagemaker:OwnerUserProfileArn", "arn:x"}})),
        Decision::ImplicitDeny);
    EXPECT_EQ(decide(policy, asking("s3:ListBucket", "b",
                                    {{"s3:prefix", "home/ann/"}, {"aws:SecureTransport", "false"}})),
              Decision::Allow);
    EXPECT_EQ(decide(policy, asking("s3:ListBucket", "b",
                                    {{"s3:prefix", "shared/x"}, {"aws:SecureTransport", "false"}})),
              Decision::Allow);
    EXPECT_EQ(decide(policy, asking("s3:ListBucket", "b",
                                    {{"s3:prefix", "shared/xy"}, {"aws:SecureTransport", "false"}})),
              Decision::ImplicitDeny);
    // A negated operator holds when the key is absent: the Deny applies.
    EXPECT_EQ(decide(policy, asking("s3:PutObject", "o")), Decision::ExplicitDeny);
    EXPECT_EQ(decide(policy, asking("s3:PutObject", "o", {{"s3:x-amz-server-side-encryption", "AES256"}})),
              Decision::ImplicitDeny);
    auto create = asking("sagemaker:CreateNotebookInstance", "*",
                         {{"sagemaker:VolumeSizeInGB", "20"}, {"aws:SourceIp", "127.0.0.1"}});
    create.context.insert(QStringLiteral("sagemaker:instancetypes"),
                          strings({"ml.t3.medium", "ml.t3.large"}));
    EXPECT_EQ(decide(policy, create), Decision::Allow);
    create.context[QStringLiteral("sagemaker:instancetypes")].append(QStringLiteral("ml.p3.2xlarge"));
    EXPECT_EQ(decide(policy, create), Decision::ImplicitDeny);
    create.context.remove(QStringLiteral("sagemaker:instancetypes")); // ForAllValues of nothing holds
    EXPECT_EQ(decide(policy, create), Decision::Allow);
    create.setContext(QStringLiteral("aws:SourceIp"), QStringLiteral("10.0.0.1"));
    EXPECT_EQ(decide(policy, create), Decision::ImplicitDeny);
}

TEST(LocalPolicyEvaluator, IfExistsArnLikeAndPolicyVariables)
{
    const PolicyDocument policy = document(R"({"Statement":[
        {"Effect":"Allow","Action":"s3:*","Resource":"arn:aws:s3:::home/${aws:username}/*"},
        {"Effect":"Allow","Action":"sts:AssumeRole","Resource":"*",
         "Condition":{"ArnLike":{"aws:SourceArn":"arn:aws:sagemaker:us-*:${aws:PrincipalAccount}:*"}}},
        {"Effect":"Allow","Action":"sagemaker:AddTags","Resource":"*",
         "Condition":{"StringEqualsIfExists":{"sagemaker:WorkteamType":"private-crowd"}}}]})");
    EXPECT_EQ(decide(policy, asking("s3:GetObject", "arn:aws:s3:::home/ann/x", {{"aws:username", "ann"}})),
              Decision::Allow);
    EXPECT_EQ(decide(policy, asking("s3:GetObject", "arn:aws:s3:::home/bob/x", {{"aws:username", "ann"}})),
              Decision::ImplicitDeny);
    EXPECT_EQ(decide(policy, asking("s3:GetObject", "arn:aws:s3:::home/ann/x")), Decision::ImplicitDeny);
    EXPECT_EQ(decide(policy, asking("sts:AssumeRole", "r",
                                    {{"aws:SourceArn", "arn:aws:sagemaker:us-east-1:123456789012:nb/x"},
                                     {"aws:PrincipalAccount", "123456789012"}})),
              Decision::Allow);
    // A * never spans the colons between an ARN's parts.
    EXPECT_EQ(decide(policy, asking("sts:AssumeRole", "r",
                                    {{"aws:SourceArn", "arn:aws:sagemaker:us-east-1:999999999999:nb"},
                                     {"aws:PrincipalAccount", "123456789012"}})),
              Decision::ImplicitDeny);
    EXPECT_EQ(decide(policy, asking("sagemaker:AddTags", "*")), Decision::Allow);
    EXPECT_EQ(decide(policy, asking("sagemaker:AddTags", "*", {{"sagemaker:WorkteamType", "public"}})),
              Decision::ImplicitDeny);
}

TEST(LocalPolicyEvaluator, TrustPolicyOfTheRecipeLetsSageMakerOfThisAccountAssume)
{
    const PolicyDocument trust =
        document(Aws::ExecutionRolePolicies::trustPolicy(QStringLiteral("aws"), QStringLiteral("us-east-1"),
                                                         QStringLiteral("123456789012"))
                     .toUtf8()
                     .constData());
    AuthorizationRequest request = asking("sts:AssumeRole", "arn:aws:iam::123456789012:role/r",
                                          {{"aws:SourceArn", "arn:aws:sagemaker:us-east-1:123456789012:"
                                                             "notebook-instance/nb"}});
    request.principalType = QStringLiteral("Service");
    request.principal = QStringLiteral("sagemaker.amazonaws.com");
    EXPECT_EQ(decide(trust, request), Decision::Allow);
    request.principal = QStringLiteral("ec2.amazonaws.com");
    EXPECT_EQ(decide(trust, request), Decision::ImplicitDeny);
    request.principal = QStringLiteral("sagemaker.amazonaws.com");
    request.setContext(QStringLiteral("aws:SourceArn"),
                       QStringLiteral("arn:aws:sagemaker:eu-west-1:123456789012:notebook-instance/nb"));
    EXPECT_EQ(decide(trust, request), Decision::ImplicitDeny);
}

TEST(LocalPolicyEvaluator, RecipeRolesPerS3Choice)
{
    const RecipePolicies specific(Aws::S3Access::specific({QStringLiteral("team-data")}));
    EXPECT_EQ(specific.decide("s3:GetObject", "arn:aws:s3:::team-data/a/b.csv"), Decision::Allow);
    EXPECT_EQ(specific.decide("s3:PutObject", "arn:aws:s3:::team-data/x"), Decision::Allow);
    EXPECT_EQ(specific.decide("s3:ListBucket", "arn:aws:s3:::team-data"), Decision::Allow);
    EXPECT_EQ(specific.decide("s3:GetObject", "arn:aws:s3:::other-data/x"), Decision::ImplicitDeny);
    EXPECT_EQ(specific.decide("s3:PutObject", "arn:aws:s3:::my-sagemaker-bucket/x"), Decision::Allow);

    const RecipePolicies any(Aws::S3Access::any());
    EXPECT_EQ(any.decide("s3:GetObject", "arn:aws:s3:::other-data/x"), Decision::Allow);
    EXPECT_EQ(any.decide("s3:DeleteObject", "arn:aws:s3:::team-data/x"), Decision::Allow);
    EXPECT_EQ(any.decide("s3:DeleteBucket", "arn:aws:s3:::team-data"), Decision::ImplicitDeny);

    const RecipePolicies none(Aws::S3Access::none());
    EXPECT_EQ(none.decide("s3:GetObject", "arn:aws:s3:::team-data/x"), Decision::ImplicitDeny);
    EXPECT_EQ(none.decide("s3:GetObject", "arn:aws:s3:::sagemaker-us-east-1-123456789012/x"),
              Decision::Allow);
    EXPECT_EQ(none.decide("s3:ListAllMyBuckets", "*"), Decision::Allow);
    EXPECT_EQ(none.decide("sagemaker:ListNotebookInstances", "*"), Decision::Allow);
    EXPECT_EQ(none.decide("sagemaker:CreatePresignedDomainUrl",
                          "arn:aws:sagemaker:us-east-1:123456789012:user-profile/d/u"),
              Decision::Allow);
    EXPECT_EQ(none.decide("iam:CreateRole", "arn:aws:iam::123456789012:role/x"), Decision::ImplicitDeny);
}

TEST(LocalPolicyEvaluator, DenialMessagesReadAsAws)
{
    const AuthorizationRequest request = asking("s3:GetObject", "arn:aws:s3:::b/k");
    const QString user = QStringLiteral("arn:aws:sts::123456789012:assumed-role/R/SageMaker");
    EXPECT_EQ(PolicyEvaluator::denialMessage(user, request, Decision::ImplicitDeny, true),
              QStringLiteral("User: arn:aws:sts::123456789012:assumed-role/R/SageMaker is not authorized to "
                             "perform: s3:GetObject on resource: \"arn:aws:s3:::b/k\" because no "
                             "identity-based policy allows the s3:GetObject action"));
    EXPECT_EQ(PolicyEvaluator::denialMessage(user, asking("iam:CreateRole", "arn:aws:iam::1:role/x"),
                                             Decision::ExplicitDeny),
              QStringLiteral("User: arn:aws:sts::123456789012:assumed-role/R/SageMaker is not authorized to "
                             "perform: iam:CreateRole on resource: arn:aws:iam::1:role/x with an explicit "
                             "deny in an identity-based policy"));
    EXPECT_EQ(
        PolicyEvaluator::denialMessage(user, asking("s3:ListAllMyBuckets", "*"), Decision::ImplicitDeny),
        QStringLiteral("User: arn:aws:sts::123456789012:assumed-role/R/SageMaker is not authorized to "
                       "perform: s3:ListAllMyBuckets because no identity-based policy allows the "
                       "s3:ListAllMyBuckets action"));
}

TEST(LocalPolicyEvaluator, WildcardsNeverBacktrackExponentially)
{
    const QString text(2000, QLatin1Char('a'));
    EXPECT_FALSE(PolicyEvaluator::matchesWildcard(QStringLiteral("*a*a*a*a*a*a*a*a*b"), text));
    EXPECT_TRUE(PolicyEvaluator::matchesWildcard(QStringLiteral("a*a?a*"), text));
    EXPECT_TRUE(PolicyEvaluator::matchesWildcard(QStringLiteral("*"), QString()));
    EXPECT_FALSE(PolicyEvaluator::matchesWildcard(QStringLiteral("?"), QString()));
}

HttpRequest s3Request(const QByteArray& method, const QByteArray& path, const QByteArray& query = {},
                      const QByteArray& body = {})
{
    HttpRequest request;
    request.method = method;
    request.path = path;
    request.query = query;
    request.body = body;
    return request;
}

QStringList actionsOf(const HttpRequest& request)
{
    QStringList actions;
    for (const AuthorizationRequest& needed : S3Actions::of(request)) {
        actions.append(needed.action + QLatin1Char(' ') + needed.resource);
    }
    return actions;
}

TEST(LocalS3Actions, EveryOperationNeedsItsIamAction)
{
    EXPECT_EQ(actionsOf(s3Request("GET", "/")), strings({"s3:ListAllMyBuckets *"}));
    EXPECT_EQ(actionsOf(s3Request("PUT", "/b")), strings({"s3:CreateBucket arn:aws:s3:::b"}));
    EXPECT_EQ(actionsOf(s3Request("HEAD", "/b")), strings({"s3:ListBucket arn:aws:s3:::b"}));
    EXPECT_EQ(actionsOf(s3Request("GET", "/b", "location")),
              strings({"s3:GetBucketLocation arn:aws:s3:::b"}));
    EXPECT_EQ(actionsOf(s3Request("DELETE", "/b")), strings({"s3:DeleteBucket arn:aws:s3:::b"}));
    EXPECT_EQ(actionsOf(s3Request("GET", "/b", "uploads")),
              strings({"s3:ListBucketMultipartUploads arn:aws:s3:::b"}));
    EXPECT_EQ(actionsOf(s3Request("GET", "/b/a%20b/%C3%A9", "")),
              QStringList{QStringLiteral("s3:GetObject arn:aws:s3:::b/a b/\u00e9")});
    EXPECT_EQ(actionsOf(s3Request("HEAD", "/b/k")), strings({"s3:GetObject arn:aws:s3:::b/k"}));
    EXPECT_EQ(actionsOf(s3Request("GET", "/b/k", "versionId=3")),
              strings({"s3:GetObjectVersion arn:aws:s3:::b/k"}));
    EXPECT_EQ(actionsOf(s3Request("PUT", "/b/k")), strings({"s3:PutObject arn:aws:s3:::b/k"}));
    EXPECT_EQ(actionsOf(s3Request("DELETE", "/b/k")), strings({"s3:DeleteObject arn:aws:s3:::b/k"}));
    EXPECT_EQ(actionsOf(s3Request("POST", "/b/k", "uploads")), strings({"s3:PutObject arn:aws:s3:::b/k"}));
    EXPECT_EQ(actionsOf(s3Request("PUT", "/b/k", "partNumber=1&uploadId=u")),
              strings({"s3:PutObject arn:aws:s3:::b/k"}));
    EXPECT_EQ(actionsOf(s3Request("POST", "/b/k", "uploadId=u")), strings({"s3:PutObject arn:aws:s3:::b/k"}));
    EXPECT_EQ(actionsOf(s3Request("GET", "/b/k", "uploadId=u")),
              strings({"s3:ListMultipartUploadParts arn:aws:s3:::b/k"}));
    EXPECT_EQ(actionsOf(s3Request("DELETE", "/b/k", "uploadId=u")),
              strings({"s3:AbortMultipartUpload arn:aws:s3:::b/k"}));
    EXPECT_EQ(actionsOf(s3Request("PUT", "/b/k", "tagging")),
              strings({"s3:PutObjectTagging arn:aws:s3:::b/k"}));
    EXPECT_EQ(actionsOf(s3Request("GET", "/b/k", "acl&versionId=1")),
              strings({"s3:GetObjectVersionAcl arn:aws:s3:::b/k"}));

    HttpRequest copy = s3Request("PUT", "/b/copy");
    copy.headers.append(qMakePair(QByteArray("x-amz-copy-source"), QByteArray("/src/dir%2Fk?versionId=1")));
    EXPECT_EQ(actionsOf(copy),
              (strings({"s3:PutObject arn:aws:s3:::b/copy", "s3:GetObject arn:aws:s3:::src/dir/k"})));

    EXPECT_EQ(
        actionsOf(s3Request("POST", "/b", "delete",
                            "<Delete><Object><Key>x</Key></Object><Object><Key>y/z</Key></Object></Delete>")),
        (strings({"s3:DeleteObject arn:aws:s3:::b/x", "s3:DeleteObject arn:aws:s3:::b/y/z"})));

    const auto list = S3Actions::of(s3Request("GET", "/b", "list-type=2&prefix=data%2F&delimiter=%2F"));
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list.first().action, QStringLiteral("s3:ListBucket"));
    EXPECT_EQ(list.first().context.value(QStringLiteral("s3:prefix")), strings({"data/"}));
    EXPECT_EQ(list.first().context.value(QStringLiteral("s3:delimiter")), strings({"/"}));
}

} // namespace
} // namespace SageDesk::Local::Iam
