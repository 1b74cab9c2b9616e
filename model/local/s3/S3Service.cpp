#include "local/s3/S3Service.h"

#include "domain/Validation.h"
#include "local/protocol/XmlWriter.h"
#include "local/s3/LocalBuckets.h"
#include "local/s3/MultipartApi.h"
#include "local/s3/ObjectApi.h"
#include "local/s3/ObjectStore.h"
#include "local/s3/ObjectUpload.h"
#include "local/s3/S3Wire.h"

#include <QSet>

namespace SageDesk::Local {

namespace {

constexpr qsizetype kMaxKeyBytes = 1024;

HttpResponse notImplemented(const QByteArray& requestId)
{
    return S3Wire::error(
        501, "NotImplemented",
        QStringLiteral("A header you provided implies functionality that is not implemented"), requestId);
}

HttpResponse methodNotAllowed(const QByteArray& requestId)
{
    return S3Wire::error(405, "MethodNotAllowed",
                         QStringLiteral("The specified method is not allowed against this resource."),
                         requestId);
}

struct Target
{
    QString bucket;
    QString key;
};

// Path style: "/<bucket>/<key>", the key percent-decoded as a whole ("%2F" is a slash, as in S3).
Target targetOf(const HttpRequest& request)
{
    const QString path = QString::fromUtf8(QByteArray::fromPercentEncoding(request.path)).mid(1);
    const qsizetype slash = path.indexOf(QLatin1Char('/'));
    return slash < 0 ? Target{path, {}} : Target{path.left(slash), path.mid(slash + 1)};
}

// Only the parameters of ListObjects(V2) leave a bucket GET a listing; any other names a
// sub-resource (?versioning, ?acl, ...) this endpoint does not have.
bool isListing(const HttpRequest& request)
{
    static const QSet<QString> parameters = {
        QStringLiteral("list-type"),   QStringLiteral("prefix"),        QStringLiteral("delimiter"),
        QStringLiteral("max-keys"),    QStringLiteral("marker"),        QStringLiteral("continuation-token"),
        QStringLiteral("start-after"), QStringLiteral("encoding-type"), QStringLiteral("fetch-owner")};
    for (const auto& item : request.queryItems()) {
        if (!parameters.contains(item.first)) {
            return false;
        }
    }
    return true;
}

bool isObjectWrite(const HttpRequest& request, const Target& target)
{
    return request.method == "PUT" && !target.key.isEmpty() && !request.hasHeader("x-amz-copy-source") &&
           (request.query.isEmpty() || S3Wire::hasQuery(request, QStringLiteral("partNumber")));
}

} // namespace

S3Service::S3Service(LocalBuckets& buckets, const EndpointContext& context)
    : m_buckets(buckets)
    , m_context(context)
    , m_store(std::make_unique<ObjectStore>(buckets))
    , m_objects(std::make_unique<ObjectApi>(*m_store, context))
    , m_multipart(std::make_unique<MultipartApi>(*m_store, context))
{}

S3Service::~S3Service() = default;

S3Service::BodyRoute S3Service::routeBody(const HttpRequest& head, const QByteArray& requestId) const
{
    const Target target = targetOf(head);
    if (!isObjectWrite(head, target)) {
        return {};
    }
    if (!m_buckets.exists(target.bucket)) {
        return {nullptr, S3Wire::noSuchBucket(requestId)};
    }
    if (auto error = ObjectUpload::checkHead(head)) {
        return {nullptr, error->toResponse(WireProtocol::RestXml, requestId)};
    }
    return {std::make_shared<ObjectUpload>(head, m_store->temporaryPath(target.bucket), std::nullopt), {}};
}

HttpResponse S3Service::handle(const HttpRequest& request, const QByteArray& requestId,
                               const DeletePermission& mayDelete) const
{
    const Target target = targetOf(request);
    if (target.bucket.isEmpty()) {
        if (request.method != "GET") {
            return methodNotAllowed(requestId);
        }
        XmlWriter xml;
        xml.open(QStringLiteral("ListAllMyBucketsResult"), S3Wire::kNamespace);
        xml.open(QStringLiteral("Owner"));
        xml.element(QStringLiteral("ID"), m_context.accountId);
        xml.element(QStringLiteral("DisplayName"), QStringLiteral("sagedesk-local"));
        xml.close();
        xml.open(QStringLiteral("Buckets"));
        for (const QString& name : m_buckets.names()) {
            xml.open(QStringLiteral("Bucket"));
            xml.element(QStringLiteral("Name"), name);
            xml.element(QStringLiteral("CreationDate"), S3Wire::xmlDate(m_buckets.creationDate(name)));
            xml.close();
        }
        xml.close();
        xml.close();
        return S3Wire::xml(xml.finish(), requestId);
    }
    if (target.key.isEmpty()) {
        return handleBucket(request, target.bucket, requestId, mayDelete);
    }
    if (!m_buckets.exists(target.bucket)) {
        return S3Wire::noSuchBucket(requestId);
    }
    if (target.key.toUtf8().size() > kMaxKeyBytes) {
        return S3Wire::error(400, "KeyTooLongError", QStringLiteral("Your key is too long"), requestId);
    }
    return handleObject(request, target.bucket, target.key, requestId);
}

HttpResponse S3Service::handleBucket(const HttpRequest& request, const QString& bucket,
                                     const QByteArray& requestId, const DeletePermission& mayDelete) const
{
    if (request.method == "PUT" && request.query.isEmpty()) {
        if (Validation::s3BucketName(bucket)) {
            return S3Wire::error(400, "InvalidBucketName",
                                 QStringLiteral("The specified bucket is not valid."), requestId);
        }
        if (m_buckets.exists(bucket)) {
            return S3Wire::error(
                409, "BucketAlreadyOwnedByYou",
                QStringLiteral(
                    "Your previous request to create the named bucket succeeded and you already own it."),
                requestId);
        }
        // An index left open for a folder removed behind the endpoint's back would write nowhere.
        m_store->forgetBucket(bucket);
        if (!m_buckets.create(bucket)) {
            return S3Wire::internalError(requestId);
        }
        HttpResponse response = S3Wire::empty(200, requestId);
        response.setHeader("Location", '/' + bucket.toUtf8());
        return response;
    }
    if (!m_buckets.exists(bucket)) {
        return S3Wire::noSuchBucket(requestId);
    }
    if (request.method == "HEAD") {
        HttpResponse response = S3Wire::empty(200, requestId);
        response.setHeader("x-amz-bucket-region", m_context.region.toLatin1());
        return response;
    }
    if (request.method == "DELETE" && request.query.isEmpty()) {
        if (m_store->hasObjects(bucket)) {
            return S3Wire::error(409, "BucketNotEmpty",
                                 QStringLiteral("The bucket you tried to delete is not empty"), requestId);
        }
        m_store->forgetBucket(bucket);
        return m_buckets.remove(bucket) ? S3Wire::empty(204, requestId) : S3Wire::internalError(requestId);
    }
    if (request.method == "POST" && S3Wire::hasQuery(request, QStringLiteral("delete"))) {
        return m_objects->deleteObjects(request, bucket, requestId, [&](const QString& key) {
            return !mayDelete || mayDelete(bucket, key);
        });
    }
    if (request.method != "GET") {
        return request.query.isEmpty() ? methodNotAllowed(requestId) : notImplemented(requestId);
    }
    if (S3Wire::hasQuery(request, QStringLiteral("location"))) {
        XmlWriter xml;
        xml.open(QStringLiteral("LocationConstraint"), S3Wire::kNamespace);
        xml.close();
        QByteArray body = xml.finish();
        // us-east-1 answers an empty LocationConstraint; other regions name themselves.
        if (m_context.region != QLatin1String("us-east-1")) {
            body.replace("/>", ">" + m_context.region.toUtf8() + "</LocationConstraint>");
        }
        return S3Wire::xml(body, requestId);
    }
    if (S3Wire::hasQuery(request, QStringLiteral("uploads"))) {
        return m_multipart->listMultipartUploads(request, bucket, requestId);
    }
    if (isListing(request)) {
        return m_objects->listObjects(request, bucket, requestId);
    }
    return notImplemented(requestId);
}

HttpResponse S3Service::handleObject(const HttpRequest& request, const QString& bucket, const QString& key,
                                     const QByteArray& requestId) const
{
    const bool upload = S3Wire::hasQuery(request, QStringLiteral("uploadId"));
    if (request.method == "PUT") {
        if (upload && S3Wire::hasQuery(request, QStringLiteral("partNumber"))) {
            return m_multipart->uploadPart(request, bucket, key, requestId);
        }
        if (!request.query.isEmpty()) {
            return notImplemented(requestId);
        }
        return request.hasHeader("x-amz-copy-source") ? m_objects->copyObject(request, bucket, key, requestId)
                                                      : m_objects->putObject(request, bucket, key, requestId);
    }
    if (request.method == "GET" || request.method == "HEAD") {
        if (upload && request.method == "GET") {
            return m_multipart->listParts(request, bucket, key, requestId);
        }
        for (const auto& item : request.queryItems()) {
            if (!item.first.startsWith(QLatin1String("response-")) &&
                item.first != QLatin1String("versionId")) {
                return notImplemented(requestId);
            }
        }
        return m_objects->getObject(request, bucket, key, requestId);
    }
    if (request.method == "DELETE") {
        return upload ? m_multipart->abortMultipartUpload(request, bucket, key, requestId)
                      : m_objects->deleteObject(bucket, key, requestId);
    }
    if (request.method == "POST") {
        if (S3Wire::hasQuery(request, QStringLiteral("uploads"))) {
            return m_multipart->createMultipartUpload(request, bucket, key, requestId);
        }
        if (upload) {
            return m_multipart->completeMultipartUpload(request, bucket, key, requestId);
        }
    }
    return methodNotAllowed(requestId);
}

} // namespace SageDesk::Local
