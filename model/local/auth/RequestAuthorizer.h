#pragma once

#include "core/Clock.h"
#include "local/EndpointContext.h"
#include "local/auth/RequestAuthenticator.h"
#include "local/http/HttpRequest.h"
#include "local/iam/PolicyEvaluator.h"
#include "local/protocol/WireError.h"

#include <optional>

namespace SageDesk::Local {

class RolePolicies;

// IAM's decision for a request signed with a role session's credentials: every action the request
// needs (SageMaker's operation, plus iam:PassRole for a new RoleArn; S3's per S3Actions; IAM's and
// STS's actions) is evaluated against the role's permission policies with the request context IAM
// would have (aws:PrincipalArn, aws:SourceIp, aws:CurrentTime, the service's keys). The refusal is the
// protocol's access-denied error with AWS's message. Requests signed with the endpoint's own key are
// never asked about: it is the account's root. S3's DeleteObjects is the exception that IAM makes too:
// s3:DeleteObject is decided per key by its handler (allows()), which answers AccessDenied for the
// denied keys and deletes the others, so authorize() passes it.
class RequestAuthorizer final
{
public:
    RequestAuthorizer(RolePolicies& policies, const EndpointContext& context, const Clock& clock);
    Q_DISABLE_COPY_MOVE(RequestAuthorizer)

    std::optional<WireError> authorize(const HttpRequest& request, WireProtocol protocol,
                                       const QByteArray& service,
                                       const RequestAuthenticator::RoleSession& session);

    // The decision on one action, with the same request context as authorize().
    bool allows(Iam::AuthorizationRequest call, const RequestAuthenticator::RoleSession& session) const;

    // The actions, resources and service condition keys `request` needs (no global keys).
    QList<Iam::AuthorizationRequest> neededFor(const HttpRequest& request, WireProtocol protocol,
                                               const QByteArray& service) const;

private:
    QList<Iam::AuthorizationRequest> sageMakerNeeds(const HttpRequest& request) const;
    QList<Iam::AuthorizationRequest> queryNeeds(const HttpRequest& request, const QByteArray& service) const;
    Iam::Decision decide(Iam::AuthorizationRequest& call, const QList<const Iam::PolicyDocument*>& policies,
                         const RequestAuthenticator::RoleSession& session) const;

    RolePolicies& m_policies;
    const EndpointContext& m_context;
    const Clock& m_clock;
};

} // namespace SageDesk::Local
