#pragma once

#include "aws/client/AwsCall.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace SageDesk::Aws {

class AwsClientContext;

struct S3Bucket
{
    QString name;
    QDateTime creationDate;
};

// S3 (REST-XML, path-style addressing, x-amz-content-sha256 on every request).
class S3Client final
{
public:
    explicit S3Client(AwsClientContext* context);

    AwsCall<QList<S3Bucket>> listBuckets();
    // Sends a LocationConstraint for every region but us-east-1, as S3 requires.
    AwsCall<AwsEmpty> createBucket(const QString& bucket, const QString& region);
    // Answers the region; S3's empty answer for us-east-1 is mapped to "us-east-1".
    AwsCall<QString> getBucketLocation(const QString& bucket);

private:
    AwsClientContext* m_context;
};

} // namespace SageDesk::Aws
