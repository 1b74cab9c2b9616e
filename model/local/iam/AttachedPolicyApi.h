#pragma once

#include "local/protocol/QueryRequest.h"
#include "local/protocol/WireError.h"
#include "local/protocol/XmlWriter.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace SageDesk::Local {

class PolicyApi;
class RoleApi;

// AttachRolePolicy, DetachRolePolicy and ListAttachedRolePolicies: the link between a role and a
// managed policy. The role keeps the ARNs; the policy counts its attachments.
class AttachedPolicyApi final
{
public:
    AttachedPolicyApi(RoleApi& roles, PolicyApi& policies);
    Q_DISABLE_COPY_MOVE(AttachedPolicyApi)

    std::optional<WireError> attachRolePolicy(const QueryRequest& input, XmlWriter& xml);
    std::optional<WireError> detachRolePolicy(const QueryRequest& input, XmlWriter& xml);
    std::optional<WireError> listAttachedRolePolicies(const QueryRequest& input, XmlWriter& xml) const;

private:
    // Attach and detach: the role of the request and its PolicyArn.
    std::optional<WireError> findRoleAndPolicyArn(const QueryRequest& input, QJsonObject& role,
                                                  QString& arn) const;
    // Stores the role's new list of attached policies and moves the policy's AttachmentCount by `delta`.
    void storeAttachments(QJsonObject& role, const QJsonArray& attached, const QString& arn, int delta);

    RoleApi& m_roles;
    PolicyApi& m_policies;
};

} // namespace SageDesk::Local
