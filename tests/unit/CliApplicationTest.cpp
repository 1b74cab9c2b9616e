// CliApplication in-process: what it decides before any request leaves (exit codes 0 and 2).
#include "cli/CliApplication.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QTemporaryDir>

using SageDesk::Cli::CliApplication;

namespace {

struct Outcome
{
    int exitCode;
    QString out;
    QString err;
};

Outcome run(const QStringList& arguments, const QProcessEnvironment& environment)
{
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    CliApplication cli(outStream, errStream, environment);
    const int code = cli.run(arguments);
    return {code, out, err};
}

QProcessEnvironment emptyConfiguration(const QTemporaryDir& home)
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("AWS_CONFIG_FILE"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"),
                       home.filePath(QStringLiteral("credentials")));
    return environment;
}

} // namespace

TEST(CliApplication, HelpAndVersionExitZero)
{
    QTemporaryDir home;
    const auto help = run({QStringLiteral("--help")}, emptyConfiguration(home));
    EXPECT_EQ(help.exitCode, CliApplication::kSuccess);
    EXPECT_TRUE(help.out.contains(QLatin1String("create-lifecycle-config")));
    EXPECT_TRUE(help.err.isEmpty());
    const auto version = run({QStringLiteral("--version")}, emptyConfiguration(home));
    EXPECT_EQ(version.exitCode, CliApplication::kSuccess);
    EXPECT_TRUE(version.out.startsWith(QLatin1String("sagedesk-cli ")));
}

TEST(CliApplication, UsageErrorsGoToStderrWithExitTwo)
{
    QTemporaryDir home;
    const auto missing = run({QStringLiteral("describe")}, emptyConfiguration(home));
    EXPECT_EQ(missing.exitCode, CliApplication::kUsageError);
    EXPECT_EQ(missing.err, QStringLiteral("error: NAME: missing argument of 'describe'\n"));
    EXPECT_TRUE(missing.out.isEmpty());
    const auto badName =
        run({QStringLiteral("stop"), QStringLiteral("my_notebook")}, emptyConfiguration(home));
    EXPECT_EQ(badName.exitCode, CliApplication::kUsageError);
    EXPECT_TRUE(badName.err.startsWith(QLatin1String("error: NAME: NotebookInstanceName: ")))
        << badName.err.toStdString();
    const auto nothing = run({}, emptyConfiguration(home));
    EXPECT_EQ(nothing.exitCode, CliApplication::kUsageError);
    EXPECT_TRUE(nothing.err.contains(QLatin1String("Usage: sagedesk-cli")));
}

TEST(CliApplication, NoRegionAndNoEndpointIsAUsageError)
{
    QTemporaryDir home;
    const auto outcome = run({QStringLiteral("list")}, emptyConfiguration(home));
    EXPECT_EQ(outcome.exitCode, CliApplication::kUsageError);
    EXPECT_TRUE(outcome.err.startsWith(QLatin1String("error: --region: "))) << outcome.err.toStdString();
}

TEST(CliApplication, LifecycleScriptsAreCheckedBeforeSending)
{
    QTemporaryDir home;
    QFile script(home.filePath(QStringLiteral("crlf.sh")));
    ASSERT_TRUE(script.open(QIODevice::WriteOnly));
    script.write("#!/bin/bash\r\necho hi\r\n");
    script.close();
    auto environment = emptyConfiguration(home);
    environment.insert(QStringLiteral("AWS_REGION"), QStringLiteral("us-east-1"));
    const auto outcome = run({QStringLiteral("create-lifecycle-config"), QStringLiteral("lcc"),
                              QStringLiteral("--on-create"), script.fileName()},
                             environment);
    EXPECT_EQ(outcome.exitCode, CliApplication::kUsageError);
    EXPECT_TRUE(
        outcome.err.contains(QLatin1String("--on-create: OnCreate: the script has Windows line endings")))
        << outcome.err.toStdString();
    const auto unreadable = run({QStringLiteral("create-lifecycle-config"), QStringLiteral("lcc"),
                                 QStringLiteral("--on-start"), home.filePath(QStringLiteral("missing.sh"))},
                                environment);
    EXPECT_EQ(unreadable.exitCode, CliApplication::kUsageError);
    EXPECT_TRUE(unreadable.err.startsWith(QLatin1String("error: --on-start: cannot read")))
        << unreadable.err.toStdString();
}
