#include "local/auth/ContainerCredentials.h"

#include "local/http/HttpRequestParser.h"
#include "local/runtime/InstanceFolder.h"
#include "local/runtime/NotebookRuntime.h"
#include "local/store/LocalStateStore.h"
#include "support/FixedClock.h"
#include "support/LocalSignedRequest.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace SageDesk::Local {
namespace {

const QDateTime kNow(QDate(2026, 12, 2), QTime(1, 0), Qt::UTC);
const LocalCredentials kCredentials{QStringLiteral("AKIALOCALTESTKEY0001"),
                                    QStringLiteral("local/secret+key"), QStringLiteral("123456789012")};
const auto kRoleArn = QStringLiteral("arn:aws:iam::123456789012:role/service-role/nb-role");

class LocalContainerCredentialsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_store.open(m_dir.filePath(QStringLiteral("state.sqlite"))));
        m_store.put(LocalStateStore::Kind::Role, QStringLiteral("nb-role"),
                    QJsonObject{{QStringLiteral("RoleName"), QStringLiteral("nb-role")},
                                {QStringLiteral("RoleId"), QStringLiteral("AROATESTROLE")},
                                {QStringLiteral("Arn"), kRoleArn}});
        setStatus(NotebookInstanceStatus::InService);
        const InstanceFolder folder{m_runtime.instanceDir(QStringLiteral("nb"))};
        ASSERT_TRUE(QDir().mkpath(folder.root));
        ASSERT_TRUE(InstanceFolder::writePrivateFile(folder.credentialsTokenFile(), "the-token\n"));
    }

    void setStatus(NotebookInstanceStatus status)
    {
        NotebookInstance instance;
        instance.notebookInstanceName = QStringLiteral("nb");
        instance.notebookInstanceArn =
            QStringLiteral("arn:aws:sagemaker:us-east-1:123456789012:notebook-instance/nb");
        instance.roleArn = kRoleArn;
        instance.notebookInstanceStatus = status;
        m_store.putNotebookInstance(instance);
    }

    HttpResponse fetch(const QString& name, const QByteArray& token)
    {
        HttpRequest request;
        request.method = "GET";
        request.path = ContainerCredentials::path(name);
        request.headers.append(qMakePair(QByteArray("Authorization"), token));
        return m_vendor.handle(request);
    }

    QJsonObject fetched()
    {
        const HttpResponse response = fetch(QStringLiteral("nb"), "the-token");
        EXPECT_EQ(response.status, 200) << response.body.toStdString();
        return QJsonDocument::fromJson(response.body).object();
    }

    // Who a SageMaker request signed with `credentials` is, or empty when it is refused.
    QString callerOf(const QJsonObject& credentials)
    {
        HttpRequestParser parser;
        parser.feed(SageDesk::Test::LocalSignedRequest::sageMaker("ListNotebookInstances", "{}")
                        .wire(8080, credentials.value(QLatin1String("AccessKeyId")).toString(),
                              credentials.value(QLatin1String("SecretAccessKey")).toString(), "sagemaker",
                              m_clock.currentDateTimeUtc(),
                              credentials.value(QLatin1String("Token")).toString()));
        std::optional<RequestAuthenticator::RoleSession> caller;
        if (m_authenticator.verify(parser.takeRequest(), WireProtocol::Json, &caller) || !caller) {
            return {};
        }
        return caller->assumedRoleArn();
    }

    QTemporaryDir m_dir;
    SageDesk::Test::FixedClock m_clock{kNow};
    LocalStateStore m_store;
    NotebookRuntime m_runtime{m_dir.path()};
    RequestAuthenticator m_authenticator{kCredentials, m_clock};
    ContainerCredentials m_vendor{m_authenticator, m_store, m_runtime, m_clock};
};

TEST_F(LocalContainerCredentialsTest, HandsOutTheRolesSessionCredentials)
{
    const QJsonObject credentials = fetched();
    EXPECT_TRUE(credentials.value(QLatin1String("AccessKeyId")).toString().startsWith(QLatin1String("ASIA")));
    EXPECT_EQ(credentials.value(QLatin1String("Expiration")).toString(),
              QStringLiteral("2026-12-02T02:00:00Z"));
    EXPECT_EQ(credentials.value(QLatin1String("RoleArn")).toString(), kRoleArn);
    EXPECT_EQ(callerOf(credentials),
              QStringLiteral("arn:aws:sts::123456789012:assumed-role/nb-role/SageMaker"));
}

TEST_F(LocalContainerCredentialsTest, RenewsHalfAnHourBeforeExpiryAndTheOldOnesStayValidUntilThen)
{
    const QJsonObject first = fetched();
    m_clock.advanceSecs(29 * 60);
    EXPECT_EQ(fetched().value(QLatin1String("AccessKeyId")), first.value(QLatin1String("AccessKeyId")));
    m_clock.advanceSecs(2 * 60);
    const QJsonObject renewed = fetched();
    EXPECT_NE(renewed.value(QLatin1String("AccessKeyId")), first.value(QLatin1String("AccessKeyId")));
    EXPECT_EQ(renewed.value(QLatin1String("Expiration")).toString(), QStringLiteral("2026-12-02T02:31:00Z"));
    EXPECT_FALSE(callerOf(first).isEmpty());
    m_clock.advanceSecs(30 * 60);
    EXPECT_TRUE(callerOf(first).isEmpty());
    EXPECT_FALSE(callerOf(renewed).isEmpty());
}

TEST_F(LocalContainerCredentialsTest, RefusesAWrongTokenAnUnknownOrStoppedInstance)
{
    EXPECT_EQ(fetch(QStringLiteral("nb"), "not-the-token").status, 403);
    EXPECT_EQ(fetch(QStringLiteral("nb"), "").status, 403);
    EXPECT_EQ(fetch(QStringLiteral("other"), "the-token").status, 404);
    setStatus(NotebookInstanceStatus::Stopped);
    EXPECT_EQ(fetch(QStringLiteral("nb"), "the-token").status, 403);
}

} // namespace
} // namespace SageDesk::Local
