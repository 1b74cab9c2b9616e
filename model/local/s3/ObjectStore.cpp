#include "local/s3/ObjectStore.h"

#include "core/Digest.h"
#include "local/s3/LocalBuckets.h"
#include "local/s3/ObjectIndex.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QUuid>

#include <algorithm>
#include <filesystem>

namespace SageDesk::Local {

namespace {

QString keyHash(const QString& key)
{
    return QString::fromLatin1(Digest::hash(key.toUtf8(), Digest::Algorithm::Sha256).toHex());
}

bool isRealDirectory(const QString& path)
{
    const QFileInfo info(path);
    return info.isDir() && !info.isSymLink();
}

// rename() that replaces an existing file on Windows too (MoveFileEx there), atomically where the
// platform can.
bool replaceFile(const QString& from, const QString& to)
{
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(from.toStdU16String()),
                            std::filesystem::path(to.toStdU16String()), error);
    return !error;
}

qint64 modifiedMs(const QFileInfo& info)
{
    return info.lastModified().toUTC().toMSecsSinceEpoch();
}

} // namespace

ObjectStore::ObjectStore(const LocalBuckets& buckets)
    : m_buckets(buckets)
{}

ObjectStore::~ObjectStore() = default;

ObjectIndex* ObjectStore::index(const QString& bucket) const
{
    if (const auto it = m_indexes.find(bucket); it != m_indexes.end()) {
        return it->second.get();
    }
    auto index = std::make_unique<ObjectIndex>();
    if (!bucketExists(bucket) || !index->open(m_buckets.storeFolder(bucket))) {
        return nullptr;
    }
    return m_indexes.emplace(bucket, std::move(index)).first->second.get();
}

void ObjectStore::forgetBucket(const QString& bucket) const
{
    m_indexes.erase(bucket);
}

bool ObjectStore::isPlainKey(const QString& key)
{
    if (key.isEmpty() || key.contains(QChar(0)) || key.contains(QChar::ReplacementCharacter)) {
        return false;
    }
    for (const QStringView segment : QStringView(key).split(QLatin1Char('/'))) {
        if (segment.isEmpty() || segment == QLatin1String(".") || segment == QLatin1String("..") ||
            segment.toUtf8().size() > 255) {
            return false;
        }
    }
    return true;
}

bool ObjectStore::bucketExists(const QString& bucket) const
{
    return m_buckets.exists(bucket);
}

QString ObjectStore::storeFolder(const QString& bucket) const
{
    return m_buckets.storeFolder(bucket);
}

QByteArray ObjectStore::md5Etag(const QString& path)
{
    QFile file(path);
    Digest md5(Digest::Algorithm::Md5);
    if (file.open(QIODevice::ReadOnly)) {
        QByteArray chunk;
        while (!(chunk = file.read(1024 * 1024)).isEmpty()) {
            md5.addData(chunk);
        }
    }
    return md5.result().toHex();
}

QString ObjectStore::sidePath(const QString& bucket, const QString& key) const
{
    return m_buckets.storeFolder(bucket) + QStringLiteral("/side/") + keyHash(key);
}

