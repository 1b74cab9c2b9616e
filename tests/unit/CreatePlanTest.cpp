// The create wizard's plan: which steps each choice yields, in which order, the exact request
// bodies (the console's role recipe, literally) and the aws CLI commands.
#include "console/create/CreatePlan.h"
#include "aws/roles/ExecutionRolePolicies.h"
#include "console/create/AutoStopScript.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

using namespace SageDesk;
using SageDesk::Aws::S3Access;
using namespace Qt::StringLiterals;

namespace {

PlanEnvironment environment()
{
    PlanEnvironment env;
    env.region = QStringLiteral("eu-west-1");
    env.accountId = QStringLiteral("123456789012");
    env.now = QDateTime(QDate(2026, 3, 1), QTime(12, 0, 7), QTimeZone::utc());
    return env;
}

CreateChoices newRole(const S3Access& access)
{
    CreateChoices choices;
    choices.instance.notebookInstanceName = QStringLiteral("team-notebook");
    choices.instance.instanceType = QStringLiteral("ml.t3.medium");
    choices.instance.platformIdentifier = QStringLiteral("notebook-al2023-v1");
    choices.role = CreateChoices::Role::New;
    choices.s3Access = access;
    return choices;
}

// Instance "nb" with an existing role and a new configuration "nb-setup" running `onStart`.
CreateChoices existingRoleNewOnStart(const QByteArray& onStart, int idleStopMinutes)
{
    CreateChoices choices;
    choices.instance.notebookInstanceName = QStringLiteral("nb");
    choices.instance.roleArn = QStringLiteral("arn:aws:iam::123456789012:role/service-role/Existing");
    choices.lifecycle = CreateChoices::Lifecycle::New;
    choices.newLifecycleConfigName = QStringLiteral("nb-setup");
    choices.onStart = onStart;
    choices.idleStopMinutes = idleStopMinutes;
    return choices;
}

QStringList apiCalls(const CreatePlan& plan)
{
    QStringList calls;
    for (const PlanStep& step : plan.steps()) {
        calls.append(step.apiCall());
    }
    return calls;
}

QJsonObject json(const char* text)
{
    return QJsonDocument::fromJson(text).object();
}

QStringList issueFields(const ValidationIssues& issues)
{
    QStringList names;
    for (const ValidationIssue& issue : issues) {
        names.append(issue.field);
    }
    return names;
}

const auto kRole = QStringLiteral("AmazonSageMaker-ExecutionRole-20260301T120007");
const auto kPolicy = QStringLiteral("AmazonSageMaker-ExecutionPolicy-20260301T120007");

} // namespace

TEST(CreatePlan, AnyBucketCreatesRolePolicyAndBothAttachments)
{
    const CreatePlan plan = CreatePlan::build(newRole(S3Access::any()), environment());
    EXPECT_EQ(apiCalls(plan),
              (QStringList{u"iam:CreateRole"_s, u"iam:CreatePolicy"_s, u"iam:AttachRolePolicy"_s,
                           u"iam:AttachRolePolicy"_s, u"sagemaker:CreateNotebookInstance"_s,
                           u"sagemaker:DescribeNotebookInstance"_s}));
    EXPECT_TRUE(plan.issues().isEmpty()) << Validation::describe(plan.issues()).toStdString();

    EXPECT_EQ(plan.steps().at(0).body,
              json(R"({"RoleName":"AmazonSageMaker-ExecutionRole-20260301T120007","Path":"/service-role/",
                 "AssumeRolePolicyDocument":"{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"sagemaker.amazonaws.com\"},\"Action\":\"sts:AssumeRole\",\"Condition\":{\"ArnLike\":{\"aws:SourceArn\":\"arn:aws:sagemaker:eu-west-1:123456789012:*\"}}}]}",
                 "Description":"SageMaker execution role created from SageDesk.","MaxSessionDuration":3600})"));
    EXPECT_EQ(plan.steps().at(1).body,
              json(R"({"PolicyName":"AmazonSageMaker-ExecutionPolicy-20260301T120007","Path":"/service-role/",
                 "PolicyDocument":"{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"s3:GetObject\",\"s3:PutObject\",\"s3:DeleteObject\",\"s3:ListBucket\"],\"Resource\":[\"arn:aws:s3:::*\"]}]}"})"));
    EXPECT_EQ(plan.steps().at(2).body, json(R"({"RoleName":"AmazonSageMaker-ExecutionRole-20260301T120007",
                       "PolicyArn":"arn:aws:iam::aws:policy/AmazonSageMakerFullAccess"})"));
    EXPECT_EQ(plan.steps().at(3).body, json(R"({"RoleName":"AmazonSageMaker-ExecutionRole-20260301T120007",
                 "PolicyArn":"arn:aws:iam::123456789012:policy/service-role/AmazonSageMaker-ExecutionPolicy-20260301T120007"})"));
    EXPECT_EQ(plan.steps().at(4).body,
              json(R"({"NotebookInstanceName":"team-notebook","InstanceType":"ml.t3.medium",
                 "RoleArn":"arn:aws:iam::123456789012:role/service-role/AmazonSageMaker-ExecutionRole-20260301T120007",
                 "PlatformIdentifier":"notebook-al2023-v1","VolumeSizeInGB":5})"));
    EXPECT_EQ(plan.roleName(), kRole);
    EXPECT_EQ(plan.policyName(), kPolicy);
}

