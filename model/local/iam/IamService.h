#pragma once

#include "core/Clock.h"
#include "local/EndpointContext.h"
#include "local/http/HttpRequest.h"
#include "local/http/HttpResponse.h"
#include "local/protocol/QueryRequest.h"
#include "local/protocol/WireError.h"
#include "local/protocol/XmlWriter.h"

#include <QHash>
#include <QJsonObject>

#include <functional>
#include <optional>

namespace SageDesk::Local {

class LocalStateStore;

// The IAM operations a SageMaker execution role needs, on the Query protocol (version 2010-05-08):
// CreateRole, GetRole, ListRoles, DeleteRole, CreatePolicy, DeletePolicy, AttachRolePolicy,
// DetachRolePolicy, ListAttachedRolePolicies and PutRolePolicy. AWS managed policies
// (arn:aws:iam::aws:policy/...) can be attached without being created.
class IamService final
{
public:
    IamService(LocalStateStore& store, const EndpointContext& context, const Clock& clock);
    Q_DISABLE_COPY_MOVE(IamService)

    HttpResponse handle(const HttpRequest& request, const QByteArray& requestId) const;

private:
    // Writes the <Action>Result content, or returns the error.
    using Operation = std::function<std::optional<WireError>(const QueryRequest&, XmlWriter&)>;

    std::optional<WireError> createRole(const QueryRequest& input, XmlWriter& xml) const;
    std::optional<WireError> getRole(const QueryRequest& input, XmlWriter& xml) const;
    std::optional<WireError> listRoles(const QueryRequest& input, XmlWriter& xml) const;
    std::optional<WireError> deleteRole(const QueryRequest& input, XmlWriter& xml) const;
    std::optional<WireError> createPolicy(const QueryRequest& input, XmlWriter& xml) const;
    std::optional<WireError> deletePolicy(const QueryRequest& input, XmlWriter& xml) const;
    std::optional<WireError> attachRolePolicy(const QueryRequest& input, XmlWriter& xml) const;
    std::optional<WireError> detachRolePolicy(const QueryRequest& input, XmlWriter& xml) const;
    std::optional<WireError> listAttachedRolePolicies(const QueryRequest& input, XmlWriter& xml) const;
    std::optional<WireError> putRolePolicy(const QueryRequest& input, XmlWriter& xml) const;

    std::optional<WireError> findRole(const QueryRequest& input, QJsonObject& role) const;
    std::optional<QJsonObject> findPolicy(const QString& arn) const;
    // AttachRolePolicy and DetachRolePolicy: the role of the request and its PolicyArn.
    std::optional<WireError> findRoleAndPolicyArn(const QueryRequest& input, QJsonObject& role,
                                                  QString& arn) const;
    // Stores the role's new list of attached policies and moves the policy's AttachmentCount by `delta`
    // (AWS managed policies are not counted).
    void storeAttachments(QJsonObject& role, const QJsonArray& attached, const QString& arn, int delta) const;

    LocalStateStore& m_store;
    const EndpointContext& m_context;
    const Clock& m_clock;
    QHash<QString, Operation> m_operations;
};

} // namespace SageDesk::Local
