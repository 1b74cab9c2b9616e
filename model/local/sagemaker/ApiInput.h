#pragma once

#include "domain/Validation.h"
#include "local/protocol/WireError.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace SageDesk::Local::ApiInput {

// "Value null at 'roleArn' failed to satisfy constraint: Member must not be null", for the first
// missing member of `required` (API names, e.g. "RoleArn").
std::optional<WireError> requireMembers(const QJsonObject& input, const QStringList& required);
// "2 validation errors detected: Value 'x' at 'notebookInstanceName' failed to satisfy constraint:
// ...; ..." from the shared validator's issues, in their wire form where they have one.
std::optional<WireError> fromIssues(const ValidationIssues& issues);
// The error AWS gives for a name that is not known: "RecordNotFound" for notebook instances.
WireError recordNotFound();

} // namespace SageDesk::Local::ApiInput
