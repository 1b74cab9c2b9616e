#include "cli/CliParser.h"
#include "cli/CliCommands.h"
#include "cli/CliOutput.h"
#include "cli/CliRequests.h"

#include <gtest/gtest.h>

#include <QJsonDocument>

using namespace SageDesk::Cli;

namespace {

CliParseResult parse(const char* line)
{
    return CliParser::parse(QString::fromUtf8(line).split(QLatin1Char(' '), Qt::SkipEmptyParts));
}

QString createError(const char* line)
{
    const auto parsed = parse(line);
    EXPECT_EQ(parsed.kind, CliParseResult::Kind::Run) << parsed.text.toStdString();
    QString error;
    EXPECT_FALSE(CliRequests::createNotebookInstance(parsed.invocation, &error));
    return error;
}

} // namespace

TEST(CliParser, GlobalOptionsBeforeAndAfterTheCommand)
{
    const auto parsed = parse("--profile dev --region=eu-west-1 --output table list --status InService "
                              "--endpoint-url http://127.0.0.1:1 --debug");
    ASSERT_EQ(parsed.kind, CliParseResult::Kind::Run) << parsed.text.toStdString();
    const auto& invocation = parsed.invocation;
    EXPECT_EQ(invocation.command, QStringLiteral("list"));
    EXPECT_EQ(invocation.global.profile, QStringLiteral("dev"));
    EXPECT_EQ(invocation.global.region, QStringLiteral("eu-west-1"));
    EXPECT_EQ(invocation.global.endpointUrl, QStringLiteral("http://127.0.0.1:1"));
    EXPECT_EQ(invocation.global.output, OutputFormat::Table);
    EXPECT_TRUE(invocation.global.debug);
    EXPECT_EQ(invocation.value(QStringLiteral("status")), QStringLiteral("InService"));
}

TEST(CliParser, RepeatableOptionsKeepEveryValue)
{
    const auto parsed =
        parse("create nb --instance-type ml.t3.medium --role-arn arn:aws:iam::123456789012:role/r "
              "--subnet subnet-1 --security-group sg-1 --security-group sg-2 --tag a=1 --tag b=x=y");
    ASSERT_EQ(parsed.kind, CliParseResult::Kind::Run) << parsed.text.toStdString();
    QString error;
    const auto request = CliRequests::createNotebookInstance(parsed.invocation, &error);
    ASSERT_TRUE(request) << error.toStdString();
    EXPECT_EQ(request->notebookInstanceName, QStringLiteral("nb"));
    EXPECT_EQ(request->securityGroupIds, (QStringList{QStringLiteral("sg-1"), QStringLiteral("sg-2")}));
    ASSERT_EQ(request->tags.size(), 2);
    EXPECT_EQ(request->tags.at(1).key, QStringLiteral("b"));
    EXPECT_EQ(request->tags.at(1).value, QStringLiteral("x=y"));
}

TEST(CliParser, UsageErrorsNameTheOption)
{
    struct Case
    {
        const char* line;
        const char* expected;
    };
    const Case cases[] = {
        {"frobnicate", "'frobnicate' is not a command"},
        {"list --colour red", "--colour: not an option of 'list'"},
        {"describe", "NAME: missing argument of 'describe'"},
        {"describe a b", "'b': unexpected argument of 'describe'"},
        {"--output yaml list", "--output: must be json, table or text"},
        {"list --status", "--status: needs a value"},
        {"url nb --lab=yes", "--lab: takes no value"},
        {"describe nb --profile", "--profile: needs a value"},
        {"create nb --instance-type ml.t3.medium --instance-type ml.t3.large --create-role any",
         "--instance-type: may be given only once"},
    };
    for (const auto& item : cases) {
        const auto parsed = parse(item.line);
        EXPECT_EQ(parsed.kind, CliParseResult::Kind::Usage) << item.line;
        EXPECT_TRUE(parsed.text.contains(QLatin1String(item.expected)))
            << item.line << ": " << parsed.text.toStdString();
    }
    EXPECT_EQ(parse("").kind, CliParseResult::Kind::Usage);
}

