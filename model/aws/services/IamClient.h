#pragma once

#include "aws/client/AwsCall.h"
#include "aws/client/QueryParameters.h"
#include "aws/client/XmlElement.h"
#include "aws/services/IamTypes.h"

#include <functional>

namespace SageDesk::Aws {

class AwsClientContext;

// IAM (Query protocol, Version 2010-05-08, signed for us-east-1), one method per AWS operation.
// List operations follow every Marker and answer the whole list.
class IamClient final
{
public:
    static constexpr auto kVersion = "2010-05-08";

    explicit IamClient(AwsClientContext* context);

    AwsCall<IamRole> createRole(const CreateRoleRequest& request);
    AwsCall<IamRole> getRole(const QString& roleName);
    AwsCall<QList<IamRole>> listRoles(const QString& pathPrefix = {});
    AwsCall<AwsEmpty> deleteRole(const QString& roleName);
    AwsCall<IamPolicy> createPolicy(const CreatePolicyRequest& request);
    AwsCall<AwsEmpty> deletePolicy(const QString& policyArn);
    AwsCall<AwsEmpty> attachRolePolicy(const QString& roleName, const QString& policyArn);
    AwsCall<AwsEmpty> detachRolePolicy(const QString& roleName, const QString& policyArn);
    AwsCall<QList<AttachedPolicy>> listAttachedRolePolicies(const QString& roleName);
    AwsCall<AwsEmpty> putRolePolicy(const QString& roleName, const QString& policyName,
                                    const QString& policyDocument);

private:
    template <typename T>
    AwsCall<T> call(const QString& action, const QueryParameters& parameters,
                    std::function<AwsResult<T>(const XmlElement&)> parse);
    AwsCall<AwsEmpty> callEmpty(const QString& action, const QueryParameters& parameters);

    AwsClientContext* m_context;
};

} // namespace SageDesk::Aws
