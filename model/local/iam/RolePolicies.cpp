#include "local/iam/RolePolicies.h"

#include "local/iam/PolicyEvaluator.h"
#include "local/store/LocalStateStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace SageDesk::Local {

namespace {

const auto kManagedPrefix = QLatin1String("arn:aws:iam::aws:policy/");

std::shared_ptr<const Iam::PolicyDocument> parsed(const QString& json)
{
    auto document = Iam::PolicyDocument::parse(json.toUtf8());
    return document ? std::make_shared<const Iam::PolicyDocument>(std::move(*document)) : nullptr;
}

} // namespace

RolePolicies::RolePolicies(const LocalStateStore& store)
    : m_store(store)
{}

const Iam::PolicyDocument* RolePolicies::managedPolicy(const QString& arn)
{
    static const QHash<QString, std::shared_ptr<const Iam::PolicyDocument>> known = [] {
        QHash<QString, std::shared_ptr<const Iam::PolicyDocument>> policies;
        for (const char* name : {"AdministratorAccess", "AmazonS3FullAccess", "AmazonS3ReadOnlyAccess",
                                 "AmazonSageMakerFullAccess"}) {
            QFile file(QStringLiteral(":/policies/managed/%1.json").arg(QLatin1String(name)));
            if (file.open(QIODevice::ReadOnly)) {
                policies.insert(QLatin1String(name), parsed(QString::fromUtf8(file.readAll())));
            }
        }
        return policies;
    }();
    if (!arn.startsWith(kManagedPrefix)) {
        return nullptr;
    }
    return known.value(arn.mid(kManagedPrefix.size())).get();
}

const RolePolicies::Parsed* RolePolicies::parsedRole(const QString& roleName)
{
    if (m_generation != m_store.generation()) {
        m_roles.clear();
        m_generation = m_store.generation();
    }
    if (const auto cached = m_roles.constFind(roleName); cached != m_roles.constEnd()) {
        return &*cached;
    }
    const auto role = m_store.find(LocalStateStore::Kind::Role, roleName);
    if (!role) {
        return nullptr;
    }
    Parsed entry;
    entry.arn = role->value(QLatin1String("Arn")).toString();
    entry.trust = parsed(role->value(QLatin1String("AssumeRolePolicyDocument")).toString());
    for (const QJsonValue& arn : role->value(QLatin1String("AttachedPolicies")).toArray()) {
        if (const Iam::PolicyDocument* managed = managedPolicy(arn.toString())) {
            entry.permissions.append(managed);
        } else if (const auto policy = m_store.find(LocalStateStore::Kind::Policy, arn.toString())) {
            entry.owned.append(parsed(policy->value(QLatin1String("PolicyDocument")).toString()));
        }
    }
    const QJsonObject inlinePolicies = role->value(QLatin1String("InlinePolicies")).toObject();
    for (auto it = inlinePolicies.begin(); it != inlinePolicies.end(); ++it) {
        entry.owned.append(parsed(it.value().toString()));
    }
    for (const auto& document : entry.owned) {
        if (document) {
            entry.permissions.append(document.get());
        }
    }
    return &*m_roles.insert(roleName, entry);
}

QList<const Iam::PolicyDocument*> RolePolicies::permissionPolicies(const QString& roleName)
{
    const Parsed* role = parsedRole(roleName);
    return role ? role->permissions : QList<const Iam::PolicyDocument*>();
}

const Iam::PolicyDocument* RolePolicies::trustPolicy(const QString& roleArn)
{
    const Parsed* role = parsedRole(roleArn.section(QLatin1Char('/'), -1));
    return role && role->arn == roleArn ? role->trust.get() : nullptr;
}

bool RolePolicies::sageMakerMayAssume(const QString& roleArn, const QString& sourceArn,
                                      const QString& sourceAccount)
{
    const Iam::PolicyDocument* trust = trustPolicy(roleArn);
    if (!trust) {
        return false;
    }
    Iam::AuthorizationRequest request;
    request.action = QStringLiteral("sts:AssumeRole");
    request.resource = roleArn;
    request.principalType = QStringLiteral("Service");
    request.principal = QStringLiteral("sagemaker.amazonaws.com");
    request.setContext(QStringLiteral("aws:SourceArn"), sourceArn);
    request.setContext(QStringLiteral("aws:SourceAccount"), sourceAccount);
    return Iam::PolicyEvaluator::evaluate({trust}, request) == Iam::Decision::Allow;
}

} // namespace SageDesk::Local
