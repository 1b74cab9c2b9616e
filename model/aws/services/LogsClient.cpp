#include "aws/services/LogsClient.h"

#include "aws/client/AwsClientContext.h"
#include "aws/client/JsonProtocol.h"
#include "aws/client/Pagination.h"

#include <QJsonArray>

namespace SageDesk::Aws {

namespace {

const QString kService = QStringLiteral("logs");
const QString kTargetPrefix = QStringLiteral("Logs_20140328");

QString text(const QJsonObject& json, const char* key)
{
    return json.value(QLatin1String(key)).toString();
}

QDateTime time(const QJsonObject& json, const char* key)
{
    const QJsonValue value = json.value(QLatin1String(key));
    return value.isDouble() ? QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(value.toDouble()), Qt::UTC)
                            : QDateTime();
}

void insertIfSet(QJsonObject& json, const char* key, const QString& value)
{
    if (!value.isEmpty()) {
        json.insert(QLatin1String(key), value);
    }
}

void insertIfSet(QJsonObject& json, const char* key, const QDateTime& value)
{
    if (value.isValid()) {
        json.insert(QLatin1String(key), static_cast<double>(value.toMSecsSinceEpoch()));
    }
}

void insertIfSet(QJsonObject& json, const char* key, int value)
{
    if (value > 0) {
        json.insert(QLatin1String(key), value);
    }
}

LogStream logStreamFromJson(const QJsonObject& json)
{
    return {text(json, "logStreamName"),      text(json, "arn"),
            time(json, "creationTime"),       time(json, "firstEventTimestamp"),
            time(json, "lastEventTimestamp"), time(json, "lastIngestionTime")};
}

QJsonObject describeLogStreamsInput(const DescribeLogStreamsRequest& request)
{
    QJsonObject input{{QStringLiteral("logGroupName"), request.logGroupName}};
    insertIfSet(input, "logStreamNamePrefix", request.logStreamNamePrefix);
    insertIfSet(input, "orderBy", request.orderBy);
    if (request.descending) {
        input.insert(QStringLiteral("descending"), true);
    }
    insertIfSet(input, "limit", request.limit);
    insertIfSet(input, "nextToken", request.nextToken);
    return input;
}

} // namespace

LogsClient::LogsClient(AwsClientContext* context)
    : m_context(context)
{}

template <typename T>
AwsCall<T> LogsClient::call(const QString& operation, const QJsonObject& input,
                            std::function<AwsResult<T>(const QJsonObject&)> parse)
{
    return AwsRequestJob::call<T>(
        m_context, JsonProtocol::request(kService, kTargetPrefix, operation, input),
        [parse = std::move(parse)](const AwsHttpResponse& response) -> AwsResult<T> {
            AwsResult<QJsonObject> body = JsonProtocol::body(kService, response);
            if (!body) {
                return body.error();
            }
            return parse(body.value());
        });
}

AwsCall<LogStreamPage> LogsClient::describeLogStreams(const DescribeLogStreamsRequest& request)
{
    return call<LogStreamPage>(
        QStringLiteral("DescribeLogStreams"), describeLogStreamsInput(request), [](const QJsonObject& json) {
            LogStreamPage page;
            for (const QJsonValue& value : json.value(QStringLiteral("logStreams")).toArray()) {
                page.logStreams.append(logStreamFromJson(value.toObject()));
            }
            page.nextToken = text(json, "nextToken");
            return page;
        });
}

AwsCall<QList<LogStream>> LogsClient::describeAllLogStreams(DescribeLogStreamsRequest request)
{
    QPointer<AwsClientContext> context(m_context);
    return Pagination::collect<LogStreamPage, LogStream>(
        m_context,
        [context, request](const QString& token) mutable {
            request.nextToken = token;
            return LogsClient(context).describeLogStreams(request);
        },
        &LogStreamPage::logStreams, &LogStreamPage::nextToken);
}