TEST(CreatePlan, SpecificBucketsListBucketsAndTheirObjects)
{
    const CreatePlan plan = CreatePlan::build(
        newRole(S3Access::specific({QStringLiteral("team-data"), QStringLiteral("team-models")})),
        environment());
    ASSERT_EQ(plan.steps().at(1).operation, QStringLiteral("CreatePolicy"));
    EXPECT_EQ(QJsonDocument::fromJson(plan.steps().at(1).body.value(u"PolicyDocument").toString().toUtf8())
                  .object(),
              json(R"({"Version":"2012-10-17","Statement":[
                 {"Effect":"Allow","Action":["s3:ListBucket"],"Resource":["arn:aws:s3:::team-data","arn:aws:s3:::team-models"]},
                 {"Effect":"Allow","Action":["s3:GetObject","s3:PutObject","s3:DeleteObject"],
                  "Resource":["arn:aws:s3:::team-data/*","arn:aws:s3:::team-models/*"]}]})"));
}

TEST(CreatePlan, NoBucketAttachesOnlyTheManagedPolicy)
{
    const CreatePlan plan = CreatePlan::build(newRole(S3Access::none()), environment());
    EXPECT_EQ(apiCalls(plan),
              (QStringList{u"iam:CreateRole"_s, u"iam:AttachRolePolicy"_s,
                           u"sagemaker:CreateNotebookInstance"_s, u"sagemaker:DescribeNotebookInstance"_s}));
    EXPECT_TRUE(plan.policyName().isEmpty());
}

TEST(CreatePlan, ExistingRoleNewLifecycleConfigIdleTagAndNoWait)
{
    CreateChoices choices = existingRoleNewOnStart("#!/bin/bash\necho hi\n", 60);
    choices.waitForInService = false;
    PlanEnvironment local = environment();
    local.local = true;
    const CreatePlan plan = CreatePlan::build(choices, local);
    EXPECT_EQ(apiCalls(plan), (QStringList{u"sagemaker:CreateNotebookInstanceLifecycleConfig"_s,
                                           u"sagemaker:CreateNotebookInstance"_s}));
    EXPECT_EQ(plan.steps().at(0).body, json(R"({"NotebookInstanceLifecycleConfigName":"nb-setup",
                       "OnStart":[{"Content":"IyEvYmluL2Jhc2gKZWNobyBoaQo="}]})"));
    const QJsonObject create = plan.steps().at(1).body;
    EXPECT_EQ(create.value(u"LifecycleConfigName").toString(), QStringLiteral("nb-setup"));
    EXPECT_EQ(create.value(u"RoleArn").toString(), choices.instance.roleArn);
    EXPECT_EQ(create.value(u"Tags").toArray(),
              (QJsonArray{QJsonObject{{u"Key"_s, u"sagedesk:idle-stop-minutes"_s}, {u"Value"_s, u"60"_s}}}));
    EXPECT_TRUE(plan.issues().isEmpty()) << Validation::describe(plan.issues()).toStdString();
}

