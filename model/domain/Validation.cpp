#include "domain/Validation.h"

#include "domain/InstanceTypeCatalog.h"
#include "domain/PlatformCatalog.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QSet>

namespace SageDesk {

namespace {

ValidationIssue issue(const QString& field, const QString& rule)
{
    return {field, QStringLiteral("%1: %2").arg(field, rule)};
}

bool matches(const QString& pattern, const QString& text)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern)).match(text).hasMatch();
}

// NotebookInstanceName and NotebookInstanceLifecycleConfigName share this pattern.
const QString kNamePattern = QStringLiteral("[a-zA-Z0-9](-*[a-zA-Z0-9])*");
const QString kIdPattern = QStringLiteral("[-0-9a-zA-Z]+");
const QString kTagPattern = QStringLiteral("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*");
const QString kRepositoryPattern = QStringLiteral("https://([^/]+)/?(.*)|[a-zA-Z0-9](-*[a-zA-Z0-9])*");
constexpr int kMaxScriptBase64 = 16384;
constexpr int kMaxSecurityGroups = 5;
constexpr int kMaxAdditionalRepositories = 3;
constexpr int kMaxTags = 50;

void append(ValidationIssues& issues, const std::optional<ValidationIssue>& found)
{
    if (found) {
        issues.append(*found);
    }
}

qsizetype base64Length(qsizetype bytes)
{
    return (bytes + 2) / 3 * 4;
}

} // namespace

std::optional<ValidationIssue> Validation::notebookInstanceName(const QString& name)
{
    if (name.isEmpty() || name.size() > 63 || !matches(kNamePattern, name)) {
        return issue(QStringLiteral("NotebookInstanceName"),
                     tr("must be 1–63 characters of letters, digits and hyphens, starting and ending with a "
                        "letter or digit"));
    }
    return std::nullopt;
}

std::optional<ValidationIssue> Validation::instanceType(const QString& type)
{
    if (!InstanceTypeCatalog::contains(type)) {
        return issue(QStringLiteral("InstanceType"),
                     tr("“%1” is not a notebook instance type (for example ml.t3.medium)").arg(type));
    }
    return std::nullopt;
}

std::optional<ValidationIssue> Validation::roleArn(const QString& arn)
{
    if (arn.size() < 20 || arn.size() > 2048 ||
        !matches(QStringLiteral("arn:aws[a-z\\-]*:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+"), arn)) {
        return issue(QStringLiteral("RoleArn"), tr("must be an IAM role ARN of 20–2048 characters, like "
                                                   "arn:aws:iam::123456789012:role/service-role/MyRole"));
    }
    return std::nullopt;
}

std::optional<ValidationIssue> Validation::platformIdentifier(const QString& platform)
{
    if (platform.isEmpty() || PlatformCatalog::isCreatable(platform)) {
        return std::nullopt;
    }
    const QString allowed = PlatformCatalog::creatable().join(QStringLiteral(", "));
    if (PlatformCatalog::isKnown(platform)) {
        return issue(QStringLiteral("PlatformIdentifier"),
                     tr("“%1” can no longer be used for new notebook instances; use one of %2")
                         .arg(platform, allowed));
    }
    return issue(QStringLiteral("PlatformIdentifier"), tr("must be one of %1").arg(allowed));
}

std::optional<ValidationIssue> Validation::volumeSizeInGB(int gigabytes)
{
    if (gigabytes < 5 || gigabytes > 16384) {
        return issue(QStringLiteral("VolumeSizeInGB"), tr("must be a whole number of GB from 5 to 16384"));
    }
    return std::nullopt;
}

std::optional<ValidationIssue> Validation::lifecycleConfigName(const QString& name, bool required,
                                                               const QString& field)
{
    if (name.isEmpty() && !required) {
        return std::nullopt;
    }
    if (name.isEmpty() || name.size() > 63 || !matches(kNamePattern, name)) {
        return issue(field.isEmpty() ? QStringLiteral("LifecycleConfigName") : field,
                     tr("must be 1–63 characters of letters, digits and hyphens, starting and ending with a "
                        "letter or digit"));
    }
    return std::nullopt;
}

