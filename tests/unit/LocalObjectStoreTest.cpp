// The S3 object store's metadata in its per-bucket SQLite index: records of earlier builds (JSON files)
// moved in on first open, S3's UTF-8 byte order for keys the index ranges over, and files changed
// behind the index taken as they are.
#include "core/Digest.h"
#include "core/platform/Files.h"
#include "local/s3/LocalBuckets.h"
#include "local/s3/ObjectIndex.h"
#include "local/s3/ObjectStore.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <unistd.h>
#endif

namespace SageDesk::Local {
namespace {

const QString kBucket = QStringLiteral("bucket");

QString keyHash(const QString& key)
{
    return QString::fromLatin1(Digest::hash(key.toUtf8(), Digest::Algorithm::Sha256).toHex());
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    ASSERT_EQ(file.write(bytes), bytes.size());
}

QStringList keysOf(const ObjectStore::Listing& listing)
{
    QStringList keys;
    for (const ObjectMetadata& object : listing.objects) {
        keys.append(object.key);
    }
    return keys;
}

class LocalObjectStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_data.isValid());
        ASSERT_TRUE(m_buckets.create(kBucket));
    }

    // Puts `bytes` as `key` the way PutObject does: a temporary file moved into place with its record.
    void put(const ObjectStore& store, const QString& key, const QByteArray& bytes)
    {
        const QString temporary = store.temporaryPath(kBucket);
        writeFile(temporary, bytes);
        ObjectMetadata metadata;
        metadata.key = key;
        metadata.etag = Digest::hash(bytes, Digest::Algorithm::Md5).toHex();
        metadata.size = bytes.size();
        metadata.lastModified = QDateTime::currentDateTimeUtc();
        metadata.headers = {{"Content-Type", "text/plain"}};
        ASSERT_TRUE(store.put(kBucket, temporary, metadata)) << key.toStdString();
    }

    QTemporaryDir m_data;
    LocalBuckets m_buckets{m_data.path()};
};

TEST_F(LocalObjectStoreTest, MovesTheJsonRecordsOfEarlierBuildsIntoTheIndex)
{
    // What an earlier build left: a plain object with its record, and a side object ("a/", a folder
    // marker) with its record, both under meta/<sha256 of the key>.json.
    const QString folder = m_buckets.folder(kBucket);
    const QString store = m_buckets.storeFolder(kBucket);
    writeFile(folder + QStringLiteral("/data/train.csv"), "1,2,3\n");
    const qint64 modified =
        QFileInfo(folder + QStringLiteral("/data/train.csv")).lastModified().toMSecsSinceEpoch();
    // Not the file's MD5: a record rebuilt from the file instead of imported would show.
    writeFile(store + QStringLiteral("/meta/") + keyHash(QStringLiteral("data/train.csv")) +
                  QStringLiteral(".json"),
              QStringLiteral(R"({"key":"data/train.csv","etag":"0123456789abcdef0123456789abcdef-2",)"
                             R"("size":6,"lastModified":1764000000000,"dataModified":%1,)"
                             R"("headers":[["Content-Type","text/csv"]],"meta":[["owner","team"]],)"
                             R"("checksumAlgorithm":"CRC32","checksum":"AAAAAA==-2","parts":2,"side":false})")
                  .arg(modified)
                  .toUtf8());
    writeFile(store + QStringLiteral("/side/") + keyHash(QStringLiteral("a/")), "x");
    writeFile(
        store + QStringLiteral("/meta/") + keyHash(QStringLiteral("a/")) + QStringLiteral(".json"),
        R"({"key":"a/","etag":"9dd4e461268c8034f5c8564e155c67a6","size":1,"lastModified":1764000000000,)"
        R"("dataModified":0,"headers":[],"meta":[],"checksumAlgorithm":"","checksum":"","parts":0,)"
        R"("side":true})");
    // A record cut short by a crash is left to be rebuilt from its file.
    writeFile(store + QStringLiteral("/meta/") + keyHash(QStringLiteral("torn")) + QStringLiteral(".json"),
              R"({"key":"to)");

    {
        ObjectStore objects(m_buckets);
        const auto train = objects.find(kBucket, QStringLiteral("data/train.csv"));
        ASSERT_TRUE(train.has_value());
        EXPECT_EQ(train->metadata.etag, QByteArray("0123456789abcdef0123456789abcdef-2"));
        EXPECT_EQ(train->metadata.headers,
                  (QList<QPair<QByteArray, QByteArray>>{{"Content-Type", "text/csv"}}));
        EXPECT_EQ(train->metadata.userMetadata, (QList<QPair<QByteArray, QByteArray>>{{"owner", "team"}}));
        EXPECT_EQ(train->metadata.checksumAlgorithm, QStringLiteral("CRC32"));
        EXPECT_EQ(train->metadata.checksumValue, QByteArray("AAAAAA==-2"));
        EXPECT_EQ(train->metadata.partsCount, 2);
        EXPECT_EQ(train->metadata.lastModified.toMSecsSinceEpoch(), 1764000000000);
        EXPECT_FALSE(train->metadata.side);
        const auto marker = objects.find(kBucket, QStringLiteral("a/"));
        ASSERT_TRUE(marker.has_value());
        EXPECT_TRUE(marker->metadata.side);
        EXPECT_EQ(marker->metadata.size, 1);
        EXPECT_EQ(keysOf(objects.list(kBucket, {}, {}, {}, false, 1000)),
                  (QStringList{QStringLiteral("a/"), QStringLiteral("data/train.csv")}));
    }
    EXPECT_FALSE(QFileInfo::exists(store + QStringLiteral("/meta")));
    EXPECT_TRUE(QFileInfo(store + QLatin1Char('/') + ObjectIndex::fileName()).isFile());
    // Kept in the index from now on.
    ObjectStore reopened(m_buckets);
    const auto train = reopened.find(kBucket, QStringLiteral("data/train.csv"));
    ASSERT_TRUE(train.has_value());
    EXPECT_EQ(train->metadata.etag, QByteArray("0123456789abcdef0123456789abcdef-2"));
}

