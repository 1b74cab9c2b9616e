#pragma once

#include "local/iam/PolicyDocument.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace SageDesk::Local {

class LocalStateStore;

// The permission policies of the local roles, parsed once: attached customer policies, the AWS
// managed policies this endpoint knows (AmazonSageMakerFullAccess, AdministratorAccess,
// AmazonS3FullAccess, AmazonS3ReadOnlyAccess; any other grants nothing here) and inline policies.
// What a role has is parsed again only after the store has changed.
class RolePolicies final
{
public:
    explicit RolePolicies(const LocalStateStore& store);
    Q_DISABLE_COPY_MOVE(RolePolicies)

    // Empty when the role does not exist. Valid until the next call.
    QList<const Iam::PolicyDocument*> permissionPolicies(const QString& roleName);
    // The role's trust policy, or nullptr when the role does not exist or `roleArn` is not its ARN.
    const Iam::PolicyDocument* trustPolicy(const QString& roleArn);

    // Whether SageMaker may assume `roleArn` for the resource `sourceArn` of `sourceAccount`: the role
    // exists under exactly this ARN and its trust policy allows sagemaker.amazonaws.com sts:AssumeRole
    // (with aws:SourceArn and aws:SourceAccount in the request context, as SageMaker sends them).
    bool sageMakerMayAssume(const QString& roleArn, const QString& sourceArn, const QString& sourceAccount);

    // An AWS managed policy by ARN (arn:aws:iam::aws:policy/<name>), or nullptr when unknown.
    static const Iam::PolicyDocument* managedPolicy(const QString& arn);

private:
    struct Parsed
    {
        std::shared_ptr<const Iam::PolicyDocument> trust;
        QList<std::shared_ptr<const Iam::PolicyDocument>> owned;
        QList<const Iam::PolicyDocument*> permissions;
        QString arn;
    };
    const Parsed* parsedRole(const QString& roleName);

    const LocalStateStore& m_store;
    quint64 m_generation = 0;
    QHash<QString, Parsed> m_roles;
};

} // namespace SageDesk::Local