std::optional<ValidationIssue> Validation::rootAccess(const QString& value)
{
    if (!value.isEmpty() && value != QLatin1String("Enabled") && value != QLatin1String("Disabled")) {
        return issue(QStringLiteral("RootAccess"), tr("must be Enabled or Disabled"));
    }
    return std::nullopt;
}

std::optional<ValidationIssue> Validation::kmsKeyId(const QString& keyId)
{
    if (keyId.size() > 2048 || !matches(QStringLiteral("[a-zA-Z0-9:/_-]*"), keyId)) {
        return issue(QStringLiteral("KmsKeyId"),
                     tr("must be at most 2048 characters of letters, digits, “:”, “/”, “_” and “-”"));
    }
    return std::nullopt;
}

std::optional<ValidationIssue> Validation::subnetId(const QString& id)
{
    if (!id.isEmpty() && (id.size() > 32 || !matches(kIdPattern, id))) {
        return issue(QStringLiteral("SubnetId"), tr("must be at most 32 letters, digits and hyphens"));
    }
    return std::nullopt;
}

ValidationIssues Validation::securityGroupIds(const QStringList& groupIds)
{
    ValidationIssues issues;
    if (groupIds.size() > kMaxSecurityGroups) {
        issues.append(issue(QStringLiteral("SecurityGroupIds"), tr("must list at most 5 security groups")));
    }
    for (const QString& id : groupIds) {
        if (id.isEmpty() || id.size() > 32 || !matches(kIdPattern, id)) {
            issues.append(issue(QStringLiteral("SecurityGroupIds"),
                                tr("“%1” must be 1–32 letters, digits and hyphens").arg(id)));
        }
    }
    return issues;
}

std::optional<ValidationIssue> Validation::directInternetAccess(const QString& value, const QString& subnet)
{
    if (!value.isEmpty() && value != QLatin1String("Enabled") && value != QLatin1String("Disabled")) {
        return issue(QStringLiteral("DirectInternetAccess"), tr("must be Enabled or Disabled"));
    }
    if (value == QLatin1String("Disabled") && subnet.isEmpty()) {
        return issue(QStringLiteral("DirectInternetAccess"),
                     tr("Disabled requires a SubnetId, or the instance has no network at all"));
    }
    return std::nullopt;
}

std::optional<ValidationIssue> Validation::minimumInstanceMetadataServiceVersion(const QString& version)
{
    if (!version.isEmpty() && version != QLatin1String("1") && version != QLatin1String("2")) {
        return issue(QStringLiteral("MinimumInstanceMetadataServiceVersion"), tr("must be 1 or 2"));
    }
    return std::nullopt;
}

std::optional<ValidationIssue> Validation::codeRepository(const QString& field, const QString& nameOrUrl)
{
    if (nameOrUrl.isEmpty() || nameOrUrl.size() > 1024 || !matches(kRepositoryPattern, nameOrUrl)) {
        return issue(field, tr("must be a code repository name or an https:// URL of 1–1024 characters"));
    }
    return std::nullopt;
}

ValidationIssues Validation::additionalCodeRepositories(const QStringList& repositories)
{
    ValidationIssues issues;
    const QString field = QStringLiteral("AdditionalCodeRepositories");
    if (repositories.size() > kMaxAdditionalRepositories) {
        issues.append(issue(field, tr("must list at most 3 repositories")));
    }
    for (const QString& repository : repositories) {
        append(issues, codeRepository(field, repository));
    }
    return issues;
}

ValidationIssues Validation::tags(const QList<Tag>& tagList)
{
    ValidationIssues issues;
    if (tagList.size() > kMaxTags) {
        issues.append(issue(QStringLiteral("Tags"), tr("must list at most 50 tags")));
    }
    QSet<QString> keys;
    for (const Tag& tag : tagList) {
        if (tag.key.isEmpty() || tag.key.size() > 128 || !matches(kTagPattern, tag.key)) {
            issues.append(
                issue(QStringLiteral("Tags.Key"),
                      tr("“%1” must be 1–128 letters, digits, spaces and _ . : / = + - @").arg(tag.key)));
        } else if (tag.key.startsWith(QLatin1String("aws:"), Qt::CaseInsensitive)) {
            issues.append(issue(QStringLiteral("Tags.Key"),
                                tr("“%1” must not start with aws:, which AWS reserves").arg(tag.key)));
        } else if (keys.contains(tag.key)) {
            issues.append(issue(QStringLiteral("Tags.Key"), tr("“%1” appears more than once").arg(tag.key)));
        }
        keys.insert(tag.key);
        if (tag.value.size() > 256 || !matches(kTagPattern, tag.value)) {
            issues.append(
                issue(QStringLiteral("Tags.Value"),
                      tr("the value of “%1” must be 0–256 letters, digits, spaces and _ . : / = + - @")
                          .arg(tag.key)));
        }
    }
    return issues;
}

