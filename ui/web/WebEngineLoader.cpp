#include "web/WebEngineLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>

#include <memory>

namespace SageDesk::Ui::Web {

namespace {

struct LoaderState
{
    bool tried = false;
    // The module's library, kept to the end and never unloaded: its profiles and pages live until the
    // application ends. Held here, not dropped, so that it is not a leak.
    QLibrary* library = nullptr;
    WebEngineModule* module = nullptr;
    QString error;
};

LoaderState& state()
{
    static LoaderState loaded;
    return loaded;
}

} // namespace

QStringList WebEngineLoader::candidatePaths()
{
    const QString fileName = QFileInfo(QStringLiteral(SAGEDESK_WEB_MODULE_BUILD_PATH)).fileName();
    const QDir programDir(QCoreApplication::applicationDirPath());
    QStringList paths;
    if (const QString fromEnvironment = qEnvironmentVariable("SAGEDESK_WEB_MODULE");
        !fromEnvironment.isEmpty()) {
        paths << fromEnvironment;
    }
    paths << programDir.filePath(fileName)
          << programDir.filePath(QStringLiteral("../") + QStringLiteral(SAGEDESK_WEB_MODULE_INSTALL_DIR) +
                                 QLatin1Char('/') + fileName)
          << QStringLiteral(SAGEDESK_WEB_MODULE_BUILD_PATH);
    return paths;
}

WebEngineModule* WebEngineLoader::module()
{
    LoaderState& loaded = state();
    if (loaded.tried) {
        return loaded.module;
    }
    loaded.tried = true;
    for (const QString& path : candidatePaths()) {
        if (!QFileInfo::exists(path)) {
            continue;
        }
        auto library = std::make_unique<QLibrary>(path);
        const auto entry = reinterpret_cast<SageDeskWebModuleEntry>(library->resolve("sagedesk_web_module"));
        if (!entry) {
            loaded.error = library->errorString();
            continue;
        }
        loaded.module = entry(kModuleApiVersion);
        if (loaded.module) {
            loaded.library = library.release();
            loaded.error.clear();
            return loaded.module;
        }
        loaded.error = QCoreApplication::translate("SageDesk::Ui::Web::WebEngineLoader",
                                                   "The web view module %1 belongs to another version of "
                                                   "SageDesk.")
                           .arg(path);
    }
    if (loaded.error.isEmpty()) {
        loaded.error = QCoreApplication::translate("SageDesk::Ui::Web::WebEngineLoader",
                                                   "The web view module (%1) is not installed.")
                           .arg(QFileInfo(candidatePaths().constLast()).fileName());
    }
    return nullptr;
}

bool WebEngineLoader::isLoaded()
{
    return state().module != nullptr;
}

QString WebEngineLoader::error()
{
    return state().error;
}

} // namespace SageDesk::Ui::Web
