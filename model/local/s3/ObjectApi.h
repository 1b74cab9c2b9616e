#pragma once

#include "core/Digest.h"
#include "local/EndpointContext.h"
#include "local/http/HttpRequest.h"
#include "local/http/HttpResponse.h"
#include "local/s3/ObjectMetadata.h"

#include <QFile>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace SageDesk::Local {

class ObjectStore;
class ObjectUpload;

// S3's object operations on one bucket: PutObject, CopyObject, GetObject/HeadObject (with Range),
// DeleteObject, DeleteObjects and ListObjects(V2), with S3's headers, ETags and error codes.
class ObjectApi final
{
public:
    ObjectApi(const ObjectStore& store, const EndpointContext& context);
    Q_DISABLE_COPY_MOVE(ObjectApi)

    HttpResponse putObject(const HttpRequest& request, const QString& bucket, const QString& key,
                           const QByteArray& requestId) const;
    HttpResponse copyObject(const HttpRequest& request, const QString& bucket, const QString& key,
                            const QByteArray& requestId) const;
    HttpResponse getObject(const HttpRequest& request, const QString& bucket, const QString& key,
                           const QByteArray& requestId) const;
    HttpResponse deleteObject(const QString& bucket, const QString& key, const QByteArray& requestId) const;
    // `mayDelete` decides each key: a denied one is answered with an AccessDenied <Error>, as S3 does.
    HttpResponse deleteObjects(const HttpRequest& request, const QString& bucket, const QByteArray& requestId,
                               const std::function<bool(const QString& key)>& mayDelete) const;
    HttpResponse listObjects(const HttpRequest& request, const QString& bucket,
                             const QByteArray& requestId) const;

    // The upload the request's body streamed into, or one made now from a body held in memory.
    static std::shared_ptr<ObjectUpload> uploadOf(const HttpRequest& request, const ObjectStore& store,
                                                  const QString& bucket);
    // Content-Type and the other stored headers, and x-amz-meta-*, as the request gives them.
    static ObjectMetadata metadataFrom(const HttpRequest& request);
    // Bytes [offset, offset + length) of `from` appended to `to`, hashed on the way when `md5` is set.
    static bool copyRange(const QString& from, qint64 offset, qint64 length, QFile& to, Digest* md5);

    // x-amz-copy-source ("/bucket/key" or "bucket/key", URL-encoded, maybe "?versionId=") taken apart.
    struct CopySource
    {
        QString bucket;
        QString key;
    };
    static std::optional<CopySource> copySource(const HttpRequest& request);

private:
    const ObjectStore& m_store;
    const EndpointContext& m_context;
};

} // namespace SageDesk::Local
