// The create wizard's runner against a real sagedesk-local: a new execution role for each S3
// choice (the role and policies the endpoint stores are the console's recipe) and an instance
// that reaches InService; a refused CreateNotebookInstance whose Clean up leaves nothing behind;
// Retry from the failed step.
#include "aws/client/AwsClientContext.h"
#include "aws/credentials/StaticCredentialsProvider.h"
#include "aws/roles/ExecutionRolePolicies.h"
#include "aws/services/IamClient.h"
#include "aws/services/SageMakerClient.h"
#include "aws/services/StsClient.h"
#include "console/create/CreateRunner.h"
#include "local/store/LocalStateStore.h"
#include "support/ExecutionRoleSupport.h"
#include "support/LocalEndpointTest.h"
#include "support/LocalTestEndpoint.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace SageDesk;
using namespace SageDesk::Aws;
using SageDesk::Local::LocalStateStore;
using namespace std::chrono_literals;
namespace Policies = SageDesk::Aws::ExecutionRolePolicies;

namespace {

class CreateRunnerLocal : public SageDesk::Test::LocalContextTest
{
protected:
    void setUpWithContext() override
    {
        const auto identity = StsClient(m_context.get()).getCallerIdentity().wait();
        ASSERT_TRUE(identity.ok()) << identity.error().toDisplayString().toStdString();
        m_environment.region = m_context->region();
        m_environment.accountId = identity->account;
        m_environment.now = QDateTime(QDate(2026, 3, 1), QTime(12, 0, 0), QTimeZone::utc());
        m_environment.endpointUrl = QUrl(m_endpoint.endpointUrl());
    }

    CreateChoices choices(const QString& name, const S3Access& access) const
    {
        CreateChoices c;
        c.instance.notebookInstanceName = name;
        c.role = CreateChoices::Role::New;
        c.s3Access = access;
        return c;
    }

    // Runs until the runner leaves `from`; the bound only keeps a broken run from hanging.
    static bool runUntilSettled(CreateRunner& runner, CreateRunner::State from)
    {
        return QTest::qWaitFor([&] { return runner.state() != from; }, 120000);
    }

    std::unique_ptr<CreateRunner> runner(const CreatePlan& plan)
    {
        auto made = std::make_unique<CreateRunner>(m_context.get(), plan);
        made->setPollInterval(100ms);
        made->setRolePropagationDelays({200ms, 400ms});
        return made;
    }

    bool roleExists(const QString& roleName) const
    {
        return IamClient(m_context.get()).getRole(roleName).wait().ok();
    }

    // The endpoint keeps policy documents only in its store; IAM's GetPolicyVersion is not served.
    QList<QJsonObject> storedPolicies()
    {
        EXPECT_TRUE(m_endpoint.terminate());
        LocalStateStore store;
        EXPECT_TRUE(store.open(QDir(m_endpoint.dataDir()).filePath(QStringLiteral("state.sqlite"))))
            << store.errorString().toStdString();
        return store.all(LocalStateStore::Kind::Policy);
    }

    void expectRecipe(const S3Access& access)
    {
        const CreatePlan plan =
            CreatePlan::build(choices(QStringLiteral("nb-recipe"), access), m_environment);
        ASSERT_TRUE(plan.issues().isEmpty()) << Validation::describe(plan.issues()).toStdString();
        auto run = runner(plan);
        QSignalSpy started(run.get(), &CreateRunner::stepStarted);
        run->start();
        ASSERT_TRUE(runUntilSettled(*run, CreateRunner::State::Running));
        ASSERT_EQ(run->state(), CreateRunner::State::Succeeded)
            << run->lastError().value_or(AwsError{}).toDisplayString().toStdString();
        ASSERT_EQ(started.size(), plan.steps().size());
        for (int i = 0; i < started.size(); ++i) {
            EXPECT_EQ(started.at(i).at(1).toString(), plan.steps().at(i).apiCall());
        }

        const auto described =
            SageMakerClient(m_context.get()).describeNotebookInstance(QStringLiteral("nb-recipe")).wait();
        ASSERT_TRUE(described.ok());
        EXPECT_EQ(described->notebookInstanceStatus, NotebookInstanceStatus::InService);
        EXPECT_EQ(described->roleArn, plan.predictedRoleArn());

        const auto role = IamClient(m_context.get()).getRole(plan.roleName()).wait();
        ASSERT_TRUE(role.ok()) << role.error().toDisplayString().toStdString();
        EXPECT_EQ(role->arn, plan.predictedRoleArn());
        EXPECT_EQ(role->path, QStringLiteral("/service-role/"));
        EXPECT_EQ(role->description, Policies::description());
        EXPECT_EQ(role->maxSessionDuration, 3600);
        EXPECT_EQ(QJsonDocument::fromJson(role->assumeRolePolicyDocument.toUtf8()),
                  QJsonDocument::fromJson(Policies::trustPolicy(QStringLiteral("aws"), m_environment.region,
                                                                m_environment.accountId)
                                              .toUtf8()));
        const auto attached = IamClient(m_context.get()).listAttachedRolePolicies(plan.roleName()).wait();
        ASSERT_TRUE(attached.ok());
        QStringList arns;
        for (const AttachedPolicy& policy : attached.value()) {
            arns.append(policy.policyArn);
        }
        QStringList expected{Policies::managedPolicyArn()};
        if (access.kind != S3Access::Kind::None) {
            expected.append(QStringLiteral("arn:aws:iam::%1:policy/service-role/%2")
                                .arg(m_environment.accountId, plan.policyName()));
        }
        EXPECT_EQ(arns, expected);

        const QList<QJsonObject> policies = storedPolicies();
        if (access.kind == S3Access::Kind::None) {
            EXPECT_TRUE(policies.isEmpty());
            return;
        }
        ASSERT_EQ(policies.size(), 1);
        EXPECT_EQ(policies.first().value(QLatin1String("Path")).toString(), QStringLiteral("/service-role/"));
        EXPECT_EQ(QJsonDocument::fromJson(
                      policies.first().value(QLatin1String("PolicyDocument")).toString().toUtf8()),
                  QJsonDocument::fromJson(Policies::executionPolicy(access).toUtf8()));
    }

