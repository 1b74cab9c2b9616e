// A full sagedesk-cli scenario with --debug: every request is logged, and no secret key, session
// token or Authorization signature reaches stdout or stderr.
#include "support/CliTestSupport.h"

#include <gtest/gtest.h>

#include <QRegularExpression>

using SageDesk::Test::CliMoto;
using SageDesk::Test::CliRun;
using SageDesk::Test::kCliSecretAccessKey;
using SageDesk::Test::kCliSessionToken;

TEST(CliSecrets, DebugScenarioLeaksNoSecret)
{
    if (const QString reason = CliMoto::unavailableReason(); !reason.isEmpty()) {
        GTEST_SKIP() << reason.toStdString();
    }
    CliMoto moto;
    ASSERT_TRUE(moto.start()) << moto.error().toStdString();
    const QList<QStringList> scenario{
        {QStringLiteral("whoami")},
        {QStringLiteral("create"), QStringLiteral("cli-secrets"), QStringLiteral("--instance-type"),
         QStringLiteral("ml.t3.medium"), QStringLiteral("--create-role"), QStringLiteral("any")},
        {QStringLiteral("list")},
        {QStringLiteral("describe"), QStringLiteral("cli-secrets")},
        {QStringLiteral("stop"), QStringLiteral("cli-secrets")},
        {QStringLiteral("wait"), QStringLiteral("cli-secrets"), QStringLiteral("--until"),
         QStringLiteral("Stopped")},
        {QStringLiteral("start"), QStringLiteral("cli-secrets")},
        {QStringLiteral("roles")},
        {QStringLiteral("create-role"), QStringLiteral("--s3"), QStringLiteral("none")},
        {QStringLiteral("buckets")},
        {QStringLiteral("url"), QStringLiteral("cli-secrets")},
        {QStringLiteral("describe"), QStringLiteral("no-such-instance")},
    };
    QString everything;
    for (const QStringList& command : scenario) {
        const CliRun run = moto.cli(QStringList{QStringLiteral("--debug")} + command);
        everything += run.out + run.err;
    }
    // The log is there, with the credentials' public part and the signed requests.
    EXPECT_TRUE(everything.contains(QLatin1String("X-Amz-Target: SageMaker.CreateNotebookInstance")))
        << everything.toStdString();
    EXPECT_TRUE(everything.contains(QLatin1String("Action=CreateRole"))) << everything.toStdString();
    EXPECT_TRUE(everything.contains(QLatin1String("error: ValidationException"))) << everything.toStdString();

    EXPECT_FALSE(everything.contains(kCliSecretAccessKey));
    EXPECT_FALSE(everything.contains(kCliSessionToken));
    EXPECT_FALSE(everything.contains(QRegularExpression(QStringLiteral("Signature=[0-9a-f]{16}"))));
    EXPECT_FALSE(everything.contains(QRegularExpression(QStringLiteral("authToken=(?!\\*\\*\\*\\*)"))));
}
