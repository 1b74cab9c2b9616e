// The execution-role recipe against moto's IAM, checked through boto3: each S3 choice, and the
// clean-up when a later step fails.
#include "aws/roles/ExecutionRolePolicies.h"
#include "aws/roles/ExecutionRoleRecipe.h"
#include "cli/CliConnection.h"
#include "support/CliTestSupport.h"
#include "support/FixedClock.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

using SageDesk::Test::FixedClock;

using SageDesk::Aws::ExecutionRoleRecipe;
using SageDesk::Aws::S3Access;
using SageDesk::Cli::CliConnection;
namespace Policies = SageDesk::Aws::ExecutionRolePolicies;

namespace {

class CliExecutionRole : public SageDesk::Test::CliMotoSuite
{
protected:
    void SetUp() override
    {
        CliMotoSuite::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        const auto config = SageDesk::Aws::AwsConfig::load(
            {{}, QStringLiteral("eu-west-1"), s_moto->endpoint()}, s_moto->environment());
        QString error;
        m_connection = CliConnection::open(config, SageDesk::Clock::system(), &error);
        ASSERT_TRUE(m_connection) << error.toStdString();
    }

    // Each test gets its own second, so that role names never collide.
    static FixedClock clockFor(int second)
    {
        return FixedClock(QDateTime(QDate(2026, 3, 1), QTime(12, 0, second), QTimeZone::utc()));
    }

    // The role, its attached policies and the execution policy's document, as IAM stores them.
    static QJsonObject iamState(const QString& roleName)
    {
        QString error;
        const auto state = s_moto->boto3(
            QStringLiteral("name = '%1'\n"
                           "role = iam.get_role(RoleName=name)['Role']\n"
                           "attached = iam.list_attached_role_policies(RoleName=name)['AttachedPolicies']\n"
                           "docs = {}\n"
                           "for p in attached:\n"
                           "    if ':aws:policy/' in p['PolicyArn']: continue\n"
                           "    v = iam.get_policy(PolicyArn=p['PolicyArn'])['Policy']\n"
                           "    d = iam.get_policy_version(PolicyArn=p['PolicyArn'], "
                           "VersionId=v['DefaultVersionId'])['PolicyVersion']['Document']\n"
                           "    docs[p['PolicyArn']] = {'Path': v['Path'], 'Document': d}\n"
                           "print(json.dumps({'Path': role['Path'], 'Arn': role['Arn'],\n"
                           "  'Description': role.get('Description', ''), 'MaxSessionDuration': "
                           "role.get('MaxSessionDuration', 0),\n"
                           "  'Trust': role['AssumeRolePolicyDocument'],\n"
                           "  'Attached': [p['PolicyArn'] for p in attached], 'Policies': docs}))\n")
                .arg(roleName),
            &error);
        EXPECT_TRUE(state.isObject() && !state.toObject().isEmpty()) << error.toStdString();
        return state.toObject();
    }

    static QJsonValue parsed(const QString& json) { return QJsonDocument::fromJson(json.toUtf8()).object(); }

    // Whether IAM has the role. A helper script that fails (boto3 missing, moto gone, a typo) answers
    // neither: that fails the test, instead of passing for "the role is gone".
    static bool roleExists(const QString& roleName)
    {
        QString error;
        const auto answer = s_moto->boto3(QStringLiteral("try:\n"
                                                         "    iam.get_role(RoleName='%1')\n"
                                                         "    print(json.dumps({'exists': True}))\n"
                                                         "except iam.exceptions.NoSuchEntityException:\n"
                                                         "    print(json.dumps({'exists': False}))\n")
                                              .arg(roleName),
                                          &error);
        const QJsonValue exists = answer[QLatin1String("exists")];
        EXPECT_TRUE(exists.isBool()) << "the get_role script failed: " << error.toStdString();
        return exists.toBool();
    }

