#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace SageDesk::Local {

// The S3 buckets of the endpoint: one folder each under <dataDir>/s3, so that notebooks see the
// objects as files through the links in their volume.
class LocalBuckets final
{
public:
    explicit LocalBuckets(QString dataDir);

    QStringList names() const;
    bool exists(const QString& bucket) const;
    bool create(const QString& bucket);
    QString folder(const QString& bucket) const;
    QDateTime creationDate(const QString& bucket) const;

private:
    QString m_root;
};

} // namespace SageDesk::Local
