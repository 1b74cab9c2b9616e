#include "aws/client/JsonProtocol.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace SageDesk::Aws::JsonProtocol {

AwsRequest request(const QString& service, const QString& targetPrefix, const QString& operation,
                   const QJsonObject& input)
{
    AwsRequest request;
    request.service = service;
    request.operation = operation;
    request.protocol = AwsProtocol::Json;
    request.headers = {{"Content-Type", "application/x-amz-json-1.1"},
                       {"X-Amz-Target", (targetPrefix + u'.' + operation).toUtf8()}};
    request.body = QJsonDocument(input).toJson(QJsonDocument::Compact);
    return request;
}

AwsResult<QJsonObject> body(const QString& service, const AwsHttpResponse& response)
{
    if (response.body.trimmed().isEmpty()) {
        return QJsonObject();
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(response.body, &error);
    if (!document.isObject()) {
        return AwsError::parse(
            service,
            QCoreApplication::translate("SageDesk::Aws::JsonProtocol", "The answer is not a JSON object: %1")
                .arg(error.errorString()),
            response.status);
    }
    return document.object();
}

} // namespace SageDesk::Aws::JsonProtocol
