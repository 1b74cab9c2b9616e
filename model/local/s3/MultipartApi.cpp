#include "local/s3/MultipartApi.h"

#include "core/Digest.h"
#include "local/protocol/XmlWriter.h"
#include "local/s3/ObjectApi.h"
#include "local/s3/ObjectChecksum.h"
#include "local/s3/ObjectStore.h"
#include "local/s3/ObjectUpload.h"
#include "local/s3/S3Wire.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QXmlStreamReader>

#include <algorithm>
#include <cstdio>

namespace SageDesk::Local {

namespace {

constexpr int kMaxPartNumber = 10000;

HttpResponse noSuchUpload(const QByteArray& requestId)
{
    return S3Wire::error(
        404, "NoSuchUpload",
        QStringLiteral("The specified upload does not exist. The upload ID may be invalid, or the "
                       "upload may have been aborted or completed."),
        requestId);
}

HttpResponse invalidPart(const QByteArray& requestId)
{
    return S3Wire::error(
        400, "InvalidPart",
        QStringLiteral("One or more of the specified parts could not be found.  The part may not "
                       "have been uploaded, or the specified entity tag may not match the part's "
                       "entity tag."),
        requestId);
}

QString newUploadId()
{
    static const QLatin1String alphabet("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
    QString id;
    for (int i = 0; i < 48; ++i) {
        id += alphabet[static_cast<qsizetype>(
            QRandomGenerator::system()->bounded(static_cast<quint32>(alphabet.size())))];
    }
    return id;
}

bool isUploadId(const QString& id)
{
    return !id.isEmpty() && id.size() <= 64 && std::all_of(id.cbegin(), id.cend(), [](QChar c) {
        return c.isLetterOrNumber() && c.unicode() < 128;
    });
}

bool writeJson(const QString& path, const QJsonObject& object)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) &&
           file.write(QJsonDocument(object).toJson(QJsonDocument::Compact)) >= 0 && file.commit();
}

QJsonObject readJson(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
}

int partNumberOf(const HttpRequest& request, bool* ok)
{
    const int number = request.queryValue(QStringLiteral("partNumber")).toInt(ok);
    *ok = *ok && number >= 1 && number <= kMaxPartNumber;
    return number;
}

} // namespace

MultipartApi::MultipartApi(const ObjectStore& store, const EndpointContext& context)
    : m_store(store)
    , m_context(context)
{}

QString MultipartApi::uploadFolder(const QString& bucket, const QString& uploadId) const
{
    return m_store.storeFolder(bucket) + QStringLiteral("/uploads/") + uploadId;
}

std::optional<QJsonObject> MultipartApi::findUpload(const QString& bucket, const QString& key,
                                                    const QString& uploadId) const
{
    if (!isUploadId(uploadId)) {
        return std::nullopt;
    }
    const QJsonObject record = readJson(uploadFolder(bucket, uploadId) + QStringLiteral("/upload.json"));
    if (record.value(QLatin1String("key")).toString() != key) {
        return std::nullopt;
    }
    return record;
}

QList<QJsonObject> MultipartApi::parts(const QString& folder) const
{
    QList<QJsonObject> found;
    for (const QString& name : QDir(folder).entryList({QStringLiteral("*.json")}, QDir::Files)) {
        if (name != QLatin1String("upload.json")) {
            found.append(readJson(folder + QLatin1Char('/') + name));
        }
    }
    std::sort(found.begin(), found.end(), [](const QJsonObject& a, const QJsonObject& b) {
        return a.value(QLatin1String("number")).toInt() < b.value(QLatin1String("number")).toInt();
    });
    return found;
}

