// SageMakerClient against a real moto_server: the notebook instance life cycle, pagination with its
// filters resent on every page, error mapping as moto answers it, tags and lifecycle configurations.
#include "aws/services/SageMakerClient.h"
#include "support/MotoServer.h"
#include "support/MotoSuite.h"

#include <gtest/gtest.h>

#include <QJsonDocument>
#include <QSet>

using namespace SageDesk;
using namespace SageDesk::Aws;

namespace {

const QString kRoleArn = QStringLiteral("arn:aws:iam::123456789012:role/service-role/SageDeskTest");

struct SentRequest
{
    QString operation;
    QJsonObject body;
    int attempt = 0;
};

class MotoSageMakerTest : public SageDesk::Test::MotoContextSuite
{
protected:
    void attemptSent(const AwsRequest& request, int attempt, const QUrl&) override
    {
        m_sent.append({request.operation, QJsonDocument::fromJson(request.body).object(), attempt});
    }

    QList<SentRequest> sent(const QString& operation) const
    {
        QList<SentRequest> found;
        for (const SentRequest& request : m_sent) {
            if (request.operation == operation) {
                found.append(request);
            }
        }
        return found;
    }

    static CreateNotebookInstanceRequest createRequest(const QString& name)
    {
        CreateNotebookInstanceRequest request;
        request.notebookInstanceName = name;
        request.instanceType = QStringLiteral("ml.t3.medium");
        request.roleArn = kRoleArn;
        request.tags = {{QStringLiteral("project"), QStringLiteral("sagedesk")}};
        return request;
    }

    SageMakerClient client() const { return SageMakerClient(m_context.get()); }

    QList<SentRequest> m_sent;
};

} // namespace

TEST_F(MotoSageMakerTest, CreateDescribeStopStartDelete)
{
    const QString name = QStringLiteral("lifecycle-1");
    const auto created = client().createNotebookInstance(createRequest(name)).wait();
    ASSERT_TRUE(created.ok()) << created.error().toDisplayString().toStdString();
    EXPECT_TRUE(created.value().endsWith(QStringLiteral(":notebook-instance/") + name))
        << created.value().toStdString();

    const auto described = client().describeNotebookInstance(name).wait();
    ASSERT_TRUE(described.ok()) << described.error().toDisplayString().toStdString();
    EXPECT_EQ(described->notebookInstanceName, name);
    EXPECT_EQ(described->notebookInstanceArn, created.value());
    EXPECT_EQ(described->instanceType, QStringLiteral("ml.t3.medium"));
    EXPECT_EQ(described->roleArn, kRoleArn);
    // moto skips Pending; AWS would answer Pending first.
    EXPECT_EQ(described->notebookInstanceStatus, NotebookInstanceStatus::InService);

    ASSERT_TRUE(client().stopNotebookInstance(name).wait().ok());
    EXPECT_EQ(client().describeNotebookInstance(name).wait()->notebookInstanceStatus,
              NotebookInstanceStatus::Stopped);
    ASSERT_TRUE(client().startNotebookInstance(name).wait().ok());
    EXPECT_EQ(client().describeNotebookInstance(name).wait()->notebookInstanceStatus,
              NotebookInstanceStatus::InService);
    ASSERT_TRUE(client().stopNotebookInstance(name).wait().ok());
    const auto deleted = client().deleteNotebookInstance(name).wait();
    ASSERT_TRUE(deleted.ok()) << deleted.error().toDisplayString().toStdString();

    const auto gone = client().describeNotebookInstance(name).wait();
    ASSERT_FALSE(gone.ok());
    EXPECT_EQ(gone.error().code, QStringLiteral("ValidationException"));
    EXPECT_EQ(gone.error().message, QStringLiteral("RecordNotFound"));
    EXPECT_TRUE(gone.error().isNotFound());

    // One attempt each: nothing here was retried.
    for (const SentRequest& request : m_sent) {
        EXPECT_EQ(request.attempt, 1) << request.operation.toStdString();
    }
    ASSERT_EQ(sent(QStringLiteral("CreateNotebookInstance")).size(), 1);
    const QJsonObject createBody = sent(QStringLiteral("CreateNotebookInstance")).first().body;
    EXPECT_EQ(createBody.value(QStringLiteral("NotebookInstanceName")).toString(), name);
    EXPECT_EQ(createBody.value(QStringLiteral("RoleArn")).toString(), kRoleArn);
}

