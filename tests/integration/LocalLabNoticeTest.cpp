// A presigned `…/lab` URL where the instance's server has no JupyterLab (a build without the front
// end, which runs Debian's classic jupyter-notebook): a plain HTTP client gets a page that says so and
// continues to the classic /tree, signed in, with no Jupyter token in any URL. The endpoint runs the
// classic server through a test option, so that a build with JupyterLab tests the notice too.
#include "support/LocalTestEndpoint.h"

#include <gtest/gtest.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTest>

namespace SageDesk::Test {
namespace {

struct Answer
{
    int status = 0;
    QByteArray body;
    QByteArray location;
    QList<QByteArray> cookies;
};

// One GET that follows no redirect, with a fresh cookie jar: what the page itself answers.
Answer plainGet(const QUrl& url, const QByteArray& cookie = {})
{
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!cookie.isEmpty()) {
        request.setRawHeader("Cookie", cookie);
    }
    std::unique_ptr<QNetworkReply> reply(network.get(request));
    if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 30000)) {
        return {};
    }
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.location = reply->rawHeader("Location");
    for (const auto& [name, value] : reply->rawHeaderPairs()) {
        if (name.compare("Set-Cookie", Qt::CaseInsensitive) == 0) {
            // Qt joins repeated headers with newlines.
            answer.cookies += value.split('\n');
        }
    }
    return answer;
}

class LocalLabNoticeTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (const QString missing = LocalTestEndpoint::missingTools(); !missing.isEmpty()) {
            GTEST_SKIP() << missing.toStdString();
        }
        if (!findExecutable(QStringLiteral("jupyter-lab")).isEmpty()) {
            GTEST_SKIP() << "JupyterLab is installed here, so /lab opens JupyterLab itself";
        }
        ASSERT_TRUE(m_endpoint.start({QStringLiteral("--test-classic-jupyter")}))
            << m_endpoint.error().toStdString();
        const auto run = m_endpoint.aws(
            {QStringLiteral("sagemaker"), QStringLiteral("create-notebook-instance"),
             QStringLiteral("--notebook-instance-name"), kName, QStringLiteral("--instance-type"),
             QStringLiteral("ml.t3.medium"), QStringLiteral("--role-arn"), m_endpoint.executionRoleArn()});
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
        ASSERT_TRUE(m_endpoint.waitForStatus(kName, QStringLiteral("InService")))
            << m_endpoint.status(kName).toStdString();
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

    const QString kName = QStringLiteral("lab-notice");
    LocalTestEndpoint m_endpoint;
};

TEST_F(LocalLabNoticeTest, LabUrlSaysJupyterLabIsMissingAndContinuesSignedInToTree)
{
    QUrl url = presignedUrl();
    ASSERT_TRUE(url.isValid());
    url.setPath(url.path() + QStringLiteral("/lab"));
    const Answer notice = plainGet(url);

    ASSERT_EQ(notice.status, 200) << notice.body.toStdString();
    EXPECT_TRUE(notice.body.contains("JupyterLab is not installed locally")) << notice.body.toStdString();
    EXPECT_TRUE(notice.body.contains("classic Jupyter view"));
    const QRegularExpressionMatch refresh =
        QRegularExpression(QStringLiteral(R"re(http-equiv="refresh" content="\d+;url=([^"]+)")re"))
            .match(QString::fromUtf8(notice.body));
    ASSERT_TRUE(refresh.hasMatch()) << notice.body.toStdString();
    const QUrl tree(refresh.captured(1));
    EXPECT_EQ(tree.host(), QStringLiteral("127.0.0.1"));
    EXPECT_EQ(tree.path(), QStringLiteral("/tree"));
    EXPECT_FALSE(tree.hasQuery()) << "no token in the URL the browser moves on to";
    EXPECT_TRUE(notice.body.contains("<a href=\"" + tree.toEncoded() + "\""));
    ASSERT_EQ(notice.cookies.size(), 1);
    EXPECT_TRUE(notice.cookies.first().contains("HttpOnly"));

    // Without the sign-in cookie Jupyter sends the browser to its login page; with it, the tree.
    EXPECT_EQ(plainGet(tree).status, 302);
    const Answer page = plainGet(tree, notice.cookies.first().split(';').first());
    EXPECT_EQ(page.status, 200);
    EXPECT_TRUE(page.body.contains("notebook_list")) << page.body.left(400).toStdString();

    // The link was single use.
    EXPECT_EQ(plainGet(url).status, 403);
}

TEST_F(LocalLabNoticeTest, TreeUrlRedirectsWithoutANotice)
{
    const Answer answer = plainGet(presignedUrl());
    EXPECT_EQ(answer.status, 302);
    EXPECT_TRUE(answer.location.endsWith("/tree")) << answer.location.toStdString();
    EXPECT_FALSE(answer.body.contains("JupyterLab"));
    EXPECT_EQ(answer.cookies.size(), 1);
}

} // namespace
} // namespace SageDesk::Test
