// sagedesk-cli as scripts use it, run as a process against moto_server.
#include "support/CliTestSupport.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using SageDesk::Test::CliRun;

namespace {

const QString kRoleArn = QStringLiteral("arn:aws:iam::123456789012:role/service-role/CliTestRole");

class CliEndToEnd : public SageDesk::Test::CliMotoSuite
{
protected:
    static CliRun cli(const QStringList& arguments) { return s_moto->cli(arguments); }
    static CliRun cli(const char* line)
    {
        return cli(QString::fromUtf8(line).split(QLatin1Char(' '), Qt::SkipEmptyParts));
    }

    static QStringList names(const CliRun& run)
    {
        QStringList result;
        for (const auto& item : run.json()[QLatin1String("NotebookInstances")].toArray()) {
            result.append(item[QLatin1String("NotebookInstanceName")].toString());
        }
        return result;
    }
};

::testing::AssertionResult exited(const CliRun& run, int code)
{
    if (run.exitCode == code) {
        return ::testing::AssertionSuccess();
    }
    return ::testing::AssertionFailure()
           << "exit code " << run.exitCode << " instead of " << code << "\nstdout: " << run.out.toStdString()
           << "\nstderr: " << run.err.toStdString();
}

// Evaluates `run` once: each evaluation runs the CLI.
#define EXPECT_RUN(run, code) EXPECT_TRUE(exited((run), (code)))

} // namespace

TEST_F(CliEndToEnd, Whoami)
{
    const auto run = cli("whoami");
    EXPECT_RUN(run, 0);
    EXPECT_EQ(run.json()[QLatin1String("Account")].toString(), QStringLiteral("123456789012"));
    EXPECT_EQ(run.json()[QLatin1String("Region")].toString(), QStringLiteral("us-east-1"));
    const auto table = cli("--output table whoami");
    EXPECT_RUN(table, 0);
    EXPECT_TRUE(table.out.contains(
        QRegularExpression(QStringLiteral("^Account\\s+123456789012$"), QRegularExpression::MultilineOption)))
        << table.out.toStdString();
}

TEST_F(CliEndToEnd, InstanceLifecycle)
{
    auto run = cli(QStringList{QStringLiteral("create"), QStringLiteral("cli-life"),
                               QStringLiteral("--instance-type"), QStringLiteral("ml.t3.medium"),
                               QStringLiteral("--role-arn"), kRoleArn, QStringLiteral("--volume-size"),
                               QStringLiteral("10"), QStringLiteral("--tag"), QStringLiteral("team=ml")});
    EXPECT_RUN(run, 0);
    EXPECT_TRUE(
        run.json()[QLatin1String("NotebookInstanceArn")].toString().endsWith(QLatin1String("/cli-life")));

    run = cli("describe cli-life");
    EXPECT_RUN(run, 0);
    EXPECT_EQ(run.json()[QLatin1String("InstanceType")].toString(), QStringLiteral("ml.t3.medium"));
    EXPECT_EQ(run.json()[QLatin1String("VolumeSizeInGB")].toInt(), 10);
    EXPECT_EQ(run.json()[QLatin1String("RoleArn")].toString(), kRoleArn);

    run = cli("list --name-contains cli-life");
    EXPECT_RUN(run, 0);
    EXPECT_EQ(names(run), QStringList{QStringLiteral("cli-life")});
    EXPECT_TRUE(cli("list --name-contains cli-life --status Stopped")
                    .json()[QLatin1String("NotebookInstances")]
                    .toArray()
                    .isEmpty());
    run = cli("--output table list --name-contains cli-life");
    EXPECT_RUN(run, 0);
    EXPECT_TRUE(run.out.startsWith(QLatin1String("NotebookInstanceName"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QLatin1String("InService"))) << run.out.toStdString();

    // AWS refuses to delete a running instance; the CLI reports it as a service error.
    run = cli("delete cli-life");
    EXPECT_RUN(run, 1);
    EXPECT_TRUE(run.err.startsWith(QLatin1String("error: ValidationException: Status (InService) not in "
                                                 "([Stopped, Failed])")))
        << run.err.toStdString();

    EXPECT_RUN(cli("stop cli-life"), 0);
    EXPECT_RUN(cli("wait cli-life --until Stopped --timeout 30"), 0);
    EXPECT_RUN(cli("start cli-life"), 0);
    EXPECT_RUN(cli("wait cli-life --until InService --timeout 30"), 0);
    EXPECT_RUN(cli("stop cli-life"), 0);
    EXPECT_RUN(cli("delete cli-life"), 0);
    EXPECT_RUN(cli("wait cli-life --until Deleted --timeout 30"), 0);

    run = cli("describe cli-life");
    EXPECT_RUN(run, 1);
    EXPECT_TRUE(
        QRegularExpression(QStringLiteral("^error: ValidationException: .+( \\(request id \\S+\\))?\\n$"))
            .match(run.err)
            .hasMatch())
        << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty());
}

