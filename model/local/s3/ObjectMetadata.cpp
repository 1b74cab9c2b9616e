#include "local/s3/ObjectMetadata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace SageDesk::Local {

namespace {

QJsonArray pairsArray(const QList<QPair<QByteArray, QByteArray>>& pairs)
{
    QJsonArray array;
    for (const auto& [name, value] : pairs) {
        array.append(QJsonArray{QString::fromUtf8(name), QString::fromUtf8(value)});
    }
    return array;
}

QList<QPair<QByteArray, QByteArray>> pairsFrom(const QJsonArray& array)
{
    QList<QPair<QByteArray, QByteArray>> pairs;
    for (const QJsonValue& item : array) {
        const QJsonArray pair = item.toArray();
        pairs.append({pair.at(0).toString().toUtf8(), pair.at(1).toString().toUtf8()});
    }
    return pairs;
}

} // namespace

QList<QByteArray> ObjectMetadata::storedHeaderNames()
{
    return {"Content-Type",     "Content-Encoding", "Content-Disposition",
            "Content-Language", "Cache-Control",    "Expires"};
}

QByteArray ObjectMetadata::pairsToJson(const QList<QPair<QByteArray, QByteArray>>& pairs)
{
    return QJsonDocument(pairsArray(pairs)).toJson(QJsonDocument::Compact);
}

QList<QPair<QByteArray, QByteArray>> ObjectMetadata::pairsFromJson(const QByteArray& json)
{
    return pairsFrom(QJsonDocument::fromJson(json).array());
}

QByteArray ObjectMetadata::toJson() const
{
    const QJsonObject object{
        {QStringLiteral("key"), key},
        {QStringLiteral("etag"), QString::fromLatin1(etag)},
        {QStringLiteral("size"), size},
        {QStringLiteral("lastModified"), lastModified.toMSecsSinceEpoch()},
        {QStringLiteral("dataModified"), dataModifiedMs},
        {QStringLiteral("headers"), pairsArray(headers)},
        {QStringLiteral("meta"), pairsArray(userMetadata)},
        {QStringLiteral("checksumAlgorithm"), checksumAlgorithm},
        {QStringLiteral("checksum"), QString::fromLatin1(checksumValue)},
        {QStringLiteral("parts"), partsCount},
        {QStringLiteral("side"), side},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<ObjectMetadata> ObjectMetadata::fromJson(const QByteArray& json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject()) {
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    ObjectMetadata metadata;
    metadata.key = object.value(QLatin1String("key")).toString();
    metadata.etag = object.value(QLatin1String("etag")).toString().toLatin1();
    metadata.size = object.value(QLatin1String("size")).toInteger();
    metadata.lastModified =
        QDateTime::fromMSecsSinceEpoch(object.value(QLatin1String("lastModified")).toInteger(), Qt::UTC);
    metadata.dataModifiedMs = object.value(QLatin1String("dataModified")).toInteger();
    metadata.headers = pairsFrom(object.value(QLatin1String("headers")).toArray());
    metadata.userMetadata = pairsFrom(object.value(QLatin1String("meta")).toArray());
    metadata.checksumAlgorithm = object.value(QLatin1String("checksumAlgorithm")).toString();
    metadata.checksumValue = object.value(QLatin1String("checksum")).toString().toLatin1();
    metadata.partsCount = object.value(QLatin1String("parts")).toInt();
    metadata.side = object.value(QLatin1String("side")).toBool();
    return metadata;
}

} // namespace SageDesk::Local
