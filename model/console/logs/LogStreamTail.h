#pragma once

#include "aws/client/AwsError.h"
#include "aws/client/AwsResult.h"
#include "aws/services/LogsTypes.h"
#include "aws/services/NotebookInstanceLogs.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>

namespace SageDesk {

namespace Aws {
class AwsClientContext;
} // namespace Aws

// One log stream of a notebook instance as the details pane shows it: opened on its last page (up
// to 10,000 events in one GetLogEvents), then, while following, polled with the forward token for
// what is new. A stream that does not exist yet is "no log yet", not an error; it is looked for
// again while following.
class LogStreamTail final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogStreamTail)

public:
    using Script = Aws::NotebookInstanceLogs::Script;
    enum class State
    {
        Closed,
        Loading,
        Missing, // no log yet
        Shown,
        Failed,
    };
    Q_ENUM(State)

    static constexpr std::chrono::milliseconds kDefaultPollInterval{1000};

    explicit LogStreamTail(QObject* parent = nullptr);
    ~LogStreamTail() override;

    // Null: nothing can be read (the pane shows why). A new context reopens the stream.
    void setContext(Aws::AwsClientContext* context);
    // Opens `script`'s stream of `instance` from its end. Answers reset() (or missing()/failed()).
    void open(const QString& notebookInstanceName, Script script);
    // Opens the stream that explains a failure (NotebookInstanceLogs::explainingScript).
    void openExplaining(const QString& notebookInstanceName, const QString& failureReason);
    void close();
    void setFollowing(bool following);
    void setPollInterval(std::chrono::milliseconds interval) { m_poll.setInterval(interval); }

    QString notebookInstanceName() const { return m_instance; }
    Script script() const { return m_script; }
    State state() const { return m_state; }
    bool isFollowing() const { return m_poll.isActive(); }
    const QList<Aws::OutputLogEvent>& events() const { return m_events; }
    // The error of State::Failed.
    const Aws::AwsError& error() const { return m_error; }

signals:
    // events() was replaced (a stream was opened), or the state changed without events.
    void reset();
    // events() grew; the new ones start at `first`.
    void appended(qsizetype first);
    // The stream openExplaining() picked.
    void scriptChosen(SageDesk::LogStreamTail::Script script);

private:
    void load();
    void pollNew();
    void getEvents(const QString& nextToken,
                   const std::function<void(const Aws::AwsResult<Aws::LogEventsPage>&)>& handle);
    void fail(const Aws::AwsError& error);

    QPointer<Aws::AwsClientContext> m_context;
    QString m_instance;
    Script m_script = Script::OnStart;
    State m_state = State::Closed;
    QList<Aws::OutputLogEvent> m_events;
    QString m_forwardToken;
    Aws::AwsError m_error;
    // Answers of an earlier open() (or an earlier context) are dropped.
    quint64 m_generation = 0;
    bool m_inFlight = false;
    QTimer m_poll;
};

} // namespace SageDesk
