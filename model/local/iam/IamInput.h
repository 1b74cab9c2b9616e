#pragma once

#include "local/protocol/QueryRequest.h"
#include "local/protocol/WireError.h"
#include "local/protocol/XmlWriter.h"

#include <QDateTime>
#include <QStringList>

#include <optional>
#include <variant>

namespace SageDesk::Local::IamInput {

// "1 validation error detected: Value '<value>' at '<field>' failed to satisfy constraint: ...".
WireError validationError(const QString& value, const QString& field, const QString& constraint);
// "Value null at 'roleName' ...", for the first missing parameter of `names` (API names, e.g.
// "RoleName").
std::optional<WireError> requireMembers(const QueryRequest& input, const QStringList& names);
// A role or policy name: 1 to `maxLength` characters of [\w+=,.@-].
std::optional<WireError> checkName(const QString& value, const QString& field, int maxLength);
// A policy document: JSON with a Statement, within IAM's size quota.
std::optional<WireError> checkPolicyDocument(const QString& document);

// CreateRole and CreatePolicy take the same trio: a name, an optional path and a policy document.
struct NamedDocument
{
    QString name;
    QString path;
    QString document;
};
std::variant<NamedDocument, WireError> readNamedDocument(const QueryRequest& input, const QString& nameKey,
                                                         const QString& documentKey, const QString& nameField,
                                                         int maxNameLength);

// Marker/MaxItems paging of IAM lists: `first` and `count` of `total` items.
std::optional<WireError> pageOf(const QueryRequest& input, qsizetype total, qsizetype& first,
                                qsizetype& count);
// IsTruncated, and the Marker of the next page when there is one.
void writeTruncation(XmlWriter& xml, qsizetype first, qsizetype count, qsizetype total);

// An IAM unique id: `prefix` ("AROA" for roles, "ANPA" for policies) and 17 random characters.
QString randomId(QLatin1String prefix);
// CreateDate and UpdateDate as IAM writes them.
QString isoDate(const QDateTime& time);

} // namespace SageDesk::Local::IamInput
