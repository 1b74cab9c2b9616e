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
    // AWS's form: one "Value '…' at '…' failed to satisfy constraint: …" per violated constraint of
    // the service model, so a value that is both too long and off-pattern counts twice. Rules that
    // are not model constraints keep the shared validator's sentence.
    QStringList messages;
    for (const ValidationIssue& issue : issues) {
        if (issue.wireConstraints.isEmpty()) {
            messages << issue.message;
            continue;
        }
        for (const QString& constraint : issue.wireConstraints) {
            messages << QStringLiteral("Value '%1' at '%2' failed to satisfy constraint: %3")
                            .arg(issue.wireValue, issue.wireMember, constraint);
        }
    }
    return WireError::validation(QStringLiteral("%1 validation error%2 detected: %3")
                                     .arg(messages.size())
                                     .arg(messages.size() == 1 ? QString() : QStringLiteral("s"))
                                     .arg(messages.join(QStringLiteral("; "))));
}

WireError recordNotFound()
{
    return WireError::validation(QStringLiteral("RecordNotFound"));
}

} // namespace SageDesk::Local::ApiInput
