#include "local/s3/LocalBuckets.h"

#include "core/platform/Files.h"
#include "domain/Validation.h"

#include <QDir>
#include <QFileInfo>

namespace SageDesk::Local {

LocalBuckets::LocalBuckets(QString dataDir)
    : m_root(QDir(dataDir).filePath(QStringLiteral("s3")))
    , m_storeRoot(QDir(dataDir).filePath(QStringLiteral("s3-store")))
{}

QStringList LocalBuckets::names() const
{
    return QDir(m_root).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

bool LocalBuckets::exists(const QString& bucket) const
{
    if (Validation::s3BucketName(bucket)) {
        return false;
    }
    const QFileInfo info(folder(bucket));
    return info.isDir() && !info.isSymLink();
}

bool LocalBuckets::create(const QString& bucket)
{
    // Each bucket's folders in an inode group of their own: creating the file of a small PutObject
    // otherwise costs up to a millisecond where the data directory shares its group with /tmp's churn.
    for (const QString& root : {m_root, m_storeRoot}) {
        if (!QDir().mkpath(root)) {
            return false;
        }
        Platform::spreadSubdirectories(root);
    }
    return QDir().mkpath(folder(bucket)) && QDir().mkpath(storeFolder(bucket));
}

bool LocalBuckets::remove(const QString& bucket)
{
    if (!exists(bucket)) {
        return false;
    }
    QDir(storeFolder(bucket)).removeRecursively();
    return QDir(folder(bucket)).removeRecursively();
}

QString LocalBuckets::folder(const QString& bucket) const
{
    return QDir(m_root).filePath(bucket);
}

QString LocalBuckets::storeFolder(const QString& bucket) const
{
    return QDir(m_storeRoot).filePath(bucket);
}

QDateTime LocalBuckets::creationDate(const QString& bucket) const
{
    const QFileInfo info(folder(bucket));
    const QDateTime birth = info.birthTime();
    return (birth.isValid() ? birth : info.lastModified()).toUTC();
}

} // namespace SageDesk::Local
