#include "local/s3/LocalBuckets.h"

#include <QDir>
#include <QFileInfo>

namespace SageDesk::Local {

LocalBuckets::LocalBuckets(QString dataDir)
    : m_root(QDir(dataDir).filePath(QStringLiteral("s3")))
{}

QStringList LocalBuckets::names() const
{
    return QDir(m_root).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

bool LocalBuckets::exists(const QString& bucket) const
{
    return QFileInfo(folder(bucket)).isDir();
}

bool LocalBuckets::create(const QString& bucket)
{
    return QDir().mkpath(folder(bucket));
}

QString LocalBuckets::folder(const QString& bucket) const
{
    return QDir(m_root).filePath(bucket);
}

QDateTime LocalBuckets::creationDate(const QString& bucket) const
{
    const QFileInfo info(folder(bucket));
    const QDateTime birth = info.birthTime();
    return (birth.isValid() ? birth : info.lastModified()).toUTC();
}

} // namespace SageDesk::Local
