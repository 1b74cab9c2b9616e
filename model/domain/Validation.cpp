#include "domain/Validation.h"

#include "domain/InstanceTypeCatalog.h"
#include "domain/PlatformCatalog.h"

#include <QHash>
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
    // Compiled once per pattern (the patterns are this file's constants): sagedesk-local checks a
    // bucket name twice on every S3 request, and compiling was 6% of a small PutObject's CPU.
    thread_local QHash<QString, QRegularExpression> compiled;
    auto it = compiled.constFind(pattern);
    if (it == compiled.constEnd()) {
        it = compiled.insert(pattern, QRegularExpression(QRegularExpression::anchoredPattern(pattern)));
    }
    return it->match(text).hasMatch();
}

// AWS's constraint texts, worded as the service words them in "failed to satisfy constraint: ...".
QString maxLength(qsizetype max)
{
    return QStringLiteral("Member must have length less than or equal to %1").arg(max);
}

QString minLength(qsizetype min)
{
    return QStringLiteral("Member must have length greater than or equal to %1").arg(min);
}

QString patternConstraint(const QString& pattern)
{
    return QStringLiteral("Member must satisfy regular expression pattern: %1").arg(pattern);
}

QString enumConstraint(const QStringList& values)
{
    return QStringLiteral("Member must satisfy enum value set: [%1]").arg(values.join(QStringLiteral(", ")));
}

// The length and pattern constraints that `value` breaks. `awsPattern` is the pattern as the service
// quotes it (with the ^ and $ that older service models still show); anchoring it again is harmless.
QStringList stringConstraints(const QString& value, qsizetype min, qsizetype max, const QString& awsPattern)
{
    QStringList broken;
    if (value.size() > max) {
        broken << maxLength(max);
    }
    if (value.size() < min) {
        broken << minLength(min);
    }
    if (!awsPattern.isEmpty() && !matches(awsPattern, value)) {
        broken << patternConstraint(awsPattern);
    }
    return broken;
}

// An issue with its wire form; `member` is the wire's spelling of the member.
ValidationIssue wireIssue(ValidationIssue found, const QString& member, const QString& value,
                          const QStringList& constraints)
{
    found.wireMember = member;
    found.wireValue = value;
    found.wireConstraints = constraints;
    return found;
}

// "NotebookInstanceName" -> "notebookInstanceName": how the service's validation names a member.
QString wireName(const QString& field)
{
    return field.isEmpty() ? field : field.left(1).toLower() + field.mid(1);
}

// A list as AWS quotes it in a message: [a, b].
QString listValue(const QStringList& values)
{
    return QStringLiteral("[%1]").arg(values.join(QStringLiteral(", ")));
}

// NotebookInstanceName and NotebookInstanceLifecycleConfigName share this pattern.
const QString kNamePattern = QStringLiteral("[a-zA-Z0-9](-*[a-zA-Z0-9])*");
// The patterns as the service quotes them in its ValidationException messages.
const QString kAwsNamePattern = QStringLiteral("^[a-zA-Z0-9](-*[a-zA-Z0-9])*");
const QString kAwsRoleArnPattern =
    QStringLiteral("^arn:aws[a-z\\-]*:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+$");
const QString kAwsRepositoryPattern = QStringLiteral("^https://([^/]+)/?(.*)$|^[a-zA-Z0-9](-*[a-zA-Z0-9])*");
const QString kAwsTagPattern = QStringLiteral("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$");
const QString kAwsPlatformPattern =
    QStringLiteral("(notebook-al1-v1|notebook-al2-v1|notebook-al2-v2|notebook-al2-v3|notebook-al2023-v1)");
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
        return wireIssue(issue(QStringLiteral("NotebookInstanceName"),
                               tr("must be 1–63 characters of letters, digits and hyphens, starting and "
                                  "ending with a letter or digit")),
                         QStringLiteral("notebookInstanceName"), name,
                         stringConstraints(name, 0, 63, kAwsNamePattern));
    }
    return std::nullopt;
}

