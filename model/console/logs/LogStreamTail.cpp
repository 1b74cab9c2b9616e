#include "console/logs/LogStreamTail.h"

#include "aws/client/AwsClientContext.h"
#include "aws/services/LogsClient.h"

namespace SageDesk {

using Aws::NotebookInstanceLogs::kLogGroupName;

LogStreamTail::LogStreamTail(QObject* parent)
    : QObject(parent)
{
    m_poll.setInterval(kDefaultPollInterval);
    connect(&m_poll, &QTimer::timeout, this, &LogStreamTail::pollNew);
}

LogStreamTail::~LogStreamTail() = default;

void LogStreamTail::setContext(Aws::AwsClientContext* context)
{
    if (m_context == context) {
        return;
    }
    m_context = context;
    if (m_state != State::Closed) {
        open(m_instance, m_script);
    }
}

void LogStreamTail::open(const QString& notebookInstanceName, Script script)
{
    ++m_generation;
    m_inFlight = false;
    m_instance = notebookInstanceName;
    m_script = script;
    m_events.clear();
    m_forwardToken.clear();
    m_state = State::Loading;
    emit reset();
    load();
}

void LogStreamTail::openExplaining(const QString& notebookInstanceName, const QString& failureReason)
{
    if (!m_context) {
        open(notebookInstanceName,
             Aws::NotebookInstanceLogs::explainingScript(notebookInstanceName, failureReason, {}));
        return;
    }
    const quint64 generation = ++m_generation;
    m_instance = notebookInstanceName;
    Aws::DescribeLogStreamsRequest request;
    request.logGroupName = kLogGroupName;
    request.logStreamNamePrefix = notebookInstanceName + u'/';
    Aws::LogsClient(m_context).describeLogStreams(request).then(
        this, [this, generation, notebookInstanceName,
               failureReason](const Aws::AwsResult<Aws::LogStreamPage>& page) {
            if (generation != m_generation) {
                return;
            }
            const Script script = Aws::NotebookInstanceLogs::explainingScript(
                notebookInstanceName, failureReason, page ? page->logStreams : QList<Aws::LogStream>());
            emit scriptChosen(script);
            open(notebookInstanceName, script);
        });
}

void LogStreamTail::close()
{
    ++m_generation;
    m_inFlight = false;
    m_poll.stop();
    m_instance.clear();
    m_events.clear();
    m_state = State::Closed;
    emit reset();
}

void LogStreamTail::setFollowing(bool following)
{
    if (following && !m_poll.isActive()) {
        m_poll.start();
    } else if (!following) {
        m_poll.stop();
    }
}

void LogStreamTail::load()
{
    if (!m_context) {
        fail(Aws::AwsError::credentials(QStringLiteral("logs"), tr("There is no connection.")));
        return;
    }
    getEvents({}, [this](const Aws::AwsResult<Aws::LogEventsPage>& page) {
        if (!page) {
            if (page.error().isNotFound()) {
                m_state = State::Missing;
                emit reset();
                return;
            }
            fail(page.error());
            return;
        }
        m_events = page->events;
        m_forwardToken = page->nextForwardToken;
        m_state = State::Shown;
        emit reset();
    });
}

void LogStreamTail::pollNew()
{
    if (m_inFlight || m_state == State::Closed || m_state == State::Loading) {
        return;
    }
    if (m_state != State::Shown || m_forwardToken.isEmpty()) {
        load(); // no log yet, or failed: look again
        return;
    }
    if (!m_context) {
        return;
    }
    getEvents(m_forwardToken, [this](const Aws::AwsResult<Aws::LogEventsPage>& page) {
        if (!page) {
            return; // a failed poll is tried again on the next tick
        }
        m_forwardToken = page->nextForwardToken;
        if (page->events.isEmpty()) {
            return;
        }
        const qsizetype first = m_events.size();
        m_events += page->events;
        emit appended(first);
    });
}

// One GetLogEvents of the stream from `nextToken` (empty: the start); `handle` sees the answer only
// if no reload started meanwhile.
void LogStreamTail::getEvents(const QString& nextToken,
                              const std::function<void(const Aws::AwsResult<Aws::LogEventsPage>&)>& handle)
{
    Aws::GetLogEventsRequest request;
    request.logGroupName = kLogGroupName;
    request.logStreamName = Aws::NotebookInstanceLogs::logStreamName(m_instance, m_script);
    request.nextToken = nextToken;
    const quint64 generation = m_generation;
    m_inFlight = true;
    Aws::LogsClient(m_context).getLogEvents(request).then(
        this, [this, generation, handle](const Aws::AwsResult<Aws::LogEventsPage>& page) {
            if (generation != m_generation) {
                return;
            }
            m_inFlight = false;
            handle(page);
        });
}

void LogStreamTail::fail(const Aws::AwsError& error)
{
    m_error = error;
    m_state = State::Failed;
    emit reset();
}

} // namespace SageDesk
