#pragma once

#include <QStringList>

namespace SageDesk::Local {

// What NotebookRuntime::reconcile() found after an endpoint restart.
struct RuntimeReconcileReport
{
    // Jupyter still answers and is tracked again (statusChanged is not emitted for these).
    QStringList adopted;
    // The endpoint expected these to run but their Jupyter is gone (or was half-started and has been
    // ended): mark them Stopped, or Failed if they were Pending.
    QStringList gone;
    // Processes that belonged to instances the endpoint did not expect to run; their process groups
    // were ended.
    QStringList endedOrphans;
};

} // namespace SageDesk::Local