TEST_F(LocalObjectStoreTest, ListsInUtf8ByteOrderAcrossPagesAndPrefixes)
{
    ObjectStore store(m_buckets);
    // U+00E9, U+FF5A and U+1F600 sort in that order in UTF-8 (C3, EF, F0) but U+1F600 comes first in
    // UTF-16 (a D83D surrogate). Keys ending in "/" live in the side store, so only the index orders them.
    const QString e = QString::fromUtf8("\xc3\xa9");
    const QString z = QString::fromUtf8("\xef\xbd\x9a");
    const QString grin = QString::fromUtf8("\xf0\x9f\x98\x80");
    const QStringList keys{QStringLiteral("a"),  QStringLiteral("z/"),    e + QLatin1Char('/'),
                           z + QLatin1Char('/'), grin + QLatin1Char('/'), grin + QStringLiteral("/x")};
    for (const QString& key : keys) {
        put(store, key, key.toUtf8());
    }
    const QStringList expected{QStringLiteral("a"),  QStringLiteral("z/"),    e + QLatin1Char('/'),
                               z + QLatin1Char('/'), grin + QLatin1Char('/'), grin + QStringLiteral("/x")};
    EXPECT_EQ(keysOf(store.list(kBucket, {}, {}, {}, false, 1000)), expected);
    // Page by page, each starting after the last key of the one before.
    QStringList paged;
    QString after;
    for (int page = 0; page < 10; ++page) {
        const auto listing = store.list(kBucket, {}, {}, after, false, 2);
        paged += keysOf(listing);
        if (!listing.truncated) {
            break;
        }
        after = listing.last;
    }
    EXPECT_EQ(paged, expected);
    EXPECT_EQ(keysOf(store.list(kBucket, grin, {}, {}, false, 1000)),
              (QStringList{grin + QLatin1Char('/'), grin + QStringLiteral("/x")}));
    EXPECT_EQ(keysOf(store.list(kBucket, {}, {}, e + QLatin1Char('/'), false, 1000)),
              (QStringList{z + QLatin1Char('/'), grin + QLatin1Char('/'), grin + QStringLiteral("/x")}));
    const auto delimited = store.list(kBucket, {}, QStringLiteral("/"), {}, false, 1000);
    EXPECT_EQ(keysOf(delimited), QStringList{QStringLiteral("a")});
    EXPECT_EQ(delimited.commonPrefixes, (QStringList{QStringLiteral("z/"), e + QLatin1Char('/'),
                                                     z + QLatin1Char('/'), grin + QLatin1Char('/')}));

    store.remove(kBucket, z + QLatin1Char('/'));
    EXPECT_FALSE(store.find(kBucket, z + QLatin1Char('/')).has_value());
    EXPECT_EQ(store.list(kBucket, {}, {}, {}, false, 1000).objects.size(), keys.size() - 1);
}

