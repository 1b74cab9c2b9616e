#include "local/s3/ObjectApi.h"

#include "local/protocol/XmlWriter.h"
#include "local/s3/ObjectStore.h"
#include "local/s3/ObjectUpload.h"
#include "local/s3/S3Wire.h"

#include <QFile>
#include <QFileInfo>
#include <QXmlStreamReader>

#ifdef Q_OS_LINUX
#include <unistd.h>
#endif

namespace SageDesk::Local {

namespace {

constexpr int kMaxDeleteKeys = 1000;

struct ByteRange
{
    qint64 start = 0;
    qint64 length = 0;
};

// "bytes=0-99", "bytes=100-", "bytes=-100"; nullopt when unsatisfiable. No header, or one that is
// not a single byte range, means the whole object (as S3 ignores what it cannot use).
std::optional<ByteRange> byteRange(const QByteArray& header, qint64 size, bool* partial)
{
    *partial = false;
    if (!header.startsWith("bytes=") || header.contains(',')) {
        return ByteRange{0, size};
    }
    const QByteArray spec = header.mid(6).trimmed();
    const qsizetype dash = spec.indexOf('-');
    if (dash < 0) {
        return ByteRange{0, size};
    }
    bool okFirst = false;
    bool okLast = false;
    const qint64 first = spec.left(dash).toLongLong(&okFirst);
    const qint64 last = spec.mid(dash + 1).toLongLong(&okLast);
    if (dash == 0) {
        if (!okLast || last <= 0) {
            return ByteRange{0, size};
        }
        *partial = true;
        if (size == 0) {
            return std::nullopt;
        }
        const qint64 length = qMin(last, size);
        return ByteRange{size - length, length};
    }
    if (!okFirst || first < 0 || (dash + 1 < spec.size() && (!okLast || last < first))) {
        return ByteRange{0, size};
    }
    *partial = true;
    if (first >= size) {
        return std::nullopt;
    }
    const qint64 end = dash + 1 < spec.size() ? qMin(last, size - 1) : size - 1;
    return ByteRange{first, end - first + 1};
}

void addObjectHeaders(HttpResponse& response, const ObjectMetadata& metadata)
{
    response.setHeader("Last-Modified", S3Wire::httpDate(metadata.lastModified));
    response.setHeader("ETag", S3Wire::quoted(metadata.etag));
    response.setHeader("Accept-Ranges", "bytes");
    bool typed = false;
    for (const auto& [name, value] : metadata.headers) {
        response.setHeader(name, value);
        typed = typed || name.compare("Content-Type", Qt::CaseInsensitive) == 0;
    }
    if (!typed) {
        response.setHeader("Content-Type", "binary/octet-stream");
    }
    for (const auto& [name, value] : metadata.userMetadata) {
        response.headers.append({"x-amz-meta-" + name, value});
    }
    if (metadata.partsCount > 0) {
        response.setHeader("x-amz-mp-parts-count", QByteArray::number(metadata.partsCount));
    }
}

} // namespace

ObjectApi::ObjectApi(const ObjectStore& store, const EndpointContext& context)
    : m_store(store)
    , m_context(context)
{}

ObjectMetadata ObjectApi::metadataFrom(const HttpRequest& request)
{
    ObjectMetadata metadata;
    for (const QByteArray& name : ObjectMetadata::storedHeaderNames()) {
        if (!request.hasHeader(name)) {
            continue;
        }
        QByteArray value = request.header(name);
        if (name == "Content-Encoding") {
            // aws-chunked is how the body travelled, not what it is.
            QList<QByteArray> codings;
            for (const QByteArray& coding : value.split(',')) {
                if (coding.trimmed().compare("aws-chunked", Qt::CaseInsensitive) != 0 &&
                    !coding.trimmed().isEmpty()) {
                    codings.append(coding.trimmed());
                }
            }
            value = codings.join(", ");
            if (value.isEmpty()) {
                continue;
            }
        }
        metadata.headers.append({name, value});
    }
    for (const auto& [name, value] : request.headers) {
        if (name.toLower().startsWith("x-amz-meta-")) {
            metadata.userMetadata.append({name.mid(11).toLower(), value});
        }
    }
    return metadata;
}

std::shared_ptr<ObjectUpload> ObjectApi::uploadOf(const HttpRequest& request, const ObjectStore& store,
                                                  const QString& bucket)
{
    if (auto upload = std::dynamic_pointer_cast<ObjectUpload>(request.bodySink)) {
        return upload;
    }
    auto upload = std::make_shared<ObjectUpload>(request, store.temporaryPath(bucket), std::nullopt);
    upload->writeAll(request.body);
    return upload;
}

bool ObjectApi::copyRange(const QString& from, qint64 offset, qint64 length, QFile& to, Digest* md5)
{
    QFile source(from);
    if (!source.open(QIODevice::ReadOnly)) {
        return false;
    }
#ifdef Q_OS_LINUX
    if (!md5) {
        // In the kernel (or a reflink): no bytes pass through this process.
        to.flush();
        loff_t in = offset;
        qint64 left = length;
        while (left > 0) {
            const ssize_t copied =
                ::copy_file_range(source.handle(), &in, to.handle(), nullptr, static_cast<size_t>(left), 0);
            if (copied <= 0) {
                break;
            }
            left -= copied;
        }
        if (left == 0) {
            return to.seek(to.size());
        }
        offset = in;
        length = left;
    }
#endif
    if (!source.seek(offset)) {
        return false;
    }
    qint64 left = length;
    while (left > 0) {
        const QByteArray chunk = source.read(qMin<qint64>(left, 1024 * 1024));
        if (chunk.isEmpty() || to.write(chunk) != chunk.size()) {
            return false;
        }
        if (md5) {
            md5->addData(chunk);
        }
        left -= chunk.size();
    }
    return true;
}

std::optional<ObjectApi::CopySource> ObjectApi::copySource(const HttpRequest& request)
{
    QByteArray raw = request.header("x-amz-copy-source");
    if (const qsizetype question = raw.indexOf('?'); question >= 0) {
        raw = raw.left(question);
    }
    QString text = QString::fromUtf8(QByteArray::fromPercentEncoding(raw));
    if (text.startsWith(QLatin1Char('/'))) {
        text = text.mid(1);
    }
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    if (slash <= 0 || slash + 1 >= text.size()) {
        return std::nullopt;
    }
    return CopySource{text.left(slash), text.mid(slash + 1)};
}

HttpResponse ObjectApi::putObject(const HttpRequest& request, const QString& bucket, const QString& key,
                                  const QByteArray& requestId) const
{
    const auto upload = uploadOf(request, m_store, bucket);
    if (upload->error()) {
        return upload->error()->toResponse(WireProtocol::RestXml, requestId);
    }
    ObjectMetadata metadata = metadataFrom(request);
    metadata.key = key;
    metadata.etag = upload->md5Hex();
    metadata.size = upload->size();
    metadata.lastModified = QDateTime::currentDateTimeUtc();
    if (const auto algorithm = upload->checksumAlgorithm()) {
        metadata.checksumAlgorithm = ObjectChecksum::displayName(*algorithm);
        metadata.checksumValue = upload->checksumBase64();
    }
    if (!m_store.put(bucket, upload->temporaryPath(), metadata)) {
        return S3Wire::internalError(requestId);
    }
    upload->release();
    HttpResponse response = S3Wire::empty(200, requestId);
    response.setHeader("ETag", S3Wire::quoted(metadata.etag));
    if (const auto algorithm = upload->checksumAlgorithm()) {
        response.setHeader(ObjectChecksum::headerName(*algorithm), metadata.checksumValue);
    }
    return response;
}

HttpResponse ObjectApi::copyObject(const HttpRequest& request, const QString& bucket, const QString& key,
                                   const QByteArray& requestId) const
{
    const auto source = copySource(request);
    if (!source) {
        return S3Wire::error(400, "InvalidArgument", QStringLiteral("Invalid copy source object key"),
                             requestId);
    }
    const auto object = m_store.find(source->bucket, source->key);
    if (!object) {
        return m_store.bucketExists(source->bucket) ? S3Wire::noSuchKey(requestId)
                                                    : S3Wire::noSuchBucket(requestId);
    }
    const bool replace =
        request.header("x-amz-metadata-directive").compare("REPLACE", Qt::CaseInsensitive) == 0;
    if (!replace && source->bucket == bucket && source->key == key) {
        return S3Wire::error(
            400, "InvalidRequest",
            QStringLiteral("This copy request is illegal because it is trying to copy an object "
                           "to itself without changing the object's metadata, storage class, "
                           "website redirect location or encryption attributes."),
            requestId);
    }
    const QString temporary = m_store.temporaryPath(bucket);
    QFile out(temporary);
    Digest md5(Digest::Algorithm::Md5);
    if (!out.open(QIODevice::WriteOnly) ||
        !copyRange(object->dataPath, 0, object->metadata.size, out, &md5)) {
        out.close();
        QFile::remove(temporary);
        return S3Wire::internalError(requestId);
    }
    out.close();
    ObjectMetadata metadata = replace ? metadataFrom(request) : object->metadata;
    metadata.key = key;
    metadata.etag = md5.result().toHex();
    metadata.size = object->metadata.size;
    metadata.lastModified = QDateTime::currentDateTimeUtc();
    metadata.partsCount = 0;
    if (metadata.checksumValue.contains('-')) {
        metadata.checksumAlgorithm.clear();
        metadata.checksumValue.clear();
    }
    if (!m_store.put(bucket, temporary, metadata)) {
        return S3Wire::internalError(requestId);
    }
    XmlWriter xml;
    xml.open(QStringLiteral("CopyObjectResult"), S3Wire::kNamespace);
    xml.element(QStringLiteral("LastModified"), S3Wire::xmlDate(metadata.lastModified));
    xml.element(QStringLiteral("ETag"), QString::fromLatin1(S3Wire::quoted(metadata.etag)));
    xml.close();
    return S3Wire::xml(xml.finish(), requestId);
}

HttpResponse ObjectApi::getObject(const HttpRequest& request, const QString& bucket, const QString& key,
                                  const QByteArray& requestId) const
{
    const auto object = m_store.find(bucket, key);
    if (!object) {
        return S3Wire::noSuchKey(requestId);
    }
    const ObjectMetadata& metadata = object->metadata;
    const QByteArray ifMatch = request.header("If-Match");
    if (!ifMatch.isEmpty() && ifMatch.trimmed() != "*" && S3Wire::unquoted(ifMatch) != metadata.etag) {
        return S3Wire::error(412, "PreconditionFailed",
                             QStringLiteral("At least one of the pre-conditions you specified did not hold"),
                             requestId);
    }
    const QByteArray ifNoneMatch = request.header("If-None-Match");
    if (!ifNoneMatch.isEmpty() &&
        (ifNoneMatch.trimmed() == "*" || S3Wire::unquoted(ifNoneMatch) == metadata.etag)) {
        HttpResponse response = S3Wire::empty(304, requestId);
        response.setHeader("ETag", S3Wire::quoted(metadata.etag));
        return response;
    }
    bool partial = false;
    const auto range = byteRange(request.header("Range"), metadata.size, &partial);
    if (!range) {
        HttpResponse response = S3Wire::error(
            416, "InvalidRange", QStringLiteral("The requested range is not satisfiable"), requestId);
        response.setHeader("Content-Range", "bytes */" + QByteArray::number(metadata.size));
        return response;
    }
    HttpResponse response = S3Wire::empty(partial ? 206 : 200, requestId);
    addObjectHeaders(response, metadata);
    if (partial) {
        response.setHeader("Content-Range", "bytes " + QByteArray::number(range->start) + '-' +
                                                QByteArray::number(range->start + range->length - 1) + '/' +
                                                QByteArray::number(metadata.size));
    }
    if (!partial && !metadata.checksumAlgorithm.isEmpty() &&
        request.header("x-amz-checksum-mode").compare("ENABLED", Qt::CaseInsensitive) == 0) {
        if (const auto algorithm = ObjectChecksum::algorithmNamed(metadata.checksumAlgorithm.toLatin1())) {
            response.setHeader(ObjectChecksum::headerName(*algorithm), metadata.checksumValue);
            response.setHeader("x-amz-checksum-type",
                               metadata.checksumValue.contains('-') ? "COMPOSITE" : "FULL_OBJECT");
        }
    }
    for (const auto& [name, value] : request.queryItems()) {
        static const QList<QPair<QString, QByteArray>> overrides = {
            {QStringLiteral("response-content-type"), "Content-Type"},
            {QStringLiteral("response-content-disposition"), "Content-Disposition"},
            {QStringLiteral("response-content-encoding"), "Content-Encoding"},
            {QStringLiteral("response-content-language"), "Content-Language"},
            {QStringLiteral("response-cache-control"), "Cache-Control"},
            {QStringLiteral("response-expires"), "Expires"}};
        for (const auto& [parameter, header] : overrides) {
            if (name == parameter) {
                response.setHeader(header, value.toUtf8());
            }
        }
    }
    response.bodyLength = range->length;
    if (request.method == "GET" && range->length > 0) {
        auto file = std::make_shared<QFile>(object->dataPath);
        if (!file->open(QIODevice::ReadOnly) || !file->seek(range->start)) {
            return S3Wire::internalError(requestId);
        }
        response.bodyDevice = file;
    }
    return response;
}

HttpResponse ObjectApi::deleteObject(const QString& bucket, const QString& key,
                                     const QByteArray& requestId) const
{
    m_store.remove(bucket, key);
    return S3Wire::empty(204, requestId);
}

HttpResponse ObjectApi::deleteObjects(const HttpRequest& request, const QString& bucket,
                                      const QByteArray& requestId,
                                      const std::function<bool(const QString& key)>& mayDelete) const
{
    // S3 insists on an integrity check of this body, by Content-MD5 or one of the newer checksums.
    const auto upload = uploadOf(request, m_store, bucket);
    if (upload->error()) {
        return upload->error()->toResponse(WireProtocol::RestXml, requestId);
    }
    if (!request.hasHeader("Content-MD5") && !upload->checksumAlgorithm()) {
        return S3Wire::error(400, "InvalidRequest",
                             QStringLiteral("Missing required header for this request: Content-MD5"),
                             requestId);
    }
    QStringList keys;
    bool quiet = false;
    QXmlStreamReader reader(request.body);
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement) {
            continue;
        }
        if (reader.name() == QLatin1String("Key")) {
            keys.append(reader.readElementText());
        } else if (reader.name() == QLatin1String("Quiet")) {
            quiet = reader.readElementText().trimmed() == QLatin1String("true");
        }
    }
    if (reader.hasError() || keys.isEmpty() || keys.size() > kMaxDeleteKeys) {
        return S3Wire::malformedXml(requestId);
    }
    XmlWriter xml;
    xml.open(QStringLiteral("DeleteResult"), S3Wire::kNamespace);
    for (const QString& key : std::as_const(keys)) {
        if (!mayDelete(key)) {
            // Quiet mode leaves out what was deleted, never what was not.
            xml.open(QStringLiteral("Error"));
            xml.element(QStringLiteral("Key"), key);
            xml.element(QStringLiteral("Code"), QStringLiteral("AccessDenied"));
            xml.element(QStringLiteral("Message"), QStringLiteral("Access Denied"));
            xml.close();
            continue;
        }
        m_store.remove(bucket, key);
        if (!quiet) {
            xml.open(QStringLiteral("Deleted"));
            xml.element(QStringLiteral("Key"), key);
            xml.close();
        }
    }
    xml.close();
    return S3Wire::xml(xml.finish(), requestId);
}

