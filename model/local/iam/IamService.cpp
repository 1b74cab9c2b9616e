#include "local/iam/IamService.h"

#include "local/protocol/QueryResponse.h"
#include "local/store/LocalStateStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>

#include <variant>

namespace SageDesk::Local {

namespace {

const auto kNamespace = QStringLiteral("https://iam.amazonaws.com/doc/2010-05-08/");
const auto kAwsManagedPrefix = QLatin1String("arn:aws:iam::aws:policy/");
constexpr int kMaxPolicyDocument = 131072;

QString randomId(QLatin1String prefix)
{
    static const QLatin1String alphabet("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
    QString id = prefix;
    for (int i = 0; i < 17; ++i) {
        id += alphabet[static_cast<qsizetype>(QRandomGenerator::global()->bounded(32))];
    }
    return id;
}

WireError validationError(const QString& value, const QString& field, const QString& constraint)
{
    return WireError{
        400, QStringLiteral("ValidationError"),
        QStringLiteral("1 validation error detected: Value '%1' at '%2' failed to satisfy constraint: "
                       "%3")
            .arg(value, field, constraint)};
}

std::optional<WireError> require(const QueryRequest& input, const QStringList& names)
{
    for (const QString& name : names) {
        if (!input.has(name)) {
            QString field = name;
            field[0] = field[0].toLower();
            return WireError{
                400, QStringLiteral("ValidationError"),
                QStringLiteral("1 validation error detected: Value null at '%1' failed to satisfy "
                               "constraint: Member must not be null")
                    .arg(field)};
        }
    }
    return std::nullopt;
}

std::optional<WireError> checkName(const QString& value, const QString& field, int maxLength)
{
    static const QRegularExpression pattern(QStringLiteral("^[\\w+=,.@-]+$"));
    if (value.isEmpty() || value.size() > maxLength) {
        return validationError(
            value, field, QStringLiteral("Member must have length less than or equal to %1").arg(maxLength));
    }
    if (!pattern.match(value).hasMatch()) {
        return validationError(
            value, field, QStringLiteral("Member must satisfy regular expression pattern: [\\w+=,.@-]+"));
    }
    return std::nullopt;
}

std::optional<WireError> checkPath(const QString& path)
{
    if (path.isEmpty()) {
        return std::nullopt;
    }
    if (path.size() > 512 || !path.startsWith(QLatin1Char('/')) || !path.endsWith(QLatin1Char('/'))) {
        return validationError(path, QStringLiteral("path"),
                               QStringLiteral("Member must satisfy regular expression pattern: "
                                              "(\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)"));
    }
    return std::nullopt;
}

std::optional<WireError> checkPolicyDocument(const QString& document)
{
    if (document.size() > kMaxPolicyDocument) {
        return WireError{409, QStringLiteral("LimitExceeded"),
                         QStringLiteral("Cannot exceed quota for PolicySize: %1").arg(kMaxPolicyDocument)};
    }
    QJsonParseError error{};
    const QJsonDocument json = QJsonDocument::fromJson(document.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !json.isObject()) {
        return WireError{400, QStringLiteral("MalformedPolicyDocument"),
                         QStringLiteral("This policy contains invalid Json")};
    }
    if (!json.object().contains(QLatin1String("Statement"))) {
        return WireError{400, QStringLiteral("MalformedPolicyDocument"),
                         QStringLiteral("Syntax errors in policy.")};
    }
    return std::nullopt;
}

// CreateRole and CreatePolicy take the same trio: a name, an optional path and a policy document.
struct NamedDocument
{
    QString name;
    QString path;
    QString document;
};

std::variant<NamedDocument, WireError> readNamedDocument(const QueryRequest& input, const QString& nameKey,
                                                         const QString& documentKey, const QString& nameField,
                                                         int maxNameLength)
{
    if (auto error = require(input, {nameKey, documentKey})) {
        return *error;
    }
    NamedDocument named{input.value(nameKey),
                        input.has(QStringLiteral("Path")) ? input.value(QStringLiteral("Path"))
                                                          : QStringLiteral("/"),
                        input.value(documentKey)};
    if (auto error = checkName(named.name, nameField, maxNameLength)) {
        return *error;
    }
    if (auto error = checkPath(named.path)) {
        return *error;
    }
    if (auto error = checkPolicyDocument(named.document)) {
        return *error;
    }
    return named;
}

QString isoDate(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODate);
}

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

// Marker/MaxItems paging of IAM lists: `first` and `count` of `total` items.
std::optional<WireError> pageOf(const QueryRequest& input, qsizetype total, qsizetype& first,
                                qsizetype& count)
{
    bool ok = true;
    const int maxItems =
        input.has(QStringLiteral("MaxItems")) ? input.value(QStringLiteral("MaxItems")).toInt(&ok) : 100;
    if (!ok || maxItems < 1 || maxItems > 1000) {
        return validationError(input.value(QStringLiteral("MaxItems")), QStringLiteral("maxItems"),
                               QStringLiteral("Member must have value less than or equal to 1000"));
    }
    first = input.has(QStringLiteral("Marker")) ? input.value(QStringLiteral("Marker")).toLongLong(&ok) : 0;
    if (!ok || first < 0) {
        return validationError(input.value(QStringLiteral("Marker")), QStringLiteral("marker"),
                               QStringLiteral("Member must be a marker returned by an earlier call"));
    }
    count = std::max<qsizetype>(0, std::min<qsizetype>(maxItems, total - first));
    return std::nullopt;
}

void writeTruncation(XmlWriter& xml, qsizetype first, qsizetype count, qsizetype total)
{
    const bool truncated = first + count < total;
    xml.element(QStringLiteral("IsTruncated"), truncated ? QStringLiteral("true") : QStringLiteral("false"));
    if (truncated) {
        xml.element(QStringLiteral("Marker"), QString::number(first + count));
    }
}

} // namespace

IamService::IamService(LocalStateStore& store, const EndpointContext& context, const Clock& clock)
    : m_store(store)
    , m_context(context)
    , m_clock(clock)
{
    const auto bind = [this](auto method) {
        return
            [this, method](const QueryRequest& input, XmlWriter& xml) { return (this->*method)(input, xml); };
    };
    m_operations = {
        {QStringLiteral("CreateRole"), bind(&IamService::createRole)},
        {QStringLiteral("GetRole"), bind(&IamService::getRole)},
        {QStringLiteral("ListRoles"), bind(&IamService::listRoles)},
        {QStringLiteral("DeleteRole"), bind(&IamService::deleteRole)},
        {QStringLiteral("CreatePolicy"), bind(&IamService::createPolicy)},
        {QStringLiteral("DeletePolicy"), bind(&IamService::deletePolicy)},
        {QStringLiteral("AttachRolePolicy"), bind(&IamService::attachRolePolicy)},
        {QStringLiteral("DetachRolePolicy"), bind(&IamService::detachRolePolicy)},
        {QStringLiteral("ListAttachedRolePolicies"), bind(&IamService::listAttachedRolePolicies)},
        {QStringLiteral("PutRolePolicy"), bind(&IamService::putRolePolicy)},
    };
}

HttpResponse IamService::handle(const HttpRequest& request, const QByteArray& requestId) const
{
    const QueryRequest input(
        HttpRequest::decodeForm(request.method == "POST" ? request.body : request.query));
    const QString action = input.action();
    const auto operation = m_operations.constFind(action);
    if (operation == m_operations.constEnd()) {
        return WireError{400, QStringLiteral("InvalidAction"),
                         QStringLiteral("Could not find operation %1 for version 2010-05-08").arg(action)}
            .toResponse(WireProtocol::Query, requestId, kNamespace);
    }
    std::optional<WireError> error;
    HttpResponse response = QueryResponse::build(action, kNamespace, requestId,
                                                 [&](XmlWriter& xml) { error = (*operation)(input, xml); });
    return error ? error->toResponse(WireProtocol::Query, requestId, kNamespace) : response;
}

std::optional<WireError> IamService::findRole(const QueryRequest& input, QJsonObject& role) const
{
    if (auto error = require(input, {QStringLiteral("RoleName")})) {
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

std::optional<QJsonObject> IamService::findPolicy(const QString& arn) const
{
    if (arn.startsWith(kAwsManagedPrefix)) {
        return QJsonObject{{QStringLiteral("PolicyName"), arn.section(QLatin1Char('/'), -1)},
                           {QStringLiteral("Arn"), arn}};
    }
    return m_store.find(LocalStateStore::Kind::Policy, arn);
}

std::optional<WireError> IamService::createRole(const QueryRequest& input, XmlWriter& xml) const
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

std::optional<WireError> IamService::getRole(const QueryRequest& input, XmlWriter& xml) const
{
    QJsonObject role;
    if (auto error = findRole(input, role)) {
        return error;
    }
    writeRole(xml, role);
    return std::nullopt;
}

std::optional<WireError> IamService::listRoles(const QueryRequest& input, XmlWriter& xml) const
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

std::optional<WireError> IamService::deleteRole(const QueryRequest& input, XmlWriter&) const
{
    QJsonObject role;
    if (auto error = findRole(input, role)) {
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

std::optional<WireError> IamService::createPolicy(const QueryRequest& input, XmlWriter& xml) const
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

std::optional<WireError> IamService::deletePolicy(const QueryRequest& input, XmlWriter&) const
{
    if (auto error = require(input, {QStringLiteral("PolicyArn")})) {
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

std::optional<WireError> IamService::findRoleAndPolicyArn(const QueryRequest& input, QJsonObject& role,
                                                          QString& arn) const
{
    if (auto error = findRole(input, role)) {
        return error;
    }
    if (auto error = require(input, {QStringLiteral("PolicyArn")})) {
        return error;
    }
    arn = input.value(QStringLiteral("PolicyArn"));
    return std::nullopt;
}

void IamService::storeAttachments(QJsonObject& role, const QJsonArray& attached, const QString& arn,
                                  int delta) const
{
    role.insert(QStringLiteral("AttachedPolicies"), attached);
    m_store.put(LocalStateStore::Kind::Role, role.value(QLatin1String("RoleName")).toString(), role);
    if (arn.startsWith(kAwsManagedPrefix)) {
        return;
    }
    if (auto policy = m_store.find(LocalStateStore::Kind::Policy, arn)) {
        policy->insert(QStringLiteral("AttachmentCount"),
                       std::max(0, policy->value(QLatin1String("AttachmentCount")).toInt() + delta));
        m_store.put(LocalStateStore::Kind::Policy, arn, *policy);
    }
}

std::optional<WireError> IamService::attachRolePolicy(const QueryRequest& input, XmlWriter&) const
{
    QJsonObject role;
    QString arn;
    if (auto error = findRoleAndPolicyArn(input, role, arn)) {
        return error;
    }
    if (!findPolicy(arn)) {
        return WireError{404, QStringLiteral("NoSuchEntity"),
                         QStringLiteral("Policy %1 does not exist or is not attachable.").arg(arn)};
    }
    QJsonArray attached = role.value(QLatin1String("AttachedPolicies")).toArray();
    if (!attached.contains(arn)) {
        attached.append(arn);
        storeAttachments(role, attached, arn, +1);
    }
    return std::nullopt;
}

std::optional<WireError> IamService::detachRolePolicy(const QueryRequest& input, XmlWriter&) const
{
    QJsonObject role;
    QString arn;
    if (auto error = findRoleAndPolicyArn(input, role, arn)) {
        return error;
    }
    QJsonArray attached = role.value(QLatin1String("AttachedPolicies")).toArray();
    const qsizetype index = attached.toVariantList().indexOf(arn);
    if (index < 0) {
        return WireError{404, QStringLiteral("NoSuchEntity"),
                         QStringLiteral("Policy %1 was not found.").arg(arn)};
    }
    attached.removeAt(index);
    storeAttachments(role, attached, arn, -1);
    return std::nullopt;
}

std::optional<WireError> IamService::listAttachedRolePolicies(const QueryRequest& input, XmlWriter& xml) const
{
    QJsonObject role;
    if (auto error = findRole(input, role)) {
        return error;
    }
    const QJsonArray attached = role.value(QLatin1String("AttachedPolicies")).toArray();
    qsizetype first = 0;
    qsizetype count = 0;
    if (auto error = pageOf(input, attached.size(), first, count)) {
        return error;
    }
    xml.open(QStringLiteral("AttachedPolicies"));
    for (qsizetype i = first; i < first + count; ++i) {
        const QString arn = attached.at(i).toString();
        const auto policy = findPolicy(arn);
        xml.open(QStringLiteral("member"));
        xml.element(QStringLiteral("PolicyName"), policy
                                                      ? policy->value(QLatin1String("PolicyName")).toString()
                                                      : arn.section(QLatin1Char('/'), -1));
        xml.element(QStringLiteral("PolicyArn"), arn);
        xml.close();
    }
    xml.close();
    writeTruncation(xml, first, count, attached.size());
    return std::nullopt;
}

std::optional<WireError> IamService::putRolePolicy(const QueryRequest& input, XmlWriter&) const
{
    QJsonObject role;
    if (auto error = findRole(input, role)) {
        return error;
    }
    if (auto error = require(input, {QStringLiteral("PolicyName"), QStringLiteral("PolicyDocument")})) {
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
    m_store.put(LocalStateStore::Kind::Role, role.value(QLatin1String("RoleName")).toString(), role);
    return std::nullopt;
}

} // namespace SageDesk::Local
