#pragma once

#include "core/SqliteDatabase.h"
#include "local/s3/ObjectMetadata.h"

#include <QList>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace SageDesk::Local {

// The metadata of one bucket's objects, one row per key in <store>/objects.sqlite, so that a small
// PutObject writes one file (its bytes) and one row instead of a second file for the record: creating
// a file costs hundreds of microseconds on some disks, an SQLite commit tens.
// Keys are the BLOB of their UTF-8 bytes, which SQLite compares byte by byte: the index is in S3's
// listing order (UTF-8 binary), whatever the characters.
// Commits are not synced (synchronous=NORMAL with write-ahead logging): a crash of the endpoint loses
// nothing committed; a power cut may lose the last rows, after which a row no longer matches its file
// and ObjectStore rebuilds it from the file, as it does for a file changed from a notebook.
// Records of earlier builds (meta/<sha256>.json beside the database) are moved in on first open.
class ObjectIndex final
{
public:
    ObjectIndex();
    Q_DISABLE_COPY_MOVE(ObjectIndex)

    // Opens (creating, migrating and importing) the index in `storeFolder`; false with errorString().
    bool open(const QString& storeFolder);
    QString errorString() const { return m_error; }

    std::optional<ObjectMetadata> find(const QString& key);
    // Inserts or replaces the record of metadata.key.
    bool put(const ObjectMetadata& metadata);
    bool remove(const QString& key);
    // The records whose keys start with `prefix` and come after `after` (exclusive), in key order.
    QList<ObjectMetadata> range(const QString& prefix, const QString& after);

    static QString fileName() { return QStringLiteral("objects.sqlite"); }

private:
    bool importJsonRecords(const QString& folder);
    static ObjectMetadata recordOf(const QSqlQuery& query);

    SqliteDatabase m_db;
    // Prepared once: preparing costs more than running these small statements.
    QSqlQuery m_find;
    QSqlQuery m_put;
    QSqlQuery m_remove;
    QSqlQuery m_range;
    QString m_error;
};

} // namespace SageDesk::Local
