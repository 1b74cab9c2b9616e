#pragma once

#include "aws/services/LogsTypes.h"

#include <QList>
#include <QString>

#include <optional>

namespace SageDesk::Aws {

// Where SageMaker writes a notebook instance's logs in CloudWatch Logs: one group for every
// instance, one stream per lifecycle hook and one for Jupyter. The app, the CLI and sagedesk-local
// take the names from here.
namespace NotebookInstanceLogs {

enum class Script
{
    OnCreate,
    OnStart,
    Jupyter,
};

inline const QString kLogGroupName = QStringLiteral("/aws/sagemaker/NotebookInstances");

QList<Script> allScripts();
// "<instance>/LifecycleConfigOnCreate", "<instance>/LifecycleConfigOnStart", "<instance>/jupyter.log".
QString logStreamName(const QString& notebookInstanceName, Script script);
// The part after "<instance>/": "LifecycleConfigOnCreate", ...
QString streamSuffix(Script script);
// The CLI's spelling: "on-create", "on-start", "jupyter".
QString optionName(Script script);
std::optional<Script> fromOptionName(const QString& name);

// The stream that explains a failure: Jupyter's when the FailureReason is about the Jupyter server,
// otherwise the lifecycle stream written last (OnStart runs after OnCreate, and again on every
// start). `streams` are those DescribeLogStreams answers for the instance; OnStart without any.
Script explainingScript(const QString& notebookInstanceName, const QString& failureReason,
                        const QList<LogStream>& streams);

// The line a person should look at first in a failed script's output: the last one that reads like
// an error ("bad interpreter", "command not found", "No such file", "error", ...), else the last
// line. -1 for no lines.
qsizetype failingLine(const QStringList& lines);

} // namespace NotebookInstanceLogs

} // namespace SageDesk::Aws
