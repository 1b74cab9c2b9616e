#include "local/iam/PolicyApi.h"

#include "local/iam/IamInput.h"
#include "local/store/LocalStateStore.h"

namespace SageDesk::Local {

using namespace IamInput;

namespace {

const auto kAwsManagedPrefix = QLatin1String("arn:aws:iam::aws:policy/");

void writePolicy(XmlWriter& xml, const QJsonObject& policy)
{
    xml.open(QStringLiteral("Policy"));
    for (const char* field : {"PolicyName", "PolicyId", "Arn", "Path", "DefaultVersionId"}) {
        xml.element(QLatin1String(field), policy.value(QLatin1String(field)).toString());
    }
    xml.element(QStringLiteral("AttachmentCount"),
                QString::number(policy.value(QLatin1String("AttachmentCount")).toInt()));
    xml.element(QStringLiteral("PermissionsBoundaryUsageCount"), QStringLiteral("0"));
    xml.element(QStringLiteral("IsAttachable"), QStringLiteral("true"));
    if (policy.contains(QLatin1String("Description"))) {
        xml.element(QStringLiteral("Description"), policy.value(QLatin1String("Description")).toString());
    }
    xml.element(QStringLiteral("CreateDate"), policy.value(QLatin1String("CreateDate")).toString());
    xml.element(QStringLiteral("UpdateDate"), policy.value(QLatin1String("UpdateDate")).toString());
    xml.close();
}

} // namespace

PolicyApi::PolicyApi(LocalStateStore& store, const EndpointContext& context, const Clock& clock)
    : m_store(store)
    , m_context(context)
    , m_clock(clock)
{}

std::optional<WireError> PolicyApi::createPolicy(const QueryRequest& input, XmlWriter& xml)
{
    const auto named = readNamedDocument(input, QStringLiteral("PolicyName"),
                                         QStringLiteral("PolicyDocument"), QStringLiteral("policyName"), 128);
    if (const auto* error = std::get_if<WireError>(&named)) {
        return *error;
    }
    const auto& [name, path, document] = std::get<NamedDocument>(named);
    const QString arn = QStringLiteral("arn:aws:iam::%1:policy%2%3").arg(m_context.accountId, path, name);
    for (const QJsonObject& policy : m_store.all(LocalStateStore::Kind::Policy)) {
        if (policy.value(QLatin1String("PolicyName")).toString() == name) {
            return WireError{
                409, QStringLiteral("EntityAlreadyExists"),
                QStringLiteral("A policy called %1 already exists. Duplicate names are not allowed.")
                    .arg(name)};
        }
    }
    const QString now = isoDate(m_clock.currentDateTimeUtc());
    QJsonObject policy{{QStringLiteral("PolicyName"), name},
                       {QStringLiteral("PolicyId"), randomId(QLatin1String("ANPA"))},
                       {QStringLiteral("Arn"), arn},
                       {QStringLiteral("Path"), path},
                       {QStringLiteral("DefaultVersionId"), QStringLiteral("v1")},
                       {QStringLiteral("AttachmentCount"), 0},
                       {QStringLiteral("CreateDate"), now},
                       {QStringLiteral("UpdateDate"), now},
                       {QStringLiteral("PolicyDocument"), document}};
    if (input.has(QStringLiteral("Description"))) {
        policy.insert(QStringLiteral("Description"), input.value(QStringLiteral("Description")));
    }
    m_store.put(LocalStateStore::Kind::Policy, arn, policy);
    writePolicy(xml, policy);
    return std::nullopt;
}

std::optional<WireError> PolicyApi::deletePolicy(const QueryRequest& input, XmlWriter&)
{
    if (auto error = requireMembers(input, {QStringLiteral("PolicyArn")})) {
        return error;
    }
    const QString arn = input.value(QStringLiteral("PolicyArn"));
    const auto policy = m_store.find(LocalStateStore::Kind::Policy, arn);
    if (!policy) {
        return WireError{404, QStringLiteral("NoSuchEntity"),
                         QStringLiteral("Policy %1 was not found.").arg(arn)};
    }
    if (policy->value(QLatin1String("AttachmentCount")).toInt() > 0) {
        return WireError{409, QStringLiteral("DeleteConflict"),
                         QStringLiteral("Cannot delete a policy attached to entities.")};
    }
    m_store.remove(LocalStateStore::Kind::Policy, arn);
    return std::nullopt;
}

std::optional<QJsonObject> PolicyApi::find(const QString& arn) const
{
    if (arn.startsWith(kAwsManagedPrefix)) {
        return QJsonObject{{QStringLiteral("PolicyName"), arn.section(QLatin1Char('/'), -1)},
                           {QStringLiteral("Arn"), arn}};
    }
    return m_store.find(LocalStateStore::Kind::Policy, arn);
}

void PolicyApi::countAttachment(const QString& arn, int delta)
{
    if (arn.startsWith(kAwsManagedPrefix)) {
        return;
    }
    if (auto policy = m_store.find(LocalStateStore::Kind::Policy, arn)) {
        policy->insert(QStringLiteral("AttachmentCount"),
                       std::max(0, policy->value(QLatin1String("AttachmentCount")).toInt() + delta));
        m_store.put(LocalStateStore::Kind::Policy, arn, *policy);
    }
}

} // namespace SageDesk::Local
