#pragma once

#include "local/EndpointContext.h"
#include "local/auth/RequestAuthenticator.h"
#include "local/http/HttpRequest.h"
#include "local/http/HttpResponse.h"

namespace SageDesk::Local {

class LocalStateStore;
class RequestAuthenticator;

// STS on the Query protocol (version 2011-06-15): GetCallerIdentity (the endpoint's one account, as
// its root) and AssumeRole of a role in the local IAM, whose temporary credentials the endpoint then
// accepts until they expire.
class StsService final
{
public:
    StsService(const LocalStateStore& store, RequestAuthenticator& authenticator,
               const EndpointContext& context);
    Q_DISABLE_COPY_MOVE(StsService)

    // `caller`: the role session of temporary credentials, or empty for the endpoint's own key.
    HttpResponse handle(const HttpRequest& request, const QByteArray& requestId,
                        const std::optional<RequestAuthenticator::RoleSession>& caller = std::nullopt) const;

private:
    const LocalStateStore& m_store;
    RequestAuthenticator& m_authenticator;
    const EndpointContext& m_context;
};

} // namespace SageDesk::Local
