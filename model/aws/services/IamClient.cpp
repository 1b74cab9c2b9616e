#include "aws/services/IamClient.h"

#include "aws/client/AwsClientContext.h"
#include "aws/client/AwsPage.h"
#include "aws/client/AwsRequestJob.h"
#include "aws/client/Pagination.h"
#include "aws/client/QueryProtocol.h"
#include "aws/client/XmlValues.h"

#include <QUrl>

namespace SageDesk::Aws {

namespace {

const QString kService = QStringLiteral("iam");

IamRole roleFromXml(const XmlElement& role)
{
    IamRole result;
    result.roleName = role.textAt(u"RoleName");
    result.roleId = role.textAt(u"RoleId");
    result.arn = role.textAt(u"Arn");
    result.path = role.textAt(u"Path");
    result.description = role.textAt(u"Description");
    // IAM answers policy documents URL-encoded.
    result.assumeRolePolicyDocument =
        QUrl::fromPercentEncoding(role.textAt(u"AssumeRolePolicyDocument").toUtf8());
    result.maxSessionDuration = XmlValues::integer(role, u"MaxSessionDuration");
    result.createDate = XmlValues::timestamp(role, u"CreateDate");
    return result;
}

IamPolicy policyFromXml(const XmlElement& policy)
{
    IamPolicy result;
    result.policyName = policy.textAt(u"PolicyName");
    result.policyId = policy.textAt(u"PolicyId");
    result.arn = policy.textAt(u"Arn");
    result.path = policy.textAt(u"Path");
    result.description = policy.textAt(u"Description");
    result.attachmentCount = XmlValues::integer(policy, u"AttachmentCount");
    result.createDate = XmlValues::timestamp(policy, u"CreateDate");
    return result;
}

QString marker(const XmlElement& result)
{
    return XmlValues::boolean(result, u"IsTruncated") ? result.textAt(u"Marker") : QString();
}

} // namespace

IamClient::IamClient(AwsClientContext* context)
    : m_context(context)
{}

template <typename T>
AwsCall<T> IamClient::call(const QString& action, const QueryParameters& parameters,
                           std::function<AwsResult<T>(const XmlElement&)> parse)
{
    return AwsRequestJob::call<T>(
        m_context, QueryProtocol::request(kService, action, QLatin1String(kVersion), parameters),
        [action, parse = std::move(parse)](const AwsHttpResponse& response) -> AwsResult<T> {
            AwsResult<XmlElement> root = QueryProtocol::body(kService, response);
            if (!root) {
                return root.error();
            }
            return parse(XmlValues::result(root.value(), action));
        });
}

AwsCall<AwsEmpty> IamClient::callEmpty(const QString& action, const QueryParameters& parameters)
{
    return call<AwsEmpty>(action, parameters, [](const XmlElement&) { return AwsEmpty{}; });
}

AwsCall<IamRole> IamClient::createRole(const CreateRoleRequest& request)
{
    QueryParameters parameters;
    parameters.add(QStringLiteral("RoleName"), request.roleName)
        .addIfSet(QStringLiteral("Path"), request.path)
        .add(QStringLiteral("AssumeRolePolicyDocument"), request.assumeRolePolicyDocument)
        .addIfSet(QStringLiteral("Description"), request.description);
    if (request.maxSessionDuration > 0) {
        parameters.add(QStringLiteral("MaxSessionDuration"), QString::number(request.maxSessionDuration));
    }
    for (qsizetype i = 0; i < request.tags.size(); ++i) {
        const QString prefix = QStringLiteral("Tags.member.%1.").arg(i + 1);
        parameters.add(prefix + QLatin1String("Key"), request.tags.at(i).key)
            .add(prefix + QLatin1String("Value"), request.tags.at(i).value);
    }
    return call<IamRole>(QStringLiteral("CreateRole"), parameters, [](const XmlElement& result) {
        const XmlElement* role = result.child(u"Role");
        return role ? roleFromXml(*role) : IamRole{};
    });
}

AwsCall<IamRole> IamClient::getRole(const QString& roleName)
{
    return call<IamRole>(QStringLiteral("GetRole"),
                         QueryParameters().add(QStringLiteral("RoleName"), roleName),
                         [](const XmlElement& result) {
                             const XmlElement* role = result.child(u"Role");
                             return role ? roleFromXml(*role) : IamRole{};
                         });
}

AwsCall<QList<IamRole>> IamClient::listRoles(const QString& pathPrefix)
{
    QPointer<AwsClientContext> context(m_context);
    return Pagination::collect<AwsPage<IamRole>, IamRole>(
        m_context,
        [context, pathPrefix](const QString& token) {
            QueryParameters parameters;
            parameters.addIfSet(QStringLiteral("PathPrefix"), pathPrefix)
                .addIfSet(QStringLiteral("Marker"), token);
            return IamClient(context).call<AwsPage<IamRole>>(
                QStringLiteral("ListRoles"), parameters, [](const XmlElement& result) {
                    AwsPage<IamRole> page;
                    for (const XmlElement* role : XmlValues::members(result, u"Roles")) {
                        page.items.append(roleFromXml(*role));
                    }
                    page.nextToken = marker(result);
                    return page;
                });
        },
        &AwsPage<IamRole>::items, &AwsPage<IamRole>::nextToken);
}

AwsCall<AwsEmpty> IamClient::deleteRole(const QString& roleName)
{
    return callEmpty(QStringLiteral("DeleteRole"),
                     QueryParameters().add(QStringLiteral("RoleName"), roleName));
}

AwsCall<IamPolicy> IamClient::createPolicy(const CreatePolicyRequest& request)
{
    QueryParameters parameters;
    parameters.add(QStringLiteral("PolicyName"), request.policyName)
        .addIfSet(QStringLiteral("Path"), request.path)
        .add(QStringLiteral("PolicyDocument"), request.policyDocument)
        .addIfSet(QStringLiteral("Description"), request.description);
    return call<IamPolicy>(QStringLiteral("CreatePolicy"), parameters, [](const XmlElement& result) {
        const XmlElement* policy = result.child(u"Policy");
        return policy ? policyFromXml(*policy) : IamPolicy{};
    });
}

AwsCall<AwsEmpty> IamClient::deletePolicy(const QString& policyArn)
{
    return callEmpty(QStringLiteral("DeletePolicy"),
                     QueryParameters().add(QStringLiteral("PolicyArn"), policyArn));
}

AwsCall<AwsEmpty> IamClient::attachRolePolicy(const QString& roleName, const QString& policyArn)
{
    return callEmpty(QStringLiteral("AttachRolePolicy"), QueryParameters()
                                                             .add(QStringLiteral("RoleName"), roleName)
                                                             .add(QStringLiteral("PolicyArn"), policyArn));
}

AwsCall<AwsEmpty> IamClient::detachRolePolicy(const QString& roleName, const QString& policyArn)
{
    return callEmpty(QStringLiteral("DetachRolePolicy"), QueryParameters()
                                                             .add(QStringLiteral("RoleName"), roleName)
                                                             .add(QStringLiteral("PolicyArn"), policyArn));
}

AwsCall<QList<AttachedPolicy>> IamClient::listAttachedRolePolicies(const QString& roleName)
{
    QPointer<AwsClientContext> context(m_context);
    return Pagination::collect<AwsPage<AttachedPolicy>, AttachedPolicy>(
        m_context,
        [context, roleName](const QString& token) {
            QueryParameters parameters;
            parameters.add(QStringLiteral("RoleName"), roleName).addIfSet(QStringLiteral("Marker"), token);
            return IamClient(context).call<AwsPage<AttachedPolicy>>(
                QStringLiteral("ListAttachedRolePolicies"), parameters, [](const XmlElement& result) {
                    AwsPage<AttachedPolicy> page;
                    for (const XmlElement* policy : XmlValues::members(result, u"AttachedPolicies")) {
                        page.items.append({policy->textAt(u"PolicyName"), policy->textAt(u"PolicyArn")});
                    }
                    page.nextToken = marker(result);
                    return page;
                });
        },
        &AwsPage<AttachedPolicy>::items, &AwsPage<AttachedPolicy>::nextToken);
}

AwsCall<AwsEmpty> IamClient::putRolePolicy(const QString& roleName, const QString& policyName,
                                           const QString& policyDocument)
{
    return callEmpty(QStringLiteral("PutRolePolicy"),
                     QueryParameters()
                         .add(QStringLiteral("RoleName"), roleName)
                         .add(QStringLiteral("PolicyName"), policyName)
                         .add(QStringLiteral("PolicyDocument"), policyDocument));
}

} // namespace SageDesk::Aws
