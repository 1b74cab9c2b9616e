#include "aws/roles/ExecutionRolePolicies.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace SageDesk::Aws::ExecutionRolePolicies {

namespace {

QString policyTemplate(const QString& fileName)
{
    QFile file(QStringLiteral(":/policies/") + fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("policy template %s is not compiled in", qPrintable(fileName));
    }
    return QString::fromUtf8(file.readAll()).trimmed();
}

QString arnArray(const QStringList& buckets, const QString& partition, const QString& suffix)
{
    QJsonArray arns;
    for (const QString& bucket : buckets) {
        arns.append(QStringLiteral("arn:%1:s3:::%2%3").arg(partition, bucket, suffix));
    }
    return QString::fromUtf8(QJsonDocument(arns).toJson(QJsonDocument::Compact));
}

} // namespace

QString nameSuffix(const QDateTime& utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss"));
}

QString roleName(const QString& suffix)
{
    return QStringLiteral("AmazonSageMaker-ExecutionRole-") + suffix;
}

QString policyName(const QString& suffix)
{
    return QStringLiteral("AmazonSageMaker-ExecutionPolicy-") + suffix;
}

QString description()
{
    return QStringLiteral("SageMaker execution role created from SageDesk.");
}

QString managedPolicyArn(const QString& partition)
{
    return QStringLiteral("arn:%1:iam::aws:policy/%2").arg(partition, QLatin1String(kManagedPolicyName));
}

QString trustPolicy(const QString& partition, const QString& region, const QString& accountId)
{
    return policyTemplate(QStringLiteral("execution-role-trust-policy.json"))
        .replace(QLatin1String("${Partition}"), partition)
        .replace(QLatin1String("${Region}"), region)
        .replace(QLatin1String("${AccountId}"), accountId);
}

QString executionPolicy(const S3Access& access, const QString& partition)
{
    switch (access.kind) {
    case S3Access::Kind::None:
        return {};
    case S3Access::Kind::Any:
        return policyTemplate(QStringLiteral("execution-policy-any-bucket.json"))
            .replace(QLatin1String("${Partition}"), partition);
    case S3Access::Kind::Specific:
        return policyTemplate(QStringLiteral("execution-policy-specific-buckets.json"))
            .replace(QLatin1String("${BucketArns}"), arnArray(access.buckets, partition, QString()))
            .replace(QLatin1String("${ObjectArns}"),
                     arnArray(access.buckets, partition, QStringLiteral("/*")));
    }
    return {};
}

QString withStopPermission(const QString& document, const QString& notebookInstanceArn)
{
    // Keys in the console's order (Effect, Action, Resource), which QJsonObject would sort.
    const QString text =
        QStringLiteral(
            "{\"Effect\":\"Allow\",\"Action\":[\"sagemaker:StopNotebookInstance\"],\"Resource\":%1}")
            .arg(QString::fromUtf8(
                QJsonDocument(QJsonArray{notebookInstanceArn}).toJson(QJsonDocument::Compact)));
    if (document.isEmpty()) {
        return QStringLiteral("{\"Version\":\"2012-10-17\",\"Statement\":[%1]}").arg(text);
    }
    // Every template ends with its statement list: "...]}".
    Q_ASSERT(document.endsWith(QLatin1String("]}")));
    return document.chopped(2) + QLatin1Char(',') + text + QStringLiteral("]}");
}

QString partitionOf(const QString& arn)
{
    const QStringList parts = arn.split(QLatin1Char(':'));
    return parts.size() > 1 && parts.first() == QLatin1String("arn") && !parts.at(1).isEmpty()
               ? parts.at(1)
               : QStringLiteral("aws");
}

bool mayTakeNextName(const AwsError& error, int& attempts)
{
    return error.kind == AwsError::Kind::Service && error.code == QLatin1String("EntityAlreadyExists") &&
           ++attempts < kMaxNameAttempts;
}

} // namespace SageDesk::Aws::ExecutionRolePolicies
