// The SageMaker operations moto does not implement (it answers 500 to UpdateNotebookInstance,
// CreatePresignedNotebookInstanceUrl, the code repository calls and ListNotebookInstanceLifecycleConfigs),
// exercised against the other real SageMaker endpoint here: sagedesk-local.
#include "aws/client/AwsClientContext.h"
#include "aws/credentials/StaticCredentialsProvider.h"
#include "aws/services/SageMakerClient.h"
#include "core/Redaction.h"
#include "support/LocalEndpointTest.h"
#include "support/LocalTestEndpoint.h"

#include <gtest/gtest.h>

#include <QTest>

using namespace SageDesk;
using namespace SageDesk::Aws;

namespace {

class MotoGapsLocalTest : public SageDesk::Test::LocalContextTest
{
protected:
    void setUpWithContext() override
    {
        m_context->setRetryStrategy(RetryStrategy(std::make_shared<RetryQuota>(), [] { return 0.0; }));
    }

    SageMakerClient client() const { return SageMakerClient(m_context.get()); }

    // Polls DescribeNotebookInstance until `status`; the bound only keeps a broken run from hanging.
    bool waitForStatus(const QString& name, NotebookInstanceStatus status)
    {
        return QTest::qWaitFor(
            [&] {
                const auto described = client().describeNotebookInstance(name).wait();
                return described.ok() && described->notebookInstanceStatus == status;
            },
            120000);
    }
};

} // namespace

TEST_F(MotoGapsLocalTest, CodeRepositoriesAndLifecycleConfigLists)
{
    CodeRepository repository;
    repository.codeRepositoryName = QStringLiteral("sagedesk-examples");
    repository.repositoryUrl = QStringLiteral("https://github.com/aws/amazon-sagemaker-examples");
    repository.branch = QStringLiteral("main");
    const auto created = client().createCodeRepository(repository).wait();
    ASSERT_TRUE(created.ok()) << created.error().toDisplayString().toStdString();
    EXPECT_TRUE(created->endsWith(QStringLiteral("code-repository/sagedesk-examples")))
        << created->toStdString();

    const auto described = client().describeCodeRepository(repository.codeRepositoryName).wait();
    ASSERT_TRUE(described.ok()) << described.error().toDisplayString().toStdString();
    EXPECT_EQ(described->repositoryUrl, repository.repositoryUrl);
    EXPECT_EQ(described->branch, QStringLiteral("main"));
    EXPECT_EQ(described->codeRepositoryArn, created.value());

    const auto listed = client().listCodeRepositories({}).wait();
    ASSERT_TRUE(listed.ok()) << listed.error().toDisplayString().toStdString();
    ASSERT_EQ(listed->codeRepositories.size(), 1);
    EXPECT_EQ(listed->codeRepositories.first().codeRepositoryName, repository.codeRepositoryName);
    ASSERT_TRUE(client().deleteCodeRepository(repository.codeRepositoryName).wait().ok());
    EXPECT_FALSE(client().describeCodeRepository(repository.codeRepositoryName).wait().ok());

    NotebookInstanceLifecycleConfig config;
    config.notebookInstanceLifecycleConfigName = QStringLiteral("on-start");
    config.onStart = "#!/bin/bash\necho one\n";
    ASSERT_TRUE(client().createNotebookInstanceLifecycleConfig(config).wait().ok());
    config.onStart = "#!/bin/bash\necho two\n";
    const auto updated = client().updateNotebookInstanceLifecycleConfig(config).wait();
    ASSERT_TRUE(updated.ok()) << updated.error().toDisplayString().toStdString();
    EXPECT_EQ(client().describeNotebookInstanceLifecycleConfig(QStringLiteral("on-start")).wait()->onStart,
              config.onStart);
    ListNotebookInstanceLifecycleConfigsRequest listRequest;
    listRequest.nameContains = QStringLiteral("on-");
    const auto configs = client().listNotebookInstanceLifecycleConfigs(listRequest).wait();
    ASSERT_TRUE(configs.ok()) << configs.error().toDisplayString().toStdString();
    ASSERT_EQ(configs->configs.size(), 1);
    EXPECT_EQ(configs->configs.first().notebookInstanceLifecycleConfigName, QStringLiteral("on-start"));
}

TEST_F(MotoGapsLocalTest, PresignedUrlAndUpdateOfAStoppedInstance)
{
    CreateNotebookInstanceRequest request;
    request.notebookInstanceName = QStringLiteral("gaps-1");
    request.roleArn = m_endpoint.executionRoleArn();
    const auto created = client().createNotebookInstance(request).wait();
    ASSERT_TRUE(created.ok()) << created.error().toDisplayString().toStdString();
    ASSERT_TRUE(waitForStatus(request.notebookInstanceName, NotebookInstanceStatus::InService))
        << m_endpoint.output().toStdString();

    const auto url = client().createPresignedNotebookInstanceUrl(request.notebookInstanceName, 1800).wait();
    ASSERT_TRUE(url.ok()) << url.error().toDisplayString().toStdString();
    EXPECT_TRUE(url->contains(QStringLiteral("authToken="))) << Redaction::redact(url.value()).toStdString();
    EXPECT_FALSE(Redaction::redact(url.value()).contains(url->section(QStringLiteral("authToken="), 1)));

    // Update is refused while InService, accepted once Stopped.
    UpdateNotebookInstanceRequest update;
    update.notebookInstanceName = request.notebookInstanceName;
    update.instanceType = QStringLiteral("ml.t3.large");
    const auto refused = client().updateNotebookInstance(update).wait();
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, QStringLiteral("ValidationException"));

    ASSERT_TRUE(client().stopNotebookInstance(request.notebookInstanceName).wait().ok());
    ASSERT_TRUE(waitForStatus(request.notebookInstanceName, NotebookInstanceStatus::Stopped));
    const auto updated = client().updateNotebookInstance(update).wait();
    ASSERT_TRUE(updated.ok()) << updated.error().toDisplayString().toStdString();
    ASSERT_TRUE(waitForStatus(request.notebookInstanceName, NotebookInstanceStatus::Stopped));
    EXPECT_EQ(client().describeNotebookInstance(request.notebookInstanceName).wait()->instanceType,
              QStringLiteral("ml.t3.large"));
    ASSERT_TRUE(client().deleteNotebookInstance(request.notebookInstanceName).wait().ok());
}