TEST(CreatePlan, IssuesComeFromTheSharedValidator)
{
    CreateChoices choices = newRole(S3Access::specific({QStringLiteral("Bad_Bucket")}));
    choices.instance.notebookInstanceName = QStringLiteral("-bad");
    choices.lifecycle = CreateChoices::Lifecycle::New;
    choices.newLifecycleConfigName = QStringLiteral("setup");
    choices.onCreate = "#!/bin/bash\r\necho hi\r\n";
    QStringList fields;
    for (const ValidationIssue& issue : CreatePlan::build(choices, environment()).issues()) {
        fields.append(issue.field);
    }
    EXPECT_TRUE(fields.contains(QStringLiteral("NotebookInstanceName"))) << fields.join(u',').toStdString();
    EXPECT_TRUE(fields.contains(QStringLiteral("OnCreate"))) << fields.join(u',').toStdString();
    EXPECT_EQ(fields.size(), 3) << fields.join(u',').toStdString();
}

TEST(CreatePlan, CliCommands)
{
    PlanEnvironment env = environment();
    env.endpointUrl = QUrl(QStringLiteral("http://127.0.0.1:4566"));
    CreateChoices choices = newRole(S3Access::none());
    choices.instance.tags = {{QStringLiteral("team"), QStringLiteral("it's ours")}};
    const CreatePlan plan = CreatePlan::build(choices, env);
    const QStringList lines = plan.cliText().trimmed().split(u'\n');
    ASSERT_EQ(lines.size(), 4);
    EXPECT_EQ(lines.at(0),
              QStringLiteral("aws iam create-role --assume-role-policy-document '%1' "
                             "--description 'SageMaker execution role created from SageDesk.' "
                             "--max-session-duration 3600 --path /service-role/ --role-name %2 "
                             "--endpoint-url http://127.0.0.1:4566")
                  .arg(plan.steps().at(0).body.value(u"AssumeRolePolicyDocument").toString(), kRole));
    EXPECT_EQ(lines.at(1), QStringLiteral("aws iam attach-role-policy --policy-arn "
                                          "arn:aws:iam::aws:policy/AmazonSageMakerFullAccess --role-name %1 "
                                          "--endpoint-url http://127.0.0.1:4566")
                               .arg(kRole));
    EXPECT_TRUE(
        lines.at(2).startsWith(QStringLiteral("aws sagemaker create-notebook-instance --cli-input-json '{")));
    // The apostrophe of the tag survives the shell's quoting.
    EXPECT_TRUE(lines.at(2).contains(QStringLiteral(R"("Value":"it'\''s ours")")))
        << lines.at(2).toStdString();
    EXPECT_TRUE(
        lines.at(2).endsWith(QStringLiteral("--region eu-west-1 --endpoint-url http://127.0.0.1:4566")));
    EXPECT_EQ(lines.at(3),
              QStringLiteral("aws sagemaker wait notebook-instance-in-service --notebook-instance-name "
                             "team-notebook --region eu-west-1 --endpoint-url http://127.0.0.1:4566"));
    EXPECT_EQ(CreatePlan::cliOperationName(QStringLiteral("VolumeSizeInGB")),
              QStringLiteral("volume-size-in-gb"));
    EXPECT_EQ(CreatePlan::cliOperationName(QStringLiteral("CreateNotebookInstanceLifecycleConfig")),
              QStringLiteral("create-notebook-instance-lifecycle-config"));
    EXPECT_TRUE(plan.requestBodiesText().contains(QStringLiteral("// 3. sagemaker:CreateNotebookInstance")));
}