    void expectRole(const S3Access& access, int second)
    {
        const FixedClock clock = clockFor(second);
        const auto result = ExecutionRoleRecipe(m_connection->context.get(), clock).create(access).wait();
        ASSERT_TRUE(result.ok()) << result.error().toDisplayString().toStdString();
        const QString suffix = Policies::nameSuffix(clock.currentDateTimeUtc());
        EXPECT_EQ(result->role.roleName, Policies::roleName(suffix));

        const QJsonObject state = iamState(Policies::roleName(suffix));
        EXPECT_EQ(state[QLatin1String("Path")].toString(), QStringLiteral("/service-role/"));
        EXPECT_EQ(state[QLatin1String("Arn")].toString(), result->role.arn);
        EXPECT_EQ(state[QLatin1String("Description")].toString(), Policies::description());
        EXPECT_EQ(state[QLatin1String("MaxSessionDuration")].toInt(), 3600);
        EXPECT_EQ(state[QLatin1String("Trust")],
                  parsed(Policies::trustPolicy(QStringLiteral("aws"), QStringLiteral("eu-west-1"),
                                               QStringLiteral("123456789012"))));
        QStringList attached;
        for (const auto& arn : state[QLatin1String("Attached")].toArray()) {
            attached.append(arn.toString());
        }
        EXPECT_TRUE(attached.contains(QStringLiteral("arn:aws:iam::aws:policy/AmazonSageMakerFullAccess")));
        const QJsonObject policies = state[QLatin1String("Policies")].toObject();
        const QString expected = Policies::executionPolicy(access);
        if (expected.isEmpty()) {
            EXPECT_EQ(attached.size(), 1);
            EXPECT_TRUE(policies.isEmpty());
            EXPECT_TRUE(result->executionPolicyArn.isEmpty());
            return;
        }
        EXPECT_EQ(attached.size(), 2);
        ASSERT_EQ(policies.size(), 1);
        EXPECT_EQ(policies.begin().key(), result->executionPolicyArn);
        EXPECT_TRUE(result->executionPolicyArn.endsWith(QStringLiteral("policy/service-role/") +
                                                        Policies::policyName(suffix)))
            << result->executionPolicyArn.toStdString();
        EXPECT_EQ(policies.begin().value()[QLatin1String("Path")].toString(),
                  QStringLiteral("/service-role/"));
        EXPECT_EQ(policies.begin().value()[QLatin1String("Document")], parsed(expected));
    }

    std::unique_ptr<CliConnection> m_connection;
};

} // namespace

TEST_F(CliExecutionRole, AnyBucket)
{
    expectRole(S3Access::any(), 1);
}

TEST_F(CliExecutionRole, SpecificBuckets)
{
    expectRole(S3Access::specific({QStringLiteral("team-data"), QStringLiteral("team-models")}), 2);
}

TEST_F(CliExecutionRole, NoBucket)
{
    expectRole(S3Access::none(), 3);
}

TEST_F(CliExecutionRole, FailedPolicyStepRemovesTheRole)
{
    const FixedClock clock = clockFor(4);
    const QString suffix = Policies::nameSuffix(clock.currentDateTimeUtc());
    // A policy of the same name makes CreatePolicy fail after CreateRole and the first attachment.
    QString error;
    s_moto->boto3(QStringLiteral("iam.create_policy(PolicyName='%1', Path='/service-role/', PolicyDocument="
                                 "json.dumps({'Version':'2012-10-17','Statement':[{'Effect':'Allow',"
                                 "'Action':'s3:ListBucket','Resource':'*'}]}))\nprint('{}')\n")
                      .arg(Policies::policyName(suffix)),
                  &error);
    const auto result =
        ExecutionRoleRecipe(m_connection->context.get(), clock).create(S3Access::any()).wait();
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, QStringLiteral("EntityAlreadyExists"))
        << result.error().toDisplayString().toStdString();
    EXPECT_FALSE(result.error().message.contains(QLatin1String("cleaning up failed")));
    EXPECT_FALSE(roleExists(Policies::roleName(suffix)));
}

