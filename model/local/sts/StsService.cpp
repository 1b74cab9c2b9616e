#include "local/sts/StsService.h"

#include "local/auth/RequestAuthenticator.h"
#include "local/protocol/QueryRequest.h"
#include "local/protocol/QueryResponse.h"
#include "local/protocol/WireError.h"
#include "local/protocol/XmlWriter.h"
#include "local/store/LocalStateStore.h"

#include <QRegularExpression>

namespace SageDesk::Local {

namespace {

const auto kNamespace = QStringLiteral("https://sts.amazonaws.com/doc/2011-06-15/");

WireError validationError(const QString& message)
{
    return WireError{400, QStringLiteral("ValidationError"), message};
}

} // namespace

StsService::StsService(const LocalStateStore& store, RequestAuthenticator& authenticator,
                       const EndpointContext& context)
    : m_store(store)
    , m_authenticator(authenticator)
    , m_context(context)
{}

HttpResponse StsService::handle(const HttpRequest& request, const QByteArray& requestId,
                                const std::optional<RequestAuthenticator::RoleSession>& caller) const
{
    const QueryRequest input(
        HttpRequest::decodeForm(request.method == "POST" ? request.body : request.query));
    const QString action = input.action();
    const auto fail = [&requestId](const WireError& error) {
        return error.toResponse(WireProtocol::Query, requestId, kNamespace);
    };
    if (action == QLatin1String("GetCallerIdentity")) {
        return QueryResponse::build(action, kNamespace, requestId, [this, &caller](XmlWriter& xml) {
            // A role session is "arn:aws:sts::<account>:assumed-role/<role>/<session>" with the user id
            // "<role id>:<session>"; the endpoint's own key is the account's root.
            xml.element(QStringLiteral("Arn"),
                        caller ? caller->assumedRoleArn()
                               : QStringLiteral("arn:aws:iam::%1:root").arg(m_context.accountId));
            xml.element(QStringLiteral("UserId"),
                        caller ? caller->roleId + QLatin1Char(':') + caller->sessionName
                               : m_context.accountId);
            xml.element(QStringLiteral("Account"), m_context.accountId);
        });
    }
    if (action != QLatin1String("AssumeRole")) {
        return fail(
            WireError{400, QStringLiteral("InvalidAction"),
                      QStringLiteral("Could not find operation %1 for version 2011-06-15").arg(action)});
    }
    const QString roleArn = input.value(QStringLiteral("RoleArn"));
    const QString sessionName = input.value(QStringLiteral("RoleSessionName"));
    if (roleArn.size() < 20) {
        return fail(
            validationError(QStringLiteral("1 validation error detected: Value '%1' at 'roleArn' failed to "
                                           "satisfy constraint: Member must have length greater than or "
                                           "equal to 20")
                                .arg(roleArn)));
    }
    static const QRegularExpression sessionPattern(QStringLiteral("^[\\w+=,.@-]{2,64}$"));
    if (!sessionPattern.match(sessionName).hasMatch()) {
        return fail(
            validationError(QStringLiteral("1 validation error detected: Value '%1' at 'roleSessionName' "
                                           "failed to satisfy constraint: Member must satisfy regular "
                                           "expression pattern: [\\w+=,.@-]*")
                                .arg(sessionName)));
    }
    const QString roleName = roleArn.section(QLatin1Char('/'), -1);
    const auto role = m_store.find(LocalStateStore::Kind::Role, roleName);
    if (!role || role->value(QLatin1String("Arn")).toString() != roleArn) {
        return fail(WireError{403, QStringLiteral("AccessDenied"),
                              QStringLiteral("User: arn:aws:iam::%1:root is not authorized to perform: "
                                             "sts:AssumeRole on resource: %2")
                                  .arg(m_context.accountId, roleArn)});
    }
    const int maxSession = role->value(QLatin1String("MaxSessionDuration")).toInt(3600);
    const int duration = input.has(QStringLiteral("DurationSeconds"))
                             ? input.value(QStringLiteral("DurationSeconds")).toInt()
                             : 3600;
    if (duration < 900 || duration > maxSession) {
        return fail(validationError(
            duration < 900
                ? QStringLiteral("1 validation error detected: Value '%1' at 'durationSeconds' failed to "
                                 "satisfy constraint: Member must have value greater than or equal to 900")
                      .arg(duration)
                : QStringLiteral("The requested DurationSeconds exceeds the MaxSessionDuration set for "
                                 "this role.")));
    }
    const QString roleId = role->value(QLatin1String("RoleId")).toString();
    const auto credentials = m_authenticator.issueTemporary(duration, {roleArn, roleId, sessionName});
    return QueryResponse::build(action, kNamespace, requestId, [&](XmlWriter& xml) {
        xml.open(QStringLiteral("Credentials"));
        xml.element(QStringLiteral("AccessKeyId"), credentials.accessKeyId);
        xml.element(QStringLiteral("SecretAccessKey"), credentials.secretAccessKey);
        xml.element(QStringLiteral("SessionToken"), credentials.sessionToken);
        xml.element(QStringLiteral("Expiration"), credentials.expiration.toString(Qt::ISODate));
        xml.close();
        xml.open(QStringLiteral("AssumedRoleUser"));
        xml.element(QStringLiteral("AssumedRoleId"), roleId + QLatin1Char(':') + sessionName);
        xml.element(QStringLiteral("Arn"), QStringLiteral("arn:aws:sts::%1:assumed-role/%2/%3")
                                               .arg(m_context.accountId, roleName, sessionName));
        xml.close();
    });
}

} // namespace SageDesk::Local