std::optional<ValidationIssue> Validation::platformSupportsInstanceType(const QString& platform,
                                                                        const QString& type)
{
    const QString effective = platform.isEmpty() ? PlatformCatalog::defaultPlatform() : platform;
    if (PlatformCatalog::isAl2023(effective) && !InstanceTypeCatalog::supportsAl2023(type)) {
        return issue(QStringLiteral("InstanceType"),
                     tr("%1 is not available on %2 (Amazon Linux 2023 has no ml.p2, ml.p3, ml.p3dn, ml.inf1 "
                        "or ml.g3 instances)")
                         .arg(type, effective));
    }
    return std::nullopt;
}

ValidationIssues Validation::createNotebookInstance(const CreateNotebookInstanceRequest& request)
{
    ValidationIssues issues;
    append(issues, notebookInstanceName(request.notebookInstanceName));
    append(issues, instanceType(request.instanceType));
    append(issues, roleArn(request.roleArn));
    append(issues, platformIdentifier(request.platformIdentifier));
    if (!instanceType(request.instanceType) && !platformIdentifier(request.platformIdentifier)) {
        append(issues, platformSupportsInstanceType(request.platformIdentifier, request.instanceType));
    }
    append(issues, volumeSizeInGB(request.volumeSizeInGB));
    append(issues, lifecycleConfigName(request.lifecycleConfigName));
    append(issues, rootAccess(request.rootAccess));
    append(issues, kmsKeyId(request.kmsKeyId));
    append(issues, subnetId(request.subnetId));
    issues += securityGroupIds(request.securityGroupIds);
    if (!request.securityGroupIds.isEmpty() && request.subnetId.isEmpty()) {
        issues.append(issue(QStringLiteral("SecurityGroupIds"), tr("need a SubnetId in the same VPC")));
    }
    append(issues, directInternetAccess(request.directInternetAccess, request.subnetId));
    append(issues, minimumInstanceMetadataServiceVersion(request.minimumInstanceMetadataServiceVersion));
    if (!request.defaultCodeRepository.isEmpty()) {
        append(issues,
               codeRepository(QStringLiteral("DefaultCodeRepository"), request.defaultCodeRepository));
    }
    issues += additionalCodeRepositories(request.additionalCodeRepositories);
    issues += tags(request.tags);
    return issues;
}

ValidationIssues Validation::updateNotebookInstance(const UpdateNotebookInstanceRequest& request,
                                                    const std::optional<NotebookInstance>& current)
{
    ValidationIssues issues;
    append(issues, notebookInstanceName(request.notebookInstanceName));
    if (request.instanceType) {
        append(issues, instanceType(*request.instanceType));
    }
    if (request.roleArn) {
        append(issues, roleArn(*request.roleArn));
    }
    if (request.platformIdentifier) {
        append(issues, platformIdentifier(*request.platformIdentifier));
    }
    if (request.volumeSizeInGB) {
        append(issues, volumeSizeInGB(*request.volumeSizeInGB));
        if (current && *request.volumeSizeInGB < current->volumeSizeInGB) {
            issues.append(issue(QStringLiteral("VolumeSizeInGB"),
                                tr("can only grow: the volume has %1 GB and cannot shrink to %2 GB")
                                    .arg(current->volumeSizeInGB)
                                    .arg(*request.volumeSizeInGB)));
        }
    }
    if (request.lifecycleConfigName) {
        append(issues, lifecycleConfigName(*request.lifecycleConfigName));
    }
    if (request.rootAccess) {
        append(issues, rootAccess(*request.rootAccess));
    }
    if (request.minimumInstanceMetadataServiceVersion) {
        append(issues, minimumInstanceMetadataServiceVersion(*request.minimumInstanceMetadataServiceVersion));
    }
    if (request.defaultCodeRepository) {
        append(issues,
               codeRepository(QStringLiteral("DefaultCodeRepository"), *request.defaultCodeRepository));
    }
    if (request.additionalCodeRepositories) {
        issues += additionalCodeRepositories(*request.additionalCodeRepositories);
    }
    const QString type = request.instanceType.value_or(current ? current->instanceType : QString());
    const QString platform =
        request.platformIdentifier.value_or(current ? current->platformIdentifier : QString());
    if ((request.instanceType || request.platformIdentifier) && InstanceTypeCatalog::contains(type) &&
        (request.platformIdentifier || current)) {
        append(issues, platformSupportsInstanceType(platform, type));
    }
    return issues;
}

