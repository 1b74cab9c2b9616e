#include "local/s3/S3Actions.h"

#include <QHash>
#include <QSet>
#include <QXmlStreamReader>

#include <utility>

namespace SageDesk::Local::S3Actions {

namespace {

const auto kArnPrefix = QLatin1String("arn:aws:s3:::");

// Bucket sub-resources: (GET, PUT, DELETE) actions; empty where S3 has no such call.
struct SubResource
{
    const char* get;
    const char* put;
    const char* remove;
};

const QHash<QString, SubResource>& bucketSubResources()
{
    static const QHash<QString, SubResource> table{
        {QStringLiteral("location"), {"GetBucketLocation", nullptr, nullptr}},
        {QStringLiteral("acl"), {"GetBucketAcl", "PutBucketAcl", nullptr}},
        {QStringLiteral("cors"), {"GetBucketCORS", "PutBucketCORS", "PutBucketCORS"}},
        {QStringLiteral("policy"), {"GetBucketPolicy", "PutBucketPolicy", "DeleteBucketPolicy"}},
        {QStringLiteral("policyStatus"), {"GetBucketPolicyStatus", nullptr, nullptr}},
        {QStringLiteral("tagging"), {"GetBucketTagging", "PutBucketTagging", "PutBucketTagging"}},
        {QStringLiteral("versioning"), {"GetBucketVersioning", "PutBucketVersioning", nullptr}},
        {QStringLiteral("lifecycle"),
         {"GetLifecycleConfiguration", "PutLifecycleConfiguration", "PutLifecycleConfiguration"}},
        {QStringLiteral("encryption"),
         {"GetEncryptionConfiguration", "PutEncryptionConfiguration", "PutEncryptionConfiguration"}},
        {QStringLiteral("website"), {"GetBucketWebsite", "PutBucketWebsite", "DeleteBucketWebsite"}},
        {QStringLiteral("notification"), {"GetBucketNotification", "PutBucketNotification", nullptr}},
        {QStringLiteral("logging"), {"GetBucketLogging", "PutBucketLogging", nullptr}},
        {QStringLiteral("publicAccessBlock"),
         {"GetBucketPublicAccessBlock", "PutBucketPublicAccessBlock", "PutBucketPublicAccessBlock"}},
        {QStringLiteral("ownershipControls"),
         {"GetBucketOwnershipControls", "PutBucketOwnershipControls", "PutBucketOwnershipControls"}},
        {QStringLiteral("replication"),
         {"GetReplicationConfiguration", "PutReplicationConfiguration", "PutReplicationConfiguration"}},
        {QStringLiteral("accelerate"), {"GetAccelerateConfiguration", "PutAccelerateConfiguration", nullptr}},
        {QStringLiteral("requestPayment"), {"GetBucketRequestPayment", "PutBucketRequestPayment", nullptr}},
        {QStringLiteral("object-lock"),
         {"GetBucketObjectLockConfiguration", "PutBucketObjectLockConfiguration", nullptr}},
        {QStringLiteral("uploads"), {"ListBucketMultipartUploads", nullptr, nullptr}},
        {QStringLiteral("versions"), {"ListBucketVersions", nullptr, nullptr}},
    };
    return table;
}

// Object sub-resources: (GET, PUT, DELETE) actions.
const QHash<QString, SubResource>& objectSubResources()
{
    static const QHash<QString, SubResource> table{
        {QStringLiteral("acl"), {"GetObjectAcl", "PutObjectAcl", nullptr}},
        {QStringLiteral("tagging"), {"GetObjectTagging", "PutObjectTagging", "DeleteObjectTagging"}},
        {QStringLiteral("retention"), {"GetObjectRetention", "PutObjectRetention", nullptr}},
        {QStringLiteral("legal-hold"), {"GetObjectLegalHold", "PutObjectLegalHold", nullptr}},
        {QStringLiteral("attributes"), {"GetObjectAttributes", nullptr, nullptr}},
        {QStringLiteral("torrent"), {"GetObjectTorrent", nullptr, nullptr}},
        {QStringLiteral("uploadId"), {"ListMultipartUploadParts", "PutObject", "AbortMultipartUpload"}},
    };
    return table;
}

// With ?versionId= a request needs the action's "Version" form (GetObjectVersionTagging).
const char* versionOf(const char* action)
{
    static const QHash<QByteArray, const char*> versions{
        {"GetObject", "GetObjectVersion"},
        {"DeleteObject", "DeleteObjectVersion"},
        {"GetObjectAcl", "GetObjectVersionAcl"},
        {"PutObjectAcl", "PutObjectVersionAcl"},
        {"GetObjectTagging", "GetObjectVersionTagging"},
        {"PutObjectTagging", "PutObjectVersionTagging"},
        {"DeleteObjectTagging", "DeleteObjectVersionTagging"},
        {"GetObjectAttributes", "GetObjectVersionAttributes"},
    };
    return versions.value(action, action);
}

Iam::AuthorizationRequest access(const char* action, const QString& resource)
{
    Iam::AuthorizationRequest request;
    request.action = QStringLiteral("s3:") + QLatin1String(action);
    request.resource = resource;
    return request;
}

const char* byMethod(const SubResource& entry, const QByteArray& method)
{
    if (method == "GET" || method == "HEAD") {
        return entry.get;
    }
    if (method == "PUT" || method == "POST") {
        return entry.put;
    }
    return method == "DELETE" ? entry.remove : nullptr;
}

// The bucket and key a path-style request names ("/bucket/key"; "/bucket" and "/bucket/" name no key).
std::pair<QString, QString> bucketAndKey(const HttpRequest& request)
{
    const QString path = QString::fromUtf8(QByteArray::fromPercentEncoding(request.path));
    const qsizetype keyAt = path.indexOf(QLatin1Char('/'), 1);
    return {path.mid(1).section(QLatin1Char('/'), 0, 0), keyAt < 0 ? QString() : path.mid(keyAt + 1)};
}

// The keys of a DeleteObjects body (<Delete><Object><Key>k</Key>...).
QStringList deletedKeys(const QByteArray& body)
{
    QStringList keys;
    QXmlStreamReader xml(body);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("Key")) {
            keys.append(xml.readElementText());
        }
    }
    return keys;
}