std::optional<ValidationIssue> Validation::instanceType(const QString& type)
{
    if (!InstanceTypeCatalog::contains(type)) {
        return wireIssue(
            issue(QStringLiteral("InstanceType"),
                  tr("“%1” is not a notebook instance type (for example ml.t3.medium)").arg(type)),
            QStringLiteral("instanceType"), type, {enumConstraint(InstanceTypeCatalog::all())});
    }
    return std::nullopt;
}

std::optional<ValidationIssue> Validation::roleArn(const QString& arn)
{
    if (arn.size() < 20 || arn.size() > 2048 ||
        !matches(QStringLiteral("arn:aws[a-z\\-]*:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+"), arn)) {
        return wireIssue(
            issue(QStringLiteral("RoleArn"), tr("must be an IAM role ARN of 20–2048 characters, like "
                                                "arn:aws:iam::123456789012:role/service-role/MyRole")),
            QStringLiteral("roleArn"), arn, stringConstraints(arn, 20, 2048, kAwsRoleArnPattern));
    }
    return std::nullopt;
}

std::optional<ValidationIssue> Validation::platformIdentifier(const QString& platform)
{
    if (platform.isEmpty() || PlatformCatalog::isKnown(platform)) {
        return std::nullopt;
    }
    return wireIssue(issue(QStringLiteral("PlatformIdentifier"),
                           tr("must be one of %1").arg(PlatformCatalog::all().join(QStringLiteral(", ")))),
                     QStringLiteral("platformIdentifier"), platform,
                     stringConstraints(platform, 0, 20, kAwsPlatformPattern));
}

std::optional<ValidationIssue> Validation::retiredPlatform(const QString& platform)
{
    if (platform.isEmpty() || !PlatformCatalog::isKnown(platform) || PlatformCatalog::isCreatable(platform)) {
        return std::nullopt;
    }
    return issue(QStringLiteral("PlatformIdentifier"),
                 tr("“%1” can no longer be used for new notebook instances; use one of %2")
                     .arg(platform, PlatformCatalog::creatable().join(QStringLiteral(", "))));
}

std::optional<ValidationIssue> Validation::ipAddressType(const QString& value)
{
    const QStringList allowed{QStringLiteral("ipv4"), QStringLiteral("dualstack")};
    if (!value.isEmpty() && !allowed.contains(value)) {
        return wireIssue(issue(QStringLiteral("IpAddressType"), tr("must be ipv4 or dualstack")),
                         QStringLiteral("ipAddressType"), value, {enumConstraint(allowed)});
    }
    return std::nullopt;
}

std::optional<ValidationIssue> Validation::volumeSizeInGB(int gigabytes)
{
    if (gigabytes < 5 || gigabytes > 16384) {
        return wireIssue(
            issue(QStringLiteral("VolumeSizeInGB"), tr("must be a whole number of GB from 5 to 16384")),
            QStringLiteral("volumeSizeInGB"), QString::number(gigabytes),
            {gigabytes < 5 ? QStringLiteral("Member must have value greater than or equal to 5")
                           : QStringLiteral("Member must have value less than or equal to 16384")});
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
        const QString member = field.isEmpty() ? QStringLiteral("LifecycleConfigName") : field;
        return wireIssue(issue(member, tr("must be 1–63 characters of letters, digits and hyphens, starting "
                                          "and ending with a letter or digit")),
                         wireName(member), name, stringConstraints(name, 0, 63, kAwsNamePattern));
    }
    return std::nullopt;
}

std::optional<ValidationIssue> Validation::rootAccess(const QString& value)
{
    if (!value.isEmpty() && value != QLatin1String("Enabled") && value != QLatin1String("Disabled")) {
        return wireIssue(issue(QStringLiteral("RootAccess"), tr("must be Enabled or Disabled")),
                         QStringLiteral("rootAccess"), value,
                         {enumConstraint({QStringLiteral("Enabled"), QStringLiteral("Disabled")})});
    }
    return std::nullopt;
}

