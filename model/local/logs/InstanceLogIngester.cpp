#include "local/logs/InstanceLogIngester.h"

#include "aws/services/NotebookInstanceLogs.h"
#include "local/logs/LogEventStore.h"
#include "local/runtime/NotebookRuntime.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace SageDesk::Local {

namespace {

using Aws::NotebookInstanceLogs::Script;

// Never more than this many bytes in one read: a runaway script cannot make one request slow.
constexpr qint64 kMaxReadBytes = 8 * 1024 * 1024;

QString sourceFile(Script script)
{
    switch (script) {
    case Script::OnCreate:
        return QStringLiteral("LifecycleConfigOnCreate.log");
    case Script::OnStart:
        return QStringLiteral("LifecycleConfigOnStart.log");
    case Script::Jupyter:
        break;
    }
    return QStringLiteral("jupyter.log");
}

// "[I 2026-12-02 01:02:03.456 ServerApp] ..." (Jupyter Server) or "[I 01:02:03.456 NotebookApp] ..."
// (the classic notebook, time of day only), both in local time.
std::optional<qint64> jupyterTime(const QString& line, qint64 now)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\[[A-Z] (?:(\\d{4}-\\d{2}-\\d{2}) )?(\\d{2}:\\d{2}:\\d{2})\\.(\\d{3}) "));
    const QRegularExpressionMatch match = pattern.match(line);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const QDate date = match.captured(1).isEmpty() ? QDateTime::fromMSecsSinceEpoch(now).toLocalTime().date()
                                                   : QDate::fromString(match.captured(1), Qt::ISODate);
    const QTime time =
        QTime::fromString(match.captured(2) + u'.' + match.captured(3), QStringLiteral("HH:mm:ss.zzz"));
    const QDateTime at(date, time, Qt::LocalTime);
    return at.isValid() ? std::optional(at.toMSecsSinceEpoch()) : std::nullopt;
}

} // namespace

InstanceLogIngester::InstanceLogIngester(LogEventStore& store, const NotebookRuntime& runtime,
                                         const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_runtime(runtime)
    , m_clock(clock)
{
    m_poll.setInterval(kPollInterval);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        for (const QString& name : std::as_const(m_pending)) {
            ingest(name);
        }
    });
}

void InstanceLogIngester::ingest(const QString& notebookInstanceName)
{
    if (notebookInstanceName.isEmpty() || notebookInstanceName.contains(u'/')) {
        return;
    }
    const QDir logs(m_runtime.logDir(notebookInstanceName));
    // A script's unfinished last line waits for its newline while the script may still write it.
    const bool scriptsDone = !m_pending.contains(notebookInstanceName);
    for (const Script script : Aws::NotebookInstanceLogs::allScripts()) {
        const bool jupyter = script == Script::Jupyter;
        ingestFile(Aws::NotebookInstanceLogs::logStreamName(notebookInstanceName, script),
                   logs.filePath(sourceFile(script)), scriptsDone && !jupyter, jupyter);
    }
}

void InstanceLogIngester::ingestAll()
{
    const QDir instances = QFileInfo(m_runtime.instanceDir(QStringLiteral("_"))).dir();
    for (const QString& name : instances.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        ingest(name);
    }
}

void InstanceLogIngester::onStatusChanged(const QString& notebookInstanceName, NotebookInstanceStatus status)
{
    if (status == NotebookInstanceStatus::Pending) {
        m_pending.insert(notebookInstanceName);
        if (!m_poll.isActive()) {
            m_poll.start();
        }
        return;
    }
    m_pending.remove(notebookInstanceName);
    if (m_pending.isEmpty()) {
        m_poll.stop();
    }
    ingest(notebookInstanceName);
}

void InstanceLogIngester::ingestFile(const QString& streamName, const QString& path, bool wholeLastLine,
                                     bool jupyter)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return;
    }
    const qint64 now = m_clock.currentDateTimeUtc().toMSecsSinceEpoch();
    std::optional<LogEventStore::Stream> stream = m_store.stream(streamName);
    if (!stream) {
        stream = m_store.createStream(streamName, now);
    }
    qint64 offset = stream->sourceOffset;
    const qint64 size = info.size();
    if (size < offset) {
        offset = 0; // a new file (the instance was deleted and created again): the stream goes on
    }
    if (size == offset) {
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(offset)) {
        return;
    }
    QByteArray data = file.read(std::min(size - offset, kMaxReadBytes));
    if (!wholeLastLine || data.size() == kMaxReadBytes) {
        data.truncate(data.lastIndexOf('\n') + 1);
    }
    if (data.isEmpty()) {
        return;
    }
    QList<LogEventStore::Event> events;
    qint64 timestamp = now;
    for (qsizetype start = 0; start < data.size();) {
        qsizetype end = data.indexOf('\n', start);
        if (end < 0) {
            end = data.size();
        }
        QByteArrayView line(data.constData() + start, end - start);
        start = end + 1;
        while (line.endsWith('\r')) {
            line.chop(1);
        }
        if (line.trimmed().isEmpty()) {
            continue; // CloudWatch Logs has no empty events
        }
        LogEventStore::Event event;
        event.message = QString::fromUtf8(line);
        if (jupyter) {
            timestamp = jupyterTime(event.message, now).value_or(timestamp);
        }
        event.timestamp = timestamp;
        event.ingestionTime = now;
        events.append(std::move(event));
    }
    m_store.append(*stream, events, offset + data.size());
}

} // namespace SageDesk::Local
