#pragma once

#include <QList>
#include <QString>

namespace SageDesk {

struct Region
{
    QString code; // "ap-northeast-2"
    QString name; // "Asia Pacific (Seoul)"
};

// The commercial regions that have SageMaker, from ":/catalog/regions.json" (taken from botocore's
// endpoint data, which the file names with its version and date).
class RegionCatalog final
{
public:
    static RegionCatalog fromJson(const QByteArray& json);
    static RegionCatalog load(const QString& path = QStringLiteral(":/catalog/regions.json"));

    const QList<Region>& regions() const { return m_regions; }
    bool contains(const QString& code) const;
    // The region's name in the UI language, as the AWS console shows it ("Asia Pacific (Seoul)",
    // "아시아 태평양(서울)"); empty for a code the catalog does not have.
    QString nameOf(const QString& code) const;
    static QString localName(const Region& region);
    QString source() const { return m_source; }

private:
    QList<Region> m_regions;
    QString m_source;
};

} // namespace SageDesk