QString ObjectStore::temporaryPath(const QString& bucket) const
{
    // The index is opened (for a new bucket: created, which syncs to disk) before the body comes, not
    // after: a sync behind a GiB of unwritten object waits for the disk to take all of it.
    index(bucket);
    const QString folder = m_buckets.storeFolder(bucket) + QStringLiteral("/tmp");
    QDir().mkpath(folder);
    return folder + QLatin1Char('/') + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString ObjectStore::plainPath(const QString& bucket, const QString& key) const
{
    if (!isPlainKey(key)) {
        return {};
    }
    QString path = m_buckets.folder(bucket);
    const QStringList segments = key.split(QLatin1Char('/'));
    for (qsizetype i = 0; i + 1 < segments.size(); ++i) {
        path += QLatin1Char('/') + segments[i];
        if (!isRealDirectory(path)) {
            return {};
        }
    }
    return path + QLatin1Char('/') + segments.last();
}

bool ObjectStore::placePlain(const QString& bucket, const QString& key, QString* path) const
{
    if (!isPlainKey(key)) {
        return false;
    }
    QString at = m_buckets.folder(bucket);
    const QStringList segments = key.split(QLatin1Char('/'));
    for (qsizetype i = 0; i + 1 < segments.size(); ++i) {
        at += QLatin1Char('/') + segments[i];
        const QFileInfo info(at);
        if (info.exists() || info.isSymLink()) {
            if (!info.isDir() || info.isSymLink()) {
                return false; // "a/b" while "a" is an object (or a link): the side store takes it
            }
        } else if (!QDir().mkdir(at) || !isRealDirectory(at)) {
            return false;
        }
    }
    at += QLatin1Char('/') + segments.last();
    const QFileInfo target(at);
    if (target.isDir() && !target.isSymLink()) {
        return false; // "a" while "a/b" exists
    }
    *path = at;
    return true;
}

std::optional<ObjectMetadata> ObjectStore::readMeta(const QString& bucket, const QString& key) const
{
    ObjectIndex* records = index(bucket);
    return records ? records->find(key) : std::nullopt;
}

bool ObjectStore::writeMeta(const QString& bucket, const ObjectMetadata& metadata) const
{
    // A row, committed without a sync, as the object's bytes are not synced either: an fdatasync per
    // object cost more than all the rest of a small PutObject. What a power cut could lose is at worst
    // a row that no longer matches its file, which find() then rebuilds from the file.
    ObjectIndex* records = index(bucket);
    return records && records->put(metadata);
}

std::optional<ObjectStore::Object> ObjectStore::findPlain(const QString& bucket, const QString& key,
                                                          const QString& path,
                                                          const std::optional<ObjectMetadata>& record) const
{
    const QFileInfo info(path);
    if (!info.isFile() || info.isSymLink()) {
        return std::nullopt;
    }
    auto metadata = record;
    if (!metadata || metadata->side || metadata->size != info.size() ||
        metadata->dataModifiedMs != modifiedMs(info)) {
        // Written from a notebook (or by an interrupted put): the file is the object.
        ObjectMetadata adopted;
        adopted.key = key;
        adopted.size = info.size();
        adopted.etag = md5Etag(path);
        adopted.lastModified = info.lastModified().toUTC();
        adopted.dataModifiedMs = modifiedMs(info);
        adopted.headers = {{"Content-Type", "binary/octet-stream"}};
        writeMeta(bucket, adopted);
        metadata = adopted;
    }
    return Object{path, *metadata};
}

std::optional<ObjectStore::Object> ObjectStore::find(const QString& bucket, const QString& key) const
{
    return findWith(bucket, key, readMeta(bucket, key));
}

std::optional<ObjectStore::Object> ObjectStore::findWith(const QString& bucket, const QString& key,
                                                         const std::optional<ObjectMetadata>& record) const
{
    if (const QString path = plainPath(bucket, key); !path.isEmpty()) {
        if (auto object = findPlain(bucket, key, path, record)) {
            return object;
        }
    }
    if (!record || !record->side) {
        return std::nullopt;
    }
    const QString side = sidePath(bucket, key);
    if (!QFileInfo(side).isFile()) {
        return std::nullopt;
    }
    return Object{side, *record};
}

bool ObjectStore::put(const QString& bucket, const QString& temporaryPath, ObjectMetadata metadata) const
{
    QString target;
    metadata.side = !placePlain(bucket, metadata.key, &target);
    if (metadata.side) {
        target = sidePath(bucket, metadata.key);
        QDir().mkpath(QFileInfo(target).absolutePath());
    }
    // rename() replaces the old object at once: a reader has the old bytes or the new ones.
    if (!replaceFile(temporaryPath, target)) {
        QFile::remove(temporaryPath);
        return false;
    }
    metadata.dataModifiedMs = modifiedMs(QFileInfo(target));
    if (!writeMeta(bucket, metadata)) {
        return false;
    }
    // The key now lives in one place only.
    if (metadata.side) {
        if (const QString plain = plainPath(bucket, metadata.key);
            !plain.isEmpty() && QFileInfo(plain).isFile() && !QFileInfo(plain).isSymLink()) {
            QFile::remove(plain);
        }
    } else {
        QFile::remove(sidePath(bucket, metadata.key));
    }
    return true;
}

void ObjectStore::remove(const QString& bucket, const QString& key) const
{
    if (const QString path = plainPath(bucket, key); !path.isEmpty()) {
        const QFileInfo info(path);
        if (info.isFile() && !info.isSymLink() && QFile::remove(path)) {
            // Folders exist only for the keys under them: the emptied ones go, up to the bucket.
            QDir dir = info.absoluteDir();
            const QString root = QDir(m_buckets.folder(bucket)).absolutePath();
            while (dir.absolutePath() != root && dir.absolutePath().startsWith(root) &&
                   QDir().rmdir(dir.absolutePath())) {
                dir.cdUp();
            }
        }
    }
    QFile::remove(sidePath(bucket, key));
    if (ObjectIndex* records = index(bucket)) {
        records->remove(key);
    }
}

bool ObjectStore::hasObjects(const QString& bucket) const
{
    QDirIterator plain(m_buckets.folder(bucket), QDir::Files | QDir::Hidden | QDir::NoSymLinks | QDir::System,
                       QDirIterator::Subdirectories);
    if (plain.hasNext()) {
        return true;
    }
    return !QDir(m_buckets.storeFolder(bucket) + QStringLiteral("/side")).isEmpty(QDir::Files);
}

ObjectStore::Listing ObjectStore::list(const QString& bucket, const QString& prefix, const QString& delimiter,
                                       const QString& after, bool afterIsPrefix, int maxKeys) const
{
    struct Candidate
    {
        QByteArray sortKey;
        QString key;
    };
    std::vector<Candidate> candidates;
    const QByteArray afterBytes = after.toUtf8();
    const auto wanted = [&](const QString& key) {
        if (!key.startsWith(prefix)) {
            return false;
        }
        if (afterIsPrefix && key.startsWith(after)) {
            return false;
        }
        return after.isEmpty() || key.toUtf8() > afterBytes;
    };
    // Plain keys: the files under the deepest folder the prefix names.
    const QString folderPart = prefix.left(prefix.lastIndexOf(QLatin1Char('/')) + 1);
    const QString root = m_buckets.folder(bucket);
    const bool startFolderOk =
        folderPart.isEmpty() || !plainPath(bucket, folderPart + QStringLiteral("x")).isEmpty();
    const QString start = folderPart.isEmpty() ? root : root + QLatin1Char('/') + folderPart.chopped(1);
    if (startFolderOk && isRealDirectory(start)) {
        QDirIterator files(start, QDir::Files | QDir::Hidden | QDir::NoSymLinks | QDir::System,
                           QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString key = files.next().mid(root.size() + 1);
            if (isPlainKey(key) && wanted(key)) {
                candidates.push_back({key.toUtf8(), key});
            }
        }
    }
    // Side keys, and the records of every key in the range, from the index in one query.
    QHash<QString, ObjectMetadata> records;
    if (ObjectIndex* index = this->index(bucket)) {
        for (ObjectMetadata& record : index->range(prefix, after)) {
            if (!wanted(record.key)) {
                continue;
            }
            if (record.side) {
                candidates.push_back({record.key.toUtf8(), record.key});
            }
            const QString key = record.key;
            records.insert(key, std::move(record));
        }
    }
    std::sort(candidates.begin(), candidates.end(),
              [](const Candidate& a, const Candidate& b) { return a.sortKey < b.sortKey; });

    Listing listing;
    int count = 0;
    QString previousKey;
    for (const Candidate& candidate : candidates) {
        if (candidate.key == previousKey) {
            continue; // a plain file and a stale side copy of one key
        }
        previousKey = candidate.key;
        const QString rest = candidate.key.mid(prefix.size());
        const qsizetype at = delimiter.isEmpty() ? -1 : rest.indexOf(delimiter);
        if (at >= 0) {
            const QString common = prefix + rest.left(at + delimiter.size());
            if (!listing.commonPrefixes.isEmpty() && listing.commonPrefixes.last() == common) {
                continue;
            }
            if (count >= maxKeys) {
                listing.truncated = true;
                break;
            }
            listing.commonPrefixes.append(common);
            listing.last = common;
            ++count;
            continue;
        }
        const auto record = records.constFind(candidate.key);
        const auto object =
            findWith(bucket, candidate.key, record == records.cend() ? std::nullopt : std::optional(*record));
        if (!object) {
            continue;
        }
        if (count >= maxKeys) {
            listing.truncated = true;
            break;
        }
        listing.objects.append(object->metadata);
        listing.last = candidate.key;
        ++count;
    }
    return listing;
}

} // namespace SageDesk::Local
