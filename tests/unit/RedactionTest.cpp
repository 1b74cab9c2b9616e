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