HttpResponse MultipartApi::createMultipartUpload(const HttpRequest& request, const QString& bucket,
                                                 const QString& key, const QByteArray& requestId) const
{
    const QString uploadId = newUploadId();
    const QString folder = uploadFolder(bucket, uploadId);
    const ObjectMetadata metadata = ObjectApi::metadataFrom(request);
    QJsonObject record{{QStringLiteral("key"), key},
                       {QStringLiteral("initiated"), QDateTime::currentDateTimeUtc().toMSecsSinceEpoch()},
                       {QStringLiteral("metadata"), QString::fromUtf8(metadata.toJson())}};
    const auto algorithm = ObjectChecksum::algorithmNamed(request.header("x-amz-checksum-algorithm"));
    if (algorithm) {
        record.insert(QStringLiteral("checksumAlgorithm"), ObjectChecksum::displayName(*algorithm));
    }
    if (!QDir().mkpath(folder) || !writeJson(folder + QStringLiteral("/upload.json"), record)) {
        return S3Wire::internalError(requestId);
    }
    XmlWriter xml;
    xml.open(QStringLiteral("InitiateMultipartUploadResult"), S3Wire::kNamespace);
    xml.element(QStringLiteral("Bucket"), bucket);
    xml.element(QStringLiteral("Key"), key);
    xml.element(QStringLiteral("UploadId"), uploadId);
    xml.close();
    HttpResponse response = S3Wire::xml(xml.finish(), requestId);
    if (algorithm) {
        response.setHeader("x-amz-checksum-algorithm", ObjectChecksum::displayName(*algorithm).toLatin1());
    }
    return response;
}

HttpResponse MultipartApi::uploadPart(const HttpRequest& request, const QString& bucket, const QString& key,
                                      const QByteArray& requestId) const
{
    bool ok = false;
    const int number = partNumberOf(request, &ok);
    if (!ok) {
        return S3Wire::error(400, "InvalidArgument",
                             QStringLiteral("Part number must be an integer between 1 and 10000, inclusive"),
                             requestId);
    }
    const QString uploadId = request.queryValue(QStringLiteral("uploadId"));
    if (!findUpload(bucket, key, uploadId)) {
        return noSuchUpload(requestId);
    }
    const QString folder = uploadFolder(bucket, uploadId);
    QJsonObject part{{QStringLiteral("number"), number},
                     {QStringLiteral("lastModified"), QDateTime::currentDateTimeUtc().toMSecsSinceEpoch()}};
    QString temporary;
    std::shared_ptr<ObjectUpload> upload;
    const bool copy = request.hasHeader("x-amz-copy-source");
    if (copy) {
        // UploadPartCopy: the part's bytes come from another object (or a range of it).
        const auto source = ObjectApi::copySource(request);
        const auto object = source ? m_store.find(source->bucket, source->key) : std::nullopt;
        if (!object) {
            return S3Wire::noSuchKey(requestId);
        }
        qint64 start = 0;
        qint64 length = object->metadata.size;
        const QByteArray range = request.header("x-amz-copy-source-range");
        if (range.startsWith("bytes=")) {
            const QList<QByteArray> ends = range.mid(6).split('-');
            start = ends.value(0).toLongLong();
            const qint64 last = ends.value(1).toLongLong();
            if (ends.size() != 2 || start < 0 || last < start || last >= object->metadata.size) {
                return S3Wire::error(
                    400, "InvalidArgument",
                    QStringLiteral("The x-amz-copy-source-range value must be of the form "
                                   "bytes=first-last where first and last are the zero-based "
                                   "offsets of the first and last bytes to copy"),
                    requestId);
            }
            length = last - start + 1;
        }
        temporary = m_store.temporaryPath(bucket);
        QFile out(temporary);
        Digest md5(Digest::Algorithm::Md5);
        if (!out.open(QIODevice::WriteOnly) ||
            !ObjectApi::copyRange(object->dataPath, start, length, out, &md5)) {
            out.close();
            QFile::remove(temporary);
            return S3Wire::internalError(requestId);
        }
        part.insert(QStringLiteral("etag"), QString::fromLatin1(md5.result().toHex()));
        part.insert(QStringLiteral("size"), length);
    } else {
        upload = ObjectApi::uploadOf(request, m_store, bucket);
        if (upload->error()) {
            return upload->error()->toResponse(WireProtocol::RestXml, requestId);
        }
        temporary = upload->temporaryPath();
        part.insert(QStringLiteral("etag"), QString::fromLatin1(upload->md5Hex()));
        part.insert(QStringLiteral("size"), upload->size());
        if (const auto algorithm = upload->checksumAlgorithm()) {
            part.insert(QStringLiteral("checksumAlgorithm"), ObjectChecksum::displayName(*algorithm));
            part.insert(QStringLiteral("checksum"), QString::fromLatin1(upload->checksumBase64()));
        }
    }
    const QString partPath = folder + QLatin1Char('/') + QString::number(number);
    if (::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(partPath).constData()) != 0 ||
        !writeJson(partPath + QStringLiteral(".json"), part)) {
        QFile::remove(temporary);
        return S3Wire::internalError(requestId);
    }
    if (upload) {
        upload->release();
    }
    const QByteArray etag = S3Wire::quoted(part.value(QLatin1String("etag")).toString().toLatin1());
    if (copy) {
        XmlWriter xml;
        xml.open(QStringLiteral("CopyPartResult"), S3Wire::kNamespace);
        xml.element(QStringLiteral("LastModified"), S3Wire::xmlDate(QDateTime::currentDateTimeUtc()));
        xml.element(QStringLiteral("ETag"), QString::fromLatin1(etag));
        xml.close();
        return S3Wire::xml(xml.finish(), requestId);
    }
    HttpResponse response = S3Wire::empty(200, requestId);
    response.setHeader("ETag", etag);
    if (upload && upload->checksumAlgorithm()) {
        response.setHeader(ObjectChecksum::headerName(*upload->checksumAlgorithm()),
                           upload->checksumBase64());
    }
    return response;
}

