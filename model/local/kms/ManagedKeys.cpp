#include "local/kms/ManagedKeys.h"

#include <QUuid>

namespace SageDesk::Local {

namespace {

struct ManagedAlias
{
    const char* alias;
    const char* service; // the description's service name
};

constexpr ManagedAlias kAliases[] = {
    {"aws/ebs", "EBS"}, {"aws/elasticfilesystem", "EFS"}, {"aws/lambda", "Lambda"},
    {"aws/s3", "S3"},   {"aws/sagemaker", "SageMaker"},   {"aws/secretsmanager", "SecretsManager"},
    {"aws/ssm", "SSM"},
};

} // namespace

ManagedKeys ManagedKeys::of(const EndpointContext& context)
{
    static const QUuid kNamespace(QStringLiteral("{5c1f3c2e-7a4d-4e8b-9b7e-3d6a2f0c9e11}"));
    ManagedKeys managed;
    managed.region = context.region;
    managed.accountId = context.accountId;
    managed.creationDate = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
    const QString prefix = QStringLiteral("arn:aws:kms:%1:%2:").arg(context.region, context.accountId);
    for (const ManagedAlias& alias : kAliases) {
        Key key;
        const QString aliasName = QStringLiteral("alias/") + QLatin1String(alias.alias);
        key.keyId = QUuid::createUuidV5(kNamespace, prefix + aliasName).toString(QUuid::WithoutBraces);
        key.keyArn = prefix + QStringLiteral("key/") + key.keyId;
        key.aliasName = aliasName;
        key.aliasArn = prefix + aliasName;
        key.description = QStringLiteral("Default key that protects my %1 data when no other key is defined")
                              .arg(QLatin1String(alias.service));
        managed.keys.append(key);
    }
    return managed;
}

std::optional<ManagedKeys::Key> ManagedKeys::find(const QString& keyReference) const
{
    for (const Key& key : keys) {
        if (keyReference == key.keyId || keyReference == key.keyArn || keyReference == key.aliasName ||
            keyReference == key.aliasArn) {
            return key;
        }
    }
    return std::nullopt;
}

QString ManagedKeys::notFoundMessage(const QString& keyReference) const
{
    const bool alias =
        keyReference.startsWith(QLatin1String("alias/")) || keyReference.contains(QLatin1String(":alias/"));
    const QString arn =
        keyReference.startsWith(QLatin1String("arn:"))
            ? keyReference
            : QStringLiteral("arn:aws:kms:%1:%2:%3")
                  .arg(region, accountId, alias ? keyReference : QStringLiteral("key/") + keyReference);
    return alias ? QStringLiteral("Alias %1 is not found.").arg(arn)
                 : QStringLiteral("Key '%1' does not exist").arg(arn);
}

} // namespace SageDesk::Local
