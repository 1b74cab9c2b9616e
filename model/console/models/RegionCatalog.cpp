#include "console/models/RegionCatalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace SageDesk {

RegionCatalog RegionCatalog::fromJson(const QByteArray& json)
{
    RegionCatalog catalog;
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    catalog.m_source = root.value(QLatin1String("source")).toString();
    const QJsonArray regions = root.value(QLatin1String("regions")).toArray();
    for (const QJsonValue& value : regions) {
        const QJsonObject region = value.toObject();
        catalog.m_regions.append(
            {region.value(QLatin1String("code")).toString(), region.value(QLatin1String("name")).toString()});
    }
    return catalog;
}

RegionCatalog RegionCatalog::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return fromJson(file.readAll());
}

bool RegionCatalog::contains(const QString& code) const
{
    return std::any_of(m_regions.cbegin(), m_regions.cend(),
                       [&](const Region& region) { return region.code == code; });
}

QString RegionCatalog::nameOf(const QString& code) const
{
    for (const Region& region : m_regions) {
        if (region.code == code) {
            return localName(region);
        }
    }
    return {};
}

QString RegionCatalog::localName(const Region& region)
{
    // The names are marked for lupdate in RegionNames.cpp.
    return QCoreApplication::translate("SageDesk::RegionCatalog", region.name.toUtf8().constData());
}

} // namespace SageDesk
