#include "local/iam/PolicyDocument.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace SageDesk::Local::Iam {

namespace {

using Op = PolicyCondition::Operator;

// A string or an array of strings, as every element of a policy may be written.
QStringList stringsOf(const QJsonValue& value)
{
    if (value.isString()) {
        return {value.toString()};
    }
    if (value.isBool()) {
        return {value.toBool() ? QStringLiteral("true") : QStringLiteral("false")};
    }
    if (value.isDouble()) {
        return {QString::number(value.toDouble(), 'g', 17)};
    }
    QStringList strings;
    for (const QJsonValue& item : value.toArray()) {
        strings += stringsOf(item);
    }
    return strings;
}

QList<PolicyPattern> patternsOf(const QJsonValue& value, bool lowerCase)
{
    QList<PolicyPattern> patterns;
    for (const QString& text : stringsOf(value)) {
        patterns.append({lowerCase ? text.toLower() : text, text.contains(QLatin1String("${"))});
    }
    return patterns;
}

struct OperatorName
{
    Op op;
    bool negated;
};

const QHash<QString, OperatorName>& operatorNames()
{
    static const QHash<QString, OperatorName> names{
        {QStringLiteral("stringequals"), {Op::StringEquals, false}},
        {QStringLiteral("stringnotequals"), {Op::StringEquals, true}},
        {QStringLiteral("stringequalsignorecase"), {Op::StringEqualsIgnoreCase, false}},
        {QStringLiteral("stringnotequalsignorecase"), {Op::StringEqualsIgnoreCase, true}},
        {QStringLiteral("stringlike"), {Op::StringLike, false}},
        {QStringLiteral("stringnotlike"), {Op::StringLike, true}},
        {QStringLiteral("numericequals"), {Op::NumericEquals, false}},
        {QStringLiteral("numericnotequals"), {Op::NumericEquals, true}},
        {QStringLiteral("numericlessthan"), {Op::NumericLessThan, false}},
        {QStringLiteral("numericlessthanequals"), {Op::NumericLessThanEquals, false}},
        {QStringLiteral("numericgreaterthan"), {Op::NumericGreaterThan, false}},
        {QStringLiteral("numericgreaterthanequals"), {Op::NumericGreaterThanEquals, false}},
        {QStringLiteral("dateequals"), {Op::DateEquals, false}},
        {QStringLiteral("datenotequals"), {Op::DateEquals, true}},
        {QStringLiteral("datelessthan"), {Op::DateLessThan, false}},
        {QStringLiteral("datelessthanequals"), {Op::DateLessThanEquals, false}},
        {QStringLiteral("dategreaterthan"), {Op::DateGreaterThan, false}},
        {QStringLiteral("dategreaterthanequals"), {Op::DateGreaterThanEquals, false}},
        {QStringLiteral("bool"), {Op::Bool, false}},
        {QStringLiteral("binaryequals"), {Op::BinaryEquals, false}},
        {QStringLiteral("ipaddress"), {Op::IpAddress, false}},
        {QStringLiteral("notipaddress"), {Op::IpAddress, true}},
        {QStringLiteral("arnequals"), {Op::ArnLike, false}},
        {QStringLiteral("arnlike"), {Op::ArnLike, false}},
        {QStringLiteral("arnnotequals"), {Op::ArnLike, true}},
        {QStringLiteral("arnnotlike"), {Op::ArnLike, true}},
        {QStringLiteral("null"), {Op::Null, false}},
    };
    return names;
}

// "ForAnyValue:StringLikeIfExists" → set operator, operator, IfExists.
void readOperator(const QString& name, PolicyCondition& condition)
{
    QString rest = name.toLower();
    if (rest.startsWith(QLatin1String("foranyvalue:"))) {
        condition.set = PolicyCondition::SetOperator::ForAnyValue;
        rest = rest.mid(12);
    } else if (rest.startsWith(QLatin1String("forallvalues:"))) {
        condition.set = PolicyCondition::SetOperator::ForAllValues;
        rest = rest.mid(13);
    }
    if (rest.endsWith(QLatin1String("ifexists")) && rest != QLatin1String("null")) {
        condition.ifExists = true;
        rest.chop(8);
    }
    const auto known = operatorNames().constFind(rest);
    if (known != operatorNames().constEnd() && !(condition.ifExists && known->op == Op::Null)) {
        condition.op = known->op;
        condition.negated = known->negated;
    }
}

std::optional<PolicyPrincipals> principalsOf(const QJsonValue& value)
{
    if (value.isUndefined()) {
        return std::nullopt;
    }
    PolicyPrincipals principals;
    if (value.isString()) {
        principals.any = value.toString() == QLatin1String("*");
        return principals;
    }
    const QJsonObject byType = value.toObject();
    for (auto it = byType.begin(); it != byType.end(); ++it) {
        for (const PolicyPattern& pattern : patternsOf(it.value(), false)) {
            if (it.key() == QLatin1String("AWS") && pattern.text == QLatin1String("*")) {
                principals.any = true;
            }
            principals.named.append({it.key(), pattern});
        }
    }
    return principals;
}

PolicyStatement statementOf(const QJsonObject& object)
{
    PolicyStatement statement;
    const QString effect = object.value(QLatin1String("Effect")).toString();
    statement.allow = effect == QLatin1String("Allow");
    const bool known = statement.allow || effect == QLatin1String("Deny");

    statement.notAction = object.contains(QLatin1String("NotAction"));
    statement.actions = patternsOf(
        object.value(statement.notAction ? QLatin1String("NotAction") : QLatin1String("Action")), true);
    statement.notResource = object.contains(QLatin1String("NotResource"));
    statement.resources = patternsOf(
        object.value(statement.notResource ? QLatin1String("NotResource") : QLatin1String("Resource")),
        false);
    statement.notPrincipal = object.contains(QLatin1String("NotPrincipal"));
    statement.principals = principalsOf(
        object.value(statement.notPrincipal ? QLatin1String("NotPrincipal") : QLatin1String("Principal")));

    const QJsonObject conditions = object.value(QLatin1String("Condition")).toObject();
    for (auto block = conditions.begin(); block != conditions.end(); ++block) {
        const QJsonObject keys = block.value().toObject();
        for (auto key = keys.begin(); key != keys.end(); ++key) {
            PolicyCondition condition;
            readOperator(block.key(), condition);
            condition.key = key.key().toLower();
            condition.values = patternsOf(key.value(), false);
            statement.conditions.append(condition);
        }
    }
    if (!known) {
        // An effect IAM would not accept: the statement is kept, but it can never apply.
        statement.allow = true;
        statement.actions.clear();
        statement.notAction = false;
    }
    return statement;
}

} // namespace

std::optional<PolicyDocument> PolicyDocument::parse(const QByteArray& json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    const QJsonValue statements = document.object().value(QLatin1String("Statement"));
    if (!document.isObject() || statements.isUndefined()) {
        return std::nullopt;
    }
    PolicyDocument policy;
    if (statements.isObject()) {
        policy.m_statements.append(statementOf(statements.toObject()));
    }
    for (const QJsonValue& statement : statements.toArray()) {
        policy.m_statements.append(statementOf(statement.toObject()));
    }
    return policy;
}

} // namespace SageDesk::Local::Iam
