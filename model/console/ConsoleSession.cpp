#include "console/ConsoleSession.h"

#include "console/models/InstanceTableModel.h"
#include "core/Clock.h"

#include <QUrlQuery>

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

// The source goes first: its pending callbacks refer to this session and must never run.
ConsoleSession::~ConsoleSession()
{
    if (m_saveTimer.isActive()) {
        saveCache();
    }
    m_source.reset();
}

void ConsoleSession::setSource(std::unique_ptr<InstanceSource> source)
{
    m_scheduler->stop();
    m_source = std::move(source);
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
    if (!m_source) {
        m_model->clear();
        setState(ConnectionState::NoSource);
        return;
    }
    const std::optional<CachedInstanceList> cached =
        m_cache ? m_cache->loadList(m_source->scope()) : std::nullopt;
    if (cached) {
        m_model->setInstances(cached->instances);
        m_fetchedAt = cached->fetchedAt;
    } else {
        m_model->clear();
    }
    setState(ConnectionState::Connecting);
    fetchIdentity();
    m_scheduler->pollNow();
}

void ConsoleSession::fetchIdentity()
{
    m_source->getCallerIdentity([this](const SourceResult<QString>& result) {
        if (result.ok()) {
            m_identity = result.value;
            emit identityChanged(m_identity);
        }
    });
}

