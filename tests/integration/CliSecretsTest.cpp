// Full sagedesk-cli scenarios with --debug: every request is logged, and no secret key, session token,
// Authorization signature or presigned authToken reaches the log. Every step's exit code is checked,
// so that a step that failed early (and logged nothing secret) cannot pass for one that redacted.
#include "support/CliTestSupport.h"
#include "support/LocalTestEndpoint.h"

#include <gtest/gtest.h>

#include <QRegularExpression>

using SageDesk::Test::CliMoto;
using SageDesk::Test::CliRun;
using SageDesk::Test::kCliSecretAccessKey;
using SageDesk::Test::kCliSessionToken;
using SageDesk::Test::LocalTestEndpoint;

namespace {

struct Step
{
    QStringList arguments;
    int exitCode;
};

std::string show(const QStringList& arguments, const CliRun& run)
{
    return QStringLiteral("sagedesk-cli %1: exit %2\nstdout: %3\nstderr: %4")
        .arg(arguments.join(QLatin1Char(' ')))
        .arg(run.exitCode)
        .arg(run.out, run.err)
        .toStdString();
}

const QRegularExpression kSignature(QStringLiteral("Signature=[0-9a-f]{16}"));
const QRegularExpression kUnredactedToken(QStringLiteral("authToken=(?!\\*\\*\\*\\*)"));

} // namespace

TEST(CliSecrets, DebugScenarioAgainstMotoLeaksNoSecret)
{
    if (const QString reason = CliMoto::unavailableReason(); !reason.isEmpty()) {
        GTEST_SKIP() << reason.toStdString();
    }
    CliMoto moto;
    ASSERT_TRUE(moto.start()) << moto.error().toStdString();
    const QList<Step> scenario{
        {{QStringLiteral("whoami")}, 0},
        {{QStringLiteral("create"), QStringLiteral("cli-secrets"), QStringLiteral("--instance-type"),
          QStringLiteral("ml.t3.medium"), QStringLiteral("--create-role"), QStringLiteral("any")},
         0},
        {{QStringLiteral("list")}, 0},
        {{QStringLiteral("describe"), QStringLiteral("cli-secrets")}, 0},
        {{QStringLiteral("stop"), QStringLiteral("cli-secrets")}, 0},
        {{QStringLiteral("wait"), QStringLiteral("cli-secrets"), QStringLiteral("--until"),
          QStringLiteral("Stopped")},
         0},
        {{QStringLiteral("start"), QStringLiteral("cli-secrets")}, 0},
        {{QStringLiteral("roles")}, 0},
        {{QStringLiteral("create-role"), QStringLiteral("--s3"), QStringLiteral("none")}, 0},
        {{QStringLiteral("buckets")}, 0},
        // A service error is logged too, and must be as clean.
        {{QStringLiteral("describe"), QStringLiteral("no-such-instance")}, 1},
    };
    QString everything;
    for (const Step& step : scenario) {
        const QStringList arguments = QStringList{QStringLiteral("--debug")} + step.arguments;
        const CliRun run = moto.cli(arguments);
        EXPECT_EQ(run.exitCode, step.exitCode) << show(arguments, run);
        everything += run.out + run.err;
    }
    // The log is there, with the credentials' public part and the signed requests.
    EXPECT_TRUE(everything.contains(QLatin1String("X-Amz-Target: SageMaker.CreateNotebookInstance")))
        << everything.toStdString();
    EXPECT_TRUE(everything.contains(QLatin1String("Action=CreateRole"))) << everything.toStdString();
    EXPECT_TRUE(everything.contains(QLatin1String("error: ValidationException"))) << everything.toStdString();

    EXPECT_FALSE(everything.contains(kCliSecretAccessKey));
    EXPECT_FALSE(everything.contains(kCliSessionToken));
    EXPECT_FALSE(everything.contains(kSignature));
}

// moto cannot presign a notebook URL; sagedesk-local can, so the authToken redaction is checked there.
TEST(CliSecrets, DebugUrlAgainstTheLocalEndpointLeaksNoAuthToken)
{
    if (const QString missing = LocalTestEndpoint::missingTools(); !missing.isEmpty()) {
        GTEST_SKIP() << missing.toStdString();
    }
    LocalTestEndpoint endpoint;
    ASSERT_TRUE(endpoint.start()) << endpoint.error().toStdString();
    const QString secretKey = endpoint.environment().value(QStringLiteral("AWS_SECRET_ACCESS_KEY"));
    ASSERT_FALSE(secretKey.isEmpty());
    const auto cli = [&](const QStringList& arguments) {
        QProcess process;
        process.setProcessEnvironment(endpoint.environment());
        process.start(QStringLiteral(SAGEDESK_CLI_PATH), arguments);
        process.waitForFinished(180000);
        return CliRun{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                      QString::fromUtf8(process.readAllStandardOutput()),
                      QString::fromUtf8(process.readAllStandardError())};
    };
    const QList<Step> scenario{
        {{QStringLiteral("create"), QStringLiteral("cli-secrets"), QStringLiteral("--instance-type"),
          QStringLiteral("ml.t3.medium"), QStringLiteral("--create-role"), QStringLiteral("none")},
         0},
        {{QStringLiteral("wait"), QStringLiteral("cli-secrets"), QStringLiteral("--until"),
          QStringLiteral("InService"), QStringLiteral("--timeout"), QStringLiteral("180")},
         0},
        {{QStringLiteral("url"), QStringLiteral("cli-secrets")}, 0},
        {{QStringLiteral("url"), QStringLiteral("cli-secrets"), QStringLiteral("--lab")}, 0},
    };
    QString log;
    QStringList tokens;
    const QRegularExpression token(QStringLiteral("[?&]authToken=([^&\\s]+)"));
    for (const Step& step : scenario) {
        const QStringList arguments = QStringList{QStringLiteral("--debug")} + step.arguments;
        const CliRun run = cli(arguments);
        ASSERT_EQ(run.exitCode, step.exitCode) << show(arguments, run);
        log += run.err;
        EXPECT_FALSE(run.out.contains(secretKey)) << show(arguments, run);
        if (step.arguments.first() == QLatin1String("url")) {
            // The URL itself is what the user asked for: on stdout, with its token.
            const auto match = token.match(run.out);
            ASSERT_TRUE(match.hasMatch()) << show(arguments, run);
            tokens << match.captured(1);
        }
    }
    EXPECT_TRUE(log.contains(QLatin1String("X-Amz-Target: SageMaker.CreatePresignedNotebookInstanceUrl")))
        << log.toStdString();
    for (const QString& value : tokens) {
        EXPECT_FALSE(log.contains(value)) << "the debug log shows the authToken " << value.toStdString();
    }
    EXPECT_FALSE(log.contains(kUnredactedToken)) << log.toStdString();
    EXPECT_FALSE(log.contains(secretKey));
    EXPECT_FALSE(log.contains(kSignature));
}
