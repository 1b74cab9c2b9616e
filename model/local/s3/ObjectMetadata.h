#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace SageDesk::Local {

// What S3 keeps beside an object's bytes: its ETag, size and time, the headers it echoes back
// (Content-Type and the other representation headers, x-amz-meta-*) and its additional checksum.
struct ObjectMetadata
{
    QString key;
    QByteArray etag; // without quotes: md5 hex, or md5-of-md5s "-N" for a multipart object
    qint64 size = 0;
    QDateTime lastModified;
    qint64 dataModifiedMs = 0; // of the data file when written: a later change was made beside S3
    QList<QPair<QByteArray, QByteArray>> headers;      // Content-Type, Cache-Control, ...
    QList<QPair<QByteArray, QByteArray>> userMetadata; // names without "x-amz-meta-", lower case
    QString checksumAlgorithm;                         // "CRC32", ... or empty
    QByteArray checksumValue;                          // base64, "-N" for a multipart object
    int partsCount = 0;
    bool side = false; // stored in the side store, not as a file in the bucket folder

    // As a multipart upload's record keeps it, and as earlier builds kept every object's record
    // (<store>/meta/<sha256>.json, moved into the bucket's ObjectIndex on its first open).
    QByteArray toJson() const;
    static std::optional<ObjectMetadata> fromJson(const QByteArray& json);
    // Header pairs as a JSON array of [name, value] arrays, as both the old records and the index keep them.
    static QByteArray pairsToJson(const QList<QPair<QByteArray, QByteArray>>& pairs);
    static QList<QPair<QByteArray, QByteArray>> pairsFromJson(const QByteArray& json);

    // The representation headers an object keeps: the request's, or those given to CopyObject.
    static QList<QByteArray> storedHeaderNames();
};

} // namespace SageDesk::Local
