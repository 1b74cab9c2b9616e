#pragma once

#include <QList>

namespace SageDesk {

// Every region name of the catalog, marked for translation (context "SageDesk::RegionCatalog").
const QList<const char*>& regionNamesForTranslation();

} // namespace SageDesk
