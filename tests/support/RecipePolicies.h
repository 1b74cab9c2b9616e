#pragma once

#include "aws/roles/ExecutionRolePolicies.h"
#include "local/iam/PolicyEvaluator.h"
#include "local/iam/RolePolicies.h"

#include <QList>

#include <optional>

namespace SageDesk::Test {

// The permission policies of a role made by the console's recipe for one S3 choice, parsed as the
// endpoint parses them: AmazonSageMakerFullAccess plus, for Specific and Any, the execution policy.
class RecipePolicies final
{
public:
    explicit RecipePolicies(const Aws::S3Access& access)
    {
        const QString execution = Aws::ExecutionRolePolicies::executionPolicy(access);
        if (!execution.isEmpty()) {
            m_execution = Local::Iam::PolicyDocument::parse(execution.toUtf8());
        }
        if (const auto* managed =
                Local::RolePolicies::managedPolicy(Aws::ExecutionRolePolicies::managedPolicyArn())) {
            m_documents.append(managed);
        }
        if (m_execution) {
            m_documents.append(&*m_execution);
        }
    }
    RecipePolicies(const RecipePolicies&) = delete;
    RecipePolicies& operator=(const RecipePolicies&) = delete;

    const QList<const Local::Iam::PolicyDocument*>& documents() const { return m_documents; }

    // A request with some of the global keys the endpoint sets.
    static Local::Iam::AuthorizationRequest request(const char* action, const char* resource)
    {
        Local::Iam::AuthorizationRequest request;
        request.action = QString::fromUtf8(action);
        request.resource = QString::fromUtf8(resource);
        request.setContext(QStringLiteral("aws:PrincipalAccount"), QStringLiteral("123456789012"));
        request.setContext(QStringLiteral("aws:SourceIp"), QStringLiteral("127.0.0.1"));
        request.setContext(QStringLiteral("aws:SecureTransport"), QStringLiteral("false"));
        return request;
    }

    Local::Iam::Decision decide(const char* action, const char* resource) const
    {
        return Local::Iam::PolicyEvaluator::evaluate(m_documents, request(action, resource));
    }

private:
    std::optional<Local::Iam::PolicyDocument> m_execution;
    QList<const Local::Iam::PolicyDocument*> m_documents;
};

} // namespace SageDesk::Test
