#include "local/auth/RequestAuthorizer.h"

#include "local/iam/RolePolicies.h"
#include "local/s3/S3Actions.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace SageDesk::Local {

namespace {

Iam::AuthorizationRequest needing(const QString& action, const QString& resource)
{
    Iam::AuthorizationRequest request;
    request.action = action;
    request.resource = resource;
    return request;
}

WireError accessDenied(WireProtocol protocol, const QString& message)
{
    switch (protocol) {
    case WireProtocol::Json:
        return {400, QStringLiteral("AccessDeniedException"), message};
    case WireProtocol::Ec2Query:
        // EC2 says UnauthorizedOperation where the others say AccessDenied.
        return {403, QStringLiteral("UnauthorizedOperation"), message};
    case WireProtocol::Query:
    case WireProtocol::RestXml:
        break;
    }
    return {403, QStringLiteral("AccessDenied"), message};
}

} // namespace

RequestAuthorizer::RequestAuthorizer(RolePolicies& policies, const EndpointContext& context,
                                     const Clock& clock)
    : m_policies(policies)
    , m_context(context)
    , m_clock(clock)
{}

QList<Iam::AuthorizationRequest> RequestAuthorizer::sageMakerNeeds(const HttpRequest& request) const
{
    const QByteArray target = request.header("X-Amz-Target");
    const QString operation = QString::fromLatin1(target.mid(target.indexOf('.') + 1));
    const QJsonObject input = QJsonDocument::fromJson(request.body).object();
    const auto named = [&input](const char* field) { return input.value(QLatin1String(field)).toString(); };
    QString resource = QStringLiteral("*");
    if (!named("NotebookInstanceName").isEmpty()) {
        resource = m_context.sageMakerArn(QStringLiteral("notebook-instance"), named("NotebookInstanceName"));
    } else if (!named("NotebookInstanceLifecycleConfigName").isEmpty()) {
        resource = m_context.sageMakerArn(QStringLiteral("notebook-instance-lifecycle-config"),
                                          named("NotebookInstanceLifecycleConfigName"));
    } else if (!named("CodeRepositoryName").isEmpty()) {
        resource = m_context.sageMakerArn(QStringLiteral("code-repository"), named("CodeRepositoryName"));
    } else if (!named("ResourceArn").isEmpty()) {
        resource = named("ResourceArn");
    }
    Iam::AuthorizationRequest call = needing(QStringLiteral("sagemaker:") + operation, resource);
    for (const auto& [field, key] : {std::pair{"InstanceType", "sagemaker:InstanceTypes"},
                                     std::pair{"RootAccess", "sagemaker:RootAccess"},
                                     std::pair{"DirectInternetAccess", "sagemaker:DirectInternetAccess"},
                                     std::pair{"KmsKeyId", "sagemaker:VolumeKmsKey"}}) {
        if (!named(field).isEmpty()) {
            call.setContext(QLatin1String(key), named(field));
        }
    }
    QList<Iam::AuthorizationRequest> needed{call};
    // Handing a role to SageMaker is iam:PassRole on it, as on AWS.
    if (!named("RoleArn").isEmpty() && (operation == QLatin1String("CreateNotebookInstance") ||
                                        operation == QLatin1String("UpdateNotebookInstance"))) {
        Iam::AuthorizationRequest pass = needing(QStringLiteral("iam:PassRole"), named("RoleArn"));
        pass.setContext(QStringLiteral("iam:PassedToService"), QStringLiteral("sagemaker.amazonaws.com"));
        needed.append(pass);
    }
    return needed;
}

QList<Iam::AuthorizationRequest> RequestAuthorizer::queryNeeds(const HttpRequest& request,
                                                               const QByteArray& service) const
{
    const auto form = HttpRequest::decodeForm(request.method == "POST" ? request.body : request.query);
    const auto value = [&form](const char* name) {
        for (const auto& [key, text] : form) {
            if (key == QLatin1String(name)) {
                return text;
            }
        }
        return QString();
    };
    const QString action = value("Action");
    if (service == "sts") {
        // GetCallerIdentity needs no permission; nobody can be denied it.
        if (action == QLatin1String("GetCallerIdentity")) {
            return {};
        }
        return {needing(QStringLiteral("sts:") + action,
                        value("RoleArn").isEmpty() ? QStringLiteral("*") : value("RoleArn"))};
    }
    QString resource = QStringLiteral("*");
    if (!value("PolicyArn").isEmpty() && action != QLatin1String("AttachRolePolicy") &&
        action != QLatin1String("DetachRolePolicy")) {
        resource = value("PolicyArn");
    } else if (!value("RoleName").isEmpty()) {
        resource = QStringLiteral("arn:aws:iam::%1:role%2%3")
                       .arg(m_context.accountId,
                            value("Path").isEmpty() ? QStringLiteral("/") : value("Path"), value("RoleName"));
    } else if (action == QLatin1String("CreatePolicy")) {
        resource =
            QStringLiteral("arn:aws:iam::%1:policy%2%3")
                .arg(m_context.accountId, value("Path").isEmpty() ? QStringLiteral("/") : value("Path"),
                     value("PolicyName"));
    }
    Iam::AuthorizationRequest call = needing(QStringLiteral("iam:") + action, resource);
    if (!value("PolicyArn").isEmpty()) {
        call.setContext(QStringLiteral("iam:PolicyARN"), value("PolicyArn"));
    }
    return {call};
}