TEST_F(LocalObjectStoreTest, TakesAFileChangedBehindTheIndexAsItIs)
{
    ObjectStore store(m_buckets);
    put(store, QStringLiteral("notes.txt"), "first");
    ASSERT_EQ(store.find(kBucket, QStringLiteral("notes.txt"))->metadata.headers.value(0).second,
              QByteArray("text/plain"));
    // A notebook rewrites the file: another size, so the record no longer describes it.
    writeFile(m_buckets.folder(kBucket) + QStringLiteral("/notes.txt"), "second version");
    const auto changed = store.find(kBucket, QStringLiteral("notes.txt"));
    ASSERT_TRUE(changed.has_value());
    EXPECT_EQ(changed->metadata.size, 14);
    EXPECT_EQ(changed->metadata.etag, Digest::hash("second version", Digest::Algorithm::Md5).toHex());
    // A file written from a notebook without any record is an object too.
    writeFile(m_buckets.folder(kBucket) + QStringLiteral("/from-notebook.csv"), "1,2\n");
    EXPECT_EQ(keysOf(store.list(kBucket, {}, {}, {}, false, 1000)),
              (QStringList{QStringLiteral("from-notebook.csv"), QStringLiteral("notes.txt")}));
}

TEST_F(LocalObjectStoreTest, ADeletedAndRecreatedBucketStartsEmpty)
{
    ObjectStore store(m_buckets);
    put(store, QStringLiteral("dir/"), "marker");
    ASSERT_TRUE(store.find(kBucket, QStringLiteral("dir/")).has_value());
    store.remove(kBucket, QStringLiteral("dir/"));
    ASSERT_FALSE(store.hasObjects(kBucket));
    store.forgetBucket(kBucket);
    ASSERT_TRUE(m_buckets.remove(kBucket));
    ASSERT_TRUE(m_buckets.create(kBucket));
    put(store, QStringLiteral("again/"), "marker");
    EXPECT_EQ(keysOf(store.list(kBucket, {}, {}, {}, false, 1000)), QStringList{QStringLiteral("again/")});
    EXPECT_TRUE(
        QFileInfo(m_buckets.storeFolder(kBucket) + QLatin1Char('/') + ObjectIndex::fileName()).isFile());
}

#ifdef Q_OS_LINUX
TEST_F(LocalObjectStoreTest, BucketFoldersAreSpreadOverInodeGroupsWhereTheFilesystemCan)
{
    QTemporaryDir probe;
    if (!Platform::spreadSubdirectories(probe.path())) {
        GTEST_SKIP() << "this filesystem has no top-directory hint (chattr +T)";
    }
    for (const QString& root :
         {m_data.filePath(QStringLiteral("s3")), m_data.filePath(QStringLiteral("s3-store"))}) {
        const int fd = ::open(QFile::encodeName(root).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        ASSERT_GE(fd, 0) << root.toStdString();
        int flags = 0;
        EXPECT_EQ(::ioctl(fd, FS_IOC_GETFLAGS, &flags), 0);
        ::close(fd);
        EXPECT_NE(flags & FS_TOPDIR_FL, 0) << root.toStdString();
    }
}
#endif

} // namespace
} // namespace SageDesk::Local
