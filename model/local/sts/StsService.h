#pragma once

#include "local/EndpointContext.h"
#include "local/http/HttpRequest.h"
#include "local/http/HttpResponse.h"

namespace SageDesk::Local {

// STS GetCallerIdentity (Query protocol, version 2011-06-15): the endpoint's one account, as its root.
class StsService final
{
public:
    explicit StsService(const EndpointContext& context);
    Q_DISABLE_COPY_MOVE(StsService)

    HttpResponse handle(const HttpRequest& request, const QByteArray& requestId) const;

private:
    const EndpointContext& m_context;
};

} // namespace SageDesk::Local
