#include "local/sagemaker/NotebookInstanceApi.h"

#include "domain/PlatformCatalog.h"
#include "domain/Validation.h"
#include "local/ec2/DefaultNetwork.h"
#include "local/iam/RolePolicies.h"
#include "local/kms/ManagedKeys.h"
#include "local/presigned/PresignedUrlTokens.h"
#include "local/sagemaker/ApiInput.h"
#include "local/sagemaker/ListQuery.h"
#include "local/sagemaker/NotebookInstanceController.h"
#include "local/store/LocalStateStore.h"

#include <QJsonArray>

#include <algorithm>

namespace SageDesk::Local {

namespace {

const auto kName = QStringLiteral("NotebookInstanceName");

QJsonObject summaryOf(const QJsonObject& document)
{
    static const char* const kSummaryFields[] = {
        "NotebookInstanceName",   "NotebookInstanceArn",
        "NotebookInstanceStatus", "Url",
        "InstanceType",           "CreationTime",
        "LastModifiedTime",       "NotebookInstanceLifecycleConfigName",
        "DefaultCodeRepository",  "AdditionalCodeRepositories",
    };
    QJsonObject summary;
    for (const char* field : kSummaryFields) {
        const QJsonValue value = document.value(QLatin1String(field));
        if (!value.isUndefined()) {
            summary.insert(QLatin1String(field), value);
        }
    }
    return summary;
}

// The service model allows every platform identifier and instance type it lists; AWS refuses a
// retired platform, or a family the platform cannot run, only after that, in words of its own. The
// shared validator words those two as warnings for people (the GUI and the CLI warn and send), so
// here they are found among the warnings and refused as AWS refuses them.
std::optional<WireError> platformRefusal(const ValidationIssues& warnings, const QString& platform,
                                         const QString& type)
{
    const auto found = std::find_if(warnings.cbegin(), warnings.cend(), [](const ValidationIssue& issue) {
        return issue.field == QLatin1String("PlatformIdentifier") ||
               issue.field == QLatin1String("InstanceType");
    });
    if (found == warnings.cend()) {
        return std::nullopt;
    }
    if (found->field == QLatin1String("PlatformIdentifier")) {
        return WireError::validation(
            QStringLiteral("Platform identifier (%1) is not supported for this service.").arg(platform));
    }
    return WireError::validation(
        QStringLiteral("Instance type (%1) is not supported for platform identifier (%2).")
            .arg(type, platform.isEmpty() ? PlatformCatalog::defaultPlatform() : platform));
}

} // namespace

NotebookInstanceApi::NotebookInstanceApi(LocalStateStore& store, NotebookInstanceController& controller,
                                         PresignedUrlTokens& tokens, RolePolicies& roles,
                                         const EndpointContext& context, const Clock& clock)
    : m_store(store)
    , m_controller(controller)
    , m_tokens(tokens)
    , m_roles(roles)
    , m_context(context)
    , m_clock(clock)
{}

std::optional<WireError> NotebookInstanceApi::checkAssumable(const QString& roleArn,
                                                             const QString& instanceArn)
{
    // A role of another account never exists here, so it is refused like a missing one.
    if (m_roles.sageMakerMayAssume(roleArn, instanceArn, m_context.accountId)) {
        return std::nullopt;
    }
    return WireError::validation(
        QStringLiteral("Could not assume role %1. Please ensure that the role exists "
                       "and allows principal 'sagemaker.amazonaws.com' to assume "
                       "the role.")
            .arg(roleArn));
}

ApiResult NotebookInstanceApi::createNotebookInstance(const QJsonObject& input)
{
    if (auto error = ApiInput::requireMembers(
            input, {kName, QStringLiteral("InstanceType"), QStringLiteral("RoleArn")})) {
        return *error;
    }
    const auto request = CreateNotebookInstanceRequest::fromJson(input);
    if (auto error = ApiInput::fromIssues(Validation::createNotebookInstance(request))) {
        return *error;
    }
    if (auto refusal = platformRefusal(Validation::createNotebookInstanceWarnings(request),
                                       request.platformIdentifier, request.instanceType)) {
        return *refusal;
    }
    const QString arn =
        m_context.sageMakerArn(QStringLiteral("notebook-instance"), request.notebookInstanceName);
    // AWS lower-cases the name in the ARN, so names that differ only in case are one instance to
    // it and the second create is a duplicate. That also keeps the instance folders
    // (<data-dir>/instances/<name>) apart on a case-insensitive file system.
    const QList<NotebookInstance> existing = m_store.notebookInstances();
    if (std::any_of(existing.cbegin(), existing.cend(), [&](const NotebookInstance& other) {
            return other.notebookInstanceName.compare(request.notebookInstanceName, Qt::CaseInsensitive) == 0;
        })) {
        return WireError::validation(
            QStringLiteral("Cannot create a duplicate Notebook Instance (%1)").arg(arn));
    }
    if (auto error = checkAssumable(request.roleArn, arn)) {
        return *error;
    }
    if (!request.lifecycleConfigName.isEmpty() &&
        !m_store.contains(LocalStateStore::Kind::LifecycleConfig, request.lifecycleConfigName)) {
        return WireError::validation(
            QStringLiteral("Notebook Instance Lifecycle Config '%1' does not exist.")
                .arg(m_context.sageMakerArn(QStringLiteral("notebook-instance-lifecycle-config"),
                                            request.lifecycleConfigName)));
    }

    if (auto error = checkNetworkAndKey(request)) {
        return *error;
    }

    NotebookInstance instance;
    instance.notebookInstanceArn = arn;
    instance.notebookInstanceName = request.notebookInstanceName;
    instance.instanceType = request.instanceType;
    instance.ipAddressType = request.ipAddressType;
    instance.subnetId = request.subnetId;
    instance.securityGroups = request.securityGroupIds;
    instance.roleArn = request.roleArn;
    instance.kmsKeyId = request.kmsKeyId;
    instance.creationTime = m_clock.currentDateTimeUtc();
    instance.lastModifiedTime = instance.creationTime;
    instance.notebookInstanceLifecycleConfigName = request.lifecycleConfigName;
    instance.directInternetAccess =
        request.directInternetAccess.isEmpty() ? QStringLiteral("Enabled") : request.directInternetAccess;
    instance.volumeSizeInGB = request.volumeSizeInGB;
    instance.defaultCodeRepository = request.defaultCodeRepository;
    instance.additionalCodeRepositories = request.additionalCodeRepositories;
    instance.rootAccess = request.rootAccess.isEmpty() ? QStringLiteral("Enabled") : request.rootAccess;
    instance.ipAddressType = request.ipAddressType.isEmpty() ? QStringLiteral("ipv4") : request.ipAddressType;
    instance.platformIdentifier = request.platformIdentifier.isEmpty() ? PlatformCatalog::defaultPlatform()
                                                                       : request.platformIdentifier;
    instance.minimumInstanceMetadataServiceVersion = request.minimumInstanceMetadataServiceVersion.isEmpty()
                                                         ? QStringLiteral("1")
                                                         : request.minimumInstanceMetadataServiceVersion;
    if (!request.tags.isEmpty()) {
        m_store.setTags(arn, request.tags);
    }
    m_controller.start(instance, true);
    return QJsonObject{{QStringLiteral("NotebookInstanceArn"), arn}};
}

std::optional<WireError>
NotebookInstanceApi::checkNetworkAndKey(const CreateNotebookInstanceRequest& request) const
{
    const DefaultNetwork network = DefaultNetwork::of(m_context);
    if (!request.subnetId.isEmpty() && !network.subnet(request.subnetId)) {
        return WireError::validation(
            QStringLiteral("The subnet ID '%1' does not exist").arg(request.subnetId));
    }
    for (const QString& group : request.securityGroupIds) {
        if (!network.hasSecurityGroup(group)) {
            return WireError::validation(QStringLiteral("The security group '%1' does not exist").arg(group));
        }
    }
    // SageMaker passes KMS's own NotFoundException text on.
    if (const ManagedKeys keys = ManagedKeys::of(m_context);
        !request.kmsKeyId.isEmpty() && !keys.find(request.kmsKeyId)) {
        return WireError::validation(keys.notFoundMessage(request.kmsKeyId));
    }
    return std::nullopt;
}

ApiResult NotebookInstanceApi::describeNotebookInstance(const QJsonObject& input) const
{
    if (auto error = ApiInput::requireMembers(input, {kName})) {
        return *error;
    }
    const auto document =
        m_store.find(LocalStateStore::Kind::NotebookInstance, input.value(kName).toString());
    if (!document) {
        return ApiInput::recordNotFound();
    }
    return *document;
}

ApiResult NotebookInstanceApi::listNotebookInstances(const QJsonObject& input) const
{
    ListQuery query;
    if (auto error = ListQuery::parse(input, kName,
                                      {{QStringLiteral("Name"), kName},
                                       {QStringLiteral("CreationTime"), QStringLiteral("CreationTime")},
                                       {QStringLiteral("Status"), QStringLiteral("NotebookInstanceStatus")}},
                                      query)) {
        return *error;
    }
    const QString status = input.value(QLatin1String("StatusEquals")).toString();
    if (!status.isEmpty() && !NotebookInstanceStatuses::fromString(status)) {
        return WireError::constraint(
            status, QStringLiteral("statusEquals"),
            QStringLiteral("Member must satisfy enum value set: [Pending, InService, "
                           "Stopping, Stopped, Failed, Deleting, Updating]"));
    }
    const QString configContains =
        input.value(QLatin1String("NotebookInstanceLifecycleConfigNameContains")).toString();
    const QString defaultContains = input.value(QLatin1String("DefaultCodeRepositoryContains")).toString();
    const QString additionalEquals = input.value(QLatin1String("AdditionalCodeRepositoryEquals")).toString();

    QList<QJsonObject> matching;
    for (const QJsonObject& document : m_store.all(LocalStateStore::Kind::NotebookInstance)) {
        if (!query.accepts(document) ||
            (!status.isEmpty() &&
             document.value(QLatin1String("NotebookInstanceStatus")).toString() != status) ||
            (!configContains.isEmpty() &&
             !document.value(QLatin1String("NotebookInstanceLifecycleConfigName"))
                  .toString()
                  .contains(configContains, Qt::CaseInsensitive)) ||
            (!defaultContains.isEmpty() && !document.value(QLatin1String("DefaultCodeRepository"))
                                                .toString()
                                                .contains(defaultContains, Qt::CaseInsensitive)) ||
            (!additionalEquals.isEmpty() && !document.value(QLatin1String("AdditionalCodeRepositories"))
                                                 .toArray()
                                                 .contains(additionalEquals))) {
            continue;
        }
        matching.append(summaryOf(document));
    }
    return query.output(matching, QStringLiteral("NotebookInstances"));
}

ApiResult NotebookInstanceApi::startNotebookInstance(const QJsonObject& input)
{
    if (auto error = ApiInput::requireMembers(input, {kName})) {
        return *error;
    }
    const auto instance = m_store.notebookInstance(input.value(kName).toString());
    if (!instance) {
        return ApiInput::recordNotFound();
    }
    if (!NotebookInstanceStatuses::allows(instance->notebookInstanceStatus, NotebookInstanceAction::Start)) {
        return WireError::validation(NotebookInstanceStatuses::refusalMessage(
            instance->notebookInstanceStatus, NotebookInstanceAction::Start, instance->notebookInstanceArn));
    }
    m_controller.start(*instance, false);
    return QJsonObject{};
}

ApiResult NotebookInstanceApi::stopNotebookInstance(const QJsonObject& input)
{
    if (auto error = ApiInput::requireMembers(input, {kName})) {
        return *error;
    }
    const auto instance = m_store.notebookInstance(input.value(kName).toString());
    if (!instance) {
        return ApiInput::recordNotFound();
    }
    if (!NotebookInstanceStatuses::allows(instance->notebookInstanceStatus, NotebookInstanceAction::Stop)) {
        return WireError::validation(NotebookInstanceStatuses::refusalMessage(
            instance->notebookInstanceStatus, NotebookInstanceAction::Stop, instance->notebookInstanceArn));
    }
    m_controller.stop(*instance);
    return QJsonObject{};
}

ApiResult NotebookInstanceApi::updateNotebookInstance(const QJsonObject& input)
{
    if (auto error = ApiInput::requireMembers(input, {kName})) {
        return *error;
    }
    auto instance = m_store.notebookInstance(input.value(kName).toString());
    if (!instance) {
        return ApiInput::recordNotFound();
    }
    const auto request = UpdateNotebookInstanceRequest::fromJson(input);
    if (auto error = ApiInput::fromIssues(Validation::updateNotebookInstance(request, instance))) {
        return *error;
    }
    const auto refusal = platformRefusal(Validation::updateNotebookInstanceWarnings(request, instance),
                                         request.platformIdentifier.value_or(instance->platformIdentifier),
                                         request.instanceType.value_or(instance->instanceType));
    if (!NotebookInstanceStatuses::allows(instance->notebookInstanceStatus, NotebookInstanceAction::Update)) {
        return WireError::validation(NotebookInstanceStatuses::refusalMessage(
            instance->notebookInstanceStatus, NotebookInstanceAction::Update, instance->notebookInstanceArn));
    }
    if (refusal) {
        return *refusal;
    }
    if (request.lifecycleConfigName && !request.lifecycleConfigName->isEmpty() &&
        !m_store.contains(LocalStateStore::Kind::LifecycleConfig, *request.lifecycleConfigName)) {
        return WireError::validation(
            QStringLiteral("Notebook Instance Lifecycle Config '%1' does not exist.")
                .arg(m_context.sageMakerArn(QStringLiteral("notebook-instance-lifecycle-config"),
                                            *request.lifecycleConfigName)));
    }
    if (request.roleArn && *request.roleArn != instance->roleArn) {
        if (auto error = checkAssumable(*request.roleArn, instance->notebookInstanceArn)) {
            return *error;
        }
    }
    NotebookInstance& n = *instance;
    n.instanceType = request.instanceType.value_or(n.instanceType);
    n.ipAddressType = request.ipAddressType.value_or(n.ipAddressType);
    n.roleArn = request.roleArn.value_or(n.roleArn);
    n.platformIdentifier = request.platformIdentifier.value_or(n.platformIdentifier);
    n.volumeSizeInGB = request.volumeSizeInGB.value_or(n.volumeSizeInGB);
    n.notebookInstanceLifecycleConfigName =
        request.disassociateLifecycleConfig
            ? QString()
            : request.lifecycleConfigName.value_or(n.notebookInstanceLifecycleConfigName);
    n.rootAccess = request.rootAccess.value_or(n.rootAccess);
    n.minimumInstanceMetadataServiceVersion =
        request.minimumInstanceMetadataServiceVersion.value_or(n.minimumInstanceMetadataServiceVersion);
    n.defaultCodeRepository = request.disassociateDefaultCodeRepository
                                  ? QString()
                                  : request.defaultCodeRepository.value_or(n.defaultCodeRepository);
    n.additionalCodeRepositories =
        request.disassociateAdditionalCodeRepositories
            ? QStringList()
            : request.additionalCodeRepositories.value_or(n.additionalCodeRepositories);
    m_controller.update(n);
    return QJsonObject{};
}

ApiResult NotebookInstanceApi::deleteNotebookInstance(const QJsonObject& input)
{
    if (auto error = ApiInput::requireMembers(input, {kName})) {
        return *error;
    }
    const auto instance = m_store.notebookInstance(input.value(kName).toString());
    if (!instance) {
        return ApiInput::recordNotFound();
    }
    if (!NotebookInstanceStatuses::allows(instance->notebookInstanceStatus, NotebookInstanceAction::Delete)) {
        return WireError::validation(NotebookInstanceStatuses::refusalMessage(
            instance->notebookInstanceStatus, NotebookInstanceAction::Delete, instance->notebookInstanceArn));
    }
    m_controller.remove(*instance);
    return QJsonObject{};
}

ApiResult NotebookInstanceApi::createPresignedNotebookInstanceUrl(const QJsonObject& input)
{
    if (auto error = ApiInput::requireMembers(input, {kName})) {
        return *error;
    }
    const QJsonValue duration = input.value(QLatin1String("SessionExpirationDurationInSeconds"));
    const int seconds = duration.isUndefined() ? 43200 : duration.toInt(-1);
    if (seconds < 1800 || seconds > 43200) {
        return WireError::constraint(
            QString::number(duration.toDouble()), QStringLiteral("sessionExpirationDurationInSeconds"),
            seconds < 1800 ? QStringLiteral("Member must have value greater than or equal to 1800")
                           : QStringLiteral("Member must have value less than or equal to 43200"));
    }
    const auto instance = m_store.notebookInstance(input.value(kName).toString());
    if (!instance) {
        return ApiInput::recordNotFound();
    }
    if (!NotebookInstanceStatuses::allows(instance->notebookInstanceStatus, NotebookInstanceAction::Open)) {
        return WireError::validation(NotebookInstanceStatuses::refusalMessage(
            instance->notebookInstanceStatus, NotebookInstanceAction::Open, instance->notebookInstanceArn));
    }
    const QString token = m_tokens.issue(instance->notebookInstanceName, seconds);
    return QJsonObject{{QStringLiteral("AuthorizedUrl"),
                        QStringLiteral("%1/notebook/%2?authToken=%3")
                            .arg(m_context.endpointUrl(), instance->notebookInstanceName, token)}};
}

} // namespace SageDesk::Local
