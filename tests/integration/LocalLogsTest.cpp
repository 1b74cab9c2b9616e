// A lifecycle script that prints lines and fails, read back through sagedesk-local's CloudWatch Logs
// API: the same lines, in order, through LogsClient, Debian's aws CLI, boto3's logs client and
// `sagedesk-cli logs`; a stream that does not exist yet reads as "no log yet".
#include "aws/services/LogsClient.h"
#include "aws/services/NotebookInstanceLogs.h"
#include "aws/services/SageMakerClient.h"
#include "support/LocalEndpointTest.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>

using namespace SageDesk;
using namespace SageDesk::Aws;

namespace {

const QString kGroup = NotebookInstanceLogs::kLogGroupName;
const QStringList kLines{
    QStringLiteral("installing step one"), QStringLiteral("installing step two"),
    QStringLiteral("ls: cannot access '/sagedesk-missing-folder': No such file or directory")};

class LocalLogs : public Test::LocalContextTest
{
protected:
    // Creates `name` with an OnStart script that prints kLines (the last from a failing command) and
    // waits until it has failed.
    void createFailingInstance(const QString& name)
    {
        NotebookInstanceLifecycleConfig config;
        config.notebookInstanceLifecycleConfigName = name + QStringLiteral("-config");
        config.onStart = "#!/bin/bash\nset -e\necho 'installing step one'\necho 'installing step two'\n"
                         "ls /sagedesk-missing-folder\necho 'never printed'\n";
        SageMakerClient sageMaker(m_context.get());
        const auto created = sageMaker.createNotebookInstanceLifecycleConfig(config).wait();
        ASSERT_TRUE(created.ok()) << created.error().toDisplayString().toStdString();
        CreateNotebookInstanceRequest request;
        request.notebookInstanceName = name;
        request.instanceType = QStringLiteral("ml.t3.medium");
        request.roleArn = m_endpoint.executionRoleArn();
        request.lifecycleConfigName = config.notebookInstanceLifecycleConfigName;
        const auto instance = sageMaker.createNotebookInstance(request).wait();
        ASSERT_TRUE(instance.ok()) << instance.error().toDisplayString().toStdString();
        ASSERT_TRUE(m_endpoint.waitForStatus(name, QStringLiteral("Failed")));
    }

    GetLogEventsRequest streamRequest(const QString& name, NotebookInstanceLogs::Script script) const
    {
        GetLogEventsRequest request;
        request.logGroupName = kGroup;
        request.logStreamName = NotebookInstanceLogs::logStreamName(name, script);
        request.startFromHead = true;
        return request;
    }

    static QStringList messagesOf(const QList<OutputLogEvent>& events)
    {
        QStringList messages;
        for (const OutputLogEvent& event : events) {
            messages << event.message;
        }
        return messages;
    }
};

} // namespace

