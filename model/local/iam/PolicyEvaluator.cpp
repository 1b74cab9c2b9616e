#include "local/iam/PolicyEvaluator.h"

#include <QDateTime>
#include <QHostAddress>

#include <functional>
#include <optional>

namespace SageDesk::Local::Iam::PolicyEvaluator {

namespace {

using Op = PolicyCondition::Operator;
using SetOp = PolicyCondition::SetOperator;

// "${aws:username}" → the request's value, "${key, 'default'}" → the default when the key is absent,
// "${*}", "${?}" and "${$}" → the character. nullopt when a variable has no value: the pattern then
// matches nothing, as in IAM.
std::optional<QString> resolved(const PolicyPattern& pattern, const AuthorizationRequest& request)
{
    if (!pattern.hasVariables) {
        return pattern.text;
    }
    QString result;
    qsizetype at = 0;
    while (at < pattern.text.size()) {
        const qsizetype start = pattern.text.indexOf(QLatin1String("${"), at);
        const qsizetype end = start < 0 ? -1 : pattern.text.indexOf(QLatin1Char('}'), start);
        if (end < 0) {
            result += QStringView(pattern.text).mid(at);
            break;
        }
        result += QStringView(pattern.text).mid(at, start - at);
        const QString inner = pattern.text.mid(start + 2, end - start - 2);
        const QString key = inner.section(QLatin1Char(','), 0, 0).trimmed();
        if (key == QLatin1String("*") || key == QLatin1String("?") || key == QLatin1String("$")) {
            result += key;
        } else if (const auto value = request.context.constFind(key.toLower());
                   value != request.context.constEnd() && !value->isEmpty()) {
            result += value->first();
        } else if (inner.contains(QLatin1Char(','))) {
            QString fallback = inner.section(QLatin1Char(','), 1).trimmed();
            if (fallback.size() >= 2 && fallback.startsWith(u'\'') && fallback.endsWith(u'\'')) {
                fallback = fallback.mid(1, fallback.size() - 2);
            }
            result += fallback;
        } else {
            return std::nullopt;
        }
        at = end + 1;
    }
    return result;
}

std::optional<double> numberOf(QStringView text)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

// ISO 8601 or seconds since the epoch, as IAM's date conditions take them.
std::optional<qint64> epochMsOf(QStringView text)
{
    if (const auto seconds = numberOf(text)) {
        return static_cast<qint64>(*seconds * 1000);
    }
    const QDateTime time = QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
    return time.isValid() ? std::optional<qint64>(time.toMSecsSinceEpoch()) : std::nullopt;
}

template <typename T, typename Compare>
bool compared(const std::optional<T>& left, const std::optional<T>& right, Compare compare)
{
    return left && right && compare(*left, *right);
}

// Each of the six colon-separated parts on its own, so that a * never spans a colon.
bool arnMatches(QStringView pattern, QStringView arn)
{
    for (int part = 0; part < 5; ++part) {
        const qsizetype patternColon = pattern.indexOf(u':');
        const qsizetype arnColon = arn.indexOf(u':');
        if (patternColon < 0 || arnColon < 0) {
            return false;
        }
        if (!matchesWildcard(pattern.left(patternColon), arn.left(arnColon))) {
            return false;
        }
        pattern = pattern.mid(patternColon + 1);
        arn = arn.mid(arnColon + 1);
    }
    return matchesWildcard(pattern, arn);
}

bool valueMatches(Op op, QStringView actual, QStringView expected)
{
    switch (op) {
    case Op::StringEquals:
    case Op::BinaryEquals:
        return actual == expected;
    case Op::StringEqualsIgnoreCase:
        return actual.compare(expected, Qt::CaseInsensitive) == 0;
    case Op::StringLike:
        return matchesWildcard(expected, actual);
    case Op::NumericEquals:
        return compared(numberOf(actual), numberOf(expected), std::equal_to<>());
    case Op::NumericLessThan:
        return compared(numberOf(actual), numberOf(expected), std::less<>());
    case Op::NumericLessThanEquals:
        return compared(numberOf(actual), numberOf(expected), std::less_equal<>());
    case Op::NumericGreaterThan:
        return compared(numberOf(actual), numberOf(expected), std::greater<>());
    case Op::NumericGreaterThanEquals:
        return compared(numberOf(actual), numberOf(expected), std::greater_equal<>());
    case Op::DateEquals:
        return compared(epochMsOf(actual), epochMsOf(expected), std::equal_to<>());
    case Op::DateLessThan:
        return compared(epochMsOf(actual), epochMsOf(expected), std::less<>());
    case Op::DateLessThanEquals:
        return compared(epochMsOf(actual), epochMsOf(expected), std::less_equal<>());
    case Op::DateGreaterThan:
        return compared(epochMsOf(actual), epochMsOf(expected), std::greater<>());
    case Op::DateGreaterThanEquals:
        return compared(epochMsOf(actual), epochMsOf(expected), std::greater_equal<>());
    case Op::Bool:
        return actual.compare(expected, Qt::CaseInsensitive) == 0;
    case Op::IpAddress: {
        const auto subnet = QHostAddress::parseSubnet(expected.toString());
        const QHostAddress address(actual.toString());
        return !address.isNull() && subnet.first.protocol() != QAbstractSocket::UnknownNetworkLayerProtocol &&
               address.isInSubnet(subnet);
    }
    case Op::ArnLike:
        return arnMatches(expected, actual);
    case Op::Null:
    case Op::Unknown:
        break;
    }
    return false;
}

bool anyExpectedMatches(const PolicyCondition& condition, QStringView actual,
                        const AuthorizationRequest& request)
{
    for (const PolicyPattern& pattern : condition.values) {
        const auto expected = resolved(pattern, request);
        if (expected && valueMatches(condition.op, actual, *expected)) {
            return true;
        }
    }
    return false;
}

bool conditionHolds(const PolicyCondition& condition, const AuthorizationRequest& request)
{
    if (condition.op == Op::Unknown) {
        return false;
    }
    const auto found = request.context.constFind(condition.key);
    const bool present = found != request.context.constEnd() && !found->isEmpty();
    if (condition.op == Op::Null) {
        // "true": the key must be absent; "false": present.
        for (const PolicyPattern& value : condition.values) {
            if ((value.text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0) == !present) {
                return true;
            }
        }
        return false;
    }
    if (!present) {
        if (condition.ifExists || condition.set == SetOp::ForAllValues) {
            return true;
        }
        if (condition.set == SetOp::ForAnyValue) {
            return false;
        }
        // A negated operator is satisfied by a key that is not there at all.
        return condition.negated;
    }
    switch (condition.set) {
    case SetOp::ForAllValues:
        for (const QString& actual : *found) {
            if (anyExpectedMatches(condition, actual, request) == condition.negated) {
                return false;
            }
        }
        return true;
    case SetOp::ForAnyValue:
        for (const QString& actual : *found) {
            if (anyExpectedMatches(condition, actual, request) != condition.negated) {
                return true;
            }
        }
        return false;
    case SetOp::Single:
        break;
    }
    bool matched = false;
    for (const QString& actual : *found) {
        if (anyExpectedMatches(condition, actual, request)) {
            matched = true;
            break;
        }
    }
    return matched != condition.negated;
}

bool actionMatches(const PolicyStatement& statement, QStringView action)
{
    if (statement.actions.isEmpty() && !statement.notAction) {
        return false;
    }
    bool any = false;
    for (const PolicyPattern& pattern : statement.actions) {
        if (matchesWildcard(pattern.text, action)) {
            any = true;
            break;
        }
    }
    return any != statement.notAction;
}

bool resourceMatches(const PolicyStatement& statement, const AuthorizationRequest& request)
{
    if (statement.resources.isEmpty() && !statement.notResource) {
        return true;
    }
    bool any = false;
    for (const PolicyPattern& pattern : statement.resources) {
        const auto text = resolved(pattern, request);
        if (text && matchesWildcard(*text, request.resource)) {
            any = true;
            break;
        }
    }
    return any != statement.notResource;
}

bool principalMatches(const PolicyStatement& statement, const AuthorizationRequest& request)
{
    if (!statement.principals) {
        return true;
    }
    bool any = statement.principals->any;
    for (const auto& [type, pattern] : statement.principals->named) {
        if (any) {
            break;
        }
        const auto text = resolved(pattern, request);
        any = type == request.principalType && text && matchesWildcard(*text, request.principal);
    }
    return any != statement.notPrincipal;
}

bool applies(const PolicyStatement& statement, QStringView action, const AuthorizationRequest& request)
{
    if (!actionMatches(statement, action) || !resourceMatches(statement, request) ||
        !principalMatches(statement, request)) {
        return false;
    }
    for (const PolicyCondition& condition : statement.conditions) {
        if (!conditionHolds(condition, request)) {
            return false;
        }
    }
    return true;
}

} // namespace

bool matchesWildcard(QStringView pattern, QStringView text)
{
    // Greedy with one back-track point per star: linear in practice, never exponential.
    qsizetype p = 0;
    qsizetype t = 0;
    qsizetype starAt = -1;
    qsizetype resumeAt = 0;
    while (t < text.size()) {
        if (p < pattern.size() && (pattern[p] == u'?' || pattern[p] == text[t])) {
            ++p;
            ++t;
        } else if (p < pattern.size() && pattern[p] == u'*') {
            starAt = p++;
            resumeAt = t;
        } else if (starAt >= 0) {
            p = starAt + 1;
            t = ++resumeAt;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == u'*') {
        ++p;
    }
    return p == pattern.size();
}

Decision evaluate(const QList<const PolicyDocument*>& policies, const AuthorizationRequest& request)
{
    const QString action = request.action.toLower();
    bool allowed = false;
    for (const PolicyDocument* policy : policies) {
        for (const PolicyStatement& statement : policy->statements()) {
            if ((statement.allow && allowed) || !applies(statement, action, request)) {
                continue;
            }
            if (!statement.allow) {
                return Decision::ExplicitDeny;
            }
            allowed = true;
        }
    }
    return allowed ? Decision::Allow : Decision::ImplicitDeny;
}

QString denialMessage(const QString& principalArn, const AuthorizationRequest& request, Decision decision,
                      bool quoteResource)
{
    QString text =
        QStringLiteral("User: %1 is not authorized to perform: %2").arg(principalArn, request.action);
    if (!request.resource.isEmpty() && request.resource != QLatin1String("*")) {
        text += QStringLiteral(" on resource: ") +
                (quoteResource ? QLatin1Char('"') + request.resource + QLatin1Char('"') : request.resource);
    }
    if (decision == Decision::ExplicitDeny) {
        return text + QStringLiteral(" with an explicit deny in an identity-based policy");
    }
    return text +
           QStringLiteral(" because no identity-based policy allows the %1 action").arg(request.action);
}

} // namespace SageDesk::Local::Iam::PolicyEvaluator