// "/bucket/key" or "bucket/key" with an optional ?versionId=..., as x-amz-copy-source names it.
QString copySourceArn(const QByteArray& header)
{
    QString source = QString::fromUtf8(QByteArray::fromPercentEncoding(header.split('?').first()));
    while (source.startsWith(QLatin1Char('/'))) {
        source.remove(0, 1);
    }
    return kArnPrefix + source;
}

QList<Iam::AuthorizationRequest> objectAccess(const HttpRequest& request, const QSet<QString>& query,
                                              const QString& objectArn)
{
    const QByteArray& method = request.method;
    const bool versioned = query.contains(QStringLiteral("versionId"));
    for (auto it = objectSubResources().cbegin(); it != objectSubResources().cend(); ++it) {
        if (!query.contains(it.key())) {
            continue;
        }
        if (it.key() == QLatin1String("uploadId") && method == "PUT" &&
            request.hasHeader("x-amz-copy-source")) {
            return {access("PutObject", objectArn),
                    access("GetObject", copySourceArn(request.header("x-amz-copy-source")))};
        }
        if (const char* action = byMethod(*it, method)) {
            return {access(versioned ? versionOf(action) : action, objectArn)};
        }
    }
    if (method == "POST") {
        if (query.contains(QStringLiteral("restore"))) {
            return {access("RestoreObject", objectArn)};
        }
        if (query.contains(QStringLiteral("select"))) {
            return {access("GetObject", objectArn)};
        }
        return {access("PutObject", objectArn)}; // CreateMultipartUpload (?uploads)
    }
    if (method == "PUT") {
        QList<Iam::AuthorizationRequest> needed{access("PutObject", objectArn)};
        if (request.hasHeader("x-amz-copy-source")) {
            needed.append(access("GetObject", copySourceArn(request.header("x-amz-copy-source"))));
        }
        return needed;
    }
    if (method == "DELETE") {
        return {access(versioned ? versionOf("DeleteObject") : "DeleteObject", objectArn)};
    }
    return {access(versioned ? versionOf("GetObject") : "GetObject", objectArn)};
}

QList<Iam::AuthorizationRequest> bucketAccess(const HttpRequest& request,
                                              const QList<QPair<QString, QString>>& items,
                                              const QSet<QString>& query, const QString& bucket)
{
    const QString bucketArn = kArnPrefix + bucket;
    const QByteArray& method = request.method;
    if (method == "POST" && query.contains(QStringLiteral("delete"))) {
        QList<Iam::AuthorizationRequest> needed;
        for (const QString& key : deletedKeys(request.body)) {
            needed.append(objectDeletion(bucket, key));
        }
        return needed;
    }
    for (auto it = bucketSubResources().cbegin(); it != bucketSubResources().cend(); ++it) {
        if (query.contains(it.key())) {
            const char* action = byMethod(*it, method);
            return {access(action ? action : "ListBucket", bucketArn)};
        }
    }
    if (method == "PUT") {
        return {access("CreateBucket", bucketArn)};
    }
    if (method == "DELETE") {
        return {access("DeleteBucket", bucketArn)};
    }
    // ListObjects(V2) and HeadBucket.
    Iam::AuthorizationRequest list = access("ListBucket", bucketArn);
    for (const auto& [name, value] : items) {
        if (name == QLatin1String("prefix") || name == QLatin1String("delimiter") ||
            name == QLatin1String("max-keys")) {
            list.setContext(QStringLiteral("s3:") + name, value);
        }
    }
    return {list};
}

} // namespace

QList<Iam::AuthorizationRequest> of(const HttpRequest& request)
{
    const auto [bucket, key] = bucketAndKey(request);
    if (bucket.isEmpty()) {
        return {access("ListAllMyBuckets", QStringLiteral("*"))};
    }
    const QList<QPair<QString, QString>> items = request.queryItems();
    QSet<QString> query;
    for (const auto& item : items) {
        query.insert(item.first);
    }
    if (key.isEmpty()) {
        return bucketAccess(request, items, query, bucket);
    }
    return objectAccess(request, query, kArnPrefix + bucket + QLatin1Char('/') + key);
}

Iam::AuthorizationRequest objectDeletion(const QString& bucket, const QString& key)
{
    return access("DeleteObject", kArnPrefix + bucket + QLatin1Char('/') + key);
}

bool isDecidedPerKey(const HttpRequest& request)
{
    if (request.method != "POST") {
        return false;
    }
    if (const auto [bucket, key] = bucketAndKey(request); bucket.isEmpty() || !key.isEmpty()) {
        return false;
    }
    for (const auto& item : request.queryItems()) {
        if (item.first == QLatin1String("delete")) {
            return true;
        }
    }
    return false;
}

} // namespace SageDesk::Local::S3Actions
