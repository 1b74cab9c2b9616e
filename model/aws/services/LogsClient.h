#pragma once

#include "aws/client/AwsCall.h"
#include "aws/client/AwsRequestJob.h"
#include "aws/services/LogsTypes.h"

#include <QJsonObject>

namespace SageDesk::Aws {

class AwsClientContext;

// CloudWatch Logs (JSON 1.1, `Logs_20140328.<Operation>`): the log streams SageMaker writes for
// notebook instances. Errors arrive as AWS sends them: ResourceNotFoundException while the group or
// stream does not exist yet, AccessDeniedException without `logs:` permissions.
class LogsClient final
{
public:
    explicit LogsClient(AwsClientContext* context);

    // One page.
    AwsCall<LogStreamPage> describeLogStreams(const DescribeLogStreamsRequest& request);
    // Every page.
    AwsCall<QList<LogStream>> describeAllLogStreams(DescribeLogStreamsRequest request);
    // One page, in the stream's order (oldest first).
    AwsCall<LogEventsPage> getLogEvents(const GetLogEventsRequest& request);
    // From `request` forward (its nextToken, or the head), page after page until the forward token
    // comes back unchanged: the whole stream as it is now.
    AwsCall<QList<OutputLogEvent>> getAllLogEvents(GetLogEventsRequest request);
    // One page.
    AwsCall<FilteredLogEventPage> filterLogEvents(const FilterLogEventsRequest& request);
    // Every page.
    AwsCall<QList<FilteredLogEvent>> filterAllLogEvents(FilterLogEventsRequest request);

    // The JSON inputs (public for tests of the wire form).
    static QJsonObject getLogEventsInput(const GetLogEventsRequest& request);
    static QJsonObject filterLogEventsInput(const FilterLogEventsRequest& request);

private:
    template <typename T>
    AwsCall<T> call(const QString& operation, const QJsonObject& input,
                    std::function<AwsResult<T>(const QJsonObject&)> parse);

    AwsClientContext* m_context;
};

} // namespace SageDesk::Aws
