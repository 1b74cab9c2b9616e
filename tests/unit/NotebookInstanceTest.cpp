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

namespace {

NotebookInstance describedInstance()
{
    NotebookInstance current;
    current.notebookInstanceName = QStringLiteral("nb");
    current.instanceType = QStringLiteral("ml.t3.medium");
    current.roleArn = QStringLiteral("arn:aws:iam::123456789012:role/service-role/A");
    current.platformIdentifier = QStringLiteral("notebook-al2023-v1");
    current.volumeSizeInGB = 5;
    current.notebookInstanceLifecycleConfigName = QStringLiteral("setup");
    current.rootAccess = QStringLiteral("Enabled");
    current.ipAddressType = QStringLiteral("ipv4");
    current.minimumInstanceMetadataServiceVersion = QStringLiteral("2");
    current.defaultCodeRepository = QStringLiteral("https://github.com/aws/main");
    current.additionalCodeRepositories = {QStringLiteral("stored-repo")};
    return current;
}

} // namespace

// The update dialog shows the instance through the wizard's create request: unchanged, nothing
// besides the name is sent.
TEST(UpdateNotebookInstanceRequest, BetweenTheSameSettingsChangesNothing)
{
    const NotebookInstance current = describedInstance();
    const auto request =
        UpdateNotebookInstanceRequest::between(current, CreateNotebookInstanceRequest::fromInstance(current));
    EXPECT_FALSE(request.changesSomething());
    EXPECT_EQ(request.toJson(),
              QJsonObject({{QStringLiteral("NotebookInstanceName"), QStringLiteral("nb")}}));
}

TEST(UpdateNotebookInstanceRequest, BetweenSendsOnlyWhatChanged)
{
    const NotebookInstance current = describedInstance();
    CreateNotebookInstanceRequest wanted = CreateNotebookInstanceRequest::fromInstance(current);
    wanted.instanceType = QStringLiteral("ml.t3.large");
    wanted.volumeSizeInGB = 8;
    wanted.rootAccess = QStringLiteral("Disabled");
    wanted.minimumInstanceMetadataServiceVersion = QStringLiteral("1");
    wanted.additionalCodeRepositories = {QStringLiteral("stored-repo"), QStringLiteral("other")};
    const QJsonObject body = UpdateNotebookInstanceRequest::between(current, wanted).toJson();
    EXPECT_EQ(body, QJsonDocument::fromJson(R"({"NotebookInstanceName": "nb", "InstanceType": "ml.t3.large",
        "VolumeSizeInGB": 8, "RootAccess": "Disabled",
        "InstanceMetadataServiceConfiguration": {"MinimumInstanceMetadataServiceVersion": "1"},
        "AdditionalCodeRepositories": ["stored-repo", "other"]})")
                        .object());
}

TEST(UpdateNotebookInstanceRequest, BetweenTurnsWhatWasClearedIntoDisassociateFlags)
{
    const NotebookInstance current = describedInstance();
    CreateNotebookInstanceRequest wanted = CreateNotebookInstanceRequest::fromInstance(current);
    wanted.lifecycleConfigName.clear();
    wanted.defaultCodeRepository.clear();
    wanted.additionalCodeRepositories.clear();
    const auto request = UpdateNotebookInstanceRequest::between(current, wanted);
    EXPECT_TRUE(request.disassociateLifecycleConfig);
    EXPECT_TRUE(request.disassociateDefaultCodeRepository);
    EXPECT_TRUE(request.disassociateAdditionalCodeRepositories);
    EXPECT_FALSE(request.lifecycleConfigName || request.defaultCodeRepository ||
                 request.additionalCodeRepositories);

    // Nothing to clear sends no flag; a new name replaces the old one without one.
    NotebookInstance bare = current;
    bare.notebookInstanceLifecycleConfigName.clear();
    EXPECT_FALSE(UpdateNotebookInstanceRequest::between(bare, wanted).disassociateLifecycleConfig);
    wanted.lifecycleConfigName = QStringLiteral("other-setup");
    const auto renamed = UpdateNotebookInstanceRequest::between(current, wanted);
    EXPECT_EQ(renamed.lifecycleConfigName, QStringLiteral("other-setup"));
    EXPECT_FALSE(renamed.disassociateLifecycleConfig);
}

// Describe may leave out what is the API's default; the same default chosen is no change.
TEST(UpdateNotebookInstanceRequest, BetweenCountsApiDefaultsAsSet)
{
    NotebookInstance current = describedInstance();
    current.rootAccess.clear();
    current.ipAddressType.clear();
    current.minimumInstanceMetadataServiceVersion.clear();
    current.platformIdentifier.clear();
    CreateNotebookInstanceRequest wanted = CreateNotebookInstanceRequest::fromInstance(current);
    wanted.rootAccess = QStringLiteral("Enabled");
    wanted.ipAddressType = QStringLiteral("ipv4");
    wanted.minimumInstanceMetadataServiceVersion = QStringLiteral("1");
    wanted.platformIdentifier = QStringLiteral("notebook-al2023-v1");
    EXPECT_FALSE(UpdateNotebookInstanceRequest::between(current, wanted).changesSomething());
    wanted.ipAddressType = QStringLiteral("dualstack");
    EXPECT_EQ(UpdateNotebookInstanceRequest::between(current, wanted).ipAddressType,
              QStringLiteral("dualstack"));
}
