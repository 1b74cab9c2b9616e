#pragma once

#include "aws/AwsConnection.h"
#include "aws/client/AwsCall.h"
#include "aws/client/AwsError.h"
#include "console/PollScheduler.h"
#include "console/cache/InstanceCache.h"
#include "domain/NotebookInstance.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <optional>

namespace SageDesk {

namespace Aws {
class SageMakerClient;
class StsClient;
} // namespace Aws

class Clock;
class InstanceTableModel;

// The live state of the console for one account and region: polls SageMaker through its
// connection, keeps what it learns (and InstanceTableModel with it) up to date, writes the offline
// cache and the status event log, runs the instance actions and reports what a person should be
// told (transitions, long runs, failures).
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

    // What the table shows; the session fills it and never reads it back.
    InstanceTableModel* model() const { return m_model; }
    // How polling stands, for tests and diagnostics: only the session drives it.
    const PollScheduler& scheduler() const { return *m_scheduler; }
    InstanceCache* cache() const { return m_cache; }

    // Switches account/region: `connection` (null: none) sends the calls, `scope` keys the offline
    // cache ("profile:dev/eu-west-1", "local/us-east-1"). Shows the cached list of the scope at once,
    // then polls.
    void setConnection(std::unique_ptr<Aws::AwsConnection> connection, const QString& scope);
    Aws::AwsConnection* connection() const { return m_connection.get(); }
    // The scope of the connection; empty without one.
    QString scope() const { return m_scope; }
    // Shows the cached list of `scope` while the connection to it is still being found (local start-up).
    void showCachedList(const QString& scope);
    ConnectionState connectionState() const { return m_state; }
    // When the list shown was fetched (the "as of" time while offline).
    QDateTime listFetchedAt() const { return m_fetchedAt; }
    std::optional<Aws::AwsError> lastError() const { return m_lastError; }
    // The caller's ARN from GetCallerIdentity; empty until it answered.
    QString identity() const { return m_identity; }

    // The instances as the session knows them now: the last list, with every describe since.
    const QList<NotebookInstance>& instances() const { return m_instances; }
    const NotebookInstance* instance(const QString& name) const;
    bool anyTransitional() const;

    // Whether the window is shown and not minimized: polling pauses otherwise, and polls at once
    // when shown again.
    void setVisible(bool visible);
    bool isVisible() const;
    // Instance actions sent and not yet answered.
    int actionsInFlight() const;
    // Whether a List or Describe call is sent or queued and not yet answered: until none is, the table
    // may still change, even while polling is paused.
    bool readsInFlight() const;

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
                      const SageDesk::Aws::AwsError& error);
    void urlReady(const QString& name, const QUrl& url);
    void tagsReady(const QString& name, const QList<SageDesk::Tag>& tags);
    void listApplied();
    void identityChanged(const QString& arn);

private:
    using Send = std::function<Aws::AwsCall<Aws::AwsEmpty>(Aws::SageMakerClient&)>;

    Aws::SageMakerClient sageMaker() const;
    // Calls `handler` with the answer of `call` unless the connection that sent it was replaced (or
    // the session went) first: its context is the guard.
    template <typename T, typename Handler>
    void whenAnswered(const Aws::AwsCall<T>& call, Handler handler);

    void poll();
    void fetchIdentity();
    void applyList(const QList<NotebookInstance>& instances);
    void applyDescribed(const QString& name, const Aws::AwsResult<NotebookInstance>& result);
    void noteStatus(const NotebookInstance* before, const NotebookInstance& after);
    void recordStatus(std::optional<NotebookInstanceStatus> previous, const NotebookInstance& after);
    void checkLongRunning();
    void runAction(NotebookInstanceAction action, const QString& name, const Send& send);
    void describeAfterAction(const QString& name);
    void queueDescribe(const QString& name);
    void pumpDescribes();
    void seedDescribed(const QList<NotebookInstance>& cached);
    void setState(ConnectionState state);
    void saveCache();
    // What the session knows, and the table with it.
    void setInstances(const QList<NotebookInstance>& instances);
    void upsertInstance(const NotebookInstance& instance);
    void removeInstance(const QString& name);
    void clearInstances();

    const Clock& m_clock;
    InstanceCache* m_cache = nullptr;
    InstanceTableModel* m_model = nullptr;
    PollScheduler* m_scheduler = nullptr;
    std::unique_ptr<Aws::AwsConnection> m_connection;
    QString m_scope;
    ConnectionState m_state = ConnectionState::NoSource;
    QDateTime m_fetchedAt;
    std::optional<Aws::AwsError> m_lastError;
    QString m_identity;
    bool m_listInFlight = false;
    bool m_listIsLive = false; // the instances are an answer of the connection, not the cache
    double m_longRunningHours = 8.0;
    QList<NotebookInstance> m_instances;
    QHash<QString, qsizetype> m_indexOf;          // name -> position in m_instances
    QHash<QString, QDateTime> m_warnedRuns;       // name -> LastModifiedTime of the run already warned about
    QHash<QString, NotebookInstance> m_described; // last DescribeNotebookInstance per name
    QStringList m_describeQueue;
    QSet<QString> m_describeQueued;
    QSet<QString> m_describing;
    // Failures a list showed, announced once their Describe brings the reason: name -> status before.
    QHash<QString, NotebookInstanceStatus> m_failuresToAnnounce;
    QTimer m_saveTimer; // writes the cache once describe answers settle
};

} // namespace SageDesk
