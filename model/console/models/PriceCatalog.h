#pragma once

#include <QDate>
#include <QHash>
#include <QString>

#include <optional>

namespace SageDesk {

// Hourly on-demand prices of notebook instances per region and instance type, and the vCPU and
// memory of each type, read from the catalog in resources (":/catalog/prices.json"), which names
// its sources and date.
class PriceCatalog final
{
public:
    struct InstanceSpec
    {
        int vcpu = 0;
        double memoryGiB = 0;
    };

    static PriceCatalog fromJson(const QByteArray& json);
    static PriceCatalog load(const QString& path = QStringLiteral(":/catalog/prices.json"));

    std::optional<double> hourlyPrice(const QString& region, const QString& instanceType) const;
    std::optional<InstanceSpec> spec(const QString& instanceType) const;
    QString source() const { return m_source; }
    QDate date() const { return m_date; }
    QString currency() const { return m_currency; }
    bool isEmpty() const { return m_prices.isEmpty(); }

private:
    QString m_source;
    QDate m_date;
    QString m_currency;
    QHash<QString, QHash<QString, double>> m_prices;
    QHash<QString, InstanceSpec> m_specs;
};

} // namespace SageDesk
