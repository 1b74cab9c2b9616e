#include "core/SqliteDatabase.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>

namespace SageDesk {

namespace {

constexpr auto kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

bool isFile(const QString& path)
{
    return !path.isEmpty() && path != QLatin1String(":memory:");
}

} // namespace

SqliteDatabase::SqliteDatabase(const QString& purpose)
    : m_connectionName(
          QStringLiteral("sagedesk-%1-%2").arg(purpose, QUuid::createUuid().toString(QUuid::WithoutBraces)))
{}

SqliteDatabase::~SqliteDatabase()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool SqliteDatabase::open(const QString& path, Migrations migrations)
{
    if (isFile(path) && !QFile::exists(path)) {
        // Created owner-only before SQLite sees it: SQLite would create it with the umask's mode, and
        // it gives the -wal and -shm files the mode of the database file.
        QFile file(path);
        static_cast<void>(file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnly));
    }
    QSqlDatabase db = QSqlDatabase::contains(m_connectionName)
                          ? QSqlDatabase::database(m_connectionName, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    if (!db.open()) {
        m_error = db.lastError().text();
        return false;
    }
    // An in-memory database answers "memory" without an error; only a real failure stops here.
    if (!exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !migrate(migrations)) {
        db.close();
        return false;
    }
    if (isFile(path)) {
        restrictPermissions(path);
    }
    return true;
}

bool SqliteDatabase::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QSqlDatabase SqliteDatabase::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int SqliteDatabase::userVersion() const
{
    QSqlQuery query(connection());
    return query.exec(QStringLiteral("PRAGMA user_version")) && query.next() ? query.value(0).toInt() : -1;
}

bool SqliteDatabase::exec(const QString& statement)
{
    QSqlQuery query(connection());
    if (!query.exec(statement)) {
        m_error = query.lastError().text();
        return false;
    }
    return true;
}

bool SqliteDatabase::migrate(Migrations migrations)
{
    QSqlDatabase db = connection();
    const int latest = static_cast<int>(migrations.size());
    int version = userVersion();
    if (version < 0) {
        m_error = QStringLiteral("The schema version of the database could not be read.");
        return false;
    }
    for (; version < latest; ++version) {
        db.transaction();
        // QSQLITE runs one statement per exec.
        const QStringList statements =
            QString::fromUtf8(migrations[static_cast<std::size_t>(version)]).split(u';', Qt::SkipEmptyParts);
        for (const QString& statement : statements) {
            if (statement.trimmed().isEmpty()) {
                continue;
            }
            if (!exec(statement)) {
                db.rollback();
                return false;
            }
        }
        if (!exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1))) {
            db.rollback();
            return false;
        }
        if (!commit()) {
            return false;
        }
    }
    return true;
}

bool SqliteDatabase::commit()
{
    QSqlDatabase db = connection();
    if (!db.commit()) {
        m_error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

void SqliteDatabase::restrictPermissions(const QString& path) const
{
    // Also tightens a database (and its -wal and -shm) created by an older SageDesk with the umask's
    // mode; SQLite gives files it creates later the database file's mode.
    for (const QString& file : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
        if (QFile::exists(file)) {
            QFile::setPermissions(file, kOwnerOnly);
        }
    }
}

} // namespace SageDesk