TEST_F(LocalLogs, AFailingScriptsLinesArriveInOrderThroughEveryClient)
{
    LogsClient logs(m_context.get());
    // Before any instance ran there is no group yet, as on a fresh AWS account.
    const auto noGroup =
        logs.getLogEvents(streamRequest(QStringLiteral("nb"), NotebookInstanceLogs::Script::OnStart)).wait();
    ASSERT_FALSE(noGroup.ok());
    EXPECT_EQ(noGroup.error().code, QStringLiteral("ResourceNotFoundException"));
    EXPECT_EQ(noGroup.error().message, QStringLiteral("The specified log group does not exist."));
    EXPECT_TRUE(noGroup.error().isNotFound());

    const QString name = QStringLiteral("logs-nb");
    ASSERT_NO_FATAL_FAILURE(createFailingInstance(name));

    // LogsClient, every page.
    const auto events =
        logs.getAllLogEvents(streamRequest(name, NotebookInstanceLogs::Script::OnStart)).wait();
    ASSERT_TRUE(events.ok()) << events.error().toDisplayString().toStdString();
    EXPECT_EQ(messagesOf(events.value()), kLines);
    for (qsizetype i = 1; i < events->size(); ++i) {
        EXPECT_LE(events->at(i - 1).timestamp, events->at(i).timestamp);
    }

    // A stream the instance never wrote (no OnCreate script): "no log yet", as AWS says it.
    const auto missing =
        logs.getLogEvents(streamRequest(name, NotebookInstanceLogs::Script::OnCreate)).wait();
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, QStringLiteral("ResourceNotFoundException"));
    EXPECT_EQ(missing.error().message, QStringLiteral("The specified log stream does not exist."));

    // Debian's aws CLI, unchanged.
    const auto cli = m_endpoint.aws(
        {QStringLiteral("logs"), QStringLiteral("get-log-events"), QStringLiteral("--log-group-name"), kGroup,
         QStringLiteral("--log-stream-name"), name + QStringLiteral("/LifecycleConfigOnStart"),
         QStringLiteral("--start-from-head")});
    ASSERT_EQ(cli.exitCode, 0) << cli.err.toStdString();
    QStringList cliMessages;
    for (const QJsonValue& event :
         QJsonDocument::fromJson(cli.out.toUtf8()).object().value(QStringLiteral("events")).toArray()) {
        cliMessages << event.toObject().value(QStringLiteral("message")).toString();
    }
    EXPECT_EQ(cliMessages, kLines);
    const auto streams = m_endpoint.aws({QStringLiteral("logs"), QStringLiteral("describe-log-streams"),
                                         QStringLiteral("--log-group-name"), kGroup,
                                         QStringLiteral("--log-stream-name-prefix"), name + u'/'});
    ASSERT_EQ(streams.exitCode, 0) << streams.err.toStdString();
    EXPECT_TRUE(streams.out.contains(name + QStringLiteral("/LifecycleConfigOnStart")))
        << streams.out.toStdString();

    // boto3's logs client, unchanged: paging with limit=2 through the forward tokens, and a filter.
    const auto boto = m_endpoint.python(
        {QStringLiteral("-c"),
         QStringLiteral(
             "import boto3, json, os, sys\n"
             "logs = boto3.client('logs', endpoint_url=os.environ['AWS_ENDPOINT_URL'])\n"
             "args = dict(logGroupName='%1', logStreamName='%2/LifecycleConfigOnStart', limit=2)\n"
             "page = logs.get_log_events(startFromHead=True, **args)\n"
             "lines = [e['message'] for e in page['events']]\n"
             "while True:\n"
             "    token = page['nextForwardToken']\n"
             "    page = logs.get_log_events(nextToken=token, **args)\n"
             "    lines += [e['message'] for e in page['events']]\n"
             "    if page['nextForwardToken'] == token: break\n"
             "found = logs.filter_log_events(logGroupName='%1', logStreamNamePrefix='%2/', "
             "filterPattern='\"step two\"')\n"
             "print(json.dumps({'lines': lines, 'found': [e['message'] for e in found['events']]}))\n")
             .arg(kGroup, name)});
    ASSERT_EQ(boto.exitCode, 0) << boto.err.toStdString();
    const QJsonObject botoOut = QJsonDocument::fromJson(boto.out.toUtf8()).object();
    EXPECT_EQ(botoOut.value(QStringLiteral("lines")).toVariant().toStringList(), kLines)
        << boto.out.toStdString();
    EXPECT_EQ(botoOut.value(QStringLiteral("found")).toVariant().toStringList(), QStringList{kLines[1]});

    // sagedesk-cli: without --script it picks the stream that explains the failure.
    const auto logsCli = m_endpoint.sagedeskCli(
        {QStringLiteral("--output"), QStringLiteral("text"), QStringLiteral("logs"), name});
    ASSERT_EQ(logsCli.exitCode, 0) << logsCli.err.toStdString();
    QStringList printed = logsCli.out.split(u'\n', Qt::SkipEmptyParts);
    for (QString& line : printed) {
        line = line.section(u'\t', 1); // after the timestamp
    }
    EXPECT_EQ(printed, kLines) << logsCli.out.toStdString();
    const auto noLog = m_endpoint.sagedeskCli(
        {QStringLiteral("logs"), name, QStringLiteral("--script"), QStringLiteral("on-create")});
    EXPECT_EQ(noLog.exitCode, 0);
    EXPECT_EQ(QJsonDocument::fromJson(noLog.out.toUtf8()).object(),
              (QJsonObject{{QStringLiteral("events"), QJsonArray()}}));
    EXPECT_TRUE(noLog.err.contains(QStringLiteral("No log yet"))) << noLog.err.toStdString();
    // --since leaves out what is older.
    const auto recent =
        m_endpoint.sagedeskCli({QStringLiteral("--output"), QStringLiteral("text"), QStringLiteral("logs"),
                                name, QStringLiteral("--script"), QStringLiteral("on-start"),
                                QStringLiteral("--since"), QStringLiteral("10m")});
    EXPECT_EQ(recent.out.count(u'\n'), kLines.size()) << recent.out.toStdString();
    // JSON by default, as every command.
    const auto json = m_endpoint.sagedeskCli({QStringLiteral("logs"), name});
    const QJsonArray jsonEvents =
        QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("events")).toArray();
    ASSERT_EQ(jsonEvents.size(), kLines.size()) << json.out.toStdString();
    EXPECT_EQ(jsonEvents.last().toObject().value(QStringLiteral("message")).toString(), kLines.last());
    const auto badSince = m_endpoint.sagedeskCli(
        {QStringLiteral("logs"), name, QStringLiteral("--since"), QStringLiteral("ten")});
    EXPECT_EQ(badSince.exitCode, 2);
}

TEST_F(LocalLogs, ReadsTheEndFirstAndPagesBackward)
{
    const QString name = QStringLiteral("paging-nb");
    ASSERT_NO_FATAL_FAILURE(createFailingInstance(name));
    LogsClient logs(m_context.get());
    GetLogEventsRequest request = streamRequest(name, NotebookInstanceLogs::Script::OnStart);
    request.startFromHead = false;
    request.limit = 2;
    const auto last = logs.getLogEvents(request).wait();
    ASSERT_TRUE(last.ok()) << last.error().toDisplayString().toStdString();
    EXPECT_EQ(messagesOf(last->events), kLines.mid(1));
    request.nextToken = last->nextBackwardToken;
    const auto before = logs.getLogEvents(request).wait();
    ASSERT_TRUE(before.ok());
    EXPECT_EQ(messagesOf(before->events), kLines.mid(0, 1));
    // At the end, the forward token comes back unchanged.
    request.nextToken = last->nextForwardToken;
    const auto end = logs.getLogEvents(request).wait();
    ASSERT_TRUE(end.ok());
    EXPECT_TRUE(end->events.isEmpty());
    EXPECT_EQ(end->nextForwardToken, last->nextForwardToken);
    request.nextToken = QStringLiteral("x/1");
    const auto invalid = logs.getLogEvents(request).wait();
    ASSERT_FALSE(invalid.ok());
    EXPECT_EQ(invalid.error().code, QStringLiteral("InvalidParameterException"));
}
