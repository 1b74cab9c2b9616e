#include "cli/CliCommands.h"

#include "cli/commands/CliHandlers.h"
#include "domain/NotebookInstanceStatus.h"

namespace SageDesk::Cli {

namespace {

const QStringList kEnabledDisabled{QStringLiteral("enabled"), QStringLiteral("disabled")};

// An option with a fixed set of values shows them as its value name: "--sort-by Name|CreationTime|Status".
QList<CliCommandSpec> withValueNames(QList<CliCommandSpec> commands)
{
    for (auto& command : commands) {
        for (auto& option : command.options) {
            if (option.valueName.isEmpty() && !option.allowed.isEmpty()) {
                option.valueName = option.allowed.join(QLatin1Char('|'));
            }
        }
    }
    return commands;
}

QStringList statusNames()
{
    QStringList names;
    for (const auto status : NotebookInstanceStatuses::all()) {
        names.append(NotebookInstanceStatuses::toString(status));
    }
    return names;
}

} // namespace

QList<CliOptionSpec> CliCommands::instanceOptions(bool forUpdate)
{
    QList<CliOptionSpec> options{
        {QStringLiteral("instance-type"), QStringLiteral("TYPE"), tr("Instance type, e.g. ml.t3.medium.")},
        {QStringLiteral("role-arn"), QStringLiteral("ARN"), tr("Execution role ARN.")},
    };
    if (!forUpdate) {
        options.append({QStringLiteral("create-role"), QStringLiteral("any|none|B1[,B2...]"),
                        tr("Create a new execution role with S3 access to any bucket, none, or the listed "
                           "buckets.")});
    }
    options += QList<CliOptionSpec>{
        {QStringLiteral("volume-size"), QStringLiteral("GB"), tr("ML storage volume size in GB (5-16384).")},
        {QStringLiteral("platform"), QStringLiteral("ID"),
         tr("Platform identifier, e.g. notebook-al2023-v1.")},
        {QStringLiteral("lifecycle-config"), QStringLiteral("NAME"), tr("Lifecycle configuration name.")},
        {QStringLiteral("root-access"),
         {},
         tr("Root access for notebook users."),
         false,
         kEnabledDisabled,
         Qt::CaseInsensitive},
        {QStringLiteral("default-repo"), QStringLiteral("URL|NAME"), tr("Default Git repository.")},
        {QStringLiteral("imds-version"), QStringLiteral("1|2"),
         tr("Minimum instance metadata service version.")},
    };
    if (forUpdate) {
        options += QList<CliOptionSpec>{
            {QStringLiteral("disassociate-lifecycle-config"), {}, tr("Remove the lifecycle configuration.")},
            {QStringLiteral("disassociate-default-repo"), {}, tr("Remove the default Git repository.")},
        };
    } else {
        options += QList<CliOptionSpec>{
            {QStringLiteral("subnet"), QStringLiteral("ID"), tr("VPC subnet ID.")},
            {QStringLiteral("security-group"), QStringLiteral("ID"),
             tr("Security group ID (repeatable, at most 5)."), true},
            {QStringLiteral("direct-internet"),
             {},
             tr("Direct internet access; disabled needs --subnet."),
             false,
             kEnabledDisabled,
             Qt::CaseInsensitive},
            {QStringLiteral("kms-key"), QStringLiteral("ID"), tr("KMS key for the ML storage volume.")},
            {QStringLiteral("tag"), QStringLiteral("KEY=VALUE"), tr("Tag (repeatable, at most 50)."), true},
        };
    }
    return options;
}

QList<CliCommandSpec> CliCommands::all()
{
    const QStringList name{QStringLiteral("NAME")};
    const bool instance = true;
    return withValueNames({
        {QStringLiteral("whoami"),
         tr("Show the account, user and region in use."),
         {},
         {},
         false,
         &AccountCommands::whoami},
        {QStringLiteral("list"),
         tr("List notebook instances."),
         {},
         {{QStringLiteral("status"), QStringLiteral("STATUS"),
           tr("Only instances in this status, e.g. InService."), false, statusNames()},
          {QStringLiteral("name-contains"), QStringLiteral("TEXT"),
           tr("Only instances whose name contains TEXT.")},
          {QStringLiteral("sort-by"),
           {},
           tr("Sort order."),
           false,
           {QStringLiteral("Name"), QStringLiteral("CreationTime"), QStringLiteral("Status")}}},
         false,
         &InstanceCommands::list},
        {QStringLiteral("describe"),
         tr("Describe one notebook instance."),
         name,
         {},
         instance,
         &InstanceCommands::describe},
        {QStringLiteral("create"), tr("Create a notebook instance."), name, instanceOptions(false), false,
         &InstanceCommands::create},
        {QStringLiteral("update"), tr("Change a stopped notebook instance."), name, instanceOptions(true),
         false, &InstanceCommands::update},
        {QStringLiteral("start"),
         tr("Start a stopped or failed notebook instance."),
         name,
         {},
         instance,
         &InstanceCommands::start},
        {QStringLiteral("stop"),
         tr("Stop a running notebook instance."),
         name,
         {},
         instance,
         &InstanceCommands::stop},
        {QStringLiteral("delete"),
         tr("Delete a stopped or failed notebook instance."),
         name,
         {},
         instance,
         &InstanceCommands::remove},
        {QStringLiteral("wait"),
         tr("Wait until a notebook instance reaches a status."),
         name,
         {{QStringLiteral("until"),
           {},
           tr("The status to wait for."),
           false,
           {QStringLiteral("InService"), QStringLiteral("Stopped"), QStringLiteral("Deleted")}},
          {QStringLiteral("timeout"), QStringLiteral("SECONDS"),
           tr("Give up after this many seconds (default 1800).")}},
         instance,
         &InstanceCommands::wait},
        {QStringLiteral("url"),
         tr("Print a presigned URL that opens Jupyter (valid for 5 minutes)."),
         name,
         {{QStringLiteral("lab"), {}, tr("Open JupyterLab instead of the classic view.")}},
         instance,
         &InstanceCommands::url},
        {QStringLiteral("roles"),
         tr("List IAM roles that SageMaker can assume."),
         {},
         {},
         false,
         &RoleCommands::list},
        {QStringLiteral("create-role"),
         tr("Create a SageMaker execution role as the AWS console does; prints its ARN."),
         {},
         {{QStringLiteral("s3"), QStringLiteral("any|none|B1[,B2...]"), tr("S3 access of the role.")}},
         false,
         &RoleCommands::create},
        {QStringLiteral("buckets"), tr("List S3 buckets."), {}, {}, false, &BucketCommands::list},
        {QStringLiteral("lifecycle-configs"),
         tr("List lifecycle configurations."),
         {},
         {},
         false,
         &LifecycleConfigCommands::list},
        {QStringLiteral("create-lifecycle-config"),
         tr("Create a lifecycle configuration from shell scripts."),
         name,
         {{QStringLiteral("on-create"), QStringLiteral("FILE"), tr("Script run on the first start only.")},
          {QStringLiteral("on-start"), QStringLiteral("FILE"), tr("Script run on every start.")}},
         false,
         &LifecycleConfigCommands::create},
        {QStringLiteral("logs"),
         tr("Print a notebook instance's lifecycle or Jupyter log (CloudWatch Logs)."),
         name,
         {{QStringLiteral("script"),
           {},
           tr("Which log: the OnCreate or OnStart script, or Jupyter (default: the one that explains the "
              "instance's state)."),
           false,
           {QStringLiteral("on-create"), QStringLiteral("on-start"), QStringLiteral("jupyter")}},
          {QStringLiteral("follow"),
           {},
           tr("Keep printing new lines, one per line, while the instance writes them.")},
          {QStringLiteral("since"), QStringLiteral("DURATION"),
           tr("Only lines of the last 90s, 10m, 2h, 1d...")}},
         instance,
         &LogCommands::logs},
    });
}

std::optional<CliCommandSpec> CliCommands::find(const QString& name)
{
    for (const auto& spec : all()) {
        if (spec.name == name) {
            return spec;
        }
    }
    return std::nullopt;
}

std::optional<QString> CliCommands::allowedValue(const CliInvocation& invocation, const QString& option,
                                                 QString* error)
{
    const auto command = find(invocation.command);
    const CliOptionSpec* spec = command ? command->option(option) : nullptr;
    const QString value = invocation.value(option);
    if (!spec || spec->allowed.isEmpty()) {
        return value;
    }
    for (const QString& allowed : spec->allowed) {
        if (allowed.compare(value, spec->allowedCase) == 0) {
            return allowed;
        }
    }
    // A long list reads better as "one of A, B, C, ..." than as "A, B, ... or Z".
    const QString dashed = QStringLiteral("--") + option;
    if (spec->allowed.size() > 3) {
        *error = tr("%1: must be one of %2").arg(dashed, spec->allowed.join(QStringLiteral(", ")));
    } else {
        *error = tr("%1: must be %2 or %3")
                     .arg(dashed, spec->allowed.mid(0, spec->allowed.size() - 1).join(QStringLiteral(", ")),
                          spec->allowed.last());
    }
    return std::nullopt;
}

} // namespace SageDesk::Cli
