#pragma once

#include "local/http/HttpRequest.h"
#include "local/http/HttpResponse.h"

#include <QDateTime>
#include <QString>

namespace SageDesk::Local {
class XmlWriter;
}

namespace SageDesk::Local::S3Wire {

// What every S3 answer shares: the XML namespace, the request id header, the date formats.
inline const QString kNamespace = QStringLiteral("http://s3.amazonaws.com/doc/2006-03-01/");

HttpResponse xml(const QByteArray& body, const QByteArray& requestId);
HttpResponse empty(int status, const QByteArray& requestId);
HttpResponse error(int status, const char* code, const QString& message, const QByteArray& requestId);
HttpResponse noSuchKey(const QByteArray& requestId);
HttpResponse noSuchBucket(const QByteArray& requestId);
HttpResponse internalError(const QByteArray& requestId);
HttpResponse malformedXml(const QByteArray& requestId);
// "Wed, 12 Oct 2009 17:50:00 GMT" for headers, "2009-10-12T17:50:00.000Z" for XML.
QByteArray httpDate(const QDateTime& time);
QString xmlDate(const QDateTime& time);
QByteArray quoted(const QByteArray& etag);
// An ETag as a client sends it back, without quotes.
QByteArray unquoted(QByteArrayView etag);
// encoding-type=url: keys and prefixes percent-encoded as S3 does (botocore decodes them).
QString encodedKey(const QString& key, bool urlEncoding);
// The query value of `name`, and whether the parameter is present at all (`?uploads` has no value).
bool hasQuery(const HttpRequest& request, const QString& name);
// <element><ID>account</ID></element>, as Owner and Initiator are written.
void writeAccount(XmlWriter& xml, const QString& element, const QString& accountId);

} // namespace SageDesk::Local::S3Wire
