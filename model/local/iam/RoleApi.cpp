#include "local/iam/RoleApi.h"

#include "local/iam/IamInput.h"
#include "local/store/LocalStateStore.h"

#include <QJsonArray>
#include <QUrl>

namespace SageDesk::Local {

using namespace IamInput;

namespace {

// A Role element, or a ListRoles "member" when `element` says so.
void writeRole(XmlWriter& xml, const QJsonObject& role, const QString& element = QStringLiteral("Role"))
{
    xml.open(element);
    for (const char* field : {"Path", "RoleName", "RoleId", "Arn", "CreateDate"}) {
        xml.element(QLatin1String(field), role.value(QLatin1String(field)).toString());
    }
    // IAM sends policy documents URL-encoded; the SDKs decode them.
    xml.element(QStringLiteral("AssumeRolePolicyDocument"),
                QString::fromLatin1(QUrl::toPercentEncoding(
                    role.value(QLatin1String("AssumeRolePolicyDocument")).toString())));
    if (role.contains(QLatin1String("Description"))) {
        xml.element(QStringLiteral("Description"), role.value(QLatin1String("Description")).toString());
    }
    xml.element(QStringLiteral("MaxSessionDuration"),
                QString::number(role.value(QLatin1String("MaxSessionDuration")).toInt(3600)));
    xml.close();
}

} // namespace

RoleApi::RoleApi(LocalStateStore& store, const EndpointContext& context, const Clock& clock)
    : m_store(store)
    , m_context(context)
    , m_clock(clock)
{}

std::optional<WireError> RoleApi::find(const QueryRequest& input, QJsonObject& role) const
{
    if (auto error = requireMembers(input, {QStringLiteral("RoleName")})) {
        return error;
    }
    const QString name = input.value(QStringLiteral("RoleName"));
    if (auto error = checkName(name, QStringLiteral("roleName"), 64)) {
        return error;
    }
    const auto found = m_store.find(LocalStateStore::Kind::Role, name);
    if (!found) {
        return WireError{404, QStringLiteral("NoSuchEntity"),
                         QStringLiteral("The role with name %1 cannot be found.").arg(name)};
    }
    role = *found;
    return std::nullopt;
}

void RoleApi::save(const QJsonObject& role)
{
    m_store.put(LocalStateStore::Kind::Role, role.value(QLatin1String("RoleName")).toString(), role);
}

std::optional<WireError> RoleApi::createRole(const QueryRequest& input, XmlWriter& xml)
{
    const auto named =
        readNamedDocument(input, QStringLiteral("RoleName"), QStringLiteral("AssumeRolePolicyDocument"),
                          QStringLiteral("roleName"), 64);
    if (const auto* error = std::get_if<WireError>(&named)) {
        return *error;
    }
    const auto& [name, path, document] = std::get<NamedDocument>(named);
    const int maxSession = input.has(QStringLiteral("MaxSessionDuration"))
                               ? input.value(QStringLiteral("MaxSessionDuration")).toInt()
                               : 3600;
    if (maxSession < 3600 || maxSession > 43200) {
        return validationError(input.value(QStringLiteral("MaxSessionDuration")),
                               QStringLiteral("maxSessionDuration"),
                               QStringLiteral("Member must have value less than or equal to 43200"));
    }
    if (m_store.contains(LocalStateStore::Kind::Role, name)) {
        return WireError{409, QStringLiteral("EntityAlreadyExists"),
                         QStringLiteral("Role with name %1 already exists.").arg(name)};
    }
    QJsonObject role{{QStringLiteral("RoleName"), name},
                     {QStringLiteral("RoleId"), randomId(QLatin1String("AROA"))},
                     {QStringLiteral("Arn"),
                      QStringLiteral("arn:aws:iam::%1:role%2%3").arg(m_context.accountId, path, name)},
                     {QStringLiteral("Path"), path},
                     {QStringLiteral("CreateDate"), isoDate(m_clock.currentDateTimeUtc())},
                     {QStringLiteral("AssumeRolePolicyDocument"), document},
                     {QStringLiteral("MaxSessionDuration"), maxSession}};
    if (input.has(QStringLiteral("Description"))) {
        role.insert(QStringLiteral("Description"), input.value(QStringLiteral("Description")));
    }
    m_store.put(LocalStateStore::Kind::Role, name, role);
    writeRole(xml, role);
    return std::nullopt;
}

std::optional<WireError> RoleApi::getRole(const QueryRequest& input, XmlWriter& xml) const
{
    QJsonObject role;
    if (auto error = find(input, role)) {
        return error;
    }
    writeRole(xml, role);
    return std::nullopt;
}

std::optional<WireError> RoleApi::listRoles(const QueryRequest& input, XmlWriter& xml) const
{
    const QString prefix = input.value(QStringLiteral("PathPrefix"));
    QList<QJsonObject> roles;
    for (const QJsonObject& role : m_store.all(LocalStateStore::Kind::Role)) {
        if (role.value(QLatin1String("Path")).toString().startsWith(prefix)) {
            roles.append(role);
        }
    }
    qsizetype first = 0;
    qsizetype count = 0;
    if (auto error = pageOf(input, roles.size(), first, count)) {
        return error;
    }
    xml.open(QStringLiteral("Roles"));
    for (const QJsonObject& role : roles.mid(first, count)) {
        writeRole(xml, role, QStringLiteral("member"));
    }
    xml.close();
    writeTruncation(xml, first, count, roles.size());
    return std::nullopt;
}

std::optional<WireError> RoleApi::deleteRole(const QueryRequest& input, XmlWriter&)
{
    QJsonObject role;
    if (auto error = find(input, role)) {
        return error;
    }
    if (!role.value(QLatin1String("AttachedPolicies")).toArray().isEmpty()) {
        return WireError{409, QStringLiteral("DeleteConflict"),
                         QStringLiteral("Cannot delete entity, must detach all policies first.")};
    }
    if (!role.value(QLatin1String("InlinePolicies")).toObject().isEmpty()) {
        return WireError{409, QStringLiteral("DeleteConflict"),
                         QStringLiteral("Cannot delete entity, must delete policies first.")};
    }
    m_store.remove(LocalStateStore::Kind::Role, role.value(QLatin1String("RoleName")).toString());
    return std::nullopt;
}

std::optional<WireError> RoleApi::putRolePolicy(const QueryRequest& input, XmlWriter&)
{
    QJsonObject role;
    if (auto error = find(input, role)) {
        return error;
    }
    if (auto error =
            requireMembers(input, {QStringLiteral("PolicyName"), QStringLiteral("PolicyDocument")})) {
        return error;
    }
    const QString name = input.value(QStringLiteral("PolicyName"));
    const QString document = input.value(QStringLiteral("PolicyDocument"));
    if (auto error = checkName(name, QStringLiteral("policyName"), 128)) {
        return error;
    }
    if (auto error = checkPolicyDocument(document)) {
        return error;
    }
    QJsonObject inlinePolicies = role.value(QLatin1String("InlinePolicies")).toObject();
    inlinePolicies.insert(name, document);
    role.insert(QStringLiteral("InlinePolicies"), inlinePolicies);
    save(role);
    return std::nullopt;
}

} // namespace SageDesk::Local
