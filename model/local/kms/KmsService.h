#pragma once

#include "local/EndpointContext.h"
#include "local/http/HttpRequest.h"
#include "local/http/HttpResponse.h"

namespace SageDesk::Local {

// KMS on JSON 1.1 (`X-Amz-Target: TrentService.<Operation>`), for the wizard's key picker:
// ListKeys, ListAliases and DescribeKey over the account's AWS-managed keys (ManagedKeys), with
// Limit/Marker paging and KMS's error codes and texts.
class KmsService final
{
public:
    explicit KmsService(const EndpointContext& context);
    Q_DISABLE_COPY_MOVE(KmsService)

    HttpResponse handle(const HttpRequest& request, const QByteArray& requestId) const;

private:
    const EndpointContext& m_context;
};

} // namespace SageDesk::Local
