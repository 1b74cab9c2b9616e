#include "local/iam/AttachedPolicyApi.h"

#include "local/iam/IamInput.h"
#include "local/iam/PolicyApi.h"
#include "local/iam/RoleApi.h"

namespace SageDesk::Local {

using namespace IamInput;

AttachedPolicyApi::AttachedPolicyApi(RoleApi& roles, PolicyApi& policies)
    : m_roles(roles)
    , m_policies(policies)
{}

std::optional<WireError> AttachedPolicyApi::findRoleAndPolicyArn(const QueryRequest& input, QJsonObject& role,
                                                                 QString& arn) const
{
    if (auto error = m_roles.find(input, role)) {
        return error;
    }
    if (auto error = requireMembers(input, {QStringLiteral("PolicyArn")})) {
        return error;
    }
    arn = input.value(QStringLiteral("PolicyArn"));
    return std::nullopt;
}

void AttachedPolicyApi::storeAttachments(QJsonObject& role, const QJsonArray& attached, const QString& arn,
                                         int delta)
{
    role.insert(QStringLiteral("AttachedPolicies"), attached);
    m_roles.save(role);
    m_policies.countAttachment(arn, delta);
}

std::optional<WireError> AttachedPolicyApi::attachRolePolicy(const QueryRequest& input, XmlWriter&)
{
    QJsonObject role;
    QString arn;
    if (auto error = findRoleAndPolicyArn(input, role, arn)) {
        return error;
    }
    if (!m_policies.find(arn)) {
        return WireError{404, QStringLiteral("NoSuchEntity"),
                         QStringLiteral("Policy %1 does not exist or is not attachable.").arg(arn)};
    }
    QJsonArray attached = role.value(QLatin1String("AttachedPolicies")).toArray();
    if (!attached.contains(arn)) {
        attached.append(arn);
        storeAttachments(role, attached, arn, +1);
    }
    return std::nullopt;
}

std::optional<WireError> AttachedPolicyApi::detachRolePolicy(const QueryRequest& input, XmlWriter&)
{
    QJsonObject role;
    QString arn;
    if (auto error = findRoleAndPolicyArn(input, role, arn)) {
        return error;
    }
    QJsonArray attached = role.value(QLatin1String("AttachedPolicies")).toArray();
    const qsizetype index = attached.toVariantList().indexOf(arn);
    if (index < 0) {
        return WireError{404, QStringLiteral("NoSuchEntity"),
                         QStringLiteral("Policy %1 was not found.").arg(arn)};
    }
    attached.removeAt(index);
    storeAttachments(role, attached, arn, -1);
    return std::nullopt;
}

std::optional<WireError> AttachedPolicyApi::listAttachedRolePolicies(const QueryRequest& input,
                                                                     XmlWriter& xml) const
{
    QJsonObject role;
    if (auto error = m_roles.find(input, role)) {
        return error;
    }
    const QJsonArray attached = role.value(QLatin1String("AttachedPolicies")).toArray();
    qsizetype first = 0;
    qsizetype count = 0;
    if (auto error = pageOf(input, attached.size(), first, count)) {
        return error;
    }
    xml.open(QStringLiteral("AttachedPolicies"));
    for (qsizetype i = first; i < first + count; ++i) {
        const QString arn = attached.at(i).toString();
        const auto policy = m_policies.find(arn);
        xml.open(QStringLiteral("member"));
        xml.element(QStringLiteral("PolicyName"), policy
                                                      ? policy->value(QLatin1String("PolicyName")).toString()
                                                      : arn.section(QLatin1Char('/'), -1));
        xml.element(QStringLiteral("PolicyArn"), arn);
        xml.close();
    }
    xml.close();
    writeTruncation(xml, first, count, attached.size());
    return std::nullopt;
}

} // namespace SageDesk::Local
