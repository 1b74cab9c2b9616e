#include "local/sagemaker/ApiInput.h"

namespace SageDesk::Local::ApiInput {

std::optional<WireError> requireMembers(const QJsonObject& input, const QStringList& required)
{
    for (const QString& member : required) {
        const QJsonValue value = input.value(member);
        if (value.isUndefined() || value.isNull()) {
            QString field = member;
            field[0] = field[0].toLower();
            return WireError::validation(
                QStringLiteral("1 validation error detected: Value null at '%1' failed "
                               "to satisfy constraint: Member must not be null")
                    .arg(field));
        }
    }
    return std::nullopt;
}

std::optional<WireError> fromIssues(const ValidationIssues& issues)
{
    if (issues.isEmpty()) {
        return std::nullopt;
    }
    QStringList messages;
    for (const ValidationIssue& issue : issues) {
        messages << issue.message;
    }
    return WireError::validation(QStringLiteral("%1 validation error%2 detected: %3")
                                     .arg(issues.size())
                                     .arg(issues.size() == 1 ? QString() : QStringLiteral("s"))
                                     .arg(messages.join(QStringLiteral("; "))));
}

WireError recordNotFound()
{
    return WireError::validation(QStringLiteral("RecordNotFound"));
}

} // namespace SageDesk::Local::ApiInput