TEST(CliParser, HelpPerCommand)
{
    const auto general = parse("--help");
    ASSERT_EQ(general.kind, CliParseResult::Kind::Help);
    for (const auto& spec : CliCommands::all()) {
        EXPECT_TRUE(general.text.contains(spec.name)) << spec.name.toStdString();
    }
    const auto create = parse("create --help");
    ASSERT_EQ(create.kind, CliParseResult::Kind::Help);
    for (const char* option :
         {"--instance-type", "--role-arn", "--create-role", "--volume-size", "--platform",
          "--lifecycle-config", "--root-access", "--subnet", "--security-group", "--direct-internet",
          "--kms-key", "--default-repo", "--tag", "--endpoint-url"}) {
        EXPECT_TRUE(create.text.contains(QLatin1String(option))) << option;
    }
    EXPECT_FALSE(parse("update --help").text.contains(QLatin1String("--subnet")));
    EXPECT_EQ(parse("--version").kind, CliParseResult::Kind::Version);
}

TEST(CliRequests, CreateIsValidatedBeforeSending)
{
    EXPECT_EQ(createError("create nb --instance-type ml.t3.medium"),
              QStringLiteral("--role-arn, --create-role: give exactly one of them"));
    EXPECT_EQ(createError("create nb --create-role any"), QStringLiteral("--instance-type: is required"));
    EXPECT_EQ(createError("create nb --instance-type ml.t3.medium --create-role any --volume-size 2"),
              QStringLiteral("--volume-size: VolumeSizeInGB: must be a whole number of GB from 5 to 16384"));
    EXPECT_EQ(createError("create nb --instance-type ml.t3.medium --create-role any --volume-size big"),
              QStringLiteral("--volume-size: must be a whole number of at least 0"));
    EXPECT_TRUE(createError("create bad_name --instance-type ml.t3.medium --create-role any")
                    .startsWith(QStringLiteral("NAME: NotebookInstanceName: must be 1–63 characters")));
    EXPECT_TRUE(createError("create nb --instance-type ml.t3.medium --role-arn nope")
                    .startsWith(QLatin1String("--role-arn: RoleArn: ")));
    // An instance family the platform cannot run is a warning (the create command prints it), not a refusal.
    const auto unwise = parse("create nb --instance-type ml.p3.2xlarge --create-role any");
    QString error;
    EXPECT_TRUE(CliRequests::createNotebookInstance(unwise.invocation, &error)) << error.toStdString();
    EXPECT_TRUE(
        createError("create nb --instance-type ml.t3.medium --create-role any --direct-internet disabled")
            .startsWith(
                QLatin1String("--direct-internet: DirectInternetAccess: Disabled requires a SubnetId")));
    EXPECT_EQ(createError("create nb --instance-type ml.t3.medium --create-role any --root-access maybe"),
              QStringLiteral("--root-access: must be enabled or disabled"));
    EXPECT_EQ(createError("create nb --instance-type ml.t3.medium --create-role any --tag novalue"),
              QStringLiteral("--tag: must be KEY=VALUE, got 'novalue'"));
}

TEST(CliRequests, CreateMapsOptionsToApiValues)
{
    const auto parsed = parse("create nb --instance-type ml.g5.xlarge --create-role b1,b2 --volume-size 20 "
                              "--platform notebook-al2-v3 --root-access disabled --direct-internet enabled "
                              "--default-repo https://github.com/aws/sagemaker --kms-key alias/k");
    QString error;
    const auto request = CliRequests::createNotebookInstance(parsed.invocation, &error);
    ASSERT_TRUE(request) << error.toStdString();
    EXPECT_TRUE(request->roleArn.isEmpty());
    EXPECT_EQ(request->volumeSizeInGB, 20);
    EXPECT_EQ(request->rootAccess, QStringLiteral("Disabled"));
    EXPECT_EQ(request->directInternetAccess, QStringLiteral("Enabled"));
    EXPECT_EQ(request->platformIdentifier, QStringLiteral("notebook-al2-v3"));
    EXPECT_EQ(request->kmsKeyId, QStringLiteral("alias/k"));
}

