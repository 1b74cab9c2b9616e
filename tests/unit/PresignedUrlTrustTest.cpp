// Issue 15: a client opens only a sign-in URL that leads to the notebook instance itself, and builds
// no host name from a region that is not one.
#include "aws/config/AwsConfig.h"
#include "aws/services/SageMakerClient.h"
#include "support/AwsConfigTestHome.h"

#include <gtest/gtest.h>

#include <QUrl>

using SageDesk::Aws::AwsConfig;
using SageDesk::Aws::SageMakerClient;

namespace {

const QUrl kLocal(QStringLiteral("http://127.0.0.1:43111"));
const QUrl kAws(QStringLiteral("https://api.sagemaker.eu-west-1.amazonaws.com"));

bool trusted(const QString& url, const QUrl& endpoint, const QString& region = QStringLiteral("eu-west-1"))
{
    return SageMakerClient::untrustedPresignedUrl(url, endpoint, region, QStringLiteral("My-Notebook"))
        .isEmpty();
}

TEST(PresignedUrlTrust, ALocalEndpointsUrlMustBeHttpOnLoopback)
{
    EXPECT_TRUE(trusted(QStringLiteral("http://127.0.0.1:43111/notebook/My-Notebook?authToken=abc"), kLocal));
    EXPECT_TRUE(trusted(QStringLiteral("http://[::1]:43111/notebook/My-Notebook?authToken=abc"), kLocal));
    EXPECT_FALSE(
        trusted(QStringLiteral("http://192.0.2.7:43111/notebook/My-Notebook?authToken=abc"), kLocal));
    EXPECT_FALSE(
        trusted(QStringLiteral("http://attacker.example/notebook/My-Notebook?authToken=abc"), kLocal));
    EXPECT_FALSE(trusted(QStringLiteral("file:///etc/passwd"), kLocal));
    EXPECT_FALSE(trusted(QStringLiteral("javascript:alert(1)"), kLocal));
    EXPECT_FALSE(trusted(QStringLiteral("http://user:pw@127.0.0.1:43111/notebook/My-Notebook"), kLocal));
    // A remote endpoint does not get to send the browser to this computer.
    EXPECT_FALSE(trusted(QStringLiteral("http://127.0.0.1:8888/tree?token=abc"), kAws));
}

TEST(PresignedUrlTrust, AnAwsUrlMustBeHttpsOnTheInstancesHost)
{
    EXPECT_TRUE(
        trusted(QStringLiteral("https://my-notebook.notebook.eu-west-1.sagemaker.aws?authToken=abc"), kAws));
    EXPECT_TRUE(trusted(
        QStringLiteral("https://my-notebook-x7k2.notebook.eu-west-1.sagemaker.aws/lab?authToken=a"), kAws));
    EXPECT_TRUE(
        trusted(QStringLiteral("https://my-notebook.notebook.cn-north-1.sagemaker.com.cn?authToken=a"), kAws,
                QStringLiteral("cn-north-1")));
    EXPECT_FALSE(
        trusted(QStringLiteral("http://my-notebook.notebook.eu-west-1.sagemaker.aws?authToken=abc"), kAws));
    EXPECT_FALSE(
        trusted(QStringLiteral("https://other.notebook.eu-west-1.sagemaker.aws?authToken=abc"), kAws));
    EXPECT_FALSE(
        trusted(QStringLiteral("https://my-notebook.notebook.us-east-1.sagemaker.aws?authToken=abc"), kAws));
    EXPECT_FALSE(trusted(
        QStringLiteral("https://my-notebook.notebook.eu-west-1.sagemaker.aws.attacker.example?a=1"), kAws));
    EXPECT_FALSE(trusted(
        QStringLiteral("https://attacker.example/#my-notebook.notebook.eu-west-1.sagemaker.aws"), kAws));
    const QString reason =
        SageMakerClient::untrustedPresignedUrl(QStringLiteral("https://attacker.example/x"), kAws,
                                               QStringLiteral("eu-west-1"), QStringLiteral("My-Notebook"));
    EXPECT_TRUE(reason.contains(QLatin1String("https://attacker.example"))) << reason.toStdString();
}

TEST(PresignedUrlTrust, RegionsAreCheckedBeforeTheyNameAHost)
{
    EXPECT_TRUE(AwsConfig::isValidRegion(QStringLiteral("eu-west-1")));
    EXPECT_TRUE(AwsConfig::isValidRegion(QStringLiteral("us-gov-west-1")));
    for (const QString& bad : {QStringLiteral("attacker.example#"), QStringLiteral("eu-west-1/x"),
                               QStringLiteral("-eu"), QStringLiteral("eu west"), QStringLiteral("a@b")}) {
        EXPECT_FALSE(AwsConfig::isValidRegion(bad)) << bad.toStdString();
        EXPECT_TRUE(AwsConfig::defaultEndpointUrl(QStringLiteral("sagemaker"), bad).isEmpty())
            << bad.toStdString();
    }
}

TEST(PresignedUrlTrust, AConfigFileRegionThatIsNoRegionIsReportedAndNotUsed)
{
    AwsConfigTestHome home;
    home.writeConfig("[default]\nregion = evil.example/#\n");
    const AwsConfig config = AwsConfig::load({}, QProcessEnvironment::systemEnvironment());
    EXPECT_TRUE(config.region().isEmpty());
    ASSERT_FALSE(config.errors().isEmpty());
    EXPECT_TRUE(config.errors().first().problem.contains(QLatin1String("evil.example/#")));
    EXPECT_TRUE(config.endpointUrl(QStringLiteral("sagemaker")).isEmpty());
}

} // namespace
