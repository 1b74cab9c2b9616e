#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace SageDesk {

// Installs SageDesk's and Qt's own translators. language is "en", "ko" or empty for the system
// locale. Returns the language that was installed.
QString installTranslations(QCoreApplication& app, const QString& language);

// The value of `--lang ko` or `--lang=ko` in `arguments` (without the program name), empty when there
// is none. Read before any option parser runs, so that its help and errors are translated too.
QString languageArgument(const QStringList& arguments);

} // namespace SageDesk
