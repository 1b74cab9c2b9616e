#pragma once

#include "console/InstanceSource.h"
#include "console/PollScheduler.h"
#include "console/cache/InstanceCache.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>

namespace SageDesk {

class Clock;
class InstanceTableModel;

// The live state of the console for one account and region: keeps InstanceTableModel up to date
// by polling its InstanceSource, writes the offline cache and the status event log, runs the
// instance actions and reports what a person should be told (transitions, long runs, failures).
class ConsoleSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleSession)

public:
    enum class ConnectionState
    {
        NoSource,
        Connecting,
        Online,
        Offline, // the endpoint cannot be reached; the list shown is the last one known
        Failing, // the endpoint answers with errors (credentials, permissions, throttling)
    };
    Q_ENUM(ConnectionState)

    // `cache` may be null (no offline cache); it must outlive the session.
    ConsoleSession(const Clock& clock, InstanceCache* cache, PollIntervals intervals = {},
                   QObject* parent = nullptr);
    ~ConsoleSession() override;

    InstanceTableModel* model() const { return m_model; }
    PollScheduler* scheduler() const { return m_scheduler; }
    InstanceSource* source() const { return m_source.get(); }
    InstanceCache* cache() const { return m_cache; }

    // Switches account/region: shows the cached list of the new scope at once, then polls.
    void setSource(std::unique_ptr<InstanceSource> source);
    // Shows the cached list of `scope` while the source for it is still being found (local start-up).
    void showCachedList(const QString& scope);
    ConnectionState connectionState() const { return m_state; }
    // When the list shown was fetched (the "as of" time while offline).
    QDateTime listFetchedAt() const { return m_fetchedAt; }
    std::optional<SourceError> lastError() const { return m_lastError; }
    // The caller's ARN from GetCallerIdentity; empty until it answered.
    QString identity() const { return m_identity; }

    void refresh();
    void startInstances(const QStringList& names);
    void stopInstances(const QStringList& names);
    void deleteInstance(const QString& name);
    void updateInstance(const UpdateNotebookInstanceRequest& request);
    // Asks for a presigned URL and answers with urlReady(); `lab` opens JupyterLab instead of Jupyter.
    void openJupyter(const QString& name, bool lab);

    QList<StatusEvent> history(const QString& name) const;
    // ListTags of the instance; answers with tagsReady().
    void fetchTags(const QString& name);

    // Warn once per run when an instance has been InService longer than this (0 switches it off).
    void setLongRunningThresholdHours(double hours) { m_longRunningHours = hours; }
    double longRunningThresholdHours() const { return m_longRunningHours; }

    // The JupyterLab address of a presigned (classic Jupyter) URL: "/lab" before the query.
    static QUrl jupyterLabUrl(const QUrl& presigned);
    // ListNotebookInstances answers summaries (no platform, volume, role, network...): the summary's
    // fields over the last DescribeNotebookInstance of the same instance.
    static NotebookInstance mergeSummary(const NotebookInstance& described, const NotebookInstance& summary);

    // At most this many DescribeNotebookInstance calls run at once to fill in the summaries.
    static constexpr int kMaxConcurrentDescribes = 4;

signals:
    void connectionStateChanged(SageDesk::ConsoleSession::ConnectionState state);
    void statusChanged(const QString& name, SageDesk::NotebookInstanceStatus previous,
                       SageDesk::NotebookInstanceStatus status, const QString& failureReason);
    void longRunning(const QString& name, double hours);
    void actionFailed(SageDesk::NotebookInstanceAction action, const QString& name,
                      const SageDesk::SourceError& error);
    void urlReady(const QString& name, const QUrl& url);
    void tagsReady(const QString& name, const QList<SageDesk::Tag>& tags);
    void listApplied();
    void identityChanged(const QString& arn);

private:
    using Done = std::function<void(const SourceResult<bool>&)>;
    using Call = std::function<void(InstanceSource&, const QString&, Done)>;

    void poll();
    void fetchIdentity();
    void applyList(const QList<NotebookInstance>& instances);
    void applyDescribed(const QString& name, const SourceResult<NotebookInstance>& result);
    void noteStatus(const NotebookInstance* before, const NotebookInstance& after);
    void recordStatus(std::optional<NotebookInstanceStatus> previous, const NotebookInstance& after);
    void checkLongRunning();
    void runAction(NotebookInstanceAction action, const QString& name, const Call& call);
    void describeAfterAction(const QString& name);
    void queueDescribe(const QString& name);
    void pumpDescribes();
    void seedDescribed(const QList<NotebookInstance>& cached);
    void setState(ConnectionState state);
    void saveCache();

    const Clock& m_clock;
    InstanceCache* m_cache = nullptr;
    InstanceTableModel* m_model = nullptr;
    PollScheduler* m_scheduler = nullptr;
    std::unique_ptr<InstanceSource> m_source;
    ConnectionState m_state = ConnectionState::NoSource;
    QDateTime m_fetchedAt;
    std::optional<SourceError> m_lastError;
    QString m_identity;
    bool m_listInFlight = false;
    bool m_listIsLive = false; // the model holds an answer of the source, not the cache
    double m_longRunningHours = 8.0;
    QHash<QString, QDateTime> m_warnedRuns;
    QHash<QString, NotebookInstance> m_described; // last DescribeNotebookInstance per name
    QStringList m_describeQueue;
    QSet<QString> m_describeQueued;
    QSet<QString> m_describing;
    // Failures a list showed, announced once their Describe brings the reason: name -> status before.
    QHash<QString, NotebookInstanceStatus> m_failuresToAnnounce;
    QTimer m_saveTimer; // name -> LastModifiedTime of the run already warned about
};

} // namespace SageDesk