std::optional<ValidationIssue> Validation::kmsKeyId(const QString& keyId)
{
    if (keyId.size() > 2048 || !matches(QStringLiteral("[a-zA-Z0-9:/_-]*"), keyId)) {
        return wireIssue(
            issue(QStringLiteral("KmsKeyId"),
                  tr("must be at most 2048 characters of letters, digits, “:”, “/”, “_” and “-”")),
            QStringLiteral("kmsKeyId"), keyId,
            stringConstraints(keyId, 0, 2048, QStringLiteral("[a-zA-Z0-9:/_-]*")));
    }
    return std::nullopt;
}

std::optional<ValidationIssue> Validation::subnetId(const QString& id)
{
    if (!id.isEmpty() && (id.size() > 32 || !matches(kIdPattern, id))) {
        return wireIssue(
            issue(QStringLiteral("SubnetId"), tr("must be at most 32 letters, digits and hyphens")),
            QStringLiteral("subnetId"), id, stringConstraints(id, 0, 32, kIdPattern));
    }
    return std::nullopt;
}

ValidationIssues Validation::securityGroupIds(const QStringList& groupIds)
{
    ValidationIssues issues;
    if (groupIds.size() > kMaxSecurityGroups) {
        issues.append(wireIssue(
            issue(QStringLiteral("SecurityGroupIds"), tr("must list at most 5 security groups")),
            QStringLiteral("securityGroupIds"), listValue(groupIds), {maxLength(kMaxSecurityGroups)}));
    }
    for (const QString& id : groupIds) {
        if (id.isEmpty() || id.size() > 32 || !matches(kIdPattern, id)) {
            // AWS checks a list's members as one constraint on the whole list.
            issues.append(
                wireIssue(issue(QStringLiteral("SecurityGroupIds"),
                                tr("“%1” must be 1–32 letters, digits and hyphens").arg(id)),
                          QStringLiteral("securityGroupIds"), listValue(groupIds),
                          {QStringLiteral("Member must satisfy constraint: [%1]")
                               .arg(stringConstraints(id, 0, 32, kIdPattern).join(QStringLiteral(", ")))}));
        }
    }
    return issues;
}

std::optional<ValidationIssue> Validation::directInternetAccess(const QString& value, const QString& subnet)
{
    if (!value.isEmpty() && value != QLatin1String("Enabled") && value != QLatin1String("Disabled")) {
        return wireIssue(issue(QStringLiteral("DirectInternetAccess"), tr("must be Enabled or Disabled")),
                         QStringLiteral("directInternetAccess"), value,
                         {enumConstraint({QStringLiteral("Enabled"), QStringLiteral("Disabled")})});
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
        return wireIssue(
            issue(QStringLiteral("MinimumInstanceMetadataServiceVersion"), tr("must be 1 or 2")),
            QStringLiteral("instanceMetadataServiceConfiguration.minimumInstanceMetadataServiceVersion"),
            version, stringConstraints(version, 0, 1, QStringLiteral("1|2")));
    }
    return std::nullopt;
}

std::optional<ValidationIssue> Validation::codeRepository(const QString& field, const QString& nameOrUrl)
{
    if (nameOrUrl.isEmpty() || nameOrUrl.size() > 1024 || !matches(kRepositoryPattern, nameOrUrl)) {
        return wireIssue(
            issue(field, tr("must be a code repository name or an https:// URL of 1–1024 characters")),
            wireName(field), nameOrUrl, stringConstraints(nameOrUrl, 1, 1024, kAwsRepositoryPattern));
    }
    return std::nullopt;
}

