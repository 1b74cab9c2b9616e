#include "cli/CliRequests.h"

#include "cli/CliCommands.h"

namespace SageDesk::Cli {

namespace {

// A syntactically valid ARN that stands in for the role --create-role makes, so that every other
// field is checked before the role exists.
const QString kRoleToBeCreated = QStringLiteral("arn:aws:iam::000000000000:role/service-role/to-be-created");

bool readTags(const QStringList& values, QList<Tag>* tags, QString* error)
{
    for (const QString& value : values) {
        const auto equals = value.indexOf(QLatin1Char('='));
        if (equals < 0) {
            *error = CliRequests::tr("--tag: must be KEY=VALUE, got '%1'").arg(value);
            return false;
        }
        tags->append({value.left(equals), value.mid(equals + 1)});
    }
    return true;
}

// Options that create and update share; only those given on the command line are read.
template <typename Assign>
bool readShared(const CliInvocation& invocation, QString* error, Assign assign)
{
    if (invocation.isSet(QStringLiteral("volume-size"))) {
        const auto size = CliRequests::integer(QStringLiteral("--volume-size"),
                                               invocation.value(QStringLiteral("volume-size")), 0, error);
        if (!size) {
            return false;
        }
        assign.volume(*size);
    }
    if (invocation.isSet(QStringLiteral("root-access"))) {
        const auto rootAccess =
            CliRequests::enabledDisabled(invocation, QStringLiteral("root-access"), error);
        if (!rootAccess) {
            return false;
        }
        assign.rootAccess(*rootAccess);
    }
    return true;
}

} // namespace

QString CliRequests::optionFor(const QString& field)
{
    static const QHash<QString, QString> options{
        {QStringLiteral("NotebookInstanceName"), QStringLiteral("NAME")},
        {QStringLiteral("InstanceType"), QStringLiteral("--instance-type")},
        {QStringLiteral("RoleArn"), QStringLiteral("--role-arn")},
        {QStringLiteral("PlatformIdentifier"), QStringLiteral("--platform")},
        {QStringLiteral("VolumeSizeInGB"), QStringLiteral("--volume-size")},
        {QStringLiteral("LifecycleConfigName"), QStringLiteral("--lifecycle-config")},
        {QStringLiteral("RootAccess"), QStringLiteral("--root-access")},
        {QStringLiteral("KmsKeyId"), QStringLiteral("--kms-key")},
        {QStringLiteral("SubnetId"), QStringLiteral("--subnet")},
        {QStringLiteral("SecurityGroupIds"), QStringLiteral("--security-group")},
        {QStringLiteral("DirectInternetAccess"), QStringLiteral("--direct-internet")},
        {QStringLiteral("MinimumInstanceMetadataServiceVersion"), QStringLiteral("--imds-version")},
        {QStringLiteral("DefaultCodeRepository"), QStringLiteral("--default-repo")},
        {QStringLiteral("Tags"), QStringLiteral("--tag")},
        {QStringLiteral("Tags.Key"), QStringLiteral("--tag")},
        {QStringLiteral("Tags.Value"), QStringLiteral("--tag")},
        {QStringLiteral("NameContains"), QStringLiteral("--name-contains")},
        {QStringLiteral("OnCreate"), QStringLiteral("--on-create")},
        {QStringLiteral("OnStart"), QStringLiteral("--on-start")},
    };
    return options.value(field);
}

QString CliRequests::describe(const ValidationIssues& issues)
{
    QStringList lines;
    for (const auto& issue : issues) {
        const QString option = optionFor(issue.field);
        lines.append(option.isEmpty() ? issue.message : QStringLiteral("%1: %2").arg(option, issue.message));
    }
    return lines.join(QLatin1Char('\n'));
}

std::optional<QString> CliRequests::enabledDisabled(const CliInvocation& invocation, const QString& option,
                                                    QString* error)
{
    const auto value = CliCommands::allowedValue(invocation, option, error);
    if (!value) {
        return std::nullopt;
    }
    // The table spells the values as a person types them; the API capitalizes them.
    return value->left(1).toUpper() + value->mid(1);
}

std::optional<int> CliRequests::integer(const QString& option, const QString& value, int minimum,
                                        QString* error)
{
    bool ok = false;
    const int number = value.toInt(&ok);
    if (!ok || number < minimum) {
        *error = tr("%1: must be a whole number of at least %2").arg(option).arg(minimum);
        return std::nullopt;
    }
    return number;
}

std::optional<CreateNotebookInstanceRequest>
CliRequests::createNotebookInstance(const CliInvocation& invocation, QString* error)
{
    const bool hasRole = invocation.isSet(QStringLiteral("role-arn"));
    const bool createsRole = invocation.isSet(QStringLiteral("create-role"));
    if (hasRole == createsRole) {
        *error = tr("--role-arn, --create-role: give exactly one of them");
        return std::nullopt;
    }
    if (!invocation.isSet(QStringLiteral("instance-type"))) {
        *error = tr("--instance-type: is required");
        return std::nullopt;
    }
    CreateNotebookInstanceRequest request;
    request.notebookInstanceName = invocation.positionals.value(0);
    request.instanceType = invocation.value(QStringLiteral("instance-type"));
    request.roleArn = invocation.value(QStringLiteral("role-arn"));
    request.platformIdentifier = invocation.value(QStringLiteral("platform"));
    request.lifecycleConfigName = invocation.value(QStringLiteral("lifecycle-config"));
    request.kmsKeyId = invocation.value(QStringLiteral("kms-key"));
    request.subnetId = invocation.value(QStringLiteral("subnet"));
    request.securityGroupIds = invocation.values(QStringLiteral("security-group"));
    request.defaultCodeRepository = invocation.value(QStringLiteral("default-repo"));
    request.minimumInstanceMetadataServiceVersion = invocation.value(QStringLiteral("imds-version"));
    struct
    {
        CreateNotebookInstanceRequest* target;
        void volume(int size) const { target->volumeSizeInGB = size; }
        void rootAccess(const QString& value) const { target->rootAccess = value; }
    } assign{&request};
    if (!readShared(invocation, error, assign) ||
        !readTags(invocation.values(QStringLiteral("tag")), &request.tags, error)) {
        return std::nullopt;
    }
    if (invocation.isSet(QStringLiteral("direct-internet"))) {
        const auto access = enabledDisabled(invocation, QStringLiteral("direct-internet"), error);
        if (!access) {
            return std::nullopt;
        }
        request.directInternetAccess = *access;
    }
    auto checked = request;
    if (createsRole) {
        checked.roleArn = kRoleToBeCreated;
    }
    if (const auto issues = Validation::createNotebookInstance(checked); !issues.isEmpty()) {
        *error = describe(issues);
        return std::nullopt;
    }
    return request;
}

std::optional<UpdateNotebookInstanceRequest>
CliRequests::updateNotebookInstance(const CliInvocation& invocation, QString* error)
{
    UpdateNotebookInstanceRequest request;
    request.notebookInstanceName = invocation.positionals.value(0);
    const auto optional = [&](const char* option) -> std::optional<QString> {
        const QString name = QLatin1String(option);
        return invocation.isSet(name) ? std::optional<QString>(invocation.value(name)) : std::nullopt;
    };
    request.instanceType = optional("instance-type");
    request.roleArn = optional("role-arn");
    request.platformIdentifier = optional("platform");
    request.lifecycleConfigName = optional("lifecycle-config");
    request.defaultCodeRepository = optional("default-repo");
    request.minimumInstanceMetadataServiceVersion = optional("imds-version");
    request.disassociateLifecycleConfig = invocation.isSet(QStringLiteral("disassociate-lifecycle-config"));
    request.disassociateDefaultCodeRepository = invocation.isSet(QStringLiteral("disassociate-default-repo"));
    struct
    {
        UpdateNotebookInstanceRequest* target;
        void volume(int size) const { target->volumeSizeInGB = size; }
        void rootAccess(const QString& value) const { target->rootAccess = value; }
    } assign{&request};
    if (!readShared(invocation, error, assign)) {
        return std::nullopt;
    }
    if (const auto issues = Validation::updateNotebookInstance(request); !issues.isEmpty()) {
        *error = describe(issues);
        return std::nullopt;
    }
    return request;
}

} // namespace SageDesk::Cli
