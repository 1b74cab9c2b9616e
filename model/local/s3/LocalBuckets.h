#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace SageDesk::Local {

// The S3 buckets of the endpoint: one folder each under <dataDir>/s3, so that notebooks see the
// objects as files through the links in their volume, and beside it the bucket's store under
// <dataDir>/s3-store/<bucket> (object metadata, objects whose keys are not plain paths, multipart
// uploads, temporary files); see docs/ARCHITECTURE.md.
class LocalBuckets final
{
public:
    explicit LocalBuckets(QString dataDir);

    QStringList names() const;
    // Only for valid bucket names: "..", "a/b" and the like never name a folder here.
    bool exists(const QString& bucket) const;
    bool create(const QString& bucket);
    bool remove(const QString& bucket);
    QString folder(const QString& bucket) const;
    QString storeFolder(const QString& bucket) const;
    QDateTime creationDate(const QString& bucket) const;

private:
    QString m_root;
    QString m_storeRoot;
};

} // namespace SageDesk::Local
