#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// Inputs and outputs of the CloudWatch Logs operations SageDesk uses. Field names follow the API;
// times are milliseconds since the epoch on the wire and QDateTime (UTC) here.
namespace SageDesk::Aws {

struct LogStream
{
    QString logStreamName;
    QString arn;
    QDateTime creationTime;
    QDateTime firstEventTimestamp;
    QDateTime lastEventTimestamp;
    QDateTime lastIngestionTime;
};

struct DescribeLogStreamsRequest
{
    QString logGroupName;
    QString logStreamNamePrefix;
    QString orderBy; // "LogStreamName" | "LastEventTime"; empty: the API default
    bool descending = false;
    int limit = 0; // 1–50; 0: not sent
    QString nextToken;
};

struct LogStreamPage
{
    QList<LogStream> logStreams;
    QString nextToken;
};

struct OutputLogEvent
{
    QDateTime timestamp;
    QString message;
    QDateTime ingestionTime;
    friend bool operator==(const OutputLogEvent&, const OutputLogEvent&) = default;
};

struct GetLogEventsRequest
{
    QString logGroupName;
    QString logStreamName;
    QDateTime startTime;
    QDateTime endTime;
    int limit = 0; // 1–10000; 0: not sent (the API answers up to 10,000 events or 1 MB)
    bool startFromHead = false;
    QString nextToken; // a nextForwardToken or nextBackwardToken of an earlier answer
};

// AWS answers both tokens always; reading forward reaches the end when the answer's
// nextForwardToken is the token that was sent.
struct LogEventsPage
{
    QList<OutputLogEvent> events;
    QString nextForwardToken;
    QString nextBackwardToken;
};

struct FilteredLogEvent
{
    QString logStreamName;
    QDateTime timestamp;
    QString message;
    QDateTime ingestionTime;
    QString eventId;
};

struct FilterLogEventsRequest
{
    QString logGroupName;
    QStringList logStreamNames;
    QString logStreamNamePrefix;
    QDateTime startTime;
    QDateTime endTime;
    QString filterPattern;
    int limit = 0; // 1–10000; 0: not sent
    QString nextToken;
};

struct FilteredLogEventPage
{
    QList<FilteredLogEvent> events;
    QString nextToken;
};

} // namespace SageDesk::Aws