    PlanEnvironment m_environment;
};

} // namespace

TEST_F(CreateRunnerLocal, AnyBucket)
{
    expectRecipe(S3Access::any());
}

TEST_F(CreateRunnerLocal, SpecificBuckets)
{
    expectRecipe(S3Access::specific({QStringLiteral("team-data"), QStringLiteral("team-models")}));
}

TEST_F(CreateRunnerLocal, NoBucket)
{
    expectRecipe(S3Access::none());
}

TEST_F(CreateRunnerLocal, RefusedCreateIsCleanedUpToNothing)
{
    // An instance of the same name, made with a role of its own, makes the plan's
    // CreateNotebookInstance fail after the role, policy, attachments and lifecycle config exist.
    CreateNotebookInstanceRequest taken;
    taken.notebookInstanceName = QStringLiteral("nb-taken");
    taken.roleArn = SageDesk::Test::makeExecutionRole(m_context.get());
    ASSERT_TRUE(SageMakerClient(m_context.get()).createNotebookInstance(taken).wait().ok());

    CreateChoices c = choices(QStringLiteral("nb-taken"), S3Access::any());
    c.lifecycle = CreateChoices::Lifecycle::New;
    c.newLifecycleConfigName = QStringLiteral("nb-taken-setup");
    c.onStart = "#!/bin/bash\necho started\n";
    const CreatePlan plan = CreatePlan::build(c, m_environment);
    auto run = runner(plan);
    QSignalSpy failed(run.get(), &CreateRunner::stepFailed);
    run->start();
    ASSERT_TRUE(runUntilSettled(*run, CreateRunner::State::Running));
    ASSERT_EQ(run->state(), CreateRunner::State::Failed);
    ASSERT_EQ(failed.size(), 1);
    EXPECT_EQ(plan.steps().at(run->currentStep()).operation, QStringLiteral("CreateNotebookInstance"));
    const AwsError error = run->lastError().value();
    EXPECT_EQ(error.code, QStringLiteral("ValidationException"));
    EXPECT_TRUE(error.message.contains(QLatin1String("duplicate"))) << error.message.toStdString();
    EXPECT_FALSE(error.requestId.isEmpty());
    EXPECT_EQ(run->created().size(), 5); // role, policy, two attachments, lifecycle config
    EXPECT_TRUE(roleExists(plan.roleName()));

    QStringList calls;
    QObject::connect(run.get(), &CreateRunner::cleanupCall,
                     [&calls](const QString& apiCall, const QString&) { calls.append(apiCall); });
    run->cleanUp();
    ASSERT_TRUE(runUntilSettled(*run, CreateRunner::State::CleaningUp));
    EXPECT_EQ(run->state(), CreateRunner::State::CleanedUp);
    EXPECT_EQ(calls,
              (QStringList{QStringLiteral("sagemaker:DeleteNotebookInstanceLifecycleConfig"),
                           QStringLiteral("iam:DetachRolePolicy"), QStringLiteral("iam:DetachRolePolicy"),
                           QStringLiteral("iam:DeletePolicy"), QStringLiteral("iam:DeleteRole")}));
    EXPECT_TRUE(run->created().isEmpty());
    EXPECT_FALSE(roleExists(plan.roleName()));
    EXPECT_FALSE(SageMakerClient(m_context.get())
                     .describeNotebookInstanceLifecycleConfig(QStringLiteral("nb-taken-setup"))
                     .wait()
                     .ok());
    // The instance that was there before is not ours and stays.
    EXPECT_TRUE(
        SageMakerClient(m_context.get()).describeNotebookInstance(QStringLiteral("nb-taken")).wait().ok());
    EXPECT_TRUE(storedPolicies().isEmpty());
}

