#pragma once

#include "core/SqliteDatabase.h"
#include "domain/NotebookInstance.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace SageDesk {

// One status transition seen by SageDesk, as the event log keeps it.
struct StatusEvent
{
    QString notebookInstanceName;
    std::optional<NotebookInstanceStatus> previous; // nullopt: first seen
    NotebookInstanceStatus status = NotebookInstanceStatus::Pending;
    QString failureReason;
    QDateTime at;
};

// The last list seen per account and region.
struct CachedInstanceList
{
    QList<NotebookInstance> instances;
    QDateTime fetchedAt;
};

// The offline cache and the status event log: SQLite (Qt SQL) in the app data folder. A scope is one
// account and region ("123456789012/eu-west-1", "local/us-east-1"). Everything written goes through
// Redaction first, so no secret can reach the file even if a field carries one.
class InstanceCache final
{
public:
    InstanceCache();
    ~InstanceCache();
    InstanceCache(const InstanceCache&) = delete;
    InstanceCache& operator=(const InstanceCache&) = delete;

    // Opens (creating and migrating) the database; ":memory:" for an in-memory one.
    bool open(const QString& path);
    bool isOpen() const;
    QString lastError() const { return m_lastError; }
    int schemaVersion() const;
    static QString defaultPath(); // <AppDataLocation>/cache.sqlite

    bool saveList(const QString& scope, const QList<NotebookInstance>& instances, const QDateTime& fetchedAt);
    std::optional<CachedInstanceList> loadList(const QString& scope) const;

    bool recordEvent(const QString& scope, const StatusEvent& event);
    QList<StatusEvent> history(const QString& scope, const QString& notebookInstanceName) const;

    static constexpr int kSchemaVersion = 1;

private:
    SqliteDatabase m_db;
    QString m_lastError;
};

} // namespace SageDesk
