// A presigned `…/lab` URL on a build with JupyterLab (issue 14): a plain HTTP client that follows
// redirects and keeps cookies lands on JupyterLab itself, signed in by the cookie alone (no Jupyter
// token in any URL), and that cookie also reaches the kernels API and the classic /tree of the same
// server.
#include "core/LabBuild.h"
#include "local/runtime/JupyterServer.h"
#include "support/LocalTestEndpoint.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTest>

#include <chrono>

namespace SageDesk::Test {
namespace {

using namespace std::chrono_literals;

struct Answer
{
    int status = 0;
    QUrl url; // where the last redirect led
    QByteArray body;
};

class LocalLabSignInTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (const QString missing = LocalTestEndpoint::missingTools(); !missing.isEmpty()) {
            GTEST_SKIP() << missing.toStdString();
        }
        if (!kHasLab || Local::JupyterServer::labServerScript().isEmpty()) {
            GTEST_SKIP() << "this build has no JupyterLab front end";
        }
        m_network.setProxy(QNetworkProxy::NoProxy);
        m_network.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
        ASSERT_TRUE(m_endpoint.start()) << m_endpoint.error().toStdString();
        const auto run = m_endpoint.aws(
            {QStringLiteral("sagemaker"), QStringLiteral("create-notebook-instance"),
             QStringLiteral("--notebook-instance-name"), kName, QStringLiteral("--instance-type"),
             QStringLiteral("ml.t3.medium"), QStringLiteral("--role-arn"), m_endpoint.executionRoleArn()});
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
        // The lab server takes seconds to start on a loaded machine: a generous wait for the status.
        ASSERT_TRUE(m_endpoint.waitForStatus(kName, QStringLiteral("InService"), 240s))
            << m_endpoint.status(kName).toStdString() << m_endpoint.output().toStdString();
    }

    QUrl presignedUrl()
    {
        const auto run = m_endpoint.aws({QStringLiteral("sagemaker"),
                                         QStringLiteral("create-presigned-notebook-instance-url"),
                                         QStringLiteral("--notebook-instance-name"), kName});
        return QUrl(QJsonDocument::fromJson(run.out.toUtf8())
                        .object()
                        .value(QLatin1String("AuthorizedUrl"))
                        .toString());
    }

    // A GET through the one client: redirects followed, cookies kept as a browser keeps them.
    Answer get(const QUrl& url)
    {
        std::unique_ptr<QNetworkReply> reply(m_network.get(QNetworkRequest(url)));
        if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 60000)) {
            return {};
        }
        return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->url(),
                reply->readAll()};
    }

    const QString kName = QStringLiteral("lab-sign-in");
    LocalTestEndpoint m_endpoint;
    QNetworkAccessManager m_network;
};

TEST_F(LocalLabSignInTest, LabUrlOpensJupyterLabSignedInByTheCookie)
{
    QUrl url = presignedUrl();
    ASSERT_TRUE(url.isValid());
    url.setPath(url.path() + QStringLiteral("/lab"));

    const Answer lab = get(url);
    ASSERT_EQ(lab.status, 200) << lab.body.left(600).toStdString();
    EXPECT_EQ(lab.url.host(), QStringLiteral("127.0.0.1"));
    EXPECT_NE(lab.url.port(), QUrl(m_endpoint.endpointUrl()).port()) << "on the instance's Jupyter server";
    EXPECT_EQ(lab.url.path(), QStringLiteral("/lab"));
    EXPECT_FALSE(lab.url.hasQuery()) << "no token in the URL: " << lab.url.toString().toStdString();
    EXPECT_TRUE(lab.body.contains("jupyter-config-data")) << lab.body.left(600).toStdString();
    EXPECT_FALSE(lab.body.contains("JupyterLab is not installed locally"));

    // The cookie signs in to the server's API...
    QUrl kernelsUrl = lab.url;
    kernelsUrl.setPath(QStringLiteral("/api/kernels"));
    const Answer kernels = get(kernelsUrl);
    ASSERT_EQ(kernels.status, 200) << kernels.body.left(400).toStdString();
    EXPECT_TRUE(QJsonDocument::fromJson(kernels.body).isArray()) << kernels.body.toStdString();
    // ...and to the classic view the same process serves.
    QUrl treeUrl = lab.url;
    treeUrl.setPath(QStringLiteral("/tree"));
    const Answer tree = get(treeUrl);
    EXPECT_EQ(tree.status, 200);
    EXPECT_EQ(tree.url.path(), QStringLiteral("/tree")) << tree.url.toString().toStdString();

    // Without the cookie the API refuses.
    QNetworkAccessManager stranger;
    stranger.setProxy(QNetworkProxy::NoProxy);
    std::unique_ptr<QNetworkReply> refused(stranger.get(QNetworkRequest(kernelsUrl)));
    ASSERT_TRUE(QTest::qWaitFor([&] { return refused->isFinished(); }, 60000));
    EXPECT_EQ(refused->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 403);

    // The link was single use.
    EXPECT_EQ(get(url).status, 403);
}

TEST_F(LocalLabSignInTest, PlainUrlStillOpensTheClassicTree)
{
    const Answer tree = get(presignedUrl());
    ASSERT_EQ(tree.status, 200) << tree.body.left(600).toStdString();
    EXPECT_EQ(tree.url.path(), QStringLiteral("/tree"));
    EXPECT_FALSE(tree.body.contains("jupyter-config-data"));
}

} // namespace
} // namespace SageDesk::Test
