// Switching profile or region while a list is in flight: the session shows the new scope's cached list
// at once, drops whatever the old connection still had coming, and shows the new scope's live list with
// nothing of the old scope mixed in. Two regions of one moto_server are the two scopes; a scope whose
// endpoint never answers (StallingEndpoint, the one fault moto cannot produce on demand) holds a list
// in flight at the moment of the switch.
#include "aws/AwsConnection.h"
#include "aws/credentials/StaticCredentialsProvider.h"
#include "aws/services/SageMakerClient.h"
#include "console/ConsoleSession.h"
#include "console/models/InstanceTableModel.h"
#include "core/Clock.h"
#include "support/MotoSuite.h"
#include "support/StallingEndpoint.h"

#include <gtest/gtest.h>

#include <QSignalSpy>
#include <QTest>

using namespace SageDesk;
using namespace std::chrono_literals;

namespace {

const QString kEast = QStringLiteral("us-east-1");
const QString kWest = QStringLiteral("eu-west-1");

std::unique_ptr<Aws::AwsConnection> connectionTo(const QUrl& endpoint, const QString& region)
{
    return std::make_unique<Aws::AwsConnection>(
        std::make_unique<Aws::StaticCredentialsProvider>(SageDesk::Test::MotoServer::testCredentials(),
                                                         QStringLiteral("test")),
        region, endpoint);
}

class ConsoleScopeSwitch : public SageDesk::Test::MotoSuite<>
{
protected:
    void setUpWithServer() override
    {
        ASSERT_TRUE(s_moto->reset());
        ASSERT_TRUE(m_cache.open(QStringLiteral(":memory:")));
    }

    // Creates `name` in `region` with a volume of `gigabytes`.
    void create(const QString& region, const QString& name, int gigabytes) const
    {
        const auto context = s_moto->createContext(region);
        CreateNotebookInstanceRequest request;
        request.notebookInstanceName = name;
        request.instanceType = QStringLiteral("ml.t3.medium");
        request.roleArn = QStringLiteral("arn:aws:iam::123456789012:role/service-role/SageDeskTest");
        request.volumeSizeInGB = gigabytes;
        const auto created = Aws::SageMakerClient(context.get()).createNotebookInstance(request).wait();
        ASSERT_TRUE(created.ok()) << created.error().toDisplayString().toStdString();
    }

    static QStringList names(const ConsoleSession& session)
    {
        QStringList result;
        for (const NotebookInstance& instance : session.instances()) {
            result << instance.notebookInstanceName;
        }
        result.sort();
        return result;
    }

    InstanceCache m_cache;
};

} // namespace

TEST_F(ConsoleScopeSwitch, ShowsTheNewScopesCacheThenItsLiveListAndDropsTheOldScopesAnswers)
{
    ASSERT_NO_FATAL_FAILURE(create(kEast, QStringLiteral("shared-name"), 50));
    ASSERT_NO_FATAL_FAILURE(create(kEast, QStringLiteral("only-east"), 10));
    ASSERT_NO_FATAL_FAILURE(create(kWest, QStringLiteral("shared-name"), 5));
    ASSERT_NO_FATAL_FAILURE(create(kWest, QStringLiteral("only-west"), 20));
    const QString eastScope = QStringLiteral("profile:test/") + kEast;
    const QString westScope = QStringLiteral("profile:test/") + kWest;
    const QString stalledScope = QStringLiteral("profile:slow/ap-northeast-2");
    // What the cache remembers of the west from an earlier run: its described instance.
    NotebookInstance cachedWest;
    cachedWest.notebookInstanceName = QStringLiteral("shared-name");
    cachedWest.notebookInstanceStatus = NotebookInstanceStatus::Stopped;
    cachedWest.volumeSizeInGB = 5;
    ASSERT_TRUE(m_cache.saveList(westScope, {cachedWest}, QDateTime::currentDateTimeUtc().addDays(-1)));

    ConsoleSession session(Clock::system(), &m_cache, {50ms, 200ms, 200ms});
    session.setConnection(connectionTo(s_moto->endpoint(), kEast), eastScope);
    // East described: its shared-name has 50 GB.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            const NotebookInstance* shared = session.instance(QStringLiteral("shared-name"));
            return shared && shared->volumeSizeInGB == 50 && session.instance(QStringLiteral("only-east"));
        },
        30000));

    // A profile whose endpoint never answers: its list stays in flight.
    SageDesk::Test::StallingEndpoint stalling;
    ASSERT_TRUE(stalling.listen());
    session.setConnection(connectionTo(stalling.url(), QStringLiteral("ap-northeast-2")), stalledScope);
    EXPECT_EQ(session.model()->rowCount(), 0); // nothing cached for it
    ASSERT_TRUE(QTest::qWaitFor([&] { return stalling.bytesReceived() > 0; }, 30000));
    EXPECT_EQ(session.connectionState(), ConsoleSession::ConnectionState::Connecting);

    // Switch to the west while that list is in flight.
    QSignalSpy states(&session, &ConsoleSession::connectionStateChanged);
    std::optional<NotebookInstance> sharedWhenListed;
    QStringList namesWhenListed;
    QObject::connect(&session, &ConsoleSession::listApplied, &session, [&] {
        if (!sharedWhenListed) {
            namesWhenListed = names(session);
            if (const NotebookInstance* shared = session.instance(QStringLiteral("shared-name"))) {
                sharedWhenListed = *shared;
            }
        }
    });
    session.setConnection(connectionTo(s_moto->endpoint(), kWest), westScope);
    // At once, before any answer: the west's cache, with its described volume.
    EXPECT_EQ(names(session), QStringList{QStringLiteral("shared-name")});
    ASSERT_NE(session.instance(QStringLiteral("shared-name")), nullptr);
    EXPECT_EQ(session.instance(QStringLiteral("shared-name"))->volumeSizeInGB, 5);
    EXPECT_EQ(session.scope(), westScope);

    // The west's live list, merged over what is known of the west only: not the east's 50 GB.
    ASSERT_TRUE(QTest::qWaitFor([&] { return sharedWhenListed.has_value(); }, 30000));
    EXPECT_EQ(namesWhenListed, (QStringList{QStringLiteral("only-west"), QStringLiteral("shared-name")}));
    EXPECT_EQ(sharedWhenListed->volumeSizeInGB, 5);
    EXPECT_EQ(sharedWhenListed->notebookInstanceStatus, NotebookInstanceStatus::InService);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            const NotebookInstance* onlyWest = session.instance(QStringLiteral("only-west"));
            return onlyWest && onlyWest->volumeSizeInGB == 20;
        },
        30000));
    EXPECT_EQ(session.instance(QStringLiteral("shared-name"))->volumeSizeInGB, 5);
    EXPECT_EQ(session.instance(QStringLiteral("only-east")), nullptr);
    EXPECT_EQ(session.connectionState(), ConsoleSession::ConnectionState::Online);
    // The abandoned list of the stalled profile never reported anything: no Offline, no Failing.
    for (const QList<QVariant>& change : std::as_const(states)) {
        const auto state = change.first().value<ConsoleSession::ConnectionState>();
        EXPECT_NE(state, ConsoleSession::ConnectionState::Offline);
        EXPECT_NE(state, ConsoleSession::ConnectionState::Failing);
    }
    EXPECT_FALSE(session.lastError().has_value());

    // The caches stay apart: the west's now holds its live list, the stalled scope's nothing.
    const auto west = m_cache.loadList(westScope);
    ASSERT_TRUE(west.has_value());
    EXPECT_EQ(west->instances.size(), 2);
    EXPECT_FALSE(m_cache.loadList(stalledScope).has_value());
}
