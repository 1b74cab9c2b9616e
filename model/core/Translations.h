#pragma once

#include <QString>

class QCoreApplication;

namespace SageDesk {

// Installs SageDesk's and Qt's own translators. language is "en", "ko" or empty for the system
// locale. Returns the language that was installed.
QString installTranslations(QCoreApplication& app, const QString& language);

} // namespace SageDesk
