#pragma once

#include "domain/NotebookInstance.h"

#include <QDateTime>
#include <QList>
#include <QString>

// Inputs and outputs of the IAM operations SageDesk uses (execution roles). Field names follow the API.
namespace SageDesk::Aws {

struct IamRole
{
    QString roleName;
    QString roleId;
    QString arn;
    QString path;
    QString description;
    QString assumeRolePolicyDocument; // decoded JSON text
    int maxSessionDuration = 0;
    QDateTime createDate;
};

struct CreateRoleRequest
{
    QString roleName;
    QString path = QStringLiteral("/");
    QString assumeRolePolicyDocument; // JSON text
    QString description;
    int maxSessionDuration = 0; // 0: not sent (the API default, 3600)
    QList<Tag> tags;
};

struct IamPolicy
{
    QString policyName;
    QString policyId;
    QString arn;
    QString path;
    QString description;
    int attachmentCount = 0;
    QDateTime createDate;
};

struct CreatePolicyRequest
{
    QString policyName;
    QString path = QStringLiteral("/");
    QString policyDocument; // JSON text
    QString description;
};

struct AttachedPolicy
{
    QString policyName;
    QString policyArn;
    friend bool operator==(const AttachedPolicy&, const AttachedPolicy&) = default;
};

} // namespace SageDesk::Aws
