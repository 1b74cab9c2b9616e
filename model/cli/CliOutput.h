#pragma once

#include "aws/roles/ExecutionRoleRecipe.h"
#include "aws/services/IamTypes.h"
#include "aws/services/S3Client.h"
#include "aws/services/SageMakerTypes.h"
#include "aws/services/StsClient.h"
#include "cli/CliInvocation.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace SageDesk::Cli {

// What `sagedesk-cli` prints on stdout: JSON with the API's field names (timestamps as ISO 8601,
// as `aws` prints them), or an aligned text table.
class CliOutput final
{
public:
    CliOutput() = delete;

    // A list result, e.g. {"NotebookInstances": [...]}; the table shows `columns` of each row.
    static QString list(OutputFormat format, const QString& key, const QJsonArray& rows,
                        const QStringList& columns);
    // One object; the table shows it as FIELD VALUE lines.
    static QString object(OutputFormat format, const QJsonObject& object);

    static QString json(const QJsonValue& value);
    static QString table(const QJsonArray& rows, const QStringList& columns);
    static QString keyValueTable(const QJsonObject& object);
    // `aws --output text`: each row's values (or the object's) tab-separated, nested values compact.
    static QString text(const QJsonArray& rows, const QStringList& columns);
    static QString text(const QJsonObject& object);

    // Epoch-second numbers in fields ending in "Time" or "Date" become ISO 8601 UTC strings.
    static QJsonValue readableTimes(const QJsonValue& value);

    static QJsonObject toJson(const Aws::CallerIdentity& identity);
    static QJsonObject toJson(const Aws::IamRole& role);
    static QJsonObject toJson(const Aws::S3Bucket& bucket);
    static QJsonObject toJson(const Aws::NotebookInstanceLifecycleConfig& config);
    // {"Role": {...}, "ExecutionPolicyArn": ..., "AttachedPolicyArns": [...]}
    static QJsonObject toJson(const Aws::ExecutionRole& executionRole);
};

} // namespace SageDesk::Cli
