#include "domain/NotebookInstance.h"

#include <QJsonArray>
#include <QTimeZone>

#include <cmath>

namespace SageDesk {

namespace Json {

QList<Tag> tagsFromJson(const QJsonValue& value)
{
    QList<Tag> tags;
    for (const QJsonValue& item : value.toArray()) {
        const QJsonObject object = item.toObject();
        tags.append(Tag{object.value(QLatin1String("Key")).toString(),
                        object.value(QLatin1String("Value")).toString()});
    }
    return tags;
}

QJsonArray tagsToJson(const QList<Tag>& tags)
{
    QJsonArray array;
    for (const Tag& tag : tags) {
        array.append(QJsonObject{{QStringLiteral("Key"), tag.key}, {QStringLiteral("Value"), tag.value}});
    }
    return array;
}

QDateTime timestampFromJson(const QJsonValue& value)
{
    if (value.isDouble()) {
        return QDateTime::fromMSecsSinceEpoch(std::llround(value.toDouble() * 1000.0), Qt::UTC);
    }
    if (value.isString()) {
        return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
    }
    return {};
}

double timestampToJson(const QDateTime& time)
{
    return static_cast<double>(time.toMSecsSinceEpoch()) / 1000.0;
}

} // namespace Json

namespace {

QStringList stringList(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& item : value.toArray()) {
        list << item.toString();
    }
    return list;
}

void putString(QJsonObject& json, const char* key, const QString& value)
{
    if (!value.isEmpty()) {
        json.insert(QLatin1String(key), value);
    }
}

void putList(QJsonObject& json, const char* key, const QStringList& value)
{
    if (!value.isEmpty()) {
        json.insert(QLatin1String(key), QJsonArray::fromStringList(value));
    }
}

void putTime(QJsonObject& json, const char* key, const QDateTime& value)
{
    if (value.isValid()) {
        json.insert(QLatin1String(key), Json::timestampToJson(value));
    }
}

QString str(const QJsonObject& json, const char* key)
{
    return json.value(QLatin1String(key)).toString();
}

const auto kImds = QLatin1String("InstanceMetadataServiceConfiguration");
const auto kImdsVersion = QLatin1String("MinimumInstanceMetadataServiceVersion");

} // namespace

NotebookInstance NotebookInstance::fromJson(const QJsonObject& json)
{
    NotebookInstance n;
    n.notebookInstanceArn = str(json, "NotebookInstanceArn");
    n.notebookInstanceName = str(json, "NotebookInstanceName");
    n.notebookInstanceStatus = NotebookInstanceStatuses::fromString(str(json, "NotebookInstanceStatus"))
                                   .value_or(NotebookInstanceStatus::Pending);
    n.failureReason = str(json, "FailureReason");
    n.url = str(json, "Url");
    n.instanceType = str(json, "InstanceType");
    n.ipAddressType = str(json, "IpAddressType");
    n.subnetId = str(json, "SubnetId");
    n.securityGroups = stringList(json.value(QLatin1String("SecurityGroups")));
    n.roleArn = str(json, "RoleArn");
    n.kmsKeyId = str(json, "KmsKeyId");
    n.networkInterfaceId = str(json, "NetworkInterfaceId");
    n.lastModifiedTime = Json::timestampFromJson(json.value(QLatin1String("LastModifiedTime")));
    n.creationTime = Json::timestampFromJson(json.value(QLatin1String("CreationTime")));
    n.notebookInstanceLifecycleConfigName = str(json, "NotebookInstanceLifecycleConfigName");
    n.directInternetAccess = str(json, "DirectInternetAccess");
    n.volumeSizeInGB = json.value(QLatin1String("VolumeSizeInGB")).toInt();
    n.defaultCodeRepository = str(json, "DefaultCodeRepository");
    n.additionalCodeRepositories = stringList(json.value(QLatin1String("AdditionalCodeRepositories")));
    n.rootAccess = str(json, "RootAccess");
    n.platformIdentifier = str(json, "PlatformIdentifier");
    n.minimumInstanceMetadataServiceVersion = json.value(kImds).toObject().value(kImdsVersion).toString();
    return n;
}

