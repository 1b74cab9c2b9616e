#include "local/s3/S3Service.h"

#include "domain/Validation.h"
#include "local/protocol/WireError.h"
#include "local/protocol/XmlWriter.h"
#include "local/s3/LocalBuckets.h"

namespace SageDesk::Local {

namespace {

const auto kNamespace = QStringLiteral("http://s3.amazonaws.com/doc/2006-03-01/");

HttpResponse xmlResponse(const QByteArray& body, const QByteArray& requestId)
{
    HttpResponse response = HttpResponse::withBody(200, "application/xml", body);
    response.setHeader("x-amz-request-id", requestId);
    return response;
}

} // namespace

S3Service::S3Service(LocalBuckets& buckets, const EndpointContext& context)
    : m_buckets(buckets)
    , m_context(context)
{}

HttpResponse S3Service::handle(const HttpRequest& request, const QByteArray& requestId) const
{
    const auto fail = [&requestId](int status, const char* code, const QString& message) {
        return WireError{status, QString::fromLatin1(code), message}.toResponse(WireProtocol::RestXml,
                                                                                requestId);
    };
    const QString path = QString::fromUtf8(QByteArray::fromPercentEncoding(request.path));
    const QString bucket = path.mid(1).section(QLatin1Char('/'), 0, 0);
    const bool bucketOnly = !path.mid(1).contains(QLatin1Char('/')) || path.endsWith(QLatin1Char('/'));

    if (bucket.isEmpty()) {
        if (request.method != "GET") {
            return fail(405, "MethodNotAllowed",
                        QStringLiteral("The specified method is not allowed against this resource."));
        }
        XmlWriter xml;
        xml.open(QStringLiteral("ListAllMyBucketsResult"), kNamespace);
        xml.open(QStringLiteral("Owner"));
        xml.element(QStringLiteral("ID"), m_context.accountId);
        xml.element(QStringLiteral("DisplayName"), QStringLiteral("sagedesk-local"));
        xml.close();
        xml.open(QStringLiteral("Buckets"));
        for (const QString& name : m_buckets.names()) {
            xml.open(QStringLiteral("Bucket"));
            xml.element(QStringLiteral("Name"), name);
            xml.element(QStringLiteral("CreationDate"), m_buckets.creationDate(name).toString(Qt::ISODate));
            xml.close();
        }
        xml.close();
        xml.close();
        return xmlResponse(xml.finish(), requestId);
    }
    if (!bucketOnly) {
        return fail(501, "NotImplemented",
                    QStringLiteral("A header you provided implies functionality that is not implemented"));
    }
    if (request.method == "PUT") {
        if (Validation::s3BucketName(bucket)) {
            return fail(400, "InvalidBucketName", QStringLiteral("The specified bucket is not valid."));
        }
        if (m_buckets.exists(bucket)) {
            return fail(
                409, "BucketAlreadyOwnedByYou",
                QStringLiteral(
                    "Your previous request to create the named bucket succeeded and you already own it."));
        }
        if (!m_buckets.create(bucket)) {
            return fail(500, "InternalError",
                        QStringLiteral("We encountered an internal error. Please try again."));
        }
        HttpResponse response = xmlResponse({}, requestId);
        response.setHeader("Location", '/' + bucket.toUtf8());
        return response;
    }
    if (!m_buckets.exists(bucket)) {
        return fail(404, "NoSuchBucket", QStringLiteral("The specified bucket does not exist"));
    }
    if (request.method == "HEAD") {
        return xmlResponse({}, requestId);
    }
    if (request.method == "GET" &&
        request.queryItems().contains(QPair<QString, QString>(QStringLiteral("location"), QString()))) {
        XmlWriter xml;
        xml.open(QStringLiteral("LocationConstraint"), kNamespace);
        xml.close();
        QByteArray body = xml.finish();
        // us-east-1 answers an empty LocationConstraint; other regions name themselves.
        if (m_context.region != QLatin1String("us-east-1")) {
            body.replace("/>", ">" + m_context.region.toUtf8() + "</LocationConstraint>");
        }
        return xmlResponse(body, requestId);
    }
    return fail(501, "NotImplemented",
                QStringLiteral("A header you provided implies functionality that is not implemented"));
}

} // namespace SageDesk::Local
