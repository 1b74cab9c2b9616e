#include "local/s3/ObjectIndex.h"

#include <QDir>
#include <QFile>
#include <QSqlError>

namespace SageDesk::Local {

namespace {

// Each entry moves the schema one version up; never edit an entry that has shipped.
const char* const kMigrations[] = {
    "CREATE TABLE objects (key BLOB PRIMARY KEY NOT NULL, side INTEGER NOT NULL, etag TEXT NOT NULL, "
    "size INTEGER NOT NULL, last_modified INTEGER NOT NULL, data_modified INTEGER NOT NULL, "
    "headers BLOB NOT NULL, user_metadata BLOB NOT NULL, checksum_algorithm TEXT NOT NULL, "
    "checksum TEXT NOT NULL, parts INTEGER NOT NULL) WITHOUT ROWID",
};

const auto kColumns = QLatin1String("key, side, etag, size, last_modified, data_modified, headers, "
                                    "user_metadata, checksum_algorithm, checksum, parts");

// A key (or prefix) as the BLOB the index compares. Never a null QByteArray: Qt binds that as NULL,
// and every comparison with NULL is false.
QByteArray blob(const QString& key)
{
    const QByteArray bytes = key.toUtf8();
    return bytes.isNull() ? QByteArray("", 0) : bytes;
}

// Text the same way: a null QString would be NULL in a NOT NULL column.
QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString insertStatement(const char* conflict)
{
    return QStringLiteral("INSERT OR %1 INTO objects (%2) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .arg(QLatin1String(conflict), kColumns);
}

void bindRecord(QSqlQuery& query, const ObjectMetadata& metadata)
{
    query.bindValue(0, blob(metadata.key));
    query.bindValue(1, metadata.side ? 1 : 0);
    query.bindValue(2, text(QString::fromLatin1(metadata.etag)));
    query.bindValue(3, metadata.size);
    query.bindValue(4, metadata.lastModified.toMSecsSinceEpoch());
    query.bindValue(5, metadata.dataModifiedMs);
    query.bindValue(6, ObjectMetadata::pairsToJson(metadata.headers));
    query.bindValue(7, ObjectMetadata::pairsToJson(metadata.userMetadata));
    query.bindValue(8, text(metadata.checksumAlgorithm));
    query.bindValue(9, text(QString::fromLatin1(metadata.checksumValue)));
    query.bindValue(10, metadata.partsCount);
}

} // namespace

ObjectIndex::ObjectIndex()
    : m_db(QStringLiteral("s3-objects"))
{}

bool ObjectIndex::open(const QString& storeFolder)
{
    // Safe with write-ahead logging: a crash loses no committed write, only a power cut might.
    if (!QDir().mkpath(storeFolder) || !m_db.open(QDir(storeFolder).filePath(fileName()), kMigrations) ||
        !m_db.exec(QStringLiteral("PRAGMA synchronous=NORMAL"))) {
        m_error = m_db.errorString();
        return false;
    }
    const QSqlDatabase db = m_db.connection();
    m_find = QSqlQuery(db);
    m_put = QSqlQuery(db);
    m_remove = QSqlQuery(db);
    m_range = QSqlQuery(db);
    for (QSqlQuery* query : {&m_find, &m_put, &m_remove, &m_range}) {
        query->setForwardOnly(true);
    }
    if (!m_find.prepare(QStringLiteral("SELECT %1 FROM objects WHERE key = ?").arg(kColumns)) ||
        !m_put.prepare(insertStatement("REPLACE")) ||
        !m_remove.prepare(QStringLiteral("DELETE FROM objects WHERE key = ?")) ||
        !m_range.prepare(
            QStringLiteral("SELECT %1 FROM objects WHERE key >= ? AND key > ? ORDER BY key").arg(kColumns))) {
        m_error = db.lastError().text();
        return false;
    }
    return importJsonRecords(storeFolder);
}

bool ObjectIndex::importJsonRecords(const QString& folder)
{
    QDir meta(QDir(folder).filePath(QStringLiteral("meta")));
    if (!meta.exists()) {
        return true;
    }
    QSqlDatabase db = m_db.connection();
    QSqlQuery insert(db);
    // A row already there is newer than the file: an import that committed and was cut short before
    // the folder went is run again on the next open.
    if (!insert.prepare(insertStatement("IGNORE")) || !db.transaction()) {
        m_error = db.lastError().text();
        return false;
    }
    for (const QString& name : meta.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        QFile file(meta.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        const auto metadata = ObjectMetadata::fromJson(file.readAll());
        if (!metadata || metadata->key.isEmpty()) {
            continue; // half-written by a crash: ObjectStore adopts its file afresh
        }
        bindRecord(insert, *metadata);
        if (!insert.exec()) {
            m_error = insert.lastError().text();
            db.rollback();
            return false;
        }
    }
    if (!m_db.commit()) {
        m_error = m_db.errorString();
        return false;
    }
    meta.removeRecursively();
    return true;
}

ObjectMetadata ObjectIndex::recordOf(const QSqlQuery& query)
{
    ObjectMetadata metadata;
    metadata.key = QString::fromUtf8(query.value(0).toByteArray());
    metadata.side = query.value(1).toInt() != 0;
    metadata.etag = query.value(2).toString().toLatin1();
    metadata.size = query.value(3).toLongLong();
    metadata.lastModified = QDateTime::fromMSecsSinceEpoch(query.value(4).toLongLong(), Qt::UTC);
    metadata.dataModifiedMs = query.value(5).toLongLong();
    metadata.headers = ObjectMetadata::pairsFromJson(query.value(6).toByteArray());
    metadata.userMetadata = ObjectMetadata::pairsFromJson(query.value(7).toByteArray());
    metadata.checksumAlgorithm = query.value(8).toString();
    metadata.checksumValue = query.value(9).toString().toLatin1();
    metadata.partsCount = query.value(10).toInt();
    return metadata;
}

std::optional<ObjectMetadata> ObjectIndex::find(const QString& key)
{
    m_find.bindValue(0, blob(key));
    std::optional<ObjectMetadata> found;
    if (m_find.exec() && m_find.next()) {
        found = recordOf(m_find);
    }
    // Ends the statement's read transaction, which would otherwise hold back the WAL's checkpoints.
    m_find.finish();
    return found;
}

bool ObjectIndex::put(const ObjectMetadata& metadata)
{
    bindRecord(m_put, metadata);
    const bool done = m_put.exec();
    m_put.finish();
    return done;
}

bool ObjectIndex::remove(const QString& key)
{
    m_remove.bindValue(0, blob(key));
    const bool done = m_remove.exec();
    m_remove.finish();
    return done;
}

QList<ObjectMetadata> ObjectIndex::range(const QString& prefix, const QString& after)
{
    QList<ObjectMetadata> records;
    const QByteArray prefixBytes = blob(prefix);
    m_range.bindValue(0, prefixBytes);
    m_range.bindValue(1, blob(after));
    if (m_range.exec()) {
        while (m_range.next()) {
            if (!m_range.value(0).toByteArray().startsWith(prefixBytes)) {
                break; // past the prefix: every key after it sorts later too
            }
            records.append(recordOf(m_range));
        }
    }
    m_range.finish();
    return records;
}

} // namespace SageDesk::Local