QJsonObject NotebookInstance::toJson() const
{
    QJsonObject json;
    putString(json, "NotebookInstanceArn", notebookInstanceArn);
    putString(json, "NotebookInstanceName", notebookInstanceName);
    json.insert(QStringLiteral("NotebookInstanceStatus"),
                NotebookInstanceStatuses::toString(notebookInstanceStatus));
    putString(json, "FailureReason", failureReason);
    putString(json, "Url", url);
    putString(json, "InstanceType", instanceType);
    putString(json, "IpAddressType", ipAddressType);
    putString(json, "SubnetId", subnetId);
    putList(json, "SecurityGroups", securityGroups);
    putString(json, "RoleArn", roleArn);
    putString(json, "KmsKeyId", kmsKeyId);
    putString(json, "NetworkInterfaceId", networkInterfaceId);
    putTime(json, "LastModifiedTime", lastModifiedTime);
    putTime(json, "CreationTime", creationTime);
    putString(json, "NotebookInstanceLifecycleConfigName", notebookInstanceLifecycleConfigName);
    putString(json, "DirectInternetAccess", directInternetAccess);
    if (volumeSizeInGB > 0) {
        json.insert(QStringLiteral("VolumeSizeInGB"), volumeSizeInGB);
    }
    putString(json, "DefaultCodeRepository", defaultCodeRepository);
    putList(json, "AdditionalCodeRepositories", additionalCodeRepositories);
    putString(json, "RootAccess", rootAccess);
    putString(json, "PlatformIdentifier", platformIdentifier);
    if (!minimumInstanceMetadataServiceVersion.isEmpty()) {
        json.insert(kImds, QJsonObject{{kImdsVersion, minimumInstanceMetadataServiceVersion}});
    }
    return json;
}

CreateNotebookInstanceRequest CreateNotebookInstanceRequest::fromJson(const QJsonObject& json)
{
    CreateNotebookInstanceRequest r;
    r.notebookInstanceName = str(json, "NotebookInstanceName");
    r.instanceType = str(json, "InstanceType");
    r.roleArn = str(json, "RoleArn");
    r.platformIdentifier = str(json, "PlatformIdentifier");
    r.volumeSizeInGB = json.value(QLatin1String("VolumeSizeInGB")).toInt(5);
    r.lifecycleConfigName = str(json, "LifecycleConfigName");
    r.rootAccess = str(json, "RootAccess");
    r.kmsKeyId = str(json, "KmsKeyId");
    r.subnetId = str(json, "SubnetId");
    r.securityGroupIds = stringList(json.value(QLatin1String("SecurityGroupIds")));
    r.ipAddressType = str(json, "IpAddressType");
    r.directInternetAccess = str(json, "DirectInternetAccess");
    r.minimumInstanceMetadataServiceVersion = json.value(kImds).toObject().value(kImdsVersion).toString();
    r.defaultCodeRepository = str(json, "DefaultCodeRepository");
    r.additionalCodeRepositories = stringList(json.value(QLatin1String("AdditionalCodeRepositories")));
    r.tags = Json::tagsFromJson(json.value(QLatin1String("Tags")));
    return r;
}

QJsonObject CreateNotebookInstanceRequest::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("NotebookInstanceName"), notebookInstanceName);
    json.insert(QStringLiteral("InstanceType"), instanceType);
    json.insert(QStringLiteral("RoleArn"), roleArn);
    putString(json, "PlatformIdentifier", platformIdentifier);
    json.insert(QStringLiteral("VolumeSizeInGB"), volumeSizeInGB);
    putString(json, "LifecycleConfigName", lifecycleConfigName);
    putString(json, "RootAccess", rootAccess);
    putString(json, "KmsKeyId", kmsKeyId);
    putString(json, "SubnetId", subnetId);
    putList(json, "SecurityGroupIds", securityGroupIds);
    putString(json, "IpAddressType", ipAddressType);
    putString(json, "DirectInternetAccess", directInternetAccess);
    if (!minimumInstanceMetadataServiceVersion.isEmpty()) {
        json.insert(kImds, QJsonObject{{kImdsVersion, minimumInstanceMetadataServiceVersion}});
    }
    putString(json, "DefaultCodeRepository", defaultCodeRepository);
    putList(json, "AdditionalCodeRepositories", additionalCodeRepositories);
    if (!tags.isEmpty()) {
        json.insert(QStringLiteral("Tags"), Json::tagsToJson(tags));
    }
    return json;
}