TEST_F(CliExecutionRole, ExistingRoleNameMovesOnToTheNextSecond)
{
    const FixedClock clock = clockFor(10);
    const QString taken = Policies::roleName(Policies::nameSuffix(clock.currentDateTimeUtc()));
    s_moto->boto3(
        QStringLiteral("iam.create_role(RoleName='%1', AssumeRolePolicyDocument='{}')\nprint('{}')\n")
            .arg(taken));
    const auto result =
        ExecutionRoleRecipe(m_connection->context.get(), clock).create(S3Access::any()).wait();
    ASSERT_TRUE(result.ok()) << result.error().toDisplayString().toStdString();
    const QString next = Policies::nameSuffix(clock.currentDateTimeUtc().addSecs(1));
    EXPECT_EQ(result->role.roleName, Policies::roleName(next));
    EXPECT_TRUE(result->executionPolicyArn.endsWith(Policies::policyName(next)))
        << result->executionPolicyArn.toStdString();
    // The role that had the name is left as it was.
    EXPECT_TRUE(roleExists(taken));
    EXPECT_EQ(iamState(taken)[QLatin1String("Attached")].toArray().size(), 0);
}

// Two creations in one second (the clock stands still) both succeed, each with its own role and
// policy in the console's timestamped form.
TEST_F(CliExecutionRole, TwoRolesInOneSecondBothSucceed)
{
    const FixedClock clock = clockFor(20);
    const auto first = ExecutionRoleRecipe(m_connection->context.get(), clock).create(S3Access::any()).wait();
    const auto second =
        ExecutionRoleRecipe(m_connection->context.get(), clock).create(S3Access::any()).wait();
    ASSERT_TRUE(first.ok()) << first.error().toDisplayString().toStdString();
    ASSERT_TRUE(second.ok()) << second.error().toDisplayString().toStdString();
    EXPECT_EQ(first->role.roleName, QStringLiteral("AmazonSageMaker-ExecutionRole-20260301T120020"));
    EXPECT_EQ(second->role.roleName, QStringLiteral("AmazonSageMaker-ExecutionRole-20260301T120021"));
    EXPECT_TRUE(second->executionPolicyArn.endsWith(
        QStringLiteral("AmazonSageMaker-ExecutionPolicy-20260301T120021")))
        << second->executionPolicyArn.toStdString();
    EXPECT_NE(first->executionPolicyArn, second->executionPolicyArn);
}

// As a person would type them: two `sagedesk-cli create-role` back to back, most often in one second.
TEST_F(CliExecutionRole, CreateRoleTwiceBackToBack)
{
    // `--output text` prints the role's values tab-separated; the ARN is the bare line that scripts read.
    const QStringList createRole{QStringLiteral("--output"), QStringLiteral("text"),
                                 QStringLiteral("create-role"), QStringLiteral("--s3"),
                                 QStringLiteral("any")};
    const auto first = s_moto->cli(createRole);
    const auto second = s_moto->cli(createRole);
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    ASSERT_EQ(second.exitCode, 0) << second.err.toStdString();
    const QRegularExpression arn(QStringLiteral(
        "\\barn:aws:iam::\\d{12}:role/service-role/(AmazonSageMaker-ExecutionRole-\\d{8}T\\d{6})\\b"));
    const auto firstMatch = arn.match(first.out);
    const auto secondMatch = arn.match(second.out);
    ASSERT_TRUE(firstMatch.hasMatch()) << first.out.toStdString();
    ASSERT_TRUE(secondMatch.hasMatch()) << second.out.toStdString();
    EXPECT_NE(firstMatch.captured(1), secondMatch.captured(1));
    EXPECT_TRUE(roleExists(firstMatch.captured(1)));
    EXPECT_TRUE(roleExists(secondMatch.captured(1)));
}
