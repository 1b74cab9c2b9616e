#include "local/logs/LogEventStore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>

namespace SageDesk::Local {

namespace {

// Each entry moves the schema one version up; never edit an entry that has shipped.
const char* const kMigrations[] = {
    "CREATE TABLE log_streams (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
    "creation_time INTEGER NOT NULL, event_count INTEGER NOT NULL DEFAULT 0, first_event INTEGER, "
    "last_event INTEGER, last_ingestion INTEGER, source_offset INTEGER NOT NULL DEFAULT 0);"
    "CREATE TABLE log_events (stream_id INTEGER NOT NULL, seq INTEGER NOT NULL, timestamp INTEGER NOT NULL, "
    "ingestion_time INTEGER NOT NULL, message TEXT NOT NULL, PRIMARY KEY (stream_id, seq)) WITHOUT ROWID;"
    "CREATE INDEX log_events_by_time ON log_events (timestamp, stream_id, seq)",
};

const QString kStreamColumns = QStringLiteral(
    "id, name, creation_time, event_count, first_event, last_event, last_ingestion, source_offset");

std::optional<qint64> optionalTime(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional(value.toLongLong());
}

LogEventStore::Stream streamOf(const QSqlQuery& query)
{
    LogEventStore::Stream stream;
    stream.id = query.value(0).toLongLong();
    stream.name = query.value(1).toString();
    stream.creationTime = query.value(2).toLongLong();
    stream.eventCount = query.value(3).toLongLong();
    stream.firstEventTimestamp = optionalTime(query.value(4));
    stream.lastEventTimestamp = optionalTime(query.value(5));
    stream.lastIngestionTime = optionalTime(query.value(6));
    stream.sourceOffset = query.value(7).toLongLong();
    return stream;
}

LogEventStore::Event eventOf(const QSqlQuery& query)
{
    return {query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong(),
            query.value(3).toString(), query.value(4).toLongLong()};
}

QString timeConditions(const LogEventStore::TimeRange& range)
{
    QString conditions;
    if (range.startTime > 0) {
        conditions += QStringLiteral(" AND timestamp >= %1").arg(range.startTime);
    }
    if (range.endTime > 0) {
        conditions += QStringLiteral(" AND timestamp <= %1").arg(range.endTime);
    }
    return conditions;
}

} // namespace

LogEventStore::LogEventStore()
    : m_db(QStringLiteral("logs"))
{}

LogEventStore::~LogEventStore() = default;

bool LogEventStore::open(const QString& path)
{
    if (!m_db.open(path, kMigrations) || !m_db.exec(QStringLiteral("PRAGMA synchronous=NORMAL"))) {
        m_error = m_db.errorString();
        return false;
    }
    return true;
}

std::optional<LogEventStore::Stream> LogEventStore::stream(const QString& name) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM log_streams WHERE name = ?").arg(kStreamColumns));
    query.addBindValue(name);
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    return streamOf(query);
}

QList<LogEventStore::Stream> LogEventStore::streams(const QString& prefix) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(
        QStringLiteral("SELECT %1 FROM log_streams WHERE substr(name, 1, ?) = coalesce(?, '') ORDER BY name")
            .arg(kStreamColumns));
    query.addBindValue(prefix.size());
    query.addBindValue(prefix);
    QList<Stream> streams;
    if (query.exec()) {
        while (query.next()) {
            streams.append(streamOf(query));
        }
    }
    return streams;
}

LogEventStore::Stream LogEventStore::createStream(const QString& name, qint64 creationTime)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO log_streams (name, creation_time) VALUES (?, ?)"));
    query.addBindValue(name);
    query.addBindValue(creationTime);
    query.exec();
    return stream(name).value_or(Stream{});
}