CreateNotebookInstanceRequest CreateNotebookInstanceRequest::fromInstance(const NotebookInstance& instance)
{
    CreateNotebookInstanceRequest r;
    r.notebookInstanceName = instance.notebookInstanceName;
    r.instanceType = instance.instanceType;
    r.roleArn = instance.roleArn;
    r.platformIdentifier = instance.platformIdentifier;
    r.volumeSizeInGB = instance.volumeSizeInGB;
    r.lifecycleConfigName = instance.notebookInstanceLifecycleConfigName;
    r.rootAccess = instance.rootAccess;
    r.kmsKeyId = instance.kmsKeyId;
    r.subnetId = instance.subnetId;
    r.securityGroupIds = instance.securityGroups;
    r.ipAddressType = instance.ipAddressType;
    r.directInternetAccess = instance.directInternetAccess;
    r.minimumInstanceMetadataServiceVersion = instance.minimumInstanceMetadataServiceVersion;
    r.defaultCodeRepository = instance.defaultCodeRepository;
    r.additionalCodeRepositories = instance.additionalCodeRepositories;
    return r;
}

namespace {

QString orDefault(const QString& value, const char* apiDefault)
{
    return value.isEmpty() ? QString::fromLatin1(apiDefault) : value;
}

} // namespace

UpdateNotebookInstanceRequest
UpdateNotebookInstanceRequest::between(const NotebookInstance& current,
                                       const CreateNotebookInstanceRequest& wanted)
{
    UpdateNotebookInstanceRequest r;
    r.notebookInstanceName = current.notebookInstanceName;
    const auto changed = [](const QString& now, const QString& then) -> std::optional<QString> {
        return !then.isEmpty() && then != now ? std::optional<QString>(then) : std::nullopt;
    };
    r.instanceType = changed(current.instanceType, wanted.instanceType);
    r.roleArn = changed(current.roleArn, wanted.roleArn);
    // A platform Describe did not name is unknown, not one to replace.
    if (!current.platformIdentifier.isEmpty()) {
        r.platformIdentifier = changed(current.platformIdentifier, wanted.platformIdentifier);
    }
    r.ipAddressType =
        changed(orDefault(current.ipAddressType, "ipv4"), orDefault(wanted.ipAddressType, "ipv4"));
    r.rootAccess = changed(orDefault(current.rootAccess, "Enabled"), orDefault(wanted.rootAccess, "Enabled"));
    r.minimumInstanceMetadataServiceVersion =
        changed(orDefault(current.minimumInstanceMetadataServiceVersion, "1"),
                orDefault(wanted.minimumInstanceMetadataServiceVersion, "1"));
    if (wanted.volumeSizeInGB != current.volumeSizeInGB) {
        r.volumeSizeInGB = wanted.volumeSizeInGB;
    }
    r.lifecycleConfigName = changed(current.notebookInstanceLifecycleConfigName, wanted.lifecycleConfigName);
    r.disassociateLifecycleConfig =
        wanted.lifecycleConfigName.isEmpty() && !current.notebookInstanceLifecycleConfigName.isEmpty();
    r.defaultCodeRepository = changed(current.defaultCodeRepository, wanted.defaultCodeRepository);
    r.disassociateDefaultCodeRepository =
        wanted.defaultCodeRepository.isEmpty() && !current.defaultCodeRepository.isEmpty();
    if (!wanted.additionalCodeRepositories.isEmpty() &&
        wanted.additionalCodeRepositories != current.additionalCodeRepositories) {
        r.additionalCodeRepositories = wanted.additionalCodeRepositories;
    }
    r.disassociateAdditionalCodeRepositories =
        wanted.additionalCodeRepositories.isEmpty() && !current.additionalCodeRepositories.isEmpty();
    return r;
}

