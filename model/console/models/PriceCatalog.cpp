#include "console/models/PriceCatalog.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace SageDesk {

PriceCatalog PriceCatalog::fromJson(const QByteArray& json)
{
    PriceCatalog catalog;
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    catalog.m_source = root.value(QLatin1String("source")).toString();
    catalog.m_date = QDate::fromString(root.value(QLatin1String("date")).toString(), Qt::ISODate);
    catalog.m_currency = root.value(QLatin1String("currency")).toString();
    const QJsonObject hourly = root.value(QLatin1String("hourly")).toObject();
    for (auto region = hourly.begin(); region != hourly.end(); ++region) {
        QHash<QString, double>& prices = catalog.m_prices[region.key()];
        const QJsonObject types = region.value().toObject();
        for (auto type = types.begin(); type != types.end(); ++type) {
            if (type.value().isDouble()) {
                prices.insert(type.key(), type.value().toDouble());
            }
        }
    }
    const QJsonObject specs = root.value(QLatin1String("specs")).toObject();
    for (auto type = specs.begin(); type != specs.end(); ++type) {
        const QJsonObject spec = type.value().toObject();
        if (spec.value(QLatin1String("vcpu")).isDouble() &&
            spec.value(QLatin1String("memoryGiB")).isDouble()) {
            catalog.m_specs.insert(type.key(), {spec.value(QLatin1String("vcpu")).toInt(),
                                                spec.value(QLatin1String("memoryGiB")).toDouble()});
        }
    }
    return catalog;
}

PriceCatalog PriceCatalog::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return fromJson(file.readAll());
}

std::optional<double> PriceCatalog::hourlyPrice(const QString& region, const QString& instanceType) const
{
    const auto prices = m_prices.constFind(region);
    if (prices == m_prices.constEnd()) {
        return std::nullopt;
    }
    const auto price = prices->constFind(instanceType);
    if (price == prices->constEnd()) {
        return std::nullopt;
    }
    return *price;
}

std::optional<PriceCatalog::InstanceSpec> PriceCatalog::spec(const QString& instanceType) const
{
    const auto found = m_specs.constFind(instanceType);
    return found == m_specs.constEnd() ? std::nullopt : std::optional(*found);
}

} // namespace SageDesk