QJsonObject LogsClient::getLogEventsInput(const GetLogEventsRequest& request)
{
    QJsonObject input{{QStringLiteral("logGroupName"), request.logGroupName},
                      {QStringLiteral("logStreamName"), request.logStreamName}};
    insertIfSet(input, "startTime", request.startTime);
    insertIfSet(input, "endTime", request.endTime);
    insertIfSet(input, "limit", request.limit);
    if (request.startFromHead) {
        input.insert(QStringLiteral("startFromHead"), true);
    }
    insertIfSet(input, "nextToken", request.nextToken);
    return input;
}

AwsCall<LogEventsPage> LogsClient::getLogEvents(const GetLogEventsRequest& request)
{
    return call<LogEventsPage>(QStringLiteral("GetLogEvents"), getLogEventsInput(request),
                               [](const QJsonObject& json) {
                                   LogEventsPage page;
                                   const QJsonArray events = json.value(QStringLiteral("events")).toArray();
                                   page.events.reserve(events.size());
                                   for (const QJsonValue& value : events) {
                                       const QJsonObject event = value.toObject();
                                       page.events.append({time(event, "timestamp"), text(event, "message"),
                                                           time(event, "ingestionTime")});
                                   }
                                   page.nextForwardToken = text(json, "nextForwardToken");
                                   page.nextBackwardToken = text(json, "nextBackwardToken");
                                   return page;
                               });
}

AwsCall<QList<OutputLogEvent>> LogsClient::getAllLogEvents(GetLogEventsRequest request)
{
    QPointer<AwsClientContext> context(m_context);
    // Pagination stops when a token repeats: the end of a stream answers the forward token it was sent.
    return Pagination::collect<LogEventsPage, OutputLogEvent>(
        m_context,
        [context, request, first = true](const QString& token) mutable {
            if (!first) {
                request.nextToken = token;
            }
            first = false;
            return LogsClient(context).getLogEvents(request);
        },
        &LogEventsPage::events, &LogEventsPage::nextForwardToken);
}

QJsonObject LogsClient::filterLogEventsInput(const FilterLogEventsRequest& request)
{
    QJsonObject input{{QStringLiteral("logGroupName"), request.logGroupName}};
    if (!request.logStreamNames.isEmpty()) {
        input.insert(QStringLiteral("logStreamNames"), QJsonArray::fromStringList(request.logStreamNames));
    }
    insertIfSet(input, "logStreamNamePrefix", request.logStreamNamePrefix);
    insertIfSet(input, "startTime", request.startTime);
    insertIfSet(input, "endTime", request.endTime);
    insertIfSet(input, "filterPattern", request.filterPattern);
    insertIfSet(input, "limit", request.limit);
    insertIfSet(input, "nextToken", request.nextToken);
    return input;
}

AwsCall<FilteredLogEventPage> LogsClient::filterLogEvents(const FilterLogEventsRequest& request)
{
    return call<FilteredLogEventPage>(
        QStringLiteral("FilterLogEvents"), filterLogEventsInput(request), [](const QJsonObject& json) {
            FilteredLogEventPage page;
            for (const QJsonValue& value : json.value(QStringLiteral("events")).toArray()) {
                const QJsonObject event = value.toObject();
                page.events.append({text(event, "logStreamName"), time(event, "timestamp"),
                                    text(event, "message"), time(event, "ingestionTime"),
                                    text(event, "eventId")});
            }
            page.nextToken = text(json, "nextToken");
            return page;
        });
}

AwsCall<QList<FilteredLogEvent>> LogsClient::filterAllLogEvents(FilterLogEventsRequest request)
{
    QPointer<AwsClientContext> context(m_context);
    return Pagination::collect<FilteredLogEventPage, FilteredLogEvent>(
        m_context,
        [context, request](const QString& token) mutable {
            request.nextToken = token;
            return LogsClient(context).filterLogEvents(request);
        },
        &FilteredLogEventPage::events, &FilteredLogEventPage::nextToken);
}

} // namespace SageDesk::Aws
