#include "local/runtime/LifecycleShell.h"

namespace SageDesk::Local::LifecycleShell {

Command forScript(const QString& scriptFile)
{
    return {QStringLiteral("bash"), {QStringLiteral("-c"), QStringLiteral("\"$0\""), scriptFile}, {}};
}

} // namespace SageDesk::Local::LifecycleShell