QList<Iam::AuthorizationRequest> RequestAuthorizer::neededFor(const HttpRequest& request,
                                                              WireProtocol protocol,
                                                              const QByteArray& service) const
{
    switch (protocol) {
    case WireProtocol::Json:
        if (service == "kms" || service == "logs") {
            // The pickers' and the log pane's reads: the action is the target's operation, on any resource.
            const QByteArray target = request.header("X-Amz-Target");
            return {needing(QString::fromLatin1(service + ':' + target.mid(target.indexOf('.') + 1)),
                            QStringLiteral("*"))};
        }
        return sageMakerNeeds(request);
    case WireProtocol::Query:
        return queryNeeds(request, service);
    case WireProtocol::Ec2Query:
        for (const auto& [key, value] :
             HttpRequest::decodeForm(request.method == "POST" ? request.body : request.query)) {
            if (key == QLatin1String("Action")) {
                return {needing(QStringLiteral("ec2:") + value, QStringLiteral("*"))};
            }
        }
        return {needing(QStringLiteral("ec2:*"), QStringLiteral("*"))};
    case WireProtocol::RestXml:
        break;
    }
    return S3Actions::of(request);
}

Iam::Decision RequestAuthorizer::decide(Iam::AuthorizationRequest& call,
                                        const QList<const Iam::PolicyDocument*>& policies,
                                        const RequestAuthenticator::RoleSession& session) const
{
    const QDateTime now = m_clock.currentDateTimeUtc();
    call.setContext(QStringLiteral("aws:PrincipalArn"), session.roleArn);
    call.setContext(QStringLiteral("aws:PrincipalAccount"), m_context.accountId);
    call.setContext(QStringLiteral("aws:PrincipalType"), QStringLiteral("AssumedRole"));
    call.setContext(QStringLiteral("aws:userid"), session.roleId + QLatin1Char(':') + session.sessionName);
    call.setContext(QStringLiteral("aws:SourceIp"), QStringLiteral("127.0.0.1"));
    call.setContext(QStringLiteral("aws:SecureTransport"), QStringLiteral("false"));
    call.setContext(QStringLiteral("aws:CurrentTime"), now.toString(Qt::ISODate));
    call.setContext(QStringLiteral("aws:EpochTime"), QString::number(now.toSecsSinceEpoch()));
    call.setContext(QStringLiteral("aws:RequestedRegion"), m_context.region);
    call.setContext(QStringLiteral("aws:ResourceAccount"), m_context.accountId);
    return Iam::PolicyEvaluator::evaluate(policies, call);
}

bool RequestAuthorizer::allows(Iam::AuthorizationRequest call,
                               const RequestAuthenticator::RoleSession& session) const
{
    return decide(call, m_policies.permissionPolicies(session.roleName()), session) == Iam::Decision::Allow;
}

std::optional<WireError> RequestAuthorizer::authorize(const HttpRequest& request, WireProtocol protocol,
                                                      const QByteArray& service,
                                                      const RequestAuthenticator::RoleSession& session)
{
    if (protocol == WireProtocol::RestXml && S3Actions::isDecidedPerKey(request)) {
        return std::nullopt;
    }
    QList<Iam::AuthorizationRequest> needed = neededFor(request, protocol, service);
    if (needed.isEmpty()) {
        return std::nullopt;
    }
    const QList<const Iam::PolicyDocument*> policies = m_policies.permissionPolicies(session.roleName());
    for (Iam::AuthorizationRequest& call : needed) {
        const Iam::Decision decision = decide(call, policies, session);
        if (decision != Iam::Decision::Allow) {
            return accessDenied(protocol,
                                Iam::PolicyEvaluator::denialMessage(session.assumedRoleArn(), call, decision,
                                                                    protocol == WireProtocol::RestXml));
        }
    }
    return std::nullopt;
}

} // namespace SageDesk::Local
