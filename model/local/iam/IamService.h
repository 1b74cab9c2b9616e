#pragma once

#include "core/Clock.h"
#include "local/EndpointContext.h"
#include "local/http/HttpRequest.h"
#include "local/http/HttpResponse.h"
#include "local/iam/AttachedPolicyApi.h"
#include "local/iam/PolicyApi.h"
#include "local/iam/RoleApi.h"
#include "local/protocol/QueryRequest.h"
#include "local/protocol/WireError.h"
#include "local/protocol/XmlWriter.h"

#include <QHash>

#include <functional>
#include <optional>

namespace SageDesk::Local {

class LocalStateStore;

// The IAM operations a SageMaker execution role needs, on the Query protocol (version 2010-05-08):
// one table from the AWS operation name to the API of its resource (RoleApi, PolicyApi,
// AttachedPolicyApi), the way SageMakerService dispatches to the SageMaker APIs.
class IamService final
{
public:
    IamService(LocalStateStore& store, const EndpointContext& context, const Clock& clock);
    Q_DISABLE_COPY_MOVE(IamService)

    HttpResponse handle(const HttpRequest& request, const QByteArray& requestId) const;

private:
    // Writes the <Action>Result content, or returns the error.
    using Operation = std::function<std::optional<WireError>(const QueryRequest&, XmlWriter&)>;

    RoleApi m_roles;
    PolicyApi m_policies;
    AttachedPolicyApi m_attachedPolicies;
    QHash<QString, Operation> m_operations;
};

} // namespace SageDesk::Local
