#include "local/protocol/WireError.h"

#include "local/protocol/XmlWriter.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace SageDesk::Local {

HttpResponse WireError::toResponse(WireProtocol protocol, const QByteArray& requestId,
                                   const QString& xmlNamespace) const
{
    HttpResponse response;
    response.status = status;
    switch (protocol) {
    case WireProtocol::Json: {
        const QJsonObject body{{QStringLiteral("__type"), code}, {QStringLiteral("message"), message}};
        response.setHeader("Content-Type", "application/x-amz-json-1.1");
        response.setHeader("x-amzn-RequestId", requestId);
        response.setHeader("X-Amzn-ErrorType", code.toUtf8());
        response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        break;
    }
    case WireProtocol::Query: {
        XmlWriter xml;
        xml.open(QStringLiteral("ErrorResponse"), xmlNamespace);
        xml.open(QStringLiteral("Error"));
        xml.element(QStringLiteral("Type"),
                    status >= 500 ? QStringLiteral("Receiver") : QStringLiteral("Sender"));
        xml.element(QStringLiteral("Code"), code);
        xml.element(QStringLiteral("Message"), message);
        xml.close();
        xml.element(QStringLiteral("RequestId"), QString::fromLatin1(requestId));
        xml.close();
        response.setHeader("Content-Type", "text/xml");
        response.setHeader("x-amzn-RequestId", requestId);
        response.body = xml.finish();
        break;
    }
    case WireProtocol::Ec2Query: {
        XmlWriter xml;
        xml.open(QStringLiteral("Response"));
        xml.open(QStringLiteral("Errors"));
        xml.open(QStringLiteral("Error"));
        xml.element(QStringLiteral("Code"), code);
        xml.element(QStringLiteral("Message"), message);
        xml.close();
        xml.close();
        xml.element(QStringLiteral("RequestID"), QString::fromLatin1(requestId));
        xml.close();
        response.setHeader("Content-Type", "text/xml;charset=UTF-8");
        response.body = xml.finish();
        break;
    }
    case WireProtocol::RestXml: {
        XmlWriter xml;
        xml.open(QStringLiteral("Error"));
        xml.element(QStringLiteral("Code"), code);
        xml.element(QStringLiteral("Message"), message);
        xml.element(QStringLiteral("RequestId"), QString::fromLatin1(requestId));
        xml.close();
        response.setHeader("Content-Type", "application/xml");
        response.setHeader("x-amz-request-id", requestId);
        response.body = xml.finish();
        break;
    }
    }
    return response;
}

WireError WireError::validation(const QString& message)
{
    return WireError{400, QStringLiteral("ValidationException"), message};
}

WireError WireError::constraint(const QString& value, const QString& field, const QString& constraint)
{
    return validation(QStringLiteral("1 validation error detected: Value '%1' at '%2' failed to satisfy "
                                     "constraint: %3")
                          .arg(value, field, constraint));
}

} // namespace SageDesk::Local
