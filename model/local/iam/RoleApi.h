#pragma once

#include "core/Clock.h"
#include "local/EndpointContext.h"
#include "local/protocol/QueryRequest.h"
#include "local/protocol/WireError.h"
#include "local/protocol/XmlWriter.h"

#include <QJsonObject>

#include <optional>

namespace SageDesk::Local {

class LocalStateStore;

// CreateRole, GetRole, ListRoles, DeleteRole and PutRolePolicy: roles stored by name, with their
// inline policies and the ARNs of their attached policies in the same document.
class RoleApi final
{
public:
    RoleApi(LocalStateStore& store, const EndpointContext& context, const Clock& clock);
    Q_DISABLE_COPY_MOVE(RoleApi)

    std::optional<WireError> createRole(const QueryRequest& input, XmlWriter& xml);
    std::optional<WireError> getRole(const QueryRequest& input, XmlWriter& xml) const;
    std::optional<WireError> listRoles(const QueryRequest& input, XmlWriter& xml) const;
    std::optional<WireError> deleteRole(const QueryRequest& input, XmlWriter& xml);
    std::optional<WireError> putRolePolicy(const QueryRequest& input, XmlWriter& xml);

    // The role named by the request's RoleName, or IAM's error for a missing, invalid or unknown one.
    std::optional<WireError> find(const QueryRequest& input, QJsonObject& role) const;
    void save(const QJsonObject& role);

private:
    LocalStateStore& m_store;
    const EndpointContext& m_context;
    const Clock& m_clock;
};

} // namespace SageDesk::Local
