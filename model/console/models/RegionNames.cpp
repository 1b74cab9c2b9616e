#include "console/models/RegionNames.h"

#include <QtGlobal>

namespace SageDesk {

// The English names of resources/catalog/regions.json, for lupdate: RegionCatalog::nameOf() translates
// them in context "SageDesk::RegionCatalog". RegionCatalogTest fails when the catalog names a region missing
// here.
const QList<const char*>& regionNamesForTranslation()
{
    static const QList<const char*> names{
        QT_TRANSLATE_NOOP("SageDesk::RegionCatalog", "Africa (Cape Town)"),
        QT_TRANSLATE_NOOP("SageDesk::RegionCatalog", "Asia Pacific (Hong Kong)"),
        QT_TRANSLATE_NOOP("SageDesk::RegionCatalog", "Asia Pacific (Taipei)"),
        QT_TRANSLATE_NOOP("SageDesk::RegionCatalog", "Asia Pacific (Tokyo)"),
        QT_TRANSLATE_NOOP("SageDesk::RegionCatalog", "Asia Pacific (Seoul)"),
        QT_TRANSLATE_NOOP("SageDesk::RegionCatalog", "Asia Pacific (Osaka)"),
        QT_TRANSLATE_NOOP("SageDesk::RegionCatalog", "Asia Pacific (Mumbai)"),
        QT_TRANSLATE_NOOP("SageDesk::RegionCatalog", "Asia Pacific (Hyderabad)"),
        QT_TRANSLATE_NOOP("SageDesk::RegionCatalog", "Asia Pacific (Singapore)"),
        QT_TRANSLATE_NOOP("SageDesk::RegionCatalog", "Asia Pacific (Sydney)"),
        QT_TRANSLATE_NOOP("SageDesk::RegionCatalog", "Asia Pacific (Jakarta)"),
        QT_TRANSLATE_NOOP("SageDesk::RegionCatalog", "Asia Pacific (Melbourne)"),
        QT_TRANSLATE_NOOP("SageDesk::RegionCatalog", "Asia Pacific (Malaysia)"),
        QT_TRANSLATE_NOOP("SageDesk::RegionCatalog", "Asia Pacific (New Zealand)"),
        QT_TRANSLATE_NOOP("SageDesk::RegionCatalog", "Asia Pacific (Thailand)"),
        QT_TRANSLATE_NOOP("SageDesk::RegionCatalog", "Canada (Central)"),
        QT_TRANSLATE_NOOP("SageDesk::RegionCatalog", "Canada West (Calgary)"),
        QT_TRANSLATE_NOOP("SageDesk::RegionCatalog", "Europe (Frankfurt)"),
        QT_TRANSLATE_NOOP("SageDesk::RegionCatalog", "Europe (Zurich)"),
        QT_TRANSLATE_NOOP("SageDesk::RegionCatalog", "Europe (Stockholm)"),
        QT_TRANSLATE_NOOP("SageDesk::RegionCatalog", "Europe (Milan)"),
        QT_TRANSLATE_NOOP("SageDesk::RegionCatalog", "Europe (Spain)"),
        QT_TRANSLATE_NOOP("SageDesk::RegionCatalog", "Europe (Ireland)"),
        QT_TRANSLATE_NOOP("SageDesk::RegionCatalog", "Europe (London)"),
        QT_TRANSLATE_NOOP("SageDesk::RegionCatalog", "Europe (Paris)"),
        QT_TRANSLATE_NOOP("SageDesk::RegionCatalog", "Israel (Tel Aviv)"),
        QT_TRANSLATE_NOOP("SageDesk::RegionCatalog", "Middle East (UAE)"),
        QT_TRANSLATE_NOOP("SageDesk::RegionCatalog", "Middle East (Bahrain)"),
        QT_TRANSLATE_NOOP("SageDesk::RegionCatalog", "Mexico (Central)"),
        QT_TRANSLATE_NOOP("SageDesk::RegionCatalog", "South America (Sao Paulo)"),
        QT_TRANSLATE_NOOP("SageDesk::RegionCatalog", "US East (N. Virginia)"),
        QT_TRANSLATE_NOOP("SageDesk::RegionCatalog", "US East (Ohio)"),
        QT_TRANSLATE_NOOP("SageDesk::RegionCatalog", "US West (N. California)"),
        QT_TRANSLATE_NOOP("SageDesk::RegionCatalog", "US West (Oregon)"),
    };
    return names;
}

} // namespace SageDesk
