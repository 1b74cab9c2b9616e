#include "local/logs/LogsService.h"

#include "aws/services/NotebookInstanceLogs.h"
#include "local/logs/InstanceLogIngester.h"
#include "local/logs/LogEventStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace SageDesk::Local {

namespace {

constexpr int kMaxEvents = 10000;
constexpr int kMaxStreams = 50;
// GetLogEvents and FilterLogEvents answer at most 1 MB of events (message bytes plus 26 per event).
constexpr qint64 kMaxResponseBytes = 1048576;
constexpr qint64 kEventOverheadBytes = 26;

const QString& groupName()
{
    return Aws::NotebookInstanceLogs::kLogGroupName;
}

WireError invalidParameter(const QString& message)
{
    return {400, QStringLiteral("InvalidParameterException"), message};
}

WireError notFound(const QString& message)
{
    return {400, QStringLiteral("ResourceNotFoundException"), message};
}

WireError invalidToken()
{
    return invalidParameter(QStringLiteral("The specified nextToken is invalid."));
}

std::optional<WireError> checkLimit(const QJsonObject& input, int max, int* limit)
{
    const QJsonValue value = input.value(QStringLiteral("limit"));
    if (value.isUndefined() || value.isNull()) {
        *limit = max;
        return std::nullopt;
    }
    *limit = value.toInt();
    if (*limit < 1 || *limit > max) {
        return WireError::constraint(
            QString::number(*limit), QStringLiteral("limit"),
            *limit < 1 ? QStringLiteral("Member must have value greater than or equal to 1")
                       : QStringLiteral("Member must have value less than or equal to %1").arg(max));
    }
    return std::nullopt;
}

LogEventStore::TimeRange timeRange(const QJsonObject& input)
{
    return {static_cast<qint64>(input.value(QStringLiteral("startTime")).toDouble()),
            static_cast<qint64>(input.value(QStringLiteral("endTime")).toDouble())};
}

QString token(char direction, qint64 seq)
{
    return QStringLiteral("%1/%2").arg(QLatin1Char(direction)).arg(seq, 56, 10, QLatin1Char('0'));
}

// The instance a stream name belongs to: "<instance>/LifecycleConfigOnStart" -> "<instance>".
QString instanceOf(const QString& streamName)
{
    return streamName.section(u'/', 0, 0);
}

// Keeps the events of one answer within 1 MB (but never fewer than one), dropping from the end the
// reader moves away from.
void capBytes(QList<LogEventStore::Event>& events, bool keepNewest)
{
    qint64 bytes = 0;
    qsizetype kept = 0;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const auto& event = keepNewest ? events[events.size() - 1 - i] : events[i];
        bytes += event.message.toUtf8().size() + kEventOverheadBytes;
        if (bytes > kMaxResponseBytes && kept > 0) {
            break;
        }
        ++kept;
    }
    if (keepNewest) {
        events.remove(0, events.size() - kept);
    } else {
        events.resize(kept);
    }
}

// CloudWatch's plain-text filter patterns: every term must occur (case-sensitive); "quoted phrases"
// are one term; an empty pattern matches everything.
std::function<bool(const QString&)> filterOf(const QString& pattern)
{
    static const QRegularExpression terms(QStringLiteral("\"([^\"]*)\"|(\\S+)"));
    QStringList wanted;
    for (auto it = terms.globalMatch(pattern); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        wanted << (match.capturedLength(1) > 0 ? match.captured(1) : match.captured(2));
    }
    if (wanted.isEmpty()) {
        return {};
    }
    return [wanted](const QString& message) {
        return std::all_of(wanted.cbegin(), wanted.cend(),
                           [&message](const QString& term) { return message.contains(term); });
    };
}

} // namespace

