#pragma once

#include "local/EndpointContext.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace SageDesk::Local {

// The AWS-managed KMS keys of an account in a region (aws/sagemaker, aws/s3, aws/ebs, ...): what a
// KMS key picker lists in local mode and the only keys a notebook instance may name. Ids are
// derived from the account, the region and the alias, so they are stable between runs.
struct ManagedKeys
{
    struct Key
    {
        QString keyId; // a UUID
        QString keyArn;
        QString aliasName; // "alias/aws/sagemaker"
        QString aliasArn;
        QString description;
    };

    QList<Key> keys;
    // Local mode has no history: every managed key dates from the start of 2024.
    QDateTime creationDate;

    static ManagedKeys of(const EndpointContext& context);

    // A key id, key ARN, alias name or alias ARN, as KMS and SageMaker accept them.
    std::optional<Key> find(const QString& keyReference) const;
    // KMS's NotFoundException text for a reference that names no key: "Key '<arn>' does not exist"
    // or "Alias <arn> is not found.".
    QString notFoundMessage(const QString& keyReference) const;

    QString region;
    QString accountId;
};

} // namespace SageDesk::Local
