#include "cli/commands/CliHandlers.h"

#include "aws/services/LogsClient.h"
#include "aws/services/NotebookInstanceLogs.h"
#include "aws/services/SageMakerClient.h"
#include "cli/CliApplication.h"
#include "cli/CliCommands.h"
#include "cli/CliOutput.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimer>

namespace SageDesk::Cli::LogCommands {

namespace {

using Aws::NotebookInstanceLogs::Script;

// Locally a new line shows within this; on AWS two GetLogEvents a second stay far below its quota.
constexpr auto kFollowInterval = std::chrono::milliseconds(500);
// How often --follow asks whether the instance still writes to the stream.
constexpr int kStatusEveryPolls = 4;

// "90s", "10m", "2h", "1d" -> milliseconds.
std::optional<qint64> durationMs(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,9})([smhd])$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const qint64 unit = match.captured(2) == QLatin1String("s")   ? 1000
                        : match.captured(2) == QLatin1String("m") ? 60'000
                        : match.captured(2) == QLatin1String("h") ? 3'600'000
                                                                  : 86'400'000;
    return match.captured(1).toLongLong() * unit;
}

void pause()
{
    QEventLoop loop;
    QTimer::singleShot(kFollowInterval, &loop, &QEventLoop::quit);
    loop.exec();
}

// Whether the instance may still add lines to the stream of `script`.
QJsonObject rowOf(const Aws::OutputLogEvent& event)
{
    return {{QStringLiteral("timestamp"), event.timestamp.toString(Qt::ISODateWithMs)},
            {QStringLiteral("message"), event.message}};
}

// Events as they arrive: a line each ("timestamp<TAB>message" as `aws --output text` would, or one
// compact JSON object per line), so that --follow can print them as they come.
void printEvents(CliApplication& cli, const QList<Aws::OutputLogEvent>& events)
{
    const bool json = cli.invocation().global.output == OutputFormat::Json;
    for (const Aws::OutputLogEvent& event : events) {
        if (json) {
            cli.out() << QJsonDocument(rowOf(event)).toJson(QJsonDocument::Compact) << '\n';
        } else {
            cli.out() << event.timestamp.toString(Qt::ISODateWithMs) << '\t' << event.message << '\n';
        }
    }
    cli.out().flush();
}

bool stillWriting(const NotebookInstance& instance, Script script)
{
    const NotebookInstanceStatus status = instance.notebookInstanceStatus;
    if (script == Script::Jupyter) {
        return status == NotebookInstanceStatus::Pending || status == NotebookInstanceStatus::InService ||
               status == NotebookInstanceStatus::Stopping;
    }
    return status == NotebookInstanceStatus::Pending;
}

} // namespace

int logs(CliApplication& cli)
{
    const CliInvocation& invocation = cli.invocation();
    const QString name = invocation.positionals.value(0);
    QString error;
    std::optional<Script> script;
    if (invocation.isSet(QStringLiteral("script"))) {
        const auto option = CliCommands::allowedValue(invocation, QStringLiteral("script"), &error);
        if (!option) {
            return cli.usageError(error);
        }
        script = Aws::NotebookInstanceLogs::fromOptionName(*option);
    }
    std::optional<qint64> since;
    if (invocation.isSet(QStringLiteral("since"))) {
        since = durationMs(invocation.value(QStringLiteral("since")));
        if (!since) {
            return cli.usageError(
                CliApplication::tr("--since: %1 is not a duration such as 90s, 10m, 2h or 1d.")
                    .arg(invocation.value(QStringLiteral("since"))));
        }
    }
    const bool follow = invocation.isSet(QStringLiteral("follow"));
    if (!cli.connect()) {
        return CliApplication::kUsageError;
    }
    Aws::SageMakerClient sageMaker(cli.context());
    Aws::LogsClient logsClient(cli.context());
    const auto describe = [&]() { return sageMaker.describeNotebookInstance(name).wait(); };
    if (!script) {
        // Without --script: the stream that explains the instance's state, as the app opens it.
        const auto described = describe();
        Aws::DescribeLogStreamsRequest streamsRequest;
        streamsRequest.logGroupName = Aws::NotebookInstanceLogs::kLogGroupName;
        streamsRequest.logStreamNamePrefix = name + u'/';
        const auto streams = logsClient.describeAllLogStreams(streamsRequest).wait();
        if (!streams && !streams.error().isNotFound()) {
            return cli.serviceError(streams.error());
        }
        script = Aws::NotebookInstanceLogs::explainingScript(
            name, described ? described->failureReason : QString(),
            streams ? streams.value() : QList<Aws::LogStream>());
    }

    Aws::GetLogEventsRequest request;
    request.logGroupName = Aws::NotebookInstanceLogs::kLogGroupName;
    request.logStreamName = Aws::NotebookInstanceLogs::logStreamName(name, *script);
    request.startFromHead = true;
    if (since) {
        request.startTime = cli.clock().currentDateTimeUtc().addMSecs(-*since);
    }
    if (!follow) {
        const auto events = logsClient.getAllLogEvents(request).wait();
        if (!events && !events.error().isNotFound()) {
            return cli.serviceError(events.error());
        }
        if (!events) {
            cli.err() << CliApplication::tr("No log yet for %1 (%2).")
                             .arg(name, Aws::NotebookInstanceLogs::optionName(*script))
                      << "\n";
        }
        QJsonArray rows;
        for (const Aws::OutputLogEvent& event : events ? events.value() : QList<Aws::OutputLogEvent>()) {
            rows.append(rowOf(event));
        }
        cli.out() << CliOutput::list(invocation.global.output, QStringLiteral("events"), rows,
                                     {QStringLiteral("timestamp"), QStringLiteral("message")});
        return CliApplication::kSuccess;
    }

    bool announcedMissing = false;
    for (int poll = 0;; ++poll) {
        const auto page = logsClient.getLogEvents(request).wait();
        if (!page && !page.error().isNotFound()) {
            return cli.serviceError(page.error());
        }
        if (!page && !announcedMissing) {
            cli.err() << CliApplication::tr("No log yet for %1 (%2).")
                             .arg(name, Aws::NotebookInstanceLogs::optionName(*script))
                      << "\n";
            cli.err().flush();
            announcedMissing = true;
        }
        if (page) {
            printEvents(cli, page->events);
            const bool atEnd =
                page->nextForwardToken.isEmpty() || page->nextForwardToken == request.nextToken;
            request.nextToken = page->nextForwardToken;
            if (!atEnd) {
                continue; // more of what is already there
            }
        }
        if (poll % kStatusEveryPolls == 0) {
            const auto described = describe();
            if ((!described && described.error().isNotFound()) ||
                (described && !stillWriting(described.value(), *script))) {
                // One last read picks up what the end of the run wrote.
                const auto last = logsClient.getAllLogEvents(request).wait();
                if (last) {
                    printEvents(cli, last.value());
                }
                return CliApplication::kSuccess;
            }
        }
        pause();
    }
}

} // namespace SageDesk::Cli::LogCommands