HttpResponse MultipartApi::completeMultipartUpload(const HttpRequest& request, const QString& bucket,
                                                   const QString& key, const QByteArray& requestId) const
{
    const QString uploadId = request.queryValue(QStringLiteral("uploadId"));
    const auto record = findUpload(bucket, key, uploadId);
    if (!record) {
        return noSuchUpload(requestId);
    }
    QList<QPair<int, QByteArray>> wanted;
    QXmlStreamReader reader(request.body);
    QPair<int, QByteArray> listed;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::EndElement && reader.name() == QLatin1String("Part")) {
            wanted.append(listed); // PartNumber and ETag come in either order
            listed = {};
        } else if (token != QXmlStreamReader::StartElement) {
            continue;
        } else if (reader.name() == QLatin1String("PartNumber")) {
            listed.first = reader.readElementText().trimmed().toInt();
        } else if (reader.name() == QLatin1String("ETag")) {
            listed.second = S3Wire::unquoted(reader.readElementText().toUtf8());
        }
    }
    if (reader.hasError() || wanted.isEmpty()) {
        return S3Wire::malformedXml(requestId);
    }
    for (qsizetype i = 1; i < wanted.size(); ++i) {
        if (wanted[i].first <= wanted[i - 1].first) {
            return S3Wire::error(
                400, "InvalidPartOrder",
                QStringLiteral("The list of parts was not in ascending order. The parts list must "
                               "be specified in order by part number."),
                requestId);
        }
    }
    const QString folder = uploadFolder(bucket, uploadId);
    QHash<int, QJsonObject> uploaded;
    for (const QJsonObject& part : parts(folder)) {
        uploaded.insert(part.value(QLatin1String("number")).toInt(), part);
    }
    const QString algorithm = record->value(QLatin1String("checksumAlgorithm")).toString();
    QByteArray md5s;
    QList<QByteArray> checksums;
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        const auto part = uploaded.constFind(wanted[i].first);
        if (part == uploaded.constEnd() ||
            part->value(QLatin1String("etag")).toString().toLatin1() != wanted[i].second) {
            return invalidPart(requestId);
        }
        if (i + 1 < wanted.size() && part->value(QLatin1String("size")).toInteger() < kMinPartBytes) {
            return S3Wire::error(
                400, "EntityTooSmall",
                QStringLiteral("Your proposed upload is smaller than the minimum allowed object size."),
                requestId);
        }
        md5s += QByteArray::fromHex(part->value(QLatin1String("etag")).toString().toLatin1());
        if (!algorithm.isEmpty() && part->value(QLatin1String("checksumAlgorithm")).toString() == algorithm) {
            checksums.append(part->value(QLatin1String("checksum")).toString().toLatin1());
        }
    }
    const QString temporary = m_store.temporaryPath(bucket);
    QFile out(temporary);
    bool written = out.open(QIODevice::WriteOnly);
    qint64 size = 0;
    for (const auto& [partNumber, etag] : std::as_const(wanted)) {
        const qint64 partSize = uploaded.value(partNumber).value(QLatin1String("size")).toInteger();
        written = written && ObjectApi::copyRange(folder + QLatin1Char('/') + QString::number(partNumber), 0,
                                                  partSize, out, nullptr);
        size += partSize;
    }
    out.close();
    const auto stored =
        ObjectMetadata::fromJson(record->value(QLatin1String("metadata")).toString().toUtf8());
    ObjectMetadata metadata = stored.value_or(ObjectMetadata{});
    metadata.key = key;
    metadata.size = size;
    metadata.etag =
        Digest::hash(md5s, Digest::Algorithm::Md5).toHex() + '-' + QByteArray::number(wanted.size());
    metadata.lastModified = QDateTime::currentDateTimeUtc();
    metadata.partsCount = static_cast<int>(wanted.size());
    const auto checksumAlgorithm = ObjectChecksum::algorithmNamed(algorithm.toLatin1());
    if (checksumAlgorithm && checksums.size() == wanted.size()) {
        metadata.checksumAlgorithm = algorithm;
        metadata.checksumValue = ObjectChecksum::composite(*checksumAlgorithm, checksums);
    }
    if (!written || !m_store.put(bucket, temporary, metadata)) {
        QFile::remove(temporary);
        return S3Wire::internalError(requestId);
    }
    QDir(folder).removeRecursively();
    XmlWriter xml;
    xml.open(QStringLiteral("CompleteMultipartUploadResult"), S3Wire::kNamespace);
    xml.element(QStringLiteral("Location"),
                m_context.endpointUrl() + QLatin1Char('/') + bucket + QLatin1Char('/') + key);
    xml.element(QStringLiteral("Bucket"), bucket);
    xml.element(QStringLiteral("Key"), key);
    xml.element(QStringLiteral("ETag"), QString::fromLatin1(S3Wire::quoted(metadata.etag)));
    if (!metadata.checksumValue.isEmpty()) {
        xml.element(ObjectChecksum::xmlElement(*checksumAlgorithm),
                    QString::fromLatin1(metadata.checksumValue));
    }
    xml.close();
    return S3Wire::xml(xml.finish(), requestId);
}

