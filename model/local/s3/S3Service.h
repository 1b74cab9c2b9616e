#pragma once

#include "local/EndpointContext.h"
#include "local/http/HttpRequest.h"
#include "local/http/HttpResponse.h"

namespace SageDesk::Local {

class LocalBuckets;

// S3's REST-XML bucket operations, path style: ListBuckets (GET /), CreateBucket (PUT /b),
// HeadBucket (HEAD /b) and GetBucketLocation (GET /b?location).
class S3Service final
{
public:
    S3Service(LocalBuckets& buckets, const EndpointContext& context);
    Q_DISABLE_COPY_MOVE(S3Service)

    HttpResponse handle(const HttpRequest& request, const QByteArray& requestId) const;

private:
    LocalBuckets& m_buckets;
    const EndpointContext& m_context;
};

} // namespace SageDesk::Local