// On AWS "Stop when idle" is an OnStart section (no tag), in a configuration of its own when none
// was chosen, and the new role may stop exactly this instance.
TEST(CreatePlan, IdleStopOnAwsAddsTheAutoStopScriptAndOnlyItsPermission)
{
    CreateChoices choices = newRole(S3Access::none());
    choices.instance.notebookInstanceName = QStringLiteral("Team-Notebook");
    choices.idleStopMinutes = 45;
    const CreatePlan plan = CreatePlan::build(choices, environment());
    EXPECT_EQ(apiCalls(plan),
              (QStringList{u"iam:CreateRole"_s, u"iam:CreatePolicy"_s, u"iam:AttachRolePolicy"_s,
                           u"iam:AttachRolePolicy"_s, u"sagemaker:CreateNotebookInstanceLifecycleConfig"_s,
                           u"sagemaker:CreateNotebookInstance"_s, u"sagemaker:DescribeNotebookInstance"_s}));
    EXPECT_TRUE(plan.issues().isEmpty()) << Validation::describe(plan.issues()).toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(plan.steps().at(1).body.value(u"PolicyDocument").toString().toUtf8())
                  .object(),
              json(R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow",
                 "Action":["sagemaker:StopNotebookInstance"],
                 "Resource":["arn:aws:sagemaker:eu-west-1:123456789012:notebook-instance/team-notebook"]}]})"));
    const auto* config = plan.lifecycleConfig();
    ASSERT_TRUE(config);
    EXPECT_EQ(config->notebookInstanceLifecycleConfigName, QStringLiteral("Team-Notebook-auto-stop"));
    EXPECT_TRUE(config->onCreate.isEmpty());
    EXPECT_EQ(config->onStart,
              "#!/bin/bash\n" + AutoStopScript::section(u"Team-Notebook"_s, u"eu-west-1"_s, 45));
    EXPECT_TRUE(config->onStart.contains("--minutes 45"));
    EXPECT_TRUE(config->onStart.contains("https://localhost:8443"));
    const QJsonObject create = plan.steps().at(5).body;
    EXPECT_EQ(create.value(u"LifecycleConfigName").toString(), QStringLiteral("Team-Notebook-auto-stop"));
    EXPECT_FALSE(create.contains(u"Tags"));

    // Any bucket: the console's statement stays as it is, the stop permission follows it.
    choices.s3Access = S3Access::any();
    const QString any =
        CreatePlan::build(choices, environment()).steps().at(1).body.value(u"PolicyDocument").toString();
    EXPECT_TRUE(
        any.startsWith(Aws::ExecutionRolePolicies::executionPolicy(S3Access::any()).chopped(2) + u","_s))
        << any.toStdString();
}

TEST(CreatePlan, IdleStopOnAwsJoinsANewOnStartAndRefusesAnExistingConfig)
{
    CreateChoices choices = existingRoleNewOnStart("#!/bin/bash\necho mine\nexit 0\n", 30);
    CreatePlan plan = CreatePlan::build(choices, environment());
    ASSERT_TRUE(plan.lifecycleConfig());
    // The section comes first, so the person's `exit 0` cannot skip it.
    EXPECT_EQ(plan.lifecycleConfig()->onStart,
              "#!/bin/bash\n" + AutoStopScript::section(u"nb"_s, u"eu-west-1"_s, 30) + "echo mine\nexit 0\n");
    EXPECT_TRUE(plan.issues().isEmpty()) << Validation::describe(plan.issues()).toStdString();

    choices.onStart = "#!/usr/bin/env python3\nprint('hi')\n";
    plan = CreatePlan::build(choices, environment());
    EXPECT_EQ(issueFields(plan.issues()), QStringList{u"IdleStop"_s});

    choices.lifecycle = CreateChoices::Lifecycle::Existing;
    choices.instance.lifecycleConfigName = QStringLiteral("theirs");
    plan = CreatePlan::build(choices, environment());
    EXPECT_EQ(issueFields(plan.issues()), QStringList{u"IdleStop"_s});
    EXPECT_FALSE(plan.lifecycleConfig());

    EXPECT_EQ(CreatePlan::autoStopConfigName(QString(60, u'a')), QString(53, u'a') + u"-auto-stop"_s);
    EXPECT_EQ(CreatePlan::autoStopConfigName(QString(52, u'a') + u"--x"_s),
              QString(52, u'a') + u"-auto-stop"_s);
}

TEST(CreatePlan, WarningsAreSeparateFromRefusals)
{
    CreateChoices choices = newRole(S3Access::none());
    choices.instance.platformIdentifier = QStringLiteral("notebook-al2-v2");
    choices.instance.securityGroupIds = {QStringLiteral("sg-1")};
    const CreatePlan plan = CreatePlan::build(choices, environment());
    EXPECT_TRUE(plan.issues().isEmpty()) << Validation::describe(plan.issues()).toStdString();
    EXPECT_EQ(issueFields(plan.warnings()), (QStringList{u"PlatformIdentifier"_s, u"SecurityGroupIds"_s}));
}