LogsService::LogsService(LogEventStore& store, InstanceLogIngester& ingester, const EndpointContext& context)
    : m_store(store)
    , m_ingester(ingester)
    , m_context(context)
{
    const auto bind = [this](ApiResult (LogsService::*method)(const QJsonObject&) const) {
        return [this, method](const QJsonObject& input) { return (this->*method)(input); };
    };
    m_operations = {
        {QStringLiteral("DescribeLogStreams"), bind(&LogsService::describeLogStreams)},
        {QStringLiteral("GetLogEvents"), bind(&LogsService::getLogEvents)},
        {QStringLiteral("FilterLogEvents"), bind(&LogsService::filterLogEvents)},
    };
}

QStringList LogsService::operations() const
{
    return m_operations.keys();
}

HttpResponse LogsService::handle(const HttpRequest& request, const QByteArray& requestId) const
{
    const auto fail = [&requestId](const WireError& error) {
        return error.toResponse(WireProtocol::Json, requestId);
    };
    const QByteArray target = request.header("X-Amz-Target");
    const QByteArray prefix = "Logs_20140328.";
    const auto operation = request.method == "POST" && target.startsWith(prefix)
                               ? m_operations.constFind(QString::fromLatin1(target.mid(prefix.size())))
                               : m_operations.constEnd();
    if (operation == m_operations.constEnd()) {
        return fail(WireError{400, QStringLiteral("UnknownOperationException"), QString()});
    }
    QJsonParseError parseError{};
    const QJsonDocument document =
        QJsonDocument::fromJson(request.body.isEmpty() ? QByteArray("{}") : request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return fail(WireError{400, QStringLiteral("SerializationException"),
                              QStringLiteral("Start of structure or map found where not expected.")});
    }
    const ApiResult result = (*operation)(document.object());
    if (result.error) {
        return fail(*result.error);
    }
    HttpResponse response = HttpResponse::withBody(200, "application/x-amz-json-1.1",
                                                   QJsonDocument(result.body).toJson(QJsonDocument::Compact));
    response.setHeader("x-amzn-RequestId", requestId);
    return response;
}

std::optional<WireError> LogsService::checkGroup(const QJsonObject& input) const
{
    QString group = input.value(QStringLiteral("logGroupName")).toString();
    if (group.isEmpty()) {
        // logGroupIdentifier: the name or the group's ARN.
        group = input.value(QStringLiteral("logGroupIdentifier")).toString().section(u':', -1);
    }
    if (group.isEmpty()) {
        return invalidParameter(QStringLiteral("Should provide either name or identifier of the log group."));
    }
    if (group != groupName() || m_store.streams().isEmpty()) {
        return notFound(QStringLiteral("The specified log group does not exist."));
    }
    return std::nullopt;
}

QString LogsService::streamArn(const QString& streamName) const
{
    return QStringLiteral("arn:aws:logs:%1:%2:log-group:%3:log-stream:%4")
        .arg(m_context.region, m_context.accountId, groupName(), streamName);
}