HttpResponse ObjectApi::listObjects(const HttpRequest& request, const QString& bucket,
                                    const QByteArray& requestId) const
{
    const bool v2 = request.queryValue(QStringLiteral("list-type")) == QLatin1String("2");
    const QString prefix = request.queryValue(QStringLiteral("prefix"));
    const QString delimiter = request.queryValue(QStringLiteral("delimiter"));
    const bool urlEncoding = request.queryValue(QStringLiteral("encoding-type")) == QLatin1String("url");
    int maxKeys = 1000;
    if (S3Wire::hasQuery(request, QStringLiteral("max-keys"))) {
        bool ok = false;
        maxKeys = request.queryValue(QStringLiteral("max-keys")).toInt(&ok);
        if (!ok || maxKeys < 0) {
            return S3Wire::error(400, "InvalidArgument",
                                 QStringLiteral("Provided max-keys not an integer or within integer range"),
                                 requestId);
        }
        maxKeys = qMin(maxKeys, 1000);
    }
    const QString token = request.queryValue(QStringLiteral("continuation-token"));
    QString after =
        v2 ? request.queryValue(QStringLiteral("start-after")) : request.queryValue(QStringLiteral("marker"));
    bool afterIsPrefix = false;
    if (v2 && S3Wire::hasQuery(request, QStringLiteral("continuation-token"))) {
        // The token is ours: "K" or "P" (a key, or a common prefix to skip whole) and the UTF-8 name.
        const QByteArray decoded =
            QByteArray::fromBase64(token.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (decoded.isEmpty() || (decoded[0] != 'K' && decoded[0] != 'P')) {
            return S3Wire::error(400, "InvalidArgument",
                                 QStringLiteral("The continuation token provided is incorrect"), requestId);
        }
        after = QString::fromUtf8(decoded.mid(1));
        afterIsPrefix = decoded[0] == 'P';
    } else if (!v2) {
        // A NextMarker that is a common prefix: the next page starts after everything under it.
        afterIsPrefix = !delimiter.isEmpty() && after.endsWith(delimiter);
    }
    const ObjectStore::Listing listing =
        m_store.list(bucket, prefix, delimiter, after, afterIsPrefix, maxKeys);
    const bool lastIsPrefix =
        !listing.commonPrefixes.isEmpty() && listing.last == listing.commonPrefixes.last();

    XmlWriter xml;
    xml.open(QStringLiteral("ListBucketResult"), S3Wire::kNamespace);
    xml.element(QStringLiteral("Name"), bucket);
    xml.element(QStringLiteral("Prefix"), S3Wire::encodedKey(prefix, urlEncoding));
    if (v2) {
        if (S3Wire::hasQuery(request, QStringLiteral("continuation-token"))) {
            xml.element(QStringLiteral("ContinuationToken"), token);
        }
        if (S3Wire::hasQuery(request, QStringLiteral("start-after"))) {
            xml.element(QStringLiteral("StartAfter"),
                        S3Wire::encodedKey(request.queryValue(QStringLiteral("start-after")), urlEncoding));
        }
        xml.element(QStringLiteral("KeyCount"),
                    QString::number(listing.objects.size() + listing.commonPrefixes.size()));
    } else {
        xml.element(QStringLiteral("Marker"), S3Wire::encodedKey(after, urlEncoding));
    }
    xml.element(QStringLiteral("MaxKeys"), QString::number(maxKeys));
    if (!delimiter.isEmpty()) {
        xml.element(QStringLiteral("Delimiter"), S3Wire::encodedKey(delimiter, urlEncoding));
    }
    if (urlEncoding) {
        xml.element(QStringLiteral("EncodingType"), QStringLiteral("url"));
    }
    xml.element(QStringLiteral("IsTruncated"),
                listing.truncated ? QStringLiteral("true") : QStringLiteral("false"));
    if (listing.truncated) {
        if (v2) {
            const QByteArray next =
                (lastIsPrefix ? QByteArray("P") : QByteArray("K")) + listing.last.toUtf8();
            xml.element(QStringLiteral("NextContinuationToken"), QString::fromLatin1(next.toBase64()));
        } else if (!delimiter.isEmpty()) {
            xml.element(QStringLiteral("NextMarker"), S3Wire::encodedKey(listing.last, urlEncoding));
        }
    }
    for (const ObjectMetadata& object : listing.objects) {
        xml.open(QStringLiteral("Contents"));
        xml.element(QStringLiteral("Key"), S3Wire::encodedKey(object.key, urlEncoding));
        xml.element(QStringLiteral("LastModified"), S3Wire::xmlDate(object.lastModified));
        xml.element(QStringLiteral("ETag"), QString::fromLatin1(S3Wire::quoted(object.etag)));
        if (!object.checksumAlgorithm.isEmpty()) {
            xml.element(QStringLiteral("ChecksumAlgorithm"), object.checksumAlgorithm);
        }
        xml.element(QStringLiteral("Size"), QString::number(object.size));
        xml.element(QStringLiteral("StorageClass"), QStringLiteral("STANDARD"));
        if (!v2) {
            S3Wire::writeAccount(xml, QStringLiteral("Owner"), m_context.accountId);
        }
        xml.close();
    }
    for (const QString& common : listing.commonPrefixes) {
        xml.open(QStringLiteral("CommonPrefixes"));
        xml.element(QStringLiteral("Prefix"), S3Wire::encodedKey(common, urlEncoding));
        xml.close();
    }
    xml.close();
    return S3Wire::xml(xml.finish(), requestId);
}

} // namespace SageDesk::Local