TEST(CliRequests, UpdateSendsOnlyWhatWasGiven)
{
    const auto parsed = parse("update nb --volume-size 30 --disassociate-lifecycle-config");
    QString error;
    const auto request = CliRequests::updateNotebookInstance(parsed.invocation, &error);
    ASSERT_TRUE(request) << error.toStdString();
    EXPECT_EQ(request->volumeSizeInGB, 30);
    EXPECT_FALSE(request->instanceType);
    EXPECT_FALSE(request->rootAccess);
    EXPECT_TRUE(request->disassociateLifecycleConfig);
    EXPECT_EQ(parse("update nb --subnet s-1").kind, CliParseResult::Kind::Usage);
}

TEST(CliOutput, JsonUsesApiNamesAndIsoTimes)
{
    SageDesk::NotebookInstance instance;
    instance.notebookInstanceName = QStringLiteral("nb");
    instance.notebookInstanceStatus = SageDesk::NotebookInstanceStatus::Stopped;
    instance.creationTime = QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC);
    const QString text = CliOutput::list(OutputFormat::Json, QStringLiteral("NotebookInstances"),
                                         QJsonArray{instance.toJson()}, {});
    const auto json = QJsonDocument::fromJson(text.toUtf8()).object();
    const auto first = json.value(QStringLiteral("NotebookInstances")).toArray().first().toObject();
    EXPECT_EQ(first.value(QStringLiteral("NotebookInstanceName")).toString(), QStringLiteral("nb"));
    EXPECT_EQ(first.value(QStringLiteral("NotebookInstanceStatus")).toString(), QStringLiteral("Stopped"));
    EXPECT_EQ(first.value(QStringLiteral("CreationTime")).toString(), QStringLiteral("2026-01-01T00:00:00Z"));
}

TEST(CliOutput, TableAlignsColumns)
{
    const QJsonArray rows{QJsonObject{{QStringLiteral("Name"), QStringLiteral("a")},
                                      {QStringLiteral("Status"), QStringLiteral("InService")}},
                          QJsonObject{{QStringLiteral("Name"), QStringLiteral("longer-name")},
                                      {QStringLiteral("Status"), QStringLiteral("Stopped")}}};
    EXPECT_EQ(CliOutput::table(rows, {QStringLiteral("Name"), QStringLiteral("Status")}),
              QStringLiteral("Name         Status\n"
                             "a            InService\n"
                             "longer-name  Stopped\n"));
    EXPECT_EQ(CliOutput::keyValueTable({{QStringLiteral("Account"), QStringLiteral("1")},
                                        {QStringLiteral("Arn"), QStringLiteral("x")}}),
              QStringLiteral("Account  1\nArn      x\n"));
}

// As `aws --output text`: values only, tab-separated; a nested object or array element on a line of its
// own led by the field's name in capitals; a lone value (a presigned URL) bare, for $(...).
TEST(CliOutput, TextPrintsValuesForScripts)
{
    const QJsonArray rows{QJsonObject{{QStringLiteral("Name"), QStringLiteral("a")},
                                      {QStringLiteral("Status"), QStringLiteral("InService")}},
                          QJsonObject{{QStringLiteral("Name"), QStringLiteral("b")}}};
    EXPECT_EQ(CliOutput::list(OutputFormat::Text, QStringLiteral("Items"), rows,
                              {QStringLiteral("Name"), QStringLiteral("Status")}),
              QStringLiteral("a\tInService\nb\t\n"));
    EXPECT_EQ(CliOutput::object(OutputFormat::Text,
                                {{QStringLiteral("AuthorizedUrl"), QStringLiteral("http://x/?t=1")}}),
              QStringLiteral("http://x/?t=1\n"));
    const QJsonObject role{
        {QStringLiteral("ExecutionPolicyArn"), QStringLiteral("arn:p")},
        {QStringLiteral("AttachedPolicyArns"), QJsonArray{QStringLiteral("arn:p"), QStringLiteral("arn:q")}},
        {QStringLiteral("Role"), QJsonObject{{QStringLiteral("Arn"), QStringLiteral("arn:r")},
                                             {QStringLiteral("RoleName"), QStringLiteral("r")}}}};
    EXPECT_EQ(
        CliOutput::object(OutputFormat::Text, role),
        QStringLiteral("arn:p\nATTACHEDPOLICYARNS\tarn:p\nATTACHEDPOLICYARNS\tarn:q\nROLE\tarn:r\tr\n"));
    EXPECT_EQ(CliOutput::object(OutputFormat::Text, {}), QString());
}