void ConsoleSession::showCachedList(const QString& scope)
{
    const std::optional<CachedInstanceList> cached = m_cache ? m_cache->loadList(scope) : std::nullopt;
    if (cached) {
        m_model->setInstances(cached->instances);
        m_fetchedAt = cached->fetchedAt;
    } else {
        m_model->clear();
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

void ConsoleSession::refresh()
{
    if (m_source) {
        m_scheduler->pollNow();
    }
}

void ConsoleSession::poll()
{
    if (!m_source || m_listInFlight) {
        return;
    }
    m_listInFlight = true;
    m_source->listNotebookInstances([this](const SourceResult<QList<NotebookInstance>>& result) {
        m_listInFlight = false;
        if (!result.ok()) {
            m_lastError = result.error;
            setState(result.error->unreachable ? ConnectionState::Offline : ConnectionState::Failing);
            m_scheduler->pollFailed();
            return;
        }
        m_lastError.reset();
        m_fetchedAt = m_clock.currentDateTimeUtc();
        applyList(result.value);
        saveCache();
        if (m_identity.isEmpty() && m_state != ConnectionState::Online) {
            fetchIdentity();
        }
        setState(ConnectionState::Online);
        m_scheduler->setTransitional(m_model->anyTransitional());
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
    for (const NotebookInstance& instance : instances) {
        noteStatus(m_model->find(instance.notebookInstanceName), instance);
    }
    m_model->setInstances(instances);
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
        if (m_cache && m_source &&
            m_cache->history(m_source->scope(), after.notebookInstanceName).isEmpty()) {
            m_cache->recordEvent(m_source->scope(),
                                 {after.notebookInstanceName, std::nullopt, after.notebookInstanceStatus,
                                  after.failureReason, m_clock.currentDateTimeUtc()});
        }
        return;
    }
    StatusEvent event{after.notebookInstanceName, previous, after.notebookInstanceStatus, after.failureReason,
                      m_clock.currentDateTimeUtc()};
    if (m_cache && m_source) {
        m_cache->recordEvent(m_source->scope(), event);
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
    for (const NotebookInstance& instance : m_model->instances()) {
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
    if (m_cache && m_source) {
        m_cache->saveList(m_source->scope(), m_model->instances(), m_fetchedAt);
    }
}

void ConsoleSession::runAction(NotebookInstanceAction action, const QString& name, const Call& call)
{
    if (!m_source) {
        return;
    }
    m_scheduler->actionStarted();
    call(*m_source, name, [this, action, name](const SourceResult<bool>& result) {
        m_scheduler->actionFinished();
        if (!result.ok()) {
            emit actionFailed(action, name, *result.error);
        }
        describeAfterAction(name);
    });
}

void ConsoleSession::describeAfterAction(const QString& name)
{
    m_source->describeNotebookInstance(
        name, [this, name](const SourceResult<NotebookInstance>& result) { applyDescribed(name, result); });
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
    while (m_source && m_describing.size() < kMaxConcurrentDescribes && !m_describeQueue.isEmpty()) {
        const QString name = m_describeQueue.takeFirst();
        m_describeQueued.remove(name);
        if (m_describing.contains(name)) {
            continue;
        }
        m_describing.insert(name);
        m_source->describeNotebookInstance(name, [this, name](const SourceResult<NotebookInstance>& result) {
            m_describing.remove(name);
            // Gone from the list while the call ran: a late answer must not bring it back.
            if (m_model->find(name)) {
                applyDescribed(name, result);
            }
            pumpDescribes();
        });
    }
}

void ConsoleSession::applyDescribed(const QString& name, const SourceResult<NotebookInstance>& result)
{
    if (!result.ok()) {
        const std::optional<NotebookInstanceStatus> unannounced =
            m_failuresToAnnounce.contains(name) ? std::optional(m_failuresToAnnounce.take(name))
                                                : std::nullopt;
        if (result.error->isNotFound()) {
            m_described.remove(name);
            m_model->remove(name);
            saveCache();
        } else if (const NotebookInstance* listed = m_model->find(name); listed && unannounced) {
            // Better a failure without its reason than none at all.
            recordStatus(unannounced, *listed);
        }
        return;
    }
    m_described.insert(name, result.value);
    if (const auto failed = m_failuresToAnnounce.constFind(name); failed != m_failuresToAnnounce.constEnd()) {
        const NotebookInstanceStatus previous = *failed;
        m_failuresToAnnounce.erase(failed);
        recordStatus(previous, result.value);
    } else {
        noteStatus(m_model->find(name), result.value);
    }
    m_model->upsert(result.value);
    m_saveTimer.start();
    m_scheduler->setTransitional(m_model->anyTransitional());
}

void ConsoleSession::startInstances(const QStringList& names)
{
    for (const QString& name : names) {
        runAction(NotebookInstanceAction::Start, name,
                  [](InstanceSource& source, const QString& n, Done done) {
                      source.startNotebookInstance(n, std::move(done));
                  });
    }
}

void ConsoleSession::stopInstances(const QStringList& names)
{
    for (const QString& name : names) {
        runAction(NotebookInstanceAction::Stop, name,
                  [](InstanceSource& source, const QString& n, Done done) {
                      source.stopNotebookInstance(n, std::move(done));
                  });
    }
}

void ConsoleSession::deleteInstance(const QString& name)
{
    runAction(NotebookInstanceAction::Delete, name, [](InstanceSource& source, const QString& n, Done done) {
        source.deleteNotebookInstance(n, std::move(done));
    });
}

void ConsoleSession::updateInstance(const UpdateNotebookInstanceRequest& request)
{
    runAction(NotebookInstanceAction::Update, request.notebookInstanceName,
              [request](InstanceSource& source, const QString&, Done done) {
                  source.updateNotebookInstance(request, std::move(done));
              });
}

void ConsoleSession::openJupyter(const QString& name, bool lab)
{
    if (!m_source) {
        return;
    }
    m_source->createPresignedNotebookInstanceUrl(name, [this, name, lab](const SourceResult<QUrl>& result) {
        if (!result.ok()) {
            emit actionFailed(NotebookInstanceAction::Open, name, *result.error);
            return;
        }
        emit urlReady(name, lab ? jupyterLabUrl(result.value) : result.value);
    });
}

void ConsoleSession::fetchTags(const QString& name)
{
    const NotebookInstance* instance = m_model->find(name);
    if (!m_source || !instance || instance->notebookInstanceArn.isEmpty()) {
        return;
    }
    m_source->listTags(instance->notebookInstanceArn, [this, name](const SourceResult<QList<Tag>>& result) {
        if (result.ok()) {
            emit tagsReady(name, result.value);
        }
    });
}

QList<StatusEvent> ConsoleSession::history(const QString& name) const
{
    if (!m_cache || !m_source) {
        return {};
    }
    return m_cache->history(m_source->scope(), name);
}

QUrl ConsoleSession::jupyterLabUrl(const QUrl& presigned)
{
    QUrl url = presigned;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/'))) {
        path.chop(1);
    }
    url.setPath(path + QStringLiteral("/lab"));
    return url;
}

} // namespace SageDesk
