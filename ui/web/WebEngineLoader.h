#pragma once

#include "web/JupyterViewApi.h"

#include <QString>

namespace SageDesk::Ui::Web {

// Loads the web engine module (sagedesk_web, which alone links Qt WebEngine) the first time a Jupyter
// tab or the warm-up needs it: until then the program has not loaded a byte of Chromium.
class WebEngineLoader final
{
public:
    // The module, loaded on the first call; null when it cannot be (error() says why).
    static WebEngineModule* module();
    static bool isLoaded();
    static QString error();
    // Where the module is looked for, first found wins: $SAGEDESK_WEB_MODULE, beside the program,
    // <prefix>/lib/sagedesk, this build tree.
    static QStringList candidatePaths();
};

} // namespace SageDesk::Ui::Web