ApiResult LogsService::describeLogStreams(const QJsonObject& input) const
{
    const QString prefix = input.value(QStringLiteral("logStreamNamePrefix")).toString();
    prefix.contains(u'/') ? m_ingester.ingest(instanceOf(prefix)) : m_ingester.ingestAll();
    if (auto error = checkGroup(input)) {
        return *error;
    }
    int limit = 0;
    if (auto error = checkLimit(input, kMaxStreams, &limit)) {
        return *error;
    }
    const QString orderBy = input.value(QStringLiteral("orderBy")).toString(QStringLiteral("LogStreamName"));
    const bool byTime = orderBy == QLatin1String("LastEventTime");
    if (!byTime && orderBy != QLatin1String("LogStreamName")) {
        return WireError::constraint(orderBy, QStringLiteral("orderBy"),
                                     QStringLiteral("Member must satisfy enum value set: [LogStreamName, "
                                                    "LastEventTime]"));
    }
    if (byTime && !prefix.isEmpty()) {
        return invalidParameter(QStringLiteral("Cannot order by LastEventTime with a logStreamNamePrefix."));
    }
    QList<LogEventStore::Stream> streams = m_store.streams(prefix);
    if (byTime) {
        std::stable_sort(streams.begin(), streams.end(), [](const auto& a, const auto& b) {
            return a.lastEventTimestamp.value_or(a.creationTime) <
                   b.lastEventTimestamp.value_or(b.creationTime);
        });
    }
    if (input.value(QStringLiteral("descending")).toBool()) {
        std::reverse(streams.begin(), streams.end());
    }
    qsizetype offset = 0;
    if (const QString next = input.value(QStringLiteral("nextToken")).toString(); !next.isEmpty()) {
        bool ok = false;
        offset = next.toLongLong(&ok);
        if (!ok || offset < 0 || offset > streams.size()) {
            return invalidToken();
        }
    }
    QJsonArray rows;
    for (qsizetype i = offset; i < streams.size() && i < offset + limit; ++i) {
        const LogEventStore::Stream& stream = streams[i];
        QJsonObject row{{QStringLiteral("logStreamName"), stream.name},
                        {QStringLiteral("creationTime"), static_cast<double>(stream.creationTime)},
                        {QStringLiteral("arn"), streamArn(stream.name)},
                        {QStringLiteral("storedBytes"), 0}};
        const auto insertTime = [&row](const char* key, const std::optional<qint64>& time) {
            if (time) {
                row.insert(QLatin1String(key), static_cast<double>(*time));
            }
        };
        insertTime("firstEventTimestamp", stream.firstEventTimestamp);
        insertTime("lastEventTimestamp", stream.lastEventTimestamp);
        insertTime("lastIngestionTime", stream.lastIngestionTime);
        rows.append(row);
    }
    QJsonObject output{{QStringLiteral("logStreams"), rows}};
    if (offset + limit < streams.size()) {
        output.insert(QStringLiteral("nextToken"), QString::number(offset + limit));
    }
    return output;
}

ApiResult LogsService::getLogEvents(const QJsonObject& input) const
{
    const QString streamName = input.value(QStringLiteral("logStreamName")).toString();
    m_ingester.ingest(instanceOf(streamName));
    if (auto error = checkGroup(input)) {
        return *error;
    }
    const auto stream = m_store.stream(streamName);
    if (!stream) {
        return notFound(QStringLiteral("The specified log stream does not exist."));
    }
    int limit = 0;
    if (auto error = checkLimit(input, kMaxEvents, &limit)) {
        return *error;
    }
    // Forward from `position` (seq >= position), or backward (seq < position) from the end.
    bool forward = input.value(QStringLiteral("startFromHead")).toBool();
    qint64 position = forward ? 0 : stream->eventCount;
    const QString next = input.value(QStringLiteral("nextToken")).toString();
    if (!next.isEmpty()) {
        static const QRegularExpression tokenPattern(QStringLiteral("^([fb])/(\\d{1,56})$"));
        const QRegularExpressionMatch match = tokenPattern.match(next);
        if (!match.hasMatch()) {
            return invalidToken();
        }
        forward = match.captured(1) == QLatin1String("f");
        position = std::min(match.captured(2).toLongLong(), stream->eventCount);
    }
    QList<LogEventStore::Event> events =
        forward ? m_store.events(stream->id, position, stream->eventCount, timeRange(input), limit, false)
                : m_store.events(stream->id, 0, position, timeRange(input), limit, true);
    capBytes(events, !forward);
    QJsonArray rows;
    for (const LogEventStore::Event& event : std::as_const(events)) {
        rows.append(QJsonObject{{QStringLiteral("timestamp"), static_cast<double>(event.timestamp)},
                                {QStringLiteral("message"), event.message},
                                {QStringLiteral("ingestionTime"), static_cast<double>(event.ingestionTime)}});
    }
    // At either end the token that was sent comes back, which is how readers know they are there.
    const qint64 forwardFrom = events.isEmpty() ? position : events.last().seq + 1;
    const qint64 backwardFrom = events.isEmpty() ? position : events.first().seq;
    return QJsonObject{{QStringLiteral("events"), rows},
                       {QStringLiteral("nextForwardToken"), token('f', forwardFrom)},
                       {QStringLiteral("nextBackwardToken"), token('b', backwardFrom)}};
}