TEST_F(MotoSageMakerTest, ErrorsAreMappedAsMotoAnswersThem)
{
    const QString name = QStringLiteral("errors-1");
    ASSERT_TRUE(client().createNotebookInstance(createRequest(name)).wait().ok());

    const auto duplicate = client().createNotebookInstance(createRequest(name)).wait();
    ASSERT_FALSE(duplicate.ok());
    EXPECT_EQ(duplicate.error().kind, AwsError::Kind::Service);
    EXPECT_EQ(duplicate.error().service, QStringLiteral("sagemaker"));
    EXPECT_EQ(duplicate.error().code, QStringLiteral("ValidationException"));
    EXPECT_EQ(duplicate.error().httpStatus, 400);
    EXPECT_FALSE(duplicate.error().retryable);
    EXPECT_TRUE(
        duplicate.error().message.startsWith(QStringLiteral("Cannot create a duplicate Notebook Instance")))
        << duplicate.error().message.toStdString();
    EXPECT_TRUE(duplicate.error().toDisplayString().startsWith(
        QStringLiteral("ValidationException: Cannot create a duplicate Notebook Instance")));

    const auto unknown = client().describeNotebookInstance(QStringLiteral("no-such-instance")).wait();
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, QStringLiteral("ValidationException"));
    EXPECT_EQ(unknown.error().message, QStringLiteral("RecordNotFound"));
    EXPECT_TRUE(unknown.error().isNotFound());

    const auto wrongState = client().deleteNotebookInstance(name).wait();
    ASSERT_FALSE(wrongState.ok());
    EXPECT_EQ(wrongState.error().code, QStringLiteral("ValidationException"));
    EXPECT_TRUE(wrongState.error().message.startsWith(
        QStringLiteral("Status (InService) not in ([Stopped, Failed]). Unable to transition to (Deleting)")))
        << wrongState.error().message.toStdString();
    EXPECT_FALSE(wrongState.error().isNotFound());

    // Validation errors are never retried.
    EXPECT_EQ(sent(QStringLiteral("CreateNotebookInstance")).size(), 2);
    EXPECT_EQ(sent(QStringLiteral("DeleteNotebookInstance")).size(), 1);
}

TEST_F(MotoSageMakerTest, PaginationResendsFiltersWithEveryNextToken)
{
    constexpr int kMatching = 250;
    QStringList toCreate;
    for (int i = 0; i < kMatching; ++i) {
        toCreate << QStringLiteral("page-%1").arg(i);
    }
    for (int i = 0; i < 3; ++i) {
        toCreate << QStringLiteral("other-%1").arg(i);
    }
    // In batches: the test is about paging, and 253 calls queued at once on a loaded 2-core machine
    // wait longer than a read timeout behind moto's ~100 answers a second.
    constexpr qsizetype kBatch = 8;
    for (qsizetype first = 0; first < toCreate.size(); first += kBatch) {
        QList<AwsCall<QString>> creates;
        for (const QString& name : toCreate.mid(first, kBatch)) {
            creates.append(client().createNotebookInstance(createRequest(name)));
        }
        for (const auto& create : creates) {
            ASSERT_TRUE(create.wait().ok()) << create.wait().error().toDisplayString().toStdString();
        }
    }

    ListNotebookInstancesRequest request;
    request.nameContains = QStringLiteral("page-");
    request.statusEquals = NotebookInstanceStatus::InService;
    request.sortBy = QStringLiteral("Name");
    request.maxResults = 100;
    const auto listed = client().listAllNotebookInstances(request).wait();
    ASSERT_TRUE(listed.ok()) << listed.error().toDisplayString().toStdString();

    QSet<QString> names;
    for (const NotebookInstance& instance : listed.value()) {
        EXPECT_TRUE(instance.notebookInstanceName.startsWith(QStringLiteral("page-")));
        names.insert(instance.notebookInstanceName);
    }
    EXPECT_EQ(listed->size(), kMatching);
    EXPECT_EQ(names.size(), kMatching);

    // What went over the wire: three pages, every one with the same filters, the later ones with the
    // token of the page before (moto refuses a token whose filters differ: InvalidToken).
    const QList<SentRequest> pages = sent(QStringLiteral("ListNotebookInstances"));
    ASSERT_EQ(pages.size(), 3);
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const QJsonObject& body = pages.at(i).body;
        EXPECT_EQ(body.value(QStringLiteral("NameContains")).toString(), QStringLiteral("page-")) << i;
        EXPECT_EQ(body.value(QStringLiteral("StatusEquals")).toString(), QStringLiteral("InService")) << i;
        EXPECT_EQ(body.value(QStringLiteral("SortBy")).toString(), QStringLiteral("Name")) << i;
        EXPECT_EQ(body.value(QStringLiteral("MaxResults")).toInt(), 100) << i;
        EXPECT_EQ(body.contains(QStringLiteral("NextToken")), i > 0) << i;
    }
    EXPECT_NE(pages.at(1).body.value(QStringLiteral("NextToken")),
              pages.at(2).body.value(QStringLiteral("NextToken")));
}