TEST_F(CliEndToEnd, UsageErrorsExitTwoAndSendNothing)
{
    auto run = cli("create cli-usage --instance-type ml.t3.medium");
    EXPECT_RUN(run, 2);
    EXPECT_TRUE(run.err.contains(QLatin1String("--role-arn"))) << run.err.toStdString();
    run = cli(QStringList{QStringLiteral("create"), QStringLiteral("cli-usage"),
                          QStringLiteral("--instance-type"), QStringLiteral("ml.t3.medium"),
                          QStringLiteral("--role-arn"), kRoleArn, QStringLiteral("--security-group"),
                          QStringLiteral("sg-1")});
    // Unwise, not invalid: a warning on stderr, then the service's own refusal (exit 1).
    EXPECT_RUN(run, 1);
    EXPECT_TRUE(run.err.startsWith(QLatin1String("warning: SecurityGroupIds: need a SubnetId")))
        << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QLatin1String("error: ValidationException"))) << run.err.toStdString();
    EXPECT_RUN(cli("list --sort-by Size"), 2);
    EXPECT_RUN(cli("wait cli-usage --until Running"), 2);
    EXPECT_RUN(cli("frobnicate"), 2);
    EXPECT_TRUE(names(cli("list --name-contains cli-usage")).isEmpty());
    run = cli("describe --help");
    EXPECT_RUN(run, 0);
    EXPECT_TRUE(run.out.contains(QLatin1String("sagedesk-cli [options] describe NAME")));
}

TEST_F(CliEndToEnd, CreateWithNewRoleAndListRoles)
{
    auto run = cli("create cli-newrole --instance-type ml.t3.medium --create-role any");
    EXPECT_RUN(run, 0);
    const QString roleArn = run.json()[QLatin1String("RoleArn")].toString();
    EXPECT_TRUE(roleArn.contains(QLatin1String(":role/service-role/AmazonSageMaker-ExecutionRole-")))
        << roleArn.toStdString();
    EXPECT_EQ(cli("describe cli-newrole").json()[QLatin1String("RoleArn")].toString(), roleArn);

    // Role names carry the time to the second, as the console's do: the next one needs a new second.
    const qint64 second = QDateTime::currentSecsSinceEpoch();
    ASSERT_TRUE(QTest::qWaitFor([second] { return QDateTime::currentSecsSinceEpoch() != second; }, 5000));
    run = cli("create-role --s3 cli-bucket-1,cli-bucket-2");
    EXPECT_RUN(run, 0);
    // A JSON object, as every command prints: the role, its execution policy and what is attached.
    const QString secondArn = run.json()[QLatin1String("Role")][QLatin1String("Arn")].toString();
    EXPECT_TRUE(run.json()[QLatin1String("ExecutionPolicyArn")].toString().contains(
        QLatin1String(":policy/service-role/AmazonSageMaker-ExecutionPolicy-")))
        << run.out.toStdString();
    EXPECT_EQ(run.json()[QLatin1String("AttachedPolicyArns")].toArray().size(), 2) << run.out.toStdString();
    EXPECT_TRUE(secondArn.startsWith(QLatin1String("arn:aws:iam::123456789012:role/service-role/")))
        << run.out.toStdString();

    run = cli("roles");
    EXPECT_RUN(run, 0);
    QStringList arns;
    for (const auto& role : run.json()[QLatin1String("Roles")].toArray()) {
        arns.append(role[QLatin1String("Arn")].toString());
    }
    EXPECT_TRUE(arns.contains(roleArn)) << run.out.toStdString();
    EXPECT_TRUE(arns.contains(secondArn)) << run.out.toStdString();

    run = cli("create-role --s3 Not_A_Bucket");
    EXPECT_RUN(run, 2);
    EXPECT_TRUE(run.err.contains(QLatin1String("--s3: BucketName: "))) << run.err.toStdString();
}

TEST_F(CliEndToEnd, Buckets)
{
    s_moto->boto3(QStringLiteral("s3.create_bucket(Bucket='cli-listed-bucket')\nprint('{}')\n"));
    const auto run = cli("buckets");
    EXPECT_RUN(run, 0);
    QStringList buckets;
    for (const auto& bucket : run.json()[QLatin1String("Buckets")].toArray()) {
        buckets.append(bucket[QLatin1String("Name")].toString());
    }
    EXPECT_TRUE(buckets.contains(QStringLiteral("cli-listed-bucket"))) << run.out.toStdString();
}