ApiResult LogsService::filterLogEvents(const QJsonObject& input) const
{
    const QStringList names = input.value(QStringLiteral("logStreamNames")).toVariant().toStringList();
    const QString prefix = input.value(QStringLiteral("logStreamNamePrefix")).toString();
    if (!names.isEmpty() && !prefix.isEmpty()) {
        return invalidParameter(
            QStringLiteral("logStreamNames and logStreamNamePrefix are mutually exclusive."));
    }
    m_ingester.ingestAll();
    if (auto error = checkGroup(input)) {
        return *error;
    }
    int limit = 0;
    if (auto error = checkLimit(input, kMaxEvents, &limit)) {
        return *error;
    }
    QHash<qint64, QString> streamNames;
    QList<qint64> ids;
    for (const LogEventStore::Stream& stream : m_store.streams(prefix)) {
        if (names.isEmpty() || names.contains(stream.name)) {
            streamNames.insert(stream.id, stream.name);
            ids.append(stream.id);
        }
    }
    // The token is the position of the next page's first event: "<timestamp>-<stream id>-<seq>".
    qint64 from[3] = {0, 0, 0};
    if (const QString next = input.value(QStringLiteral("nextToken")).toString(); !next.isEmpty()) {
        const QStringList parts = next.split(u'-');
        bool ok = parts.size() == 3;
        for (int i = 0; ok && i < 3; ++i) {
            from[i] = parts[i].toLongLong(&ok);
        }
        if (!ok) {
            return invalidToken();
        }
    }
    QList<LogEventStore::Event> events =
        m_store.eventsInTimeOrder(ids, timeRange(input), from[0], from[1], from[2], limit,
                                  filterOf(input.value(QStringLiteral("filterPattern")).toString()));
    std::optional<LogEventStore::Event> nextEvent;
    if (events.size() > limit) {
        nextEvent = events.takeLast();
    }
    const QList<LogEventStore::Event> uncapped = events;
    capBytes(events, false);
    if (events.size() < uncapped.size()) {
        nextEvent = uncapped[events.size()];
    }
    QJsonArray rows;
    for (const LogEventStore::Event& event : std::as_const(events)) {
        rows.append(QJsonObject{{QStringLiteral("logStreamName"), streamNames.value(event.streamId)},
                                {QStringLiteral("timestamp"), static_cast<double>(event.timestamp)},
                                {QStringLiteral("message"), event.message},
                                {QStringLiteral("ingestionTime"), static_cast<double>(event.ingestionTime)},
                                {QStringLiteral("eventId"), QStringLiteral("%1%2")
                                                                .arg(event.streamId, 8, 10, QLatin1Char('0'))
                                                                .arg(event.seq, 48, 10, QLatin1Char('0'))}});
    }
    QJsonArray searched;
    for (const qint64 id : std::as_const(ids)) {
        searched.append(QJsonObject{{QStringLiteral("logStreamName"), streamNames.value(id)},
                                    {QStringLiteral("searchedCompletely"), !nextEvent.has_value()}});
    }
    QJsonObject output{{QStringLiteral("events"), rows}, {QStringLiteral("searchedLogStreams"), searched}};
    if (nextEvent) {
        output.insert(QStringLiteral("nextToken"), QStringLiteral("%1-%2-%3")
                                                       .arg(nextEvent->timestamp)
                                                       .arg(nextEvent->streamId)
                                                       .arg(nextEvent->seq));
    }
    return output;
}

} // namespace SageDesk::Local