bool UpdateNotebookInstanceRequest::changesSomething() const
{
    return instanceType || ipAddressType || roleArn || platformIdentifier || volumeSizeInGB ||
           lifecycleConfigName || rootAccess || minimumInstanceMetadataServiceVersion ||
           defaultCodeRepository || additionalCodeRepositories || disassociateLifecycleConfig ||
           disassociateDefaultCodeRepository || disassociateAdditionalCodeRepositories;
}

UpdateNotebookInstanceRequest UpdateNotebookInstanceRequest::fromJson(const QJsonObject& json)
{
    UpdateNotebookInstanceRequest r;
    r.notebookInstanceName = str(json, "NotebookInstanceName");
    auto optString = [&json](const char* key) -> std::optional<QString> {
        const QJsonValue value = json.value(QLatin1String(key));
        return value.isString() ? std::optional<QString>(value.toString()) : std::nullopt;
    };
    r.instanceType = optString("InstanceType");
    r.ipAddressType = optString("IpAddressType");
    r.roleArn = optString("RoleArn");
    r.platformIdentifier = optString("PlatformIdentifier");
    if (json.value(QLatin1String("VolumeSizeInGB")).isDouble()) {
        r.volumeSizeInGB = json.value(QLatin1String("VolumeSizeInGB")).toInt();
    }
    r.lifecycleConfigName = optString("LifecycleConfigName");
    r.rootAccess = optString("RootAccess");
    if (json.contains(kImds)) {
        r.minimumInstanceMetadataServiceVersion = json.value(kImds).toObject().value(kImdsVersion).toString();
    }
    r.defaultCodeRepository = optString("DefaultCodeRepository");
    if (json.value(QLatin1String("AdditionalCodeRepositories")).isArray()) {
        r.additionalCodeRepositories = stringList(json.value(QLatin1String("AdditionalCodeRepositories")));
    }
    r.disassociateLifecycleConfig = json.value(QLatin1String("DisassociateLifecycleConfig")).toBool();
    r.disassociateDefaultCodeRepository =
        json.value(QLatin1String("DisassociateDefaultCodeRepository")).toBool();
    r.disassociateAdditionalCodeRepositories =
        json.value(QLatin1String("DisassociateAdditionalCodeRepositories")).toBool();
    return r;
}

QJsonObject UpdateNotebookInstanceRequest::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("NotebookInstanceName"), notebookInstanceName);
    auto put = [&json](const char* key, const std::optional<QString>& value) {
        if (value) {
            json.insert(QLatin1String(key), *value);
        }
    };
    put("InstanceType", instanceType);
    put("IpAddressType", ipAddressType);
    put("RoleArn", roleArn);
    put("PlatformIdentifier", platformIdentifier);
    if (volumeSizeInGB) {
        json.insert(QStringLiteral("VolumeSizeInGB"), *volumeSizeInGB);
    }
    put("LifecycleConfigName", lifecycleConfigName);
    put("RootAccess", rootAccess);
    if (minimumInstanceMetadataServiceVersion) {
        json.insert(kImds, QJsonObject{{kImdsVersion, *minimumInstanceMetadataServiceVersion}});
    }
    put("DefaultCodeRepository", defaultCodeRepository);
    if (additionalCodeRepositories) {
        json.insert(QStringLiteral("AdditionalCodeRepositories"),
                    QJsonArray::fromStringList(*additionalCodeRepositories));
    }
    if (disassociateLifecycleConfig) {
        json.insert(QStringLiteral("DisassociateLifecycleConfig"), true);
    }
    if (disassociateDefaultCodeRepository) {
        json.insert(QStringLiteral("DisassociateDefaultCodeRepository"), true);
    }
    if (disassociateAdditionalCodeRepositories) {
        json.insert(QStringLiteral("DisassociateAdditionalCodeRepositories"), true);
    }
    return json;
}

} // namespace SageDesk
