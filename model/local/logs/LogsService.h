#pragma once

#include "local/EndpointContext.h"
#include "local/http/HttpRequest.h"
#include "local/http/HttpResponse.h"
#include "local/sagemaker/ApiResult.h"

#include <QHash>
#include <QString>

#include <functional>

namespace SageDesk::Local {

class InstanceLogIngester;
class LogEventStore;

// CloudWatch Logs' JSON 1.1 protocol (`X-Amz-Target: Logs_20140328.<Operation>`, signed for
// "logs") for the one log group SageMaker writes notebook instances' logs to,
// /aws/sagemaker/NotebookInstances: DescribeLogStreams, GetLogEvents and FilterLogEvents, with
// AWS's paging tokens, limits and error codes. Each request first ingests the files it reads from.
class LogsService final
{
public:
    LogsService(LogEventStore& store, InstanceLogIngester& ingester, const EndpointContext& context);
    Q_DISABLE_COPY_MOVE(LogsService)

    HttpResponse handle(const HttpRequest& request, const QByteArray& requestId) const;
    QStringList operations() const;

    ApiResult describeLogStreams(const QJsonObject& input) const;
    ApiResult getLogEvents(const QJsonObject& input) const;
    ApiResult filterLogEvents(const QJsonObject& input) const;

private:
    // The group named by logGroupName or logGroupIdentifier, when it exists.
    std::optional<WireError> checkGroup(const QJsonObject& input) const;
    QString streamArn(const QString& streamName) const;

    using Operation = std::function<ApiResult(const QJsonObject&)>;
    QHash<QString, Operation> m_operations;
    LogEventStore& m_store;
    InstanceLogIngester& m_ingester;
    const EndpointContext& m_context;
};

} // namespace SageDesk::Local
