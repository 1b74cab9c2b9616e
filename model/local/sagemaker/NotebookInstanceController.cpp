#include "local/sagemaker/NotebookInstanceController.h"

#include "local/auth/ContainerCredentials.h"
#include "local/runtime/NotebookRuntime.h"
#include "local/s3/LocalBuckets.h"
#include "local/store/LocalStateStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTimer>

namespace SageDesk::Local {

namespace {

const auto kIdleStopTag = QLatin1String("sagedesk:idle-stop-minutes");

QByteArray hookScript(const QJsonObject& lifecycleConfig, const char* hook)
{
    const QJsonArray hooks = lifecycleConfig.value(QLatin1String(hook)).toArray();
    if (hooks.isEmpty()) {
        return {};
    }
    return QByteArray::fromBase64(
        hooks.first().toObject().value(QLatin1String("Content")).toString().toLatin1());
}

// The buckets an IAM policy document names in its S3 resources; "*" stands for every bucket.
QSet<QString> bucketsNamedIn(const QJsonObject& policy)
{
    QSet<QString> buckets;
    QJsonArray statements = policy.value(QLatin1String("Statement")).toArray();
    if (policy.value(QLatin1String("Statement")).isObject()) {
        statements.append(policy.value(QLatin1String("Statement")));
    }
    for (const QJsonValue& statement : statements) {
        const QJsonValue resource = statement.toObject().value(QLatin1String("Resource"));
        QJsonArray resources = resource.toArray();
        if (resource.isString()) {
            resources.append(resource);
        }
        for (const QJsonValue& item : resources) {
            const QString text = item.toString();
            if (text == QLatin1String("*")) {
                buckets.insert(QStringLiteral("*"));
            } else if (text.startsWith(QLatin1String("arn:aws:s3:::"))) {
                buckets.insert(text.mid(13).section(QLatin1Char('/'), 0, 0));
            }
        }
    }
    return buckets;
}

QJsonObject parsePolicy(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

NotebookInstanceController::NotebookInstanceController(LocalStateStore& store, NotebookRuntime& runtime,
                                                       const LocalBuckets& buckets,
                                                       const EndpointContext& context, const Clock& clock,
                                                       QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_runtime(runtime)
    , m_buckets(buckets)
    , m_context(context)
    , m_clock(clock)
{
    connect(&m_runtime, &NotebookRuntime::statusChanged, this, &NotebookInstanceController::onStatusChanged);
}

QString NotebookInstanceController::failureReasonForInterruptedStart()
{
    return QStringLiteral("The notebook instance was starting when the local endpoint stopped unexpectedly. "
                          "Start it again.");
}

void NotebookInstanceController::setStatus(NotebookInstance instance, NotebookInstanceStatus status,
                                           const QString& failureReason)
{
    instance.notebookInstanceStatus = status;
    instance.failureReason = status == NotebookInstanceStatus::Failed ? failureReason : QString();
    instance.url = status == NotebookInstanceStatus::InService ? QStringLiteral("127.0.0.1:%1/notebook/%2")
                                                                     .arg(m_context.port)
                                                                     .arg(instance.notebookInstanceName)
                                                               : QString();
    instance.lastModifiedTime = m_clock.currentDateTimeUtc();
    m_store.putNotebookInstance(instance);
}

void NotebookInstanceController::start(NotebookInstance instance, bool firstStart)
{
    setStatus(instance, NotebookInstanceStatus::Pending);
    if (!m_runtime.start(specFor(instance, firstStart)) &&
        !m_runtime.isRunning(instance.notebookInstanceName)) {
        setStatus(instance, NotebookInstanceStatus::Failed,
                  QStringLiteral("The notebook server could not be started."));
    }
}

void NotebookInstanceController::stop(NotebookInstance instance)
{
    setStatus(instance, NotebookInstanceStatus::Stopping);
    if (!m_runtime.stop(instance.notebookInstanceName)) {
        setStatus(instance, NotebookInstanceStatus::Stopped);
    }
}

void NotebookInstanceController::update(const NotebookInstance& updated)
{
    setStatus(updated, NotebookInstanceStatus::Updating);
    afterTransition(
        updated.notebookInstanceName, NotebookInstanceStatus::Updating,
        [this](const NotebookInstance& instance) { setStatus(instance, NotebookInstanceStatus::Stopped); });
}

void NotebookInstanceController::remove(const NotebookInstance& instance)
{
    setStatus(instance, NotebookInstanceStatus::Deleting);
    afterTransition(instance.notebookInstanceName, NotebookInstanceStatus::Deleting,
                    [this](const NotebookInstance& current) { finishRemoval(current); });
}

void NotebookInstanceController::afterTransition(const QString& name, NotebookInstanceStatus status,
                                                 const std::function<void(const NotebookInstance&)>& finish)
{
    QTimer::singleShot(m_transitionDuration, this, [this, name, status, finish] {
        const auto instance = m_store.notebookInstance(name);
        if (instance && instance->notebookInstanceStatus == status) {
            finish(*instance);
        }
    });
}

void NotebookInstanceController::finishRemoval(const NotebookInstance& instance)
{
    m_runtime.remove(instance.notebookInstanceName);
    m_store.setTags(instance.notebookInstanceArn, {});
    m_store.remove(LocalStateStore::Kind::NotebookInstance, instance.notebookInstanceName);
}

void NotebookInstanceController::onStatusChanged(const QString& name, NotebookInstanceStatus status,
                                                 const QString& failureReason)
{
    const auto instance = m_store.notebookInstance(name);
    if (!instance || instance->notebookInstanceStatus == NotebookInstanceStatus::Deleting) {
        return;
    }
    setStatus(*instance, status, failureReason);
}

void NotebookInstanceController::reconcile()
{
    QSet<QString> expected;
    for (const NotebookInstance& instance : m_store.notebookInstances()) {
        if (instance.notebookInstanceStatus == NotebookInstanceStatus::Pending ||
            instance.notebookInstanceStatus == NotebookInstanceStatus::InService) {
            expected.insert(instance.notebookInstanceName);
        }
    }
    const RuntimeReconcileReport report = m_runtime.reconcile(expected);
    for (NotebookInstance& instance : m_store.notebookInstances()) {
        const QString& name = instance.notebookInstanceName;
        switch (instance.notebookInstanceStatus) {
        case NotebookInstanceStatus::Pending:
        case NotebookInstanceStatus::InService:
            if (report.adopted.contains(name)) {
                setStatus(instance, NotebookInstanceStatus::InService);
            } else if (instance.notebookInstanceStatus == NotebookInstanceStatus::Pending) {
                setStatus(instance, NotebookInstanceStatus::Failed, failureReasonForInterruptedStart());
            } else {
                setStatus(instance, NotebookInstanceStatus::Stopped);
            }
            break;
        case NotebookInstanceStatus::Stopping:
        case NotebookInstanceStatus::Updating:
            setStatus(instance, NotebookInstanceStatus::Stopped);
            break;
        case NotebookInstanceStatus::Deleting:
            finishRemoval(instance);
            break;
        case NotebookInstanceStatus::Stopped:
        case NotebookInstanceStatus::Failed:
            break;
        }
    }
}

void NotebookInstanceController::recordShutdown()
{
    for (const NotebookInstance& instance : m_store.notebookInstances()) {
        if (m_runtime.isRunning(instance.notebookInstanceName) ||
            instance.notebookInstanceStatus == NotebookInstanceStatus::Stopping) {
            setStatus(instance, NotebookInstanceStatus::Stopped);
        }
    }
}

QString NotebookInstanceController::repositoryUrl(const QString& nameOrUrl) const
{
    const auto repository = m_store.find(LocalStateStore::Kind::CodeRepository, nameOrUrl);
    if (!repository) {
        return nameOrUrl;
    }
    return repository->value(QLatin1String("GitConfig"))
        .toObject()
        .value(QLatin1String("RepositoryUrl"))
        .toString();
}

QList<BucketLink> NotebookInstanceController::bucketLinksFor(const QString& roleArn) const
{
    QSet<QString> named;
    const auto role = m_store.find(LocalStateStore::Kind::Role, roleArn.section(QLatin1Char('/'), -1));
    if (role) {
        for (const QJsonValue& arn : role->value(QLatin1String("AttachedPolicies")).toArray()) {
            if (const auto policy = m_store.find(LocalStateStore::Kind::Policy, arn.toString())) {
                named.unite(
                    bucketsNamedIn(parsePolicy(policy->value(QLatin1String("PolicyDocument")).toString())));
            }
        }
        const QJsonObject inlinePolicies = role->value(QLatin1String("InlinePolicies")).toObject();
        for (auto it = inlinePolicies.begin(); it != inlinePolicies.end(); ++it) {
            named.unite(bucketsNamedIn(parsePolicy(it.value().toString())));
        }
    }
    QList<BucketLink> links;
    for (const QString& bucket : m_buckets.names()) {
        // AmazonSageMakerFullAccess always reaches buckets with "sagemaker" in their name.
        if (named.contains(QStringLiteral("*")) || named.contains(bucket) ||
            bucket.contains(QLatin1String("sagemaker"), Qt::CaseInsensitive)) {
            links.append(BucketLink{bucket, m_buckets.folder(bucket)});
        }
    }
    return links;
}

NotebookRuntimeSpec NotebookInstanceController::specFor(const NotebookInstance& instance,
                                                        bool firstStart) const
{
    NotebookRuntimeSpec spec;
    spec.name = instance.notebookInstanceName;
    spec.notebookInstanceArn = instance.notebookInstanceArn;
    spec.firstStart = firstStart;
    if (!instance.notebookInstanceLifecycleConfigName.isEmpty()) {
        if (const auto config = m_store.find(LocalStateStore::Kind::LifecycleConfig,
                                             instance.notebookInstanceLifecycleConfigName)) {
            spec.lifecycleConfigArn =
                config->value(QLatin1String("NotebookInstanceLifecycleConfigArn")).toString();
            spec.onCreateScript = hookScript(*config, "OnCreate");
            spec.onStartScript = hookScript(*config, "OnStart");
        }
    }
    if (!instance.defaultCodeRepository.isEmpty()) {
        spec.codeRepositories << repositoryUrl(instance.defaultCodeRepository);
    }
    for (const QString& repository : instance.additionalCodeRepositories) {
        spec.codeRepositories << repositoryUrl(repository);
    }
    spec.bucketLinks = bucketLinksFor(instance.roleArn);
    spec.region = m_context.region;
    spec.endpointUrl = m_context.endpointUrl();
    spec.credentialsUrl = m_context.endpointUrl() +
                          QString::fromLatin1(ContainerCredentials::path(instance.notebookInstanceName));
    spec.idleStopMinutes = idleStopMinutes(instance);
    return spec;
}

int NotebookInstanceController::idleStopMinutes(const NotebookInstance& instance) const
{
    for (const Tag& tag : m_store.tags(instance.notebookInstanceArn)) {
        if (tag.key != kIdleStopTag) {
            continue;
        }
        bool valid = false;
        const int minutes = tag.value.trimmed().toInt(&valid);
        if (valid && minutes >= 0) {
            return minutes;
        }
        // AWS takes any tag value, so the call succeeded; the value is ignored (no auto-stop), and the
        // instance's Jupyter log, which the details pane and CloudWatch Logs show, says why.
        const QString logs = m_runtime.logDir(instance.notebookInstanceName);
        QFile log(logs + QStringLiteral("/jupyter.log"));
        if (QDir().mkpath(logs) && log.open(QIODevice::Append)) {
            log.write(
                QStringLiteral("[W sagedesk-local] The tag %1 has the value \"%2\", which is not a whole "
                               "number of minutes: idle auto-stop is off.\n")
                    .arg(kIdleStopTag, tag.value)
                    .toUtf8());
        }
        return 0;
    }
    return 0;
}

void NotebookInstanceController::applyTags(const QString& resourceArn)
{
    for (const NotebookInstance& instance : m_store.notebookInstances()) {
        if (instance.notebookInstanceArn == resourceArn) {
            m_runtime.setIdleStopMinutes(instance.notebookInstanceName, idleStopMinutes(instance));
            return;
        }
    }
}

} // namespace SageDesk::Local
