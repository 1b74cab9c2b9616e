#pragma once

#include "local/s3/ObjectMetadata.h"

#include <QString>
#include <QStringList>

#include <map>
#include <memory>
#include <optional>

namespace SageDesk::Local {

class LocalBuckets;
class ObjectIndex;

// The objects of the buckets on disk. A key that is a plain relative path ("data/train.csv": no empty,
// "." or ".." segment, each segment a valid file name) whose place is free is a real file at that
// path in the bucket folder, so notebooks see it through their s3/<bucket> link. Every other key
// ("a/" folder markers, "../x", "a" beside "a/b" or "a/b" beside "a") lives in the bucket's side store
// under the SHA-256 of the key, so no key can name a path outside the bucket. Metadata of both kinds
// is in the bucket's ObjectIndex (an SQLite database in the store); a plain file changed from a
// notebook (its size or time no longer matching its record) is taken as it is, with a fresh MD5.
class ObjectStore final
{
public:
    explicit ObjectStore(const LocalBuckets& buckets);
    ~ObjectStore();
    Q_DISABLE_COPY_MOVE(ObjectStore)

    static bool isPlainKey(const QString& key);
    bool bucketExists(const QString& bucket) const;
    // The bucket's store folder (metadata, side objects, uploads, temporary files).
    QString storeFolder(const QString& bucket) const;
    static QByteArray md5Etag(const QString& path);

    struct Object
    {
        QString dataPath;
        ObjectMetadata metadata;
    };
    std::optional<Object> find(const QString& bucket, const QString& key) const;
    // A new path in the bucket's store for an upload or copy to write to before put().
    QString temporaryPath(const QString& bucket) const;
    // Moves the finished `temporaryPath` into place as `metadata.key`; false (and the temporary file
    // removed) when the disk refuses.
    bool put(const QString& bucket, const QString& temporaryPath, ObjectMetadata metadata) const;
    void remove(const QString& bucket, const QString& key) const;
    bool hasObjects(const QString& bucket) const;
    // Closes the bucket's index, before DeleteBucket removes its folders.
    void forgetBucket(const QString& bucket) const;

    struct Listing
    {
        QList<ObjectMetadata> objects;
        QStringList commonPrefixes;
        bool truncated = false;
        QString last; // the last key or common prefix returned, where the next page starts
    };
    // Keys in UTF-8 byte order after `after` (exclusive; with `afterIsPrefix` every key under it too).
    Listing list(const QString& bucket, const QString& prefix, const QString& delimiter, const QString& after,
                 bool afterIsPrefix, int maxKeys) const;

private:
    // The bucket's index, opened (and earlier builds' records imported) on first use; null when the
    // database cannot be opened.
    ObjectIndex* index(const QString& bucket) const;
    QString sidePath(const QString& bucket, const QString& key) const;
    // The file of a plain key if every folder on the way is a real folder (no link), else empty.
    QString plainPath(const QString& bucket, const QString& key) const;
    bool placePlain(const QString& bucket, const QString& key, QString* path) const;
    std::optional<ObjectMetadata> readMeta(const QString& bucket, const QString& key) const;
    bool writeMeta(const QString& bucket, const ObjectMetadata& metadata) const;
    // `record`: the key's row in the index, if it has one.
    std::optional<Object> findWith(const QString& bucket, const QString& key,
                                   const std::optional<ObjectMetadata>& record) const;
    std::optional<Object> findPlain(const QString& bucket, const QString& key, const QString& path,
                                    const std::optional<ObjectMetadata>& record) const;

    const LocalBuckets& m_buckets;
    // A cache of open databases, not state of the store: lookups stay const.
    mutable std::map<QString, std::unique_ptr<ObjectIndex>> m_indexes;
};

} // namespace SageDesk::Local
