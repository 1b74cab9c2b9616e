#include "console/cache/InstanceCache.h"

#include "core/PrivateFiles.h"
#include "core/Redaction.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace SageDesk {

namespace {

// Each entry migrates the schema from version N to N + 1; existing caches are upgraded in order.
const char* const kMigrations[] = {
    "CREATE TABLE instance_list (scope TEXT NOT NULL, name TEXT NOT NULL, json TEXT NOT NULL, "
    "PRIMARY KEY (scope, name));"
    "CREATE TABLE list_snapshot (scope TEXT PRIMARY KEY, fetched_at INTEGER NOT NULL);"
    "CREATE TABLE status_event (id INTEGER PRIMARY KEY AUTOINCREMENT, scope TEXT NOT NULL, "
    "name TEXT NOT NULL, previous TEXT, status TEXT NOT NULL, failure_reason TEXT, at INTEGER NOT NULL);"
    "CREATE INDEX status_event_by_instance ON status_event (scope, name, at);",
};
static_assert(std::size(kMigrations) == InstanceCache::kSchemaVersion);

} // namespace

InstanceCache::InstanceCache()
    : m_db(QStringLiteral("cache"))
{}

InstanceCache::~InstanceCache() = default;

QString InstanceCache::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/cache.sqlite");
}

bool InstanceCache::open(const QString& path)
{
    if (path != QLatin1String(":memory:")) {
        // Owner-only from the start: the cache holds the account's instance names, roles and URLs.
        PrivateFiles::makePath(QFileInfo(path).absolutePath());
    }
    if (!m_db.open(path, kMigrations)) {
        m_lastError = m_db.errorString();
        return false;
    }
    // A cache written by a newer SageDesk has tables this one does not know how to fill.
    return schemaVersion() == kSchemaVersion;
}

bool InstanceCache::isOpen() const
{
    return m_db.isOpen();
}

int InstanceCache::schemaVersion() const
{
    return m_db.userVersion();
}

bool InstanceCache::saveList(const QString& scope, const QList<NotebookInstance>& instances,
                             const QDateTime& fetchedAt)
{
    QSqlDatabase db = m_db.connection();
    if (!db.isOpen()) {
        return false;
    }
    db.transaction();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM instance_list WHERE scope = ?"));
    query.addBindValue(scope);
    bool ok = query.exec();
    query.prepare(QStringLiteral("INSERT INTO instance_list (scope, name, json) VALUES (?, ?, ?)"));
    for (const NotebookInstance& instance : instances) {
        if (!ok) {
            break;
        }
        query.addBindValue(scope);
        query.addBindValue(instance.notebookInstanceName);
        query.addBindValue(Redaction::redact(
            QString::fromUtf8(QJsonDocument(instance.toJson()).toJson(QJsonDocument::Compact))));
        ok = query.exec();
    }
    if (ok) {
        query.prepare(
            QStringLiteral("INSERT OR REPLACE INTO list_snapshot (scope, fetched_at) VALUES (?, ?)"));
        query.addBindValue(scope);
        query.addBindValue(fetchedAt.toMSecsSinceEpoch());
        ok = query.exec();
    }
    if (!ok) {
        m_lastError = query.lastError().text();
        db.rollback();
        return false;
    }
    return db.commit();
}

std::optional<CachedInstanceList> InstanceCache::loadList(const QString& scope) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT fetched_at FROM list_snapshot WHERE scope = ?"));
    query.addBindValue(scope);
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    CachedInstanceList list;
    list.fetchedAt = QDateTime::fromMSecsSinceEpoch(query.value(0).toLongLong(), Qt::UTC);
    query.prepare(QStringLiteral("SELECT json FROM instance_list WHERE scope = ? ORDER BY rowid"));
    query.addBindValue(scope);
    if (!query.exec()) {
        return std::nullopt;
    }
    while (query.next()) {
        list.instances.append(
            NotebookInstance::fromJson(QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object()));
    }
    return list;
}

bool InstanceCache::recordEvent(const QString& scope, const StatusEvent& event)
{
    QSqlQuery query(m_db.connection());
    query.prepare(
        QStringLiteral("INSERT INTO status_event (scope, name, previous, status, failure_reason, at) "
                       "VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(scope);
    query.addBindValue(event.notebookInstanceName);
    query.addBindValue(event.previous ? NotebookInstanceStatuses::toString(*event.previous) : QString());
    query.addBindValue(NotebookInstanceStatuses::toString(event.status));
    query.addBindValue(Redaction::redact(event.failureReason));
    query.addBindValue(event.at.toMSecsSinceEpoch());
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    return true;
}

QList<StatusEvent> InstanceCache::history(const QString& scope, const QString& notebookInstanceName) const
{
    QList<StatusEvent> events;
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT previous, status, failure_reason, at FROM status_event "
                                 "WHERE scope = ? AND name = ? ORDER BY at, id"));
    query.addBindValue(scope);
    query.addBindValue(notebookInstanceName);
    if (!query.exec()) {
        return events;
    }
    while (query.next()) {
        StatusEvent event;
        event.notebookInstanceName = notebookInstanceName;
        event.previous = NotebookInstanceStatuses::fromString(query.value(0).toString());
        event.status = NotebookInstanceStatuses::fromString(query.value(1).toString())
                           .value_or(NotebookInstanceStatus::Pending);
        event.failureReason = query.value(2).toString();
        event.at = QDateTime::fromMSecsSinceEpoch(query.value(3).toLongLong(), Qt::UTC);
        events.append(event);
    }
    return events;
}

} // namespace SageDesk