TEST_F(CliEndToEnd, LifecycleConfigs)
{
    QTemporaryDir dir;
    const QString unixScript = dir.filePath(QStringLiteral("on-start.sh"));
    const QString windowsScript = dir.filePath(QStringLiteral("on-start-crlf.sh"));
    for (const auto& [path, content] :
         {std::pair{unixScript, QByteArray("#!/bin/bash\necho started\n")},
          std::pair{windowsScript, QByteArray("#!/bin/bash\r\necho started\r\n")}}) {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    auto run = cli(QStringList{QStringLiteral("create-lifecycle-config"), QStringLiteral("cli-crlf"),
                               QStringLiteral("--on-start"), windowsScript});
    EXPECT_RUN(run, 2);
    EXPECT_TRUE(run.err.contains(QLatin1String("^M: bad interpreter"))) << run.err.toStdString();

    run = cli(QStringList{QStringLiteral("create-lifecycle-config"), QStringLiteral("cli-lcc"),
                          QStringLiteral("--on-start"), unixScript});
    EXPECT_RUN(run, 0);
    EXPECT_TRUE(run.json()[QLatin1String("NotebookInstanceLifecycleConfigArn")].toString().contains(
        QLatin1String("cli-lcc")));
    const auto stored = s_moto->boto3(QStringLiteral(
        "import base64\n"
        "c = sm.describe_notebook_instance_lifecycle_config(NotebookInstanceLifecycleConfigName='cli-lcc')\n"
        "print(json.dumps({'OnStart': base64.b64decode(c['OnStart'][0]['Content']).decode()}))\n"));
    EXPECT_EQ(stored[QLatin1String("OnStart")].toString(), QStringLiteral("#!/bin/bash\necho started\n"));

    // moto has no ListNotebookInstanceLifecycleConfigs: CliLocalEndpoint lists them.
}

TEST_F(CliEndToEnd, FailedCreateRemovesTheNewRole)
{
    // Roles and customer policies under /service-role/, as IAM has them.
    const auto iamCounts = [] {
        return s_moto->boto3(QStringLiteral(
            "print(json.dumps({'roles': len(iam.list_roles(PathPrefix='/service-role/')['Roles']),\n"
            "  'policies': len(iam.list_policies(Scope='Local', "
            "PathPrefix='/service-role/')['Policies'])}))\n"));
    };
    EXPECT_RUN(cli(QStringList{QStringLiteral("create"), QStringLiteral("cli-dup"),
                               QStringLiteral("--instance-type"), QStringLiteral("ml.t3.medium"),
                               QStringLiteral("--role-arn"), kRoleArn}),
               0);
    const QJsonValue before = iamCounts();
    ASSERT_TRUE(before[QLatin1String("roles")].isDouble());
    const auto run = cli("create cli-dup --instance-type ml.t3.medium --create-role any");
    EXPECT_RUN(run, 1);
    EXPECT_TRUE(run.err.startsWith(QLatin1String("error: ValidationException: Cannot create a duplicate")))
        << run.err.toStdString();
    EXPECT_EQ(iamCounts(), before);
}

TEST_F(CliEndToEnd, RoleProfileWithMfaAsksForTheCodeOnTheTerminal)
{
    s_moto->writeConfig("[profile source]\n"
                        "aws_access_key_id = AKIDSOURCEEXAMPLE001\n"
                        "aws_secret_access_key = sourceSecret\n"
                        "[profile analyst]\n"
                        "role_arn = arn:aws:iam::123456789012:role/Analyst\n"
                        "source_profile = source\n"
                        "mfa_serial = arn:aws:iam::123456789012:mfa/ada\n"
                        "role_session_name = ada-session\n");
    const auto run = s_moto->cli(
        {QStringLiteral("--profile"), QStringLiteral("analyst"), QStringLiteral("whoami")}, "123456\n");
    EXPECT_RUN(run, 0);
    EXPECT_TRUE(run.err.contains(QStringLiteral("Enter MFA code for arn:aws:iam::123456789012:mfa/ada")))
        << run.err.toStdString();
    EXPECT_EQ(run.json()[QLatin1String("Arn")].toString(),
              QStringLiteral("arn:aws:sts::123456789012:assumed-role/Analyst/ada-session"));

    const auto unanswered =
        s_moto->cli({QStringLiteral("--profile"), QStringLiteral("analyst"), QStringLiteral("whoami")});
    EXPECT_RUN(unanswered, 1);
    EXPECT_TRUE(unanswered.err.contains(QStringLiteral("No MFA code was entered for profile analyst")))
        << unanswered.err.toStdString();
    s_moto->writeConfig({});
}
