#pragma once

#include <QSqlDatabase>
#include <QString>

#include <span>

namespace SageDesk {

// One SQLite database through Qt SQL, opened the way every SageDesk store needs it:
//   - its own connection, named uniquely, so that two stores (or two tests) in one process never
//     share a connection or close each other's;
//   - write-ahead logging, so that readers never block the writer and a kill leaves the last commit;
//   - a busy timeout, so that a second process writing at the same moment waits instead of failing;
//   - versioned migrations: the schema version lives in PRAGMA user_version, and each migration the
//     database has not seen yet runs once, in order, in its own transaction;
//   - owner-only files: the database and its -wal and -shm hold account ids, ARNs and roles.
class SqliteDatabase final
{
public:
    // Each entry moves the schema one version up: entry N takes user_version N to N + 1. An entry may
    // hold several statements separated by ';' (none inside a literal). Never edit an entry that has
    // shipped; add one.
    using Migrations = std::span<const char* const>;

    static constexpr int kBusyTimeoutMs = 5000;

    // `purpose` names the connection ("sagedesk-<purpose>-<uuid>"), as Qt's warnings show it.
    explicit SqliteDatabase(const QString& purpose);
    ~SqliteDatabase();
    Q_DISABLE_COPY_MOVE(SqliteDatabase)

    // Opens `path` (":memory:" for an in-memory database), creating it owner-only, and runs the
    // migrations it lacks. A database already newer than `migrations` is opened as it is. False with
    // the reason in errorString(); the connection is then closed.
    bool open(const QString& path, Migrations migrations);
    bool isOpen() const;
    QString errorString() const { return m_error; }

    QString connectionName() const { return m_connectionName; }
    QSqlDatabase connection() const;
    // PRAGMA user_version, or -1 when it cannot be read.
    int userVersion() const;

    // One statement; false with the reason in errorString().
    bool exec(const QString& statement);
    // Commits the open transaction, or rolls it back when that fails; false with the reason in
    // errorString().
    bool commit();

private:
    bool migrate(Migrations migrations);
    void restrictPermissions(const QString& path) const;

    QString m_connectionName;
    QString m_error;
};

} // namespace SageDesk
