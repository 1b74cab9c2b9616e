#include "local/auth/ContainerCredentials.h"

#include "local/runtime/InstanceFolder.h"
#include "local/runtime/NotebookRuntime.h"
#include "local/store/LocalStateStore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <algorithm>

namespace SageDesk::Local {

namespace {

HttpResponse refusal(int status, const QString& message)
{
    const QJsonObject body{{QStringLiteral("message"), message}};
    return HttpResponse::withBody(status, "application/json",
                                  QJsonDocument(body).toJson(QJsonDocument::Compact));
}

bool equalInConstantTime(const QByteArray& a, const QByteArray& b)
{
    unsigned char difference = a.size() == b.size() ? 0 : 1;
    for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i) {
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    }
    return difference == 0;
}

} // namespace

ContainerCredentials::ContainerCredentials(RequestAuthenticator& authenticator, const LocalStateStore& store,
                                           const NotebookRuntime& runtime, const Clock& clock)
    : m_authenticator(authenticator)
    , m_store(store)
    , m_runtime(runtime)
    , m_clock(clock)
{}

QByteArray ContainerCredentials::path(const QString& name)
{
    return QByteArray(kPathPrefix) + QUrl::toPercentEncoding(name);
}

HttpResponse ContainerCredentials::handle(const HttpRequest& request)
{
    const QString name =
        QString::fromUtf8(QByteArray::fromPercentEncoding(request.path.mid(qstrlen(kPathPrefix))));
    const auto instance = m_store.notebookInstance(name);
    if (!instance || name.contains(QLatin1Char('/'))) {
        return refusal(404, QStringLiteral("No notebook instance %1.").arg(name));
    }
    QFile tokenFile(InstanceFolder{m_runtime.instanceDir(name)}.credentialsTokenFile());
    const QByteArray token =
        tokenFile.open(QIODevice::ReadOnly) ? tokenFile.readAll().trimmed() : QByteArray();
    if (token.isEmpty() || !equalInConstantTime(token, request.header("Authorization"))) {
        return refusal(403,
                       QStringLiteral("The authorization token is not valid for this notebook instance."));
    }
    if (instance->notebookInstanceStatus != NotebookInstanceStatus::Pending &&
        instance->notebookInstanceStatus != NotebookInstanceStatus::InService) {
        m_issued.remove(name);
        return refusal(403, QStringLiteral("The notebook instance %1 is not running.").arg(name));
    }
    const QString roleName = instance->roleArn.section(QLatin1Char('/'), -1);
    const auto role = m_store.find(LocalStateStore::Kind::Role, roleName);
    if (!role || role->value(QLatin1String("Arn")).toString() != instance->roleArn) {
        return refusal(403, QStringLiteral("Could not assume role %1.").arg(instance->roleArn));
    }
    auto issued = m_issued.find(name);
    const QDateTime now = m_clock.currentDateTimeUtc();
    if (issued == m_issued.end() || issued->session.roleArn != instance->roleArn ||
        now.secsTo(issued->expiration) < kRenewBeforeSeconds) {
        const RequestAuthenticator::RoleSession session{
            instance->roleArn, role->value(QLatin1String("RoleId")).toString(), QStringLiteral("SageMaker")};
        issued = m_issued.insert(name, m_authenticator.issueTemporary(kLifetimeSeconds, session));
    }
    const QJsonObject body{
        {QStringLiteral("AccessKeyId"), issued->accessKeyId},
        {QStringLiteral("SecretAccessKey"), issued->secretAccessKey},
        {QStringLiteral("Token"), issued->sessionToken},
        {QStringLiteral("Expiration"), issued->expiration.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("RoleArn"), instance->roleArn},
    };
    HttpResponse response =
        HttpResponse::withBody(200, "application/json", QJsonDocument(body).toJson(QJsonDocument::Compact));
    response.setHeader("Cache-Control", "no-store");
    return response;
}

} // namespace SageDesk::Local
