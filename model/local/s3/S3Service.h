#pragma once

#include "local/EndpointContext.h"
#include "local/http/HttpRequest.h"
#include "local/http/HttpResponse.h"

#include <functional>
#include <memory>
#include <optional>

namespace SageDesk::Local {

class LocalBuckets;
class MultipartApi;
class ObjectApi;
class ObjectStore;
class ObjectUpload;

// S3's REST-XML operations, path style: the bucket operations (ListBuckets, CreateBucket,
// DeleteBucket, HeadBucket, GetBucketLocation) here, objects in ObjectApi, multipart uploads in
// MultipartApi, all on the folders of LocalBuckets through ObjectStore.
class S3Service final
{
public:
    S3Service(LocalBuckets& buckets, const EndpointContext& context);
    ~S3Service();
    Q_DISABLE_COPY_MOVE(S3Service)

    // For a request whose head is in and whose body is not: a sink for the body of PutObject and
    // UploadPart (an object streams to disk), or nothing (the body is small and read into memory).
    // What the head alone shows to be wrong (no such bucket or upload, a bad Content-MD5, ...) comes
    // back as `refusal`, before the body is read.
    struct BodyRoute
    {
        std::shared_ptr<ObjectUpload> sink;
        std::optional<HttpResponse> refusal;
    };
    BodyRoute routeBody(const HttpRequest& head, const QByteArray& requestId) const;

    // Whether the caller may delete `key` of `bucket`, asked per key by DeleteObjects; empty for the
    // endpoint's own key, which may delete anything.
    using DeletePermission = std::function<bool(const QString& bucket, const QString& key)>;

    HttpResponse handle(const HttpRequest& request, const QByteArray& requestId,
                        const DeletePermission& mayDelete = {}) const;

private:
    HttpResponse handleBucket(const HttpRequest& request, const QString& bucket, const QByteArray& requestId,
                              const DeletePermission& mayDelete) const;
    HttpResponse handleObject(const HttpRequest& request, const QString& bucket, const QString& key,
                              const QByteArray& requestId) const;

    LocalBuckets& m_buckets;
    const EndpointContext& m_context;
    std::unique_ptr<ObjectStore> m_store;
    std::unique_ptr<ObjectApi> m_objects;
    std::unique_ptr<MultipartApi> m_multipart;
};

} // namespace SageDesk::Local
