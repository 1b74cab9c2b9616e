// Issue 15: a password in a repository URL stays out of FailureReasons, logs and --debug output;
// repository URLs are https only; HEAD leaves a presigned URL's one sign-in for the person.
#include "support/CliTestSupport.h"
#include "support/LocalEndpointTest.h"
#include "support/LocalRuntimeTestSupport.h"

#include <gtest/gtest.h>

#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>

namespace SageDesk::Test {
namespace {

const QString kPassword = QStringLiteral("s3cr3t-Pa55word");

// Every file under `root` that mentions `text`.
QStringList filesMentioning(const QString& root, const QString& text)
{
    QStringList found;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(text.toUtf8())) {
            found << file.fileName();
        }
    }
    return found;
}

TEST(LocalSecrets, ARepositoryPasswordStaysOutOfTheFailureReasonAndTheLogs)
{
    if (!jupyterInstalled()) {
        GTEST_SKIP() << "jupyter-notebook is not installed";
    }
    QTemporaryDir data;
    RefusingLoopbackPort refusing;
    Local::NotebookRuntime runtime(data.filePath(QStringLiteral("data")));
    RuntimeStatusLog log(runtime);
    Local::NotebookRuntimeSpec spec;
    spec.name = QStringLiteral("nb-secret");
    spec.notebookInstanceArn =
        QStringLiteral("arn:aws:sagemaker:us-east-1:123456789012:notebook-instance/nb-secret");
    spec.firstStart = true;
    spec.codeRepositories = {QStringLiteral("https://alice:%1@127.0.0.1:%2/team/analysis.git")
                                 .arg(kPassword)
                                 .arg(refusing.port())};
    ASSERT_TRUE(runtime.start(spec));
    ASSERT_TRUE(log.waitForSettled(spec.name));
    ASSERT_EQ(log.last(spec.name)->status, NotebookInstanceStatus::Failed);
    const QString reason = log.last(spec.name)->failureReason;
    EXPECT_TRUE(reason.startsWith(
        QStringLiteral("Failed to clone the code repository 'https://alice:****@127.0.0.1")))
        << reason.toStdString();
    EXPECT_FALSE(reason.contains(kPassword)) << reason.toStdString();
    EXPECT_EQ(filesMentioning(data.path(), kPassword), QStringList());
}

class LocalSecretsEndpointTest : public LocalEndpointTest
{
protected:
    void setUpWithEndpoint() override
    {
        m_network.setProxy(QNetworkProxy::NoProxy);
        m_role = m_endpoint.executionRoleArn();
    }

    CliRun cli(const QStringList& arguments) const
    {
        QProcess process;
        process.setProcessEnvironment(m_endpoint.environment());
        process.start(QStringLiteral(SAGEDESK_CLI_PATH), arguments);
        CliRun run;
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            return run;
        }
        run.exitCode = process.exitCode();
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    int status(QNetworkReply* reply)
    {
        EXPECT_TRUE(QTest::qWaitFor([reply] { return reply->isFinished(); }, 20000));
        const int code = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return code;
    }

    QNetworkAccessManager m_network;
    QString m_role;
};