HttpResponse MultipartApi::abortMultipartUpload(const HttpRequest& request, const QString& bucket,
                                                const QString& key, const QByteArray& requestId) const
{
    const QString uploadId = request.queryValue(QStringLiteral("uploadId"));
    if (!findUpload(bucket, key, uploadId)) {
        return noSuchUpload(requestId);
    }
    QDir(uploadFolder(bucket, uploadId)).removeRecursively();
    return S3Wire::empty(204, requestId);
}

HttpResponse MultipartApi::listParts(const HttpRequest& request, const QString& bucket, const QString& key,
                                     const QByteArray& requestId) const
{
    const QString uploadId = request.queryValue(QStringLiteral("uploadId"));
    if (!findUpload(bucket, key, uploadId)) {
        return noSuchUpload(requestId);
    }
    const int marker = request.queryValue(QStringLiteral("part-number-marker")).toInt();
    int maxParts = 1000;
    if (S3Wire::hasQuery(request, QStringLiteral("max-parts"))) {
        maxParts = qBound(0, request.queryValue(QStringLiteral("max-parts")).toInt(), 1000);
    }
    XmlWriter xml;
    xml.open(QStringLiteral("ListPartsResult"), S3Wire::kNamespace);
    xml.element(QStringLiteral("Bucket"), bucket);
    xml.element(QStringLiteral("Key"), key);
    xml.element(QStringLiteral("UploadId"), uploadId);
    xml.element(QStringLiteral("PartNumberMarker"), QString::number(marker));
    QList<QJsonObject> listed;
    bool truncated = false;
    for (const QJsonObject& part : parts(uploadFolder(bucket, uploadId))) {
        if (part.value(QLatin1String("number")).toInt() <= marker) {
            continue;
        }
        if (listed.size() >= maxParts) {
            truncated = true;
            break;
        }
        listed.append(part);
    }
    if (!listed.isEmpty()) {
        xml.element(QStringLiteral("NextPartNumberMarker"),
                    QString::number(listed.last().value(QLatin1String("number")).toInt()));
    }
    xml.element(QStringLiteral("MaxParts"), QString::number(maxParts));
    xml.element(QStringLiteral("IsTruncated"), truncated ? QStringLiteral("true") : QStringLiteral("false"));
    for (const QJsonObject& part : std::as_const(listed)) {
        xml.open(QStringLiteral("Part"));
        xml.element(QStringLiteral("PartNumber"),
                    QString::number(part.value(QLatin1String("number")).toInt()));
        xml.element(QStringLiteral("LastModified"),
                    S3Wire::xmlDate(QDateTime::fromMSecsSinceEpoch(
                        part.value(QLatin1String("lastModified")).toInteger(), Qt::UTC)));
        xml.element(QStringLiteral("ETag"),
                    QLatin1Char('"') + part.value(QLatin1String("etag")).toString() + QLatin1Char('"'));
        xml.element(QStringLiteral("Size"), QString::number(part.value(QLatin1String("size")).toInteger()));
        xml.close();
    }
    S3Wire::writeAccount(xml, QStringLiteral("Initiator"), m_context.accountId);
    S3Wire::writeAccount(xml, QStringLiteral("Owner"), m_context.accountId);
    xml.element(QStringLiteral("StorageClass"), QStringLiteral("STANDARD"));
    xml.close();
    return S3Wire::xml(xml.finish(), requestId);
}

