#include "console/ConsoleSession.h"

#include "aws/services/SageMakerClient.h"
#include "aws/services/StsClient.h"
#include "console/models/InstanceTableModel.h"
#include "core/Clock.h"

#include <algorithm>
#include <utility>

namespace SageDesk {

ConsoleSession::ConsoleSession(const Clock& clock, InstanceCache* cache, PollIntervals intervals,
                               QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_cache(cache)
    , m_model(new InstanceTableModel(clock, this))
    , m_scheduler(new PollScheduler(intervals, this))
{
    connect(m_scheduler, &PollScheduler::pollDue, this, &ConsoleSession::poll);
    // Describe answers arrive one by one; the cache is written once they settle.
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(500);
    connect(&m_saveTimer, &QTimer::timeout, this, &ConsoleSession::saveCache);
}

// The connection goes first: its pending calls answer into this session and must never do so.
ConsoleSession::~ConsoleSession()
{
    if (m_saveTimer.isActive()) {
        saveCache();
    }
    m_connection.reset();
}

Aws::SageMakerClient ConsoleSession::sageMaker() const
{
    return Aws::SageMakerClient(m_connection->context());
}

template <typename T, typename Handler>
void ConsoleSession::whenAnswered(const Aws::AwsCall<T>& call, Handler handler)
{
    call.then(m_connection->context(), std::move(handler));
}

void ConsoleSession::setConnection(std::unique_ptr<Aws::AwsConnection> connection, const QString& scope)
{
    m_scheduler->stop();
    m_connection = std::move(connection);
    m_scope = m_connection ? scope : QString();
    m_listInFlight = false;
    m_listIsLive = false;
    m_lastError.reset();
    m_warnedRuns.clear();
    m_describeQueue.clear();
    m_describeQueued.clear();
    m_describing.clear();
    m_failuresToAnnounce.clear();
    m_fetchedAt = {};
    m_identity.clear();
    emit identityChanged(m_identity);
    if (!m_connection) {
        clearInstances();
        setState(ConnectionState::NoSource);
        return;
    }
    const std::optional<CachedInstanceList> cached = m_cache ? m_cache->loadList(m_scope) : std::nullopt;
    if (cached) {
        setInstances(cached->instances);
        m_fetchedAt = cached->fetchedAt;
    } else {
        clearInstances();
    }
    // What was described belongs to the scope it came from: the new scope's list is merged over the
    // new scope's cache only, never over an instance of the same name in the previous account or region.
    seedDescribed(cached ? cached->instances : QList<NotebookInstance>());
    setState(ConnectionState::Connecting);
    fetchIdentity();
    m_scheduler->pollNow();
}

void ConsoleSession::fetchIdentity()
{
    whenAnswered(Aws::StsClient(m_connection->context()).getCallerIdentity(),
                 [this](const Aws::AwsResult<Aws::CallerIdentity>& result) {
                     if (result.ok()) {
                         m_identity = result->arn;
                         emit identityChanged(m_identity);
                     }
                 });
}

void ConsoleSession::showCachedList(const QString& scope)
{
    const std::optional<CachedInstanceList> cached = m_cache ? m_cache->loadList(scope) : std::nullopt;
    if (cached) {
        setInstances(cached->instances);
        m_fetchedAt = cached->fetchedAt;
    } else {
        clearInstances();
        m_fetchedAt = {};
    }
    seedDescribed(cached ? cached->instances : QList<NotebookInstance>());
    setState(ConnectionState::Connecting);
}

void ConsoleSession::seedDescribed(const QList<NotebookInstance>& cached)
{
    m_described.clear();
    for (const NotebookInstance& instance : cached) {
        // Only DescribeNotebookInstance fills in the volume; a cached summary was never described.
        if (instance.volumeSizeInGB > 0) {
            m_described.insert(instance.notebookInstanceName, instance);
        }
    }
}

void ConsoleSession::setState(ConnectionState state)
{
    if (m_state == state) {
        return;
    }
    m_state = state;
    emit connectionStateChanged(state);
}

const NotebookInstance* ConsoleSession::instance(const QString& name) const
{
    const auto index = m_indexOf.constFind(name);
    return index == m_indexOf.constEnd() ? nullptr : &m_instances.at(*index);
}

bool ConsoleSession::anyTransitional() const
{
    return std::any_of(m_instances.cbegin(), m_instances.cend(), [](const NotebookInstance& instance) {
        return NotebookInstanceStatuses::isTransitional(instance.notebookInstanceStatus);
    });
}

void ConsoleSession::setInstances(const QList<NotebookInstance>& instances)
{
    m_instances = instances;
    m_indexOf.clear();
    m_indexOf.reserve(m_instances.size());
    for (qsizetype i = 0; i < m_instances.size(); ++i) {
        m_indexOf.insert(m_instances.at(i).notebookInstanceName, i);
    }
    m_model->setInstances(m_instances);
}

void ConsoleSession::upsertInstance(const NotebookInstance& instance)
{
    const auto index = m_indexOf.constFind(instance.notebookInstanceName);
    if (index != m_indexOf.constEnd()) {
        m_instances[*index] = instance;
    } else {
        m_indexOf.insert(instance.notebookInstanceName, m_instances.size());
        m_instances.append(instance);
    }
    m_model->upsert(instance);
}

void ConsoleSession::removeInstance(const QString& name)
{
    const auto index = m_indexOf.constFind(name);
    if (index == m_indexOf.constEnd()) {
        return;
    }
    m_instances.removeAt(*index);
    m_indexOf.clear();
    for (qsizetype i = 0; i < m_instances.size(); ++i) {
        m_indexOf.insert(m_instances.at(i).notebookInstanceName, i);
    }
    m_model->remove(name);
}

void ConsoleSession::clearInstances()
{
    m_instances.clear();
    m_indexOf.clear();
    m_model->clear();
}

void ConsoleSession::setVisible(bool visible)
{
    m_scheduler->setVisible(visible);
}

bool ConsoleSession::isVisible() const
{
    return m_scheduler->isVisible();
}

int ConsoleSession::actionsInFlight() const
{
    return m_scheduler->actionsInFlight();
}

bool ConsoleSession::readsInFlight() const
{
    return m_listInFlight || !m_describing.isEmpty() || !m_describeQueue.isEmpty();
}

void ConsoleSession::refresh()
{
    if (m_connection) {
        m_scheduler->pollNow();
    }
}

void ConsoleSession::poll()
{
    if (!m_connection || m_listInFlight) {
        return;
    }
    m_listInFlight = true;
    whenAnswered(sageMaker().listAllNotebookInstances({}),
                 [this](const Aws::AwsResult<QList<NotebookInstance>>& result) {
                     m_listInFlight = false;
                     if (!result.ok()) {
                         m_lastError = result.error();
                         setState(result.error().isUnreachable() ? ConnectionState::Offline
                                                                 : ConnectionState::Failing);
                         m_scheduler->pollFailed();
                         return;
                     }
                     m_lastError.reset();
                     m_fetchedAt = m_clock.currentDateTimeUtc();
                     applyList(result.value());
                     saveCache();
                     if (m_identity.isEmpty() && m_state != ConnectionState::Online) {
                         fetchIdentity();
                     }
                     setState(ConnectionState::Online);
                     m_scheduler->setTransitional(anyTransitional());
                     m_scheduler->pollSucceeded();
                     emit listApplied();
                 });
}

NotebookInstance ConsoleSession::mergeSummary(const NotebookInstance& described,
                                              const NotebookInstance& summary)
{
    NotebookInstance merged = described;
    merged.notebookInstanceArn = summary.notebookInstanceArn;
    merged.notebookInstanceName = summary.notebookInstanceName;
    merged.notebookInstanceStatus = summary.notebookInstanceStatus;
    merged.url = summary.url;
    merged.instanceType = summary.instanceType;
    merged.creationTime = summary.creationTime;
    merged.lastModifiedTime = summary.lastModifiedTime;
    merged.notebookInstanceLifecycleConfigName = summary.notebookInstanceLifecycleConfigName;
    merged.defaultCodeRepository = summary.defaultCodeRepository;
    merged.additionalCodeRepositories = summary.additionalCodeRepositories;
    return merged;
}

void ConsoleSession::applyList(const QList<NotebookInstance>& summaries)
{
    QList<NotebookInstance> instances;
    instances.reserve(summaries.size());
    for (const NotebookInstance& summary : summaries) {
        const auto described = m_described.constFind(summary.notebookInstanceName);
        if (described == m_described.constEnd()) {
            instances.append(summary);
            queueDescribe(summary.notebookInstanceName);
            continue;
        }
        instances.append(mergeSummary(*described, summary));
        // Anything may have changed with the status (a FailureReason, an update's new volume).
        if (described->lastModifiedTime != summary.lastModifiedTime) {
            queueDescribe(summary.notebookInstanceName);
        }
    }
    for (const NotebookInstance& after : instances) {
        noteStatus(instance(after.notebookInstanceName), after);
    }
    setInstances(instances);
    pumpDescribes();
    m_listIsLive = true;
    m_model->refreshCosts();
    checkLongRunning();
}

namespace {

// Failed again after a run in between that no poll saw (Start, Pending, Failed within one interval).
bool isNewFailure(const NotebookInstance* before, const NotebookInstance& after)
{
    return before && after.notebookInstanceStatus == NotebookInstanceStatus::Failed &&
           (before->notebookInstanceStatus != NotebookInstanceStatus::Failed ||
            before->lastModifiedTime != after.lastModifiedTime);
}

} // namespace

void ConsoleSession::noteStatus(const NotebookInstance* before, const NotebookInstance& after)
{
    const QString& name = after.notebookInstanceName;
    if (isNewFailure(before, after)) {
        // ListNotebookInstances carries no FailureReason: a failure is news only with its reason, so
        // one that only a list has shown waits for the Describe its new LastModifiedTime queues.
        const auto described = m_described.constFind(name);
        if (described == m_described.constEnd() || described->lastModifiedTime != after.lastModifiedTime) {
            if (!m_failuresToAnnounce.contains(name)) {
                m_failuresToAnnounce.insert(name, before->notebookInstanceStatus);
            }
            queueDescribe(name);
            return;
        }
        recordStatus(before->notebookInstanceStatus, after);
        return;
    }
    if (before && before->notebookInstanceStatus == after.notebookInstanceStatus) {
        return;
    }
    recordStatus(before ? std::optional(before->notebookInstanceStatus) : std::nullopt, after);
}

void ConsoleSession::recordStatus(std::optional<NotebookInstanceStatus> previous,
                                  const NotebookInstance& after)
{
    // An instance first met in a list read from the cache is not news; one that appears in a live
    // list (just created elsewhere) is.
    if (!previous && !m_listIsLive) {
        if (m_cache && m_connection && m_cache->history(m_scope, after.notebookInstanceName).isEmpty()) {
            m_cache->recordEvent(m_scope,
                                 {after.notebookInstanceName, std::nullopt, after.notebookInstanceStatus,
                                  after.failureReason, m_clock.currentDateTimeUtc()});
        }
        return;
    }
    StatusEvent event{after.notebookInstanceName, previous, after.notebookInstanceStatus, after.failureReason,
                      m_clock.currentDateTimeUtc()};
    if (m_cache && m_connection) {
        m_cache->recordEvent(m_scope, event);
    }
    if (previous && m_listIsLive) {
        emit statusChanged(after.notebookInstanceName, *previous, after.notebookInstanceStatus,
                           after.failureReason);
    }
}

void ConsoleSession::checkLongRunning()
{
    if (m_longRunningHours <= 0) {
        return;
    }
    const QDateTime now = m_clock.currentDateTimeUtc();
    for (const NotebookInstance& instance : std::as_const(m_instances)) {
        if (instance.notebookInstanceStatus != NotebookInstanceStatus::InService ||
            !instance.lastModifiedTime.isValid()) {
            continue;
        }
        const double hours = double(instance.lastModifiedTime.secsTo(now)) / 3600.0;
        if (hours >= m_longRunningHours &&
            m_warnedRuns.value(instance.notebookInstanceName) != instance.lastModifiedTime) {
            m_warnedRuns.insert(instance.notebookInstanceName, instance.lastModifiedTime);
            emit longRunning(instance.notebookInstanceName, hours);
        }
    }
}

void ConsoleSession::saveCache()
{
    if (m_cache && m_connection) {
        m_cache->saveList(m_scope, m_instances, m_fetchedAt);
    }
}

void ConsoleSession::runAction(NotebookInstanceAction action, const QString& name, const Send& send)
{
    if (!m_connection) {
        return;
    }
    m_scheduler->actionStarted();
    Aws::SageMakerClient client = sageMaker();
    whenAnswered(send(client), [this, action, name](const Aws::AwsResult<Aws::AwsEmpty>& result) {
        m_scheduler->actionFinished();
        if (!result.ok()) {
            emit actionFailed(action, name, result.error());
        }
        describeAfterAction(name);
    });
}

void ConsoleSession::describeAfterAction(const QString& name)
{
    whenAnswered(
        sageMaker().describeNotebookInstance(name),
        [this, name](const Aws::AwsResult<NotebookInstance>& result) { applyDescribed(name, result); });
}

void ConsoleSession::queueDescribe(const QString& name)
{
    if (!m_describeQueued.contains(name)) {
        m_describeQueued.insert(name);
        m_describeQueue.append(name);
    }
}

void ConsoleSession::pumpDescribes()
{
    while (m_connection && m_describing.size() < kMaxConcurrentDescribes && !m_describeQueue.isEmpty()) {
        const QString name = m_describeQueue.takeFirst();
        m_describeQueued.remove(name);
        if (m_describing.contains(name)) {
            continue;
        }
        m_describing.insert(name);
        whenAnswered(sageMaker().describeNotebookInstance(name),
                     [this, name](const Aws::AwsResult<NotebookInstance>& result) {
                         m_describing.remove(name);
                         // Gone from the list while the call ran: a late answer must not bring it back.
                         if (instance(name)) {
                             applyDescribed(name, result);
                         }
                         pumpDescribes();
                     });
    }
}

void ConsoleSession::applyDescribed(const QString& name, const Aws::AwsResult<NotebookInstance>& result)
{
    if (!result.ok()) {
        const std::optional<NotebookInstanceStatus> unannounced =
            m_failuresToAnnounce.contains(name) ? std::optional(m_failuresToAnnounce.take(name))
                                                : std::nullopt;
        if (result.error().isNotFound()) {
            m_described.remove(name);
            removeInstance(name);
            saveCache();
        } else if (const NotebookInstance* listed = instance(name); listed && unannounced) {
            // Better a failure without its reason than none at all.
            recordStatus(unannounced, *listed);
        }
        return;
    }
    m_described.insert(name, result.value());
    if (const auto failed = m_failuresToAnnounce.constFind(name); failed != m_failuresToAnnounce.constEnd()) {
        const NotebookInstanceStatus previous = *failed;
        m_failuresToAnnounce.erase(failed);
        recordStatus(previous, result.value());
    } else {
        noteStatus(instance(name), result.value());
    }
    upsertInstance(result.value());
    m_saveTimer.start();
    m_scheduler->setTransitional(anyTransitional());
}

void ConsoleSession::startInstances(const QStringList& names)
{
    for (const QString& name : names) {
        runAction(NotebookInstanceAction::Start, name,
                  [name](Aws::SageMakerClient& client) { return client.startNotebookInstance(name); });
    }
}

void ConsoleSession::stopInstances(const QStringList& names)
{
    for (const QString& name : names) {
        runAction(NotebookInstanceAction::Stop, name,
                  [name](Aws::SageMakerClient& client) { return client.stopNotebookInstance(name); });
    }
}

void ConsoleSession::deleteInstance(const QString& name)
{
    runAction(NotebookInstanceAction::Delete, name,
              [name](Aws::SageMakerClient& client) { return client.deleteNotebookInstance(name); });
}

void ConsoleSession::updateInstance(const UpdateNotebookInstanceRequest& request)
{
    runAction(NotebookInstanceAction::Update, request.notebookInstanceName,
              [request](Aws::SageMakerClient& client) { return client.updateNotebookInstance(request); });
}

void ConsoleSession::openJupyter(const QString& name, bool lab)
{
    if (!m_connection) {
        return;
    }
    whenAnswered(sageMaker().createPresignedNotebookInstanceUrl(name),
                 [this, name, lab](const Aws::AwsResult<QString>& result) {
                     if (!result.ok()) {
                         emit actionFailed(NotebookInstanceAction::Open, name, result.error());
                         return;
                     }
                     emit urlReady(name, QUrl(lab ? Aws::SageMakerClient::jupyterLabUrl(result.value())
                                                  : result.value()));
                 });
}

void ConsoleSession::fetchTags(const QString& name)
{
    const NotebookInstance* known = instance(name);
    if (!m_connection || !known || known->notebookInstanceArn.isEmpty()) {
        return;
    }
    whenAnswered(sageMaker().listTags(known->notebookInstanceArn),
                 [this, name](const Aws::AwsResult<QList<Tag>>& result) {
                     if (result.ok()) {
                         emit tagsReady(name, result.value());
                     }
                 });
}

QList<StatusEvent> ConsoleSession::history(const QString& name) const
{
    if (!m_cache || !m_connection) {
        return {};
    }
    return m_cache->history(m_scope, name);
}

} // namespace SageDesk
