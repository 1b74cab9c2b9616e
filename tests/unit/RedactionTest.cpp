#include "core/Redaction.h"

#include <gtest/gtest.h>

#include <QStringList>

using SageDesk::Redaction::redact;

namespace {
const QString kSecret = QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
const QString kToken = QStringLiteral("IQoJb3JpZ2luX2VjEXAMPLETOKEN");
} // namespace

TEST(Redaction, MasksEverySecretShape)
{
    const QStringList samples{
        QStringLiteral("Authorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/"
                       "aws4_request, SignedHeaders=host;x-amz-date, "
                       "Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7"),
        QStringLiteral("X-Amz-Security-Token: %1").arg(kToken),
        QStringLiteral("{\"SecretAccessKey\": \"%1\", \"SessionToken\":\"%2\"}").arg(kSecret, kToken),
        QStringLiteral("<SecretAccessKey>%1</SecretAccessKey><SessionToken>%2</SessionToken>")
            .arg(kSecret, kToken),
        QStringLiteral("aws_secret_access_key = %1\naws_session_token=%2").arg(kSecret, kToken),
        QStringLiteral("https://x.notebook.us-east-1.sagemaker.aws?authToken=%1").arg(kToken),
        QStringLiteral("http://127.0.0.1:8888/tree?token=%1").arg(kToken),
        QStringLiteral("Authorization: token %1").arg(kToken),
        QStringLiteral("jupyter notebook --NotebookApp.token=%1 --port 1").arg(kToken),
        QStringLiteral("X-Amz-Signature=abcdef0123&X-Amz-Security-Token=%1").arg(kToken),
        QStringLiteral("{\"accessToken\": \"%1\"}").arg(kToken),
    };
    for (const QString& sample : samples) {
        const QString out = redact(sample);
        EXPECT_FALSE(out.contains(kSecret)) << out.toStdString();
        EXPECT_FALSE(out.contains(kToken)) << out.toStdString();
        EXPECT_FALSE(out.contains(QStringLiteral("5d672d79c15b"))) << out.toStdString();
        EXPECT_TRUE(out.contains(QLatin1String(SageDesk::Redaction::kMask))) << out.toStdString();
    }
}

TEST(Redaction, KeepsWhatIsNotSecret)
{
    const QString text = QStringLiteral("Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request "
                                        "NotebookInstanceName=my-notebook Status=InService");
    EXPECT_EQ(redact(text), text);
    EXPECT_EQ(redact(QByteArray("plain bytes")), QByteArray("plain bytes"));
}

// Issue 15: what --debug, FailureReasons and the cache must not show either.
TEST(Redaction, MasksRepositoryPasswordsMfaCodesAndCookies)
{
    const QString password = QStringLiteral("s3cr3t-Pa55");
    const QString mfa = QStringLiteral("918273");
    const QString cookie = QStringLiteral("username-127-0-0-1-8888=2|1:0|10:1700000000|secretvalue");
    const QStringList samples{
        QStringLiteral("Failed to clone the code repository 'https://alice:%1@git.example.com/r.git': x")
            .arg(password),
        QStringLiteral("{\"RepositoryUrl\": \"https://alice:%1@git.example.com/r.git\"}").arg(password),
        QStringLiteral("Action=AssumeRole&RoleArn=arn&SerialNumber=arn:mfa&TokenCode=%1&Version=2011-06-15")
            .arg(mfa),
        QStringLiteral("TokenCode=%1&Action=AssumeRole").arg(mfa),
        QStringLiteral("{\"TokenCode\": \"%1\"}").arg(mfa),
        QStringLiteral("POST /\n  Cookie: %1\n  Host: x").arg(cookie),
        QStringLiteral("response 302\n  Set-Cookie: %1; Path=/").arg(cookie),
        QStringLiteral("x-amz-sso_bearer_token: %1").arg(kToken),
        QStringLiteral("Authorization: Bearer %1").arg(kToken),
    };
    for (const QString& sample : samples) {
        const QString masked = redact(sample);
        EXPECT_FALSE(masked.contains(password)) << masked.toStdString();
        EXPECT_FALSE(masked.contains(mfa)) << masked.toStdString();
        EXPECT_FALSE(masked.contains(QLatin1String("secretvalue"))) << masked.toStdString();
        EXPECT_FALSE(masked.contains(kToken)) << masked.toStdString();
        EXPECT_TRUE(masked.contains(QLatin1String(SageDesk::Redaction::kMask))) << masked.toStdString();
    }
    // The user and host of a repository URL stay readable.
    EXPECT_EQ(redact(QStringLiteral("https://alice:%1@git.example.com/r.git").arg(password)),
              QStringLiteral("https://alice:****@git.example.com/r.git"));
    EXPECT_EQ(redact(QStringLiteral("https://git.example.com:443/r.git")),
              QStringLiteral("https://git.example.com:443/r.git"));
}
