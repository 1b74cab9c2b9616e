#include "cli/CliCommands.h"

namespace SageDesk::Cli {

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
        {QStringLiteral("root-access"), QStringLiteral("enabled|disabled"),
         tr("Root access for notebook users.")},
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
            {QStringLiteral("direct-internet"), QStringLiteral("enabled|disabled"),
             tr("Direct internet access; disabled needs --subnet.")},
            {QStringLiteral("kms-key"), QStringLiteral("ID"), tr("KMS key for the ML storage volume.")},
            {QStringLiteral("tag"), QStringLiteral("KEY=VALUE"), tr("Tag (repeatable, at most 50)."), true},
        };
    }
    return options;
}

QList<CliCommandSpec> CliCommands::all()
{
    const QStringList name{QStringLiteral("NAME")};
    return {
        {QStringLiteral("whoami"), tr("Show the account, user and region in use."), {}, {}},
        {QStringLiteral("list"),
         tr("List notebook instances."),
         {},
         {{QStringLiteral("status"), QStringLiteral("STATUS"),
           tr("Only instances in this status, e.g. InService.")},
          {QStringLiteral("name-contains"), QStringLiteral("TEXT"),
           tr("Only instances whose name contains TEXT.")},
          {QStringLiteral("sort-by"), QStringLiteral("Name|CreationTime|Status"), tr("Sort order.")}}},
        {QStringLiteral("describe"), tr("Describe one notebook instance."), name, {}},
        {QStringLiteral("create"), tr("Create a notebook instance."), name, instanceOptions(false)},
        {QStringLiteral("update"), tr("Change a stopped notebook instance."), name, instanceOptions(true)},
        {QStringLiteral("start"), tr("Start a stopped or failed notebook instance."), name, {}},
        {QStringLiteral("stop"), tr("Stop a running notebook instance."), name, {}},
        {QStringLiteral("delete"), tr("Delete a stopped or failed notebook instance."), name, {}},
        {QStringLiteral("wait"),
         tr("Wait until a notebook instance reaches a status."),
         name,
         {{QStringLiteral("until"), QStringLiteral("InService|Stopped|Deleted"),
           tr("The status to wait for.")},
          {QStringLiteral("timeout"), QStringLiteral("SECONDS"),
           tr("Give up after this many seconds (default 1800).")}}},
        {QStringLiteral("url"),
         tr("Print a presigned URL that opens Jupyter (valid for 5 minutes)."),
         name,
         {{QStringLiteral("lab"), {}, tr("Open JupyterLab instead of the classic view.")}}},
        {QStringLiteral("roles"), tr("List IAM roles that SageMaker can assume."), {}, {}},
        {QStringLiteral("create-role"),
         tr("Create a SageMaker execution role as the AWS console does; prints its ARN."),
         {},
         {{QStringLiteral("s3"), QStringLiteral("any|none|B1[,B2...]"), tr("S3 access of the role.")}}},
        {QStringLiteral("buckets"), tr("List S3 buckets."), {}, {}},
        {QStringLiteral("lifecycle-configs"), tr("List lifecycle configurations."), {}, {}},
        {QStringLiteral("create-lifecycle-config"),
         tr("Create a lifecycle configuration from shell scripts."),
         name,
         {{QStringLiteral("on-create"), QStringLiteral("FILE"), tr("Script run on the first start only.")},
          {QStringLiteral("on-start"), QStringLiteral("FILE"), tr("Script run on every start.")}}},
    };
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

} // namespace SageDesk::Cli
