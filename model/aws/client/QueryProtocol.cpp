#include "aws/client/QueryProtocol.h"

#include <QCoreApplication>

namespace SageDesk::Aws::QueryProtocol {

AwsRequest request(const QString& service, const QString& action, const QString& version,
                   const QueryParameters& parameters, AwsProtocol protocol)
{
    QueryParameters all;
    all.add(QStringLiteral("Action"), action).add(QStringLiteral("Version"), version);
    for (const auto& [name, value] : parameters.items()) {
        all.add(name, value);
    }
    AwsRequest request;
    request.service = service;
    request.operation = action;
    request.protocol = protocol;
    request.headers = {{"Content-Type", "application/x-www-form-urlencoded; charset=utf-8"}};
    request.body = all.encoded();
    return request;
}

AwsResult<XmlElement> body(const QString& service, const AwsHttpResponse& response)
{
    std::optional<XmlElement> root = XmlElement::parse(response.body);
    if (!root) {
        return AwsError::parse(
            service,
            QCoreApplication::translate("SageDesk::Aws::QueryProtocol", "The answer is not an XML document."),
            response.status);
    }
    return std::move(*root);
}

} // namespace SageDesk::Aws::QueryProtocol
