#pragma once

#include "local/EndpointContext.h"
#include "local/http/HttpRequest.h"
#include "local/http/HttpResponse.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace SageDesk::Local {

class ObjectStore;

// S3's multipart upload: CreateMultipartUpload, UploadPart (and UploadPartCopy),
// CompleteMultipartUpload, AbortMultipartUpload, ListParts and ListMultipartUploads. An upload is a
// folder in the bucket's store (uploads/<id>) holding its parts as files; Complete joins them into
// the object in the kernel (copy_file_range) and gives it S3's "md5-of-md5s-N" ETag.
class MultipartApi final
{
public:
    MultipartApi(const ObjectStore& store, const EndpointContext& context);
    Q_DISABLE_COPY_MOVE(MultipartApi)

    static constexpr qint64 kMinPartBytes = 5 * 1024 * 1024;

    HttpResponse createMultipartUpload(const HttpRequest& request, const QString& bucket, const QString& key,
                                       const QByteArray& requestId) const;
    HttpResponse uploadPart(const HttpRequest& request, const QString& bucket, const QString& key,
                            const QByteArray& requestId) const;
    HttpResponse completeMultipartUpload(const HttpRequest& request, const QString& bucket,
                                         const QString& key, const QByteArray& requestId) const;
    HttpResponse abortMultipartUpload(const HttpRequest& request, const QString& bucket, const QString& key,
                                      const QByteArray& requestId) const;
    HttpResponse listParts(const HttpRequest& request, const QString& bucket, const QString& key,
                           const QByteArray& requestId) const;
    HttpResponse listMultipartUploads(const HttpRequest& request, const QString& bucket,
                                      const QByteArray& requestId) const;

private:
    QString uploadFolder(const QString& bucket, const QString& uploadId) const;
    // The upload's record when `uploadId` names an upload of `key`.
    std::optional<QJsonObject> findUpload(const QString& bucket, const QString& key,
                                          const QString& uploadId) const;
    QList<QJsonObject> parts(const QString& folder) const;

    const ObjectStore& m_store;
    const EndpointContext& m_context;
};

} // namespace SageDesk::Local