TEST_F(LocalSecretsEndpointTest, DebugOutputAndFailureReasonMaskThePasswordWhileDescribeEchoesTheUrl)
{
    RefusingLoopbackPort refusing;
    const QString url =
        QStringLiteral("https://alice:%1@127.0.0.1:%2/r.git").arg(kPassword).arg(refusing.port());
    CliRun run = cli({QStringLiteral("--debug"), QStringLiteral("create"), QStringLiteral("nb-secret"),
                      QStringLiteral("--instance-type"), QStringLiteral("ml.t3.medium"),
                      QStringLiteral("--role-arn"), m_role, QStringLiteral("--default-repo"), url});
    ASSERT_EQ(run.exitCode, 0) << show(run);
    EXPECT_TRUE(run.err.contains(QLatin1String("debug: "))) << show(run);
    EXPECT_FALSE(run.err.contains(kPassword)) << show(run);
    ASSERT_TRUE(m_endpoint.waitForStatus(QStringLiteral("nb-secret"), QStringLiteral("Failed")));

    const auto described =
        m_endpoint.aws({QStringLiteral("sagemaker"), QStringLiteral("describe-notebook-instance"),
                        QStringLiteral("--notebook-instance-name"), QStringLiteral("nb-secret")});
    ASSERT_EQ(described.exitCode, 0) << described.err.toStdString();
    const QJsonObject instance = QJsonDocument::fromJson(described.out.toUtf8()).object();
    EXPECT_EQ(instance.value(QLatin1String("DefaultCodeRepository")).toString(), url);
    EXPECT_FALSE(instance.value(QLatin1String("FailureReason")).toString().contains(kPassword))
        << described.out.toStdString();

    run = cli({QStringLiteral("--debug"), QStringLiteral("describe"), QStringLiteral("nb-secret")});
    EXPECT_FALSE(run.err.contains(kPassword)) << show(run);
    EXPECT_EQ(filesMentioning(m_endpoint.dataDir() + QStringLiteral("/instances"), kPassword), QStringList());
}

TEST_F(LocalSecretsEndpointTest, CodeRepositoryUrlsMustBeHttps)
{
    for (const QString& url :
         {QStringLiteral("file:///etc"), QStringLiteral("/srv/git/repo"),
          QStringLiteral("http://git.example.com/r.git"), QStringLiteral("ext::sh -c id")}) {
        const auto run =
            m_endpoint.aws({QStringLiteral("sagemaker"), QStringLiteral("create-code-repository"),
                            QStringLiteral("--code-repository-name"), QStringLiteral("bad"),
                            QStringLiteral("--git-config"), QStringLiteral("RepositoryUrl=") + url});
        EXPECT_NE(run.exitCode, 0) << url.toStdString();
        EXPECT_TRUE(run.err.contains(QLatin1String("ValidationException"))) << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(QLatin1String("gitConfig.repositoryUrl"))) << run.err.toStdString();
    }
    const auto run = m_endpoint.aws({QStringLiteral("sagemaker"), QStringLiteral("create-code-repository"),
                                     QStringLiteral("--code-repository-name"), QStringLiteral("good"),
                                     QStringLiteral("--git-config"),
                                     QStringLiteral("RepositoryUrl=https://git.example.com/r.git")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
}

TEST_F(LocalSecretsEndpointTest, HeadDoesNotSpendAPresignedSignIn)
{
    const QString name = QStringLiteral("nb-head");
    auto run =
        m_endpoint.aws({QStringLiteral("sagemaker"), QStringLiteral("create-notebook-instance"),
                        QStringLiteral("--notebook-instance-name"), name, QStringLiteral("--instance-type"),
                        QStringLiteral("ml.t3.medium"), QStringLiteral("--role-arn"), m_role});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    ASSERT_TRUE(m_endpoint.waitForStatus(name, QStringLiteral("InService")))
        << m_endpoint.status(name).toStdString();
    run =
        m_endpoint.aws({QStringLiteral("sagemaker"), QStringLiteral("create-presigned-notebook-instance-url"),
                        QStringLiteral("--notebook-instance-name"), name});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QUrl url(
        QJsonDocument::fromJson(run.out.toUtf8()).object().value(QLatin1String("AuthorizedUrl")).toString());
    ASSERT_TRUE(url.isValid()) << run.out.toStdString();

    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    EXPECT_EQ(status(m_network.head(request)), 200);
    EXPECT_EQ(status(m_network.head(request)), 200);
    // The sign-in is still there for the person, once.
    EXPECT_EQ(status(m_network.get(request)), 302);
    EXPECT_EQ(status(m_network.get(request)), 403);
    EXPECT_EQ(status(m_network.head(request)), 403);
}

} // namespace
} // namespace SageDesk::Test
