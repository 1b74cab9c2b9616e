#include "aws/services/S3Client.h"

#include "aws/client/AwsClientContext.h"
#include "aws/client/AwsRequestJob.h"
#include "aws/client/QueryProtocol.h"
#include "aws/client/XmlValues.h"

namespace SageDesk::Aws {

namespace {

const QString kService = QStringLiteral("s3");

AwsRequest s3Request(const QString& operation, const QByteArray& method, const QString& path)
{
    AwsRequest request;
    request.service = kService;
    request.operation = operation;
    request.protocol = AwsProtocol::RestXml;
    request.method = method;
    request.path = path;
    return request;
}

template <typename T>
AwsCall<T> s3Call(AwsClientContext* context, AwsRequest request, std::function<T(const XmlElement&)> parse)
{
    return AwsRequestJob::call<T>(
        context, std::move(request),
        [parse = std::move(parse)](const AwsHttpResponse& response) -> AwsResult<T> {
            AwsResult<XmlElement> root = QueryProtocol::body(kService, response);
            if (!root) {
                return root.error();
            }
            return parse(root.value());
        });
}

} // namespace

S3Client::S3Client(AwsClientContext* context)
    : m_context(context)
{}

AwsCall<QList<S3Bucket>> S3Client::listBuckets()
{
    return s3Call<QList<S3Bucket>>(
        m_context, s3Request(QStringLiteral("ListBuckets"), "GET", QStringLiteral("/")),
        [](const XmlElement& root) {
            QList<S3Bucket> buckets;
            if (const XmlElement* list = root.child(u"Buckets")) {
                for (const XmlElement* bucket : list->all(u"Bucket")) {
                    buckets.append({bucket->textAt(u"Name"), XmlValues::timestamp(*bucket, u"CreationDate")});
                }
            }
            return buckets;
        });
}

AwsCall<AwsEmpty> S3Client::createBucket(const QString& bucket, const QString& region)
{
    AwsRequest request = s3Request(QStringLiteral("CreateBucket"), "PUT", u'/' + bucket);
    // us-east-1 is the one region S3 refuses as a LocationConstraint.
    if (!region.isEmpty() && region != QLatin1String("us-east-1")) {
        request.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/xml")));
        request.body = "<CreateBucketConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
                       "<LocationConstraint>" +
                       region.toUtf8().toPercentEncoding("-") +
                       "</LocationConstraint></CreateBucketConfiguration>";
    }
    return AwsRequestJob::call<AwsEmpty>(m_context, std::move(request),
                                         [](const AwsHttpResponse&) { return AwsEmpty{}; });
}

AwsCall<QString> S3Client::getBucketLocation(const QString& bucket)
{
    AwsRequest request = s3Request(QStringLiteral("GetBucketLocation"), "GET", u'/' + bucket);
    request.query = {{QStringLiteral("location"), QString()}};
    return s3Call<QString>(m_context, std::move(request), [](const XmlElement& root) {
        return root.text.isEmpty() ? QStringLiteral("us-east-1") : root.text;
    });
}

} // namespace SageDesk::Aws
