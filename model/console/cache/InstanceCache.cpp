#include "console/cache/InstanceCache.h"

#include "core/Redaction.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

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

} // namespace

InstanceCache::InstanceCache()
    : m_connection(QStringLiteral("sagedesk-cache-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

InstanceCache::~InstanceCache()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString InstanceCache::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/cache.sqlite");
}

bool InstanceCache::open(const QString& path)
{
    if (path != QLatin1String(":memory:")) {
        QDir().mkpath(QFileInfo(path).absolutePath());
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    if (!db.open()) {
        m_lastError = db.lastError().text();
        return false;
    }
    exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    return migrate();
}

bool InstanceCache::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && QSqlDatabase::database(m_connection, false).isOpen();
}

bool InstanceCache::exec(const QString& statement)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(statement)) {
        m_lastError = query.lastError().text();
        return false;
    }
    return true;
}

int InstanceCache::schemaVersion() const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next()) {
        return query.value(0).toInt();
    }
    return -1;
}

bool InstanceCache::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    for (int version = schemaVersion(); version >= 0 && version < kSchemaVersion; ++version) {
        db.transaction();
        // QSQLITE runs one statement per exec.
        const QStringList statements =
            QString::fromLatin1(kMigrations[version]).split(QLatin1Char(';'), Qt::SkipEmptyParts);
        for (const QString& statement : statements) {
            if (!exec(statement)) {
                db.rollback();
                return false;
            }
        }
        if (!exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1)) || !db.commit()) {
            db.rollback();
            return false;
        }
    }
    return schemaVersion() == kSchemaVersion;
}

bool InstanceCache::saveList(const QString& scope, const QList<NotebookInstance>& instances,
                             const QDateTime& fetchedAt)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
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
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
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
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
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
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
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
