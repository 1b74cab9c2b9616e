#include "domain/NotebookInstance.h"
#include "support/AwsNotebookTransitions.h"

#include <gtest/gtest.h>

#include <QJsonDocument>

using namespace SageDesk;
using Action = NotebookInstanceAction;
using Status = NotebookInstanceStatus;

TEST(NotebookInstanceStatus, RoundTripsEveryWireName)
{
    for (Status status : NotebookInstanceStatuses::all()) {
        EXPECT_EQ(NotebookInstanceStatuses::fromString(NotebookInstanceStatuses::toString(status)), status);
    }
    EXPECT_FALSE(NotebookInstanceStatuses::fromString(u"inservice").has_value());
    EXPECT_EQ(NotebookInstanceStatuses::all().size(), 7);
}

// Every status x action cell (7 x 5) against the literal table of tests/support.
TEST(NotebookInstanceStatus, AllowsExactlyWhatAwsAcceptsInEveryStatus)
{
    ASSERT_EQ(std::size(SageDesk::Test::kAwsTransitions),
              static_cast<size_t>(NotebookInstanceStatuses::all().size()));
    for (const SageDesk::Test::AwsTransitionRow& row : SageDesk::Test::kAwsTransitions) {
        SCOPED_TRACE(row.wireName);
        EXPECT_EQ(NotebookInstanceStatuses::toString(row.status), QLatin1String(row.wireName));
        for (Action action : SageDesk::Test::kAllNotebookActions) {
            SCOPED_TRACE(static_cast<int>(action));
            EXPECT_EQ(NotebookInstanceStatuses::allows(row.status, action),
                      SageDesk::Test::awsAccepts(row, action));
        }
    }
}

// For every refused transition, the refusal the local endpoint sends is AWS's, word for word.
TEST(NotebookInstanceStatus, RefusesEveryOtherTransitionWithAwsMessage)
{
    const QString arn = QStringLiteral("arn:aws:sagemaker:us-east-1:123456789012:notebook-instance/nb");
    int refused = 0;
    for (const SageDesk::Test::AwsTransitionRow& row : SageDesk::Test::kAwsTransitions) {
        for (const SageDesk::Test::AwsRefusalText& refusal : SageDesk::Test::kAwsRefusals) {
            if (SageDesk::Test::awsAccepts(row, refusal.action)) {
                continue;
            }
            ++refused;
            EXPECT_EQ(NotebookInstanceStatuses::refusalMessage(row.status, refusal.action, arn),
                      QStringLiteral("Status (%1) not in (%2). Unable to transition to (%3) for Notebook "
                                     "Instance (%4).")
                          .arg(QLatin1String(row.wireName), QLatin1String(refusal.acceptedFrom),
                               QLatin1String(refusal.target), arn));
        }
    }
    // 28 transition cells, 6 of them accepted.
    EXPECT_EQ(refused, 22);
}

TEST(NotebookInstanceStatus, CountsTheFourTransitionalStatuses)
{
    int transitional = 0;
    for (Status status : NotebookInstanceStatuses::all()) {
        transitional += NotebookInstanceStatuses::isTransitional(status) ? 1 : 0;
    }
    EXPECT_EQ(transitional, 4);
    EXPECT_TRUE(NotebookInstanceStatuses::isTransitional(Status::Pending));
    EXPECT_TRUE(NotebookInstanceStatuses::isTransitional(Status::Stopping));
    EXPECT_TRUE(NotebookInstanceStatuses::isTransitional(Status::Deleting));
    EXPECT_TRUE(NotebookInstanceStatuses::isTransitional(Status::Updating));
}

TEST(NotebookInstanceStatus, RefusalMessageMatchesAws)
{
    EXPECT_EQ(NotebookInstanceStatuses::refusalMessage(
                  Status::InService, Action::Delete,
                  QStringLiteral("arn:aws:sagemaker:us-east-1:1:notebook-instance/x")),
              QStringLiteral(
                  "Status (InService) not in ([Stopped, Failed]). Unable to transition to (Deleting) for "
                  "Notebook Instance (arn:aws:sagemaker:us-east-1:1:notebook-instance/x)."));
}

TEST(NotebookInstance, ParsesDescribeOutputAndWritesItBack)
{
    const QByteArray wire =
        R"({"NotebookInstanceArn":"arn:aws:sagemaker:eu-west-1:123456789012:notebook-instance/nb",
        "NotebookInstanceName":"nb","NotebookInstanceStatus":"Failed","FailureReason":"took longer than 5 minutes",
        "Url":"nb.notebook.eu-west-1.sagemaker.aws","InstanceType":"ml.t3.medium","SecurityGroups":["sg-1","sg-2"],
        "RoleArn":"arn:aws:iam::123456789012:role/service-role/r","LastModifiedTime":1700000000.5,
        "CreationTime":1690000000,"DirectInternetAccess":"Enabled","VolumeSizeInGB":20,
        "AdditionalCodeRepositories":["https://example.com/a.git"],"RootAccess":"Disabled",
        "PlatformIdentifier":"notebook-al2023-v1",
        "InstanceMetadataServiceConfiguration":{"MinimumInstanceMetadataServiceVersion":"2"}})";
    const auto instance = NotebookInstance::fromJson(QJsonDocument::fromJson(wire).object());
    EXPECT_EQ(instance.notebookInstanceStatus, Status::Failed);
    EXPECT_EQ(instance.securityGroups, (QStringList{QStringLiteral("sg-1"), QStringLiteral("sg-2")}));
    EXPECT_EQ(instance.lastModifiedTime.toMSecsSinceEpoch(), 1700000000500);
    EXPECT_EQ(instance.volumeSizeInGB, 20);
    EXPECT_EQ(instance.minimumInstanceMetadataServiceVersion, QStringLiteral("2"));
    EXPECT_EQ(NotebookInstance::fromJson(instance.toJson()), instance);
    EXPECT_EQ(instance.toJson(), QJsonDocument::fromJson(wire).object());
}

TEST(CreateNotebookInstanceRequest, SendsOnlyWhatIsSet)
{
    CreateNotebookInstanceRequest request;
    request.notebookInstanceName = QStringLiteral("nb");
    request.roleArn = QStringLiteral("arn:aws:iam::123456789012:role/r");
    request.tags = {{QStringLiteral("team"), QStringLiteral("ml")}};
    const QJsonObject json = request.toJson();
    EXPECT_EQ(json.value(QStringLiteral("InstanceType")).toString(), QStringLiteral("ml.t3.medium"));
    EXPECT_FALSE(json.contains(QStringLiteral("SubnetId")));
    EXPECT_EQ(json.value(QStringLiteral("Tags")).toArray().size(), 1);
    EXPECT_EQ(CreateNotebookInstanceRequest::fromJson(json), request);
}
