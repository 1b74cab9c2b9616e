#include "local/sagemaker/NotebookInstanceApi.h"

#include "domain/PlatformCatalog.h"
#include "domain/Validation.h"
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

} // namespace

NotebookInstanceApi::NotebookInstanceApi(LocalStateStore& store, NotebookInstanceController& controller,
                                         PresignedUrlTokens& tokens, const EndpointContext& context,
                                         const Clock& clock)
    : m_store(store)
    , m_controller(controller)
    , m_tokens(tokens)
    , m_context(context)
    , m_clock(clock)
{}

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
    // What a client only warns about, the service refuses once the model's checks have passed.
    if (auto error = ApiInput::fromIssues(Validation::createNotebookInstanceWarnings(request))) {
        return *error;
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
    const QString roleName = request.roleArn.section(QLatin1Char('/'), -1);
    if (request.roleArn.section(QLatin1Char(':'), 4, 4) == m_context.accountId &&
        !m_store.contains(LocalStateStore::Kind::Role, roleName)) {
        return WireError::validation(
            QStringLiteral("Could not assume role %1. Please ensure that the role exists "
                           "and allows principal 'sagemaker.amazonaws.com' to assume "
                           "the role.")
                .arg(request.roleArn));
    }
    if (!request.lifecycleConfigName.isEmpty() &&
        !m_store.contains(LocalStateStore::Kind::LifecycleConfig, request.lifecycleConfigName)) {
        return WireError::validation(
            QStringLiteral("Notebook Instance Lifecycle Config '%1' does not exist.")
                .arg(m_context.sageMakerArn(QStringLiteral("notebook-instance-lifecycle-config"),
                                            request.lifecycleConfigName)));
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
                                      {{QStringLiteral("CreationTime"), QStringLiteral("CreationTime")},
                                       {QStringLiteral("Name"), kName},
                                       {QStringLiteral("Status"), QStringLiteral("NotebookInstanceStatus")}},
                                      query)) {
        return *error;
    }
    const QString nameContains = input.value(QLatin1String("NameContains")).toString();
    if (const auto issue = Validation::nameContains(nameContains); issue && !nameContains.isEmpty()) {
        return *ApiInput::fromIssues({*issue});
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
    if (auto error = ApiInput::fromIssues(Validation::updateNotebookInstanceWarnings(request, instance))) {
        return *error;
    }
    if (!NotebookInstanceStatuses::allows(instance->notebookInstanceStatus, NotebookInstanceAction::Update)) {
        return WireError::validation(NotebookInstanceStatuses::refusalMessage(
            instance->notebookInstanceStatus, NotebookInstanceAction::Update, instance->notebookInstanceArn));
    }
    if (request.lifecycleConfigName && !request.lifecycleConfigName->isEmpty() &&
        !m_store.contains(LocalStateStore::Kind::LifecycleConfig, *request.lifecycleConfigName)) {
        return WireError::validation(
            QStringLiteral("Notebook Instance Lifecycle Config '%1' does not exist.")
                .arg(m_context.sageMakerArn(QStringLiteral("notebook-instance-lifecycle-config"),
                                            *request.lifecycleConfigName)));
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
    n.lastModifiedTime = m_clock.currentDateTimeUtc();
    m_store.putNotebookInstance(n);
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