TEST_F(CreateRunnerLocal, ATakenRoleNameMovesToTheNextSecondAndLeavesTheOtherRoleAlone)
{
    const CreatePlan reviewed =
        CreatePlan::build(choices(QStringLiteral("nb-next"), S3Access::any()), m_environment);
    // Someone else made a role with the reviewed name in the same second.
    CreateRoleRequest other;
    other.roleName = reviewed.roleName();
    other.path = QLatin1String(Policies::kPath);
    other.assumeRolePolicyDocument =
        Policies::trustPolicy(QStringLiteral("aws"), m_environment.region, m_environment.accountId);
    ASSERT_TRUE(IamClient(m_context.get()).createRole(other).wait().ok());

    auto run = runner(reviewed);
    run->start();
    ASSERT_TRUE(runUntilSettled(*run, CreateRunner::State::Running));
    ASSERT_EQ(run->state(), CreateRunner::State::Succeeded)
        << run->lastError().value_or(AwsError{}).toDisplayString().toStdString();
    EXPECT_EQ(run->plan().roleName(), Policies::roleName(Policies::nameSuffix(m_environment.now.addSecs(1))));
    EXPECT_EQ(run->plan().policyName(),
              Policies::policyName(Policies::nameSuffix(m_environment.now.addSecs(1))));
    const auto described =
        SageMakerClient(m_context.get()).describeNotebookInstance(QStringLiteral("nb-next")).wait();
    ASSERT_TRUE(described.ok());
    EXPECT_EQ(described->roleArn, run->plan().predictedRoleArn());
    // The other maker's role got nothing attached.
    const auto untouched = IamClient(m_context.get()).listAttachedRolePolicies(reviewed.roleName()).wait();
    ASSERT_TRUE(untouched.ok());
    EXPECT_TRUE(untouched->isEmpty());
}

TEST_F(CreateRunnerLocal, RetryFromTheFailedStepThenCleanUpAnInstance)
{
    // The plan names an existing lifecycle configuration that does not exist yet.
    CreateChoices c = choices(QStringLiteral("nb-retry"), S3Access::none());
    c.lifecycle = CreateChoices::Lifecycle::Existing;
    c.instance.lifecycleConfigName = QStringLiteral("made-later");
    auto run = runner(CreatePlan::build(c, m_environment));
    run->start();
    ASSERT_TRUE(runUntilSettled(*run, CreateRunner::State::Running));
    ASSERT_EQ(run->state(), CreateRunner::State::Failed);
    EXPECT_EQ(run->plan().steps().at(run->currentStep()).operation, QStringLiteral("CreateNotebookInstance"));

    NotebookInstanceLifecycleConfig config;
    config.notebookInstanceLifecycleConfigName = QStringLiteral("made-later");
    config.onStart = "#!/bin/bash\ntrue\n";
    ASSERT_TRUE(SageMakerClient(m_context.get()).createNotebookInstanceLifecycleConfig(config).wait().ok());

    QSignalSpy started(run.get(), &CreateRunner::stepStarted);
    run->retry();
    ASSERT_TRUE(runUntilSettled(*run, CreateRunner::State::Running));
    ASSERT_EQ(run->state(), CreateRunner::State::Succeeded)
        << run->lastError().value_or(AwsError{}).toDisplayString().toStdString();
    ASSERT_GE(started.size(), 1);
    EXPECT_EQ(started.first().at(1).toString(), QStringLiteral("sagemaker:CreateNotebookInstance"));

    // Clean up after success stops and deletes the InService instance, then the role; the
    // lifecycle configuration was never the run's to delete.
    QString cleanupErrors;
    QObject::connect(run.get(), &CreateRunner::cleanedUp, [&](const QList<AwsError>& errors) {
        for (const AwsError& e : errors) {
            cleanupErrors += e.toDisplayString() + QLatin1Char('\n');
        }
    });
    run->cleanUp();
    ASSERT_TRUE(runUntilSettled(*run, CreateRunner::State::CleaningUp));
    EXPECT_EQ(run->state(), CreateRunner::State::CleanedUp) << cleanupErrors.toStdString();
    EXPECT_FALSE(
        SageMakerClient(m_context.get()).describeNotebookInstance(QStringLiteral("nb-retry")).wait().ok());
    EXPECT_FALSE(roleExists(run->plan().roleName()));
    EXPECT_TRUE(SageMakerClient(m_context.get())
                    .describeNotebookInstanceLifecycleConfig(QStringLiteral("made-later"))
                    .wait()
                    .ok());
}
