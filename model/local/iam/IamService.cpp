#include "local/iam/IamService.h"

#include "local/protocol/QueryResponse.h"

namespace SageDesk::Local {

namespace {

const auto kNamespace = QStringLiteral("https://iam.amazonaws.com/doc/2010-05-08/");

} // namespace

IamService::IamService(LocalStateStore& store, const EndpointContext& context, const Clock& clock)
    : m_roles(store, context, clock)
    , m_policies(store, context, clock)
    , m_attachedPolicies(m_roles, m_policies)
{
    const auto bind = [](auto& api, auto method) {
        return
            [&api, method](const QueryRequest& input, XmlWriter& xml) { return (api.*method)(input, xml); };
    };
    m_operations = {
        {QStringLiteral("CreateRole"), bind(m_roles, &RoleApi::createRole)},
        {QStringLiteral("GetRole"), bind(m_roles, &RoleApi::getRole)},
        {QStringLiteral("ListRoles"), bind(m_roles, &RoleApi::listRoles)},
        {QStringLiteral("DeleteRole"), bind(m_roles, &RoleApi::deleteRole)},
        {QStringLiteral("PutRolePolicy"), bind(m_roles, &RoleApi::putRolePolicy)},
        {QStringLiteral("CreatePolicy"), bind(m_policies, &PolicyApi::createPolicy)},
        {QStringLiteral("DeletePolicy"), bind(m_policies, &PolicyApi::deletePolicy)},
        {QStringLiteral("AttachRolePolicy"), bind(m_attachedPolicies, &AttachedPolicyApi::attachRolePolicy)},
        {QStringLiteral("DetachRolePolicy"), bind(m_attachedPolicies, &AttachedPolicyApi::detachRolePolicy)},
        {QStringLiteral("ListAttachedRolePolicies"),
         bind(m_attachedPolicies, &AttachedPolicyApi::listAttachedRolePolicies)},
    };
}

HttpResponse IamService::handle(const HttpRequest& request, const QByteArray& requestId) const
{
    const QueryRequest input(
        HttpRequest::decodeForm(request.method == "POST" ? request.body : request.query));
    const QString action = input.action();
    const auto operation = m_operations.constFind(action);
    if (operation == m_operations.constEnd()) {
        return WireError{400, QStringLiteral("InvalidAction"),
                         QStringLiteral("Could not find operation %1 for version 2010-05-08").arg(action)}
            .toResponse(WireProtocol::Query, requestId, kNamespace);
    }
    std::optional<WireError> error;
    HttpResponse response = QueryResponse::build(action, kNamespace, requestId,
                                                 [&](XmlWriter& xml) { error = (*operation)(input, xml); });
    return error ? error->toResponse(WireProtocol::Query, requestId, kNamespace) : response;
}

} // namespace SageDesk::Local