TEST_F(MotoSageMakerTest, AFirstPageAloneAnswersItsToken)
{
    for (int i = 0; i < 3; ++i) {
        ASSERT_TRUE(
            client().createNotebookInstance(createRequest(QStringLiteral("single-%1").arg(i))).wait().ok());
    }
    ListNotebookInstancesRequest request;
    request.maxResults = 2;
    const auto first = client().listNotebookInstances(request).wait();
    ASSERT_TRUE(first.ok()) << first.error().toDisplayString().toStdString();
    EXPECT_EQ(first->notebookInstances.size(), 2);
    ASSERT_FALSE(first->nextToken.isEmpty());

    // A token used with other filters is refused by moto, as by AWS.
    request.nextToken = first->nextToken;
    request.nameContains = QStringLiteral("single-2");
    const auto mismatched = client().listNotebookInstances(request).wait();
    ASSERT_FALSE(mismatched.ok());
    EXPECT_EQ(mismatched.error().code, QStringLiteral("InvalidToken"));
}

TEST_F(MotoSageMakerTest, TagsAreAddedListedAndDeleted)
{
    const auto created = client().createNotebookInstance(createRequest(QStringLiteral("tags-1"))).wait();
    ASSERT_TRUE(created.ok());
    const QString arn = created.value();
    ASSERT_TRUE(client().addTags(arn, {{QStringLiteral("team"), QStringLiteral("ml")}}).wait().ok());
    const auto listed = client().listTags(arn).wait();
    ASSERT_TRUE(listed.ok()) << listed.error().toDisplayString().toStdString();
    EXPECT_TRUE(listed->contains(Tag{QStringLiteral("team"), QStringLiteral("ml")}));
    EXPECT_TRUE(listed->contains(Tag{QStringLiteral("project"), QStringLiteral("sagedesk")}));

    ASSERT_TRUE(client().deleteTags(arn, {QStringLiteral("team")}).wait().ok());
    const auto after = client().listTags(arn).wait();
    ASSERT_TRUE(after.ok());
    EXPECT_FALSE(after->contains(Tag{QStringLiteral("team"), QStringLiteral("ml")}));
}

TEST_F(MotoSageMakerTest, LifecycleConfigScriptsTravelAsBase64)
{
    NotebookInstanceLifecycleConfig config;
    config.notebookInstanceLifecycleConfigName = QStringLiteral("idle-stop");
    config.onStart = "#!/bin/bash\nset -e\necho started\n";
    const auto created = client().createNotebookInstanceLifecycleConfig(config).wait();
    ASSERT_TRUE(created.ok()) << created.error().toDisplayString().toStdString();
    EXPECT_TRUE(created->contains(QStringLiteral("idle-stop")));

    const QJsonObject wire = sent(QStringLiteral("CreateNotebookInstanceLifecycleConfig")).first().body;
    EXPECT_EQ(
        wire.value(QStringLiteral("OnStart")).toArray().first().toObject().value(QStringLiteral("Content")),
        QString::fromLatin1(config.onStart.toBase64()));

    const auto described =
        client().describeNotebookInstanceLifecycleConfig(QStringLiteral("idle-stop")).wait();
    ASSERT_TRUE(described.ok()) << described.error().toDisplayString().toStdString();
    EXPECT_EQ(described->onStart, config.onStart);
    EXPECT_TRUE(described->onCreate.isEmpty());

    const auto deleted = client().deleteNotebookInstanceLifecycleConfig(QStringLiteral("idle-stop")).wait();
    ASSERT_TRUE(deleted.ok()) << deleted.error().toDisplayString().toStdString();
    EXPECT_FALSE(client().describeNotebookInstanceLifecycleConfig(QStringLiteral("idle-stop")).wait().ok());
}
