#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace SageDesk::Local::Iam {

// A pattern of an IAM policy: `*` matches any run of characters, `?` one character; `${key}` is a
// policy variable, replaced by the request's value of `key` before matching.
struct PolicyPattern
{
    QString text;
    bool hasVariables = false;
};

// One condition block entry, e.g. "ForAnyValue:StringLikeIfExists": {"aws:SourceArn": [..]}.
struct PolicyCondition
{
    enum class Operator
    {
        StringEquals,
        StringEqualsIgnoreCase,
        StringLike,
        NumericEquals,
        NumericLessThan,
        NumericLessThanEquals,
        NumericGreaterThan,
        NumericGreaterThanEquals,
        DateEquals,
        DateLessThan,
        DateLessThanEquals,
        DateGreaterThan,
        DateGreaterThanEquals,
        Bool,
        BinaryEquals,
        IpAddress,
        ArnLike, // ArnEquals matches the same way: both take wildcards per ARN component
        Null,
        Unknown, // never true: IAM refuses such documents, a stored one must not grant anything
    };
    enum class SetOperator
    {
        Single,
        ForAnyValue,
        ForAllValues,
    };

    Operator op = Operator::Unknown;
    // StringNotEquals, StringNotLike, ArnNotLike, NotIpAddress, NumericNotEquals, DateNotEquals, ...
    bool negated = false;
    bool ifExists = false;
    SetOperator set = SetOperator::Single;
    QString key; // lower case: condition keys are case-insensitive
    QList<PolicyPattern> values;
};

// Principal or NotPrincipal of a trust (resource) policy: "*", or per type ("AWS", "Service",
// "Federated", "CanonicalUser") the principals it names.
struct PolicyPrincipals
{
    bool any = false;
    QList<QPair<QString, PolicyPattern>> named;
};

struct PolicyStatement
{
    bool allow = true;
    // Lower case: actions are case-insensitive. Empty and !notAction: the statement names no action.
    QList<PolicyPattern> actions;
    bool notAction = false;
    // Empty and !notResource: every resource (trust policies name none).
    QList<PolicyPattern> resources;
    bool notResource = false;
    std::optional<PolicyPrincipals> principals;
    bool notPrincipal = false;
    QList<PolicyCondition> conditions;
};

// An IAM policy document (identity or trust policy), parsed once into what evaluation needs, so that
// evaluating a request reads no JSON. Statements that IAM would refuse are kept but can never apply.
class PolicyDocument final
{
public:
    // nullopt when `json` is not a policy document (no object, no Statement).
    static std::optional<PolicyDocument> parse(const QByteArray& json);

    const QList<PolicyStatement>& statements() const { return m_statements; }

private:
    QList<PolicyStatement> m_statements;
};

} // namespace SageDesk::Local::Iam
