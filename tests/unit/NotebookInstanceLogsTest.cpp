// The names SageMaker gives a notebook instance's CloudWatch Logs streams, the choice of the stream
// that explains a failure and of its failing line, and the wire form of the Logs requests.
#include "aws/services/NotebookInstanceLogs.h"
#include "aws/services/LogsClient.h"

#include <gtest/gtest.h>

#include <QJsonArray>

using namespace SageDesk::Aws;
using Script = NotebookInstanceLogs::Script;

TEST(NotebookInstanceLogs, NamesTheGroupAndStreamsAsSageMakerDoes)
{
    EXPECT_EQ(NotebookInstanceLogs::kLogGroupName, QStringLiteral("/aws/sagemaker/NotebookInstances"));
    EXPECT_EQ(NotebookInstanceLogs::logStreamName(QStringLiteral("nb"), Script::OnCreate),
              QStringLiteral("nb/LifecycleConfigOnCreate"));
    EXPECT_EQ(NotebookInstanceLogs::logStreamName(QStringLiteral("nb"), Script::OnStart),
              QStringLiteral("nb/LifecycleConfigOnStart"));
    EXPECT_EQ(NotebookInstanceLogs::logStreamName(QStringLiteral("nb"), Script::Jupyter),
              QStringLiteral("nb/jupyter.log"));
    for (const Script script : NotebookInstanceLogs::allScripts()) {
        EXPECT_EQ(NotebookInstanceLogs::fromOptionName(NotebookInstanceLogs::optionName(script)), script);
    }
    EXPECT_FALSE(NotebookInstanceLogs::fromOptionName(QStringLiteral("OnStart")).has_value());
}

TEST(NotebookInstanceLogs, ExplainsAFailureWithTheLifecycleStreamWrittenLast)
{
    const auto at = [](int seconds) {
        return QDateTime::fromSecsSinceEpoch(1700000000 + seconds, Qt::UTC);
    };
    const QList<LogStream> onCreateLast{
        {QStringLiteral("nb/LifecycleConfigOnStart"), {}, at(0), at(1), at(5), at(5)},
        {QStringLiteral("nb/LifecycleConfigOnCreate"), {}, at(0), at(9), at(9), at(9)}};
    const QString lifecycleReason =
        QStringLiteral("Notebook Instance Lifecycle Config 'arn' for Notebook Instance 'arn' failed.");
    EXPECT_EQ(NotebookInstanceLogs::explainingScript(QStringLiteral("nb"), lifecycleReason, onCreateLast),
              Script::OnCreate);
    const QList<LogStream> onStartLast{
        {QStringLiteral("nb/LifecycleConfigOnCreate"), {}, at(0), at(1), at(2), at(2)},
        {QStringLiteral("nb/LifecycleConfigOnStart"), {}, at(0), at(3), at(8), at(8)}};
    EXPECT_EQ(NotebookInstanceLogs::explainingScript(QStringLiteral("nb"), lifecycleReason, onStartLast),
              Script::OnStart);
    // Another instance's streams do not count; without any, OnStart (it runs on every start).
    EXPECT_EQ(NotebookInstanceLogs::explainingScript(QStringLiteral("other"), lifecycleReason, onCreateLast),
              Script::OnStart);
    EXPECT_EQ(NotebookInstanceLogs::explainingScript(
                  QStringLiteral("nb"),
                  QStringLiteral("The Jupyter server exited unexpectedly (exit code 1)"), onCreateLast),
              Script::Jupyter);
}

TEST(NotebookInstanceLogs, PicksTheLastErrorLikeLineAsTheFailingOne)
{
    EXPECT_EQ(NotebookInstanceLogs::failingLine({}), -1);
    EXPECT_EQ(NotebookInstanceLogs::failingLine({QStringLiteral("one"), QStringLiteral("two")}), 1);
    EXPECT_EQ(NotebookInstanceLogs::failingLine(
                  {QStringLiteral("installing"),
                   QStringLiteral("/home/ec2-user/on-start.sh: /bin/bash^M: bad interpreter: No such file or "
                                  "directory"),
                   QStringLiteral("cleaning up")}),
              1);
    EXPECT_EQ(
        NotebookInstanceLogs::failingLine({QStringLiteral("pip: command not found"), QStringLiteral("done")}),
        0);
}

TEST(LogsClientInput, SendsOnlyWhatIsSetWithTimesInMilliseconds)
{
    GetLogEventsRequest request;
    request.logGroupName = NotebookInstanceLogs::kLogGroupName;
    request.logStreamName = QStringLiteral("nb/LifecycleConfigOnStart");
    EXPECT_EQ(
        LogsClient::getLogEventsInput(request),
        (QJsonObject{{QStringLiteral("logGroupName"), QStringLiteral("/aws/sagemaker/NotebookInstances")},
                     {QStringLiteral("logStreamName"), QStringLiteral("nb/LifecycleConfigOnStart")}}));
    request.startTime = QDateTime::fromMSecsSinceEpoch(1700000000123, Qt::UTC);
    request.startFromHead = true;
    request.limit = 50;
    request.nextToken = QStringLiteral("f/1");
    const QJsonObject input = LogsClient::getLogEventsInput(request);
    EXPECT_EQ(input.value(QStringLiteral("startTime")).toDouble(), 1700000000123.0);
    EXPECT_TRUE(input.value(QStringLiteral("startFromHead")).toBool());
    EXPECT_EQ(input.value(QStringLiteral("limit")).toInt(), 50);
    EXPECT_EQ(input.value(QStringLiteral("nextToken")).toString(), QStringLiteral("f/1"));

    FilterLogEventsRequest filter;
    filter.logGroupName = NotebookInstanceLogs::kLogGroupName;
    filter.logStreamNames = {QStringLiteral("nb/jupyter.log")};
    filter.filterPattern = QStringLiteral("ERROR");
    const QJsonObject filterInput = LogsClient::filterLogEventsInput(filter);
    EXPECT_EQ(filterInput.value(QStringLiteral("logStreamNames")).toArray(),
              QJsonArray{QStringLiteral("nb/jupyter.log")});
    EXPECT_EQ(filterInput.value(QStringLiteral("filterPattern")).toString(), QStringLiteral("ERROR"));
    EXPECT_FALSE(filterInput.contains(QStringLiteral("logStreamNamePrefix")));
}
