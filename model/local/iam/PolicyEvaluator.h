#pragma once

#include "local/iam/PolicyDocument.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace SageDesk::Local::Iam {

// What one request asks for, in IAM's terms.
struct AuthorizationRequest
{
    QString action;   // "s3:GetObject"
    QString resource; // an ARN, or "*" for actions without resource-level permissions
    // For trust policies: the principal that asks ("Service", "sagemaker.amazonaws.com").
    QString principalType;
    QString principal;
    // The request context: condition keys in lower case, each with its values.
    QHash<QString, QStringList> context;

    void setContext(const QString& key, const QString& value) { context.insert(key.toLower(), {value}); }
};

enum class Decision
{
    Allow,
    ImplicitDeny, // nothing allows it
    ExplicitDeny, // a Deny statement applies
};

// IAM's evaluation of identity-based (or trust) policies, without I/O: an applicable Deny wins, then
// any applicable Allow, else the request is implicitly denied. A statement applies when its
// Action/NotAction, Resource/NotResource (with * and ? wildcards and policy variables), its
// Principal/NotPrincipal (when the document has one) and every condition match.
namespace PolicyEvaluator {

Decision evaluate(const QList<const PolicyDocument*>& policies, const AuthorizationRequest& request);

// The part after "is not authorized to perform: ..." as AWS writes it: "<action> on resource:
// <resource> because no identity-based policy allows the <action> action", or "... with an explicit
// deny in an identity-based policy". `quoteResource`: S3 puts the resource in double quotes.
QString denialMessage(const QString& principalArn, const AuthorizationRequest& request, Decision decision,
                      bool quoteResource = false);

// `*` and `?` glob matching, case-sensitive (lower-case both sides for a case-insensitive match).
bool matchesWildcard(QStringView pattern, QStringView text);

} // namespace PolicyEvaluator

} // namespace SageDesk::Local::Iam
