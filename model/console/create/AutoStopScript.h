#pragma once

#include <QByteArray>
#include <QString>

namespace SageDesk {

// "Stop when idle for N minutes" on AWS, where no endpoint tag can do it: an OnStart section that
// starts a small watcher on the instance. The watcher needs no internet access and installs
// nothing: it asks the instance's own Jupyter server (https://localhost:8443, /api/status and
// /api/kernels) when anything last happened, and when nothing has for N minutes and no kernel is
// busy it calls StopNotebookInstance for itself with the execution role's credentials (the aws CLI
// on the instance), once. The role needs sagemaker:StopNotebookInstance on the instance's ARN.
namespace AutoStopScript {

// The lines to put in a bash OnStart script (no shebang); they return at once.
QByteArray section(const QString& notebookInstanceName, const QString& region, int minutes);
// A whole OnStart script: `userScript` (a bash script, or empty) with the section after its
// shebang line. Empty when `userScript` does not start with a bash or sh shebang: the section
// could not run in it.
QByteArray onStart(const QByteArray& userScript, const QString& notebookInstanceName, const QString& region,
                   int minutes);
// The watcher itself (Python 3, standard library only), as the section writes it to disk.
QByteArray watcher();

} // namespace AutoStopScript
} // namespace SageDesk
