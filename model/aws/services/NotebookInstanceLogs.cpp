#include "aws/services/NotebookInstanceLogs.h"

#include <QRegularExpression>

namespace SageDesk::Aws::NotebookInstanceLogs {

QList<Script> allScripts()
{
    return {Script::OnCreate, Script::OnStart, Script::Jupyter};
}

QString streamSuffix(Script script)
{
    switch (script) {
    case Script::OnCreate:
        return QStringLiteral("LifecycleConfigOnCreate");
    case Script::OnStart:
        return QStringLiteral("LifecycleConfigOnStart");
    case Script::Jupyter:
        break;
    }
    return QStringLiteral("jupyter.log");
}

QString logStreamName(const QString& notebookInstanceName, Script script)
{
    return notebookInstanceName + u'/' + streamSuffix(script);
}

QString optionName(Script script)
{
    switch (script) {
    case Script::OnCreate:
        return QStringLiteral("on-create");
    case Script::OnStart:
        return QStringLiteral("on-start");
    case Script::Jupyter:
        break;
    }
    return QStringLiteral("jupyter");
}

std::optional<Script> fromOptionName(const QString& name)
{
    for (const Script script : allScripts()) {
        if (optionName(script) == name) {
            return script;
        }
    }
    return std::nullopt;
}

Script explainingScript(const QString& notebookInstanceName, const QString& failureReason,
                        const QList<LogStream>& streams)
{
    if (failureReason.contains(QLatin1String("Jupyter"))) {
        return Script::Jupyter;
    }
    Script latest = Script::OnStart;
    QDateTime latestTime;
    for (const Script script : {Script::OnCreate, Script::OnStart}) {
        const QString name = logStreamName(notebookInstanceName, script);
        for (const LogStream& stream : streams) {
            const QDateTime last =
                stream.lastEventTimestamp.isValid() ? stream.lastEventTimestamp : stream.creationTime;
            if (stream.logStreamName == name && last.isValid() &&
                (!latestTime.isValid() || last >= latestTime)) {
                latest = script;
                latestTime = last;
            }
        }
    }
    return latest;
}

qsizetype failingLine(const QStringList& lines)
{
    static const QRegularExpression errorLike(
        QStringLiteral("bad interpreter|command not found|No such file|Permission denied|error|fail|fatal|"
                       "denied|not found|Traceback|exception"),
        QRegularExpression::CaseInsensitiveOption);
    // Only the end of the output: an early warning that the script survived explains nothing.
    constexpr qsizetype kLookBack = 20;
    for (qsizetype i = lines.size() - 1; i >= 0 && i >= lines.size() - kLookBack; --i) {
        if (errorLike.match(lines[i]).hasMatch()) {
            return i;
        }
    }
    return lines.size() - 1;
}

} // namespace SageDesk::Aws::NotebookInstanceLogs
