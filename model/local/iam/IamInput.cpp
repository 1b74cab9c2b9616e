#include "local/iam/IamInput.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace SageDesk::Local::IamInput {

namespace {

constexpr int kMaxPolicyDocument = 131072;

std::optional<WireError> checkPath(const QString& path)
{
    if (path.isEmpty()) {
        return std::nullopt;
    }
    if (path.size() > 512 || !path.startsWith(QLatin1Char('/')) || !path.endsWith(QLatin1Char('/'))) {
        return validationError(path, QStringLiteral("path"),
                               QStringLiteral("Member must satisfy regular expression pattern: "
                                              "(\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)"));
    }
    return std::nullopt;
}

} // namespace

WireError validationError(const QString& value, const QString& field, const QString& constraint)
{
    return WireError{
        400, QStringLiteral("ValidationError"),
        QStringLiteral("1 validation error detected: Value '%1' at '%2' failed to satisfy constraint: "
                       "%3")
            .arg(value, field, constraint)};
}

std::optional<WireError> requireMembers(const QueryRequest& input, const QStringList& names)
{
    for (const QString& name : names) {
        if (!input.has(name)) {
            QString field = name;
            field[0] = field[0].toLower();
            return WireError{
                400, QStringLiteral("ValidationError"),
                QStringLiteral("1 validation error detected: Value null at '%1' failed to satisfy "
                               "constraint: Member must not be null")
                    .arg(field)};
        }
    }
    return std::nullopt;
}

std::optional<WireError> checkName(const QString& value, const QString& field, int maxLength)
{
    static const QRegularExpression pattern(QStringLiteral("^[\\w+=,.@-]+$"));
    if (value.isEmpty() || value.size() > maxLength) {
        return validationError(
            value, field, QStringLiteral("Member must have length less than or equal to %1").arg(maxLength));
    }
    if (!pattern.match(value).hasMatch()) {
        return validationError(
            value, field, QStringLiteral("Member must satisfy regular expression pattern: [\\w+=,.@-]+"));
    }
    return std::nullopt;
}

std::optional<WireError> checkPolicyDocument(const QString& document)
{
    if (document.size() > kMaxPolicyDocument) {
        return WireError{409, QStringLiteral("LimitExceeded"),
                         QStringLiteral("Cannot exceed quota for PolicySize: %1").arg(kMaxPolicyDocument)};
    }
    QJsonParseError error{};
    const QJsonDocument json = QJsonDocument::fromJson(document.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !json.isObject()) {
        return WireError{400, QStringLiteral("MalformedPolicyDocument"),
                         QStringLiteral("This policy contains invalid Json")};
    }
    if (!json.object().contains(QLatin1String("Statement"))) {
        return WireError{400, QStringLiteral("MalformedPolicyDocument"),
                         QStringLiteral("Syntax errors in policy.")};
    }
    return std::nullopt;
}

std::variant<NamedDocument, WireError> readNamedDocument(const QueryRequest& input, const QString& nameKey,
                                                         const QString& documentKey, const QString& nameField,
                                                         int maxNameLength)
{
    if (auto error = requireMembers(input, {nameKey, documentKey})) {
        return *error;
    }
    NamedDocument named{input.value(nameKey),
                        input.has(QStringLiteral("Path")) ? input.value(QStringLiteral("Path"))
                                                          : QStringLiteral("/"),
                        input.value(documentKey)};
    if (auto error = checkName(named.name, nameField, maxNameLength)) {
        return *error;
    }
    if (auto error = checkPath(named.path)) {
        return *error;
    }
    if (auto error = checkPolicyDocument(named.document)) {
        return *error;
    }
    return named;
}

std::optional<WireError> pageOf(const QueryRequest& input, qsizetype total, qsizetype& first,
                                qsizetype& count)
{
    bool ok = true;
    const int maxItems =
        input.has(QStringLiteral("MaxItems")) ? input.value(QStringLiteral("MaxItems")).toInt(&ok) : 100;
    if (!ok || maxItems < 1 || maxItems > 1000) {
        return validationError(input.value(QStringLiteral("MaxItems")), QStringLiteral("maxItems"),
                               QStringLiteral("Member must have value less than or equal to 1000"));
    }
    first = input.has(QStringLiteral("Marker")) ? input.value(QStringLiteral("Marker")).toLongLong(&ok) : 0;
    if (!ok || first < 0) {
        return validationError(input.value(QStringLiteral("Marker")), QStringLiteral("marker"),
                               QStringLiteral("Member must be a marker returned by an earlier call"));
    }
    count = std::max<qsizetype>(0, std::min<qsizetype>(maxItems, total - first));
    return std::nullopt;
}

void writeTruncation(XmlWriter& xml, qsizetype first, qsizetype count, qsizetype total)
{
    const bool truncated = first + count < total;
    xml.element(QStringLiteral("IsTruncated"), truncated ? QStringLiteral("true") : QStringLiteral("false"));
    if (truncated) {
        xml.element(QStringLiteral("Marker"), QString::number(first + count));
    }
}

QString randomId(QLatin1String prefix)
{
    static const QLatin1String alphabet("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
    QString id = prefix;
    for (int i = 0; i < 17; ++i) {
        id += alphabet[static_cast<qsizetype>(QRandomGenerator::global()->bounded(32))];
    }
    return id;
}

QString isoDate(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace SageDesk::Local::IamInput