ValidationIssues Validation::additionalCodeRepositories(const QStringList& repositories)
{
    ValidationIssues issues;
    const QString field = QStringLiteral("AdditionalCodeRepositories");
    if (repositories.size() > kMaxAdditionalRepositories) {
        issues.append(wireIssue(issue(field, tr("must list at most 3 repositories")),
                                QStringLiteral("additionalCodeRepositories"), listValue(repositories),
                                {maxLength(kMaxAdditionalRepositories)}));
    }
    for (const QString& repository : repositories) {
        if (auto found = codeRepository(field, repository)) {
            // AWS checks a list's members as one constraint on the whole list.
            found->wireValue = listValue(repositories);
            found->wireConstraints = {QStringLiteral("Member must satisfy constraint: [%1]")
                                          .arg(found->wireConstraints.join(QStringLiteral(", ")))};
            issues.append(*found);
        }
    }
    return issues;
}

ValidationIssues Validation::tags(const QList<Tag>& tagList)
{
    ValidationIssues issues;
    if (tagList.size() > kMaxTags) {
        issues.append(wireIssue(issue(QStringLiteral("Tags"), tr("must list at most 50 tags")),
                                QStringLiteral("tags"), QString(), {maxLength(kMaxTags)}));
    }
    QSet<QString> keys;
    int position = 0;
    for (const Tag& tag : tagList) {
        ++position;
        const QString member = QStringLiteral("tags.%1.member.").arg(position);
        if (tag.key.isEmpty() || tag.key.size() > 128 || !matches(kTagPattern, tag.key)) {
            issues.append(wireIssue(
                issue(QStringLiteral("Tags.Key"),
                      tr("“%1” must be 1–128 letters, digits, spaces and _ . : / = + - @").arg(tag.key)),
                member + QStringLiteral("key"), tag.key, stringConstraints(tag.key, 1, 128, kAwsTagPattern)));
        } else if (tag.key.startsWith(QLatin1String("aws:"), Qt::CaseInsensitive)) {
            issues.append(issue(QStringLiteral("Tags.Key"),
                                tr("“%1” must not start with aws:, which AWS reserves").arg(tag.key)));
        } else if (keys.contains(tag.key)) {
            issues.append(issue(QStringLiteral("Tags.Key"), tr("“%1” appears more than once").arg(tag.key)));
        }
        keys.insert(tag.key);
        if (tag.value.size() > 256 || !matches(kTagPattern, tag.value)) {
            issues.append(wireIssue(
                issue(QStringLiteral("Tags.Value"),
                      tr("the value of “%1” must be 0–256 letters, digits, spaces and _ . : / = + - @")
                          .arg(tag.key)),
                member + QStringLiteral("value"), tag.value,
                stringConstraints(tag.value, 0, 256, kAwsTagPattern)));
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
    append(issues, volumeSizeInGB(request.volumeSizeInGB));
    append(issues, lifecycleConfigName(request.lifecycleConfigName));
    append(issues, rootAccess(request.rootAccess));
    append(issues, kmsKeyId(request.kmsKeyId));
    append(issues, subnetId(request.subnetId));
    issues += securityGroupIds(request.securityGroupIds);
    append(issues, ipAddressType(request.ipAddressType));
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

ValidationIssues Validation::createNotebookInstanceWarnings(const CreateNotebookInstanceRequest& request)
{
    ValidationIssues warnings;
    append(warnings, retiredPlatform(request.platformIdentifier));
    if (!instanceType(request.instanceType) && !platformIdentifier(request.platformIdentifier)) {
        append(warnings, platformSupportsInstanceType(request.platformIdentifier, request.instanceType));
    }
    if (!request.securityGroupIds.isEmpty() && request.subnetId.isEmpty()) {
        warnings.append(issue(QStringLiteral("SecurityGroupIds"), tr("need a SubnetId in the same VPC")));
    }
    if (request.ipAddressType == QLatin1String("dualstack") && request.subnetId.isEmpty()) {
        warnings.append(issue(QStringLiteral("IpAddressType"),
                              tr("dualstack needs a SubnetId of a subnet with an IPv6 range")));
    }
    return warnings;
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
    if (request.ipAddressType) {
        append(issues, ipAddressType(*request.ipAddressType));
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
    return issues;
}

ValidationIssues Validation::updateNotebookInstanceWarnings(const UpdateNotebookInstanceRequest& request,
                                                            const std::optional<NotebookInstance>& current)
{
    ValidationIssues warnings;
    if (request.platformIdentifier) {
        append(warnings, retiredPlatform(*request.platformIdentifier));
    }
    const QString type = request.instanceType.value_or(current ? current->instanceType : QString());
    const QString platform =
        request.platformIdentifier.value_or(current ? current->platformIdentifier : QString());
    if ((request.instanceType || request.platformIdentifier) && InstanceTypeCatalog::contains(type) &&
        (request.platformIdentifier || current) && !platformIdentifier(platform)) {
        append(warnings, platformSupportsInstanceType(platform, type));
    }
    if (request.ipAddressType == QLatin1String("dualstack") && current && current->subnetId.isEmpty()) {
        warnings.append(issue(QStringLiteral("IpAddressType"),
                              tr("dualstack needs a SubnetId of a subnet with an IPv6 range")));
    }
    return warnings;
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
        return wireIssue(
            issue(QStringLiteral("NameContains"), tr("must be 1–63 letters, digits and hyphens")),
            QStringLiteral("nameContains"), text,
            stringConstraints(text, 0, 63, QStringLiteral("[a-zA-Z0-9-]+")));
    }
    return std::nullopt;
}

ValidationIssues Validation::codeRepositoryDefinition(const QString& name, const QString& repositoryUrl,
                                                      const QString& branch, const QString& secretArn)
{
    // The service model's patterns, quoted as the service quotes them.
    const QString namePattern = QStringLiteral("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}");
    const QString urlPattern = QStringLiteral("^https://([^/]+)/?.{3,1016}$");
    const QString branchPattern = QStringLiteral("^[^ ~^:?*\\[]+$");
    const QString secretPattern =
        QStringLiteral("^arn:aws[a-z\\-]*:secretsmanager:[a-z0-9\\-]*:[0-9]{12}:secret:.*$");
    ValidationIssues issues;
    if (auto broken = stringConstraints(name, 1, 63, namePattern); !broken.isEmpty()) {
        issues.append(wireIssue(issue(QStringLiteral("CodeRepositoryName"),
                                      tr("must be 1–63 letters, digits and hyphens, starting and ending "
                                         "with a letter or digit")),
                                QStringLiteral("codeRepositoryName"), name, broken));
    }
    // Only the GitConfig members that are given (a null string is an absent member).
    const struct
    {
        QString value;
        qsizetype max;
        QString pattern;
        QString field;
        QString rule;
    } gitMembers[] = {
        {repositoryUrl, 1024, urlPattern, QStringLiteral("RepositoryUrl"),
         tr("must be an https:// URL of a Git repository")},
        {branch, 1024, branchPattern, QStringLiteral("Branch"),
         tr("must be a branch name without spaces or ~ ^ : ? * [")},
        {secretArn, 2048, secretPattern, QStringLiteral("SecretArn"),
         tr("must be the ARN of a Secrets Manager secret")},
    };
    for (const auto& member : gitMembers) {
        const qsizetype min = member.field == QLatin1String("RepositoryUrl") ? 11 : 1;
        if (member.value.isNull()) {
            continue;
        }
        if (auto broken = stringConstraints(member.value, min, member.max, member.pattern);
            !broken.isEmpty()) {
            issues.append(wireIssue(issue(member.field, member.rule),
                                    QStringLiteral("gitConfig.") + wireName(member.field), member.value,
                                    broken));
        }
    }
    return issues;
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
