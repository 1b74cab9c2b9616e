#include "local/protocol/QueryResponse.h"

namespace SageDesk::Local::QueryResponse {

HttpResponse build(const QString& action, const QString& xmlNamespace, const QByteArray& requestId,
                   const std::function<void(XmlWriter&)>& writeResult)
{
    XmlWriter xml;
    xml.open(action + QStringLiteral("Response"), xmlNamespace);
    xml.open(action + QStringLiteral("Result"));
    writeResult(xml);
    xml.close();
    xml.open(QStringLiteral("ResponseMetadata"));
    xml.element(QStringLiteral("RequestId"), QString::fromLatin1(requestId));
    xml.close();
    xml.close();
    HttpResponse response = HttpResponse::withBody(200, "text/xml", xml.finish());
    response.setHeader("x-amzn-RequestId", requestId);
    return response;
}

} // namespace SageDesk::Local::QueryResponse