HttpResponse MultipartApi::listMultipartUploads(const HttpRequest& request, const QString& bucket,
                                                const QByteArray& requestId) const
{
    const QString prefix = request.queryValue(QStringLiteral("prefix"));
    int maxUploads = 1000;
    if (S3Wire::hasQuery(request, QStringLiteral("max-uploads"))) {
        maxUploads = qBound(0, request.queryValue(QStringLiteral("max-uploads")).toInt(), 1000);
    }
    struct Upload
    {
        QString key;
        QString id;
        qint64 initiated = 0;
    };
    QList<Upload> uploads;
    const QString root = m_store.storeFolder(bucket) + QStringLiteral("/uploads");
    for (const QString& id : QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QJsonObject record = readJson(root + QLatin1Char('/') + id + QStringLiteral("/upload.json"));
        const QString key = record.value(QLatin1String("key")).toString();
        if (!key.isEmpty() && key.startsWith(prefix)) {
            uploads.append({key, id, record.value(QLatin1String("initiated")).toInteger()});
        }
    }
    std::sort(uploads.begin(), uploads.end(), [](const Upload& a, const Upload& b) {
        return a.key.toUtf8() != b.key.toUtf8() ? a.key.toUtf8() < b.key.toUtf8() : a.initiated < b.initiated;
    });
    const bool truncated = uploads.size() > maxUploads;
    uploads = uploads.mid(0, maxUploads);
    XmlWriter xml;
    xml.open(QStringLiteral("ListMultipartUploadsResult"), S3Wire::kNamespace);
    xml.element(QStringLiteral("Bucket"), bucket);
    xml.element(QStringLiteral("KeyMarker"), QString());
    xml.element(QStringLiteral("UploadIdMarker"), QString());
    if (truncated && !uploads.isEmpty()) {
        xml.element(QStringLiteral("NextKeyMarker"), uploads.last().key);
        xml.element(QStringLiteral("NextUploadIdMarker"), uploads.last().id);
    }
    xml.element(QStringLiteral("Prefix"), prefix);
    xml.element(QStringLiteral("MaxUploads"), QString::number(maxUploads));
    xml.element(QStringLiteral("IsTruncated"), truncated ? QStringLiteral("true") : QStringLiteral("false"));
    for (const Upload& upload : std::as_const(uploads)) {
        xml.open(QStringLiteral("Upload"));
        xml.element(QStringLiteral("Key"), upload.key);
        xml.element(QStringLiteral("UploadId"), upload.id);
        S3Wire::writeAccount(xml, QStringLiteral("Initiator"), m_context.accountId);
        S3Wire::writeAccount(xml, QStringLiteral("Owner"), m_context.accountId);
        xml.element(QStringLiteral("StorageClass"), QStringLiteral("STANDARD"));
        xml.element(QStringLiteral("Initiated"),
                    S3Wire::xmlDate(QDateTime::fromMSecsSinceEpoch(upload.initiated, Qt::UTC)));
        xml.close();
    }
    xml.close();
    return S3Wire::xml(xml.finish(), requestId);
}

} // namespace SageDesk::Local
