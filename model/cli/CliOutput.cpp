#include "cli/CliOutput.h"

#include <QJsonDocument>

#include <algorithm>

namespace SageDesk::Cli {

namespace {

QString cellText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array:
    case QJsonValue::Object:
        return QString::fromUtf8(value.isArray()
                                     ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                     : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

void putTime(QJsonObject& json, const QString& key, const QDateTime& time)
{
    if (time.isValid()) {
        json.insert(key, time.toUTC().toString(Qt::ISODate));
    }
}

bool isTimeField(const QString& key)
{
    return key.endsWith(QLatin1String("Time")) || key.endsWith(QLatin1String("Date"));
}

} // namespace

QString CliOutput::json(const QJsonValue& value)
{
    const QJsonValue readable = readableTimes(value);
    if (readable.isArray()) {
        return QString::fromUtf8(QJsonDocument(readable.toArray()).toJson(QJsonDocument::Indented));
    }
    return QString::fromUtf8(QJsonDocument(readable.toObject()).toJson(QJsonDocument::Indented));
}

QString CliOutput::list(OutputFormat format, const QString& key, const QJsonArray& rows,
                        const QStringList& columns)
{
    switch (format) {
    case OutputFormat::Json:
        return json(QJsonObject{{key, rows}});
    case OutputFormat::Table:
        return table(rows, columns);
    case OutputFormat::Text:
        return text(rows, columns);
    }
    return {};
}

QString CliOutput::object(OutputFormat format, const QJsonObject& value)
{
    switch (format) {
    case OutputFormat::Json:
        return json(value);
    case OutputFormat::Table:
        return keyValueTable(value);
    case OutputFormat::Text:
        return text(value);
    }
    return {};
}

QString CliOutput::text(const QJsonArray& rows, const QStringList& columns)
{
    QString lines;
    for (const auto& row : readableTimes(rows).toArray()) {
        QStringList values;
        for (const QString& column : columns) {
            values.append(cellText(row.toObject().value(column)));
        }
        lines += values.join(QLatin1Char('\t')) + QLatin1Char('\n');
    }
    return lines;
}

QString CliOutput::text(const QJsonObject& value)
{
    // As `aws --output text`: the object's own values on one line, then one line per nested object or
    // array element, led by the field's name in capitals.
    QStringList scalars;
    QStringList nested;
    const auto scalarsOf = [](const QJsonObject& object) {
        QStringList values;
        for (auto it = object.begin(); it != object.end(); ++it) {
            values.append(cellText(it.value()));
        }
        return values;
    };
    const QJsonObject readable = readableTimes(value).toObject();
    for (auto it = readable.begin(); it != readable.end(); ++it) {
        const QString label = it.key().toUpper();
        if (it.value().isObject()) {
            nested.append((QStringList{label} + scalarsOf(it.value().toObject())).join(QLatin1Char('\t')));
        } else if (it.value().isArray()) {
            for (const auto& element : it.value().toArray()) {
                const QStringList values =
                    element.isObject() ? scalarsOf(element.toObject()) : QStringList{cellText(element)};
                nested.append((QStringList{label} + values).join(QLatin1Char('\t')));
            }
        } else {
            scalars.append(cellText(it.value()));
        }
    }
    if (!scalars.isEmpty()) {
        nested.prepend(scalars.join(QLatin1Char('\t')));
    }
    return nested.isEmpty() ? QString() : nested.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString CliOutput::table(const QJsonArray& rows, const QStringList& columns)
{
    QList<QStringList> cells{columns};
    for (const auto& row : readableTimes(rows).toArray()) {
        QStringList line;
        for (const QString& column : columns) {
            line.append(cellText(row.toObject().value(column)));
        }
        cells.append(line);
    }
    QList<qsizetype> widths(columns.size(), 0);
    for (const auto& line : cells) {
        for (qsizetype i = 0; i < line.size(); ++i) {
            widths[i] = std::max(widths[i], line.at(i).size());
        }
    }
    QString text;
    for (const auto& line : cells) {
        QStringList padded;
        for (qsizetype i = 0; i < line.size(); ++i) {
            padded.append(i + 1 < line.size() ? line.at(i).leftJustified(widths.at(i)) : line.at(i));
        }
        text += padded.join(QStringLiteral("  ")) + QLatin1Char('\n');
    }
    return text;
}

QString CliOutput::keyValueTable(const QJsonObject& value)
{
    const QJsonObject readable = readableTimes(value).toObject();
    qsizetype width = 0;
    for (auto it = readable.begin(); it != readable.end(); ++it) {
        width = std::max(width, it.key().size());
    }
    QString text;
    for (auto it = readable.begin(); it != readable.end(); ++it) {
        text +=
            it.key().leftJustified(width) + QStringLiteral("  ") + cellText(it.value()) + QLatin1Char('\n');
    }
    return text;
}

QJsonValue CliOutput::readableTimes(const QJsonValue& value)
{
    if (value.isArray()) {
        QJsonArray array;
        for (const auto& item : value.toArray()) {
            array.append(readableTimes(item));
        }
        return array;
    }
    if (!value.isObject()) {
        return value;
    }
    QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isDouble() && isTimeField(it.key())) {
            const auto msecs = static_cast<qint64>(it.value().toDouble() * 1000.0);
            it.value() = QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(Qt::ISODate);
        } else if (it.value().isObject() || it.value().isArray()) {
            it.value() = readableTimes(it.value());
        }
    }
    return object;
}

QJsonObject CliOutput::toJson(const Aws::CallerIdentity& identity)
{
    return {{QStringLiteral("UserId"), identity.userId},
            {QStringLiteral("Account"), identity.account},
            {QStringLiteral("Arn"), identity.arn}};
}

QJsonObject CliOutput::toJson(const Aws::IamRole& role)
{
    QJsonObject json{{QStringLiteral("RoleName"), role.roleName},
                     {QStringLiteral("RoleId"), role.roleId},
                     {QStringLiteral("Arn"), role.arn},
                     {QStringLiteral("Path"), role.path}};
    if (!role.description.isEmpty()) {
        json.insert(QStringLiteral("Description"), role.description);
    }
    if (role.maxSessionDuration > 0) {
        json.insert(QStringLiteral("MaxSessionDuration"), role.maxSessionDuration);
    }
    putTime(json, QStringLiteral("CreateDate"), role.createDate);
    return json;
}

QJsonObject CliOutput::toJson(const Aws::S3Bucket& bucket)
{
    QJsonObject json{{QStringLiteral("Name"), bucket.name}};
    putTime(json, QStringLiteral("CreationDate"), bucket.creationDate);
    return json;
}

QJsonObject CliOutput::toJson(const Aws::NotebookInstanceLifecycleConfig& config)
{
    QJsonObject json{
        {QStringLiteral("NotebookInstanceLifecycleConfigName"), config.notebookInstanceLifecycleConfigName},
        {QStringLiteral("NotebookInstanceLifecycleConfigArn"), config.notebookInstanceLifecycleConfigArn}};
    putTime(json, QStringLiteral("CreationTime"), config.creationTime);
    putTime(json, QStringLiteral("LastModifiedTime"), config.lastModifiedTime);
    return json;
}

QJsonObject CliOutput::toJson(const Aws::ExecutionRole& executionRole)
{
    QJsonObject json{
        {QStringLiteral("Role"), toJson(executionRole.role)},
        {QStringLiteral("AttachedPolicyArns"), QJsonArray::fromStringList(executionRole.attachedPolicyArns)}};
    if (!executionRole.executionPolicyArn.isEmpty()) {
        json.insert(QStringLiteral("ExecutionPolicyArn"), executionRole.executionPolicyArn);
    }
    return json;
}

} // namespace SageDesk::Cli
