#include "aws/client/ErrorParser.h"

#include "aws/client/XmlElement.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace SageDesk::Aws::ErrorParser {

namespace {

QString statusCode(int status)
{
    // What the SDKs report when a body says nothing, e.g. S3's HEAD answers.
    switch (status) {
    case 400:
        return QStringLiteral("BadRequest");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("NotFound");
    case 500:
        return QStringLiteral("InternalError");
    case 502:
        return QStringLiteral("BadGateway");
    case 503:
        return QStringLiteral("ServiceUnavailable");
    case 504:
        return QStringLiteral("GatewayTimeout");
    default:
        return QStringLiteral("Http%1").arg(status);
    }
}

void readJson(const AwsHttpResponse& response, AwsError& error)
{
    const QJsonObject body = QJsonDocument::fromJson(response.body).object();
    QString code = body.value(QStringLiteral("__type")).toString();
    if (code.isEmpty()) {
        code = body.value(QStringLiteral("code")).toString();
    }
    if (code.isEmpty()) {
        code = QString::fromUtf8(response.header("X-Amzn-ErrorType"));
    }
    error.code = normalizeCode(code);
    error.message = body.value(QStringLiteral("message")).toString();
    if (error.message.isEmpty()) {
        error.message = body.value(QStringLiteral("Message")).toString();
    }
}

void readXml(const AwsHttpResponse& response, AwsError& error)
{
    const std::optional<XmlElement> root = XmlElement::parse(response.body);
    if (!root) {
        return;
    }
    // <ErrorResponse><Error>, <Response><Errors><Error> and S3's bare <Error> all hold the same fields.
    if (const XmlElement* element = root->descendant(u"Error")) {
        error.code = normalizeCode(element->textAt(u"Code"));
        error.message = element->textAt(u"Message");
        if (error.requestId.isEmpty()) {
            error.requestId = element->textAt(u"RequestId");
        }
    }
    if (error.requestId.isEmpty()) {
        if (const XmlElement* id = root->descendant(u"RequestId")) {
            error.requestId = id->text;
        } else if (const XmlElement* ec2Id = root->descendant(u"RequestID")) {
            error.requestId = ec2Id->text;
        }
    }
}

} // namespace

QString normalizeCode(QString code)
{
    if (const qsizetype hash = code.lastIndexOf(u'#'); hash >= 0) {
        code = code.mid(hash + 1);
    }
    if (const qsizetype colon = code.indexOf(u':'); colon >= 0) {
        code = code.left(colon);
    }
    return code.trimmed();
}

QString requestIdFromHeaders(const AwsHttpResponse& response)
{
    QByteArray id = response.header("x-amzn-RequestId");
    if (id.isEmpty()) {
        id = response.header("x-amz-request-id");
    }
    return QString::fromUtf8(id);
}

AwsError parse(AwsProtocol protocol, const QString& service, const AwsHttpResponse& response)
{
    AwsError error;
    error.kind = AwsError::Kind::Service;
    error.service = service;
    error.httpStatus = response.status;
    error.requestId = requestIdFromHeaders(response);
    // Gateways in front of JSON services (and moto's signature check) may answer XML.
    if (protocol == AwsProtocol::Json && !response.body.trimmed().startsWith('<')) {
        readJson(response, error);
    } else {
        readXml(response, error);
    }
    if (error.code.isEmpty()) {
        error.code = normalizeCode(QString::fromUtf8(response.header("X-Amzn-ErrorType")));
    }
    if (error.code.isEmpty()) {
        error.code = statusCode(response.status);
    }
    if (error.message.isEmpty() && !response.body.isEmpty() && error.code == statusCode(response.status)) {
        error.message = QString::fromUtf8(response.body.left(200)).simplified();
    }
    error.retryable = error.isRetryable();
    return error;
}

} // namespace SageDesk::Aws::ErrorParser