ValidationIssues Validation::lifecycleScript(const QString& field, const QByteArray& script)
{
    ValidationIssues issues;
    if (script.isEmpty()) {
        issues.append(issue(field, tr("the script must not be empty")));
        return issues;
    }
    if (script.contains('\r')) {
        issues.append(issue(field, tr("the script has Windows line endings (CRLF) and would fail with "
                                      "“^M: bad interpreter”; save it with Unix line endings (LF)")));
    }
    if (base64Length(script.size()) > kMaxScriptBase64) {
        issues.append(issue(field, tr("the script is %1 bytes; encoded as base64 it must fit in 16384 "
                                      "characters (about 12 KB)")
                                       .arg(script.size())));
    }
    return issues;
}

std::optional<ValidationIssue> Validation::lifecycleContent(const QString& field, const QString& base64)
{
    if (base64.isEmpty() || base64.size() > kMaxScriptBase64 || base64.size() % 4 != 0 ||
        !matches(QStringLiteral("[A-Za-z0-9+/]*={0,2}"), base64)) {
        return issue(field, tr("must be base64 text of 1–16384 characters"));
    }
    return std::nullopt;
}

std::optional<ValidationIssue> Validation::s3BucketName(const QString& bucket)
{
    const QString field = QStringLiteral("BucketName");
    if (bucket.size() < 3 || bucket.size() > 63 ||
        !matches(QStringLiteral("[a-z0-9][a-z0-9.-]*[a-z0-9]"), bucket)) {
        return issue(field, tr("“%1” must be 3–63 lowercase letters, digits, dots and hyphens, starting and "
                               "ending with a letter or digit")
                                .arg(bucket));
    }
    if (bucket.contains(QLatin1String(".."))) {
        return issue(field, tr("“%1” must not contain two dots in a row").arg(bucket));
    }
    if (QHostAddress(bucket).protocol() == QAbstractSocket::IPv4Protocol) {
        return issue(field, tr("“%1” must not look like an IP address").arg(bucket));
    }
    if (bucket.startsWith(QLatin1String("xn--")) || bucket.endsWith(QLatin1String("-s3alias"))) {
        return issue(field, tr("“%1” must not start with xn-- or end with -s3alias").arg(bucket));
    }
    return std::nullopt;
}

std::optional<ValidationIssue> Validation::iamRoleName(const QString& roleName)
{
    if (roleName.isEmpty() || roleName.size() > 64 || !matches(QStringLiteral("[\\w+=,.@-]+"), roleName)) {
        return issue(QStringLiteral("RoleName"), tr("must be 1–64 letters, digits and + = , . @ _ -"));
    }
    return std::nullopt;
}

std::optional<ValidationIssue> Validation::nameContains(const QString& text)
{
    if (text.size() > 63 || !matches(QStringLiteral("[a-zA-Z0-9-]+"), text)) {
        return issue(QStringLiteral("NameContains"), tr("must be 1–63 letters, digits and hyphens"));
    }
    return std::nullopt;
}

QString Validation::describe(const ValidationIssues& issues)
{
    QStringList lines;
    for (const auto& found : issues) {
        lines.append(found.message);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace SageDesk
