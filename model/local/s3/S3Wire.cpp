#include "local/s3/S3Wire.h"

#include "aws/SigV4.h"
#include "local/protocol/WireError.h"
#include "local/protocol/XmlWriter.h"

#include <QLocale>

namespace SageDesk::Local::S3Wire {

HttpResponse xml(const QByteArray& body, const QByteArray& requestId)
{
    HttpResponse response = HttpResponse::withBody(200, "application/xml", body);
    response.setHeader("x-amz-request-id", requestId);
    return response;
}

HttpResponse empty(int status, const QByteArray& requestId)
{
    HttpResponse response;
    response.status = status;
    response.setHeader("x-amz-request-id", requestId);
    return response;
}

HttpResponse error(int status, const char* code, const QString& message, const QByteArray& requestId)
{
    return WireError{status, QString::fromLatin1(code), message}.toResponse(WireProtocol::RestXml, requestId);
}

HttpResponse noSuchKey(const QByteArray& requestId)
{
    return error(404, "NoSuchKey", QStringLiteral("The specified key does not exist."), requestId);
}

HttpResponse noSuchBucket(const QByteArray& requestId)
{
    return error(404, "NoSuchBucket", QStringLiteral("The specified bucket does not exist"), requestId);
}

HttpResponse internalError(const QByteArray& requestId)
{
    return error(500, "InternalError", QStringLiteral("We encountered an internal error. Please try again."),
                 requestId);
}

HttpResponse malformedXml(const QByteArray& requestId)
{
    return error(400, "MalformedXML",
                 QStringLiteral("The XML you provided was not well-formed or did not validate against our "
                                "published schema"),
                 requestId);
}

void writeAccount(XmlWriter& xml, const QString& element, const QString& accountId)
{
    xml.open(element);
    xml.element(QStringLiteral("ID"), accountId);
    xml.close();
}

QByteArray httpDate(const QDateTime& time)
{
    return QLocale::c().toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
}

QString xmlDate(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddThh:mm:ss.zzzZ"));
}

QByteArray quoted(const QByteArray& etag)
{
    return '"' + etag + '"';
}

QByteArray unquoted(QByteArrayView etag)
{
    QByteArray text = etag.trimmed().toByteArray();
    if (text.size() >= 2 && text.startsWith('"') && text.endsWith('"')) {
        text = text.mid(1, text.size() - 2);
    }
    return text;
}

QString encodedKey(const QString& key, bool urlEncoding)
{
    return urlEncoding ? QString::fromLatin1(Aws::SigV4::uriEncode(key.toUtf8(), true)) : key;
}

bool hasQuery(const HttpRequest& request, const QString& name)
{
    for (const auto& item : request.queryItems()) {
        if (item.first == name) {
            return true;
        }
    }
    return false;
}

} // namespace SageDesk::Local::S3Wire
