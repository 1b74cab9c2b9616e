#include "local/sts/StsService.h"

#include "local/protocol/QueryRequest.h"
#include "local/protocol/QueryResponse.h"
#include "local/protocol/WireError.h"
#include "local/protocol/XmlWriter.h"

namespace SageDesk::Local {

namespace {
const auto kNamespace = QStringLiteral("https://sts.amazonaws.com/doc/2011-06-15/");
} // namespace

StsService::StsService(const EndpointContext& context)
    : m_context(context)
{}

HttpResponse StsService::handle(const HttpRequest& request, const QByteArray& requestId) const
{
    const QueryRequest input(
        HttpRequest::decodeForm(request.method == "POST" ? request.body : request.query));
    if (input.action() != QLatin1String("GetCallerIdentity")) {
        return WireError{
            400, QStringLiteral("InvalidAction"),
            QStringLiteral("Could not find operation %1 for version 2011-06-15").arg(input.action())}
            .toResponse(WireProtocol::Query, requestId, kNamespace);
    }
    return QueryResponse::build(input.action(), kNamespace, requestId, [this](XmlWriter& xml) {
        xml.element(QStringLiteral("Arn"), QStringLiteral("arn:aws:iam::%1:root").arg(m_context.accountId));
        xml.element(QStringLiteral("UserId"), m_context.accountId);
        xml.element(QStringLiteral("Account"), m_context.accountId);
    });
}

} // namespace SageDesk::Local
