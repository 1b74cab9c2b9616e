#pragma once

#include "core/SqliteDatabase.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace SageDesk::Local {

// The log streams of sagedesk-local's one log group and their events, durable in SQLite
// (<data>/logs.sqlite, apart from the endpoint's state so that a 10,000-line script never slows a
// ListNotebookInstances). Events are numbered per stream from 0 (`seq`) in the order they were
// ingested; paging tokens are built on those numbers. Streams outlive their instance, as on AWS.
class LogEventStore final
{
public:
    struct Stream
    {
        qint64 id = 0;
        QString name;
        qint64 creationTime = 0; // ms since the epoch, as every time here
        qint64 eventCount = 0;
        std::optional<qint64> firstEventTimestamp;
        std::optional<qint64> lastEventTimestamp;
        std::optional<qint64> lastIngestionTime;
        // How far the stream's source file has been read.
        qint64 sourceOffset = 0;
    };
    struct Event
    {
        qint64 seq = 0;
        qint64 timestamp = 0;
        qint64 ingestionTime = 0;
        QString message;
        qint64 streamId = 0;
    };
    // A time range; 0 leaves that end open.
    struct TimeRange
    {
        qint64 startTime = 0;
        qint64 endTime = 0;
    };

    LogEventStore();
    ~LogEventStore();
    Q_DISABLE_COPY_MOVE(LogEventStore)

    bool open(const QString& path);
    QString errorString() const { return m_error; }

    std::optional<Stream> stream(const QString& name) const;
    // By name, those starting with `prefix`.
    QList<Stream> streams(const QString& prefix = {}) const;
    Stream createStream(const QString& name, qint64 creationTime);
    // Appends `events` (timestamp, ingestion time and message; seq is assigned) and moves the
    // source offset, in one transaction.
    bool append(const Stream& stream, const QList<Event>& events, qint64 sourceOffset);
    bool setSourceOffset(const Stream& stream, qint64 sourceOffset);

    // Events of one stream with seq in [fromSeq, toSeq) within `range`: the first `limit` of them
    // oldest first, or with `fromEnd` the last `limit` (still answered oldest first).
    QList<Event> events(qint64 streamId, qint64 fromSeq, qint64 toSeq, TimeRange range, int limit,
                        bool fromEnd) const;
    // Events of `streamIds` within `range`, in time order (ties by stream and seq), starting at the
    // position (timestamp, streamId, seq); `accept` picks, and reading stops after `limit` accepted
    // events plus one (the next page's first, returned last).
    QList<Event> eventsInTimeOrder(const QList<qint64>& streamIds, TimeRange range, qint64 fromTimestamp,
                                   qint64 fromStreamId, qint64 fromSeq, int limit,
                                   const std::function<bool(const QString&)>& accept) const;

private:
    SqliteDatabase m_db;
    QString m_error;
};

} // namespace SageDesk::Local
