// The one JupyterLab address of a presigned URL, as the console's "Open JupyterLab" and
// `sagedesk-cli url --lab` both use it.
#include "aws/services/SageMakerClient.h"

#include <gtest/gtest.h>

using SageDesk::Aws::SageMakerClient;

TEST(JupyterLabUrl, InsertsLabBeforeTheQueryOfAnAwsUrl)
{
    EXPECT_EQ(SageMakerClient::jupyterLabUrl(
                  QStringLiteral("https://nb-abc1.notebook.eu-west-1.sagemaker.aws?authToken=secret")),
              QStringLiteral("https://nb-abc1.notebook.eu-west-1.sagemaker.aws/lab?authToken=secret"));
}

TEST(JupyterLabUrl, AppendsToAPathWithoutDoublingTheSlash)
{
    // sagedesk-local's form: the instance's Jupyter behind a path.
    EXPECT_EQ(SageMakerClient::jupyterLabUrl(QStringLiteral("http://127.0.0.1:9/notebook/nb/?token=t")),
              QStringLiteral("http://127.0.0.1:9/notebook/nb/lab?token=t"));
    EXPECT_EQ(SageMakerClient::jupyterLabUrl(QStringLiteral("http://127.0.0.1:9/notebook/nb?token=t")),
              QStringLiteral("http://127.0.0.1:9/notebook/nb/lab?token=t"));
}

TEST(JupyterLabUrl, LeavesTheTokenByteForByte)
{
    // A token is opaque: re-encoding any of it would make the sign-in fail.
    const QString query = QStringLiteral("?authToken=eyJh%2Bb%2F%3D.x_y-z&x=%7E");
    EXPECT_EQ(SageMakerClient::jupyterLabUrl(QStringLiteral("https://h.example") + query),
              QStringLiteral("https://h.example/lab") + query);
}

TEST(JupyterLabUrl, WithoutAQuery)
{
    EXPECT_EQ(SageMakerClient::jupyterLabUrl(QStringLiteral("https://h.example/")),
              QStringLiteral("https://h.example/lab"));
}