bool LogEventStore::append(const Stream& stream, const QList<Event>& events, qint64 sourceOffset)
{
    QSqlDatabase db = m_db.connection();
    if (!db.transaction()) {
        m_error = db.lastError().text();
        return false;
    }
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO log_events (stream_id, seq, timestamp, ingestion_time, "
                                  "message) VALUES (?, ?, ?, ?, ?)"));
    qint64 seq = stream.eventCount;
    std::optional<qint64> first = stream.firstEventTimestamp;
    std::optional<qint64> last = stream.lastEventTimestamp;
    qint64 ingestion = stream.lastIngestionTime.value_or(0);
    bool ok = true;
    for (const Event& event : events) {
        insert.bindValue(0, stream.id);
        insert.bindValue(1, seq++);
        insert.bindValue(2, event.timestamp);
        insert.bindValue(3, event.ingestionTime);
        insert.bindValue(4, event.message);
        ok = ok && insert.exec();
        first = first ? std::min(*first, event.timestamp) : event.timestamp;
        last = last ? std::max(*last, event.timestamp) : event.timestamp;
        ingestion = std::max(ingestion, event.ingestionTime);
    }
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE log_streams SET event_count = ?, first_event = ?, last_event = ?, "
                                  "last_ingestion = ?, source_offset = ? WHERE id = ?"));
    update.addBindValue(seq);
    update.addBindValue(first ? QVariant(*first) : QVariant());
    update.addBindValue(last ? QVariant(*last) : QVariant());
    update.addBindValue(ingestion > 0 ? QVariant(ingestion) : QVariant());
    update.addBindValue(sourceOffset);
    update.addBindValue(stream.id);
    ok = ok && update.exec();
    if (!ok) {
        m_error = insert.lastError().isValid() ? insert.lastError().text() : update.lastError().text();
        db.rollback();
        return false;
    }
    return db.commit();
}

bool LogEventStore::setSourceOffset(const Stream& stream, qint64 sourceOffset)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE log_streams SET source_offset = ? WHERE id = ?"));
    query.addBindValue(sourceOffset);
    query.addBindValue(stream.id);
    return query.exec();
}

QList<LogEventStore::Event> LogEventStore::events(qint64 streamId, qint64 fromSeq, qint64 toSeq,
                                                  TimeRange range, int limit, bool fromEnd) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT seq, timestamp, ingestion_time, message, stream_id FROM log_events "
                                 "WHERE stream_id = ? AND seq >= ? AND seq < ?%1 ORDER BY seq %2 LIMIT ?")
                      .arg(timeConditions(range), fromEnd ? QStringLiteral("DESC") : QStringLiteral("ASC")));
    query.addBindValue(streamId);
    query.addBindValue(fromSeq);
    query.addBindValue(toSeq);
    query.addBindValue(limit);
    QList<Event> events;
    if (query.exec()) {
        while (query.next()) {
            events.append(eventOf(query));
        }
    }
    if (fromEnd) {
        std::reverse(events.begin(), events.end());
    }
    return events;
}

QList<LogEventStore::Event>
LogEventStore::eventsInTimeOrder(const QList<qint64>& streamIds, TimeRange range, qint64 fromTimestamp,
                                 qint64 fromStreamId, qint64 fromSeq, int limit,
                                 const std::function<bool(const QString&)>& accept) const
{
    if (streamIds.isEmpty()) {
        return {};
    }
    QStringList ids;
    for (const qint64 id : streamIds) {
        ids << QString::number(id);
    }
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT seq, timestamp, ingestion_time, message, stream_id FROM log_events "
                                 "WHERE stream_id IN (%1) AND (timestamp, stream_id, seq) >= (?, ?, ?)%2 "
                                 "ORDER BY timestamp, stream_id, seq")
                      .arg(ids.join(u','), timeConditions(range)));
    query.addBindValue(fromTimestamp);
    query.addBindValue(fromStreamId);
    query.addBindValue(fromSeq);
    QList<Event> events;
    if (query.exec()) {
        while (events.size() <= limit && query.next()) {
            if (!accept || accept(query.value(3).toString())) {
                events.append(eventOf(query));
            }
        }
    }
    return events;
}

} // namespace SageDesk::Local
